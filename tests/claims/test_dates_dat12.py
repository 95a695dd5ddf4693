"""Dates a claim carries in its own clause (issue 12, helper dat12), on sentences written for
these tests; the real passages are in data/realtext_dat12.jsonl (tests/claims/test_realtext_dat12.py).

- A titled name in a past passive clause is dated by the clause's year ("was appointed by
  President X in 1993"), as an active one is ("In 2019, President X said").
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
