"""The phenomena the fa20 probe (bench/probes/fa20: 40 correct articles of genres the earlier
probes had not tried: history features and retrospectives, timelines, translated wire styles,
forecasts and counterfactuals, polls, other organisations' officers, culture, sport, defence
business, fact boxes, cabinet lists, Q&A, a speech; session 13) found, each with its boundary
twin: the same shape made false, or without the device, is still flagged.

- a retrospective sets each entry under a short verbless label with its own year ("Washington,
  April 1999: The 50th anniversary summit took place ..."): an undated anniversary under it is
  marked on the label's date, not on the article's day (which put NATO's founding in 1975);
- "The Pentagon is reviewing the pact, launched in June.": a participle after a common noun
  standing for the article's organisation, at the clause's end, may tell the clause's own event
  (the review); with no year written, its month is one of the news's days, not a founding's.
  The organisation named ("reviewing AUKUS, launched in June"), a year written ("the pact,
  launched in June 2023") or the participle on the subject ("the pact, launched in June, is on
  track") is still read;
- a timeline's entry told in the present under its year ("2004: Seven countries join, bringing
  NATO to 26 members." in 2019; "2009 - X, the Danish prime minister, becomes secretary
  general.") was checked on the article's day: an undated claim under a paragraph's date label of
  another year than the article's is not flagged (its date step is unsure), a title's too. A label
  of the article's own year, a dateline ("BRUSSELS, Dec. 30, 2023 -") or an opening with a verb
  leaves the claim checked as before;
- found by variants of the set's sentences (not in its figure): a titled name in an undated
  clause in the past that goes on with a story the sentence before dated two or more years back
  in its main clause ("At the 2008 summit, ... . Germany's chancellor, Angela Merkel, resisted.")
  is of that time, held some time before the article's day (a date of another event there,
  "since the invasion began in February 2022", is no story's date); and "a year earlier" after a date the article named
  ("Ten years ago, Lithuania adopted the euro ... Latvia had joined a year earlier") is the year
  before that date, as "two years earlier" already was, not the year before the article's.

Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.claims._pipeline import outcome

RETRO = "NATO summits since the end of the Cold War.\n\n{label} The 50th anniversary summit took place as allies argued over Kosovo."


# -- a paragraph's date label --------------------------------------------------------------------------
def test_an_anniversary_under_a_label_of_its_year_is_supported(checker):
    assert outcome(checker, RETRO.format(label="Washington, April 1999:"), "2025-06-20") == "supported"


def test_a_label_one_year_early_is_flagged(checker):
    # 1998 - 50 = 1948: NATO was founded on 4 April 1949
    assert outcome(checker, RETRO.format(label="Washington, April 1998:"), "2025-06-20") == "flagged"


def test_a_label_late_by_more_than_the_markings_margin_is_flagged(checker):
    # an anniversary may be marked months after its day: November 1999 passes, April 2001 does not
    # (nor April 2000, the 51st anniversary's own month: num20's `_other_anniversary`)
    assert outcome(checker, RETRO.format(label="Washington, November 1999:"), "2025-06-20") == "supported"
    assert outcome(checker, RETRO.format(label="Washington, April 2001:"), "2025-06-20") == "flagged"


def test_a_label_with_a_dash_and_a_day_dates_the_entry_too(checker):
    assert outcome(checker, RETRO.format(label="23 April 1999 -"), "2025-06-20") == "supported"
    assert outcome(checker, RETRO.format(label="23 April 2001 -"), "2025-06-20") == "flagged"


def test_without_the_label_the_undated_anniversary_is_the_articles(checker):
    text = "NATO summits since the end of the Cold War.\n\nThe 50th anniversary summit took place as allies argued over Kosovo."
    assert outcome(checker, text, "2025-06-20") == "flagged"
    assert outcome(checker, text, "1999-04-26") == "supported"


def test_a_label_without_its_year_leaves_the_articles_day(checker):
    # a dateline-like label with no year is the news's own day
    text = RETRO.format(label="Washington, April 24:")
    assert outcome(checker, text, "1999-04-26") == "supported"
    assert outcome(checker, text, "2025-06-20") == "flagged"


def test_a_sentence_before_in_the_paragraph_is_no_label(checker):
    # a full sentence ending in a colon is a sentence, not a label: the article's day still dates
    # the anniversary
    text = RETRO.format(label="Leaders met in Washington in April 1999 and said this:")
    assert outcome(checker, text, "2025-06-20") != "supported"


# -- a participle after "the pact" ------------------------------------------------------------------
AUKUS = "AUKUS was announced in September 2021 by three leaders. "


def test_a_participle_with_a_bare_month_after_the_pact_is_not_its_founding(checker):
    text = AUKUS + "The Pentagon is reviewing the pact, launched in June."
    assert outcome(checker, text, "2025-07-27") != "flagged"


def test_the_pact_with_a_year_written_is_still_read(checker):
    assert outcome(checker, AUKUS + "The Pentagon is reviewing the pact, launched in June 2023.", "2025-07-27") == "flagged"
    text = "The Pentagon is reviewing the pact, launched in September 2021."
    assert outcome(checker, AUKUS + text, "2025-07-27") == "supported"


def test_the_pact_named_with_a_bare_month_is_still_read(checker):
    assert outcome(checker, "The Pentagon is reviewing AUKUS, launched in June.", "2025-07-27") == "flagged"
    assert outcome(checker, "The Pentagon is reviewing AUKUS, launched in September.", "2021-10-20") == "supported"


def test_a_participle_on_the_subject_is_still_the_pacts(checker):
    # set off mid-sentence on the subject, the participle can only be the pact's
    text = "AUKUS was announced in September. Officials say the pact, launched in {}, is on track."
    assert outcome(checker, text.format("June"), "2021-10-20") == "flagged"
    assert outcome(checker, text.format("September"), "2021-10-20") == "supported"


# -- an undated entry under a timeline's label -------------------------------------------------------
TIMELINE = "Timeline of the alliance\n\n{label} Seven countries join, bringing NATO to {n} members."


def test_a_count_under_a_label_of_another_year_is_not_checked_on_the_articles_day(checker):
    # NATO had 26 members in 2004, 29 in 2019: the entry is of 2004
    assert outcome(checker, TIMELINE.format(label="2004:", n=26), "2019-10-01") != "flagged"
    assert outcome(checker, TIMELINE.format(label="2004 -", n=26), "2019-10-01") != "flagged"


def test_a_count_under_a_label_of_the_articles_year_is_still_checked(checker):
    assert outcome(checker, TIMELINE.format(label="2004:", n=30), "2004-06-01") == "flagged"
    assert outcome(checker, TIMELINE.format(label="2004:", n=26), "2004-06-01") == "supported"


def test_the_same_count_without_the_label_is_flagged(checker):
    text = "Timeline of the alliance\n\nSeven countries join, bringing NATO to 26 members."
    assert outcome(checker, text, "2019-10-01") == "flagged"


def test_a_dateline_with_its_year_is_no_label(checker):
    # a dateline gives the news's own day: its undated count is checked on the article's day
    text = "NATO at a glance\n\nBRUSSELS, Dec. 30, 2023 - The alliance now has 26 members."
    assert outcome(checker, text, "2024-01-02") == "flagged"


def test_a_title_under_a_label_of_another_year_is_that_years(checker):
    text = "Timeline of the alliance\n\n2009 - Anders Fogh Rasmussen, the Danish prime minister, becomes secretary general."
    assert outcome(checker, text, "2019-10-01") != "flagged"
    # without the label the title is checked on the article's day: a title he never held is flagged
    # (since kb24 the KB lists him as prime minister 2001-2009, so a bare "the Danish prime
    # minister" is a past holder's title, unverifiable ten years on: "A bare title for a past holder")
    text = "Timeline of the alliance\n\nAnders Fogh Rasmussen, the Danish foreign minister, becomes secretary general."
    assert outcome(checker, text, "2019-10-01") == "flagged"
    text = "Timeline of the alliance\n\nAnders Fogh Rasmussen, the Danish prime minister, becomes secretary general."
    assert outcome(checker, text, "2019-10-01") == "none"


def test_an_opening_with_a_verb_is_no_label(checker):
    # "Leaders met in April 2004:" is a sentence of its own, not a label: the next clause is
    # undated and checked on the article's day
    text = "Timeline of the alliance\n\nLeaders met in April 2004: Seven countries join, bringing NATO to 26 members."
    assert outcome(checker, text, "2019-10-01") == "flagged"


# -- a story's past told on from the sentence before -------------------------------------------------
SUMMIT = "At the {year} summit, allies pushed for a path to membership for Ukraine. "


def test_a_past_title_going_on_with_a_story_of_years_before_is_of_that_time(checker):
    text = SUMMIT.format(year=2008) + "Germany's chancellor, Angela Merkel, resisted."
    assert outcome(checker, text, "2024-04-04") == "supported"


def test_the_story_two_years_back_is_still_its_own_past_one_year_back_is_not(checker):
    text = SUMMIT + "Germany's chancellor, Angela Merkel, resisted."
    assert outcome(checker, text.format(year=2022), "2024-04-04") != "flagged"
    assert outcome(checker, text.format(year=2023), "2024-04-04") == "flagged"


def test_a_wrong_office_in_the_story_is_still_flagged(checker):
    text = SUMMIT.format(year=2008) + "Germany's chancellor, Nicolas Sarkozy, resisted."
    assert outcome(checker, text, "2024-04-04") == "flagged"


def test_the_present_or_another_paragraph_is_the_articles_day(checker):
    assert outcome(checker, SUMMIT.format(year=2008) + "Germany's chancellor, Angela Merkel, resists such plans.",
                   "2024-04-04") == "flagged"
    assert outcome(checker, SUMMIT.format(year=2008) + "\n\nGermany's chancellor, Angela Merkel, resisted.",
                   "2024-04-04") == "flagged"


# -- "a year earlier" after a date the article named -------------------------------------------------
EURO = "Ten years ago, Lithuania adopted the euro, becoming the 19th member of the eurozone. {state} had joined a year earlier."


def test_a_year_earlier_counts_from_the_date_named_before(checker):
    # ten years before 2025 is 2015; Latvia adopted the euro in 2014, Estonia in 2011
    assert outcome(checker, EURO.format(state="Latvia"), "2025-01-01") == "supported"
    assert outcome(checker, EURO.format(state="Estonia"), "2025-01-01") == "flagged"


def test_a_year_earlier_with_no_date_before_is_the_year_before_the_articles():
    from accord.nlp.extract.dates import time_expressions

    assert [t.value for t in time_expressions("Profit rose 5% from a year earlier.", "2025-03-01")] == ["2024"]
    text = "In 2015, Lithuania adopted the euro. Latvia had joined a year earlier."
    assert [t.value for t in time_expressions(text, "2025-03-01")] == ["2015", "2014"]
    text = "In 2015, Lithuania adopted the euro. Latvia had joined a year ago."  # "ago": from the article's day
    assert [t.value for t in time_expressions(text, "2025-03-01")] == ["2015", "2024"]


def test_a_date_of_another_event_in_the_sentence_before_is_no_story_date(checker):
    # "since the invasion began in February 2022" dates the invasion, not the shake-up the
    # sentence tells: the president's title that follows is still of the article's day
    text = ("The shake-up, the biggest since the full-scale invasion began in February 2022, also brought "
            "new ministers. President {} said the country needed new energy.")
    assert outcome(checker, text.format("Petro Poroshenko"), "2024-09-05") == "flagged"
    assert outcome(checker, text.format("Volodymyr Zelensky"), "2024-09-05") == "supported"
