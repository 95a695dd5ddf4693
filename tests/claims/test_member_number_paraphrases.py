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

import pytest

DATA = Path(__file__).parent / "data" / "member_number_paraphrases.jsonl"
SUPPORTED_TRUE = 32 / 40
CAUGHT_TWINS = 31 / 31


def rows() -> list[dict]:
    from bench.paraphrases import load

    return load(DATA)


def test_the_set_is_well_formed():
    data = rows()
    ids = [r["id"] for r in data]
    assert len(ids) == len(set(ids))
    twins = {r["id"][:-1] for r in data if not r["truth"]}
    assert twins <= {r["id"] for r in data if r["truth"]} and len(twins) == 31
    assert all({"text", "date", "truth", "note"} <= set(r) for r in data)


@pytest.fixture(scope="module")
def outcomes(accord_annotator):
    from bench.paraphrases import Checker, outcome

    checker = Checker(accord_annotator)
    return {r["id"]: (r["truth"], outcome(checker.findings(r["text"], r["date"]))) for r in rows()}


@pytest.mark.model
def test_no_true_sentence_or_trap_is_flagged(outcomes):
    assert not [i for i, (truth, o) in outcomes.items() if truth and o == "flagged"]


@pytest.mark.model
def test_true_sentences_are_supported(outcomes):
    true = [o for truth, o in outcomes.values() if truth]
    assert sum(o == "supported" for o in true) / len(true) >= SUPPORTED_TRUE - 1e-9


@pytest.mark.model
def test_corrupted_twins_are_caught(outcomes):
    false = [o for truth, o in outcomes.values() if not truth]
    assert sum(o == "flagged" for o in false) / len(false) >= CAUGHT_TWINS - 1e-9
