"""Reported speech whose cue follows a comma, at the end of the sentence or between commas
(quotes.around), on sentences written for the purpose: the parser may hang the cue from the
clause it reports, and the clause is still what was said.

Each quotation is read as (kind, content, speaker phrase).
"""

from __future__ import annotations

import pytest

from tests.nlp._quotes import found

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, content, speaker", [
    ("The harbour bridge will close for repairs in June, the council said.",
     "The harbour bridge will close for repairs in June", "the council"),
    ("As the ferry approached the wharf on Tuesday, a deckhand was hurt by a falling crate, police said.",
     "As the ferry approached the wharf on Tuesday, a deckhand was hurt by a falling crate", "police"),
    ("The mill is holding on, but it is under heavy pressure from cheap imports, said its owner, Jane Doe.",
     "The mill is holding on, but it is under heavy pressure from cheap imports", "its owner, Jane Doe"),
    ("The new rules have made it possible for small growers, if they band together, to sell abroad, she said.",
     "The new rules have made it possible for small growers, if they band together, to sell abroad", "she"),
    ("Talks with the union will resume next week, the minister told reporters on Friday.",
     "Talks with the union will resume next week", "the minister"),
    ("The tunnel, which opened in 1998, carries more trucks than it was built for, engineers warned.",
     "The tunnel, which opened in 1998, carries more trucks than it was built for", "engineers"),
])
def test_cue_ending_the_sentence_reports_the_words_before_the_comma(spacy_model, text, content, speaker):
    assert ("reported", content, speaker) in found(spacy_model, text)


@pytest.mark.parametrize("text, content, speaker", [
    ("Over the years, she said, the archive has helped her stay in touch with old friends.",
     "the archive has helped her stay in touch with old friends", "she"),
    ("The hashtag, Mr. Abara said, carried descriptions of missing relatives and news of the found.",
     "carried descriptions of missing relatives and news of the found", "Mr. Abara"),
])
def test_cue_between_commas_reports_the_longer_side(spacy_model, text, content, speaker):
    assert any(q[0] == "reported" and q[2] == speaker and content in q[1] for q in found(spacy_model, text))


@pytest.mark.parametrize("text", [
    "Reached by phone on Monday, Jane Doe said.",  # a phrase, no clause, before the comma
    "Not long after the vote ended, the mayor said.",  # a subordinate clause alone
    "In June, he said.",  # too few words
])
def test_no_clause_before_the_comma_is_no_report(spacy_model, text):
    assert [q for q in found(spacy_model, text) if q[0] == "reported"] == []


def test_relative_clause_cue_is_no_aside(spacy_model):
    text = "The plan was drafted by the engineers, who said nothing about its cost."
    assert not any(q[0] == "reported" and q[1].startswith("The plan was drafted") for q in found(spacy_model, text))


# ---- the rule itself, on parses built by hand (no model): the cue hangs from the clause it
# reports, as the parser often leaves it ----

def parsed(words: list[str], heads: list[int], deps: list[str], tags: list[str]):
    import spacy
    from spacy.tokens import Doc
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, tags=tags,
              sent_starts=[True] + [False] * (len(words) - 1))
    return doc


def said_at(doc):
    return next(t for t in doc if t.text in ("said", "warned"))


def test_unit_cue_hung_as_adverbial_clause_at_the_end():
    from accord.nlp.extract.quotes.around import around_cue
    words = "The mill has made it possible for growers to sell , she said .".split()
    heads = [1, 3, 3, 3, 5, 3, 9, 9, 9, 5, 12, 12, 3, 3]
    deps = ["det", "nsubj", "aux", "ROOT", "nsubj", "ccomp", "mark", "nsubj", "aux", "advcl", "punct", "nsubj",
            "advcl", "punct"]
    tags = ["DT", "NN", "VBZ", "VBN", "PRP", "JJ", "IN", "NNS", "TO", "VB", ",", "PRP", "VBD", "."]
    doc = parsed(words, heads, deps, tags)
    cue = said_at(doc)
    assert around_cue(cue, doc[11]).text == "The mill has made it possible for growers to sell"


def test_unit_inverted_cue_hung_as_conjunct_at_the_end():
    from accord.nlp.extract.quotes.around import around_cue
    words = "The port is open , but it is losing ships , said its owner .".split()
    heads = [1, 2, 2, 2, 2, 2, 7, 2, 7, 8, 2, 2, 13, 11, 2]
    deps = ["det", "nsubj", "ROOT", "acomp", "punct", "cc", "nsubj", "conj", "acomp", "dobj", "punct", "conj", "poss",
            "nsubj", "punct"]
    tags = ["DT", "NN", "VBZ", "JJ", ",", "CC", "PRP", "VBZ", "VBG", "NNS", ",", "VBD", "PRP$", "NN", "."]
    doc = parsed(words, heads, deps, tags)
    assert around_cue(said_at(doc), doc[13]).text == "The port is open , but it is losing ships"


def test_unit_cue_between_commas_gives_the_longer_side():
    from accord.nlp.extract.quotes.around import around_cue
    words = "Over the years , she said , the archive has helped her stay in touch .".split()
    heads = [10, 2, 0, 10, 5, 10, 10, 8, 10, 10, 10, 12, 10, 12, 13, 10]
    deps = ["prep", "det", "pobj", "punct", "nsubj", "parataxis", "punct", "det", "nsubj", "aux", "ROOT", "nsubj",
            "ccomp", "prep", "pobj", "punct"]
    tags = ["IN", "DT", "NNS", ",", "PRP", "VBD", ",", "DT", "NN", "VBZ", "VBN", "PRP", "VB", "IN", "NN", "."]
    doc = parsed(words, heads, deps, tags)
    assert around_cue(said_at(doc), doc[4]).text == "the archive has helped her stay in touch"


@pytest.mark.parametrize("speaker_word, tag", [("who", "WP"), ("she", "VBG")])
def test_unit_relative_speaker_or_a_participle_is_no_aside(speaker_word, tag):
    from accord.nlp.extract.quotes.around import around_cue
    words = f"The plan was drafted by engineers , {speaker_word} said .".split()
    heads = [1, 3, 3, 3, 3, 4, 3, 8, 3, 3]
    deps = ["det", "nsubjpass", "auxpass", "ROOT", "agent", "pobj", "punct", "nsubj", "advcl", "punct"]
    tags = ["DT", "NN", "VBD", "VBN", "IN", "NNS", ",", "WP" if speaker_word == "who" else "PRP",
            "VBD" if speaker_word == "who" else tag, "."]
    doc = parsed(words, heads, deps, tags)
    assert around_cue(said_at(doc), doc[7]) is None


def test_unit_two_words_before_the_comma_are_too_few():
    from accord.nlp.extract.quotes.around import around_cue
    words = "Prices rose , she said .".split()
    doc = parsed(words, [1, 1, 1, 4, 1, 1], ["nsubj", "ROOT", "punct", "nsubj", "advcl", "punct"],
                 ["NNS", "VBD", ",", "PRP", "VBD", "."])
    assert around_cue(said_at(doc), doc[3]) is None
    words = "Prices rose sharply , she said .".split()
    doc = parsed(words, [1, 1, 1, 1, 5, 1, 1], ["nsubj", "ROOT", "advmod", "punct", "nsubj", "advcl", "punct"],
                 ["NNS", "VBD", "RB", ",", "PRP", "VBD", "."])
    assert around_cue(said_at(doc), doc[4]).text == "Prices rose sharply"
