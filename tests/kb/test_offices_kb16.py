"""The offices alliance news names beyond heads, foreign and defence ministers (session 11,
kb16): national security advisers, finance ministers, chiefs of defence, deputy prime ministers,
governors-general, the US ambassador to NATO, Japan's Chief Cabinet Secretary, the President of
the European Parliament, and APEC's members.

Each boundary is tested on the day before and the day of the change, so a date one day off in
either direction fails a test; titles are tested against the office of another kind they could
be mistaken for.
"""

from __future__ import annotations

import pytest


def _who(kb, office: str, on: str) -> list[str]:
    return [h.person for h in kb.holders(office, on=on)]


@pytest.mark.parametrize("office,on,who", [
    # Hunt replaced Kwarteng on 2022-10-14; Reeves took over on 2024-07-05
    ("Chancellor of the Exchequer", "2022-10-13", ["person:kwasi-kwarteng"]),
    ("Chancellor of the Exchequer", "2022-10-14", ["person:jeremy-hunt"]),
    ("Chancellor of the Exchequer", "2024-07-04", ["person:jeremy-hunt"]),
    ("Chancellor of the Exchequer", "2024-07-05", ["person:rachel-reeves"]),
    # Chalmers became Treasurer with the interim Albanese ministry on 2022-05-23
    ("Treasurer of Australia", "2022-05-22", ["person:josh-frydenberg"]),
    ("Treasurer of Australia", "2022-05-23", ["person:jim-chalmers"]),
    # Peters handed the deputy premiership to Seymour on 2025-05-31, as their coalition agreed
    ("Deputy Prime Minister of New Zealand", "2025-05-30", ["person:winston-peters"]),
    ("Deputy Prime Minister of New Zealand", "2025-05-31", ["person:david-seymour"]),
    # Sullivan's term ended with Biden's on 2025-01-20
    ("United States National Security Advisor", "2025-01-19", ["person:jake-sullivan"]),
    ("United States National Security Advisor", "2025-01-20", ["person:mike-waltz"]),
    # Hayashi's last day as Chief Cabinet Secretary was the day before the Takaichi cabinet
    ("Chief Cabinet Secretary of Japan", "2025-10-20", ["person:yoshimasa-hayashi"]),
    ("Chief Cabinet Secretary of Japan", "2025-10-21", ["person:minoru-kihara"]),
    # Hurley handed over to Mostyn on 2024-07-01
    ("Governor-General of Australia", "2024-06-30", ["person:david-hurley"]),
    ("Governor-General of Australia", "2024-07-01", ["person:sam-mostyn"]),
    # Lindner was dismissed; Kukies took over on 2024-11-07
    ("Federal Minister of Finance of Germany", "2024-11-06", ["person:christian-lindner"]),
    ("Federal Minister of Finance of Germany", "2024-11-07", ["person:joerg-kukies"]),
    ("Minister of Finance of Canada", "2024-12-15", ["person:chrystia-freeland"]),
    ("Minister of Finance of Canada", "2024-12-16", ["person:dominic-leblanc"]),
    ("President of the European Parliament", "2022-01-10", ["person:david-sassoli"]),
    ("President of the European Parliament", "2022-01-18", ["person:roberta-metsola"]),
    ("Chief of the Defence Force of Australia", "2018-07-05", ["person:mark-binskin"]),
    ("Chief of the Defence Force of Australia", "2018-07-06", ["person:angus-campbell"]),
    ("Chief of the Defence Staff of France", "2017-07-18", ["person:pierre-de-villiers"]),
    ("Chief of the Defence Staff of France", "2017-07-19", ["person:francois-lecointre"]),
    ("Chief of the Defence Staff of Canada", "2024-07-17", ["person:wayne-eyre"]),
    ("Chief of the Defence Staff of Canada", "2024-07-18", ["person:jennie-carignan"]),
])
def test_holders_at_each_handover(kb, office, on, who):
    assert _who(kb, office, on) == who


@pytest.mark.parametrize("office,on,covered", [
    ("office:usa-national-security-adviser", "2025-04-30", True),
    ("office:usa-national-security-adviser", "2025-05-01", False),  # Waltz removed, Rubio named that day
    ("office:usa-national-security-adviser", "2025-05-02", True),
    ("office:usa-nato-ambassador", "2020-12-31", True),
    ("office:usa-nato-ambassador", "2021-01-01", False),  # charges d'affaires until Smith
    ("office:usa-nato-ambassador", "2022-01-01", True),
    ("office:gbr-deputy-prime-minister", "2021-09-14", False),  # vacant or de facto deputies before Raab
    ("office:gbr-deputy-prime-minister", "2021-09-15", True),
    ("office:can-deputy-prime-minister", "2024-12-15", True),
    ("office:can-deputy-prime-minister", "2024-12-16", False),  # after Freeland: not recorded
    ("office:gbr-chief-of-the-defence-staff", "2021-11-15", False),  # the handover month
    ("office:gbr-chief-of-the-defence-staff", "2021-12-01", True),
    # Admiral David Johnston (from 2024-07-10) shares his name with a defence minister: not listed
    ("office:aus-chief-of-the-defence-force", "2024-07-09", True),
    ("office:aus-chief-of-the-defence-force", "2024-07-10", False),
    ("office:can-chief-of-the-defence-staff", "2021-08-24", False),  # Vance, McDonald, Eyre acting: not listed
    ("office:can-chief-of-the-defence-staff", "2021-08-25", True),
    # a holder left out so that a lone family name keeps naming the person the KB had: a gap
    ("office:usa-national-security-adviser", "2017-01-19", False),   # Susan Rice (Condoleezza Rice)
    ("office:usa-national-security-adviser", "2017-01-20", True),
    ("office:gbr-chief-of-the-defence-staff", "2018-07-01", False),  # Nick Carter (Ash Carter)
    ("office:nzl-deputy-prime-minister", "2016-12-11", True),
    ("office:nzl-deputy-prime-minister", "2016-12-12", False),       # Paula Bennett (Naftali Bennett)
    ("office:nzl-deputy-prime-minister", "2017-10-25", False),
    ("office:nzl-deputy-prime-minister", "2017-10-26", True),
])
def test_coverage_stops_where_the_list_is_not_sure(kb, office, on, covered):
    assert kb.covers(office, "holds_office", on).covered is covered


