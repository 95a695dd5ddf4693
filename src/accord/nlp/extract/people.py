"""The people of one document: who they are, every mention of them, one id each.

No coreference model installs offline, so consistency is ours, by rules:
- A titled name is a person whatever NER said ("NATO deputy spokesperson Piers Cazalet" is ORG
  for the bare model).
- Once a full name is seen, its family name alone is that person at every mention, before or
  after ("Cazalet", NER's ORG, becomes PERSON; "Mahuta" -> person:nanaia-mahuta); a family name
  two people share goes to the nearest full mention before it.
- The id is the KB person's when the KB knows the name, else one minted from the name
  ("person:piers-cazalet"), so the same unknown person gets the same id in every article.

`resolve_people(doc, kb, titles)` returns the corrected entity spans, the person links by
character offsets and the people table (what `doc._.people` holds).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from accord.nlp.extract.name_variants import PersonNames, fold
from accord.nlp.extract.titles import HEADS, HONORIFICS, Title

CONFIDENCE = {"kb": 0.95, "kb-short": 0.9, "full": 0.85, "short": 0.8, "alone": 0.6}
_POSSESSIVE = ("'s", "’s")
# Short titles written straight before a name, which NER often takes into the name ("PM Kishida").
TITLE_ABBREVIATIONS = frozenset("pm fm mp gen lt col maj capt adm sen rep gov amb pres saceur".split())
_NOT_NAMES = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})


def slug(name: str) -> str:
    """ "Piers Cazalet" -> "piers-cazalet"; accents dropped, so "Sánchez" and "Sanchez" agree."""
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


@dataclass
class Person:
    """One person of the document."""

    id: str
    name: str
    kb: bool
    family: str
    mentions: list[tuple[int, int]] = field(default_factory=list)  # token offsets
    first: int = 0  # token index of the first full mention


def person_id(name: str, kb) -> tuple[str, bool]:
    """The KB id of a person's name, or a minted one. Besides the KB's names and aliases, the
    variants every KB name has (name_variants.py): "Kishida Fumio", "Erdogan", "Lee Jong Sup"."""
    if kb is not None:
        hits = [e.id for e in kb.resolve(name) if e.type == "person"] or PersonNames.from_kb(kb).lookup(name)
        if len(hits) == 1:
            return hits[0], True
    return f"person:{slug(name)}", False


def _kb_person_by_family(kb, family: str) -> str | None:
    """A KB person known by this family name alone ("Putin", "Store" for Støre), when only one is."""
    if kb is None:
        return None
    hits = [e for e in kb.resolve(family) if e.type == "person"]
    if len(hits) == 1:
        return hits[0].id
    found = PersonNames.from_kb(kb).by_family_name(family)
    return found[0] if len(found) == 1 else None


def _name_tokens(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Trim honorifics, possessives and punctuation off a person span."""
    while start < end and (doc[start].lower_.rstrip(".") in HONORIFICS | TITLE_ABBREVIATIONS
                           or not doc[start].is_alpha or (doc[start].lower_ in HEADS and end - start > 2)):
        start += 1  # a title NER took into the name: "Spokesperson Farah Dakhlallah"
    while end > start and (doc[end - 1].lower_ in _POSSESSIVE or doc[end - 1].is_punct):
        end -= 1
    return start, end


def resolve_people(doc: Doc, kb, titles: list[Title], ents: list[Span] | None = None):
    """People, their mentions and ids (rules in the module docstring).

    `ents` are the entity spans so far (default `doc.ents`). Returns (spans, links, people):
    the corrected spans, {(start_char, end_char): link} for every person span, and
    {person id: {"name", "kb", "mentions": [(start_char, end_char), ...]}}.
    """
    ents = list(doc.ents if ents is None else ents)
    full: dict[str, Person] = {}
    spans_of: dict[tuple[int, int], Person] = {}
    candidates = [(t.name, "title") for t in titles]
    candidates += [((e.start, e.end), "ner") for e in ents if e.label_ == "PERSON"]
    addressed = _after_honorifics(doc, ents)
    candidates += [(span, "honorific") for span in addressed]
    for (start, end), how in sorted(candidates):
        start, end = _name_tokens(doc, start, end)
        if end - start >= 2:
            person = _full_person(doc, start, end, kb, full)
            spans_of[(start, end)] = person
    index = _token_index(doc) if full else ({}, set())  # once: per person it was quadratic in a long text
    for person in full.values():
        for i in _family_mentions(doc, person, full, spans_of, index):
            spans_of[(i, i + len(person.family.split()))] = person
    singles = [(e.start, e.end) for e in ents if e.label_ == "PERSON" and (e.start, e.end) not in spans_of]
    singles += [span for span in addressed if span[1] - span[0] == 1]
    singles += [t.name for t in titles if t.name[1] - t.name[0] == 1 and t.name not in spans_of
                and doc[t.name[0]].ent_type_ != "PERSON" and _kb_person_by_family(kb, doc[t.name[0]].text)]
    for start, end in singles:
        start, end = _name_tokens(doc, start, end)
        if end > start and (start, end) not in spans_of:
            spans_of[(start, end)] = _lone_person(doc[start:end].text, kb, full)
    return _outputs(doc, ents, spans_of, titles)


