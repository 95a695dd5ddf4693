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

The last line is news.py's summary line. `--why` (in-process only) then says, for each missed
corruption, what the checker made of the edited sentence — the phenomenon to work on, not the
sentence to fit:

- `not read`: no finding on that sentence at all;
- `edit not read`: findings on the sentence, but none whose claim (its highlighted words) holds
  a word the edit changed: other claims of the sentence are read, not the edited one;
- `unsettled`: a finding on the edited words is `unverifiable` (the reason's first words) or
  `new` (the KB does not hold it): a confidence gate or a gap in the KB;
- `passed`: a finding on the edited words is `supported` though they are now false: the check
  is too loose, or the words were read as another claim;
- `flagged before`: an error was flagged there in the clean article too (counted as no hit).
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
        self.cache: dict[str, list] = {}  # text -> findings, for --why

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
        found = list(self.scorer.findings(report))
        self.cache[text] = found
        return found


def _words(text: str) -> set[str]:
    return {w.strip(".,;:'\"()").lower() for w in text.split()} - {""}


def on_edit(finding: dict, find: str, replace: str) -> bool:
    """Does the finding's claim (its highlighted words) hold a word the edit changed?"""
    changed = _words(replace) - _words(find) or _words(replace)
    words = _words(str((finding.get("highlight") or {}).get("claim") or ""))
    return bool(changed & words)


def why_missed(scorer, found_clean: list, found_dirty: list, find: str, replace: str) -> str | None:
    """The `--why` bucket of one corruption (module docstring); None when news.py counts it caught."""
    before = {scorer.signature(x) for x in found_clean if scorer.is_error(x)}
    edited = scorer.squash(replace)
    on = [x for x in found_dirty if edited in scorer.squash(x.get("sentence") or "")]
    if any(scorer.is_error(x) and scorer.signature(x) not in before for x in on):
        return None
    if any(scorer.is_error(x) for x in on):
        return "flagged before"
    if not on:
        return "not read"
    mine = [x for x in on if on_edit(x, find, replace)]
    if not mine:
        return "edit not read"
    if any("support" in str(x.get("kind")) for x in mine):
        return "passed"
    return "unsettled"


def _reason(x: dict) -> str:
    words = str(x.get("explanation") or "").split()
    return f"{x.get('kind')}: {' '.join(words[:12])}{' ...' if len(words) > 12 else ''}"


def report_why(scorer, checker, news_dir: Path, split: str) -> None:
    """Print the `--why` line of each missed corruption and the buckets by type."""
    import collections

    corruptions = json.loads((news_dir / "corruptions.json").read_text(encoding="utf-8"))
    if split != "all":
        keep = set(json.loads((news_dir / "split.json").read_text(encoding="utf-8"))[split])
        corruptions = [c for c in corruptions if c["file"] in keep]
    buckets: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    for c in corruptions:
        clean_text = (news_dir / "articles" / c["file"]).read_text(encoding="utf-8")
        dirty_text = clean_text.replace(c["find"], c["replace"])
        clean, dirty = checker.cache.get(clean_text, []), checker.cache.get(dirty_text, [])
        bucket = why_missed(scorer, clean, dirty, c["find"], c["replace"])
        if bucket is None:
            continue
        buckets[c["type"]][bucket] += 1
        edited = scorer.squash(c["replace"])
        on = [x for x in dirty if edited in scorer.squash(x.get("sentence") or "")
              and (bucket == "edit not read" or on_edit(x, c["find"], c["replace"]))]
        detail = "; ".join(dict.fromkeys(_reason(x) for x in on))[:300]
        print(f"why  {c['file']} {c['type']:13} {c['find']!r} -> {c['replace']!r}: {bucket}"
              + (f" ({detail})" if detail else ""))
    total = collections.Counter()
    for kind in sorted(buckets):
        total.update(buckets[kind])
        print(f"why by type: {kind}: " + ", ".join(f"{b} {n}" for b, n in sorted(buckets[kind].items())))
    print("why total: " + (", ".join(f"{b} {n}" for b, n in sorted(total.items())) or "no miss"))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--set", dest="set_dir", type=Path, metavar="DIR",
                    help="another set in the news set's layout (default: SHARED/data/news)")
    ap.add_argument("--split", default="all", choices=["tune", "check", "all"])
    ap.add_argument("--verbose", "-v", action="store_true")
    ap.add_argument("--subprocess", action="store_true", help="run news.py unchanged, one accord process per text")
    ap.add_argument("--why", action="store_true",
                    help="after the summary, what the checker made of each missed corruption's sentence")
    args = ap.parse_args(argv)
    if args.why and args.subprocess:
        ap.error("--why needs the in-process checks (not --subprocess)")
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
        if args.why:
            report_why(scorer, checker, news_dir, args.split)
    print(f"({time.perf_counter() - began:.0f} s)", file=sys.stderr)
    return code


if __name__ == "__main__":
    sys.exit(main())
