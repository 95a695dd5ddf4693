"""A person's party and a party's leader (claims/party_links.py, kb/data/parties.yaml). Sentences
written for these tests, each in a true and a false form, and the checks' boundary days on the
KB's facts: Olaf Scholz in the SPD on the days of his chancellorship (2021-12-08 to 2025-05-06,
a day's margin at either end), Rishi Sunak leader of the Conservative Party from 2022-10-24 (Liz
Truss before him), the Conservatives' leader list complete from 2014-01-01 to 2024-11-01 with a
gap from 2019-06-07 to 2019-07-22, Recep Tayyip Erdogan in the AKP from his return on 2017-05-21."""

from __future__ import annotations

import pytest

from accord.kb import load
from accord.model import Statement
from accord.nlp.extract.claims import party_links
from accord.reconcile.kbcheck import KBChecker
from tests.claims._pipeline import outcome


@pytest.fixture(scope="module")
def kb_checker():
    return KBChecker(load())


def _kind(kb_checker, person, prop, party, day):
    verdict = kb_checker.check(Statement(subject=person, property=prop, value=party), day)
    return verdict.kind


# -- the KB's parties ---------------------------------------------------------------------------------
def test_every_party_has_a_state_and_a_source():
    kb = load()
    parties = list(kb.entities("party"))
    assert len(parties) >= 50
    for party in parties:
        assert party.attrs.get("state", "").startswith("state:"), party.id
        assert party.source.startswith("https://"), party.id
    for fact in kb.facts(property="party_member") + kb.facts(property="leads_party"):
        assert kb.entity(fact.value).type == "party" and fact.source and fact.start is not None


def test_a_name_several_parties_bear_is_marked_shared():
    kb = load()
    assert {e.id for e in kb.resolve("Labour")} == {"party:gbr-labour", "party:nzl-labour", "party:nor-labour",
                                                       "party:irl-labour"}  # coal25: Ireland's Labour Party
    assert [e.id for e in kb.resolve("PiS")] == ["party:pol-pis"]


# -- the membership's days, a day's margin at either end ---------------------------------------------
@pytest.mark.parametrize("day, expected", [
    ("2021-12-08", "new"),                 # his first day as chancellor: within the margin
    ("2021-12-09", "contradicted_by_kb"),  # the next: the SPD's, not the CDU's
    ("2025-05-04", "contradicted_by_kb"),
    ("2025-05-05", "new"),                 # his last day: within the margin
    ("2025-06-01", "new"),                 # after the days the KB vouches for
])
def test_a_membership_is_checked_inside_its_days_only(kb_checker, day, expected):
    assert _kind(kb_checker, "person:olaf-scholz", "party_member", "party:deu-cdu", day) == expected
    if expected == "contradicted_by_kb":
        assert _kind(kb_checker, "person:olaf-scholz", "party_member", "party:deu-spd", day) == "supported"


@pytest.mark.parametrize("day, expected", [
    ("2017-05-21", "new"),                 # the day he returned as chairman: within the margin
    ("2017-05-22", "contradicted_by_kb"),
    ("2016-06-01", "new"),                 # a president without a party: not vouched for
])
def test_erdogan_is_of_the_akp_from_his_return(kb_checker, day, expected):
    assert _kind(kb_checker, "person:recep-tayyip-erdogan", "party_member", "party:hun-fidesz", day) == expected


# -- the leader list, complete over its period ----------------------------------------------------
@pytest.mark.parametrize("day, expected", [
    ("2022-10-23", "new"),        # Truss's last day: Sunak led it on other days, no verdict
    ("2022-10-24", "supported"),  # his first day as leader
    ("2024-11-01", "supported"),  # the list's last complete day
])
def test_a_leader_on_the_days_of_a_change(kb_checker, day, expected):
    assert _kind(kb_checker, "person:rishi-sunak", "leads_party", "party:gbr-conservative", day) == expected


@pytest.mark.parametrize("day, expected", [
    ("2013-12-31", "new"),                 # before the list is complete
    ("2014-01-01", "contradicted_by_kb"),  # its first complete day: Cameron's
    ("2019-06-06", "contradicted_by_kb"),
    ("2019-06-07", "new"),                 # the gap of May's last weeks
    ("2019-07-22", "new"),
    ("2019-07-23", "contradicted_by_kb"),  # Johnson's first day
    ("2024-11-01", "contradicted_by_kb"),
    ("2024-11-02", "new"),                 # after the list's end (Badenoch is not in the KB)
])
def test_one_who_never_led_the_party_is_contradicted_inside_the_list_only(kb_checker, day, expected):
    assert _kind(kb_checker, "person:jeremy-hunt", "leads_party", "party:gbr-conservative", day) == expected


def test_a_leader_of_another_party_leaves_it_to_the_membership(kb_checker):
    # Keir Starmer is the Labour Party's: "Conservative leader Keir Starmer" is flagged once, as
    # a membership, not again as a leadership
    assert _kind(kb_checker, "person:keir-starmer", "leads_party", "party:gbr-conservative", "2023-03-01") == "new"
    assert _kind(kb_checker, "person:keir-starmer", "party_member", "party:gbr-conservative", "2023-03-01") \
        == "contradicted_by_kb"


