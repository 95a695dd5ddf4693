"""The corruption probe cr13a (issue 12; bench/probes/cr13a, articles written for it on summits,
defence spending and enlargement 2017-2026): every clean article is not flagged. The phenomena
the probe found are tested with their own sentences in test_cr13a_phenomena.py."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.claims._pipeline import outcome

ARTICLES = Path(__file__).resolve().parents[2] / "bench" / "probes" / "cr13a" / "articles"
FILES = sorted(ARTICLES.glob("*.txt"))


def _article(path: Path) -> tuple[str, str]:
    head, _, body = path.read_text(encoding="utf-8").partition("\n\n")
    return head.splitlines()[0].split()[1], body


def test_the_probe_set_is_there():
    assert len(FILES) >= 14


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_clean_probe_article_is_not_flagged(checker, path):
    date, body = _article(path)
    assert outcome(checker, body, date) != "flagged"
