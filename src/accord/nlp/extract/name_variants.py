"""The spellings and orders a KB person's name takes in news, generated from the KB's names.

Journalists write the same person in several ways the KB does not list one by one:
- without accents: "Erdogan" for "Erdoğan", "Sekerinska" for "Šekerinska", "Store" for "Støre";
- with a space for a hyphen: "Lee Jong Sup" for "Lee Jong-sup", "Jean Yves Le Drian";
- without middle names: "Recep Erdogan" for "Recep Tayyip Erdoğan", "Jonas Støre";
- family name first or last: Japanese, Korean, Chinese and Hungarian names appear in both
  orders ("Kishida Fumio" / "Fumio Kishida", "Orbán Viktor", "Suk Yeol Yoon" / "Yoon Suk Yeol").
  The family-first order is generated for the people whose offices belong to states that write
  names that way (or whose KB name is already written family first), not for everyone: "Biden
  Joe" is never a name.

Every KB person gets these variants, so a person added to the KB is found in all of them.
`PersonNames.from_kb(kb)` indexes them (by `fold`ed key) for the people extractor and the
gazetteer; `fold` is the comparison key: accents dropped, case and hyphens ignored.
"""

from __future__ import annotations

import re
import unicodedata
import weakref
from collections import defaultdict
from functools import lru_cache

# States whose names are written family name first (in their own usage and often in English news).
FAMILY_FIRST_STATES = frozenset({"state:JPN", "state:KOR", "state:PRK", "state:CHN", "state:TWN", "state:HUN",
                                 "state:VNM", "state:MNG"})
# Letters NFKD does not split into a base letter and an accent.
_LETTERS = str.maketrans({"ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ß": "ss", "æ": "ae",
                          "Æ": "Ae", "ı": "i", "œ": "oe", "Œ": "Oe", "ð": "d", "þ": "th"})
_CACHE: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def strip_accents(text: str) -> str:
    """ "Šekerinska" -> "Sekerinska", "Støre" -> "Store": the name as written without accents."""
    text = unicodedata.normalize("NFKD", text.translate(_LETTERS))
    return "".join(c for c in text if not unicodedata.combining(c))


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """The comparison key of a name: no accents, case-folded, hyphens and dots as spaces,
    a trailing possessive dropped."""
    text = strip_accents(text).replace("\u2019", "'")
    text = re.sub(r"'s?$", "", text.strip())
    return " ".join(re.sub(r"[\-\u2010-\u2015.]+", " ", text).casefold().split())


_DIGRAPHS = re.compile(r"([sczktp])h")
_I_SOUNDS = re.compile(r"iy|yi|ii|yy|ij|y")


@lru_cache(maxsize=65536)
def romanised(text: str) -> str:
    """A coarser key than `fold` for names romanised from Cyrillic and other scripts in several
    systems: "Zelenskyy" / "Zelenskiy" / "Zelensky", "Denys Shmyhal" / "Denis Shmigal" / "Denys
    Shmygal", "Oleksiy" / "Oleksii", "Sergey" / "Sergei", "Aleksandr" / "Alexander" all agree. An
    "h" that is not part of sh, ch, zh, kh, th or ph is a g (Ukrainian h, Russian g); x is ks; w is
    v; every written i-sound (y, iy, ii, yi, ij) is i. Not for a name's single word: two names of
    one person agree on every word under it, which a slip ("Kulleba") does not make."""
    text = fold(text).replace("x", "ks").replace("w", "v")
    text = _DIGRAPHS.sub(lambda m: m.group(1) + "\0", text).replace("h", "g").replace("\0", "h")
    text = text.replace("ey", "ei").replace("ay", "ai")
    return _I_SOUNDS.sub("i", text)


def _given_and_family(name: str, family: str | None) -> tuple[str, str, bool] | None:
    """(given names, family name, written family first) of a full name, or None when the family
    name is not at either end (or the name is one word)."""
    family = family or name.split()[-1]
    if " " not in name.strip() or family == name:
        return None
    if name.endswith(" " + family):
        return name[: -len(family)].strip(), family, False
    if name.startswith(family + " "):
        return name[len(family):].strip(), family, True
    return None


def _spaced(name: str) -> str:
    """ "Lee Jong-sup" -> "Lee Jong Sup": each hyphenated part a capitalised word."""
    return re.sub(r"-(\w)", lambda m: " " + m.group(1).upper(), name)


def variants(name: str, family: str | None = None, family_first: bool = False) -> set[str]:
    """The ways `name` is written besides itself (accents, hyphens, order; rules above).
    `family_first`: the person's name is also written family name first."""
    out: set[str] = set()
    parts = _given_and_family(name, family)
    if parts:
        given, fam, written_first = parts
        if written_first:
            out.add(f"{given} {fam}")
        elif family_first:
            out.add(f"{fam} {given}")
        given_words = given.split()
        if len(given_words) >= 2 and not written_first:  # "Recep Erdoğan" for Recep Tayyip Erdoğan
            out.add(f"{given_words[0]} {fam}")
    for form in list(out) + [name]:
        out |= {form, strip_accents(form), _spaced(form), _spaced(strip_accents(form))}
    out.discard(name)
    return out


