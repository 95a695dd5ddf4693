"""Golden test: the NLP core's entities, links, anomalies and offices on the two seed articles.

tests/golden/seeds_nlp.json holds the reviewed expected output (offsets and short spans only; the
articles are read from ../shared at test time). When a change alters it on purpose, regenerate
with `PYTHONPATH=src python -m tests.nlp.test_seeds_golden --write`, review the diff, commit.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

GOLDEN = Path(__file__).resolve().parent.parent / "golden" / "seeds_nlp.json"
MENTION_FIELDS = ("start", "end", "text", "label", "entity")


def seed_output(path: Path, annotator) -> dict:
    """What the golden file records for one seed, as the ingest pipeline would annotate it."""
    from accord.ingest import prepare, read_inputs

    (raw,) = list(read_inputs([str(path)]))
    document = prepare(raw)
    found = annotator.annotate(document)
    return {
        "published": document.published,
        "mentions": [{k: getattr(a, k) for k in MENTION_FIELDS} for a in found if a.layer == "mention"],
        "anomalies": [{"start": a.start, "end": a.end, "text": a.text, "suggestion": a.data["suggestion"]}
                      for a in found if a.layer == "anomaly"],
        "offices": [{"start": a.start, "end": a.end, **{k: a.data[k] for k in ("person", "office", "office_title",
                                                                               "organisation", "on")}}
                    for a in found if a.layer == "office"],
    }


@pytest.fixture(scope="module")
def annotator():
    pytest.importorskip("spacy")
    from accord.nlp.annotate import Annotator

    return Annotator()


@pytest.mark.shared
@pytest.mark.model
@pytest.mark.parametrize("seed", ["000", "004"])
@pytest.mark.parametrize("part", ["anomalies", "offices", "mentions"])
def test_seed_matches_golden(seeds, annotator, seed, part):
    expected = json.loads(GOLDEN.read_text())[seed][part]
    got = seed_output(seeds[seed], annotator)[part]
    for i, (want, have) in enumerate(zip(expected, got)):
        for key in want:
            assert have.get(key) == want[key], f"seed {seed} {part}[{i}] field {key!r}: {have.get(key)!r} != {want[key]!r} ({want})"
    assert len(got) == len(expected), f"seed {seed}: {len(got)} {part}, golden has {len(expected)}"


@pytest.mark.shared
def test_golden_has_the_cases_the_issue_names():
    golden = json.loads(GOLDEN.read_text())
    assert {(a["text"], a["suggestion"]) for s in golden.values() for a in s["anomalies"]} == {
        ("NAITO", "org:NATO"), ("Solvenia", "state:SVN")}
    people = {o["person"] for s in golden.values() for o in s["offices"]}
    assert {"person:chris-hipkins", "person:nanaia-mahuta", "person:piers-cazalet", "person:jens-stoltenberg",
            "person:robert-patman", "person:benedetta-berti"} <= people


def write(shared: Path) -> None:
    from accord.nlp.annotate import Annotator

    annotator = Annotator()
    seeds = {p.name[:3]: p for p in sorted((shared / "seeds").glob("*.txt"))}
    out = {name: seed_output(path, annotator) for name, path in seeds.items()}
    GOLDEN.parent.mkdir(exist_ok=True)
    GOLDEN.write_text(json.dumps(out, indent=1, ensure_ascii=False) + "\n")


if __name__ == "__main__" and "--write" in sys.argv:
    write(Path(__file__).resolve().parents[3] / "shared")
