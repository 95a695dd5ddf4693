"""A bare title for a past holder of the same office (kbcheck's policy, docs/verification.md "A bare
title for a past holder"): read as a claim about the article's day only when the holder left at
most LONG_GONE_DAYS (4 * 365) before it, is the predecessor of the day's holder, or the sentence tells the
day's news (a day of the week, a verb of saying); a year of the holder's own term written in the
sentence sets it in that term. A person the KB does not know, titled with an office whose list
begins on a day, is unverifiable unless the sentence tells the day's news or the name is the day's
holder's one letter off. Every boundary is tested on both sides."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from accord.model import Reference, Statement
from accord.reconcile.kbcheck import KBChecker

from .fakekb import FakeFact, FakeKB, tq

NAMES = {"office:gov": "Governor of Ruritania", "person:ada": "Ada Early", "person:bo": "Bo Middle",
         "person:cal": "Cal Later", "person:dee": "Dee Nowak", "person:kit": "Kit Stint",
         "person:una": "Una Elsewhere", "state:RUR": "Ruritania"}


def kb(stint: bool = False) -> FakeKB:
    """Ada 1990-2000, Bo 2000-2002, Cal 2002-2010, Dee from 2010 (a caretaker Kit for a month
    before her when `stint`); Una is known to the KB but never held the office."""
    cal_end = "2009-12-01" if stint else "2010-01-01"
    facts = [FakeFact("person:ada", "holds_office", "office:gov", start=tq("1990-01-01"), end=tq("2000-01-01")),
             FakeFact("person:bo", "holds_office", "office:gov", start=tq("2000-01-01"), end=tq("2002-01-01")),
             FakeFact("person:cal", "holds_office", "office:gov", start=tq("2002-01-01"), end=tq(cal_end)),
             FakeFact("person:dee", "holds_office", "office:gov", start=tq("2010-01-01"))]
    if stint:
        facts.append(FakeFact("person:kit", "holds_office", "office:gov", start=tq("2009-12-01"),
                              end=tq("2010-01-01"), qualifiers={"note": "caretaker"}))
    return FakeKB(NAMES, facts, {"office:gov": {"coverage": {"from": "2000-01-01"}}})


def check(person: str, day: str, sentence: str = "Governor X visited the port.", knowledge=None, **kw):
    st = Statement(person, "holds_office", "office:gov", point_in_time=tq(day), id="s",
                   references=[Reference("d", 0, 5, sentence)], **kw)
    return KBChecker(knowledge or kb()).check(st, day)


def after(end: str, days: int) -> str:
    return (date.fromisoformat(end) + timedelta(days=days)).isoformat()


# -- years gone ----------------------------------------------------------------------------------
@pytest.mark.parametrize("days,kind", [(1460, "contradicted_by_kb"), (1461, "unverifiable")])  # 4 * 365 days
def test_a_holder_who_is_no_predecessor_is_checked_up_to_four_years_gone(days, kind):
    # Ada left on 2000-01-01; Bo and Cal came after her, so she is no predecessor of the day's holder
    verdict = check("person:ada", after("2000-01-01", days))
    assert verdict.kind == kind, verdict.explanation


def test_the_long_gone_verdict_says_why():
    verdict = check("person:ada", "2012-06-01")
    assert verdict.kind == "unverifiable" and "gone 12 years" in verdict.explanation


# -- adjacency -----------------------------------------------------------------------------------
def test_the_predecessor_of_the_days_holder_is_checked_however_long_gone():
    assert check("person:cal", "2019-06-01").kind == "contradicted_by_kb"  # Cal left 9 years before


def test_the_holder_before_the_predecessor_is_not():
    assert check("person:bo", "2019-06-01").kind == "unverifiable"  # Bo: before Cal, Dee's predecessor


def test_a_caretaker_stint_does_not_take_the_predecessors_place():
    assert check("person:cal", "2019-06-01", knowledge=kb(stint=True)).kind == "contradicted_by_kb"
    assert check("person:bo", "2019-06-01", knowledge=kb(stint=True)).kind == "unverifiable"


def test_the_predecessor_is_of_the_days_holder():
    # on 2009-06-01 (Cal's day) Bo is the predecessor (7 years gone) and Ada is not
    assert check("person:bo", "2009-06-01").kind == "contradicted_by_kb"
    assert check("person:ada", "2009-06-01").kind == "unverifiable"


# -- a sentence telling the day's news -----------------------------------------------------------
@pytest.mark.parametrize("sentence", ["Governor Ada Early said the port would reopen.",
                                      "Governor Ada Early visited the port on Tuesday.",
                                      "Governor Ada Early told reporters the port would reopen.",
                                      "Governor Ada Early urged calm yesterday."])
def test_a_long_gone_holder_in_the_days_news_is_checked(sentence):
    assert check("person:ada", "2019-06-01", sentence).kind == "contradicted_by_kb"


@pytest.mark.parametrize("sentence", ["Governor Ada Early visited the port.",
                                      "For years, Governor Ada Early was the port's best friend.",
                                      "Governor Ada Early's bridge still stands."])
def test_a_long_gone_holder_told_of_is_unverifiable(sentence):
    assert check("person:ada", "2019-06-01", sentence).kind == "unverifiable"


# -- a year of the holder's own term --------------------------------------------------------------
@pytest.mark.parametrize("year,kind", [("2001", "contradicted_by_kb"), ("2002", "unverifiable"),
                                       ("2010", "unverifiable"), ("2011", "contradicted_by_kb")])
def test_the_term_years_bound_the_setting_on_both_sides(year, kind):
    assert check("person:cal", "2019-06-01", f"In {year}, Governor Cal Later opened the port.").kind == kind


def test_a_decade_holds_its_ten_years():
    assert check("person:cal", "2019-06-01", "In the 2000s, Governor Cal Later opened the port.").kind == "unverifiable"
    assert check("person:cal", "2019-06-01", "In the 1990s, Governor Cal Later opened the port.").kind == \
        "contradicted_by_kb"


def test_a_recent_holder_with_a_year_of_their_term_is_unverifiable_too():
    # Cal left on 2010-01-01, one year before: checked, unless the sentence is set in Cal's time
    assert check("person:cal", "2011-01-01").kind == "contradicted_by_kb"
    assert check("person:cal", "2011-01-01", "In 2008, Governor Cal Later opened the port.").kind == "unverifiable"


# -- what the policy leaves alone ---------------------------------------------------------------
def test_a_claim_dated_by_its_own_sentence_is_checked():
    # the claim's own day is written in the sentence: no bare title of the article's day
    sentence = "On 1 June 2019, Governor Ada Early opened the port."
    assert check("person:ada", "2019-06-01", sentence).kind == "contradicted_by_kb"


def test_a_year_only_date_is_no_bare_title():
    assert check("person:ada", "2019").kind == "contradicted_by_kb"


def test_a_denied_title_is_not_this_rule():
    verdict = check("person:ada", "2019-06-01", polarity="negated")
    assert verdict.kind != "unverifiable" or "gone" not in verdict.explanation


def test_a_holder_still_in_office_and_a_future_holder_are_checked():
    assert check("person:dee", "2019-06-01").kind == "supported"
    assert check("person:dee", "2005-06-01").kind == "contradicted_by_kb"  # a term to come: not a past holder


def test_a_known_person_who_never_held_the_office_is_contradicted():
    verdict = check("person:una", "2019-06-01")
    assert verdict.kind == "contradicted_by_kb" and "never held" in verdict.explanation


# -- a person the KB does not know ----------------------------------------------------------------
def test_an_unknown_person_before_the_lists_start_is_unverifiable():
    verdict = check("person:ozzy-old", "2019-06-01", "A photo shows Governor Ozzy Old.")
    assert verdict.kind == "unverifiable" and "begins on 2000-01-01" in verdict.explanation


def test_an_unknown_person_in_the_days_news_is_contradicted():
    verdict = check("person:ozzy-old", "2019-06-01", "Governor Ozzy Old opened the port on Monday.")
    assert verdict.kind == "contradicted_by_kb"


@pytest.mark.parametrize("person,kind", [("person:dee-nowakk", "contradicted_by_kb"),  # one letter added
                                         ("person:dee-nowakkk", "unverifiable")])  # two: another name
def test_the_days_holder_one_letter_off_is_contradicted(person, kind):
    # the KB does not know the person; the name is the id's words ("Dee Nowakk")
    assert check(person, "2019-06-01", "A photo shows the governor.").kind == kind
