"""Full-text search rules shared by the backends: what a word is, how a query is read, snippets.

A query matches a document when every word of it appears in the title or the text, ignoring case
and accents (SQLite FTS5's `unicode61 remove_diacritics 2` tokenizer; the in-memory store does the
same in Python). Punctuation in a query is never syntax, so user input cannot break the search.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from typing import Iterable

WORD = re.compile(r"[^\W_]+")
MARK_OPEN, MARK_CLOSE, ELLIPSIS = "[", "]", "…"
SNIPPET_WORDS = 12  # as in FTS5's snippet(..., 12)
# Only the most recently added matches are ranked (see docs/store.md, "Search"): ranking all
# matches of a query of very common words took over a second in a store of 100,000 documents.
SEARCH_CANDIDATES = 2000


def fold(word: str) -> str:
    """Case- and accent-insensitive form of a word."""
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def query_words(query: str) -> list[str]:
    """The distinct folded words of a query, in order."""
    return list(dict.fromkeys(fold(m.group()) for m in WORD.finditer(query)))


def fts_query(query: str) -> str | None:
    """An FTS5 MATCH expression: every word quoted (so it is never an operator), all required."""
    words = [m.group() for m in WORD.finditer(query)]
    if not words:
        return None
    return " ".join('"' + w.replace('"', '""') + '"' for w in words)


def score(words: list[str], fields: Iterable[str]) -> int:
    """How often the query words occur in `fields`; 0 unless every word occurs."""
    counts = Counter(fold(m.group()) for f in fields if f for m in WORD.finditer(f))
    if any(counts[w] == 0 for w in words):
        return 0
    return sum(counts[w] for w in words)


def snippet(words: list[str], fields: Iterable[str]) -> str:
    """A window of SNIPPET_WORDS words around the first match, matches in [brackets]."""
    for text in fields:
        if not text:
            continue
        tokens = list(WORD.finditer(text))
        hits = [i for i, m in enumerate(tokens) if fold(m.group()) in words]
        if hits:
            return _window(text, tokens, hits[0], set(words))
    return ""


def _window(text: str, tokens: list[re.Match], first: int, words: set[str]) -> str:
    begin = max(0, min(first - SNIPPET_WORDS // 4, len(tokens) - SNIPPET_WORDS))
    chosen = tokens[begin:begin + SNIPPET_WORDS]
    parts, cursor = [], chosen[0].start()
    for m in chosen:
        parts.append(text[cursor:m.start()])
        word = m.group()
        parts.append(f"{MARK_OPEN}{word}{MARK_CLOSE}" if fold(word) in words else word)
        cursor = m.end()
    body = "".join(parts)
    more = begin + len(chosen) < len(tokens)
    return (ELLIPSIS if begin > 0 else "") + body + (ELLIPSIS if more else "")


def ranked(matches: list[tuple[int, str]], limit: int) -> list[str]:
    """Ids of (score, id) matches given in the order they were added: the best `limit` of the
    last SEARCH_CANDIDATES, highest score first, ties by id."""
    candidates = matches[-SEARCH_CANDIDATES:]
    return [doc_id for _, doc_id in sorted(candidates, key=lambda t: (-t[0], t[1]))[:limit]]
