"""Time expressions normalised to the article's date: one test per form, anchored and not.

The anchor is 2023-04-11 (a Tuesday), the date of the second seed article, unless a test says
otherwise. No spaCy needed: `time_expressions` works on plain text.
"""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from accord.nlp.extract.dates import TimeExpression, time_expressions

ANCHOR = "2023-04-11"


def only(text: str, anchor=ANCHOR) -> TimeExpression:
    """The single expression in `text` (fails when there are none or several)."""
    found = time_expressions(text, anchor)
    assert len(found) == 1, [(t.text, t.value) for t in found]
    return found[0]


def values(text: str, anchor=ANCHOR) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in time_expressions(text, anchor)]


def test_offsets_point_into_the_text():
    text = "The summit will be held between June 28-30 in Spain."
    t = only(text)
    assert text[t.start:t.end] == t.text == "June 28-30"


# --- ranges -----------------------------------------------------------------------------------

def test_day_range_is_one_expression_with_both_ends():
    t = only("The summit will be held between June 28-30 in Spain.")
    assert (t.type, t.value, t.precision, t.role) == ("DATE", "2023-06-28", "day", "range")
    assert (t.begin, t.finish) == ("2023-06-28", "2023-06-30")


def test_day_range_without_anchor_keeps_the_year_unknown():
    t = only("The summit will be held between June 28-30 in Spain.", None)
    assert (t.value, t.begin, t.finish) == ("XXXX-06-28", "XXXX-06-28", "XXXX-06-30")
    assert t.precision == "day"


def test_day_range_in_the_text_year():
    t = only("It ran from 3-5 March 2021.")
    assert (t.begin, t.finish) == ("2021-03-03", "2021-03-05")


@pytest.mark.parametrize("text,begin,finish", [
    # said on 2023-04-11 in the future tense: a range still running that day is this year's
    ("The talks will be held April 5-20.", "2023-04-05", "2023-04-20"),
    ("The talks will be held 5-20 April.", "2023-04-05", "2023-04-20"),
    ("The talks will be held April 5-11.", "2023-04-05", "2023-04-11"),  # it ends on the anchor day
    ("The talks will be held April 5-10.", "2024-04-05", "2024-04-10"),  # it ended the day before
    ("The talks will be held April 12-20.", "2023-04-12", "2023-04-20"),
    ("The talks will be held March 5-20.", "2024-03-05", "2024-03-20"),
    ("The talks were held April 5-20.", "2023-04-05", "2023-04-20"),
    ("The talks will be held April 5-20, 2022.", "2022-04-05", "2022-04-20"),  # a written year wins
])
def test_a_range_running_on_the_anchor_day_keeps_the_anchors_year(text, begin, finish):
    t = only(text)
    assert (t.begin, t.finish, t.value, t.role) == (begin, finish, begin, "range")


@pytest.mark.parametrize("text,start,end", [
    # said on 2023-04-11: each day's year is guessed alone, the range must still run forwards
    ("The talks will be held from April 5 to April 20.", "2023-04-05", "2023-04-20"),
    ("The talks will be held from April 5 until April 20.", "2023-04-05", "2023-04-20"),
    ("The talks will be held from April 12 to April 20.", "2023-04-12", "2023-04-20"),
    ("The talks will be held from March 5 to March 20.", "2024-03-05", "2024-03-20"),
    ("The talks were held from April 5 to April 20.", "2023-04-05", "2023-04-20"),
])
def test_a_range_told_as_from_and_to_runs_forwards(text, start, end):
    found = [(t.value, t.role) for t in time_expressions(text, ANCHOR)]
    assert found == [(start, "start"), (end, "end")]


def test_a_written_start_year_is_never_moved_to_order_a_range():
    start = time_expressions("The talks ran from April 5, 2024 to April 20.", ANCHOR)[0]
    assert (start.value, start.role) == ("2024-04-05", "start")


def test_backwards_range_is_not_a_range():
    assert all(t.role != "range" for t in time_expressions("Scores were June 30-28.", ANCHOR))


