"""Likely misspellings of KB names: "NAITO" -> NATO, "Solvenia" -> Slovenia, and (through
person_typos.py) people's names: "Jens Stoltenburg", "Kulleba".

Candidates are names the KB could not link: unlinked mentions, words inside longer unlinked
names, capitalised proper nouns outside any entity (NER does not always tag a misspelt name).
Lower-case words never are ("native allies"). A candidate is a misspelt place, state or
organisation when one KB form is within one edit (a transposition counts as one) with the same
first letter, and the difference is not just an ending ("Slovakian" is a word made from
"Slovakia"); two edits only when the article names that entity rightly elsewhere ("Wilmington"
is a town, not Wellington). Candidates that are no such near-miss may be a person's misspelt
name: person_typos.py asks for a second sign that the KB person is meant.

`misspellings(doc, index, mentions, kb)` returns `Annotation(layer="anomaly")`s with the
suggested entity (None for a person the KB does not know, misspelt against the article's own
spelling), its name and a 0-100 similarity score.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterable

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA, Levenshtein
from spacy.tokens import Doc

from accord.model import Annotation
from accord.nlp.extract.lexicon import english_words, is_english_word
from accord.nlp.extract.linking import name_key
from accord.nlp.extract.name_variants import PersonNames
from accord.nlp.extract.person_typos import person_typos

CANDIDATE_LABELS = frozenset({"ORG", "GPE", "LOC", "NORP", "FAC"})
FORM_KINDS = ("name", "alias", "abbreviation", "demonym")
FORM_TYPES = ("state", "organisation", "place")
# Words this short are checked only for two swapped letters, the commonest slip ("Jpaan").
SWAP_MIN_LENGTH = 5
# KB forms this short (codes: "AUS", "ROC") are one letter from too many other acronyms
# ("ROTC", "AUNS") to suggest anything.
MIN_FORM_LENGTH = 4



@dataclass(frozen=True)
class Settings:
    """Thresholds (from config.cfg): `min_length` letters for a mixed-case word, `min_length_caps`
    for an all-capitals one, `min_score` rapidfuzz ratio, edits allowed by length."""

    min_length: int = 6
    min_length_caps: int = 4
    min_score: float = 80.0
    long_name: int = 9  # from this length on, two edits are allowed


class FormIndex:
    """The KB forms misspellings are compared with, case-folded, with their entity."""

    def __init__(self, forms: Iterable[tuple[str, str, str]]):
        self.keys: list[str] = []
        self.entries: list[tuple[str, str]] = []  # (form as written, entity id)
        self.exact: set[str] = set()
        self.words: frozenset[str] = frozenset()  # English words, never misspelt names (from_kb)
        # close_form's answers, by (word, settings, named): the same names recur from article
        # to article, and each answer costs a fuzzy search over every KB form
        self.answers: dict[tuple, tuple[str, str, float] | None] = {}
        for text, entity, _kind in forms:
            self.exact.add(text.casefold())
            self.keys.append(text.casefold())
            self.entries.append((text, entity))

    def anagrams(self) -> dict[str, list[int]]:
        """sorted letters -> the positions of the forms made of them (built on first use)."""
        if not hasattr(self, "_anagrams"):
            self._anagrams: dict[str, list[int]] = {}
            for pos, k in enumerate(self.keys):
                self._anagrams.setdefault("".join(sorted(k)), []).append(pos)
        return self._anagrams

    @classmethod
    def from_kb(cls, kb) -> "FormIndex":
        types = {e.id: e.type for e in kb.entities()}
        forms = list(kb.surface_forms())
        index = cls((t, i, k) for t, i, k in forms if k in FORM_KINDS and types.get(i) in FORM_TYPES)
        # a name the KB gives anything is correct, even where no misspelling is looked for among
        # its kind ("Syriza", a party, is no misspelling of Syria)
        index.exact |= {t.casefold() for t, i, k in forms if k in FORM_KINDS}
        index.exact |= known_names()  # correct names that are not in the KB ("Columbia")
        index.words = english_words()
        return index


def known_names() -> set[str]:
    """Correct names a letter away from a KB name (data/not_misspellings.txt), case-folded."""
    path = Path(__file__).resolve().parent.parent / "data" / "not_misspellings.txt"
    lines = path.read_text(encoding="utf-8").splitlines()
    return {line.strip().casefold() for line in lines if line.strip() and not line.startswith("#")}


def close_form(word: str, index: FormIndex, settings: Settings = Settings(),
               named: bool = False) -> tuple[str, str, float] | None:
    """(form, entity id, score) of the KB form `word` is likely a misspelling of, or None.
    `named`: NER tagged the word as a place or organisation, so one letter shorter will do.
    Answers are kept on the index (it does not change once built)."""
    cached = (word, settings, named)
    if cached in index.answers:
        return index.answers[cached]
    if len(index.answers) > 50_000:
        index.answers.clear()
    best = index.answers[cached] = _close_form(word, index, settings, named)
    return best


def _close_form(word: str, index: FormIndex, settings: Settings, named: bool
                ) -> tuple[str, str, float] | None:
    key = word.casefold()
    letters = sum(c.isalpha() for c in word)
    shortest = settings.min_length_caps if word.isupper() else settings.min_length - (1 if named else 0)
    if key in index.exact or letters < min(shortest, SWAP_MIN_LENGTH) or is_english_word(word, index.words):
        return None  # an English word in any case ("Brick", "POLLS", "Chicano") is that word
    if any(key[:-cut] in index.exact and (cut < 3 or key[-cut:] in ENDINGS) for cut in (1, 2, 3) if len(key) - cut >= 4) \
            and not _swap_of_stem(key, index):
        return None  # a KB name with an ending: "Slovenias", "NATOs" (but "Britian" is Britain, swapped)
    best = None
    for form_key, score, pos in process.extract(key, index.keys, scorer=fuzz.ratio,
                                                score_cutoff=settings.min_score, limit=5):
        if form_key[:1] != key[:1] or _derived(key, form_key) or len(form_key) < MIN_FORM_LENGTH:
            continue
        edits = OSA.distance(key, form_key)
        if letters < shortest and not _swapped(key, form_key):
            continue  # short words only with two letters swapped ("Jpaan", "Chnia")
        if edits <= (2 if len(key) >= settings.long_name else 1) and (best is None or score > best[2]):
            best = (*index.entries[pos], float(score))
    if best is None and len(key) >= 6:  # "Hunragy": too far for the ratio, the same letters moved
        for pos in index.anagrams().get("".join(sorted(key)), ()):
            if _moved(key, index.keys[pos]):
                return (*index.entries[pos], float(fuzz.ratio(key, index.keys[pos])))
    return best


# Three-letter endings that make a word from a name ("Brit" + "ish"; "Britian" would be one, but
# see _swap_of_stem); "Kazakhtan" is not "Kazakh" with an ending. Any one or two letters are.
ENDINGS = frozenset({"ans", "ian", "ese", "ish", "ers", "ics", "ism", "ist", "ite"})


def _swap_of_stem(key: str, index: FormIndex) -> bool:
    """Is the word two swapped letters away from a KB form ("britian" / "britain")? Then it is
    that name misspelt, even when it also reads as a shorter name with an ending ("brit")."""
    hit = process.extractOne(key, index.keys, scorer=fuzz.ratio, score_cutoff=80)
    return hit is not None and hit[0][:1] == key[:1] and _swapped(key, hit[0])


def _moved(word: str, form: str) -> bool:
    """Two letters swapped across a third ("Hunragy" for Hungary): the same letters, the same
    first and last, two edits, in a name of six letters or more."""
    a, b = word.casefold(), form.casefold()
    return (len(a) >= 6 and sorted(a) == sorted(b) and a[0] == b[0] and a[-1] == b[-1]
            and OSA.distance(a, b) == 2)


def _dropped(word: str, form: str) -> bool:
    """One inner letter left out ("Germny" for Germany): not a different ending, which
    `_derived` leaves alone."""
    a, b = word.casefold(), form.casefold()
    return len(b) == len(a) + 1 and Levenshtein.distance(a, b) == 1 and a[-1] == b[-1]


def _swapped(word: str, form: str) -> bool:
    """Two neighbouring letters swapped ("Rusisa", "Fracne"): a typing slip, where a one-letter
    change is often another real name ("Franco" is not France)."""
    a, b = word.casefold(), form.casefold()
    return OSA.distance(a, b) == 1 and Levenshtein.distance(a, b) == 2


def _derived(a: str, b: str) -> bool:
    """One word is the other plus an ending or a plural: "Slovakian"/"Slovakia", "NATOs"."""
    short, long_ = sorted((a, b), key=len)
    return long_.startswith(short)


def candidates(doc: Doc, mentions: list[Annotation]) -> Iterable[tuple[int, int, str, str]]:
    """(start_char, end_char, text, label) of every name a misspelling could hide in.

    Besides unlinked places and organisations: a one-word "person" the article never gives a
    first name or title ("Rusisa", "Fracne": NER calls an unknown capitalised word a person), and
    all-capital words outside any entity ("AKUUS")."""
    in_ents = {i for e in doc.ents for i in range(e.start, e.end)}
    for m in mentions:
        lone_person = (m.label == "PERSON" and not m.data.get("kb") and " " not in m.text.strip()
                       and (m.entity or "").count("-") == 0)
        if (m.entity is None and m.label in CANDIDATE_LABELS) or lone_person:
            key = name_key(m.text)
            start = m.start + max(m.text.find(key), 0)
            yield start, start + len(key), key, m.label
            if m.entity is None and " " in key:  # "Snigapore Airlines", "NAITO Headquarters"
                for word in re.finditer(r"\b(?:[A-Z][a-z]{4,}|[A-Z]{4,})\b", key):
                    yield start + word.start(), start + word.end(), word.group(), ""
        elif m.entity is None and re.fullmatch(r"[A-Z][\w'’-]+", m.text.strip()):
            # one unlinked word NER gave another label ("Stoltenburg tweeted" as a work of art):
            # a surname, perhaps, for person_typos.py; a place only with two letters swapped.
            key = name_key(m.text)
            yield m.start, m.start + len(key), key, ""
    for tok in doc:
        if tok.i in in_ents or not tok.is_alpha or not tok.text[0].isupper():
            continue
        if tok.is_upper and _in_capitals(tok):
            continue
        if tok.pos_ == "PROPN" or (tok.is_upper and len(tok) >= 5) or (tok.pos_ == "NOUN" and not tok.is_sent_start):
            # (a capitalised "noun" inside a sentence is a name the tagger did not know: "The Netherlnads")
            yield tok.idx, tok.idx + len(tok.text), tok.text, ""


def _in_capitals(tok) -> bool:
    """Part of a heading or a phrase in capitals ("FROM THE ARCHIVES"), where capitals say
    nothing about a word being a name."""
    doc = tok.doc
    neighbours = [doc[i] for i in (tok.i - 1, tok.i + 1) if 0 <= i < len(doc) and doc[i].is_alpha]
    return any(n.is_upper and len(n) > 1 for n in neighbours)


def misspellings(doc: Doc, index: FormIndex, mentions: list[Annotation], kb=None,
                 settings: Settings = Settings()) -> list[Annotation]:
    """The likely misspellings of KB names in `doc`, in text order: of places and
    organisations here, of people in person_typos.py."""
    found, lone = [], []
    named = {m.entity for m in mentions if m.entity and m.data.get("kb")}
    for start, end, text, label in candidates(doc, mentions):
        if _repeated(doc, text):
            continue  # "Syriza" three times: a name the KB does not hold, not a slip of the keys
        hit = close_form(text, index, settings, named=label in CANDIDATE_LABELS)
        # A word NER did not take for a place or an organisation needs a swap of two letters:
        # a one-letter change there is often another real name ("Franco" is not France).
        # A "person" NER made of a state's name with one inner letter dropped ("Germny's
        # Chancellor") is that state: no surname is a state's name less a letter.
        if hit is None or (label not in CANDIDATE_LABELS and not text.isupper() and not _swapped(text, hit[0])
                           and not (label == "PERSON" and hit[1].startswith("state:") and len(text) >= 6
                                    and _dropped(text, hit[0]))):
            lone.append((start, end, text))
            continue
        form, entity, score = hit
        # Two edits make another real name too often ("Wilmington" is not Wellington): only
        # when the article names the entity rightly elsewhere.
        if OSA.distance(text.casefold(), form.casefold()) > 1 and entity not in named and not _moved(text, form):
            continue
        found.append(_anomaly(start, text, label, entity, kb.name(entity) if kb is not None else form, form, score))
    if kb is not None:
        for start, end, text, entity, name in person_typos(doc, PersonNames.from_kb(kb), mentions, kb, lone):
            name = kb.name(entity) if entity else name
            found.append(_anomaly(start, text, "PERSON", entity, name, name, fuzz.ratio(text, name.split()[-1])))
    spans = {}
    for a in found:  # one finding per word, the first rule's
        spans.setdefault((a.start, a.end), a)
    return sorted(spans.values(), key=lambda a: a.start)


REPEATS = 2  # a word written the same way this many times in one article is taken as meant


def _repeated(doc: Doc, text: str) -> bool:
    """Is the word written the same way at least REPEATS times in the article (all of it, when
    the Doc is one of its parts)? A typing slip
    is made once; a name the KB does not hold (a party, a town, a person one letter away from a
    KB name) is written as often as the story needs it."""
    word = text.strip()
    if " " in word or not word:
        return False
    whole = doc._.document_text or doc.text  # the article's, when the Doc is one part of it
    if re.fullmatch(r"[\w-]+", word):
        return _word_counts(whole)[word] >= REPEATS
    return len(re.findall(rf"(?<![\w-]){re.escape(word)}(?![\w-])", whole)) >= REPEATS


@lru_cache(maxsize=4)
def _word_counts(text: str) -> Counter:
    """How often each run of word characters and hyphens stands in `text` (counted once per
    article, not once per candidate)."""
    return Counter(re.findall(r"[\w-]+", text))


def _anomaly(start: int, text: str, label: str | None, entity: str | None, name: str, form: str,
             score: float) -> Annotation:
    return Annotation(layer="anomaly", start=start, end=start + len(text), text=text, label=label or None,
                      entity=None, data={"suggestion": entity, "suggested_name": name, "form": form,
                                         "score": round(float(score), 1)})


def link_misspelt(mentions: list[Annotation], anomalies: list[Annotation], confidence: float = 0.5) -> None:
    """Link each misspelt mention to the suggested entity, with a low confidence and a mark,
    so statements read from "a member of NAITO" still reach NATO (and say how)."""
    by_span = {(a.start, a.end): a for a in anomalies if a.data.get("suggestion")}
    for m in mentions:
        hit = next((a for (s, e), a in by_span.items() if m.start <= s and e <= m.end), None)
        if hit is not None and (m.entity is None or not m.data.get("kb")):  # unlinked, or a minted person id
            m.entity = hit.data["suggestion"]
            m.data.update(confidence=confidence, how="fuzzy", anomaly=True, canonical=hit.data["suggested_name"])
