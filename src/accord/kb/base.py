"""The KB object: entities and facts with the indexes that answer lookups without a scan.

Name rules (see names.py): names, aliases and demonyms match case-insensitively; abbreviations
case-sensitively; context aliases ("the alliance") never resolve on their own, they are only
offered to the NLP gazetteer with kind "context". A form that names several entities resolves to
all of them and `is_ambiguous(form)` says so; the data must mark such forms (validate.py).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from typing import Any

from accord.errors import AccordError, Errors, NotFoundError
from accord.kb import coverage, names
from accord.kb.types import BUNDLED, Correction, Entity, Fact, KBWarning

_OF = re.compile(r"\s+of\s+", re.IGNORECASE)


class KB:
    """`warnings`: conflicts between layers found at load time (never fatal); `corrections`: the
    users' replacements and retractions applied (see corrections.py)."""

    def __init__(self, entities: Iterable[Entity], facts: Iterable[Fact], title_kinds: dict[str, list[str]] | None = None,
                 warnings: list[KBWarning] | None = None, corrections: list[Correction] | None = None,
                 layers: list[str] | None = None):
        self._entities: dict[str, Entity] = {e.id: e for e in entities}
        self._facts: list[Fact] = list(facts)
        self.title_kinds = title_kinds or {}
        self.warnings: list[KBWarning] = list(warnings or [])
        self.corrections: list[Correction] = list(corrections or [])
        self.layers: list[str] = list(layers or dict.fromkeys(f.layer for f in self._facts))
        # the date the bundled data was last read against its sources (the newest of its facts)
        stamps = [f.as_of for f in self._facts if f.layer == BUNDLED and f.as_of] or [f.as_of for f in self._facts if f.as_of]
        self.as_of: str | None = max(stamps) if stamps else None
        self._family: dict[str, list[str]] | None = None  # family name -> people (built on first use)
        self._index_facts()
        self._index_names()
        self._index_offices()
        self._fuzzy: tuple[list[str], list[str]] | None = None

    # -- entities ------------------------------------------------------------------------------
    def entity(self, id: str) -> Entity:
        try:
            return self._entities[id]
        except KeyError:
            raise NotFoundError(Errors.E107.format(id=id)) from None

    def has(self, id: str) -> bool:
        return id in self._entities

    def entities(self, type: str | None = None) -> Iterator[Entity]:
        return (e for e in self._entities.values() if type is None or e.type == type)

    def name(self, id: str) -> str:
        """The entity's name, or the id itself when the KB does not know it."""
        entity = self._entities.get(id)
        return entity.name if entity else id

    # -- facts ---------------------------------------------------------------------------------
    def _index_facts(self) -> None:
        self._by: dict[str, dict[str, list[Fact]]] = {k: defaultdict(list) for k in ("subject", "property", "value")}
        for fact in self._facts:
            for key, index in self._by.items():
                index[getattr(fact, key)].append(fact)

    def facts(self, subject: str | None = None, property: str | None = None, value: str | None = None) -> list[Fact]:
        """Facts matching every given field, in data order; looked up in the smallest index."""
        given = {k: v for k, v in (("subject", subject), ("property", property), ("value", value)) if v is not None}
        if not given:
            return list(self._facts)
        key = min(given, key=lambda k: len(self._by[k].get(given[k], ())))
        return [f for f in self._by[key].get(given[key], ()) if all(getattr(f, k) == v for k, v in given.items())]

    # -- names ---------------------------------------------------------------------------------
    def _index_names(self) -> None:
        self._forms: list[tuple[str, str, str]] = []
        self._by_norm: dict[str, list[str]] = defaultdict(list)
        self._by_abbr: dict[str, list[str]] = defaultdict(list)
        for entity in self._entities.values():
            for text, kind in _entity_forms(entity):
                self._forms.append((text, entity.id, kind))
                if kind == "abbreviation":
                    _add_unique(self._by_abbr[names.abbreviation_key(text)], entity.id)
                elif kind != "context":
                    _add_unique(self._by_norm[names.norm(text)], entity.id)

    def surface_forms(self) -> Iterator[tuple[str, str, str]]:
        """(text, entity_id, kind) for every form; a form naming several entities appears once
        per entity (see `is_ambiguous`). Plural demonyms ("Kiwis") are included."""
        return iter(self._forms)

    def is_ambiguous(self, text: str) -> bool:
        """Does this form (as `resolve` reads it) name more than one entity?"""
        return len(self._name_hits(text)) > 1

    def _name_hits(self, text: str) -> list[str]:
        hits = list(self._by_abbr.get(names.abbreviation_key(text), ()))
        for id_ in self._by_norm.get(names.norm(text), ()):
            _add_unique(hits, id_)
        return hits

    def resolve(self, name: str) -> list[Entity]:
        """Entities whose name, alias, abbreviation or demonym is `name` (rules in the module
        docstring); failing that, an office phrase ("New Zealand Prime Minister")."""
        hits = self._name_hits(name)
        if not hits:
            office = self.office_from_phrase(name)
            hits = [office.id] if office else []
        return [self._entities[i] for i in hits]

    def search(self, name: str, limit: int = 5) -> list[tuple[Entity, float]]:
        """Fuzzy search over every form (context aliases and family names included), best
        score per entity, 0..100 (rapidfuzz ratio on normalised forms)."""
        from rapidfuzz import fuzz, process

        if self._fuzzy is None:
            self._fuzzy = ([names.norm(t) for t, _, _ in self._forms], [i for _, i, _ in self._forms])
        keys, ids = self._fuzzy
        query = names.norm(name)
        best: dict[str, float] = {}
        for _, score, pos in process.extract(query, keys, scorer=fuzz.ratio, limit=max(limit * 8, 20)):
            best[ids[pos]] = max(best.get(ids[pos], 0.0), float(score))
        ranked = sorted(best.items(), key=lambda kv: (-kv[1], kv[0]))[:limit]
        return [(self._entities[i], round(s, 1)) for i, s in ranked]

    def lookup(self, ref: str, types: tuple[str, ...] = ()) -> Entity:
        """One entity from an id or a name, for the queries' arguments; raises NotFoundError
        (with suggestions) or AccordError when the name is ambiguous."""
        if ref in self._entities and (not types or self._entities[ref].type in types):
            return self._entities[ref]
        found = [e for e in self.resolve(ref) if not types or e.type in types]
        if not found and (not types or "person" in types):
            found = self.by_family_name(ref)  # "Stoltenberg": a family name alone, when one person has it
        if len(found) == 1:
            return found[0]
        if found:
            raise AccordError(Errors.E103.format(ref=ref, ids=", ".join(e.id for e in found)))
        close = [e.name for e, score in self.search(ref, 3) if score >= 70 and (not types or e.type in types)]
        hint = f"; did you mean {' or '.join(repr(n) for n in close)}?" if close else ""
        raise NotFoundError(Errors.E102.format(what=" or ".join(types) or "entity", ref=ref, hint=hint))

    def by_family_name(self, name: str) -> list[Entity]:
        """The people whose family name is `name` (case and accents ignored), for lookups by a
        family name alone; the NLP never resolves one this way (it needs the full name first)."""
        if self._family is None:
            self._family = defaultdict(list)
            for person in self.entities("person"):
                family = person.attrs.get("family_name") or names.family_name(person.name)
                if family:
                    self._family[names.norm(family)].append(person.id)
        return [self._entities[i] for i in self._family.get(names.norm(name), [])]

    # -- offices -------------------------------------------------------------------------------
    def _index_offices(self) -> None:
        self._office_titles: dict[str, tuple[set[str], set[str]]] = {}
        self._offices_of: dict[str | None, list[str]] = defaultdict(list)
        for office in self.entities("office"):
            own = {names.norm(t) for t in [office.attrs.get("title", "")] + list(office.attrs.get("titles", ())) if t}
            generic = {names.norm(t) for t in self.title_kinds.get(office.attrs.get("kind", ""), ())}
            self._office_titles[office.id] = (own, generic)
            self._offices_of[office.attrs.get("jurisdiction")].append(office.id)

    def find_office(self, title: str, jurisdiction: str | None = None) -> Entity | None:
        """The office a title denotes within a jurisdiction (an id or a name): "Prime Minister"
        + "New Zealand" -> office:nzl-prime-minister. The office's own titles win over the
        generic titles of its kind; None when nothing or several offices match."""
        key = names.norm(title)
        if jurisdiction is None:
            pool = list(self._office_titles)
        else:
            try:
                jur = self.lookup(jurisdiction, ("state", "organisation")).id
            except AccordError:
                return None
            pool = self._offices_of.get(jur, [])
        for level in (0, 1):
            found = [o for o in pool if key in self._office_titles[o][level]]
            if len(found) == 1:
                return self._entities[found[0]]
            if found:
                return None
        return None

    def office_from_phrase(self, phrase: str) -> Entity | None:
        """"Prime Minister of New Zealand", "New Zealand's Prime Minister", "NATO Secretary
        General": a jurisdiction and a title in either order."""
        text = " ".join(phrase.replace("\u2019", "'").split())
        for of in _OF.finditer(text):  # "Minister of Foreign Affairs of Japan": try each " of "
            office = self._office_if_jurisdiction(text[:of.start()], text[of.end():])
            if office:
                return office
        words = text.split()
        for cut in range(1, len(words)):
            where = " ".join(words[:cut])
            where = where.removesuffix("'s")
            office = self._office_if_jurisdiction(" ".join(words[cut:]), where)
            if office:
                return office
        return None

    def _office_if_jurisdiction(self, title: str, where: str) -> Entity | None:
        jurs = [e for e in (self._entities[i] for i in self._name_hits(where)) if e.type in ("state", "organisation")]
        if len(jurs) != 1:
            return None
        return self.find_office(title, jurs[0].id)

    # -- coverage (coverage.py) ---------------------------------------------------------------------
    def covers(self, id: str, property: str, day: Any) -> coverage.Cover:
        """Is the KB's list of `property` for the office or organisation `id` complete on `day`?
        A (covered, reason) pair: outside coverage a missing fact proves nothing."""
        return coverage.covers(self, id, property, day)

    def coverage(self, id: str, property: str) -> coverage.Period | None:
        """The period the list is complete for (declared in the entity's attrs, or the default)."""
        return coverage.period(self, id, property)

    def date_warnings(self, day: Any, scopes: Iterable[tuple[str, str]] = ()) -> list[str]:
        """Why an answer for `day` (YYYY-MM-DD; today when None) may be out of date: past the
        KB's as_of, or outside the coverage of one of the (id, property) lists it rests on."""
        from accord.kb import queries

        day = queries.query_day(day)
        out = []
        if self.as_of and day > self.as_of:
            out.append(f"{day} is after {self.as_of}, the date the knowledge base was last checked against "
                       f"its sources: changes since then are not in it")
        for id_, prop in scopes:
            cover = self.covers(id_, prop, day)
            if not cover.covered and coverage.period(self, id_, prop) is not None:
                out.append(f"on {day} {cover.reason}")
        return list(dict.fromkeys(out))

    # -- temporal queries (queries.py) ---------------------------------------------------------
    def status(self, state: str, org: str, on: Any = None):
        from accord.kb import queries

        return queries.status(self, state, org, on)

    def holders(self, office: str, on: Any = None):
        from accord.kb import queries

        return queries.holders(self, office, on)

    def obligations(self, state: str, org: str | None = None, on: Any = None):
        from accord.kb import queries

        return queries.obligations(self, state, org, on)

    def who_must_respond(self, attacker: str, attacked: str, on: Any = None):
        from accord.kb import queries

        return queries.who_must_respond(self, attacker, attacked, on)

    def __len__(self) -> int:
        return len(self._facts)

    def __repr__(self) -> str:
        return f"<KB {len(self._entities)} entities, {len(self._facts)} facts>"


def _entity_forms(entity: Entity) -> Iterator[tuple[str, str]]:
    """Every (form, kind) of an entity, each once, the most specific kind first."""
    seen: set[str] = set()

    def emit(text: str, kind: str):
        if text and text not in seen:
            seen.add(text)
            yield text, kind

    abbreviations = set(entity.abbreviations)
    yield from emit(entity.name, "name")
    for alias in entity.aliases:
        yield from emit(alias, "abbreviation" if alias in abbreviations else "alias")
    for abbreviation in entity.abbreviations:
        yield from emit(abbreviation, "abbreviation")
    for demonym in entity.demonyms:
        yield from emit(demonym, "demonym")
        yield from emit(names.demonym_plural(demonym) or "", "demonym")
    for alias in entity.context_aliases:
        yield from emit(alias, "context")
    if entity.type == "person":
        yield from emit(entity.attrs.get("family_name") or names.family_name(entity.name), "context")


def _add_unique(items: list[str], item: str) -> None:
    if item not in items:
        items.append(item)
