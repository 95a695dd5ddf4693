"""English words known offline, so an ordinary word is never read as a misspelt name.

The words are the lemma index of spaCy's English rule lemmatizer (WordNet's nouns, verbs,
adjectives and adverbs, shipped inside the installed English model: "brick", "poll", "chicano",
and WordNet's proper names too: "cyrus", "johnson"). A misspelling is seldom itself a word; when
it is, nobody can tell it from the word, and a false alarm costs more than a miss.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

# Plural and third-person endings the index lists without: "polls" -> "poll", "bricks" -> "brick".
ENDINGS = ("s", "es")


@lru_cache(maxsize=1)
def english_words() -> frozenset[str]:
    """Every single word of the first installed English model's lemma index, lower-case;
    empty when no installed model has one (then nothing is ruled out as a word)."""
    path = _lookups_path()
    if path is None:
        return frozenset()
    from spacy.lookups import Lookups

    index = Lookups().from_disk(path).get_table("lemma_index")
    return frozenset(w for pos in index for w in index[pos] if "_" not in w and w.isalpha())


def is_english_word(word: str, words: frozenset[str] | None = None) -> bool:
    """Is `word` (any case) an English word, or one with a plural ending ("POLLS", "Bricks")?"""
    words = english_words() if words is None else words
    key = word.casefold()
    return key in words or any(key.endswith(e) and key[: -len(e)] in words for e in ENDINGS if len(key) > len(e) + 2)


def _lookups_path() -> Path | None:
    import spacy.util

    for name in sorted(spacy.util.get_installed_models()):
        if not name.startswith("en_"):
            continue
        found = sorted(Path(spacy.util.get_package_path(name)).glob("*/lemmatizer/lookups"))
        if found:
            return found[0]
    return None
