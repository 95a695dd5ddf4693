"""Paragraph breaks as sentence boundaries.

News text marks paragraphs with blank lines and headlines end without a full stop, so the
parser alone runs a headline into the first sentence. `paragraph_starts(doc)` gives the tokens
that open a paragraph; the `accord_paragraphs` component (placed before the parser) marks them
as sentence starts, which the parser then respects; it also starts a sentence after a dateline
(`dateline_ends`) and after a list marker (`list_item_starts`).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

# The day a wire dateline gives: ", Feb. 8", ", February 10", ", 20 March", ", March 20, 2024".
MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
         r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
DATELINE_DAY = rf"(?:,\s*(?:{MONTH}\s+\d{{1,2}}|\d{{1,2}}\s+{MONTH})(?:,?\s+\d{{4}})?)"
# "VILNIUS, Lithuania (AP) —", "BRUSSELS —", "WATFORD –", "MEXICO CITY, Feb. 8 (UPI) —",
# "NAIROBI, Kenya (AP) _": an upper-case place, optionally ", Region", ", Day" and "(Agency)", then
# a dash (or the wires' "_"), opening the text or a paragraph (claims/datelines.py reads them).
# Run into the lead, a day in the dateline was read as the date of the lead's claim ("BRUSSELS,
# October 5 (AP) — X took office ... on 1 October 2024": took office on 5 October, flagged).
DATELINE = re.compile(r"(?:[A-Z][A-Z.'’]+(?:[ -][A-Z][A-Z.'’]+)*)"
                      rf"(?:,\s*[A-Z][\w.'’]+(?:\s[A-Z][\w.'’]+)*)?{DATELINE_DAY}?"
                      r"\s*(?:\([^)\n]{1,40}\))?\s*(?:[-–—]+|_)\s+(?=[A-Z\"“‘'])")
# Capitals that open a paragraph with a dash but are no place: "NATO — the alliance ...".
NOT_PLACES = {"NATO", "EU", "UN", "US", "UK", "USA", "AUKUS", "OSCE", "G7", "G20", "BREAKING", "UPDATE", "UPDATED",
              "EXCLUSIVE", "ANALYSIS", "OPINION", "WATCH", "LIVE", "VIDEO", "PHOTOS", "EDITORIAL", "COMMENT", "NEWS"}
# List markers that open a line: "• Sweden became the 32nd member ...". The model knows no such
# symbol: it tagged "•" a verb and hung the item's subject on it ("•" csubj, "Sweden" npadvmod),
# and the item's claims were lost. Symbols are markers wherever they open a line; the ASCII ones
# and dashes only before a space ("-5 percent", "*Note" are no list items).
BULLETS = frozenset("•‣⁃◦▪▫■□►▸▶●○◆◇➢➤✓✔")
SPACED_BULLETS = frozenset({"-", "*", "–", "—"})


# A line break inside a sentence: text wrapped at a fixed width (plain-text wire copy, e-mail,
# text taken from a PDF): "Sweden became the 30th member of\nNATO in March 2024." Cut there, the
# halves made no claim. A single line break is a wrap when the line before it has no final stop
# and either the next line opens in lower case or the line ends with a comma or with a word no
# headline, byline or list item ends with (an article, a preposition, a conjunction), written in
# lower case (a title-case headline ends "... Americans Believe In").
CONTINUING = frozenset({"a", "an", "the", "of", "to", "in", "on", "at", "for", "from", "by", "with", "into",
                        "and", "or", "but", "nor", "as", "that", "than", "its", "their", "his", "her"})
_FINAL = frozenset(".!?:;\"”’')]…")


def line_starts(doc: Doc) -> list[int]:
    """Indices of the first non-space token after each line break."""
    starts = []
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if not tok.is_space and ("\n" in prev.text or "\n" in prev.whitespace_):
            starts.append(tok.i)
    return starts


def paragraph_starts(doc: Doc) -> list[int]:
    """Indices of the first non-space token after each line break that is no wrap (`wrap_starts`)."""
    wraps = set(wrap_starts(doc))
    return [i for i in line_starts(doc) if i not in wraps]


def wrap_starts(doc: Doc) -> list[int]:
    """Indices of the first token after a line break that falls inside a sentence (CONTINUING)."""
    out = []
    for i in line_starts(doc):
        j = i - 1
        while j >= 0 and doc[j].is_space:
            j -= 1
        if j < 0:
            continue
        last, tok = doc[j], doc[i]
        between = last.whitespace_ + "".join(t.text_with_ws for t in doc[j + 1:i])
        if between.count("\n") != 1 or last.text[-1] in _FINAL or tok.text in BULLETS or tok.text in SPACED_BULLETS:
            continue
        if tok.text[0].islower() or last.text == "," or last.text in CONTINUING:
            out.append(i)
    return out


def dateline_ends(doc: Doc) -> list[int]:
    """Indices of the first token after a dateline's dash, where a dateline opens the text or a
    paragraph: the story's first sentence starts there. Run into it, the dateline became a second
    subject ("OSLO, Norway — NATO foreign ministers began ...": "OSLO" the subject of "began"),
    and every family that reads a verb's subject missed the sentence."""
    out = []
    text = doc.text  # (made from every token at each call: once, not once per paragraph)
    for start in [0] + paragraph_starts(doc):
        if start >= len(doc):
            continue
        head = text[doc[start].idx:doc[start].idx + 120]
        match = DATELINE.match(head)
        if match is None or head.split(",")[0].split("(")[0].split()[0].strip(".") in NOT_PLACES:
            continue
        end = doc.char_span(doc[start].idx + match.end(), doc[start].idx + match.end() + 1, alignment_mode="expand")
        if end is not None and end.start > start + 1:
            out.append(end.start)
    return out


