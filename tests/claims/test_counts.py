"""Member counts and ranks of accession (claims/counts.py): what is read, what is not, and the
window and coverage the check depends on, at its boundary days."""

from __future__ import annotations

import pytest

from accord.nlp.extract.claims import statements
from accord.nlp.extract.claims._numbers import words_value

from .membership_kb import MembershipKB, claim, parse, verdict

KB = MembershipKB()


def counts(nlp, text, **kw):
    found = statements(parse(nlp, text, **kw), KB)
    return sorted((s.subject, s.property, s.value) for s in found if s.property in ("member_count", "member_rank"))


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("NATO leaders met. The alliance's 32 nations agreed on a plan.", ("org:NATO", "32")),
    ("A decision needs the backing of all 30 NATO members.", ("org:NATO", "30")),
    ("NATO leaders met. They celebrated the 29-member military alliance at a dinner.", ("org:NATO", "29")),
    ("NATO leaders met. The thirty-two-member alliance agreed.", ("org:NATO", "32")),
    ("NATO leaders met in June, a test for its 30 members.", ("org:NATO", "30")),
    ("The leaders of the 27 member states of the European Union agreed.", ("org:EU", "27")),
    ("NATO spending rose. Eighteen out of 31 allies met the goal.", ("org:NATO", "31")),
    ("NATO spending rose. Eight of the 29 allies met the goal.", ("org:NATO", "29")),
    ("NATO now has 32 members.", ("org:NATO", "32")),
    ("The European Union, which had 28 members at the time, agreed.", ("org:EU", "28")),
    ("NATO met. The alliance grew to 31 members in April.", ("org:NATO", "31")),
    ("NATO met. It is an alliance of 32 nations.", ("org:NATO", "32")),
    ("NATO met. The 32-strong alliance agreed.", ("org:NATO", "32")),
])
def test_counts_of_the_whole_membership(spacy_model, text, expected):
    assert counts(spacy_model, text) == [(expected[0], "member_count", expected[1])]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "NATO leaders met. 30 members of parliament voted against the plan.",
    "NATO leaders met. Two more destroyers will be based in Spain.",
    "NATO leaders met. Eight of the allies' ministers stayed home.",
    "NATO leaders met. The 23 European allies agreed.",
    "NATO leaders met. Ten NATO members met the goal.",
    "NATO leaders met. Germany and its 30 allies agreed.",
    "NATO leaders met. The 20 members that have ratified the deal agreed.",
    "NATO leaders met. Germany's 16 states agreed.",
    "NATO now has more than 30 members.",
    "NATO leaders met. Nearly 30 allies sent troops.",
    "NATO leaders met. Germany has 16 states.",
    "NATO has 23 members in the European Union.",
    "NATO leaders met. The committee has 30 members.",
])
def test_no_count_when_the_number_counts_something_else(spacy_model, text):
    assert counts(spacy_model, text) == []


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Montenegro became the 29th member of NATO.", [("state:MNE", "member_rank", "org:NATO#29")]),
    ("NATO grew. Sweden joined as the thirty-second member of NATO.", [("state:SWE", "member_rank", "org:NATO#32")]),
    ("Finland, NATO's newest member, sent troops.", [("state:FIN", "member_rank", "org:NATO#latest")]),
    ("Welcoming NATO's thirty second ally and latest member Sweden, the leaders agreed.",
     [("state:SWE", "member_rank", "org:NATO#32"), ("state:SWE", "member_rank", "org:NATO#latest")]),
])
def test_ranks(spacy_model, text, expected):
    assert counts(spacy_model, text) == expected


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Estonia was the first member of NATO to meet the goal.",
    "Estonia was the first NATO member to meet the goal.",
    "Germany, the second-largest member of NATO, agreed.",
])
def test_no_rank_for_other_orders(spacy_model, text):
    assert counts(spacy_model, text) == []


@pytest.mark.model
def test_a_count_in_a_noun_phrase_is_a_fact_whatever_the_clause(spacy_model):
    doc = parse(spacy_model, "NATO met. Ukraine wants to join the 31-member alliance.")
    found = [s for s in statements(doc, KB) if s.property == "member_count"]
    assert [(s.value, s.modality) for s in found] == [("31", "fact")]


@pytest.mark.model
def test_a_growth_to_come_is_a_plan(spacy_model):
    doc = parse(spacy_model, "NATO met. The alliance will grow to 32 members.")
    found = [s for s in statements(doc, KB) if s.property == "member_count"]
    assert [(s.value, s.modality) for s in found] == [("32", "plan")]


@pytest.mark.model
def test_the_sentence_date_is_the_count_date(spacy_model):
    doc = parse(spacy_model, "NATO met. In 2018, the 29 allies agreed.",
                times=[("2018", {"value": "2018", "precision": "year", "role": "point"})])
    found = [s for s in statements(doc, KB) if s.property == "member_count"]
    assert [(s.value, s.point_in_time.value) for s in found] == [("29", "2018")]


def test_number_words():
    assert words_value(["thirty", "-", "two"], ordinal=False) == 32
    assert words_value(["Eighteen"], ordinal=False) == 18
    assert words_value(["thirty", "second"], ordinal=True) == 32
    assert words_value(["31st"], ordinal=True) == 31
    assert words_value(["thirty", "thirty"], ordinal=False) is None


