"""bench/eval_tempeval.py runs on a few TempEval-3 documents and prints its table."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import pytest

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
