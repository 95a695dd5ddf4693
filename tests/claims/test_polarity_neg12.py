"""Polarity read the same way across families (issue 12, neg12): "X was never T" is the negated
`held_office` of "has never been T"; a title's words stop at the verb's "not" / "never" (so "is
not secretary of state" names the office); a bare day the parse hangs on the subject ("the Czech
Republic Friday did not join") dates the verb; a plan denied for a day or a month ("will not
join NATO on March 12") is checked at full confidence. Sentences written for these tests; the
near misses (a clause of another time, a possibility, a condition, a year) stay unread or
unverifiable."""

from __future__ import annotations

import pytest

from ._pipeline import read, verdicts

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, published, kind", [
    ("Hillary Clinton was never secretary of state.", "2016-08-22", "contradicted_by_kb"),
    ("Angela Merkel was never chancellor of Germany.", "2016-08-22", "contradicted_by_kb"),
    ("Ash Carter was never defense secretary.", "2016-08-22", "contradicted_by_kb"),
    ("John Kerry has never been secretary of state.", "2016-08-22", "contradicted_by_kb"),
])
def test_was_never_t_is_contradicted_by_a_term_the_kb_holds(accord_annotator, text, published, kind):
    assert verdicts(accord_annotator, text, published, "held_office") == [kind]


def test_was_never_t_before_the_term_began_is_not_flagged(accord_annotator):
    # Kerry took office on 2013-02-01: on the eve, "was never secretary of state" was true.
    assert verdicts(accord_annotator, "John Kerry was never secretary of state.", "2013-01-31", "held_office") == ["new"]
    assert verdicts(accord_annotator, "John Kerry was never secretary of state.", "2013-02-01",
                    "held_office") == ["contradicted_by_kb"]


@pytest.mark.parametrize("text", [
    "Angela Merkel was never chancellor of Germany during the war.",
    "Hillary Clinton was never secretary of state when Bush was president.",
    "Hillary Clinton was not secretary of state.",
    "If Hillary Clinton was never secretary of state, who was?",
])
def test_was_never_t_of_another_time_or_a_bare_past_is_not_read(accord_annotator, text):
    assert not [s for s in read(accord_annotator, text, "2016-08-22") if s.property == "held_office"]


def test_was_never_t_from_a_to_b_is_read_with_its_stretch_and_not_flagged(accord_annotator):
    # (neg12s) the denial of a stretch the KB has no term in is read with its dates, and `new`
    text = "Hillary Clinton was never secretary of state from 1995 to 2000."
    found = [s for s in read(accord_annotator, text, "2016-08-22") if s.property == "held_office"]
    assert [(s.polarity, s.start.value, s.end.value) for s in found] == [("negated", "1995", "2000")]
    assert verdicts(accord_annotator, text, "2016-08-22", "held_office") == ["new"]


@pytest.mark.parametrize("text, kind", [
    ("Hillary Clinton is not secretary of state.", "supported"),
    ("John Kerry is not secretary of state.", "contradicted_by_kb"),
    ("John Kerry is no longer secretary of state.", "contradicted_by_kb"),
])
def test_is_not_t_names_the_office(accord_annotator, text, kind):
    assert verdicts(accord_annotator, text, "2016-08-22", "holds_office") == [kind]


@pytest.mark.parametrize("text, kind", [
    ("Poland, Hungary and the Czech Republic Friday did not join NATO.", "contradicted_by_kb"),
    ("The Czech Republic Friday did not join NATO.", "contradicted_by_kb"),  # parsed as the verb's own
    ("Poland and Hungary Friday joined NATO.", "supported"),
])
def test_a_day_hung_on_the_subject_dates_the_joining(accord_annotator, text, kind):
    # 1999-03-13 is a Saturday: "Friday" is 1999-03-12, the day of the accession.
    found = verdicts(accord_annotator, text, "1999-03-13", "joined")
    assert found and set(found) == {kind}


def test_a_day_after_a_comma_is_no_date_of_the_joining(accord_annotator):
    text = "Hungary, Friday's host, did not join NATO."
    found = [s for s in read(accord_annotator, text, "1999-03-13") if s.property == "joined"]
    assert all(s.point_in_time is None for s in found)


@pytest.mark.parametrize("text, kind", [
    ("Poland will not join NATO on March 12.", "contradicted_by_kb"),
    ("Poland will not join NATO on March 13.", "supported"),  # a day later: the boundary
    ("Poland will not join NATO on March 11.", "supported"),  # a day earlier
    ("Poland will not join NATO in March.", "contradicted_by_kb"),
    ("Poland will not join NATO in 1999.", "unverifiable"),  # a year: a forecast's span
    ("Poland may not join NATO on March 12.", "unverifiable"),
    ("If Poland does not join NATO on March 12, Moscow will be pleased.", "unverifiable"),
])
def test_a_plan_denied_for_a_day_is_checked(accord_annotator, text, kind):
    assert verdicts(accord_annotator, text, "1999-02-27", "joined") == [kind]


