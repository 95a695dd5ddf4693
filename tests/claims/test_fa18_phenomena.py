"""The phenomena the fa18 probe (bench/probes/fa18: 40 correct articles in genres not probed
before: op-eds, interviews, transcripts, live blogs, explainers, profiles, obituaries,
corrections, myth-busters, anniversaries, book reviews, sports and culture; session 11) found,
each with its boundary twin: the same shape made false, or without the device, is still flagged.

- a condition told by inversion that the parser makes the sentence's root ("Had X applied in
  1995, the year ..., it might have ...") is hypothetical, as when it is parsed as a clause;
- a year is no count: "1949 (founding members): ..." gives no number of founders;
- the titles of a person whose death the clause tells ("X, Japan's prime minister, was shot
  dead") are offices of a life, held some time before, not on the day of the death;
- a relative clause that names a post of its own ("Chancellor X, who served as Y's finance
  minister from 2018 to 2021,") dates that post, not the title before the name;
- a claim the article disowns is not asserted: a line labelled "Myth:" / "False claim:", the
  article's own earlier version ("An earlier version of this story said that ..."), a report
  marked wrong ("wrongly said", "misstated");
- a past change of size with no date of its own ("The alliance grew from 26 to 28 members")
  goes on with the sentence before, or is of no known day;
- a "who" clause right after the last of two coordinated names is that name's term;
- "from 2010 until July", written after July, ends last July, not next.

Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.claims._pipeline import outcome


# -- conditions by inversion parsed as the root --------------------------------------------------
def test_inverted_condition_parsed_as_root_is_hypothetical(checker):
    text = ("Had Finland applied to join NATO in 1995, the year it entered the European Union with Sweden "
            "and Austria, it could have been admitted with Poland in 1999.")
    assert outcome(checker, text, "2023-05-02") != "flagged"


def test_the_same_application_stated_is_flagged(checker):
    text = "Finland applied to join NATO in 1995, the year it entered the European Union with Sweden and Austria."
    assert outcome(checker, text, "2023-05-02") == "flagged"


# -- a year is no count --------------------------------------------------------------------------
def _parsed(words, heads, deps):
    import spacy
    from spacy.tokens import Doc

    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps)


def test_a_year_hung_on_the_counted_noun_is_no_count():
    from accord.nlp.extract.claims._numbers import nummod

    # "1949 (founding members): ..." as the parser read the probe's line: the year a nummod
    doc = _parsed(["1949", "(", "founding", "members", ")"], [3, 3, 3, 3, 3], ["nummod", "punct", "amod", "ROOT", "punct"])
    assert nummod(doc[3]) is None
    doc = _parsed(["the", "12", "founding", "members"], [3, 3, 3, 3], ["det", "nummod", "amod", "ROOT"])
    assert nummod(doc[3]).text == "12"


def test_a_wrong_number_of_founders_is_flagged(checker):
    assert outcome(checker, "NATO had 14 founding members in 1949.", "2024-04-05") == "flagged"


def test_calendar_year_is_four_digits_in_range():
    from accord.nlp.extract.claims._numbers import calendar_year

    class Tok:  # calendar_year reads the text only
        def __init__(self, text):
            self.text = text

    assert [calendar_year(Tok(t)) for t in ("1949", "1800", "2099", "1799", "2100", "1,949", "32", "19490")] == \
        [True, True, True, False, False, False, False, False]


# -- titles of the dead --------------------------------------------------------------------------
@pytest.mark.parametrize("date,text", [
    ("2022-07-09", "Shinzo Abe, Japan's prime minister for nearly eight years, was shot dead during a speech on Friday."),
    ("2022-07-09", "Shinzo Abe, Japan's prime minister, was assassinated on Friday in Nara."),
    ("2022-07-09", "Japanese Prime Minister Shinzo Abe died in hospital on Friday after the attack."),
    ("2018-12-01", "George H.W. Bush, the U.S. president who ended the Cold War, died on Friday at 94."),
])
def test_titles_of_the_dead_are_held_some_time_before(checker, date, text):
    assert outcome(checker, text, date) != "flagged"


def test_a_title_on_the_living_is_still_dated_by_the_clause(checker):
    text = "Shinzo Abe, Japan's prime minister, gave a speech in Nara on Friday."
    assert outcome(checker, text, "2022-07-09") == "flagged"


def test_a_title_on_who_killed_something_is_still_dated_by_the_clause(checker):
    text = "Shinzo Abe, Japan's prime minister, killed the proposal on Friday."
    assert outcome(checker, text, "2022-07-09") == "flagged"


def test_a_dead_man_who_never_held_the_title_is_flagged(checker):
    text = "Shinzo Abe, South Korea's president, was shot dead on Friday."
    assert outcome(checker, text, "2022-07-09") == "flagged"


# -- a relative clause naming another post ------------------------------------------------------
def test_relative_clause_with_another_post_dates_that_post(checker):
    text = "Prime Minister Fumio Kishida, who served as Japan's foreign minister from 2012 to 2017, met reporters on Monday."
    assert outcome(checker, text, "2023-05-15") != "flagged"


def test_relative_clause_on_the_same_post_still_dates_the_title(checker):
    text = "Prime Minister Fumio Kishida, who has served as prime minister since 2012, met reporters on Monday."
    assert outcome(checker, text, "2023-05-15") == "flagged"


# -- claims the article disowns ------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Myth: Sweden joined NATO in 2022.",
    "False claim: Sweden became NATO's 31st member.",
    "Rumour - Sweden joined NATO in 2022.",
    "A previous version of this story said that Sweden joined NATO in 2022.",
    "The minister wrongly said that Sweden joined NATO in 2022.",
    "A government spokesman misstated that Sweden had joined NATO in 2022.",
])
def test_disowned_claims_are_not_flagged(checker, text):
    assert outcome(checker, text, "2024-06-01") != "flagged"


@pytest.mark.parametrize("text", [
    "Sweden joined NATO in 2022.",
    "Fact: Sweden joined NATO in 2022.",
    "This story said that Sweden joined NATO in 2022.",
    "Sweden, a myth in its own right, joined NATO in 2022.",
])
def test_the_same_claims_asserted_are_flagged(checker, text):
    assert outcome(checker, text, "2024-06-01") == "flagged"


# -- a past change of size -----------------------------------------------------------------------
def test_past_change_goes_on_with_the_sentence_before(checker):
    text = "Albania and Croatia joined NATO on 1 April 2009. The alliance grew from 26 to 28 members."
    assert outcome(checker, text, "2019-04-01") == "supported"


def test_past_change_of_the_wrong_size_is_flagged(checker):
    text = "Albania and Croatia joined NATO on 1 April 2009. The alliance grew from 26 to 29 members."
    assert outcome(checker, text, "2019-04-01") == "flagged"


def test_past_change_over_a_stretch_is_not_dated_by_the_sentence_before(checker):
    text = "Albania and Croatia joined NATO on 1 April 2009. Over the next decade the alliance grew from 28 to 30 members."
    assert outcome(checker, text, "2021-04-01") != "flagged"


def test_undated_past_change_alone_is_not_flagged(checker):
    assert outcome(checker, "NATO grew from 26 to 28 members.", "2019-04-01") != "flagged"


def test_undated_past_count_of_another_size_is_still_flagged(checker):
    assert outcome(checker, "NATO had 26 members.", "2019-04-01") == "flagged"  # the year before, as before


# -- a "who" clause after coordinated names ------------------------------------------------------
def test_who_clause_after_two_names_is_the_nearest_ones(checker):
    text = "The essay covers the presidencies of Barack Obama and Donald Trump, who led the United States from 2017 to 2021."
    assert outcome(checker, text, "2022-03-01") != "flagged"


def test_who_clause_after_two_names_with_a_wrong_term_is_flagged(checker):
    text = "The essay covers the presidencies of Barack Obama and Donald Trump, who led the United States from 2015 to 2021."
    assert outcome(checker, text, "2022-03-01") == "flagged"


def test_who_clause_after_one_name_is_that_names(checker):
    text = "The essay covers the presidency of Barack Obama, who led the United States from 2017 to 2021."
    assert outcome(checker, text, "2022-03-01") == "flagged"


# -- a span from a past year until a bare month --------------------------------------------------
def test_span_from_past_year_until_bare_month_ends_last_month():
    from accord.nlp.extract.dates import time_expressions

    found = time_expressions("Mark Rutte, Dutch prime minister from 2010 until July, took over on Tuesday.", "2024-10-02")
    assert [t.value for t in found][:2] == ["2010", "2024-07"]
    found = time_expressions("Mark Rutte, Dutch prime minister from 2010 until October, took over on Tuesday.",
                             "2024-10-02")
    assert [t.value for t in found][:2] == ["2010", "2024-10"]  # the article's own month stays


def test_until_a_bare_month_alone_still_reads_ahead():
    from accord.nlp.extract.dates import time_expressions

    found = time_expressions("He has served since 2010 and will stay until July.", "2024-10-02")
    assert [t.value for t in found] == ["2010", "2025-07"]


def test_past_span_ending_in_the_right_month_is_not_flagged(checker):
    text = "Mark Rutte, Dutch prime minister from 2010 until July, took over at NATO on Tuesday."
    assert outcome(checker, text, "2024-10-02") != "flagged"


def test_past_span_ending_in_the_wrong_month_is_flagged(checker):
    text = "Mark Rutte, Dutch prime minister from 2010 until March, took over at NATO on Tuesday."
    assert outcome(checker, text, "2024-10-02") == "flagged"
