"""The polarity of a claim's own predicate (issue 12, negation): a "not" on the head a claim's verb
hangs on ("have not decided to grant", "is not ready to grant", "did not want to join") neither
asserts nor denies the claim, so it is never confirmed (`grammar.denied_head`, the "asserted" step
of `verify.unsure`), and neither is a question or a disowned report ("did not say that ...").
A "not" on the predicate itself, or on a head that denies it ("did not manage to"), still denies
it, and a "not" on another verb of the sentence leaves the claim alone. The grant of a status
read with its antonyms ("denied / refused Ukraine candidate status": the grant denied). Sentences
written for these tests."""

from __future__ import annotations

import pytest

from accord.model import Reference, Statement, TimeQualifier
from accord.nlp.extract.claims._enlargementcheck import check_completed
from accord.nlp.extract.claims.grammar import UNASSERTED, denied_head
from accord.reconcile.kbcheck import KBChecker
from accord.reconcile.verify import unsure

from ._pipeline import read, verdicts

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, kinds", [
    # the predicate's own polarity
    ("Estonia joined NATO in 2004.", ["supported"]),
    ("Estonia did not join NATO in 2004.", ["contradicted_by_kb"]),
    ("Estonia did not manage to join NATO in 2004.", ["contradicted_by_kb"]),  # a head that denies
    # a "not" on another verb of the sentence: the claim stands
    ("Estonia joined NATO in 2004, although Moscow did not want it to.", ["supported"]),
    # a denied or disowned report, a question: neither asserted nor denied
    ("Kaja Kallas did not say that Estonia joined NATO in 2004.", ["unverifiable"]),
    ("Kaja Kallas said that Estonia joined NATO in 2004.", ["supported"]),
    ("Did Estonia join NATO in 2004?", ["unverifiable"]),
])
def test_the_not_that_counts_is_the_predicates(accord_annotator, text, kinds):
    assert verdicts(accord_annotator, text, "2022-07-01", "joined") == kinds


@pytest.mark.parametrize("text, kind", [
    ("EU leaders have decided to grant Moldova candidate status.", "supported"),
    ("EU leaders have not decided to grant Moldova candidate status.", "unverifiable"),
    ("The European Council is ready to grant Moldova candidate status.", "supported"),
    ("The European Council is not ready to grant Moldova candidate status.", "unverifiable"),
])
def test_a_denied_head_leaves_the_claim_unsaid(accord_annotator, text, kind):
    found = verdicts(accord_annotator, text, "2022-07-01", "candidate_for")
    assert found and set(found) == {kind}
    assert all(s.polarity == "affirmed" for s in read(accord_annotator, text, "2022-07-01") if s.property == "candidate_for")


@pytest.mark.parametrize("text, expected", [
    ("EU leaders have not decided to grant Moldova candidate status.", True),
    ("EU leaders have decided to grant Moldova candidate status.", False),
    ("The European Council is not ready to grant Moldova candidate status.", True),
    ("EU leaders decided not to grant Moldova candidate status.", False),  # the grant's own "not"
    ("EU leaders did not manage to grant Moldova candidate status.", False),  # a head that denies: `negated`
    ("EU leaders did not fail to grant Moldova candidate status.", False),  # "did not fail to" affirms
])
def test_denied_head(accord_annotator, text, expected):
    doc = accord_annotator.nlp(text)
    [grant] = [t for t in doc if t.lemma_ == "grant"]
    assert denied_head(grant) is expected


@pytest.mark.parametrize("text, polarity, kind", [
    ("EU leaders granted Ukraine candidate status on 23 June 2022.", "affirmed", "supported"),
    ("EU leaders denied Ukraine candidate status on 23 June 2022.", "negated", "contradicted_by_kb"),
    ("EU leaders refused Ukraine candidate status on 23 June 2022.", "negated", "contradicted_by_kb"),
    ("EU leaders decided to deny candidate status to Ukraine on 23 June 2022.", "negated", "contradicted_by_kb"),
    ("EU leaders decided not to grant candidate status to Ukraine on 23 June 2022.", "negated", "contradicted_by_kb"),
    # the decision denied, not the grant: unsaid, so neither confirmed nor flagged
    ("EU leaders did not decide to grant candidate status to Ukraine on 23 June 2022.", "affirmed", "unverifiable"),
])
def test_a_grant_and_its_antonyms(accord_annotator, text, polarity, kind):
    found = [s for s in read(accord_annotator, text, "2022-07-01") if s.property == "candidate_for"]
    assert found and {s.polarity for s in found} == {polarity}
    assert set(verdicts(accord_annotator, text, "2022-07-01", "candidate_for")) == {kind}


