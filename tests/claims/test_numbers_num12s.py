"""Numbers the KB can settle, read on sentences written for these tests (issue 12, num12s, the
numbers sweep): an organisation's Nth anniversary is marked in the year founding + N, so an
anniversary one off in the wrong year is flagged, while a sentence that looks ahead keeps the
wide window. Each boundary a verdict depends on has a sentence on each side of it."""

from __future__ import annotations

import pytest

from tests.claims._pipeline import outcome


@pytest.mark.model
@pytest.mark.parametrize("text, date, expected", [
    # NATO was founded on 4 April 1949: its 70th anniversary falls in 2019
    ("Leaders who gathered in London for the 70th anniversary of NATO adopted a declaration.", "2019-12-04", "supported"),
    ("Leaders who gathered in London for the 71st anniversary of NATO adopted a declaration.", "2019-12-04", "flagged"),
    ("NATO leaders reaffirm their bond on the alliance's 70th anniversary.", "2019-12-04", "supported"),
    ("NATO leaders reaffirm their bond on the alliance's 71st anniversary.", "2019-12-04", "flagged"),
    ("The gathering was meant to celebrate the 70th birthday of NATO.", "2019-12-04", "supported"),
    ("The gathering was meant to celebrate the 71st birthday of NATO.", "2019-12-04", "flagged"),
    ("NATO celebrated its 69th anniversary with a ceremony.", "2019-12-04", "flagged"),
    # the year's last day and the next year's first: a 71st anniversary may be marked from 2020
    ("NATO celebrated its 71st anniversary with a ceremony.", "2019-12-31", "flagged"),
    ("NATO celebrated its 71st anniversary with a ceremony.", "2020-01-01", "supported"),
    # ... and a 70th one still, months later
    ("NATO celebrated its 70th anniversary with a ceremony.", "2020-01-01", "supported"),
    # an age is an anniversary too
    ("NATO, 70 years old, faces new threats.", "2018-12-31", "flagged"),
    ("NATO, 70 years old, faces new threats.", "2019-01-01", "supported"),
])
def test_an_anniversary_falls_in_its_own_year(checker, text, date, expected):
    assert outcome(checker, text, date) == expected


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "NATO leaders will celebrate the alliance's 70th anniversary in London.",
    "NATO plans to celebrate its 70th anniversary with a summit.",
    "Preparations for NATO's 70th anniversary are under way.",
    "Ahead of NATO's 70th anniversary, the allies met in Brussels.",
    "NATO is set to mark its 70th anniversary with a summit.",
])
def test_an_anniversary_looked_ahead_to_is_not_flagged(checker, text):
    # written in December 2018, four months before the 70th anniversary
    assert outcome(checker, text, "2018-12-04") == "supported"


@pytest.mark.model
@pytest.mark.parametrize("text, date, expected", [
    # the allies' own commitment, told by "their" after "Allies" (capitalised, as NATO writes it)
    ("NATO leaders met. Most Allies have met their commitment of at least 2 percent of GDP.", "2024-07-11", "supported"),
    ("NATO leaders met. Most Allies have met their commitment of at least 3 percent of GDP.", "2024-07-11", "flagged"),
    ("NATO leaders met. Many of the Allies honoured their pledge of 2% of GDP.", "2024-07-11", "supported"),
    ("NATO leaders met. Many of the Allies honoured their pledge of 4% of GDP.", "2024-07-11", "flagged"),
    # a target noun with a spending verb of its own: "commitment to spend N%"
    ("NATO leaders met. Allies have fulfilled their commitment to spend at least 2 percent of GDP on defence.", "2024-07-11", "supported"),
    ("NATO leaders met. Allies have fulfilled their commitment to spend at least 3 percent of GDP on defence.", "2024-07-11", "flagged"),
    ("NATO leaders met. Most allies now meet the alliance's pledge to spend 2% of GDP on defence.", "2024-07-11", "supported"),
    ("NATO leaders met. Most allies now meet the alliance's pledge to spend 3% of GDP on defence.", "2024-07-11", "flagged"),
    # the 5% pledge replaced the 2% guideline on 2025-06-25: the day before 5% is not flagged (the
    # sentence may speak of the summit to come), the day after it is the target
    ("NATO leaders met. The allies renewed their commitment to spend 2% of GDP on defence.", "2025-06-24", "supported"),
    ("NATO leaders met. The allies renewed their commitment to spend 5% of GDP on defence.", "2025-06-24", "none"),
    ("NATO leaders met. The allies renewed their commitment to spend 5% of GDP on defence.", "2025-06-26", "supported"),
    ("NATO leaders met. The allies renewed their commitment to spend 6% of GDP on defence.", "2025-06-26", "flagged"),
])
def test_the_allies_commitment_of_a_share_of_gdp(checker, text, date, expected):
    assert outcome(checker, text, date) == expected


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "NATO leaders met. Poland has honoured its commitment to spend 4% of GDP on defence.",
    "NATO leaders met. Trump renewed his demand that allies spend 4% of GDP on defence.",
    "NATO leaders met. Poland made a commitment to spend 4% of GDP on defence.",
    "NATO leaders met. The allies' spending rose by 3 percent in real terms.",
])
def test_a_share_that_is_not_the_allies_target_is_not_flagged(checker, text):
    assert outcome(checker, text, "2024-07-11") != "flagged"


