"""A denied extension of a term of office (issue 12, neg20; claims/denied_extensions.py): "the
allies did not extend X's term", "X's term was not extended", "have not extended", dated or not,
is contradicted when the KB records an extension decided at the claim's time (undated: in the
two weeks before the article's day); a denial of another time added or of another year, a "not"
over a manner ("by more than a year", "lightly"), a plan ("will not extend"), a "not ... until"
and a question are not flagged. Sentences written for
these tests.
"""

from __future__ import annotations

import pytest

from ._pipeline import verdicts

pytestmark = pytest.mark.model

# kb/data/term_extensions.yaml: Stoltenberg's term as NATO Secretary General extended by a year on
# 2023-07-04 (to 2024-10-01); earlier decisions 2017-12-12, 2019-03-28, 2022-03-24.
PROP = "extension_denied"
AFTER = "2023-07-10"


@pytest.mark.parametrize("text", [
    "NATO allies did not extend Jens Stoltenberg's term.",
    "NATO allies have not extended Jens Stoltenberg's term as secretary general.",
    "Jens Stoltenberg's term was not extended.",
    "NATO allies did not extend Jens Stoltenberg's term by a year.",
    "NATO allies failed to extend Jens Stoltenberg's mandate.",
    "Jens Stoltenberg's term was not extended by the allies.",
])
def test_a_denial_of_the_recent_extension_is_contradicted(accord_annotator, text):
    assert verdicts(accord_annotator, text, AFTER, PROP) == ["contradicted_by_kb"]


def test_the_affirmed_twin_is_supported(accord_annotator):
    text = "NATO allies extended Jens Stoltenberg's term by a year."
    assert verdicts(accord_annotator, text, AFTER, "term_extended_by") == ["supported"]
    assert verdicts(accord_annotator, text, AFTER, PROP) == []


@pytest.mark.parametrize("text, expected", [
    ("NATO allies did not extend Jens Stoltenberg's term in July 2023.", ["contradicted_by_kb"]),
    ("NATO allies did not extend Jens Stoltenberg's term in June 2023.", ["new"]),  # the month before
    ("NATO allies did not extend Jens Stoltenberg's term in August 2023.", ["new"]),  # the month after
    ("NATO allies did not extend Jens Stoltenberg's term in 2021.", ["new"]),  # no decision that year
])
def test_a_dated_denial_is_judged_at_its_own_time(accord_annotator, text, expected):
    assert verdicts(accord_annotator, text, "2024-06-01", PROP) == expected


@pytest.mark.parametrize("published, expected", [
    ("2023-07-04", ["new"]),  # the decision's own day: the words may come first
    ("2023-07-05", ["contradicted_by_kb"]),
    ("2023-07-18", ["contradicted_by_kb"]),  # the 14th day after
    ("2023-07-19", ["new"]),  # the 15th: an older decision, a later one may be denied
])
def test_an_undated_denial_speaks_of_the_last_two_weeks(accord_annotator, published, expected):
    text = "NATO allies did not extend Jens Stoltenberg's term."
    assert verdicts(accord_annotator, text, published, PROP) == expected


@pytest.mark.parametrize("text", [
    "NATO allies did not extend Jens Stoltenberg's term by more than a year.",  # true: by one year
    "NATO allies did not extend Jens Stoltenberg's term lightly.",  # a "not" over the manner
    "NATO allies did not extend Jens Stoltenberg's term without conditions.",
    "NATO allies did not extend Jens Stoltenberg's term by two years.",  # denies the time added
    "NATO allies will not extend Jens Stoltenberg's term.",  # a plan
    "NATO allies did not extend Jens Stoltenberg's term until October 2024.",  # "not ... until"
    "NATO allies may not extend Jens Stoltenberg's term.",
    "If NATO allies had not extended Jens Stoltenberg's term, Mark Rutte would have taken over.",
    "Did NATO allies not extend Jens Stoltenberg's term?",
])
def test_details_plans_and_moods_are_not_flagged(accord_annotator, text):
    assert "contradicted_by_kb" not in verdicts(accord_annotator, text, AFTER, PROP)
