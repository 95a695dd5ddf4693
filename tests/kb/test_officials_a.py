"""The officials of issue 13 item 5 (first group of states): heads of state and government,
foreign and defence ministers. Each sampled office is checked at a change-over day (the successor
holds the office on the day the predecessor's term ends, the predecessor the day before), and
every office with a declared coverage has exactly one holder on every covered day outside its
declared gaps."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from accord.kb import queries, temporal

STATES = {"ALB", "BEL", "BGR", "CAN", "HRV", "CZE", "DNK", "EST", "FIN", "FRA", "DEU", "GRC", "HUN", "ISL",
          "ITA", "LVA", "AUS", "JPN", "KOR", "NZL"}
HEADS = {"head_of_state", "monarch", "head_of_state_and_government"}


def _people(kb, office: str, on: str) -> list[str]:
    return [h.person for h in queries.holders(kb, office, on=on)]


@pytest.mark.parametrize("office,day,before,after", [
    # the audit's gaps
    ("office:jpn-foreign-minister", "2021-11-04", "person:toshimitsu-motegi", "person:fumio-kishida"),
    ("office:jpn-foreign-minister", "2021-11-10", "person:fumio-kishida", "person:yoshimasa-hayashi"),
    ("office:kor-president", "2025-04-04", "person:yoon-suk-yeol", "person:han-duck-soo"),
    ("office:kor-president", "2025-05-01", "person:han-duck-soo", "person:choi-sang-mok"),
    ("office:kor-president", "2025-05-02", "person:choi-sang-mok", "person:lee-ju-ho"),
    ("office:kor-president", "2025-06-04", "person:lee-ju-ho", "person:lee-jae-myung"),
    ("office:kor-foreign-minister", "2021-02-09", "person:kang-kyung-wha", "person:chung-eui-yong"),
    ("office:kor-foreign-minister", "2022-05-12", "person:chung-eui-yong", "person:park-jin"),
    ("office:nzl-leader-of-the-opposition", "2021-11-25", "person:judith-collins", "person:shane-reti"),
    ("office:nzl-leader-of-the-opposition", "2021-11-30", "person:shane-reti", "person:christopher-luxon"),
    ("office:aus-deputy-prime-minister", "2021-06-22", "person:michael-mccormack", "person:barnaby-joyce"),
    ("office:aus-deputy-prime-minister", "2018-02-26", "person:barnaby-joyce", "person:michael-mccormack"),
    # samples
    ("office:jpn-emperor", "2019-05-01", "person:akihito", "person:naruhito"),
    ("office:jpn-defence-minister", "2017-07-28", "person:tomomi-inada", "person:fumio-kishida"),
    ("office:jpn-defence-minister", "2025-10-21", "person:gen-nakatani", "person:shinjiro-koizumi"),
    ("office:kor-defence-minister", "2023-10-07", "person:lee-jong-sup", "person:shin-won-sik"),
    ("office:nzl-prime-minister", "2016-12-12", "person:john-key", "person:bill-english"),
    ("office:nzl-defence-minister", "2023-11-27", "person:andrew-little", "person:judith-collins"),
    ("office:nzl-monarch", "2022-09-08", "person:elizabeth-ii", "person:charles-iii"),
    ("office:aus-prime-minister", "2015-09-15", "person:tony-abbott", "person:malcolm-turnbull"),
    ("office:aus-defence-minister", "2021-03-30", "person:linda-reynolds", "person:peter-dutton"),
    ("office:fra-prime-minister", "2017-05-15", "person:bernard-cazeneuve", "person:edouard-philippe"),
    ("office:fra-prime-minister", "2020-07-03", "person:edouard-philippe", "person:jean-castex"),
    ("office:deu-defence-minister", "2023-01-19", "person:christine-lambrecht", "person:boris-pistorius"),
    ("office:ita-president", "2015-02-03", "person:pietro-grasso", "person:sergio-mattarella"),
    ("office:can-defence-minister", "2025-05-13", "person:bill-blair", "person:david-mcguinty"),
    ("office:fin-prime-minister", "2019-12-10", "person:antti-rinne", "person:sanna-marin"),
    ("office:bel-defence-minister", "2018-12-09", "person:sander-loones", "person:didier-reynders"),
    ("office:cze-foreign-minister", "2021-04-12", "person:tomas-petricek", "person:jan-hamacek"),
    ("office:dnk-defence-minister", "2022-02-04", "person:trine-bramsen", "person:morten-bodskov"),
    ("office:dnk-monarch", "2024-01-14", "person:margrethe-ii", "person:frederik-x"),
    ("office:est-prime-minister", "2024-07-23", "person:kaja-kallas", "person:kristen-michal"),
    ("office:hun-president", "2024-03-05", "person:laszlo-kover", "person:tamas-sulyok"),
    ("office:isl-foreign-minister", "2023-10-14", "person:thordis-kolbrun-reykfjord-gylfadottir", "person:bjarni-benediktsson"),
    ("office:lva-foreign-minister", "2023-07-08", "person:edgars-rinkevics", "person:krisjanis-karins"),
    ("office:grc-prime-minister", "2023-06-26", "person:ioannis-sarmas", "person:kyriakos-mitsotakis"),
    ("office:bgr-defence-minister", "2022-03-01", "person:stefan-yanev", "person:dragomir-zakov"),
    ("office:alb-president", "2022-07-24", "person:ilir-meta", "person:bajram-begaj"),
])
def test_change_over_day(kb, office, day, before, after):
    previous = (date.fromisoformat(day) - timedelta(days=1)).isoformat()
    assert _people(kb, office, previous) == [before]
    assert _people(kb, office, day) == [after]


def test_acting_holders_are_marked_acting(kb):
    (lee,) = queries.holders(kb, "office:kor-president", on="2025-05-20")
    assert lee.fact.qualifiers.get("acting") is True
    (reti,) = queries.holders(kb, "office:nzl-leader-of-the-opposition", on="2021-11-27")
    assert reti.fact.qualifiers.get("acting") is True
    (moon,) = queries.holders(kb, "office:kor-president", on="2020-01-01")
    assert not moon.fact.qualifiers.get("acting")


def test_defence_minister_gap_after_the_australian_election(kb):
    # the interim ministry of 2022-05-23 had five members; Marles was sworn in for Defence on 06-01
    assert _people(kb, "office:aus-defence-minister", "2022-05-22") == ["person:peter-dutton"]
    assert _people(kb, "office:aus-defence-minister", "2022-05-25") == []
    assert _people(kb, "office:aus-defence-minister", "2022-06-01") == ["person:richard-marles"]


def test_croatian_defence_minister_gap_after_banozic(kb):
    # relieved of duty on 2023-11-11; Anušić sworn in on 2023-11-16: nobody recorded in between
    assert _people(kb, "office:hrv-defence-minister", "2023-11-10") == ["person:mario-banozic"]
    assert _people(kb, "office:hrv-defence-minister", "2023-11-15") == []
    assert _people(kb, "office:hrv-defence-minister", "2023-11-16") == ["person:ivan-anusic"]


@pytest.mark.parametrize("name,person", [
    ("Kishida Fumio", "person:fumio-kishida"), ("Koizumi Shinjiro", "person:shinjiro-koizumi"),
    ("Orbán Viktor", "person:viktor-orban"), ("Szijjarto Peter", "person:peter-szijjarto"),
    ("Andrej Plenkovic", "person:andrej-plenkovic"), ("Lars Lokke Rasmussen", "person:lars-lokke-rasmussen"),
    ("Han Duck-soo", "person:han-duck-soo"),
])
def test_name_forms_english_news_uses_resolve(kb, name, person):
    assert [e.id for e in kb.resolve(name)] == [person]


def _my_offices(kb):
    return [o for o in kb.entities("office") if str(o.attrs.get("jurisdiction", "")).removeprefix("state:") in STATES]


def test_every_state_has_its_offices(kb):
    kinds: dict[str, set[str]] = {}
    for office in _my_offices(kb):
        kinds.setdefault(office.attrs["jurisdiction"].removeprefix("state:"), set()).add(office.attrs["kind"])
    for state in STATES:
        got = kinds.get(state, set())
        assert got & HEADS and "foreign_minister" in got, state
        assert "head_of_government" in got or "head_of_state_and_government" in got, state
        if state != "ISL":  # Iceland has no armed forces and no defence minister
            assert "defence_minister" in got, state


def _days(start: str, until: str):
    day, last = date.fromisoformat(temporal.lower(start)), date.fromisoformat(temporal.upper(until))
    while day <= last:
        yield day.isoformat()
        day += timedelta(days=1)


def test_covered_offices_have_one_holder_every_day(kb):
    offices = [o for o in _my_offices(kb) if o.attrs.get("coverage")]
    assert len(offices) >= 20
    for office in offices:
        cover = office.attrs["coverage"]
        gaps = [(temporal.lower(str(g["from"])), temporal.upper(str(g["until"]))) for g in cover.get("gaps", [])]
        terms = kb.facts(property="holds_office", value=office.id)
        for day in _days(str(cover["from"]), str(cover["until"])):
            if any(a <= day <= b for a, b in gaps):
                continue
            holders = {f.subject for f in terms if temporal.active(f.start, f.end, f.point_in_time, day)}
            assert len(holders) == 1, f"{office.id} on {day}: {sorted(holders) or 'nobody'}"
