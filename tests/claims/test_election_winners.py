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


# -- session 16 (elect24): losses, concessions, places, participles and "was elected president" -------
@pytest.mark.model
@pytest.mark.parametrize("text, day, expected", [
    # a passive with no agent: the subject lost
    ("Poroshenko was defeated in the 2019 Ukrainian presidential election.", "2020-01-01", "supported"),
    ("Zelensky was defeated in the 2019 Ukrainian presidential election.", "2020-01-01", "flagged"),
    # "lost to Y in the run-off": the "in" phrase on the verb
    ("Pekka Haavisto lost to Alexander Stubb in the run-off on 11 February.", "2024-03-01", "supported"),
    ("Alexander Stubb lost to Pekka Haavisto in the run-off on 11 February.", "2024-03-01", "flagged"),
    # "beat Y in the run-off" with the phrase hung on the beaten
    ("Zuzana Caputova defeated Maros Sefcovic in Slovakia's presidential run-off on March 30.", "2019-04-01",
     "supported"),
    ("Maros Sefcovic defeated Zuzana Caputova in Slovakia's presidential run-off on March 30.", "2019-04-01",
     "flagged"),
    # the second round is the run-off
    ("Alexander Stubb beat Pekka Haavisto in the second round on 11 February.", "2024-03-01", "supported"),
    ("Pekka Haavisto beat Alexander Stubb in the second round on 11 February.", "2024-03-01", "flagged"),
    # "won (a second term) in the run-off"
    ("Alexander Stubb won in the run-off on 11 February.", "2024-03-01", "supported"),
    ("Gitanas Nauseda won a second term in the May 26 run-off.", "2024-06-01", "supported"),
    ("Ingrida Simonyte won a second term in the May 26 run-off.", "2024-06-01", "flagged"),
    # a concession: the one who conceded lost, the one conceded to won
    ("Marine Le Pen conceded defeat to Emmanuel Macron after the April 24 run-off.", "2022-05-01", "supported"),
    ("Emmanuel Macron conceded defeat to Marine Le Pen after the April 24 run-off.", "2022-05-01", "flagged"),
    ("Alexander Stubb conceded defeat in the run-off on 11 February.", "2024-03-01", "flagged"),
    ("Pekka Haavisto conceded the 11 February run-off to Alexander Stubb.", "2024-03-01", "supported"),
    # a participle's subject is its clause's
    ("After losing the 2019 presidential election, Petro Poroshenko returned to parliament.", "2020-01-01",
     "supported"),
    ("After winning the 2019 presidential election, Petro Poroshenko returned to parliament.", "2020-01-01",
     "flagged"),
    ("Having lost the May 26 run-off, Ingrida Simonyte stepped down.", "2024-06-01", "supported"),
    ("Having lost the May 26 run-off, Gitanas Nauseda stepped down.", "2024-06-01", "flagged"),
    # the article's one state names the election when the loser holds no head office
    ("Finland voted in January. Alexander Stubb won the run-off on 11 February.", "2024-03-01", "supported"),
    ("Finland voted in January. Pekka Haavisto won in the run-off on 11 February.", "2024-03-01", "flagged"),
    # a victory or a defeat owned ("X's victory over Y in the election")
    ("Zelensky's landslide victory in the 2019 presidential election surprised many.", "2020-01-01", "supported"),
    ("Poroshenko's landslide victory in the 2019 presidential election surprised many.", "2020-01-01", "flagged"),
    ("Poroshenko's defeat in the 2019 presidential election ended his presidency.", "2020-01-01", "supported"),
    ("Zelensky's defeat in the 2019 presidential election ended his presidency.", "2020-01-01", "flagged"),
    ("Emmanuel Macron's victory over Marine Le Pen in the April 24 run-off was narrower than in 2017.",
     "2022-06-01", "supported"),
    ("Gitanas Nauseda's victory in the May 26 run-off was expected.", "2024-06-01", "supported"),  # the month
    ("Marine Le Pen's victory over Emmanuel Macron in the April 24 run-off was narrower than in 2017.",
     "2022-06-01", "flagged"),
    # the winner or the loser named ("X, the winner of ...", "X was (not) the loser of ...")
    ("Zelensky, the winner of the 2019 presidential election, met Biden.", "2020-01-01", "supported"),
    ("Poroshenko, the winner of the 2019 presidential election, met Biden.", "2020-01-01", "flagged"),
    ("The winner of the 2019 presidential election, Poroshenko, met Biden.", "2020-01-01", "flagged"),
    ("Poroshenko was the loser of the 2019 presidential election.", "2020-01-01", "supported"),
    ("Zelensky was the loser of the 2019 presidential election.", "2020-01-01", "flagged"),
    ("Poroshenko was not the winner of the 2019 presidential election.", "2020-01-01", "supported"),
    # a victory won or secured (not one claimed: both sides may claim it)
    ("Zelensky won a landslide victory in the 2019 presidential election.", "2020-01-01", "supported"),
    ("Poroshenko secured a narrow victory in the 2019 presidential election.", "2020-01-01", "flagged"),
    ("Poroshenko claimed victory in the 2019 presidential election.", "2020-01-01", "none"),
    ("Poroshenko won 24 percent in the 2019 presidential election.", "2020-01-01", "none"),
    # a bid lost
    ("Marine Le Pen lost her bid for the presidency to Emmanuel Macron in the April 24 run-off.", "2022-06-01",
     "supported"),
    ("Emmanuel Macron lost his bid for the presidency to Marine Le Pen in the April 24 run-off.", "2022-06-01",
     "flagged"),
    # "elected in the run-off" (a presidential vote by its own words)
    ("Alexander Stubb was elected in the run-off on 11 February.", "2024-03-01", "supported"),
    ("Finland voted in January. Pekka Haavisto was elected in the run-off on 11 February.", "2024-03-01",
     "flagged"),
])
def test_losses_concessions_and_run_offs(checker, text, day, expected):
    assert outcome(checker, text, day) == expected


