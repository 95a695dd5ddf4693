"""Statuses the KB settles, denied or affirmed (issue 12, neg19): a state that stays / remains
"out of" an organisation is not a member of it (claims/relations.py, as "outside"), checked on
the article's day both ways; "is out of" (a quarrel's, a tournament's) and a past with another
time ("stayed out of NATO for decades") are not read. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from ._pipeline import verdicts

pytestmark = pytest.mark.model

# Finland joined NATO on 2023-04-04 (src/accord/kb/data/nato.yaml); Ireland is no member.


@pytest.mark.parametrize("text, date, kind", [
    ("Ireland stays out of NATO.", "2024-06-01", "supported"),
    ("Finland remains out of NATO, unlike Norway.", "2022-03-01", "supported"),
    ("Finland remains out of NATO, unlike Norway.", "2023-09-01", "contradicted_by_kb"),
    ("Finland has stayed out of NATO.", "2023-04-03", "supported"),       # the day before the accession
    ("Finland has stayed out of NATO.", "2023-04-05", "contradicted_by_kb"),
    ("Finland does not stay out of NATO.", "2023-09-01", "supported"),
])
def test_out_of_an_organisation_is_no_membership(accord_annotator, text, date, kind):
    assert verdicts(accord_annotator, text, date, "member_of") == [kind]


@pytest.mark.parametrize("text", [
    "Finland is out of NATO's summit talks.",
    "Finland stayed out of NATO for decades.",
    "Finland stayed out of NATO during the Cold War.",
    "Finland stayed out of NATO's exercise in Norway.",
    "If Finland stays out of NATO, it will lose influence.",
])
def test_other_times_and_other_things_are_not_flagged(accord_annotator, text):
    assert "contradicted_by_kb" not in verdicts(accord_annotator, text, "2024-06-01", "member_of")


@pytest.mark.parametrize("date", ["2022-01-01", "2024-06-01"])
def test_whether_or_not_denies_nothing(accord_annotator, date):
    from ._pipeline import read

    text = "Whether or not Finland is a member of NATO, it will help Ukraine."
    found = [s for s in read(accord_annotator, text, date) if s.property == "member_of"]
    assert found and all(s.polarity == "affirmed" for s in found)
    assert "contradicted_by_kb" not in verdicts(accord_annotator, text, date, "member_of")
