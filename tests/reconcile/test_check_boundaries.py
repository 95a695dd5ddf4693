"""The checker's verdicts at every boundary day and precision (issue 17, item 1): the office check
(kbcheck._office) for holders and for someone the list does not name, memberships, and negated
claims with and without a date.

The office's terms hand over at each precision: Ana 2015-03-01 to 2019-05-10 (day), Ben to
2020-06 (month), Cy 2020-07 to 2021 (year), Di from 2022; the list is as of 2024-06-30. The
list is complete from its first term's first day to that as_of.
"""

from __future__ import annotations

import pytest

from accord.model import Statement
from accord.reconcile.kbcheck import KBChecker

from .fakekb import FakeFact, FakeKB, tq

NAMES = {"office:reg": "Registrar", "person:ana": "Ana One", "person:ben": "Ben Two", "person:cy": "Cy Three",
         "person:di": "Di Four", "person:eve": "Eve Outsider", "org:PDF": "Pacific Defence Forum",
         "state:NZL": "New Zealand", "state:FJI": "Fiji", "state:TON": "Tonga", "office:yearly": "Warden",
         "person:wen": "Wen Warden"}
AS_OF = "2024-06-30"


def kb() -> FakeKB:
    def term(who, start, end=None, office="office:reg"):
        return FakeFact(who, "holds_office", office, start=tq(start), end=tq(end), as_of=AS_OF)

    return FakeKB(NAMES, [
        term("person:ana", "2015-03-01", "2019-05-10"), term("person:ben", "2019-05-10", "2020-06"),
        term("person:cy", "2020-07", "2021"), term("person:di", "2022"),
        term("person:wen", "2017", office="office:yearly"),
        FakeFact("state:NZL", "member_of", "org:PDF", start=tq("2019-03-15"), end=tq("2020-01-31"), as_of=AS_OF),
        FakeFact("state:FJI", "member_of", "org:PDF", start=tq("2019-03"), as_of=AS_OF),
        FakeFact("state:TON", "member_of", "org:PDF", start=tq("2012"), end=tq("2013"), as_of=AS_OF),
    ])


def verdict(subject, prop, value, on, **kw):
    return KBChecker(kb()).check(Statement(subject, prop, value, id="s", **kw), on)


@pytest.mark.parametrize("person,on,kind", [
    ("person:ana", "2015-03-01", "supported"), ("person:ana", "2019-05-09", "supported"),
    ("person:ana", "2019-05-10", "unverifiable"),  # a day-precision end is the successor's day, and
    # the outgoing holder's too until the handover within it: not a clash
    ("person:ana", "2019-05-11", "contradicted_by_kb"),
    ("person:ben", "2019-05-09", "contradicted_by_kb"), ("person:ben", "2019-05-10", "supported"),
    ("person:ben", "2020-06-30", "supported"),  # a month end runs to the month's last day
    ("person:ben", "2020-07-01", "contradicted_by_kb"),
    ("person:cy", "2020-06-30", "contradicted_by_kb"), ("person:cy", "2020-07-01", "supported"),
    ("person:cy", "2021-12-31", "supported"), ("person:cy", "2022-01-01", "contradicted_by_kb"),
    ("person:di", "2021-12-31", "contradicted_by_kb"), ("person:di", "2022-01-01", "supported"),
    # a claim dated to a month or a year is supported when it shares a day with the term
    ("person:ana", "2019-05", "supported"), ("person:ben", "2019-05", "supported"),
    ("person:ana", "2019-06", "contradicted_by_kb"), ("person:cy", "2020", "supported"),
    ("person:di", "2021", "contradicted_by_kb"),
])
def test_a_holders_own_term_at_each_boundary(person, on, kind):
    assert verdict(person, "holds_office", "office:reg", on).kind == kind


