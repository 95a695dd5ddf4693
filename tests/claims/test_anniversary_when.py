"""An age reached in a "when" clause is dated by the clause it hangs on ("In 2019, when NATO
turned 70, ...": 2019, not the article's day; claims/treaty._turns, grammar.when_clause_date),
and "turned N" is read however the model hangs the number. NATO was founded on 4 April 1949.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.claims._pipeline import outcome


@pytest.mark.parametrize("text, expected", [
    ("In 2019, when NATO turned 70, its leaders met in London.", "supported"),
    ("In 2019, when NATO turned 69, its leaders met in London.", "flagged"),   # one year off: 1950
    ("In 2019, when NATO turned 60, its leaders met in London.", "flagged"),   # "60" parsed acomp
    ("When NATO turned 70 in 2019, its leaders met in London.", "supported"),  # its own date first
    ("In 2019, when NATO was 70 years old, its leaders met in London.", "supported"),
])
def test_an_age_in_a_when_clause_takes_the_main_clause_s_year(checker, text, expected):
    # written in 2024: anchored on the article's day, "turned 70" would put the founding in 1954
    assert outcome(checker, text, "2024-06-01") == expected


def test_a_when_clause_without_a_dated_main_clause_keeps_the_article_s_day(checker):
    # nothing dates the main clause: the article's day, as for "NATO turns 75" (1949 either way)
    assert outcome(checker, "When NATO turned 75, its leaders met in Washington.", "2024-07-10") == "supported"


def test_only_a_when_clause_borrows_the_main_clause_s_date(accord_annotator):
    from accord.nlp.extract.claims.grammar import Context, when_clause_date

    def verb_date(text: str, word: str):
        doc = accord_annotator.nlp.make_doc(text)
        doc._.document_date = "2024-06-01"
        doc = accord_annotator.nlp(doc)
        found = when_clause_date(Context(doc, accord_annotator.kb), next(t for t in doc if t.lower_ == word))
        return found.value if found is not None else None

    assert verb_date("In 2019, when NATO turned 70, its leaders met in London.", "turned") == "2019"
    # a clause that is not a "when" clause: its date is its own affair
    assert verb_date("In 2019, because NATO turned 70, its leaders met in London.", "turned") is None
    assert verb_date("NATO turned 70 in London, its leaders said in 2019.", "turned") is None
