"""Claims lost to the parse of the whole article (issue 12): each sentence read (a) as accord reads
it, inside the whole article's parse, and (b) parsed alone, as a text of its own with the same
document date; counts the sentences where (b) reads claims (a) does not, and the reverse, and
groups the examples by a guessed cause.

    python bench/parse_loss.py [--news DIR] [--realtext FILE ...] [-v]

Texts: the real-news TUNE articles (`../shared/data/news`, `split.json`'s "tune" list only: the
check articles are never opened) and the tune passages of bench/realtext.py's data files. A
statement is compared by `accord.nlp.extract.claims.statement_key` (subject, property, value,
polarity, modality, dates, speaker); `holds_office` statements count too (they come from the
same parse); `said` statements do not (a quotation's words run across sentences). Causes of a claim (b) reads and (a) does not, guessed from the two parses
of the tokens the claim was read from:

- boundary: the whole-article parse cut the sentence elsewhere (its text is not one sentence of
  (a), or (b) parses it as several),
- subject: a verb of the claim has a subject (nsubj/nsubjpass) in (b) and none in (a),
- verb: a token of the claim has another part of speech or dependency label in (a),
- attachment: the same labels, another head,
- entities: the mentions or time expressions of the sentence differ,
- context: the parses agree; what differs came from elsewhere in the article (an antecedent, a
  name given in full earlier, a date read from a neighbour).

Claims (a) reads and (b) does not are mostly context (the article names a person in full once,
then by family name), so they are counted and shown but not blamed on the parse. Also reported:
sentences of (a) that cross a line break, and lines (a) cuts into sentences that start with a
lowercase letter (segmentation suspects); sentences a plain splitter (line breaks, then . ! ?
before a capital) cuts that are no sentence of (a), read alone; lines opening with a list
marker ("• ", "▪ ", "- "), read in the article and alone without the marker; and each tune
passage of bench/realtext.py read inside its whole corpus document and alone.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
sys.path.append(str(ROOT / "src"))  # (after PYTHONPATH: another checkout can be measured)

SHARED = ROOT.parent / "shared"
CAUSES = ("boundary", "subject", "verb", "attachment", "entities", "context")


def news_texts(folder: Path) -> list[tuple[str, str, str]]:
    """(name, cleaned text, date) of the tune articles of the news set, cleaned as `accord check`
    cleans them."""
    from accord.ingest import prepare, read_inputs

    tune = json.loads((folder / "split.json").read_text(encoding="utf-8"))["tune"]
    out = []
    for name in tune:
        for raw in read_inputs([str(folder / "articles" / name)]):
            document = prepare(raw)
            out.append((f"news/{name}", document.text, document.published))
    return out


def realtext_texts(paths: list[Path]) -> list[tuple[str, str, str]]:
    """(id, passage, date) of the tune passages of bench/realtext.py's data files."""
    import realtext

    out = []
    for raw in realtext.load(paths):
        row = realtext.resolve(raw)
        if row["split"] == "tune":
            out.append((f"realtext/{row['id']}", row["text"], row["date"]))
    return out


def realtext_sources(paths: list[Path]) -> list[tuple[str, str, str, list[tuple[int, int]]]]:
    """(source, whole corpus text, date, [(start, end) of each tune passage]) for the corpus files
    the tune passages of bench/realtext.py come from: the passages in their whole documents."""
    import realtext

    spans: dict[str, list[tuple[int, int]]] = defaultdict(list)
    dates: dict[str, str] = {}
    for raw in realtext.load(paths):
        row = realtext.resolve(raw)
        if row["split"] == "tune":
            spans[raw["source"]].append((raw["start"], raw["end"]))
            dates[raw["source"]] = row["date"]
    return [(source, realtext.document(source)[0], dates[source], sorted(set(found)))
            for source, found in sorted(spans.items())]