@pytest.mark.parametrize("family", ["Carter", "Vance", "Rice", "Bennett", "Joyce"])
def test_a_lone_family_name_still_names_one_person(kb, family):
    from accord.nlp.extract.name_variants import PersonNames

    assert len(PersonNames.from_kb(kb).by_family_name(family)) == 1


@pytest.mark.parametrize("title,where,office", [
    ("Treasurer", "Australia", "office:aus-treasurer"),
    ("Chancellor of the Exchequer", "United Kingdom", "office:gbr-chancellor-of-the-exchequer"),
    ("Chancellor", "United Kingdom", "office:gbr-chancellor-of-the-exchequer"),
    ("Chancellor", "Germany", "office:deu-chancellor"),  # Germany's chancellor heads the government
    ("Finance Minister", "Germany", "office:deu-finance-minister"),
    ("Finance Minister", "New Zealand", "office:nzl-finance-minister"),
    ("Treasury Secretary", "United States", "office:usa-treasury-secretary"),
    ("National Security Adviser", "United States", "office:usa-national-security-adviser"),
    ("national security advisor", "India", "office:ind-national-security-adviser"),
    ("ambassador to NATO", "United States", "office:usa-nato-ambassador"),
    ("Permanent Representative to NATO", "United States", "office:usa-nato-ambassador"),
    ("Chief of the Defence Staff", "United Kingdom", "office:gbr-chief-of-the-defence-staff"),
    ("Chief of the Defence Force", "Australia", "office:aus-chief-of-the-defence-force"),
    ("Chief of the Defence Staff", "Canada", "office:can-chief-of-the-defence-staff"),
    ("Chairman of the Joint Chiefs of Staff", "United States", "office:usa-chairman-joint-chiefs"),
    ("Governor-General", "New Zealand", "office:nzl-governor-general"),
    ("Governor General", "Canada", "office:can-governor-general"),
    ("Deputy Prime Minister", "United Kingdom", "office:gbr-deputy-prime-minister"),
    ("Deputy PM", "New Zealand", "office:nzl-deputy-prime-minister"),
    ("Chief Cabinet Secretary", "Japan", "office:jpn-chief-cabinet-secretary"),
    ("President of the European Parliament", "European Union", "office:eu-parliament-president"),
])
def test_titles_find_their_office(kb, title, where, office):
    assert kb.find_office(title, where).id == office


@pytest.mark.parametrize("title,where", [
    ("ambassador to NATO", "NATO"),        # an ally's envoy, not an office of NATO's
    ("Ambassador", "United States"),       # which embassy? no office
    ("Treasurer", "United States"),        # the Treasurer of the United States is not the Treasury Secretary
    ("Chief of the General Staff", "United Kingdom"),  # the head of the British Army, not the CDS
    ("Deputy Chancellor", "Germany"),
])
def test_titles_of_other_offices_find_none(kb, title, where):
    assert kb.find_office(title, where) is None


@pytest.mark.parametrize("title,where,not_office", [
    ("Deputy Prime Minister", "New Zealand", "office:nzl-prime-minister"),
    ("Prime Minister", "New Zealand", "office:nzl-deputy-prime-minister"),
    ("Chancellor", "United Kingdom", "office:gbr-prime-minister"),
    ("Finance Minister", "Japan", "office:jpn-prime-minister"),
])
def test_a_title_is_never_linked_to_a_similar_office_of_another_kind(kb, title, where, not_office):
    found = kb.find_office(title, where)
    assert found is not None and found.id != not_office


@pytest.mark.parametrize("state,member", [
    ("Taiwan", True), ("Hong Kong", True), ("Peru", True), ("Russia", True), ("Chile", True),
    ("India", False), ("Mongolia", False), ("Colombia", False),
])
def test_apec_members(kb, state, member):
    assert kb.status(state, "APEC", on="2024-11-15").member is member


def test_apec_joiners_of_1998_are_not_members_the_year_before(kb):
    assert kb.status("Vietnam", "APEC", on="1997-06-01").member is False
    assert kb.status("Vietnam", "APEC", on="1999-06-01").member is True
