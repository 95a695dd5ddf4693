"""Which KB entity a Wikidata item is: by Wikidata id, ISO code, or an exact unique name; never fuzzy.

Order of evidence, strongest first:
1. the KB entity whose `wikidata` is the item's id (any type);
2. a state's ISO 3166-1 alpha-3 code (P298) -> `state:XXX`;
3. an office item -> the KB office of its jurisdiction (P1001) whose own or generic title
   (`title_kinds`) its English label gives, "Minister for Foreign Affairs of Australia" ->
   `office:aus-foreign-minister`; an office is never created, an unmatched one is reported;
4. an exact name or alias of exactly one KB entity of the same type, claimed by exactly one dump
   item (two "John Smith"s claiming one KB person match neither), and never a KB entity that
   carries a different Wikidata id.
A person who matches nothing becomes a new entity only when it holds an office the KB knows and
none of its names is already a KB name (a shared name would make the KB fail to load).
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from accord.kb.wikidata import wikibase

# instance of (P31) -> KB type. Offices are also recognised by P1001 (applies to jurisdiction).
KIND_BY_CLASS = {
    "Q6256": "state", "Q3624078": "state", "Q7275": "state",  # country, sovereign state, state
    "Q5": "person",  # human
    "Q4164871": "office", "Q294414": "office", "Q30461": "office", "Q14212": "office", "Q83307": "office",
    "Q484652": "organisation", "Q43229": "organisation", "Q245065": "organisation", "Q1127126": "organisation",
}
OFFICE_CLASSES = {c for c, kind in KIND_BY_CLASS.items() if kind == "office"}


@dataclass
class Mapping:
    """Q-id -> KB id, how each was matched, and what could not be matched."""

    ids: dict[str, str] = field(default_factory=dict)
    how: dict[str, str] = field(default_factory=dict)  # Q-id -> id | code | name | title | new
    unmapped_offices: list[dict[str, Any]] = field(default_factory=list)
    ambiguous: list[dict[str, Any]] = field(default_factory=list)
    new_entities: dict[str, dict[str, Any]] = field(default_factory=dict)  # Q-id -> entity record

    def add(self, qid: str, kb_id: str, how: str) -> None:
        self.ids[qid] = kb_id
        self.how[qid] = how


def kind_of(item: dict[str, Any]) -> str | None:
    if item.get("type", "item") != "item":
        return None
    if wikibase.values(item, "P298"):
        return "state"
    for cls in wikibase.values(item, "P31"):
        if cls in KIND_BY_CLASS:
            return KIND_BY_CLASS[cls]
    return "office" if wikibase.values(item, "P1001") else None


class Matcher:
    """Collects evidence over the dump's passes, then settles each item's KB id."""

    def __init__(self, kb) -> None:
        self.kb = kb
        self.mapping = Mapping()
        self._by_wikidata = {e.wikidata: e.id for e in kb.entities() if e.wikidata}
        self._claims: dict[str, set[tuple[str, str]]] = defaultdict(set)  # KB id -> {(Q-id, how)}
        self._offices: list[tuple[str, str | None, list[str], list[str], bool]] = []
        self._people: dict[str, tuple[str | None, list[str]]] = {}

    def first_pass_filter(self) -> re.Pattern[str]:
        """Raw-line filter for the first pass: lines naming P298, P1001, a state, organisation or
        office class, or a KB entity's id. People (millions of items) wait for the second pass."""
        classes = [c for c, kind in KIND_BY_CLASS.items() if kind != "person"]
        markers = ["P298", "P1001", *classes, *self._by_wikidata]
        return re.compile('"(?:%s)"' % "|".join(sorted(set(markers))))

    def observe(self, item: dict[str, Any]) -> None:
        """First pass: states, organisations and offices (people are seen in the second)."""
        qid = item["id"]
        if qid in self._by_wikidata:
            self.mapping.add(qid, self._by_wikidata[qid], "id")
            return
        kind = kind_of(item)
        if kind == "state":
            codes = [c for c in wikibase.values(item, "P298") if isinstance(c, str)]
            if codes and self.kb.has(f"state:{codes[0]}"):
                self._claims[f"state:{codes[0]}"].add((qid, "code"))
                return
        if kind in ("state", "organisation"):
            self._claim_by_name(item, kind)
        elif kind == "office":
            is_position = bool(OFFICE_CLASSES & set(wikibase.values(item, "P31")))
            self._offices.append((qid, wikibase.english_label(item), wikibase.english_aliases(item),
                                  [q for q in wikibase.values(item, "P1001") if isinstance(q, str)], is_position))

    def settle_first_pass(self) -> None:
        """States and organisations by unique claim, then offices (their jurisdictions need them)."""
        self._settle()
        for qid, label, aliases, jurisdictions, is_position in self._offices:
            self._map_office(qid, label, aliases, jurisdictions, is_position)

    def observe_person(self, item: dict[str, Any]) -> bool:
        """Second pass: a person with statements to import. False when the item is no person."""
        qid = item["id"]
        if qid in self._by_wikidata:
            self.mapping.add(qid, self._by_wikidata[qid], "id")
            return self.kb.entity(self._by_wikidata[qid]).type == "person"
        if kind_of(item) != "person":
            return False
        self._people[qid] = (wikibase.english_label(item), wikibase.english_aliases(item))
        self._claim_by_name(item, "person")
        return True

    def settle_people(self) -> None:
        """Match people by unique name; the rest become new entities when their names are free."""
        self._settle()
        taken: set[str] = set()
        for qid, (label, aliases) in self._people.items():
            if qid not in self.mapping.ids and label:
                self._new_person(qid, label, aliases, taken)

    # -- evidence ------------------------------------------------------------------------------
    def _claim_by_name(self, item: dict[str, Any], kind: str) -> None:
        label = wikibase.english_label(item)
        for names in ([label] if label else [], wikibase.english_aliases(item)):
            hits = {e.id for n in names for e in self.kb.resolve(n)
                    if e.type == kind and e.wikidata in (None, item["id"])}
            if hits:
                for kb_id in hits:
                    self._claims[kb_id].add((item["id"], "name" if len(hits) == 1 else "ambiguous"))
                return

    def _settle(self) -> None:
        """Each KB entity goes to the one item that claims it with the strongest evidence (an ISO
        code over a name); a tie, or a name shared by several KB entities, matches nothing."""
        for kb_id, claims in list(self._claims.items()):
            del self._claims[kb_id]
            strongest = "code" if any(h == "code" for _, h in claims) else "name"
            qids = sorted({q for q, h in claims if h in (strongest, "ambiguous") and q not in self.mapping.ids})
            if len(qids) == 1 and (qids[0], strongest) in claims:
                self.mapping.add(qids[0], kb_id, strongest)
            elif qids:
                self.mapping.ambiguous.append({"kb_id": kb_id, "items": qids})

    def _map_office(self, qid: str, label: str | None, aliases: list[str], jurisdictions: list[str],
                    is_position: bool) -> None:
        if qid in self.mapping.ids or not label:
            return
        known = [self.mapping.ids[q] for q in jurisdictions if q in self.mapping.ids]
        for name in [label, *aliases]:
            office = self._office(name, known) if known or not jurisdictions else None
            if office is not None and office.wikidata in (None, qid):
                self.mapping.add(qid, office.id, "title")
                return
        if is_position and known:
            self.mapping.unmapped_offices.append({"item": qid, "label": label, "jurisdiction": known})

    def _office(self, label: str, jurisdictions: list[str]):
        """The KB office a label names in one of the jurisdictions (any, when none is given)."""
        exact = [e for e in self.kb.resolve(label) if e.type == "office"
                 and (not jurisdictions or e.attrs.get("jurisdiction") in jurisdictions)]
        if len(exact) == 1:
            return exact[0]
        for jurisdiction in jurisdictions:
            for title in _titles(label, self.kb.entity(jurisdiction)):
                office = self.kb.find_office(title, jurisdiction)
                if office is not None:
                    return office
        return None

    def _new_person(self, qid: str, label: str, aliases: list[str], taken: set[str]) -> None:
        from accord.kb import names

        if self.kb.resolve(label) or names.norm(label) in taken:
            self.mapping.ambiguous.append({"item": qid, "label": label, "why": "its name is another KB entity's"})
            return
        free = [a for a in aliases if a != label and not self.kb.resolve(a) and names.norm(a) not in taken]
        taken.update(names.norm(n) for n in [label, *free])
        kb_id = f"person:{_slug(label)}"
        if self.kb.has(kb_id) or kb_id in {r["id"] for r in self.mapping.new_entities.values()}:
            kb_id = f"{kb_id}-{qid.lower()}"
        url = wikibase.item_url(qid)
        self.mapping.new_entities[qid] = {"id": kb_id, "name": label, "aliases": free, "source": url,
                                          "wikidata": qid, "wikidata_source": url}
        self.mapping.add(qid, kb_id, "new")


def _titles(label: str, jurisdiction) -> list[str]:
    """A label without its jurisdiction: "Minister for Foreign Affairs (Australia)", "... of
    Australia", "Australian Minister for Foreign Affairs" -> "Minister for Foreign Affairs"."""
    bare = re.sub(r"\s*\([^)]*\)$", "", label).strip()
    out = [label, bare]
    lowered = bare.lower()
    for name in [jurisdiction.name, *jurisdiction.aliases, *jurisdiction.demonyms]:
        n = name.lower()
        for suffix in (f" of {n}", f" of the {n}"):
            if lowered.endswith(suffix):
                out.append(bare[: -len(suffix)])
        for prefix in (f"{n} ", f"{n}'s ", f"the {n} "):
            if lowered.startswith(prefix):
                out.append(bare[len(prefix):])
    return list(dict.fromkeys(t.strip() for t in out if t.strip()))


def _slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-") or "unnamed"
