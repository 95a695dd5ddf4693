"""Treaty facts: founding dates, anniversaries, the founding treaty's place and founders, founding
members. Sentences written for these tests, read by the whole pipeline with the bundled KB
(NATO: established 1949-04-04, in force 1949-08-24, signed in Washington, twelve founders)."""

from __future__ import annotations

import pytest

from accord.model import Statement, TimeQualifier
from accord.nlp.extract.claims._treatycheck import check_established
from accord.reconcile.kbcheck import KBChecker

from ._pipeline import read, verdicts

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, kind", [
    ("NATO was founded on 4 April 1949 in the wake of the war.", "supported"),
    ("NATO was founded in 1950 in the wake of the war.", "contradicted_by_kb"),
    ("NATO, which was created in 1949, now has many members.", "supported"),
    ("NATO, which was established in 1951, now has many members.", "contradicted_by_kb"),
    ("The ceremony fell on the anniversary of NATO's founding on April 4, 1949.", "supported"),
    ("The ceremony fell on the anniversary of NATO's founding on April 4, 1948.", "contradicted_by_kb"),
    # entry into force is the other founding date: read or not, it is never flagged
    ("NATO came into being in August 1949, when the treaty entered into force.", None),
])
def test_founding_dates(accord_annotator, text, kind):
    found = verdicts(accord_annotator, text, "2024-04-04", "established")
    if kind is None:
        assert not [k for k in found if k != "supported"], found
    else:
        assert found == [kind]


def test_an_organisation_that_creates_something_is_no_founding(accord_annotator):
    found = read(accord_annotator, "NATO created a new maritime command in 2004.", "2024-04-04")
    assert not [s for s in found if s.property == "established"]


@pytest.mark.parametrize("text, published, kind", [
    ("NATO is marking its 75th anniversary with a ceremony.", "2024-04-04", "supported"),
    ("NATO is marking its 76th anniversary with a ceremony.", "2024-04-04", "contradicted_by_kb"),
    ("In December 2019 NATO leaders met to celebrate the alliance's 70th anniversary.", "2019-12-05", "supported"),
    ("In December 2019 NATO leaders met to celebrate the alliance's 69th anniversary.", "2019-12-05", "contradicted_by_kb"),
    ("NATO celebrated its 75th anniversary in 2023.", "2024-04-04", "contradicted_by_kb"),
])
def test_anniversaries(accord_annotator, text, published, kind):
    assert verdicts(accord_annotator, text, published, "established") == [kind]


def test_an_anniversary_dated_by_the_article_is_less_sure(accord_annotator):
    [st] = [s for s in read(accord_annotator, "NATO is marking its 75th anniversary.", "2024-04-04")
            if s.property == "established"]
    assert 0.5 <= st.references[0].confidence["date"] < 1


@pytest.mark.parametrize("lo, hi, kind", [
    ("1949-04-04", "1950-01-01", "supported"),        # the founding day is the window's first day
    ("1949-04-05", "1950-01-01", "supported"),        # ... the entry into force (1949-08-24) is in it
    ("1949-08-25", "1950-01-01", "contradicted_by_kb"),  # one day after the entry into force
    ("1948-01-01", "1949-04-03", "contradicted_by_kb"),  # one day before the signing
    ("1948-01-01", "1949-04-04", "supported"),
])
def test_anniversary_window_boundaries(accord_annotator, lo, hi, kind):
    st = Statement(subject="org:NATO", property="established", value="75th anniversary",
                   start=TimeQualifier(lo, "day"), end=TimeQualifier(hi, "day"))
    assert check_established(KBChecker(accord_annotator.kb), st, None).kind == kind


@pytest.mark.parametrize("day, kind", [
    ("1949-04-03", "contradicted_by_kb"), ("1949-04-04", "supported"), ("1949-04-05", "contradicted_by_kb"),
    ("1949-08-24", "supported"), ("1949-08-25", "contradicted_by_kb"),
])
def test_founding_day_boundaries(accord_annotator, day, kind):
    st = Statement(subject="org:NATO", property="established", value=day, point_in_time=TimeQualifier(day, "day"))
    assert check_established(KBChecker(accord_annotator.kb), st, None).kind == kind