class Reader:
    """The pipeline's statements of a text, with its Doc kept for comparing parses."""

    def __init__(self, annotator=None):
        from accord.nlp.annotate import Annotator

        self.annotator = annotator or Annotator()

    def read(self, text: str, date: str):
        from accord.model import Document

        doc = self.annotator.nlp.make_doc(text)
        doc._.document_date = date
        doc = self.annotator.nlp(doc)
        document = Document(id="d", text=text, source="parse_loss", format="txt", published=date)
        statements = list(doc._.statements or [])
        from accord.nlp.annotate import annotations_of
        from accord.nlp.extract.offices import office_statements

        annotations = annotations_of(doc)
        statements += office_statements(document.id, annotations, text)
        return doc, statements


def _keys(statements, lo: int, hi: int, shift: int = 0) -> dict[tuple, object]:
    """{statement_key: statement} of the statements with a reference inside [lo, hi) (offsets
    moved by `shift` first)."""
    from accord.nlp.extract.claims import statement_key

    found = {}
    for st in statements:
        for ref in st.references:
            if lo <= ref.start + shift and ref.end + shift <= hi:
                found.setdefault(statement_key(st), st)
    return found


def _ref_tokens(doc, statement, shift: int = 0, lo: int = 0):
    """The tokens of `doc` inside the first reference of `statement`, as (offset in the sentence,
    token)."""
    ref = statement.references[0]
    start, end = ref.start + shift, ref.end + shift
    return [(t.idx - lo, t) for t in doc if start <= t.idx < end]


def cause(whole, sent, alone, statement) -> str:
    """The guessed cause of a claim read alone (b) and not in the whole article (a)."""
    if len(list(alone.sents)) > 1:
        return "boundary"
    lo = sent.start_char
    b_tokens = dict(_ref_tokens(alone, statement))
    a_tokens = {t.idx - lo: t for t in sent}
    subj = {"nsubj", "nsubjpass", "expl"}
    for at, b in b_tokens.items():
        a = a_tokens.get(at)
        if a is None:
            return "boundary"
        if b.pos_ in ("VERB", "AUX") and any(c.dep_ in subj for c in b.children) and \
                not any(c.dep_ in subj for c in a.children):
            return "subject"
    for at, b in b_tokens.items():
        a = a_tokens[at]
        if a.pos_ != b.pos_ or a.dep_ != b.dep_:
            return "verb"
    for at, b in b_tokens.items():
        a = a_tokens[at]
        if a.head.idx - lo != b.head.idx:
            return "attachment"
    a_ents = {(m.start_char - lo, m.end_char - lo) for m in sent.ents}
    b_ents = {(m.start_char, m.end_char) for m in alone.ents}
    if a_ents != b_ents:
        return "entities"
    return "context"


def describe(st) -> str:
    when = st.point_in_time or st.start or st.end
    return f"{st.subject} {st.property} {st.value}" + (f" @{when.value}" if when else "") + \
        (f" [{st.polarity}]" if st.polarity != "affirmed" else "") + (f" ({st.modality})" if st.modality != "fact" else "")


def measure(texts, reader: Reader, verbose: bool = False) -> dict:
    result = {"sentences": 0, "with_claims_a": 0, "with_claims_b": 0, "b_only": Counter(),
              "a_only": 0, "b_only_examples": defaultdict(list), "a_only_examples": [],
              "line_crossing": [], "lowercase_start": [], "b_only_sentences": 0, "a_only_sentences": 0,
              "claims_a": 0, "claims_b_only": 0, "claims_a_only": 0, "wraps": []}
    for name, text, date in texts:
        whole, statements = reader.read(text, date)
        from accord.nlp.extract.paragraphs import wrap_starts

        result["wraps"] += [(name, whole[max(0, i - 6):i + 4].text) for i in wrap_starts(whole)]
        for sent in whole.sents:
            body = sent.text.strip()
            if not body:
                continue
            result["sentences"] += 1
            lo, hi = sent.start_char, sent.end_char
            if "\n" in text[lo:hi].strip():
                result["line_crossing"].append((name, body))
            if body[0].islower() and (lo == 0 or text[lo - 1] != "\n"):
                result["lowercase_start"].append((name, body))
            a = _keys(statements, lo, hi)
            alone, b_statements = reader.read(text[lo:hi], date)
            b = _keys(b_statements, 0, hi - lo)
            result["with_claims_a"] += bool(a)
            result["with_claims_b"] += bool(b)
            result["claims_a"] += len(a)
            b_only = [st for key, st in b.items() if key not in a]
            a_only = [st for key, st in a.items() if key not in b]
            if b_only:
                result["b_only_sentences"] += 1
                for st in b_only:
                    why = cause(whole, sent, alone, st)
                    result["b_only"][why] += 1
                    result["claims_b_only"] += 1
                    result["b_only_examples"][why].append((name, body, describe(st)))
            if a_only:
                result["a_only_sentences"] += 1
                result["claims_a_only"] += len(a_only)
                result["a_only_examples"].append((name, body, "; ".join(describe(s) for s in a_only)))
    return result


