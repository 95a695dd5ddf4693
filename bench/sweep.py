"""Sweep one kind of error over every readable sentence of the real news articles (issue 12).

`bench/news.py` scores the 84 one-edit corruptions the set's authors chose for the tune split; rules
tuned to catch those 84 do not carry over (the check split stays far below the tune split). A sweep
measures the phenomenon instead: a kind module under `bench/sweeps/` proposes EVERY edit of its
kind it can find (a negation put in or taken out, a date moved, a number changed, a place or a
member swapped), each edit is applied alone to an otherwise clean article and checked as
`accord check` does, and the sweep reports how many of them are caught.

Two figures, kept apart so that reach and sensitivity do not hide each other:
- `read` edits fall in a sentence where the clean article has a `supported` finding: the checker
  read a claim there, so a miss means it did not notice the change;
- `unread` edits fall in a sentence with no supported finding: a miss there is a claim not read.

An edit is caught as `news.py` counts a corruption: the edited run has an error finding that the
clean run lacks, in a sentence that holds the edited text. The clean articles' own false alarms
are `bench/news.py`'s (and `bench/false_alarms.py`'s) business, not this one's.

A kind proposes edits mechanically, from the text's words and the KB's names, never from
accord's output, and some edits leave a claim true (a member swapped for another member): the
figure is a relative one, for comparing a change with main on the same edits, not a quality
figure. Study the tune split only (the default); `--split check` is there to run, not to read.

    python bench/sweep.py KIND [KIND...] [--split tune] [--limit N] [--seed 7] [--files 01.txt,...]
                          [--show miss|hit|all [--context]] [--only read|unread]
    python bench/sweep.py --unread [--split tune] [--files ...]

`--unread` proposes no edit: it lists the body sentences (six words or more) on which the clean
article has no finding at all, and counts them: the claims no family reads, where reach is lost.

A kind is a module `bench/sweeps/KIND.py` with one function:

    def edits(text: str, kb) -> Iterable[Edit]

where `Edit(start, end, replace, note)` replaces `text[start:end]` (see `bench/sweeps/__init__.py`).
"""

from __future__ import annotations

import argparse
import importlib
import json
import random
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))

from news import InProcess, load_scorer  # noqa: E402
from sweeps import SENTENCE_END, body_start, sentence_of  # noqa: E402


def articles(news_dir: Path, split: str, files: list[str] | None) -> dict[str, str]:
    """The split's article bodies (the header lines kept, as `accord check` reads the file)."""
    keep = json.loads((news_dir / "split.json").read_text(encoding="utf-8"))
    names = sorted(keep["tune"] + keep["check"]) if split == "all" else sorted(keep[split])
    if files:
        names = [n for n in names if n in set(files)]
    return {n: (news_dir / "articles" / n).read_text(encoding="utf-8") for n in names}


def caught(scorer, clean: list[dict], dirty: list[dict], replace: str) -> bool:
    """`news.py`'s test for a corruption caught."""
    before = {scorer.signature(x) for x in clean if scorer.is_error(x)}
    edited = scorer.squash(replace)
    return any(scorer.is_error(x) and scorer.signature(x) not in before
               and edited in scorer.squash(x["sentence"]) for x in dirty)


def supported_sentences(scorer, findings: list[dict]) -> set[str]:
    return {scorer.squash(x["sentence"]) for x in findings
            if str(x.get("kind") or x.get("verdict")) == "supported"}


def body_sentences(text: str, words: int = 6):
    """The body's sentences of at least `words` words (headlines and captions included)."""
    start = body_start(text)
    for piece in SENTENCE_END.split(text[start:]):
        if len(piece.split()) >= words:
            yield piece.strip()


