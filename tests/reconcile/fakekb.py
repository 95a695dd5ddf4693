"""A small in-memory stand-in for accord.kb.KB with the methods verification uses (coverage
answered by accord.kb.coverage, exactly as the real KB does)."""

from __future__ import annotations

from dataclasses import dataclass, field

from accord.model import TimeQualifier


def tq(value: str | None) -> TimeQualifier | None:
    if value is None:
        return None
    return TimeQualifier(value, {1: "year", 2: "month", 3: "day"}[len(value.split("-"))])


@dataclass
class FakeFact:
    subject: str
    property: str
    value: str
    start: TimeQualifier | None = None
    end: TimeQualifier | None = None
    point_in_time: TimeQualifier | None = None
    source: str = "https://example.org/source"
    as_of: str = "2026-01-01"
    qualifiers: dict = field(default_factory=dict)


@dataclass
class FakeEntity:
    id: str
    name: str
    attrs: dict = field(default_factory=dict)
    type: str = "office"


class FakeKB:
    def __init__(self, names: dict[str, str], facts: list[FakeFact], attrs: dict[str, dict] | None = None):
        self.names = names
        self._facts = facts
        self.attrs = attrs or {}  # entity id -> attrs (coverage, ...)

    def entity(self, id: str) -> FakeEntity:
        kind = "organisation" if id.startswith("org:") else id.split(":", 1)[0]
        return FakeEntity(id, self.names[id], self.attrs.get(id, {}), kind)

    def has(self, id: str) -> bool:
        return id in self.names

    def covers(self, id: str, property: str, day):
        from accord.kb import coverage

        return coverage.covers(self, id, property, day)

    def coverage(self, id: str, property: str):
        from accord.kb import coverage

        return coverage.period(self, id, property)

    def facts(self, subject=None, property=None, value=None):
        return [f for f in self._facts
                if (subject is None or f.subject == subject)
                and (property is None or f.property == property)
                and (value is None or f.value == value)]


def alliance_kb() -> FakeKB:
    names = {"state:NZL": "New Zealand", "org:NATO": "NATO", "state:FIN": "Finland", "state:JPN": "Japan",
             "state:USA": "United States", "office:nzl-prime-minister": "Prime Minister of New Zealand",
             "person:chris-hipkins": "Chris Hipkins", "person:jacinda-ardern": "Jacinda Ardern",
             "summit:nato-2022-madrid": "2022 NATO Madrid summit", "place:madrid": "Madrid",
             "state:ESP": "Spain", "state:LTU": "Lithuania", "state:RUS": "Russia", "state:UKR": "Ukraine"}
    facts = [
        FakeFact("state:NZL", "partner_of", "org:NATO", start=tq("2012-06-04")),
        FakeFact("state:JPN", "partner_of", "org:NATO", start=tq("2014-05-06")),
        FakeFact("state:USA", "member_of", "org:NATO", start=tq("1949-08-24")),
        FakeFact("state:FIN", "member_of", "org:NATO", start=tq("2023-04-04")),
        FakeFact("state:FIN", "joined", "org:NATO", point_in_time=tq("2023-04-04")),
        FakeFact("person:jacinda-ardern", "holds_office", "office:nzl-prime-minister",
                 start=tq("2017-10-26"), end=tq("2023-01-25")),
        FakeFact("person:chris-hipkins", "holds_office", "office:nzl-prime-minister",
                 start=tq("2023-01-25"), end=tq("2023-11-27")),
        FakeFact("summit:nato-2022-madrid", "took_place_on", "summit:nato-2022-madrid",
                 start=tq("2022-06-28"), end=tq("2022-06-30")),
        FakeFact("summit:nato-2022-madrid", "located_in", "place:madrid"),
        FakeFact("place:madrid", "located_in", "state:ESP"),
        FakeFact("state:RUS", "invaded", "state:UKR", point_in_time=tq("2022-02-24")),
    ]
    return FakeKB(names, facts)
