"""Phenomena the corruption probe cr13a found (bench/probes/cr13a), each with both sides of its
boundary. Sentences written for these tests.

- a member count in a "when" clause hung on a date, or in a participle of change hung on a dated
  clause, is of that date, not of the article's day;
- an "as T" in the subject's relative clause is that clause's title, not the main verb's."""

from __future__ import annotations

from tests.claims._pipeline import outcome, read

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



# --- "a member since D" with no organisation written -------------------------------------------------

NATO_LEAD = "Finland and Sweden asked to join NATO on Wednesday. "


def test_bare_member_since_is_of_the_articles_organisation(checker):
    text = NATO_LEAD + "Greece, a member since 1952, said it would ratify quickly."
    assert outcome(checker, text, "2022-05-20") == "supported"


def test_bare_member_since_a_wrong_year_is_flagged(checker):
    text = NATO_LEAD + "Greece, a member since 1949, said it would ratify quickly."
    assert outcome(checker, text, "2022-05-20") == "flagged"


def test_bare_member_since_is_left_open_when_the_article_names_two_memberships(checker):
    # Greece has been in the EU since 1981: with the EU named, "a member since 1981" may be of either
    text = ("Finland and Sweden asked to join NATO on Wednesday, and the EU welcomed the step. "
            "Greece, a member since 1981, said it would ratify quickly.")
    assert outcome(checker, text, "2022-05-20") != "flagged"


def test_bare_candidate_since_is_of_the_articles_organisation(checker):
    lead = "EU leaders agreed to open accession talks with Moldova. "
    assert outcome(checker, lead + "Albania, a candidate since June 2014, is already negotiating.", "2023-12-15") == "supported"
    assert outcome(checker, lead + "Albania, a candidate since June 2017, is already negotiating.", "2023-12-15") == "flagged"


# --- a count in the subject of a dated decision, and in a clause of "this year" -----------------------


def test_count_of_allies_deciding_on_a_day_is_of_that_day_not_of_the_deadline(checker):
    text = "At their summit in Vilnius on 11-12 July, the 31 NATO allies agreed to spend at least 2% of GDP by 2024."
    assert outcome(checker, text, "2023-07-13") == "supported"
    # twin: 30 allies on 11 July 2023 (Finland had joined in April) is wrong, whatever the deadline
    assert outcome(checker, text.replace("the 31 NATO", "the 30 NATO"), "2023-07-13") == "flagged"


def test_count_naming_the_organisation_in_a_clause_of_this_year_is_of_the_article_day(checker):
    text = "Twenty-three of NATO's 32 members will meet the 2% guideline this year, the alliance said."
    assert outcome(checker, text, "2024-06-20") == "supported"
    # Sweden joined on 7 March 2024: in June 2024 "NATO's 31 members" is out of date
    assert outcome(checker, text.replace("32 members", "31 members"), "2024-06-20") == "flagged"


# --- how many allies meet 2%: "that level", "this year", "up from N in YEAR" ---------------------------

SUMMIT = "NATO leaders met in Vilnius. They agreed to spend at least 2% of GDP on defence every year. "


def test_allies_expected_to_reach_that_level_this_year_agree_with_natos_estimate(checker):
    text = SUMMIT + "Eleven of the 31 allies are expected to reach that level this year."
    assert outcome(checker, text, "2023-07-13") == "supported"


def test_allies_expected_to_reach_that_level_this_year_far_from_natos_estimate_are_flagged(checker):
    # NATO published 11 of 31 on 7 July 2023: 20, said on 13 July, is no revision
    text = SUMMIT + "Twenty of the 31 allies are expected to reach that level this year."
    assert outcome(checker, text, "2023-07-13") == "flagged"


def test_that_level_of_another_share_is_not_read_as_the_2_percent_guideline(checker):
    text = ("NATO leaders met in The Hague. They agreed to spend 3.5% of GDP on core defence by 2035. "
            "Twenty of the 32 allies are expected to reach that level this year.")
    assert outcome(checker, text, "2025-06-26") != "flagged"


def _meeting(annotator, text: str, date: str) -> set[tuple[str, str]]:
    return {(s.value, s.point_in_time.value[:4] if s.point_in_time else "-") for s in read(annotator, text, date)
            if s.property == "allies_meeting"}


def test_a_count_up_from_an_earlier_year_is_that_years_count(accord_annotator, checker):
    text = "NATO figures were published. Twenty-three allies meet the 2% guideline this year, up from three in 2014."
    # the main count is of 2024, not of the comparison's 2014; the comparison is a count of 2014
    assert _meeting(accord_annotator, text, "2024-06-20") == {("23", "2024"), ("3", "2014")}
    assert outcome(checker, text, "2024-06-20") == "supported"


