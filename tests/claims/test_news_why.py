"""`bench/news.py --why`: the bucket of a missed corruption, from the findings on its edited
sentence (`why_missed`, `on_edit`). Findings written for these tests, in the report's JSON shape;
the scorer's helpers are stood in for by the same rules news.py states (an error kind, a
signature of kind/claim/explanation, text compared without spaces)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from bench.news import on_edit, why_missed

ERROR_WORDS = ("contradict", "conflict", "anomal", "inconsisten", "misspel")
SCORER = SimpleNamespace(
    is_error=lambda x: any(w in str(x.get("kind")).lower() for w in ERROR_WORDS),
    signature=lambda x: (x.get("kind"), x.get("claim"), x.get("explanation")),
    squash=lambda t: "".join(str(t).split()).lower(),
)
SENTENCE = "Finland and Austria joined NATO in April 2023."
FIND, REPLACE = "Finland and Sweden joined", "Finland and Austria joined"


def finding(kind: str, claim_words: str, sentence: str = SENTENCE) -> dict:
    return {"kind": kind, "claim": claim_words, "explanation": "x", "sentence": sentence,
            "highlight": {"claim": claim_words}}


@pytest.mark.parametrize("dirty, expected", [
    ([finding("contradicted_by_kb", "Austria joined NATO")], None),          # caught
    ([], "not read"),
    ([finding("supported", "Finland joined NATO in April 2023", "Another sentence.")], "not read"),
    ([finding("supported", "Finland joined NATO in April 2023")], "edit not read"),
    ([finding("new", "Austria joined NATO")], "unsettled"),
    ([finding("unverifiable", "Austria joined NATO")], "unsettled"),
    ([finding("supported", "Austria joined NATO")], "passed"),
])
def test_the_bucket_of_a_corruption(dirty, expected):
    assert why_missed(SCORER, [], dirty, FIND, REPLACE) == expected


def test_an_error_already_flagged_in_the_clean_article_is_no_hit():
    old = finding("contradicted_by_kb", "Austria joined NATO")
    assert why_missed(SCORER, [old], [old], FIND, REPLACE) == "flagged before"


def test_a_claim_holds_the_edit_only_with_a_word_the_edit_changed():
    # "Finland" and "joined" are in both: only "Austria" is the edit's
    assert on_edit(finding("supported", "Finland joined NATO"), FIND, REPLACE) is False
    assert on_edit(finding("supported", "Austria, a partner"), FIND, REPLACE) is True
    # an edit that only drops words: every word of the replacement counts
    assert on_edit(finding("supported", "joined NATO"), "Finland and Sweden joined", "Finland joined") is True
