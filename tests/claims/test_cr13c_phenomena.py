"""Two false alarms the held-out probe cr13c found on its clean articles (issue 12, session 9;
bench/probes/cr13c), each with its boundary twin. Sentences written for these tests.

- A "to" clause with a subject of its own ("made Ukraine and Moldova official candidates to join
  the bloc") is a prospect, not an accession: it read "Ukraine joined the EU" and flagged it.
- A list that names a grouping's members inside another verb's clause ("The grouping of A, B, C
  and D has held summits since 2021") does not take that verb's "since": it dated the members'
  membership from 2021 and flagged all four.
"""

from __future__ import annotations

import pytest

from tests.claims._pipeline import outcome

CANDIDATES = "European Union leaders on Thursday made Ukraine and Moldova official candidates to join the bloc."


def test_candidates_to_join_is_no_accession(checker):
    assert outcome(checker, CANDIDATES, "2022-06-24") != "flagged"


def test_a_finite_accession_in_a_that_clause_is_still_checked(checker):
    # twin: a finite clause says the accession happened; Ukraine never joined the EU
    text = "European Union leaders said on Thursday that Ukraine joined the bloc."
    assert outcome(checker, text, "2022-06-24") == "flagged"


QUAD = "Japan hosted the Quad this week. The grouping of Australia, India, Japan and the United States {} since 2021."


def test_a_since_of_another_verb_does_not_date_a_listed_membership(checker):
    # the span is the summits', the list names the members
    assert outcome(checker, QUAD.format("has held regular summits"), "2022-05-25") == "supported"


def test_a_wrong_member_in_such_a_list_is_still_flagged(checker):
    # twin: the membership is still read and checked, undated
    text = QUAD.format("has held regular summits").replace("India", "South Korea")
    assert outcome(checker, text, "2022-05-25") == "flagged"


def test_members_since_told_with_be_are_still_dated(checker):
    text = "Australia, India, Japan and the United States have been members of the Quad since 2021."
    assert outcome(checker, text, "2022-05-25") == "flagged"


# --- a past holder among the day's counterparts, or at someone's side on the day ----------------------
# Misses of cr13c studied after its held-out figure was taken: a long-gone holder named outside
# the main clause's actor is read as a holder of those years (docs/verification.md, "A bare title
# for a past holder"), unless the sentence shows him there on the day.

LEADERS = "Albanese joined U.S. President Joe Biden, Japanese Prime Minister Fumio Kishida and Indian Prime Minister {} for talks."


@pytest.mark.parametrize("name, expect", [("Narendra Modi", "supported"), ("Manmohan Singh", "flagged")])
def test_a_past_holder_listed_with_the_days_counterparts_is_checked(checker, name, expect):
    assert outcome(checker, LEADERS.format(name), "2022-05-25") == expect


def test_a_list_of_one_offices_holders_is_no_list_of_counterparts(checker):
    # past presidents named beside the day's: bare titles of their years (Obama held the office in 2016)
    text = "The library honours President Barack Obama, President George W. Bush and President Bill Clinton."
    assert outcome(checker, text, "2016-05-25") != "flagged"


def test_a_list_with_no_holder_of_the_day_is_of_another_time(checker):
    text = "An old photograph shows U.S. President George W. Bush and Indian Prime Minister Manmohan Singh."
    assert outcome(checker, text, "2022-05-25") != "flagged"


@pytest.mark.parametrize("name, expect", [("Jens Stoltenberg", "supported"), ("Anders Fogh Rasmussen", "flagged")])
def test_a_holder_at_someones_side_on_the_day_is_checked(checker, name, expect):
    text = f"NATO's council met on Wednesday, with Zelensky seated beside Secretary General {name}."
    assert outcome(checker, text, "2023-07-13") == expect
