"""How the pipeline's tokenizer cuts the KB's names, kept in a cache file beside the KB's.

The gazetteer matches the KB's names token by token (accord.nlp.extract.phrases). Tokenising its
2,700 distinct names costs a lexeme for each new word (about half a second of every `accord
check`), so their tokens are kept in `$XDG_CACHE_HOME/accord/tokens-DIGEST.pickle`. The digest is made of
everything the tokens depend on: spaCy's version, the tokenizer's own rules (its serialised
form: prefixes, suffixes, infixes, special cases, URL and token matches) and the set of texts.
A KB with other names, or another model or spaCy, is another file; a file that cannot be read
or does not hold every text is rebuilt, never trusted. The file is written atomically (a
temporary file, then a rename); only the newest CACHE_KEEP of these files are kept.
ACCORD_KB_CACHE=0 turns it off, as it does the KB's and the GeoNames indexes' files.
"""

from __future__ import annotations

import hashlib
import json
import pickle
from pathlib import Path
from typing import Iterable

FORMAT = 1  # bump when what is stored changes
PREFIX = "tokens-"

Tokens = tuple[tuple[str, ...], tuple[str, ...]]  # (texts of the tokens, their lower-case forms)


def tokenised(nlp, texts: Iterable[str]) -> dict[str, Tokens]:
    """{text: (token texts, token lower-case forms)} for every text, as `nlp`'s tokenizer cuts it;
    read from the cache file when it holds them all, else tokenised and written there."""
    texts = sorted(set(texts))
    target = cache_file(nlp, texts)
    if target is not None:
        found = _read(target, texts)
        if found is not None:
            return found
    built = {}
    for text in texts:
        doc = nlp.make_doc(text)
        built[text] = (tuple(t.text for t in doc), tuple(t.lower_ for t in doc))
    if target is not None:
        _write(target, built)
    return built


def cache_file(nlp, texts: list[str]) -> Path | None:
    """Where the tokens of these (sorted, distinct) texts are kept; None when caching is off."""
    from accord.kb.loader import cache_dir, caching

    if not caching():
        return None
    import spacy

    digest = hashlib.sha256(f"{FORMAT}|{spacy.__version__}\n".encode())
    digest.update(nlp.tokenizer.to_bytes(exclude=["vocab"]))
    digest.update(json.dumps(texts, ensure_ascii=False).encode())
    return cache_dir() / f"{PREFIX}{digest.hexdigest()[:24]}.pickle"


def _read(target: Path, texts: list[str]) -> dict[str, Tokens] | None:
    """The file's tokens when it holds exactly these texts, each as two tuples of strings."""
    try:
        with target.open("rb") as handle:
            found = pickle.load(handle)
    except Exception:  # missing, truncated or not ours: rebuilt
        return None
    if not isinstance(found, dict) or sorted(found) != texts:
        return None
    for value in found.values():
        if not (isinstance(value, tuple) and len(value) == 2
                and all(isinstance(part, tuple) and all(isinstance(s, str) for s in part) for part in value)):
            return None
    return found


def _write(target: Path, built: dict[str, Tokens]) -> None:
    from accord.kb.loader import prune, write_pickle

    if write_pickle(target, built):
        prune(target.parent, keep=target, pattern=f"{PREFIX}*.pickle")
