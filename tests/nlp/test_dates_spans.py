"""Where a time expression begins and ends, as TimeML draws the TIMEX3 extent, and the value
each extent gets.

TimeML's rules, as TempEval scores them: a preposition stays outside ("since [1998]",
"evolved over [several years]"), a TIMEX3 mod is inside ("[about three hours]", "[over a
week]"), words that carry no mod are outside ("only [five hours]"), a determiner is inside a
duration that is a noun ("for [the nine months]") but outside one that modifies a noun ("the
[14-day] waiting period"), and a time zone belongs to its clock time. Sentences written for
these tests; the anchor is 2023-04-11, a Tuesday.
"""

from __future__ import annotations

import pytest

from accord.nlp.extract.dates import TimeExpression, time_expressions

ANCHOR = "2023-04-11"


def found(text: str, anchor=ANCHOR) -> list[tuple[str, str, str | None]]:
    return [(t.text, t.value, t.mod) for t in time_expressions(text, anchor)]


def only(text: str, anchor=ANCHOR) -> TimeExpression:
    got = time_expressions(text, anchor)
    assert len(got) == 1, [(t.text, t.value) for t in got]
    return got[0]


# --- modifiers: TimeML mods inside, other adverbs outside -----------------------------------

@pytest.mark.parametrize("text, span, value, mod", [
    ("The talks lasted about three hours.", "about three hours", "PT3H", "APPROX"),
    ("The war ended nearly two decades ago.", "nearly two decades ago", "2003", "LESS_THAN"),
    ("It has been almost a year since the vote.", "almost a year", "P1Y", "LESS_THAN"),
    ("Troops will stay for at least two more weeks.", "at least two more weeks", "P2W",
     "EQUAL_OR_MORE"),
    ("The plant will open in early 2024.", "early 2024", "2024", "START"),
    ("The project stalled in mid-1996.", "mid-1996", "1996", "MID"),
])
def test_timeml_modifiers_are_inside_the_span(text, span, value, mod):
    assert found(text) == [(span, value, mod)]


@pytest.mark.parametrize("text, span, value", [
    ("The envoy will spend only five hours in the capital.", "five hours", "PT5H"),
    ("The deal came barely a month after the vote.", "a month", "P1M"),
    ("The alliance admitted them just a decade ago.", "a decade ago", "2013"),
])
def test_words_without_a_timeml_mod_stay_outside(text, span, value):
    t = only(text)
    assert (t.text, t.value, t.mod) == (span, value, None)


# --- "over": the mod MORE_THAN or a preposition ---------------------------------------------

@pytest.mark.parametrize("text, span", [
    ("The strike has gone on for over a week.", "over a week"),
    ("The hearing took just over an hour.", "over an hour"),
    ("It has been over a year since the summit.", "over a year"),
])
def test_over_after_for_just_or_been_is_more_than(text, span):
    t = only(text)
    assert (t.text, t.mod) == (span, "MORE_THAN")


@pytest.mark.parametrize("text, span, value", [
    ("The system has evolved over several years.", "several years", "PXY"),
    ("The money can be used over three years.", "three years", "P3Y"),
    ("Prices rose 5% over two quarters.", "two quarters", "P2Q"),
])
def test_over_after_a_verb_or_a_figure_is_a_preposition_outside_the_span(text, span, value):
    t = only(text)
    assert (t.text, t.value, t.mod) == (span, value, None)


# --- determiners --------------------------------------------------------------------------

@pytest.mark.parametrize("text, span, value", [
    ("For the nine months, profit rose 4%.", "the nine months", "P9M"),
    ("Instead of the four days he had offered, he gave a week.", "the four days", "P4D"),
])
def test_the_is_inside_a_duration_that_is_a_noun(text, span, value):
    assert found(text)[0][:2] == (span, value)


@pytest.mark.parametrize("text, span, value", [
    ("The government called the 14-day waiting period fair.", "14-day", "P14D"),
    ("Organisers planned the two day rally carefully.", "two day", "P2D"),
    ("The 23-year occupation ended.", "23-year", "P23Y"),
])
def test_the_is_outside_a_duration_that_modifies_a_noun(text, span, value):
    t = only(text)
    assert (t.text, t.value) == (span, value)


