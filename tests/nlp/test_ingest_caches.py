"""The ingest speed-ups of issue 16 give the answers the code they replaced gave: misspelling
searches kept per word on their index (and dropped when the index changes), a Doc's length in
characters without building its text, the people step's linked tokens read from `doc.ents`.
"""

from __future__ import annotations

import pytest

from accord.kb.types import Entity
from accord.nlp.annotate import _chars
from accord.nlp.extract.anomalies import FormIndex, Settings, _close_form, close_form
from accord.nlp.extract.name_variants import PersonNames
from accord.nlp.extract.people import _token_index
from accord.nlp.extract.person_typos import _slipped_families, slip
from tests.nlp.helpers import make_doc
from tests.nlp.kbfake import small_kb

WORDS = ["NAITO", "Solvenia", "Slovnia", "Spian", "Spain", "Slovakian", "Natives", "Korae", "Spin",
         "Korah", "NATO", "Xylophone", "SLOVENIA"]


def test_close_form_answers_are_kept_and_equal_the_search():
    index = FormIndex.from_kb(small_kb())
    assert index.answers == {}
    for word in WORDS:
        for named in (False, True):
            first = close_form(word, index, named=named)
            assert first == _close_form(word, index, Settings(), named)
            assert index.answers[(word, Settings(), named)] == first
            assert close_form(word, index, named=named) == first  # from the cache
    assert sum(v is not None for v in index.answers.values()) >= 4  # some answers are hits
    # other settings are another question
    strict = Settings(min_score=99.0)
    assert close_form("Solvenia", index, strict) is None
    assert close_form("Solvenia", index)[1] == "state:SVN"


def _names(*people: tuple[str, str]) -> PersonNames:
    names = PersonNames()
    for pid, name in people:
        names.add(Entity(pid, "person", name))
    return names


def _search(word: str, names: PersonNames) -> list[str]:
    """What _surname searched before the cache: every family key one slip from the word."""
    return sorted(key for key in names.by_family if slip(word, key))


def test_slipped_families_are_kept_per_word_and_renewed_when_a_family_is_added():
    names = _names(("person:a", "Peter Halloran"), ("person:b", "Ingrid Vestberg"))
    for word in ("Haloran", "Hallorn", "Vestbreg", "Vestberg", "Smith"):
        assert sorted(_slipped_families(word, names)) == _search(word, names)
    assert _slipped_families("Halloren", names) == ["halloran"]
    assert _slipped_families("Malory", names) == []
    # a new family name: the kept answers are dropped, the word now finds it
    names.add(Entity("person:c", "person", "Anna Mallory"))
    assert _slipped_families("Malory", names) == _search("Malory", names) == ["mallory"]
    # a new person of a family already known: the keys are the same, the ids are read live
    names.add(Entity("person:d", "person", "Rose Halloran"))
    assert _slipped_families("Halloren", names) == ["halloran"]
    assert names.by_family["halloran"] == {"person:a", "person:d"}


@pytest.mark.parametrize("text", ["", "Hello", "Hello world .", "NATO/PROPN met/VERB in/ADP Riga/PROPN"])
def test_chars_is_the_length_of_the_doc_text(text):
    doc = make_doc(text) if "/" in text else _plain_doc(text)
    assert _chars(doc) == len(doc.text)


def _plain_doc(text: str):
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    words = text.split()
    return Doc(Vocab(), words=words, spaces=[True] * (len(words) - 1) + [False] if words else [])


def test_chars_counts_trailing_whitespace():
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    doc = Doc(Vocab(), words=["Riga", "."], spaces=[False, True])
    assert doc.text == "Riga. " and _chars(doc) == 6


def test_linked_tokens_are_those_of_non_person_entities_with_a_kb_id():
    doc = make_doc("NATO/PROPN/B-ORG chief/NOUN Jens/PROPN/B-PERSON Stoltenberg/PROPN/I-PERSON met/VERB "
                   "the/DET President/PROPN of/ADP Latvia/PROPN/B-GPE in/ADP New/PROPN/B-GPE "
                   "York/PROPN/I-GPE ./PUNCT")
    from spacy.tokens import Span

    doc.ents = [Span(doc, 0, 1, "ORG", kb_id="org:NATO"), Span(doc, 2, 4, "PERSON", kb_id="person:js"),
                Span(doc, 8, 9, "GPE", kb_id="state:LVA"), Span(doc, 10, 12, "GPE")]
    index, linked = _token_index(doc)
    old = {t.i for t in doc if t.ent_kb_id_ and t.ent_type_ != "PERSON"}
    assert linked == old == {0, 8}
    assert index["nato"] == [0] and index["stoltenberg"] == [3] and index["york"] == [11]
    assert sum(len(v) for v in index.values()) == len(doc)


def test_a_sentence_walks_the_same_tokens_as_its_span_and_makes_them_once():
    from accord.nlp.extract.claims import Sentence

    doc = make_doc("NATO/PROPN/B-ORG met/VERB in/ADP Riga/PROPN/B-GPE ./PUNCT Leaders/NOUN agreed/VERB ./PUNCT")
    span = doc[1:5]
    sent = Sentence(doc, 1, 5)
    first = list(sent)
    assert [(t.i, t.text, t.pos_) for t in first] == [(t.i, t.text, t.pos_) for t in span]
    assert all(a is b for a, b in zip(first, sent))  # the same Token objects on the next walk
    assert (len(sent), sent.text, sent.start_char, sent.end_char) == (len(span), span.text, span.start_char,
                                                                      span.end_char)
    assert sent == span and hash(sent) == hash(span) and sent[0].text == "met"
    assert list(Sentence(doc, 2, 2)) == []
