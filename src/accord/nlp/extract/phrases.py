"""`Phrases`: token sequences found in a Doc, as spaCy's PhraseMatcher finds them, over strings.

The gazetteer's names used to go into spaCy PhraseMatchers, which take each name as a Doc:
making those Docs put a lexeme for every word of the KB's 2,700 distinct names into the
vocabulary, half a second at every start. `Phrases` holds each name as the strings of its tokens (its lower-case
forms, or its texts as written), which can be kept on disk (accord.nlp.tokens_cache), and finds
every occurrence the same way: every (key, start, end) whose tokens equal a name's, overlapping
ones included, in order of start then end. Several keys with the same tokens all match.
"""

from __future__ import annotations

from typing import Sequence

_END = None  # a trie node's entry for the keys of the names that end there (tokens are str)


class Phrases:
    """Names as token sequences in a trie; `attr` is "lower" (match lower-case forms) or "orth"
    (match the text as written)."""

    def __init__(self, attr: str):
        if attr not in ("lower", "orth"):
            raise ValueError(f"attr must be 'lower' or 'orth', not {attr!r}")
        self.attr = attr
        self.root: dict = {}

    def add(self, key: str, tokens: Sequence[str]) -> None:
        """Find `key` where these tokens occur (an empty sequence is never found)."""
        if not tokens:
            return
        node = self.root
        for token in tokens:
            node = node.setdefault(token, {})
        keys = node.setdefault(_END, [])
        if key not in keys:
            keys.append(key)

    def words(self, doc) -> list[str]:
        """The strings of `doc`'s tokens this matcher compares."""
        return [t.lower_ for t in doc] if self.attr == "lower" else [t.text for t in doc]

    def __call__(self, doc, words: Sequence[str] | None = None) -> list[tuple[str, int, int]]:
        """Every (key, start, end) of a name in `doc` (token offsets); `words` are
        `self.words(doc)` when the caller has them already."""
        words = self.words(doc) if words is None else words
        found = []
        root, n = self.root, len(words)
        for start in range(n):
            node = root.get(words[start])
            end = start + 1
            while node is not None:
                keys = node.get(_END)
                if keys:
                    found += [(key, start, end) for key in keys]
                if end >= n:
                    break
                node = node.get(words[end])
                end += 1
        return found

    def __len__(self) -> int:
        """How many names (key and tokens) it holds."""
        count, stack = 0, [self.root]
        while stack:
            node = stack.pop()
            for token, child in node.items():
                if token is _END:
                    count += len(child)
                else:
                    stack.append(child)
        return count
