"""Kinds of edit for `bench/sweep.py`: one module per kind, each with `edits(text, kb)`.

A kind proposes every edit of its kind that it finds in an article, mechanically (the text's words,
the KB's names), never from accord's output: what accord misses must be proposable.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: where a sentence ends: a full stop, question or exclamation mark before a space, or a line break
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[\"'“‘(A-Z0-9])|\n+")


@dataclass(frozen=True)
class Edit:
    """Replace `text[start:end]` with `replace`; `note` says what the edit does to the claim."""

    start: int
    end: int
    replace: str
    note: str = ""


def sentence_of(text: str, start: int, end: int) -> str:
    """The sentence (roughly: the sweep only uses it to tell read from unread) holding a span."""
    begin, finish = 0, len(text)
    for m in SENTENCE_END.finditer(text):
        if m.end() <= start:
            begin = m.end()
        elif m.start() >= end:
            finish = m.start()
            break
    return text[begin:finish]


def body_start(text: str) -> int:
    """Where an article's body begins: after the `date`/`url` header and its blank line."""
    head = re.match(r"(?:(?:date|url)[^\n]*\n)+\n", text)
    return head.end() if head else 0
