"""The phenomena the cr13b probe found (issue 12; bench/probes/cr13b: news articles on officials
and offices written for the probe; that none of its clean articles is flagged is
test_probe_sets.py's), each with its boundary twin:
- a holder's rank before a title ("Ukraine's sixth president", "Australia's 30th prime
  minister") is no title word: the title and its state are still read;
- a handover whose predecessor left before another full holder served ("Kishida, succeeding Abe",
  when Suga held the office between) is contradicted; an acting holder may stand between;
- "He replaces Y" / "She succeeds Y": the pronoun is the one person who is the whole subject of
  the sentence before.
Sentences written for these tests (not the probe's)."""

from __future__ import annotations

import pytest

from accord.nlp.extract.titles import ordinal
from tests.claims._pipeline import outcome

# --- a rank before the title ----------------------------------------------------------------------

def test_ordinal_before_a_title_keeps_the_title_and_its_state(checker):
    assert outcome(checker, "Petro Poroshenko was sworn in as Ukraine's fifth president on 7 June 2014.",
                   "2014-06-08") == "supported"


def test_ordinal_before_a_title_date_twin_is_flagged(checker):
    assert outcome(checker, "Petro Poroshenko was sworn in as Ukraine's fifth president on 7 June 2015.",
                   "2015-06-08") == "flagged"


def test_digit_ordinal_before_a_title(checker):
    text = "Anthony Albanese was sworn in as Australia's 31st prime minister on 23 May 2022."
    assert outcome(checker, text, "2022-05-24") == "supported"
    assert outcome(checker, text.replace("Anthony Albanese", "Peter Dutton"), "2022-05-24") == "flagged"


def test_first_of_a_title_of_its_own_is_no_rank(accord_annotator):
    doc = accord_annotator.nlp("The First Deputy Prime Minister met Ukraine's first president and the 42nd envoy.")
    ranks = [t.text for t in doc if ordinal(doc, t)]
    assert ranks == ["first", "42nd"]


# --- a full holder between the predecessor and the successor -------------------------------------

def test_handover_with_the_holder_just_before_is_supported(checker):
    text = "Shigeru Ishiba took office as Japanese prime minister on 1 October 2024, succeeding Fumio Kishida."
    assert outcome(checker, text, "2024-10-02") == "supported"


def test_handover_skipping_a_full_holder_is_flagged(checker):
    # Suga left on 2021-10-04; Kishida held the office until Ishiba's first day
    text = "Shigeru Ishiba took office as Japanese prime minister on 1 October 2024, succeeding Yoshihide Suga."
    assert outcome(checker, text, "2024-10-02") == "flagged"


def test_handover_across_an_acting_holder_is_supported(checker):
    # Boris Ruge acted as deputy secretary general between Geoana and Sekerinska
    text = "Radmila Sekerinska took office as NATO Deputy Secretary General in December 2024, replacing Mircea Geoana."
    assert outcome(checker, text, "2024-12-05") == "supported"


# --- a pronoun subject of the handover -----------------------------------------------------------

def test_pronoun_handover_reads_the_subject_before(checker):
    text = "Keir Starmer became Britain's prime minister on Friday after a landslide. He replaces Rishi Sunak."
    assert outcome(checker, text, "2024-07-05") == "supported"
    assert outcome(checker, text.replace("Rishi Sunak", "Boris Johnson"), "2024-07-05") == "flagged"


def test_pronoun_handover_after_two_subjects_is_not_read(checker):
    # "He" could be either man: nothing is checked, nothing flagged
    text = ("Keir Starmer and David Lammy arrived in Downing Street on Friday after a landslide. "
            "He replaces Boris Johnson.")
    assert outcome(checker, text, "2024-07-05") != "flagged"


# --- an untitled handover between two people who shared two offices -----------------------------

def test_untitled_handover_takes_the_office_the_successor_began_then(checker):
    # Johnson and Truss both held the foreign office and the premiership: September 2022 is the latter
    text = "Liz Truss, a former trade secretary, succeeded Boris Johnson in September 2022."
    assert outcome(checker, text, "2023-01-10") == "supported"
    assert outcome(checker, text.replace("Boris Johnson", "David Cameron"), "2023-01-10") == "flagged"


def test_untitled_handover_between_two_offices_undated_is_not_read(accord_annotator):
    from tests.claims._pipeline import read

    found = read(accord_annotator, "Liz Truss, a former trade secretary, succeeded Boris Johnson.", "2023-01-10")
    assert not [s for s in found if s.property == "handed_over"]


# --- a title in the subject's own relative clause is not the verb's ------------------------------

def test_relative_clause_title_is_not_the_main_verbs(checker):
    # "who served as defense minister" is Iwaya's old post; the verb's title is "foreign minister"
    text = "Takeshi Iwaya, who served as defense minister in 2018, replaced Yoko Kamikawa as foreign minister on Tuesday."
    assert outcome(checker, text, "2024-10-02") == "supported"
    assert outcome(checker, text.replace("Yoko Kamikawa", "Yoshimasa Hayashi"), "2024-10-02") == "flagged"


def test_relative_clause_title_leaves_an_untitled_handover(checker):
    text = "Shigeru Ishiba, who served as defense minister in 2007, replaced Fumio Kishida on Tuesday."
    assert outcome(checker, text, "2024-10-02") == "supported"
    assert outcome(checker, text.replace("Fumio Kishida", "Yoshihide Suga"), "2024-10-02") == "flagged"


# --- a wire dateline is no subject ----------------------------------------------------------------

@pytest.mark.parametrize("dateline", ["TOKYO, Oct. 1 (Kyodo) -- ", "WELLINGTON (AP) - ", "CANBERRA, Australia - "])
def test_dateline_city_is_not_the_subject_of_the_lead(checker, dateline):
    text = dateline + "Shigeru Ishiba was sworn in as Japan's 102nd prime minister on Tuesday."
    assert outcome(checker, text, "2024-10-01") == "supported"
    assert outcome(checker, text.replace("102nd", "101st"), "2024-10-01") == "flagged"


def test_an_upper_case_subject_without_a_dash_is_still_the_subject(accord_annotator):
    from accord.nlp.extract.claims.grammar import in_dateline

    doc = accord_annotator.nlp("NATO, the alliance of 32 states, met in Washington.")
    assert not any(in_dateline(t) for t in doc)
