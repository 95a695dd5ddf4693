"""Withdrawn candidacies (claims/candidacies.py, kb candidacies.yaml): the ways news tells that a
candidate withdrew, and the one-word denials of it. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ._pipeline import read, verdicts

pytestmark = pytest.mark.model
PROP = "withdrew_candidacy"


@pytest.mark.parametrize("text, published, kind", [
    # told in other words, other tenses: supported
    ("Romania's Klaus Iohannis has withdrawn his candidacy for the post of NATO secretary general.", "2024-06-21", "supported"),
    ("On Thursday, Klaus Iohannis withdrew his bid to lead NATO.", "2024-06-22", "supported"),
    ("Klaus Iohannis pulled out of the race to become NATO's next secretary-general.", "2024-06-25", "supported"),
    ("US President Joe Biden dropped out of the presidential race on Sunday.", "2024-07-23", "supported"),
    ("Joe Biden abandoned his re-election bid in July 2024.", "2024-09-01", "supported"),
    # the one-word denials: contradicted
    ("Romanian President Klaus Iohannis did not withdraw his bid for NATO's top job.", "2024-06-21", "contradicted_by_kb"),
    ("Klaus Iohannis never withdrew his candidacy to head NATO, officials said.", "2024-07-01", "contradicted_by_kb"),
    ("President Joe Biden didn't drop out of the presidential race.", "2024-08-01", "contradicted_by_kb"),
    ("Joe Biden refused to abandon his re-election bid, the White House said.", "2024-07-30", "contradicted_by_kb"),
    # a wrong day, and a withdrawal said done before it happened
    ("Joe Biden dropped out of the presidential race on 4 July 2024.", "2024-08-01", "contradicted_by_kb"),
    ("Klaus Iohannis has withdrawn his bid to lead NATO.", "2024-05-21", "contradicted_by_kb"),
])
def test_withdrawals_and_their_denials(accord_annotator, text, published, kind):
    assert verdicts(accord_annotator, text, published, PROP) == [kind]


@pytest.mark.parametrize("text, published, kind", [
    # a denial true on its day (the withdrawal came later): not flagged
    ("Klaus Iohannis has not withdrawn his bid to lead NATO despite Rutte's lead.", "2024-05-21", "new"),
    # a plan or a call: not a fact to flag
    ("Klaus Iohannis will withdraw his bid to lead NATO, aides said.", "2024-06-19", "supported"),
])
def test_denials_of_their_day_and_plans(accord_annotator, text, published, kind):
    assert verdicts(accord_annotator, text, published, PROP) == [kind]


@pytest.mark.parametrize("text", [
    "Joe Biden withdrew US troops from Afghanistan in 2021.",            # no bid
    "Joe Biden withdrew his nomination of the ambassador to NATO.",       # another's candidacy, no office of his
    "Joe Biden said Donald Trump should withdraw from the presidential race.",  # someone the KB lists no bid of
    "Mark Rutte withdrew his bid to lead NATO.",                          # no withdrawal the KB lists: not read
])
def test_no_withdrawal_read(accord_annotator, text):
    assert not [s for s in read(accord_annotator, text, "2024-07-25") if s.property == PROP]
