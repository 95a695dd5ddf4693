"""bench/eval_tempeval.py runs on a few TempEval-3 documents and prints its table."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import pytest

from accord.nlp.extract.dates import time_expressions
from tests.conftest import missing

pytestmark = pytest.mark.shared

ROOT = Path(__file__).resolve().parents[2]


def _bench():
    spec = importlib.util.spec_from_file_location("eval_tempeval", ROOT / "bench" / "eval_tempeval.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_eval_tempeval_prints_figures_for_three_documents(shared_dir, capsys, tmp_path):
    data = shared_dir / "data" / "tempeval3" / "Training" / "TBAQ-cleaned"
    if not data.is_dir():
        missing(f"TempEval-3 data missing: {data}")
    errors = tmp_path / "errors.txt"
    code = _bench().main(["--data", str(data), "--scorer", str(shared_dir / "eval" / "tempeval.py"),
                          "--limit", "3", "--errors", str(errors)])
    out = capsys.readouterr().out
    assert code == 0
    assert "3 documents" in out
    rows = {line.split()[0]: line.split()[1:] for line in out.splitlines()
            if line.startswith(("accord ", "dateparser "))}
    assert set(rows) == {"accord", "dateparser"}
    for name, cells in rows.items():
        assert cells[0] == "3", name  # documents
        figures = [float(c) for c in cells[3:10]]
        assert all(0.0 <= f <= 100.0 for f in figures), (name, figures)
    assert float(rows["accord"][6]) > 50.0  # relaxed F1: the extractor finds most expressions
    assert re.search(r"^(MISS|FALSE|VALUE) ", errors.read_text(), re.M) or errors.read_text() == "\n"


class _OverlapScorer:
    """The scorer's `match` as the bench uses it: gold and predicted pairs that overlap."""

    @staticmethod
    def match(gold, pred):
        return [(g, p) for g in gold for p in pred if p["start"] < g["end"] and g["start"] < p["end"]]


def test_by_kind_counts_pairs_right_values_and_false_alarms_per_rule():
    text = "He left on Tuesday and came back in 2001 for two weeks."
    gold = {"d": {"text": text, "timexes": [
        {"start": text.index("Tuesday"), "end": text.index("Tuesday") + 7, "value": "2023-04-11"},
        {"start": text.index("two"), "end": text.index("weeks") + 5, "value": "P3W"},
    ]}}
    preds = {"d": [{"start": t.start, "end": t.end, "type": t.type, "value": t.value}
                   for t in time_expressions(text, "2023-04-11")]}
    rows = {line.split()[0]: [int(c) for c in line.split()[1:]]
            for line in _bench().by_kind(gold, preds, _OverlapScorer).splitlines()[1:]}
    assert rows["weekday"] == [1, 1, 0]   # paired, its value right
    assert rows["duration"] == [1, 0, 0]  # paired, P2W is not the gold P3W
    assert rows["year"] == [0, 0, 1]      # "2001" has no gold: a false alarm
