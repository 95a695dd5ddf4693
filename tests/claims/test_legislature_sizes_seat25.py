"""The size of a parliament and the majority in it (seat25, session 17; claims/legislature_sizes.py):
"the 450-seat Rada", "the Sejm's 460 seats", "all 349 members of the Riksdag", "176 votes are
needed for an absolute majority", checked against kb/data/legislatures.yaml on the sentence's or
the article's day. Sentences written for these tests, true on the day given unless the test
changes a number."""

from __future__ import annotations

import pytest

from ._pipeline import verdicts

pytestmark = pytest.mark.model

SEATS, MAJORITY = "legislature_seats", "legislature_majority"


@pytest.mark.parametrize("text, kind", [
    ("Ukraine's 450-seat Verkhovna Rada passed the law on Thursday.", "supported"),
    ("The 450-member Rada passed the law.", "supported"),
    ("The 451-seat Rada passed the law.", "contradicted_by_kb"),
    ("Lawmakers in the 460-seat Sejm rejected the bill.", "supported"),
    ("Lawmakers in the 560-seat Sejm rejected the bill.", "contradicted_by_kb"),
    ("Law and Justice holds 194 of the Sejm's 460 seats.", "supported"),
    ("Law and Justice holds 194 of the Sejm's 406 seats.", "contradicted_by_kb"),
    ("All 349 members of the Riksdag took part in the vote.", "supported"),
    ("All 394 members of the Riksdag took part in the vote.", "contradicted_by_kb"),
    ("The Storting, which has 169 seats, approved the budget.", "supported"),
    ("The Storting, which has 196 seats, approved the budget.", "contradicted_by_kb"),
    ("The Knesset has 120 members.", "supported"),
    ("The Knesset has 112 members.", "contradicted_by_kb"),
    ("The 720-member European Parliament elected its president.", "supported"),
    ("The 705-member European Parliament elected its president.", "contradicted_by_kb"),
])
def test_the_size_of_a_chamber_named_by_its_own_name(accord_annotator, text, kind):
    assert verdicts(accord_annotator, text, "2024-09-10", SEATS) == [kind]


@pytest.mark.parametrize("text, kind", [
    ("Japan's 465-seat lower house was dissolved on Wednesday.", "supported"),
    ("Japan's 475-seat lower house was dissolved on Wednesday.", "contradicted_by_kb"),
    ("The 100-seat US Senate confirmed the nominee.", "supported"),
    ("The 101-seat US Senate confirmed the nominee.", "contradicted_by_kb"),
    ("Poland's 100-seat Senate approved the bill.", "supported"),
    ("The bill went to the 199-seat Hungarian parliament.", "supported"),
    ("The bill went to the 299-seat Hungarian parliament.", "contradicted_by_kb"),
    ("Lawmakers in the 450-seat parliament of Ukraine approved it.", "supported"),
    ("Lawmakers in Sweden's 349-seat parliament approved it.", "supported"),
])
def test_a_shared_name_with_its_state_in_the_phrase(accord_annotator, text, kind):
    assert verdicts(accord_annotator, text, "2024-10-09", SEATS) == [kind]


@pytest.mark.parametrize("text, kind", [
    ("A majority in the 349-seat Riksdag requires 175 votes.", "supported"),
    ("A majority in the 349-seat Riksdag requires 174 votes.", "contradicted_by_kb"),
    ("A majority in the 349-seat Riksdag requires 176 votes.", "contradicted_by_kb"),
    ("176 votes are needed for an absolute majority in Spain's 350-seat Congress.", "supported"),
    ("177 votes are needed for an absolute majority in Spain's 350-seat Congress.", "contradicted_by_kb"),
    ("326 seats are needed for a majority in Britain's House of Commons.", "supported"),
    ("325 seats are needed for a majority in Britain's House of Commons.", "contradicted_by_kb"),
])
def test_the_seats_an_absolute_majority_needs(accord_annotator, text, kind):
    assert verdicts(accord_annotator, text, "2023-11-16", MAJORITY) == [kind]


@pytest.mark.parametrize("text", [
    "A two-thirds majority in the 460-seat Sejm requires 307 votes.",
    "A simple majority in the 460-seat Sejm requires 120 votes.",
    "The coalition has a majority of 240 in the 460-seat Sejm.",
    "Johnson won a majority of 80 in the House of Commons.",
])
def test_other_majorities_are_not_read(accord_annotator, text):
    assert verdicts(accord_annotator, text, "2023-11-16", MAJORITY) == []


@pytest.mark.parametrize("text", [
    "Labour won 411 seats in the House of Commons.",
    "Law and Justice won 194 seats in the Sejm.",
    "The Bundestag's 30-member defence committee met on Monday.",
    "Some 450 MPs voted for the motion in the Bundestag.",
    "Italy's 600-member parliament met in joint session.",    # both houses: not one chamber
    "The 81-seat parliament voted.",                          # no state named anywhere
    "Scholz spoke to the 450-seat parliament in Kyiv.",       # a state named, but not the parliament's
    "Since 2022, Italy's 400-seat lower house has met in Rome.",  # a stretch of time, not a day
    "The 27-member bloc and the 32-member alliance met.",
    "The European Parliament's 96 members from Germany met.",          # a part of the house
    "All 96 members of the European Parliament from Germany met.",
    "The Greens won 12 of the 96 seats in the European Parliament.",   # a state's share
    "The Bundestag's 299 seats elected directly went to the CDU.",
    "The new 400-seat Bundestag will be elected in May.",              # a house to come
    "The 720-member European Parliament delegation arrived.",          # another noun after the name
])
def test_what_is_not_a_chamber_size(accord_annotator, text):
    assert verdicts(accord_annotator, text, "2024-09-10", SEATS) == []


