"""Summit and meeting nouns linked to the KB's events only when the text makes them the
organisation's and the clues single one out; their place, dates and attendance as claims; the
verdicts those give (sentences written for these tests, a small KB built here)."""

from __future__ import annotations

import pytest

from accord.nlp.extract.claims import statements
from accord.reconcile.verify import verify

from .summitkb import SummitKB, day, parse, span

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def kb():
    return SummitKB()


def read(nlp, kb, text, times=(), date="2023-07-12"):
    return statements(parse(nlp, text, times, date), kb, "d")


def about(found, prop):
    return [(s.subject, s.value) for s in found if s.property == prop]


def kinds(found, kb, date="2023-07-12"):
    return sorted((f.kind, f.claim) for f in verify(found, {"d": date}, kb))


def verdict(found, kb, prop, date="2023-07-12"):
    """The kinds of the findings on the statements of one property."""
    ids = {s.id for s in found if s.property == prop}
    return sorted(f.kind for f in verify(found, {"d": date}, kb) if f.statement_id in ids)


@pytest.mark.parametrize("text, times", [
    ("NATO leaders watched the Quad summit in Washington on 24 September 2021.", [("24 September 2021", day("2021-09-24"))]),
    ("NATO allies met before the G7 summit in Brussels on 14 June 2021.", [("14 June 2021", day("2021-06-14"))]),
    ("NATO noted that the EU-Japan summit was held in Brussels on 14 June 2021.", [("14 June 2021", day("2021-06-14"))]),
    ("NATO officials said Kishida held a bilateral meeting in Vilnius on 11 July 2023.", [("11 July 2023", day("2023-07-11"))]),
    ("NATO hosted the Shangri-La Dialogue security summit in Madrid on 29 June 2022.", [("29 June 2022", day("2022-06-29"))]),
])
def test_another_groups_summit_is_not_a_nato_summit(spacy_model, kb, text, times):
    assert read(spacy_model, kb, text, times) == []


def test_an_unqualified_summit_in_an_article_about_another_group_is_linked_to_nothing(spacy_model, kb):
    text = "The G7 met again. The G7 leaders agreed on aid. The summit was held in Madrid on 29 June 2022."
    assert read(spacy_model, kb, text, [("29 June 2022", day("2022-06-29"))]) == []


def test_a_meeting_with_someone_on_the_sidelines_is_not_the_summit(spacy_model, kb):
    text = "Kishida had a meeting with Merkel in Madrid on 29 June 2022 on the sidelines."
    assert read(spacy_model, kb, text, [("29 June 2022", day("2022-06-29"))]) == []


def test_another_organisations_event_in_the_kb_needs_place_and_date_or_year(spacy_model, kb):
    found = read(spacy_model, kb, "The AUKUS summit took place in San Diego on 13 March 2023.",
                 [("13 March 2023", day("2023-03-13"))])
    assert ("event:aukus-san-diego-2023", "place:san-diego") in about(found, "located_in")
    # the place in the article's year (2023) names it; in another year it names none
    found = read(spacy_model, kb, "The AUKUS summit took place in San Diego.")
    assert ("event:aukus-san-diego-2023", "place:san-diego") in about(found, "located_in")
    assert read(spacy_model, kb, "The AUKUS summit took place in San Diego.", date="2024-07-12") == []


def test_named_by_place_is_sure_and_a_wrong_year_is_contradicted(spacy_model, kb):
    found = read(spacy_model, kb, "Ardern went to the NATO summit in Vilnius in 2022.", [("2022", day("2022"))])
    when = next(s for s in found if s.property == "took_place_on")
    assert when.subject == "summit:nato-2023-vilnius"
    assert when.references[0].confidence["event"] >= 0.7
    assert "contradicted_by_kb" in verdict(found, kb, "took_place_on")


def test_the_year_alone_is_a_guess_and_a_clash_unverifiable(spacy_model, kb):
    found = read(spacy_model, kb, "Leaders argued at a NATO summit in Poland.", date="2023-03-01")
    [where] = [s for s in found if s.property == "located_in"]
    assert (where.subject, where.value) == ("summit:nato-2023-vilnius", "state:POL")
    assert where.references[0].confidence["event"] < 0.5
    assert [k for k, _ in kinds(found, kb, "2023-03-01")] == ["unverifiable"]


