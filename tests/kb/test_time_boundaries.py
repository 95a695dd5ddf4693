"""Every boundary day of the KB's time rule (kb.temporal.active) and of the answers built on it
(kb.queries.status and holders), at day, month and year precision and for points in time
(issue 17, item 1).

The KB used here is the bundled one plus a small layer written for these tests: an organisation
whose members' terms are given at each precision, and an office whose holders hand over at
each precision. One day either side of every start and end is asked about.
"""

from __future__ import annotations

import pytest
import yaml

from accord.kb import DATA_DIR, build
from accord.kb.temporal import active, definitely_overlap, lower, qualifier, upper

SRC = "https://example.org/boundaries"
PACT = "org:boundary-pact"
CHAIR = "office:boundary-pact-chair"

LAYER = {
    "entities": [
        {"id": PACT, "name": "Boundary Pact"},
        {"id": CHAIR, "name": "Chair of the Boundary Pact"},
        *({"id": f"person:chair-{n}", "name": f"Chair {n.title()}"} for n in ("one", "two", "three", "four")),
    ],
    "fact_groups": [
        {"shared": {"property": "member_of", "value": PACT, "source": SRC, "as_of": "2026-01-01"},
         "facts": [
             {"subject": "state:NZL", "start": "2019-03-15", "end": "2020-01-31"},  # day precision
             {"subject": "state:FJI", "start": "2019-03", "end": "2020-01"},  # month precision
             {"subject": "state:AUS", "start": "2012", "end": "2013"},  # year precision
             {"subject": "state:TON", "start": "2021-05-01"},  # open
         ]},
        {"shared": {"property": "partner_of", "value": PACT, "source": SRC, "as_of": "2026-01-01"},
         "facts": [{"subject": "state:NZL", "start": "2020-01-31"}]},  # partner from the day it left
        {"shared": {"property": "holds_office", "value": CHAIR, "source": SRC, "as_of": "2026-01-01"},
         "facts": [
             {"subject": "person:chair-one", "start": "2019-03-15", "end": "2020-01-31"},
             {"subject": "person:chair-two", "start": "2020-01-31", "end": "2021-06"},
             {"subject": "person:chair-three", "start": "2021-07", "end": "2022"},
             {"subject": "person:chair-four", "start": "2023"},
         ]},
    ],
}


@pytest.fixture(scope="module")
def pact_kb(tmp_path_factory):
    folder = tmp_path_factory.mktemp("boundary-kb")
    (folder / "pact.yaml").write_text(yaml.safe_dump(LAYER, sort_keys=False), encoding="utf-8")
    return build([DATA_DIR, folder])


# -- kb.temporal.active -------------------------------------------------------------------------

@pytest.mark.parametrize("start,end,on,expected", [
    # day precision: start inclusive, a day-precision end is the successor's first day
    ("2019-03-15", "2020-01-31", "2019-03-14", False), ("2019-03-15", "2020-01-31", "2019-03-15", True),
    ("2019-03-15", "2020-01-31", "2020-01-30", True), ("2019-03-15", "2020-01-31", "2020-01-31", False),
    ("2019-03-15", "2020-01-31", "2020-02-01", False),
    # month precision: from the first to the last day of the months
    ("2019-03", "2020-01", "2019-02-28", False), ("2019-03", "2020-01", "2019-03-01", True),
    ("2019-03", "2020-01", "2019-03-10", True), ("2019-03", "2020-01", "2020-01-31", True),
    ("2019-03", "2020-01", "2020-02-01", False),
    # year precision
    ("2012", "2013", "2011-12-31", False), ("2012", "2013", "2012-01-01", True),
    ("2012", "2013", "2013-12-31", True), ("2012", "2013", "2014-01-01", False),
    # open at either end
    (None, "2020-01-31", "1900-01-01", True), ("2019-03-15", None, "2999-12-31", True),
    (None, None, "2020-01-01", True),
])
def test_active_at_each_boundary_by_precision(start, end, on, expected):
    assert active(qualifier(start), qualifier(end), None, on) is expected


@pytest.mark.parametrize("point,on,expected", [
    ("2022-06-28", "2022-06-27", False), ("2022-06-28", "2022-06-28", True), ("2022-06-28", "2022-06-29", False),
    ("2022-06", "2022-05-31", False), ("2022-06", "2022-06-01", True), ("2022-06", "2022-06-30", True),
    ("2022-06", "2022-07-01", False),
    ("2022", "2021-12-31", False), ("2022", "2022-01-01", True), ("2022", "2022-12-31", True),
    ("2022", "2023-01-01", False),
])
def test_a_point_in_time_holds_on_that_point_at_its_precision_only(point, on, expected):
    assert active(None, None, qualifier(point), on) is expected


def test_a_point_in_time_does_not_widen_a_term():
    """With a start or an end, the term decides; the point in time is only a note."""
    assert active(qualifier("2019-03-15"), None, qualifier("2000"), "2019-03-14") is False
    assert active(None, qualifier("2020-01-31"), qualifier("2030"), "2030-06-01") is False


@pytest.mark.parametrize("value,first,last", [
    ("2012", "2012-01-01", "2012-12-31"), ("2012-02", "2012-02-01", "2012-02-29"),
    ("2013-02", "2013-02-01", "2013-02-28"), ("2012-06-04", "2012-06-04", "2012-06-04"),
])
def test_lower_and_upper_by_precision(value, first, last):
    assert (lower(value), upper(value)) == (first, last)


