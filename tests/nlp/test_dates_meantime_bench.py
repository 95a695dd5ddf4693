"""bench/eval_meantime_time.py reads MEANTIME's time expressions onto the rebuilt text and
prints its table."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from tests.conftest import missing

pytestmark = pytest.mark.shared

ROOT = Path(__file__).resolve().parents[2]


def _bench():
    sys.path.insert(0, str(ROOT / "bench"))
    spec = importlib.util.spec_from_file_location("eval_meantime_time",
                                                  ROOT / "bench" / "eval_meantime_time.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _data(shared_dir: Path) -> Path:
    data = shared_dir / "data" / "meantime"
    if not data.is_dir():
        missing(f"MEANTIME data missing: {data}")
    return data


def test_gold_expressions_sit_on_their_words(shared_dir):
    """Every gold span is inside the text, starts and ends on a word, and the creation time is
    the anchor; a value-free mention keeps an empty value rather than None."""
    gold = _bench().load_gold(_data(shared_dir))
    assert len(gold) == 60
    spans = 0
    for name, doc in gold.items():
        text = doc["text"]
        for t in doc["timexes"]:
            assert 0 <= t["start"] < t["end"] <= len(text), name
            assert text[t["start"]].strip() and text[t["end"] - 1].strip(), name
            assert isinstance(t["value"], str), name
            spans += 1
    assert spans > 150
    dated = [d for d in gold.values() if d["dct"]]
    assert dated and all(len(d["dct"]) >= 10 for d in dated)


def test_eval_meantime_time_prints_its_figures(shared_dir, capsys, tmp_path):
    errors = tmp_path / "errors.txt"
    code = _bench().main(["--data", str(_data(shared_dir)),
                          "--scorer", str(shared_dir / "eval" / "tempeval.py"),
                          "--errors", str(errors)])
    out = capsys.readouterr().out
    assert code == 0
    assert "60 documents" in out
    row = next(line.split() for line in out.splitlines() if line.startswith("accord "))
    value_accuracy = float(row[-3])
    assert value_accuracy >= 85.0  # 90.00 when written: a floor, not the figure
    assert errors.read_text(encoding="utf-8").startswith(("MISS", "FALSE", "SPAN", "VALUE"))
