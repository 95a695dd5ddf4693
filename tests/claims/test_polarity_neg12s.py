"""Polarity in every form a one-edit denial takes (issue 12, neg12s: the negation sweep).

"non-member" written as one word with a hyphen, which the parse splits into siblings; a term of
office denied for a stretch ("did not serve as T from A to B") or a year ("was not T in 2015"); a
relation denied for the year it began ("did not join the Partnership for Peace in 1995"). Each
true sentence is supported or left alone, its one-edit denial contradicted, and the near misses
(a term that only overlaps the stretch, a year the term only began in, a question, a condition)
are not flagged. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from ._pipeline import read, verdicts

pytestmark = pytest.mark.model


# -- "non-member" ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, kind", [
    ("Japan is a non-member of NATO.", "supported"),          # was read affirmed: a false alarm
    ("Austria is a non member of NATO.", "supported"),
    ("Japan, a non-NATO member, sent a delegation.", "supported"),
    ("Sweden, a non-member of NATO, sent troops.", "contradicted_by_kb"),
    ("Finland is a non-member of NATO.", "contradicted_by_kb"),
    ("Finland is a member of NATO.", "supported"),
])
def test_non_member_written_with_a_hyphen_denies_the_membership(accord_annotator, text, kind):
    assert verdicts(accord_annotator, text, "2024-07-20", "member_of") == [kind]


def test_non_member_is_negated_in_the_statement(accord_annotator):
    found = [s for s in read(accord_annotator, "Japan is a non-member of NATO.", "2024-07-20")
             if s.property == "member_of"]
    assert [(s.subject, s.polarity) for s in found] == [("state:JPN", "negated")]


# -- a term denied for a stretch or a year ---------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Hillary Clinton did not serve as secretary of state from 2009 to 2013.",   # the term itself
    "Hillary Clinton never served as secretary of state from 2009 to 2013.",
    "Hillary Clinton did not serve as secretary of state between 2010 and 2012.",  # inside the term
    "Oana Lungescu, who did not serve as NATO spokesperson from 2010 to 2023, left.",
])
def test_a_term_denied_for_its_own_stretch_is_contradicted(accord_annotator, text):
    assert verdicts(accord_annotator, text, "2024-07-20", "held_office") == ["contradicted_by_kb"]


@pytest.mark.parametrize("text", [
    "Hillary Clinton did not serve as secretary of state from 2008 to 2013.",  # 2008: not hers
    "Oana Lungescu did not serve as NATO spokesperson from 2009 to 2023.",
    "Hillary Clinton was never secretary of state from 1995 to 2000.",
])
def test_a_stretch_the_term_does_not_fill_is_not_flagged(accord_annotator, text):
    assert verdicts(accord_annotator, text, "2024-07-20", "held_office") == ["new"]


@pytest.mark.parametrize("text, kind", [
    ("Mark Rutte was not prime minister of the Netherlands in 2015.", "contradicted_by_kb"),
    ("Mark Rutte wasn't prime minister of the Netherlands in 2015.", "contradicted_by_kb"),
    ("John Kerry was not secretary of state in 2014.", "contradicted_by_kb"),
    ("Hillary Clinton was not secretary of state in March 2010.", "contradicted_by_kb"),
    # boundary: Kerry took office on 2013-02-01, so 2013 is not his throughout, January not at all
    ("John Kerry was not secretary of state in 2013.", "new"),
    ("John Kerry was not secretary of state in January 2013.", "supported"),
    ("John Kerry was not secretary of state in February 2013.", "contradicted_by_kb"),
])
def test_a_term_denied_for_a_year_or_month_needs_the_whole_of_it(accord_annotator, text, kind):
    assert verdicts(accord_annotator, text, "2016-08-22", "holds_office") == [kind]


@pytest.mark.parametrize("text", [
    "If Hillary Clinton was not secretary of state in 2010, who was?",
    "Was Hillary Clinton not secretary of state in 2010?",
    "Hillary Clinton did not serve as secretary of state until 2009.",
    "Hillary Clinton was not secretary of state.",
])
def test_a_denied_term_in_a_question_a_condition_or_without_a_date_is_not_flagged(accord_annotator, text):
    found = verdicts(accord_annotator, text, "2016-08-22", "holds_office") + verdicts(
        accord_annotator, text, "2016-08-22", "held_office")
    assert "contradicted_by_kb" not in found


# -- a relation denied for the year it began -------------------------------------------------------

@pytest.mark.parametrize("text, kind", [
    ("North Macedonia joined NATO's Partnership for Peace in 1995.", "supported"),
    ("North Macedonia did not join NATO's Partnership for Peace in 1995.", "contradicted_by_kb"),
    ("North Macedonia never joined NATO's Partnership for Peace in 1995.", "contradicted_by_kb"),
    ("Romania has not been a member of NATO since 2004.", "contradicted_by_kb"),
])
def test_a_relation_denied_for_the_year_it_began_is_contradicted(accord_annotator, text, kind):
    prop = "member_of" if "member" in text else "partner_of"
    assert verdicts(accord_annotator, text, "2020-03-27", prop) == [kind]


def test_a_relation_denied_for_another_year_is_not_flagged(accord_annotator):
    # boundary: the partnership began in 1995, so 1996 (and 1994) are not its year
    for year in ("1994", "1996"):
        text = f"North Macedonia did not join NATO's Partnership for Peace in {year}."
        assert "contradicted_by_kb" not in verdicts(accord_annotator, text, "2020-03-27", "partner_of")


# -- contracted auxiliaries ------------------------------------------------------------------------

@pytest.mark.parametrize("contracted, spelled", [
    ("Sweden won't join NATO this year.", "Sweden will not join NATO this year."),
    ("Ukraine can't join NATO.", "Ukraine cannot join NATO."),
    ("Finland won't join NATO on April 4.", "Finland will not join NATO on April 4."),
])
def test_a_contracted_auxiliary_is_read_as_the_spelled_one(accord_annotator, contracted, spelled):
    def reading(text):
        return [(s.subject, s.property, s.polarity, s.modality) for s in read(accord_annotator, text, "2023-01-10")
                if s.property == "joined"]
    assert reading(contracted) == reading(spelled) != []


def test_wont_is_a_plan_not_a_fact(accord_annotator):
    found = [s for s in read(accord_annotator, "Sweden won't join NATO this year.", "2023-01-10")
             if s.property == "joined"]
    assert [(s.polarity, s.modality) for s in found] == [("negated", "plan")]


# -- a denial scoped by a span ---------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Finland has not been a member of NATO for more than two years.",   # true in July 2024: was flagged
    "Sweden has not been a NATO member for a full year.",
    "Britain has not been a member of the EU for four years.",          # it left that long ago
])
def test_a_relation_denied_for_a_span_is_not_read_as_denied(accord_annotator, text):
    found = [s for s in read(accord_annotator, text, "2024-07-10") if s.property == "member_of"]
    assert found == []
    assert "contradicted_by_kb" not in verdicts(accord_annotator, text, "2024-07-10", "member_for")


@pytest.mark.parametrize("text, kind", [
    ("Finland has not been a member of NATO since 2023.", "contradicted_by_kb"),  # a start, no span
    ("Sweden isn't a member of NATO.", "contradicted_by_kb"),
    ("Turkey has been a NATO member for more than 70 years.", "supported"),        # affirmed: read
])
def test_without_a_span_or_affirmed_the_relation_is_still_read(accord_annotator, text, kind):
    assert verdicts(accord_annotator, text, "2024-07-10", "member_of") == [kind]


@pytest.mark.parametrize("text, kind", [
    ("Japan is not a non-member of NATO.", "contradicted_by_kb"),   # two denials: a member
    ("Finland is not a non-member of NATO.", "supported"),
])
def test_not_a_non_member_is_a_member(accord_annotator, text, kind):
    assert verdicts(accord_annotator, text, "2024-07-10", "member_of") == [kind]


# -- ratifications: "never", and "not the last" ----------------------------------------------------

@pytest.mark.parametrize("text, published, kind", [
    ("Turkey never ratified Sweden's accession.", "2024-03-01", "contradicted_by_kb"),
    ("Turkey has not ratified Sweden's accession.", "2024-03-01", "contradicted_by_kb"),
    # boundary: Turkey's ratification is of 2024-01-23; before it "never ratified" was true
    ("Turkey never ratified Sweden's accession.", "2024-01-10", "new"),
    ("Turkey never ratified Sweden's accession before 2024.", "2024-03-01", "new"),  # another time
])
def test_never_ratified_speaks_of_every_day_up_to_the_article(accord_annotator, text, published, kind):
    assert verdicts(accord_annotator, text, published, "ratified_accession") == [kind]


@pytest.mark.parametrize("text, published, kind", [
    ("Hungary was not the last ally to ratify Sweden's accession.", "2024-04-01", "contradicted_by_kb"),
    ("Hungary wasn't the last NATO member to ratify Sweden's accession.", "2024-04-01", "contradicted_by_kb"),
    ("Hungary did not lift the last hurdle to Sweden's NATO membership.", "2024-04-01", "contradicted_by_kb"),
    ("Hungary was the last ally to ratify Sweden's accession.", "2024-04-01", "supported"),
    ("Turkey was not the last ally to ratify Sweden's accession.", "2024-04-01", "new"),
    # boundary: Hungary's vote was on 2024-02-26, its ratification's span ends on 2024-03-07 (the
    # vote plus 10 days for the signature): inside it the denial may be of the unsigned law
    ("Hungary was not the last ally to ratify Sweden's accession.", "2024-03-07", "new"),
    ("Hungary was not the last ally to ratify Sweden's accession.", "2024-03-08", "contradicted_by_kb"),
    ("Hungary was not the last ally to ratify Sweden's accession.", "2024-02-25", "new"),
])
def test_not_the_last_to_ratify_is_contradicted_by_the_last(accord_annotator, text, published, kind):
    assert verdicts(accord_annotator, text, published, "ratified_last") == [kind]
