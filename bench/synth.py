"""Synthetic news articles generated from the reference KB, of any number and size.

    python bench/synth.py --count 1000 --out /tmp/synth [--seed 0] [--words 300]

The text is ours: sentences built from templates over KB facts (memberships, partnerships,
accessions, office holders, summits and their places, quotes), so a benchmark or a reliability test
can make as many articles as it needs without copying anyone's writing. Article `n` depends only on
`(seed, n)`, so any slice of a corpus can be rebuilt alone, in any order, and "one more article" is
simply `generate(count)`.

Each article also knows exactly what it says: the generator records every entity mention, sentence,
quote and date with its character offsets in the body, and the statements the sentences make. The
store benchmark stores these directly (no NLP) and the crash tests use them as a fake annotator's
output, so a half-written document is detectable.

The body is written so that accord's cleaning leaves it unchanged (single spaces, blank lines
between paragraphs, header lines first): `prepare(raw).text == article.body`, which the tests check.
"""

from __future__ import annotations

import argparse
import functools
import hashlib
import random
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT / "src") not in sys.path:
    sys.path.insert(0, str(ROOT / "src"))

from accord.model import Annotation, Document, Reference, Statement, TimeQualifier  # noqa: E402

PUBLISHER = "accord synthetic wire"
TOPICS = ("defence spending", "cyber security", "maritime security", "climate security",
          "support for Ukraine", "arms control", "the Indo-Pacific", "energy security",
          "disinformation", "space policy", "military mobility", "counter-terrorism")
QUOTES = ("We will keep working closely with our partners", "This is a strong signal of unity",
          "Our security is connected to theirs", "The alliance remains open to dialogue",
          "We have a shared interest in a stable region", "Nobody should doubt our resolve")
VERBS = ("met", "spoke with", "held talks with", "welcomed")


@dataclass
class SynthArticle:
    """One generated article: its header fields, its body, and what the body says with offsets."""

    n: int
    title: str
    published: str
    body: str
    annotations: list[Annotation] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)

    @property
    def id(self) -> str:
        return hashlib.sha256(self.body.encode("utf-8")).hexdigest()

    def file_text(self) -> str:
        """The article as a plain-text file with header lines (what `accord ingest` reads)."""
        return f"title: {self.title}\ndate: {self.published}\nsource: {PUBLISHER}\n\n{self.body}\n"

    def document(self, source: str | None = None) -> Document:
        return Document(id=self.id, text=self.body, source=source or f"synth/{self.n:07d}.txt",
                        format="txt", title=self.title, published=self.published,
                        published_how="header", meta={"publisher": PUBLISHER})

    def records(self, copy: bool = True) -> tuple[Document, list[Annotation], list[Statement]]:
        """(document, annotations, statements) ready for `store.add`, references filled in.

        `copy=False` fills in and returns the article's own lists instead of copies (half the
        cost of an article; for a caller that only serialises them, as bench/store_pg.py)."""
        doc = self.document()
        statements = [Statement.from_dict(st.to_dict()) for st in self.statements] if copy else self.statements
        for st in statements:
            for ref in st.references:
                ref.doc_id = doc.id
        annotations = [Annotation.from_dict(a.to_dict()) for a in self.annotations] if copy else self.annotations
        return doc, annotations, statements


