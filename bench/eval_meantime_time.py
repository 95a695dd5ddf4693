"""Time expressions on MEANTIME (English Wikinews, a corpus the date rules were not tuned on),
scored by ../shared/eval/tempeval.py's definitions.

    python bench/eval_meantime_time.py [--data ../shared/data/meantime] [--scorer FILE]
                                       [--errors FILE]

The text of each NAF/CAT file is rebuilt from its tokens as bench/eval_meantime.py does (title
and date line as paragraphs); its TIMEX3 mentions with token anchors are the gold (the creation
time's own mention, written in the date line, included), its CREATION_TIME value the anchor given
to `time_expressions`. Printed: relaxed and strict span F1, type and value F1 (value F1 =
relaxed F1 x value accuracy, TempEval-3's definition). MEANTIME annotates time expressions only
in part of each article (the sentences its annotators covered), so expressions found elsewhere
count as false alarms: read precision and F1 as floors, value accuracy as the figure. Data is read
at run time, never copied.
"""

from __future__ import annotations

import argparse
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

from eval_meantime import detokenise  # noqa: E402
from eval_tempeval import errors, load_scorer, score, table  # noqa: E402

from accord.nlp.extract.dates import time_expressions  # noqa: E402

DEFAULT_DATA = ROOT.parent / "shared" / "data" / "meantime"
DEFAULT_SCORER = ROOT.parent / "shared" / "eval" / "tempeval.py"


def read_document(path: Path) -> dict:
    """{"text", "dct", "timexes"} of one MEANTIME file, in the scorer's shape."""
    root = ET.parse(path).getroot()
    tokens = [(t.get("t_id"), int(t.get("sentence")), t.text or "") for t in root.iter("token")]
    text, offsets = detokenise(tokens)
    dct, timexes = None, []
    for t in root.iter("TIMEX3"):
        if t.get("functionInDocument") == "CREATION_TIME":
            dct = t.get("value")
        spans = [offsets[a.get("t_id")] for a in t.findall("token_anchor")
                 if a.get("t_id") in offsets]
        if spans:
            timexes.append({"start": min(s for s, _ in spans), "end": max(e for _, e in spans),
                            "type": t.get("type"), "value": t.get("value") or ""})
    return {"text": text, "dct": dct or "", "timexes": sorted(timexes, key=lambda x: x["start"])}


def load_gold(data: Path) -> dict:
    return {p.stem: read_document(p) for p in sorted(data.rglob("*.xml"))}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--scorer", type=Path, default=DEFAULT_SCORER)
    ap.add_argument("--errors", type=Path, help="write accord's errors to this file")
    args = ap.parse_args(argv)
    if not args.data.is_dir() or not args.scorer.is_file():
        ap.error(f"need the data folder ({args.data}) and the scorer ({args.scorer})")
    scorer = load_scorer(args.scorer)
    gold = load_gold(args.data)
    preds = {name: [{"start": t.start, "end": t.end, "type": t.type, "value": t.value}
                    for t in time_expressions(doc["text"], doc["dct"] or None)]
             for name, doc in gold.items()}
    print(f"MEANTIME ({args.data}): {len(gold)} documents")
    print(table([("accord", score(scorer, gold, preds), 0.0)]))
    if args.errors:
        args.errors.write_text("\n".join(errors(gold, preds, scorer)) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
