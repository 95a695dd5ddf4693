"""An untitled start dated after the article's day ("Rutte, who takes office in October", written
in July 2024) is of an office to come, not of the one the person holds (terms._after_the_article):
no statement. Dated on or before the article's day it is read as before. Sentences written for
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