def test_a_shared_name_in_an_article_about_one_state(accord_annotator):
    text = ("PODGORICA, Montenegro (AP) - Montenegro's parliament voted on Friday. "
            "The opposition stayed away from the vote in the {n}-seat parliament.")
    assert verdicts(accord_annotator, text.format(n=81), "2022-04-29", SEATS) == ["supported"]
    assert verdicts(accord_annotator, text.format(n=82), "2022-04-29", SEATS) == ["contradicted_by_kb"]
    dutch = ("THE HAGUE, Netherlands (AP) - The Dutch king swore in a new government. "
             "The party took 37 of the {n} seats in the lower house.")
    assert verdicts(accord_annotator, dutch.format(n=150), "2024-07-02", SEATS) == ["supported"]
    assert verdicts(accord_annotator, dutch.format(n=151), "2024-07-02", SEATS) == ["contradicted_by_kb"]


@pytest.mark.parametrize("text, date, kind", [
    ("The 630-seat Bundestag met.", "2025-03-25", "supported"),       # the new house's first sitting
    ("The 630-seat Bundestag met.", "2025-03-24", "unverifiable"),    # the day before: between two houses
    ("The 736-seat Bundestag met.", "2023-02-28", "supported"),
    ("The 736-seat Bundestag met.", "2023-03-01", "unverifiable"),    # the reform to 630 on its way
    ("The 709-seat Bundestag met.", "2021-09-25", "supported"),       # the eve of the election
    ("The 709-seat Bundestag met.", "2021-09-26", "unverifiable"),    # election day
    ("The 751-member European Parliament voted.", "2017-12-31", "supported"),
    ("The 705-member European Parliament voted.", "2017-12-31", "contradicted_by_kb"),
    ("The 705-member European Parliament voted.", "2018-01-01", "unverifiable"),
    ("The 705-member European Parliament voted.", "2020-01-31", "unverifiable"),
    ("The 705-member European Parliament voted.", "2020-02-01", "supported"),
    ("The 720-member European Parliament voted.", "2023-05-31", "contradicted_by_kb"),
    ("The 720-member European Parliament voted.", "2023-06-01", "unverifiable"),
    ("The 720-member European Parliament voted.", "2024-07-15", "unverifiable"),
    ("The 720-member European Parliament voted.", "2024-07-16", "supported"),
    ("Italy's 400-seat Chamber of Deputies met.", "2022-10-13", "supported"),
    ("Italy's 400-seat Chamber of Deputies met.", "2022-10-12", "unverifiable"),
    ("Italy's 630-seat Chamber of Deputies met.", "2019-09-30", "supported"),
    ("Italy's 630-seat Chamber of Deputies met.", "2019-10-01", "unverifiable"),
    ("Japan's 465-seat lower house met.", "2017-10-22", "supported"),
    ("Japan's 465-seat lower house met.", "2017-10-21", "unverifiable"),
    ("The 151-seat Australian House of Representatives met.", "2019-05-18", "supported"),
    ("The 151-seat Australian House of Representatives met.", "2019-05-17", "unverifiable"),
    ("The 150-seat Australian House of Representatives met.", "2025-05-03", "supported"),
    ("The 150-seat Australian House of Representatives met.", "2025-05-02", "unverifiable"),
    ("Canada's 343-seat House of Commons met.", "2025-04-28", "supported"),
    ("Canada's 343-seat House of Commons met.", "2025-04-27", "unverifiable"),
])
def test_the_days_a_size_changes(accord_annotator, text, date, kind):
    assert verdicts(accord_annotator, text, date, SEATS) == [kind]


def test_the_sentences_own_year_over_a_change_is_a_window(accord_annotator):
    text = "In 2019, Italy's 630-seat Chamber of Deputies voted."
    assert verdicts(accord_annotator, text, "2024-05-01", SEATS) == ["unverifiable"]
    assert verdicts(accord_annotator, "In 2018, Italy's 630-seat Chamber of Deputies voted.", "2024-05-01",
                    SEATS) == ["supported"]
    assert verdicts(accord_annotator, "In 2018, Italy's 400-seat Chamber of Deputies voted.", "2024-05-01",
                    SEATS) == ["contradicted_by_kb"]


def test_life_senators_are_not_a_wrong_size(accord_annotator):
    assert verdicts(accord_annotator, "Italy's 206-member Senate voted.", "2023-11-16", SEATS) == ["unverifiable"]
    assert verdicts(accord_annotator, "Italy's 200-member Senate voted.", "2023-11-16", SEATS) == ["supported"]
    assert verdicts(accord_annotator, "Italy's 190-member Senate voted.", "2023-11-16", SEATS) == ["contradicted_by_kb"]
