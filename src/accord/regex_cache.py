"""Compiled regular expressions kept from one `accord check` to the next.

CPython compiles a regular expression in Python code (`re._parser`, `re._compiler`): the 400-odd
patterns a check makes (the date grammar's 65 long rules, the claim families' words, spaCy's
tokenizer rules) cost about 0.15 s of CPU at every start, some 7% of a check. What the compiler
makes of a pattern string and its flags (the code handed to `_sre.compile`, with the group
numbers and names) depends on nothing else but the interpreter, so `kept()` remembers it in
`$XDG_CACHE_HOME/accord/regex-DIGEST.pickle`, DIGEST naming the Python version and `_sre`'s
MAGIC, and builds each Pattern from it with `_sre.compile`, the call `re._compiler.compile`
ends with. A Pattern so built is equal (`==`: same flags, same code, same pattern) to the one
`re.compile` makes; tests/test_regex_cache.py checks every pattern a check compiles.

A pattern missing from the file is compiled by `re`'s own code and added; the file is written
(atomically, the newest CACHE_KEEP kept) when the block ends with something added; past
MAX_ENTRIES patterns, with those of that block only (patterns made from articles' words, if
any, do not pile up). Patterns with
the DEBUG flag, compiled pattern objects and a file that cannot be read go through `re` itself.
ACCORD_KB_CACHE=0 turns it off, as it does the other cache files.
"""

from __future__ import annotations

import hashlib
import pickle
import sys
from contextlib import contextmanager
from typing import Iterator

import _sre
from re import _compiler, _parser

PREFIX = "regex-"
FORMAT = 1  # bump when what is stored changes
MAX_ENTRIES = 3000  # a check makes about 400; past this, only the last check's are kept

Entry = tuple  # (flags, code, groups, groupindex, indexgroup): _sre.compile's arguments after the pattern


def cache_file():
    """Where this interpreter's compiled patterns are kept; None when caching is off."""
    from accord.kb.loader import cache_dir, caching

    if not caching():
        return None
    digest = hashlib.sha256(f"{FORMAT}|{sys.version}|{_sre.MAGIC}|{_sre.CODESIZE}".encode()).hexdigest()[:16]
    return cache_dir() / f"{PREFIX}{digest}.pickle"


def compiled(pattern: str | bytes, flags: int) -> Entry:
    """What `re._compiler.compile` hands `_sre.compile` for this pattern and flags (re.error for a
    bad pattern, as re.compile raises it)."""
    parsed = _parser.parse(pattern, flags)
    code = [int(op) for op in _compiler._code(parsed, flags)]  # its opcodes are int subclasses
    groupindex = parsed.state.groupdict
    indexgroup = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return (flags | parsed.state.flags, code, parsed.state.groups - 1, groupindex, tuple(indexgroup))


class Kept:
    """The compiled patterns of the cache file, by (type, pattern, flags), and those added."""

    def __init__(self, entries: dict | None = None):
        self.entries: dict[tuple, Entry] = entries or {}
        self.added = 0
        self.used: set[tuple] = set()

    def compile(self, pattern, flags=0):
        """`re._compiler.compile` through the kept entries."""
        if not isinstance(pattern, (str, bytes)) or flags & _compiler.SRE_FLAG_DEBUG:
            return _ORIGINAL(pattern, flags)
        key = (type(pattern), pattern, flags)
        self.used.add(key)
        entry = self.entries.get(key)
        if entry is None:
            entry = compiled(pattern, flags)
            self.entries[key] = entry
            self.added += 1
        return _sre.compile(pattern, *entry)


_ORIGINAL = _compiler.compile


def _read(target) -> dict:
    try:
        with target.open("rb") as handle:
            found = pickle.load(handle)
    except Exception:  # missing, truncated or not ours: started afresh
        return {}
    return found if isinstance(found, dict) else {}


@contextmanager
def kept() -> Iterator[Kept | None]:
    """Within the block, `re` compiles new patterns from the kept ones (nested blocks, or with
    caching off: `re` as it is)."""
    target = cache_file()
    if target is None or _compiler.compile is not _ORIGINAL:
        yield None
        return
    cache = Kept(_read(target))
    _compiler.compile = cache.compile
    try:
        yield cache
    finally:
        _compiler.compile = _ORIGINAL
        if cache.added:
            entries = cache.entries
            if len(entries) > MAX_ENTRIES:  # patterns made from articles' words piled up: this check's
                entries = {key: entries[key] for key in cache.used}
            _write(target, entries)


def _write(target, entries: dict) -> None:
    from accord.kb.loader import prune, write_pickle

    if write_pickle(target, entries):
        prune(target.parent, keep=target, pattern=f"{PREFIX}*.pickle")
