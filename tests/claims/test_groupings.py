"""Groupings (AUKUS, the Quad, NATO's Indo-Pacific partners) told as wire copy tells them: the
founders of a grouping, its members as the object of its verb, "whose members are", a number on
its name, and a definite noun ("the three-nation pact") that takes it up. Sentences written for
these tests; two paraphrase sets: data/ip12_paraphrases.jsonl (one construction a line, with
traps) and data/ip12_wire.jsonl (mock wire paragraphs on the topic, each with several one-edit
corruptions)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.claims._paraphrase_set import ParaphraseSet

from ._pipeline import read, verdicts

DATA = Path(__file__).parent / "data"


class TestGroupingParaphrases(ParaphraseSet):
    DATA = DATA / "ip12_paraphrases.jsonl"
    SUPPORTED_TRUE = 0.76  # 20/26 true sentences and traps when set (the traps make no claim)
    CAUGHT_TWINS = 1.0  # 18/18
    TWINS = 18


class TestGroupingWire(ParaphraseSet):
    DATA = DATA / "ip12_wire.jsonl"
    SUPPORTED_TRUE = 0.93  # 15/16 when set
    CAUGHT_TWINS = 31 / 57  # 32/57 when set (21/57 before the groupings family); 31 once a year in
    # the clause dates a title (off12): "Prime Minister Suga first proposed it in 2007" is then a 2007
    # claim, before the KB lists Japan's prime ministers, so `new`
    TWINS = 16
    EVERY_TRUE_HAS_A_TWIN = True


def members(annotator, text: str, published: str, org: str) -> set[tuple[str, str]]:
    return {(s.subject, s.polarity) for s in read(annotator, text, published)
            if s.property == "member_of" and s.value == org}


def counts(annotator, text: str, published: str, org: str) -> set[str]:
    return {s.value for s in read(annotator, text, published) if s.property == "member_count" and s.subject == org}


AUKUS = {("state:AUS", "affirmed"), ("state:GBR", "affirmed"), ("state:USA", "affirmed")}


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Australia, Britain and the United States on Wednesday launched AUKUS.", AUKUS),
    ("AUKUS was created by Australia, Britain and the United States.", AUKUS),
    ("Australia, Britain and the US set up AUKUS in 2021.", AUKUS),
    ("Australia, Britain and the US set AUKUS apart from ANZUS.", set()),  # "set" without "up"
    ("Biden, Johnson and Morrison launched AUKUS.", set()),  # people, not states
    ("Australia and its allies launched AUKUS.", set()),  # not every founder is a state
    ("Australia, Britain and the US did not create AUKUS.", set()),  # denied: nothing on membership
    ("Australia, Britain and the US launched an AUKUS project.", set()),  # the object is not AUKUS
])
def test_founders_are_members(accord_annotator, text, expected):
    assert members(accord_annotator, text, "2021-09-16", "org:AUKUS") == expected


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("MANILA - Officials from Australia, India, Japan and the US met on Sunday, reviving the Quad.", {
        ("state:AUS", "affirmed"), ("state:IND", "affirmed"), ("state:JPN", "affirmed"), ("state:USA", "affirmed")}),
    ("The leaders of Japan and India met, reviving the Quad.", {("state:JPN", "affirmed"), ("state:IND", "affirmed")}),
    ("Foreign ministers of Japan and Canada relaunched the Quad.", {("state:JPN", "affirmed"), ("state:CAN", "affirmed")}),
    ("Leaders of Japan and India met in Tokyo, launching Quad talks.", set()),  # the object is not the Quad
    ("Officials from Japan and India met, reviving hopes for the Quad.", set()),
    ("Supporters of Japan and India revived the Quad.", set()),  # not people who speak for the states
])
def test_people_of_states_reviving_a_grouping(accord_annotator, text, expected):
    assert members(accord_annotator, text, "2017-11-13", "org:quad") == expected


@pytest.mark.model
@pytest.mark.parametrize("text, published, org, expected", [
    ("TOKYO - Japan, India, Australia and the United States on Tuesday formed the Quad.", "2017-11-13", "org:quad", {
        ("state:AUS", "affirmed"), ("state:IND", "affirmed"), ("state:JPN", "affirmed"), ("state:USA", "affirmed")}),
])
def test_a_dateline_is_no_founder(accord_annotator, text, published, org, expected):
    assert members(accord_annotator, text, published, org) == expected


@pytest.mark.model
@pytest.mark.parametrize("text, org, expected", [
    ("Morrison defended the trilateral AUKUS pact.", "org:AUKUS", {"3"}),
    ("AUKUS met. Johnson praised the three-way partnership.", "org:AUKUS", {"3"}),
    ("The Quad met. Abe first proposed the four-way dialogue in 2007.", "org:quad", {"4"}),
    ("The Quad met. Abe first proposed the five-way dialogue in 2007.", "org:quad", {"5"}),
    ("Morrison defended AUKUS at a trilateral meeting.", "org:AUKUS", set()),  # the meeting's sides
    ("The Quadrilateral Security Dialogue met.", "org:quad", set()),  # its own name counts nothing
])
def test_sides_on_a_groupings_noun(accord_annotator, text, org, expected):
    assert counts(accord_annotator, text, "2021-09-17", org) == expected


@pytest.mark.model
@pytest.mark.parametrize("text, org, expected", [
    ("Japan, South Korea, Australia and New Zealand, known as the IP4, attended.", "org:IP4",
     {"state:JPN", "state:KOR", "state:AUS", "state:NZL"}),
    ("India, Japan, Australia and the US, collectively dubbed the Quad, met.", "org:quad",
     {"state:IND", "state:JPN", "state:AUS", "state:USA"}),
    ("Australia, Britain and the US, together called AUKUS, met.", "org:AUKUS", {"state:AUS", "state:GBR", "state:USA"}),
    ("The IP4 group, made up of Japan, South Korea, Australia and New Zealand, attended.", "org:IP4",
     {"state:JPN", "state:KOR", "state:AUS", "state:NZL"}),  # "IP4 group": a KB name
    ("Ukraine and Moldova, known as the EU candidates, met.", "org:EU", set()),  # not a grouping's name
    ("Japan, known as the IP4's largest economy, attended.", "org:IP4", set()),  # one state, not the name
])
def test_a_list_named_as_the_grouping(accord_annotator, text, org, expected):
    assert members(accord_annotator, text, "2024-07-10", org) == {(s, "affirmed") for s in expected}


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Australia, India, Japan and the United States, the four Quad countries, met.",
     {("state:AUS", "affirmed"), ("state:IND", "affirmed"), ("state:JPN", "affirmed"), ("state:USA", "affirmed")}),
    ("The Quad nations of Australia, India, Japan and China met.",
     {("state:AUS", "affirmed"), ("state:IND", "affirmed"), ("state:JPN", "affirmed"), ("state:CHN", "affirmed")}),
    ("Japan is one of the Quad countries.", {("state:JPN", "affirmed")}),
    ("China is not one of the Quad countries.", {("state:CHN", "negated")}),
    ("Japan and India are Quad countries.", {("state:JPN", "affirmed"), ("state:IND", "affirmed")}),
    ("Japan is a Quad country.", set()),  # singular: no grouping's plural name
    ("Japan, like the Quad countries, objected.", set()),
    ("Tokyo and Delhi are Quad capitals.", set()),
    ("The Quad countries' navies and India's coast guard met.", set()),
])
def test_a_plural_noun_on_a_groupings_name(accord_annotator, text, expected):
    assert members(accord_annotator, text, "2024-07-10", "org:quad") == expected


@pytest.mark.model
@pytest.mark.parametrize("text, org, expected", [
    ("France was left out of AUKUS.", "org:AUKUS", {("state:FRA", "negated")}),
    ("Britain was left out of AUKUS.", "org:AUKUS", {("state:GBR", "negated")}),  # read (and contradicted)
    ("Canada was excluded from the Quad.", "org:quad", {("state:CAN", "negated")}),
    ("AUKUS excludes France and New Zealand.", "org:AUKUS", {("state:FRA", "negated"), ("state:NZL", "negated")}),
    ("AUKUS, which excluded France, angered Paris.", "org:AUKUS", {("state:FRA", "negated")}),
    ("Britain was not left out of AUKUS.", "org:AUKUS", {("state:GBR", "affirmed")}),
    ("The Quad does not exclude India.", "org:quad", {("state:IND", "affirmed")}),
    ("France was left out of talks on AUKUS.", "org:AUKUS", set()),  # out of the talks, not of AUKUS
])
def test_states_left_out_of_a_grouping(accord_annotator, text, org, expected):
    assert members(accord_annotator, text, "2024-07-10", org) == expected


@pytest.mark.model
def test_a_founding_is_undated(accord_annotator):
    """ANZUS was signed in 1951 and its members' start is its entry into force on 1952-04-29: a
    founding year is no membership date, so the founders' membership is not dated by it."""
    text = "Australia, New Zealand and the United States formed ANZUS in 1951."
    found = [s for s in read(accord_annotator, text, "2021-09-16") if s.property == "member_of"]
    assert {s.subject for s in found} == {"state:AUS", "state:NZL", "state:USA"}
    assert all(s.start is None and s.point_in_time is None for s in found)
    assert verdicts(accord_annotator, text, "2021-09-16", "member_of") == ["supported"] * 3


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("AUKUS, formed in September 2021, brings together Australia, Britain and the US.", AUKUS),
    ("AUKUS, which unites Australia, Britain and the US, met.", AUKUS),
    ("AUKUS does not include Japan or Canada.", {("state:JPN", "negated"), ("state:CAN", "negated")}),
    ("AUKUS brings Australia and Britain closer.", set()),  # "bring" without "together"
    ("The meeting brought together Australia, Britain and the US.", set()),  # no organisation's verb
    ("AUKUS includes Australia.", set()),  # one state: as a bare "includes" in lists.py, not read
])
def test_members_as_the_object_of_the_groupings_verb(accord_annotator, text, expected):
    assert members(accord_annotator, text, "2024-05-02", "org:AUKUS") == expected


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Talks covered AUKUS, whose members are Australia, Britain and the US.", AUKUS),
    ("Talks covered AUKUS, whose members include Britain and the US.",
     {("state:GBR", "affirmed"), ("state:USA", "affirmed")}),
    ("Talks covered AUKUS, whose members are not Japan and Canada.",
     {("state:JPN", "negated"), ("state:CAN", "negated")}),
    ("Talks covered AUKUS, whose leaders are Albanese, Starmer and Trump.", set()),
])
def test_whose_members(accord_annotator, text, expected):
    assert members(accord_annotator, text, "2025-03-01", "org:AUKUS") == expected


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("NATO's four Indo-Pacific partners attended.", {"4"}),
    ("The alliance met its four Indo-Pacific partners.", {"4"}),
    ("All four Indo-Pacific partners attended.", {"4"}),
    ("Four Indo-Pacific partners attended.", set()),  # not said to be all of them
    ("Three of NATO's Indo-Pacific partners attended.", set()),
])
def test_a_number_on_a_groupings_name(accord_annotator, text, expected):
    assert counts(accord_annotator, text, "2024-07-11", "org:IP4") == expected


