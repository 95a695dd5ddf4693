"""Read a sentence through accord's whole pipeline with the bundled KB, and verify what it says:
the helpers of the treaty and enlargement tests (sentences written for them)."""

from __future__ import annotations

from pathlib import Path

from accord.reconcile.verify import verify

DATA = Path(__file__).parent / "data"


def read(annotator, text: str, published: str):
    doc = annotator.nlp.make_doc(text)
    doc._.document_date = published
    return list(annotator.nlp(doc)._.statements or [])


def verdicts(annotator, text: str, published: str, prop: str) -> list[str]:
    """The kinds of the findings on the statements of one property."""
    found = read(annotator, text, published)
    for i, st in enumerate(found):
        st.id = f"s{i}"  # (ids are given when statements are stored)
    ids = {s.id for s in found if s.property == prop}
    return sorted(f.kind for f in verify(found, {"": published, "d": published}, annotator.kb) if f.statement_id in ids)


def outcome(checker, text: str, date: str) -> str:
    """bench/paraphrases.py's verdict ("supported", "flagged", ...) on one text checked as an
    article of `date` by the `checker` fixture."""
    from bench.paraphrases import outcome as judged

    return judged(checker.findings(text, date))


def probe_rows(name: str) -> list[dict]:
    """The rows of a false-alarm probe, tests/claims/data/NAME.jsonl (one JSON object a line)."""
    import json

    text = (DATA / f"{name}.jsonl").read_text(encoding="utf-8")
    return [json.loads(line) for line in text.splitlines() if line.strip()]
