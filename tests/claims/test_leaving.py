"""Leaving an organisation, the antonym of joining (claims/actions.py `left`): a leaving the KB
records is checked for its day, a member that never left is contradicted, a denial of a recorded
leaving is contradicted; plans, threats, calls and other objects are not read. Sentences written
for these tests."""

from __future__ import annotations

import pytest

from ._pipeline import read, verdicts

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, published, kind", [
    ("The United Kingdom left the EU on 31 January 2020.", "2020-02-03", "supported"),
    ("Britain finally withdrew from the European Union on Friday.", "2020-02-03", "supported"),
    ("Britain has left the EU, and talks on trade begin next month.", "2020-02-10", "supported"),
    ("The United Kingdom did not leave the EU on 31 January 2020.", "2020-02-03", "contradicted_by_kb"),
    ("Britain left the European Union on 31 January 2019.", "2020-02-03", "contradicted_by_kb"),
    ("Britain has left the European Union.", "2019-06-03", "contradicted_by_kb"),  # before it had
    ("Sweden left NATO on Thursday.", "2024-03-08", "contradicted_by_kb"),          # it joined that day
    ("Norway has left NATO, the post claimed.", "2023-07-13", "contradicted_by_kb"),
    ("Hungary withdrew from the European Union in 2022.", "2023-07-13", "contradicted_by_kb"),
    ("Norway did not leave NATO.", "2023-07-13", "new"),  # true; the KB lists no leaving to deny
])
def test_leaving_and_its_denials(accord_annotator, text, published, kind):
    assert verdicts(accord_annotator, text, published, "left") == [kind]


@pytest.mark.parametrize("text", [
    "France left NATO's integrated military command in 1966.",   # a body of NATO, not NATO
    "The US delegation left NATO headquarters on Tuesday.",       # not the state, not the organisation
    "The United States should leave NATO, the senator said.",     # a call
    "Trump threatened that the United States would leave NATO.",  # a threat
    "Britain voted to leave the European Union in June 2016.",    # a vote to leave
    "If the United States left NATO, Europe would suffer.",       # a hypothesis
    "Finland left its neutrality behind when it joined NATO.",    # another object
])
def test_no_leaving_read(accord_annotator, text):
    assert not [s for s in read(accord_annotator, text, "2023-07-13") if s.property == "left"]


@pytest.mark.parametrize("text", [
    "Armenia left the CSTO, its prime minister suggested.",  # participation frozen: the KB notes it
    "New Zealand left ANZUS in 1986.",                       # suspended by the US: the KB notes it
])
def test_a_membership_the_kb_qualifies_is_not_contradicted(accord_annotator, text):
    assert "contradicted_by_kb" not in verdicts(accord_annotator, text, "2024-09-01", "left")
