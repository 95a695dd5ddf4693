"""The parse repairs of `accord_repairs` (nlp/extract/repairs.py): the object of an opening
"after / since / as / before" clause, gerund or preposition that the model reads as the main
clause's subject, and the main clause's subject read as the conjuncts of an opening phrase's last
noun. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.claims._pipeline import outcome


def _subjects(annotator, text: str) -> dict[str, list[str]]:
    """Each verb's subject words, and each word's label, after the whole pipeline."""
    doc = annotator.nlp(text)
    found: dict[str, list[str]] = {}
    for tok in doc:
        if tok.dep_ in ("nsubj", "nsubjpass"):
            found.setdefault(tok.head.text, []).append(tok.text)
    return found


def _label(annotator, text: str, word: str) -> tuple[str, str]:
    tok = next(t for t in annotator.nlp(text) if t.text == word)
    return tok.dep_, tok.head.text


@pytest.mark.parametrize("text, verb, subject, obj, opener", [
    ("Three months after Russia invaded Ukraine, Sweden and Finland applied to join NATO.",
     "applied", "Sweden", "Ukraine", "invaded"),
    ("After Russia invaded Ukraine, Finland and Sweden dropped their neutrality.",
     "dropped", "Finland", "Ukraine", "invaded"),
    ("Before NATO admitted Montenegro, Croatia and Albania had joined in 2009.",
     "joined", "Croatia", "Montenegro", "admitted"),
    ("After Turkey ratified Finland's bid, Hungary and Turkey still held up Sweden.",
     "held", "Hungary", "bid", "ratified"),
    ("Two years after Russia attacked Ukraine, Sweden, Finland and Norway were all NATO members.",
     "were", "Sweden", "Ukraine", "attacked"),
])
def test_object_of_an_opening_clause_is_not_the_main_subject(accord_annotator, text, verb, subject, obj, opener):
    subjects = _subjects(accord_annotator, text)
    assert subjects.get(verb) == [subject]
    assert _label(accord_annotator, text, obj) == ("dobj", opener)


@pytest.mark.parametrize("text, verb, subject, obj, opener, label", [
    ("Fearing Russia, Sweden and Finland applied to join NATO in May 2022.",
     "applied", "Sweden", "Russia", "Fearing", "dobj"),
    ("Watching Ukraine, Sweden and Finland applied to join NATO.",
     "applied", "Sweden", "Ukraine", "Watching", "dobj"),
    ("Unlike Austria, Sweden and Finland applied to join NATO in May 2022.",
     "applied", "Sweden", "Austria", "Unlike", "pobj"),
    # the clause a gerund opens ends on another verb, which the model made the sentence's root
    ("Having watched Russia invade Ukraine, Finland and Sweden applied to join NATO in May 2022.",
     "applied", "Finland", "Ukraine", "invade", "dobj"),
])
def test_the_object_of_an_opening_gerund_or_preposition_is_not_the_subject(
        accord_annotator, text, verb, subject, obj, opener, label):
    assert _subjects(accord_annotator, text).get(verb) == [subject]
    assert _label(accord_annotator, text, obj) == (label, opener)


@pytest.mark.parametrize("text, verb, subject", [
    ("Alarmed by the invasion of Ukraine, Sweden and Finland applied to join NATO.", "applied", "Sweden"),
    ("Following Russia's invasion of Ukraine, Finland and Sweden applied to join NATO.", "applied", "Finland"),
])
def test_names_after_an_opening_phrase_are_the_subject_it_lacked(accord_annotator, text, verb, subject):
    assert _subjects(accord_annotator, text).get(verb) == [subject]


def test_an_opening_phrase_with_its_own_list_keeps_it(accord_annotator):
    # the main clause has a subject of its own: the list is the opening preposition's
    text = "Excluding Hungary, Turkey and Poland, all allies ratified quickly."
    assert _subjects(accord_annotator, text).get("ratified") == ["allies"]
    assert _label(accord_annotator, text, "Turkey")[0] == "conj"


def test_a_gerund_inside_the_sentence_does_not_open_it(accord_annotator):
    from accord.nlp.extract.repairs import _opens_sentence

    doc = accord_annotator.nlp("Finally, watching Ukraine, Sweden applied. Sweden, watching Ukraine, applied.")
    first, second = [t for t in doc if t.lower_ == "watching"]
    assert _opens_sentence(first) is False  # "Finally ," : a comma is neither adverb nor conjunction
    assert _opens_sentence(second) is False
    assert _opens_sentence(doc[0]) is True


def test_a_comma_after_the_clause_verb_leaves_the_parse_alone(accord_annotator):
    # the clause has no object: the names after its comma were the subject all along
    text = "After the talks ended, Sweden and Finland signed the protocols."
    assert _subjects(accord_annotator, text).get("signed") == ["Sweden"]


def test_a_listed_object_before_the_main_subject_stays_the_object(accord_annotator):
    # "Ukraine, Georgia and Moldova" is the clause's object: the main clause has its own subject
    text = "After Russia attacked Ukraine, Georgia and Moldova, the EU imposed sanctions."
    assert _subjects(accord_annotator, text).get("imposed") == ["EU"]
    assert _label(accord_annotator, text, "Georgia")[0] == "conj"


def test_a_participle_clause_has_no_object_to_lose(accord_annotator):
    # a parse that is right already (the participle clause has its object, a comma closes it, the
    # main clause has its own subject): the repairs leave it as it was
    from accord.nlp.extract.repairs import repair

    text = "Ending two centuries of neutrality after the war began, Sweden and Finland applied to join NATO."
    nlp = accord_annotator.nlp
    with nlp.select_pipes(enable=[n for n in nlp.pipe_names if not n.startswith("accord_") or n == "accord_paragraphs"]):
        doc = nlp(text)
    before = [(t.dep_, t.head.i) for t in doc]
    repair(doc)
    assert [(t.dep_, t.head.i) for t in doc] == before


# --- the false alarm it made, and its twin ----------------------------------------------------------

@pytest.fixture(scope="module")
def checker(accord_annotator):
    from bench.paraphrases import Checker

    return Checker(accord_annotator)


SENT = "Three months after Russia invaded Ukraine, Sweden and Finland applied to join NATO on Wednesday."


def test_the_invaded_state_is_not_said_to_have_applied(checker):
    # 2022-05-20: "Wednesday" is 18 May, when Sweden and Finland applied; Ukraine applied on 30 September
    assert outcome(checker, SENT, "2022-05-20") == "supported"


def test_a_wrong_day_for_the_real_subjects_is_still_flagged(checker):
    # twin: written on 27 May, "Wednesday" is 25 May, a week after the applications
    assert outcome(checker, SENT, "2022-05-27") == "flagged"


@pytest.mark.parametrize("text, date, expected", [
    # 18 May 2022: Finland and Sweden applied; Austria and Russia never did
    ("Fearing Russia, Sweden and Finland applied to join NATO in May 2022.", "2022-06-01", "supported"),
    ("Fearing Russia, Sweden and Finland applied to join NATO in June 2022.", "2022-07-01", "flagged"),
    ("Unlike Austria, Sweden and Finland applied to join NATO in May 2022.", "2022-06-01", "supported"),
    ("Unlike Austria, Sweden and Finland applied to join NATO in April 2022.", "2022-06-01", "flagged"),
    ("Alarmed by the invasion of Ukraine, Sweden and Finland applied to join NATO in May 2022.", "2022-06-01",
     "supported"),
    ("Alarmed by the invasion of Ukraine, Sweden and Finland applied to join NATO in April 2022.", "2022-06-01",
     "flagged"),
    ("Having watched Russia invade Ukraine, Finland and Sweden applied to join NATO in May 2022.", "2022-06-01",
     "supported"),
])
def test_an_opening_phrase_names_no_applicant(checker, text, date, expected):
    assert outcome(checker, text, date) == expected
