"""A small KB for the summit and dateline tests: a few NATO summits, an AUKUS meeting, their
places, and names to link (mentions are set by hand, as the NLP core would set them)."""

from __future__ import annotations

import re
from types import SimpleNamespace

from accord.model import Annotation

from ..reconcile.fakekb import FakeFact, FakeKB, tq

SUMMITS = {  # id: (start, end, place)
    "summit:nato-2018-brussels": ("2018-07-11", "2018-07-12", "place:brussels"),
    "summit:nato-2021-brussels": ("2021-06-14", None, "place:brussels"),
    "summit:nato-2022-madrid": ("2022-06-28", "2022-06-30", "place:madrid"),
    "summit:nato-2023-vilnius": ("2023-07-11", "2023-07-12", "place:vilnius"),
    "summit:nato-2024-washington": ("2024-07-09", "2024-07-11", "place:washington"),
}
CITIES = {"place:brussels": "state:BEL", "place:madrid": "state:ESP", "place:vilnius": "state:LTU",
          "place:washington": "state:USA", "place:san-diego": "state:USA"}
NAMES = {"NATO": "org:NATO", "the alliance": "org:NATO", "AUKUS": "org:AUKUS", "Quad": "org:quad",
         "G7": "org:G7", "EU": "org:EU", "Madrid": "place:madrid", "Vilnius": "place:vilnius",
         "Brussels": "place:brussels", "Washington": "place:washington", "San Diego": "place:san-diego",
         "Spain": "state:ESP", "Lithuania": "state:LTU", "Latvia": "state:LVA", "Poland": "state:POL",
         "Japan": "state:JPN", "Belgium": "state:BEL", "The U.S.": "state:USA", "Kishida": "person:fumio-kishida",
         "Merkel": "person:angela-merkel"}


class SummitKB(FakeKB):
    def __init__(self):
        facts = [FakeFact(c, "located_in", s) for c, s in CITIES.items()]
        for sid, (start, end, place) in SUMMITS.items():
            facts += [FakeFact(sid, "took_place_on", sid, start=tq(start), end=tq(end)),
                      FakeFact(sid, "located_in", place)]
        facts += [FakeFact("event:aukus-san-diego-2023", "took_place_on", "event:aukus-san-diego-2023",
                           start=tq("2023-03-13")),
                  FakeFact("event:aukus-san-diego-2023", "located_in", "place:san-diego"),
                  FakeFact("person:fumio-kishida", "attended", "summit:nato-2022-madrid")]
        names = {v: k for k, v in NAMES.items()} | {s: s.split(":")[1] for s in SUMMITS}
        super().__init__(names | {"event:aukus-san-diego-2023": "AUKUS San Diego meeting"}, facts)

    def entities(self, type=None):
        if type == "summit":
            return [SimpleNamespace(id=s, name=s, attrs={"org": "org:NATO"}) for s in SUMMITS]
        if type == "event":
            return [SimpleNamespace(id="event:aukus-san-diego-2023", name="AUKUS leaders' meeting in San Diego",
                                    attrs={"org": "org:AUKUS", "kind": "meeting"})]
        return []

    def resolve(self, name):
        return [SimpleNamespace(id=e) for n, e in NAMES.items() if n.lower() == (name or "").lower()]


def parse(nlp, text, times=(), date=None):
    """The doc with its mentions (NAMES, whole words, case-sensitive) and the given times."""
    doc = nlp(text)
    doc._.document_date = date
    taken: set[int] = set()
    mentions = []
    for name, entity in sorted(NAMES.items(), key=lambda kv: -len(kv[0])):
        for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text):
            if not taken & set(range(m.start(), m.end())):
                taken |= set(range(m.start(), m.end()))
                mentions.append(Annotation("mention", m.start(), m.end(), m.group(), entity=entity,
                                           data={"confidence": 0.95}))
    doc._.mentions = mentions
    doc._.times = [Annotation("time", text.index(t), text.index(t) + len(t), t, data=d) for t, d in times]
    doc._.quotes = []
    return doc


def day(value, role="point"):
    return {"value": value, "precision": {4: "year", 7: "month"}.get(len(value), "day"), "role": role}


def span(begin, finish):
    return {"value": begin, "precision": "day", "role": "range", "begin": begin, "finish": finish}
