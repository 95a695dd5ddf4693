"""NATO's Strategic Concept adopted (claims/strategic_concepts.py, kb strategic_concepts.yaml):
the ways news tells the adoption, its date, and one-word denials. Sentences written for these
tests."""

from __future__ import annotations

import pytest

from ._pipeline import read, verdicts

pytestmark = pytest.mark.model
PROP = "adopted_strategic_concept"


@pytest.mark.parametrize("text, published, kind", [
    # told in many ways: supported
    ("Allied leaders adopted a new Strategic Concept in Madrid on Wednesday.", "2022-07-01", "supported"),
    ("At the summit the heads of government are due to unveil NATO's new Strategic Concept.", "2022-06-28", "supported"),
    ("The new strategic concept was approved by the 30 allies on 29 June 2022.", "2022-07-05", "supported"),
    ("The 2010 Strategic Concept, adopted in Lisbon, called Russia a partner.", "2022-07-01", "supported"),
    ("NATO's previous Strategic Concept was published in 2010.", "2021-06-14", "supported"),
    ("In April 1999 the allies endorsed a Strategic Concept at their Washington summit.", "2019-04-04", "supported"),
    # one-word denials and shifted dates: contradicted
    ("Allied leaders are not set to publish NATO's new Strategic Concept this week.", "2022-06-27", "contradicted_by_kb"),
    ("Allied leaders did not adopt a new Strategic Concept in Madrid on Wednesday.", "2022-07-01", "contradicted_by_kb"),
    ("NATO's previous Strategic Concept was published in 2012.", "2021-06-14", "contradicted_by_kb"),
    ("The 2014 Strategic Concept, adopted in Wales, called Russia a partner.", "2022-07-01", "contradicted_by_kb"),
    # true denials and far-off plans: never flagged
    ("NATO did not adopt a Strategic Concept in 2014.", "2022-07-01", "new"),
    ("Allies agreed to update the Strategic Concept by next year's summit.", "2021-06-15", "unverifiable"),
    ("NATO adopted a new Strategic Concept on Thursday.", "2022-07-01", "new"),  # the summit's next day: not sure
])
def test_strategic_concept_adoptions(accord_annotator, text, published, kind):
    assert verdicts(accord_annotator, text, published, PROP) == [kind]


@pytest.mark.parametrize("text", [
    "NATO's Strategic Concept calls Russia the most significant and direct threat.",  # what it says, not its adoption
    "The last Strategic Concept was adopted, officials recalled.",                    # an old one, undated
    "Japan adopted a new national security strategy in December 2022.",               # another document
])
def test_no_adoption_read(accord_annotator, text):
    assert not [s for s in read(accord_annotator, text, "2022-07-01") if s.property == PROP]
