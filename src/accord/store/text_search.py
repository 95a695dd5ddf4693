"""Full-text search rules shared by the backends: what a word is, how a query is read, snippets.

A query matches a document when every word of it appears in the title or the text, ignoring case
and accents (SQLite FTS5's `unicode61 remove_diacritics 2` tokenizer; the in-memory store does the
same in Python). Punctuation in a query is never syntax, so user input cannot break the search.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections import Counter
from itertools import islice
from typing import Iterable

WORD = re.compile(r"[^\W_]+")
MARK_OPEN, MARK_CLOSE, ELLIPSIS = "[", "]", "…"
SNIPPET_WORDS = 12  # as in FTS5's snippet(..., 12)


def fold(word: str) -> str:
    """Case- and accent-insensitive form of a word."""
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def query_words(query: str) -> list[str]:
    """The distinct folded words of a query, in order."""
    return list(dict.fromkeys(fold(m.group()) for m in WORD.finditer(query)))


def fts_query(query: str, separators: Iterable[str] = ()) -> str | None:
    """An FTS5 MATCH expression: every word quoted (so it is never an operator), all required.
    A word is also cut at each of `separators` (characters that FTS5's tokenizer does not take
    as part of a word, though Python does: a quoted word must be one token, the index keeping
    no positions for a phrase, migration 0016)."""
    cut = "[" + "".join(re.escape(c) for c in separators) + "]" if separators else None
    words = [w for m in WORD.finditer(query) for w in (re.split(cut, m.group()) if cut else [m.group()]) if w]
    if not words:
        return None
    return " ".join('"' + w.replace('"', '""') + '"' for w in words)


_letters: dict[str, str] | None = None


def _variants(char: str) -> str:
    """Every character of the Basic Multilingual Plane that `fold` turns into `char` alone
    (capitals, accented forms), `char` first."""
    global _letters
    if _letters is None:
        table: dict[str, list[str]] = {}
        for code in range(0x10000):
            c = chr(code)
            # only a letter with a decomposition or another case can fold to another one
            if c.isalnum() and (unicodedata.decomposition(c) or c.casefold() != c):
                f = fold(c)
                if len(f) == 1 and f != c:
                    table.setdefault(f, []).append(c)
        _letters = {f: "".join(cs) for f, cs in table.items()}
    return char + _letters.get(char, "").replace(char, "")


def _classes(word: str) -> list[str]:
    return ["".join(dict.fromkeys(_variants(c))) for c in word]


def sql_pattern(word: str) -> str:
    """A whole occurrence of the folded `word` in an unfolded text, as a PostgreSQL regular
    expression: each letter any character folding to it alone, between characters that are not
    letters or digits (as WORD cuts words). It finds what `score` counts, except where a letter
    folds to two (ß, ligatures): those are left as they are, as the GIN index's words leave them."""
    return "(?<![[:alnum:]])" + "".join("[" + cls + "]" for cls in _classes(word)) + "(?![[:alnum:]])"


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
        first = next((m.start() for m in WORD.finditer(text) if fold(m.group()) in words), None)
        if first is not None:
            return snippet_at(words, text, first)
    return ""


def snippet_at(words: list[str], text: str, start: int) -> str:
    """`snippet` of `text` whose first match is the word at `start` (found by the store). Only
    the words around it are cut out (the window needs the SNIPPET_WORDS // 4 + 1 before it and
    the SNIPPET_WORDS + 1 from it on), unless it is near the end."""
    lead = SNIPPET_WORDS // 4
    after = list(islice(WORD.finditer(text, start), SNIPPET_WORDS + 1))
    low = max(0, start - 40 * (lead + 1))
    before = list(WORD.finditer(text, low, start))[1 if low else 0:]  # the first may be cut
    if len(after) >= SNIPPET_WORDS - lead and (low == 0 or len(before) > lead):
        before = before[-(lead + 1):]
        return _window(text, before + after, len(before), set(words))
    tokens = list(WORD.finditer(text))
    return _window(text, tokens, bisect_left([m.start() for m in tokens], start), set(words))


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
