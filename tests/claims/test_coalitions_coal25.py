"""Governing coalitions (claims/coalitions.py, kb/data/coalitions.yaml): sentences written for
these tests, each wording in a true form and with one party swapped, the boundary days of the
check (Scholz's coalition from 2021-12-08, the FDP out on 2024-11-07; a party is contradicted only
when missing from two weeks before to a week after the claim's day), a party that supports the
government from outside (the Sweden Democrats), and coalitions that are not read (a Land's, a
region's, one under negotiation, a possible one)."""

from __future__ import annotations

from datetime import date

import pytest

from accord.kb import load
from accord.model import Statement, TimeQualifier
from accord.nlp.extract.claims import coalitions
from accord.reconcile.kbcheck import KBChecker
from tests.claims._pipeline import outcome


@pytest.fixture(scope="module")
def kb():
    return load()


@pytest.fixture(scope="module")
def kb_checker(kb):
    return KBChecker(kb)


# -- the KB's lists ---------------------------------------------------------------------------------
def test_every_governing_party_is_a_party_of_its_state(kb):
    facts = kb.facts(property="in_government")
    assert len(facts) >= 100
    for fact in facts:
        assert kb.entity(fact.subject).type == "party", fact.subject
        assert kb.entity(fact.subject).attrs["state"] == fact.value, fact.subject
        assert fact.source.startswith("https://") and fact.start is not None


def test_the_lists_are_complete_only_over_their_periods(kb):
    assert coalitions.listed(kb, "state:DEU", date(2013, 12, 17), date(2013, 12, 17))
    assert not coalitions.listed(kb, "state:DEU", date(2013, 12, 16), date(2013, 12, 17))
    assert coalitions.listed(kb, "state:BEL", date(2018, 12, 5), date(2018, 12, 5))
    assert not coalitions.listed(kb, "state:BEL", date(2018, 12, 6), date(2018, 12, 6))  # N-VA's exit: a gap
    assert not coalitions.listed(kb, "state:GBR", date(2020, 1, 1), date(2020, 1, 1))  # no list at all
    # an exit known only to the month (the Left-Greens' in October 2024) ends the period the month before
    assert coalitions.listed(kb, "state:ISL", date(2024, 9, 30), date(2024, 9, 30))
    assert not coalitions.listed(kb, "state:ISL", date(2024, 10, 1), date(2024, 10, 1))


def test_sizes_count_a_sister_party_both_ways_and_no_supporter(kb):
    assert coalitions.sizes_on(kb, "state:DEU", date(2019, 1, 1)) == {2, 3}  # CDU, CSU, SPD
    assert coalitions.sizes_on(kb, "state:DEU", date(2024, 11, 6)) == {3}  # SPD, Greens, FDP
    assert coalitions.sizes_on(kb, "state:DEU", date(2024, 11, 7)) == {2}  # the FDP out
    assert coalitions.sizes_on(kb, "state:SWE", date(2023, 5, 1)) == {3}  # the Sweden Democrats not counted


def _kind(kb_checker, party, state, day):
    st = Statement(subject=party, property="in_government", value=state,
                   point_in_time=TimeQualifier(day, "day"))
    return kb_checker.check(st, day).kind


@pytest.mark.parametrize("party, day, expected", [
    ("party:deu-greens", "2021-12-07", "new"),                 # the day before Scholz's cabinet
    ("party:deu-greens", "2021-12-08", "supported"),           # its first day
    ("party:deu-greens", "2021-11-30", "contradicted_by_kb"),  # 8 days before: out a week either way
    ("party:deu-greens", "2021-12-01", "new"),                 # 7 days before: within the week
    ("party:deu-fdp", "2024-11-06", "supported"),              # its last day in government
    ("party:deu-fdp", "2024-11-07", "new"),                    # the first day out
    ("party:deu-fdp", "2024-11-20", "new"),                    # two weeks on, the last day it may still be named
    ("party:deu-fdp", "2024-11-21", "contradicted_by_kb"),     # 15 days on
    ("party:swe-sd", "2023-05-01", "new"),                     # supports from outside: no verdict either way
])
def test_boundary_days(kb_checker, party, day, expected):
    state = "state:" + party.split(":")[1][:3].upper()
    assert _kind(kb_checker, party, state, day) == expected


