"""Series of gatherings beside NATO's own (meet25, session 17): the BRICS summits, the UN climate
change conferences (COP21-COP30), APEC's leaders' meetings, the Munich Security Conference and the
Shangri-La Dialogue and the ASEAN summits of 2023-2025 (kb/data/gatherings.yaml). Their place, days, host and number in the series are
checked as the G7's and G20's are (`claims/summits.py`); a COP is named by its own name ("COP28",
"the COP26 summit"), the two conferences by theirs ("the Shangri-La Dialogue"). Sentences written
for these tests with true facts, each with a false twin; the traps (another series, a ministers'
meeting, a gathering the KB does not list) must stay silent. Checked as `accord check` checks an
article; the outcome is the one `bench/news.py` counts: flagged, supported or none."""

from __future__ import annotations

import pytest

from bench.paraphrases import outcome

pytestmark = pytest.mark.model


@pytest.mark.parametrize("published, text, expected", [
    # BRICS: place, day, host and number
    ('2024-10-25', 'The BRICS summit in Kazan opened on Tuesday.', 'supported'),
    ('2024-10-25', 'The BRICS summit in Kazan opened on Friday last week.', 'flagged'),
    ('2024-11-01', 'The 16th BRICS summit was held in Kazan, Russia, last week.', 'supported'),
    ('2024-11-01', 'The 16th BRICS summit was held in Johannesburg last week.', 'flagged'),
    ('2023-09-01', 'South Africa hosted the 15th BRICS summit in Johannesburg in August.', 'supported'),
    ('2023-09-01', 'South Africa hosted the 15th BRICS summit in Xiamen in August.', 'flagged'),
    ('2024-10-20', 'Russia will host the BRICS summit in Kazan next week.', 'supported'),
    ('2024-10-20', 'China will host the BRICS summit in Kazan next week.', 'flagged'),
    ('2024-11-01', 'Modi attended the BRICS summit in Kazan in October 2024.', 'supported'),
    ('2024-11-01', 'Modi attended the BRICS summit in Kazan in October 2023.', 'flagged'),
    ('2019-11-20', 'The 11th BRICS summit was held in Brasília on 13 and 14 November 2019.', 'supported'),
    ('2019-11-20', 'The 11th BRICS summit was held in Brasília on 13 and 14 October 2019.', 'flagged'),
    # a city of the state where the KB gives only the state (Ufa, Goa) is not contradicted
    ('2016-10-20', 'The BRICS summit in Goa, India, ended on Sunday.', 'supported'),
    ('2015-07-12', 'The BRICS summit in Ufa ended on Thursday.', 'supported'),
    ('2015-07-12', 'The BRICS summit in Minsk ended on Thursday.', 'flagged'),
    # the first and last day (Kazan, 22-24 October 2024)
    ('2024-11-10', 'The BRICS summit in Kazan opened on October 22, 2024.', 'supported'),
    ('2024-11-10', 'The BRICS summit in Kazan opened on October 21, 2024.', 'flagged'),
    ('2024-11-10', 'The BRICS summit in Kazan ended on October 24, 2024.', 'supported'),
    ('2024-11-10', 'The BRICS summit in Kazan ended on October 25, 2024.', 'flagged'),
    # COP: named by its number, with or without a noun
    ('2023-12-15', 'The COP28 climate conference in Dubai ended on Wednesday.', 'supported'),
    ('2023-12-15', 'The COP28 climate conference in Baku ended on Wednesday.', 'flagged'),
    ('2021-11-20', 'The COP26 summit in Paris closed last weekend.', 'flagged'),
    ('2024-10-01', 'COP29 will be held in Baku in November.', 'supported'),
    ('2024-10-01', 'COP29 will be held in Yerevan in November.', 'flagged'),
    ('2023-01-10', 'COP27 took place in Sharm el-Sheikh, Egypt, in November 2022.', 'supported'),
    ('2023-01-10', 'COP27 took place in Sharm el-Sheikh, Egypt, in November 2021.', 'flagged'),
    ('2025-12-01', 'Leaders gathered at COP30 in Belém, Brazil, last month.', 'supported'),
    ('2025-12-01', 'Leaders gathered at COP30 in Manaus, Brazil, last month.', 'flagged'),
    ('2016-01-10', 'The Paris Agreement was adopted at COP21 in Paris in December 2015.', 'supported'),
    ('2017-11-20', 'COP23 in Bonn closed on Friday.', 'supported'),
    # COP28 ran from November into December 2023 (dated to the month)
    ('2024-01-10', 'COP28 opened in Dubai in November 2023.', 'supported'),
    ('2024-01-10', 'COP28 opened in Dubai in October 2023.', 'flagged'),
    ('2024-01-10', 'COP28 ended in Dubai in December 2023.', 'supported'),
    ('2024-01-10', 'COP28 ended in Dubai in January 2024.', 'flagged'),
    # APEC
    ('2023-11-20', 'APEC leaders met in San Francisco last week.', 'supported'),
    ('2023-11-20', 'The APEC summit in San Francisco ended on Friday.', 'supported'),
    ('2023-11-20', 'The APEC summit in Bangkok in November 2023 ended on Friday.', 'flagged'),
    ('2022-11-25', 'Thailand hosted the APEC summit in Bangkok this month.', 'supported'),
    ('2022-11-25', 'Vietnam hosted the APEC summit in Bangkok this month.', 'flagged'),
    ('2017-11-15', 'Trump attended the APEC summit in Da Nang, Vietnam, last week.', 'supported'),
    # ASEAN summits 2023-2025, hosted by the chair
    ('2024-10-12', 'Leaders met at the ASEAN summit in Vientiane on Thursday.', 'supported'),
    ('2024-10-12', 'Leaders met at the ASEAN summit in Hanoi on Thursday.', 'flagged'),
    ('2023-09-08', 'Indonesia hosted the 43rd ASEAN Summit in Jakarta this week.', 'supported'),
    ('2023-09-08', 'Indonesia hosted the 43rd ASEAN Summit in Bangkok this week.', 'flagged'),
    ('2023-09-08', 'Malaysia hosted the 43rd ASEAN Summit in Jakarta this week.', 'flagged'),
    ('2025-11-01', 'Trump attended the 47th ASEAN Summit in Kuala Lumpur in October.', 'supported'),
    ('2025-11-01', 'Trump attended the 47th ASEAN Summit in Kuala Lumpur in September.', 'flagged'),
    # the Munich Security Conference (2025: 14-16 February)
    ('2025-02-16', 'Vance addressed the Munich Security Conference on Friday.', 'supported'),
    ('2025-02-20', 'Vance addressed the Munich Security Conference on February 7, 2025.', 'flagged'),
    ('2025-02-20', 'The Munich Security Conference was held in Munich on February 14-16, 2025.', 'supported'),
    ('2025-02-20', 'The Munich Security Conference was held in Berlin on February 14-16, 2025.', 'flagged'),
    ('2025-02-20', 'The Munich Security Conference opened on February 14, 2025.', 'supported'),
    ('2025-02-20', 'The Munich Security Conference opened on February 13, 2025.', 'flagged'),
    ('2025-02-20', 'The Munich Security Conference closed on February 16, 2025.', 'supported'),
    ('2025-02-20', 'The Munich Security Conference closed on February 17, 2025.', 'flagged'),
    ('2023-02-20', 'Harris spoke at the Munich Security Conference in February.', 'supported'),
    ('2023-02-20', 'Harris spoke at the Munich Security Conference in March 2023.', 'flagged'),
    ('2024-02-20', 'Zelensky spoke at the 60th Munich Security Conference on Saturday.', 'supported'),
    # the Shangri-La Dialogue (2024: 31 May - 2 June)
    ('2024-06-03', 'Austin spoke at the Shangri-La Dialogue in Singapore on Saturday.', 'supported'),
    ('2024-06-03', 'Austin spoke at the Shangri-La Dialogue in Singapore on June 8, 2024.', 'flagged'),
    ('2022-06-15', 'Kishida gave the keynote address at the Shangri-La Dialogue in Singapore on June 10, 2022.', 'supported'),
    ('2022-06-15', 'Kishida gave the keynote address at the Shangri-La Dialogue in Jakarta on June 10, 2022.', 'flagged'),
    ('2024-06-10', 'The Shangri-La Dialogue opened in Singapore on May 31, 2024.', 'supported'),
    ('2024-06-10', 'The Shangri-La Dialogue opened in Singapore on May 30, 2024.', 'flagged'),
    ('2024-06-10', 'The Shangri-La Dialogue closed in Singapore on June 2, 2024.', 'supported'),
    ('2024-06-10', 'The Shangri-La Dialogue closed in Singapore on June 3, 2024.', 'flagged'),
    ('2024-06-01', 'At the Shangri-La Dialogue, which opened in Singapore on Friday, Austin met Dong Jun.', 'supported'),
])
def test_series_of_gatherings(checker, published, text, expected):
    assert outcome(checker.findings(text, published)) == expected