@pytest.mark.parametrize("text, kinds", [
    ("The North Atlantic Treaty, signed in Washington in April 1949, created the alliance.",
     {"established": ["supported"], "founded_in": ["supported"]}),
    ("The North Atlantic Treaty, signed in Paris in April 1949, created the alliance.",
     {"established": ["supported"], "founded_in": ["contradicted_by_kb"]}),
    ("The Washington Treaty was signed on 4 April 1950 by twelve nations.",
     {"established": ["contradicted_by_kb"], "founding_members": ["supported"]}),
    ("The Washington Treaty was signed in 1949 by ten nations.",
     {"established": ["supported"], "founding_members": ["contradicted_by_kb"]}),
])
def test_the_founding_treaty(accord_annotator, text, kinds):
    for prop, expected in kinds.items():
        assert verdicts(accord_annotator, text, "2024-04-04", prop) == expected, prop


def test_the_organisation_named_after_the_treaty_is_not_the_treaty(accord_annotator):
    found = read(accord_annotator, "The North Atlantic Treaty Organization signed a deal in Paris in 2019.", "2024-04-04")
    assert not [s for s in found if s.property in ("founded_in", "established")]


@pytest.mark.parametrize("text, prop, kind", [
    ("The United States is one of NATO's twelve founding members.", "founding_member_of", "supported"),
    ("Germany is one of NATO's twelve founding members.", "founding_member_of", "contradicted_by_kb"),
    ("Norway, a founding member of NATO, hosted the meeting.", "founding_member_of", "supported"),
    ("The United States is one of NATO's twelve founding members.", "founding_members", "supported"),
    ("Canada is one of NATO's fourteen founding members.", "founding_members", "contradicted_by_kb"),
])
def test_founding_members(accord_annotator, text, prop, kind):
    assert verdicts(accord_annotator, text, "2024-04-04", prop) == [kind]


def test_a_from_phrase_does_not_date_the_anniversary(accord_annotator):
    text = "NATO marked its 70th anniversary with 29 members, up from 12 in 1949."
    assert verdicts(accord_annotator, text, "2019-12-05", "established") == ["supported"]


@pytest.mark.model
@pytest.mark.parametrize("text, kind", [
    ("NATO was founded by 12 countries in 1949.", ["supported"]),
    ("NATO was founded by 14 countries in 1949.", ["contradicted_by_kb"]),
    ("NATO was created by twelve nations.", ["supported"]),
    ("NATO was founded by more than 10 countries.", []),  # approximate
    ("NATO was founded in 1949 by the United States and 11 other countries.", []),  # a part of them
    ("NATO was founded by 10 European countries and two North American ones.", []),
])
def test_founders_counted_by_the_agent(accord_annotator, text, kind):
    from ._pipeline import verdicts

    assert verdicts(accord_annotator, text, "2024-07-10", "founding_members") == kind


@pytest.mark.model
@pytest.mark.parametrize("text, kind", [
    ("AUKUS was announced in September 2021.", ["supported"]),
    ("AUKUS was announced in September 2020.", ["contradicted_by_kb"]),
    ("The AUKUS pact was unveiled on September 15, 2022.", ["contradicted_by_kb"]),
    ("Biden, Morrison and Johnson launched AUKUS in 2021.", ["supported"]),
    ("NATO announced a new plan in 2021.", []),  # the organisation announces, it is not announced
    ("NATO launched its mission in Iraq in 2018.", []),
])
def test_a_pact_announced_is_founded(accord_annotator, text, kind):
    from ._pipeline import verdicts

    assert verdicts(accord_annotator, text, "2023-07-12", "established") == kind


# (the headline's "NATO at 75" is an age of its own, supported: ages.py, num16)
@pytest.mark.parametrize("text, kind", [
    ("NATO at 75: its 75th anniversary in Washington", ["supported", "supported"]),
    ("NATO at 75: its 76th anniversary in Washington", ["contradicted_by_kb", "supported"]),
])
def test_an_anniversary_in_a_headline_with_no_verb_is_read_and_the_search_for_its_verb_ends(accord_annotator, text, kind):
    """A headline's root is a noun: the climb from the anniversary towards a verb stops at the root
    (comparing tokens by position: spaCy makes a new Token object for every `.head`, so `is` never
    sees the root as its own head, and the climb never ended)."""
    import signal

    def hung(signum, frame):
        raise TimeoutError("the search for the anniversary's verb did not end")

    old = signal.signal(signal.SIGALRM, hung)
    signal.alarm(60)
    try:
        assert verdicts(accord_annotator, text, "2024-04-04", "established") == kind
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)
