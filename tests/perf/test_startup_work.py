"""What perf22 removed from every `accord check` gives the same answers as before.

- accord/regex_cache.py: patterns built from the kept compiler output equal `re`'s own (Pattern
  equality compares the flags, the compiled code and the pattern);
- the date grammar's alternations are the same string in every process (else the cache could not
  find them: they followed the set's order, which moves with string hashing);
- the headline component reads the KB's names and the lexicon at its first headline line only;
- a check of a SQLite file never imports the PostgreSQL backend.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from accord import regex_cache
from accord.regex_cache import Kept, kept

SRC = Path(__file__).resolve().parents[2] / "src"


def _run(code: str, **env) -> str:
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                          env={**os.environ, "PYTHONPATH": str(SRC), **env})
    return done.stdout


# -- regex_cache ------------------------------------------------------------------------------------
PATTERNS = [
    (r"(?P<day>[0-3]?\d)\s+(?P<month>jan|feb)(?:\s*,?\s*(?P<year>\d{4}))?", 0),
    (r"(?i)\bnato\b", 0),  # inline flags: kept in the compiled flags
    (r"""(?x) a  # verbose
          (b|c)+""", 0),
    (r"(?<![\w$£€#@/'])(?<!\d[.,:])summit(?!\w)", re.IGNORECASE | re.UNICODE),
    (rb"[\x00-\x1f]+", 0),  # bytes
    (r"^-(?=[A-Z])|^[•‣⁃◦](?=\w)", re.MULTILINE),
    (r"(a)(?P<b>b)?(?(b)c|d)", 0),  # a conditional on a named group
]


@pytest.mark.parametrize("pattern, flags", PATTERNS)
def test_a_kept_pattern_is_re_s_own(pattern, flags):
    ours = Kept().compile(pattern, flags)
    theirs = regex_cache._ORIGINAL(pattern, flags)
    assert ours == theirs
    assert (ours.flags, ours.groups, ours.groupindex) == (theirs.flags, theirs.groups, theirs.groupindex)


def test_every_pattern_this_process_compiled_is_re_s_own():
    from accord.nlp.extract.dates.grammar import RULES  # the longest patterns a check makes

    seen = [(k[1], k[2]) for k in list(re._cache)] + [(r.regex.pattern, r.regex.flags & ~re.UNICODE) for r in RULES]
    assert len(seen) > 60
    cache = Kept()
    for pattern, flags in seen:
        assert cache.compile(pattern, flags) == regex_cache._ORIGINAL(pattern, flags), pattern


def test_kept_in_a_file_and_read_back(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.delenv("ACCORD_KB_CACHE", raising=False)
    pattern = r"(?P<w>prime|foreign)\s+minister-perf22-test"
    re.purge()
    with kept() as cache:
        assert re.compile(pattern) == regex_cache._ORIGINAL(pattern, 0)
        assert cache.added == 1
    assert regex_cache._compiler.compile is regex_cache._ORIGINAL  # restored
    assert regex_cache.cache_file().is_file()
    re.purge()
    monkeypatch.setattr(regex_cache, "compiled", lambda *a: pytest.fail("compiled again"))
    with kept() as cache:
        found = re.compile(pattern)
        assert cache.added == 0
    assert found == regex_cache._ORIGINAL(pattern, 0)
    assert found.match("Prime  minister-perf22-test") is None and found.match("prime minister-perf22-test")["w"] == "prime"


def test_a_bad_pattern_still_fails_and_re_is_restored(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    with pytest.raises(re.error):
        with kept():
            re.compile("(unclosed-perf22")
    assert regex_cache._compiler.compile is regex_cache._ORIGINAL


def test_a_damaged_file_is_started_afresh(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.delenv("ACCORD_KB_CACHE", raising=False)
    target = regex_cache.cache_file()
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(b"not a pickle")
    re.purge()
    with kept():
        assert re.compile("damaged-perf22") == regex_cache._ORIGINAL("damaged-perf22", 0)


def test_off_with_the_other_caches(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setenv("ACCORD_KB_CACHE", "0")
    with kept() as cache:
        assert cache is None and regex_cache._compiler.compile is regex_cache._ORIGINAL
    assert not (tmp_path / "accord").exists()


def test_past_the_cap_only_the_last_block_s_patterns_are_kept(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.delenv("ACCORD_KB_CACHE", raising=False)
    monkeypatch.setattr(regex_cache, "MAX_ENTRIES", 3)
    re.purge()
    with kept():
        for n in range(3):
            re.compile(f"cap-perf22-{n}")
    assert len(regex_cache._read(regex_cache.cache_file())) == 3  # at the cap: all kept
    re.purge()
    with kept():
        re.compile("cap-perf22-new")
    assert len(regex_cache._read(regex_cache.cache_file())) == 1  # past it: this block's only


# -- the date grammar: one pattern in every process ---------------------------------------------
def test_alternation_order():
    from accord.nlp.extract.dates.lexicon import alternation

    assert alternation({"may", "june", "july", "march", "april"}) == "(?:april|march|july|june|may)"
    assert alternation(["ten days", "tenth"], plural=True) == r"(?:ten\s+days|tenth)s?"


def test_the_date_grammar_is_the_same_in_every_process():
    code = ("import hashlib; from accord.nlp.extract.dates.grammar import RULES; "
            "print(hashlib.sha256('\\n'.join(r.regex.pattern for r in RULES).encode()).hexdigest())")
    assert len({_run(code, PYTHONHASHSEED=str(seed)) for seed in (1, 2, 3)}) == 1


# -- what a check no longer builds or imports -----------------------------------------------------
def test_sqlite_store_without_the_postgres_backend():
    out = _run("import sys, accord.store, accord.cli.options; s = accord.store.open_store(':memory:'); "
               "print('accord.store.postgres' in sys.modules)")
    assert out.strip() == "False"
    from accord.store import PostgresStore, is_postgres_url
    from accord.store.postgres import PostgresStore as Home, is_postgres_url as home_url

    assert PostgresStore is Home and is_postgres_url is home_url
    assert is_postgres_url("postgresql://x/y") and is_postgres_url("postgres://x") and not is_postgres_url("a.db")


def test_headline_names_are_read_at_the_first_headline(accord_annotator):
    from accord.nlp.components.headlines import english_words

    comp = accord_annotator.nlp.get_pipe("accord_headlines")
    if comp._pending is not None:
        accord_annotator.nlp("Sweden joined the alliance in 2024. Its minister spoke on Monday.")
        assert comp._pending is not None  # no headline line: nothing read
    assert comp.lexicon == english_words(accord_annotator.nlp)  # read when asked
    assert comp._pending is None
    assert ("north", "atlantic", "treaty", "organization") in comp.names
    assert comp.longest == max(len(n) for n in comp.names)
