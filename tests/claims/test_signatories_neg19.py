"""The signatories of NATO's founding treaty, affirmed or denied (issue 12, neg19,
claims/signatories.py): a founding member signed the North Atlantic Treaty, its denial is
contradicted; another state's denial is supported, its signature contradicted only when dated to
1949 (undated it may tell an accession loosely); a date in another year, a plan, a question and
"not ... until" are not read. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from ._pipeline import verdicts

pytestmark = pytest.mark.model

ON = "2024-04-04"  # the 75th anniversary; Iceland and Portugal are founders, Spain joined in 1982


def _kinds(accord_annotator, text):
    return verdicts(accord_annotator, text, ON, "signed_founding_treaty")


@pytest.mark.parametrize("text, kinds", [
    ("Iceland signed the North Atlantic Treaty in 1949.", ["supported"]),
    ("Iceland did not sign the North Atlantic Treaty in 1949.", ["contradicted_by_kb"]),
    ("Iceland never signed the Washington Treaty.", ["contradicted_by_kb"]),
    ("Spain did not sign the North Atlantic Treaty in 1949.", ["supported"]),
    ("Spain signed the North Atlantic Treaty in April 1949.", ["contradicted_by_kb"]),
    ("Portugal and Iceland signed the Washington Treaty on 4 April 1949.", ["supported", "supported"]),
    ("The North Atlantic Treaty was signed by Spain in 1949.", ["contradicted_by_kb"]),
])
def test_a_signature_is_a_founding_membership(accord_annotator, text, kinds):
    assert _kinds(accord_annotator, text) == kinds


@pytest.mark.parametrize("text", [
    "Spain signed the North Atlantic Treaty.",             # an accession, told loosely
    "Spain signed the North Atlantic Treaty in 1982.",     # another year: not read
    "Spain did not sign the North Atlantic Treaty until 1982.",
    "Did Iceland sign the North Atlantic Treaty in 1949?",
    "Iceland will not sign the North Atlantic Treaty.",
    "Iceland did not sign the accession protocol of the North Atlantic Treaty in 1949.",
])
def test_other_readings_are_not_flagged(accord_annotator, text):
    assert "contradicted_by_kb" not in _kinds(accord_annotator, text)
