"""Cleaning: small `str -> str` steps, each idempotent, each with its own tests.

Steps that remove words (invisible characters, photo credits) come as `split_*` functions that
also return what they removed, so `prepare` can record it: nothing disappears silently. Quotes
and apostrophes are kept as written (curly or straight): quotation finding depends on them.
"""

from __future__ import annotations

import re
import unicodedata

# Zero-width and formatting characters that carry no text (ZWJ/ZWNJ stay: some scripts need them).
INVISIBLE = "\ufeff\u200b\u2060\u00ad\ufffe"
_INVISIBLE = re.compile(
    "[" + INVISIBLE + r"\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f]"
)
_LINE_BREAKS = re.compile(r"\r\n?|[\u2028\u2029\x85]")
_SPACES = re.compile(r"[^\S\n]+")  # any whitespace but a newline, Unicode spaces included
_BLANK_RUNS = re.compile(r"\n{3,}")

_CAPS_WORD = r"[A-Z][A-Z'’.\-]+"
_AGENCY_WORD = r"[A-Z][\w&'’.\-]*"
# Words that carry on an agency's name after its first word: "Example Images", "Stuff Photos".
_AGENCY_TAIL = r"(?: (?:Images|Photos?|Pictures|Press|Wire|News|Agency|Media))*"
_NAME = r"[A-Z][\w&'’.\-]*"  # one capitalised word of a photographer's or an agency's name
_PARTICLE = r"(?:de|da|di|du|van|von|der|del|la|le|via|and|&)"
# A credit's body: capitalised words joined by spaces, slashes or name particles; no verb, no
# lowercase word, so "Leaders at the summit" is never taken for one.
_BODY = rf"{_NAME}(?:(?: ?/ ?| {_PARTICLE} | ){_NAME}){{0,8}}"
# Agencies and picture desks named alone after a caption: "... 2022. Getty Images".
_AGENCY = (r"(?:AFP|AP|AAP|EPA(?:-EFE)?|EFE|REUTERS|Reuters|Getty Images|Shutterstock|Alamy|Pool|"
           r"Xinhua|TASS|Sputnik|Anadolu|dpa|Bloomberg)")
_LABEL = r"(?:(?:File )?(?:Photo(?:graph)?|PHOTO|Picture|Image|IMAGE|Caption|Credit|CREDIT)|File (?:photo|picture|image))s?"
# What may stand before a credit that ends a line: the line's start, a sentence's end, or a dash
# or pipe set off by spaces (" – Getty Images", " | Credit: Jo Bloggs"); the dash or pipe goes too.
_BEFORE = r"(?:^|(?<=[.!?”\"’)] )| [|–—-] )"
# Each pattern finds one credit (group `credit`); the whole match is cut from the line.
CREDIT_PATTERNS = (
    # "ROBERT KITCHIN/Stuff Prime Minister ...": a photographer in capitals, a slash, an agency.
    re.compile(rf"^(?P<credit>{_CAPS_WORD}(?: {_CAPS_WORD}){{1,3}} ?/ ?{_AGENCY_WORD}{_AGENCY_TAIL})(?: |$)"),
    # "Photo: Reuters", "Credit - Jo Bloggs/Getty Images": a label and a credit, the whole line.
    re.compile(rf"^(?P<credit>{_LABEL}(?: ?[:/|] ?| [–—-] ){_BODY})$"),
    # "Photo: Leaders at the summit.": the label goes, the caption's sentence stays.
    re.compile(rf"^(?P<credit>{_LABEL}(?: ?[:/|]| [–—-]))(?: |$)"),
    # "... 2022. (AP Photo/Bernat Armangue)", "(Photo by Jo Bloggs/AFP)"
    re.compile(rf"(?:^| )(?P<credit>\((?:{_NAME} )?{_LABEL}(?: ?[:/|] ?| by ){_BODY}\))$"),
    # "... 2022. Photo by Jo Bloggs", "... – Credit: Jo Bloggs"
    re.compile(rf"{_BEFORE}(?P<credit>{_LABEL}(?: ?[:/|] ?| by ){_BODY})$"),
    # "... outside the hall Photo: Example Wire": a label with ":" or "/" is a credit anywhere.
    re.compile(rf" (?P<credit>{_LABEL} ?[:/|] ?{_BODY})$"),
    # "... 2023. (Jim Watson/AFP via Getty Images)", "... 2022. REUTERS/Johanna Geron/Pool",
    # "... June 14. Stephanie Lecocq/Pool/AFP/Getty Images": a slash credit naming an agency.
    re.compile(rf"{_BEFORE}(?P<credit>\((?=[^()]*/)(?=[^()]*\b{_AGENCY}\b){_BODY}\)|(?=[^()]*/)(?=.*\b{_AGENCY}\b){_BODY})$"),
    # "... 2022. Getty Images", "... – AFP via Getty Images", "REUTERS" alone on its line.
    re.compile(rf"{_BEFORE}(?P<credit>\(?(?:{_BODY} via )?{_AGENCY}\)?)$"),
)
MAX_CAPTION = 300  # characters: a longer line is a paragraph, whatever it starts with


