"""How long a state has been a member (claims/durations.py). Sentences written for these tests,
read by the whole pipeline with the bundled KB: Estonia joined NATO on 2004-03-29, Turkey on
1952-02-18."""

from __future__ import annotations

import pytest

from accord.model import Statement, TimeQualifier
from accord.nlp.extract.claims.durations import check_duration
from accord.reconcile.kbcheck import KBChecker

from ._pipeline import read, verdicts

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, published, kind", [
    ("Estonia has been a NATO member for 20 years.", "2024-04-07", "supported"),
    ("Estonia has been a NATO member for 25 years.", "2024-04-07", "contradicted_by_kb"),
    ("Turkey has been a member of NATO for more than 70 years.", "2024-04-07", "supported"),
    ("Turkey has been a member of NATO for more than 80 years.", "2024-04-07", "contradicted_by_kb"),
    ("Estonia, a NATO member for two decades, agreed.", "2024-04-07", "supported"),
    ("Estonia, a NATO member for three decades, agreed.", "2024-04-07", "contradicted_by_kb"),
    ("Turkey had been a NATO member for over 70 years by March 2023.", "2024-04-07", "supported"),
    ("Turkey had been a NATO member for over 75 years by March 2023.", "2024-04-07", "contradicted_by_kb"),
])
def test_membership_durations(accord_annotator, text, published, kind):
    assert verdicts(accord_annotator, text, published, "member_for") == [kind]


@pytest.mark.parametrize("text", [
    "Estonia has been a member of NATO for years.",  # vague
    "Japan has been a NATO partner for over 20 years.",  # partnerships: when they began is told many ways
    "The UK has been a US ally for over 100 years.",  # not a NATO ally
    "Estonia was a member of the Soviet Union for 50 years.",  # not the perfect, not the KB's relation
])
def test_durations_not_read(accord_annotator, text):
    assert not [s for s in read(accord_annotator, text, "2024-04-07") if s.property == "member_for"]


def _st(span: str, day: str) -> Statement:
    return Statement(subject="state:EST", property="member_for", value=f"org:NATO#{span}",
                     point_in_time=TimeQualifier(day, "day"))


def test_the_slack_of_an_exact_duration(accord_annotator):
    """20 years may be written for 17 to 23 (one year, and one more per full ten): Estonia's 23
    years fall on 2027-03-29 (22.99 on the day before)."""
    checker = KBChecker(accord_annotator.kb)
    assert check_duration(checker, _st("P20Y", "2027-03-28"), None).kind == "supported"
    assert check_duration(checker, _st("P20Y", "2027-04-05"), None).kind == "contradicted_by_kb"
    assert check_duration(checker, _st(">P20Y", "2024-03-30"), None).kind == "supported"
    assert check_duration(checker, _st(">P20Y", "2024-03-20"), None).kind == "contradicted_by_kb"
    assert check_duration(checker, _st("<P20Y", "2024-03-20"), None).kind == "supported"
    assert check_duration(checker, _st("P20Y", "2003-01-01"), None) is None  # not a member yet


@pytest.mark.parametrize("text, kind", [
    ("Mark Rutte, who was Dutch prime minister for 14 years, took over on Tuesday.", "supported"),
    ("Mark Rutte, who was Dutch prime minister for 10 years, took over on Tuesday.", "contradicted_by_kb"),
    # the list of Dutch prime ministers is complete from 1994-08-22 (kb20): no earlier term of Rutte's
    ("Mark Rutte, who was Dutch prime minister for 20 years, took over on Tuesday.", "contradicted_by_kb"),
    # Kok's term opens the list: 20 years would need one before it, which the KB cannot rule out
    ("Wim Kok, who was Dutch prime minister for 20 years, died in 2018.", "new"),
    ("Wim Kok, who was Dutch prime minister for eight years, died in 2018.", "supported"),
    # Turkey's presidents are listed from 1993: Erdoğan's presidency alone is shorter than 20 years,
    # but his premiership (2003-2014) came before it, and a tenure "in power" may count both
    ("Recep Tayyip Erdogan, who has been president for more than 20 years, leads Turkey.", "new"),
    # Sezer held no head office before his presidency (2000-2007), listed complete from 1993
    ("Ahmet Necdet Sezer, who was president of Turkey for 10 years, retired in 2007.", "contradicted_by_kb"),
    # 13.7 years (2010-10-14 to 2024-07-02): 13 is within TENURE_SLACK (one year), 12 is not
    ("Mark Rutte, who was Dutch prime minister for 13 years, took over on Tuesday.", "supported"),
    ("Mark Rutte, who was Dutch prime minister for 12 years, took over on Tuesday.", "contradicted_by_kb"),
    ("Jens Stoltenberg led NATO for a decade.", "supported"),
    ("Jens Stoltenberg led NATO for 12 years.", "contradicted_by_kb"),  # the SG list is complete from 2009
    ("Jens Stoltenberg led NATO for eight years.", "contradicted_by_kb"),
    ("Jens Stoltenberg has served as NATO Secretary General for more than nine years.", "supported"),
])
def test_tenures(accord_annotator, text, kind):
    # (num21: a relative clause's years are no longer the main clause's: "X, who has been in power
    # for 20 years, is the president" is not read as a presidency of 20 years; test_owned_tenures.py)
    assert verdicts(accord_annotator, text, "2024-10-01", "held_office_for") == [kind]


@pytest.mark.parametrize("text", [
    "Jens Stoltenberg led the talks for two hours.",  # not an organisation
    "Jens Stoltenberg was not NATO Secretary General for 12 years.",  # denied
    "Jens Stoltenberg led NATO for years.",  # vague
])
def test_tenures_not_read(accord_annotator, text):
    assert not [s for s in read(accord_annotator, text, "2024-10-01") if s.property == "held_office_for"]
