"""Past heads of government and state added in session 13 (kb20): the UK's prime ministers from
1979, the US president from 1981, Italy's, Spain's, Belgium's, Poland's, Austria's, Japan's and
Turkey's leaders of the 1990s and 2000s. Sentences written for these tests: a term's years, a year
moved by one on either side, "former" titles, a family name alone after the full name, a father
known by his full name, and the people whose family name a new holder shares."""

from __future__ import annotations

import pytest

from ._pipeline import outcome

pytestmark = pytest.mark.model

DAY = "2024-02-14"


@pytest.mark.parametrize("text, expected", [
    ("Margaret Thatcher was prime minister of the United Kingdom from 1979 to 1990.", "supported"),
    ("Margaret Thatcher was prime minister of the United Kingdom from 1979 to 1991.", "flagged"),
    ("Tony Blair was prime minister of the United Kingdom from 1997 to 2007.", "supported"),
    ("Tony Blair was prime minister of the United Kingdom from 1998 to 2007.", "flagged"),
    ("Tony Blair was prime minister of the United Kingdom from 1997 to 2008.", "flagged"),
    ("Ronald Reagan was president of the United States from 1981 to 1989.", "supported"),
    ("Ronald Reagan was president of the United States from 1981 to 1988.", "flagged"),
    ("Romano Prodi, who was prime minister of Italy from 2006 to 2008, spoke on Monday.", "supported"),
    ("Romano Prodi, who was prime minister of Italy from 2005 to 2008, spoke on Monday.", "flagged"),
    ("José Luis Rodríguez Zapatero was prime minister of Spain from 2004 to 2011.", "supported"),
    ("José Luis Rodríguez Zapatero was prime minister of Spain from 2004 to 2012.", "flagged"),
    ("Wolfgang Schüssel was chancellor of Austria from 2000 to 2007.", "supported"),
    ("Wolfgang Schüssel was chancellor of Austria from 2001 to 2007.", "flagged"),
    ("Guy Verhofstadt was prime minister of Belgium from 1999 to 2008.", "supported"),
    ("Guy Verhofstadt was prime minister of Belgium from 1999 to 2009.", "flagged"),
    ("Junichiro Koizumi was prime minister of Japan from 2001 to 2006.", "supported"),
    ("Junichiro Koizumi was prime minister of Japan from 2001 to 2007.", "flagged"),
])
def test_a_past_term_by_its_years(checker, text, expected):
    assert outcome(checker, text, DAY) == expected


@pytest.mark.parametrize("text", [
    "Former British prime minister Gordon Brown spoke at the event.",
    "Former Italian prime minister Silvio Berlusconi died in 2023.",
    "Former Spanish prime minister José María Aznar backed the war in Iraq.",
    "Former Austrian president Heinz Fischer attended the ceremony.",
    "Former Polish prime minister Jarosław Kaczyński leads the Law and Justice party.",
    "Former Canadian prime minister Jean Chrétien opposed the Iraq war.",
    "Before becoming president, Abdullah Gül was prime minister of Turkey from 2002 to 2003.",
    "António Guterres was prime minister of Portugal from 1995 to 2002.",
    "Kevin Rudd was prime minister of Australia from 2007 to 2010 and again in 2013.",
])
def test_a_former_title_or_an_earlier_term(checker, text):
    assert outcome(checker, text, DAY) == "supported"


def test_a_family_name_alone_after_the_full_name(checker):
    # Tony Blair now shares his family name with Bill Blair: "Blair" goes to the one named before it
    text = "Former British prime minister Tony Blair criticised the plan. Blair led the country from 1997 to {}."
    assert outcome(checker, text.format(2007), DAY) == "supported"
    assert outcome(checker, text.format(2005), DAY) == "flagged"
    text = "Canadian Defence Minister Bill Blair announced the purchase. Blair said the jets would arrive in 2026."
    assert outcome(checker, text, "2024-06-01") == "supported"


def test_a_lone_family_name_the_kb_had_still_names_its_person(checker):
    # Leszek Miller is left out (a gap) so that "Miller" alone stays the acting defense secretary
    text = "Miller had been acting secretary since November, when President Donald Trump fired Mark Esper."
    assert outcome(checker, text, "2021-01-22") == "supported"


def test_a_term_ending_in_a_declared_vacancy_is_not_flagged(checker):
    # Austria had no president from Fischer's last day (8 July 2016) to 26 January 2017
    assert outcome(checker, "Heinz Fischer was president of Austria from 2004 to 2016.", DAY) == "supported"
    assert outcome(checker, "Heinz Fischer was president of Austria from 2004 to 2017.", DAY) != "flagged"