@pytest.mark.model
def test_the_indo_pacific_partners_listed_are_members_of_the_ip4(accord_annotator):
    text = "NATO met its Indo-Pacific partners - Australia, Japan, New Zealand and South Korea - on Thursday."
    found = members(accord_annotator, text, "2024-07-11", "org:IP4")
    assert found == {(s, "affirmed") for s in ("state:AUS", "state:JPN", "state:NZL", "state:KOR")}


@pytest.mark.model
@pytest.mark.parametrize("text, org, expected", [
    ("AUKUS ministers met. Japan is not a member of the three-nation pact.", "org:AUKUS", {("state:JPN", "negated")}),
    ("AUKUS ministers met. Japan is a member of the pact.", "org:AUKUS", {("state:JPN", "affirmed")}),
    ("The Quad met. The grouping of Australia, India, Japan and the US pledged aid.", "org:quad",
     {("state:AUS", "affirmed"), ("state:IND", "affirmed"), ("state:JPN", "affirmed"), ("state:USA", "affirmed")}),
    # not taken up: another pact named in between, a pact between others, another grouping's name,
    # a possessive, no grouping named in the two sentences before, a noun the grouping is not called
    ("AUKUS met. China and Fiji signed a pact. Japan is a member of the pact.", "org:AUKUS", set()),
    ("AUKUS met. The pact between Japan and India is a member of the pact.", "org:AUKUS", set()),
    ("The Quad met. The BRICS grouping of Brazil and China met too.", "org:quad", set()),
    ("AUKUS met. Japan is a member of China's pact.", "org:AUKUS", set()),
    ("AUKUS met. Talks went on. Officials rested. Leaders ate. Japan is a member of the pact.", "org:AUKUS", set()),
    ("AUKUS met. Japan is a member of the dialogue.", "org:AUKUS", set()),
])
def test_a_noun_taking_up_a_grouping(accord_annotator, text, org, expected):
    assert members(accord_annotator, text, "2024-04-09", org) == expected