@pytest.mark.parametrize("point,kind", [
    ("2019-05-09", "supported"), ("2019-05-10", "unverifiable"), ("2019-05-11", "contradicted_by_kb"),
    ("2015-02", "new"),  # before her term, but also before the list's first covered day
])
def test_a_holders_point_in_time_wins_over_the_articles_date(point, kind):
    f = verdict("person:ana", "holds_office", "office:reg", "2016-01-01", point_in_time=tq(point))
    assert f.kind == kind


@pytest.mark.parametrize("on,kind", [
    ("2015-02-28", "new"),  # the day before the first covered day
    ("2015-03-01", "contradicted_by_kb"),  # the first covered day
    ("2015-02", "new"), ("2015-03", "contradicted_by_kb"),  # a month is covered when all its days are
    ("2015", "new"),
    ("2024-06-30", "contradicted_by_kb"),  # the list's as_of, its last covered day
    ("2024-07-01", "new"), ("2024-06", "contradicted_by_kb"), ("2024", "new"),
    (None, "new"),  # an undated claim: the KB cannot say who held it "then"
])
def test_someone_the_list_does_not_name_at_the_coverage_boundaries(on, kind):
    f = verdict("person:eve", "holds_office", "office:reg", on)
    assert f.kind == kind
    if kind == "contradicted_by_kb":
        assert "Eve Outsider never held the office of Registrar" in f.explanation


def test_the_holder_named_on_the_handover_day_is_the_successor():
    f = verdict("person:eve", "holds_office", "office:reg", "2019-05-10")
    assert f.kind == "contradicted_by_kb" and "it was held by Ben Two." in f.explanation


@pytest.mark.parametrize("on,kind", [
    ("2017-12-30", "new"),  # a first term starting "in 2017" is surely running only on 2017-12-31
    ("2017-12-31", "contradicted_by_kb"),
])
def test_a_year_precision_first_term_covers_from_the_last_day_of_its_year(on, kind):
    assert verdict("person:eve", "holds_office", "office:yearly", on).kind == kind


def test_an_undated_claim_by_a_holder_is_supported():
    assert verdict("person:ana", "holds_office", "office:reg", None).kind == "supported"


# -- memberships ---------------------------------------------------------------------------------
@pytest.mark.parametrize("state,on,kind", [
    ("state:NZL", "2019-03-15", "supported"), ("state:NZL", "2020-01-30", "supported"),
    ("state:NZL", "2020-01-31", "contradicted_by_kb"),  # the day it left
    ("state:NZL", "2019-03-14", "contradicted_by_kb"),  # a membership list is complete back to the start
    ("state:FJI", "2019-03-01", "supported"), ("state:FJI", "2024-06-30", "supported"),
    ("state:TON", "2013-12-31", "supported"),
])
def test_membership_at_each_boundary(state, on, kind):
    assert verdict(state, "member_of", "org:PDF", on).kind == kind


# -- negated claims ------------------------------------------------------------------------------
@pytest.mark.parametrize("state", ["state:NZL", "state:FJI"])
def test_an_undated_negated_membership_is_never_read_as_affirmed(state):
    """Seed 000 is undated: "X is not a member" with no date must not come out `supported`
    (which is what reading it as "X is a member" gives) nor contradicted."""
    f = verdict(state, "member_of", "org:PDF", None, polarity="negated")
    assert f.kind == "new"
    assert "cannot check whether" in f.explanation


@pytest.mark.parametrize("on,kind", [
    ("2020-01-30", "contradicted_by_kb"),  # still a member: "not a member" is wrong
    ("2020-01-31", "supported"),  # the day it left: "not a member" is right
])
def test_a_negated_membership_at_the_exit_day(on, kind):
    assert verdict("state:NZL", "member_of", "org:PDF", on, polarity="negated").kind == kind


@pytest.mark.parametrize("on,kind", [
    ("2019-05-09", "contradicted_by_kb"),  # "Ana is not Registrar" on her last day
    ("2019-05-10", "supported"),  # the successor's first day
    (None, "new"),  # undated: nothing to compare
])
def test_a_negated_office_at_the_handover(on, kind):
    assert verdict("person:ana", "holds_office", "office:reg", on, polarity="negated").kind == kind
