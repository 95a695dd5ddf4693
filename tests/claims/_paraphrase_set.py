"""The tests every paraphrase set of true sentences and their one-edit corrupted twins gets
(bench/paraphrases.py checks each text alone, as `accord check` checks an article). A set's test
module subclasses `ParaphraseSet` with its file and the rates reached when the set was written;
a regression in any construction lowers them."""

from __future__ import annotations

from pathlib import Path

import pytest


class ParaphraseSet:
    DATA: Path
    SUPPORTED_TRUE: float  # true sentences with a `supported` finding, at least
    CAUGHT_TWINS: float  # corrupted twins flagged, at least
    TWINS: int  # how many true sentences have a corrupted twin
    EVERY_TRUE_HAS_A_TWIN = False  # else some true sentences are traps, with no twin

    @classmethod
    def rows(cls) -> list[dict]:
        from bench.paraphrases import load

        return load(cls.DATA)

    def test_the_set_is_well_formed(self):
        data = self.rows()
        ids = [r["id"] for r in data]
        assert len(ids) == len(set(ids))
        twins, true = {r["id"][:-1] for r in data if not r["truth"]}, {r["id"] for r in data if r["truth"]}
        assert (twins == true) if self.EVERY_TRUE_HAS_A_TWIN else (twins <= true)
        assert len(twins) == self.TWINS
        assert all({"text", "date", "truth", "note"} <= set(r) for r in data)

    @pytest.fixture(scope="class")
    @classmethod
    def outcomes(cls, accord_annotator):
        from bench.paraphrases import Checker, outcome

        checker = Checker(accord_annotator)  # the shared annotator and its KB, not a second model
        return {r["id"]: (r["truth"], outcome(checker.findings(r["text"], r["date"]))) for r in cls.rows()}

    @pytest.mark.model
    def test_no_true_sentence_or_trap_is_flagged(self, outcomes):
        assert not [i for i, (truth, o) in outcomes.items() if truth and o == "flagged"]

    @pytest.mark.model
    def test_true_sentences_are_supported(self, outcomes):
        true = [o for truth, o in outcomes.values() if truth]
        assert sum(o == "supported" for o in true) / len(true) >= self.SUPPORTED_TRUE - 1e-9

    @pytest.mark.model
    def test_corrupted_twins_are_caught(self, outcomes):
        false = [o for truth, o in outcomes.values() if not truth]
        assert sum(o == "flagged" for o in false) / len(false) >= self.CAUGHT_TWINS - 1e-9
