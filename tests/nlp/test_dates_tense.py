"""Which year or week a day, month or weekday named without a year falls in: the tense rules
of `dates.tense` and the sentence's last named day (`Context.tense`).

Every sentence here is written for these tests. 2023-07-12 is a Wednesday: the Friday before it
is 07-07, the one after 07-14, the Saturday after 07-15.
"""

from __future__ import annotations

import pytest

from accord.nlp.extract.dates import time_expressions
from accord.nlp.extract.dates.tense import _LEFT_WINDOW, _RIGHT_WINDOW, FUTURE, PAST, tense_near

WEDNESDAY = "2023-07-12"


def value(text: str, anchor: str = WEDNESDAY, expression: str | None = None) -> str:
    """The value of the single expression in `text` (or of the one whose text is `expression`)."""
    found = [t for t in time_expressions(text, anchor) if expression in (None, t.text)]
    assert len(found) == 1, [(t.text, t.value) for t in found]
    return found[0].value


def tense_of(text: str, expression: str) -> str | None:
    start = text.index(expression)
    return tense_near(text, start, start + len(expression))


# --- how far to the left a cue is read -----------------------------------------------------

def test_a_cue_at_the_edge_of_the_left_window_counts():
    # "will" is the 12th word left of "December" (the window's last), "one" would be the 13th
    fillers = " ".join(["word"] * (_LEFT_WINDOW - 1))
    assert tense_of(f"They will {fillers} December.", "December") == FUTURE


def test_a_cue_beyond_the_left_window_does_not_count():
    fillers = " ".join(["word"] * _LEFT_WINDOW)
    assert tense_of(f"They will {fillers} December.", "December") is None


def test_a_future_verb_eleven_words_before_the_month_sets_next_year():
    # "named" (after "will be") is the 11th word left of "December"; said in March
    text = "Colonel Ames will be named head of the new lunar base crew for a flight in December."
    assert value(text, "2023-03-04") == "2023-12"


def test_a_past_verb_far_before_the_month_still_sets_this_year():
    text = "Colonel Ames was named head of the new lunar base crew for a flight in January."
    assert value(text, "2023-03-04") == "2023-01"


# --- words that look like past verbs but are not -------------------------------------------

def test_a_participle_after_an_article_is_an_adjective_not_a_past_verb():
    text = "The bonus would be paid on a still unspecified date in January."
    assert value(text, "2023-10-26") == "2024-01"


def test_the_same_participle_as_a_verb_is_past():
    text = "The bonus was paid on a date in January."
    assert value(text, "2023-10-26") == "2023-01"


def test_next_to_is_a_place_not_the_future():
    text = "A bomb hit a building next to the embassy on Friday."
    assert value(text) == "2023-07-07"


def test_next_alone_is_still_the_future():
    assert tense_of("The ministers meet next on Friday.", "Friday") == FUTURE


# --- arranging an event ahead -----------------------------------------------------------------

def test_a_summit_set_for_a_month_is_ahead():
    assert value("Enlargement will dominate a summit set for Vilnius in April.") == "2024-04"


def test_set_without_for_is_a_past_verb():
    assert value("The council set the rules in April.") == "2023-04"


def test_planned_an_event_on_a_weekday_is_the_next_one():
    assert value("Exiles planned a large rally in the capital on Saturday.") == "2023-07-15"


def test_the_plan_as_a_noun_does_not_look_ahead():
    assert value("The bank announced the plan on Aug. 21.", "2023-10-27") == "2023-08-21"


# --- a plan the past overtook; a deadline looking back ------------------------------------

def test_had_been_due_is_past():
    assert value("The offer had been due to expire on Friday.") == "2023-07-07"


def test_is_due_is_ahead():
    assert value("The offer is due to expire on Friday.") == "2023-07-14"


def test_until_with_a_past_perfect_looks_back():
    assert value("Until Friday, the police had not named a suspect.") == "2023-07-07"


def test_until_without_a_past_perfect_is_a_deadline_ahead():
    assert value("Until Friday, the offices stay closed.") == "2023-07-14"


def test_until_reads_had_only_within_the_right_window():
    inside = " ".join(["word"] * (_RIGHT_WINDOW - 1))
    outside = " ".join(["word"] * _RIGHT_WINDOW)
    assert tense_of(f"Until Friday {inside} had gone.", "Friday") == PAST
    assert tense_of(f"Until Friday {outside} had gone.", "Friday") == FUTURE


