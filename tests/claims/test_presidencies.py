"""The EU's rotating presidency (claims/presidencies.py): read on sentences written for these
tests and checked against the rota in eu.yaml, at the change-over day."""

from __future__ import annotations

import pytest

from ._pipeline import read, verdicts

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, published, kind", [
    ("Sweden is the current president of the EU.", "2023-04-12", "supported"),
    ("Norway is the current president of the EU.", "2023-04-12", "contradicted_by_kb"),  # not a member
    ("Spain is the current president of the EU.", "2023-04-12", "contradicted_by_kb"),  # a member, not then
    ("Sweden holds the rotating presidency of the Council of the EU.", "2023-04-12", "supported"),
    ("France, which holds the EU presidency, called the meeting.", "2022-03-10", "supported"),
    # the change-over day: 1 July 2023 is Spain's first day and no longer Sweden's
    ("Spain took over the rotating presidency of the EU on 1 July 2023.", "2023-07-03", "supported"),
    ("Sweden took over the rotating presidency of the EU on 1 July 2023.", "2023-07-03", "contradicted_by_kb"),
    ("Sweden held the presidency of the EU on 30 June 2023.", "2023-07-03", "supported"),
])
def test_the_rota_settles_the_presidency(accord_annotator, text, published, kind):
    assert kind in verdicts(accord_annotator, text, published, "holds_presidency")


@pytest.mark.parametrize("text, published", [
    ("Sweden is the current president of the OSCE.", "2023-04-12"),  # a presidency the KB does not list
    ("Sweden is not the president of the EU.", "2023-09-12"),  # negated
    ("Ursula von der Leyen is the president of the European Commission.", "2023-04-12"),  # a person's office
    ("Norway held the presidency of the EU in 2030.", "2023-04-12"),  # outside the years listed
])
def test_no_presidency_flag_outside_the_rota(accord_annotator, text, published):
    assert "contradicted_by_kb" not in verdicts(accord_annotator, text, published, "holds_presidency")
