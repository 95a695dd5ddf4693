"""Where institutions sit (seat24): the KB's seats (seats.yaml) and "<institution> in <city>",
"the X-based <institution>", "<institution>, headquartered in X" (claims/headquarters.py), on
sentences written for these tests: the true seat supported, a swapped city flagged, and nothing
for a meeting elsewhere, a body that meets in many places, a seat it left or the months of a move.
"""

from __future__ import annotations

import pytest

from ._pipeline import verdicts

FLAG, OK = ["contradicted_by_kb"], ["supported"]


def _kind(checker, org: str, place: str, day: str | None, polarity: str = "affirmed") -> str | None:
    from accord.model import Statement
    from accord.nlp.extract.claims.headquarters import check_headquarters

    found = check_headquarters(checker, Statement(org, "headquartered_in", place, polarity=polarity), day)
    return found.kind if found is not None else None


@pytest.fixture(scope="module")
def kb_checker():
    from accord.kb import load
    from accord.reconcile.kbcheck import KBChecker

    return KBChecker(load())


@pytest.mark.parametrize("org, place, day, kind", [
    # the ECB from its first day (1998-06-01): nothing the day before
    ("org:ECB", "place:frankfurt", "2024-03-01", "supported"),
    ("org:ECB", "place:paris", "2024-03-01", "contradicted_by_kb"),
    ("org:ECB", "place:paris", "1998-06-01", "contradicted_by_kb"),
    ("org:ECB", "place:paris", "1998-05-31", None),
    # the city is within its state: "in Germany" is where Frankfurt is
    ("org:ECB", "state:DEU", "2024-03-01", "supported"),
    # the EMA: London to the end of 2018, Amsterdam surely from 2019-03-31; the move between is no one's
    ("org:EMA", "place:paris", "2018-12-31", "contradicted_by_kb"),
    ("org:EMA", "place:paris", "2019-01-01", None),
    ("org:EMA", "place:paris", "2019-03-30", None),
    ("org:EMA", "place:paris", "2019-03-31", "contradicted_by_kb"),
    ("org:EMA", "place:london", "2018-12-31", "supported"),
    ("org:EMA", "place:amsterdam", "2019-02-28", None),
    ("org:EMA", "place:amsterdam", "2019-03-01", "supported"),
    # a seat it left, or will have: not checked
    ("org:EMA", "place:london", "2023-05-01", None),
    ("org:EMA", "place:amsterdam", "2015-05-01", None),
    # the EBA: London until February 2019, Paris from the end of June 2019
    ("org:EBA", "place:paris", "2019-06-30", "supported"),
    ("org:EBA", "place:amsterdam", "2019-06-29", None),
    ("org:EBA", "place:amsterdam", "2019-06-30", "contradicted_by_kb"),
    ("org:EBA", "place:amsterdam", "2019-02-28", "contradicted_by_kb"),
    ("org:EBA", "place:amsterdam", "2019-03-01", None),
    # several seats: any of them
    ("org:european-parliament", "place:strasbourg", "2024-03-01", "supported"),
    ("org:european-parliament", "place:brussels", "2024-03-01", "supported"),
    ("org:european-parliament", "place:luxembourg-city", "2024-03-01", "supported"),
    ("org:european-parliament", "place:vienna", "2024-03-01", "contradicted_by_kb"),
    ("org:UN", "place:new-york-city", "2024-03-01", "supported"),
    ("org:UN", "place:nairobi", "2024-03-01", "supported"),
    ("org:UN", "place:madrid", "2024-03-01", "contradicted_by_kb"),
    # NATO's Brussels headquarters from 1967-10-16 (now a dated fact, as the constant was)
    ("org:NATO", "place:paris", "1967-10-15", None),
    ("org:NATO", "place:paris", "1967-10-16", "contradicted_by_kb"),
    # an organisation with no seat in the KB
    ("org:G7", "place:paris", "2024-03-01", None),
])
def test_a_seat_is_checked_on_the_days_the_kb_is_sure_of(kb_checker, org, place, day, kind):
    assert _kind(kb_checker, org, place, day) == kind


