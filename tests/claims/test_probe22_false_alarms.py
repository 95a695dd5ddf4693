"""The two false alarms the held-out probes cr22a and cr22b found on their clean articles
(session 15, measured at c1f9362 before they were fixed), each as a phenomenon with its twins:
- a subject "it" stands for the state that is the whole subject of the sentence before only when
  its own sentence names no state before it ("..., which Croatia entered in 2023, the year it
  adopted the euro": "it" may be Croatia) (`grammar.said_before`);
- "ousted", "deposed", "overthrown", "toppled" mark a past holder only as the title's modifier
  ("the ousted president"), not as the clause's verb ("Deputies toppled Prime Minister X's
  government"), and even then say only that X held the office: an ousted head of government often
  stays on as caretaker, for up to a year before the term the KB gives ends (`title_tense._PUT_OUT`,
  `Title.ousted`, `offices._caretaking`).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.claims._pipeline import outcome


@pytest.mark.parametrize("text", [
    "Bulgaria still hopes to take part. Neither Bulgaria nor Romania has joined the Schengen area, which "
    "Croatia entered on 1 January 2023, on the same day that it adopted the euro.",
    "Bulgaria is still waiting. The Schengen zone, which Croatia entered in January 2023, the same month it "
    "adopted the euro, has grown.",
    "Bulgaria is still waiting. Croatia entered the Schengen zone in January 2023, the same month as it "
    "adopted the euro.",
])
def test_it_is_not_the_previous_subject_when_its_sentence_names_a_state_first(checker, text):
    assert outcome(checker, text, "2024-01-10") != "flagged"


def test_it_still_stands_for_the_previous_subject_when_alone(checker):
    # the twin: no state before "it" in its sentence, so the previous sentence's subject is read
    assert outcome(checker, "Croatia joined the EU in 2013. It adopted the euro in January 2023.",
                   "2024-01-10") == "supported"


@pytest.mark.parametrize("text", [
    "French lawmakers toppled Prime Minister Michel Barnier's government on Wednesday, the first such "
    "fall since 1962.",
    "Deputies ousted Prime Minister Michel Barnier's government on Wednesday, the first time since 1962.",
])
def test_a_putting_out_verb_before_a_title_is_no_former_mark(checker, text):
    assert outcome(checker, text, "2024-12-04") == "supported"


@pytest.mark.parametrize("text", [
    "The ousted prime minister, Michel Barnier, will stay on in a caretaker role until a successor is named.",
    "Ousted Prime Minister Michel Barnier handed in his resignation on Thursday.",
    "The toppled French prime minister, Michel Barnier, said he had no regrets.",
])
def test_an_ousted_holder_may_still_be_in_office(checker, text):
    assert outcome(checker, text, "2024-12-06") == "supported"


def test_former_still_says_the_term_was_over(checker):
    # the twin: "former" (not "ousted") on a holder still in office that day is flagged
    assert outcome(checker, "Former Prime Minister Michel Barnier handed in his resignation on Thursday.",
                   "2024-12-06") == "flagged"


@pytest.mark.parametrize("date, expected", [
    # Poroshenko's term ended on 2019-05-20; a caretaker's stretch is at most CARETAKER_DAYS (366)
    ("2018-05-19", "supported"),  # 366 days before the end: may be the last stretch
    ("2018-05-18", "flagged"),  # 367 days before: in the middle of the term, not ousted
])
def test_an_ousted_title_is_wrong_only_long_before_the_term_ends(checker, date, expected):
    assert outcome(checker, "Manafort advised Petro Poroshenko, the ousted Ukrainian president, for years.",
                   date) == expected


@pytest.mark.parametrize("text, expected", [
    # the one state its own sentence names before "it" is what "it" stands for
    ("Montenegro will stay a loyal member of NATO, which it joined in June 2017.", "supported"),
    # the same sentence without "it": Montenegro's accession 2017-06-05 is still read and checked
    ("Montenegro will stay a loyal member of NATO, which Montenegro joined in June 2017.", "supported"),
])
def test_it_stands_for_the_one_state_its_sentence_names_before_it(checker, text, expected):
    assert outcome(checker, "A new government took office. " + text, "2022-05-10") == expected


@pytest.mark.parametrize("text, expected", [
    # a "when" clause the parser hangs on the date of "since" with no comma: the main clause's
    # time, not the date's (found where "it" met the nearer-state rule: fa13p's p220)
    ("Finland had been a NATO partner since 1994 when it applied to join.", "supported"),
    # with the comma the clause is set on the date (and the membership's own "since" is checked)
    ("Lithuania has been a member of NATO since 2004, when it joined with six other states.", "supported"),
    ("Lithuania has been a member of NATO since 2006, when it joined with six other states.", "flagged"),
])
def test_since_a_date_when_a_clause_dates_the_clause_only_after_a_comma(checker, text, expected):
    assert outcome(checker, text, "2023-05-10") == expected
