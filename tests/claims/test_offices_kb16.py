"""Titles of the offices added in session 11 (kb16), read from sentences written for these tests
and checked against the bundled KB: the right holder is supported, a wrong one is flagged only
inside the office's coverage, a day in a gap or past a list's end is left unsettled, "former" and
"then" titles are checked as terms held before, and no title is read as a similar office of
another kind (a deputy prime minister is not the prime minister, an ally's ambassador to NATO is
not an official of NATO's).

Each term boundary is tested on the day before and the day of the change."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def kinds(checker, text: str, date: str, words: str = "office of") -> list[str]:
    """The kinds of the findings on office claims ("holds the office of", "formerly held ...")."""
    return sorted(f["kind"] for f in checker.findings(text, date) if words in str(f.get("claim")))


def claims(checker, text: str, date: str) -> list[str]:
    return [str(f.get("claim")) for f in checker.findings(text, date) if "office of" in str(f.get("claim"))]


@pytest.mark.parametrize("text, date", [
    ("Treasurer Jim Chalmers unveiled a surplus in Canberra on Tuesday.", "2023-05-10"),
    ("Britain's finance chief, Chancellor of the Exchequer Rachel Reeves, set out her plans.", "2024-10-30"),
    ("Rachel Reeves, the chancellor of the exchequer, set out her plans.", "2024-10-30"),
    ("White House national security adviser Jake Sullivan flew to Kyiv.", "2023-11-02"),
    ("Julianne Smith, the U.S. ambassador to NATO, told reporters the allies were united.", "2023-06-14"),
    ("U.S. Ambassador to NATO Julianne Smith told reporters the allies were united.", "2023-06-14"),
    ("Gen. Mark Milley, chairman of the Joint Chiefs of Staff, briefed the press.", "2022-03-30"),
    ("Admiral Tony Radakin, Britain's Chief of the Defence Staff, spoke in London.", "2023-02-01"),
    ("New Zealand's Deputy Prime Minister Winston Peters met the NATO chief.", "2024-07-11"),
    ("Governor-General Cindy Kiro opened the new parliament in Wellington.", "2023-12-05"),
    ("Japan's Chief Cabinet Secretary Yoshimasa Hayashi told a news conference that Tokyo objected.", "2024-02-20"),
    ("European Parliament President Roberta Metsola welcomed the decision.", "2023-04-04"),
    ("German Finance Minister Christian Lindner rejected the plan.", "2023-09-12"),
])
def test_right_holder_is_supported(checker, text, date):
    assert kinds(checker, text, date) == ["supported"]


@pytest.mark.parametrize("text, date", [
    ("Treasurer Josh Frydenberg unveiled a surplus in Canberra on Tuesday.", "2023-05-10"),
    ("Rishi Sunak, the chancellor of the exchequer, set out his plans.", "2024-10-30"),
    ("U.S. Ambassador to NATO Kay Bailey Hutchison told reporters the allies were united.", "2023-06-14"),
    ("Admiral Tony Radakin, Britain's Chief of the Defence Staff, spoke in London.", "2017-02-01"),
    ("New Zealand's Deputy Prime Minister Grant Robertson met the NATO chief.", "2024-07-11"),
    ("Japan's Chief Cabinet Secretary Hirokazu Matsuno told a news conference that Tokyo objected.", "2024-02-20"),
])
def test_wrong_holder_inside_coverage_is_flagged(checker, text, date):
    assert "contradicted_by_kb" in kinds(checker, text, date)


@pytest.mark.parametrize("text, date", [
    # the months between two US ambassadors to NATO are a gap
    ("U.S. Ambassador to NATO Kay Bailey Hutchison told reporters the allies were united.", "2021-06-14"),
    # Canada's deputy prime ministers after Freeland are not recorded
    ("Canadian Deputy Prime Minister Dominic LeBlanc spoke in Ottawa.", "2025-06-02"),
    # the day Waltz was removed and Rubio named interim adviser
    ("National Security Adviser Mike Waltz spoke to reporters.", "2025-05-01"),
])
def test_wrong_holder_outside_coverage_is_not_flagged(checker, text, date):
    found = kinds(checker, text, date)
    assert found and "contradicted_by_kb" not in found


@pytest.mark.parametrize("date, expected", [
    ("2022-10-13", "contradicted_by_kb"),  # Kwarteng's last day
    ("2022-10-14", "supported"),           # Hunt's first day
])
def test_first_day_of_a_term(checker, date, expected):
    assert kinds(checker, "Chancellor of the Exchequer Jeremy Hunt spoke in the Commons.", date) == [expected]


@pytest.mark.parametrize("date, expected", [
    ("2022-10-13", "supported"),           # Kwarteng's last day
    ("2022-10-14", "unverifiable"),        # Hunt's first day: the handover day, too close to call
    ("2022-10-15", "contradicted_by_kb"),
])
def test_last_day_of_a_term(checker, date, expected):
    assert kinds(checker, "Chancellor of the Exchequer Kwasi Kwarteng spoke in the Commons.", date) == [expected]


@pytest.mark.parametrize("date, expected", [
    ("2025-04-30", "supported"),
    ("2025-05-02", "contradicted_by_kb"),
])
def test_a_gap_day_ends_a_term_without_a_flag_on_it(checker, date, expected):
    assert kinds(checker, "National Security Adviser Mike Waltz spoke to reporters.", date) == [expected]


@pytest.mark.parametrize("text, date, expected", [
    ("Former Chancellor George Osborne said the budget was a mistake.", "2023-03-16", "supported"),
    ("Former Australian Treasurer Joe Hockey said the deal was sound.", "2021-09-16", "supported"),
    ("Former Australian Treasurer Jim Chalmers said the deal was sound.", "2021-09-16", "contradicted_by_kb"),
])
def test_former_titles_are_terms_held_before(checker, text, date, expected):
    assert expected in kinds(checker, text, date)


def test_then_title_with_a_date_speaks_of_that_date(checker):
    text = "In 2016, then-Treasurer Scott Morrison said the budget would return to surplus."
    assert "contradicted_by_kb" not in kinds(checker, text, "2024-05-01")


@pytest.mark.parametrize("text, date, office", [
    ("New Zealand's Deputy Prime Minister Winston Peters met the NATO chief.", "2024-07-11",
     "Deputy Prime Minister of New Zealand"),
    ("Julianne Smith, the U.S. ambassador to NATO, told reporters the allies were united.", "2023-06-14",
     "United States Permanent Representative to NATO"),
])
def test_no_title_is_read_as_a_similar_office_of_another_kind(checker, text, date, office):
    found = claims(checker, text, date)
    assert found and all(office in c for c in found)
    assert not any("Prime Minister of New Zealand" in c and "Deputy" not in c for c in found)
    assert not any("Secretary General" in c for c in found)


def test_nato_written_before_ambassador_is_not_a_nato_office(checker):
    found = kinds(checker, "NATO Ambassador Julianne Smith told reporters the allies were united.", "2023-06-14")
    assert "contradicted_by_kb" not in found


@pytest.mark.parametrize("text, date, expected", [
    # a deputy's title joined to a second title before one name: the name holds both
    ("New Zealand Deputy Prime Minister and Foreign Minister Winston Peters flew to Brussels.", "2024-07-09",
     ["supported", "supported"]),
    ("Deputy Prime Minister and Foreign Minister Penny Wong flew to Brussels.", "2024-07-09",
     ["contradicted_by_kb", "supported"]),
    # "the deputy prime minister" with its determiner is someone else: only Wong's own title
    ("Talks between the deputy prime minister and Foreign Minister Penny Wong went well.", "2024-07-09",
     ["supported"]),
])
def test_a_deputys_title_joined_before_a_name(checker, text, date, expected):
    assert kinds(checker, text, date) == expected
