"""Terms of office (claims/terms.py): what is read, on sentences written for these tests, and the
checks of took_office / left_office / held_office at their boundary days."""

from __future__ import annotations

import pytest

from accord.model import Document, Statement
from accord.nlp.extract.claims.terms import check_held_office, check_left_office, check_took_office
from accord.reconcile.kbcheck import KBChecker

from ..reconcile.fakekb import FakeFact, FakeKB, tq

OFFICE = "office:est-prime-minister"


def terms_read(annotator, text: str, published: str = "2025-01-10") -> set:
    doc = Document(id="t" * 64, text=text, source="test.txt", format="txt", published=published)
    found = annotator.statements(doc, annotator.annotate(doc))
    return {(s.subject, s.property, s.value, s.point_in_time.value if s.point_in_time else None)
            for s in found if s.property in ("took_office", "left_office", "held_office") and s.polarity == "affirmed"}


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Kaja Kallas took over as Estonia's prime minister on 26 January 2021.",
     {("person:kaja-kallas", "took_office", OFFICE, "2021-01-26")}),
    ("Ulf Kristersson became prime minister of Sweden in October 2022.",
     {("person:ulf-kristersson", "took_office", "office:swe-prime-minister", "2022-10")}),
    ("Kaja Kallas, who served as Estonian prime minister from 2021 to 2024, moved to Brussels.",
     {("person:kaja-kallas", "took_office", OFFICE, "2021"), ("person:kaja-kallas", "left_office", OFFICE, "2024")}),
    ("Kaja Kallas's term as Estonian prime minister ended on 23 July 2024.",
     {("person:kaja-kallas", "left_office", OFFICE, "2024-07-23")}),
    ("Kristen Michal succeeded Kaja Kallas as Estonian prime minister on 23 July 2024.",
     {("person:kristen-michal", "took_office", OFFICE, "2024-07-23"),
      ("person:kaja-kallas", "left_office", OFFICE, "2024-07-23")}),
])
def test_terms_are_read(accord_annotator, text, expected):
    assert expected <= terms_read(accord_annotator, text)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Kaja Kallas will take over as Estonia's prime minister on 26 January 2021.",  # a plan
    "Kaja Kallas's term as Estonian prime minister runs until 23 July 2024.",  # terms are extended
    "Kaja Kallas did not become prime minister of Estonia in 2019.",  # negated
    "Kaja Kallas resigned as Estonian prime minister on 15 July 2024.",  # announcement or last day?
    "Kaja Kallas became prime minister.",  # no date
])
def test_plans_negations_resignations_and_undated_terms_are_not_read(accord_annotator, text):
    assert not {t for t in terms_read(accord_annotator, text) if t[1] != "held_office"}


# -- checks at the boundary days ------------------------------------------------------------------
def kb() -> FakeKB:
    names = {OFFICE: "Prime Minister of Estonia", "person:anna-berg": "Anna Berg", "person:olev-tamm": "Olev Tamm",
             "person:mari-kask": "Mari Kask", "state:EST": "Estonia"}
    facts = [FakeFact("person:olev-tamm", "holds_office", OFFICE, start=tq("2016-11-23"), end=tq("2021-01-26")),
             FakeFact("person:anna-berg", "holds_office", OFFICE, start=tq("2021-01-26"), end=tq("2024-07-23"))]
    return FakeKB(names, facts, {OFFICE: {"jurisdiction": "state:EST", "coverage": {"from": "2014-01-01",
                                                                                 "until": "2025-10-31"}}})


def stated(person: str, prop: str, when: str) -> Statement:
    return Statement(subject=person, property=prop, value=OFFICE, point_in_time=tq(when))


def kind(rule, st: Statement, on: str = "2025-01-10") -> str:
    return rule(KBChecker(kb()), st, on).kind


@pytest.mark.parametrize("when, expected", [
    ("2021-01-24", "contradicted_by_kb"), ("2021-01-25", "supported"), ("2021-01-26", "supported"),
    ("2021-01-27", "supported"), ("2021-01-28", "contradicted_by_kb"),
    ("2021-01", "supported"), ("2021", "supported"), ("2020-11", "contradicted_by_kb"),
])
def test_a_start_agrees_within_a_day(when, expected):
    assert kind(check_took_office, stated("person:anna-berg", "took_office", when)) == expected


