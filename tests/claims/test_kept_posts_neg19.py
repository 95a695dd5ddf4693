"""Office status on a day told by keeping, losing or remaining (issue 12, neg19): "X remains
defence minister", "X kept / lost his post as T", "X did not keep the job", "X has lost her post",
"X stayed on as T", read as `holds_office` on the clause's day (claims/kept_posts.py), affirmed or
denied. Each true sentence is supported (or left alone), its one-edit antonym or denial
contradicted; the day a term ends is tested on both sides; and the sentences that speak of
another time or assert nothing (a relative clause of the past, "under" another government, a
question, a condition, a reported denial) are not flagged. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from ._pipeline import verdicts

pytestmark = pytest.mark.model

# src/accord/kb/data/officials/deu.yaml: Boris Pistorius defence minister from 2023-01-19 (kept
# in the cabinet of 2025-05-06); Christian Lindner finance minister 2021-12-08 to 2024-11-07.
# officials/gbr.yaml: James Cleverly foreign secretary 2022-09-06 to 2023-11-13; Grant Shapps
# defence secretary 2023-08-31 to 2024-07-05.
MERZ_CABINET = "2025-05-07"


@pytest.mark.parametrize("text", [
    "Boris Pistorius kept his post as defence minister.",
    "Boris Pistorius retained his job as German defence minister.",
    "Boris Pistorius did not lose his post as defence minister.",
    "Boris Pistorius remains defence minister.",
    "Boris Pistorius stayed on as defence minister.",
    "Boris Pistorius was retained as defence minister.",
    "Boris Pistorius has kept his post as German defence minister.",
])
def test_a_post_kept_in_a_running_term_is_supported(accord_annotator, text):
    assert verdicts(accord_annotator, text, MERZ_CABINET, "holds_office") == ["supported"]


@pytest.mark.parametrize("text", [
    "Boris Pistorius lost his post as defence minister.",
    "Boris Pistorius did not keep his post as defence minister.",
    "Boris Pistorius failed to retain his job as defence minister.",
    "Boris Pistorius has lost his post as German defence minister.",
])
def test_a_post_lost_in_a_running_term_is_contradicted(accord_annotator, text):
    assert verdicts(accord_annotator, text, MERZ_CABINET, "holds_office") == ["contradicted_by_kb"]


@pytest.mark.parametrize("text", [
    "Christian Lindner remains finance minister.",
    "Christian Lindner has kept his post as finance minister.",
    "Christian Lindner is still finance minister.",
])
def test_a_post_kept_after_the_term_ended_is_contradicted(accord_annotator, text):
    assert verdicts(accord_annotator, text, "2024-12-01", "holds_office") == ["contradicted_by_kb"]


@pytest.mark.parametrize("text", [
    "Christian Lindner has lost his post as finance minister.",
    "Christian Lindner no longer remains finance minister.",
])
def test_a_post_lost_after_the_term_ended_is_not_flagged(accord_annotator, text):
    assert "contradicted_by_kb" not in verdicts(accord_annotator, text, "2024-12-01", "holds_office")


@pytest.mark.parametrize("date, kind", [
    ("2023-11-11", "contradicted_by_kb"),
    ("2023-11-12", None),  # the last day in office: an end may be written as the last day, not the first out
    ("2023-11-13", None),  # the handover day (the KB's end: the first day out)
])
def test_a_loss_turns_on_the_terms_end(accord_annotator, date, kind):
    found = verdicts(accord_annotator, "James Cleverly has lost his post as foreign secretary.", date, "holds_office")
    assert (kind in found) if kind else "contradicted_by_kb" not in found


@pytest.mark.parametrize("date, kind", [
    ("2023-11-12", "supported"),
    ("2023-11-15", "contradicted_by_kb"),
])
def test_a_kept_post_turns_on_the_terms_end(accord_annotator, date, kind):
    assert verdicts(accord_annotator, "James Cleverly remains foreign secretary.", date, "holds_office") == [kind]


@pytest.mark.parametrize("text, kind", [
    ("Grant Shapps kept his post as defence secretary on Monday, while James Cleverly became home secretary.",
     "supported"),
    ("Grant Shapps lost his post as defence secretary on Monday, while James Cleverly became home secretary.",
     "contradicted_by_kb"),
    ("James Cleverly lost his post as foreign secretary on 13 November.", "supported"),
])
def test_a_dated_reshuffle_is_checked_on_its_day(accord_annotator, text, kind):
    assert verdicts(accord_annotator, text, "2023-11-14", "holds_office") == [kind]


@pytest.mark.parametrize("text", [
    "James Cleverly, who kept his post as foreign secretary under Liz Truss, moved to the Home Office.",
    "James Cleverly kept his post as foreign secretary when Rishi Sunak took over.",
    "James Cleverly had kept his post as foreign secretary.",
    "James Cleverly kept his post as foreign secretary in the previous government.",
    "Did James Cleverly keep his post as foreign secretary?",
    "If James Cleverly kept his post as foreign secretary, he would travel to Kyiv.",
    "Downing Street denied that James Cleverly kept his post as foreign secretary.",
    "James Cleverly will keep his post as foreign secretary.",
    '"James Cleverly is not going to keep his post," an aide said of the foreign secretary.',
    "James Cleverly did not keep his post as foreign secretary until the end.",
])
def test_another_time_or_no_assertion_is_not_flagged(accord_annotator, text):
    assert "contradicted_by_kb" not in verdicts(accord_annotator, text, "2023-11-20", "holds_office")


def test_a_loss_of_a_post_lost_before_is_not_read(accord_annotator):
    # Cleverly's term ended on 2023-11-13: "lost" may tell that loss even if said of a later day
    text = "James Cleverly lost his post as foreign secretary."
    assert "contradicted_by_kb" not in verdicts(accord_annotator, text, "2024-03-01", "holds_office")


@pytest.mark.parametrize("text, kind", [
    ("Defence Minister Boris Pistorius kept his post.", "supported"),           # the title before the name
    ("Defence Minister Boris Pistorius lost his job.", "contradicted_by_kb"),
    ("Boris Pistorius keeps the defence portfolio.", "supported"),               # a ministry's portfolio
    ("Boris Pistorius loses the defence portfolio.", "contradicted_by_kb"),
    ("Boris Pistorius no longer keeps the defence portfolio.", "contradicted_by_kb"),
])
def test_a_post_with_its_title_elsewhere(accord_annotator, text, kind):
    assert kind in verdicts(accord_annotator, text, MERZ_CABINET, "holds_office")
    assert ("contradicted_by_kb" in verdicts(accord_annotator, text, MERZ_CABINET, "holds_office")) == (
        kind == "contradicted_by_kb")


def test_a_portfolio_kept_after_the_term_ended_is_contradicted(accord_annotator):
    text = "Christian Lindner keeps the finance portfolio."
    assert verdicts(accord_annotator, text, "2024-12-01", "holds_office") == ["contradicted_by_kb"]


def test_a_portfolio_of_a_surname_alone_is_not_read(accord_annotator):
    assert verdicts(accord_annotator, "Lindner keeps the finance portfolio.", "2024-12-01", "holds_office") == []


# -- an objection lifted is no ratification (claims/enlargement.py) -------------------------------
# Hungary ratified Sweden's accession on 2024-02-26 (src/accord/kb/data/enlargement.yaml); Turkey
# lifted its objection in July 2023 but ratified only on 2024-01-23.

@pytest.mark.parametrize("text, date", [
    ("Sweden's bid is no longer blocked by Hungary.", "2024-03-10"),
    ("Turkey is no longer blocking Sweden's accession.", "2023-07-20"),
    ("Turkey did not block Sweden's accession.", "2023-07-20"),
])
def test_a_blocking_denied_is_not_read_as_still_blocking(accord_annotator, text, date):
    assert "contradicted_by_kb" not in verdicts(accord_annotator, text, date, "ratified_accession")


def test_the_blocking_affirmed_twin_after_the_ratification_is_contradicted(accord_annotator):
    text = "Sweden's bid is still blocked by Hungary."
    assert verdicts(accord_annotator, text, "2024-03-10", "ratified_accession") == ["contradicted_by_kb"]


# -- a term begun, or not yet, by the article's day ------------------------------------------------
# Friedrich Merz Chancellor of Germany from 2025-05-06 (officials/deu.yaml).

@pytest.mark.parametrize("date, kind", [
    ("2025-05-04", "contradicted_by_kb"),
    ("2025-05-05", "supported"),   # the eve of the oath: a day's margin (a report dated the day before)
    ("2025-05-20", "supported"),
])
def test_a_term_begun_turns_on_its_first_day(accord_annotator, date, kind):
    for text in ("Friedrich Merz has taken office as German chancellor.",
                 "Friedrich Merz has already been sworn in as German chancellor.",
                 "Friedrich Merz has become German chancellor."):
        assert verdicts(accord_annotator, text, date, "holds_office") == [kind], text


@pytest.mark.parametrize("date, kind", [
    ("2025-04-20", "supported"),
    ("2025-05-06", None),                  # the day of the oath: maybe written that morning
    ("2025-05-07", "contradicted_by_kb"),
])
def test_a_term_not_yet_begun_turns_on_its_first_day(accord_annotator, date, kind):
    for text in ("Friedrich Merz has not yet taken office as German chancellor.",
                 "Friedrich Merz is yet to be sworn in as German chancellor."):
        found = verdicts(accord_annotator, text, date, "holds_office")
        assert ((kind in found) if kind else "contradicted_by_kb" not in found), (text, found)


@pytest.mark.parametrize("text", [
    "Friedrich Merz has twice become party leader, and has taken office as German chancellor after the election.",
    "Friedrich Merz took office as German chancellor.",           # a plain past start: terms.py's
    "Friedrich Merz had not yet taken office as German chancellor.",
    "Friedrich Merz has not taken office as German chancellor until the coalition agreed.",
    "Friedrich Merz was yet to take office as German chancellor.",
])
def test_other_starts_are_not_read_here(accord_annotator, text):
    assert "contradicted_by_kb" not in verdicts(accord_annotator, text, "2025-04-20", "holds_office")
