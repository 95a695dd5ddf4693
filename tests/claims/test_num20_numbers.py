"""num20 (session 13): member counts after "raising ... to N" and "leaving it with N", the Council
of Europe's members (47, then 46 from Russia's exclusion on 16 March 2022), "marks N years since"
a founding or an accession, and a dated anniversary one year off the exact anniversary of a
founding day. Sentences written for these tests, read by the whole pipeline with the bundled KB;
each boundary a verdict depends on is tested one step on either side."""

from __future__ import annotations

import pytest

from accord.kb import load
from accord.model import Reference, Statement, TimeQualifier
from accord.reconcile.kbcheck import KBChecker

from ._pipeline import read, verdicts

pytestmark = pytest.mark.model


# -- counts: "raising the number of members to 32", "leaving it with 46" ----------------------------
@pytest.mark.parametrize("text, published, kind", [
    ("Finland joined NATO on Tuesday, raising the number of members to 31.", "2023-04-05", "supported"),
    ("Finland joined NATO on Tuesday, raising the number of members to 32.", "2023-04-05", "contradicted_by_kb"),
    ("Finland joined NATO on Tuesday, lifting the alliance's membership to 31.", "2023-04-05", "supported"),
    ("Finland joined NATO on Tuesday, lifting the alliance's membership to 33.", "2023-04-05", "contradicted_by_kb"),
    ("Finland joined NATO on Tuesday. The accession pushed the number of allies to 32.", "2023-04-05",
     "contradicted_by_kb"),
    ("The Council of Europe expelled Russia in March 2022, leaving it with 46 member states.", "2023-02-01",
     "supported"),
    ("The Council of Europe expelled Russia in March 2022, leaving it with 47 member states.", "2023-02-01",
     "contradicted_by_kb"),
    ("The European Union lost Britain on January 31, leaving it with 27 members.", "2020-03-01", "supported"),
])
def test_counts_raised_to_and_left_with(accord_annotator, text, published, kind):
    assert verdicts(accord_annotator, text, published, "member_count") == [kind]


@pytest.mark.parametrize("text", [
    "NATO raised the number of troops on high readiness to 300,000.",  # no membership
    "The alliance raised the number of battlegroups to eight.",
    "NATO raised the number of member states meeting the target to 11.",  # a part of the membership
    "Brexit happened on January 31, leaving it with 26 members.",  # "it" is no organisation's
])
def test_counts_not_read(accord_annotator, text):
    found = read(accord_annotator, text, "2023-04-05")
    assert not [s for s in found if s.property == "member_count"], found


# -- the Council of Europe's size --------------------------------------------------------------------
@pytest.fixture(scope="module")
def kb_checker():
    return KBChecker(load())


def _count(number: int, day: str) -> Statement:
    ref = Reference("d1", 0, 1, "s")
    return Statement("org:council-of-europe", "member_count", str(number),
                     point_in_time=TimeQualifier(day, "day"), references=[ref])


@pytest.mark.parametrize("number, day, kind", [
    # a count's window runs 60 days before its day and 14 after; Russia ceased to be a member on
    # 16 March 2022: 46 is reached by a day whose window ends on 16 March, not by one before
    (46, "2022-03-01", "contradicted_by_kb"),
    (46, "2022-03-02", "supported"),
    # 47 held up to 15 March: a window that starts on 15 March still holds it, one on 16 March not
    (47, "2022-05-14", "supported"),
    (47, "2022-05-15", "contradicted_by_kb"),
    (47, "2015-06-01", "supported"),
    (48, "2015-06-01", "contradicted_by_kb"),
])
def test_council_of_europe_counts(kb_checker, number, day, kind):
    assert kb_checker.check(_count(number, day), day).kind == kind


def test_council_of_europe_count_before_its_list_is_not_contradicted(kb_checker):
    # the list holds from Montenegro's accession on 11 May 2007: a window starting on 12 May is
    # inside it, one starting on 10 May is not (the size before is not in the KB)
    assert kb_checker.check(_count(46, "2007-07-11"), "2007-07-11").kind == "contradicted_by_kb"
    assert kb_checker.check(_count(46, "2007-07-09"), "2007-07-09").kind != "contradicted_by_kb"


