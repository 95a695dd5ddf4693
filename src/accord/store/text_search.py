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


def fold(word: str) -> str:
    """Case- and accent-insensitive form of a word."""
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


_combining: re.Pattern | None = None


def fold_text(text: str) -> str:
    """`fold` applied to a whole text at once: every word's folded form is a substring of it
    (fold works letter by letter), so a word missing from it is missing from the text."""
    if text.isascii():
        return text.lower()
    global _combining
    if _combining is None:  # the combining marks fold drops, as one character class
        marks = [c for c in range(0x300, 0x110000) if unicodedata.combining(chr(c))]
        ranges, first = [], marks[0]
        for prev, cur in zip(marks, marks[1:] + [None]):
            if cur != prev + 1:
                ranges.append(re.escape(chr(first)) + ("-" + re.escape(chr(prev)) if prev > first else ""))
                first = cur
        _combining = re.compile("[" + "".join(ranges) + "]")
    return _combining.sub("", unicodedata.normalize("NFKD", text.casefold()))


def matches(words: list[str], fields: Iterable[str | None]) -> int:
    """`score(words, fields)`, quickly 0 for most texts missing a word (a substring test of the
    folded text first): how a store searching texts one by one tests them."""
    fields = [f for f in fields if f]
    folded = [fold_text(f) for f in fields]
    if not all(any(w in f for f in folded) for w in words):
        return 0
    return score(words, fields)


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


def ranked(found: list[tuple[int, str]], limit: int) -> list[str]:
    """Ids of (score, id) matches given in the order they were added: the last `limit` of them
    (the page: the most recently added matches), highest score first, ties by id."""
    candidates = found[-limit:] if limit > 0 else []
    return [doc_id for _, doc_id in sorted(candidates, key=lambda t: (-t[0], t[1]))]
