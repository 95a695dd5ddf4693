"""Character offsets in the cleaned text mapped back to the raw text a reader produced.

accord's offsets refer to the cleaned text, but evaluation corpora (PolNeAR, TempEval-3) give
offsets into the raw file, and a user may want to highlight the original. Cleaning keeps or drops
whole lines (header, captions) and only trims, collapses, composes or deletes characters inside a
line, so the mapping is built line by line: each cleaned line is found among the raw lines, in
order, by normalising the raw line the way cleaning does, keeping each character's raw position.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from accord.ingest.clean import INVISIBLE, footnote_marks

_RAW_LINE = re.compile(r"[^\r\n\u2028\u2029\x85]*(?:\r\n|[\r\n\u2028\u2029\x85]|$)")
_INVISIBLE_CHARS = frozenset(INVISIBLE) | {chr(c) for c in range(0x20) if chr(c) not in "\t\n"} | {
    chr(c) for c in range(0x7F, 0xA0) if c != 0x85
}


@dataclass
class OffsetMap:
    """`starts[i]`/`ends[i]`: the raw span that cleaned character `i` came from."""

    starts: list[int]
    ends: list[int]
    raw_length: int

    def to_raw(self, start: int, end: int) -> tuple[int, int]:
        """The raw span of the cleaned span `[start, end)` (an empty span maps to a point)."""
        if not self.starts:
            return 0, 0
        if start >= end:
            point = self.starts[start] if start < len(self.starts) else self.raw_length
            return point, point
        return self.starts[start], self.ends[end - 1]


def align(raw: str, cleaned: str) -> OffsetMap:
    """Map every character of `cleaned` (from `prepare`/`clean_text` on `raw`) to `raw`.

    A cleaned line that cannot be found (it should not happen) is mapped to the raw position
    where the search stood, so the mapping is always complete and monotonic.
    """
    lines = [_normalised_line(raw, m.start(), m.end()) for m in _RAW_LINE.finditer(raw) if m.end() > m.start()]
    starts: list[int] = []
    ends: list[int] = []
    index = 0  # next raw line to search
    position = 0  # raw position reached
    for number, line in enumerate(cleaned.split("\n")):
        if number:  # the "\n" between cleaned lines stands where the raw text was reached
            starts.append(position)
            ends.append(position)
        if not line:
            continue
        found = _find_line(lines, index, line)
        if found is None:
            starts.extend([position] * len(line))
            ends.extend([position] * len(line))
            continue
        index, skip = found
        chars = lines[index][1][skip:skip + len(line)]
        starts.extend(start for start, _ in chars)
        ends.extend(end for _, end in chars)
        position = chars[-1][1]
        index += 1
    return OffsetMap(starts, ends, len(raw))


def _find_line(lines, index: int, line: str) -> tuple[int, int] | None:
    """(raw line number, characters to skip): the first raw line from `index` that normalises to
    `line`, or ends with it (a header read from the start of the line)."""
    for number in range(index, len(lines)):
        text = lines[number][0]
        if text == line:
            return number, 0
        if text.endswith(line) and text[-len(line) - 1] == " ":
            return number, len(text) - len(line)
    return None


def _normalised_line(raw: str, start: int, end: int) -> tuple[str, list[tuple[int, int]]]:
    """A raw line as cleaning leaves it, with each character's raw span: invisible characters
    dropped, clusters composed (NFC), whitespace runs made one space, the ends trimmed, footnote
    markers dropped (`clean.footnote_marks`)."""
    out: list[str] = []
    spans: list[tuple[int, int]] = []
    i = start
    while i < end:
        ch = raw[i]
        if ch in "\r\n\u2028\u2029\x85" or ch in _INVISIBLE_CHARS:
            i += 1
        elif ch.isspace():
            j = i
            while j < end and raw[j].isspace() and raw[j] not in "\r\n\u2028\u2029\x85":
                j += 1
            if out and out[-1] != " ":
                out.append(" ")
                spans.append((i, j))
            i = j
        else:
            j = i + 1
            while j < end and unicodedata.combining(raw[j]):
                j += 1
            for composed in unicodedata.normalize("NFC", raw[i:j]):
                out.append(composed)
                spans.append((i, j))
            i = j
    while out and out[-1] == " ":
        out.pop()
        spans.pop()
    for begin, finish in reversed(footnote_marks("".join(out))):  # dropped as cleaning drops them
        del out[begin:finish], spans[begin:finish]
    return "".join(out), spans
