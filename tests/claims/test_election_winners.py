"""Who won a national election (claims/election_winners.py, claims/_election_results.py), checked
against the KB's elections (elections.yaml) and office holders. Sentences written for these
tests, in several wordings, states and years. The KB's facts used: South Korea's presidential
elections of 9 March 2022 (Yoon took office on 10 May) and 9 May 2017 (Moon, the next day, after
an acting president); Poland's run-off of 1 June 2025 (Nawrocki, 6 August); Turkey's run-off of
28 May 2023 (Erdogan, in office since 2014); France's run-off of 24 April 2022 (Macron, in
office since 2017); the US elections of 3 November 2020 and 5 November 2024; Romania's annulled
first round of 24 November 2024 and its election of 4 and 18 May 2025; Austria's run-off of 22
May 2016 (annulled, re-run on 4 December 2016); Lithuania's run-off of 26 May 2019; Germany's
federal election of 23 February 2025; New Zealand's of 23 September 2017 (a runner-up's
coalition); Spain's of 23 July 2023."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace

import pytest

from accord.model import TimeQualifier
from accord.nlp.extract.claims import _election_results as results
from tests.claims._pipeline import outcome


# -- the rule, on facts made for the test (no model) --------------------------------------------------
def _term(who, start, end=None, acting=False):
    return SimpleNamespace(subject=who, value="office:x", start=TimeQualifier(start, "day"),
                           end=TimeQualifier(end, "day") if end else None, point_in_time=None,
                           qualifiers={"acting": True} if acting else {})


def _round(day):
    return SimpleNamespace(value="presidential", point_in_time=TimeQualifier(day, "day"), start=None, end=None)


class _KB:
    def __init__(self, terms=(), rounds=()):
        self.terms, self.rounds = list(terms), list(rounds)

    def facts(self, subject=None, property=None, value=None):
        return self.terms if property == "holds_office" else self.rounds


@pytest.mark.parametrize("start, expected", [
    ("2020-05-30", "person:new"),  # the 150th day after the vote: still the winner
    ("2020-05-31", None),          # the 151st: not read as the vote's winner (nor is the incumbent)
])
def test_the_winner_takes_office_within_150_days(start, expected):
    kb = _KB([_term("person:old", "2015-01-01", start), _term("person:new", start)])
    found = results.winner(kb, "office:x", date(2020, 1, 1))
    assert (found.subject if found else None) == expected


def test_an_incumbent_in_office_through_the_hundred_days_won():
    kb = _KB([_term("person:old", "2015-01-01")])
    assert results.winner(kb, "office:x", date(2020, 1, 1)).subject == "person:old"
    # an incumbent gone within a year (an annulled vote, a resignation, a successor who takes
    # office late): no winner; in office on the 365th day (an end is exclusive): the winner
    kb = _KB([_term("person:old", "2015-01-01", "2020-12-31"), _term("person:acting", "2020-12-31", acting=True)])
    assert results.winner(kb, "office:x", date(2020, 1, 1)) is None
    kb = _KB([_term("person:old", "2015-01-01", "2021-01-01")])
    assert results.winner(kb, "office:x", date(2020, 1, 1)).subject == "person:old"


def test_an_acting_head_is_no_winner():
    kb = _KB([_term("person:old", "2015-01-01", "2020-01-10"), _term("person:acting", "2020-01-10", acting=True)])
    assert results.winner(kb, "office:x", date(2020, 1, 1)) is None


@pytest.mark.parametrize("second, rounds", [
    ("2020-02-14", 1),  # 44 days after the first round: its run-off
    ("2020-02-15", 2),  # 45 days: another election
])
def test_rounds_less_than_45_days_apart_are_one_election(second, rounds):
    kb = _KB(rounds=[_round("2020-01-01"), _round(second)])
    assert len(results.elections_of(kb, "state:X", "presidential")) == rounds


# -- sentences through the pipeline ------------------------------------------------------------------
@pytest.mark.model
@pytest.mark.parametrize("text, day, expected", [
    ("Yoon, a former prosecutor general, won the March 9 election by less than one percentage point over "
     "Lee Jae-myung.", "2022-05-10", "supported"),
    ("Lee Jae-myung, a former governor, won the March 9 election by less than one percentage point over "
     "Yoon Suk Yeol.", "2022-05-10", "flagged"),
    ("Karol Nawrocki won the June 1 run-off with 50.9 percent of the vote against Rafał Trzaskowski.",
     "2025-06-02", "supported"),
    ("Rafał Trzaskowski won the June 1 run-off with 50.9 percent of the vote against Karol Nawrocki.",
     "2025-06-02", "flagged"),
    ("Emmanuel Macron defeated Marine Le Pen in the presidential run-off on April 24.", "2022-05-01", "supported"),
    ("Marine Le Pen defeated Emmanuel Macron in the presidential run-off on April 24.", "2022-05-01", "flagged"),
    ("Erdogan won the May 28 runoff against opposition leader Kemal Kilicdaroglu.", "2023-06-03", "supported"),
    ("Nicusor Dan won the presidential election of May 18, beating George Simion.", "2025-05-20", "supported"),
    ("George Simion won the presidential election of May 18, beating Nicusor Dan.", "2025-05-20", "flagged"),
    ("Gitanas Nauseda won a runoff in May against Ingrida Simonyte.", "2019-06-01", "supported"),
    ("Moon Jae-in won the presidential election of May 9 after Park Geun-hye was removed.", "2017-05-20",
     "supported"),
    ("Hwang Kyo-ahn won the presidential election of May 9 after Park Geun-hye was removed.", "2017-05-20",
     "flagged"),  # the acting president of the weeks before
])
def test_the_winner_of_a_presidential_election(checker, text, day, expected):
    assert outcome(checker, text, day) == expected


@pytest.mark.model
@pytest.mark.parametrize("text, day, expected", [
    ("Rafał Trzaskowski lost the June 1 presidential run-off to Karol Nawrocki.", "2025-06-10", "supported"),
    ("Karol Nawrocki lost the June 1 presidential run-off to Rafał Trzaskowski.", "2025-06-10", "flagged"),
    ("Donald Trump failed to win the presidential election of November 3, 2020.", "2021-01-10", "supported"),
    ("Joe Biden failed to win the presidential election of November 3, 2020.", "2021-01-10", "flagged"),
    ("Kilicdaroglu, who lost the May 28 runoff to Erdogan, stepped down as party leader.", "2023-12-01",
     "supported"),
])
def test_a_loser(checker, text, day, expected):
    assert outcome(checker, text, day) == expected


@pytest.mark.model
@pytest.mark.parametrize("text, day", [
    ("Nicusor Dan won the May 4 election.", "2025-05-06"),             # a first round: Simion topped it
    ("George Simion won the May 4 presidential election.", "2025-05-06"),
    ("Calin Georgescu won the November 24 presidential election.", "2024-12-01"),  # annulled
    ("Norbert Hofer won the May 22 presidential election.", "2016-06-01"),        # annulled, re-run
    ("Zelensky won the March 31 election with 30 percent of the vote.", "2019-04-05"),
    ("Harris is expected to win the presidential election on November 5.", "2024-10-20"),
    ("Polls suggest Harris will win the presidential election on November 5.", "2024-10-20"),
])
def test_no_verdict_where_the_winner_is_not_the_head_of_state_after_it(checker, text, day):
    assert outcome(checker, text, day) != "flagged"


@pytest.mark.model
@pytest.mark.parametrize("text, day, expected", [
    ("Friedrich Merz won the German federal election on February 23.", "2025-03-01", "supported"),
    ("Emmanuel Macron won the German federal election on February 23.", "2025-03-01", "flagged"),  # a Frenchman
    ("Mark Rutte won the Belgian election on June 9.", "2024-06-20", "flagged"),  # a Dutchman
])
def test_a_parliamentary_winner(checker, text, day, expected):
    assert outcome(checker, text, day) == expected


@pytest.mark.model
@pytest.mark.parametrize("text, day", [
    ("Olaf Scholz lost the German election in February and handed over to Friedrich Merz in May.", "2025-06-01"),
    ("Geert Wilders won the Dutch election on November 22.", "2023-11-25"),  # Schoof governed after it
    ("Jacinda Ardern won the September 23 election.", "2017-10-30"),  # National came first; her coalition governed
    ("Bill English won the September 23 election, but Jacinda Ardern formed the government.", "2017-10-30"),
    ("Pedro Sanchez lost the July 23 election but stayed in power.", "2023-07-30"),
    ("Alberto Nunez Feijoo won the July 23 election but could not form a government.", "2023-08-30"),
    ("Anthony Albanese lost the May 21 election to Scott Morrison.", "2022-05-23"),  # a loser is never flagged
])
def test_a_parliamentary_election_is_never_flagged_on_who_governs(checker, text, day):
    assert outcome(checker, text, day) != "flagged"


# -- shares of the vote (vote_shares.py, kb/data/election_results.yaml) -------------------------------
@pytest.mark.model
@pytest.mark.parametrize("share, expected", [
    ("52.2%", "supported"),    # 52.18
    ("52.7%", "supported"),    # 0.52 off: within a decimal number's 0.6
    ("52.8%", "flagged"),      # 0.62 off
    ("52 percent", "supported"),
    ("53 percent", "supported"),   # 0.82 off: within a whole number's 1.0
    ("54 percent", "flagged"),     # 1.82 off
    ("about 54 percent", "supported"),  # hedged: 2.5
    ("about 55 percent", "flagged"),    # 2.82 off
])
def test_the_winners_share_of_the_vote(checker, share, expected):
    text = f"Erdogan won the May 28 runoff against opposition leader Kemal Kilicdaroglu with {share} of the vote."
    assert outcome(checker, text, "2023-06-03") == expected


@pytest.mark.model
@pytest.mark.parametrize("text, day, expected", [
    ("Moon, a former human rights lawyer, won 41.1 percent of the vote in Tuesday's election.", "2017-05-12",
     "supported"),
    ("Moon, a former human rights lawyer, won 51.1 percent of the vote in Tuesday's election.", "2017-05-12",
     "flagged"),
    ("Nawrocki won the June 1 run-off with 50.9 percent of the vote.", "2025-06-02", "supported"),
    ("Nawrocki won the June 1 run-off with 55.9 percent of the vote.", "2025-06-02", "flagged"),
    # a first round, a party's share, seats, an election the list lacks: no verdict on the share
    ("Nawrocki won 29.5 percent of the vote in the first round on May 18.", "2025-05-20", "none"),
    ("Simion won 41 percent of the vote in the first round on May 4.", "2025-05-06", "none"),
    # a first round told beside the deciding one: the share is of the round its date names
    ("Dan, a mathematician, won 53.6 percent of the vote in the May 18 run-off, overturning Simion's lead "
     "in the first round.", "2025-05-19", "supported"),
    ("Dan, a mathematician, won 58.6 percent of the vote in the May 18 run-off, overturning Simion's lead "
     "in the first round.", "2025-05-19", "flagged"),
    ("Kurz's People's Party won 51.5 percent of the vote in the October 15 parliamentary election.", "2017-10-20",
     "supported"),  # no share read for a party (what is supported is Kurz's party, party_links.py)
    ("Gitanas Nauseda won the May 26 runoff with 76.5 percent of the vote.", "2019-06-01",
     "supported"),  # the winner only: the list has no share of that election
])
def test_shares_in_other_wordings(checker, text, day, expected):
    assert outcome(checker, text, day) == expected


# -- the count of a president's terms (term_ordinals.py) ---------------------------------------------
@pytest.mark.model
@pytest.mark.parametrize("text, day, expected", [
    ("Emmanuel Macron won a second term in Sunday's run-off against Marine Le Pen.", "2022-04-25", "supported"),
    ("Emmanuel Macron won a third term in Sunday's run-off against Marine Le Pen.", "2022-04-25", "flagged"),
    ("Donald Trump won a second term in Tuesday's election.", "2024-11-06", "supported"),  # not consecutive
    ("Donald Trump won a third term in Tuesday's election.", "2024-11-06", "flagged"),
    ("Donald Trump was sworn in for a second term on Monday.", "2025-01-21", "supported"),
    ("Zoran Milanovic won a second term in Sunday's run-off.", "2025-01-13", "supported"),
    ("Zoran Milanovic won a third term in Sunday's run-off.", "2025-01-13", "flagged"),
    ("Moldova's pro-Western president, Maia Sandu, won a second four-year term in Sunday's run-off.",
     "2024-11-04", "supported"),
    ("Moldova's pro-Western president, Maia Sandu, won a third four-year term in Sunday's run-off.",
     "2024-11-04", "flagged"),
])
def test_the_count_of_a_presidents_terms(checker, text, day, expected):
    assert outcome(checker, text, day) == expected


@pytest.mark.model
@pytest.mark.parametrize("text, day", [
    # first elections before the KB's lists begin (Erdogan 2014, Putin 2000): no count
    ("Recep Tayyip Erdogan was sworn in for a fourth term on Saturday.", "2023-06-03"),
    ("Vladimir Putin was sworn in for a third term as president on Tuesday.", "2024-05-07"),
    # a head of government: the terms of a party and of a person differ
    ("Anthony Albanese won a third term in Saturday's election.", "2025-05-04"),
    ("Mark Carney's Liberals won a fourth consecutive term in Monday's election.", "2025-04-29"),
    # sought, not won; a term in another post
    ("Joe Biden is seeking a second term in November.", "2024-03-01"),
    ("Ursula von der Leyen won a third term as Commission president in July.", "2024-07-20"),
])
def test_no_count_where_the_lists_cannot_give_it(checker, text, day):
    assert outcome(checker, text, day) != "flagged"
