"""Throughput of accord's whole annotation pipeline vs the bare spaCy model, same texts, one run.

    python bench/nlp_throughput.py [--repeat 2] [--model sm|md] [--n-process 1]

Texts: the MEANTIME articles (read from ../shared/data/meantime) and the two seeds. The bare
model runs `nlp.pipe`; accord runs `Annotator.annotate_many` (every component: gazetteer,
people, linking, anomalies, offices, and dates/quotes/statements when present, plus turning the
Doc into annotations). Each side is timed after a warm-up on the first text; the ratio is
accord words/s divided by bare words/s. Never a timed test: a benchmark to read and record.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))


def corpus(shared: Path) -> list[str]:
    from eval_meantime import read_document

    texts = [read_document(f)[0] for f in sorted((shared / "data" / "meantime").glob("corpus_*/*.xml"))]
    texts += [p.read_text(encoding="utf-8") for p in sorted((shared / "seeds").glob("*.txt"))]
    return texts


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", default=str(ROOT.parent / "shared"))
    parser.add_argument("--repeat", type=int, default=2, help="pass over the corpus this many times")
    parser.add_argument("--model", choices=("sm", "md"), default="sm")
    parser.add_argument("--n-process", type=int, default=1)
    args = parser.parse_args(argv)

    from eval_meantime import load_model

    from accord.model import Document
    from accord.nlp.annotate import Annotator
    from accord.nlp.pipeline import load_pipeline

    texts = corpus(Path(args.shared)) * args.repeat
    words = sum(len(t.split()) for t in texts)
    bare = load_model(args.model)
    annotator = Annotator(nlp=load_pipeline(model=load_model(args.model)))
    documents = [Document(id=str(i), text=t, source="bench", format="txt") for i, t in enumerate(texts)]
    list(bare.pipe(texts[:1]))
    list(annotator.annotate_many(documents[:1]))

    t0 = time.perf_counter()
    for _ in bare.pipe(texts, n_process=args.n_process):
        pass
    bare_secs = time.perf_counter() - t0
    t0 = time.perf_counter()
    count = sum(len(a) for a in annotator.annotate_many(documents, n_process=args.n_process))
    ours_secs = time.perf_counter() - t0

    print(f"{len(texts)} texts, {words} words; model {args.model}; n_process {args.n_process}")
    print(f"bare spaCy ({', '.join(bare.pipe_names)}): {words / bare_secs:,.0f} words/s")
    print(f"accord ({', '.join(annotator.nlp.pipe_names)}): {words / ours_secs:,.0f} words/s, {count} annotations")
    print(f"ratio accord/bare: {bare_secs / ours_secs:.2f}")
    print("time per component (one pass, each component over every doc):")
    for name, secs in component_times(annotator, documents).items():
        print(f"  {name:18} {secs:6.2f} s  {words / secs if secs else 0:>12,.0f} words/s")
    return 0


def component_times(annotator, documents) -> dict[str, float]:
    """Seconds each component takes over the whole corpus, in pipeline order (same process)."""
    nlp = annotator.nlp
    docs = [annotator._doc(d) for d in documents]
    times = {}
    for name, proc in nlp.pipeline:
        t0 = time.perf_counter()
        docs = list(proc.pipe(docs)) if hasattr(proc, "pipe") else [proc(d) for d in docs]
        times[name] = time.perf_counter() - t0
    return times


if __name__ == "__main__":
    raise SystemExit(main())
