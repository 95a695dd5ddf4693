"""The real-news figures (issue 12): errors caught, false alarms, claims reached, the articles'
own errors flagged — on `../shared/data/news/`, scored by `../shared/eval/news.py` itself.

`news.py` runs `accord check FILE --db DB --format json` once per article and once per one-edit
corruption (160 processes for the 40 articles, a few minutes). This runner loads the KB and the
spaCy pipeline once and checks each text in-process, each in a fresh in-memory store, exactly as
`accord check` does (`factcheck.check_paths`, then the report's JSON shape); the scoring is
`news.py`'s own code, imported from ../shared, so the two agree. `--subprocess` runs `news.py`
unchanged instead (the reference; use it to confirm a figure).

    python bench/news.py [--split tune|check|all] [-v] [--shared ../shared] [--subprocess]
    python bench/news.py --set bench/probes/NAME [-v]     # a probe set we wrote, same format

`--set DIR` scores another set laid out as the news set (articles/NN.txt, gold.json,
corruptions.json, split.json) with the same scorer: the probe sets under `bench/probes/` are
paragraphs the team wrote to look for misses and false alarms by phenomenon. Their figures are
for development, not quality figures (text we wrote).

The last line is news.py's summary line.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def load_scorer(shared: Path):
    """`../shared/eval/news.py` as a module (read from ../shared, never copied)."""
    path = shared / "eval" / "news.py"
    spec = importlib.util.spec_from_file_location("accord_news_scorer", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


class InProcess:
    """`accord check FILE --format json` without a process per text: one KB, one pipeline."""

    def __init__(self):
        from accord.kb import load
        from accord.nlp.annotate import Annotator

        self.kb = load()
        self.annotator = Annotator(kb=self.kb)
        self.checked = 0

    def __call__(self, accord: str, text: str, work: str):
        from accord.factcheck import check_paths
        from accord.store import open_store

        folder = Path(tempfile.mkdtemp(dir=work))
        path = folder / "article.txt"
        path.write_text(text, encoding="utf-8")
        store = open_store(None)
        try:
            report = check_paths([str(path)], store, self.kb, self.annotator)
        finally:
            store.close()
        self.checked += 1
        if self.checked % 20 == 0:
            print(f"  ... {self.checked} texts checked", file=sys.stderr, flush=True)
        report = json.loads(json.dumps(report, default=str))  # as emit_json prints it
        return list(self.scorer.findings(report))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--set", dest="set_dir", type=Path, metavar="DIR",
                    help="another set in the news set's layout (default: SHARED/data/news)")
    ap.add_argument("--split", default="all", choices=["tune", "check", "all"])
    ap.add_argument("--verbose", "-v", action="store_true")
    ap.add_argument("--subprocess", action="store_true", help="run news.py unchanged, one accord process per text")
    args = ap.parse_args(argv)
    news_dir = args.set_dir or args.shared / "data" / "news"
    if not (news_dir / "gold.json").is_file():
        print(f"no set at {news_dir} (no gold.json): give --shared or --set", file=sys.stderr)
        return 2
    if not (args.shared / "eval" / "news.py").is_file():
        print(f"no scorer at {args.shared / 'eval' / 'news.py'}: give --shared", file=sys.stderr)
        return 2
    scorer_argv = [str(news_dir), "--split", args.split] + (["-v"] if args.verbose else [])
    began = time.perf_counter()
    if args.subprocess:
        accord = str(Path(sys.executable).with_name("accord"))
        code = subprocess.call([sys.executable, str(args.shared / "eval" / "news.py"), *scorer_argv,
                                "--accord", accord])
    else:
        scorer = load_scorer(args.shared)
        checker = InProcess()
        checker.scorer = scorer
        scorer.check = checker  # the scorer's own counting, over in-process checks
        sys.argv = ["news.py", *scorer_argv, "--jobs", "1"]
        scorer.main()
        code = 0
    print(f"({time.perf_counter() - began:.0f} s)", file=sys.stderr)
    return code


if __name__ == "__main__":
    sys.exit(main())
