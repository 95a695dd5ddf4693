"""Correct news paragraphs written for the third false-alarm probe (issue 12;
tests/claims/data/fa16_probe.jsonl: officials with every title form, family-name-first names,
quotes and reported speech, hypotheticals and questions, history and anniversaries, plans and
bids, partners and members, other groups' summits near NATO's, towns and people the KB does not
know, captions, credits, headlines, datelines, numbers that are no member counts): none may be
flagged. And the phenomena the probe found, each with its boundary twin:
- "one-time", "onetime" and "erstwhile" before a title say "former";
- a gerund after a noun of a stance and "to" ("objection to Sweden joining NATO") is a topic;
- "<pick / choice / candidate> for <title>" is a title to come;
- a rank counted within a stretch of time ("Britain's third prime minister this year", "the
  fifth since 2016") is no place in the office's list, and its "since" is no start of the term;
- a membership of a thing an organisation has ("the EU's Schengen area") is not of the
  organisation; an organisation after a denied "of" ("part of X but not of the EU") is denied;
- a meeting whose attendees are ministers is a ministerial meeting, not the leaders' summit;
- a plural present of a schedule ("leaders gather on Tuesday") is the coming day;
- a title on the subject of a past "resigned" / "stepped down" / "left office" / "handed over" is
  the office given up: held up to the day before the clause's day, or some time before the article's;
- a count to come placed by an undated event ("Once Finland and Sweden join, NATO will have 32
  members") is of no known day;
- a list of titles written against a list of names across a comma ("Japan's prime minister and
  South Korea's president, Fumio Kishida and Yoon Suk Yeol,") is not read title by nearest name.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.claims._pipeline import outcome, probe_rows

PROBE = probe_rows("fa16_probe")


@pytest.mark.parametrize("row", PROBE, ids=[f"p{i + 1:03d}" for i in range(len(PROBE))])
def test_probe_paragraph_is_not_flagged(checker, row):
    assert row["expect"] == "no flag"
    assert outcome(checker, row["text"], row["date"]) != "flagged"


# --- "one-time", "erstwhile" ----------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "One-time NATO chief Jens Stoltenberg now runs Norway's finance ministry.",
    "Jens Stoltenberg, a one-time secretary general of NATO, spoke in Oslo on Monday.",
    "The erstwhile NATO secretary general, Jens Stoltenberg, spoke in Oslo on Monday.",
    "Onetime NATO chief Jens Stoltenberg spoke in Oslo on Monday.",
])
def test_one_time_title_is_a_former_one(checker, text):
    assert outcome(checker, text, "2025-03-12") == "supported"


def test_one_time_title_is_still_checked(checker):
    # twins: the title without the mark is of the article's day (Rutte's), and "one-time" before
    # the term began is wrong
    assert outcome(checker, "NATO chief Jens Stoltenberg spoke in Oslo on Monday.", "2025-03-12") == "flagged"
    assert outcome(checker, "One-time NATO chief Mark Rutte spoke in Oslo on Monday.", "2023-03-12") == "flagged"


# --- a gerund after a noun of a stance and "to" ------------------------------------------------

@pytest.mark.parametrize("text", [
    "Hungary drops objection to Sweden joining NATO",
    "Ankara ends its resistance to Sweden joining the alliance",
    "The last obstacle to Sweden joining NATO is gone.",
])
def test_gerund_after_a_stance_noun_and_to_is_a_topic(checker, text):
    assert outcome(checker, text, "2023-07-11") != "flagged"


def test_gerund_after_other_words_and_to_is_still_a_deed(checker):
    # twin: "in addition to" tells a deed done, and Sweden had not joined by July 2023
    assert outcome(checker, "In addition to Sweden joining NATO, Turkey got a deal on fighter jets.",
                   "2023-07-11") == "flagged"


# --- "pick for <title>" ------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Marco Rubio, the president-elect's pick for secretary of state, spoke to senators.",
    "Trump's choice for defence secretary, Pete Hegseth, spoke to senators.",
    "Pete Hegseth, the candidate for defence secretary, spoke to senators.",
])
def test_pick_for_a_title_is_a_title_to_come(checker, text):
    assert outcome(checker, text, "2024-12-05") != "flagged"


def test_the_title_itself_is_still_checked(checker):
    # twin: Hegseth was confirmed in January 2025
    assert outcome(checker, "Pete Hegseth, the defence secretary, spoke to senators.", "2024-12-05") == "flagged"


# --- a rank within a stretch of time ------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Liz Truss, Britain's second prime minister this year, resigned on Thursday.",
    "Liz Truss, the fourth prime minister since 2016, resigned on Thursday.",
    "Liz Truss, the second prime minister within two months, resigned on Thursday.",
])
def test_rank_within_a_stretch_of_time_is_no_place_in_the_list(checker, text):
    assert outcome(checker, text, "2022-10-21") != "flagged"


def test_rank_in_the_whole_list_is_still_checked(checker):
    # twins: Truss was the 56th prime minister, not the 55th; a "since" on an unranked title is the term's
    assert outcome(checker, "Liz Truss, Britain's 56th prime minister, resigned on Thursday.", "2022-10-21") \
        == "supported"
    assert outcome(checker, "Liz Truss, Britain's 55th prime minister, resigned on Thursday.", "2022-10-21") \
        == "flagged"
    assert outcome(checker, "Liz Truss, Britain's prime minister since 2016, resigned on Thursday.", "2022-10-21") \
        == "flagged"


# --- a thing an organisation has; a denied "of" -------------------------------------------------

@pytest.mark.parametrize("text", [
    "Norway and Iceland are members of the EU's single market.",
    "Switzerland is part of the bloc's passport-free Schengen zone.",
    "Iceland is part of the single market but not of the EU.",
])
def test_membership_of_a_thing_the_organisation_has_is_not_of_it(checker, text):
    assert outcome(checker, text, "2024-02-10") != "flagged"


@pytest.mark.parametrize("text", [
    "Norway and Iceland are members of the EU.",
    "Iceland is part of NATO and of the EU.",
])
def test_membership_of_the_organisation_is_still_checked(checker, text):
    assert outcome(checker, text, "2024-02-10") == "flagged"


# --- a meeting of ministers -----------------------------------------------------------------------

def test_meeting_attended_by_ministers_is_no_summit(checker):
    text = "Defence ministers from Japan and Australia attended NATO's meeting in Brussels on Thursday."
    assert outcome(checker, text, "2022-04-08") != "flagged"


def test_meeting_of_ministers_is_checked_against_the_ministerial_meetings(checker):
    # the KB's foreign ministers' meeting of 3-4 April 2025 was in Brussels, not in Antalya; and a
    # meeting of leaders is still the summit (the extraordinary one of March 2022, not April)
    assert outcome(checker, "Foreign ministers attended NATO's meeting in Brussels on Thursday.", "2025-04-05") \
        == "supported"
    assert outcome(checker, "Foreign ministers attended NATO's meeting in Antalya on Thursday.", "2025-04-05") \
        == "flagged"
    assert outcome(checker, "NATO leaders held a meeting in Brussels on Thursday.", "2022-04-08") == "flagged"


def test_a_titled_leader_at_a_meeting_keeps_it_the_summit(checker):
    # "Prime Minister" holds "minister", but a leader's meeting is the summit (Vilnius, July 2023)
    assert outcome(checker, "Prime Minister Chris Hipkins has been invited to a NATO meeting in Lithuania.",
                   "2023-04-11") == "supported"


# --- a plural present of a schedule ---------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Allied leaders meet in Vilnius on Tuesday.",
    "NATO leaders convene in the Lithuanian capital on Tuesday for two days of talks.",
])
def test_plural_present_with_a_weekday_is_the_coming_day(checker, text):
    assert outcome(checker, text, "2023-07-09") == "supported"


@pytest.mark.parametrize("text, date", [
    ("Allied leaders met in Vilnius on Tuesday.", "2023-07-09"),  # the past Tuesday: 4 July
    ("Allied leaders meet in Vilnius on Tuesday.", "2023-07-13"),  # the coming Tuesday: 18 July
])
def test_past_or_other_weekday_is_still_flagged(checker, text, date):
    assert outcome(checker, text, date) == "flagged"


def test_a_denied_meeting_on_a_day_before_the_summit_is_not_flagged(checker):
    # the past Tuesday (4 July) came before the summit (11-12 July): the leaders did not meet in
    # Vilnius that day, and the denial is no error (neg22, session 15: `_negation.check_not_placed`)
    assert outcome(checker, "Allied leaders did not meet in Vilnius on Tuesday.", "2023-07-09") != "flagged"


# --- the handover day -----------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "NATO Secretary General Jens Stoltenberg handed over to Mark Rutte at headquarters on Tuesday.",
    "Jens Stoltenberg, NATO's secretary general, handed over to Mark Rutte at headquarters on Tuesday.",
    "NATO Secretary General Jens Stoltenberg passed the baton to Mark Rutte on Tuesday.",
])
def test_title_of_who_handed_over_is_the_office_given_up(checker, text):
    # the handover day, 1 October 2024, is Rutte's first day in the KB
    assert outcome(checker, text, "2024-10-01") != "flagged"


def test_title_on_the_handover_day_with_the_roles_swapped_is_still_checked(checker):
    text = "NATO Secretary General Mark Rutte handed over to Jens Stoltenberg at headquarters on Tuesday."
    assert outcome(checker, text, "2024-10-02") == "flagged"


# A title on the day a term ended (the KB's end day, the successor's first) is too close to call:
# the handover happens within the day. The day before is the outgoing holder's, the day after is
# not: the three days pin the boundary.
@pytest.mark.parametrize("weekday, date, expected", [
    ("Monday", "2024-10-01", "supported"),   # 30 September: still his
    ("Tuesday", "2024-10-02", "none"),       # 1 October: the handover day, unverifiable
    ("Wednesday", "2024-10-03", "flagged"),  # 2 October: Rutte's alone
])
def test_title_on_the_last_day_of_a_term_is_not_flagged(checker, weekday, date, expected):
    text = f"NATO Secretary General Jens Stoltenberg spoke at headquarters on {weekday}."
    assert outcome(checker, text, date) == expected


# --- a title on the subject of a leaving verb -----------------------------------------------------

@pytest.mark.parametrize("text", [
    "Britain's prime minister, Liz Truss, resigned after 45 days in office.",
    "Prime Minister Liz Truss stepped down after 45 days in office.",
    "Liz Truss, the British prime minister, left office after 45 days.",
])
def test_title_on_who_resigned_is_the_office_given_up(checker, text):
    assert outcome(checker, text, "2022-11-20") != "flagged"


@pytest.mark.parametrize("text, date", [
    ("Britain's prime minister, Liz Truss, spoke after 45 days in office.", "2022-11-20"),  # not a leaving verb
    ("Britain's prime minister, Liz Truss, will resign after 45 days in office.", "2022-11-20"),  # not past
    ("Britain's prime minister, Liz Truss, resigned after 45 days in office.", "2021-11-20"),  # before her term
])
def test_title_without_a_past_leaving_is_still_checked(checker, text, date):
    assert outcome(checker, text, date) == "flagged"


# --- a count to come after an undated event ------------------------------------------------------

@pytest.mark.parametrize("text", [
    "When Finland and Sweden are both in, the alliance will have 32 members.",
    "After Sweden joins, NATO will count 31 members.",
])
def test_count_after_an_event_to_come_is_of_no_known_day(checker, text):
    assert outcome(checker, text, "2022-07-05") != "flagged"


@pytest.mark.parametrize("text", [
    "By next month, NATO will have 32 members.",
    "NATO will have 32 members next month.",
])
def test_count_to_come_with_a_day_of_its_own_is_still_checked(checker, text):
    # twin: in August 2022 NATO still had 30 members
    assert outcome(checker, text, "2022-07-05") == "flagged"


# --- a list of titles against a list of names ------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Britain's prime minister and Italy's prime minister, Rishi Sunak and Giorgia Meloni, spoke on Tuesday.",
    "Rishi Sunak and Giorgia Meloni, Britain's prime minister and Italy's prime minister, spoke on Tuesday.",
])
def test_titles_listed_against_names_are_not_read_by_the_nearest_name(checker, text):
    assert outcome(checker, text, "2023-07-12") != "flagged"


def test_each_title_with_its_own_name_is_still_checked(checker):
    assert outcome(checker, "Britain's prime minister, Rishi Sunak, and Italy's prime minister, Giorgia Meloni, "
                            "spoke on Tuesday.", "2023-07-12") == "supported"
    # twin: the same shape with the names swapped
    assert outcome(checker, "Britain's prime minister, Giorgia Meloni, and Italy's prime minister, Rishi Sunak, "
                            "spoke on Tuesday.", "2023-07-12") == "flagged"


def test_the_handover_day_rule_holds_for_any_office(checker):
    # 20 January 2021: Biden sworn in at noon; Trump was president until then
    assert outcome(checker, "President Donald Trump left the White House on Wednesday.", "2021-01-21") == "none"
    assert outcome(checker, "President Donald Trump left the White House on Thursday.", "2021-01-22") == "flagged"
    # the successor holds the office on the handover day
    assert outcome(checker, "NATO Secretary General Mark Rutte spoke at headquarters on Tuesday.",
                   "2024-10-02") == "supported"


def test_a_wrong_start_is_still_flagged_on_the_handover_day(checker):
    # the handover day spares the day, not a start the claim states
    text = "Jens Stoltenberg, NATO's secretary general since 2016, spoke at headquarters on Tuesday."
    assert outcome(checker, text, "2024-10-02") == "flagged"
