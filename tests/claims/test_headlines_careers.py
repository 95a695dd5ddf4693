"""Headlines in title case and careers told in the past (issue 12, helper rch12u): sentences
written for these tests, with other people, offices and states than the real-news set's.

- A title-case line is re-parsed from a true-cased copy (nlp/extract/headlines.py): what it says
  is read as a sentence would be, unsure (modality 0.3: supported, never flagged); a headline's
  present tense of a start ("X Takes Over As T") is dated by the article (date 0.4).
- "X was T", "X, who previously served as T," "He had served as T" (an undated past with the title
  written) is `held_office`: held some time by the article's day (claims/terms.py).
"""

from __future__ import annotations

import pytest

from accord.nlp.extract.headlines import english, headline_line, is_title_case, kept, truecased

from ._pipeline import read, verdicts


@pytest.fixture(scope="module")
def tokenizer(spacy_model):
    return spacy_model.make_doc


# -- which lines are headlines -------------------------------------------------------------------
@pytest.mark.parametrize("line, expected", [
    ("Montenegro Joins NATO As 29th Member", True),
    ("Montenegro joins NATO as 29th member", False),  # sentence case: parsed as it is
    ("Montenegro Joins NATO As 29th Member.", False),  # a final stop: a sentence
    ("Leaders Meet At Harbour House In Portland, Maine", True),
    ("Leaders Meet At Harbour House In Portland, Me.", False),  # a stop in the last word: a sentence's end
    ("Montenegro Joins NATO Alliance", True),  # four words
    ("Montenegro Joins NATO", False),  # three: a name as well
    ("By Jana Novak And Petra Horvat", False),  # a credit
    ("Ministers Jana Novak And Petra Horvat attend a meeting", False),  # a caption with a lower-case verb
    ("Alliance " + " ".join(["Leaders"] * 23) + " Meet", True),  # 25 words
    ("Alliance " + " ".join(["Leaders"] * 24) + " Meet", False),  # 26
])
def test_a_title_case_line(tokenizer, line, expected):
    assert is_title_case(tokenizer(line)[:]) is expected


def test_english_words_and_their_inflections_against_names():
    lexicon = frozenset({"appoint", "submit", "new", "bite", "join"})
    assert all(english(w, lexicon) for w in ("appointed", "submits", "submitted", "newest", "biting", "joins"))
    assert not english("vaskelainen", lexicon)
    assert english("vaskelainen", None)  # no tables: every word may be lowered


def lowered(accord_annotator, text: str, line_no: int = 0) -> str:
    from accord.nlp.extract.headlines import case_evidence, headline_lines

    comp = accord_annotator.nlp.get_pipe("accord_headlines")
    doc = accord_annotator.nlp.make_doc(text)
    for name, proc in accord_annotator.nlp.pipeline:
        if name == "accord_headlines":
            break
        doc = proc(doc)
    lines = headline_lines(doc)
    upper, lower = case_evidence(doc, lines)
    start, end = lines[line_no]
    line = doc[start:end]
    return " ".join(truecased(line, kept(line, comp.names, comp.longest, upper, lower, comp.lexicon)))


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    # KB names (a state, a demonym, an organisation) keep their capitals, other words are lowered
    ("Latvian Envoy Named As New Head Of NATO Mission", "Latvian envoy named as new head of NATO mission"),
    # "May" beside a number is the month, else the modal
    ("Croatia May Join Alliance On May 12", "Croatia may join alliance on May 12"),
    # after a colon a new clause opens
    ("Analysis: Leaders Agree New Target", "Analysis : Leaders agree new target"),
    # a name that is no English word keeps its capital
    ("Minister Vaskelainen Resigns Over Budget", "Minister Vaskelainen resigns over budget"),
])
def test_the_true_cased_copy(accord_annotator, text, expected):
    assert lowered(accord_annotator, text) == expected


@pytest.mark.model
def test_a_word_the_article_writes_capitalised_keeps_its_capital(accord_annotator):
    text = "Envoy Meets Harbour Chiefs\n\nThe minister met officials at Harbour House on Monday."
    assert lowered(accord_annotator, text) == "Envoy meets Harbour chiefs"
    text = "Envoy Meets Harbour Chiefs\n\nThe minister met officials at the harbour on Monday."
    assert lowered(accord_annotator, text) == "Envoy meets harbour chiefs"


@pytest.mark.model
def test_the_text_stays_the_article_s_and_the_verb_is_a_verb(accord_annotator):
    text = "Montenegro Joins NATO As 29th Member\n\nMontenegro joined the alliance on Monday."
    doc = accord_annotator.nlp.make_doc(text)
    doc._.document_date = "2017-06-06"
    doc = accord_annotator.nlp(doc)
    assert doc.text == text
    joins = doc[1]
    assert joins.text == "Joins" and joins.tag_ == "VBZ" and joins.dep_ == "ROOT"
    assert [s.text.strip() for s in doc.sents] == ["Montenegro Joins NATO As 29th Member",
                                                   "Montenegro joined the alliance on Monday."]


