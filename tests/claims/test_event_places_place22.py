"""Places of signings, meetings and swearings-in (session 15, helper place22), on sentences written
for these tests.

- a treaty's signing place hung on its object ("signed the New START treaty in Prague");
- where the allies signed a state's accession protocol (all from 2003 on at NATO headquarters in
  Brussels): "in Brussels", "at NATO headquarters", "in Belgium" agree, another KB city does not;
  a one-party signature (a head of state's ratification at home) is not the allies' signing;
- a meeting noun whose place hangs on the people met ("a meeting of NATO defence ministers in
  Warsaw on 26 June"): the day singles the KB's meeting out, the month alone does not;
- where a state's official was sworn in: the state's capital agrees, another state's capital is
  flagged, another city of the state, a city the KB lacks, the Netherlands' capital (its
  government sits in The Hague) and an organisation's office are not settled.
"""

from __future__ import annotations

import pytest

from tests.claims._pipeline import outcome

pytestmark = pytest.mark.model


@pytest.mark.parametrize("published, text, expected", [
    # the place on the treaty noun, the verb active
    ("2010-04-20", "Obama and Medvedev signed the New START treaty in Prague in 2010.", "supported"),
    ("2010-04-20", "Obama and Medvedev signed the New START treaty in Vienna in 2010.", "flagged"),
    ("2010-04-20", "Obama and Medvedev signed the New START treaty in the Czech Republic.", "supported"),
    ("2007-12-20", "EU leaders signed the Lisbon Treaty in Madrid on 13 December.", "flagged"),
    # no place: nothing said of it
    ("2010-04-20", "Obama and Medvedev signed the New START treaty in front of reporters.", "none"),
    # a treaty the KB does not know: not read
    ("2016-04-25", "Leaders signed the Paris climate agreement in New York on Friday.", "none"),
])
def test_a_treaty_signed_in_a_place(checker, published, text, expected):
    assert outcome(checker, text, published) == expected


@pytest.mark.parametrize("published, text, expected", [
    ("2022-07-10", "NATO allies signed the accession protocols for Finland and Sweden in Brussels on 5 July.", "supported"),
    ("2022-07-10", "NATO allies signed the accession protocols for Finland and Sweden in Madrid on 5 July.", "flagged"),
    ("2022-07-10", "The accession protocols for Finland and Sweden were signed at NATO headquarters on Tuesday.", "supported"),
    ("2022-07-10", "The accession protocols for Finland and Sweden were signed at NATO headquarters in Brussels "
                   "on Tuesday.", "supported"),
    ("2022-07-10", "The accession protocols for Finland and Sweden were signed in Vilnius on Tuesday.", "flagged"),
    ("2019-02-10", "North Macedonia's accession protocol was signed in Belgium on Wednesday.", "supported"),
    ("2019-02-10", "North Macedonia's accession protocol was signed in Washington on Wednesday.", "flagged"),
    ("2008-07-12", "The allies signed the accession protocols for Albania and Croatia in Brussels on 9 July.", "supported"),
    ("2008-07-12", "The allies signed the accession protocols for Albania and Croatia in Bucharest on 9 July.", "flagged"),
    # the 1997 protocols' place is not listed: not settled, whatever the city
    ("1997-12-20", "NATO allies signed the accession protocols for Poland and Hungary in Madrid on 16 December.", "supported"),
])
def test_where_the_allies_signed_an_accession_protocol(checker, published, text, expected):
    assert outcome(checker, text, published) == expected


def test_the_1997_protocols_place_is_not_checked(checker):
    found = checker.findings("NATO allies signed the accession protocols for Poland and Hungary in Madrid on "
                             "16 December.", "1997-12-20")
    assert not any("signed in" in str(f.get("claim")) for f in found if f.get("kind") == "contradicted_by_kb")


@pytest.mark.parametrize("published, text", [
    # one party's signature is its ratification at home, not the allies' signing
    ("2023-04-02", "President Erdogan signed Finland's accession protocol in Ankara on Friday."),
    ("2023-04-02", "Turkey signed Finland's accession protocol into law in Ankara on Friday."),
])
def test_a_ratifying_signature_is_not_the_signing_place(checker, published, text):
    found = checker.findings(text, published)
    assert not any("protocol signed in" in str(f.get("claim")) for f in found)