@pytest.mark.parametrize("published, text", [
    # another series, a ministers' meeting, a gathering the KB does not list
    ('2024-05-01', 'A meeting of G7 trade ministers in Reggio Calabria ended on Sunday.'),
    ('2024-10-10', 'Leaders met at the ASEAN summit in Vientiane on Thursday.'),
    ('2024-07-05', 'The SCO summit in Astana ended on Thursday.'),
    ('2024-10-12', 'The East Asia Summit in Vientiane ended on Friday.'),
    ('2022-11-15', 'The ASEAN summit in Phnom Penh ended on Sunday.'),
    ('2024-10-12', 'ASEAN foreign ministers met in Vientiane in July.'),
    ('2024-03-01', 'A meeting of BRICS foreign ministers took place in Rio de Janeiro in February.'),
    ('2025-01-10', 'The BRICS foreign ministers met in Rio de Janeiro in April 2024.'),
    ('2023-11-25', 'BRICS leaders held a virtual summit on Gaza on November 21, 2023.'),
    ('2025-09-10', 'Lula hosted a virtual BRICS summit on September 8, 2025.'),
    ('2019-11-01', 'Chile cancelled the APEC summit in Santiago.'),
    ('2025-01-10', 'The AUKUS summit took place in San Diego.'),
    # a COP named beside something else's place and day
    ('2024-10-01', 'Ahead of COP29, Aliyev met Putin in Moscow on Monday.'),
    ('2023-12-20', 'Al Jaber, who led COP28, spoke in Abu Dhabi on Monday.'),
    ('2023-12-20', 'COP28 President Sultan Al Jaber said in Abu Dhabi on Monday that the deal would hold.'),
    ('2024-11-30', 'The next COP will be held in Brazil.'),
    ('2025-03-05', 'Munich Security Conference chairman Christoph Heusgen said in Berlin on Tuesday that Europe must act.'),
    ('2024-02-20', 'The Munich Security Report was released on February 12, 2024.'),
    ('2023-03-01', "Leaders will meet again at next year's Munich Security Conference."),
    ('2022-06-20', 'The Dialogue in Singapore drew ministers from 40 states.'),
    # the Biden-Xi meeting at Woodside, on the sidelines: "California" names no KB city (it was
    # an alias of Oakland's, read from "[Oakland, California]")
    ('2023-11-20', 'Biden and Xi met in Woodside, California, on the sidelines of the APEC summit on November 15.'),
    # a day counted from the article that is not the conference's: the year is not written out
    ('2024-06-12', 'Austin spoke at the Shangri-La Dialogue in Singapore on Saturday.'),
])
def test_not_flagged(checker, published, text):
    assert outcome(checker.findings(text, published)) != "flagged"