# -- the check ---------------------------------------------------------------------------------------
# Sizes: 5 from 2017-06-05, 7 from 2023-04-04 (two states the same day).
@pytest.mark.parametrize("number, on, kind", [
    ("5", "2023-06-02", "supported"),  # 60 days after the change: the old number still stands
    ("5", "2023-06-03", "contradicted_by_kb"),  # 61 days after
    ("7", "2023-03-21", "supported"),  # 14 days before the change: the new number already stands
    ("7", "2023-03-20", "contradicted_by_kb"),  # 15 days before
    ("6", "2023-04-04", "contradicted_by_kb"),  # never 6: two joined the same day
])
def test_count_window_boundaries(number, on, kind):
    assert verdict(KB, claim("org:NATO", "member_count", number), on).kind == kind


@pytest.mark.parametrize("on, kind", [("2024-04-02", "supported"), ("2024-04-03", "contradicted_by_kb")])
def test_past_undated_counts_look_back_a_year(on, kind):
    # 2024-04-03 minus 365 days is 2023-04-04, the day the size became 7
    assert verdict(KB, claim("org:NATO", "member_count", "5", date_sure=0.7), on).kind == kind


def test_count_of_the_sentence_date_not_the_article_date():
    assert verdict(KB, claim("org:NATO", "member_count", "5", pit="2018"), "2024-06-01").kind == "supported"
    assert verdict(KB, claim("org:NATO", "member_count", "7", pit="2018"), "2024-06-01").kind == "contradicted_by_kb"


@pytest.mark.parametrize("until, kind", [("2024-01-01", "contradicted_by_kb"), ("2023-12-31", "new")])
def test_count_only_contradicted_inside_the_coverage(until, kind):
    kb = MembershipKB(coverage={"from": "1949-08-24", "until": until})
    # claim on 2023-12-18: its window runs to 2024-01-01
    assert verdict(kb, claim("org:NATO", "member_count", "9"), "2023-12-18").kind == kind


def test_count_not_contradicted_in_a_coverage_gap():
    kb = MembershipKB(coverage={"from": "1949-08-24", "until": "2025-10-31",
                                "gaps": [{"from": "2019-01-01", "until": "2019-01-31"}]})
    assert verdict(kb, claim("org:NATO", "member_count", "9"), "2019-02-01").kind == "new"
    assert verdict(kb, claim("org:NATO", "member_count", "9"), "2019-04-20").kind == "contradicted_by_kb"


def test_plan_counts_look_a_year_ahead():
    assert verdict(KB, claim("org:NATO", "member_count", "7", modality="plan"), "2022-06-01").kind == "supported"


def test_count_of_an_organisation_without_members_is_not_checked():
    assert verdict(KB, claim("org:EU", "member_count", "27"), "2022-06-01").kind == "new"


@pytest.mark.parametrize("state, rank, kind", [
    ("state:MNE", "5", "supported"), ("state:MNE", "4", "contradicted_by_kb"), ("state:MNE", "6", "contradicted_by_kb"),
    ("state:FIN", "6", "supported"), ("state:SWE", "7", "supported"), ("state:FIN", "8", "contradicted_by_kb"),
    ("state:FRA", "1", "supported"), ("state:FRA", "3", "supported"), ("state:FRA", "4", "contradicted_by_kb"),
])
def test_rank_by_accession_dates_sharing_places(state, rank, kind):
    assert verdict(KB, claim(state, "member_rank", f"org:NATO#{rank}"), "2024-01-01").kind == kind


def test_rank_of_a_non_member_is_left_to_the_membership_claims():
    assert verdict(KB, claim("state:AUT", "member_rank", "org:NATO#7"), "2024-01-01").kind == "new"


@pytest.mark.parametrize("state, on, kind", [
    ("state:MNE", "2023-06-02", "supported"),  # window starts 2023-04-03: Montenegro still newest then
    ("state:MNE", "2023-06-03", "contradicted_by_kb"),  # window starts 2023-04-04: Finland and Sweden joined
    ("state:SWE", "2024-06-01", "supported"),
    ("state:FIN", "2024-06-01", "supported"),  # joined the same day as Sweden
])
def test_newest_member(state, on, kind):
    assert verdict(KB, claim(state, "member_rank", "org:NATO#latest"), on).kind == kind


@pytest.mark.parametrize("on, kind", [("2025-10-17", "contradicted_by_kb"), ("2025-10-18", "new")])
def test_undeclared_member_list_is_complete_up_to_its_as_of(on, kind):
    # facts as_of 2025-10-31; the window of a claim on 2025-10-18 runs to 2025-11-01
    assert verdict(KB, claim("org:NATO", "member_count", "9"), on).kind == kind


@pytest.mark.model
@pytest.mark.parametrize("text, published, kind", [
    # a past-tense count told of the summit the article reports is of the summit's days
    ("The 32 NATO allies met in Washington.", "2024-07-11", "supported"),
    ("The 31 NATO allies met in Washington.", "2024-07-11", "contradicted_by_kb"),
    ("Leaders of NATO's 31 members gathered at the summit.", "2024-07-14", "contradicted_by_kb"),
    # four days after the summit: no longer its report, the year before the article counts (31 too)
    ("Leaders of NATO's 31 members gathered at the summit.", "2024-07-15", "supported"),
])
def test_a_count_at_the_reported_summit(accord_annotator, text, published, kind):
    from ._pipeline import verdicts

    assert verdicts(accord_annotator, text, published, "member_count") == [kind]
