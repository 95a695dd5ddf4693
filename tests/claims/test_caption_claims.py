"""Claims in photo captions that end with their credit are read and checked like the body's; the
caption never takes a quotation from its speaker. Sentences written for these tests."""

from __future__ import annotations

import pytest

from accord.ingest.prepare import clean_text
from accord.reconcile.verify import verify

from ._pipeline import read

pytestmark = pytest.mark.model


def _kinds(annotator, raw: str, published: str) -> set[str]:
    text = clean_text(raw)[0]
    found = read(annotator, text, published)
    for i, st in enumerate(found):
        st.id = f"s{i}"
    return {f.kind for f in verify(found, {"": published, "d": published}, annotator.kb)}


@pytest.mark.parametrize("caption, published, flagged", [
    ("NATO leaders pose for a family photo at the summit in Vilnius, Lithuania, on July 11, 2023. (AP Photo/Jo Roe)", "2023-07-12", False),
    ("NATO leaders pose for a family photo at the summit in Riga, Lithuania, on July 11, 2023. (AP Photo/Jo Roe)", "2023-07-12", True),
    ("Fumio Kishida arrives for the NATO summit in Madrid, Spain, on June 29, 2022. (Kyodo Photo/Jo Roe)", "2022-06-30", False),
    ("Fumio Kishida arrives for the NATO summit in Lisbon, Spain, on June 29, 2022. (Kyodo Photo/Jo Roe)", "2022-06-30", True),
    ("Delegates wait outside the conference hall in Oslo before the talks on Monday. (Photo: Example Wire)", "2024-05-02", False),
])
def test_a_caption_claim_is_checked(accord_annotator, caption, published, flagged):
    kinds = _kinds(accord_annotator, "Allies met this week.\n\n" + caption, published)
    assert ("contradicted_by_kb" in kinds) is flagged


def test_a_caption_between_said_that_and_the_quotation_does_not_take_it(accord_annotator):
    raw = ("Canadian Defence Minister Anita Anand said that the allies had reached a deal.\n\n"
           "Soldiers unload equipment at a base near Constanța, Romania, on Monday. (AP Photo/Jo Roe)\n\n"
           "“We agreed on the plan tonight, and every ally will now carry its share of the burden.\n\n"
           "“It was a long night, but the result is worth it,” she added.")
    text = clean_text(raw)[0]
    assert text.endswith("Soldiers unload equipment at a base near Constanța, Romania, on Monday.")
    quotes = [q for q in accord_annotator.nlp(text)._.quotes if q.text.startswith("We agreed")]
    assert quotes and all(q.data["speaker_text"] == "Anita Anand" for q in quotes)
