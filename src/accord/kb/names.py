"""How names are compared: the case and punctuation rules of `KB.resolve`.

Names, aliases and demonyms match case-insensitively after normalisation ("nato", "Nato" and
"NATO" are one key; "Secretary-General" and "Secretary General" too; a leading "the" is dropped).
Abbreviations match case-sensitively, dots removed ("U.S." is "US", but "us" is not), so a common
word never resolves to a state.
"""

from __future__ import annotations

import re
import unicodedata

_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "`": "'"})
_DASHES = re.compile(r"[\u2010-\u2015\-_/]+")
_SPACE = re.compile(r"\s+")
_PLURAL_EXEMPT = ("sh", "ch", "ese", "s", "x", "z")


def norm(text: str) -> str:
    """The case-insensitive key of a name."""
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES)
    text = _DASHES.sub(" ", text).replace(".", "").casefold()
    text = _SPACE.sub(" ", text).strip(" ,;:'\"")
    if text.startswith("the "):
        text = text[4:]
    return text


def abbreviation_key(text: str) -> str:
    """The case-sensitive key of an abbreviation: a leading "the", dots and spaces removed
    ("the U.S." -> "US")."""
    text = re.sub(r"^the\s+", "", unicodedata.normalize("NFKC", text).strip(), flags=re.I)
    return re.sub(r"[.\s]", "", text)


def looks_like_abbreviation(text: str) -> bool:
    """All capitals (digits allowed), 2 to 6 letters: "NATO", "ROK", "G7", "U.S."."""
    key = abbreviation_key(text)
    letters = [c for c in key if c.isalpha()]
    return 2 <= len(key) <= 6 and bool(letters) and all(c.isupper() for c in letters)


def demonym_plural(demonym: str) -> str | None:
    """"Kiwi" -> "Kiwis", "New Zealander" -> "New Zealanders"; None for "British", "Japanese"."""
    if not demonym or demonym.endswith(_PLURAL_EXEMPT) or not demonym[-1].isalpha():
        return None
    return demonym + "s"


def family_name(full_name: str) -> str:
    """The last word of a person's name, the form articles use after the first mention."""
    words = full_name.split()
    return words[-1] if len(words) > 1 else ""
