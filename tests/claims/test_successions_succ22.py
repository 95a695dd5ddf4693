"""Successions (succ22, session 15): the holder just before a term, read past a gap the KB
declares in its list; the order of a rotating presidency ("X takes over the presidency from Y",
"Y hands it to X"); a successor named with an apposition that names another person; an untitled
handover between two people who shared several offices; "His predecessor, Y," opening a sentence;
an untitled start dated shortly before a premiership (a party's vote). Sentences written for these
tests: Fiala's cabinet took office on 17 December 2021 after Babis's; Hungary's presidency of the
Council of the EU followed Belgium's on 1 July 2024, Croatia's followed Finland's on 1 January 2020
and preceded Germany's; Italy's G7 year followed Japan's; Takaichi followed Ishiba on 21 October
2025; Hipkins followed Ardern on 25 January 2023; Yoon followed Moon on 10 May 2022; Kishida
followed Suga on 4 October 2021."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from accord.model import TimeQualifier
from tests.claims._pipeline import outcome, read, verdicts


# -- the holder before a term, past a declared gap -------------------------------------------------
def test_the_handover_check_looks_past_a_declared_gap(accord_annotator):
    # the Czech list has a gap from 28 November to 16 December 2021 (Fiala appointed, cabinet later)
    said = "Petr Fiala replaced {} as Czech prime minister on 17 December 2021."
    assert verdicts(accord_annotator, said.format("Bohuslav Sobotka"), "2021-12-20", "handed_over") == [
        "contradicted_by_kb"]
    assert verdicts(accord_annotator, said.format("Andrej Babis"), "2021-12-20", "handed_over") == ["supported"]


@pytest.mark.parametrize("eve, before", [
    ("2021-12-16", "2021-11-27"),  # the gap's last day
    ("2021-11-28", "2021-11-27"),  # its first
    ("2021-11-27", None),  # the day before it: no gap
    ("2021-12-17", None),  # the day after it
])
def test_the_day_before_the_gap(accord_annotator, eve, before):
    from accord.nlp.extract.claims.handovers import _before_the_gap

    checker = SimpleNamespace(kb=accord_annotator.kb)
    assert _before_the_gap(checker, "office:cze-prime-minister", eve) == before


# -- the order of a rotating presidency ------------------------------------------------------------
@pytest.mark.parametrize("text, date, expected", [
    ("Hungary takes over the EU presidency from Belgium.", "2024-07-01", "supported"),
    ("Hungary takes over the EU presidency from Spain.", "2024-07-01", "flagged"),
    ("Hungary took over the rotating presidency of the Council of the EU from Belgium on Monday.", "2024-07-02",
     "supported"),
    ("Hungary took over the rotating presidency of the Council of the EU from Spain on Monday.", "2024-07-02",
     "flagged"),
    ("Belgium hands the EU presidency to Hungary.", "2024-06-30", "supported"),
    ("Belgium hands the EU presidency to Poland.", "2024-06-30", "flagged"),
    ("Belgium will hand the presidency over to Hungary on Monday.", "2024-06-28", "supported"),
    ("Belgium will hand the presidency over to Poland on Monday.", "2024-06-28", "flagged"),
    ("Poland succeeds Hungary in the EU presidency.", "2025-01-01", "supported"),
    ("Poland succeeds Belgium in the EU presidency.", "2025-01-01", "flagged"),
    ("The presidency, which Croatia takes over from Finland before handing it to Germany in July, starts now.",
     "2020-01-02", "supported"),
    ("The presidency, which Croatia takes over from Austria before handing it to Germany in July, starts now.",
     "2020-01-02", "flagged"),
    ("The presidency, which Croatia takes over from Finland before handing it to Poland in July, starts now.",
     "2020-01-02", "flagged"),
    ("Italy takes over the G7 presidency from Japan.", "2024-01-01", "supported"),
    ("Italy takes over the G7 presidency from Germany.", "2024-01-01", "flagged"),
])
def test_the_order_of_a_rotating_presidency(checker, text, date, expected):
    assert outcome(checker, text, date) == expected


def _held_by(annotator, text: str, date: str, state: str) -> list[str]:
    return [s.point_in_time.value for s in read(annotator, text, date)
            if s.property == "holds_presidency" and s.subject == state and s.point_in_time is not None]


def test_the_one_handing_over_held_it_the_day_before(accord_annotator):
    # Hungary's first day is 1 July 2024: Belgium held the presidency on 30 June, not on 1 July
    assert _held_by(accord_annotator, "Hungary takes over the EU presidency from Belgium.", "2024-07-01",
                    "state:BEL") == ["2024-06-30"]
    # the one taking over from Croatia, with no term of its own near: held it on Croatia's last day out
    assert _held_by(accord_annotator, "Croatia will hand the EU presidency to Poland in July.", "2020-01-02",
                    "state:POL") == ["2020-07-01"]


@pytest.mark.parametrize("date, read_", [("2023-12-14", True), ("2023-12-13", False)])
def test_an_undated_handover_is_of_a_term_within_200_days(accord_annotator, date, read_):
    # Hungary's term began on 1 July 2024, 200 days after 14 December 2023
    assert bool(_held_by(accord_annotator, "Hungary takes over the EU presidency from Belgium.", date,
                         "state:BEL")) == read_


@pytest.mark.parametrize("day, read_", [("4", True), ("5", False)])
def test_a_dated_handover_is_of_a_term_beginning_within_three_days(accord_annotator, day, read_):
    text = f"Hungary took over the EU presidency from Belgium on {day} July 2024."
    assert bool(_held_by(accord_annotator, text, "2024-07-10", "state:BEL")) == read_


@pytest.mark.parametrize("text, date", [
    ("Germany takes over from France as Europe's top exporter.", "2018-01-05"),  # no presidency spoken of
    ("Hungary did not take over the EU presidency from Spain.", "2024-07-01"),  # denied
    ("Hungary will take over the EU presidency from Spain.", "2023-06-01"),  # a plan told long before the term
])
def test_what_is_not_a_presidency_handover(accord_annotator, text, date):
    assert not _held_by(accord_annotator, text, date, "state:ESP")
    assert not _held_by(accord_annotator, text, date, "state:FRA")


# -- a successor named with an apposition ----------------------------------------------------------
@pytest.mark.parametrize("before, expected", [("Shigeru Ishiba", "supported"), ("Fumio Kishida", "flagged")])
def test_a_successor_described_by_another_person(checker, before, expected):
    text = f"Sanae Takaichi, 64, an ally of the late Shinzo Abe, succeeds {before}, who had resigned."
    assert outcome(checker, text, "2025-10-21") == expected


def test_two_people_as_the_subject_name_no_successor(checker):
    assert outcome(checker, "Sanae Takaichi and Shinzo Abe succeed Fumio Kishida.", "2025-10-21") != "flagged"


# -- an untitled handover between people who shared several offices -------------------------------
@pytest.mark.parametrize("when, expected", [("in January", "supported"), ("in March", "flagged"),
                                            ("on 25 January", "supported")])
def test_an_untitled_handover_is_of_the_office_handed_straight_over(checker, when, expected):
    # Ardern and Hipkins both led the opposition too, years apart; the premiership passed on 25 January 2023
    assert outcome(checker, f"Chris Hipkins took over from Jacinda Ardern {when}.", "2023-10-20") == expected


@pytest.mark.parametrize("start, kept", [("2020-01-04", True), ("2020-01-05", False)])
def test_handed_between_allows_three_days(start, kept):
    from accord.nlp.extract.claims.terms import handed_between

    def facts(subject, property, value):
        if subject == "person:a":
            return [SimpleNamespace(start=TimeQualifier("2016-01-01", "day"), end=TimeQualifier("2020-01-01", "day"))]
        return [SimpleNamespace(start=TimeQualifier(start, "day"), end=None)]

    ctx = SimpleNamespace(kb=SimpleNamespace(facts=facts))
    assert handed_between(ctx, "person:a", "person:b", {"office:x"}) == ({"office:x"} if kept else set())


# -- "His predecessor, Y," opening a sentence ------------------------------------------------------
@pytest.mark.parametrize("before, expected", [("Moon Jae-in", "supported"), ("Park Geun-hye", "flagged")])
def test_his_predecessor_opening_a_sentence(checker, before, expected):
    text = f"Yoon Suk Yeol was sworn in on Tuesday. His predecessor, {before}, left Seoul."
    assert outcome(checker, text, "2022-05-11") == expected


def test_his_predecessor_after_two_people_names_no_owner(checker):
    text = "Yoon Suk Yeol and Fumio Kishida met on Tuesday. His predecessor, Park Geun-hye, left Seoul."
    assert outcome(checker, text, "2022-05-11") != "flagged"


# -- an untitled start shortly before a premiership ------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Fumio Kishida replaced Yoshihide Suga in September.", "supported"),  # the party's vote, 29 September
    ("Fumio Kishida replaced Yoshihide Suga in October.", "supported"),
    ("Fumio Kishida replaced Yoshihide Suga as prime minister in September.", "flagged"),  # the title told
    ("Fumio Kishida replaced Yoshihide Suga in July.", "flagged"),  # more than a month before 4 October
])
def test_an_untitled_premiership_dated_shortly_before_its_start(checker, text, expected):
    assert outcome(checker, text, "2021-12-05") == expected


@pytest.mark.parametrize("start, unsure", [("2021-10-01", True), ("2021-10-04", True), ("2021-10-31", True),
                                            ("2021-11-01", False), ("2021-09-30", False)])
def test_the_party_vote_lead_is_31_days(start, unsure):
    from accord.nlp.extract.claims.terms import _party_vote_before

    def facts(subject, property, value):
        return [SimpleNamespace(start=TimeQualifier(start, "day"), end=None)]

    kb = SimpleNamespace(facts=facts, has=lambda _: True,
                         entity=lambda _: SimpleNamespace(attrs={"kind": "head_of_government"}))
    ctx = SimpleNamespace(kb=kb)
    assert _party_vote_before(ctx, "person:a", "office:x", TimeQualifier("2021-09", "month")) == unsure


# -- what is no handover of an office the KB lists -------------------------------------------------
@pytest.mark.parametrize("text, date", [
    ("Keir Starmer replaced Jeremy Corbyn as Labour leader in April.", "2020-04-10"),  # a party office
    ("Harry Kane replaced Jack Grealish in the squad.", "2023-06-10"),  # sport
    ("Mark Rutte is the first secretary general since Anders Fogh Rasmussen to come from an EU government.",
     "2024-10-02"),  # a predecessor two terms back
])
def test_no_handover_is_read(checker, text, date):
    assert outcome(checker, text, date) == "none"


@pytest.mark.parametrize("before, expected", [("Joe Biden", "supported"), ("Barack Obama", "flagged")])
def test_a_holder_back_for_a_second_term_replaces_the_one_just_before(checker, before, expected):
    text = f"Donald Trump replaced {before} as president on 20 January 2025."
    assert outcome(checker, text, "2025-01-21") == expected


# -- a party named as the owner of a person's name ---------------------------------------------------
@pytest.mark.parametrize("when, expected", [("in January", "supported"), ("in March", "flagged")])
def test_a_partys_possessive_on_a_name_is_no_second_person(checker, when, expected):
    # "Labour's" may be tagged a person: the term is Hipkins's alone
    text = f"Christopher Luxon replaces Labour's Chris Hipkins, who took over from Jacinda Ardern {when}."
    assert outcome(checker, text, "2023-11-27") == expected