def test_the_summit_the_article_is_about_makes_an_alliance_summit_of_that_year_sure(spacy_model, kb):
    text = ("The NATO summit opened in Vilnius on 11 July 2023. "
            "Zelenskyy spoke of his hopes at an alliance summit in Latvia.")
    found = read(spacy_model, kb, text, [("11 July 2023", day("2023-07-11"))])
    assert ("summit:nato-2023-vilnius", "state:LVA") in about(found, "located_in")
    assert "contradicted_by_kb" in [k for k, _ in kinds(found, kb)]


def test_a_bare_summit_with_a_wrong_day_is_the_article_summit_but_unsure(spacy_model, kb):
    text = "The NATO summit opened in Vilnius on 11 July 2023. During Friday's summit, leaders talked."
    found = read(spacy_model, kb, text, [("11 July 2023", day("2023-07-11")), ("Friday", day("2023-07-14"))])
    friday = [s for s in found if s.property == "took_place_on" and s.point_in_time.value == "2023-07-14"]
    assert friday and 0.5 <= friday[0].references[0].confidence["event"] < 0.7


@pytest.mark.parametrize("when, linked", [("2023-07-10", False), ("2023-07-11", True), ("2023-07-12", True),
                                          ("2023-07-13", False)])
def test_the_date_alone_links_only_inside_the_summits_days(spacy_model, kb, when, linked):
    found = read(spacy_model, kb, "Kishida spoke at the NATO summit on that day.",
                 [("that day", day(when))], date="2023-08-01")
    sure = [s.references[0].confidence["event"] for s in found if s.property == "took_place_on"]
    assert (sure[0] >= 0.8) is linked  # otherwise only the year points to it


def test_a_city_the_kb_lacks_is_a_claim_only_when_the_text_places_it(spacy_model, kb):
    times = [("29 June 2022", day("2022-06-29"))]
    found = read(spacy_model, kb, "Leaders met at the NATO summit in Barcelona, Spain, on 29 June 2022.", times,
                 date="2022-06-29")
    assert ("summit:nato-2022-madrid", "place:barcelona") in about(found, "located_in")
    assert "contradicted_by_kb" in [k for k, _ in kinds(found, kb, "2022-06-29")]
    found = read(spacy_model, kb, "Leaders met at the NATO summit in Barcelona on 29 June 2022.", times,
                 date="2022-06-29")
    assert not [v for _, v in about(found, "located_in") if "barcelona" in v]


def test_a_summit_before_the_kbs_years_is_not_linked(spacy_model, kb):
    assert read(spacy_model, kb, "Spain joined at the NATO summit in Madrid in 1997.",
                [("1997", day("1997"))], date="2024-01-01") == []


def test_the_next_summit_hosted_by_a_state(spacy_model, kb):
    found = read(spacy_model, kb, "The U.S. will host the next NATO summit this summer in Washington.",
                 date="2023-11-28")
    assert set(about(found, "located_in")) == {("summit:nato-2024-washington", "state:USA"),
                                                ("summit:nato-2024-washington", "place:washington")}


def test_the_host_state_and_dates_of_a_hosting_clause(spacy_model, kb):
    found = read(spacy_model, kb, "Lithuania will host the NATO summit on 11 and 12 July.",
                 [("11 and 12 July", span("2023-07-11", "2023-07-12"))], date="2023-03-01")
    assert ("summit:nato-2023-vilnius", "state:LTU") in about(found, "located_in")
    assert [k for k, _ in kinds(found, kb, "2023-03-01")] == ["supported", "supported"]


def test_attendance(spacy_model, kb):
    found = read(spacy_model, kb, "Kishida attended the NATO summit in Madrid in June 2022.",
                 [("June 2022", day("2022-06"))])
    assert about(found, "attended") == [("person:fumio-kishida", "summit:nato-2022-madrid")]
    assert set(verdict(found, kb, "attended")) == {"supported"}