def _after_honorifics(doc: Doc, ents: list[Span]) -> list[tuple[int, int]]:
    """Names written after "Mr", "Dr" or "PM" ("Mr Albanese", which NER reads as a demonym):
    up to three capitalised words, not a title ("Mr President") nor a KB place or organisation."""
    taken = {i for e in ents if (e.kb_id_ and e.label_ != "PERSON") or e.label_ in _NOT_NAMES
             for i in range(e.start, e.end)}
    found = []
    for tok in doc[:-1]:
        word = tok.lower_.rstrip(".")
        if word not in HONORIFICS and not (word in TITLE_ABBREVIATIONS and tok.text[:1].isupper()
                                           and not (tok.i and doc[tok.i - 1].like_num)):
            continue  # "3 pm Monday" is a time
        end = tok.i + 1
        while end < min(len(doc), tok.i + 4) and _name_word(doc[end]) and end not in taken:
            end += 1
        if end > tok.i + 1:
            found.append((tok.i + 1, end))
    return found


def _name_word(tok) -> bool:
    return tok.is_alpha and tok.text[0].isupper() and not tok.is_upper and tok.lower_ not in HEADS


def _full_person(doc: Doc, start: int, end: int, kb, full: dict[str, Person]) -> Person:
    name = doc[start:end].text
    if name not in full:
        pid, in_kb = person_id(name, kb)
        family = name.split()[-1]
        if in_kb:  # the KB's family name, wherever this spelling puts it ("Kishida Fumio")
            family = PersonNames.from_kb(kb).family.get(pid) or family
        same = next((p for p in full.values() if p.id == pid), None)
        full[name] = same or Person(pid, name if not in_kb else kb.entity(pid).name, in_kb, family, first=start)
    return full[name]


def _family_mentions(doc: Doc, person: Person, full: dict[str, Person], spans_of,
                     token_index: tuple[dict[str, list[int]], set[int]]) -> list[int]:
    """Token starts of the person's family name standing alone (not inside a full name);
    `token_index` is `_token_index(doc)`."""
    words, key = person.family.split(), fold(person.family)
    inside = {i for (s, e) in spans_of for i in range(s, e)}
    index, linked = token_index
    inside |= linked
    found = []
    for i in index.get(fold(words[0]), ()):
        tok = doc[i]
        if tok.i in inside or fold(doc[tok.i:tok.i + len(words)].text) != key:
            continue  # accents aside: "Store" is Støre
        if tok.is_sent_start and tok.pos_ != "PROPN" and not tok.ent_type_ and not tok.dep_.startswith("nsubj"):
            continue  # "Key issues remain": a capitalised word, not John Key ("Hipkins said" is)
        if tok.i > 0 and doc[tok.i - 1].text[:1].isupper() and doc[tok.i - 1].pos_ == "PROPN" \
                and doc[tok.i - 1].lower_.rstrip(".") not in HONORIFICS:
            continue  # another name ending in the same word ("Simon Cazalet")
        owner = _nearest(person, full, tok.i)
        if owner is person:
            found.append(tok.i)
    return found


def _token_index(doc: Doc) -> tuple[dict[str, list[int]], set[int]]:
    """Where each folded word stands, and the tokens the KB links to a state, place or
    organisation (not a family name: "Indonesia" after NER read "Garuda Indonesia" as a person).
    Built once per `resolve_people` call (the doc does not change during it) and handed to each
    person: it used to be fetched per person behind a key made from every span of `doc.ents`."""
    index: dict[str, list[int]] = {}
    for i, text in enumerate(t.text for t in doc):
        index.setdefault(fold(text), []).append(i)
    # a token's KB id and entity type are its entity's (set only through doc.ents)
    linked = {i for e in doc.ents if e.kb_id_ and e.label_ != "PERSON" for i in range(e.start, e.end)}
    return index, linked


def _nearest(person: Person, full: dict[str, Person], i: int) -> Person:
    """Of the people sharing this family name, the one whose full mention is nearest before."""
    sharing = [p for p in full.values() if fold(p.family) == fold(person.family)]
    before = [p for p in sharing if p.first < i] or sharing
    return max(before, key=lambda p: p.first if p.first < i else -p.first)


def _lone_person(name: str, kb, full: dict[str, Person]) -> Person:
    """A person named by one word only ("Putin"): the KB's, else a minted id."""
    kb_id = _kb_person_by_family(kb, name)
    key = kb_id or f"person:{slug(name)}"
    for person in full.values():
        if person.id == key:
            return person
    person = Person(key, kb.entity(kb_id).name if kb_id else name, kb_id is not None, name)
    full[f"\0{key}"] = person
    return person


def _outputs(doc: Doc, ents: list[Span], spans_of: dict[tuple[int, int], Person], titles: list[Title]):
    person_spans = [Span(doc, s, e, label="PERSON", kb_id=p.id) for (s, e), p in spans_of.items()]
    title_tokens = {i for t in titles if t.title for i in range(*t.title)}
    keep = [e for e in ents if not _replaced(e, person_spans, title_tokens)]
    spans = filter_spans(person_spans + keep)
    links, people = {}, {}
    for span in spans:
        person = spans_of.get((span.start, span.end))
        if person is None or span.label_ != "PERSON":
            continue
        how = ("kb" if person.kb else "full") if len(span) > 1 or span.text == person.name else (
            "kb-short" if person.kb else "short" if " " in person.name else "alone")
        links[(span.start_char, span.end_char)] = {"entity": person.id, "confidence": CONFIDENCE[how],
                                                   "how": f"people:{how}"}
        entry = people.setdefault(person.id, {"name": person.name, "kb": person.kb, "mentions": []})
        entry["mentions"].append((span.start_char, span.end_char))
    return sorted(spans, key=lambda s: s.start), links, people


def _replaced(ent: Span, person_spans: list[Span], title_tokens: set[int]) -> bool:
    """An NER entity a person span overlaps, or one made only of title words ("Foreign
    Affairs" in "Foreign Affairs Minister") that the KB did not link."""
    if any(p.start < ent.end and ent.start < p.end for p in person_spans):
        return True
    return not ent.kb_id_ and all(t.i in title_tokens for t in ent)