@pytest.mark.model
@pytest.mark.parametrize("text, date, expected", [
    # whatever NATO has done for N years, it has existed N years (founded 1949-04-04)
    ("NATO leaders met. The NATO alliance has been the bedrock of European security for over 70 years.", "2020-03-27", "supported"),
    ("NATO leaders met. The NATO alliance has been the bedrock of European security for over 71 years.", "2020-03-27", "flagged"),
    ("NATO has kept the peace in Europe for seven decades.", "2020-03-27", "supported"),
    ("NATO has kept the peace in Europe for eight decades.", "2020-03-27", "flagged"),
    ("NATO has kept the peace in Europe for more than seven decades.", "2020-03-27", "supported"),
    # "more than 71 years": the day before the 71st anniversary and the day after it
    ("NATO has kept the peace for over 71 years.", "2020-04-03", "flagged"),
    ("NATO has kept the peace for over 71 years.", "2020-04-05", "supported"),
    # an exact number is a round one: 70 years of a 62-year-old NATO is still how people write
    ("NATO has guarded its members for 70 years.", "2011-04-05", "supported"),
    ("NATO has guarded its members for 70 years.", "2011-04-03", "flagged"),
])
def test_what_an_organisation_has_done_for_n_years_it_has_existed_for(checker, text, date, expected):
    assert outcome(checker, text, date) == expected


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "NATO allies have been friends for over 100 years.",          # NATO only qualifies the subject
    "NATO has not kept the peace for over 90 years.",             # negated
    "NATO may have kept the peace for over 90 years.",            # not a plain fact
    "The EU has kept the peace in Europe for over 60 years.",     # the Communities before it
    "Turkey has been a NATO member for over 60 years.",           # a state's membership, not NATO's age
])
def test_an_age_not_told_by_the_organisation_is_not_flagged(checker, text):
    assert outcome(checker, text, "2020-03-27") != "flagged"


@pytest.mark.model
@pytest.mark.parametrize("text, date, expected", [
    # North Macedonia became NATO's 30th member on 2020-03-27; the state goes unnamed
    ("North Macedonia joined NATO. As NATO welcomes its 30th member, we reaffirm our commitment.", "2020-03-27", "supported"),
    ("North Macedonia joined NATO. As NATO welcomes its 31st member, we reaffirm our commitment.", "2020-03-27", "flagged"),
    ("North Macedonia joined NATO. The alliance gained its 30th member on Friday.", "2020-03-27", "supported"),
    ("North Macedonia joined NATO. The alliance gained its 31st member on Friday.", "2020-03-27", "flagged"),
    # a count is not contradicted in the fortnight before the member it counts joins (WINDOW_AFTER)
    ("NATO welcomed its 30th member on 13 March 2020.", "2020-04-01", "supported"),
    ("NATO welcomed its 30th member on 12 March 2020.", "2020-04-01", "flagged"),
])
def test_an_organisation_welcoming_its_nth_member_has_n_members(checker, text, date, expected):
    assert outcome(checker, text, date) == expected


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "North Macedonia joined NATO. Stoltenberg welcomed its 31st member.",   # not the organisation's own verb
    "North Macedonia joined NATO. NATO did not welcome its 31st member.",   # negated
])
def test_a_welcomed_rank_not_said_of_the_organisation_is_not_flagged(checker, text):
    assert outcome(checker, text, "2020-03-27") != "flagged"


@pytest.mark.model
@pytest.mark.parametrize("text, date, expected", [
    # a headline's term noun with no owner is the subject's own: Stoltenberg's term was extended by
    # two years on 2019-03-28 and by one year on 2022-03-24
    ("Stoltenberg extends NATO term by a year amid Ukraine crisis. NATO Secretary General Jens Stoltenberg will stay on.", "2022-03-24", "supported"),
    ("Stoltenberg extends NATO term by two years amid Ukraine crisis. NATO Secretary General Jens Stoltenberg will stay on.", "2022-03-24", "flagged"),
    ("Jens Stoltenberg extends term by two years", "2019-03-28", "supported"),
    ("Jens Stoltenberg extends term by two years", "2022-03-24", "flagged"),
    ("Jens Stoltenberg extends term by three years", "2019-03-28", "flagged"),
])
def test_a_headline_extends_the_subjects_own_term(checker, text, date, expected):
    assert outcome(checker, text, date) == expected


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Jens Stoltenberg extended the term by two years.",          # "the term": some term, not his own
    "Joe Biden extends ambassador term by two years",            # no extensions of his in the KB
])
def test_a_term_with_an_article_or_another_holder_is_not_read_as_the_subjects(checker, text):
    assert outcome(checker, text, "2022-03-24") != "flagged"


