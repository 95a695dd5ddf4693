"""A predecessor named with the noun (claims/predecessor_nouns.py, cr13b): "his predecessor, Y,",
"X's predecessor Y". Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.claims._pipeline import outcome, read


@pytest.mark.parametrize("text, date, right, wrong", [
    ("Joe Biden reversed many policies of his predecessor Donald Trump.", "2021-03-01", "Donald Trump",
     "George W. Bush"),
    ("Fumio Kishida's predecessor, Yoshihide Suga, attended the ceremony.", "2022-01-10", "Yoshihide Suga",
     "Shinzo Abe"),
    ("Mark Rutte paid tribute to his predecessor, Jens Stoltenberg, on his first day.", "2024-10-02",
     "Jens Stoltenberg", "Anders Fogh Rasmussen"),
])
def test_predecessor_noun_both_sides(checker, text, date, right, wrong):
    assert outcome(checker, text, date) == "supported"
    assert outcome(checker, text.replace(right, wrong), date) == "flagged"


@pytest.mark.parametrize("text, date", [
    # Trump has two terms by 2025: Obama preceded the first
    ("Donald Trump attacked his predecessor Barack Obama on Monday.", "2025-03-03"),
    # "his" could be Johnson's: not read
    ("Rishi Sunak said Boris Johnson and his predecessor Theresa May had both erred.", "2023-03-03"),
    # another office than the one they share
    ("Fumio Kishida praised his predecessor as foreign minister, Koichiro Gemba.", "2022-01-10"),
])
def test_unsure_predecessors_are_not_read(accord_annotator, checker, text, date):
    assert not [s for s in read(accord_annotator, text, date) if s.property == "handed_over"]
    assert outcome(checker, text, date) != "flagged"
