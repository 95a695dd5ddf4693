"""Ranked titles (issue 12, session 9): "Finland's 12th president", "Britain's first female prime
minister", "France's youngest president", "NATO's longest-serving secretary general" rank a holder
among the office's holders. The rank is the holder's for good: said of someone who has left the
office, the title is no claim that they hold it on the article's day (it was flagged: "Boris
Johnson, Britain's 55th prime minister," in 2025), and the rank words are no part of the office's
title ("sworn in as France's youngest president" named no office). Sentences written for these tests."""

from __future__ import annotations

import pytest

from accord.nlp.extract.title_tense import is_rank, unranked
from tests.claims._pipeline import outcome


@pytest.mark.parametrize("text", [
    "Boris Johnson, Britain's 55th prime minister, said the war must end.",
    "Sauli Niinisto, Finland's twelfth president, said the war must end.",
    "Finland's youngest president, Sauli Niinisto, said the war must end.",
    "Britain's second female prime minister, Theresa May, said the war must end.",  # (Thatcher the first: rank23)
    "NATO's longest-serving secretary general, Jens Stoltenberg, said the war must end.",
])
def test_a_ranked_title_of_a_past_holder_is_not_flagged(checker, text):
    assert outcome(checker, text, "2025-03-01") != "flagged"


@pytest.mark.parametrize("text, expect", [
    # twin: without the rank the title says he holds the office on the day: he left it in 2022
    ("Boris Johnson, Britain's prime minister, said the war must end.", "flagged"),
    # a ranked title of someone who never held the office is still wrong
    ("Boris Johnson, Finland's 12th president, said the war must end.", "flagged"),
    # and so is a wrong rank where the KB numbers the holders (claims/holder_ranks.py)
    ("Boris Johnson, Britain's 77th prime minister, said the war must end.", "flagged"),
])
def test_an_unranked_or_wrong_title_is_still_flagged(checker, text, expect):
    assert outcome(checker, text, "2025-03-01") == expect


@pytest.mark.parametrize("day, expect", [("Sunday", "supported"), ("Monday", "flagged")])
def test_a_rank_is_no_part_of_the_office_title(checker, day, expect):
    # Macron took office on Sunday 14 May 2017; a Monday would be the 8th
    text = f"Emmanuel Macron was sworn in as France's youngest president on {day}."
    assert outcome(checker, text, "2017-05-14") == expect


@pytest.mark.parametrize("title, plain", [
    ("youngest president", "president"),
    ("third prime minister", "prime minister"),
    ("47th President", "President"),
    ("first female secretary general", "secretary general"),
    ("longest-serving chancellor", "chancellor"),
    ("president", None),  # no rank
    ("first deputy prime minister", None),  # an office of its own
    ("First Minister", None),  # Scotland's: the ordinal is the title
    ("new president", None),  # a time word, not a rank
])
def test_unranked_drops_only_a_rank(title, plain):
    assert unranked(title) == plain


@pytest.mark.parametrize("word, tag, rank", [
    ("twelfth", "", True), ("12th", "", True), ("youngest", "JJS", True), ("largest", "", True),
    ("interest", "", False), ("new", "JJ", False), ("twelve", "", False), ("best", "", False),
])
def test_is_rank(word, tag, rank):
    assert is_rank(word, tag) is rank