def split_invisible(text: str) -> tuple[str, str]:
    """(text without control and zero-width characters, the characters removed).

    Line breaks of every kind become "\\n" first; tabs stay (whitespace normalisation folds them).
    """
    text = _LINE_BREAKS.sub("\n", text)
    removed = "".join(_INVISIBLE.findall(text))
    return (_INVISIBLE.sub("", text), removed) if removed else (text, "")


def normalize_unicode(text: str) -> str:
    """NFC composition without invisible characters; curly quotes, dashes and ellipses kept."""
    return unicodedata.normalize("NFC", split_invisible(text)[0])


def normalize_whitespace(text: str) -> str:
    """One space between words, no spaces at line ends, paragraphs separated by one blank line.

    Single line breaks stay (a poem, a list, a header); runs of blank lines become one.
    """
    lines = (_SPACES.sub(" ", line).strip() for line in text.split("\n"))
    return _BLANK_RUNS.sub("\n\n", "\n".join(lines)).strip()


def split_credit(line: str) -> tuple[str, list[str]]:
    """(the line without its photo credits, the credits removed), judged with the line's spaces
    folded as `normalize_whitespace` folds them.

    Only the credit goes: "Leaders pose in Madrid, Spain, on June 29, 2022. (AP Photo/Name)"
    keeps its sentence, which is the article's own claim of a place and a date. A line that is
    nothing but a credit comes back empty. Credits are cut until none is left (a caption may carry
    two), so the result has none and cutting again changes nothing. A line longer than
    MAX_CAPTION is a paragraph: it is left alone.
    """
    line = _SPACES.sub(" ", line).strip()
    if not 0 < len(line) <= MAX_CAPTION:
        return line, []
    credits: list[str] = []
    while line:
        match = next((m for p in CREDIT_PATTERNS if (m := p.search(line))), None)
        if match is None:
            break
        credits.append(match.group("credit"))
        line = (line[:match.start()] + " " + line[match.end():]).strip()
    return line, credits


def is_caption(line: str) -> bool:
    """Whether a line carries a photo credit (or a caption label) to cut."""
    return bool(split_credit(line)[1])


def split_captions(text: str) -> tuple[str, list[str]]:
    """(text with every photo credit cut, the credits cut, in order).

    A caption's sentence stays as a line of text; a line that was only a credit goes.
    """
    kept: list[str] = []
    removed: list[str] = []
    for line in text.split("\n"):
        rest, credits = split_credit(line)
        if not credits:
            kept.append(line)
            continue
        removed.extend(credits)
        if rest:
            kept.append(rest)
    if not removed:
        return text, []
    return normalize_whitespace("\n".join(kept)), removed


def remove_captions(text: str) -> str:
    """`split_captions` as a plain step."""
    return split_captions(text)[0]