@pytest.mark.model
@pytest.mark.parametrize("text, date, expected", [
    # "N years ago" is an age: NATO (signed 1949-04-04, in force 1949-08-24) is between N less half
    # a year and N + 1 years old; a participle after a comma is the subject's founding
    ("NATO was founded 75 years ago.", "2025-01-10", "supported"),
    ("NATO was founded 74 years ago.", "2025-01-10", "flagged"),
    ("NATO, founded 75 years ago, met in Brussels.", "2024-04-04", "supported"),
    ("NATO, founded 76 years ago, met in Brussels.", "2024-04-04", "flagged"),
    # rounded up from half a year before: 75.5 years is "76 years ago"
    ("NATO was founded 76 years ago.", "2024-10-02", "flagged"),
    ("NATO was founded 76 years ago.", "2024-10-03", "supported"),
    # 76 years after the entry into force, 75 years ago is over
    ("NATO was founded 75 years ago.", "2025-08-24", "supported"),
    ("NATO was founded 75 years ago.", "2025-08-25", "flagged"),
])
def test_founded_n_years_ago_is_an_age(checker, text, date, expected):
    assert outcome(checker, text, date) == expected


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "NATO was created seven decades ago.",
    "NATO was founded about 76 years ago.",
    "NATO was founded some 80 years ago.",
])
def test_a_rough_age_is_not_flagged(checker, text):
    assert outcome(checker, text, "2024-04-04") != "flagged"


@pytest.mark.model
@pytest.mark.parametrize("text, date, expected", [
    # Vilnius, 11-12 July 2023: two days; a report may count one day less (an opening dinner)
    ("Leaders met in Vilnius for a two-day NATO summit.", "2023-07-12", "supported"),
    ("Leaders met in Vilnius for a three-day NATO summit.", "2023-07-12", "flagged"),
    ("The 2-day NATO summit in Vilnius ends on Wednesday.", "2023-07-12", "supported"),
    ("The 3-day NATO summit in Vilnius ends on Wednesday.", "2023-07-12", "flagged"),
    # Madrid, 28-30 June 2022, reported as "the two-day summit" as often as three: 2 and 3 agree
    ("The two-day NATO summit in Madrid ended on Thursday.", "2022-06-30", "supported"),
    ("The three-day NATO summit in Madrid ended on Thursday.", "2022-06-30", "supported"),
    ("The four-day NATO summit in Madrid ended on Thursday.", "2022-06-30", "flagged"),
    ("The one-day NATO summit in Madrid ended on Thursday.", "2022-06-30", "flagged"),
    # Brussels, 14 June 2021: one day
    ("The one-day NATO summit in Brussels opened on Monday.", "2021-06-14", "supported"),
    ("The two-day NATO summit in Brussels opened on Monday.", "2021-06-14", "flagged"),
])
def test_a_summits_length_in_days(checker, text, date, expected):
    assert outcome(checker, text, date) == expected


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Leaders met in Vilnius for a three-day visit before the NATO summit.",   # the visit's days
    "Leaders spent three days in Vilnius at the NATO summit.",                # not the summit's noun
])
def test_days_not_said_of_the_summit_are_not_flagged(checker, text):
    assert outcome(checker, text, "2023-07-12") != "flagged"


@pytest.mark.model
@pytest.mark.parametrize("text, date, expected", [
    # some of the members, counted: never more than all of them (NATO: 32 from 2024-03-07)
    ("NATO leaders met. 32 NATO members agreed on Ukraine aid.", "2024-07-10", "supported"),
    ("NATO leaders met. 33 NATO members agreed on Ukraine aid.", "2024-07-10", "flagged"),
    ("NATO leaders met. Twenty NATO members agreed on Ukraine aid.", "2024-07-10", "supported"),
    ("NATO leaders met. 33 NATO member states agreed on Ukraine aid.", "2024-07-10", "flagged"),
    ("EU leaders met. 28 EU countries signed the deal.", "2019-07-10", "supported"),
    ("EU leaders met. 28 EU countries signed the deal.", "2021-07-10", "flagged"),
    # the count's window reaches 14 days after its day (WINDOW_AFTER): Sweden's accession is
    # already in print a fortnight before it
    ("NATO leaders met. 32 NATO members agreed on Ukraine aid.", "2024-02-22", "supported"),
    ("NATO leaders met. 32 NATO members agreed on Ukraine aid.", "2024-02-21", "flagged"),
])
def test_some_members_counted_are_never_more_than_all(checker, text, date, expected):
    assert outcome(checker, text, date) == expected


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "NATO leaders met. Some 33 NATO members agreed on Ukraine aid.",   # rough
    "NATO leaders met. 33 NATO staff members agreed on Ukraine aid.",  # another noun before it
    "NATO leaders met. 40 NATO soldiers died.",                        # not members
])
def test_a_part_that_is_not_a_count_of_members_is_not_flagged(checker, text):
    assert outcome(checker, text, "2024-07-10") != "flagged"