@pytest.mark.model
@pytest.mark.parametrize("text, day, expected", [
    # a place in the run-off (or a vote of one round, dated to its day) is a win or a loss
    ("Karol Nawrocki came first in the Polish presidential run-off on June 1.", "2025-07-01", "supported"),
    ("Rafal Trzaskowski came first in the Polish presidential run-off on June 1.", "2025-07-01", "flagged"),
    ("Rafal Trzaskowski finished second in the Polish presidential run-off on June 1.", "2025-07-01", "supported"),
    ("Karol Nawrocki finished second in the Polish presidential run-off on June 1.", "2025-07-01", "flagged"),
    # a first round, or an election dated by its year only (perhaps its first round): no verdict
    ("Rafal Trzaskowski came first in the first round of the Polish presidential election on May 18.", "2025-07-01",
     "none"),
    ("Rafal Trzaskowski came first in the Polish presidential election on May 18.", "2025-07-01", "none"),
    ("Rafal Trzaskowski came first in the 2025 Polish presidential election.", "2025-07-01", "none"),
    ("Karol Nawrocki came second in the Polish presidential election on May 18.", "2025-07-01", "none"),
])
def test_a_place_in_the_deciding_round_only(checker, text, day, expected):
    found = outcome(checker, text, day)
    assert found == expected or (expected == "none" and found != "flagged")


@pytest.mark.model
@pytest.mark.parametrize("text, day, expected", [
    ("Zelensky was elected president of Ukraine in 2019.", "2020-01-01", "supported"),
    ("Poroshenko was elected president of Ukraine in 2019.", "2020-01-01", "flagged"),
    ("Poroshenko was not elected president of Ukraine in 2019.", "2020-01-01", "supported"),
    ("Zelensky was not elected president of Ukraine in 2019.", "2020-01-01", "flagged"),
    ("Zuzana Caputova was elected Slovakia's president in March 2019.", "2020-01-01", "supported"),
    ("Maros Sefcovic was elected Slovakia's president in March 2019.", "2020-01-01", "flagged"),
    ("Donald Trump was elected president of the United States in 2016.", "2018-01-01", "supported"),
    ("Hillary Clinton was elected president of the United States in 2016.", "2018-01-01", "flagged"),
    # the run-off of 21 April 2019: a day off by one is the count's, two days off no election
    ("Poroshenko was elected president of Ukraine on 22 April 2019.", "2020-01-01", "flagged"),
    ("Poroshenko was elected president of Ukraine on 23 April 2019.", "2020-01-01", "none"),
    # two elections in the year (Austria 2016: annulled and re-run), a year with none, an assembly's
    # president, another post: no verdict
    ("Alexander Van der Bellen was elected president of Austria in 2016.", "2020-01-01", "none"),
    ("Donald Trump was elected president of the United States in 2017.", "2018-01-01", "none"),
    ("Joachim Gauck was elected president of Germany in February 2017.", "2020-01-01", "none"),
    ("Maros Sefcovic was elected vice president of the European Commission in 2019.", "2020-01-01", "none"),
])
def test_elected_president_of_a_state(checker, text, day, expected):
    found = outcome(checker, text, day)
    assert found == expected or (expected == "none" and found != "flagged")


