"""Quotations and speakers (accord.nlp.extract.quotes).

Hand-built parsed Docs for the core rules (no model, milliseconds); the spaCy model (mark
`model`) for the harder forms: reported speech, pronouns, multi-paragraph quotations.
"""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from accord.model import Annotation
from accord.nlp import extensions  # noqa: F401  (registers doc._.people)
from accord.nlp.extract.quotes import asserted_by, quotations, quote_annotations, said_statements

_NLP = spacy.blank("en")


def parsed(rows: list[tuple], ents: list[str] | None = None) -> Doc:
    """A Doc from rows (word, space_after, pos, tag, dep, head index, lemma)."""
    words = [r[0] for r in rows]
    doc = Doc(_NLP.vocab, words=words, spaces=[r[1] for r in rows], pos=[r[2] for r in rows],
              tags=[r[3] for r in rows], deps=[r[4] for r in rows], heads=[r[5] for r in rows],
              lemmas=[r[6] for r in rows], ents=ents or ["O"] * len(rows),
              sent_starts=[i == 0 for i in range(len(rows))])
    return doc


def after_cue_doc() -> Doc:
    """`"We will win," Smith said.`"""
    return parsed([
        ('"', False, "PUNCT", "``", "punct", 7, '"'),
        ("We", True, "PRON", "PRP", "nsubj", 3, "we"),
        ("will", True, "AUX", "MD", "aux", 3, "will"),
        ("win", False, "VERB", "VB", "ccomp", 7, "win"),
        (",", False, "PUNCT", ",", "punct", 7, ","),
        ('"', True, "PUNCT", "''", "punct", 7, '"'),
        ("Smith", True, "PROPN", "NNP", "nsubj", 7, "Smith"),
        ("said", False, "VERB", "VBD", "ROOT", 7, "say"),
        (".", False, "PUNCT", ".", "punct", 7, "."),
    ], ents=["O"] * 6 + ["B-PERSON", "O", "O"])


def before_cue_doc() -> Doc:
    """`Smith said: "We will win."`"""
    return parsed([
        ("Smith", True, "PROPN", "NNP", "nsubj", 1, "Smith"),
        ("said", False, "VERB", "VBD", "ROOT", 1, "say"),
        (":", True, "PUNCT", ":", "punct", 1, ":"),
        ('"', False, "PUNCT", "``", "punct", 6, '"'),
        ("We", True, "PRON", "PRP", "nsubj", 6, "we"),
        ("will", True, "AUX", "MD", "aux", 6, "will"),
        ("win", False, "VERB", "VB", "ccomp", 1, "win"),
        (".", False, "PUNCT", ".", "punct", 1, "."),
        ('"', False, "PUNCT", "''", "punct", 1, '"'),
    ], ents=["B-PERSON"] + ["O"] * 8)


def test_speaker_after_the_quotation():
    doc = after_cue_doc()
    (q,) = quotations(doc)
    assert doc.text[q.content[0]:q.content[1]] == "We will win"
    assert doc.text[q.speaker[0]:q.speaker[1]] == "Smith" and doc.text[q.cue[0]:q.cue[1]] == "said"
    assert q.kind == "direct" and q.speaker_text == "Smith" and q.speaker_entity is None


def test_speaker_before_the_quotation():
    doc = before_cue_doc()
    (q,) = quotations(doc)
    assert doc.text[q.content[0]:q.content[1]] == "We will win."
    assert doc.text[q.speaker[0]:q.speaker[1]] == "Smith" and q.kind == "direct"


def test_people_from_the_nlp_core_give_the_entity_and_office():
    doc = after_cue_doc()
    start = doc.text.index("Smith")
    doc._.people = {"person:jane-smith": {"name": "Jane Smith", "office": "Mayor",
                                          "mentions": [(start, start + 5)]}}
    (q,) = quotations(doc)
    assert (q.speaker_entity, q.speaker_text, q.speaker_office) == ("person:jane-smith", "Jane Smith", "Mayor")


def test_annotations_and_said_statements():
    doc = after_cue_doc()
    (a,) = quote_annotations(doc, quotations(doc))
    assert (a.layer, a.label, a.text) == ("quote", "direct", "We will win")
    assert a.data["speaker_text"] == "Smith" and a.data["cue"] == [doc.text.index("said"), doc.text.index("said") + 4]
    (s,) = said_statements([a], "doc1", doc.text)
    assert (s.subject, s.property, s.value, s.modality) == ("Smith", "said", "We will win", "reported")
    assert s.references[0].doc_id == "doc1" and s.references[0].start == a.start


def test_said_statements_skip_quotations_without_speaker():
    anonymous = Annotation("quote", 0, 5, "Hello", "direct", None, {"speaker_text": None})
    assert said_statements([anonymous], "d") == []


