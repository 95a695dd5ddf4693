"""Summits of other series than NATO's (the Quad, the G7, the G20): named by their number in the
series ("the second Quad Leaders' Summit", "the 47th G7 summit"), by the participle that places
and dates them ("the summit, held in X in June 2021, was ..."), by their place and date, and the
traps that must stay silent (an ordinal that counts something else, a meeting that may be a
ministerial one, a place without a date, a summit the KB does not list). Sentences written for
these tests, checked as `accord check` checks an article; the outcome is the one `bench/news.py`
counts: flagged, supported or none."""

from __future__ import annotations

import pytest

from bench.paraphrases import outcome

pytestmark = pytest.mark.model


@pytest.mark.parametrize("published, text, expected", [
    ('2024-09-22', "The second Quad Leaders' Summit (first in-person) was held in Washington, DC, on September 24, 2021.", 'supported'),
    ('2024-09-22', "The second Quad Leaders' Summit (first in-person) was held in Washington, DC, on September 24, 2020.", 'flagged'),
    ('2024-09-22', "The second Quad Leaders' Summit was held in Tokyo on September 24, 2021.", 'flagged'),
    ('2023-06-01', "The 47th G7 summit, held in Carbis Bay in June 2021, was Biden's first trip abroad.", 'supported'),
    ('2023-06-01', "The 47th G7 summit, held in Biarritz in June 2021, was Biden's first trip abroad.", 'flagged'),
    ('2023-06-01', "The 47th G7 summit, held in Carbis Bay in June 2019, was Biden's first trip abroad.", 'flagged'),
    ('2025-01-10', 'Leaders gathered in Rio de Janeiro for the 19th G20 summit on 18 and 19 November 2024.', 'supported'),
    ('2025-01-10', 'Leaders gathered in Rio de Janeiro for the 19th G20 summit on 18 and 19 October 2024.', 'flagged'),
    ('2025-01-10', "The sixth Quad leaders' summit took place in Wilmington, Delaware, Biden's hometown.", 'supported'),
    ('2025-01-10', "The sixth Quad leaders' summit took place in Sydney, Australia.", 'flagged'),
    ('2022-12-01', 'Indonesia hosted the 17th G20 summit in Bali last month.', 'supported'),
    ('2022-12-01', 'Indonesia hosted the 17th G20 summit in Osaka last month.', 'flagged'),
    ('2024-09-22', 'Modi attended the first in-person Quad summit in Washington in 2021.', 'supported'),
    ('2024-09-22', "It was Biden's first Quad summit as host in Sydney.", 'none'),
    ('2024-09-22', 'The first Quad summit in India will be held next year.', 'none'),
    ('2023-09-12', 'The G20 summit in New Delhi ended on Sunday with a joint declaration.', 'supported'),
    ('2023-09-12', 'The G20 summit in New Delhi ended on Tuesday with a joint declaration.', 'flagged'),
    ('2019-07-01', 'At the G20 summit in Osaka on Friday, Trump met Xi.', 'supported'),
    ('2019-07-01', 'At the G20 summit in Hamburg on Friday, Trump met Xi.', 'flagged'),
    ('2018-12-03', 'The G-20 summit in Buenos Aires, Argentina, wrapped up on Saturday.', 'supported'),
    ('2018-12-03', 'The G-20 summit in Cordoba, Argentina, wrapped up on Saturday.', 'flagged'),
    ('2023-03-05', 'G20 foreign ministers met in New Delhi on March 2, 2023.', 'none'),
    ('2023-03-05', 'A G20 meeting in New Delhi on March 2 ended without a joint statement.', 'none'),
    ('2009-04-05', 'The G20 summit in London on April 2 agreed a stimulus package.', 'none'),
    ('2026-12-01', 'The G20 summit in Miami in December 2026 will be hosted by Trump.', 'none'),
    ('2024-06-01', 'The G7 summit in Apulia, Italy, will open on June 13.', 'supported'),
    ('2024-06-01', 'The G7 summit in Apulia, Italy, will open on June 23.', 'flagged'),
    ('2025-01-10', 'The AUKUS summit took place in San Diego.', 'none'),
    ('2021-07-01', 'Morrison went to the "47th G7 summit" in Cornwall last month.', 'supported'),
    # a county the KB does not know says nothing of the place; one it knows elsewhere in England
    # (Kent, session 13) contradicts Cornwall
    ('2021-07-01', 'Morrison went to the "47th G7 summit" in Somerset last month.', 'supported'),
    ('2021-07-01', 'Morrison went to the "47th G7 summit" in Kent last month.', 'flagged'),
    ('2022-11-20', 'The seventeenth G20 summit was hosted by Indonesia in Bali.', 'supported'),
    # the passive's host is read (Indonesia: true); the island (no KB place, and no city) is not
    ('2022-11-20', 'The 17th G20 summit was hosted by Indonesia on the island of Java.', 'supported'),
    ('2022-11-20', 'The 17th G20 summit was hosted by Malaysia on the island of Java.', 'flagged'),
    # ordinals that count something else: an anniversary, a run of summits, a person's
    ('2025-06-10', 'The 50th anniversary G7 summit opens in Kananaskis next week.', 'supported'),
    ('2025-06-10', 'Carney will chair the second consecutive G7 summit held in Canada.', 'supported'),
    ('2025-06-10', "It is Carney's first G7 summit as prime minister.", 'none'),
    ('2023-05-20', 'Leaders met on the second day of the G7 summit in Hiroshima on Saturday.', 'supported'),
])
def test_another_series_summit(checker, published, text, expected):
    assert outcome(checker.findings(text, published)) == expected
