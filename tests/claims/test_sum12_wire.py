"""Summits, meetings and spending told as wire copy (issue 12, sum12): the mock-wire set
(data/sum12_wire.jsonl: 21 true paragraphs written for it, each with one-edit corruptions of the
benchmark's kinds), and one test per construction read for it — a week named relative to the
article, a bare summit its people make NATO's, talks and meetings held by NATO's ministers, a
host in a participle, leaders welcomed to a place, a place "outside" a city, datelines parsed
apart from the lead, which way the spending target moved, a deadline on the verb, counts of
allies said after NATO's estimate, an infinitive after "for X". Sentences written for these
tests, checked as `accord check` checks an article; true sentences that must stay silent beside
the false ones that must flag.

    python bench/paraphrases.py tests/claims/data/sum12_wire.jsonl -v
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bench.paraphrases import outcome
from tests.claims._paraphrase_set import ParaphraseSet

pytestmark = pytest.mark.model


class TestSum12Wire(ParaphraseSet):
    DATA = Path(__file__).parent / "data" / "sum12_wire.jsonl"
    SUPPORTED_TRUE = 21 / 21  # true paragraphs with a `supported` finding (20 before, 1 flagged)
    CAUGHT_TWINS = 56 / 81  # corrupted twins flagged (40 before this work; 58 while a far-off relative week still flagged)
    TWINS = 21
    EVERY_TRUE_HAS_A_TWIN = True


class TestSum12WireHeldOut(ParaphraseSet):
    """Six paragraphs written after the mechanisms above, measured before any change for them
    (then 5/6 supported, 1 false alarm, 6/16 caught; main: 5/6, 0, 5/16); the false alarm (a
    gerund "Finland and Sweden joining NATO" read as Turkey joining) is fixed."""
    DATA = Path(__file__).parent / "data" / "sum12_wire_heldout.jsonl"
    SUPPORTED_TRUE = 5 / 6
    CAUGHT_TWINS = 7 / 16
    TWINS = 6
    EVERY_TRUE_HAS_A_TWIN = True


def _result(checker, text: str, published: str) -> str:
    """"flagged", "supported" or "none"; "quiet" stands for either of the last two (other claims
    of the sentence may be supported)."""
    return outcome(checker.findings(text, published))


def _matches(found: str, expected: str) -> bool:
    return found != "flagged" if expected == "quiet" else found == expected


@pytest.mark.parametrize("published, text, expected", [
    # the ISO week the article's day anchors: it supports a date inside it, and a clash it alone
    # makes is never flagged (WEEK_DATE, below the threshold), however far off
    ("2018-07-09", "NATO leaders will meet in Brussels this week.", "supported"),  # 11-12 July, W28
    ("2018-07-15", "NATO leaders met in Brussels this week.", "supported"),  # Sunday, the week's last day
    ("2018-07-16", "NATO leaders met in Brussels this week.", "quiet"),  # a day after W28 ends
    ("2018-07-16", "NATO leaders met in Brussels last week.", "supported"),
    ("2018-06-27", "NATO leaders will meet in Brussels next week.", "quiet"),
    ("2018-06-20", "NATO leaders will meet in Brussels next week.", "quiet"),
    ("2014-08-20", "NATO leaders will meet in Wales next week.", "quiet"),
    ("2018-07-23", "NATO leaders met in Brussels last week.", "quiet"),
    ("2014-09-22", "NATO leaders met in Wales last week.", "quiet"),
    ("2025-06-26", "Luxon attended the NATO summit in The Hague this week.", "supported"),
    ("2025-06-26", "Luxon attended the NATO summit in Madrid this week.", "quiet"),  # the week alone says which
    ("2022-07-05", "At last week's NATO summit in Lisbon, leaders adopted a Strategic Concept.", "quiet"),
    ("2023-06-20", "NATO leaders will meet in Vilnius next week.", "quiet"),
    ("2023-06-20", "NATO leaders will meet in Vilnius next month.", "supported"),
    # a week never links: a bare summit, or another organisation's, says nothing by its week
    ("2022-07-05", "At last week's summit in Madrid, EU leaders adopted a Strategic Compass.", "none"),
    ("2018-07-20", "At the EU summit in Brussels last week, leaders argued over migration.", "none"),
])
def test_a_week_named_relative_to_the_article_dates_the_event(checker, published, text, expected):
    assert _matches(_result(checker, text, published), expected)


def _date_verdict(findings: list[dict]) -> str:
    """What became of the summit's date alone: "supported", "unsure" (a clash below the
    threshold, reported and not flagged), "flagged" or "none"."""
    for f in findings:
        text = (f.get("explanation") or "") + " " + str(f.get("claim") or "")
        if "which date is meant" in text:
            return "unsure"
    for f in findings:
        text = (f.get("explanation") or "") + " " + str(f.get("claim") or "")
        if re.search(r"took place \d{4}-\d\d-\d\d", text):
            return "flagged" if outcome([f]) == "flagged" else "supported"
    return "none"


@pytest.mark.parametrize("published, text, expected", [
    ("2018-07-15", "NATO leaders met in Brussels this week.", "supported"),  # Sunday, W28's last day
    ("2018-07-16", "NATO leaders met in Brussels this week.", "unsure"),  # Monday, a day after it
    ("2018-07-09", "NATO leaders will meet in Brussels this week.", "supported"),  # Monday, W28's first
    ("2018-07-08", "NATO leaders will meet in Brussels this week.", "unsure"),  # Sunday, W27
    ("2018-07-16", "NATO leaders met in Brussels last week.", "supported"),
    ("2018-07-23", "NATO leaders met in Brussels last week.", "unsure"),
    ("2014-08-20", "NATO leaders will meet in Wales next week.", "unsure"),  # a week and more off
])
def test_a_relative_week_supports_its_week_and_never_flags_a_clash(checker, published, text, expected):
    assert _date_verdict(checker.findings(text, published)) == expected


@pytest.mark.parametrize("published, text, expected", [
    ("2022-03-24", "NATO leaders met in Brussels for an extraordinary summit on Thursday.", "supported"),
    ("2022-03-24", "NATO leaders met in Brussels for an extraordinary summit on Saturday.", "flagged"),
    ("2022-07-05", "At last week's summit in Madrid, NATO leaders adopted a Strategic Concept.", "supported"),
    ("2022-07-05", "At last week's summit in Lisbon, NATO leaders adopted a Strategic Concept.", "quiet"),  # only the week says it is not the 2010 summit
    ("2022-03-24", "EU leaders met in Brussels for a summit on Saturday.", "none"),
])
def test_a_bare_summit_is_the_organisations_when_its_people_act(checker, published, text, expected):
    assert _matches(_result(checker, text, published), expected)


@pytest.mark.parametrize("published, text, expected", [
    ("2023-05-31", "NATO foreign ministers began two days of informal talks in Oslo on Wednesday.", "supported"),
    ("2023-05-31", "NATO foreign ministers began two days of informal talks in Stockholm on Wednesday.", "flagged"),
    ("2023-05-31", "NATO foreign ministers held informal talks in Oslo on Wednesday, with Sweden's bid high on "
                   "the agenda.", "supported"),
    ("2024-05-31", "Foreign ministers of the 32 allies ended an informal meeting hosted by the Czech Republic "
                   "on Friday.", "supported"),
    ("2024-05-31", "Foreign ministers of the 32 allies ended an informal meeting hosted by Slovakia on Friday.",
     "flagged"),
    # talks with someone, or of ministers the KB lists no meeting of (none in February 2016), say
    # nothing; the KB lists the defence ministers' meeting of 14-15 February 2023 (session 14)
    ("2023-05-31", "NATO foreign ministers held talks with Ukraine's foreign minister in Stockholm on Wednesday.",
     "none"),
    ("2016-02-10", "NATO defence ministers began two days of talks in Brussels on Wednesday.", "none"),
    ("2023-02-14", "NATO defence ministers began two days of talks in Brussels on Tuesday.", "supported"),
])
def test_talks_and_meetings_held_by_the_organisations_ministers(checker, published, text, expected):
    assert _matches(_result(checker, text, published), expected)


@pytest.mark.parametrize("published, text, expected", [
    ("2024-07-09", "President Joe Biden welcomed NATO leaders to Washington on Tuesday.", "supported"),
    ("2024-07-09", "President Joe Biden welcomed NATO leaders to Ottawa on Tuesday.", "flagged"),
    ("2024-07-09", "President Joe Biden welcomed NATO leaders to the White House on Tuesday.", "quiet"),
    ("2019-12-04", "Leaders of the 29 allies met at a hotel outside London on Wednesday.", "supported"),
    ("2019-12-04", "Leaders of the 29 allies met at a hotel outside Paris on Wednesday.", "flagged"),
])
def test_leaders_welcomed_to_a_place_and_a_place_outside_a_city(checker, published, text, expected):
    assert _matches(_result(checker, text, published), expected)


@pytest.mark.parametrize("published, text, expected", [
    ("2023-05-31", "OSLO, Norway (AP) — NATO foreign ministers began two days of informal talks in Oslo on "
                   "Wednesday.", "supported"),
    ("2023-05-31", "OSLO, Norway (AP) — NATO foreign ministers began two days of informal talks in Stockholm on "
                   "Wednesday.", "flagged"),
    ("2019-12-04", "WATFORD, England — Leaders of the 29 allies met at a hotel outside Paris on Wednesday.",
     "flagged"),
])
def test_a_dateline_is_parsed_apart_from_the_lead(checker, published, text, expected):
    assert _matches(_result(checker, text, published), expected)


def test_the_dateline_ends_where_the_lead_begins():
    from spacy.lang.en import English

    from accord.nlp.extract.paragraphs import dateline_ends

    nlp = English()
    doc = nlp("VILNIUS, Lithuania (AP) — NATO leaders met.\n\nBRUSSELS — Allies agreed.\n\nNATO — the alliance met.")
    assert [doc[i].text for i in dateline_ends(doc)] == ["NATO", "Allies"]  # not "NATO —"


@pytest.mark.parametrize("published, text, expected", [
    ("2025-06-25", "NATO allies agreed on Wednesday to raise their defence spending target to 5% of GDP by 2035.",
     "supported"),
    ("2025-06-25", "NATO allies agreed on Wednesday to lower their defence spending target to 5% of GDP by 2035.",
     "flagged"),
    ("2025-06-25", "NATO allies agreed on Wednesday to raise their defence spending target to 5% of GDP by 2030.",
     "flagged"),
    ("2025-06-27", "NATO did not lower its defence spending target at The Hague summit.", "supported"),
    # the change must be within WINDOW (7) days of the claim's date
    ("2025-07-10", "Allies lowered NATO's spending target on 2 July 2025.", "flagged"),
    ("2025-07-10", "Allies lowered NATO's spending target on 3 July 2025.", "none"),
    # no change the KB records near the date: nothing said
    ("2023-07-12", "Allies raised NATO's spending goal on Wednesday.", "none"),
    ("2025-06-24", "Spain wants to lower the target.", "none"),
    # before the target is agreed, another deadline may be a proposal
    ("2025-06-10", "Allies will agree to raise NATO's spending target to 5% of GDP by 2032.", "quiet"),
])
def test_which_way_the_target_moved_and_its_deadline(checker, published, text, expected):
    assert _matches(_result(checker, text, published), expected)


@pytest.mark.parametrize("published, text, expected", [
    ("2024-06-20", "On 17 June 2024, Stoltenberg said 23 allies would meet NATO's 2% target this year.", "supported"),
    ("2024-06-20", "On 17 June 2024, Stoltenberg said 20 allies would meet NATO's 2% target this year.", "flagged"),
    ("2024-06-20", "On 17 June 2024, Stoltenberg said 21 allies would meet NATO's 2% target this year.", "quiet"),
    ("2024-06-20", "On 16 June 2024, Stoltenberg said 18 allies would meet NATO's 2% target this year.", "quiet"),
    ("2024-06-20", "In February, Stoltenberg said 18 allies would meet NATO's 2% target this year.", "quiet"),
    ("2024-06-17", "Twenty-three allies will miss NATO's 2% target this year, Stoltenberg said on Monday.",
     "flagged"),
    ("2024-06-17", "Nine of the 32 allies will miss NATO's 2% target this year, Stoltenberg said on Monday.",
     "supported"),
])
def test_counts_of_allies_said_after_natos_estimate(checker, published, text, expected):
    assert _matches(_result(checker, text, published), expected)


@pytest.mark.parametrize("published, text, expected", [
    ("2023-07-12", "NATO leaders ended their summit on Wednesday without setting a date for Ukraine to join.",
     "supported"),
    ("2023-07-12", "Ukraine joined NATO on Wednesday.", "flagged"),
])
def test_an_infinitive_after_for_x_is_no_deed_done(checker, published, text, expected):
    assert _matches(_result(checker, text, published), expected)


@pytest.mark.parametrize("published, text, expected", [
    # the people a summit phrase hangs on make it theirs
    ("2025-06-25", "NATO allies at a summit in The Hague agreed on Wednesday to raise their spending target.",
     "supported"),
    ("2025-06-25", "NATO allies at a summit in Amsterdam agreed on Wednesday to raise their spending target.",
     "flagged"),
    ("2023-05-19", "Leaders of the Group of Seven opened their annual summit in Hiroshima on Friday.", "supported"),
    ("2023-05-19", "Leaders of the Group of Seven opened their annual summit in Osaka on Friday.", "flagged"),
    ("2023-05-19", "Leaders of the Group of Seven opened their annual summit in Hiroshima on Tuesday.", "flagged"),
    ("2022-03-24", "EU leaders met in Brussels for a summit on Saturday.", "quiet"),
])
def test_the_people_of_a_summit_phrase_make_it_theirs(checker, published, text, expected):
    assert _matches(_result(checker, text, published), expected)


@pytest.mark.parametrize("published, text, expected", [
    ("2021-06-14", "Joe Biden attended his first NATO summit as U.S. president on Monday.", "supported"),
    ("2021-06-14", "Joe Biden skipped his first NATO summit as U.S. president on Monday.", "flagged"),
    ("2023-07-12", "Rishi Sunak did not attend the NATO summit in Vilnius.", "flagged"),
    ("2025-06-26", "Donald Trump attended the NATO summit in The Hague.", "supported"),
    ("2019-12-05", "Emmanuel Macron stayed away from the NATO summit in London.", "flagged"),
    # a leader the KB does not list at a summit: nothing said
    ("2025-06-26", "Justin Trudeau did not attend the NATO summit in The Hague.", "quiet"),
])
def test_the_allies_leaders_at_the_summits(checker, published, text, expected):
    assert _matches(_result(checker, text, published), expected)


@pytest.mark.parametrize("published, text, expected", [
    ("2024-02-14", "At the Wales summit in 2014, NATO allies agreed to move towards 2% of GDP within a decade.",
     "supported"),
    ("2024-02-14", "At the Wales summit in 2014, NATO allies agreed to move towards 3% of GDP within a decade.",
     "flagged"),
    ("2024-02-14", "Poland pledged to move towards 4% of GDP.", "quiet"),
])
def test_a_pledge_to_move_towards_a_level(checker, published, text, expected):
    assert _matches(_result(checker, text, published), expected)


@pytest.mark.parametrize("published, text, expected", [
    ("2021-06-14", "BRUSSELS — Joe Biden attended his first NATO summit as U.S. president on Monday.", "supported"),
    ("2021-06-14", "BRUSSELS — Joe Biden attended his first NATO summit as U.S. president on Thursday.", "flagged"),
    # filed from a city that held no summit that year, or with no dateline, while the summit was
    # under way (the day before to the day after): a weekday of the article's week is still that
    # summit's (claims/_eventdays.py, issue 12 dat12s; this case was quiet before)
    ("2021-06-14", "LONDON — Joe Biden attended his first NATO summit as U.S. president on Thursday.", "flagged"),
    ("2021-06-14", "Joe Biden attended his first NATO summit as U.S. president on Thursday.", "flagged"),
    ("2021-06-15", "Joe Biden attended his first NATO summit as U.S. president on Thursday.", "flagged"),
    # two days after it: no summit under way, the day names none
    ("2021-06-16", "LONDON — Joe Biden attended his first NATO summit as U.S. president on Thursday.", "quiet"),
    ("2021-06-16", "Joe Biden attended his first NATO summit as U.S. president on Thursday.", "quiet"),
    ("2021-06-14", "BRUSSELS — NATO defence ministers will hold a meeting on Thursday.", "quiet"),
])
def test_a_summit_with_a_wrong_day_in_a_report_filed_from_its_city(checker, published, text, expected):
    assert _matches(_result(checker, text, published), expected)


@pytest.mark.parametrize("published, text, expected", [
    ("2024-06-18", "NATO will hold its annual summit in Washington from July 9 to 11.", "supported"),
    ("2024-06-18", "NATO will hold its annual summit in Ottawa from July 9 to 11.", "flagged"),
    ("2024-06-18", "NATO will hold its annual summit in Washington from July 19 to 21.", "flagged"),
    ("2025-06-20", "NATO allies are expected to agree next week to spend 5% of GDP on defence by 2035.", "supported"),
    ("2025-06-20", "Spain is expected to agree next week to spend 2.1% of GDP on defence.", "quiet"),
])
def test_the_organisation_holds_its_own_summit_and_an_expected_pledge(checker, published, text, expected):
    assert _matches(_result(checker, text, published), expected)


@pytest.mark.parametrize("published, text, expected", [
    ("2024-06-20", "Germany met NATO's 2% target this year for the first time since the Cold War.", "supported"),
    ("2024-06-20", "Spain met NATO's 2% target this year.", "flagged"),
    ("2024-06-20", "Spain, Canada and Italy did not reach the alliance's 2% goal this year.", "supported"),
    ("2024-06-20", "Poland missed NATO's 2% target in 2024.", "flagged"),
    ("2023-07-10", "Germany failed to meet NATO's 2% target in 2023.", "supported"),
    ("2023-07-10", "Germany met NATO's 2% target in 2023.", "flagged"),
    # near the line (France, 2.1% in 2024): a revision away, never contradicted
    ("2024-06-20", "France missed NATO's 2% target in 2024.", "quiet"),
    # no year of its own, another level, a year the KB has no estimate for
    ("2024-06-20", "Germany has met NATO's 2% target.", "quiet"),
    ("2024-06-20", "Spain met its own 3% target this year.", "quiet"),
    ("2019-06-20", "Spain met NATO's 2% target this year.", "quiet"),
])
def test_one_ally_at_the_guideline_in_a_year(checker, published, text, expected):
    assert _matches(_result(checker, text, published), expected)


def test_the_margin_from_the_line_decides_a_contradiction():
    """MARGIN (0.25 points): an ally at 1.75% said to meet the guideline is contradicted, at
    1.76% it is not (a revision could move it)."""
    from types import SimpleNamespace

    from accord.model import Statement, TimeQualifier
    from accord.nlp.extract.claims._spending_states import check_at_guideline

    def kb_with(share):
        fact = SimpleNamespace(value="no", point_in_time=TimeQualifier("2024", "year"), qualifiers={"share": share},
                               subject="state:ESP", property="at_guideline", source="s", as_of="2026-12-06",
                               start=None, end=None)
        return SimpleNamespace(kb=SimpleNamespace(facts=lambda **kw: [fact]), name=lambda e: "Spain")

    st = Statement(subject="state:ESP", property="at_guideline", value="yes",
                   point_in_time=TimeQualifier("2024", "year"))
    assert check_at_guideline(kb_with("1.75"), st, "2024").kind == "contradicted_by_kb"
    assert check_at_guideline(kb_with("1.76"), st, "2024").kind == "new"


@pytest.mark.parametrize("published, text, expected", [
    ("2022-03-24", "NATO leaders met at the alliance's headquarters on Thursday.", "supported"),
    ("2022-03-24", "NATO leaders met at the alliance's headquarters on Saturday.", "flagged"),
    ("2019-12-04", "NATO leaders met at the alliance's headquarters on Wednesday.", "flagged"),  # London, 2019
    ("2021-06-14", "NATO leaders met at the alliance's new headquarters on Thursday.", "quiet"),  # a modified one
    ("2022-03-24", "NATO leaders met at a NATO headquarters on Thursday.", "quiet"),
])
def test_the_organisations_headquarters_as_the_place(checker, published, text, expected):
    assert _matches(_result(checker, text, published), expected)


@pytest.mark.parametrize("published, text, expected", [
    ("2022-06-30", "NATO leaders adopted a new Strategic Concept at the Madrid summit on Wednesday.", "supported"),
    ("2022-06-30", "NATO leaders rejected a new Strategic Concept at the Madrid summit on Wednesday.", "flagged"),
    ("2025-06-25", "NATO allies agreed a new spending target of 5% of GDP at the summit on Wednesday.", "supported"),
    ("2025-06-25", "NATO allies rejected a new spending target of 5% of GDP at the summit on Wednesday.", "flagged"),
    ("2025-06-25", "NATO allies failed to agree on a new spending target of 5% of GDP at the summit on Wednesday.",
     "flagged"),
    # someone else's refusal, or a level never agreed: nothing said
    ("2025-06-25", "Spain rejected NATO's new spending target of 5% of GDP on Wednesday.", "quiet"),
    ("2024-02-01", "NATO allies rejected a 3% target in 2023.", "quiet"),
])
def test_a_rejection_denies_an_adoption(checker, published, text, expected):
    assert _matches(_result(checker, text, published), expected)


@pytest.mark.parametrize("published, text, expected", [
    ("2023-07-11", "Biden arrived in Vilnius on Monday for the NATO summit.", "supported"),
    ("2023-07-11", "Biden arrived in Riga on Monday for the NATO summit.", "flagged"),
    ("2023-07-11", "Leaders converged on Vilnius for the alliance's annual summit.", "supported"),
    ("2023-07-11", "Leaders converged on Riga for the alliance's annual summit.", "flagged"),
    ("2006-11-28", "Bush arrived in Riga on Monday for the NATO summit.", "supported"),  # the 2006 one
    ("2023-07-11", "Biden arrived in Helsinki on Thursday after the NATO summit.", "quiet"),  # not "for" it
    ("2024-07-09", "The alliance is marking its 75th anniversary at a summit in Washington this week.", "supported"),
    ("2024-07-09", "The alliance is marking its 75th anniversary at a summit in Ottawa this week.", "flagged"),
])
def test_the_place_people_came_to_for_the_summit_and_the_alliance_as_subject(checker, published, text, expected):
    assert _matches(_result(checker, text, published), expected)


@pytest.mark.parametrize("published, text, expected", [
    # a gerund after a preposition tells of joining as a prospect, not the subject's deed
    ("2022-06-28", "MADRID (Reuters) — Turkey lifted its veto on Finland and Sweden joining NATO on Tuesday.", "quiet"),
    ("2023-04-04", "Hungary dropped its objections to Finland joining NATO.", "quiet"),
    ("2023-04-04", "Finland celebrated on Tuesday, joining NATO as its 31st member.", "supported"),
    # the lead after a dateline keeps its first word ("NATO foreign ministers", not "NATO" | ...)
    ("2021-11-30", "RIGA, Latvia — NATO foreign ministers opened two days of talks in the Latvian capital on "
                   "Tuesday.", "supported"),
    ("2021-11-30", "RIGA, Latvia — NATO foreign ministers opened two days of talks in the Estonian capital on "
                   "Tuesday.", "flagged"),
    # an unnamed city in the state its adjective names
    ("2025-06-24", "Leaders of the 32 allies gathered in the Dutch city on Tuesday for a dinner.", "supported"),
    ("2025-06-24", "Leaders of the 32 allies gathered in the Belgian city on Tuesday for a dinner.", "flagged"),
    # "the NATO summit", someone's NATO summit, with no other clue: the one under way that day
    ("2025-06-25", "Donald Trump skipped the NATO summit.", "flagged"),
    ("2024-07-10", "Keir Starmer skipped his first NATO summit.", "flagged"),
    ("2025-07-25", "Donald Trump skipped the NATO summit.", "quiet"),  # none under way
    ("2025-06-25", "Donald Trump once threatened to skip a NATO summit.", "quiet"),  # "a" summit: any
])
def test_gerunds_datelines_unnamed_cities_and_the_summit_of_the_day(checker, published, text, expected):
    assert _matches(_result(checker, text, published), expected)
