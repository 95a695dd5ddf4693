"""A status denied in an apposition ("New Zealand, not a NATO member, ..."): the model hangs the
"not" on the noun the apposition describes, or on a "yet" inside it ("not yet a member");
either way the status is denied (claims/grammar.negated). Sentences written for these tests:
New Zealand, Japan and Austria have never been NATO members; Sweden joined on 7 March 2024."""

from __future__ import annotations

import pytest

from tests.claims._pipeline import outcome


@pytest.mark.parametrize("text", [
    "New Zealand, not a NATO member, has been a partner of the alliance since 2012.",
    "Japan, not a member of NATO, sent its prime minister to the summit.",
    "Austria, not a NATO member, stayed neutral.",
])
def test_a_not_before_an_apposition_denies_it(checker, text):
    assert outcome(checker, text, "2024-07-11") == "supported"


def test_the_apposition_without_its_not_is_still_flagged(checker):
    assert outcome(checker, "Japan, a NATO member, sent its prime minister to the summit.", "2024-07-11") == "flagged"


@pytest.mark.parametrize("date, expected", [
    ("2024-03-06", "supported"),  # the day before Sweden joined
    ("2024-03-07", "flagged"),    # the day it joined: no longer "not yet"
])
def test_not_yet_in_an_apposition_is_checked_up_to_the_day(checker, date, expected):
    assert outcome(checker, "Sweden, not yet a NATO member, waited for Hungary.", date) == expected


def test_a_not_of_another_word_does_not_deny_the_apposition(accord_annotator):
    from accord.nlp.extract.claims.grammar import negated

    doc = accord_annotator.nlp("Norway, a NATO member, is not in the EU.")
    member = next(t for t in doc if t.lower_ == "member")
    assert member.dep_ == "appos" and negated(member) is False