@pytest.mark.parametrize("text", [
    "EU leaders did not deny Ukraine candidate status on 23 June 2022.",  # a denied antonym: no grant said
    "EU leaders did not refuse Ukraine candidate status on 23 June 2022.",
])
def test_a_denied_antonym_is_not_read(accord_annotator, text):
    assert not [s for s in read(accord_annotator, text, "2022-07-01") if s.property == "candidate_for"]


def test_a_denial_of_a_status_the_kb_dates_later_is_not_flagged(accord_annotator):
    found = verdicts(accord_annotator, "EU leaders denied Georgia candidate status on 23 June 2022.", "2022-07-01",
                     "candidate_for")
    assert "contradicted_by_kb" not in found and "supported" not in found


def _ref(**confidence):
    return Reference("d", 0, 1, "x", 0, confidence=confidence)


def test_an_unasserted_claim_is_never_confirmed():
    kind, why = unsure("supported", "The KB records it.", _ref(**UNASSERTED))
    assert kind == "unverifiable" and "does not assert" in why and why.endswith("The KB records it.")
    assert unsure("supported", "The KB records it.", _ref(modality=0.3))[0] == "supported"  # unsure, yet asserted
    assert unsure("supported", "The KB records it.", _ref(asserted=0.5))[0] == "supported"  # at the threshold
    assert unsure("contradicted_by_kb", "No.", _ref(**UNASSERTED))[0] == "unverifiable"
    assert unsure("new", "Nothing known.", _ref(**UNASSERTED))[0] == "new"


@pytest.fixture(scope="module")
def checker(accord_annotator):
    return KBChecker(accord_annotator.kb)


@pytest.mark.parametrize("day, kind", [
    ("2024-02-25", "supported"),  # the day before the last ally's vote: not all had ratified
    ("2024-02-26", None),  # the vote is in, the act may not be: no verdict either way
    ("2024-04-30", "contradicted_by_kb"),  # long after: all had
])
def test_not_all_allies_had_ratified(checker, day, kind):
    st = Statement(subject="state:SWE", property="accession_ratified", value="org:NATO", polarity="negated",
                   point_in_time=TimeQualifier(day, "day"))
    found = check_completed(checker, st, None)
    assert (found.kind if found else None) == kind


@pytest.mark.parametrize("text, published, polarity, kind", [
    ("Mark Rutte was appointed NATO secretary general.", "2024-10-20", "affirmed", "supported"),
    # denied, his term begun by the article's day (19 days before): contradicted
    ("Mark Rutte was not appointed NATO secretary general.", "2024-10-20", "negated", "contradicted_by_kb"),
    ("NATO has not appointed Mark Rutte as secretary general.", "2024-10-20", "negated", "contradicted_by_kb"),
    ("Mark Rutte has not been named NATO secretary general.", "2024-10-20", "negated", "contradicted_by_kb"),
    # denied on the day the term began
    ("Mark Rutte was not appointed NATO secretary general on 1 October 2024.", "2024-10-20", "negated", "contradicted_by_kb"),
    # the term still to come (the appointment may be too), or begun long before (a re-appointment): no verdict
    ("Mark Rutte was not appointed NATO secretary general.", "2024-06-20", "negated", "new"),
    ("Mark Rutte was not appointed NATO secretary general.", "2025-03-20", "negated", "new"),
    # a dated denial of another day than the term's first
    ("Mark Rutte was not appointed NATO secretary general on 2 October 2024.", "2024-10-20", "negated", "new"),
])
def test_a_denied_appointment(accord_annotator, text, published, polarity, kind):
    [st] = [s for s in read(accord_annotator, text, published) if s.property == "appointed_to"]
    assert st.polarity == polarity
    assert verdicts(accord_annotator, text, published, "appointed_to") == [kind]


def test_a_denied_appointment_until_a_day_is_not_read(accord_annotator):
    text = "Mark Rutte was not appointed NATO secretary general until June."
    assert not [s for s in read(accord_annotator, text, "2024-10-20") if s.property == "appointed_to"]