class _Writer:
    """Builds the body piece by piece and records the offsets of everything it writes."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.annotations: list[Annotation] = []
        self.statements: list[Statement] = []
        self.words = 0

    def text(self, s: str) -> None:
        self.parts.append(s)
        self.length += len(s)

    def span(self, s: str, layer: str, label: str | None = None, entity: str | None = None,
             **data) -> tuple[int, int]:
        start = self.length
        self.text(s)
        self.annotations.append(Annotation(layer, start, self.length, s, label, entity, dict(data)))
        return start, self.length

    def sentence(self, pieces: list, claim: tuple | None = None) -> None:
        """A sentence from plain strings and (text, label, entity) mentions; a space before it
        unless it opens a paragraph; `claim` = (subject, property, value, qualifiers, speaker)."""
        if self.parts and not self.parts[-1].endswith("\n"):
            self.text(" ")
        start = self.length
        for piece in pieces:
            if isinstance(piece, str):
                self.text(piece)
            else:
                layer = "time" if piece[1] == "DATE" else "mention"
                self.span(piece[0], layer, piece[1], piece[2])
        sentence = "".join(self.parts)[start:]
        self.annotations.append(Annotation("sentence", start, self.length, sentence))
        self.words += len(sentence.split())
        if claim:
            self._claim(claim, start, sentence)

    def _claim(self, claim: tuple, start: int, sentence: str) -> None:
        subject, prop, value, times, speaker = claim
        ref = Reference("", start, start + len(sentence), sentence, start)
        self.statements.append(Statement(subject, prop, value, asserted_by=speaker, references=[ref],
                                         **times))

    def paragraph(self) -> None:
        self.text("\n\n")

    def body(self) -> str:
        return "".join(self.parts).rstrip()


@functools.lru_cache(maxsize=1)
def _facts() -> dict[str, list]:
    """The KB facts the templates draw on, grouped by property (loaded once per process)."""
    from accord.kb import load

    kb = load()
    wanted = ("member_of", "partner_of", "joined", "holds_office", "took_place_on", "located_in")
    facts = {p: [f for f in kb.facts(property=p) if kb.has(f.subject)] for p in wanted}
    facts["holds_office"] = [f for f in facts["holds_office"] if kb.has(f.value)]
    # regional groupings ("the Baltic states") are sets of states, not organisations one is "a
    # member of" in the templates' words; leaving them out also keeps the corpus as it was
    facts["member_of"] = [f for f in facts["member_of"]
                          if not str((kb.entity(f.value).attrs or {}).get("kind", "")).startswith("regional grouping")]
    facts["summit_places"] = {f.subject: f.value for f in facts["located_in"]
                              if f.subject.startswith("summit:") and kb.has(f.value)}
    return {**facts, "kb": kb}


def _entity(kb, entity_id: str, rng: random.Random | None = None) -> tuple[str, str, str]:
    """(text, label, entity) for a mention of a KB entity; with `rng`, an alias one time in three
    ("NATO" as often as "North Atlantic Treaty Organization", as in the news)."""
    entity = kb.entity(entity_id)
    label = {"state": "GPE", "place": "GPE", "person": "PERSON"}.get(entity.type, "ORG")
    name = entity.name
    if rng is not None and entity.aliases and rng.random() < 0.34:
        name = rng.choice(entity.aliases)
    return name, label, entity.id


def _year(rng: random.Random, fact) -> str:
    """The fact's start year, or (one time in eight) a wrong one, as real articles sometimes have."""
    when = fact.start or fact.point_in_time
    year = when.value[:4] if when else "2001"
    return str(int(year) + rng.choice((-1, 1, 9))) if rng.random() < 0.125 else year


def _relation(w: _Writer, rng: random.Random, kb, facts: dict) -> None:
    prop = rng.choice(("member_of", "partner_of", "joined"))
    fact = rng.choice(facts[prop])
    s, o, year = _entity(kb, fact.subject, rng), _entity(kb, fact.value, rng), _year(rng, fact)
    when = (year, "DATE", None)
    if prop == "member_of":
        pieces = [s, " has been a member of ", o, " since ", when, "."]
    elif prop == "partner_of":
        pieces = [s, " and ", o, " have been partners since ", when, "."]
    else:
        pieces = [s, " joined ", o, " in ", when, "."]
    qualifier = "point_in_time" if prop == "joined" else "start"
    w.sentence(pieces, (fact.subject, prop, fact.value, {qualifier: TimeQualifier(year, "year")}, "article"))


@functools.lru_cache(maxsize=4096)
def _serving(published: str) -> list:
    """The office-holding facts in force on `published` (cached: articles share days)."""
    return [f for f in _facts()["holds_office"] if (f.start is None or f.start.value <= published)
            and (f.end is None or published < f.end.value)]


def _holder(w: _Writer, rng: random.Random, kb, facts: dict, published: str) -> str:
    # A holder in office on the publication day when the KB has one (it usually has a few).
    fact = rng.choice(_serving(published) or facts["holds_office"])
    office, person = kb.entity(fact.value), _entity(kb, fact.subject)
    w.sentence([(office.name, "ORG", office.id), " ", person, " ", rng.choice(VERBS),
                " officials on ", (published, "DATE", None), "."],
               (fact.subject, "holds_office", fact.value,
                {"point_in_time": TimeQualifier(published, "day")}, "article"))
    return fact.subject


def _quote(w: _Writer, rng: random.Random, kb, speaker: str) -> None:
    if w.parts and not w.parts[-1].endswith("\n"):
        w.text(" ")
    start = w.length
    w.text("\u201c")
    w.span(rng.choice(QUOTES), "quote", entity=speaker)
    w.text(",\u201d ")
    name = kb.entity(speaker).name
    w.span(name, "mention", "PERSON", speaker)
    w.text(" said.")
    sentence = "".join(w.parts)[start:]
    w.annotations.append(Annotation("sentence", start, w.length, sentence))
    w.words += len(sentence.split())