def test_a_count_compared_with_an_undated_figure_makes_no_second_claim(accord_annotator):
    text = "NATO figures were published. Twenty-three allies meet the 2% guideline this year, up from three."
    assert _meeting(accord_annotator, text, "2024-06-20") == {("23", "2024")}


# --- "invited X to begin accession talks": NATO's invitation to join ---------------------------------


def test_invitation_to_begin_accession_talks_is_the_invitation_to_join(checker):
    text = "At the Bucharest summit in April 2008 NATO leaders invited Albania and Croatia to begin accession talks."
    assert outcome(checker, text, "2009-04-01") == "supported"


def test_invitation_to_begin_accession_talks_of_a_state_invited_another_year_is_flagged(checker):
    # Slovakia was invited at Prague in November 2002
    text = "In April 2008 NATO leaders invited Albania and Slovakia to begin accession talks."
    assert outcome(checker, text, "2009-04-01") == "flagged"


def test_invitation_to_begin_other_talks_is_no_invitation_to_join(accord_annotator):
    text = "In April 2008 NATO leaders invited Albania and Croatia to begin trade talks."
    assert not [s for s in read(accord_annotator, text, "2009-04-01") if s.property == "invited_to_join"]


# --- "the last of the allies to ratify was X" with no accession written ------------------------------

SWEDEN = "Sweden joined NATO on 7 March 2024, almost two years after it applied. "


def test_last_to_ratify_with_no_object_is_of_the_accession_just_told(checker):
    text = SWEDEN + "The last of the allies to ratify was Hungary, whose parliament voted in February."
    assert outcome(checker, text, "2024-03-08") == "supported"


def test_last_to_ratify_with_no_object_names_the_wrong_ally(checker):
    # Turkey ratified Sweden's accession in January 2024, before Hungary
    text = SWEDEN + "The last of the allies to ratify was Turkey, whose parliament voted in January."
    assert outcome(checker, text, "2024-03-08") == "flagged"


def test_first_to_ratify_it_takes_the_accession_just_told(checker):
    text = SWEDEN + "Its protocol was signed in July 2022, and Denmark was among the first to ratify it."
    assert outcome(checker, text, "2024-03-08") != "flagged"


def test_last_to_ratify_is_left_open_when_two_accessions_were_just_told(accord_annotator):
    text = ("Finland joined NATO in April 2023 and Sweden in March 2024. "
            "The last of the allies to ratify was Hungary.")
    assert not [s for s in read(accord_annotator, text, "2024-03-08") if s.property == "ratified_last"]


# --- a bare "applied" of a state, dated, in an article about an organisation ----------------------------

FINLAND = "Finland joined NATO on 4 April 2023. "


def test_bare_dated_application_of_a_state_is_to_the_articles_organisation(checker):
    assert outcome(checker, FINLAND + "Sweden, which applied together with Finland in May 2022, is still waiting.",
                   "2023-04-05") == "supported"


def test_bare_dated_application_on_a_wrong_date_is_flagged(checker):
    assert outcome(checker, FINLAND + "Sweden, which applied together with Finland in May 2021, is still waiting.",
                   "2023-04-05") == "flagged"


def test_applying_something_else_is_no_application(accord_annotator):
    for text in (FINLAND + "Sweden applied new sanctions in May 2022.", FINLAND + "Sweden applied for a loan in May 2022.",
                 FINLAND + "Sweden, which applied together with Finland, is still waiting."):
        assert not [s for s in read(accord_annotator, text, "2023-04-05") if s.property == "applied_to"], text


# --- a treaty signed in a relative clause of a place ----------------------------------------------------


def test_treaty_signed_in_a_relative_clause_of_a_place_is_read(checker):
    text = "The leaders met in Washington, the city in which the North Atlantic Treaty was signed on 4 April 1949."
    assert outcome(checker, text, "2024-07-10") == "supported"
    assert outcome(checker, text.replace("1949", "1950"), "2024-07-10") == "flagged"


# --- "the Nordic kingdom": a state told by its group and "kingdom" / "republic" -------------------------


def test_the_nordic_kingdom_stands_for_the_one_nordic_state_named_before(checker):
    text = "Ulf Kristersson signed Sweden's instrument of accession. The Nordic kingdom became NATO's 32nd member."
    assert outcome(checker, text, "2024-03-08") == "supported"
    assert outcome(checker, text.replace("32nd", "30th"), "2024-03-08") == "flagged"


def test_the_nordic_kingdom_is_left_open_when_two_nordic_states_were_named(accord_annotator):
    text = ("Denmark welcomed Sweden's instrument of accession. "
            "The Nordic kingdom became NATO's 30th member.")
    assert not [s for s in read(accord_annotator, text, "2024-03-08") if s.property == "member_rank"]


# --- "X, who led STATE as T (for N years)": the state led owns the title ---------------------------------