def test_the_is_outside_a_hyphenated_quarter_and_inside_a_noun_quarter():
    adjective = only("A major factor in the third-quarter loss was the write-down.",
                     "1989-10-30")
    noun = only("Profit fell in the third quarter.", "1989-10-30")
    assert (adjective.text, adjective.value) == ("third-quarter", "1989-Q3")
    assert (noun.text, noun.value) == ("the third quarter", "1989-Q3")


def test_fiscal_is_inside_a_quarter():
    assert found("Delta earned a record in the fiscal first quarter.", "1989-10-26") == [
        ("the fiscal first quarter", "1989-Q1", None)]
    t = only("It posted net income for the fiscal second-quarter of $8.6 million.", "1989-10-26")
    assert t.text == "fiscal second-quarter"


def test_the_is_inside_before_early_late_and_mid():
    assert found("Orders rose from the low levels of the early summer.", "1989-10-26") == [
        ("the early summer", "1989-SU", "START")]


# --- times of day -------------------------------------------------------------------------

@pytest.mark.parametrize("text, span, value", [
    ("Trading closed at 10:30 a.m. EST.", "10:30 a.m. EST", "2023-04-11T10:30"),
    ("The vote ends at 18:00 GMT.", "18:00 GMT", "2023-04-11T18:00"),
    ("The president spoke at 9 p.m. local time.", "9 p.m. local time", "2023-04-11T21:00"),
    ("The market opened at 9:30 a.m. ET.", "9:30 a.m. ET", "2023-04-11T09:30"),
    ("Rescuers arrived at 2:15 p.m. (local time).", "2:15 p.m. (local time)",
     "2023-04-11T14:15"),
])
def test_a_time_zone_is_inside_the_time(text, span, value):
    t = only(text)
    assert (t.text, t.type, t.value) == (span, "TIME", value)


def test_a_day_written_after_the_zone_is_inside_and_gives_the_day():
    t = only("The offer runs until 5 p.m. EST, Nov. 6.", "1989-10-30")
    assert (t.text, t.value) == ("5 p.m. EST, Nov. 6", "1989-11-06T17:00")


def test_a_capitalised_word_after_a_time_is_not_a_zone():
    assert only("They met at 9 p.m. Estonia's envoy left.").text == "9 p.m."


# --- approximate and ranged amounts -------------------------------------------------------

@pytest.mark.parametrize("text, span, value, mod", [
    ("The plants will close over the next year or so.", "the next year or so", "2024", None),
    ("Sales should double over the next two years or so.", "the next two years or so", "P2Y",
     "APPROX"),
    ("The appeal could take two weeks or so.", "two weeks or so", "P2W", "APPROX"),
    ("The inquiry may last three months or more.", "three months or more", "P3M",
     "EQUAL_OR_MORE"),
])
def test_or_so_and_or_more_are_inside(text, span, value, mod):
    assert found(text) == [(span, value, mod)]


@pytest.mark.parametrize("text, span, value", [
    ("Acquisitions will be made during the next 12 to 18 months.", "the next 12 to 18 months",
     "PXM"),
    ("Talks usually take two to three years.", "two to three years", "PXY"),
    ("Delivery takes 5-7 days.", "5-7 days", "PXD"),
    ("You may, in a year or two, save more lives.", "a year or two", "PXY"),
    ("He probably died within weeks or months of his capture.", "weeks or months", "PXW"),
    ("Many funds in recent weeks and months have sold bonds.", "recent weeks and months",
     "PXW"),
])
def test_an_amount_between_two_is_one_vague_duration(text, span, value):
    t = only(text)
    assert (t.text, t.type, t.value) == (span, "DURATION", value)


def test_a_number_pair_without_a_unit_is_not_a_duration():
    assert found("The motion passed two to one.") == []


# --- references and frequencies -----------------------------------------------------------

@pytest.mark.parametrize("text, span", [
    ("Right now the evidence is scant.", "Right now"),
    ("No woman has commanded a mission until now.", "now"),
])
def test_now_forms_are_the_present(text, span):
    t = only(text)
    assert (t.text, t.value) == (span, "PRESENT_REF")


