"""Why long texts are annotated in parts of 50,000 characters: the same text annotated with each
part size, side by side in one run, each in its own child process so its peak memory is its own.

    python bench/part_size.py [--chars 100000] [--sizes 25000,50000,100000]

The text is synthetic news (bench/synth.py `long_article_text`). For each part size the child
sets `Annotator.max_chars` and annotates the whole text once (after a warm-up), printing CPU
seconds, words per CPU-second, the peak resident set size above the one after loading, and the
ratio of its words per CPU-second to the largest part size's (the text whole, when that is its length).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

CHILD = r"""
import json, resource, sys, time
sys.path.insert(0, sys.argv[3])
from synth import long_article_text
from accord.model import Document
from accord.nlp.annotate import Annotator

chars, part = int(sys.argv[1]), int(sys.argv[2])
annotator = Annotator()
annotator.annotate(Document(id="w", text="NATO ministers met in Brussels.", source="w", format="txt"))
text = long_article_text(chars).split("\n\n", 1)[1][:chars]
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
annotator.max_chars = part
t0 = time.process_time()
found = annotator.annotate(Document(id="x", text=text, source="x", format="txt", published="2024-01-15"))
cpu = time.process_time() - t0
print(json.dumps({"cpu": cpu, "words": len(text.split()), "annotations": len(found),
                  "extra_mb": (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024}))
"""


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chars", type=int, default=100_000)
    parser.add_argument("--sizes", default="25000,50000,100000")
    args = parser.parse_args(argv)
    rows = []
    for size in [int(s) for s in args.sizes.split(",")]:
        proc = subprocess.run([sys.executable, "-c", CHILD, str(args.chars), str(size), str(ROOT / "bench")],
                              capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(ROOT / "src")})
        if proc.returncode != 0:
            raise SystemExit(proc.stderr[-2000:])
        rows.append((size, json.loads(proc.stdout.strip().splitlines()[-1])))
    last = rows[-1][1]["words"] / rows[-1][1]["cpu"]
    print(f"a {args.chars:,}-character text")
    for size, r in rows:
        rate = r["words"] / r["cpu"]
        print(f"parts of {size:>7,}: {r['cpu']:6.1f} s CPU  {rate:6.0f} words/CPU-s  peak +{r['extra_mb']:4.0f} MB  "
              f"{r['annotations']} annotations  ratio to parts of {rows[-1][0]:,}: {rate / last:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