@pytest.mark.parametrize("a,b,expected", [
    (("2019-03-15", "2020-01-31"), ("2020-01-31", None), False),  # a handover day is not shared
    (("2019-03-15", "2020-02-01"), ("2020-01-31", None), True),
    (("2019-03", "2020-01"), ("2020-01-15", None), False),  # January 2020 may be all the first's
    (("2019-03", "2020-02"), ("2020-01", None), True),  # ... but January is surely shared here
    (("2012", "2013"), ("2013", None), False),
    ((None, None), ("2013", "2014"), True),
    (("2012", "2013"), ("2013-12-31", None), False),
])
def test_definitely_overlap_only_on_a_day_both_surely_hold(a, b, expected):
    assert definitely_overlap(a, b) is expected
    assert definitely_overlap(b, a) is expected


# -- kb.queries.status -------------------------------------------------------------------------

@pytest.mark.parametrize("state,on,member", [
    ("New Zealand", "2019-03-14", False), ("New Zealand", "2019-03-15", True),
    ("New Zealand", "2020-01-30", True), ("New Zealand", "2020-01-31", False), ("New Zealand", "2020-02-01", False),
    ("Fiji", "2019-02-28", False), ("Fiji", "2019-03-01", True), ("Fiji", "2019-03-10", True),
    ("Fiji", "2020-01-31", True), ("Fiji", "2020-02-01", False),
    ("Australia", "2011-12-31", False), ("Australia", "2012-01-01", True), ("Australia", "2013-12-31", True),
    ("Australia", "2014-01-01", False),
    ("Tonga", "2021-04-30", False), ("Tonga", "2021-05-01", True),
])
def test_status_member_at_each_boundary(pact_kb, state, on, member):
    assert pact_kb.status(state, "Boundary Pact", on=on).member is member


@pytest.mark.parametrize("on,member_until,partner", [
    ("2020-01-30", None, False),  # still a member: nothing has ended yet
    ("2020-01-31", "2020-01-31", True),  # the day it left is the first day of the partnership
    ("2020-02-01", "2020-01-31", True),  # the day after the exit keeps the exit date
    ("2025-06-01", "2020-01-31", True),
])
def test_status_after_an_exit_keeps_the_exit_date(pact_kb, on, member_until, partner):
    st = pact_kb.status("New Zealand", "Boundary Pact", on=on)
    assert (st.member_until, st.partner) == (member_until, partner)
    assert (f"It left on {member_until}." in st.explanation) is (member_until is not None)


def test_status_since_names_the_start_at_its_precision(pact_kb):
    assert pact_kb.status("Fiji", "Boundary Pact", on="2019-03-10").member_since == "2019-03"
    assert pact_kb.status("Australia", "Boundary Pact", on="2012-01-01").member_since == "2012"
    st = pact_kb.status("New Zealand", "Boundary Pact", on="2020-01-31")
    assert (st.partner_since, st.member_since) == ("2020-01-31", None)


def test_status_of_a_month_precision_exit_the_month_after(pact_kb):
    st = pact_kb.status("Fiji", "Boundary Pact", on="2020-02-01")
    assert not st.member and st.member_until == "2020-01"


# -- kb.queries.holders ------------------------------------------------------------------------

@pytest.mark.parametrize("on,who", [
    ("2019-03-14", []),
    ("2019-03-15", ["person:chair-one"]),
    ("2020-01-30", ["person:chair-one"]),
    ("2020-01-31", ["person:chair-two"]),  # the successor on the handover day, alone
    ("2021-06-30", ["person:chair-two"]),  # a month-precision end runs to the month's last day
    ("2021-07-01", ["person:chair-three"]),
    ("2022-12-31", ["person:chair-three"]),  # a year-precision end runs to the year's last day
    ("2023-01-01", ["person:chair-four"]),
])
def test_holders_at_each_handover(pact_kb, on, who):
    assert [h.person for h in pact_kb.holders("Chair of the Boundary Pact", on=on)] == who


def test_holders_without_a_date_lists_every_term_oldest_first(pact_kb):
    terms = pact_kb.holders("Chair of the Boundary Pact")
    assert [(h.person, h.start, h.end) for h in terms] == [
        ("person:chair-one", "2019-03-15", "2020-01-31"), ("person:chair-two", "2020-01-31", "2021-06"),
        ("person:chair-three", "2021-07", "2022"), ("person:chair-four", "2023", None)]


@pytest.mark.parametrize("value,message", [
    ("2023-04", "give a full date"), ("2023", "give a full date"), ("April 2023", "is not a date"),
    ("2023-02-30", "is not a real date"),
])
def test_a_query_date_must_be_a_whole_real_day(value, message):
    from accord.kb.temporal import as_day

    with pytest.raises(ValueError, match=message):
        as_day(value)


def test_a_query_date_as_a_date_or_text_or_today():
    from datetime import date

    from accord.kb.temporal import as_day

    assert as_day(date(2023, 4, 11)) == as_day(" 2023-04-11 ") == "2023-04-11"
    assert as_day(None) == date.today().isoformat()