def _summit(w: _Writer, rng: random.Random, kb, facts: dict) -> None:
    fact = rng.choice([f for f in facts["took_place_on"] if f.subject in facts["summit_places"]])
    summit, place = _entity(kb, fact.subject), _entity(kb, facts["summit_places"][fact.subject])
    state = _entity(kb, rng.choice(facts["member_of"]).subject)
    w.sentence(["Leaders of ", state, " attended the ", summit, " in ", place, ", which opened on ",
                (fact.start.value, "DATE", None), "."],
               (state[2], "attended", fact.subject, {}, "article"))


def _filler(w: _Writer, rng: random.Random) -> None:
    a, b = rng.sample(TOPICS, 2)
    w.sentence([f"Officials said the talks also covered {a} and {b}."])


def generate(n: int, seed: int = 0, words: int = 300) -> SynthArticle:
    """Article number `n` of the corpus `seed`, about `words` words long (never fewer than 20)."""
    facts = _facts()
    kb = facts["kb"]
    rng = random.Random(f"accord-synth:{seed}:{n}")
    published = f"{rng.randint(2015, 2024)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    w = _Writer()
    lead = _entity(kb, rng.choice(facts["member_of"]).value)
    title = f"{lead[0]} talks: report {n} of series {seed}"
    w.sentence([(lead[0], lead[1], lead[2]), f" talks: report {n} of series {seed}"])
    w.paragraph()
    while w.words < max(words, 20):
        speaker = _holder(w, rng, kb, facts, published)
        for _ in range(rng.randint(1, 3)):
            rng.choice((_relation, _relation, _summit))(w, rng, kb, facts)
        if rng.random() < 0.6:
            _quote(w, rng, kb, speaker)
        if rng.random() < 0.5:
            _filler(w, rng)
        w.paragraph()
    return SynthArticle(n, title, published, w.body(), w.annotations, w.statements)


def articles(count: int, seed: int = 0, start: int = 0, words: int = 300) -> Iterator[SynthArticle]:
    """Articles start .. start+count-1 of the corpus `seed`."""
    for n in range(start, start + count):
        yield generate(n, seed, words)


def long_article_text(size: int, seed: int = 0, words: int = 300) -> str:
    """One plain-text article file of at least `size` UTF-8 bytes: a header, then the bodies of
    articles 0, 1, 2... of the corpus `seed` as its paragraphs (a long document for benchmarks)."""
    head = f"title: A long synthetic report of series {seed}\ndate: 2024-01-15\nsource: {PUBLISHER}\n\n"
    pieces, total = [head], len(head)
    n = 0
    while total < size:
        body = generate(n, seed, words).body
        pieces.append(body + "\n\n")
        total += len(body.encode("utf-8")) + 2
        n += 1
    return "".join(pieces)


def write_corpus(folder: str | Path, count: int, seed: int = 0, words: int = 300,
                 start: int = 0) -> list[Path]:
    """Write articles as plain-text files `synth-NNNNNNN.txt` in `folder`; returns the paths."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for article in articles(count, seed, start, words):
        path = folder / f"synth-{article.n:07d}.txt"
        path.write_text(article.file_text(), encoding="utf-8")
        paths.append(path)
    return paths


class SynthAnnotator:
    """A stand-in for `accord.nlp.annotate.Annotator` on synthetic articles: it returns what the
    generator wrote (no NLP), so ingest tests and benchmarks store realistic annotations fast, and
    a test can tell exactly which annotations a stored document must have.

    The article number is read from the headline ("... report N of series S"); a document that is
    not an unchanged synthetic article of this seed and size gets no annotations."""

    model_info = {"name": "accord-synth", "version": "1"}
    _HEADLINE = re.compile(r"report (\d+) of series (\d+)$", re.MULTILINE)

    def __init__(self, seed: int = 0, words: int = 300):
        self.seed, self.words = seed, words

    def article(self, doc: Document) -> SynthArticle | None:
        found = self._HEADLINE.search(doc.text.partition("\n")[0])
        if not found or int(found[2]) != self.seed:
            return None
        article = generate(int(found[1]), self.seed, self.words)
        return article if article.body == doc.text else None

    def annotate_many(self, docs, n_process: int = 1, batch_size: int = 32) -> Iterator[list[Annotation]]:
        for doc in docs:
            article = self.article(doc)
            yield article.records()[1] if article else []

    def statements(self, doc: Document, annotations: list[Annotation]) -> list[Statement]:
        article = self.article(doc)
        return article.records()[2] if article else []


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=100)
    parser.add_argument("--out", required=True, help="folder for the .txt files")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--words", type=int, default=300)
    args = parser.parse_args()
    paths = write_corpus(args.out, args.count, args.seed, args.words)
    print(f"wrote {len(paths)} articles to {args.out}")


if __name__ == "__main__":
    main()
