"""Annotation throughput by batch size: does a small batch (so the progress bar moves per
document) cost throughput? Same texts, same pipeline, side by side in one run.

    python bench/ingest_batch.py [--articles 40] [--words 300] [--sizes 64,4,1] [--repeat 2]

Times `Annotator.annotate_many` (one process) over synthetic articles (bench/synth.py) with each
batch size, in CPU seconds (the steadier figure on a shared machine), best of --repeat, and
prints each size's words per CPU second and its ratio to the first size's.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=40)
    parser.add_argument("--words", type=int, default=300)
    parser.add_argument("--sizes", default="64,4,1")
    parser.add_argument("--repeat", type=int, default=2)
    args = parser.parse_args(argv)

    from synth import generate

    from accord.model import Document
    from accord.nlp.annotate import Annotator

    annotator = Annotator()
    docs = [Document(id=str(i), text=generate(i, words=args.words).body, source="bench", format="txt",
                     published="2024-01-15") for i in range(args.articles)]
    words = sum(len(d.text.split()) for d in docs)
    list(annotator.annotate_many(docs[:2]))  # warm up
    sizes = [int(s) for s in args.sizes.split(",")]
    best = {}
    for _ in range(args.repeat):
        for size in sizes:
            t0 = time.process_time()
            for _ in annotator.annotate_many(docs, batch_size=size):
                pass
            seconds = time.process_time() - t0
            best[size] = min(best.get(size, seconds), seconds)
    first = words / best[sizes[0]]
    print(f"{args.articles} articles, {words} words, best of {args.repeat}")
    for size in sizes:
        rate = words / best[size]
        print(f"batch {size:>3}: {best[size]:6.2f} s CPU  {rate:7.0f} words/CPU-s  ratio to batch {sizes[0]}: {rate / first:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
