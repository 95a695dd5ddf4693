"""Members, lists and numbers (issue 12, mem12): a paraphrase set written for these tests
(data/member_number_paraphrases.jsonl): lists of the members of many groupings (the Quad, AUKUS,
Five Eyes, the IP4, the G7, the Baltic states, the Nordic countries, the Visegrad Group, the
Mediterranean Dialogue) in many constructions ("an informal grouping of", "the Baltic states of",
"A, B and C, the three Baltic states", dashes, brackets, "made up of", "fellow G7 members"), the
last ally to ratify an accession, counts ("the 27-nation bloc", "bringing the number of allies
to 32", "swelled NATO's ranks to 31", "Only 11 of NATO's 31 members ... last year"), ordinals
("NATO's 30th member state"), anniversaries, years ago and spending pledges; each true sentence
with a one-edit corrupted twin, and traps (non-members listed as such, a first to act that is no
accession, an old count with its own year, a tally of allies meeting a goal).

Each text is checked alone as `accord check` checks an article (bench/paraphrases.py). Before
this work (7851d1f): 23/40 true supported, 3 flagged, 23/31 twins caught; the rates asserted
are those reached with it.

    python bench/paraphrases.py tests/claims/data/member_number_paraphrases.jsonl -v
"""

from __future__ import annotations

from pathlib import Path

from tests.claims._paraphrase_set import ParaphraseSet


class TestMemberNumberParaphrases(ParaphraseSet):
    DATA = Path(__file__).parent / "data" / "member_number_paraphrases.jsonl"
    SUPPORTED_TRUE = 32 / 40
    CAUGHT_TWINS = 31 / 31
    TWINS = 31