@pytest.mark.parametrize("published, text, expected", [
    # the KB's defence ministers' meeting in Brussels, 26-27 June 2019: the first and last day
    ("2019-07-20", "He attended a meeting of NATO defence ministers in Brussels on 26 June.", "supported"),
    ("2019-07-20", "He attended a meeting of NATO defence ministers in Warsaw on 26 June.", "flagged"),
    ("2019-07-20", "He attended a meeting of NATO defence ministers in Warsaw on 27 June.", "flagged"),
    ("2019-07-20", "A meeting of NATO defence ministers in Warsaw on 26 June focused on Russia.", "flagged"),
    # the day before and after: a different day's meeting, perhaps elsewhere; the month alone
    # does not single the meeting out (ministers meet in several places a year)
    ("2019-07-20", "He attended a meeting of NATO defence ministers in Warsaw on 25 June.", "none"),
    ("2019-07-20", "He attended a meeting of NATO defence ministers in Warsaw on 28 June.", "none"),
    ("2019-07-20", "He represented the United States at a meeting of NATO defence ministers in Warsaw in June.", "none"),
    ("2019-07-20", "He represented the United States at a meeting of NATO defence ministers in Brussels in June.",
     "supported"),
    # the place of the ministers' home, not of the meeting: "ministers from Poland"
    ("2019-07-20", "He attended a meeting of defence ministers from Poland on 26 June.", "none"),
])
def test_a_meeting_of_ministers_in_a_place(checker, published, text, expected):
    assert outcome(checker, text, published) == expected


@pytest.mark.parametrize("published, text, expected", [
    ("2023-11-20", "Pedro Sanchez was sworn in as prime minister in Madrid on Friday.", "supported"),
    ("2023-11-20", "Pedro Sanchez was sworn in as prime minister at the Zarzuela Palace in Madrid on Friday.", "supported"),
    ("2023-11-20", "Pedro Sanchez was sworn in as prime minister in the Spanish capital on Friday.", "supported"),
    ("2023-11-20", "Pedro Sanchez was sworn in as prime minister in Lisbon on Friday.", "flagged"),
    ("2023-11-20", "Pedro Sanchez was sworn in as prime minister in the Portuguese capital on Friday.", "flagged"),
    ("2019-06-05", "Volodymyr Zelensky was inaugurated as president in Kyiv on 20 May.", "supported"),
    ("2019-06-05", "Volodymyr Zelensky was inaugurated as president in Moscow on 20 May.", "flagged"),
    # another city of the state, a city the KB lacks: not settled (a ceremony outside the capital)
    ("2023-11-20", "Pedro Sanchez was sworn in as prime minister in Barcelona on Friday.", "none"),
    # the Netherlands' government sits in The Hague: Amsterdam neither agrees nor clashes
    ("2010-10-20", "Mark Rutte took the oath of office as prime minister in Amsterdam on 14 October.", "none"),
    # an organisation's office: where its holder takes office is not the KB's to know
    ("2024-10-05", "Mark Rutte was sworn in as NATO Secretary General in Madrid.", "none"),
    # denied: not read
    ("2023-11-20", "Pedro Sanchez, the Spanish prime minister, was not sworn in in Lisbon.", "none"),
])
def test_where_an_official_was_sworn_in(checker, published, text, expected):
    found = checker.findings(text, published)
    mine = [f for f in found if "sworn in" in str(f.get("explanation")) or "oath of office" in str(f.get("claim"))]
    from bench.paraphrases import outcome as judged

    assert judged(mine) == expected


