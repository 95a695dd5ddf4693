"""Office holders (pred20, session 13): titles with an organisation's possessive ("the EU's High
Representative for Foreign Affairs"), an apposition's organisation that is not the title's
("President X, a former member of the European Parliament"), returns to an office, past posts
in relative clauses and successors named with the noun. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.claims._pipeline import outcome, read


def _props(annotator, text, date, prop):
    return [s for s in read(annotator, text, date) if s.property == prop]


# -- an apposition's organisation is not the title's -------------------------------------------

@pytest.mark.parametrize("text", [
    "President Toomas Hendrik Ilves, a former member of the European Parliament, spoke on Monday.",
    "President Toomas Hendrik Ilves, a member of the European Parliament until 2006, spoke on Monday.",
    "President Toomas Hendrik Ilves, once a lawmaker in the European Parliament, spoke on Monday.",
])
def test_an_appositions_body_is_not_the_titles(checker, text):
    # Ilves was Estonia's president in 2015; never the Parliament's
    assert outcome(checker, text, "2015-03-04") == "supported"


def test_an_apposition_naming_the_titles_body_still_gives_it(checker):
    text = "President Martin Schulz, of the European Parliament, spoke on Monday."
    assert outcome(checker, text, "2015-03-04") == "supported"
    assert outcome(checker, text.replace("Martin Schulz", "Jean-Claude Juncker"), "2015-03-04") == "flagged"


# -- a title after an organisation's possessive ---------------------------------------------------

@pytest.mark.parametrize("text, right, wrong", [
    ("Josep Borrell became the EU's High Representative for Foreign Affairs in December 2019.",
     "Josep Borrell", "Federica Mogherini"),
    ("Josep Borrell became the EU's High Representative for Foreign Affairs and Security Policy in December 2019.",
     "Josep Borrell", "Federica Mogherini"),
    ("Mircea Geoana became NATO's Deputy Secretary General in October 2019.", "Mircea Geoana",
     "Rose Gottemoeller"),
])
def test_possessive_titles_are_read(checker, text, right, wrong):
    assert outcome(checker, text, "2020-01-10") == "supported"
    assert outcome(checker, text.replace(right, wrong), "2020-01-10") == "flagged"


def test_possessive_title_start_month_both_sides(checker):
    text = "Josep Borrell became the EU's High Representative for Foreign Affairs in {} 2019."
    assert outcome(checker, text.format("December"), "2020-01-10") == "supported"
    # the term began on 1 December: November is a day off at the month's end (the usual margin),
    # October and the next January are not
    assert outcome(checker, text.format("October"), "2020-01-10") == "flagged"
    assert outcome(checker, text.format("January").replace("2019", "2020"), "2020-01-20") == "flagged"