def test_plural_quarters_after_recent_coming_future_are_vague_durations():
    assert found("Losses will cut tax payments in future quarters.") == [
        ("future quarters", "PXQ", None)]
    assert found("It has been a tough business in recent quarters.") == [
        ("recent quarters", "PXQ", None)]


def test_quarterly_is_a_set_as_an_adverb_but_not_as_an_adjective_before_a_noun():
    assert found("Interest is paid quarterly.") == [("quarterly", "P3M", None)]
    assert found("Du Pont raised its quarterly dividend.") == []
    assert found("It declared a quarterly cash dividend.") == []
    assert found("The company reported quarterly earnings.") == []
    assert found("Interest is paid quarterly in arrears.") == [("quarterly", "P3M", None)]


# --- periods and seasons ------------------------------------------------------------------

def test_the_comparable_year_ago_quarter_is_one_expression():
    got = found("Profit rose in the third quarter. In the comparable year-ago quarter, it fell.",
                "1989-10-27")
    assert got[-1] == ("the comparable year-ago quarter", "1988-Q3", None)


def test_a_season_of_a_spoken_year():
    t = only("Prices fell to the level we saw in the winter of nineteen ninety-four.",
             "1998-02-23")
    assert (t.text, t.value) == ("the winter of nineteen ninety-four", "1994-WI")


def test_last_before_a_month_and_day_leaves_the_day_whole():
    t = only("He was shot last Oct. 23 at his home.", "1999-04-19")
    assert (t.text, t.value) == ("Oct. 23", "1998-10-23")
    assert only("He was shot last October.", "1999-04-19").text == "last October"


def test_last_after_a_modal_or_to_is_the_verb_not_a_span():
    assert found("The inquiry is likely to last over a week.") == [
        ("over a week", "P1W", "MORE_THAN")]
    assert found("Prices rose in the last three months.")[0][:2] == ("the last three months",
                                                                     "P3M")


def test_a_quarter_of_a_fiscal_year_is_one_expression():
    assert found("Profit rose in the second quarter of fiscal 2013.", "2014-03-19") == [
        ("the second quarter of fiscal 2013", "2013-Q2", None)]


def test_the_end_of_last_year_is_a_date_not_the_past_year():
    assert found("At the end of last year, debt rose.") == [("the end of last year", "2022",
                                                             "END")]
    assert found("Debt rose in the last year.")[0][:2] == ("the last year", "P1Y")


# --- holidays -----------------------------------------------------------------------------

@pytest.mark.parametrize("text, anchor, span, value", [
    ("The offices close on Easter Monday 2024.", ANCHOR, "Easter Monday 2024", "2024-04-01"),
    ("Pilgrims gathered on Good Friday.", ANCHOR, "Good Friday", "2023-04-07"),
    ("Protesters marched on Easter Sunday.", ANCHOR, "Easter Sunday", "2023-04-09"),
    ("Easter fell early that year, said the priest.", "2000-05-02", "Easter", "2000-04-23"),
    ("They prayed as Easter week began.", "2000-04-17", "Easter week", "2000-W16"),
])
def test_the_days_of_easter_move_with_the_year(text, anchor, span, value):
    t = only(text, anchor)
    assert (t.text, t.type, t.value) == (span, "DATE", value)


def test_easter_without_an_anchor_keeps_the_date_unknown():
    assert only("The church is full at Easter.", None).value == "XXXX-XX-XX"


def test_the_next_couple_of_years_is_two_years():
    assert found("Over the next couple of years we expect growth.") == [
        ("the next couple of years", "P2Y", None)]


def test_around_before_a_day_is_the_mod_approx_inside_about_is_not():
    assert found("The sale is to be completed around Nov. 1.", "1989-10-27") == [
        ("around Nov. 1", "1989-11-01", "APPROX")]
    assert found("There was concern about Dec. 3 votes.", "1989-10-27")[0][:1] == ("Dec. 3",)


@pytest.mark.parametrize("text, expected", [
    ("They will have to live without it for a while.", [("a while", "PXX", None)]),
    ("Forces could stay in the region for some time.", [("some time", "PXX", None)]),
    ("The vote will take place some time next year.", [("next year", "2024", None)]),
    ("After a while, they left.", []),
])
def test_for_a_while_and_for_some_time_are_vague_durations_only_after_for(text, expected):
    assert found(text) == expected
