"""Claims in real sentences that nobody on the team wrote, and their one-edit corruptions.

The mock-wire sets (`bench/paraphrases.py`) are sentences we wrote; on them the claim readers
rose by 20 points while the real check split moved by one. This bench takes its sentences from
the other real corpora in ../shared/data (PolNeAR's political news of 2015-2016, TempEval-3's
news of 1989-1998) instead: a data file names a passage by its place in a corpus file, never
holds its text (the project ships only what it wrote), and says whether the passage is true
(with the public source that settles it) and which one-word edits make it false.

A data file is JSON Lines, one passage a line:

    {"id": "...", "source": "polnear/train/text/FILE.txt", "start": 1200, "end": 1390,
     "sha1": "first 12 hex digits of the passage's sha1", "date": "YYYY-MM-DD" (optional:
     PolNeAR's file name or TempEval's DCT gives it), "truth": true, "why": "the fact and its
     public source", "edits": [{"type": "wrong_holder", "from": "Obama", "to": "Bush"}]}

`start`/`end` are offsets in the source's plain text (a PolNeAR .txt as it is; a TempEval .tml's
TEXT element with its tags removed, as ../shared/eval/tempeval.py reads it). An edit's `from`
must occur once in the passage (or give `"nth": N`, counted from 0). The split is the source's:
PolNeAR train and TempEval's "dev" documents (as bench/eval_tempeval.py splits them) are
`tune`; PolNeAR dev and TempEval's "rest" are `check` (measured, not studied).

Each passage is checked as `accord check` checks an article dated `date` (one fresh in-memory
store per passage, as bench/paraphrases.py does): true passages supported / flagged (a false
alarm) / not read; each corrupted twin flagged or not, by corruption type.

    python bench/realtext.py tests/claims/data/realtext_*.jsonl [--split tune|check|all] [-v]
    python bench/realtext.py --find 'NATO|Stoltenberg' --in polnear/train   # passages to pick
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data"
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "src"))

from paraphrases import Checker, outcome  # noqa: E402

_POLNEAR_DATE = re.compile(r"_(\d{4}-\d{2}-\d{2})_")
_SENTENCE_END = re.compile(r"(?<=[.!?\"”’'])\s+(?=[A-Z“\"‘'])|\n+")


class RowError(ValueError):
    """A data row that does not resolve against ../shared/data (names the row and the problem)."""


def _tempeval_parser():
    path = DATA.parent / "eval" / "tempeval.py"
    spec = importlib.util.spec_from_file_location("tempeval_scorer", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.parse_tml


_DOCS: dict[str, tuple[str, str | None]] = {}


def document(source: str, data: Path = DATA) -> tuple[str, str | None]:
    """(plain text, creation day or None) of a corpus file named relative to ../shared/data."""
    key = f"{data}:{source}"
    if key not in _DOCS:
        path = data / source
        if not path.is_file():
            raise RowError(f"{source}: no such file under {data}")
        if path.suffix == ".tml":
            parsed = _tempeval_parser()(path)
            dct = (parsed["dct"] or "")[:10] or None
            _DOCS[key] = (parsed["text"], dct)
        else:
            found = _POLNEAR_DATE.search(path.name)
            _DOCS[key] = (path.read_text(encoding="utf-8"), found.group(1) if found else None)
    return _DOCS[key]


def tempeval_half(name: str, data: Path = DATA) -> str:
    """"dev" or "rest" for a TempEval document, as bench/eval_tempeval.py splits them (sorted
    document names over all folders; every third is "rest")."""
    folder = data / "tempeval3" / "Training" / "TBAQ-cleaned"
    names = sorted(p.name[: -len(".tml")] for p in folder.rglob("*.tml"))
    index = names.index(Path(name).name[: -len(".tml")])
    return "rest" if index % 3 == 2 else "dev"


def split_of(source: str, data: Path = DATA) -> str:
    if source.startswith("polnear/train/"):
        return "tune"
    if source.startswith("polnear/dev/"):
        return "check"
    if source.startswith("tempeval3/"):
        return "tune" if tempeval_half(source, data) == "dev" else "check"
    return "tune"


def digest(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


def apply_edit(passage: str, edit: dict, row_id: str) -> str:
    old, new, nth = edit["from"], edit["to"], edit.get("nth")
    places = [m.start() for m in re.finditer(re.escape(old), passage)]
    if not places:
        raise RowError(f"{row_id}: edit {old!r} -> {new!r}: {old!r} is not in the passage")
    if nth is None and len(places) > 1:
        raise RowError(f"{row_id}: edit {old!r} occurs {len(places)} times in the passage; give \"nth\"")
    at = places[nth or 0]
    return passage[:at] + new + passage[at + len(old):]


def resolve(row: dict, data: Path = DATA) -> dict:
    """The row with its passage, date, split and corrupted twins: {"id", "text", "date", "truth",
    "split", "twins": [(type, text)]}. Raises RowError when the passage moved or an edit misses."""
    row_id = row.get("id", "?")
    text, day = document(row["source"], data)
    passage = text[row["start"]: row["end"]]
    if digest(passage) != row["sha1"]:
        raise RowError(f"{row_id}: {row['source']}[{row['start']}:{row['end']}] has sha1 {digest(passage)}, "
                       f"the row says {row['sha1']} (the corpus file changed or the offsets are wrong)")
    date = row.get("date") or day
    if not date:
        raise RowError(f"{row_id}: no date in the row and none in {row['source']}")
    passage = " ".join(passage.split())
    twins = [(e["type"], apply_edit(passage, e, row_id)) for e in row.get("edits", ())]
    return {"id": row_id, "text": passage, "date": date, "truth": bool(row["truth"]),
            "split": split_of(row["source"], data), "twins": twins}


def load(paths: list[Path]) -> list[dict]:
    rows = []
    for path in paths:
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line.strip():
                try:
                    rows.append(json.loads(line))
                except json.JSONDecodeError as err:
                    raise RowError(f"{path}:{n}: not JSON ({err})") from None
    return rows


def measure(rows: list[dict], checker: Checker | None = None, split: str = "all", verbose: int = 0,
            data: Path = DATA) -> dict:
    """{"true": Counter(supported/flagged/none), "caught": {type: [flagged, total]},
    "false_originals": Counter(flagged/...)} over the rows of `split`."""
    checker = checker or Checker()
    result = {"true": Counter(), "false_originals": Counter(), "caught": defaultdict(lambda: [0, 0])}
    for raw in rows:
        row = resolve(raw, data)
        if split != "all" and row["split"] != split:
            continue
        found = checker.findings(row["text"], row["date"])
        got = outcome(found)
        result["true" if row["truth"] else "false_originals"][got] += 1
        if verbose:
            bad = (got == "flagged") == row["truth"]
            print(f"{'BAD ' if bad else 'ok  '}{row['id']:10} {'T' if row['truth'] else 'F'} {got:9} {row['text'][:100]}")
            for f in found if (verbose > 1 or bad) else []:
                print(f"        [{f.get('kind')}] {f.get('claim')} :: {str(f.get('explanation'))[:140]}")
        for kind, twin in row["twins"]:
            hit = outcome(checker.findings(twin, row["date"])) == "flagged"
            result["caught"][kind][0] += hit
            result["caught"][kind][1] += 1
            if verbose:
                print(f"    {'caught' if hit else 'missed'} {kind}")
    return result


def find(pattern: str, under: str, data: Path = DATA, limit: int = 200) -> list[dict]:
    """Row skeletons (source, start, end, sha1, date) for the sentences under `under` that match
    `pattern` (case-insensitive), to pick from and complete by hand."""
    folder = data / under
    files = sorted(p for p in folder.rglob("*") if p.suffix in (".txt", ".tml"))
    regex = re.compile(pattern, re.IGNORECASE)
    out = []
    for path in files:
        source = str(path.relative_to(data))
        text, day = document(source, data)
        start = 0
        for piece in _SENTENCE_END.finditer(text + "\n"):
            end = piece.start()
            sentence = text[start:end]
            lead = len(sentence) - len(sentence.lstrip())
            if regex.search(sentence):
                s, e = start + lead, end
                out.append({"source": source, "start": s, "end": e, "sha1": digest(text[s:e]), "date": day,
                            "text": " ".join(text[s:e].split())})
                if len(out) >= limit:
                    return out
            start = piece.end()
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("data", type=Path, nargs="*", help="JSON Lines files of passages")
    ap.add_argument("--split", choices=("tune", "check", "all"), default="tune")
    ap.add_argument("--find", metavar="REGEX", help="print row skeletons of matching sentences instead")
    ap.add_argument("--in", dest="under", default="polnear/train", help="folder under ../shared/data for --find")
    ap.add_argument("--limit", type=int, default=200)
    ap.add_argument("-v", "--verbose", action="count", default=0)
    args = ap.parse_args(argv)
    if not DATA.is_dir():
        print(f"realtext: {DATA} is missing (put ../shared beside the checkout)", file=sys.stderr)
        return 2
    if args.find:
        for row in find(args.find, args.under, limit=args.limit):
            print(json.dumps(row, ensure_ascii=False))
        return 0
    if not args.data:
        ap.error("give data files, or --find")
    try:
        result = measure(load(args.data), split=args.split, verbose=args.verbose)
    except RowError as err:
        print(f"realtext: {err}", file=sys.stderr)
        return 1
    t, caught = result["true"], result["caught"]
    total = [sum(v[0] for v in caught.values()), sum(v[1] for v in caught.values())]
    print(f"split {args.split}: true passages supported {t['supported']}/{sum(t.values())}, "
          f"flagged (false alarms) {t['flagged']}, not read {t['none']}")
    fo = result["false_originals"]
    if sum(fo.values()):
        print(f"passages false as published: flagged {fo['flagged']}/{sum(fo.values())}")
    print(f"corruptions caught {total[0]}/{total[1]}: " +
          ", ".join(f"{k} {v[0]}/{v[1]}" for k, v in sorted(caught.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