@pytest.mark.model
def test_a_taken_up_grouping_is_less_sure_than_a_named_one(accord_annotator):
    found = [s for s in read(accord_annotator, "AUKUS met. Japan is a member of the pact.", "2024-04-09")
             if s.property == "member_of"]
    assert found and all(r.confidence.get("link") == 0.8 for s in found for r in s.references)


@pytest.mark.model
@pytest.mark.parametrize("text, kind", [
    ("The Quad met. The four-nation grouping pledged aid.", "supported"),
    ("The Quad met. The five-nation grouping pledged aid.", "contradicted_by_kb"),
])
def test_a_count_on_a_taken_up_grouping(accord_annotator, text, kind):
    assert kind in verdicts(accord_annotator, text, "2023-05-21", "member_count")


@pytest.mark.model
@pytest.mark.parametrize("text, published, result", [
    ("WASHINGTON - Secretary of State Marco Rubio met his Quad counterparts on Tuesday.", "2025-01-22", "supported"),
    ("WASHINGTON - Secretary of State Antony Blinken met his Quad counterparts on Tuesday.", "2025-01-22", "flagged"),
    ("TOKYO - Prime Minister Fumio Kishida hosted the Quad leaders on Tuesday.", "2022-05-25", "supported"),
    ("TOKYO - Prime Minister Shinzo Abe hosted the Quad leaders on Tuesday.", "2022-05-25", "flagged"),
])
def test_a_spaced_dash_closes_the_dateline_before_a_title(accord_annotator, text, published, result):
    """"WASHINGTON - Secretary of State X": the dateline's city is no jurisdiction of the title
    (it was read as an office "Washington Secretary of State" the KB does not hold: never checked)."""
    from bench.paraphrases import Checker, outcome

    assert outcome(Checker(accord_annotator).findings(text, published)) == result


@pytest.mark.model
@pytest.mark.parametrize("text, published, result", [
    ("The Quad foreign ministers' meeting in Tokyo on Monday focused on maritime security.", "2024-07-30", "supported"),
    ("The Quad foreign ministers' meeting in Osaka on Monday focused on maritime security.", "2024-07-30", "flagged"),
    ("The Quad foreign ministers' meeting in New Delhi on Friday followed the G20 talks.", "2023-03-04", "supported"),
    ("The Quad foreign ministers' meeting in Mumbai on Friday followed the G20 talks.", "2023-03-04", "flagged"),
    # meetings the KB does not list (New York in 2022, Melbourne in 2022) are linked to none
    ("The Quad foreign ministers' meeting in New York on Friday was the fourth this year.", "2022-09-24", "none"),
    ("At the Quad foreign ministers' meeting in Melbourne on Friday, Blinken spoke.", "2022-02-12", "none"),
])
def test_quad_foreign_ministers_meetings(accord_annotator, text, published, result):
    from bench.paraphrases import Checker, outcome

    assert outcome(Checker(accord_annotator).findings(text, published)) == result
