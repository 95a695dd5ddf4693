"""Where session 17's branches met (sentences written for these tests): a withdrawal told between
its announcement and its effect (grp25's ECOWAS exits met fa25's article on the day after the
announcement), and an untitled term to come ("who takes office in October") read after
`terms._begun_by_then` (probe25's fix) met fa16's probe."""

from __future__ import annotations

import pytest

from ._pipeline import outcome

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, date, expected", [
    ("Mali, Burkina Faso and Niger quit ECOWAS.", "2024-01-27", "flagged"),   # before the announcement
    ("Mali, Burkina Faso and Niger quit ECOWAS.", "2024-01-28", "none"),      # its day
    ("Mali left ECOWAS in January.", "2024-03-01", "none"),
    ("Mali left ECOWAS.", "2025-01-28", "none"),                              # the day before it took effect
    ("Mali left ECOWAS.", "2025-01-29", "supported"),                         # the day it did
    ("Mali left ECOWAS in January 2025.", "2025-03-01", "supported"),
    ("Mali left ECOWAS in March 2023.", "2025-03-01", "flagged"),
])
def test_a_withdrawal_between_its_announcement_and_its_effect(checker, text, date, expected):
    assert outcome(checker, text, date) == expected


@pytest.mark.parametrize("text, date, expected", [
    ("Incoming NATO Secretary General Mark Rutte, who takes office in October, left the Dutch "
     "government this week.", "2024-07-05", "none"),
    ("Mario Draghi took office in 2011.", "2019-07-03", "none"),
    ("Mark Rutte, who took office in 2012, said he would step down.", "2023-07-03", "flagged"),
])
def test_an_untitled_term_to_come_keeps_every_office(checker, text, date, expected):
    assert outcome(checker, text, date) == expected
