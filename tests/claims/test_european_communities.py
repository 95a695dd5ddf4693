"""The European Communities ("the EEC", "the European Community", "the Common Market",
kb/data/european_communities.yaml): the twelve states that joined before the EU took them over on
1 November 1993, on the days their accessions took effect; the list is complete from 1958-01-01 to
1993-10-31. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.claims._pipeline import outcome

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, expected", [
    ("Britain joined the EEC in 1973, alongside Ireland and Denmark.", "supported"),
    ("Britain joined the EEC in 1974, alongside Ireland and Denmark.", "flagged"),
    ("Britain joined the EEC in 1972, alongside Ireland and Denmark.", "flagged"),
    ("Britain joined the EEC in 1973, alongside Ireland and Norway.", "flagged"),   # Norway never joined
    ("Portugal joined the European Community in 1986 together with Greece.", "flagged"),  # Greece: 1981
    ("Greece became the tenth member of the European Community in 1981.", "supported"),
    ("Greece became the eleventh member of the European Community in 1981.", "flagged"),
])
def test_accessions_to_the_communities(checker, text, expected):
    assert outcome(checker, text, "2024-01-10") == expected


def test_the_founding_six(checker):
    six = "The six founding members of the Common Market were France, West Germany, Italy, Belgium, {} and Luxembourg."
    assert outcome(checker, six.format("the Netherlands"), "2024-01-10") == "supported"
    assert outcome(checker, six.format("Spain"), "2024-01-10") == "flagged"


@pytest.mark.parametrize("when, expected", [
    ("October 1993", "flagged"),   # the list's last month: Austria had not joined
    ("November 1993", "none"),     # after it the Communities are the EU's: not checked here
    ("1995", "none"),
])
def test_a_later_accession_is_the_eus(checker, when, expected):
    assert outcome(checker, f"Austria joined the European Community in {when}.", "2024-01-10") == expected


def test_no_founding_day_is_claimed(checker):
    # signed in 1957, in force in 1958: writers use either, the KB states neither as the founding
    for year in ("1957", "1958"):
        assert outcome(checker, f"The EEC was founded in {year}.", "2024-01-10") != "flagged"
