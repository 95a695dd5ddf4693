"""SCO summits 2015-2025 (meet26, session 17): the Shanghai Cooperation Organisation's Council of
Heads of State (kb/data/gatherings.yaml), dated to the month, checked by the summit readers
(`claims/summits.py`) as BRICS's are. Sentences written for these tests with true facts, each with a
false twin; another series, another year and an unlisted SCO meeting must stay silent."""

from __future__ import annotations

import pytest

from bench.paraphrases import outcome

pytestmark = pytest.mark.model


@pytest.mark.parametrize("published, text, expected", [
    # place: the host city, or the state where the KB gives only the state (Ufa)
    ('2022-09-20', 'Leaders met at the SCO summit in Samarkand last week.', 'supported'),
    ('2022-09-20', 'Leaders met at the 2022 SCO summit in Moscow.', 'flagged'),
    ('2018-06-20', 'The 2018 SCO summit in Qingdao was the first since India and Pakistan joined.', 'supported'),
    ('2018-06-20', 'The 2018 SCO summit in Tianjin was the first since India and Pakistan joined.', 'flagged'),
    ('2024-07-10', 'Belarus joined the bloc at the SCO summit in Astana this month.', 'supported'),
    ('2024-07-10', 'Belarus joined the bloc at the 2024 SCO summit in Minsk.', 'flagged'),
    ('2025-09-05', 'Modi attended the SCO summit in Tianjin last week.', 'supported'),
    ('2025-09-05', 'Modi attended the 2025 SCO summit in Beijing.', 'flagged'),
    ('2021-09-25', 'The SCO summit in Dushanbe ended last week.', 'supported'),
    ('2015-07-15', 'The SCO summit in Ufa, Russia, ended last week.', 'supported'),
    # the month (the KB dates these summits to the month)
    ('2023-01-10', 'Xi and Putin met at the SCO summit in Samarkand in September 2022.', 'supported'),
    ('2023-01-10', 'Xi and Putin met at the SCO summit in Samarkand in October 2022.', 'flagged'),
    ('2023-01-10', 'Xi and Putin met at the SCO summit in Samarkand in August 2022.', 'flagged'),
    # another host city of the series, given the year, is the wrong place
    ('2022-12-01', 'The 2022 SCO summit was held in Tashkent.', 'flagged'),
    ('2017-07-01', 'The 2017 SCO summit in Astana admitted India and Pakistan.', 'supported'),
    ('2019-07-01', 'The 2019 SCO summit in Astana was chaired by Kyrgyzstan.', 'flagged'),
    # Tianjin ran from 31 August into 1 September 2025
    ('2025-10-01', 'The SCO summit in Tianjin opened in August 2025.', 'supported'),
    ('2025-10-01', 'The SCO summit in Tianjin opened in July 2025.', 'flagged'),
])
def test_sco_summits(checker, published, text, expected):
    assert outcome(checker.findings(text, published)) == expected


@pytest.mark.parametrize("published, text", [
    # another series in the same city, another year, an SCO meeting the KB does not list
    ('2023-09-01', 'The BRICS summit in Johannesburg ended last week.'),
    ('2017-06-20', 'SCO foreign ministers met in Astana in April.'),
    ('2019-06-20', 'The SCO defence ministers met in Bishkek in April.'),
    # two summits in Astana (2017, 2024): a day counted from the article links neither
    ('2024-07-10', 'The SCO summit in Astana ended last week.'),
])
def test_not_flagged(checker, published, text):
    assert outcome(checker.findings(text, published)) != "flagged"
