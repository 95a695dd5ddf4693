"""How a claim family reads sentences written in many constructions: a paraphrase set of true
sentences, each with a one-edit corrupted twin, checked one by one as `accord check` checks an
article (`factcheck.check_paths` on a file that opens with the `date YYYY-MM-DD` line, a fresh
in-memory store each time).

A data file is JSON Lines, one sentence a line: {"text", "date", "truth": true|false, "note"}.
Reported: true sentences supported / flagged (a false alarm) / neither (not read); false
sentences flagged / not. A finding is an error when its kind says contradiction, conflict,
anomaly, inconsistency or misspelling (as ../shared/eval/news.py counts them).

    python bench/paraphrases.py tests/claims/data/summit_paraphrases.jsonl [-v]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

ERROR_WORDS = ("contradict", "conflict", "anomal", "inconsisten", "misspel")


def load(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


class Checker:
    """One KB and one pipeline for all the sentences: `annotator` (an `accord.nlp.annotate.
    Annotator`, e.g. the test session's) or a new one."""

    def __init__(self, annotator=None):
        if annotator is None:
            from accord.kb import load as load_kb
            from accord.nlp.annotate import Annotator

            annotator = Annotator(kb=load_kb())
        self.kb, self.annotator = annotator.kb, annotator
        self.work = tempfile.mkdtemp(prefix="accord-paraphrases-")

    def findings(self, text: str, date: str) -> list[dict]:
        from accord.factcheck import check_paths
        from accord.store import open_store

        folder = Path(tempfile.mkdtemp(dir=self.work))
        path = folder / "article.txt"
        path.write_text(f"date {date}\nurl: https://example.org/paraphrase\n\n{text}\n", encoding="utf-8")
        store = open_store(None)
        try:
            report = check_paths([str(path)], store, self.kb, self.annotator)
        finally:
            store.close()
        return list(report_findings(json.loads(json.dumps(report, default=str))))


def report_findings(node):
    """Every finding object in a report, wherever it is nested (the shape `accord check --format
    json` prints, read as ../shared/eval/news.py reads it: an object with a kind and a sentence)."""
    if isinstance(node, dict):
        if isinstance(node.get("kind") or node.get("verdict"), str) and "sentence" in node:
            yield node
        for value in node.values():
            yield from report_findings(value)
    elif isinstance(node, list):
        for value in node:
            yield from report_findings(value)


def outcome(found: list[dict]) -> str:
    """"flagged" (an error finding), "supported", or "none"."""
    if any(any(w in str(f.get("kind")).lower() for w in ERROR_WORDS) for f in found):
        return "flagged"
    return "supported" if any("support" in str(f.get("kind")) for f in found) else "none"


def measure(rows: list[dict], checker: Checker | None = None, verbose: bool = False) -> dict:
    """The counts of outcomes for the true and the false sentences."""
    checker = checker or Checker()
    counts = {"true": {"supported": 0, "flagged": 0, "none": 0}, "false": {"flagged": 0, "supported": 0, "none": 0}}
    for row in rows:
        found = checker.findings(row["text"], row["date"])
        result = outcome(found)
        counts["true" if row["truth"] else "false"][result] += 1
        if verbose:
            good = (result != "flagged") if row["truth"] else (result == "flagged")
            print(f"{'ok  ' if good else 'BAD '} {'T' if row['truth'] else 'F'} {result:9} {row['text'][:110]}")
            for f in found if verbose > 1 or not good else []:
                print(f"        [{f.get('kind')}] {f.get('claim')} :: {str(f.get('explanation'))[:140]}")
    return counts


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("data", type=Path)
    ap.add_argument("-v", "--verbose", action="count", default=0)
    args = ap.parse_args(argv)
    counts = measure(load(args.data), verbose=args.verbose)
    t, f = counts["true"], counts["false"]
    print(f"true sentences: supported {t['supported']}/{sum(t.values())}, flagged (false alarm) {t['flagged']}, "
          f"not read {t['none']}")
    print(f"corrupted twins: flagged {f['flagged']}/{sum(f.values())}, supported {f['supported']}, none {f['none']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
