"""Flags raised on correct text: `accord check` over real articles that hold none of our errors.

    python bench/false_alarms.py [--shared ../shared] [--limit N] [--show]
                                 [--polnear dev|train] [--dated] [--no-meantime]

PolNeAR dev (84 political news articles, 2016) and MEANTIME (60 Wikinews articles) are news
nobody on the project wrote and that contain no planted error, so every flagged finding
(contradiction, conflict, inconsistent date, misspelling) on them is a false alarm unless the
text itself is wrong (`--show` prints each, for review). Each article is checked alone in a fresh
in-memory store, as `accord check FILE` does. Run it on two checkouts to compare (PYTHONPATH=
other/src python other/bench/false_alarms.py, or this file with another tree's sources first on
the path).

`--polnear train` checks PolNeAR's 840 train articles instead of its dev ones (a tune set: their
flags may be studied); `--dated` gives each PolNeAR article its publication day (from its file
name) as `accord check` reads a `date` line, so claims are checked as of that day, as a reader of
the article would check them (without it the figures stay comparable with earlier sessions').
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FLAGGED = {"contradicted_by_kb", "conflicting_sources", "date_inconsistency", "surface_anomaly"}


def polnear_texts(shared: Path, split: str = "dev", dated: bool = False) -> list[tuple[str, str]]:
    out = []
    for p in sorted((shared / f"data/polnear/{split}/text").glob("*.txt")):
        text = p.read_text(encoding="utf-8")
        day = re.search(r"_(\d{4}-\d{2}-\d{2})_", p.name)
        out.append((p.stem, f"date {day.group(1)}\n\n{text}" if dated and day else text))
    return out


def meantime_texts(shared: Path) -> list[tuple[str, str]]:
    out = []
    for path in sorted((shared / "data/meantime").glob("corpus_*/*.xml")):
        sentences: dict[str, list[str]] = {}
        for tok in ET.parse(path).getroot().iter("token"):
            sentences.setdefault(tok.get("sentence"), []).append(tok.text or "")
        lines = [" ".join(words) for words in sentences.values()]
        out.append((path.stem, "\n\n".join(lines[2:])))  # line 0 is the title, line 1 the date
    return out


def check_paths_function():
    try:
        from accord.factcheck import check_paths
    except ImportError:  # checkouts before the function moved
        from accord.reconcile.run import check_paths
    return check_paths


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--limit", type=int, default=0, help="at most N articles per corpus (0: all)")
    ap.add_argument("--show", action="store_true", help="print every flagged finding")
    ap.add_argument("--polnear", choices=("dev", "train"), default="dev", help="which PolNeAR split (default dev)")
    ap.add_argument("--dated", action="store_true", help="give each PolNeAR article its day from its file name")
    ap.add_argument("--no-meantime", action="store_true", help="PolNeAR only")
    args = ap.parse_args(argv)
    if not (args.shared / "data").is_dir():
        print(f"no evaluation data at {args.shared}/data: give --shared", file=sys.stderr)
        return 2
    from accord.kb import load
    from accord.nlp.annotate import Annotator
    from accord.store import open_store

    check_paths = check_paths_function()
    kb = load()
    annotator = Annotator(kb=kb)
    folder = Path(tempfile.mkdtemp(prefix="accord-false-alarms-"))
    began = time.perf_counter()
    corpora = [(f"PolNeAR {args.polnear}" + (" (dated)" if args.dated else ""),
                polnear_texts(args.shared, args.polnear, args.dated))]
    if not args.no_meantime:
        corpora.append(("MEANTIME", meantime_texts(args.shared)))
    for corpus, texts in corpora:
        texts = texts[:args.limit] if args.limit else texts
        kinds: Counter = Counter()
        articles = 0
        for name, text in texts:
            path = folder / "article.txt"
            path.write_text(text, encoding="utf-8")
            store = open_store(None)
            report = check_paths([str(path)], store, kb, annotator)
            flagged = [f for f in report["findings"] if f["kind"] in FLAGGED]
            kinds.update(f["kind"] for f in flagged)
            articles += bool(flagged)
            for f in flagged if args.show else []:
                print(f"  {corpus} {name}: {f['kind']}: {f['explanation'][:160]}\n      {f['sentence'][:200]}")
        by_kind = ", ".join(f"{k} {n}" for k, n in sorted(kinds.items())) or "none"
        print(f"{corpus}: {sum(kinds.values())} flagged on {articles} of {len(texts)} articles ({by_kind})")
    print(f"({time.perf_counter() - began:.0f} s)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