@pytest.mark.parametrize("when, expected", [
    ("2024-07-21", "contradicted_by_kb"), ("2024-07-22", "supported"),  # the last day in office
    ("2024-07-23", "supported"),  # the first day out (the KB's end)
    ("2024-07-25", "contradicted_by_kb"), ("2024-07", "supported"), ("2023", "contradicted_by_kb"),
])
def test_an_end_agrees_as_the_last_day_or_the_first_day_out(when, expected):
    assert kind(check_left_office, stated("person:anna-berg", "left_office", when)) == expected


@pytest.mark.parametrize("when, expected", [("2013-12-31", "new"), ("2014-01-01", "contradicted_by_kb"),
                                            ("2025-10-31", "contradicted_by_kb"), ("2025-11-01", "new")])
def test_a_date_outside_the_list_s_coverage_is_new(when, expected):
    assert kind(check_took_office, stated("person:anna-berg", "took_office", when)) == expected


def test_someone_the_complete_list_does_not_name_never_held_the_office():
    verdict = check_took_office(KBChecker(kb()), stated("person:mari-kask", "took_office", "2022-03-01"), None)
    assert verdict.kind == "contradicted_by_kb" and "Anna Berg" in verdict.explanation


@pytest.mark.parametrize("on, expected", [("2021-01-25", "contradicted_by_kb"), ("2021-01-26", "supported")])
def test_a_former_holder_s_term_began_by_the_article_s_date(on, expected):
    st = Statement(subject="person:anna-berg", property="held_office", value=OFFICE)
    assert kind(check_held_office, st, on) == expected


def test_a_former_holder_the_kb_does_not_list_is_left_to_the_general_rule():
    st = Statement(subject="person:mari-kask", property="held_office", value=OFFICE)
    assert check_held_office(KBChecker(kb()), st, "2025-01-10") is None


DSG, SG = "office:nato-deputy-secretary-general", "office:nato-secretary-general"


@pytest.mark.model
@pytest.mark.parametrize("text, published, expected", [
    # the title not written: the one office the KB lists for the person
    ("Mircea Geoana will replace Rose Gottemoeller from the United States, who took up her position in "
     "October 2016.", "2019-07-17", {("person:rose-gottemoeller", "took_office", DSG, "2016-10")}),
    ("Rose Gottemoeller took up the post in October 2016.", "2019-07-17",
     {("person:rose-gottemoeller", "took_office", DSG, "2016-10")}),
    # two offices for Rutte, one shared with the predecessor named
    ("Mark Rutte, who took over from Jens Stoltenberg on 1 October, spoke.", "2024-10-02",
     {("person:mark-rutte", "took_office", SG, "2024-10-01"), ("person:jens-stoltenberg", "left_office", SG, "2024-10-01")}),
])
def test_terms_without_their_title(accord_annotator, text, published, expected):
    assert terms_read(accord_annotator, text, published) == expected


def _holds(annotator, text: str, published: str) -> set:
    doc = Document(id="h" * 64, text=text, source="test.txt", format="txt", published=published)
    found = annotator.statements(doc, annotator.annotate(doc))
    return {(s.subject, s.value) for s in found if s.property == "holds_office"}


DEPUTY = "office:nato-deputy-secretary-general"


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    # the title the successor was named to in the sentence before
    ("NATO's Secretary General decided to appoint Mircea Geoana as the next Deputy Secretary General. "
     "Geoana will replace Rose Gottemoeller from the United States.", ("person:rose-gottemoeller", DEPUTY)),
    ("The alliance named Mircea Geoana as its new Deputy Secretary General on Wednesday. He said he was honoured. "
     "Geoana will succeed Rose Gottemoeller in October.", ("person:rose-gottemoeller", DEPUTY)),
])
def test_an_outgoing_holder_takes_the_title_the_successor_was_named_to(accord_annotator, text, expected):
    assert expected in _holds(accord_annotator, text, "2019-07-17")


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Mark Rutte took over on 1 October.",  # over what: not said
    "Mark Rutte took up his post in October 2010.",  # two offices in the KB: which one?
])
def test_no_term_without_a_title_to_find(accord_annotator, text):
    assert terms_read(accord_annotator, text, "2024-10-02") == set()


