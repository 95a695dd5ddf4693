"""The officials of issue 13 item 5 (second group of states): heads of state and government,
foreign and defence ministers. Each office's timeline is checked at its change-over days (the
successor holds the office on the day the predecessor's term ends), and every office with a
declared coverage has exactly one holder on every covered day outside its declared gaps."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from accord.kb import queries, temporal

STATES = {"LTU", "LUX", "MNE", "NLD", "MKD", "NOR", "POL", "PRT", "ROU", "SVK", "SVN", "ESP", "SWE", "TUR",
          "GBR", "USA", "UKR", "GEO", "MDA", "RUS", "CHN", "IND"}


def _people(kb, office: str, on: str) -> list[str]:
    return [h.person for h in queries.holders(kb, office, on=on)]


@pytest.mark.parametrize("office,day,before,after", [
    ("office:usa-secretary-of-state", "2021-01-20", "person:mike-pompeo", "person:daniel-bennett-smith"),
    ("office:usa-secretary-of-state", "2021-01-26", "person:daniel-bennett-smith", "person:antony-blinken"),
    ("office:usa-secretary-of-state", "2025-01-20", "person:antony-blinken", "person:lisa-kenna"),
    ("office:usa-secretary-of-state", "2025-01-21", "person:lisa-kenna", "person:marco-rubio"),
    ("office:usa-secretary-of-defense", "2025-01-25", "person:robert-salesses", "person:pete-hegseth"),
    ("office:gbr-monarch", "2022-09-08", "person:elizabeth-ii", "person:charles-iii"),
    ("office:gbr-defence-secretary", "2023-08-31", "person:ben-wallace", "person:grant-shapps"),
    ("office:pol-foreign-minister", "2023-11-27", "person:zbigniew-rau", "person:szymon-szynkowski-vel-sek"),
    ("office:pol-foreign-minister", "2023-12-13", "person:szymon-szynkowski-vel-sek", "person:radoslaw-sikorski"),
    ("office:pol-foreign-minister", "2018-01-09", "person:witold-waszczykowski", "person:jacek-czaputowicz"),
    ("office:pol-president", "2025-08-06", "person:andrzej-duda", "person:karol-nawrocki"),
    ("office:esp-foreign-minister", "2019-11-30", "person:josep-borrell", "person:margarita-robles"),
    ("office:esp-foreign-minister", "2020-01-13", "person:margarita-robles", "person:arancha-gonzalez-laya"),
    ("office:esp-monarch", "2014-06-19", "person:juan-carlos-i", "person:felipe-vi"),
    ("office:ukr-foreign-minister", "2024-09-05", "person:dmytro-kuleba", "person:andrii-sybiha"),
    ("office:ukr-foreign-minister", "2019-08-29", "person:pavlo-klimkin", "person:vadym-prystaiko"),
    ("office:ukr-foreign-minister", "2020-03-04", "person:vadym-prystaiko", "person:dmytro-kuleba"),
    ("office:ukr-prime-minister", "2020-03-04", "person:oleksiy-honcharuk", "person:denys-shmyhal"),
    ("office:ukr-defence-minister", "2025-07-17", "person:rustem-umerov", "person:denys-shmyhal"),
    ("office:swe-foreign-minister", "2022-10-18", "person:ann-linde", "person:tobias-billstrom"),
    ("office:swe-foreign-minister", "2024-09-10", "person:tobias-billstrom", "person:maria-malmer-stenergard"),
    ("office:rou-president", "2014-12-21", "person:traian-basescu", "person:klaus-iohannis"),
    ("office:rou-president", "2025-02-12", "person:klaus-iohannis", "person:ilie-bolojan"),
    ("office:rou-president", "2025-05-26", "person:ilie-bolojan", "person:nicusor-dan"),
    ("office:chn-foreign-minister", "2023-07-25", "person:qin-gang", "person:wang-yi"),
    ("office:tur-foreign-minister", "2015-11-24", "person:feridun-sinirlioglu", "person:mevlut-cavusoglu"),
    ("office:nor-defence-minister", "2025-02-04", "person:bjorn-arild-gram", "person:tore-o-sandvik"),
    ("office:ltu-defence-minister", "2024-03-26", "person:arvydas-anusauskas", "person:laurynas-kasciunas"),
    ("office:lux-monarch", "2025-10-03", "person:grand-duke-henri", "person:grand-duke-guillaume"),
    ("office:svk-president", "2024-06-15", "person:zuzana-caputova", "person:peter-pellegrini"),
    ("office:ind-president", "2022-07-25", "person:ram-nath-kovind", "person:droupadi-murmu"),
])
def test_change_over_day(kb, office, day, before, after):
    previous = (date.fromisoformat(day) - timedelta(days=1)).isoformat()
    assert _people(kb, office, previous) == [before]
    assert _people(kb, office, day) == [after]


def test_acting_secretaries_are_marked_acting(kb):
    (smith,) = queries.holders(kb, "office:usa-secretary-of-state", on="2021-01-22")
    assert smith.fact.qualifiers.get("acting") is True
    (blinken,) = queries.holders(kb, "office:usa-secretary-of-state", on="2022-01-01")
    assert not blinken.fact.qualifiers.get("acting")


def test_vacancies_and_abolished_offices_have_no_holder(kb):
    # China had no defence minister between Li Shangfu's removal and Dong Jun's appointment
    assert _people(kb, "office:chn-defence-minister", "2023-10-23") == ["person:li-shangfu"]
    assert _people(kb, "office:chn-defence-minister", "2023-12-01") == []
    assert _people(kb, "office:chn-defence-minister", "2023-12-29") == ["person:dong-jun"]
    # Turkey's office of Prime Minister ended with the presidential system
    assert _people(kb, "office:tur-prime-minister", "2018-07-08") == ["person:binali-yildirim"]
    assert _people(kb, "office:tur-prime-minister", "2018-07-09") == []


@pytest.mark.parametrize("name,expected", [
    ("Klaus Johannis", "person:klaus-iohannis"), ("Iohannis", "person:klaus-iohannis"),
    ("Tobias Billstrom", "person:tobias-billstrom"), ("Szymon Szynkowski vel Sek", "person:szymon-szynkowski-vel-sek"),
    ("US Defense Secretary", "office:usa-secretary-of-defense"), ("British Defence Secretary", "office:gbr-defence-secretary"),
    ("Indian External Affairs Minister", "office:ind-foreign-minister"), ("Wang Yi", "person:wang-yi"),
])
def test_names_resolve(kb, name, expected):
    assert [e.id for e in kb.resolve(name)] == [expected]


def test_poland_foreign_minister_gap_has_no_holder(kb):
    # Czaputowicz resigned on 2020-08-20, Rau was sworn in on 2020-08-26: a declared gap
    assert _people(kb, "office:pol-foreign-minister", "2020-08-19") == ["person:jacek-czaputowicz"]
    assert _people(kb, "office:pol-foreign-minister", "2020-08-22") == []
    assert _people(kb, "office:pol-foreign-minister", "2020-08-26") == ["person:zbigniew-rau"]


def _covered_offices(kb):
    return [o for o in kb.entities("office")
            if o.attrs.get("coverage") and str(o.attrs.get("jurisdiction", "")).removeprefix("state:") in STATES]


def _days(start: str, until: str):
    day, last = date.fromisoformat(temporal.lower(start)), date.fromisoformat(temporal.upper(until))
    while day <= last:
        yield day.isoformat()
        day += timedelta(days=1)


def test_every_state_has_its_four_offices(kb):
    kinds = {}
    for office in kb.entities("office"):
        state = str(office.attrs.get("jurisdiction", "")).removeprefix("state:")
        if state in STATES:
            kinds.setdefault(state, set()).add(office.attrs["kind"])
    heads = {"head_of_state", "monarch", "head_of_state_and_government"}
    for state in STATES:
        got = kinds.get(state, set())
        assert got & heads and "foreign_minister" in got and "defence_minister" in got, state
        assert "head_of_government" in got or "head_of_state_and_government" in got, state


def test_covered_offices_have_one_holder_every_day(kb):
    offices = _covered_offices(kb)
    assert len(offices) >= 4
    for office in offices:
        cover = office.attrs["coverage"]
        gaps = [(temporal.lower(str(g["from"])), temporal.upper(str(g["until"]))) for g in cover.get("gaps", [])]
        terms = kb.facts(property="holds_office", value=office.id)
        for day in _days(str(cover["from"]), str(cover["until"])):
            if any(a <= day <= b for a, b in gaps):
                continue
            holders = {f.subject for f in terms if temporal.active(f.start, f.end, f.point_in_time, day)}
            assert len(holders) == 1, f"{office.id} on {day}: {sorted(holders) or 'nobody'}"
