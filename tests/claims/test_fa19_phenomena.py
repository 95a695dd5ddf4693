"""The phenomena the fa19 probe (bench/probes/fa19: 40 correct wire reports of 2024-2026 about
NATO, the EU, AUKUS, the Quad and new governments; session 12) found, each with its boundary
twin: the same shape made false, or without the device, is still flagged.

- a member noun whose own "of" phrase names a body the KB does not hold ("the 21st member of the
  euro area", "a member of the Council of Europe") is ranked in that body, not in an organisation
  joined elsewhere in the sentence ("..., 19 years after it joined the EU") nor in the article's
  topic;

Sentences written for these tests."""

from __future__ import annotations

from tests.claims._pipeline import outcome


# -- a member of a body the KB does not hold -------------------------------------------------------
def test_a_rank_in_another_body_is_not_a_rank_in_the_union_joined_later_in_the_sentence(checker):
    text = ("Croatia switched to the euro on Sunday, becoming the 20th member of the euro area, "
            "almost ten years after it joined the European Union.")
    assert outcome(checker, text, "2023-01-02") != "flagged"


def test_the_same_rank_given_in_the_union_is_flagged(checker):
    text = "Croatia switched to the euro on Sunday, becoming the 20th member of the European Union."
    assert outcome(checker, text, "2023-01-02") == "flagged"


def test_the_right_rank_in_the_union_is_supported(checker):
    text = "Croatia became the 28th member of the European Union in 2013."
    assert outcome(checker, text, "2023-01-02") == "supported"


def test_membership_of_another_body_is_not_the_date_of_joining_the_alliance(checker):
    text = "Montenegro became a member of the Council of Europe in 2007, ten years before it joined NATO."
    assert outcome(checker, text, "2018-01-10") != "flagged"


def test_the_same_year_given_for_the_alliance_is_flagged(checker):
    text = "NATO has 29 members. Montenegro became a member of the alliance in 2007, a year after its independence."
    assert outcome(checker, text, "2018-01-10") == "flagged"


def test_a_bare_membership_in_an_article_about_the_alliance_is_still_read(checker):
    text = "NATO has 29 members. Montenegro became a member in 2007."
    assert outcome(checker, text, "2018-01-10") == "flagged"
    text = "NATO has 29 members. Montenegro became a member in 2017."
    assert outcome(checker, text, "2018-01-10") == "supported"
