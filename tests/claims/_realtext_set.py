"""The tests every real-text set gets (bench/realtext.py: passages of ../shared/data named by
place, with one-word corruptions). A set's test module subclasses `RealTextSet` with its file and
the counts reached on its `tune` passages when the set was last measured; the `check` passages
are measured (bench/realtext.py --split check) and only held to no false alarm. The tests skip
with a clear reason when ../shared is not beside the checkout (the passages are not in the repo)."""

from __future__ import annotations

from pathlib import Path

import pytest


class RealTextSet:
    DATA: Path
    SUPPORTED_TUNE: int  # true tune passages with a `supported` finding, at least
    CAUGHT_TUNE: int  # corrupted twins of tune passages flagged, at least

    @pytest.fixture(scope="class")
    @classmethod
    def resolved(cls, shared_dir):
        from bench.realtext import load, resolve

        return [resolve(r, shared_dir / "data") for r in load([cls.DATA])]

    def test_every_passage_resolves_and_ids_are_unique(self, resolved):
        ids = [r["id"] for r in resolved]
        assert ids and len(ids) == len(set(ids))

    @pytest.fixture(scope="class")
    @classmethod
    def outcomes(cls, resolved, accord_annotator):
        from bench.paraphrases import Checker, outcome

        checker = Checker(accord_annotator)
        return [(r["split"], r["truth"], outcome(checker.findings(r["text"], r["date"])),
                 [outcome(checker.findings(t, r["date"])) for _, t in r["twins"]]) for r in resolved]

    @pytest.mark.model
    def test_no_true_passage_is_flagged(self, outcomes):
        assert not [o for o in outcomes if o[1] and o[2] == "flagged"]

    @pytest.mark.model
    def test_tune_passages_are_supported(self, outcomes):
        assert sum(1 for s, t, o, _ in outcomes if s == "tune" and t and o == "supported") >= self.SUPPORTED_TUNE

    @pytest.mark.model
    def test_tune_corruptions_are_caught(self, outcomes):
        assert sum(x == "flagged" for s, _, _, twins in outcomes if s == "tune" for x in twins) >= self.CAUGHT_TUNE
