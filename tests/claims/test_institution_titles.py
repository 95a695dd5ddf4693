"""A title after "became" / "succeeded X as" that names an institution the KB holds as an
organisation part of another ("President of the European Commission": org:european-commission,
part of the EU, whose office the president's is) is that office, as "European Commission
President" before a name already was. Sentences written for these tests; the KB's term of von der
Leyen begins on 1 December 2019 (a day's margin either side, `terms.within_a_day`)."""

from __future__ import annotations

import pytest

from tests.claims._pipeline import outcome

pytestmark = pytest.mark.model


@pytest.mark.parametrize("day, expected", [
    ("1 December 2019", "supported"),
    ("2 December 2019", "supported"),   # the day's margin
    ("3 December 2019", "flagged"),     # beyond it
    ("29 November 2019", "flagged"),
])
def test_became_president_of_the_commission(checker, day, expected):
    text = f"Ursula von der Leyen became President of the European Commission on {day}."
    assert outcome(checker, text, "2019-12-05") == expected


def test_the_wrong_person_is_flagged(checker):
    text = "Jean-Claude Juncker became President of the European Commission on 1 December 2019."
    assert outcome(checker, text, "2019-12-05") == "flagged"


def test_succeeded_as_president_of_the_commission(checker):
    assert outcome(checker, "Ursula von der Leyen succeeded Jean-Claude Juncker as president of the "
                   "European Commission.", "2019-12-05") == "supported"
    assert outcome(checker, "Ursula von der Leyen succeeded Donald Tusk as president of the "
                   "European Commission.", "2019-12-05") == "flagged"


def test_an_institution_with_no_such_office_is_no_claim(checker):
    # the KB has no presidents of the UN General Assembly: no office, no claim
    assert outcome(checker, "Abdulla Shahid became President of the UN General Assembly in September 2021.",
                   "2021-09-20") == "none"
