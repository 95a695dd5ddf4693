"""The bundled sample corpus: formats, dates, size, quotes, and ERRATA.md against the texts.

Bodies are read here with the standard library and feedparser, independently of accord's readers,
and then once more through `accord.ingest`, so a claim that the readers would mangle (or a nav bar
that would leak into the text) fails a test too. Nothing here needs ../shared except the last test.
"""

from __future__ import annotations

import json
import re
from html import unescape
from html.parser import HTMLParser
from pathlib import Path

import pytest

from accord.errors import AccordError
from accord.samples import ERRATA_KINDS, SAMPLES_DIR, article_files, errata, parse_errata

# file -> publication dates of its articles, in file order
EXPECTED_DATES = {
    "01_madrid_summit_partners.txt": ["2022-06-30"],
    "02_finland_joins_nato.txt": ["2023-04-05"],
    "03_vilnius_summit.txt": ["2023-07-12"],
    "04_luxon_washington_summit.txt": ["2024-07-12"],
    "05_aukus_san_diego.html": ["2023-03-14"],
    "06_sweden_joins_nato.html": ["2024-03-07"],
    "07_indo_pacific_and_rutte.jsonl": ["2022-06-27", "2024-10-01"],
    "08_eu_enlargement_feed.xml": ["2022-06-24", "2023-12-15"],
}
PAGE_CHROME = ("Subscribe", "All rights reserved", "Cookie settings", "Related stories", "Privacy")


class _ArticleText(HTMLParser):
    """The text of the <h1> and <p> elements inside <article>, one paragraph per block."""

    def __init__(self) -> None:
        super().__init__()
        self.depth = 0
        self.block: list[str] | None = None
        self.paragraphs: list[str] = []
        self.seen: set[str] = set()

    def handle_starttag(self, tag, attrs):
        self.seen.add(tag)
        if tag == "article":
            self.depth += 1
        elif self.depth and tag in ("p", "h1"):
            self.block = []

    def handle_endtag(self, tag):
        if tag == "article":
            self.depth -= 1
        elif tag in ("p", "h1") and self.block is not None:
            self.paragraphs.append(" ".join("".join(self.block).split()))
            self.block = None

    def handle_data(self, data):
        if self.block is not None:
            self.block.append(data)


def html_paragraphs(markup: str) -> list[str]:
    parser = _ArticleText()
    parser.feed(markup)
    return parser.paragraphs


def read_txt(path: Path) -> list[dict]:
    head, _, body = path.read_text(encoding="utf-8").partition("\n\n")
    fields = dict(line.split(": ", 1) for line in head.splitlines())
    return [{"title": fields.get("title"), "date": fields.get("date"), "source": fields.get("source"), "text": body}]


def read_html(path: Path) -> list[dict]:
    markup = path.read_text(encoding="utf-8")
    date = re.search(r'<meta property="article:published_time" content="(\d{4}-\d{2}-\d{2})', markup)
    title = re.search(r"<title>([^<]+)</title>", markup)
    return [{"title": title and title[1], "date": date and date[1], "source": None,
             "text": "\n\n".join(html_paragraphs(markup)[1:])}]  # [0] is the <h1>


def read_jsonl(path: Path) -> list[dict]:
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [{"title": r["title"], "date": r["published"], "source": r["source"], "text": r["text"]} for r in records]


def read_rss(path: Path) -> list[dict]:
    import feedparser

    feed = feedparser.parse(path.read_bytes())
    assert feed.version == "rss20", f"{path.name} is {feed.version!r}, not RSS 2.0"
    return [{"title": e.title, "date": "%04d-%02d-%02d" % e.published_parsed[:3], "source": feed.feed.title,
             "text": "\n\n".join(unescape(p) for p in re.findall(r"<p>(.*?)</p>", e.content[0].value, re.S))}
            for e in feed.entries]


READERS = {".txt": read_txt, ".html": read_html, ".jsonl": read_jsonl, ".xml": read_rss}


@pytest.fixture(scope="module")
def corpus() -> dict[str, list[dict]]:
    """file name -> its articles as read here."""
    return {path.name: READERS[path.suffix](path) for path in article_files()}


def test_the_corpus_is_the_expected_files(corpus):
    assert sorted(corpus) == sorted(EXPECTED_DATES)
    assert sorted({Path(name).suffix for name in corpus}) == [".html", ".jsonl", ".txt", ".xml"]


def test_formats_mix_as_planned(corpus):
    count = {suffix: sum(len(a) for n, a in corpus.items() if n.endswith(suffix)) for suffix in READERS}
    assert count[".txt"] >= 4 and count[".html"] == 2 and count[".jsonl"] == 2 and count[".xml"] == 2


def test_between_8_and_12_articles(corpus):
    assert 8 <= sum(len(articles) for articles in corpus.values()) <= 12


def test_every_article_has_its_publication_date_and_a_title(corpus):
    for name, articles in corpus.items():
        assert [a["date"] for a in articles] == EXPECTED_DATES[name], name
        assert all(a["title"] for a in articles), name


def test_articles_are_short_news_pieces(corpus):
    for name, articles in corpus.items():
        for article in articles:
            words = len(article["text"].split())
            assert 250 <= words <= 450, f"{name}: {article['title']!r} has {words} words"


