"""Correct news paragraphs written for the second false-alarm probe (issue 12;
tests/claims/data/fa13p_probe.jsonl: long analysis sentences, retrospectives with many dates,
hypotheticals, headline questions, nested reported speech, lists of leaders, non-NATO groupings,
towns named like capitals, people named like KB people, counts of other things, dates written
every way, "then-" / "ex-" / "would-be" / acting titles, corrections, captions, plans): none may
be flagged. And the phenomena the probe found, each with its boundary twin:
- a title after a noun of a tie between people ("the father of NATO's secretary general") is
  that other person's;
- "would-be" before a membership noun, wherever the parser hangs it, says the state is not a
  member yet.
Sentences written for these tests."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.claims._pipeline import outcome

PROBE = [json.loads(line) for line in
         (Path(__file__).parent / "data" / "fa13p_probe.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.mark.parametrize("row", PROBE, ids=[f"p{i + 1:02d}" for i in range(len(PROBE))])
def test_probe_paragraph_is_not_flagged(checker, row):
    assert row["expect"] == "no flag"
    assert outcome(checker, row["text"], row["date"]) != "flagged"


# --- a title tied to another person ---------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Siim Kallas, the father of Estonia's prime minister, spoke on Monday.",
    "Siim Kallas, a former European commissioner and the father of Estonia's prime minister, spoke on Monday.",
    "Siim Kallas, the Estonian prime minister's father, spoke on Monday.",
    "John Smith, an aide to the British prime minister, spoke on Monday.",
])
def test_title_after_a_tie_to_another_person_is_not_the_names(checker, text):
    assert outcome(checker, text, "2023-03-10") != "flagged"


@pytest.mark.parametrize("text", [
    "Siim Kallas, Estonia's prime minister, spoke on Monday.",
    "Siim Kallas, a former European commissioner and Estonia's prime minister, spoke on Monday.",
    "John Smith, the British prime minister, spoke on Monday.",
])
def test_title_of_the_name_itself_is_still_checked(checker, text):
    # twins: without the tie noun the title is the name's, and the KB gives the office to another
    assert outcome(checker, text, "2023-03-10") == "flagged"


def test_tie_noun_before_a_title_before_a_name_gives_the_title_to_that_name(checker):
    # "the father of Prime Minister Kaja Kallas": the title is written on Kaja Kallas's own name
    assert outcome(checker, "Siim Kallas is the father of Prime Minister Kaja Kallas.", "2023-03-10") == "supported"
    assert outcome(checker, "Siim Kallas is the father of Prime Minister Kaja Kallas.", "2020-03-10") == "flagged"


# --- "would-be" ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Would-be NATO member Sweden is still waiting for Turkey's approval.",
    "The would-be NATO member Sweden is still waiting.",
    "Sweden, a would-be member of NATO, is still waiting.",
    "Would-be members of NATO such as Sweden are waiting.",
])
def test_would_be_member_is_not_a_member(checker, text):
    assert outcome(checker, text, "2023-07-10") != "flagged"


@pytest.mark.parametrize("text", [
    "NATO member Sweden is still waiting for Turkey's approval.",
    "Sweden, a member of NATO, is still waiting.",
    "Members of NATO such as Sweden are waiting.",
])
def test_member_without_would_be_is_still_checked(checker, text):
    # twins: Sweden joined NATO on 7 March 2024, so in July 2023 it was not a member
    assert outcome(checker, text, "2023-07-10") == "flagged"
