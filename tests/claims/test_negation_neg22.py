"""Negated claims across claim families (issue 12, neg22): a denial of hosting an event told as a
fact before the event (true that day, though the noun was linked to the event by the denied host
itself), "did not host ... until" (a time, no denial), and a membership said of a subject "it"
(the state that is the whole subject of the clause it hangs on, or of the sentence before).
Each true sentence is supported or left alone, its one-edit twin contradicted. Sentences written
for these tests.
"""

from __future__ import annotations

import pytest

from ._pipeline import outcome, verdicts

pytestmark = pytest.mark.model

# The 2023 Vilnius summit: 2023-07-11 to 2023-07-12 (src/accord/kb/data); Madrid: 2022-06-28 to 30.


# -- hosting denied ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Lithuania has never hosted a NATO summit.",
    "Lithuania has not hosted a NATO summit before.",
    "Vilnius has never hosted a NATO summit.",
])
def test_a_denied_hosting_before_the_event_is_not_contradicted(accord_annotator, text):
    assert "contradicted_by_kb" not in verdicts(accord_annotator, text, "2023-05-01", "located_in")


def test_the_day_before_the_event_it_is_still_true(accord_annotator):
    text = "Lithuania has never hosted a NATO summit."
    assert "contradicted_by_kb" not in verdicts(accord_annotator, text, "2023-07-10", "located_in")


def test_from_the_events_first_day_the_denial_is_contradicted(accord_annotator):
    text = "Lithuania has never hosted a NATO summit."
    assert verdicts(accord_annotator, text, "2023-07-11", "located_in") == ["contradicted_by_kb"]
    assert verdicts(accord_annotator, text, "2023-08-01", "located_in") == ["contradicted_by_kb"]


def test_a_hosting_denied_after_the_event_is_contradicted(accord_annotator):
    assert verdicts(accord_annotator, "Spain has never hosted a NATO summit.", "2023-06-01",
                    "located_in") == ["contradicted_by_kb"]


def test_a_plan_not_to_host_is_contradicted_before_the_event(accord_annotator):
    text = "Lithuania will not host the next NATO summit in Vilnius."
    assert "contradicted_by_kb" in verdicts(accord_annotator, text, "2022-06-01", "located_in")


def test_the_affirmed_plan_is_supported(accord_annotator):
    text = "Lithuania will host the next NATO summit in Vilnius."
    assert "supported" in verdicts(accord_annotator, text, "2022-06-01", "located_in")


def test_not_until_dates_the_hosting(checker):
    assert outcome(checker, "Lithuania did not host a NATO summit until 2023.", "2024-05-01") != "flagged"


# -- a membership said of "it" ----------------------------------------------------------------------

MALTA = "Malta, an island state south of Sicily, adopted the euro in 2008. "


def test_it_opening_a_sentence_is_the_state_before(accord_annotator):
    assert verdicts(accord_annotator, MALTA + "It is not a member of NATO.", "2017-01-01",
                    "member_of") == ["supported"]
    assert verdicts(accord_annotator, MALTA + "It is a member of NATO.", "2017-01-01",
                    "member_of") == ["contradicted_by_kb"]


def test_it_opening_a_sentence_parsed_under_a_colon(accord_annotator):
    text = MALTA + "It is a member of NATO: its constitution calls it neutral."
    assert verdicts(accord_annotator, text, "2017-01-01", "member_of") == ["contradicted_by_kb"]


@pytest.mark.parametrize("text, kind", [
    ("Montenegro uses the euro although it is not a member of the euro zone.", "supported"),
    ("Montenegro uses the euro, but it is not a member of the euro zone.", "supported"),
    ("Montenegro uses the euro, and it is a member of the euro zone.", "contradicted_by_kb"),
])
def test_it_in_a_clause_is_the_subject_of_the_clause_it_hangs_on(accord_annotator, text, kind):
    assert verdicts(accord_annotator, text, "2022-04-28", "member_of") == [kind]