# -- "marks N years since" a founding or an accession ----------------------------------------------
@pytest.mark.parametrize("text, published, prop, kind", [
    ("Thursday marks 75 years since NATO was founded.", "2024-04-04", "established", "supported"),
    ("Thursday marks 76 years since NATO was founded.", "2024-04-04", "established", "contradicted_by_kb"),
    ("NATO leaders marked 75 years since the signing of the Washington Treaty.", "2024-04-04", "established",
     "supported"),
    ("NATO leaders marked 77 years since the signing of the Washington Treaty.", "2024-04-04", "established",
     "contradicted_by_kb"),
    ("Poland celebrated 25 years since it joined NATO on Tuesday.", "2024-03-12", "membership_anniversary",
     "supported"),
    ("Poland celebrated 24 years since it joined NATO on Tuesday.", "2024-03-12", "membership_anniversary",
     "contradicted_by_kb"),
    ("Poland celebrated 26 years since it joined NATO on Tuesday.", "2024-03-12", "membership_anniversary",
     "contradicted_by_kb"),
    ("Warsaw hosted a ceremony marking 25 years since Poland joined the alliance. NATO leaders attended.",
     "2024-03-12", "membership_anniversary", "supported"),
    ("Warsaw hosted a ceremony marking 22 years since Poland joined the alliance. NATO leaders attended.",
     "2024-03-12", "membership_anniversary", "contradicted_by_kb"),
])
def test_years_since(accord_annotator, text, published, prop, kind):
    assert kind in verdicts(accord_annotator, text, published, prop)
    assert len(set(verdicts(accord_annotator, text, published, prop))) == 1


@pytest.mark.parametrize("text", [
    "Europe marked 79 years since the end of the war.",  # an anchor the KB does not date
    "The EU marked 20 years since the 2004 enlargement.",
    "Poland marked nearly 26 years since it joined NATO.",  # not an exact number
    "Poland did not mark 26 years since it joined NATO.",
])
def test_years_since_not_read(accord_annotator, text):
    found = read(accord_annotator, text, "2024-03-12")
    assert not [s for s in found if s.property in ("established", "membership_anniversary")], found


# -- an anniversary one year off the exact anniversary of a founding day ---------------------------
@pytest.mark.parametrize("text, kind", [
    ("NATO marked its 74th anniversary on Thursday.", "contradicted_by_kb"),
    ("NATO marked its 75th anniversary on Thursday.", "supported"),
    ("NATO marked its 76th anniversary on Thursday.", "contradicted_by_kb"),
])
def test_an_anniversary_on_the_day_of_another(accord_annotator, text, kind):
    assert verdicts(accord_annotator, text, "2024-04-04", "established") == [kind]


@pytest.mark.parametrize("text, kind", [
    # the 75th anniversary of the signing (4 April 2024) is within 45 days of 19 May and of 19
    # February, not of 20 May nor of 18 February; the wide window alone (the entry into force,
    # 24 August 1949, 74 years back give or take 300 days) lets a 74th through
    ("NATO marked its 74th anniversary on 19 May 2024.", "contradicted_by_kb"),
    ("NATO marked its 74th anniversary on 20 May 2024.", "supported"),
    ("NATO marked its 74th anniversary on 19 February 2024.", "contradicted_by_kb"),
    ("NATO marked its 74th anniversary on 18 February 2024.", "supported"),
])
def test_the_days_an_anniversary_is_another(accord_annotator, text, kind):
    assert verdicts(accord_annotator, text, "2024-06-01", "established") == [kind]


def test_an_undated_anniversary_a_year_later_is_not_flagged(accord_annotator):
    # dated by the article's day only: the summit may lie a year before it
    assert verdicts(accord_annotator, "NATO's 75th anniversary summit was held in Washington.", "2025-04-03",
                    "established") == ["supported"]


# -- one body per member: "all 30 national parliaments", "NATO's 31 capitals" ------------------------
CONTEXT = "NATO leaders met in Brussels on Tuesday. "


@pytest.mark.parametrize("text, kind", [
    ("The protocol needed ratification by all 30 allied parliaments.", "supported"),
    ("The protocol needed ratification by all 32 allied parliaments.", "contradicted_by_kb"),
    ("After the signing, all 31 national parliaments voted to ratify it.", "supported"),
    ("After the signing, all 33 national parliaments voted to ratify it.", "contradicted_by_kb"),
    ("NATO's 31 capitals welcomed the move.", "supported"),
    ("NATO's 32 capitals welcomed the move.", "contradicted_by_kb"),
])
def test_one_body_per_member(accord_annotator, text, kind):
    assert verdicts(accord_annotator, CONTEXT + text, "2023-04-04", "member_count") == [kind]


@pytest.mark.parametrize("text", [
    "All 27 regional parliaments voted to ratify it.",  # not the members' own
    "All 12 national parliaments that voted to ratify it did so quickly.",  # a part of them
    "The 30 national parliaments will all have to ratify it.",  # no "all" on the count
    "All 30 national parliaments held elections.",  # no ratification
    "NATO's 12 eastern capitals welcomed the move.",
])
def test_bodies_not_counted(accord_annotator, text):
    found = read(accord_annotator, CONTEXT + text, "2023-04-04")
    assert not [s for s in found if s.property == "member_count"], found