@pytest.mark.parametrize("text, kind", [
    ("Hungary, which was not invited to join NATO in July 1997, borders Austria.", "contradicted_by_kb"),
    ("Hungary, which was invited to join NATO in July 1997, borders Austria.", "supported"),
    ("Hungary, which was not invited to join NATO in July 1998, borders Austria.", "new"),  # a month later
    ("Slovenia, which was not invited to join NATO in July 1997, borders Austria.", "new"),
])
def test_an_invitation_in_a_relative_clause_is_the_antecedents(accord_annotator, text, kind):
    assert verdicts(accord_annotator, text, "1999-02-27", "invited_to_join") == [kind]


def test_an_invitation_in_a_relative_clause_reads_every_conjunct(accord_annotator):
    text = "Poland, the Czech Republic and Hungary, who were invited to join NATO in July 1997, met in Warsaw."
    found = {s.subject for s in read(accord_annotator, text, "1999-02-27") if s.property == "invited_to_join"}
    assert found == {"state:POL", "state:CZE", "state:HUN"}


@pytest.mark.parametrize("text, kinds", [
    # the noun's own year names the summit; the denied host names none (was a flag on Vilnius 2023)
    ("Lithuania did not host the 2024 summit.", ["new"]),
    ("Canada did not host the 2024 summit.", ["new"]),
    ("The Vilnius summit was not held in July 2024.", ["new"]),
    ("The Vilnius summit was not held in July 2023.", ["contradicted_by_kb"]),
    ("The NATO summit in Washington did not take place in July 2024.", ["contradicted_by_kb"]),
])
def test_a_denial_does_not_name_the_summit_it_denies(accord_annotator, text, kinds):
    found = [k for p in ("located_in", "took_place_on") for k in verdicts(accord_annotator, text, "2024-08-01", p)]
    assert found == kinds


def test_the_nouns_own_year_is_not_denied(accord_annotator):
    found = [s for s in read(accord_annotator, "Canada did not host the 2024 summit.", "2024-08-01")
             if s.property == "took_place_on"]
    assert found == []


def test_a_bare_summit_is_still_named_by_the_denied_clause(accord_annotator):
    # no word of its own: the clause's city names it, and the denied host is checked
    assert verdicts(accord_annotator, "Lithuania will not host the NATO summit in Vilnius next month.", "2023-06-01",
                    "located_in") == ["contradicted_by_kb"]


@pytest.mark.parametrize("text", [
    "Has Sweden not joined NATO?",
    "Why has Sweden not joined NATO?",
    "Did Finland join NATO in 2022?",
    "Russia denied that Ukraine had joined NATO.",
    "Russia dismissed claims that Ukraine had joined NATO.",
    "It is not true that Ukraine joined NATO.",
    "It is false that Ukraine joined NATO.",
    "Erdogan did not say that Ukraine had joined NATO.",
])
def test_a_question_or_a_reported_denial_is_not_flagged(accord_annotator, text):
    found = verdicts(accord_annotator, text, "2024-08-01", "joined")
    assert found and set(found) == {"unverifiable"}


@pytest.mark.parametrize("text, kind", [
    ("Sweden has not joined NATO.", "contradicted_by_kb"),
    ("Russia said that Ukraine had joined NATO.", "contradicted_by_kb"),  # reported, not denied: checked
    ("Sweden, which joined NATO in 2023, denied the report.", "contradicted_by_kb"),  # the denial is not of it
    ("It is true that Sweden joined NATO in 2023.", "contradicted_by_kb"),
])
def test_statements_and_reports_are_still_checked(accord_annotator, text, kind):
    assert verdicts(accord_annotator, text, "2024-08-01", "joined") == [kind]


@pytest.mark.parametrize("text, kind", [
    ("Japan has no partnership with NATO.", "contradicted_by_kb"),
    ("Japan has a partnership with NATO.", "supported"),
    ("Norway is no member of NATO.", "contradicted_by_kb"),
    ("Austria is no member of NATO.", "supported"),
])
def test_no_on_the_relation_noun_denies_it(accord_annotator, text, kind):
    found = [k for p in ("member_of", "partner_of") for k in verdicts(accord_annotator, text, "2025-03-01", p)]
    assert found == [kind]