# -- the wordings, each true and with one party swapped ------------------------------------------------
@pytest.mark.parametrize("text, day, expected", [
    ("Chancellor Olaf Scholz heads a coalition of the Social Democrats, the Greens and the FDP.", "2023-03-01", "supported"),
    ("Chancellor Olaf Scholz heads a coalition of the Social Democrats, the Greens and the Left.", "2023-03-01", "flagged"),
    ("The ruling Liberal Democratic Party's coalition partner, Komeito, keeps the transport ministry.", "2024-05-01", "supported"),
    ("The ruling Liberal Democratic Party's coalition partner, Nippon Ishin, keeps the transport ministry.", "2024-05-01", "flagged"),
    ("Prime Minister Jonas Gahr Store leads a minority coalition of his Labour Party and the Centre Party.", "2022-03-10", "supported"),
    ("Prime Minister Jonas Gahr Store leads a minority coalition of his Labour Party and the Socialist Left.", "2022-03-10", "flagged"),
    ("Swedish Prime Minister Stefan Lofven governs with the Greens.", "2019-05-01", "supported"),
    ("Swedish Prime Minister Stefan Lofven governs with the Moderates.", "2019-05-01", "flagged"),
    ("Her coalition includes Matteo Salvini's League and Silvio Berlusconi's Forza Italia.", "2025-06-01", "supported"),
    ("Her coalition includes Matteo Salvini's League and the Five Star Movement.", "2025-06-01", "flagged"),
    ("The coalition also includes the liberal VVD, the New Social Contract party and the Farmer-Citizen Movement.",
     "2024-08-01", "supported"),
    ("The coalition also includes the liberal VVD, the Christian Democratic Appeal and the Farmer-Citizen Movement.",
     "2024-08-01", "flagged"),
    # a list the parser cut short ("the Christian Democrats" hung on the verb) is read to its end
    ("Ulf Kristersson's coalition of the Moderates, the Christian Democrats and the Liberals holds 103 seats.",
     "2023-01-10", "supported"),
    ("Ulf Kristersson's coalition of the Moderates, the Christian Democrats and the Centre Party holds 103 seats.",
     "2023-01-10", "flagged"),
    ("The coalition brings together the N-VA, the liberal MR, the centrist Les Engagés, the socialist Vooruit "
     "and the Christian Democratic CD&V.", "2025-03-01", "supported"),
    ("The coalition brings together the N-VA, the liberal MR, the centrist Les Engagés, the socialist Vooruit "
     "and the Flemish Greens of Groen.", "2025-03-01", "flagged"),
    ("The new government includes the Centre Party and the Reform Party.", "2021-03-01", "none"),  # no state
    ("The new government includes the Reform Party and the Centre Party of Juri Ratas.", "2021-03-01", "supported"),
    ("The new government includes the Centre Party and EKRE.", "2021-03-01", "flagged"),
])
def test_each_wording(checker, text, day, expected):
    assert outcome(checker, text, day) == expected


@pytest.mark.parametrize("text, day, expected", [
    ("The country is governed by Mette Frederiksen's three-party coalition.", "2023-05-01", "supported"),
    ("The country is governed by Mette Frederiksen's four-party coalition.", "2023-05-01", "flagged"),
    ("Schoof heads a four-party coalition dominated by Geert Wilders' Party for Freedom.", "2024-08-01", "supported"),
    ("Schoof heads a five-party coalition dominated by Geert Wilders' Party for Freedom.", "2024-08-01", "flagged"),
])
def test_the_count(checker, text, day, expected):
    assert outcome(checker, text, day) == expected


# -- not read ------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, day", [
    ("In Bavaria, the CSU governs with the Free Voters in a regional coalition.", "2024-03-01"),
    ("The state coalition of the CDU and the Greens in Baden-Wuerttemberg was renewed.", "2024-03-01"),
    ("Coalition talks between the CDU and the Greens dragged on.", "2024-03-01"),
    ("A possible coalition of the CDU and the Greens would hold a majority.", "2024-03-01"),
    ("The opposition coalition of the CDU and the AfD attacked the budget.", "2024-03-01"),
    ("Scholz's coalition of the SPD, the Greens and the FDP collapsed.", "2024-12-01"),
    ("Olaf Scholz had governed with the FDP and the Greens.", "2025-06-01"),
])
def test_not_read(checker, text, day):
    assert outcome(checker, text, day) == "none"


def test_a_supporting_party_is_neither_flagged_nor_supported(checker):
    text = "Ulf Kristersson's coalition with the Sweden Democrats is a minority one."
    assert outcome(checker, text, "2023-05-01") != "flagged"
    assert outcome(checker, "Ulf Kristersson's four-party coalition took office.", "2023-05-01") == "flagged"
