"""The gazetteer's names as token strings: `Phrases` finds what spaCy's PhraseMatcher found, and
their tokens are kept in a cache file (accord.nlp.tokens_cache) that is used when fresh, made
again for other names or another tokenizer, and rebuilt when broken."""

from __future__ import annotations

import pickle

import pytest
import spacy
from spacy.matcher import PhraseMatcher

from accord.kb.loader import CACHE_KEEP
from accord.nlp import tokens_cache
from accord.nlp.extract.entities import Form, Gazetteer, gazetteer_matches
from accord.nlp.extract.phrases import Phrases
from accord.nlp.tokens_cache import tokenised

NAMES = ["New Zealand", "New Zealand Defence Force", "Zealand", "the U.S.", "Indo-Pacific", "NATO's summit",
         "Five Eyes", "five eyes", "Republic of Korea", "Korea", "St. Petersburg"]
TEXTS = ["New Zealand and the New Zealand Defence Force met in Zealand.",
         "NEW ZEALAND, the U.S. and THE U.S. joined the Indo-Pacific talks at NATO's summit.",
         "Five Eyes partners: five eyes, FIVE EYES; the Republic of Korea (Korea) and St. Petersburg",
         "New Zealand", "Korea", "", "zealand new new zealand zealand"]


@pytest.fixture
def nlp():
    return spacy.blank("en")


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.delenv("ACCORD_KB_CACHE", raising=False)
    return tmp_path / "accord"


def spacy_matches(nlp, attr: str, texts: list[str]) -> list[list[tuple[str, int, int]]]:
    matcher = PhraseMatcher(nlp.vocab, attr=attr.upper())
    for name in NAMES:
        matcher.add(name, [nlp.make_doc(name)])
    return [sorted((nlp.vocab.strings[k], s, e) for k, s, e in matcher(nlp.make_doc(t))) for t in texts]


@pytest.mark.parametrize("attr", ["lower", "orth"])
def test_phrases_find_what_the_phrase_matcher_finds(nlp, cache, attr):
    phrases = Phrases(attr)
    for name in NAMES:
        orths, lowers = tokenised(nlp, [name])[name]
        phrases.add(name, lowers if attr == "lower" else orths)
    found = [sorted(phrases(nlp.make_doc(t))) for t in TEXTS]
    assert found == spacy_matches(nlp, attr if attr == "lower" else "orth", TEXTS)
    assert any(len(f) > 3 for f in found)  # overlapping names are all found ("New Zealand" in the Force's)


def test_phrases_keys_of_the_same_tokens_all_match_once():
    phrases = Phrases("lower")
    phrases.add("a", ("five", "eyes"))
    phrases.add("b", ("five", "eyes"))
    phrases.add("a", ("five", "eyes"))
    phrases.add("empty", ())
    assert phrases(None, ["the", "five", "eyes"]) == [("a", 1, 3), ("b", 1, 3)]
    assert phrases(None, ["five"]) == [] and len(phrases) == 2


def test_phrases_attr_is_checked():
    with pytest.raises(ValueError):
        Phrases("norm")


def test_the_file_is_written_then_used_when_fresh(nlp, cache, monkeypatch):
    first = tokenised(nlp, NAMES)
    [written] = cache.glob("tokens-*.pickle")
    monkeypatch.setattr(nlp, "make_doc", lambda text: pytest.fail("tokenised again despite the cache"))
    assert tokenised(nlp, reversed(NAMES)) == first
    assert first["Indo-Pacific"] == (("Indo", "-", "Pacific"), ("indo", "-", "pacific"))
    assert list(cache.glob("tokens-*.pickle")) == [written]


def test_other_names_make_another_file(nlp, cache):
    tokenised(nlp, NAMES)
    more = tokenised(nlp, NAMES + ["Aotearoa New Zealand"])
    assert more["Aotearoa New Zealand"][1] == ("aotearoa", "new", "zealand")
    assert len(list(cache.glob("tokens-*.pickle"))) == 2


def test_another_tokenizer_makes_another_file(nlp, cache):
    before = tokenised(nlp, ["the U.S."])
    nlp.tokenizer.add_special_case("U.S.", [{"ORTH": "U."}, {"ORTH": "S."}])
    after = tokenised(nlp, ["the U.S."])
    assert before["the U.S."][0] == ("the", "U.S.") and after["the U.S."][0] == ("the", "U.", "S.")
    assert len(list(cache.glob("tokens-*.pickle"))) == 2


@pytest.mark.parametrize("content", [b"not a pickle", b"", pickle.dumps({"New Zealand": (("New", "Zealand"),)}),
                                     pickle.dumps(["New Zealand"]), pickle.dumps({"Korea": ((1,), (2,))})])
def test_a_broken_or_foreign_file_is_rebuilt_not_fatal(nlp, cache, content):
    built = tokenised(nlp, NAMES)
    [written] = cache.glob("tokens-*.pickle")
    written.write_bytes(content)
    assert tokenised(nlp, NAMES) == built
    with written.open("rb") as handle:
        assert pickle.load(handle) == built


def test_no_file_with_the_cache_off(nlp, cache, monkeypatch):
    monkeypatch.setenv("ACCORD_KB_CACHE", "0")
    assert tokenised(nlp, ["Korea"]) == {"Korea": (("Korea",), ("korea",))}
    assert not cache.exists() or not list(cache.glob("tokens-*.pickle"))


def test_only_the_newest_files_are_kept(nlp, cache):
    for n in range(CACHE_KEEP + 2):
        tokenised(nlp, [f"Name {n}"])
    assert len(list(cache.glob("tokens-*.pickle"))) == CACHE_KEEP
    assert tokens_cache.cache_file(nlp, [f"Name {CACHE_KEEP + 1}"]).is_file()  # the last written is kept


def test_the_gazetteer_of_a_changed_kb_finds_its_new_name(nlp, cache):
    forms = [Form("New Zealand", "state:NZL", "state", "name"), Form("NZ", "state:NZL", "state", "abbreviation")]
    doc = nlp.make_doc("Aotearoa and NZ and New Zealand")
    assert [(m.start, m.end) for m in gazetteer_matches(doc, Gazetteer(nlp, forms))] == [(2, 3), (4, 6)]
    changed = Gazetteer(nlp, forms + [Form("Aotearoa", "state:NZL", "state", "alias")])  # read from the cache file
    assert [(m.start, m.end) for m in gazetteer_matches(doc, changed)] == [(0, 1), (2, 3), (4, 6)]
    assert len(list(cache.glob("tokens-*.pickle"))) == 2
    again = Gazetteer(nlp, forms)  # the first KB's file, used again
    assert [(m.start, m.end) for m in gazetteer_matches(doc, again)] == [(2, 3), (4, 6)]
