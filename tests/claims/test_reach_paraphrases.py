"""Reach: true claims of the kinds alliance news makes in passing (partnerships, attendance and
invitations, headquarters and summit places, memberships in passing, offices in passing), from a
paraphrase set written for these tests (data/reach_paraphrases.jsonl), each true sentence with a
one-edit corrupted twin.

Each text is checked alone as `accord check` checks an article (bench/paraphrases.py). The rates
asserted are those reached when the set was written; a regression in any construction lowers them.
Not read yet (left for later): "the alliance's headquarters" in a text that never names NATO,
"the Brussels-based alliance" (the linker does not link "alliance" after that modifier), "fellow member X", "partner countries such as X" with no organisation
named, "the alliance's chief, X,", and negated attendance ("did not attend") is not checked.

    python bench/paraphrases.py tests/claims/data/reach_paraphrases.jsonl -v
"""

from __future__ import annotations

from pathlib import Path

from tests.claims._paraphrase_set import ParaphraseSet


class TestReachParaphrases(ParaphraseSet):
    DATA = Path(__file__).parent / "data" / "reach_paraphrases.jsonl"
    SUPPORTED_TRUE = 42 / 53  # true sentences with a `supported` finding when the set was written (38 before)
    CAUGHT_TWINS = 28 / 53  # corrupted twins flagged (25 before)
    TWINS = 53
    EVERY_TRUE_HAS_A_TWIN = True
