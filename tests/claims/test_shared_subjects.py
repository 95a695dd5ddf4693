"""A verb coordinated with an earlier one shares its subject ("Finland stayed neutral for decades
and joined NATO in 2023"), its plan or hypothesis when it has no auxiliary of its own ("will
apply this month and join next year"), and its denial after "or" / "nor" ("did not apply or
join"); not after "and" / "but", and not a finite verb after an infinitive ("agreed to open
talks and granted status"). And who did it "together with" or "alongside" the subject did it
too. claims/grammar.shared_subject, shared_verb_head, co_agents. Sentences written for these
tests: Finland joined NATO on 4 April 2023 and the EU on 1 January 1995."""

from __future__ import annotations

import pytest

from tests.claims._pipeline import outcome


@pytest.mark.parametrize("text, date, expected", [
    ("Finland stayed neutral for decades and joined NATO in April 2023.", "2024-05-12", "supported"),
    ("Finland stayed neutral for decades and joined NATO in April 2022.", "2024-05-12", "flagged"),
    ("Finland stayed outside military alliances during the Cold War and joined the European Union in 1995.",
     "2022-05-12", "supported"),
    ("Finland stayed outside military alliances during the Cold War and joined the European Union in 1994.",
     "2022-05-12", "flagged"),  # one year early
    ("Finland stayed neutral but joined NATO in 2023.", "2024-05-12", "supported"),
])
def test_a_coordinated_verb_shares_the_first_verb_s_subject(checker, text, date, expected):
    assert outcome(checker, text, date) == expected


def test_a_relative_clause_s_second_verb_has_its_antecedent(checker):
    # Croatia joined NATO on 1 April 2009
    text = "Croatia, which applied in 2008 and joined NATO in {}, borders Hungary."
    assert outcome(checker, text.format(2009), "2022-05-12") != "flagged"
    assert outcome(checker, text.format(2010), "2022-05-12") == "flagged"


def test_a_shared_will_keeps_the_second_verb_a_plan(checker):
    # written before the accession: "join next year" is a plan, never a deed to check as done
    assert outcome(checker, "Finland will apply this month and join NATO in 2024.", "2022-05-12") != "flagged"


def test_a_denial_carries_over_or_but_not_and(accord_annotator):
    from accord.nlp.extract.claims.grammar import negated

    def denied(text: str, word: str) -> bool:
        doc = accord_annotator.nlp(text)
        return negated(next(t for t in doc if t.lower_ == word))

    assert denied("Austria did not apply or join NATO.", "join") is True
    assert denied("Sweden did not hesitate and joined NATO in March 2024.", "joined") is False


def test_a_finite_verb_after_an_infinitive_shares_no_to(accord_annotator):
    from accord.nlp.extract.claims.grammar import modality

    doc = accord_annotator.nlp("EU leaders agreed on Thursday to open talks with Ukraine and granted candidate status to Georgia.")
    assert modality(next(t for t in doc if t.lower_ == "granted")) == "fact"
    doc = accord_annotator.nlp("Finland will apply this month and join NATO next year.")
    assert modality(next(t for t in doc if t.lower_ == "join")) == "plan"


@pytest.mark.parametrize("text, date, expected", [
    # Finland, Sweden and Austria joined the EU on 1 January 1995; Norway voted no
    ("Finland joined the European Union in 1995, together with Sweden and Austria.", "2022-05-12", "supported"),
    ("Finland joined the European Union in 1995, together with Sweden and Norway.", "2022-05-12", "flagged"),
    # Romania, Bulgaria and Slovakia joined NATO on 29 March 2004, Albania in 2009
    ("Romania joined NATO in 2004 alongside Bulgaria and Slovakia.", "2019-10-17", "supported"),
    ("Romania joined NATO in 2004 alongside Bulgaria and Albania.", "2019-10-17", "flagged"),
    # "with" alone names the other party, who did not join
    ("Romania signed a deal with Bulgaria in 2004.", "2019-10-17", "none"),
])
def test_who_did_it_together_with_the_subject(checker, text, date, expected):
    assert outcome(checker, text, date) == expected


def test_a_time_clause_on_a_plan_is_a_plan(checker, accord_annotator):
    # the sample corpus's sentence, once "join" had its subject: the ratifications it waits for are
    # to come (Hungary ratified last, on 26 February 2024), never checked as done
    lead = "NATO leaders met in Vilnius. "
    text = lead + "Sweden will join only once every ally has ratified its accession."
    assert outcome(checker, text, "2023-07-12") != "flagged"
    # the twin told as done: Sweden had not joined by July 2023
    assert outcome(checker, lead + "Sweden joined once every ally had ratified its accession.", "2023-07-12") == "flagged"
    from accord.nlp.extract.claims.grammar import modality

    doc = accord_annotator.nlp("Sweden will join only once every ally has ratified its accession.")
    assert modality(next(t for t in doc if t.lower_ == "ratified")) == "plan"
    doc = accord_annotator.nlp("Sweden joined once every ally had ratified its accession.")
    assert modality(next(t for t in doc if t.lower_ == "ratified")) == "fact"
