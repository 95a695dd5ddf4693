"""Misspelt names of people: "Jens Stoltenburg", "Stoltenburg said", "Georgia Meloni", "Kulleba".

A news article names many real people the KB does not know, and many real surnames are one
letter from a KB name ("Markel" is not Merkel, "Arden" is also a forest). One edit alone is no
evidence, so a near-miss is flagged only with a second sign that the KB person is meant:
- in a full name, the other words are that person's ("Antony Blinkin": "Antony" is Blinken's
  given name; "Georgia Meloni": "Meloni" is hers) — two words agree, one is a slip; also in an
  unlinked name NER took for an organisation or place ("Justin Trudaeu" as an ORG);
- a surname alone ("Stoltenburg said") when the article names that KB person correctly
  elsewhere, or when the title written with it is an office that person held ("Prime Minister
  Arden"), and the slip is the minority spelling (a name written three times the same way is
  the writer's name, not a typo);
- the article itself spells the same person two ways, one of them a single time: "Manasseh
  Sogavare" three times and "Manasseh Sogavarre" once (a person the KB need not know).
A word that is another person's name in the article ("Antti Kaikkonen" ... "Kaikkonen") is that
person; a family name that is itself a KB person's family name or an English word (the
lexicon knows many names: "Johnson", "Cohn") is a real name, not a slip, alone or after a given
name ("David Johnson" is not David Johnston; a given name is shared by too many to tell, while
a slipped given name beside the KB person's family name is a slip: "Mario Rubio"); a word
before the last of a longer capitalised name that is not a person's ("Peace" in "the Peace
Corps", beside "Pence") is no surname alone (the last may be: "Marta Kowalcyzk" as a place).
The slip is one edit (a letter changed, added, dropped, or two swapped), with the same first
letter, in a word of four letters or more; a name with an ending added ("Stubbs") is not a slip,
and a dropped last letter ("Stoltenber") counts only inside a full name.

`person_typos(doc, names, mentions, kb)` returns (start, end, word, suggestion id or None,
suggested name) tuples; anomalies.py turns them into anomaly annotations.
"""

from __future__ import annotations

from collections import Counter

from rapidfuzz import process
from rapidfuzz.distance import OSA
from spacy.tokens import Doc

from accord.model import Annotation
from accord.nlp import extensions  # noqa: F401  (registers doc._.titles, read here)
from accord.nlp.extract.lexicon import is_english_word
from accord.nlp.extract.name_variants import PersonNames, fold

MIN_WORD = 4
MISLABELLED = frozenset({"ORG", "GPE", "LOC", "NORP", "FAC", "WORK_OF_ART", "PRODUCT", "EVENT"})


def slip(word: str, form: str, truncation: bool = False) -> bool:
    """Is `word` one typing slip away from `form` (folded words; rules in the module docstring)?"""
    a, b = fold(word), fold(form)
    if a == b or a[:1] != b[:1] or min(len(a), len(b)) < MIN_WORD or a.startswith(b):
        return False
    if b.startswith(a):
        return truncation and len(b) - len(a) == 1
    return OSA.distance(a, b) == 1


def person_typos(doc: Doc, names: PersonNames, mentions: list[Annotation], kb,
                 lone: list[tuple[int, int, str]] = ()) -> list[tuple]:
    """Misspelt people's names in `doc` (rules in the module docstring): in the full names of
    people the KB does not know, and in the single words `lone` (start, end, text) that could
    be a surname (unlinked names and proper nouns, whatever NER called them)."""
    people = [m for m in mentions if m.label == "PERSON" and m.text.strip()]
    named = Counter(m.entity for m in mentions if m.data.get("kb"))
    spellings = Counter(fold(w) for m in people for w in _words(m.text))
    in_people = {i for m in people for i in range(m.start, m.end)}
    spellings.update(fold(text) for start, _, text in lone if start not in in_people)
    full_names = [_words(m.text) for m in people if len(_words(m.text)) >= 2]
    titles = [t for t in (doc._.titles or []) if getattr(t, "title_text", None)]
    found = []
    for m in people:
        words = _words(m.text)
        if m.data.get("kb") or len(words) < 2:
            continue
        hit = _in_full_name(words, names) or _in_document(words, full_names, spellings)
        if hit:
            start = m.start + _offset(m.text, words, hit[0])
            found.append((start, start + len(words[hit[0]]), words[hit[0]], hit[1], hit[2]))
    for m in mentions:  # a KB person's name NER took for something else: "Justin Trudaeu" as an ORG
        words = _words(m.text)
        if m.label in MISLABELLED and not m.entity and 2 <= len(words) <= 3 and all(w[:1].isupper() for w in words):
            hit = _in_full_name(words, names)
            if hit:
                start = m.start + _offset(m.text, words, hit[0])
                found.append((start, start + len(words[hit[0]]), words[hit[0]], hit[1], hit[2]))
    in_names = [(m.start, m.end) for m in mentions if m.label != "PERSON" and _proper_name(m.text)]
    for start, end, text in lone:
        word = _words(text)
        if any(s <= start and end < e for s, e in in_names):
            continue  # a word before the end of a longer name ("Peace" in "the Peace Corps") is no surname
        if len(word) == 1:
            hit = _surname(word[0], names, named, spellings, full_names, _title_at(doc, start, end, titles), kb)
            if hit:
                found.append((start, start + len(word[0]), word[0], hit[1], hit[2]))
    return found