# --- days and months without a year ----------------------------------------------------------

@pytest.mark.parametrize("text, anchor, value", [
    ("Russia invaded Ukraine on 24 February (local time).", ANCHOR, "2023-02-24"),
    ("Russia invaded Ukraine on 24 February (local time).", "2022-06-20", "2022-02-24"),
    ("Russia invaded Ukraine on 24 February (local time).", None, "XXXX-02-24"),
    ("The summit, to be held in Vilnius on July 11, matters.", ANCHOR, "2023-07-11"),
    ("The summit was held on July 11.", ANCHOR, "2022-07-11"),
    ("The summit will be held on July 11.", None, "XXXX-07-11"),
    ("The dividend is payable Dec. 15 to holders.", "1989-10-26", "1989-12-15"),
    ("He said on Saturday, April 25, that it was over.", "1998-04-24", "1998-04-25"),
])
def test_day_and_month(text, anchor, value):
    t = only(text, anchor)
    assert (t.type, t.value) == ("DATE", value)
    assert t.precision == "day"


@pytest.mark.parametrize("text, value", [
    ("It ends in May.", "2023-05"),
    ("Prices fell in January.", "2023-01"),
    ("Prices fell in December.", "2022-12"),
    ("The vote will take place in December.", "2023-12"),
    ("Talks resumed last February.", "2023-02"),  # the latest February
    ("Talks resumed last April.", "2022-04"),  # not the anchor's own month
])
def test_month_alone(text, value):
    t = only(text)
    assert (t.value, t.precision) == (value, "month")


def test_month_year_and_full_dates_need_no_anchor():
    assert values("In April 2023, on 11 April 2023, on April 11, 2023 and on 2023-04-11.",
                  None) == [("April 2023", "2023-04"), ("11 April 2023", "2023-04-11"),
                            ("April 11, 2023", "2023-04-11"), ("2023-04-11", "2023-04-11")]


# --- relative to the anchor ------------------------------------------------------------------

@pytest.mark.parametrize("text, value, precision", [
    ("Last month, a delegation met officials.", "2023-03", "month"),
    ("Stoltenberg said last week that it was a strong signal.", "2023-W14", None),
    ("The alliance has expanded this year.", "2023", "year"),
    ("The figures came out yesterday.", "2023-04-10", "day"),
    ("The figures came out today.", "2023-04-11", "day"),
    ("It happened two days ago.", "2023-04-09", "day"),
    ("They will meet next month.", "2023-05", "month"),
    ("They met a year ago.", "2022", "year"),
    ("Troops left three months ago.", "2023-01", "month"),
    ("It will be over next year.", "2024", "year"),
])
def test_relative_to_the_anchor(text, value, precision):
    t = only(text)
    assert (t.value, t.precision) == (value, precision)


@pytest.mark.parametrize("text", [
    "Last month, a delegation met officials.", "Stoltenberg said last week that it was.",
    "The alliance has expanded this year.", "The figures came out yesterday.",
])
def test_relative_without_anchor_has_no_year(text):
    t = only(text, None)
    assert t.value.startswith("XXXX") and t.precision is None


def test_today_without_anchor_is_the_present():
    assert only("Today is a big day.", None).value == "PRESENT_REF"


# --- weekdays and tense ----------------------------------------------------------------------

@pytest.mark.parametrize("text, anchor, value", [
    ("Hipkins on Tuesday said he was unsure.", ANCHOR, "2023-04-11"),  # the anchor's own day
    ("Mahuta, who returned from Brussels on Sunday, spoke.", ANCHOR, "2023-04-09"),
    ("She met them on Tuesday.", "2023-04-13", "2023-04-11"),
    ("The minister will arrive on Tuesday.", "2023-04-13", "2023-04-18"),
    ("The talks, to be held on Friday, matter.", ANCHOR, "2023-04-14"),
    ("They met last Tuesday.", ANCHOR, "2023-04-04"),
    ("They meet next Tuesday.", ANCHOR, "2023-04-18"),
])
def test_weekday_follows_the_tense(text, anchor, value):
    t = only(text, anchor)
    assert (t.type, t.value, t.precision) == ("DATE", value, "day")


