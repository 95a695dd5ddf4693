"""Correct news paragraphs written for a false-alarm probe (issue 12; tests/claims/data/fa12p_probe.jsonl:
wire datelines, title-case headlines, gapped clauses, "former", "non-NATO member", lists after a
group noun, welcomes, predicate negation, true facts of 2017-2025): none may be flagged. And the two
phenomena the probe found, each with its boundary twin:
- a "former" title is said from the writer's day, not from the date of the clause it sits in;
- a relation noun in a subject ("Non-NATO members A and B", "A and B, both members of the EU,")
  names the other side of its own relation: its organisation is not a subject of the clause's.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.claims._pipeline import outcome, probe_rows, read

PROBE = probe_rows("fa12p_probe")


@pytest.mark.parametrize("row", PROBE, ids=[f"p{i + 1:02d}" for i in range(len(PROBE))])
def test_probe_paragraph_is_not_flagged(checker, row):
    assert row["expect"] == "no flag"
    assert outcome(checker, row["text"], row["date"]) != "flagged"


# --- "former": from the article's day -------------------------------------------------------------

FORMER_PAST = "Former British prime minister Boris Johnson said in March 2020 that the country would lock down."


def test_former_title_with_an_earlier_clause_date_is_judged_on_the_article_day(checker):
    # Johnson left office in September 2022: "former" is true in 2023, though he held it in March 2020
    assert outcome(checker, FORMER_PAST, "2023-03-10") == "supported"


def test_former_title_still_flagged_when_the_holder_is_in_office_on_the_article_day(checker):
    # twin: written in 2021, Johnson was prime minister then, so "former" is wrong
    assert outcome(checker, FORMER_PAST, "2021-03-10") == "flagged"


def test_former_title_before_a_future_clause_is_judged_on_the_article_day(checker):
    text = "Former Dutch prime minister Mark Rutte will take over as NATO secretary general in October."
    assert outcome(checker, text, "2024-07-10") == "supported"  # Rutte left on 2 July 2024
    assert outcome(checker, text, "2024-05-10") == "flagged"  # still prime minister in May 2024


# --- a relation noun in the subject --------------------------------------------------------------

def _members(annotator, text: str, date: str = "2024-07-10") -> set[tuple[str, str, str]]:
    return {(s.subject, s.value, s.polarity) for s in read(annotator, text, date)
            if s.property in ("member_of", "partner_of")}


def test_org_in_an_apposition_of_relation_nouns_is_not_a_subject(accord_annotator, checker):
    text = "Denmark and Poland, both members of the European Union, are also NATO allies."
    found = _members(accord_annotator, text)
    assert ("state:DNK", "org:NATO", "affirmed") in found and ("state:POL", "org:NATO", "affirmed") in found
    assert not any(s == "org:EU" for s, _, _ in found)
    assert outcome(checker, text, "2024-07-10") == "supported"


def test_org_written_as_a_subject_is_still_read(checker):
    # twin: the organisation is itself a subject (no relation noun carries it): still checked
    assert outcome(checker, "Belgium and the European Union are NATO allies.", "2024-07-10") == "flagged"
    assert outcome(checker, "The European Union is a member of NATO.", "2024-07-10") == "flagged"


def test_non_member_noun_before_the_names_is_not_a_subject(accord_annotator, checker):
    text = "Non-NATO members Malta and Cyprus are members of the European Union."
    found = _members(accord_annotator, text)
    assert {("state:MLT", "org:EU", "affirmed"), ("state:CYP", "org:EU", "affirmed")} <= found
    assert not any(s == "org:NATO" for s, _, _ in found)
    assert outcome(checker, text, "2024-07-10") == "supported"


def test_subject_states_and_organisation_named_together_keep_the_organisation(accord_annotator):
    # twin: "Austria and NATO are partners": NATO, written as a subject, is the relation's other side
    assert ("state:AUT", "org:NATO", "affirmed") in _members(accord_annotator, "Austria and NATO are partners.")


def test_org_after_all_members_in_an_apposition_is_not_a_subject(accord_annotator):
    found = _members(accord_annotator, "Latvia, Greece and Portugal, all members of the European Union, "
                                       "are also members of NATO.")
    assert {("state:LVA", "org:NATO", "affirmed"), ("state:PRT", "org:NATO", "affirmed")} <= found
    assert ("org:EU", "org:NATO", "affirmed") not in found