def measure_passages(sources, reader: Reader) -> dict:
    """Each tune passage of bench/realtext.py read (a) inside its whole corpus document and (b)
    alone: the claims each reads that the other does not."""
    result = {"passages": 0, "claims_a": 0, "b_only": [], "a_only": []}
    for source, text, date, spans in sources:
        whole, statements = reader.read(text, date)
        for lo, hi in spans:
            result["passages"] += 1
            a = _keys(statements, lo, hi)
            alone, b_statements = reader.read(text[lo:hi], date)
            b = _keys(b_statements, 0, hi - lo)
            result["claims_a"] += len(a)
            body = " ".join(text[lo:hi].split())
            for st in (st for key, st in b.items() if key not in a):
                sent = next((s for s in whole.sents if s.start_char <= lo + st.references[0].start < s.end_char), None)
                why = cause(whole, sent, alone, st) if sent is not None and sent.start_char == lo else "boundary"
                result["b_only"].append((why, source, body, describe(st)))
            for st in (st for key, st in a.items() if key not in b):
                result["a_only"].append(("", source, body, describe(st)))
    return result


def measure_segments(texts, reader: Reader) -> dict:
    """Sentences cut by a plain splitter (line breaks, then . ! ? before a capital) that are not
    sentences of the whole-article parse: the claims each such sentence reads alone that the whole
    article does not read in its span."""
    import re

    splitter = re.compile(r"[.!?][\"'\u201d\u2019)\]]*\s+(?=[A-Z\u201c\"\u2018'])")
    result = {"differ": 0, "sentences": 0, "c_only": [], "examples": []}
    for name, text, date in texts:
        whole, statements = reader.read(text, date)
        cut = {(s.start_char, s.end_char - len(s.text) + len(s.text.rstrip())) for s in whole.sents}
        for line in re.finditer(r"[^\n]+", text):
            start = line.start()
            ends = [m.end() for m in splitter.finditer(line.group())] + [len(line.group())]
            for end in ends:
                piece = line.group()[start - line.start():end]
                lo = start + len(piece) - len(piece.lstrip())
                hi = start + len(piece.rstrip())
                start = line.start() + end
                if hi <= lo:
                    continue
                result["sentences"] += 1
                if (lo, hi) in cut:
                    continue
                result["differ"] += 1
                result["examples"].append((name, text[lo:hi]))
                a = _keys(statements, lo, hi)
                _, c_statements = reader.read(text[lo:hi], date)
                for key, st in _keys(c_statements, 0, hi - lo).items():
                    if key not in a:
                        result["c_only"].append((name, text[lo:hi], describe(st)))
    return result


def measure_markers(texts, reader: Reader) -> dict:
    """Lines that open with a list marker ("• ", "▪ ", "- "): the claims of the line read in the
    whole article, and those of the line read alone without its marker."""
    import re

    marker = re.compile(r"(?m)^[ \t]*(?:[•‣⁃◦▪▫■□►▸▶●○◆◇➢➤✓✔][ \t]*|[-*–—][ \t]+)(?=\S)")
    result = {"lines": 0, "differ": []}
    for name, text, date in texts:
        found = list(marker.finditer(text))
        if not found:
            continue
        _, statements = reader.read(text, date)
        for match in found:
            result["lines"] += 1
            lo, hi = match.end(), text.find("\n", match.end())
            hi = len(text) if hi < 0 else hi
            a = _keys(statements, lo, hi)
            _, alone = reader.read(text[lo:hi], date)
            b = _keys(alone, 0, hi - lo)
            if set(a) != set(b):
                result["differ"].append((name, text[match.start():hi],
                                         [describe(st) for k, st in b.items() if k not in a],
                                         [describe(st) for k, st in a.items() if k not in b]))
    return result


