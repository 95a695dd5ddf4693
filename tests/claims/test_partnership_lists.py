"""The partners of a partnership are its members (claims/lists.py, `_as_member`): "the AUKUS
partners - A, B and C -" lists AUKUS's members; NATO's partners stay partners."""

from __future__ import annotations

import pytest

from ._pipeline import read, verdicts

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, kind", [
    ("The AUKUS partners - Australia, Britain and the United States - announced the deal.", "supported"),
    ("The AUKUS partners - Australia, Canada and the United States - announced the deal.", "contradicted_by_kb"),
    ("The Quad partners - the United States, Japan, India and Australia - met in Tokyo.", "supported"),
    ("The Quad partners - the United States, Japan, Canada and Australia - met in Tokyo.", "contradicted_by_kb"),
])
def test_a_partnerships_partners_are_its_members(accord_annotator, text, kind):
    assert kind in verdicts(accord_annotator, text, "2023-07-12", "member_of")


def test_an_alliances_partners_stay_partners(accord_annotator):
    found = read(accord_annotator, "NATO partners - Japan, Australia, New Zealand and South Korea - met in Vilnius.",
                 "2023-07-12")
    assert {(s.subject, s.property) for s in found if s.value == "org:NATO"} >= {
        ("state:JPN", "partner_of"), ("state:AUS", "partner_of")}
    assert not [s for s in found if s.value == "org:NATO" and s.property == "member_of"]
