"""A passive "were joined" is joined to each other, never an accession to the organisation the
article is about (found on PolNeAR train --dated: "Ethiopia and Eritrea, now enemies, were once
joined" in an article naming the UN was read as both joining it). An active "which joined in
YEAR" still takes the article's organisation. Sentences written for these tests."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model

NATO = "Croatia is a member of NATO. "
UN = "Eritrea is a member of the United Nations. "


def _outcome(checker, text):
    from bench.paraphrases import outcome

    return outcome(checker.findings(text, "2016-09-03"))


@pytest.mark.parametrize("text", [
    UN + "Ethiopia and Eritrea, now ferocious enemies, were once joined.",
    UN + "Ethiopia and Eritrea were joined in a federation in 1952.",
    NATO + "Croatia and Slovenia were joined as one state for decades.",
    NATO + "Serbia and Montenegro were joined until 2006.",
    UN + "Sudan and South Sudan were joined before 2011.",
    NATO + "Czechia and Slovakia were joined until 1993.",
])
def test_a_passive_join_is_no_accession(checker, text):
    assert _outcome(checker, text) != "flagged"


@pytest.mark.parametrize("text", [
    NATO + "Croatia, which joined in 2010, sent troops.",
    NATO + "Croatia joined in 2004.",
])
def test_an_active_join_still_takes_the_article_s_organisation(checker, text):
    assert _outcome(checker, text) == "flagged"
