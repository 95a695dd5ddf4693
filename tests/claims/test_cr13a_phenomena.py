"""Phenomena the corruption probe cr13a found (bench/probes/cr13a), each with both sides of its
boundary. Sentences written for these tests.

- a member count in a "when" clause hung on a date, or in a participle of change hung on a dated
  clause, is of that date, not of the article's day;
- an "as T" in the subject's relative clause is that clause's title, not the main verb's."""

from __future__ import annotations

from tests.claims._pipeline import outcome

# --- a count dated by the date it hangs on ----------------------------------------------------------


def test_count_in_a_when_clause_of_a_date_is_of_that_date(checker):
    text = "The allies signed the accession protocol of Montenegro in May 2016, when NATO had 28 members."
    assert outcome(checker, text, "2019-04-04") == "supported"
    text = "NATO has a new chief. Stoltenberg took office on 1 October 2014, when NATO had 28 members."
    assert outcome(checker, text, "2024-10-01") == "supported"


def test_count_in_a_when_clause_of_a_date_is_flagged_when_wrong_then(checker):
    text = "The allies signed the accession protocol of Montenegro in May 2016, when NATO had 29 members."
    assert outcome(checker, text, "2019-04-04") == "flagged"
    text = "NATO has a new chief. Stoltenberg took office on 1 October 2014, when NATO had 32 members."
    assert outcome(checker, text, "2024-10-01") == "flagged"


def test_count_after_a_joining_is_of_the_joining_day(checker):
    text = "Estonia, Latvia and Lithuania joined NATO on 29 March 2004, bringing the alliance to 26 members."
    assert outcome(checker, text, "2014-03-29") == "supported"


def test_count_after_a_joining_is_flagged_when_wrong_that_day(checker):
    text = "Estonia, Latvia and Lithuania joined NATO on 29 March 2004, bringing the alliance to 24 members."
    assert outcome(checker, text, "2014-03-29") == "flagged"


# --- "as T" in the subject's relative clause ---------------------------------------------------------


def test_title_in_the_subjects_relative_clause_is_not_the_main_verbs(checker):
    text = ("Jens Stoltenberg, who served as prime minister of Norway twice, took over as NATO "
            "Secretary General on 1 October 2014.")
    assert outcome(checker, text, "2014-10-02") == "supported"


def test_main_verbs_own_title_still_flagged_on_a_wrong_day(checker):
    text = ("Jens Stoltenberg, who served as prime minister of Norway twice, took over as NATO "
            "Secretary General on 1 October 2013.")
    assert outcome(checker, text, "2014-10-02") == "flagged"


def test_count_after_a_joining_told_in_a_relative_clause_is_of_the_joining_day(checker):
    # the parser hangs "bringing" on "marked": the joining is still the verb of entry before it
    text = ("Romania and Bulgaria marked on Friday the anniversary of their accession to NATO, which they "
            "joined on 29 March 2004, bringing the alliance to 26 members.")
    assert outcome(checker, text, "2024-03-29") == "supported"
    assert outcome(checker, text.replace("to 26 members", "to 25 members"), "2024-03-29") == "flagged"

