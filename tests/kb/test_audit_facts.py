"""The outside KB audit of 2026-12 (issue 13): each wrong fact answers right at its boundary
days, the holes in NATO's offices are filled, and the NATO data says what it covers.

Each boundary is tested on the day before and the day of the change, so a date one day off in
either direction fails a test.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from accord.kb import temporal


def _who(kb, office: str, on: str) -> list[str]:
    return [h.person for h in kb.holders(office, on=on)]


@pytest.mark.parametrize("office,on,who", [
    # Kuleba's last day was 2024-09-04; Sybiha was appointed on 2024-09-05, the day Kuleba's resignation was accepted
    ("office:ukr-foreign-minister", "2024-09-04", ["person:dmytro-kuleba"]),
    ("office:ukr-foreign-minister", "2024-09-05", ["person:andrii-sybiha"]),
    # Geoana stepped down on 2024-09-10; Ruge acted until Sekerinska took office on 2024-12-02
    ("Deputy Secretary General of NATO", "2024-09-09", ["person:mircea-geoana"]),
    ("Deputy Secretary General of NATO", "2024-09-10", ["person:boris-ruge"]),
    ("Deputy Secretary General of NATO", "2024-12-01", ["person:boris-ruge"]),
    ("Deputy Secretary General of NATO", "2024-12-02", ["person:radmila-sekerinska"]),
    ("NATO Deputy Secretary General", "2025-06-01", ["person:radmila-sekerinska"]),
    # Lungescu's last day was 2023-08-31; White acted until Dakhlallah took up the post on 2024-03-01
    ("NATO Spokesperson", "2023-08-31", ["person:oana-lungescu"]),
    ("NATO Spokesperson", "2023-09-01", ["person:dylan-white"]),
    ("NATO Spokesperson", "2024-02-29", ["person:dylan-white"]),
    ("NATO Spokesperson", "2024-03-01", ["person:farah-dakhlallah"]),
    ("NATO spokeswoman", "2024-06-01", ["person:farah-dakhlallah"]),
    # Military offices added for 2014-2025
    ("Chair of the NATO Military Committee", "2021-06-24", ["person:stuart-peach"]),
    ("Chair of the NATO Military Committee", "2021-06-25", ["person:rob-bauer"]),
    ("Chair of the NATO Military Committee", "2025-01-16", ["person:rob-bauer"]),
    ("Chair of the NATO Military Committee", "2025-01-17", ["person:giuseppe-cavo-dragone"]),
    ("SACEUR", "2025-07-03", ["person:christopher-cavoli"]),
    ("Supreme Allied Commander Europe", "2025-07-04", ["person:alexus-grynkewich"]),
])
def test_holders_at_the_boundary_days(kb, office, on, who):
    assert _who(kb, office, on) == who


def test_acting_holders_are_marked(kb):
    acting = {h.person for o in ("office:nato-deputy-secretary-general", "office:nato-spokesperson")
              for h in kb.holders(o) if h.fact.qualifiers.get("acting")}
    assert acting == {"person:boris-ruge", "person:dylan-white"}


@pytest.mark.parametrize("state", ["Egypt", "Israel", "Mauritania", "Morocco", "Tunisia"])
def test_mediterranean_dialogue_founders_joined_in_february_1995(kb, state):
    assert not kb.status(state, "NATO", on="1995-01-31").partner
    st = kb.status(state, "NATO", on="1995-02-01")
    assert st.partner and st.partner_since == "1995-02"


@pytest.mark.parametrize("state,before,since", [("Jordan", "1995-10-31", "1995-11"), ("Algeria", "2000-02-29", "2000-03")])
def test_later_mediterranean_dialogue_partners(kb, state, before, since):
    assert not kb.status(state, "NATO", on=before).partner
    assert kb.status(state, "NATO", on=since + "-01").partner_since == since


def test_the_dialogue_was_launched_before_its_partners_joined(kb):
    (launch,) = kb.facts(subject="programme:nato-mediterranean-dialogue", property="established")
    assert launch.point_in_time.value == "1994-12"


@pytest.mark.parametrize("on,programme", [
    ("2023-12-31", "programme:nato-ipcp-nzl"),
    ("2025-01-01", "programme:nato-itpp-nzl"),
    ("2025-06-01", "programme:nato-itpp-nzl"),
])
def test_new_zealand_programme_ipcp_then_itpp(kb, on, programme):
    st = kb.status("New Zealand", "NATO", on=on)
    assert st.partner and not st.member and st.partner_since == "2012-06-04"
    assert st.programmes == [programme]


def test_japan_and_new_zealand_programmes_are_modelled_alike(kb):
    for state, ipcp, itpp in [("state:JPN", "programme:nato-ipcp-jpn", "programme:nato-itpp-jpn"),
                              ("state:NZL", "programme:nato-ipcp-nzl", "programme:nato-itpp-nzl")]:
        (old,) = kb.facts(subject=state, property="participant_in", value=ipcp)
        (new,) = kb.facts(subject=state, property="participant_in", value=itpp)
        assert old.end is not None and new.start is not None and new.end is None
        assert temporal.lower(old.end.value) == temporal.lower(new.start.value)


def test_ardern_is_not_called_the_first_new_zealand_leader_invited(kb):
    (fact,) = kb.facts(subject="person:jacinda-ardern", property="invited_to", value="summit:nato-2022-madrid")
    role = fact.qualifiers["role"]
    assert "first New Zealand leader invited" not in role and "Helen Clark" in role


def test_berti_left_policy_planning_in_october_2025(kb):
    (term,) = kb.holders("office:nato-head-of-policy-planning")
    assert term.end == "2025-10" and "May 2025" in term.fact.qualifiers["note"]
    assert _who(kb, "office:nato-head-of-policy-planning", "2025-11-01") == []
    assert "colorado.edu" not in term.source  # a static biography cannot source a 2025 end


def test_russia_pfp_end_is_marked_as_a_suspension(kb):
    (fact,) = [f for f in kb.facts(subject="state:RUS", property="partner_of", value="org:NATO")]
    assert fact.end.value == "2014-04-01" and fact.qualifiers["end_kind"] == "suspension"
    assert kb.status("Russia", "NATO", on="2014-03-31").partner
    assert not kb.status("Russia", "NATO", on="2014-04-01").partner


def test_places_cite_their_own_pages(kb):
    for fact in kb.facts(property="located_in"):
        if fact.subject.startswith("place:"):
            assert "List_of_national_capitals" not in fact.source, fact.subject
            assert fact.source == kb.entity(fact.subject).source, fact.subject


def test_partner_start_dates_cite_a_page_about_that_partner(kb):
    general = "https://www.nato.int/cps/en/natohq/topics_49188.htm"
    dated = [f for f in kb.facts(property="partner_of", value="org:NATO") if f.start and f.source == general]
    assert dated == []


NATO_OFFICES = ["office:nato-secretary-general", "office:nato-deputy-secretary-general", "office:nato-spokesperson",
                "office:nato-head-of-policy-planning", "office:nato-military-committee-chair", "office:nato-saceur"]


@pytest.mark.parametrize("office", NATO_OFFICES)
def test_nato_office_has_no_hole_inside_its_declared_coverage(kb, office):
    coverage = kb.entity(office).attrs["coverage"]
    gaps = [(str(g["from"]), str(g["until"])) for g in coverage.get("gaps", [])]
    day, last = date.fromisoformat(str(coverage["from"])), date.fromisoformat(str(coverage["until"]))
    while day <= last:
        on = day.isoformat()
        if not any(a <= on <= b for a, b in gaps):
            assert kb.holders(office, on=on), f"{office}: nobody on {on}"
        day += timedelta(days=1)


def test_policy_planning_declares_its_unknown_successor_as_a_gap(kb):
    (gap,) = kb.entity("office:nato-head-of-policy-planning").attrs["coverage"]["gaps"]
    assert str(gap["from"]) == "2025-10-01" and gap["why"]


def test_organisation_coverage_is_declared(kb):
    nato = kb.entity("org:NATO").attrs["coverage"]
    assert str(nato["member_of"]["from"]) == "1949-08-24" and str(nato["partner_of"]["from"]) == "2021-09-01"
    assert str(kb.entity("org:EU").attrs["coverage"]["member_of"]["from"]) == "1958-01-01"


SUMMITS = {
    "summit:nato-2014-wales": ("2014-09-04", "state:GBR"), "summit:nato-2016-warsaw": ("2016-07-08", "state:POL"),
    "summit:nato-2017-brussels": ("2017-05-25", None), "summit:nato-2018-brussels": ("2018-07-11", None),
    "summit:nato-2019-london": ("2019-12-03", "state:GBR"), "summit:nato-2021-brussels": ("2021-06-14", None),
    "summit:nato-2022-virtual-extraordinary": ("2022-02-25", None),
    "summit:nato-2022-brussels-extraordinary": ("2022-03-24", None), "summit:nato-2022-madrid": ("2022-06-28", "state:ESP"),
    "summit:nato-2023-vilnius": ("2023-07-11", "state:LTU"), "summit:nato-2024-washington": ("2024-07-09", "state:USA"),
    "summit:nato-2025-the-hague": ("2025-06-24", "state:NLD"), "summit:nato-2026-ankara": ("2026-07-07", "state:TUR"),
}


@pytest.mark.parametrize("summit", sorted(SUMMITS))
def test_every_summit_has_its_date_place_and_host(kb, summit):
    first, host = SUMMITS[summit]
    (when,) = kb.facts(subject=summit, property="took_place_on")
    assert when.start.value == first
    hosts = [f.subject for f in kb.facts(property="hosted", value=summit)]
    assert hosts == ([host] if host else [])
    places = kb.facts(subject=summit, property="located_in")
    assert bool(places) == (summit != "summit:nato-2022-virtual-extraordinary")


@pytest.mark.parametrize("summit", ["summit:nato-2024-washington", "summit:nato-2025-the-hague"])
def test_zelenskyy_attended_washington_and_the_hague(kb, summit):
    assert kb.facts(subject="person:volodymyr-zelenskyy", property="attended", value=summit)


@pytest.mark.parametrize("event,first,place,host", [
    ("event:nato-fmm-2022-bucharest", "2022-11-29", "place:bucharest", "state:ROU"),
    ("event:nato-fmm-2023-oslo", "2023-05-31", "place:oslo", "state:NOR"),
    ("event:nato-fmm-2024-prague", "2024-05-30", "place:prague", "state:CZE"),
    ("event:nato-fmm-2025-antalya", "2025-05-14", "place:antalya", "state:TUR"),
    ("event:nato-dmm-2025-06-brussels", "2025-06-05", "place:brussels", None),
])
def test_ministerial_meetings(kb, event, first, place, host):
    (when,) = kb.facts(subject=event, property="took_place_on")
    (where,) = kb.facts(subject=event, property="located_in")
    assert (when.start.value, where.value) == (first, place)
    assert [f.subject for f in kb.facts(property="hosted", value=event)] == ([host] if host else [])


@pytest.mark.parametrize("name,expected", [
    ("Radmila Sekerinska", "person:radmila-sekerinska"), ("Radmila Šekerinska", "person:radmila-sekerinska"),
    ("Mircea Geoana", "person:mircea-geoana"), ("Fogh Rasmussen", "person:anders-fogh-rasmussen"),
    ("OTAN", "org:NATO"), ("North Atlantic Treaty Organization", "org:NATO"),
    ("Secretary General of the North Atlantic Treaty Organization", "office:nato-secretary-general"),
    ("NATO deputy chief", "office:nato-deputy-secretary-general"), ("SACEUR", "office:nato-saceur"),
])
def test_names_news_uses(kb, name, expected):
    assert [e.id for e in kb.resolve(name)] == [expected]
