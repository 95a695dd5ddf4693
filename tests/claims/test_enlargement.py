"""The dated steps of an enlargement: invitations to join, accession protocols, ratifications
(and their rejections), all allies' ratifications complete. Sentences written for these tests,
read by the whole pipeline with the bundled KB (enlargement.yaml)."""

from __future__ import annotations

import pytest

from accord.model import Statement, TimeQualifier
from accord.nlp.extract.claims._enlargementcheck import (
    check_completed, check_invited, check_protocol, check_ratified,
)
from accord.reconcile.kbcheck import KBChecker

from ._pipeline import read, verdicts

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, kind", [
    ("NATO allies signed Sweden's accession protocol on 5 July 2022 in Brussels.", "supported"),
    ("NATO allies signed Sweden's accession protocol on 5 July 2021 in Brussels.", "contradicted_by_kb"),
    ("The accession protocols for Albania and Croatia were signed in July 2008 by NATO.", "supported"),
    ("NATO signed the accession protocol with Montenegro in May 2015.", "contradicted_by_kb"),
])
def test_accession_protocols(accord_annotator, text, kind):
    assert set(verdicts(accord_annotator, text, "2024-01-01", "accession_protocol")) == {kind}


@pytest.mark.parametrize("text, published, kind", [
    ("Hungary's parliament voted on Monday to ratify Finland's NATO accession.", "2023-03-28", "supported"),
    ("Hungarian lawmakers approved Finland's bid to join NATO on 27 March.", "2023-03-28", "supported"),
    ("Hungary's parliament approved Finland's bid to join NATO in February 2023.", "2023-03-28", "contradicted_by_kb"),
    ("Turkey's parliament voted on Tuesday to reject Sweden's bid to join NATO.", "2024-01-24", "contradicted_by_kb"),
    ("Turkey's parliament voted against Sweden's NATO accession on 23 January 2024.", "2024-01-25", "contradicted_by_kb"),
    ("Turkey's parliament refused to ratify Sweden's accession in January 2023.", "2023-02-01", None),
    ("Hungary did not ratify Sweden's NATO accession on 26 February 2024.", "2024-03-01", "contradicted_by_kb"),
])
def test_ratifications(accord_annotator, text, published, kind):
    assert verdicts(accord_annotator, text, published, "ratified_accession") == ([kind] if kind else ["new"])


def test_a_ratification_still_expected_is_not_one(accord_annotator):
    found = read(accord_annotator, "Hungary is expected to ratify Sweden's NATO bid next month.", "2024-01-24")
    assert not [s for s in found if s.property == "ratified_accession" and s.modality == "fact"]


def test_the_candidate_approving_its_own_bid_is_no_ally_ratifying(accord_annotator):
    found = read(accord_annotator, "Finland's parliament approved Finland's NATO bid in May 2022.", "2022-06-01")
    assert not [s for s in found if s.property == "ratified_accession"]


def test_a_weekday_alone_dates_less_surely(accord_annotator):
    [st] = [s for s in read(accord_annotator, "Turkey's parliament voted on Thursday to approve Finland's NATO bid.",
                            "2023-03-31") if s.property == "ratified_accession"]
    assert st.point_in_time.value == "2023-03-30"
    assert 0.5 <= st.references[0].confidence["date"] < 1


@pytest.mark.parametrize("text, published, kind", [
    ("All 30 NATO allies have now ratified Finland's accession.", "2023-03-31", "supported"),
    ("All 30 NATO allies have now ratified Sweden's accession.", "2023-03-31", "contradicted_by_kb"),
])
def test_all_allies_ratified(accord_annotator, text, published, kind):
    assert verdicts(accord_annotator, text, published, "accession_ratified") == [kind]


@pytest.mark.parametrize("text, published, kind", [
    ("Albania was invited to join NATO in April 2008.", "2009-04-02", "supported"),
    ("Albania was invited to join NATO in April 2007.", "2009-04-02", "contradicted_by_kb"),
    ("NATO invited Montenegro to join the alliance in December 2015.", "2017-06-06", "supported"),
    ("Montenegro was invited to join NATO in May 2017.", "2017-06-06", "new"),  # the invitation to accede
])
def test_invitations_to_join(accord_annotator, text, published, kind):
    assert verdicts(accord_annotator, text, published, "invited_to_join") == [kind]


# -- boundary days of the checks ---------------------------------------------------------------------
def _st(subject, prop, value, day, polarity="affirmed"):
    return Statement(subject=subject, property=prop, value=value, polarity=polarity,
                     point_in_time=TimeQualifier(day, "day"))


@pytest.fixture(scope="module")
def checker(accord_annotator):
    return KBChecker(accord_annotator.kb)


@pytest.mark.parametrize("day, kind", [
    ("2022-07-04", "contradicted_by_kb"), ("2022-07-05", "supported"), ("2022-07-06", "contradicted_by_kb")])
def test_protocol_day(checker, day, kind):
    assert check_protocol(checker, _st("state:FIN", "accession_protocol", "org:NATO", day), None).kind == kind


@pytest.mark.parametrize("day, kind", [
    ("2023-03-29", "contradicted_by_kb"),  # the day before the Turkish parliament's vote
    ("2023-03-30", "supported"),           # the vote
    ("2023-04-09", "supported"),           # the last day of RATIFY_DAYS (10) after it
    ("2023-04-10", "contradicted_by_kb"),
])
def test_ratification_span(checker, day, kind):
    assert check_ratified(checker, _st("state:TUR", "ratified_accession", "state:FIN", day), None).kind == kind


@pytest.mark.parametrize("day, kind", [
    ("2020-02-26", "contradicted_by_kb"), ("2020-02-27", "supported"),  # Spain's lower house
    ("2020-03-17", "supported"), ("2020-03-18", "contradicted_by_kb"),  # its Senate: the act's end
])
def test_ratification_span_with_an_end(checker, day, kind):
    assert check_ratified(checker, _st("state:ESP", "ratified_accession", "state:MKD", day), None).kind == kind


@pytest.mark.parametrize("day, verdict", [("2023-03-29", None), ("2023-03-30", "contradicted_by_kb")])
def test_a_rejection_before_the_ratification_is_not_contradicted(checker, day, verdict):
    found = check_ratified(checker, _st("state:TUR", "ratified_accession", "state:FIN", day, "negated"), None)
    assert (found.kind if found else None) == verdict


@pytest.mark.parametrize("day, kind", [("2024-02-25", "contradicted_by_kb"), ("2024-02-26", "supported")])
def test_all_ratified_from_the_last_vote(checker, day, kind):
    assert check_completed(checker, _st("state:SWE", "accession_ratified", "org:NATO", day), None).kind == kind


@pytest.mark.parametrize("day, kind", [
    ("2015-12-01", "contradicted_by_kb"),  # the day before the invitation to begin accession talks
    ("2015-12-02", "supported"),
    ("2017-06-05", "new"),                 # accession day: the formal invitation to accede may be of it
    ("2017-06-06", "contradicted_by_kb"),  # after the accession
])
def test_invitation_span(checker, day, kind):
    assert check_invited(checker, _st("state:MNE", "invited_to_join", "org:NATO", day), None).kind == kind