def test_a_denied_seat_is_left_to_the_denial_rule(kb_checker):
    assert _kind(kb_checker, "org:ECB", "place:frankfurt", "2024-03-01", "negated") is None
    assert _kind(kb_checker, "org:ECB", "place:frankfurt", "2024-03-01") == "supported"


def test_fixed_seats_are_marked_only_on_institutions_that_work_at_one_place(kb_checker):
    kb = kb_checker.kb
    fixed = {e for e in ("org:ECB", "org:CJEU", "org:ICC", "org:ICJ", "org:OECD", "org:council-of-europe",
                         "org:frontex", "org:IAEA")
             if (kb.entity(e).attrs or {}).get("seat") == "fixed"}
    assert len(fixed) == 8
    # bodies that meet, or keep offices, in many places
    # (the European Parliament: "a candidate for the European Parliament in Warsaw" is a constituency)
    for org in ("org:NATO", "org:EU", "org:UN", "org:european-parliament", "org:OSCE", "org:IMF", "org:world-bank", "org:AU", "org:ASEAN",
                "org:G7", "org:european-commission", "org:EBRD", "org:WHO"):
        assert (kb.entity(org).attrs or {}).get("seat") != "fixed", org


@pytest.mark.model
@pytest.mark.parametrize("text, published, kind", [
    # "<institution> in <city>"
    ("The European Central Bank in Frankfurt left its rates unchanged.", "2024-03-01", OK),
    ("The European Central Bank in Milan left its rates unchanged.", "2024-03-01", []),  # Milan: no KB city
    ("The European Central Bank in Paris left its rates unchanged.", "2024-03-01", FLAG),
    ("The International Criminal Court in The Hague issued a warrant for the commander.", "2024-03-01", OK),
    ("The International Criminal Court in Brussels issued a warrant for the commander.", "2024-03-01", FLAG),
    ("The Council of Europe in Strasbourg condemned the vote.", "2024-03-01", OK),
    ("The Council of Europe in Vienna condemned the vote.", "2024-03-01", FLAG),
    ("The OECD in Paris trimmed its forecast for the euro area.", "2024-03-01", OK),
    ("The OECD in Berlin trimmed its forecast for the euro area.", "2024-03-01", FLAG),
    # several seats: any of them
    ("The European Parliament, based in Strasbourg, backed the resolution.", "2024-03-01", OK),
    ("The European Parliament, based in Brussels, backed the resolution.", "2024-03-01", OK),
    ("The European Parliament, based in Warsaw, backed the resolution.", "2024-03-01", FLAG),
    # a participle joined to another
    ("The Council of Europe, founded in 1949 and based in Strasbourg, is no EU body.", "2024-03-01", OK),
    ("The Council of Europe, founded in 1949 and based in Paris, is no EU body.", "2024-03-01", FLAG),
    # "X-based", "headquartered in", "based in"
    ("The Frankfurt-based ECB left its rates unchanged.", "2024-03-01", OK),
    ("The Madrid-based ECB left its rates unchanged.", "2024-03-01", FLAG),
    ("Frontex, the Warsaw-based border agency, sent more guards.", "2024-03-01", OK),
    ("Frontex, the Riga-based border agency, sent more guards.", "2024-03-01", FLAG),
    ("The OSCE, headquartered in Vienna, sent monitors.", "2024-03-01", OK),
    ("The OSCE, headquartered in Geneva, sent monitors.", "2024-03-01", FLAG),
    ("The International Court of Justice, based in The Hague, gave its ruling.", "2024-03-01", OK),
    ("The International Court of Justice, based in Geneva, gave its ruling.", "2024-03-01", FLAG),
    # a move: the former seat years later, and the month of the move, are not checked
    ("The London-based EMA cleared the vaccine.", "2018-06-01", OK),
    ("The London-based EMA cleared the vaccine.", "2021-06-01", ["new"]),
    ("The Amsterdam-based EMA cleared the vaccine.", "2021-06-01", OK),
    ("The Paris-based EMA cleared the vaccine.", "2021-06-01", FLAG),
    ("The Paris-based EMA cleared the vaccine.", "2019-02-01", ["new"]),
])
def test_an_institution_is_placed_at_its_seat(accord_annotator, text, published, kind):
    found = verdicts(accord_annotator, text, published, "headquartered_in")
    assert [k for k in found if k != "unverifiable"] == kind