def _proper_name(text: str) -> bool:
    """A name of two words or more, each capitalised ("the Peace Corps"; not "Stoltenburg tweeted")."""
    words = [w for w in text.split() if w.lower() not in ("the", "of", "and", "for")]
    return len(words) >= 2 and all(w[:1].isupper() for w in words)


def _words(text: str) -> list[str]:
    """The words of a name as written, without a possessive ("Sogavare’s" -> ["Sogavare"])."""
    text = text.replace("\u2019", "'").strip()
    for suffix in ("'s", "'"):
        if text.endswith(suffix):
            text = text[: -len(suffix)]
            break
    return text.split()


def _offset(text: str, words: list[str], index: int) -> int:
    pos = 0
    for i, w in enumerate(words):
        pos = text.find(w, pos)
        if i == index:
            return pos
        pos += len(w)
    return 0


def _in_full_name(words: list[str], names: PersonNames):
    """(index of the slipped word, KB id, None) when all words but one are a KB person's."""
    folded = [fold(w) for w in words]
    hits = set()
    for i, word in enumerate(folded):
        if i == len(folded) - 1 and _real_family_name(words[i], names):
            continue  # "David Johnson" is another David than David Johnston
        others = tuple(folded[:i] + folded[i + 1:])
        for pid, form_word in names.all_but_one.get((len(folded), i, others), ()):
            if slip(word, form_word, truncation=True):
                hits.add((i, pid))
    if len({pid for _, pid in hits}) != 1:
        return None
    index, pid = min(hits)
    return index, pid, None


def _real_family_name(word: str, names: PersonNames) -> bool:
    """Is `word` a real family name: a KB person's own ("Johnson") or one the English lexicon
    knows ("Cohn")? Then it names someone, and is no slip of another person's name."""
    return fold(word) in names.by_family or is_english_word(word)


def _in_document(words: list[str], full_names: list[list[str]], spellings: Counter):
    """The same name spelt otherwise, more often, in the article ("Manasseh Sogavare")."""
    for other in full_names:
        if len(other) != len(words):
            continue
        differ = [i for i, (a, b) in enumerate(zip(words, other)) if fold(a) != fold(b)]
        if len(differ) == 1:
            i = differ[0]
            if slip(words[i], other[i]) and spellings[fold(other[i])] > spellings[fold(words[i])]:
                return i, None, " ".join(other)
    return None


def _surname(word: str, names: PersonNames, named: Counter, spellings: Counter,
             full_names: list[list[str]], title: tuple | None, kb):
    """A surname alone: a KB person's (named elsewhere or fitting the title), or the family name
    of someone named in full in the article."""
    if any(fold(word) == fold(n[-1]) or fold(word) == fold(n[0]) for n in full_names):
        return None  # another person's own name
    if _real_family_name(word, names):
        return None
    kb_hits = {pid for key in _slipped_families(word, names) for pid in names.by_family[key]}
    sure = {pid for pid in kb_hits if named[pid] >= spellings[fold(word)] or _title_fits(kb, pid, title)}
    if len(sure) == 1:
        return 0, sure.pop(), None
    if kb_hits:
        return None
    owners = [n for n in full_names if slip(word, n[-1]) and spellings[fold(n[-1])] > spellings[fold(word)]]
    if len({fold(" ".join(n)) for n in owners}) == 1:
        return 0, None, " ".join(owners[0])
    return None


def _slipped_families(word: str, names: PersonNames) -> list[str]:
    """The KB family names (folded keys) `word` is one slip from. A search over every family
    name, so its answers are kept per word with the list of keys they were found in (a new list
    when a person is added to the index)."""
    keys = names.family_keys()
    memo = getattr(names, "_slips", None)
    if memo is None or memo[0] is not keys or len(memo[1]) > 50_000:
        memo = names._slips = (keys, {})
    found = memo[1].get(word)
    if found is None:
        near = process.extract(fold(word), keys, scorer=OSA.distance, score_cutoff=1, limit=None)
        found = memo[1][word] = [key for key, _, _ in near if slip(word, key)]
    return found


def _title_at(doc: Doc, start: int, end: int, titles: list) -> tuple[str, str | None] | None:
    """The title written with the name at these characters and the KB id of the state or
    organisation written with it: ("Prime Minister", "state:NZL") in "New Zealand Prime
    Minister Arden"."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    for t in titles:
        if t.name[0] <= span.start < t.name[1]:
            where = doc[t.jurisdiction[0]:t.jurisdiction[1]] if t.jurisdiction else []
            ids = [tok.ent_kb_id_ for tok in where if tok.ent_kb_id_]
            return t.title_text, (ids[0] if ids else None)
    return None


def _title_fits(kb, pid: str, title: tuple[str, str | None] | None) -> bool:
    """Is `title` the title of an office the KB person held (of the state or organisation
    written with it, when one is)?"""
    if not title or kb is None:
        return False
    text, where = title
    for fact in kb.facts(subject=pid, property="holds_office"):
        office = kb.entity(fact.value) if kb.has(fact.value) else None
        jurisdiction = office.attrs.get("jurisdiction") if office is not None else None
        if jurisdiction and where in (None, jurisdiction) and kb.find_office(text, jurisdiction) is office:
            return True
    return False
