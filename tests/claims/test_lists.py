"""Lists of members and partners (claims/lists.py) and applications as a set (claims/actions.py,
check_application): what is read, what is not, and the coverage the contradiction depends on."""

from __future__ import annotations

import pytest

from accord.nlp.extract.claims import lists, statements
from accord.nlp.extract.claims.grammar import Context
from accord.nlp.extract.claims._membership import check_application
from accord.reconcile.kbcheck import KBChecker

from .membership_kb import MembershipKB, claim, parse, verdict

KB = MembershipKB()


def relations(nlp, text, props=("member_of", "partner_of"), **kw):
    found = statements(parse(nlp, text, **kw), KB)
    return sorted((s.subject, s.property, s.value) for s in found if s.property in props)


def members(org, *states, prop="member_of"):
    return sorted((s, prop, org) for s in states)


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("NATO members France, Germany and Italy agreed on the plan.",
     members("org:NATO", "state:FRA", "state:DEU", "state:ITA")),
    ("The Quad — the US, Japan, India and Australia — met in Tokyo.",
     members("org:quad", "state:USA", "state:JPN", "state:IND", "state:AUS")),
    ("The four Quad nations (the US, Japan, India and Australia) met in Tokyo.",
     members("org:quad", "state:USA", "state:JPN", "state:IND", "state:AUS")),
    ("The Quad pact between the US, Japan, India and Australia was renewed.",
     members("org:quad", "state:USA", "state:JPN", "state:IND", "state:AUS")),
    ("Leaders praised the Quad, the four-way grouping between the US, Japan, India and Australia.",
     members("org:quad", "state:USA", "state:JPN", "state:IND", "state:AUS")),
    ("The Quad includes the US, Japan, India and Australia.",
     members("org:quad", "state:USA", "state:JPN", "state:IND", "state:AUS")),
    ("The Quad, made up of the US, Japan, India and Australia, met.",
     members("org:quad", "state:USA", "state:JPN", "state:IND", "state:AUS")),
    ("NATO partners Japan and Australia sent ministers.", members("org:NATO", "state:JPN", "state:AUS", prop="partner_of")),
])
def test_lists_presented_as_the_members(spacy_model, text, expected):
    assert relations(spacy_model, text) == expected


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The European Union, Japan and Canada signed the declaration.",
    "Talks between NATO, Finland and Sweden ended.",
    "NATO invited countries including Japan, Australia and India.",
    "Non-NATO members Sweden and Austria watched closely.",
    "Former NATO members France and Italy watched closely.",
    "The NATO agreement between Estonia, Finland and Sweden was signed.",
])
def test_no_membership_from_lists_of_parties(spacy_model, text):
    doc = parse(spacy_model, text)
    ctx = Context(doc, KB)
    assert [s for sent in doc.sents for s in lists.extract(ctx, sent)] == []


def test_a_wrong_state_in_a_list_is_contradicted_like_any_membership():
    assert verdict(KB, claim("state:CAN", "member_of", "org:quad"), "2024-01-01").kind == "contradicted_by_kb"
    assert verdict(KB, claim("state:IND", "member_of", "org:quad"), "2024-01-01").kind == "supported"


# -- applications ------------------------------------------------------------------------------------------
@pytest.mark.model
@pytest.mark.parametrize("text, times", [
    ("Finland and Sweden applied for NATO membership in May.", [("in May", "2022-05")]),
    ("Finland and Sweden submitted their applications to join NATO in May.", [("in May", "2022-05")]),
])
def test_application_forms(spacy_model, text, times):
    data = [(t, {"value": v, "precision": "month", "role": "point"}) for t, v in times]
    found = [s for s in statements(parse(spacy_model, text, times=data), KB) if s.property == "applied_to"]
    assert sorted((s.subject, s.value, s.point_in_time.value) for s in found) == [
        ("state:FIN", "org:NATO", "2022-05"), ("state:SWE", "org:NATO", "2022-05")]


@pytest.mark.model
def test_possessive_application(spacy_model):
    found = statements(parse(spacy_model, "Finland's application to join NATO was submitted quickly."), KB)
    assert [(s.subject, s.property, s.value) for s in found if s.property == "applied_to"] == [
        ("state:FIN", "applied_to", "org:NATO")]


@pytest.mark.model
def test_application_date_from_its_own_clause(spacy_model):
    text = "After the war began in February, Finland applied to join NATO in May."
    times = [("in February", {"value": "2022-02", "precision": "month", "role": "point"}),
             ("in May", {"value": "2022-05", "precision": "month", "role": "point"})]
    found = [s for s in statements(parse(spacy_model, text, times=times), KB) if s.property == "applied_to"]
    assert [(s.subject, s.point_in_time.value) for s in found] == [("state:FIN", "2022-05")]


COVERED = {"from": "2020-03-28", "until": "2025-10-31"}


def check(kb, st, on):
    return check_application(KBChecker(kb), st, on)


def test_unlisted_applicant_contradicted_only_with_declared_coverage():
    st = claim("state:NOR", "applied_to", "org:NATO", pit="2022-05-18")
    assert check(MembershipKB(applied_coverage=COVERED), st, "2022-05-18").kind == "contradicted_by_kb"
    assert check(MembershipKB(), st, "2022-05-18") is None  # no declared coverage: the KB cannot tell


@pytest.mark.parametrize("day, kind", [("2020-03-28", "contradicted_by_kb"), ("2020-03-27", None)])
def test_application_coverage_start_boundary(day, kind):
    found = check(MembershipKB(applied_coverage=COVERED), claim("state:NOR", "applied_to", "org:NATO", pit=day), day)
    assert (found.kind if found else None) == kind


@pytest.mark.parametrize("on, kind", [("2021-03-28", "contradicted_by_kb"), ("2021-03-27", None)])
def test_undated_application_looks_back_a_year(on, kind):
    # "Austria, which has applied to join NATO": any day of the year before the article
    found = check(MembershipKB(applied_coverage=COVERED), claim("state:AUT", "applied_to", "org:NATO"), on)
    assert (found.kind if found else None) == kind


def test_listed_application_checked_for_its_date():
    kb = MembershipKB(applied_coverage=COVERED)
    assert check(kb, claim("state:FIN", "applied_to", "org:NATO", pit="2022-05"), "2022-06-01").kind == "supported"
    assert check(kb, claim("state:FIN", "applied_to", "org:NATO", pit="2022-03"), "2022-06-01").kind == "contradicted_by_kb"
    assert check(kb, claim("state:FIN", "applied_to", "org:NATO"), "2022-06-01").kind == "supported"


def test_negated_application_not_checked():
    kb = MembershipKB(applied_coverage=COVERED)
    assert check(kb, claim("state:AUT", "applied_to", "org:NATO", polarity="negated"), "2022-06-01") is None
