"""An untitled start dated after the article's day ("Rutte, who takes office in October", written
in July 2024) is of an office to come, not of the one the person holds (terms._after_the_article):
no statement, unless the KB has the person take that office up again after the article's day
("Trump takes office on 20 January", in January 2025). Dated on or before the article's day it is read as before. Sentences written for
these tests (after tests/claims/data/fa16_probe.jsonl's p391); Mark Rutte was the Netherlands'
prime minister from 14 October 2010 to 2 July 2024 and NATO's Secretary General from 1 October 2024."""

from __future__ import annotations

import pytest

from tests.claims._pipeline import outcome


@pytest.mark.parametrize("text, expected", [
    ("Incoming NATO Secretary General Mark Rutte, who takes office in October, left the Dutch government "
     "this week.", "none"),
    ("Mark Rutte, who will take office on 1 October, met the king.", "none"),
    ("Mark Rutte, who takes office on 6 July, met the king.", "none"),  # the day after the article's
    ("Mark Rutte, who took office on 5 July, met the king.", "flagged"),  # the article's day: read
    ("Mark Rutte, who took office in October 2011, left the Dutch government this week.", "flagged"),
    ("Mark Rutte, who took office in October 2010, left the Dutch government this week.", "supported"),
])
def test_an_untitled_start_after_the_article_s_day_is_not_read(checker, text, expected):
    assert outcome(checker, text, "2024-07-05") == expected


@pytest.mark.parametrize("day, expected", [("20", "supported"), ("30", "flagged")])
def test_a_later_start_of_an_office_taken_again_is_read(checker, day, expected):
    # Donald Trump's second term as President of the United States began on 20 January 2025 (the
    # day after is read as agreeing: the check's own leeway)
    text = f"Donald Trump takes office on {day} January."
    assert outcome(checker, text, "2025-01-08") == expected
