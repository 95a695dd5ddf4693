"""Office holders added in session 17 (kb25) read through the whole pipeline: South Korea's prime
ministers (family name first, an acting holder), the Speakers of the US House and of the Commons,
the President of the Bundestag ("President of the Bundestag" is no state's presidency), the US
Ambassador to the UN, and earlier holders news swaps in (Japan's Chief Cabinet Secretaries,
Slovakia's prime ministers, Moldova's presidents, Belgium's and the Netherlands' monarchs).
Sentences written for these tests: each title form with its holder right and wrong, a handover on
its first day and the day before, namesakes that must not be taken."""

from __future__ import annotations

import pytest

from ._pipeline import outcome

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, day, expected", [
    ("South Korean Prime Minister Han Duck-soo met the delegation on Wednesday.", "2023-06-14", "supported"),
    ("South Korean Prime Minister Han Duck-soo met the delegation on Wednesday.", "2019-06-12", "flagged"),
    ("Prime Minister Lee Nak-yon said on Wednesday that Seoul would respond.", "2019-06-12", "supported"),
    ("South Korean Prime Minister Kim Min-seok visited Tokyo on Wednesday.", "2025-08-13", "supported"),
    ("South Korean Prime Minister Kim Boo-kyum visited Tokyo on Wednesday.", "2016-03-09", "flagged"),
    ("Lee Ju-ho, South Korea's acting prime minister, said on Tuesday that the election would go ahead.",
     "2025-05-20", "supported"),
    ("House Speaker Mike Johnson said on Wednesday that the bill would get a vote.", "2024-03-13", "supported"),
    ("Speaker Nancy Pelosi said on Wednesday that the bill would get a vote.", "2022-03-16", "supported"),
    ("Paul Ryan, the Speaker of the House, said on Wednesday that the bill would pass.", "2017-03-15", "supported"),
    ("Paul Ryan, the House speaker, said on Wednesday that the bill would pass.", "2017-03-15", "supported"),
    ("Kevin McCarthy, the former House Speaker, said on Tuesday that he would not run again.", "2023-10-10", "supported"),
    ("Commons Speaker Lindsay Hoyle granted an urgent question on Wednesday.", "2021-06-16", "supported"),
    ("Commons Speaker Lindsay Hoyle granted an urgent question on Wednesday.", "2018-06-13", "flagged"),
    ("John Bercow, the Speaker of the House of Commons, granted an urgent question on Wednesday.", "2018-06-13", "supported"),
    ("Bundestag President Bärbel Bas opened the session on Wednesday.", "2023-06-14", "supported"),
    ("Bundestag President Bärbel Bas opened the session on Wednesday.", "2019-06-12", "flagged"),
    ("Wolfgang Schäuble, the president of the Bundestag, opened the session on Wednesday.", "2019-06-12", "supported"),
    ("US Ambassador to the UN Samantha Power said on Wednesday that the vote was a disgrace.", "2016-06-15", "supported"),
    ("U.S. Ambassador to the UN Nikki Haley said on Wednesday that the vote was a disgrace.", "2018-06-13", "supported"),
    ("Linda Thomas-Greenfield, the U.S. ambassador to the UN, said on Wednesday that the vote was a disgrace.",
     "2022-06-15", "supported"),
    ("Chief Cabinet Secretary Yasuhisa Shiozaki told reporters on Wednesday that Tokyo would protest.", "2016-03-09", "flagged"),
    ("Chief Cabinet Secretary Yukio Edano told reporters on Wednesday that the plant was stable.", "2011-05-11", "supported"),
    ("Chief Cabinet Secretary Yoshihide Suga told reporters on Wednesday that the plant was stable.", "2011-05-11", "flagged"),
    ("Slovak Prime Minister Iveta Radičová said on Wednesday that the bailout was unfair.", "2011-06-15", "supported"),
    ("Slovak Prime Minister Robert Fico said on Wednesday that the bailout was unfair.", "2011-06-15", "flagged"),
    ("Slovak Prime Minister Robert Fico said on Wednesday that the euro was coming.", "2008-06-11", "supported"),
    ("Moldovan President Vladimir Voronin said on Wednesday that the country would stay neutral.", "2005-06-15", "supported"),
    ("Moldovan President Vladimir Voronin said on Wednesday that the country would stay neutral.", "2018-06-13", "flagged"),
    ("Belgium's King Albert II appointed Sophie Wilmès as prime minister on Tuesday.", "2020-03-11", "flagged"),
    ("Belgian King Albert II met the party leaders on Wednesday.", "2010-06-16", "supported"),
    ("Dutch Queen Beatrix received the prime minister on Wednesday.", "2016-06-15", "flagged"),
    ("Queen Beatrix of the Netherlands received the prime minister on Wednesday.", "2010-06-16", "supported"),
])
def test_a_title_and_its_holder_on_the_day(checker, text, day, expected):
    assert outcome(checker, text, day) == expected


@pytest.mark.parametrize("text, day, expected", [
    # Chung Sye-kyun's first day as prime minister, 2020-01-14
    ("South Korea's Prime Minister Chung Sye-kyun spoke today.", "2020-01-14", "supported"),
    ("South Korea's Prime Minister Chung Sye-kyun spoke today.", "2020-01-13", "flagged"),
    # Julia Klöckner's first day as President of the Bundestag, 2025-03-25
    ("Bundestag President Julia Klöckner opened the session today.", "2025-03-25", "supported"),
    ("Bundestag President Julia Klöckner opened the session today.", "2025-03-24", "flagged"),
    # Mike Johnson's first day as Speaker, 2023-10-25 (the days before it a vacancy: not flagged)
    ("House Speaker Mike Johnson opened the session today.", "2023-10-25", "supported"),
    ("House Speaker Mike Johnson opened the session today.", "2023-10-24", "none"),
    ("House Speaker Mike Johnson opened the session today.", "2023-10-02", "flagged"),
])
def test_a_handover_on_its_day_and_the_day_before(checker, text, day, expected):
    assert outcome(checker, text, day) == expected


@pytest.mark.parametrize("text, day", [
    # a body's office after "President of": no state's presidency to guess
    ("Julia Klöckner, President of the Bundestag, opened the session on Wednesday.", "2025-06-11"),
    ("Wolfgang Schäuble, President of the Bundestag, opened the session on Wednesday.", "2019-06-12"),
    # a body named by a common noun: the chamber's president is no state's president
    ("Then Julia Klöckner, the chamber's president, opened the session.", "2025-05-07"),
    ("Wolfgang Schäuble, the parliament's president, opened the session on Wednesday.", "2019-06-12"),
    # the President of Ukraine is its supreme commander-in-chief: the title names no KB office
    ("Ukraine's commander-in-chief, Volodymyr Zelensky, said on Wednesday that the line held.", "2023-06-14"),
    # namesakes: Monaco's Prince Albert II, Boris Johnson, Jean Asselborn
    ("Monaco's Prince Albert II opened the race on Sunday.", "2019-06-12"),
    ("Boris Johnson said on Wednesday that he would stay.", "2022-06-15"),
    ("Jean Asselborn said on Wednesday that the talks went well.", "2019-06-12"),
    # acting days and vacancies are gaps: no holder is flagged there
    ("Moldovan President Vladimir Voronin said on Wednesday that the country would stay neutral.", "2010-06-16"),
])
def test_nothing_is_flagged(checker, text, day):
    assert outcome(checker, text, day) != "flagged"