@pytest.mark.model
@pytest.mark.parametrize("text", [
    # a meeting, a forum, a trip or a visit elsewhere: the clause names the gathering
    "ECB policymakers meeting in Paris signalled a pause.",
    "Lagarde spoke at the ECB's annual forum in Paris.",
    "The ECB in Vienna hosted a conference on inflation.",
    "The Council of Europe in Vilnius held a summit on Ukraine.",
    "Officials from the IAEA in Kyiv visited the plant.",
    "The OECD in Berlin opened an office for its German programmes.",
    # bodies that meet in many places or keep offices everywhere
    "NATO in Vilnius agreed a new plan for the east.",
    "The UN in Kyiv warned of shortages.",
    "The European Commission in Warsaw proposed new sanctions.",
    "The OSCE in Vienna sent monitors.",
    "A candidate for the European Parliament in Warsaw said Finland had long been in NATO.",
    "The European Parliament in Vienna backed the resolution.",
    # a city of the seat's metropolitan area the KB does not know
    "The European Central Bank in Offenbach left its rates unchanged.",
    "The Offenbach-based ECB left its rates unchanged.",
    # the institution's name modifies another noun
    "ECB officials in Paris signalled a pause.",
    "The ECB's office in Brussels was closed.",
])
def test_a_meeting_or_a_body_of_many_places_is_no_seat(accord_annotator, text):
    found = verdicts(accord_annotator, text, "2024-03-01", "headquartered_in")
    assert "contradicted_by_kb" not in found and "supported" not in found


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Neither the ECB in Frankfurt nor the Federal Reserve commented.",
    "The ECB in Frankfurt did not raise rates on Thursday.",
])
def test_a_denied_clause_does_not_deny_the_seat(accord_annotator, text):
    assert verdicts(accord_annotator, text, "2024-03-01", "headquartered_in") == OK


@pytest.mark.model
@pytest.mark.parametrize("text, kind", [
    # capitals stand for their governments even where an institution sits (the IMF in Washington,
    # the OECD in Paris, the IAEA in Vienna); Brussels, NATO's seat, still may be NATO or the EU
    ("Nine days earlier Washington, London and Canberra announced the AUKUS pact.", ["supported"] * 3),
    ("Nine days earlier Washington, Paris and Canberra announced the AUKUS pact.",
     ["contradicted_by_kb", "supported", "supported"]),
    ("Nine days earlier Washington, Vienna and Canberra announced the AUKUS pact.",
     ["contradicted_by_kb", "supported", "supported"]),
])
def test_a_capital_with_an_institutions_seat_still_names_its_state(accord_annotator, text, kind):
    assert verdicts(accord_annotator, text, "2021-09-24", "member_of") == kind


def test_only_the_seats_a_city_may_stand_for_keep_it_from_naming_its_state(kb_checker):
    from types import SimpleNamespace

    from accord.nlp.extract.claims.lists import state_of_capital

    ctx = SimpleNamespace(kb=kb_checker.kb)
    assert state_of_capital(ctx, "place:paris") == "state:FRA"
    assert state_of_capital(ctx, "place:washington") == "state:USA"
    assert state_of_capital(ctx, "place:brussels") is None