@pytest.mark.parametrize("text", [
    "NATO met in Brussels. It is a member of the euro zone.",  # an organisation before
    "Finland and Sweden applied. It is a member of NATO.",  # two states
    "Finland's bid was welcomed. It is a member of NATO.",  # a state that only owns the subject
    "Because it is a member of NATO, Finland is exposed.",  # the state after the pronoun
    "The talks went on, and Sweden said it is a member of NATO.",  # reported: not read
])
def test_it_with_no_one_state_before_is_not_read(checker, text):
    assert outcome(checker, text, "2022-04-28") != "flagged"


# -- "did not join until T": joined at T --------------------------------------------------------------
# Romania joined NATO on 2004-03-29, Sweden on 2024-03-07, Croatia the euro area on 2023-01-01.

@pytest.mark.parametrize("text", [
    "Romania did not join NATO until 2004.",
    "Romania, which did not join NATO until 2004, borders Ukraine.",
    "Sweden did not join NATO until March 2024.",
    "Sweden did not become a member of NATO until 2024.",
    "Croatia did not join the euro area until 2023.",
])
def test_not_until_the_year_of_the_accession_is_supported(accord_annotator, text):
    assert verdicts(accord_annotator, text, "2024-06-01", "joined") == ["supported"]


@pytest.mark.parametrize("text", [
    "Romania did not join NATO until 2005.",
    "Romania did not join NATO until 2003.",
    "Sweden did not join NATO until February 2024.",
    "Sweden did not become a member of NATO until 2023.",
])
def test_not_until_another_time_is_contradicted(accord_annotator, text):
    assert verdicts(accord_annotator, text, "2024-06-01", "joined") == ["contradicted_by_kb"]


@pytest.mark.parametrize("text", [
    "Sweden did not join NATO before 2024.",  # joined then or later, or never
    "Sweden did not join NATO until Turkey and Hungary had ratified its bid.",  # a clause, no time
    "Sweden did not become a member of NATO before 2024.",
])
def test_not_before_or_until_a_clause_is_never_contradicted(accord_annotator, text):
    assert "contradicted_by_kb" not in verdicts(accord_annotator, text, "2024-06-01", "joined")


@pytest.mark.parametrize("text", [
    "Poland did not fail to join NATO in 1999.",  # a double negative affirms
    "Poland has not only joined NATO but also the EU.",  # not a negation
    "Not least among the allies, Poland is a member of NATO.",
])
def test_non_negations_are_read_affirmed(checker, text):
    assert outcome(checker, text, "2023-06-01") == "supported"


# -- attendance denied as a fact before the event ----------------------------------------------------
# Kishida attended the Madrid summit (2022-06-28 to 30); the travel is settled PLAN_SETTLED_DAYS (7)
# days before the event.

@pytest.mark.parametrize("text", [
    "Fumio Kishida is not attending the NATO summit in Madrid.",
    "Fumio Kishida has not attended the NATO summit in Madrid.",
])
def test_a_denied_attendance_weeks_before_the_event_is_unverifiable(accord_annotator, text):
    assert verdicts(accord_annotator, text, "2022-06-10", "attended") == ["unverifiable"]
    assert verdicts(accord_annotator, text, "2022-06-20", "attended") == ["unverifiable"]


def test_in_the_last_week_before_the_event_it_is_contradicted(accord_annotator):
    text = "Fumio Kishida is not attending the NATO summit in Madrid."
    assert verdicts(accord_annotator, text, "2022-06-21", "attended") == ["contradicted_by_kb"]


def test_after_the_event_a_denied_attendance_is_contradicted(accord_annotator):
    text = "Fumio Kishida did not attend the NATO summit in Madrid."
    assert verdicts(accord_annotator, text, "2022-07-02", "attended") == ["contradicted_by_kb"]


def test_the_affirmed_attendance_is_supported(accord_annotator):
    text = "Fumio Kishida is attending the NATO summit in Madrid."
    assert verdicts(accord_annotator, text, "2022-06-10", "attended") == ["supported"]


@pytest.mark.parametrize("text", [
    "Whether or not Finland is a member of NATO, it will spend 2% of its GDP on defence.",
    "Is Finland not a member of NATO?",
    "It is not true that Finland is not a member of NATO.",
])
def test_unasserted_denials_are_never_flagged(checker, text):
    assert outcome(checker, text, "2023-06-01") != "flagged"
