"""The false alarm the held-out probe cr19a found on its clean article 02 (session 12, measured at
1b82f30 before it was fixed), as a phenomenon with its boundary twins:
- a start the claim gives inside a gap the office's list declares, when the KB picks the person's
  term up only where the list resumes (an acting president during a suspension, the suspension
  being the gap, whose acting term is recorded from the removal on), is not contradicted by the
  recorded start: `kbcheck._start_in_gap`. A start before the gap, a claim whose days run past
  the gap into days the list covers with another holder, and a start in a gap that falls inside a
  term recorded from before it are still flagged.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.claims._pipeline import outcome

# South Korea's list declares 2016-12-09..2017-03-09 a gap (Park suspended, Hwang acting) and has
# Hwang's acting term from 2017-03-10, after Park's removal.
KOREA_2017 = "Moon Jae-in was sworn in as South Korea's president on Wednesday. Prime Minister Hwang Kyo-ahn had been acting president since {}."


@pytest.mark.parametrize("since, expected", [
    ("December", "supported"),           # 2016-12: in the gap
    ("November", "flagged"),             # 2016-11: before it, when Park still held the office
    ("December 9, 2016", "supported"),   # the gap's first day
    ("December 8, 2016", "flagged"),     # the day before
])
def test_a_start_in_the_gap_before_a_recorded_term_is_not_contradicted(checker, since, expected):
    assert outcome(checker, KOREA_2017.format(since), "2017-05-10") == expected


def _start_kinds(checker, text: str, published: str) -> set[str]:
    """The kinds of the findings that compare a claimed start with the KB's ("dates ... from")."""
    return {f["kind"] for f in checker.findings(text, published) if "dates" in str(f.get("explanation"))}


@pytest.mark.parametrize("since, kind", [
    ("March", "unverifiable"),        # 2025-03: in the second gap (2024-12-14..2025-04-03), term from 2025-04-04
    ("November", "contradicted_by_kb"),  # 2024-11: Yoon still held the office
])
def test_the_second_suspension_is_read_the_same_way(checker, since, kind):
    text = f"South Korea will vote in June. Han Duck-soo had been acting president since {since}."
    assert _start_kinds(checker, text, "2025-04-20") == {kind}


# Denmark's list declares 2023-02-06..2023-07-31 a gap (Troels Lund Poulsen acting for a minister on
# sick leave, who came back); Lund Poulsen's own term is recorded from 2023-08-22.
DENMARK = "Denmark will host the talks. Troels Lund Poulsen has been defence minister since February."


@pytest.mark.parametrize("published, kind", [
    ("2023-05-15", "unverifiable"),        # every day the claim covers is in the gap
    ("2023-07-31", "unverifiable"),        # the gap's last day
    ("2023-08-01", "contradicted_by_kb"),  # the list covers that day, with Jakob Ellemann-Jensen back
    ("2023-09-15", "contradicted_by_kb"),
])
def test_a_claim_that_runs_past_the_gap_is_still_checked(checker, published, kind):
    assert _start_kinds(checker, DENMARK, published) == {kind}


# Ukraine's list declares 2023-09-05 a gap (Reznikov dismissed, Umerov appointed the next day);
# Reznikov's term is recorded from 2021-11-04, long before it, and Umerov's from 2023-09-06.
@pytest.mark.parametrize("name, since, kind", [
    ("Oleksii Reznikov", "September 5", "contradicted_by_kb"),  # his term ran before the gap
    ("Rustem Umerov", "September 5", "unverifiable"),           # his begins the day after it
    ("Rustem Umerov", "September 4", "contradicted_by_kb"),     # the day before the gap: Reznikov's
])
def test_a_gap_inside_a_term_recorded_before_it_does_not_excuse_a_start(checker, name, since, kind):
    text = f"Ukraine's parliament met on Tuesday. {name} had been defence minister since {since}."
    assert _start_kinds(checker, text, "2023-09-20") == {kind}
