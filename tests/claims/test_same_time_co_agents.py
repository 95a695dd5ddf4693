"""Who did it too, told by a "same time" phrase on the verb: "joined the EEC on 1 January 1973, on
the same day as Denmark and Ireland", "at the same time as", "the same year as Latvia"
(`grammar.co_agents`, `_same_time_nouns`): the names after "as" joined as well. Not under a
negated verb ("Norway did not join at the same time as Denmark": Denmark did). Sentences written
for these tests."""

from __future__ import annotations

import pytest

from tests.claims._pipeline import outcome


@pytest.mark.parametrize("text,expected", [
    ("Britain joined the European Economic Community on 1 January 1973, on the same day as Denmark "
     "and Ireland.", "supported"),
    ("Britain joined the European Economic Community on 1 January 1973, on the same day as Denmark "
     "and Norway.", "flagged"),
    ("Britain joined the EEC in 1973 at the same time as Denmark and Ireland.", "supported"),
    ("Britain joined the EEC in 1973 at the same time as Denmark and Austria.", "flagged"),
])
def test_a_same_time_phrase_names_who_joined_too(checker, text, expected):
    assert outcome(checker, text, "2023-01-01") == expected


def test_a_negated_verb_gives_its_same_time_names_nothing(checker):
    assert outcome(checker, "Norway did not join the EEC at the same time as Denmark.", "2023-01-01") != "flagged"
