"""Find quoted passages in plain text from their quotation marks, before any parsing.

News text mixes straight and curly marks, opens paragraphs with the wrong mark (`”If you look
…`), writes a closing mark as an opening one (`“It's unusual,“ said …`), uses two apostrophes
for a double mark (`''We have …,'' he said`), and runs a quotation over several paragraphs:
each paragraph opens with a mark and only the last one closes. A mark's role is therefore read
from what surrounds it (a space before and a letter after: it opens), and only then from its
shape. Everything here works on characters, so it is fast and testable without spaCy.
"""

from __future__ import annotations

from dataclasses import dataclass
import re

DOUBLE_MARKS = ('"', "“", "”", "„", "«", "»", "''", "``")
SINGLE_MARKS = ("'", "‘", "’")
OPENING_SHAPES = {"“", "„", "«", "``", "‘"}
CLOSING_SHAPES = {"”", "»", "’"}
_MARK = re.compile(r"''|``|[\"“”„«»'‘’]")
# Characters that may stand right before an opening mark or right after a closing one.
_OPEN_LEFT = set(" \t\n\r\u00a0([{—–-:;/") | {""}
_CLOSE_RIGHT = set(" \t\n\r\u00a0)]}—–-.,;:!?/…") | {""}


@dataclass(frozen=True)
class Mark:
    """One quotation mark: where it is, how long (2 for `''`), whether double, and what it can do."""

    start: int
    end: int
    double: bool
    can_open: bool
    can_close: bool
    shape: str


@dataclass(frozen=True)
class QuotedSpan:
    """A quoted passage: `start`/`end` include the marks; `inner_*` exclude them.

    `closed` is False when the paragraph (or text) ended before a closing mark; `paragraphs`
    counts the paragraphs a multi-paragraph quotation runs over; `nested` holds the quotes
    inside quotes (single marks inside double ones), as (start, end) with their marks.
    """

    start: int
    end: int
    inner_start: int
    inner_end: int
    closed: bool = True
    paragraphs: int = 1
    double: bool = True
    nested: tuple[tuple[int, int], ...] = ()


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Character spans of the paragraphs: runs of text between line breaks, blanks dropped."""
    spans = []
    for match in re.finditer(r"[^\n]+", text):
        if match.group().strip():
            spans.append((match.start(), match.end()))
    return spans


def marks(text: str, start: int = 0, end: int | None = None) -> list[Mark]:
    """Every quotation mark in text[start:end] with what its surroundings allow it to do."""
    end = len(text) if end is None else end
    found = []
    for match in _MARK.finditer(text, start, end):
        s, e = match.span()
        left = text[s - 1] if s > start else ""
        right = text[e] if e < end else ""
        if match.group() == "'" and left.isalnum() and right.isalnum():
            continue  # apostrophe inside a word: don't, O'Neill
        if match.group() == "’" and left.isalnum() and right.isalnum():
            continue
        found.append(_mark(match.group(), s, e, left, right))
    return found


def _mark(shape: str, s: int, e: int, left: str, right: str) -> Mark:
    opens = left in _OPEN_LEFT or left in "\"“”‘’'"
    closes = right in _CLOSE_RIGHT or right in "\"“”‘’'"
    can_open = opens and not right.isspace() and right != ""
    can_close = closes and not left.isspace() and left != ""
    return Mark(s, e, shape not in SINGLE_MARKS, can_open, can_close, shape)


def _opens(mark: Mark) -> bool:
    if mark.can_open and not mark.can_close:
        return True
    if mark.can_open and mark.can_close:  # e.g. `"` between two marks: trust the shape
        return mark.shape not in CLOSING_SHAPES
    return False


def _closes(mark: Mark) -> bool:
    if mark.can_close and not mark.can_open:
        return True
    if mark.can_open and mark.can_close:
        return mark.shape not in OPENING_SHAPES
    return False


def paragraph_quotes(text: str, start: int, end: int) -> list[dict]:
    """Quoted passages of one paragraph, as dicts; an unclosed one has "closed": False.

    Double marks pair first; single marks pair only inside a double quotation (nested) or,
    outside any, when a clear opening mark meets a clear closing one (headlines: `'Never'`).
    """
    found: list[dict] = []
    current: dict | None = None
    single_open: Mark | None = None
    for mark in marks(text, start, end):
        if not mark.double:
            single_open = _single(mark, current, single_open, found)
            continue
        if current is None:
            if _opens(mark) or (mark.can_open and mark.start == start):
                current = {"start": mark.start, "inner_start": mark.end, "nested": []}
                single_open = None
        elif _closes(mark) or not mark.can_open:
            current.update(end=mark.end, inner_end=mark.start, closed=True)
            found.append(current)
            current, single_open = None, None
    if current is not None:
        current.update(end=end, inner_end=end, closed=False)
        found.append(current)
    return found


def _single(mark: Mark, current: dict | None, single_open: Mark | None, found: list) -> Mark | None:
    """Pair single marks; return the single mark still waiting for its closing partner."""
    if single_open is None:
        return mark if _opens(mark) and mark.shape != "’" else None
    if not _closes(mark):
        return single_open if not _opens(mark) else mark
    span = (single_open.start, mark.end)
    if current is not None:
        current["nested"].append(span)
    elif mark.end - single_open.start > 3:
        found.append({"start": span[0], "end": span[1], "inner_start": single_open.end,
                      "inner_end": mark.start, "closed": True, "double": False, "nested": []})
    return None


def quoted_spans(text: str) -> list[QuotedSpan]:
    """Every quoted passage of the text, multi-paragraph ones joined, in text order.

    An unclosed quotation continues into the next paragraph when that paragraph opens with a
    quotation mark (of any shape); otherwise it ends with its paragraph. Marks with only blanks
    between them are no quotation.
    """
    result: list[QuotedSpan] = []
    pending: QuotedSpan | None = None
    for p_start, p_end in paragraphs(text):
        quotes = paragraph_quotes(text, p_start, p_end)
        if pending is not None:
            first = quotes[0] if quotes else None
            if first is not None and first["start"] == _first_char(text, p_start):
                quotes[0] = _join(pending, first)
            else:
                result.append(pending)
            pending = None
        for item in quotes:
            span = item if isinstance(item, QuotedSpan) else _span(item)
            if not span.closed and _may_continue(text, p_start, span.start):
                pending = span
            else:
                result.append(span)
    if pending is not None:
        result.append(pending)
    # marks with nothing between them ("““ said NATO") quote nothing
    return sorted((q for q in result if text[q.inner_start:q.inner_end].strip()), key=lambda q: q.start)


def _may_continue(text: str, p_start: int, start: int) -> bool:
    """An unclosed quotation runs on into the next paragraph only when it stands as a sentence
    of its own: it opens its paragraph or follows a colon or comma (`Obama said: "…`)."""
    before = text[p_start:start].rstrip()
    return not before or before[-1] in ":,"


def _first_char(text: str, start: int) -> int:
    while start < len(text) and text[start].isspace():
        start += 1
    return start


def _span(item: dict) -> QuotedSpan:
    return QuotedSpan(item["start"], item["end"], item["inner_start"], item["inner_end"],
                      item["closed"], 1, item.get("double", True), tuple(item["nested"]))


def _join(first: QuotedSpan, item: dict) -> QuotedSpan:
    """The quotation `first` continued by the paragraph-opening quotation `item`."""
    following = _span(item)
    return QuotedSpan(first.start, following.end, first.inner_start, following.inner_end,
                      following.closed, first.paragraphs + 1, True, first.nested + following.nested)
