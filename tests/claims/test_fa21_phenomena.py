"""The phenomena the fa21 probe (bench/probes/fa21: 40 correct articles of genres the earlier fa
sets had not used: live blogs, transcripts, corrections columns, fact checks of officials' wrong
statements, Q&A explainers, obituaries and profiles, namesakes, counterfactual opinion, sport,
local news; session 14) found, each with its boundary twin: the same shape made false, or
without the device, is still flagged.

- a corrections notice repeats the error it corrects, naming the paper's own piece as its sayer
  ("A graphic on Tuesday said Norway is a member of the EU."): not asserted there; the same
  report in an article with no correction cue is still read;
- a titled name that is all a quotation holds ('referred to "Vice President Trump"') is a form of
  words reported, not the writer's claim; the title outside quotation marks is read;
- a phrase of time after a name's comma ("President X, four days before the anniversary of
  Russia's invasion") is no apposition: its state is not the title's;
- a clause in the past hung on a dated verb ("Last August Zelensky visited air bases in the
  Netherlands, where the Dutch prime minister, Mark Rutte, promised the jets") is of that date;
- a change of size whose subject is the entry the sentence before told ("Their entry took the
  alliance to fourteen members"), or a participle of change after a dated act ("On 12 March 1999
  she received the instruments, bringing the alliance to 19 members"), is of that date;
- "joining" under "on", "about", "over" or "against" ("voted on joining the EU") is the matter at
  issue, not an accession; "after joining" still is one;
- a bare "joined" after another organisation than the article's was named ("BRICS took in Egypt
  in 2024, and Indonesia joined this month") is not given to the article's organisation.

Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.claims._pipeline import outcome


# -- corrections notices ---------------------------------------------------------------------------
def test_a_corrections_notice_repeats_the_error_it_corrects(checker):
    text = ("Correction: A map in Monday's edition said that Finland joined the European Union in 1998. "
            "Finland joined in 1995.")
    assert outcome(checker, text, "2023-05-02") != "flagged"
    text = "Corrections\n\nA table on Sunday said Austria is a member of NATO. Austria is neutral."
    assert outcome(checker, text, "2021-10-05") != "flagged"


def test_the_same_report_without_a_correction_is_read(checker):
    assert outcome(checker, "A graphic on Monday said that Finland joined the European Union in 1998.",
                   "2023-05-02") == "flagged"


# -- a name in quotation marks ---------------------------------------------------------------------
def test_a_quoted_slip_is_no_claim(checker):
    text = 'At a rally on Friday, the senator referred to "Vice President Trump" when he meant Kamala Harris.'
    assert outcome(checker, text, "2023-09-02") != "flagged"


def test_the_title_outside_quotation_marks_is_read(checker):
    text = "At a rally on Friday, the senator praised Vice President Donald Trump."
    assert outcome(checker, text, "2023-09-02") == "flagged"


# -- a phrase of time after a name -----------------------------------------------------------------
def test_a_time_phrase_after_a_name_gives_no_state(checker):
    for text in ("Scholz called President Emmanuel Macron, days before Russia's Victory Day parade.",
                 "Scholz called President Emmanuel Macron, a week after Russia's election.",
                 "Scholz called President Emmanuel Macron, ahead of Russia's parade."):
        assert outcome(checker, text, "2022-05-03") != "flagged", text


def test_an_apposition_still_gives_the_state(checker):
    text = "Scholz called Emmanuel Macron, the president of Russia, on Monday."
    assert outcome(checker, text, "2022-05-03") == "flagged"


# -- a clause under a dated verb -------------------------------------------------------------------
def test_a_past_clause_under_a_dated_verb_is_of_that_date(checker):
    text = ("In March 2021 Scholz visited Rome, where the Italian prime minister, Mario Draghi, "
            "hosted a dinner.")
    assert outcome(checker, text, "2025-09-05") != "flagged"


def test_a_past_clause_under_a_dated_verb_is_checked_on_that_date(checker):
    # Meloni took office in October 2022: in March 2022 she was not prime minister
    text = ("In March 2022 Scholz visited Rome, where the Italian prime minister, Giorgia Meloni, "
            "hosted a dinner.")
    assert outcome(checker, text, "2025-09-05") == "flagged"
    text = ("In November 2022 Scholz visited Rome, where the Italian prime minister, Giorgia Meloni, "
            "hosted a dinner.")
    assert outcome(checker, text, "2025-09-05") != "flagged"


# -- counts told of an entry or an act -------------------------------------------------------------
def test_a_count_made_by_the_entry_before_is_of_its_date(checker):
    text = "On 29 March 2004 seven countries joined NATO. Their accession brought the alliance to 26 members."
    assert outcome(checker, text, "2025-03-29") != "flagged"
    text = "On 29 March 2004 seven countries joined NATO. Their accession brought the alliance to 27 members."
    assert outcome(checker, text, "2025-03-29") == "flagged"


def test_a_count_made_by_a_dated_act_is_of_its_date(checker):
    text = "On 5 June 2017 the US State Department received Montenegro's instrument, taking NATO to 29 members."
    assert outcome(checker, text, "2025-06-01") != "flagged"
    text = "On 5 June 2017 the US State Department received Montenegro's instrument, taking NATO to 30 members."
    assert outcome(checker, text, "2025-06-01") == "flagged"


# -- joining voted on, or of another organisation --------------------------------------------------
def test_joining_voted_on_is_no_accession(checker):
    text = "In 1994 Norwegians voted on joining the European Union, and they said no."
    assert outcome(checker, text, "2024-11-28") != "flagged"
    text = "Swiss voters argued over joining the European Union in 1992."
    assert outcome(checker, text, "2021-12-06") != "flagged"


def test_joining_after_a_preposition_of_time_is_still_read(checker):
    assert outcome(checker, "After joining NATO in 2022, Sweden sent troops to Latvia.", "2024-11-28") == "flagged"


def test_a_bare_join_after_another_organisation_is_not_the_articles(checker):
    text = "Spain is a member of NATO. BRICS took in Egypt and Iran at the start of 2024, and Indonesia joined this month."
    assert outcome(checker, text, "2025-01-22") != "flagged"


def test_a_bare_join_after_the_articles_organisation_is_read(checker):
    text = "Spain is a member of NATO. The alliance took in Sweden last year, and Finland joined in 2022."
    assert outcome(checker, text, "2025-01-22") == "flagged"


# -- found by articles 41-45 (written after the fixes above) ---------------------------------------
def test_a_live_blogs_correction_of_an_earlier_post_is_not_asserted(checker):
    text = ("14:05 - Correction: in an earlier update we said Montenegro was NATO's 30th member. "
            "It became the 29th in June 2017.")
    assert outcome(checker, text, "2020-03-27") != "flagged"


def test_a_claim_in_an_earlier_update_without_the_word_earlier_is_read(checker):
    text = "14:05 - In this update we said Montenegro was NATO's 30th member."
    assert outcome(checker, text, "2020-03-27") == "flagged"


def test_a_notice_closing_with_errors_corrected_repeats_the_errors(checker):
    text = ("A chart on Friday said Cyprus is a member of NATO. Cyprus is a member of the EU only.\n\n"
            "These errors have been corrected online.")
    assert outcome(checker, text, "2022-05-09") != "flagged"


def test_as_the_nth_member_after_another_organisation_is_not_the_articles(checker):
    text = ("NATO leaders met in Vilnius. The EU has grown in steps. Croatia joined on 1 July 2013, "
            "as the 28th member state.")
    assert outcome(checker, text, "2023-07-12") != "flagged"


def test_a_count_under_an_inverted_condition_is_hypothetical(checker):
    text = "Had Norway joined in 1995, the European Union would then have had 16 members."
    assert outcome(checker, text, "2024-11-28") != "flagged"
    text = "Had Britain stayed, it would now be one of 28 members of the European Union."
    assert outcome(checker, text, "2021-01-31") != "flagged"


def test_a_count_without_the_condition_is_read(checker):
    assert outcome(checker, "The European Union now has 28 members.", "2021-01-31") == "flagged"


@pytest.mark.parametrize("text, expected", [
    ("Petr Fiala, who has led the government since November 2021, spoke in Prague.", "none"),
    ("Petr Fiala, who has been prime minister since October 2021, spoke in Prague.", "flagged"),
    ("Petr Fiala became Czech prime minister on 28 November 2021.", "none"),  # the gap's first day
    ("Petr Fiala became Czech prime minister on 27 November 2021.", "flagged"),  # the day before it
])
def test_a_prime_ministers_appointment_before_the_cabinets_is_not_contradicted(checker, text, expected):
    """The Czech list dates terms from the cabinet's appointment; the weeks between the president's
    appointment of the prime minister and the cabinet's are a declared gap (fa21-42)."""
    assert outcome(checker, text, "2024-05-02") == expected
