"""Issue 13, item 2: coverage declared on offices and organisations, validated, and answered by
`kb.covers` at its boundary days; `kb.as_of` and the query warnings past it."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from accord.errors import AccordError
from accord.kb import DATA_DIR, build

SRC = "https://example.org/registry"
AS_OF = "2024-06-30"


def office_layer(coverage=None, terms=(("person:ana-one", "2015-03-01", "2019-05-10"),
                                       ("person:ben-two", "2019-05-10", None))) -> dict:
    """A single-holder office of a made-up state with two terms, and its people."""
    attrs = {"jurisdiction": "state:NZL", "kind": "registrar", "single_holder": True}
    if coverage is not None:
        attrs["coverage"] = coverage
    people = [{"id": p, "name": p.split(":")[1].replace("-", " ").title()} for p, _, _ in terms]
    facts = [{"subject": p, "property": "holds_office", "value": "office:nzl-registrar", "start": s,
              **({"end": e} if e else {}), "source": SRC, "as_of": AS_OF} for p, s, e in terms]
    return {"entities": [{"id": "office:nzl-registrar", "name": "Registrar of New Zealand", "attrs": attrs}, *people],
            "facts": facts}


def test_declared_coverage_boundary_days(user_dir):
    coverage = {"from": "2016-01-01", "until": "2024-01-31",
                "gaps": [{"from": "2017-02-01", "until": "2017-02-28", "why": "acting registrar not known"}]}
    kb = build([DATA_DIR, user_dir({"o.yaml": office_layer(coverage)})])
    covers = lambda day: kb.covers("office:nzl-registrar", "holds_office", day).covered
    assert (covers("2015-12-31"), covers("2016-01-01")) == (False, True)
    assert (covers("2024-01-31"), covers("2024-02-01")) == (True, False)
    assert (covers("2017-01-31"), covers("2017-02-01"), covers("2017-02-28"), covers("2017-03-01")) == (True, False, False, True)
    assert covers("2017") is False and covers("2018") is True  # a year is covered only if all its days are
    assert "acting registrar not known" in kb.covers("office:nzl-registrar", "holds_office", "2017-02-10").reason
    assert "starts on 2016-01-01" in kb.covers("office:nzl-registrar", "holds_office", "2015-06-01").reason
    assert not kb.covers("office:nzl-registrar", "holds_office", None).covered


def test_until_defaults_to_the_latest_as_of(user_dir):
    kb = build([DATA_DIR, user_dir({"o.yaml": office_layer({"from": "2016-01-01"})})])
    period = kb.coverage("office:nzl-registrar", "holds_office")
    assert (period.start, period.until, period.declared) == ("2016-01-01", AS_OF, True)
    assert kb.covers("office:nzl-registrar", "holds_office", AS_OF).covered
    assert not kb.covers("office:nzl-registrar", "holds_office", "2024-07-01").covered


def test_undeclared_office_is_covered_from_its_first_term_to_as_of(user_dir):
    kb = build([DATA_DIR, user_dir({"o.yaml": office_layer()})])
    period = kb.coverage("office:nzl-registrar", "holds_office")
    assert (period.start, period.until, period.declared) == ("2015-03-01", AS_OF, False)
    assert [kb.covers("office:nzl-registrar", "holds_office", d).covered
            for d in ("2015-02-28", "2015-03-01", AS_OF, "2024-07-01")] == [False, True, True, False]


def test_a_first_term_at_year_precision_covers_from_the_end_of_that_year(user_dir):
    kb = build([DATA_DIR, user_dir({"o.yaml": office_layer(terms=(("person:ana-one", "2015", "2019-05-10"),))})])
    assert kb.coverage("office:nzl-registrar", "holds_office").start == "2015-12-31"


def test_organisation_coverage_per_list(user_dir):
    layer = {"entities": [{"id": "org:pacific-defence-forum", "name": "Pacific Defence Forum",
                           "attrs": {"coverage": {"member_of": {"from": "2019-01-01", "until": "2023-12-31"}}}}],
             "facts": [{"subject": "state:NZL", "property": "member_of", "value": "org:pacific-defence-forum",
                        "start": "2019-03-01", "source": SRC, "as_of": AS_OF},
                       {"subject": "state:FJI", "property": "partner_of", "value": "org:pacific-defence-forum",
                        "start": "2020-01-01", "source": SRC, "as_of": "2022-01-01"}]}
    kb = build([DATA_DIR, user_dir({"p.yaml": layer})])
    assert [kb.covers("org:pacific-defence-forum", "member_of", d).covered
            for d in ("2018-12-31", "2019-01-01", "2023-12-31", "2024-01-01")] == [False, True, True, False]
    # partner_of is not declared: complete from the beginning to its facts' as_of
    assert [kb.covers("org:pacific-defence-forum", "partner_of", d).covered
            for d in ("1990-01-01", "2022-01-01", "2022-01-02")] == [True, True, False]
    assert not kb.covers("org:pacific-defence-forum", "candidate_for", "2020-01-01").covered  # no such list


@pytest.mark.parametrize("coverage,message", [
    ({"until": "2024-01-01"}, "'from' is required"),
    ({"from": "2016-02-30"}, "not a real date"),
    ({"from": "2016-01-01", "until": "2015-01-01"}, "before from"),
    ({"from": "2016-01-01", "since": "2015-01-01"}, "unknown key 'since'"),
    ({"from": "2016-01-01", "until": "2020-01-01", "gaps": [{"from": "2015-01-01", "until": "2015-02-01"}]}, "not inside"),
    ({"from": "2016-01-01", "gaps": [{"from": "2017-01-01"}]}, "needs from and until"),
])
def test_bad_office_coverage_is_an_error(user_dir, coverage, message):
    with pytest.raises(AccordError, match=message):
        build([DATA_DIR, user_dir({"o.yaml": office_layer(coverage)})])


def test_bad_organisation_coverage_and_coverage_on_a_person_are_errors(user_dir):
    org = {"id": "org:pacific-defence-forum", "name": "PDF", "attrs": {"coverage": {"members": {"from": "2019"}}}}
    with pytest.raises(AccordError, match="unknown list 'members'"):
        build([DATA_DIR, user_dir({"p.yaml": {"entities": [org]}})])
    person = {"id": "person:ana-example", "name": "Ana Example", "attrs": {"coverage": {"from": "2019-01-01"}}}
    with pytest.raises(AccordError, match="only for office and organisation"):
        build([DATA_DIR, user_dir({"q.yaml": {"entities": [person]}})])


def test_coverage_dates_are_text_in_the_entity(user_dir):
    # YAML reads 2016-01-01 as a date: kept as text so JSON output and comparisons work
    kb = build([DATA_DIR, user_dir({"o.yaml": office_layer({"from": "2016-01-01", "gaps": []})})])
    assert kb.entity("office:nzl-registrar").attrs["coverage"] == {"from": "2016-01-01", "gaps": []}


def test_kb_as_of_is_the_newest_bundled_as_of(kb, user_dir):
    newest = max(f.as_of for f in kb.facts())
    assert kb.as_of == newest
    later = {"facts": [{"subject": "state:NZL", "property": "member_of", "value": "org:NATO", "start": "2099-01-01",
                        "source": SRC, "as_of": "2099-01-02"}]}
    assert build([DATA_DIR, user_dir({"x.yaml": later})]).as_of == newest  # a user layer does not move it


def test_date_warnings_past_as_of_and_outside_coverage(user_dir):
    kb = build([DATA_DIR, user_dir({"o.yaml": office_layer({"from": "2016-01-01", "until": "2024-01-31"})})])
    assert kb.date_warnings(kb.as_of) == []
    after = _next_day(kb.as_of)
    [warning] = kb.date_warnings(after)
    assert kb.as_of in warning and after in warning
    scoped = kb.date_warnings("2024-02-01", [("office:nzl-registrar", "holds_office")])
    assert scoped == [("on 2024-02-01 the knowledge base's list of the holders of the office of Registrar of New "
                       "Zealand ends on 2024-01-31")]
    assert kb.date_warnings("2024-01-31", [("office:nzl-registrar", "holds_office")]) == []
    assert bool(kb.date_warnings(None)) == (date.today().isoformat() > kb.as_of)  # None is today


def _next_day(day: str) -> str:
    return (date.fromisoformat(day) + timedelta(days=1)).isoformat()