# 2023-07-12 is a Wednesday: the Tuesday before is 07-11, the Friday before 07-07, after 07-14.
@pytest.mark.parametrize("text, value", [
    ("At the summit on Friday, NATO leaders agreed to boost support.", "2023-07-07"),
    ("At Tuesday's summit, leaders agreed to boost support.", "2023-07-11"),
    ("Leaders agreed on Friday to boost support.", "2023-07-07"),
    ("Leaders agreed to meet again on Friday.", "2023-07-14"),  # the date is the meeting's
    ("Leaders plan to meet again on Friday.", "2023-07-14"),
    ("On Friday, leaders plan to meet again.", "2023-07-14"),
    ("The summit ends on Friday.", "2023-07-14"),  # a schedule in the present
    ("The summit opens on Tuesday in Vilnius.", "2023-07-18"),
    ("The ministers are meeting on Friday.", "2023-07-14"),  # the present progressive
    ("The summit ended on Friday.", "2023-07-07"),
    ("The ministers were meeting on Friday.", "2023-07-07"),
    ("Stoltenberg, who is visiting Kyiv, said on Tuesday he was glad.", "2023-07-11"),
])
def test_weekday_tense_of_schedules_and_agreements(text, value):
    t = only(text, "2023-07-12")
    assert t.value == value


def test_weekday_without_anchor():
    t = only("On Sunday she returned.", None)
    assert (t.value, t.precision) == ("XXXX-WXX-7", None)


def test_weekday_with_part_of_day_is_a_time():
    t = only("She was due to speak in Wellington on Tuesday evening.")
    assert (t.text, t.type, t.value) == ("Tuesday evening", "TIME", "2023-04-11TEV")


# --- years, roles and durations --------------------------------------------------------------

def test_since_a_year_starts_the_event():
    t = only("They have engaged in dialogue since 2001.")
    assert (t.text, t.value, t.precision, t.role) == ("2001", "2001", "year", "start")


def test_until_ends_and_from_to_pairs():
    assert [t.role for t in time_expressions("Until 2024, and from 2001 to 2005.", ANCHOR)] == \
        ["end", "start", "end"]


def test_in_a_year_is_a_point():
    t = only("Contributions rose in 2022.")
    assert (t.value, t.role) == ("2022", "point")


def test_for_over_thirty_years():
    t = only("But for over 30 years New Zealand has had a nuclear-free policy.")
    assert (t.text, t.type, t.value, t.mod) == ("over 30 years", "DURATION", "P30Y", "MORE_THAN")
    assert t.precision is None and t.role is None


def test_in_the_past_year_ends_on_the_anchor():
    t = only("It has in the past year contributed to the funds.")
    assert (t.text, t.type, t.value) == ("the past year", "DURATION", "P1Y")
    assert (t.begin, t.finish) == ("2022-04-11", "2023-04-11")


def test_in_recent_years():
    t = only("Increasingly in recent years, threats have come closer.")
    assert (t.text, t.type, t.value) == ("recent years", "DURATION", "PXY")


@pytest.mark.parametrize("text, value", [
    ("They waited two weeks.", "P2W"), ("a 10-year plan", "P10Y"), ("for 5 1/2 hours", "PT5H30M"),
    ("for a minute and a half", "PT1M30S"), ("for two decades", "P20Y"),
    ("for several years", "PXY"), ("for 2 1/2 years", "P2Y6M"),
])
def test_durations(text, value):
    t = only(text)
    assert (t.type, t.value) == ("DURATION", value)


def test_ages_are_not_durations():
    assert values("A 30-year-old man and a man 30 years old.") == []


