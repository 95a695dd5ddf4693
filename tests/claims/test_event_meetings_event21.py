"""Meetings other than NATO summits (session 14, helper event21), on sentences written for these
tests: the KB's new NATO defence ministers' meetings in Brussels (26-27 June 2019), the foreign
ministers' meetings in Washington (3-4 April 2019) and Antalya (13-14 May 2015, beside the informal
one there in 2025), the G7 summit at Ise-Shima (26-27 May 2016), the G20 summit in Hangzhou (4-5
September 2016) and the EU's informal summit in Sibiu (9 May 2019). Each boundary is tested: the
first and last day of the meeting, the day before and the day after.

A meeting the KB does not know links to nothing: a bilateral meeting on a ministerial's day, a
meeting of a grouping the KB lacks, the EU summit in Brussels on the day of an informal one (the
KB lists a few of the EU's informal summits, not its formal ones).
"""

from __future__ import annotations

import pytest

from bench.paraphrases import outcome

pytestmark = pytest.mark.model


@pytest.mark.parametrize("published, text, expected", [
    # first and last day, in Brussels or in another city
    ('2019-06-28', 'NATO defence ministers met in Brussels on 26 June.', 'supported'),
    ('2019-06-28', 'NATO defence ministers met in Brussels on 27 June.', 'supported'),
    ('2019-06-28', 'NATO defence ministers met in Warsaw on 26 June.', 'flagged'),
    ('2019-06-28', 'NATO defence ministers met in Warsaw on 27 June.', 'flagged'),
    # the day before and after: ministers meet in Brussels many times a year, some the KB does not
    # list, and a day that is no listed meeting's picks none out
    ('2019-06-28', 'NATO defence ministers met in Brussels on 25 June.', 'none'),
    ('2019-06-30', 'NATO defence ministers met in Brussels on 28 June.', 'none'),
    ('2019-06-28', 'NATO defence ministers met in Warsaw on 25 June.', 'none'),
    ('2019-06-30', 'NATO defence ministers met in Warsaw on 28 June.', 'none'),
    # the month of the one meeting of that level there that month
    ('2019-07-10', 'NATO defence ministers met in Brussels in June.', 'supported'),
    # another level's meeting on that day is not this one
    ('2019-06-28', 'NATO foreign ministers met in Warsaw on 26 June.', 'none'),
])
def test_a_defence_ministers_meeting_in_brussels(checker, published, text, expected):
    assert outcome(checker.findings(text, published)) == expected


@pytest.mark.parametrize("published, text, expected", [
    ('2019-04-10', "NATO foreign ministers met in Washington on 3 April for talks on Russia.", 'supported'),
    ('2019-04-10', "NATO foreign ministers met in Washington on 4 April for talks on Russia.", 'supported'),
    # the one meeting of foreign ministers the KB lists there that year, away from Brussels: the
    # day before or after it is a wrong date
    ('2019-04-10', "NATO foreign ministers met in Washington on 2 April for talks on Russia.", 'flagged'),
    ('2019-04-10', "NATO foreign ministers met in Washington on 5 April for talks on Russia.", 'flagged'),
    ('2019-04-10', "NATO foreign ministers met in Paris on 3 April for talks on Russia.", 'flagged'),
    ('2019-04-10', "NATO foreign ministers met in Paris on 5 April for talks on Russia.", 'none'),
])
def test_the_foreign_ministers_meeting_in_washington(checker, published, text, expected):
    assert outcome(checker.findings(text, published)) == expected


@pytest.mark.parametrize("published, text, expected", [
    ('2015-05-20', 'NATO foreign ministers met in Antalya on 13 May.', 'supported'),
    ('2015-05-20', 'NATO foreign ministers met in Antalya on 14 May.', 'supported'),
    ('2015-05-20', 'NATO foreign ministers met in Antalya on 15 May.', 'flagged'),
    ('2025-05-20', 'NATO foreign ministers met in Antalya on 15 May.', 'supported'),
    # Antalya held two: a year that is neither's picks none out
    ('2016-05-20', 'NATO foreign ministers met in Antalya last week.', 'none'),
])
def test_two_foreign_ministers_meetings_in_antalya(checker, published, text, expected):
    assert outcome(checker.findings(text, published)) == expected


@pytest.mark.parametrize("published, text, expected", [
    ('2016-05-30', 'The G7 summit in Ise-Shima opened on 26 May 2016.', 'supported'),
    ('2016-05-30', 'The G7 summit in Hiroshima opened on 26 May 2016.', 'flagged'),
    ('2016-09-10', 'The G20 summit in Hangzhou was held on 4-5 September 2016.', 'supported'),
    ('2016-09-10', 'The G20 summit in Hangzhou opened on 4 September 2016.', 'supported'),
    ('2016-09-10', 'The G20 summit in Hangzhou ended on 5 September 2016.', 'supported'),
    ('2016-09-10', 'The G20 summit in Hangzhou opened on 3 September 2016.', 'flagged'),
    ('2016-09-10', 'The G20 summit in Hangzhou ended on 6 September 2016.', 'flagged'),
    ('2016-09-10', 'The G20 summit in Shanghai opened on 4 September 2016.', 'flagged'),
])
def test_g7_and_g20_summits_of_2015_and_2016(checker, published, text, expected):
    assert outcome(checker.findings(text, published)) == expected


@pytest.mark.parametrize("published, text, expected", [
    ('2019-05-10', 'EU leaders met in Sibiu on 9 May for an informal summit.', 'supported'),
    ('2019-05-10', 'EU leaders met in Brussels on 9 May for an informal summit.', 'flagged'),
    # the day before and after: the KB lists a few of the EU's summits, not the series
    ('2019-05-10', 'EU leaders met in Sibiu on 8 May for an informal summit.', 'none'),
    ('2019-05-12', 'EU leaders met in Sibiu on 10 May for an informal summit.', 'none'),
    ('2019-05-10', 'EU leaders met in Brussels on 8 May for an informal summit.', 'none'),
    ('2019-05-12', 'EU leaders met in Brussels on 10 May for an informal summit.', 'none'),
    # other informal summits and wordings: "outside Paris" is somewhere in France (Versailles)
    ('2022-03-15', 'EU leaders met outside Paris on 10 March for an informal summit.', 'supported'),
    ('2022-03-15', 'EU leaders met in Versailles on 10 March for an informal summit.', 'supported'),
    ('2022-03-15', 'EU leaders met in Madrid on 10 March for an informal summit.', 'flagged'),
    ('2018-09-25', 'EU leaders met in Salzburg on 20 September for an informal summit.', 'supported'),
    ('2016-09-20', 'EU leaders met in Prague on 16 September for an informal summit.', 'flagged'),
    # a formal summit the KB does not list, named on the informal one's day
    ('2019-05-09', 'Leaders will discuss the nominations at the EU summit in Brussels.', 'none'),
])
def test_an_informal_eu_summit(checker, published, text, expected):
    assert outcome(checker.findings(text, published)) == expected


@pytest.mark.parametrize("published, text, expected", [
    ('2019-04-05', 'Pompeo and Cavusoglu held a bilateral meeting in Ankara on 3 April.', 'none'),
    ('2019-06-28', 'The Nordic defence ministers met in Oslo on 26 June.', 'none'),
    ('2016-05-30', 'Obama and Abe held a summit in Tokyo on 26 May 2016.', 'none'),
])
def test_a_meeting_the_kb_does_not_know_links_to_nothing(checker, published, text, expected):
    assert outcome(checker.findings(text, published)) == expected