def family_first_person(kb, person_id: str) -> bool:
    """Does this person hold (or has held) an office of a state that writes family names first?"""
    for fact in kb.facts(subject=person_id, property="holds_office"):
        office = kb.entity(fact.value) if kb.has(fact.value) else None
        if office is not None and office.attrs.get("jurisdiction") in FAMILY_FIRST_STATES:
            return True
    return False


def unmangled(text: str) -> str:
    """The text with UTF-8 that was decoded as Latin-1 or Windows-1252 put right ("FranÃ§ois" ->
    "François", also when it happened twice); the text as it is when it was not so mangled."""
    text = unicodedata.normalize("NFC", text)
    for _ in range(3):
        if not any(c in text for c in "ÃÂÅÄ"):
            break
        for codec in ("cp1252", "latin-1"):
            try:
                fixed = text.encode(codec).decode("utf-8")
                break
            except (UnicodeEncodeError, UnicodeDecodeError):
                fixed = None
        if fixed is None or fixed == text:
            break
        text = fixed
    return text


_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})


def without_initials(name: str) -> str:
    """The folded name without its middle initials and generational suffix: "Sergey V. Lavrov" ->
    "sergey lavrov", "Joseph R. Biden Jr." -> "joseph biden". A name is looked up this way only
    when it is not found as written, so a KB name with its initial ("George W. Bush") wins."""
    words = fold(name).split()
    while len(words) > 2 and words[-1] in _SUFFIXES:
        words = words[:-1]
    if len(words) > 2:
        words = [words[0], *(w for w in words[1:-1] if len(w) > 1), words[-1]]
    return " ".join(words)


class PersonNames:
    """KB people by every variant of their names (folded keys), and by family name."""

    def __init__(self):
        self.forms: dict[str, set[str]] = {}  # person id -> every written form (KB's and variants)
        self.by_key: dict[str, set[str]] = defaultdict(set)
        self.by_family: dict[str, set[str]] = defaultdict(set)
        self.family: dict[str, str] = {}  # person id -> family name as the KB writes it
        self.by_romanised: dict[str, set[str]] = defaultdict(set)  # full names by `romanised` key
        # (word count, position, the other folded words) -> [(person id, folded word there)]:
        # the KB names a full name with one word slipped could be, found without a scan.
        self.all_but_one: dict[tuple, list[tuple[str, str]]] = defaultdict(list)

    @classmethod
    def from_kb(cls, kb) -> PersonNames:
        """The index of `kb` (built once per KB object)."""
        try:
            return _CACHE[kb]
        except (KeyError, TypeError):
            pass
        index = cls()
        for person in kb.entities("person"):
            index.add(person, family_first_person(kb, person.id))
        try:
            _CACHE[kb] = index
        except TypeError:
            pass
        return index

    def add(self, person, family_first: bool = False) -> None:
        family = person.attrs.get("family_name") or person.name.split()[-1]
        self.family[person.id] = family
        forms = {person.name, *person.aliases}
        for written in list(forms):
            forms |= variants(written, family if written.endswith(family) or written.startswith(family) else None,
                              family_first)
        self.forms[person.id] = forms
        for form in forms:
            self.by_key[fold(form)].add(person.id)
            if " " in form.strip():
                self.by_romanised[romanised(form)].add(person.id)
            words = [fold(w) for w in form.split()]
            for i, word in enumerate(words):
                self.all_but_one[(len(words), i, tuple(words[:i] + words[i + 1:]))].append((person.id, word))
        self.by_family[fold(family)].add(person.id)
        for alias in person.aliases:  # the surname as another spelling writes it ("Zelensky")
            words = alias.split()
            if len(words) == 1 or (not alias.startswith(family) and person.name.endswith(family)):
                self.by_family[fold(words[-1])].add(person.id)

    def family_keys(self) -> list[str]:
        """The folded family names, in a list (for rapidfuzz's searches)."""
        if getattr(self, "_family_keys", None) is None or len(self._family_keys) != len(self.by_family):
            self._family_keys = list(self.by_family)
        return self._family_keys

    def lookup(self, name: str) -> list[str]:
        """The KB people this full name (any variant) names; failing that, the one KB person whose
        full name it is in another romanisation ("Denis Shmigal" for Denys Shmyhal)."""
        found = sorted(self.by_key.get(fold(name), ()))
        if found or " " not in name.strip():
            return found
        other = self.by_romanised.get(romanised(name), set())
        if len(other) == 1:
            return sorted(other)
        repaired = unmangled(name)
        if repaired != name:  # "FranÃ§ois Hollande": UTF-8 read as Latin-1 on the way to the page
            return self.lookup(repaired)
        bare = without_initials(name)
        if bare != fold(name):  # "Sergey V. Lavrov", "Joseph R. Biden Jr.": the one KB person so named
            other = self.by_key.get(bare, set()) or self.by_romanised.get(romanised(bare), set())
            return sorted(other) if len(other) == 1 else []
        return []

    def by_family_name(self, word: str) -> list[str]:
        """The KB people whose family name this is (accents and case aside)."""
        return sorted(self.by_family.get(fold(word), ()))
