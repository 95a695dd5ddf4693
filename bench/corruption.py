"""Corruption benchmark for `accord check` (issue 6).

Takes the sample articles and the MEANTIME texts, injects one error at a time automatically, runs
the real check (ingest, annotate, extract, verify) on the corrupted article alone, and reports the
detection recall per error type and the false alarms on the unmodified texts.

Injection sites are found in the text by patterns over the KB's names, never from accord's own
output, so recall is not conditioned on extraction having worked:
- date:       a year in a sentence about a membership, partnership, accession, summit or invasion,
              moved back three years;
- negation:   "is/are/has been (a) member/partner/ally" gets "not" (and "is not a" loses it);
              never in a sentence that holds one of the sample corpus's deliberate errors;
- misspell:   a KB state or organisation name of 5+ letters has two inner letters swapped;
- holder:     "<office title> <holder name>" gets another person who held that office, but not on
              the article's date.
An injection is detected when a flagged finding (contradicted, conflicting, inconsistent date,
misspelling) overlaps the changed sentence. False alarms are flagged findings on the clean texts,
less those on the sample corpus's deliberate errors (samples/ERRATA.md).

    python bench/corruption.py [--shared ../shared] [--limit 40] [--seed 7] [--per-article 3] [--misses]
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FLAGGED = {"contradicted_by_kb", "conflicting_sources", "date_inconsistency", "surface_anomaly"}
TOPIC_WORDS = re.compile(r"\b(joined|join|member|members|partner|partners|summit|since|invaded|accession|ally|allies)\b", re.I)
RELATION = re.compile(r"\b(is|are|was|were|has been|have been)( not)? (a |an )?(member|partner|ally|members|partners|allies)\b")


@dataclass
class Article:
    name: str
    text: str
    published: str | None


@dataclass
class Injection:
    kind: str
    text: str
    start: int  # the changed sentence, in the corrupted text
    end: int


def sample_articles() -> list[Article]:
    from accord.ingest import prepare, read_inputs
    from accord.samples import article_files

    out = []
    for raw in read_inputs([str(p) for p in article_files()]):
        doc = prepare(raw)
        out.append(Article(f"{Path(doc.source).name}#{raw.line or raw.meta.get('item', '')}", doc.text, doc.published))
    return out


def meantime_articles(shared: Path) -> list[Article]:
    out = []
    for path in sorted((shared / "data" / "meantime").glob("corpus_*/*.xml")):
        sentences: dict[str, list[str]] = {}
        for tok in ET.parse(path).getroot().iter("token"):
            sentences.setdefault(tok.get("sentence"), []).append(tok.text or "")
        lines = [" ".join(words) for words in sentences.values()]
        text = "\n\n".join(lines[2:])  # line 0 is the title, line 1 the date
        date = _meantime_date(lines[1] if len(lines) > 1 else "")
        out.append(Article(path.stem, text, date))
    return out


def _meantime_date(line: str) -> str | None:
    from datetime import datetime

    try:
        return datetime.strptime(line.replace(" ,", ","), "%B %d, %Y").date().isoformat()
    except ValueError:
        return None


def sentence_at(text: str, pos: int) -> tuple[int, int]:
    start = max(text.rfind(". ", 0, pos), text.rfind("\n", 0, pos)) + 1
    ends = [i for i in (text.find(". ", pos), text.find("\n", pos)) if i != -1]
    return start, (min(ends) + 1 if ends else len(text))


def kb_names(kb) -> re.Pattern:
    names = {e.name for t in ("state", "organisation") for e in kb.entities(t)}
    names |= {a for t in ("state", "organisation") for e in kb.entities(t) for a in e.aliases if a.isupper()}
    return re.compile(r"\b(" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) + r")\b")


def inject_date(a: Article, kb, rng) -> Injection | None:
    """A year in a sentence that names a KB state or organisation and speaks of a relation or event."""
    names = kb_names(kb)

    def checkable(sentence: str) -> bool:
        return bool(TOPIC_WORDS.search(sentence) and names.search(sentence))

    sites = [m for m in re.finditer(r"\b(19[5-9]\d|20[0-2]\d)\b", a.text)
             if checkable(a.text[slice(*sentence_at(a.text, m.start()))])]
    if not sites:
        return None
    m = rng.choice(sites)
    text = a.text[:m.start()] + str(int(m.group()) - 3) + a.text[m.end():]
    return Injection("date", text, *sentence_at(text, m.start()))


NEGATIVE = re.compile(r"\b(none|no|never|neither|nor)\b", re.I)


def inject_negation(a: Article, kb, rng) -> Injection | None:
    # a sentence that already says "none of ..." would only become a double negative
    sites = [m for m in RELATION.finditer(a.text) if not NEGATIVE.search(a.text[slice(*sentence_at(a.text, m.start()))])]
    if not sites:
        return None
    m = rng.choice(sites)
    verb, neg, art, noun = m.groups()
    new = f"{verb}{'' if neg else ' not'} {art or ''}{noun}"
    text = a.text[:m.start()] + new + a.text[m.end():]
    return Injection("negation", text, *sentence_at(text, m.start()))


def inject_misspelling(a: Article, kb, rng) -> Injection | None:
    names = {e.name for t in ("state", "organisation") for e in kb.entities(t) if len(e.name) >= 5 and e.name.isalpha()}
    sites = [m for n in sorted(names) for m in re.finditer(rf"\b{re.escape(n)}\b", a.text)]
    if not sites:
        return None
    m = rng.choice(sites)
    word = m.group()
    i = rng.randrange(1, len(word) - 2)
    bad = word[:i] + word[i + 1] + word[i] + word[i + 2:]
    if bad == word:
        return None
    text = a.text[:m.start()] + bad + a.text[m.end():]
    return Injection("misspell", text, *sentence_at(text, m.start()))


def inject_holder(a: Article, kb, rng) -> Injection | None:
    from accord.reconcile import timecmp

    sites = []
    for office in kb.entities("office"):
        terms = kb.facts(property="holds_office", value=office.id)
        for f in terms:
            person = kb.entity(f.subject).name
            for title in {office.name, *office.aliases}:
                for m in re.finditer(rf"\b{re.escape(title)} {re.escape(person)}\b", a.text):
                    others = [g for g in terms if g.subject != f.subject
                              and timecmp.active_on(g.start, g.end, a.published) is False]
                    if others:
                        sites.append((m, title, person, others))
    if not sites:
        return None
    m, title, person, others = rng.choice(sites)
    other = kb.entity(rng.choice(others).subject).name
    text = a.text[:m.start()] + f"{title} {other}" + a.text[m.end():]
    return Injection("holder", text, *sentence_at(text, m.start()))


INJECTORS = {"date": inject_date, "negation": inject_negation, "misspell": inject_misspelling, "holder": inject_holder}


class Checker:
    """Runs the real `accord check` path on one article at a time, each in a fresh store."""

    def __init__(self):
        from accord.kb import load
        from accord.nlp.annotate import Annotator

        self.kb = load()
        self.annotator = Annotator(kb=self.kb)
        self.folder = Path(tempfile.mkdtemp(prefix="accord-corruption-"))

    def findings(self, text: str, published: str | None) -> tuple[str, list[dict]]:
        from accord.factcheck import check_paths
        from accord.store import open_store

        path = self.folder / "article.txt"
        header = f"date: {published}\n\n" if published else ""
        path.write_text(header + text, encoding="utf-8")
        store = open_store(None)
        report = check_paths([str(path)], store, self.kb, self.annotator)
        stored = store.documents()[0].text if store.count() else text
        return stored, [f for f in report["findings"] if f["kind"] in FLAGGED]


def detected(stored: str, inj: Injection, findings: list[dict]) -> bool:
    # offsets move when cleaning changes whitespace: locate the changed sentence in the stored text
    sentence = inj.text[inj.start:inj.end].strip()
    at = stored.find(sentence[:60])
    lo, hi = (at, at + len(sentence)) if at != -1 else (inj.start, inj.end)
    return any(f["start"] < hi and lo < f["end"] for f in findings)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--limit", type=int, default=0, help="at most this many MEANTIME texts (0: all)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--per-article", type=int, default=3, help="injections of each type tried per article")
    parser.add_argument("--misses", action="store_true", help="print every injection that was not detected")
    args = parser.parse_args(argv)
    from accord.samples import errata

    articles = sample_articles()
    n_samples = len(articles)
    if (args.shared / "data" / "meantime").is_dir():
        meantime = meantime_articles(args.shared)
        articles += meantime[: args.limit or None]
    else:
        print(f"note: {args.shared}/data/meantime not found; samples only", file=sys.stderr)
    rng = random.Random(args.seed)
    checker = Checker()
    planted = [e.claim for e in errata()]
    started = time.perf_counter()
    false_alarms, tried, hits = [], Counter(), Counter()
    for a in articles:
        stored, clean = checker.findings(a.text, a.published)
        false_alarms += [(a.name, f) for f in clean if not any(p in f["sentence"] for p in planted)]
        for kind, inject in INJECTORS.items():
            done: set[str] = set()
            for _ in range(args.per_article):
                inj = inject(a, checker.kb, rng)
                original = a.text[slice(*sentence_at(a.text, inj.start))] if inj else ""
                if inj is None or inj.text in done or any(p in original for p in planted):
                    continue  # no site, the same site again, or a deliberate error (which it may make true)
                done.add(inj.text)
                tried[kind] += 1
                stored, found = checker.findings(inj.text, a.published)
                hit = detected(stored, inj, found)
                hits[kind] += hit
                if args.misses and not hit:
                    print(f"  missed {kind} in {a.name}: {inj.text[inj.start:inj.end].strip()[:160]!r}")
    elapsed = time.perf_counter() - started
    print(f"articles: {len(articles)} ({n_samples} samples), "
          f"{sum(tried.values())} injections, {elapsed:.0f} s")
    print(f"{'error type':12} {'injected':>8} {'detected':>8} {'recall':>7}")
    for kind in INJECTORS:
        n = tried[kind]
        print(f"{kind:12} {n:8d} {hits[kind]:8d} {hits[kind] / n if n else float('nan'):7.2f}")
    total = sum(tried.values())
    print(f"{'all':12} {total:8d} {sum(hits.values()):8d} {sum(hits.values()) / total if total else float('nan'):7.2f}")
    rate = 20 * len(false_alarms) / len(articles)
    print(f"false alarms on clean texts: {len(false_alarms)} in {len(articles)} articles = {rate:.2f} per 20 articles")
    for name, f in false_alarms[:30]:
        print(f"  {name}: {f['kind']}: {f['claim'] or f['highlight']['claim']!r} — {f['explanation']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
