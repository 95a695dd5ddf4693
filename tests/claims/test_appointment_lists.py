"""A cabinet told as "person as title" pairs (claims/appointment_lists.py, cr13b), and a bare title
for a person whose offices are all of one state (terms._home_state). Sentences written for
these tests."""

from __future__ import annotations

import pytest

from tests.claims._pipeline import outcome, read

PAIRS = "Kishida named Yoko Kamikawa as foreign minister and Minoru Kihara as defence minister on 13 September 2023."
KEPT = "Starmer kept David Lammy as foreign secretary and John Healey as defence secretary in his reshuffle."


def _claims(annotator, text: str, date: str, prop: str) -> set[tuple[str, str]]:
    return {(s.subject, s.value) for s in read(annotator, text, date) if s.property == prop}


def test_each_pair_of_a_list_is_read(accord_annotator):
    found = _claims(accord_annotator, PAIRS, "2023-09-14", "appointed_to")
    assert {("person:yoko-kamikawa", "office:jpn-foreign-minister"),
            ("person:minoru-kihara", "office:jpn-defence-minister")} <= found


@pytest.mark.parametrize("text, date, right, wrong", [
    # Hayashi never held the defence post (Kishi, who had, might have been named again: not judged)
    (PAIRS, "2023-09-14", "Minoru Kihara as defence", "Yoshimasa Hayashi as defence"),
    (KEPT, "2025-03-03", "John Healey as defence", "Grant Shapps as defence"),
    (KEPT, "2025-03-03", "David Lammy as foreign", "James Cleverly as foreign"),
])
def test_later_pairs_both_sides(checker, text, date, right, wrong):
    assert outcome(checker, text, date) == "supported"
    assert outcome(checker, text.replace(right, wrong), date) == "flagged"


def test_kept_is_holding_on_the_clause_day(accord_annotator):
    found = _claims(accord_annotator, KEPT, "2025-03-03", "holds_office")
    assert ("person:john-healey", "office:gbr-defence-minister") in found or any(
        s == "person:john-healey" for s, _ in found)


def test_a_negated_list_is_not_read(accord_annotator):
    text = "Starmer did not keep David Lammy as foreign secretary and John Healey as defence secretary."
    assert not _claims(accord_annotator, text, "2025-03-03", "holds_office")


def test_bare_title_for_a_person_of_one_state(checker):
    assert outcome(checker, "Albanese named Penny Wong as foreign minister on 23 May 2022.", "2022-05-24") == "supported"
    # Marles's offices are all Australian: the bare title is Australia's, which he never held
    assert outcome(checker, "Albanese named Richard Marles as foreign minister on 23 May 2022.", "2022-05-24") == "flagged"


def test_bare_title_for_a_person_of_a_state_and_an_organisation_is_not_guessed(accord_annotator, checker):
    # Rutte held the Dutch premiership and NATO's top post: whose "defence minister"? Not guessed
    text = "The king named Mark Rutte as defence minister on Tuesday."
    assert not _claims(accord_annotator, text, "2024-12-03", "appointed_to")
    assert outcome(checker, text, "2024-12-03") != "flagged"


# --- a parliament confirms or approves (appointments.VERBS, handovers.CHOOSE_VERBS) ---------------

def test_confirmed_as_is_an_appointment(checker):
    text = "The Senate confirmed Lloyd Austin as defense secretary on Friday."
    assert outcome(checker, text, "2021-01-23") == "supported"
    assert outcome(checker, text.replace("Lloyd Austin", "Antony Blinken"), "2021-01-23") == "flagged"


def test_approved_as_replacing_is_a_handover(checker):
    text = "Japan's parliament approved Shigeru Ishiba as prime minister on 1 October 2024, replacing Fumio Kishida."
    assert outcome(checker, text, "2024-10-02") == "supported"
    assert outcome(checker, text.replace("Fumio Kishida", "Yoshihide Suga"), "2024-10-02") == "flagged"


def test_confirmed_that_is_no_appointment(accord_annotator):
    text = "The Senate confirmed that Lloyd Austin would serve as defense secretary."
    assert not _claims(accord_annotator, text, "2021-01-23", "appointed_to")


def test_bare_title_state_is_not_guessed_for_a_surname_after_an_honorific(checker):
    # "Mrs. Clinton", after Bill Clinton is named, is linked to him: no state is guessed from his offices
    text = ("Bill Clinton spoke in Dubai on Monday. In November 2008, weeks before Mrs. Clinton became "
            "secretary of state, Mr. Clinton published the names of his donors.")
    assert outcome(checker, text, "2016-05-02") != "flagged"
    # the full name: her own office, held then
    assert outcome(checker, "Hillary Clinton became secretary of state in January 2009.", "2016-05-02") == "supported"
