"""A count in the subject of a verb is of the day of the act, not of a date the act runs
something up to ("The 30 allies extended his mandate to September 30, 2023": 30 in March 2022,
not in September 2023, when there were 31; claims/_countdates.END_PREPS). Sentences written for
these tests: NATO had 30 members from 27 March 2020, 31 from 4 April 2023."""

from __future__ import annotations

import pytest

from tests.claims._pipeline import outcome


LEAD = "NATO leaders met in Brussels on Thursday. "


@pytest.mark.parametrize("tail", [
    "The 30 allies also extended the secretary general's mandate by a year, to September 30, 2023.",
    "The 30 allies extended the mission until the end of 2024.",
    "The 30 allies kept the battlegroups in place through 2025.",
])
def test_an_end_date_does_not_date_the_subject_s_count(checker, tail):
    assert outcome(checker, LEAD + tail, "2022-03-24") == "supported"


def test_the_act_s_own_date_still_dates_the_count(checker):
    # the boundary: "In March 2022" dates the act, and 31 members then is wrong
    text = LEAD + "In March 2022 the 31 allies extended the mission until the end of 2024."
    assert outcome(checker, text, "2024-03-24") == "flagged"
    assert outcome(checker, text.replace("31 allies", "30 allies"), "2024-03-24") == "supported"
