"""The phenomena the fa17 probe (bench/probes/fa17: 33 correct whole articles, issue 12, session
10) found, each with its boundary twin: the same shape made false is still flagged where the KB
settles it.

- "one-time" / "onetime" / "erstwhile" before a title ("Stoltenberg, a one-time Norwegian prime
  minister, took over in 2014") is a past holder's title, as "former": not dated by the clause;
- a term told with an end only ("X led NATO until 2014") is compared with the KB up to that end,
  not on the article's day;
- a count naming the organisation in a clause dated years back ("The 29 allies agreed in 2014",
  written in 2018) may be the size on the writer's day (within 14 days of it); another number
  keeps the clause's date, and so does "the then 29 allies";
- "the N allies" with no organisation named is read as the article's topic only when the topic
  is an alliance (not NATO's Indo-Pacific partners, not the EU), and not when as many states
  were named just before ("Hungary and Turkey ... the two allies");
- words right after the counted noun that narrow it ("one of the two allies yet to ratify",
  "still to", "that have not"), wherever the parser hangs them; "the last of the 29 allies to
  ratify" still counts the whole;
- a count in the subject of a denied clause ("The four partners are not members of NATO") is
  not denied: only a count the clause says ("NATO does not have 31 members") is;
- "became the first NATO secretary general to address Congress on Wednesday" is a record, not
  a start of office on Wednesday; "became NATO secretary general on Wednesday" still is;
- dates joined by "or" ("joined NATO in 1999 or 2004") are alternatives: the claim's date is
  unsure; a single wrong date is still flagged.

Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.claims._pipeline import outcome

# -- "one-time" titles ---------------------------------------------------------------------------
ONE_TIME = [
    ("2024-10-01", "Stoltenberg, a one-time Norwegian prime minister, took over at NATO in October 2014."),
    ("2024-10-01", "Jens Stoltenberg, the onetime prime minister of Norway, took over at NATO in October 2014."),
    ("2024-10-01", "One-time Prime Minister Jens Stoltenberg of Norway took over at NATO in October 2014."),
    ("2024-10-01", "Jens Stoltenberg, the erstwhile Norwegian prime minister, took over at NATO in October 2014."),
]


@pytest.mark.parametrize("date,text", ONE_TIME)
def test_one_time_title_is_a_past_holders(checker, date, text):
    assert outcome(checker, text, date) != "flagged"


def test_title_without_one_time_is_still_dated_by_the_clause(checker):
    text = "Stoltenberg, the Norwegian prime minister, took over at NATO in October 2014."
    assert outcome(checker, text, "2024-10-01") == "flagged"


# -- terms told by their end ---------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Anders Fogh Rasmussen led NATO until 2014.",
    "Anders Fogh Rasmussen led NATO until October 1, 2014.",
    "Anders Fogh Rasmussen led NATO until September 2014.",
    "Jens Stoltenberg led NATO until October 2024.",
])
def test_term_until_its_end_is_checked_at_the_end(checker, text):
    assert outcome(checker, text, "2024-10-01") == "supported"


@pytest.mark.parametrize("text", [
    "Anders Fogh Rasmussen led NATO until 2019.",
    "Jens Stoltenberg led NATO until November 2024.",  # one month past the end (1 Oct 2024)
    "Jens Stoltenberg led NATO until 2012.",
])
def test_term_until_a_wrong_end_is_flagged(checker, text):
    assert outcome(checker, text, "2024-10-01") == "flagged"


# -- a count naming the organisation in a clause dated long before the article ----------------------
LEAD = "NATO leaders met in Brussels on Wednesday. "


@pytest.mark.parametrize("number", ["28", "29"])
def test_old_clause_count_may_be_the_writers_day(checker, number):
    text = LEAD + f"The {number} allies agreed in 2014 to move towards 2% of GDP within a decade."
    assert outcome(checker, text, "2018-07-12") == "supported"


@pytest.mark.parametrize("number", ["27", "30"])  # one below 2014's 28, one above 2018's 29
def test_old_clause_count_outside_both_days_is_flagged(checker, number):
    text = LEAD + f"The {number} allies agreed in 2014 to move towards 2% of GDP within a decade."
    assert outcome(checker, text, "2018-07-12") == "flagged"


@pytest.mark.parametrize("published,flagged", [("2024-03-20", False), ("2024-03-21", True)])
def test_writers_count_is_the_size_within_two_weeks_of_the_article(checker, published, flagged):
    # Sweden made NATO 32 on 7 March 2024: 31 was the size 13 days before 20 March, 14 before 21 March
    text = LEAD + "In March 2022 the 31 allies extended the mission until the end of 2024."
    assert (outcome(checker, text, published) == "flagged") is flagged


def test_then_count_keeps_the_clauses_date(checker):
    text = LEAD + "The then 29 allies agreed in 2014 to move towards 2% of GDP within a decade."
    assert outcome(checker, text, "2018-07-12") == "flagged"


def test_predicated_old_count_keeps_the_clauses_date(checker):
    assert outcome(checker, "NATO had 29 members in 2014.", "2018-07-12") == "flagged"


# -- "the N allies": whose allies -------------------------------------------------------------------
def test_allies_in_an_article_about_the_partners_are_not_the_partners(checker):
    text = ("The four Asia-Pacific partners, known as the IP4, are not members of NATO. The IP4 leaders "
            "met on Wednesday. The leaders of the 31 allies agreed that 2% of GDP should be a floor.")
    assert outcome(checker, text, "2023-07-13") != "flagged"


def test_allies_in_an_article_about_nato_are_counted(checker):
    text = ("NATO leaders met in Vilnius; the alliance hosted the IP4. The leaders of the 35 allies agreed "
            "that 2% of GDP should be a floor.")
    assert outcome(checker, text, "2023-07-13") == "flagged"


def test_allies_named_just_before_are_those_states(checker):
    text = ("NATO foreign ministers met on Tuesday. Hungary and Turkey have not ratified the protocol. "
            "The two allies said they would do so soon.")
    assert outcome(checker, text, "2023-12-15") != "flagged"


@pytest.mark.parametrize("text,flagged", [
    ("NATO foreign ministers met on Tuesday. Hungary and Turkey spoke. The 29 allies agreed to ratify it.", True),
    # as many states as the count: two named, "the two allies" are they; "the three allies" are not
    ("NATO foreign ministers met on Tuesday. Hungary and Turkey spoke. The three allies agreed to ratify it.", True),
    ("NATO foreign ministers met on Tuesday. Hungary and Turkey spoke. The two allies agreed to ratify it.", False),
])
def test_named_states_bound_the_count_they_explain(checker, text, flagged):
    assert (outcome(checker, text, "2023-12-15") == "flagged") is flagged


# -- words after the counted noun that narrow it --------------------------------------------------------
@pytest.mark.parametrize("text", [
    "NATO foreign ministers met on Tuesday. Hungary is one of the two allies yet to ratify the protocol.",
    "NATO foreign ministers met on Tuesday. Hungary is one of the two allies still to ratify the protocol.",
    "NATO foreign ministers met on Tuesday. The two allies that have not ratified the protocol are Hungary "
    "and Turkey.",
])
def test_count_narrowed_by_the_words_after_it_is_not_the_membership(checker, text):
    assert outcome(checker, text, "2023-12-15") != "flagged"


@pytest.mark.parametrize("number,flagged", [("29", False), ("31", True)])
def test_last_of_the_allies_to_ratify_counts_them_all(checker, number, flagged):
    text = (f"NATO welcomed North Macedonia. Spain was the last of the {number} allies to ratify the accession "
            "protocol.")
    assert (outcome(checker, text, "2020-03-28") == "flagged") is flagged


# -- a denial of another predicate is not the count's -----------------------------------------------------
@pytest.mark.parametrize("number,flagged", [("four", False), ("five", True)])
def test_count_in_the_subject_of_a_denied_clause_is_affirmed(checker, number, flagged):
    text = f"The {number} Asia-Pacific partners, known as the IP4, are not members of NATO."
    assert (outcome(checker, text, "2023-07-13") == "flagged") is flagged


def test_denied_count_that_the_clause_says_is_still_denied(checker):
    assert outcome(checker, "NATO does not have 31 members.", "2023-07-13") == "flagged"


# -- a title ranked by an act is a record, not a start of office ---------------------------------------------
@pytest.mark.parametrize("text", [
    "Jens Stoltenberg became the first NATO secretary general to address a joint meeting of Congress on Wednesday.",
    "On Wednesday Stoltenberg became the first secretary general of NATO to speak to Congress.",
])
def test_first_holder_to_act_is_no_start_of_office(checker, text):
    assert outcome(checker, text, "2019-04-04") != "flagged"


def test_becoming_the_title_on_a_day_is_still_a_start(checker):
    assert outcome(checker, "Jens Stoltenberg became NATO secretary general on Wednesday.", "2019-04-04") == "flagged"
    assert outcome(checker, "Jens Stoltenberg became NATO secretary general on Wednesday.", "2014-10-02") == "supported"


# -- dates offered as alternatives ------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Poland and Romania joined NATO in 1999 or 2004.",
    "The Baltic states, Poland and Hungary all joined NATO in 1999 or 2004.",
])
def test_dates_joined_by_or_are_alternatives(checker, text):
    assert outcome(checker, text, "2023-02-22") != "flagged"


def test_one_wrong_date_is_still_flagged(checker):
    assert outcome(checker, "Romania joined NATO in 1999.", "2023-02-22") == "flagged"
