"""A service in an office denied up to the article's day (issue 12, neg20): "X has never served
as T", "X never served as T", "X has not served as T", "X has never held the post of T" are a
negated `held_office` (claims/denied_service.py), contradicted when one of X's own terms began
by the article's day; a term beginning later, a denial of one stretch
("during the war", "since 2014"), a "not" over a modifier ("for long", "as long as X", "alone"),
a bare "did not serve", a wish ("would never serve"), a question are not flagged. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from ._pipeline import verdicts

pytestmark = pytest.mark.model

# kb/data/holders.yaml: Jens Stoltenberg NATO Secretary General 2014-10-01 to 2024-10-01; Mark
# Rutte from 2024-10-01.


@pytest.mark.parametrize("text", [
    "Jens Stoltenberg has never served as NATO secretary general.",
    "Jens Stoltenberg never served as NATO secretary general.",
    "Jens Stoltenberg has not served as NATO secretary general.",
    "Jens Stoltenberg has never held the post of NATO secretary general.",
    "Jens Stoltenberg, who has never served as NATO secretary general, spoke in Oslo.",
])
def test_a_denied_service_of_a_term_begun_before_is_contradicted(accord_annotator, text):
    assert verdicts(accord_annotator, text, "2019-05-02", "held_office") == ["contradicted_by_kb"]


@pytest.mark.parametrize("text", [
    "Jens Stoltenberg has served as NATO secretary general.",
    "Jens Stoltenberg served as NATO secretary general.",
])
def test_the_affirmed_twin_is_not_contradicted(accord_annotator, text):
    assert "contradicted_by_kb" not in verdicts(accord_annotator, text, "2019-05-02", "held_office")


@pytest.mark.parametrize("published, expected", [
    ("2024-10-01", ["contradicted_by_kb"]),  # the day the term began (as "has never been T":
    ("2024-09-30", ["new"]),  # test_polarity_neg12), and the day before: true
])
def test_the_day_the_term_began_decides(accord_annotator, published, expected):
    text = "Mark Rutte has never served as NATO secretary general."
    assert verdicts(accord_annotator, text, published, "held_office") == expected


@pytest.mark.parametrize("text", [
    "Jens Stoltenberg did not serve as NATO secretary general.",
    "Jens Stoltenberg has not served as NATO secretary general since 2014.",
    "Jens Stoltenberg never served as NATO secretary general during the war.",
    "Jens Stoltenberg would never serve as NATO secretary general.",
    "Jens Stoltenberg will never serve as NATO secretary general.",
    "If Jens Stoltenberg had never served as NATO secretary general, the alliance would be different.",
])
def test_other_times_and_moods_are_not_read_as_the_denial(accord_annotator, text):
    assert "contradicted_by_kb" not in verdicts(accord_annotator, text, "2019-05-02", "held_office")


def test_a_question_is_not_flagged(accord_annotator):
    text = "Has Jens Stoltenberg never served as NATO secretary general?"
    assert verdicts(accord_annotator, text, "2019-05-02", "held_office") in ([], ["unverifiable"])


@pytest.mark.parametrize("text", [
    "Mark Rutte has not served as NATO secretary general for long.",
    "Mark Rutte has not served as NATO secretary general for a full year.",
    "Mark Rutte has not served as NATO secretary general as long as Jens Stoltenberg.",
    "Mark Rutte has not yet served a full year as NATO secretary general.",
    "Mark Rutte has not served as NATO secretary general long enough to judge.",
    "Mark Rutte has not served as NATO secretary general without controversy.",
    "Mark Rutte has never served as NATO secretary general alone.",
    "Mark Rutte has never served as NATO secretary general in wartime.",
])
def test_a_not_over_a_modifier_denies_the_modifier(accord_annotator, text):
    # true of Rutte two months into his term: the service is not what is denied
    assert "contradicted_by_kb" not in verdicts(accord_annotator, text, "2024-12-01", "held_office")
