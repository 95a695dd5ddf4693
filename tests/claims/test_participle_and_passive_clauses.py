"""Two clause shapes the census (bench/census.py) found the claim readers blind to, read in the
shared grammar: an active participle clause with no subject of its own is done by the subject
of the clause it modifies ("Having joined NATO in 2004, Romania ...", "..., having joined NATO
in 2004"), keeping that clause's plan or condition and its own "never" / "not"; a passive
admission names the state as its subject ("Croatia was admitted to NATO in 2009").
claims/grammar.participle_clause_head, participle_subject; claims/_admissions. Sentences written
for these tests: Romania and Bulgaria joined NATO on 29 March 2004, Croatia and Albania on
1 April 2009; Austria never joined."""

from __future__ import annotations

import pytest

from tests.claims._pipeline import outcome, read


def _joined(annotator, text: str, date: str = "2024-06-01") -> list[tuple]:
    return [(s.subject, s.value, s.polarity, s.modality, s.point_in_time.value if s.point_in_time else None)
            for s in read(annotator, text, date) if s.property == "joined"]


@pytest.mark.parametrize("text, expected", [
    ("Having joined NATO in 2004, Romania now takes part in air policing.", "supported"),
    ("Having joined NATO in 2006, Romania now takes part in air policing.", "flagged"),  # two years late
    ("Bulgaria now takes part in air policing, having joined NATO in 2004.", "supported"),
    ("Bulgaria now takes part in air policing, having joined NATO in 2003.", "flagged"),  # a year early
])
def test_a_participle_clause_is_done_by_the_main_clause_s_subject(checker, text, expected):
    assert outcome(checker, text, "2024-06-01") == expected


def test_a_participle_clause_keeps_the_main_clause_s_plan(accord_annotator):
    found = _joined(accord_annotator, "After joining NATO next year, Moldova will host allied troops.")
    assert found and all(mode == "plan" for *_, mode, _ in found)


def test_a_participle_clause_under_a_condition_is_not_a_deed(checker):
    assert outcome(checker, "Having joined NATO in 2010, Austria would have been safer.", "2024-06-01") != "flagged"


def test_never_before_a_participle_clause_denies_it(accord_annotator):
    found = _joined(accord_annotator, "Never having joined NATO, Austria kept its neutrality.")
    assert found == [("state:AUT", "org:NATO", "negated", "fact", None)]


def test_without_and_instead_of_tell_no_accession(accord_annotator):
    assert not [f for f in _joined(accord_annotator, "Without joining NATO, Austria trains with allied armies.")
                if f[2] == "affirmed" and f[3] == "fact"]
    assert not [f for f in _joined(accord_annotator, "Instead of joining NATO in 2004, Austria kept its neutrality.")
                if f[2] == "affirmed" and f[3] == "fact"]


def test_a_bare_past_participle_is_passive_not_the_subject_s_deed(accord_annotator):
    # "Invaded by Russia": Ukraine invaded no one
    found = [s for s in read(accord_annotator, "Invaded by Russia in 2022, Ukraine asked for weapons.", "2024-06-01")
             if s.property == "invaded" and s.subject == "state:UKR"]
    assert found == []


@pytest.mark.parametrize("text, expected", [
    ("Croatia was admitted to NATO in April 2009.", "supported"),
    ("Croatia was admitted to NATO in April 2010.", "flagged"),
    ("Albania was accepted into NATO in 2009.", "supported"),
    ("Albania was accepted into NATO in 2008.", "flagged"),
    ("Albania, which was admitted to NATO in 2009, borders Greece.", "supported"),
    ("Albania, which was admitted to NATO in 2011, borders Greece.", "flagged"),
])
def test_a_passive_admission_names_the_state_that_joined(checker, text, expected):
    assert outcome(checker, text, "2024-06-01") == expected


@pytest.mark.parametrize("text", [
    "Georgia could be admitted to NATO in 2030.",
    "Georgia will be admitted to NATO once the war is over.",
    "Was Georgia admitted to NATO in 2009?",
    "If Georgia is admitted to NATO in 2009, Russia will object.",
    "Georgia hopes to be admitted to NATO next year.",
])
def test_a_passive_admission_keeps_its_mood(checker, text):
    assert outcome(checker, text, "2024-06-01") != "flagged"


def test_a_passive_admission_keeps_its_denial(accord_annotator):
    assert _joined(accord_annotator, "Georgia has not been admitted to NATO.") == \
        [("state:GEO", "org:NATO", "negated", "fact", None)]


def test_accepted_is_an_admission_only_in_the_passive(accord_annotator):
    assert _joined(accord_annotator, "The allies accepted Georgia's offer in 2009.") == []


def test_a_participle_after_a_named_object_is_not_the_subject_s_deed(accord_annotator):
    # the minister named replaces the predecessor, not the prime minister who named her
    found = read(accord_annotator, "Prime Minister Fumio Kishida named Yoko Kamikawa foreign minister on "
                 "13 September 2023, replacing Yoshimasa Hayashi.", "2023-09-14")
    assert not [s for s in found if s.subject == "person:fumio-kishida" and s.property in ("took_office", "handed_over")]


def test_the_participle_s_doer_is_the_subject_of_the_clause_it_opens(spacy_model):
    from accord.nlp.extract.claims.grammar import participle_subject

    doc = spacy_model("Having joined the alliance in 2004, Slovenia hosted the meeting.")
    owner, subj = participle_subject(next(t for t in doc if t.lower_ == "joined"))
    assert (owner.lower_, subj.text) == ("hosted", "Slovenia")
    doc = spacy_model("Slovenia hosted the meeting after it joined the alliance in 2004.")
    assert participle_subject(next(t for t in doc if t.lower_ == "joined"))[1] is None  # a subject of its own
