"""A small KB for the membership-as-a-set families (counts, lists, applications): an alliance whose
size changes on known days, with entity attrs (coverage, context aliases), and helpers to parse a
sentence with hand-given mentions and times."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from accord.model import Annotation, Reference, Statement
from accord.reconcile.kbcheck import KBChecker

from ..reconcile.fakekb import FakeFact, tq

NAMES = {"NATO": "org:NATO", "the alliance": "org:NATO", "European Union": "org:EU", "Quad": "org:quad",
         "Finland": "state:FIN", "Sweden": "state:SWE", "Montenegro": "state:MNE", "Norway": "state:NOR",
         "Germany": "state:DEU", "Estonia": "state:EST", "Spain": "state:ESP", "France": "state:FRA",
         "Italy": "state:ITA", "Japan": "state:JPN", "India": "state:IND", "Australia": "state:AUS",
         "United States": "state:USA", "US": "state:USA", "Canada": "state:CAN", "Austria": "state:AUT"}


@dataclass
class Entity:
    id: str
    name: str
    attrs: dict = field(default_factory=dict)
    context_aliases: list = field(default_factory=list)


class MembershipKB:
    """NATO-like sizes: 3 founders (1949-08-24); Estonia 2004-03-29 (4); Montenegro 2017-06-05 (5);
    Finland and Sweden on the same day 2023-04-04 (7). The Quad: 4 members with no dates.
    Applications to NATO: Finland and Sweden 2022-05-18."""

    def __init__(self, coverage: dict | None = None, applied_coverage: dict | None = None):
        nato = [("state:USA", "1949-08-24"), ("state:FRA", "1949-08-24"), ("state:ITA", "1949-08-24"),
                ("state:EST", "2004-03-29"), ("state:MNE", "2017-06-05"), ("state:FIN", "2023-04-04"),
                ("state:SWE", "2023-04-04")]
        self._facts = [FakeFact(s, "member_of", "org:NATO", start=tq(d), as_of="2025-10-31") for s, d in nato]
        self._facts += [FakeFact(s, "member_of", "org:quad", as_of="2025-10-31")
                        for s in ("state:USA", "state:JPN", "state:IND", "state:AUS")]
        self._facts += [FakeFact(s, "applied_to", "org:NATO", point_in_time=tq("2022-05-18"), as_of="2025-10-31")
                        for s in ("state:FIN", "state:SWE")]
        nato_cov = {"member_of": coverage} if coverage else {}
        if applied_coverage:
            nato_cov["applied_to"] = applied_coverage
        self._entities = {
            "org:NATO": Entity("org:NATO", "NATO", {"coverage": nato_cov} if nato_cov else {},
                               ["the alliance", "the military alliance"]),
            "org:EU": Entity("org:EU", "European Union", {}, ["the bloc"]),
            "org:quad": Entity("org:quad", "Quad"),
        }
        for name, ent in NAMES.items():
            if ent.startswith("state:"):
                self._entities.setdefault(ent, Entity(ent, name))

    def entity(self, id: str) -> Entity:
        return self._entities[id]

    def has(self, id: str) -> bool:
        return id in self._entities

    def covers(self, id: str, property: str, day):
        from accord.kb import coverage

        return coverage.covers(self, id, property, day)

    def coverage(self, id: str, property: str):
        from accord.kb import coverage

        return coverage.period(self, id, property)

    def entities(self, type=None):
        return [e for e in self._entities.values() if type is None or e.id.startswith(type[:3])]

    def facts(self, subject=None, property=None, value=None):
        return [f for f in self._facts if (subject is None or f.subject == subject)
                and (property is None or f.property == property) and (value is None or f.value == value)]


def parse(nlp, text, times=(), date=None):
    doc = nlp(text)
    doc._.document_date = date
    doc._.mentions = [Annotation("mention", m.start(), m.end(), m.group(), entity=e)
                      for n, e in NAMES.items() for m in re.finditer(rf"\b{re.escape(n)}\b", text)]
    doc._.times = [Annotation("time", text.index(t), text.index(t) + len(t), t, data=d) for t, d in times]
    doc._.quotes = []
    return doc


def claim(subject, prop, value, pit=None, date_sure=None, modality="fact", polarity="affirmed") -> Statement:
    """A statement as the families make it, with the reference's date confidence."""
    ref = Reference("d1", 0, 1, "s", confidence={"date": date_sure} if date_sure is not None else {})
    return Statement(subject, prop, value, polarity=polarity, modality=modality, point_in_time=tq(pit),
                     references=[ref])


def verdict(kb, st, on):
    return KBChecker(kb).check(st, on)