def test_title_of_a_led_state_is_that_states(checker):
    text = "Jens Stoltenberg, who led Norway as prime minister for almost ten years, took over NATO in 2014."
    assert outcome(checker, text, "2014-10-02") == "supported"


def test_title_of_a_led_state_the_person_never_held_is_flagged(checker):
    text = "Jens Stoltenberg, who led Denmark as prime minister for almost ten years, took over NATO in 2014."
    assert outcome(checker, text, "2014-10-02") == "flagged"


# --- "its bid" of the state that was the subject of the sentence before ----------------------------------


def test_its_bid_is_the_previous_subjects_ratified_when_it_was(checker):
    text = "Finland still waited for NATO. Turkey ratified its bid on 30 March 2023."
    assert outcome(checker, text, "2023-04-01") == "supported"


def test_its_bid_said_ratified_before_the_ratification_is_flagged(checker):
    text = "Sweden still waited for NATO. Turkey and Hungary have already ratified its bid."
    assert outcome(checker, text, "2023-04-04") == "flagged"


def test_its_bid_after_an_organisation_in_the_sentence_is_not_the_previous_subjects(accord_annotator):
    text = "Sweden still waited. NATO said Turkey and Hungary had ratified its bid."
    assert not [s for s in read(accord_annotator, text, "2023-04-04") if s.property == "ratified_accession"]


# --- "the accession protocol" / "ratify it" of the article's one acceding state ---------------------------

MONTENEGRO = ("Montenegro became the 29th member of NATO on Monday. Prime Minister Dusko Markovic was in "
              "Washington for the ceremony. Russia criticised the move. Opposition parties wanted a referendum. ")


def test_the_accession_protocol_is_the_articles_acceding_states(checker):
    assert outcome(checker, MONTENEGRO + "The allies signed the accession protocol in May 2016.", "2017-06-06") == "supported"
    assert outcome(checker, MONTENEGRO + "The allies signed the accession protocol in May 2015.", "2017-06-06") == "flagged"


def test_the_accession_protocol_is_left_open_when_two_acceding_states_are_named(accord_annotator):
    text = ("Albania and Croatia joined NATO in 2009; Montenegro followed in 2017. Opposition parties wanted a "
            "referendum. Russia criticised it. The economy grew. The allies signed the accession protocol in May 2016.")
    assert not [s for s in read(accord_annotator, text, "2017-06-06") if s.property == "accession_protocol"]


# --- one ally's share of GDP spent on defence ---------------------------------------------------------

ESTIMATES = "NATO published its spending estimates on Monday. "


def test_an_allys_share_agreeing_with_natos_estimate_is_supported(checker):
    assert outcome(checker, ESTIMATES + "Latvia spends an estimated 3.2% of GDP on defence this year.", "2024-06-19") == "supported"


def test_an_allys_share_far_from_natos_estimate_is_flagged(checker):
    assert outcome(checker, ESTIMATES + "Latvia spends an estimated 2.2% of GDP on defence this year.", "2024-06-19") == "flagged"


def test_an_allys_share_near_natos_estimate_is_not_flagged(checker):
    # 3.4% against NATO's 3.2%: a revision or another count of the same spending, not an error
    assert outcome(checker, ESTIMATES + "Latvia spends 3.4% of GDP on defence this year.", "2024-06-19") != "flagged"


def test_a_share_said_before_natos_estimate_is_not_flagged(checker):
    assert outcome(checker, "Latvia spends 2.2% of GDP on defence this year.", "2024-03-19") != "flagged"


def test_other_shares_bounds_and_plans_are_not_read(accord_annotator):
    for text in ("Latvia spends 0.2% of GDP on development aid.", "Latvia spends more than 2.2% of GDP on defence.",
                 "Latvia will spend 2.2% of GDP on defence this year.", "Latvia plans to spend 5% of GDP on defence."):
        assert not [s for s in read(accord_annotator, ESTIMATES + text, "2024-06-19") if s.property == "defence_share"], text


def test_bare_partner_since_is_not_read(accord_annotator):
    # a partnership's start is told by many events (a dialogue in 2005, a declaration in 2012)
    text = "NATO leaders met in Washington. Australia, a partner since 2005, sent its deputy prime minister."
    assert not [s for s in read(accord_annotator, text, "2024-07-11") if s.property == "partner_of"]


def test_ratify_it_of_another_text_is_no_accession(accord_annotator):
    # "it" is the agreement: Greece's ratification of it says nothing of the order of the accession's
    text = ("North Macedonia joined NATO on Friday. The Prespa Agreement was signed in June 2018, and "
            "Greece's parliament was the last to ratify it.")
    assert not [s for s in read(accord_annotator, text, "2020-03-28") if s.property in ("ratified_last", "ratified_first")]