@pytest.mark.model
@pytest.mark.parametrize("text, day", [
    # a parliamentary election: who came second may govern (Portugal 2015, Belgium)
    ("Antonio Costa came second in the Portuguese legislative election on 4 October 2015.", "2024-01-01"),
    ("Antonio Costa lost the Portuguese legislative election on 4 October 2015.", "2024-01-01"),
    ("Pedro Passos Coelho won the 2015 Portuguese legislative election.", "2024-01-01"),
    ("After losing the 2019 Belgian federal election, Charles Michel stayed in office.", "2024-01-01"),
    ("Charles Michel came second in the Belgian federal election of 25 May 2014.", "2024-01-01"),
    ("Antonio Costa was elected prime minister of Portugal in 2015.", "2024-01-01"),
    ("Antonio Costa was elected in the Portuguese legislative election on 4 October 2015.", "2024-01-01"),
    ("Antonio Costa's defeat in the Portuguese legislative election on 4 October 2015 did not stop him.",
     "2024-01-01"),
    ("Antonio Costa, the loser of the Portuguese legislative election on 4 October 2015, became prime minister.",
     "2024-01-01"),
    # a participle whose clause has an object: who won may be the object
    ("Biden congratulated Zelensky on winning the 2019 presidential election.", "2020-01-01"),
    ("Merkel called Zelensky after winning the 2019 presidential election.", "2020-01-01"),
    # a defeat "of" someone is the owner's win; a loss "of" something is not the election's
    ("Emmanuel Macron's defeat of Marine Le Pen in the April 24 run-off was narrower than in 2017.", "2022-06-01"),
    ("Recep Tayyip Erdogan's loss of support in the May 28 runoff worried his party.", "2023-06-10"),
    # elected to another post on the day of a presidential vote
    ("Karol Nawrocki was elected mayor in the presidential election on June 1.", "2025-07-01"),
    # a victory imagined, not told
    ("Marine Le Pen's victory in the April 24 run-off would upend French politics.", "2022-04-01"),
    ("If Marine Le Pen's victory in the April 24 run-off had come, France would have changed.", "2022-06-01"),
])
def test_parliamentary_losses_are_never_flagged(checker, text, day):
    assert outcome(checker, text, day) != "flagged"


# -- session 16 (elect24): the KB's elections of Bulgaria, Montenegro and Serbia -----------------------
@pytest.mark.model
@pytest.mark.parametrize("text, day, expected", [
    ("Rumen Radev won Bulgaria's presidential run-off on November 13.", "2017-02-01", "supported"),
    ("Rosen Plevneliev won Bulgaria's presidential run-off on November 13.", "2017-02-01", "flagged"),
    ("Rumen Radev won a second term in Bulgaria's presidential run-off on November 21.", "2022-01-01", "supported"),
    ("Jakov Milatovic defeated Milo Djukanovic in Montenegro's presidential run-off on April 2.", "2023-06-01",
     "supported"),
    ("Milo Djukanovic defeated Jakov Milatovic in Montenegro's presidential run-off on April 2.", "2023-06-01",
     "flagged"),
    ("Aleksandar Vucic was elected president of Serbia in April 2017.", "2018-01-01", "supported"),
    ("Tomislav Nikolic was elected president of Serbia in April 2017.", "2018-01-01", "flagged"),
    # the days themselves: Bulgaria's vote of 27 October 2024, one day off tolerated, two days not
    ("Bulgaria held a parliamentary election on October 27.", "2024-12-01", "supported"),
    ("Bulgaria held a parliamentary election on October 28.", "2024-12-01", "none"),
    ("Bulgaria held a parliamentary election on October 29.", "2024-12-01", "flagged"),
    ("Serbia's December 17 parliamentary election was marred by fraud claims.", "2024-01-01", "supported"),
    ("Serbia's December 19 parliamentary election was marred by fraud claims.", "2024-01-01", "flagged"),
])
def test_the_elections_of_bulgaria_montenegro_and_serbia(checker, text, day, expected):
    assert outcome(checker, text, day) == expected