# -- sentences through the whole pipeline ---------------------------------------------------------
@pytest.mark.parametrize("text, day, expected", [
    ("Fidesz's Viktor Orban has blocked the aid package again.", "2024-03-01", "supported"),
    ("Law and Justice's Viktor Orban has blocked the aid package again.", "2024-03-01", "flagged"),
    ("Prime Minister Donald Tusk's Civic Platform leads the governing coalition.", "2024-03-01", "supported"),
    ("Prime Minister Donald Tusk's Law and Justice leads the governing coalition.", "2024-03-01", "flagged"),
    ("Chancellor Olaf Scholz of the Social Democrats met the French president.", "2023-03-01", "supported"),
    ("Chancellor Olaf Scholz of the Christian Democrats met the French president.", "2023-03-01", "flagged"),
    ("The Social Democrats of Chancellor Olaf Scholz lost ground.", "2023-03-01", "supported"),
    ("Keir Starmer, leader of the Labour Party, visited Kyiv.", "2023-03-01", "supported"),
    ("Rishi Sunak, the leader of the Labour Party, visited Kyiv.", "2023-03-01", "flagged"),
    ("CDU leader Friedrich Merz criticised the government.", "2023-03-01", "supported"),
    ("CDU leader Olaf Scholz criticised the government.", "2023-03-01", "flagged"),
    ("Conservative leader Jeremy Hunt spoke in London.", "2023-03-01", "flagged"),
    ("Tory leader Rishi Sunak spoke in London.", "2023-03-01", "supported"),
    ("President Donald Trump's Republicans control both chambers.", "2025-03-01", "supported"),
    ("President Donald Trump's Democrats control both chambers.", "2025-03-01", "flagged"),
    ("Prime Minister Anthony Albanese's Labor government met.", "2024-06-01", "supported"),
    ("Prime Minister Anthony Albanese's Liberal government met.", "2024-06-01", "flagged"),
    ("Labour's Christopher Luxon visited Canberra.", "2024-06-01", "flagged"),
    ("Spanish Prime Minister Pedro Sanchez's Socialists lost ground.", "2025-06-01", "supported"),
    ("Spanish Prime Minister Pedro Sanchez's People's Party lost ground.", "2025-06-01", "flagged"),
    ("French President Emmanuel Macron's La Republique En Marche party came second.", "2024-06-01", "supported"),
    ("Belgian Prime Minister Bart De Wever's N-VA leads the coalition.", "2025-06-01", "supported"),  # split by the tokenizer
    ("Belgian Prime Minister Bart De Wever's Open VLD leads the coalition.", "2025-06-01", "flagged"),
])
def test_sentences_both_ways(checker, text, day, expected):
    assert outcome(checker, text, day) == expected


@pytest.mark.parametrize("text, day", [
    ("Former Conservative leader Theresa May spoke in London.", "2023-03-01"),  # not the current leader
    ("Ex-Labour leader Jacinda Ardern spoke at Harvard.", "2024-06-01"),
    ("Conservative leader Theresa May spoke in London.", "2019-06-20"),  # the gap of her last weeks
    ("In 2015, Conservative leader Jeremy Hunt spoke in London.", "2023-03-01"),  # another day's leader: not read
    ("Labour's Keir Starmer met Norway's Labour leader Jonas Gahr Store.", "2024-06-01"),
    ("Prime Minister Robert Fico's Social Democrats won the vote.", "2024-06-01"),  # no Slovak party by that name
    ("Labour's Christopher Luxon and Chris Hipkins debated.", "2024-06-01"),  # two people: not read
    ("Conservative Party chairman Jeremy Hunt spoke in London.", "2023-03-01"),  # a chairman is no leader
    ("Boris Johnson, the former leader of the Conservative Party, spoke.", "2023-03-01"),
    ("Theresa May, then leader of the Conservatives, spoke.", "2023-03-01"),
    ("Labour deputy leader Jeremy Hunt spoke.", "2023-03-01"),
    ('"Labour leader Keir Starmer is weak," said Rishi Sunak.', "2023-03-01"),
    ("Prime Minister Anthony Albanese's Labour government met.", "2024-06-01"),  # Australia's is Labor
])
def test_no_verdict_against_these(checker, text, day):
    assert outcome(checker, text, day) != "flagged"


@pytest.mark.parametrize("text, expected", [
    # the state the phrase names picks among the Labour parties: New Zealand's, whose leader Hipkins is
    ("New Zealand's Labour leader Chris Hipkins spoke.", "supported"),
    ("New Zealand's Labour leader Keir Starmer spoke.", "flagged"),  # Starmer is of Britain's Labour Party
    ("France's Labour leader Keir Starmer spoke.", "none"),  # France has no party of that name in the KB
])
def test_a_shared_name_takes_the_state_the_phrase_names(checker, text, expected):
    assert outcome(checker, text, "2024-06-01") == expected
