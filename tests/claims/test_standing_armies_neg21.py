"""A state's army, affirmed or denied (issue 12, neg21): "Iceland has no standing army", "Costa
Rica does not have an army" (claims/standing_armies.py) are supported for the states
kb/data/armed_forces.yaml lists without one, and their affirmed twins contradicted; another state
is `new` either way; a size, an army of something, another noun, a past, a date, a condition and a
question are not flagged. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from ._pipeline import verdicts

pytestmark = pytest.mark.model

# kb/data/armed_forces.yaml: Iceland (never), Costa Rica (from 1948-12-01), Liechtenstein (1868),
# Panama (1990).


@pytest.mark.parametrize("text, kind", [
    ("Iceland, a founding member of NATO, has no standing army.", "supported"),
    ("Iceland, a founding member of NATO, has a standing army.", "contradicted_by_kb"),
    ("Costa Rica does not have an army.", "supported"),
    ("Costa Rica has an army.", "contradicted_by_kb"),
    ("Iceland, which has no armed forces of its own, relies on its allies.", "supported"),
    ("Iceland has armed forces.", "contradicted_by_kb"),
    ("Liechtenstein has no military.", "supported"),
    ("Panama maintains a national army.", "contradicted_by_kb"),
])
def test_a_state_without_an_army(accord_annotator, text, kind):
    assert verdicts(accord_annotator, text, "2024-06-01", "has_army") == [kind]


@pytest.mark.parametrize("date, kind", [
    ("1948-11-30", []),                       # the day before Costa Rica abolished its army
    ("1948-12-02", ["contradicted_by_kb"]),   # the day after
])
def test_the_day_the_army_was_abolished(accord_annotator, date, kind):
    found = [k for k in verdicts(accord_annotator, "Costa Rica has an army.", date, "has_army") if k != "new"]
    assert found == kind


@pytest.mark.parametrize("text", [
    "Norway has a standing army.",              # a state the KB does not list: new either way
    "Norway has no standing army.",
    "Iceland has a small coast guard.",
    "Iceland has no army bases.",
    "Iceland has an army of volunteers.",
    "Iceland has a small army.",
    "Iceland had an army in 1940.",
    "Iceland has had an army.",
    "If Iceland had an army, it would be small.",
    "Iceland will have an army.",
    "Does Iceland have an army?",
    "Whether Iceland has an army is debated.",
])
def test_others_are_not_flagged(accord_annotator, text):
    assert "contradicted_by_kb" not in verdicts(accord_annotator, text, "2024-06-01", "has_army")