def test_text_files_have_title_date_source_header():
    for path in SAMPLES_DIR.glob("*.txt"):
        lines = path.read_text(encoding="utf-8").splitlines()
        assert [line.split(":")[0] for line in lines[:3]] == ["title", "date", "source"], path.name
        assert re.fullmatch(r"date: \d{4}-\d{2}-\d{2}", lines[1]) and lines[3] == "", path.name


def test_html_pages_are_plain_news_pages():
    for path in SAMPLES_DIR.glob("*.html"):
        parser = _ArticleText()
        parser.feed(path.read_text(encoding="utf-8"))
        assert {"title", "meta", "article", "h1", "p", "nav", "footer"} <= parser.seen, path.name


def test_jsonl_records_have_the_documented_fields():
    for path in SAMPLES_DIR.glob("*.jsonl"):
        for line in path.read_text(encoding="utf-8").splitlines():
            assert set(json.loads(line)) == {"title", "published", "url", "source", "text"}, path.name


def test_feed_items_carry_full_text_and_pubdate():
    import feedparser

    for path in SAMPLES_DIR.glob("*.xml"):
        for entry in feedparser.parse(path.read_bytes()).entries:
            assert entry.get("published") and len(entry.content[0].value) > len(entry.summary) * 5, path.name


def test_errata_parse_with_one_row_per_kind():
    rows = errata()
    assert len(rows) == 5
    assert sorted(row.kind for row in rows) == sorted(ERRATA_KINDS)
    assert all(row.source.startswith("https://") and row.truth.endswith(".") for row in rows)


def test_every_claim_occurs_once_in_one_article_of_its_file(corpus):
    for row in errata():
        hits = [a["text"].count(row.claim) for a in corpus[row.file]]
        assert sorted(hits)[-1:] == [1] and sum(hits) == 1, f"{row.file}: {row.claim!r} found {hits}"


def test_errata_spread_over_five_articles():
    assert len({row.file for row in errata()}) == 5


def test_quote_conventions_are_all_present(corpus):
    texts = [a["text"] for articles in corpus.values() for a in articles]
    joined = "\n\n".join(texts)
    assert "“" in joined and "”" in joined and re.search(r'"[A-Z][^"]+," \w+ said', joined)
    assert re.search(r"\bshe said\b", joined) and re.search(r"\bsaid that\b", joined)
    assert re.search(r'described \w+ \w+ as ["“][a-z]', joined), "a partial quote"
    assert any(_runs_over_two_paragraphs(text) for text in texts)


def _runs_over_two_paragraphs(text: str) -> bool:
    """A paragraph that opens a quote and does not close it, followed by one that opens again."""
    paragraphs = text.split("\n\n")
    return any(first.startswith("“") and "”" not in first and second.startswith("“") and "”" in second
               for first, second in zip(paragraphs, paragraphs[1:]))


def test_titles_appositions_and_time_expressions_are_present(corpus):
    joined = "\n".join(a["text"] for articles in corpus.values() for a in articles)
    for phrase in ("Prime Minister Chris Hipkins", "NATO Secretary General Jens Stoltenberg",
                   "Foreign Minister Penny Wong", "Mark Rutte, NATO's Secretary General,",
                   "last month", "on Tuesday", "since 2012", "July 11-12"):
        assert phrase in joined, phrase


def test_parse_errata_refuses_a_wrong_header():
    with pytest.raises(AccordError, match="E090|header"):
        parse_errata("| file | claim | kind | truth |\n| --- | --- | --- | --- |\n")


def test_parse_errata_refuses_an_unknown_kind_and_a_short_row():
    header = "| file | claim | kind | truth | source |\n| --- | --- | --- | --- | --- |\n"
    with pytest.raises(AccordError, match="unknown kind 'typo'"):
        parse_errata(header + "| a.txt | Natoo | typo | NATO. | https://example.org |\n")
    with pytest.raises(AccordError, match="non-empty cells"):
        parse_errata(header + "| a.txt | Natoo | misspelling | NATO. |\n")


def test_ingest_reads_every_article_with_its_date_and_the_claims_intact():
    from accord.ingest import prepare, read_inputs

    documents: dict[str, list] = {}
    for raw in read_inputs([str(SAMPLES_DIR)]):
        assert not isinstance(raw, AccordError), str(raw)
        documents.setdefault(Path(raw.source).name, []).append(prepare(raw))
    assert {name: [d.published for d in docs] for name, docs in documents.items()} == EXPECTED_DATES
    for row in errata():
        assert sum(d.text.count(row.claim) for d in documents[row.file]) == 1, row.claim
    for docs in documents.values():
        assert not any(chrome in d.text for d in docs for chrome in PAGE_CHROME)


@pytest.mark.shared
def test_no_sentence_is_taken_from_the_seeds(seeds, corpus):
    joined = " ".join(" ".join(a["text"].split()) for articles in corpus.values() for a in articles)
    for path in seeds.values():
        for sentence in re.split(r"(?<=[.!?])\s+", path.read_text(encoding="utf-8")):
            words = sentence.split()
            if len(words) >= 6:
                assert " ".join(words) not in joined, sentence
