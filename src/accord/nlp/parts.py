"""Long documents in parts: where to cut a text the pipeline cannot take whole, and how to put
the parts' annotations back together in document coordinates.

spaCy refuses a text longer than `nlp.max_length` (error E088), and several of accord's
components cost more than linear time in a document's length, so a long article is annotated in
parts of at most `limit` characters. A cut falls where it breaks the least: the last paragraph
break (a blank line, then a line break) before the limit, else the last sentence end outside
quotation marks, else the last sentence end, else the last whitespace; only a part with no
whitespace at all is cut at the limit itself. Each part is annotated on its own, so an
entity, quotation, time expression or statement is never cut where a paragraph break could be
chosen; what the parts lose is context across a cut (a family name whose full name came in an
earlier part, a speaker named in the part before).

    starts = part_starts(text, limit)            # [0, s1, s2, ...]
    annotations = shift_annotations(found, s1)   # a part's annotations, in document offsets
"""

from __future__ import annotations

import re
from typing import Iterable

from accord.model import Annotation, Statement

# A sentence ends at . ! or ? (closing quotes and brackets may follow) before whitespace.
_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)\]]*(?=\s)")
_WHITESPACE = re.compile(r"\s+")
_QUOTE_MARKS = re.compile(r"[\"\u201c\u201d]")
# Annotation data fields that hold [start, end] character offsets, by layer.
OFFSET_FIELDS = {"quote": ("cue", "speaker", "sentence")}


def part_starts(text: str, limit: int) -> list[int]:
    """Where each part of `text` starts (the first is 0); every part is at most `limit` characters."""
    if limit < 1:
        raise ValueError("limit must be at least 1")
    starts = [0]
    while len(text) - starts[-1] > limit:
        starts.append(_cut(text, starts[-1], starts[-1] + limit))
    return starts


def parts(text: str, limit: int) -> list[tuple[int, str]]:
    """(offset, text) of each part of `text`, in order; their texts joined give `text` back."""
    starts = part_starts(text, limit)
    ends = starts[1:] + [len(text)]
    return [(s, text[s:e]) for s, e in zip(starts, ends)]


def _cut(text: str, start: int, end: int) -> int:
    """The best place to start the next part: a position in (start, end]."""
    window = text[start:end + 1]  # one more: a break right at the limit still counts
    for finder in (_after_blank_line, _after_line_break, _after_sentence_outside_quotes,
                   _after_sentence, _after_whitespace):
        cut = finder(window)
        if cut is not None and cut > 0:
            return start + min(cut, end - start)  # trailing whitespace past the limit stays behind
    return end


def _after_blank_line(window: str) -> int | None:
    found = window.rfind("\n\n")
    return _skip_space(window, found) if found > 0 else None


def _after_line_break(window: str) -> int | None:
    found = window.rfind("\n")
    return _skip_space(window, found) if found > 0 else None


def _after_sentence_outside_quotes(window: str) -> int | None:
    best = None
    for match in _SENTENCE_END.finditer(window):
        if len(_QUOTE_MARKS.findall(window, 0, match.end())) % 2 == 0 and \
                window.count("\u201c", 0, match.end()) <= window.count("\u201d", 0, match.end()):
            best = match.end()
    return _skip_space(window, best) if best else None


def _after_sentence(window: str) -> int | None:
    best = None
    for match in _SENTENCE_END.finditer(window):
        best = match.end()
    return _skip_space(window, best) if best else None


def _after_whitespace(window: str) -> int | None:
    best = None
    for match in _WHITESPACE.finditer(window):
        if match.start() > 0:
            best = match.start()
    return _skip_space(window, best) if best else None


def _skip_space(window: str, at: int) -> int:
    """The first non-space position from `at` on: a part starts with its first word, and the
    whitespace between two parts ends the earlier one."""
    while at < len(window) and window[at].isspace():
        at += 1
    return at


def shift_annotations(annotations: Iterable[Annotation], offset: int) -> list[Annotation]:
    """The annotations of a part starting at `offset`, moved to document offsets (in place)."""
    out = []
    for a in annotations:
        a.start += offset
        a.end += offset
        for key in OFFSET_FIELDS.get(a.layer, ()):
            span = a.data.get(key)
            if span:
                a.data[key] = [span[0] + offset, span[1] + offset]
        out.append(a)
    return out


def shift_statements(statements: Iterable[Statement], offset: int) -> list[Statement]:
    """The statements of a part starting at `offset`, their references in document offsets."""
    out = []
    for st in statements:
        for ref in st.references:
            ref.start += offset
            ref.end += offset
            ref.sentence_start += offset
        out.append(st)
    return out