@pytest.mark.model
def test_a_sentence_in_ordinary_case_is_parsed_as_the_model_parses_it(accord_annotator, spacy_model):
    text = "Montenegro joined the alliance as its 29th member on Monday."
    ours = accord_annotator.nlp(accord_annotator.nlp.make_doc(text))
    theirs = spacy_model(text)
    assert [(t.tag_, t.dep_, t.head.i) for t in ours] == [(t.tag_, t.dep_, t.head.i) for t in theirs]


# -- what a headline says ------------------------------------------------------------------------
@pytest.mark.model
@pytest.mark.parametrize("text, prop, expected", [
    ("Montenegro Joins NATO As 29th Member", "joined", ["supported"]),
    ("Montenegro Joins NATO As 29th Member", "member_rank", ["supported"]),
    ("Montenegro Joins NATO As 28th Member", "member_rank", ["unverifiable"]),  # a headline: never flagged
    ("Montenegro joined NATO as its 28th member.", "member_rank", ["contradicted_by_kb"]),  # a sentence: flagged
])
def test_a_title_case_headline_is_read_unsure(accord_annotator, text, prop, expected):
    assert verdicts(accord_annotator, text, "2017-06-06", prop) == expected


@pytest.mark.model
@pytest.mark.parametrize("text, published, expected", [
    ("Mark Rutte Takes Over As NATO Secretary General", "2024-10-01", ["supported"]),
    ("Mark Rutte Takes Over As NATO Secretary General", "2024-10-09", ["unverifiable"]),  # a week late
    ("Rutte takes over as NATO secretary general", "2024-10-01", ["supported"]),  # a headline in sentence case
    ("Rutte takes over as NATO secretary general.", "2024-10-01", []),  # a sentence: no day of its own
    ("Rutte will take over as NATO secretary general", "2024-10-01", []),  # a plan
])
def test_a_headline_s_present_tense_start_is_of_the_article_s_day(accord_annotator, text, published, expected):
    assert verdicts(accord_annotator, text, published, "took_office") == expected


def test_a_headline_line(tokenizer):
    doc = tokenizer("Rutte takes over as NATO chief\n\nRutte took over on Tuesday.")
    first, second = doc[0:6], doc[8:]
    assert headline_line(first) and not headline_line(second)


# -- careers in the past -------------------------------------------------------------------------
@pytest.mark.model
@pytest.mark.parametrize("text, published, expected", [
    ("Kaja Kallas was prime minister of Estonia.", "2025-02-10", ["supported"]),
    ("Kaja Kallas, who previously served as Estonian prime minister, spoke in Riga.", "2025-02-10", ["supported"]),
    ("Kaja Kallas had served as Estonia's prime minister.", "2025-02-10", ["supported"]),
    # her first day in office and the day before it
    ("Kaja Kallas was prime minister of Estonia.", "2021-01-26", ["supported"]),
    ("Kaja Kallas was prime minister of Estonia.", "2021-01-25", ["unverifiable"]),  # the list starts in 2014: an older term?
    # another state's government (the KB records her in Estonia's only)
    ("Kaja Kallas was prime minister of Latvia.", "2025-02-10", ["contradicted_by_kb"]),
    # a title not held, a time of its own, a plan, a denial: no held_office
    ("Kaja Kallas was the next prime minister of Estonia.", "2025-02-10", []),
    ("Kaja Kallas was prime minister of Estonia in 2015.", "2025-02-10", []),
    ("Kaja Kallas would be prime minister of Estonia.", "2025-02-10", []),
])
def test_a_past_term_without_a_date(accord_annotator, text, published, expected):
    assert verdicts(accord_annotator, text, published, "held_office") == expected


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Kaja Kallas spoke in Riga on Friday. She was prime minister of Estonia.", ["supported"]),
    ("Kaja Kallas spoke in Riga on Friday. She was prime minister of Latvia.", ["unverifiable"]),  # a guess
    ("Kaja Kallas met Edgars Rinkevics in Riga on Friday. She was prime minister of Estonia.", []),  # whose?
])
def test_a_pronoun_takes_the_one_person_of_the_sentence_before(accord_annotator, text, expected):
    assert verdicts(accord_annotator, text, "2025-02-10", "held_office") == expected


@pytest.mark.model
def test_a_pronoun_is_read_for_an_undated_past_only(accord_annotator):
    text = "Kaja Kallas spoke in Riga on Friday. She served as Latvian prime minister from 2014 to 2016."
    found = read(accord_annotator, text, "2025-02-10")
    assert not [s for s in found if s.property in ("took_office", "left_office", "held_office")]


@pytest.mark.model
def test_a_current_title_is_not_read_as_a_past_one(accord_annotator):
    found = read(accord_annotator, "Kaja Kallas is prime minister of Estonia.", "2022-02-10")
    assert not [s for s in found if s.property == "held_office"]
