"""Correct news paragraphs written for the second false-alarm probe (issue 12;
tests/claims/data/fa13p_probe.jsonl: long analysis sentences, retrospectives with many dates,
hypotheticals, headline questions, nested reported speech, lists of leaders, non-NATO groupings,
towns named like capitals, people named like KB people, counts of other things, dates written
every way, "then-" / "ex-" / "would-be" / acting titles, corrections, captions, plans): none may
be flagged. And the phenomena the probe found, each with its boundary twin:
- a title after a noun of a tie between people ("the father of NATO's secretary general") is
  that other person's;
- "would-be" before a membership noun, wherever the parser hangs it, says the state is not a
  member yet;
- a date in an apposition on the subject dates the apposition's relation, not the clause's;
- an organisation coordinated with a relation noun ("19 members plus the EU") is another party,
  and examples after nouns of two relations ("allies and partners, including Japan") may be either;
- the EU presidency dated by a half year, and a past presidency with no date of its own;
- a relation told in the past with no date of its own, or in an apposition before a change;
- examples after a noun of two organisations; a list of dates paired with a list of subjects;
- "since March" before a future verb; a list of places with a list of dates (several meetings);
- a past count placed by an "after" phrase; counts listed for several organisations; "X, then a member,";
- "outgoing" on the handover day; a condition told by inversion ("Should Ukraine join ...");
- "admitted X as an observer".
Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.claims._pipeline import outcome, probe_rows, read

PROBE = probe_rows("fa13p_probe")


@pytest.mark.parametrize("row", PROBE, ids=[f"p{i + 1:02d}" for i in range(len(PROBE))])
def test_probe_paragraph_is_not_flagged(checker, row):
    assert row["expect"] == "no flag"
    assert outcome(checker, row["text"], row["date"]) != "flagged"


# --- a title tied to another person ---------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Siim Kallas, the father of Estonia's prime minister, spoke on Monday.",
    "Siim Kallas, a former European commissioner and the father of Estonia's prime minister, spoke on Monday.",
    "Siim Kallas, the Estonian prime minister's father, spoke on Monday.",
    "John Smith, an aide to the British prime minister, spoke on Monday.",
])
def test_title_after_a_tie_to_another_person_is_not_the_names(checker, text):
    assert outcome(checker, text, "2023-03-10") != "flagged"


@pytest.mark.parametrize("text", [
    "Siim Kallas, Estonia's prime minister, spoke on Monday.",
    "Siim Kallas, a former European commissioner and Estonia's prime minister, spoke on Monday.",
    "John Smith, the British prime minister, spoke on Monday.",
])
def test_title_of_the_name_itself_is_still_checked(checker, text):
    # twins: without the tie noun the title is the name's, and the KB gives the office to another
    assert outcome(checker, text, "2023-03-10") == "flagged"


def test_tie_noun_before_a_title_before_a_name_gives_the_title_to_that_name(checker):
    # "the father of Prime Minister Kaja Kallas": the title is written on Kaja Kallas's own name
    assert outcome(checker, "Siim Kallas is the father of Prime Minister Kaja Kallas.", "2023-03-10") == "supported"
    assert outcome(checker, "Siim Kallas is the father of Prime Minister Kaja Kallas.", "2020-03-10") == "flagged"


# --- "would-be" ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Would-be NATO member Sweden is still waiting for Turkey's approval.",
    "The would-be NATO member Sweden is still waiting.",
    "Sweden, a would-be member of NATO, is still waiting.",
    "Would-be members of NATO such as Sweden are waiting.",
])
def test_would_be_member_is_not_a_member(checker, text):
    assert outcome(checker, text, "2023-07-10") != "flagged"


@pytest.mark.parametrize("text", [
    "NATO member Sweden is still waiting for Turkey's approval.",
    "Sweden, a member of NATO, is still waiting.",
    "Members of NATO such as Sweden are waiting.",
])
def test_member_without_would_be_is_still_checked(checker, text):
    # twins: Sweden joined NATO on 7 March 2024, so in July 2023 it was not a member
    assert outcome(checker, text, "2023-07-10") == "flagged"


# --- a date in an apposition on the subject -------------------------------------------------------

def test_date_in_the_subjects_apposition_does_not_date_the_clause(accord_annotator, checker):
    text = "Turkey, a NATO member since 1952, is also an EU candidate."
    found = {(s.property, s.value, s.start.value if s.start else None) for s in read(accord_annotator, text, "2023-05-10")}
    assert ("member_of", "org:NATO", "1952") in found  # the apposition keeps its own date
    assert ("candidate_for", "org:EU", "1952") not in found
    assert outcome(checker, text, "2023-05-10") != "flagged"


def test_date_of_the_clause_itself_is_still_read(checker):
    # twin: the candidacy's own "since": 1999 is right, 1952 is wrong
    assert outcome(checker, "Turkey, a NATO member since 1952, has been an EU candidate since 1999.", "2023-05-10") \
        == "supported"
    assert outcome(checker, "Turkey, a NATO member since 1999, has been an EU candidate since 1952.", "2023-05-10") \
        == "flagged"


# --- an organisation coordinated with a relation noun; examples after two relation nouns -----------

def test_organisation_coordinated_with_the_members_is_another_party(accord_annotator, checker):
    text = "The G20 has 19 members plus the European Union and the African Union."
    assert not any(s.property == "member_of" for s in read(accord_annotator, text, "2024-01-10"))
    assert outcome(checker, text, "2024-01-10") != "flagged"


def test_organisation_written_as_the_relations_own_is_still_read(checker):
    # close cases: the EU and the AU as members of the G20 (true) and of NATO (false)
    assert outcome(checker, "The European Union and the African Union are members of the G20.", "2024-01-10") \
        != "flagged"
    assert outcome(checker, "The European Union and the African Union are members of NATO.", "2024-01-10") == "flagged"


def test_examples_after_allies_and_partners_may_be_either(checker):
    assert outcome(checker, "NATO allies and partners, including Japan and South Korea, met in Brussels.",
                   "2024-01-10") != "flagged"
    assert outcome(checker, "NATO members and partners such as Japan and Australia met on Monday.",
                   "2024-01-10") != "flagged"


def test_examples_after_one_relation_noun_are_still_checked(checker):
    # twins: with "allies" alone, Japan and Korea are said to be members (false); with "partners" alone, true
    assert outcome(checker, "NATO allies, including Japan and South Korea, met in Brussels.", "2024-01-10") == "flagged"
    assert outcome(checker, "NATO partners, including Japan and South Korea, met in Brussels.", "2024-01-10") \
        == "supported"


# --- the EU presidency: half years and an undated past ------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Hungary held the rotating presidency of the Council of the EU in the second half of 2024.", "supported"),
    ("Poland held the rotating presidency of the Council of the EU in the second half of 2024.", "flagged"),
    ("Belgium held the EU presidency in the first half of 2024.", "supported"),
    ("Hungary held the EU presidency in the first half of 2024.", "flagged"),
])
def test_presidency_dated_by_a_half_year(checker, text, expected):
    assert outcome(checker, text, "2025-01-10") == expected


def test_past_presidency_without_a_date_is_not_checked_on_the_article_day(checker):
    assert outcome(checker, "Hungary held the EU presidency.", "2025-01-10") != "flagged"
    # twin: the present tense is about the article's day, when Poland held it
    assert outcome(checker, "Hungary holds the EU presidency.", "2025-01-10") == "flagged"
    assert outcome(checker, "Hungary holds the EU presidency.", "2024-09-10") == "supported"


# --- a relation told in the past with no date of its own ----------------------------------------

@pytest.mark.parametrize("text", [
    "Sweden was not a NATO member.",
    "Sweden was not a NATO member until 2024.",
    "Sweden was a partner of NATO.",
    "Sweden had been a partner of NATO since 1994.",
    "Sweden was not in NATO.",
])
def test_undated_past_relation_is_not_checked_on_the_article_day(checker, text):
    assert outcome(checker, text, "2025-03-01") != "flagged"


@pytest.mark.parametrize("text, expected", [
    ("Sweden is not a NATO member.", "flagged"),  # the present speaks of the article's day
    ("Sweden was a member of NATO in 2020.", "flagged"),  # a past with its own date is checked there
    ("Sweden was not a member of NATO in 2020.", "supported"),
])
def test_present_or_dated_past_relation_is_still_checked(checker, text, expected):
    assert outcome(checker, text, "2025-03-01") == expected


def test_an_undated_became_is_still_read_as_the_state_entered(checker):
    # "became" tells a state entered and still held: read on the article's day, both ways
    assert outcome(checker, "Japan became a NATO partner.", "2024-03-01") == "supported"
    assert outcome(checker, "Japan became a NATO member.", "2024-03-01") == "flagged"


def test_past_moved_back_in_reported_speech_is_still_the_days(checker):
    assert outcome(checker, "Stoltenberg said Sweden was not a NATO member.", "2023-03-01") == "supported"
    assert outcome(checker, "Stoltenberg said Finland was not a NATO member.", "2023-07-01") == "flagged"


def test_apposition_before_a_change_of_relation_is_not_the_article_days(accord_annotator, checker):
    text = "Sweden and Finland, partners of NATO for decades, became members in 2024 and 2023 respectively."
    assert not any(s.property == "partner_of" for s in read(accord_annotator, text, "2024-05-10"))
    assert outcome(checker, text, "2024-05-10") == "supported"
    # twin: an apposition on a clause that changes nothing is still read on the article's day
    assert outcome(checker, "Sweden, a NATO partner, sent troops to Latvia in March.", "2024-05-10") == "flagged"


# --- examples after a noun of two organisations -------------------------------------------------

def test_examples_after_two_organisations_may_be_members_of_either(checker):
    assert outcome(checker, "EU and NATO members such as Austria and Poland voted for the resolution.",
                   "2024-05-10") != "flagged"
    # twin: one organisation, and Austria is not in NATO
    assert outcome(checker, "NATO members such as Austria and Poland voted for the resolution.", "2024-05-10") \
        == "flagged"


# --- dates that pair with subjects -------------------------------------------------------------

def _joined(annotator, text: str) -> dict[str, str]:
    return {s.subject: s.point_in_time.value for s in read(annotator, text, "2024-06-10")
            if s.property == "joined" and s.point_in_time}


@pytest.mark.parametrize("text", [
    "Finland and Sweden joined NATO in 2023 and 2024 respectively.",
    "Finland and Sweden joined NATO in 2023 and 2024.",
])
def test_a_list_of_dates_pairs_with_the_subjects_in_order(accord_annotator, checker, text):
    assert _joined(accord_annotator, text) == {"state:FIN": "2023", "state:SWE": "2024"}
    assert outcome(checker, text, "2024-06-10") == "supported"


def test_a_list_of_dates_in_the_wrong_order_is_flagged(checker):
    # twin: swapped, each accession gets the other's year
    assert outcome(checker, "Finland and Sweden joined NATO in 2024 and 2023 respectively.", "2024-06-10") == "flagged"


def test_dates_that_do_not_pair_up_are_unsure(checker):
    # three subjects, two dates: which is whose is not written
    assert outcome(checker, "Finland, Sweden and Norway joined NATO in 2023 and 2024.", "2024-06-10") != "flagged"


# --- "since" + a month is a past one ----------------------------------------------------------

def test_since_a_month_before_a_future_verb_is_the_past_month(checker):
    text = "Sweden, NATO's newest member since March, will take part in the alliance's exercises."
    assert outcome(checker, text, "2024-05-10") == "supported"
    # twin: Sweden joined in March 2024, not in January
    assert outcome(checker, text.replace("March", "January"), "2024-05-10") == "flagged"


# --- a list of places and a list of dates: several meetings ------------------------------------

def test_places_and_dates_in_lists_are_several_meetings(checker):
    assert outcome(checker, "NATO leaders met in Madrid and Vilnius in 2022 and 2023 respectively.",
                   "2024-01-10") != "flagged"
    assert outcome(checker, "The NATO summits in Madrid and Vilnius took place in 2022 and 2023.",
                   "2024-01-10") != "flagged"


def test_two_places_with_one_date_are_still_one_meeting(checker):
    # twin: one year, so one summit, and it was not in Madrid
    assert outcome(checker, "NATO leaders met in Madrid and Vilnius in 2023.", "2024-01-10") == "flagged"
    assert outcome(checker, "NATO leaders met in Vilnius in 2023.", "2024-01-10") == "supported"


# --- a past count placed by another event ------------------------------------------------------

def test_past_count_after_another_event_is_of_that_time(checker):
    assert outcome(checker, "After the 2004 enlargement, NATO had 26 members.", "2019-03-12") != "flagged"
    assert outcome(checker, "Following Croatia's accession, the EU had 28 members.", "2019-03-12") != "flagged"


def test_past_count_without_another_time_is_still_checked(checker):
    # twins: undated, the count is of the year before the article (29 allies then); dated, of its year
    assert outcome(checker, "NATO had 26 members.", "2019-03-12") == "flagged"
    assert outcome(checker, "NATO had 25 members in 2005.", "2019-03-12") == "flagged"
    assert outcome(checker, "NATO had 26 members in 2004.", "2019-03-12") == "supported"


# --- counts listed for several organisations; "then" on an apposition --------------------------

def _counts(annotator, text: str) -> dict[str, str]:
    return {s.subject: s.value for s in read(annotator, text, "2024-06-10") if s.property == "member_count"}


@pytest.mark.parametrize("text, expected", [
    ("The EU and NATO, which have 27 and 32 members respectively, share 23 members.", {"org:EU": "27", "org:NATO": "32"}),
    ("NATO and the EU have 32 and 27 members.", {"org:NATO": "32", "org:EU": "27"}),
    ("The G7 and the G20 have seven and 19 member countries respectively.", {"org:G7": "7", "org:G20": "19"}),
])
def test_listed_counts_pair_with_the_organisations(accord_annotator, checker, text, expected):
    assert _counts(accord_annotator, text) == expected
    assert not any(s.property == "member_of" for s in read(accord_annotator, text, "2024-06-10"))
    assert outcome(checker, text, "2024-06-10") == "supported"


def test_listed_counts_in_the_wrong_order_are_flagged(checker):
    # twin: swapped, NATO gets the EU's 27
    assert outcome(checker, "NATO and the EU have 27 and 32 members respectively.", "2024-06-10") == "flagged"


def test_then_on_an_apposition_is_not_the_article_day(checker):
    assert outcome(checker, "Britain, then an EU member, backed the sanctions in 2014.", "2023-01-10") != "flagged"
    # twin: without "then" the apposition speaks of the article's day, when Britain had left
    assert outcome(checker, "Britain, an EU member, backed the sanctions in 2014.", "2023-01-10") == "flagged"


# --- "outgoing" on the handover day ------------------------------------------------------------

def test_outgoing_holder_on_the_handover_day(checker):
    # Rutte took over on Tuesday 1 October 2024, Stoltenberg's last month was September
    text = "Outgoing NATO chief Jens Stoltenberg handed over to Mark Rutte on Tuesday."
    assert outcome(checker, text, "2024-10-02") == "supported"
    # twins: the successor is not the outgoing one; weeks later Stoltenberg is no longer outgoing
    assert outcome(checker, "Outgoing NATO chief Mark Rutte handed over to Jens Stoltenberg on Tuesday.",
                   "2024-10-02") == "flagged"
    assert outcome(checker, "Outgoing NATO chief Jens Stoltenberg said on Monday he was proud.", "2024-11-05") \
        == "flagged"


# --- a condition told by inversion -------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Should Ukraine join the EU, it would be the bloc's largest member by area.",
    "Had Finland joined NATO in 1995, Russia would have protested.",
])
def test_inverted_condition_is_hypothetical(checker, text):
    assert outcome(checker, text, "2024-05-10") != "flagged"


@pytest.mark.parametrize("text", [
    "Ukraine joined the EU, and it is the bloc's largest member by area.",
    "Finland joined NATO in 1995, and Russia protested.",
])
def test_the_same_clause_told_as_a_fact_is_still_checked(checker, text):
    assert outcome(checker, text, "2024-05-10") == "flagged"


# --- admitted "as" another role ----------------------------------------------------------------

def test_admitted_as_an_observer_is_no_accession(checker):
    assert outcome(checker, "ASEAN admitted Timor-Leste as an observer in 2022.", "2023-06-10") != "flagged"
    # twins: admitted with no role is an accession (Timor-Leste joined in 2025); "as its 32nd member" is one
    assert outcome(checker, "ASEAN admitted Timor-Leste in 2022.", "2023-06-10") == "flagged"
    assert outcome(checker, "NATO admitted Sweden as its 32nd member in 2023.", "2024-06-10") == "flagged"