# --- other granularities ---------------------------------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("in the 1990s", "199"), ("in the '80s", "198"), ("in the 20th century", "19"),
    ("this summer", "2023-SU"), ("last winter", "2022-WI"), ("in the spring of 2021", "2021-SP"),
    ("in the third quarter of 2022", "2022-Q3"), ("first-quarter profit", "2023-Q1"),
    ("the first half of 2022", "2022-H1"), ("now", "PRESENT_REF"), ("the future", "FUTURE_REF"),
    ("recently", "PAST_REF"), ("the weekend before", "2023-W14-WE"),
])
def test_granularities(text, value):
    assert only(text).value == value


def test_a_year_earlier_in_a_quarterly_report_is_the_same_quarter():
    assert values("The company reported a third-quarter loss, against a profit a year earlier.",
                  "1989-11-02") == [("third-quarter", "1989-Q3"), ("a year earlier", "1988-Q3")]


def test_the_next_day_counts_from_the_last_day():
    assert values("On March 3 they met, and the next day they left.") == \
        [("March 3", "2023-03-03"), ("the next day", "2023-03-04")]


def test_the_following_year_counts_from_the_last_date():
    assert values("In 1995 he was promoted, and the following year he was appointed.") == \
        [("1995", "1995"), ("the following year", "1996")]


@pytest.mark.parametrize("text, value", [
    ("The blast occurred at about 10:35 a.m. local time.", "2023-04-11T10:35"),
    ("He was shot at 10 p.m. on Friday.", "2023-04-07T22:00"),
    ("The ceasefire began at noon.", "2023-04-11T12:00"),
])
def test_times_of_day(text, value):
    t = only(text)
    assert (t.type, t.value) == ("TIME", value)


@pytest.mark.parametrize("text, value", [
    ("They rally every day.", "P1D"), ("a daily briefing", "P1D"), ("She flies every Monday.",
                                                                    "XXXX-WXX-1"),
    ("sold 50,000 copies a year", "P1Y"), ("The summit is held annually.", "P1Y"),
])
def test_sets(text, value):
    t = only(text)
    assert (t.type, t.value) == ("SET", value)


# --- what is not a date ----------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "We have to acknowledge that Nato plays a very important role.",  # "we" is not Wednesday
    "It may be the case.", "The troops march on.",  # the modal and the verb
    "New Zealand contributed $10m to Nato funds.",  # ten minutes? no: money
    "He would be the second New Zealand leader.",  # an ordinal
    "She did it a second time.", "About 1990 people came.", "He scored 2000 points.",
    "He owns a quarter of the shares.", "Prices fall.", "The current account is in deficit.",
])
def test_not_dates(text):
    assert time_expressions(text, ANCHOR) == []


def test_capitalised_may_after_a_preposition_is_the_month():
    assert values("In May we will know.") == [("May", "2023-05")]


# --- anchors and robustness ------------------------------------------------------------------

def test_anchor_may_be_a_date_or_a_datetime_string():
    text = "The figures came out yesterday."
    assert only(text, date(2023, 4, 11)).value == only(text, "2023-04-11T09:30:00").value


def test_unreadable_anchor_counts_as_unknown():
    assert only("The figures came out yesterday.", "not a date").value == "XXXX-XX-XX"


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("0123456789 -/.,'aAMmJjuneFriday ofthelastyear")),
               max_size=80))
def test_any_text_gives_consistent_expressions(text):
    found = time_expressions(text, ANCHOR)
    assert [t.start for t in found] == sorted(t.start for t in found)
    for t in found:
        assert text[t.start:t.end] == t.text and t.end > t.start
        assert t.type in ("DATE", "TIME", "DURATION", "SET")
        assert t.precision in (None, "day", "month", "year")


def test_a_day_earlier_in_the_anchor_month_is_this_year_not_next():
    # "Aug. 7" in an article of 1998-08-13, with no verb to give a tense (TempEval APW19980813)
    assert values("The almost simultaneous attacks Aug. 7 at the embassies.", date(1998, 8, 13)) == \
        [("Aug. 7", "1998-08-07")]
    # a month alone still looks ahead within two months when nothing says past
    assert values("A mission in September.", date(1998, 8, 13)) == [("September", "1998-09")]
