"""Entities: find one by id or name, and everything known about it (the entity page's data).

An entity is known from the KB, from the stored articles (a mention linked to it), or both.
Lookups go through the store's entity index (`mentions_of`), never a scan of every document.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from accord.errors import AccordError, Errors, NotFoundError
from accord.query.common import REFERENCES, Names, document_brief, is_entity_id, overlaps, statement_dict
from accord.query.documents import SEVERITY, finding_dict
from accord.query.quotes import quote_dict

# How much of a much-mentioned entity the page reads: its first mentions (in document order), the
# articles they are in, quotes by it (references per statement: common.REFERENCES).
MENTIONS_READ = 2000
DOCUMENTS_SHOWN = 100
QUOTES_SHOWN = 200

# Relations shown on the entity page's membership timeline.
RELATIONS = ("member_of", "partner_of", "candidate_for", "cooperates_with", "participant_in",
             "joined", "left", "invited_to", "attended")


def slug(name: str) -> str:
    """"Nanaia Mahuta" -> "nanaia-mahuta", the form of minted person ids."""
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", plain).strip("-")


def resolve_entity(store, kb, ref: str, types: tuple[str, ...] = ()) -> str:
    """The entity id `ref` names, the one resolution behind `who`, `quotes`, `timeline`, the API
    and the pages (the `kb` commands use its KB half, `KB.lookup`), tried in this order:

    an id (in the KB or linked in the articles); a KB name, alias, abbreviation, demonym or office
    phrase; the full name of a person known only from the articles; a family name alone
    ("Stoltenberg") when exactly one person, in the KB or the articles, has it.

    Raises NotFoundError (E602, with suggestions) or AccordError (E103) when a name is ambiguous."""
    ref = (ref or "").strip()
    if (kb is not None and kb.has(ref)) or (is_entity_id(ref) and (store.mentions_of(ref, limit=1)
                                                                    or _in_statements(store, ref))):
        return ref
    if kb is not None and any(not types or e.type in types for e in kb.resolve(ref)):
        return kb.lookup(ref, types).id  # one entity, or E103 for a name several share
    minted = f"person:{slug(ref)}"
    if slug(ref) and store.mentions_of(minted, limit=1):
        return minted
    if not types or "person" in types:
        people = [e.id for e in kb.by_family_name(ref)] if kb is not None else []
        people = list(dict.fromkeys(people + _article_people_named(store, kb, ref)))
        if len(people) == 1:
            return people[0]
        if people:
            raise AccordError(Errors.E103.format(ref=ref, ids=", ".join(people)))
    raise NotFoundError(Errors.E602.format(ref=ref, hint=_hint(kb, ref, types)))


def _in_statements(store, entity_id: str) -> bool:
    """Is the id the subject or value of a stored statement? (An office or person the articles
    name only inside a statement has no mention, yet the graph and person pages link to it.)"""
    return bool(store.statements(subject=entity_id, limit=1, max_references=0)
                or store.statements(value=entity_id, limit=1, max_references=0))


def _article_people_named(store, kb, family: str) -> list[str]:
    """People known only from the articles (minted ids, "person:piers-cazalet") whose name ends
    with `family`."""
    tail = slug(family)
    if not tail:
        return []
    return [entity for entity, _ in store.entity_counts(limit=1_000_000)
            if entity.startswith("person:") and (entity == f"person:{tail}" or entity.endswith(f"-{tail}"))
            and not (kb is not None and kb.has(entity))]


def _hint(kb, ref: str, types: tuple[str, ...]) -> str:
    if kb is None or not ref:
        return ""
    close = [e.name for e, score in kb.search(ref, 3) if score >= 70 and (not types or e.type in types)]
    return f"; did you mean {' or '.join(repr(n) for n in close)}?" if close else ""


def entity_view(store, kb, entity_id: str) -> dict[str, Any]:
    """Everything about one entity: KB record, offices over time, memberships and partnerships,
    quotes by and about it, statements about it, the articles mentioning it, related findings."""
    names = Names(store, kb)
    mentions = store.mentions_of(entity_id, layer="mention", limit=MENTIONS_READ + 1)
    truncated = len(mentions) > MENTIONS_READ
    doc_ids = list(dict.fromkeys(d for d, _ in mentions))[:DOCUMENTS_SHOWN]
    shown = set(doc_ids)
    mentions = [(d, m) for d, m in mentions[:MENTIONS_READ] if d in shown]
    statements = statements_about(store, entity_id, max_references=REFERENCES)
    if (not mentions and not statements and not (kb is not None and kb.has(entity_id))
            and not store.mentions_of(entity_id, limit=1)):  # e.g. only an office annotation names it
        raise NotFoundError(Errors.E602.format(ref=entity_id, hint=_hint(kb, entity_id, ())))
    totals = store.reference_counts([st.id for st in statements])
    return {
        "entity": _entity_record(kb, names, entity_id),
        "offices": _offices(store, kb, names, entity_id, doc_ids, statements),
        "holders": _holders(kb, entity_id),
        "kb_warnings": kb_warnings(kb, entity_id),
        "relations": _relations(kb, names, entity_id, statements),
        "quotes_by": [quote_dict(names, d, q)
                      for d, q in store.mentions_of(entity_id, layer="quote", limit=QUOTES_SHOWN)],
        "quotes_about": _quotes_about(store, names, entity_id, mentions),
        "statements": [dict(statement_dict(st, names), references_total=totals[st.id]) for st in statements],
        "documents": [dict(document_brief(store.get(d)), mentions=sum(1 for x, _ in mentions if x == d))
                      for d in doc_ids],
        "findings": _findings(store, names, doc_ids, {st.id for st in statements}),
        # True when the entity has more mentions than the page reads: documents, quotes about it
        # and findings then come from its first DOCUMENTS_SHOWN articles only.
        "truncated": truncated or len(doc_ids) == DOCUMENTS_SHOWN,
    }


def who(store, kb, name: str) -> dict[str, Any]:
    """`accord who NAME`: a person's (or any entity's) page data, found by name or id."""
    return entity_view(store, kb, resolve_entity(store, kb, name, ("person",)))


def _entity_record(kb, names: Names, entity_id: str) -> dict[str, Any]:
    record = {"id": entity_id, "name": names(entity_id), "type": names.type_of(entity_id),
              "in_kb": False, "aliases": [], "description": None, "source": None}
    if kb is not None and kb.has(entity_id):
        e = kb.entity(entity_id)
        record.update(in_kb=True, aliases=list(e.aliases), description=e.attrs.get("description"),
                      source=e.source or None)
    return record


def statements_about(store, entity_id: str, max_references: int | None = None) -> list:
    """Statements whose subject or value is the entity, each with all its references or its first
    `max_references` (two indexed queries, however many articles name the entity)."""
    found = {st.id: st for st in store.statements(subject=entity_id, max_references=max_references)}
    for st in store.statements(value=entity_id, max_references=max_references):
        found.setdefault(st.id, st)
    return list(found.values())


def _kb_source(fact) -> dict[str, Any]:
    return {"type": "kb", "url": fact.source, "as_of": fact.as_of}


def _doc_source(ref) -> dict[str, Any]:
    return {"type": "document", "doc_id": ref.doc_id, "start": ref.start, "end": ref.end,
            "sentence": ref.sentence}


def _tq(t) -> str | None:
    return t.value if t is not None else None


def _offices(store, kb, names: Names, entity_id: str, doc_ids: list[str], statements) -> list[dict]:
    """Each office once: the KB's terms (one row per term), then the offices only the articles
    give the person. What the articles say about an office joins the KB term it falls in (or
    the office's first term), so an office named in five articles is one row with five sources,
    not five rows. Each row: `source` (the KB's, else the first article's), `sources` (the KB's
    and the first SOURCES_SHOWN articles'), `references` (how many article passages say so), and
    `on`/`on_last`: the first and last dates the articles give it on."""
    rows = []
    if kb is not None:
        for f in kb.facts(subject=entity_id, property="holds_office"):
            rows.append({"office": f.value, "office_name": names(f.value), "start": _tq(f.start or f.point_in_time),
                         "end": _tq(f.end), "on": None, "on_last": None, "polarity": "affirmed",
                         "source": _kb_source(f), "sources": [_kb_source(f)], "references": 0})
    said = []  # (office, polarity, start, end, on, source) from the articles, statements first
    for st in statements:
        if st.property == "holds_office" and st.subject == entity_id:
            said.extend((st.value, st.polarity, _tq(st.start), _tq(st.end), _tq(st.point_in_time), _doc_source(r))
                        for r in st.references)
    for doc_id in doc_ids:
        for a in store.annotations(doc_id, layer="office"):
            if entity_id in (a.data.get("person"), a.entity) and (a.data.get("office") or a.entity):
                said.append((a.data.get("office") or a.entity, "affirmed", None, None, a.data.get("on"),
                             {"type": "document", "doc_id": doc_id, "start": a.start, "end": a.end, "sentence": a.text}))
    passages = set()  # an office annotation and a statement read at the same place are one passage
    for office, polarity, start, end, on, source in said:
        row = _office_row(rows, office, polarity, on or start)
        passage = (office, polarity, source["doc_id"], source["start"], source["end"])
        if passage in passages:
            _note_date(row, on)
            continue
        passages.add(passage)
        if row is None:
            row = {"office": office, "office_name": names(office), "start": start, "end": end, "on": None,
                   "on_last": None, "polarity": polarity, "source": source, "sources": [], "references": 0}
            rows.append(row)
        elif row["source"]["type"] == "document":  # an article-only row: the widest dates said
            row["start"] = min(filter(None, (row["start"], start)), default=None)
            row["end"] = max(filter(None, (row["end"], end)), default=None)
        row["references"] += 1
        if len(row["sources"]) < SOURCES_SHOWN + 1:
            row["sources"].append(source)
        _note_date(row, on)
    return sorted(rows, key=lambda r: (r["source"]["type"] != "kb", r.get("start") or r.get("on") or "", r["office"]))


SOURCES_SHOWN = 5  # article sources listed per office row


def _note_date(row: dict | None, on: str | None) -> None:
    if row is not None and on:
        row["on"] = min(filter(None, (row["on"], on)))
        row["on_last"] = max(filter(None, (row["on_last"], on)))


def _office_row(rows: list[dict], office: str, polarity: str, when: str | None) -> dict | None:
    """The row an article's office joins: a KB term of that office covering `when` (else its
    first term), or the article-only row of the office with that polarity."""
    same = [r for r in rows if r["office"] == office and r["polarity"] == polarity]
    terms = [r for r in same if r["source"]["type"] == "kb"]
    if terms:
        covering = [r for r in terms if when and overlaps(when, r["start"], r["end"])]
        return (covering or terms)[0]
    return same[0] if same else None


def _holders(kb, entity_id: str) -> list[dict]:
    """For an office: every term, oldest first."""
    if kb is None or not kb.has(entity_id) or kb.entity(entity_id).type != "office":
        return []
    return [{"person": h.person, "person_name": h.person_name, "start": h.start, "end": h.end,
             "source": _kb_source(h.fact)} for h in kb.holders(entity_id)]


def kb_warnings(kb, entity_id: str) -> list[str]:
    """Why the page's KB lists may be out of date today: past the KB's as_of, or past what the
    lists shown (an office's holders, an organisation's members and partners, a person's
    offices) cover. An open term shown as running "today" is only what the KB knew then."""
    if kb is None or not kb.has(entity_id):
        return []
    from accord.kb.coverage import LISTS

    kind = kb.entity(entity_id).type
    scopes = [(entity_id, p) for p in LISTS.get(kind, ()) if kb.coverage(entity_id, p) is not None]
    if kind == "person":
        scopes = [(f.value, "holds_office") for f in kb.facts(subject=entity_id, property="holds_office")]
    return kb.date_warnings(None, list(dict.fromkeys(scopes))) if scopes else []


def _relations(kb, names: Names, entity_id: str, statements) -> list[dict]:
    """Memberships, partnerships, accessions... from the KB (both directions) and the articles."""
    rows = []
    if kb is not None:
        for prop in RELATIONS:
            for f in kb.facts(subject=entity_id, property=prop) + kb.facts(property=prop, value=entity_id):
                rows.append(_relation(names, entity_id, f.subject, prop, f.value, f.start, f.end,
                                      f.point_in_time, "affirmed", _kb_source(f)))
    for st in statements:
        if st.property in RELATIONS:
            rows.extend(_relation(names, entity_id, st.subject, st.property, st.value, st.start, st.end,
                                  st.point_in_time, st.polarity, _doc_source(r)) for r in st.references)
    return sorted(rows, key=lambda r: (r["start"] or r["point_in_time"] or "9999", r["property"], r["other"]))


def _relation(names, entity_id, subject, prop, value, start, end, point, polarity, source) -> dict:
    other = value if subject == entity_id else subject
    return {"subject": subject, "subject_name": names(subject), "property": prop, "value": value,
            "value_name": names(value) if is_entity_id(value) else value, "other": other,
            "other_name": names(other) if is_entity_id(other) else other, "start": _tq(start), "end": _tq(end),
            "point_in_time": _tq(point), "polarity": polarity, "source": source}


def _quotes_about(store, names: Names, entity_id: str, mentions) -> list[dict]:
    """Quotes by someone else whose text mentions the entity."""
    out, seen = [], set()
    for doc_id in dict.fromkeys(d for d, _ in mentions):
        inside = [m for d, m in mentions if d == doc_id]
        for q in store.annotations(doc_id, layer="quote"):
            key = (doc_id, q.start)
            if q.entity != entity_id and key not in seen and any(q.start <= m.start < q.end for m in inside):
                seen.add(key)
                out.append(quote_dict(names, doc_id, q))
    return out


def _findings(store, names: Names, doc_ids: list[str], statement_ids: set[str]) -> list[dict]:
    """Findings about the entity's statements, most severe first, each with its article's title."""
    found = [(d, f) for d in doc_ids for f in store.findings(doc_id=d) if f.statement_id in statement_ids]
    found.sort(key=lambda pair: (SEVERITY.index(pair[1].kind) if pair[1].kind in SEVERITY else 99, pair[0]))
    titles = {d: document_brief(store.get(d))["title"] for d in dict.fromkeys(d for d, _ in found)}
    return [dict(finding_dict(f, names), document=titles[d]) for d, f in found]


def entities_in_store(store, kb=None, limit: int = 200) -> list[dict[str, Any]]:
    """Linked entities of the stored articles with their mention counts, most mentioned first
    (from the store's counts, kept as articles are added)."""
    names = Names(store, kb)
    return [{"id": e, "name": names(e), "type": names.type_of(e), "mentions": n}
            for e, n in store.entity_counts(limit)]

