"""Correct news paragraphs written for the third false-alarm probe (issue 12;
tests/claims/data/fa16_probe.jsonl: officials with every title form, family-name-first names,
quotes and reported speech, hypotheticals and questions, history and anniversaries, plans and
bids, partners and members, other groups' summits near NATO's, towns and people the KB does not
know, captions, credits, headlines, datelines, numbers that are no member counts): none may be
flagged. And the phenomena the probe found, each with its boundary twin:
- "one-time", "onetime" and "erstwhile" before a title say "former";
- a gerund after a noun of a stance and "to" ("objection to Sweden joining NATO") is a topic;
- "<pick / choice / candidate> for <title>" is a title to come;
- a rank counted within a stretch of time ("Britain's third prime minister this year", "the
  fifth since 2016") is no place in the office's list, and its "since" is no start of the term;
- a membership of a thing an organisation has ("the EU's Schengen area") is not of the
  organisation; an organisation after a denied "of" ("part of X but not of the EU") is denied;
- a meeting whose attendees are ministers is a ministerial meeting, not the leaders' summit;
- a plural present of a schedule ("leaders gather on Tuesday") is the coming day;
- a title on the subject of a past "resigned" / "stepped down" / "left office" / "handed over" is
  the office given up: held up to the day before the clause's day, or some time before the article's;
- a count to come placed by an undated event ("Once Finland and Sweden join, NATO will have 32
  members") is of no known day.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.claims._pipeline import outcome

# --- "one-time", "erstwhile" ----------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "One-time NATO chief Jens Stoltenberg now runs Norway's finance ministry.",
    "Jens Stoltenberg, a one-time secretary general of NATO, spoke in Oslo on Monday.",
    "The erstwhile NATO secretary general, Jens Stoltenberg, spoke in Oslo on Monday.",
    "Onetime NATO chief Jens Stoltenberg spoke in Oslo on Monday.",
])
def test_one_time_title_is_a_former_one(checker, text):
    assert outcome(checker, text, "2025-03-12") == "supported"


def test_one_time_title_is_still_checked(checker):
    # twins: the title without the mark is of the article's day (Rutte's), and "one-time" before
    # the term began is wrong
    assert outcome(checker, "NATO chief Jens Stoltenberg spoke in Oslo on Monday.", "2025-03-12") == "flagged"
    assert outcome(checker, "One-time NATO chief Mark Rutte spoke in Oslo on Monday.", "2023-03-12") == "flagged"


# --- "pick for <title>" ------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Marco Rubio, the president-elect's pick for secretary of state, spoke to senators.",
    "Trump's choice for defence secretary, Pete Hegseth, spoke to senators.",
    "Pete Hegseth, the candidate for defence secretary, spoke to senators.",
])
def test_pick_for_a_title_is_a_title_to_come(checker, text):
    assert outcome(checker, text, "2024-12-05") != "flagged"


def test_the_title_itself_is_still_checked(checker):
    # twin: Hegseth was confirmed in January 2025
    assert outcome(checker, "Pete Hegseth, the defence secretary, spoke to senators.", "2024-12-05") == "flagged"


# --- a gerund after a noun of a stance and "to" ------------------------------------------------

@pytest.mark.parametrize("text", [
    "Hungary drops objection to Sweden joining NATO",
    "Ankara ends its resistance to Sweden joining the alliance",
    "The last obstacle to Sweden joining NATO is gone.",
])
def test_gerund_after_a_stance_noun_and_to_is_a_topic(checker, text):
    assert outcome(checker, text, "2023-07-11") != "flagged"


def test_gerund_after_other_words_and_to_is_still_a_deed(checker):
    # twin: "in addition to" tells a deed done, and Sweden had not joined by July 2023
    assert outcome(checker, "In addition to Sweden joining NATO, Turkey got a deal on fighter jets.",
                   "2023-07-11") == "flagged"
