"""Who a relative clause is about, in a coordination (issue 12, session 9: found by probing with
our own correct sentences): in "Croatia, which joined NATO in 2009, and Montenegro, its newest
member since June, held exercises" the clause is Croatia's alone — it read "Montenegro joined NATO
in 2009" and flagged it. A conjunct after a relative clause closed by a comma is no antecedent of
it (`grammar.subject_entities`); conjuncts before the clause still are ("Croatia and Albania, which
joined NATO in 2009"). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.claims._pipeline import outcome

CLOSED = "Croatia, which joined NATO in {}, and Montenegro, its newest member since June, held joint exercises on Thursday."


@pytest.mark.parametrize("year, expect", [
    ("2009", "supported"),  # Croatia joined in 2009; Montenegro (June 2017) is not said to have
    ("2011", "flagged"),  # twin: the clause's own antecedent is still checked
])
def test_a_conjunct_after_a_closed_relative_clause_is_not_its_antecedent(checker, year, expect):
    assert outcome(checker, CLOSED.format(year), "2017-12-01") == expect


@pytest.mark.parametrize("year, expect", [("2009", "supported"), ("2004", "flagged")])
def test_conjuncts_before_the_clause_are_its_antecedents(checker, year, expect):
    text = f"Croatia and Albania, which joined NATO in {year}, held joint exercises on Thursday."
    assert outcome(checker, text, "2017-12-01") == expect
