"""Dates a claim carries in its own clause (issue 12, helper dat12), on sentences written for
these tests; the real passages are in data/realtext_dat12.jsonl (tests/claims/test_realtext_dat12.py).

- A titled name in a past passive clause is dated by the clause's year ("was appointed by
  President X in 1993"), as an active one is ("In 2019, President X said"), and by the year of a
  "when" clause of its own clause.
- A day with "last / this / next year" is one date of that year; a month or day without its
  year takes the year its sentence opens with; a claim takes the finer of two nested dates.
- NATO's age ("the 50-year-old alliance") and "the creation of NATO 50 years ago" date its
  founding; "Finland has been in NATO for two years" is a membership's duration.
"""

from __future__ import annotations

import pytest

from .test_officials_off12 import checked


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Ginsburg was appointed to the Supreme Court by President Bill Clinton in 1993.",
    "The treaty was signed by President Barack Obama in 2014, officials said.",
    "In 1998, the bill was vetoed by President Bill Clinton.",
    "The accord was negotiated under pressure and was signed by President Bill Clinton in 2000.",
])
def test_a_title_in_a_past_passive_clause_holds_in_the_clause_year(accord_annotator, text):
    found = checked(accord_annotator, text, "2016-07-13", "President of the United States")
    assert "supported" in found and "contradicted_by_kb" not in found


@pytest.mark.model
@pytest.mark.parametrize("text, year", [
    ("Ginsburg was appointed to the Supreme Court by President Bill Clinton in 1990.", "1990"),
    ("The treaty was signed by President Barack Obama in 2005, officials said.", "2005"),
    ("In 2010, the bill was vetoed by President Bill Clinton.", "2010"),
])
def test_a_title_in_a_past_passive_clause_out_of_its_term_is_contradicted(accord_annotator, text, year):
    assert "contradicted_by_kb" in checked(accord_annotator, text, "2016-07-13", f"on {year}")


@pytest.mark.model
def test_the_passive_year_is_the_clause_s_own(accord_annotator):
    # the year belongs to another clause: the title is read on the article's day (Obama then)
    text = "Obama, who was elected in 2008, is the President, and he was praised by President Barack Obama's aides."
    assert "contradicted_by_kb" not in checked(accord_annotator, text, "2016-07-13", "President of the United States")
    # the year before a term begins is the election's: not read as the term (no flag)
    text = "She lost the primary to President Barack Obama in 2008, and was defeated by him."
    assert "contradicted_by_kb" not in checked(accord_annotator, text, "2016-07-13", "President of the United States")


# -- a day with "last year" / "this year" / "next year" ------------------------------------------
@pytest.mark.parametrize("text, published, value", [
    ("The summit opened on July 12 last year.", "2024-07-12", "2023-07-12"),
    ("Finland joined on 4 April last year.", "2024-07-12", "2023-04-04"),
    ("It joined on the 4th of April last year.", "2024-07-12", "2023-04-04"),
    ("They will join on March 12 next year.", "1998-12-03", "1999-03-12"),
    ("Leaders met on Tuesday, July 11 last year.", "2024-05-01", "2023-07-11"),
    ("Talks are set for 3 January this year.", "2024-05-01", "2024-01-03"),
    # a month with it stays a month
    ("The summit was held in June last year.", "2024-07-12", "2023-06"),
])
def test_a_day_counted_from_the_article_s_year(text, published, value):
    from accord.nlp.extract.dates import time_expressions

    found = [(t.value, t.precision) for t in time_expressions(text, published)]
    assert found == [(value, "month" if len(value) == 7 else "day")]


@pytest.mark.model
@pytest.mark.parametrize("text, kind", [
    ("Leaders met in Vilnius on Tuesday, July 11 last year.", "supported"),
    ("Leaders met in Vilnius on Tuesday, July 12 last year.", "contradicted_by_kb"),
    ("Leaders met in Vilnius on Wednesday, July 12 last year.", "supported"),
    ("The talks are due on Wednesday, July 9 next year.", "supported"),
    ("The talks are due on Thursday, July 9 next year.", "contradicted_by_kb"),
])
def test_a_weekday_with_a_day_of_last_or_next_year(accord_annotator, text, kind):
    # in a report of 2024-07-12: 2023-07-11 was a Tuesday, 2025-07-09 a Wednesday
    found = checked(accord_annotator, text, "2024-07-12", "fell on a")
    assert found == [kind]


@pytest.mark.model
@pytest.mark.parametrize("text, kind", [
    ("Finland joined NATO on 4 April last year.", "supported"),
    ("Finland joined NATO on 5 April last year.", "contradicted_by_kb"),
    ("Finland joined NATO on 4 April this year.", "contradicted_by_kb"),
    ("The Vilnius summit took place on July 12 last year.", "supported"),
    ("The Vilnius summit was held on July 14 last year.", "contradicted_by_kb"),
])
def test_claims_dated_by_a_day_of_last_year(accord_annotator, text, kind):
    found = checked(accord_annotator, text, "2024-07-12", "on 202")
    assert kind in found and ("contradicted_by_kb" in found) == (kind == "contradicted_by_kb")