@pytest.mark.parametrize("published, text, expected", [
    # the Prespa Agreement, signed at Psarades on Lake Prespa (Greece), 17 June 2018
    ("2018-06-20", "Greece and Macedonia signed the Prespa agreement at Lake Prespa on Sunday.", "supported"),
    ("2018-06-20", "The foreign ministers signed the Prespa agreement in Psarades on Sunday.", "supported"),
    ("2018-06-20", "The Prespa agreement was signed in Greece on Sunday.", "supported"),
    ("2018-06-20", "Greece and Macedonia signed the Prespa agreement at Lake Ohrid on Sunday.", "flagged"),
    # a place the KB does not know is no claim
    ("2018-06-20", "The foreign ministers signed the Prespa agreement in Otesevo on Sunday.", "supported"),
    # a treaty named by another treaty's place and a year: the Ohrid agreement is 2001's
    ("2019-02-10", "The 2018 Prespa agreement settled the name dispute.", "supported"),
    ("2019-02-10", "The 2018 Ohrid agreement settled the name dispute.", "flagged"),
    ("2019-02-10", "The 2001 Ohrid agreement ended the insurgency.", "supported"),
    ("2019-02-10", "The 2002 Ohrid agreement ended the insurgency.", "flagged"),
])
def test_the_prespa_and_ohrid_agreements(checker, published, text, expected):
    assert outcome(checker, text, published) == expected


@pytest.mark.parametrize("published, text, expected", [
    # a treaty's name with a lower-case "treaty": not a person called Lisbon
    ("2009-12-10", "The Lisbon treaty, signed in Madrid in 2007, entered into force in 2009.", "flagged"),
    ("2009-12-10", "The Lisbon treaty, signed in Lisbon in 2007, entered into force in 2009.", "supported"),
    ("2009-12-10", "The Lisbon treaty entered into force in 2010.", "flagged"),
    ("1993-11-10", "The Maastricht treaty was signed in 1992.", "supported"),
    ("1993-11-10", "The Maastricht treaty was signed in 1991.", "flagged"),
    # the city alone is still the city
    ("2023-06-01", "Lisbon is the capital of Portugal.", "supported"),
])
def test_a_treaty_named_with_a_lower_case_treaty(checker, published, text, expected):
    assert outcome(checker, text, published) == expected


@pytest.mark.parametrize("published, text, expected", [
    # the place of a participle on the summit noun ("hosted by X in Y", "held in Y") whose clause
    # is another verb's ("... ended on Wednesday"): the 2023 summit, Vilnius, 11-12 July
    ("2023-07-13", "The summit, hosted by Lithuania in Vilnius, ended on Wednesday.", "supported"),
    ("2023-07-13", "The summit, hosted by Lithuania in Riga, ended on Wednesday.", "flagged"),
    ("2023-07-13", "The summit, hosted by Lithuania in the Latvian capital, ended on Wednesday.", "flagged"),
    ("2023-07-13", "The NATO summit, held in Vilnius, ended on Wednesday.", "supported"),
    ("2023-07-13", "The NATO summit, held in Riga, ended on Wednesday.", "flagged"),
    # another day's summit in that other city: Riga's, 28-29 November 2006
    ("2006-12-01", "The NATO summit, held in Riga, ended on Wednesday.", "supported"),
    ("2006-12-01", "The NATO summit, hosted by Latvia in Riga, ended on Wednesday.", "supported"),
])
def test_a_summit_placed_by_its_participle(checker, published, text, expected):
    assert outcome(checker, text, published) == expected


@pytest.mark.parametrize("published, text", [
    # a state's office held abroad: its holder may be sworn in at the post
    ("2022-01-10", "Julianne Smith was sworn in as US Ambassador to NATO in Brussels."),
    ("2022-01-10", "Julianne Smith was sworn in as US Ambassador to NATO in Washington."),
])
def test_an_office_held_abroad_is_not_placed(checker, published, text):
    found = checker.findings(text, published)
    assert not any("oath of office" in str(f.get("claim")) for f in found)


def test_a_planned_signing_place_is_not_checked(checker):
    found = checker.findings("Allied ambassadors will sign the accession protocols for Finland and Sweden in "
                             "Madrid on Tuesday.", "2022-07-04")
    assert not any("protocol signed in" in str(f.get("claim")) for f in found)


def test_a_planned_swearing_in_is_not_placed(checker):
    found = checker.findings("Pedro Sanchez will be sworn in as prime minister in Lisbon on Friday.", "2023-11-15")
    assert not any(f.get("kind") == "contradicted_by_kb" and "oath of office" in str(f.get("claim")) for f in found)
