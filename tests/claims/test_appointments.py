"""Appointments (claims/appointments.py), in sentences written for this test: supported when the
person's own term of the office starts near the appointment (120 days before to a year after),
otherwise `new`; never flagged (the KB keeps terms, not appointments)."""

from __future__ import annotations

import pytest

from bench.paraphrases import outcome

SUPPORTED = [
    ("2024-02-26", "The alliance said on Monday it had appointed Farah Dakhlallah as its next spokeswoman."),
    ("2019-07-20", "Mircea Geoana was appointed NATO Deputy Secretary General in July 2019."),
    ("2022-10-26", "Rishi Sunak was named British prime minister on 24 October 2022."),
    ("2024-06-27", "Allies appointed Mark Rutte as NATO's next secretary general on Wednesday."),
    ("2023-09-14", "Yoko Kamikawa was appointed foreign minister of Japan on Wednesday."),
    ("2021-12-09", "Annalena Baerbock has been appointed Germany's foreign minister."),
]
NOT_FLAGGED = [  # a corrupted twin of each: another person, or a year too early; `new`, not flagged
    ("2024-02-26", "The alliance said on Monday it had appointed Oana Lungescu as its next spokeswoman."),
    ("2016-07-20", "Mircea Geoana was appointed NATO Deputy Secretary General in July 2016."),
    ("2022-10-26", "Boris Johnson was named British prime minister on 24 October 2022."),
    ("2024-06-27", "Allies appointed Jens Stoltenberg as NATO's next secretary general on Wednesday."),
    ("2023-09-14", "Yoshimasa Hayashi was appointed foreign minister of Japan on Wednesday."),
    ("2021-12-09", "Heiko Maas has been appointed Germany's foreign minister."),
    # not read: a plan, a denial, a different verb sense
    ("2024-06-01", "Allies will appoint Mark Rutte as NATO's next secretary general."),
    ("2024-06-01", "Allies did not appoint Jens Stoltenberg as NATO's next secretary general."),
    ("2024-06-01", "The street was named after Jens Stoltenberg last year."),
]


@pytest.mark.parametrize("date, text", SUPPORTED)
def test_an_appointment_near_the_term_is_supported(checker, date, text):
    found = checker.findings(text, date)
    assert any(f.get("kind") == "supported" and "appointed" in str(f.get("claim")) for f in found), found


@pytest.mark.parametrize("date, text", NOT_FLAGGED)
def test_an_appointment_the_kb_cannot_settle_is_never_flagged(checker, date, text):
    found = [f for f in checker.findings(text, date) if "appointed" in str(f.get("claim"))]
    assert outcome(found) != "flagged" and not any(f.get("kind") == "supported" for f in found), found


def test_the_window_runs_from_120_days_before_to_a_year_after():
    from accord.kb import load
    from accord.model import Statement, TimeQualifier
    from accord.nlp.extract.claims.appointments import check_appointed
    from accord.reconcile.kbcheck import KBChecker

    checker = KBChecker(load())
    office, person = "office:nato-spokesperson", "person:farah-dakhlallah"  # term from 2024-03-01
    kind = lambda day: check_appointed(checker, Statement(person, "appointed_to", office,  # noqa: E731
                                                          point_in_time=TimeQualifier(day, "day")), None).kind
    assert kind("2023-03-02") == "supported" and kind("2023-02-27") == "new"  # a year before the term starts
    assert kind("2024-06-29") == "supported" and kind("2024-07-01") == "new"  # 120 days after