def has_finding(scorer, findings: list[dict], sentence: str) -> bool:
    """Whether any finding's sentence and this one hold each other (splitters differ)."""
    mine = scorer.squash(sentence)
    return any(mine in theirs or theirs in mine for theirs in (scorer.squash(x["sentence"]) for x in findings))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("kinds", nargs="*", help="modules of bench/sweeps/ (negation, dates, ...)")
    ap.add_argument("--unread", action="store_true", help="list the sentences with no finding at all")
    ap.add_argument("--shared", type=Path, default=ROOT.parent.parent / "shared")
    ap.add_argument("--split", default="tune", choices=["tune", "check", "all"])
    ap.add_argument("--files", help="comma-separated article names (01.txt,02.txt)")
    ap.add_argument("--limit", type=int, default=0, help="at most N edits per article and kind (0: all)")
    ap.add_argument("--seed", type=int, default=7, help="which edits --limit keeps")
    ap.add_argument("--only", choices=["read", "unread"], help="check only edits in read (or unread) sentences")
    ap.add_argument("--show", choices=["miss", "hit", "all"], help="list the edits")
    ap.add_argument("--context", action="store_true", help="with --show: print each edit's sentence under it")
    args = ap.parse_args(argv)
    if not args.kinds and not args.unread:
        ap.error("give a kind (a module of bench/sweeps/) or --unread")
    news_dir = args.shared / "data" / "news"
    if not (news_dir / "split.json").is_file():
        print(f"no real-news set at {news_dir}: give --shared", file=sys.stderr)
        return 2
    kinds = {k: importlib.import_module(f"sweeps.{k}") for k in args.kinds}
    texts = articles(news_dir, args.split, args.files.split(",") if args.files else None)

    began = time.perf_counter()
    scorer = load_scorer(args.shared)
    checker = InProcess()
    checker.scorer = scorer
    work = tempfile.mkdtemp(prefix="accord-sweep.")
    rng = random.Random(args.seed)
    tally: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for name, text in texts.items():
        clean = checker(None, text, work)
        read = supported_sentences(scorer, clean)
        if args.unread:
            sentences = list(body_sentences(text))
            quiet = [s for s in sentences if not has_finding(scorer, clean, s)]
            tally[("unread", "sentences")]["miss"] += len(quiet)
            tally[("unread", "sentences")]["hit"] += len(sentences) - len(quiet)
            for s in quiet:
                print(f"{name} {s}")
        for kind, module in kinds.items():
            proposed = [e for e in module.edits(text, checker.kb) if text[e.start:e.end] != e.replace]
            if args.limit and len(proposed) > args.limit:
                proposed = sorted(rng.sample(proposed, args.limit), key=lambda e: e.start)
            for edit in proposed:
                sentence = sentence_of(text, edit.start, edit.end)
                where = "read" if scorer.squash(sentence) in read else "unread"
                if args.only and where != args.only:
                    continue
                dirty = checker(None, text[:edit.start] + edit.replace + text[edit.end:], work)
                hit = caught(scorer, clean, dirty, edit.replace)
                tally[(kind, where)]["hit" if hit else "miss"] += 1
                if args.show == "all" or args.show == ("hit" if hit else "miss"):
                    print(f"{'HIT ' if hit else 'miss'} {name} {kind:9} {where:6} "
                          f"{text[edit.start:edit.end]!r} -> {edit.replace!r}  ({edit.note})"
                          + (f"\n     in: {sentence.strip()[:300]}" if args.context else ""))
    if args.unread:
        c = tally[("unread", "sentences")]
        print(f"sentences with a finding: {c['hit']}/{c['hit'] + c['miss']}, with none: {c['miss']}")
    for kind in kinds:
        parts = []
        for where in ("read", "unread"):
            c = tally[(kind, where)]
            n = c["hit"] + c["miss"]
            parts.append(f"{where} {c['hit']}/{n}" + (f" ({c['hit'] / n:.2f})" if n else ""))
        print(f"{kind}: " + ", ".join(parts))
    print(f"({time.perf_counter() - began:.0f} s, {checker.checked} texts checked)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