# -- a month or day after the year its sentence opens with ---------------------------------------
@pytest.mark.parametrize("text, published, values", [
    ("In 2019, the summit was held in June.", "2024-07-12", ["2019", "2019-06"]),
    ("Last year, the summit was held on July 14.", "2024-07-12", ["2023", "2023-07-14"]),
    ("Last year's summit was held in June.", "2024-07-12", ["2023", "2023-06"]),
    ("During 2022, Finland applied in May.", "2024-07-12", ["2022", "2022-05"]),
    # not when the year is a start, is said inside the sentence, or a weekday fixes the day's year
    ("Since 2019, it meets in June.", "2024-07-12", ["2019", "2025-06"]),
    ("He said in 2019 that the vote would be in June.", "2024-07-12", ["2019", "2025-06"]),
    ("Last year. In June we met.", "2024-07-12", ["2023", "2024-06"]),
])
def test_a_month_takes_the_year_its_sentence_opens_with(text, published, values):
    from accord.nlp.extract.dates import time_expressions

    assert [t.value for t in time_expressions(text, published)] == values


@pytest.mark.model
@pytest.mark.parametrize("text, kind", [
    ("Last year, the NATO summit in Vilnius was held in July.", "supported"),
    ("Last year, the NATO summit in Vilnius was held in June.", "contradicted_by_kb"),
    ("In 2023, the NATO summit in Vilnius opened on July 11.", "supported"),
    ("In 2023, the NATO summit in Vilnius was held on July 14.", "contradicted_by_kb"),
    ("Last year, Finland joined NATO in April.", "supported"),
    ("Last year, Finland joined NATO in May.", "contradicted_by_kb"),
])
def test_a_claim_dated_by_the_finer_of_its_clause_s_dates(accord_annotator, text, kind):
    found = checked(accord_annotator, text, "2024-07-12", "on 2023-")
    assert kind in found and ("contradicted_by_kb" in found) == (kind == "contradicted_by_kb")


# -- NATO's age, and its founding "N years ago" ----------------------------------------------------
@pytest.mark.model
@pytest.mark.parametrize("text, published, kind", [
    ("Albright welcomed their formal entry into NATO, the 50-year-old alliance.", "1999-03-12", "supported"),
    ("Albright welcomed their formal entry into NATO, the 40-year-old alliance.", "1999-03-12", "contradicted_by_kb"),
    ("NATO is 75 years old.", "2024-04-04", "supported"),
    ("NATO is 74 years old.", "2025-12-01", "contradicted_by_kb"),  # 76 then (1949-04 + 76 = 2025-04)
    ("NATO is 76 years old.", "2025-12-01", "supported"),
    # a clause of another year: the age then
    ("In 1989, the 40-year-old NATO faced a new world.", "2024-04-04", "supported"),
    ("In 1989, the 50-year-old NATO faced a new world.", "2024-04-04", "contradicted_by_kb"),
    # the founding "N years ago", right after the founding noun
    ("The venue honors the creation of NATO 50 years ago, officials said.", "1999-02-16", "supported"),
    ("The venue honors the creation of NATO 40 years ago, officials said.", "1999-02-16", "contradicted_by_kb"),
    ("They recalled the founding of the North Atlantic Treaty Organization 75 years ago.", "2024-04-04", "supported"),
])
def test_nato_s_age_and_founding_years_ago(accord_annotator, text, published, kind):
    found = checked(accord_annotator, text, published, "North Atlantic Treaty Organization founded")
    assert kind in found and ("contradicted_by_kb" in found) == (kind == "contradicted_by_kb")


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "He leads a 50-year-old company in Brussels.",
    "The 70-year-old Stoltenberg spoke to NATO allies.",
    "NATO ministers marked the founding of the alliance in 1999.",  # the marking's year, not the founding's
    "The alliance, some 40 years old by some counts, met.",
])
def test_other_ages_and_dates_say_nothing_of_the_founding(accord_annotator, text):
    assert not checked(accord_annotator, text, "2024-04-04", "North Atlantic Treaty Organization founded")


@pytest.mark.model
@pytest.mark.parametrize("text, kind", [
    ("When Wallace died in 1998, President Clinton released a statement.", "supported"),
    ("While Kohl was chancellor in 1995, President Bill Clinton visited Berlin.", "supported"),
    ("When Wallace died in 2005, President Clinton released a statement.", "contradicted_by_kb"),
])
def test_a_when_clause_dates_the_title_of_its_main_clause(accord_annotator, text, kind):
    found = checked(accord_annotator, text, "2015-12-21", "President of the United States")
    assert kind in found and ("contradicted_by_kb" in found) == (kind == "contradicted_by_kb")


# -- "has been in NATO for N years" ------------------------------------------------------------------
@pytest.mark.model
@pytest.mark.parametrize("text, kind", [
    ("Finland has been in NATO for nearly two years.", "supported"),
    ("Finland has been in NATO for four years.", "contradicted_by_kb"),
    ("Finland has been in the NATO alliance for four years.", "contradicted_by_kb"),
    ("Spain has been in NATO for more than 40 years.", "supported"),
    ("Spain has been in NATO for more than 50 years.", "contradicted_by_kb"),
])
def test_years_in_the_organisation(accord_annotator, text, kind):
    found = checked(accord_annotator, text, "2025-03-07", "a member of North Atlantic Treaty Organization for")
    assert kind in found and ("contradicted_by_kb" in found) == (kind == "contradicted_by_kb")


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Finland has been in talks with NATO for four years.",
    "He has been in NATO headquarters for four years.",
    "Finland was in NATO for four years.",  # no perfect: of some other time
])
def test_other_years_in_say_nothing_of_membership(accord_annotator, text):
    assert not checked(accord_annotator, text, "2025-03-07", "a member of North Atlantic Treaty Organization for")
