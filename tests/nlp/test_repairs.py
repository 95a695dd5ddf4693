"""The parse repairs of `accord_repairs` (nlp/extract/repairs.py): the object of an opening
"after / since / as / before" clause that the model reads as the main clause's subject, and the
main clause's subject read as that object's conjuncts. Sentences written for these tests."""

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
