"""How a term of office ended (claims/term_endings.py) against kb/data/term_endings.yaml.
Sentences written for these tests, read by the whole pipeline with the bundled KB."""

from __future__ import annotations

import pytest

from accord.model import Statement, TimeQualifier
from accord.nlp.extract.claims.term_endings import check_term_ended
from accord.reconcile.kbcheck import KBChecker

from ._pipeline import read, verdicts

pytestmark = pytest.mark.model

UK_PM = "office:gbr-prime-minister"
CAMERON = "person:david-cameron"


def _ended(annotator, text, published):
    return [s for s in read(annotator, text, published) if s.property == "term_ended"]


@pytest.mark.parametrize("text, published, kind", [
    # resignations told on the day of the announcement, and denied
    ("David Cameron resigned as prime minister on 24 June 2016.", "2016-07-20", "supported"),
    ("David Cameron did not resign as prime minister on 24 June 2016.", "2016-07-20", "contradicted_by_kb"),
    ("Sebastian Kurz had resigned as chancellor in October.", "2021-12-07", "supported"),
    ("Sebastian Kurz had not resigned as chancellor in October.", "2021-12-07", "contradicted_by_kb"),
    ("Sebastian Kurz had resigned as chancellor in March.", "2021-12-07", "contradicted_by_kb"),
    ("Shinzo Abe stepped down as prime minister in August because of illness.", "2020-09-17", "supported"),
    ("Shinzo Abe stepped down as prime minister in May because of illness.", "2020-09-17", "contradicted_by_kb"),
    ("Boris Johnson quit as foreign secretary on Monday.", "2018-07-10", "supported"),
    ("Boris Johnson did not quit as foreign secretary on Monday.", "2018-07-10", "contradicted_by_kb"),
    # untitled: the office whose recorded ending the date meets
    ("Mario Draghi replaced Giuseppe Conte, who resigned in January after a coalition partner walked out.",
     "2021-02-14", "supported"),
    ("Mario Draghi replaced Giuseppe Conte, who did not resign in January after a coalition partner walked out.",
     "2021-02-14", "contradicted_by_kb"),
    # "last week", "a week ago": the ISO week the date reader gives; a verb joined to a relative clause
    ("Liz Truss, who succeeded Boris Johnson in September, resigned last week.", "2022-10-28", "supported"),
    ("Liz Truss, who succeeded Boris Johnson in September, did not resign last week.", "2022-10-28",
     "contradicted_by_kb"),
    ("Liz Truss did not resign last week.", "2022-11-08", "new"),  # the week after: nothing to say
    ("Sanna Marin replaces Antti Rinne, who took office in June and resigned a week ago.", "2019-12-10", "supported"),
    ("Sanna Marin replaces Antti Rinne, who took office in June and did not resign a week ago.", "2019-12-10",
     "contradicted_by_kb"),
    ("David Cameron quit his post as prime minister, his successor said.", "2016-07-20", "supported"),
    # untitled and far from every recorded act: perhaps a seat or a party post, never flagged
    ("Mario Draghi replaced Giuseppe Conte, who resigned in June 2020 after a coalition partner walked out.",
     "2021-02-14", "unverifiable"),
    ("Giuseppe Conte resigned as prime minister in June 2020 after a coalition partner walked out.",
     "2021-02-14", "contradicted_by_kb"),
    # a resignation of a term ended by a motion of censure
    ("Mariano Rajoy resigned as prime minister on 1 June 2018.", "2018-06-03", "contradicted_by_kb"),
    # a death in office of a term the KB says ended by resignation; a death after it is no end of a term
    ("Shinzo Abe died in office in August 2020.", "2020-09-17", "contradicted_by_kb"),
    ("Shinzo Abe, who resigned as prime minister in 2020, died on Friday.", "2022-07-09", "supported"),
    # impeachment
    ("Yoon Suk Yeol was impeached by lawmakers in December.", "2025-04-10", "supported"),
    ("Yoon Suk Yeol was not impeached by lawmakers in December.", "2025-04-10", "contradicted_by_kb"),
    # the act's own date, not a date on a noun of its clause (the decree's 3 December)
    ("Yoon Suk Yeol was impeached by parliament in December, over his decree of martial law on 3 December.",
     "2025-06-04", "supported"),
])
def test_endings(accord_annotator, text, published, kind):
    assert verdicts(accord_annotator, text, published, "term_ended") == [kind]


@pytest.mark.parametrize("text, published", [
    ("Boris Johnson offered to resign as prime minister on Thursday.", "2022-07-08"),
    ("Boris Johnson threatened to resign as prime minister.", "2022-07-08"),
    ("Opposition leaders called for Boris Johnson to resign.", "2022-07-08"),
    ("Boris Johnson refused to resign on Wednesday.", "2022-07-06"),
    ("Boris Johnson announced his resignation on Thursday.", "2022-07-08"),
    ("Boris Johnson will resign as prime minister.", "2022-07-08"),
    ("Boris Johnson said he would step down.", "2022-07-08"),
    ("Giuseppe Conte's government resigned on Tuesday.", "2021-01-27"),  # no person: the government
    ("Boris Johnson stepped down as Conservative leader on Thursday.", "2022-07-08"),  # a title the KB lacks
    ("Sebastian Kurz quit politics last week.", "2021-12-07"),  # no post
    ("Boris Johnson resigned from parliament in June.", "2023-06-12"),
    ("David Cameron resigned his seat in September.", "2016-10-01"),  # a member's seat
])
def test_not_a_deed_of_leaving_an_office(accord_annotator, text, published):
    assert not _ended(accord_annotator, text, published)


