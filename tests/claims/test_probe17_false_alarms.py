"""The false alarms the held-out probes cr17a/cr17b found on their clean articles (session 11,
measured at 261d3db before they were fixed), and one census16 found, each as a phenomenon with its
boundary twin:
- an apposition's common noun names its own possessor, another entity: "Finland, Russia's
  neighbour, applied to join NATO" (`grammar.phrase_tokens`);
- an undated anniversary that a past stretch of time held lies some time before the article, not
  on its day ("a term that covered the alliance's 70th anniversary", `treaty._told_in_past`);
- "the U.S." right before a title may end a sentence the parser ran on: when the KB has the
  person in that office of another state, the title's state is not sure
  (`offices._may_end_a_sentence`);
- a count held "until" a date is of the day before it ("NATO had 19 members until March 2004",
  `_countdates._until_times`).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.claims._pipeline import outcome


# --- the possessor of an apposition -----------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Finland, Russia's neighbour, applied to join NATO in May.",
    "Sweden and Finland, Norway's Nordic neighbours, applied to join NATO in May.",
])
def test_an_appositions_possessor_is_not_the_subject(checker, text):
    assert outcome(checker, text, "2022-06-01") == "supported"


def test_a_coordinated_subject_is_still_read(checker):
    assert outcome(checker, "Finland and Russia applied to join NATO in May.", "2022-06-01") == "flagged"


# --- an undated anniversary told in the past --------------------------------------------------------

@pytest.mark.parametrize("number, expected", [
    ("70th", "supported"),  # 2019, two years before the article
    ("72nd", "supported"),  # the article's own year: still some time up to it
    ("73rd", "supported"),  # a year after it, within the 300 days an undated marking is allowed
    ("74th", "flagged"),    # two years after the article's
])
def test_a_past_anniversary_lies_some_time_before_the_article(checker, number, expected):
    text = f"NATO named a new military chief. His three-year term covered the alliance's {number} anniversary."
    assert outcome(checker, text, "2021-06-25") == expected


@pytest.mark.parametrize("text", [
    "NATO marks the alliance's 70th anniversary this week.",
    "NATO celebrated its 70th anniversary with a ceremony.",  # a marking told in the past: recent news
])
def test_a_marked_anniversary_is_still_of_the_articles_days(checker, text):
    assert outcome(checker, text, "2021-06-25") == "flagged"


# --- "the U.S." before a title -----------------------------------------------------------------------

def test_a_state_that_may_end_a_sentence_does_not_flag_the_title(checker):
    text = ("Australia signed the AUKUS partnership with Britain and the U.S. Defence Minister Peter Dutton "
            "has warned repeatedly about China.")
    assert outcome(checker, text, "2022-01-06") != "flagged"


@pytest.mark.parametrize("text, expected", [
    ("Officials said the U.S. Defense Secretary Lloyd Austin would travel to Brussels.", "supported"),
    ("Officials said U.S. Defense Secretary Peter Dutton would travel to Brussels.", "flagged"),  # no "the"
    ("Officials said American Defense Secretary Peter Dutton would travel to Brussels.", "flagged"),
])
def test_a_state_written_with_the_title_is_still_checked(checker, text, expected):
    assert outcome(checker, text, "2022-01-06") == expected


# --- a count held until a date ---------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("NATO had 19 members until March 2004.", "supported"),   # 26 from 29 March 2004
    ("NATO had 26 members until March 2004.", "flagged"),
    ("NATO had 16 members until 1999.", "supported"),         # 19 from 12 March 1999
    ("NATO had 19 members until 1999.", "flagged"),
])
def test_a_count_until_a_date_is_of_the_day_before_it(checker, text, expected):
    assert outcome(checker, text, "2024-06-01") == expected
