"""Fixtures of the claim tests."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def checker(accord_annotator):
    """bench/paraphrases.py's Checker on the bundled pipeline: `checker.findings(text, date)` checks
    one text as an article of that date, in a fresh in-memory store (a module may define its own)."""
    from bench.paraphrases import Checker

    return Checker(accord_annotator)