# -- the members staying while one leaves: "the EU's 27 leaders" in 2018 ----------------------------
def _eu_count(number: int, day: str) -> Statement:
    return Statement("org:EU", "member_count", str(number), point_in_time=TimeQualifier(day, "day"),
                     references=[Reference("d1", 0, 1, "s")])


@pytest.mark.parametrize("number, day, kind", [
    (27, "2018-11-25", "supported"),  # Britain leaving: the 27 staying
    (28, "2018-11-25", "supported"),
    (26, "2018-11-25", "contradicted_by_kb"),
    # the stretch starts on 24 June 2016 (the referendum's result): a window ending 14 days after
    # its day reaches it from 10 June, not from 9 June
    (27, "2016-06-10", "supported"),
    (27, "2016-06-09", "contradicted_by_kb"),
    (26, "2020-03-01", "contradicted_by_kb"),  # 28 staying 27 before 1 February, 27 after
])
def test_members_staying(kb_checker, number, day, kind):
    assert kb_checker.check(_eu_count(number, day), day).kind == kind


@pytest.mark.parametrize("text, published, kind", [
    ("The EU's 27 leaders approved the Brexit deal on Sunday.", "2018-11-25", "supported"),
    ("All 27 EU leaders approved the Brexit deal on Sunday.", "2018-11-25", "supported"),
    ("The EU's 26 leaders approved the Brexit deal on Sunday.", "2018-11-25", "contradicted_by_kb"),
    ("EU leaders met. The EU's 27 governments approved the deal.", "2014-11-25", "contradicted_by_kb"),
])
def test_members_staying_in_sentences(accord_annotator, text, published, kind):
    assert verdicts(accord_annotator, text, published, "member_count") == [kind]


# -- a weekday before a verb that starts like a month is no date ("Tuesday marked 25 years") -------
@pytest.mark.parametrize("text", [
    "Poland on Tuesday marked 25 years since its accession to NATO.",
    "The council on Wednesday decided 5 cases.",
    "Leaders on Friday junked 12 proposals.",
])
def test_no_weekday_date_in_a_verb(accord_annotator, text):
    found = read(accord_annotator, text, "2024-03-12")
    assert not [s for s in found if s.property == "falls_on"], found


@pytest.mark.parametrize("text", [
    "Leaders met on Tuesday, March 12, 2024.",
    "Leaders met on Tue., Mar. 12.",
    "Leaders met on Tuesday 12 March 2024.",
])
def test_weekday_dates_still_read(accord_annotator, text):
    found = read(accord_annotator, text, "2024-03-12")
    assert [s for s in found if s.property == "falls_on"], found


def test_years_since_an_accession_marked_on_a_weekday(accord_annotator):
    text = "Poland on Tuesday marked 25 years since its accession to NATO."
    assert verdicts(accord_annotator, text, "2024-03-12", "membership_anniversary") == ["supported"]
    text = "Poland on Tuesday marked 26 years since its accession to NATO."
    assert verdicts(accord_annotator, text, "2024-03-12", "membership_anniversary") == ["contradicted_by_kb"]


# -- an organisation's age told by its history: "in its 73-year history" ---------------------------
@pytest.mark.parametrize("text, published, kind", [
    # 25 February 2022: 72.9 years after the signing; the window of an Nth anniversary (N years
    # back, 300 days either side) holds the signing for 73, the entry into force for 72, neither
    # for 74 nor 71
    ("NATO activated its response force for the first time in its 73-year history.", "2022-02-25", "supported"),
    ("NATO activated its response force for the first time in its 72-year history.", "2022-02-25", "supported"),
    ("NATO activated its response force for the first time in its 74-year history.", "2022-02-25",
     "contradicted_by_kb"),
    ("NATO activated its response force for the first time in its 71-year history.", "2022-02-25",
     "contradicted_by_kb"),
    ("NATO leaders met. It was the first such move in the alliance's 75-year history.", "2024-04-04", "supported"),
    ("NATO leaders met. It was the first such move in the alliance's 77-year history.", "2024-04-04",
     "contradicted_by_kb"),
    # "never" denies the event, not the age
    ("Never in NATO's 75-year history has this happened.", "2024-04-04", "supported"),
    ("Never in NATO's 65-year history has this happened.", "2024-04-04", "contradicted_by_kb"),
])
def test_history_ages(accord_annotator, text, published, kind):
    assert verdicts(accord_annotator, text, published, "established") == [kind]


@pytest.mark.parametrize("text", [
    "Sweden joined NATO on Thursday, the biggest change in its 100-year history of neutrality.",  # Sweden's
    "The EU faces the gravest crisis in its 70-year history.",  # two births (1958, 1993)
    "NATO faces the gravest crisis in its long history.",  # no number
])
def test_history_not_read(accord_annotator, text):
    found = read(accord_annotator, text, "2024-03-08")
    assert not [s for s in found if s.property == "established"], found
