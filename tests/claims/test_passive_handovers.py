"""A passive handover or invasion names the one done to as its subject and the doer after "by".
A passive handover names the predecessor as its subject and the successor after "by": "Y was
succeeded / replaced (as T) by X on D" is X's start and Y's end, never Y's start (it was read so:
a false alarm on Y's real start). claims/grammar.passive, agent_tokens, passive_subject_tokens;
claims/terms.people_of, predecessor_tokens. Sentences written for these tests: Jens Stoltenberg
handed NATO's top job to Mark Rutte on 1 October 2024; Jeremy Hunt followed Boris Johnson as
foreign secretary on 9 July 2018."""

from __future__ import annotations

import pytest

from tests.claims._pipeline import outcome, read


@pytest.mark.parametrize("text, date, expected", [
    ("Jens Stoltenberg was succeeded by Mark Rutte on 1 October 2024.", "2025-01-10", "supported"),
    ("Jens Stoltenberg was succeeded by Mark Rutte on 1 October 2023.", "2025-01-10", "flagged"),
    ("Boris Johnson was replaced as foreign secretary by Jeremy Hunt in July 2018.", "2019-01-10", "supported"),
    ("Boris Johnson was replaced as foreign secretary by Jeremy Hunt in July 2019.", "2020-01-10", "flagged"),
    ("Jens Stoltenberg, who was succeeded by Mark Rutte on 1 October 2024, returned to Oslo.", "2025-01-10",
     "supported"),
])
def test_a_passive_handover_is_read_with_its_roles_swapped(checker, text, date, expected):
    assert outcome(checker, text, date) == expected


def test_the_passive_subject_is_the_predecessor(accord_annotator):
    found = read(accord_annotator, "Boris Johnson was replaced as foreign secretary by Jeremy Hunt in July 2018.",
                 "2019-01-10")
    assert not [s for s in found if s.subject == "person:boris-johnson" and s.property == "took_office"]
    assert [s.property for s in found if s.subject == "person:jeremy-hunt"] == ["took_office"]


def test_a_passive_without_by_names_no_successor(checker):
    assert outcome(checker, "Boris Johnson was replaced as foreign secretary in July 2018.", "2019-01-10") != "flagged"


@pytest.mark.parametrize("text, expected", [
    ("Ukraine was invaded by Russia in February 2022.", "supported"),
    ("Ukraine was invaded by Russia in February 2021.", "flagged"),
    ("Ukraine, which was invaded by Russia in February 2022, applied to join the EU.", "supported"),
])
def test_a_passive_invasion_names_the_invader_after_by(checker, text, expected):
    # Russia's full-scale invasion of Ukraine began on 24 February 2022
    assert outcome(checker, text, "2025-01-10") == expected


def test_a_passive_invasion_without_by_names_no_invader(accord_annotator):
    found = read(accord_annotator, "Ukraine was invaded in February 2022.", "2025-01-10")
    assert not [s for s in found if s.property == "invaded"]