@pytest.mark.model
@pytest.mark.parametrize("text", [
    # no title for the successor nearby: nothing said of the outgoing one's office
    "Geoana will replace Rose Gottemoeller from the United States.",
    # a title given to someone else
    "Stoltenberg was named as the next Secretary General. Geoana will replace Rose Gottemoeller.",
])
def test_no_outgoing_office_without_the_successors_title(accord_annotator, text):
    assert ("person:rose-gottemoeller", DEPUTY) not in _holds(accord_annotator, text, "2019-07-17")


@pytest.mark.model
def test_a_title_three_sentences_back_is_too_far(accord_annotator):
    # (two back is read, above). Dated more than 400 days before Geoana's term began, so that the
    # office of the term the KB lists him beginning soon (terms._coming_office, pred20) is no reading either
    text = ("NATO appointed Mircea Geoana as Deputy Secretary General. It was a surprise. Many agreed. "
            "Geoana will replace Rose Gottemoeller.")
    assert ("person:rose-gottemoeller", DEPUTY) not in _holds(accord_annotator, text, "2018-05-01")


@pytest.mark.model
@pytest.mark.parametrize("text, published, kind", [
    ("The term of current Secretary-General Jens Stoltenberg ends on October 1.", "2024-06-20", "supported"),
    ("The term of current Secretary-General Jens Stoltenberg ends on November 1.", "2024-06-20", "contradicted_by_kb"),
    # an end the term was due to have before an extension (term_extensions.yaml) is no error
    ("Jens Stoltenberg's term as NATO Secretary General ends on 30 September 2022.", "2022-03-01", "supported"),
    ("Jens Stoltenberg's term as NATO Secretary General ends on 30 September 2018.", "2017-11-01", "supported"),
    ("Jens Stoltenberg's term as NATO Secretary General ends on 30 September 2021.", "2022-03-01", "contradicted_by_kb"),
])
def test_term_ends_and_the_ends_extensions_moved(accord_annotator, text, published, kind):
    from ._pipeline import verdicts

    assert verdicts(accord_annotator, text, published, "left_office") == [kind]


@pytest.mark.model
@pytest.mark.parametrize("text, published, kind", [
    ("Jens Stoltenberg's term had been set to expire on Oct. 1.", "2022-03-25", "supported"),
    ("Jens Stoltenberg's term had been set to expire on Sept. 30.", "2022-03-25", "supported"),
    ("Jens Stoltenberg's term had been set to expire on Nov. 1.", "2022-03-25", "contradicted_by_kb"),
    ("Jens Stoltenberg's term is due to end on 30 September 2022.", "2022-03-01", "supported"),
    ("Jens Stoltenberg's term was due to end on 30 September 2025.", "2022-03-25", "contradicted_by_kb"),
])
def test_planned_ends_of_a_term_whose_extensions_the_kb_keeps(accord_annotator, text, published, kind):
    from ._pipeline import verdicts

    assert verdicts(accord_annotator, text, published, "left_office") == [kind]


@pytest.mark.model
def test_no_planned_end_for_a_term_without_recorded_extensions(accord_annotator):
    """Kallas's term has no extensions in the KB: a plan may have changed unseen."""
    assert terms_read(accord_annotator, "Kaja Kallas's term is due to end on 30 September 2025.") == set()


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Mark Rutte took over NATO in October 2024.", {("person:mark-rutte", "took_office", SG, "2024-10")}),
    ("Mark Rutte took over the helm of NATO on 1 October 2024.",
     {("person:mark-rutte", "took_office", SG, "2024-10-01")}),
    ("Mark Rutte took over NATO's mission in Iraq in 2024.", set()),  # a mission, not the organisation
])
def test_taking_over_an_organisation_is_its_head_office(accord_annotator, text, expected):
    assert terms_read(accord_annotator, text, "2025-06-25") == expected


@pytest.mark.model
@pytest.mark.parametrize("text, kind", [
    ("Jens Stoltenberg, a former Norwegian prime minister, has led NATO since 2014.", "supported"),
    ("Jens Stoltenberg, a former Danish prime minister, has led NATO since 2014.", "contradicted_by_kb"),
    # someone the KB records in no state's government: nothing to compare
    ("Mircea Geoana, a former Bulgarian foreign minister, will take up the post in October.", None),
])
def test_a_former_office_of_another_states_government(accord_annotator, text, kind):
    from bench.paraphrases import Checker

    found = [f["kind"] for f in Checker(accord_annotator).findings(text, "2024-06-27")
             if "formerly held" in str(f.get("claim"))]
    assert (kind in found) if kind else ("contradicted_by_kb" not in found)
