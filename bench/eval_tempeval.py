"""Time expressions on TempEval-3 (TimeBank + AQUAINT): accord vs dateparser, scored by
../shared/eval/tempeval.py.

    python bench/eval_tempeval.py [--data DIR] [--scorer FILE] [--limit N] [--split all|dev|rest]
                                  [--errors FILE] [--by-kind] [--no-dateparser]

For every document the scorer's plain text and DCT go to `time_expressions(text, dct)` and to
dateparser's `search_dates` (anchored with RELATIVE_BASE = the DCT); both prediction sets are
scored by the official-definition scorer and printed side by side: relaxed and strict span F1,
type and value F1 (value F1 = relaxed F1 x value accuracy, TempEval-3's definition).

Splits: documents sorted by name; "dev" is every document whose index is not 2 modulo 3 (the
rules were tuned on these), "rest" the others (looked at only as figures). See docs/dates.md.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
import time
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "tempeval3" / "Training" / "TBAQ-cleaned"
DEFAULT_SCORER = ROOT.parent / "shared" / "eval" / "tempeval.py"
sys.path.insert(0, str(ROOT / "src"))

from accord.nlp.extract.dates import time_expressions  # noqa: E402


def load_scorer(path: Path):
    """The scorer module, imported from its file (it is not a package)."""
    spec = importlib.util.spec_from_file_location("tempeval_scorer", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def load_gold(scorer, data: Path) -> dict:
    """{DOCNAME: parsed document} for every .tml file under `data` (subfolders included)."""
    gold = {}
    folders = [data] + sorted(p for p in data.rglob("*") if p.is_dir())
    for folder in folders:
        if any(folder.glob("*.tml")):
            gold.update(scorer.load_gold(folder))
    return gold


def split(names: list[str], which: str) -> list[str]:
    ordered = sorted(names)
    if which == "dev":
        return [n for i, n in enumerate(ordered) if i % 3 != 2]
    if which == "rest":
        return [n for i, n in enumerate(ordered) if i % 3 == 2]
    return ordered


def accord_predictions(gold: dict) -> dict:
    return {
        name: [{"start": t.start, "end": t.end, "type": t.type, "value": t.value}
               for t in time_expressions(doc["text"], doc["dct"])]
        for name, doc in gold.items()
    }


def dateparser_predictions(gold: dict) -> dict:
    """dateparser's search_dates, anchored on the DCT; its dates become day values.

    search_dates returns (substring, datetime) pairs without offsets: each substring is found
    in the text after the previous one. It gives no type, so every hit is a DATE.
    """
    from dateparser.search import search_dates

    preds = {}
    for name, doc in gold.items():
        base = datetime.fromisoformat(doc["dct"][:10])
        settings = {"RELATIVE_BASE": base, "RETURN_AS_TIMEZONE_AWARE": False}
        found = search_dates(doc["text"], languages=["en"], settings=settings) or []
        preds[name] = list(_locate(doc["text"], found))
    return preds


def _locate(text: str, found):
    cursor = 0
    for substring, when in found:
        start = text.find(substring, cursor)
        if start < 0:
            continue
        cursor = start + len(substring)
        yield {"start": start, "end": cursor, "type": "DATE", "value": when.date().isoformat()}


def score(scorer, gold: dict, preds: dict) -> dict:
    counts = scorer.count(gold, preds)
    return {"counts": counts, "metrics": scorer.metrics(counts)}


def table(rows: list[tuple[str, dict, float]]) -> str:
    """The side-by-side table: one line per system, percentages."""
    head = (f"{'system':<12}{'docs':>6}{'gold':>6}{'pred':>6}{'strict F1':>11}{'relaxed P':>11}"
            f"{'relaxed R':>11}{'relaxed F1':>12}{'type F1':>9}{'value acc':>11}{'value F1':>10}"
            f"{'seconds':>9}")
    lines = [head, "-" * len(head)]
    for system, result, seconds in rows:
        c, m = result["counts"], result["metrics"]
        p, r, f = m["relaxed"]
        lines.append(
            f"{system:<12}{c['docs']:>6}{c['gold']:>6}{c['pred']:>6}{100 * m['strict'][2]:>11.2f}"
            f"{100 * p:>11.2f}{100 * r:>11.2f}{100 * f:>12.2f}{100 * m['type_f1']:>9.2f}"
            f"{100 * m['value_accuracy']:>11.2f}{100 * m['value_f1']:>10.2f}{seconds:>9.1f}")
    return "\n".join(lines)


def errors(gold: dict, preds: dict, scorer) -> list[str]:
    """Misses, false alarms, extents that differ (strict misses) and wrong values, one line
    each, for error analysis."""
    out = []
    for name, doc in sorted(gold.items()):
        text, pred = doc["text"], preds.get(name, [])
        pairs = scorer.match(doc["timexes"], pred)
        paired_g = {id(g) for g, _ in pairs}
        paired_p = {id(p) for _, p in pairs}
        show = lambda t: text[t["start"]:t["end"]].replace("\n", " ")  # noqa: E731
        context = lambda t: text[max(0, t["start"] - 50):t["end"] + 30].replace("\n", " ")  # noqa
        for g in doc["timexes"]:
            if id(g) not in paired_g:
                out.append(f"MISS  {name} {doc['dct'][:10]} {g['type']} {g['value']} [{show(g)}]"
                           f" | {context(g)}")
        for p in pred:
            if id(p) not in paired_p:
                out.append(f"FALSE {name} {doc['dct'][:10]} {p['type']} {p['value']} [{show(p)}]"
                           f" | {context(p)}")
        for g, p in pairs:
            if (g["start"], g["end"]) != (p["start"], p["end"]):
                out.append(f"SPAN  {name} {doc['dct'][:10]} gold [{show(g)}] ours [{show(p)}]"
                           f" | {context(g)}")
            if (g["value"] or "") != (p["value"] or ""):
                out.append(f"VALUE {name} {doc['dct'][:10]} gold {g['value']} ours {p['value']}"
                           f" [{show(g)}]/[{show(p)}] | {context(g)}")
    return out


def by_kind(gold: dict, preds: dict, scorer) -> str:
    """accord's figures per grammar rule ("weekday", "unit_rel", "offset", ...): expressions
    paired with a gold one, how many of those have its value, and false alarms; the rules
    with the most wrong values and false alarms first. The rule of an expression is the one
    whose match starts where it starts."""
    from accord.nlp.extract.dates.scan import candidates, choose

    stats: dict[str, list[int]] = {}
    for name, doc in gold.items():
        kinds = {c.start: c.kind for c in choose(candidates(doc["text"]))}
        pred = [dict(p, kind=kinds.get(p["start"], "?")) for p in preds.get(name, [])]
        pairs = scorer.match(doc["timexes"], pred)
        paired = {id(p) for _, p in pairs}
        for g, p in pairs:
            row = stats.setdefault(p["kind"], [0, 0, 0])
            row[0] += 1
            row[1] += (g["value"] or "") == (p["value"] or "")
        for p in pred:
            if id(p) not in paired:
                stats.setdefault(p["kind"], [0, 0, 0])[2] += 1
    lines = [f"{'rule':<14}{'paired':>8}{'value ok':>10}{'false':>7}"]
    for kind, (m, ok, false) in sorted(stats.items(), key=lambda kv: -(kv[1][0] - kv[1][1]
                                                                       + kv[1][2])):
        lines.append(f"{kind:<14}{m:>8}{ok:>10}{false:>7}")
    return "\n".join(lines)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA, help="TBAQ-cleaned folder")
    ap.add_argument("--scorer", type=Path, default=DEFAULT_SCORER, help="tempeval.py")
    ap.add_argument("--split", choices=("all", "dev", "rest"), default="all")
    ap.add_argument("--limit", type=int, help="only the first N documents of the split")
    ap.add_argument("--errors", type=Path, help="write accord's errors to this file")
    ap.add_argument("--by-kind", action="store_true",
                    help="also print accord's pairs, right values and false alarms per rule")
    ap.add_argument("--no-dateparser", action="store_true", help="score accord only")
    args = ap.parse_args(argv)
    if not args.data.is_dir() or not args.scorer.is_file():
        ap.error(f"need the data folder ({args.data}) and the scorer ({args.scorer})")
    scorer = load_scorer(args.scorer)
    gold = load_gold(scorer, args.data)
    names = split(list(gold), args.split)[: args.limit]
    gold = {n: gold[n] for n in names}
    rows = []
    started = time.perf_counter()
    ours = accord_predictions(gold)
    rows.append(("accord", score(scorer, gold, ours), time.perf_counter() - started))
    if not args.no_dateparser:
        started = time.perf_counter()
        theirs = dateparser_predictions(gold)
        rows.append(("dateparser", score(scorer, gold, theirs), time.perf_counter() - started))
    print(f"TempEval-3 training data ({args.data}), split {args.split}: {len(gold)} documents")
    print(table(rows))
    print("HeidelTime on the TempEval-3 platinum test (published): relaxed F1 90.30, "
          "strict F1 81.34, value F1 77.61")
    if args.by_kind:
        print(by_kind(gold, ours, scorer))
    if args.errors:
        args.errors.write_text("\n".join(errors(gold, ours, scorer)) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