# --- "could": a past inability when negated, a possibility ahead otherwise ----------------

@pytest.mark.parametrize("text", [
    "The minister could not be reached on Friday.",
    "Neither he nor his aides could be located on Friday.",
])
def test_could_negated_is_past(text):
    assert value(text) == "2023-07-07"


def test_could_be_held_is_ahead():
    assert value("The vote could be held on Friday.") == "2023-07-14"


def test_a_negation_in_another_clause_does_not_make_could_past():
    assert value("He did not say whether the vote could be held on Friday.") == "2023-07-14"
    assert value("He did not say that the vote could be held on Friday.") == "2023-07-14"


# --- the last day named in the sentence ------------------------------------------------------

def test_a_day_after_a_future_day_in_the_same_sentence_is_ahead():
    # "as" opens another clause, so "will" is not read for August 6: March 30 decides
    text = "New flights will start from March 30, as well as a third route from August 6."
    assert tense_of(text, "August 6") is None
    assert value(text, "2023-02-13", "August 6") == "2023-08-06"


def test_a_future_day_in_an_earlier_sentence_does_not_carry_over():
    text = "New flights will start from March 30. As well, a third route from August 6."
    assert value(text, "2023-02-13", "August 6") == "2022-08-06"


def test_a_past_day_in_the_same_sentence_leaves_the_default():
    # a month near ahead with no cue is ahead by default; Jan. 5 does not pull it back
    text = "The first payments on Jan. 5 and the rest in March."
    assert value(text, "2023-02-13", "March") == "2023-03"


# --- "agreed to VERB ... DATE": the date is the agreed thing's only with nothing of the verb's own
# between (issue 12: "agreed to grant status to A on Thursday" was read as next Thursday) -------
@pytest.mark.parametrize("text, expected", [
    ("The ministers agreed to meet on Friday.", FUTURE),
    ("The ministers agreed to meet again on Friday.", FUTURE),  # an adverb is no object
    ("The ministers planned to travel on Friday.", FUTURE),
    ("The ministers agreed to meet them on Friday.", None),  # one word of the verb's own
    ("The council agreed to admit Iceland on Friday.", None),
    ("The council agreed to give observer status to Chile and Peru on Friday.", None),
    ("The council plans to admit Iceland on Friday.", FUTURE),  # a present plan stays ahead
])
def test_agreed_infinitive_with_an_object_gives_no_tense(text, expected):
    assert tense_of(text, "Friday") == expected


def test_agreed_infinitive_with_an_object_resolves_to_the_days_before():
    # 2023-07-12 is a Wednesday: with no tense the Friday named is the one before
    assert value("The council agreed to admit Iceland on Friday.") == "2023-07-07"
    assert value("The council agreed to meet on Friday.") == "2023-07-14"


# --- "as" of a role opens no clause (session 9) ------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    # "as T": the verb before it dates the month (it stopped the scan: October read as the past one)
    ("Former Dutch PM Mark Rutte will take over as NATO secretary general in October.", FUTURE),
    ("Mark Rutte will start as the alliance's secretary general in October.", FUTURE),
    ("Mark Rutte took over as NATO secretary general in October.", PAST),
    # "as" with no title after it still opens a clause of its own
    ("He will travel to Kyiv, as officials confirmed in October.", PAST),
])
def test_as_before_a_title_is_no_clause_boundary(text, expected):
    assert tense_of(text, "October") == expected


def test_as_without_a_title_still_stops_the_left_scan():
    # "as usual": no title after "as", which still ends the scan: the future verb before it is not read
    assert tense_of("Allies will meet, as usual in October.", "October") is None


# --- irregular past forms ------------------------------------------------------------------

@pytest.mark.parametrize("verb", ["withdrew", "fought", "stood", "fled", "chose", "upheld"])
def test_an_irregular_past_in_a_relative_clause_looks_back(verb):
    # said on Wednesday 12 July 2023: the clause's own past verb dates its month, though the main
    # clause's schedule verb after it ("leaves") looks ahead
    text = f"The minister, who {verb} in March, leaves office in January."
    assert value(text, expression="March") == "2023-03"
    assert value(text, expression="January") == "2024-01"


def test_without_a_past_cue_the_schedule_verb_after_the_clause_decides():
    # the boundary: a past form not in the lists ("slunk") gives no cue, and "leaves" puts March
    # ahead (next March)
    text = "The minister, who slunk off in March, leaves office in January."
    assert value(text, expression="March") == "2024-03"