def _st(act: str, when: str | None, negated: bool = False, office: str = UK_PM, person: str = CAMERON) -> Statement:
    point = TimeQualifier(value=when, precision={4: "year", 7: "month", 10: "day"}[len(when)]) if when else None
    return Statement(subject=person, property="term_ended", value=f"{office}#{act}",
                     polarity="negated" if negated else "affirmed", point_in_time=point)


@pytest.fixture(scope="module")
def checker(accord_annotator):
    return KBChecker(accord_annotator.kb)


def _kind(checker, st, on="2016-08-01"):
    verdict = check_term_ended(checker, st, on)
    return verdict.kind if verdict else None


def test_denial_boundary_days(checker):
    # Cameron announced on 2016-06-24 and handed over on 2016-07-13: a denial of either day is wrong
    assert _kind(checker, _st("resigned", "2016-06-23", negated=True)) is None
    assert _kind(checker, _st("resigned", "2016-06-24", negated=True)) == "contradicted_by_kb"
    assert _kind(checker, _st("resigned", "2016-06-25", negated=True)) is None  # a caretaker's day
    assert _kind(checker, _st("resigned", "2016-07-12", negated=True)) is None
    assert _kind(checker, _st("resigned", "2016-07-13", negated=True)) == "contradicted_by_kb"
    assert _kind(checker, _st("resigned", "2016-07-14", negated=True)) is None
    assert _kind(checker, _st("resigned", None, negated=True)) is None  # undated: no verdict


def test_denial_in_a_week(checker):
    def week(value):
        return Statement(subject=CAMERON, property="term_ended", value=f"{UK_PM}#resigned", polarity="negated",
                         point_in_time=TimeQualifier(value=value, precision="week"))
    assert check_term_ended(checker, week("2016-W24"), "2016-08-01") is None  # 13-19 June
    assert check_term_ended(checker, week("2016-W25"), "2016-08-01").kind == "contradicted_by_kb"  # 20-26 June
    assert check_term_ended(checker, week("2016-W26"), "2016-08-01") is None  # 27 June - 3 July


def test_affirmed_boundary_days(checker):
    assert _kind(checker, _st("resigned", "2016-06-24")) == "supported"
    assert _kind(checker, _st("resigned", "2016-07-13")) == "supported"
    assert _kind(checker, _st("resigned", "2016-07-14")) is None  # after the term: not this family's to say
    assert _kind(checker, _st("resigned", "2016-06-23")) is None  # a day early: not called wrong
    assert _kind(checker, _st("resigned", "2016-06-17")) is None  # within SLACK (7 days)
    assert _kind(checker, _st("resigned", "2016-06-16")) == "contradicted_by_kb"
    assert _kind(checker, _st("resigned", "2010-05-11")) == "contradicted_by_kb"  # the term's first day
    assert _kind(checker, _st("resigned", "2010-05-10")) is None  # before the term
    assert _kind(checker, _st("resigned", None)) == "supported"  # undated: one recorded before the article
    assert _kind(checker, _st("resigned", None), on="2016-06-23") is None


def test_acts_that_exclude_each_other(checker):
    rajoy, spain = "person:mariano-rajoy", "office:esp-prime-minister"
    assert _kind(checker, _st("resigned", "2018-06-01", office=spain, person=rajoy)) == "contradicted_by_kb"
    assert _kind(checker, _st("died", "2018-06-01", office=spain, person=rajoy)) == "contradicted_by_kb"
    assert _kind(checker, _st("dismissed", "2018-06-01", office=spain, person=rajoy)) is None  # not excluded
    # Barnier lost the censure vote and then resigned: both true
    barnier, france = "person:michel-barnier", "office:fra-prime-minister"
    assert _kind(checker, _st("resigned", "2024-12-05", office=france, person=barnier)) == "supported"
    assert _kind(checker, _st("resigned", "2024-12", office=france, person=barnier)) == "supported"
    # no recorded ending for the person in that office: nothing to say
    assert _kind(checker, _st("resigned", "2016-06-24", person="person:keir-starmer")) is None


def test_resigned_and_reappointed_inside_one_term(checker):
    conte, italy = "person:giuseppe-conte", "office:ita-prime-minister"
    assert _kind(checker, _st("resigned", "2019-08-20", office=italy, person=conte)) == "supported"
    assert _kind(checker, _st("resigned", "2020-06", office=italy, person=conte)) == "contradicted_by_kb"