def list_item_starts(doc: Doc) -> list[int]:
    """Indices of the first token after a list marker that opens the text or a paragraph ("• ",
    "▪ ", "- "): the item's sentence starts there, the marker is a sentence of its own."""
    out = []
    for start in [0] + paragraph_starts(doc):
        if start + 1 >= len(doc) or doc[start + 1].is_space:
            continue
        marker = doc[start]
        if marker.text in BULLETS or (marker.text in SPACED_BULLETS and marker.whitespace_):
            out.append(start + 1)
    return out


# A date label that opens a paragraph: timelines, retrospectives and "on this day" features set
# each entry under a short verbless label with its own year ("Washington, April 1999:", "2004 -",
# "April 4, 1949:"), and tell the entry in the present or with no date of its own.
LABEL_ENDS = frozenset({":", "-", "–", "—"})
LABEL_MAX_TOKENS = 8


def label_time(doc: Doc, sent) -> object | None:
    """The time annotation (doc._.times) of the date label that opens the paragraph of `sent` (a
    span), when the label ends before the sentence does; None when there is none. A label is at
    most LABEL_MAX_TOKENS words ending in a colon or a dash, with no verb, holding one time
    expression (a day, a month or a year, its year written), and no dateline ("WASHINGTON, April
    4, 2024 -" gives the news's own day, as the article's date does)."""
    cache = doc.user_data.setdefault("accord_paragraph_labels", {})
    if cache.get("times") != len(doc._.times or []):  # read again once the dates are in
        cache.clear()
        cache["times"] = len(doc._.times or [])
    if "starts" not in cache:
        cache["starts"] = [0] + paragraph_starts(doc)
    opening = max((i for i in cache["starts"] if i <= sent.start), default=0)
    if opening not in cache:
        cache[opening] = _label_of(doc, opening)
    found = cache[opening]
    return found[1] if found is not None and found[0] <= sent.end else None


def _label_of(doc: Doc, opening: int):
    """(the index after the label, its time annotation) for the paragraph opening at `opening`."""
    words = []
    for t in doc[opening:min(len(doc), opening + 3 * LABEL_MAX_TOKENS)]:
        if t.is_space and "\n" in t.text and words:
            break
        if not t.is_space:
            words.append(t)
        if t.text in LABEL_ENDS and len(words) > 1:
            break
    if not words or words[-1].text not in LABEL_ENDS or len(words) - 1 > LABEL_MAX_TOKENS:
        return None
    if any(t.pos_ in ("VERB", "AUX") and not t.like_num for t in words[:-1]):
        return None  # a sentence of its own ("Leaders met in Madrid in 1997:"), not a label
    lo, hi = words[0].idx, words[-1].idx + len(words[-1].text)
    if DATELINE.match(doc.text[lo:hi] + " A"):
        return None
    found = [a for a in doc._.times or [] if lo <= a.start and a.end <= hi]
    if len(found) != 1:
        return None
    a = found[0]
    value, precision = a.data.get("value") or "", a.data.get("precision")
    written = any(w.isdecimal() and len(w) == 4 for w in (a.text or "").replace(",", " ").split())
    if not value[:4].isdecimal() or precision not in ("day", "month", "year") or not written or a.data.get("begin"):
        return None
    return words[-1].i + 1, a