def report(result: dict, verbose: bool) -> None:
    r = result
    print(f"sentences {r['sentences']}: with claims whole={r['with_claims_a']} alone={r['with_claims_b']}; "
          f"claims whole={r['claims_a']}")
    print(f"sentences where alone reads claims the whole article does not: {r['b_only_sentences']} "
          f"({r['claims_b_only']} claims: " + ", ".join(f"{c}={r['b_only'][c]}" for c in CAUSES if r['b_only'][c]) + ")")
    print(f"sentences where the whole article reads claims alone does not: {r['a_only_sentences']} "
          f"({r['claims_a_only']} claims)")
    print(f"sentences crossing a line break: {len(r['line_crossing'])} (line breaks read as wraps inside a "
          f"sentence: {len(r['wraps'])}); sentences opening in lowercase mid-line: {len(r['lowercase_start'])}")
    if not verbose:
        return
    for why in CAUSES:
        for name, body, claim in r["b_only_examples"].get(why, ()):
            print(f"  alone+ [{why}] {name}: {claim}\n      {body[:220]}")
    for name, body, claims in r["a_only_examples"]:
        print(f"  whole+ {name}: {claims}\n      {body[:220]}")
    for name, body in r["wraps"]:
        print(f"  wrap: {name}: {body!r}")
    for name, body in r["line_crossing"]:
        print(f"  crosses a line: {name}: {body[:220]!r}")
    for name, body in r["lowercase_start"]:
        print(f"  lowercase start: {name}: {body[:220]!r}")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--news", type=Path, default=SHARED / "data" / "news")
    parser.add_argument("--realtext", type=Path, nargs="*",
                        default=sorted((ROOT / "tests" / "claims" / "data").glob("realtext_*.jsonl")))
    parser.add_argument("--only", choices=("news", "realtext", "all"), default="all")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args(argv)
    reader = Reader()
    sets = []
    if args.only in ("news", "all"):
        sets.append(("news tune", news_texts(args.news)))
    if args.only in ("realtext", "all"):
        sets.append(("realtext tune", realtext_texts(args.realtext)))
    for label, texts in sets:
        print(f"== {label}: {len(texts)} texts")
        report(measure(texts, reader, args.verbose), args.verbose)
        segments = measure_segments(texts, reader)
        print(f"segmentation: {segments['differ']} of {segments['sentences']} plainly split sentences are not "
              f"sentences of the whole parse; read alone they give {len(segments['c_only'])} claims it does not")
        if args.verbose:
            for name, body in segments["examples"]:
                print(f"  cut elsewhere: {name}: {body[:200]!r}")
            for name, body, claim in segments["c_only"]:
                print(f"  split+ {name}: {claim}\n      {body[:220]}")
        markers = measure_markers(texts, reader)
        print(f"list items: {markers['lines']} lines open with a marker; {len(markers['differ'])} read other "
              f"claims than the item alone without its marker")
        if args.verbose:
            for name, body, alone_only, whole_only in markers["differ"]:
                print(f"  item {name}: alone+ {alone_only} whole+ {whole_only}\n      {body[:220]}")
    if args.only in ("realtext", "all"):
        sources = realtext_sources(args.realtext)
        passages = measure_passages(sources, reader)
        print(f"== realtext tune passages in their whole documents: {passages['passages']} passages in "
              f"{len(sources)} documents, {passages['claims_a']} claims read in the whole document")
        causes = Counter(why for why, *_ in passages["b_only"])
        print(f"claims read alone and not in the whole document: {len(passages['b_only'])} ("
              + ", ".join(f"{c}={causes[c]}" for c in CAUSES if causes[c]) + f"); the reverse: {len(passages['a_only'])}")
        if args.verbose:
            for why, source, body, claim in sorted(passages["b_only"]):
                print(f"  alone+ [{why}] {source}: {claim}\n      {body[:220]}")
            for _, source, body, claim in passages["a_only"]:
                print(f"  whole+ {source}: {claim}\n      {body[:220]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