def test_asserted_by_names_the_speaker_inside_a_quotation_only():
    quote = Annotation("quote", 10, 40, "x" * 30, "direct", "person:jane-smith", {"speaker_text": "Jane Smith"})
    assert asserted_by(12, 20, [quote]) == "person:jane-smith"
    assert asserted_by(0, 12, [quote]) == "article"
    unlinked = Annotation("quote", 10, 40, "x" * 30, "direct", None, {"speaker_text": "Jane Smith"})
    assert asserted_by(12, 20, [unlinked]) == "Jane Smith"


# ---- with the model ------------------------------------------------------------------------

def found(nlp, text: str) -> list[tuple[str, str, str | None, str | None]]:
    """(kind, content, speaker phrase, resolved speaker name) for each quotation."""
    doc = nlp(text)
    out = []
    for q in quotations(doc):
        speaker = text[q.speaker[0]:q.speaker[1]] if q.speaker else None
        out.append((q.kind, text[q.content[0]:q.content[1]], speaker, q.speaker_text))
    return out


@pytest.mark.model
def test_wrong_opening_mark_and_closing_mark_as_opening(spacy_model):
    assert found(spacy_model, "”We will not stop the work,” Jane Doe said.") == [
        ("direct", "We will not stop the work", "Jane Doe", "Jane Doe")]
    assert found(spacy_model, "“It is unusual,“ said Jane Doe.")[0][2] == "Jane Doe"


@pytest.mark.model
def test_inverted_cue_with_title_and_apposition(spacy_model):
    (q,) = found(spacy_model, '"The bridge is safe," said Mayor Jane Doe, a former engineer.')
    assert q[2] == "Mayor Jane Doe, a former engineer" and q[3] == "Jane Doe"


@pytest.mark.model
def test_multi_paragraph_quotation_takes_the_speaker_of_the_paragraph_before(spacy_model):
    text = ("Mayor Jane Doe said the bridge would open in May.\n\n"
            "\"We have waited ten years for this bridge.\n\n"
            "\"Now the work starts and nobody will stop it.\"")
    quotes = found(spacy_model, text)
    assert quotes[0][:3] == ("reported", "the bridge would open in May", "Mayor Jane Doe")
    kind, content, speaker, name = quotes[1]
    assert kind == "direct" and content.startswith("We have waited") and content.endswith("stop it.")
    assert "\n\n" in content and name == "Jane Doe"


@pytest.mark.model
def test_second_piece_of_a_split_quotation_keeps_the_speaker(spacy_model):
    quotes = found(spacy_model, '"We will build it," Jane Doe said. "Nothing will stop us."')
    assert [q[3] for q in quotes] == ["Jane Doe", "Jane Doe"]


@pytest.mark.model
def test_pronoun_resolves_to_the_most_recent_compatible_person(spacy_model):
    text = ("Mrs. Anna Berg met Mr. Tom Lind in the city hall on Monday. Mr. Lind spoke first.\n\n"
            '"We agree on the budget," she said.')
    (q,) = found(spacy_model, text)
    assert q[2] == "she" and q[3] == "Anna Berg"


@pytest.mark.model
def test_pronoun_after_a_quotation_resolves_to_its_speaker(spacy_model):
    text = ('"The port will grow," said Tom Lind, the harbour master.\n\n'
            "He said the new cranes would arrive in June.")
    quotes = found(spacy_model, text)
    assert quotes[1][:3] == ("reported", "the new cranes would arrive in June", "He")
    assert quotes[1][3] == "Tom Lind"


@pytest.mark.model
def test_reported_speech_forms(spacy_model):
    told = found(spacy_model, "Jane Doe told Radio City the bridge would open in May.")
    assert told == [("reported", "the bridge would open in May", "Jane Doe", "Jane Doe")]
    refused = found(spacy_model, "Jane Doe would not say the bridge was late.")
    assert refused[0][1:3] == ("the bridge was late", "Jane Doe")
    according = found(spacy_model, "The bridge will open in May, according to the city engineer.")
    assert according[0][1:3] == ("The bridge will open in May", "the city engineer")


@pytest.mark.model
def test_partial_quote_inside_reported_speech_has_the_same_speaker(spacy_model):
    quotes = found(spacy_model, 'Jane Doe said the plan was a "logical step" for the city.')
    assert ("direct", "logical step", "Jane Doe", "Jane Doe") in quotes
    assert any(q[0] == "reported" and "logical step" in q[1] for q in quotes)


@pytest.mark.model
def test_scare_quotes_and_titles_are_not_quotations(spacy_model):
    assert found(spacy_model, 'The so-called "reform" failed, and the film "Bridges" flopped.') == []
    quotes = found(spacy_model, 'Jane Doe said in her memoir, "Bridges Over the River," that she was right.')
    assert all(q[0] == "reported" for q in quotes)
