"""Attendance told in many ways, and denied by a "not" or by an antonym ("skipped", "stayed away
from", "was absent from"; "did not miss" takes the denial back). A denial of an attendance the KB
records is contradicted; a denial the KB has no record against is `new` (its lists of attendees
are not complete); "missed the start of the summit" says nothing of attending it. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from ._pipeline import read, verdicts

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, published, kind", [
    # affirmed, in other words than "attended"
    ("Fumio Kishida took part in the NATO summit in Madrid.", "2022-06-30", "supported"),
    ("Fumio Kishida participated in the Madrid summit.", "2022-06-30", "supported"),
    ("The Madrid summit was attended by Fumio Kishida.", "2022-06-30", "supported"),
    ("Chris Hipkins will attend the NATO summit in Vilnius.", "2023-07-10", "supported"),
    ("Fumio Kishida did not miss the NATO summit in Madrid.", "2022-06-30", "supported"),
    # denied: each is contradicted by the KB's record of the attendance
    ("Fumio Kishida did not participate in the Madrid summit.", "2022-06-30", "contradicted_by_kb"),
    ("Chris Hipkins did not take part in the NATO summit in Vilnius.", "2023-07-13", "contradicted_by_kb"),
    ("Anthony Albanese skipped the NATO summit in Vilnius.", "2023-07-13", "contradicted_by_kb"),
    ("Yoon Suk Yeol stayed away from the Vilnius summit, aides said.", "2023-07-13", "contradicted_by_kb"),
    ("Christopher Luxon was absent from the Washington summit.", "2024-07-12", "contradicted_by_kb"),
    ("Jacinda Ardern, who did not attend the Madrid summit, spoke by video.", "2022-06-30", "contradicted_by_kb"),
    ("Anthony Albanese will not attend the NATO summit in Vilnius.", "2023-07-10", "contradicted_by_kb"),
    # denied, and the KB has no record against it: not flagged
    ("Rishi Sunak skipped the Madrid summit.", "2022-06-30", "new"),
    # the allies' leaders the KB records at a summit (issue 12, sum12)
    ("Justin Trudeau skipped the Madrid summit.", "2022-06-30", "contradicted_by_kb"),
    ("Anthony Albanese will skip the NATO summit in The Hague.", "2025-06-20", "unverifiable"),  # a plan
])
def test_attendance_and_its_denials(accord_annotator, text, published, kind):
    people = [s for s in read(accord_annotator, text, published) if s.property == "attended" and s.subject.startswith("person:")]
    assert len(people) == 1
    found = [k for k in verdicts(accord_annotator, text, published, "attended")]
    assert kind in found and (kind == "contradicted_by_kb") == ("contradicted_by_kb" in found)


@pytest.mark.parametrize("text", [
    "Fumio Kishida missed the start of the Madrid summit.",    # the object is the start, not the summit
    "Fumio Kishida said he missed the food at the Madrid summit.",
])
def test_no_attendance_where_the_summit_is_not_what_was_missed(accord_annotator, text):
    assert not [s for s in read(accord_annotator, text, "2022-06-30") if s.property == "attended"]


@pytest.mark.parametrize("text, published, polarity, kind", [
    # a "not" on a schedule denies the act under it
    ("Chris Hipkins is not set to attend the NATO summit in Vilnius.", "2023-07-10", "negated", "contradicted_by_kb"),
    ("Chris Hipkins is set to attend the NATO summit in Vilnius.", "2023-07-10", "affirmed", "supported"),
    ("Fumio Kishida is not scheduled to take part in the Madrid summit.", "2022-06-27", "negated", "contradicted_by_kb"),
    ("Fumio Kishida is not going to attend the Madrid summit.", "2022-06-27", "negated", "contradicted_by_kb"),
    ("Fumio Kishida did not manage to attend the Madrid summit.", "2022-07-01", "negated", "contradicted_by_kb"),
    # a "not" on an expectation does not deny it (the expected may come true all the same), nor
    # does the sentence assert it: never confirmed (grammar.denied_head)
    ("Fumio Kishida was not expected to attend the Madrid summit.", "2022-07-01", "affirmed", "unverifiable"),
    ("Fumio Kishida was expected to attend the Madrid summit.", "2022-07-01", "affirmed", "supported"),
])
def test_a_not_on_the_governing_verb(accord_annotator, text, published, polarity, kind):
    [st] = [s for s in read(accord_annotator, text, published) if s.property == "attended" and s.subject.startswith("person:")]
    assert st.polarity == polarity
    assert kind in verdicts(accord_annotator, text, published, "attended")


@pytest.mark.parametrize("text, published, kind", [
    # a state attended when the KB has one of its office holders there
    ("Japan attended the NATO summit in Madrid.", "2022-07-01", "supported"),
    ("South Korea took part in the Vilnius summit for the second year running.", "2023-07-13", "supported"),
    ("Australia participated in the Washington summit.", "2024-07-12", "supported"),  # by its defence minister
    # denied: contradicted only when its leader was there
    ("Japan did not attend the NATO summit in Madrid.", "2022-07-01", "contradicted_by_kb"),
    ("New Zealand boycotted the Washington summit.", "2024-07-12", "contradicted_by_kb"),
    ("Australia skipped the Washington summit.", "2024-07-12", "new"),  # its leader did; a minister went
    ("China did not attend the NATO summit in Madrid.", "2022-07-01", "new"),
])
def test_a_states_attendance(accord_annotator, text, published, kind):
    found = [s for s in read(accord_annotator, text, published) if s.property == "attended"]
    assert [s.subject[:6] for s in found] == ["state:"]
    assert verdicts(accord_annotator, text, published, "attended") == [kind]


@pytest.mark.parametrize("text", [
    "Australia's prime minister skipped the Washington summit.",
    "The prime minister of Australia did not attend the Washington summit.",
    "Australian Prime Minister Anthony Albanese skipped the Washington summit.",
])
def test_a_leaders_absence_is_no_states(accord_annotator, text):
    found = [s for s in read(accord_annotator, text, "2024-07-12") if s.property == "attended"]
    assert not [s for s in found if s.subject.startswith("state:")]
