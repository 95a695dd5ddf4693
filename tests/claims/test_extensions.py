"""Extensions of a term of office (claims/extensions.py) against kb/data/term_extensions.yaml.
Sentences written for these tests, read by the whole pipeline with the bundled KB."""

from __future__ import annotations

import pytest

from accord.model import Statement, TimeQualifier
from accord.nlp.extract.claims.extensions import check_extended_by, check_extended_until
from accord.reconcile.kbcheck import KBChecker

from ._pipeline import read, verdicts

pytestmark = pytest.mark.model

SG = "office:nato-secretary-general"
JS = "person:jens-stoltenberg"


@pytest.mark.parametrize("text, published, kind", [
    ("NATO leaders extended Jens Stoltenberg's mandate until September 30, 2023.", "2022-03-25", "supported"),
    ("NATO leaders extended Jens Stoltenberg's mandate until September 30, 2024.", "2022-03-25", "contradicted_by_kb"),
    ("The allies agreed to extend the term of Jens Stoltenberg until 1 October 2024.", "2023-07-05", "supported"),
    ("The allies agreed to extend the term of Jens Stoltenberg until 1 October 2025.", "2023-07-05", "contradicted_by_kb"),
    ("Jens Stoltenberg's tenure was prolonged until 30 September 2020.", "2017-12-13", "supported"),
    ("Jens Stoltenberg's tenure was prolonged till 30 September 2021.", "2017-12-13", "contradicted_by_kb"),
    # an older extension named in a later article is still true
    ("In 2019 the allies extended Jens Stoltenberg's term to September 30, 2022.", "2023-07-05", "supported"),
    ('Jens Stoltenberg said: "I am honoured by the decision to extend my term as Secretary General until '
     '30 September 2023."', "2022-03-24", "supported"),
    ('Jens Stoltenberg said: "I am honoured by the decision to extend my term as Secretary General until '
     '30 September 2024."', "2022-03-24", "contradicted_by_kb"),
])
def test_extended_until(accord_annotator, text, published, kind):
    assert verdicts(accord_annotator, text, published, "term_extended") == [kind]


@pytest.mark.parametrize("text, published, kind", [
    ("Jens Stoltenberg said on Thursday he will extend his term as head of the alliance by a year.", "2022-03-25",
     "supported"),
    ("Jens Stoltenberg said on Thursday he will extend his term as head of the alliance by two years.", "2022-03-25",
     "contradicted_by_kb"),
    ("NATO extended Jens Stoltenberg's mandate for another year.", "2023-07-05", "supported"),
    ("NATO extended Jens Stoltenberg's mandate for two more years.", "2023-07-05", "contradicted_by_kb"),
    ("NATO extended Jens Stoltenberg's mandate by another two years.", "2023-07-05", "contradicted_by_kb"),
    ("NATO extended Jens Stoltenberg's mandate by a further year.", "2023-07-05", "supported"),
    ("NATO extended Jens Stoltenberg's mandate by two years.", "2017-12-12", "supported"),
])
def test_extended_by(accord_annotator, text, published, kind):
    assert verdicts(accord_annotator, text, published, "term_extended_by") == [kind]


@pytest.mark.parametrize("text", [
    "NATO did not extend Jens Stoltenberg's term by two years.",  # a denial: not read
    "NATO extended its mission in Iraq by two years.",  # no term of office
    "Jens Stoltenberg extended his stay in Kyiv by a day.",  # a stay is no term
    "NATO extended Jens Stoltenberg's mandate by more than a year.",  # not exact
])
def test_not_extensions(accord_annotator, text):
    assert not [s for s in read(accord_annotator, text, "2022-03-25") if s.property.startswith("term_extended")]


def _st(prop, value, published_end=None, point=None, modality="fact"):
    return Statement(subject=JS, property=prop, value=value, modality=modality,
                     end=TimeQualifier(published_end, "day") if published_end else None,
                     point_in_time=TimeQualifier(point, "day") if point else None)


def test_until_agrees_within_a_day_of_the_end(accord_annotator):
    checker = KBChecker(accord_annotator.kb)
    assert check_extended_until(checker, _st("term_extended", SG, "2023-09-30"), "2022-03-25").kind == "supported"
    assert check_extended_until(checker, _st("term_extended", SG, "2023-10-01"), "2022-03-25").kind == "supported"
    assert check_extended_until(checker, _st("term_extended", SG, "2023-09-28"), "2022-03-25").kind == "contradicted_by_kb"


def test_an_extension_is_known_from_its_decision_and_90_days_before(accord_annotator):
    """The 2023-07-04 extension (to 2024-10-01) counts for an article 90 days before it, not 91."""
    checker = KBChecker(accord_annotator.kb)
    st = _st("term_extended", SG, "2024-09-30")
    assert check_extended_until(checker, st, "2023-04-05").kind == "supported"
    assert check_extended_until(checker, st, "2023-04-04").kind == "contradicted_by_kb"


def test_the_time_added_is_that_of_the_extension_of_the_year_before(accord_annotator):
    """ "by two years" in 2020-03-27 means the 2019-03-28 extension (365 days back); a day later,
    no extension is that recent and the claim is not checked."""
    checker = KBChecker(accord_annotator.kb)
    st = _st("term_extended_by", f"{SG}#P2Y")
    assert check_extended_by(checker, st, "2020-03-27").kind == "supported"
    assert check_extended_by(checker, st, "2020-03-28") is None
    assert check_extended_by(checker, _st("term_extended_by", f"{SG}#P1Y"), "2020-03-27").kind == "contradicted_by_kb"


def test_the_time_added_on_a_stated_decision_day(accord_annotator):
    checker = KBChecker(accord_annotator.kb)
    assert check_extended_by(checker, _st("term_extended_by", f"{SG}#P2Y", point="2017-12-12"), "2024-01-01").kind == "supported"
    assert check_extended_by(checker, _st("term_extended_by", f"{SG}#P1Y", point="2017-12-19"), "2024-01-01").kind == "contradicted_by_kb"
    assert check_extended_by(checker, _st("term_extended_by", f"{SG}#P1Y", point="2017-12-20"), "2024-01-01") is None
