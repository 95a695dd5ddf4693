"""National elections (claims/elections.py, kb/data/elections.yaml): the day a named state held one.
Sentences written for these tests. The KB's days used: Poland's parliamentary election of 15
October 2023 (its list complete from 2015), Turkey's presidential runoff of 28 May 2023, South
Korea's presidential election of 9 March 2022, Canada's general election of 28 April 2025,
Germany's federal election of 26 September 2021 (an assembly elects Germany's president), the
Czech election of 8-9 October 2021 (two days of voting)."""

from __future__ import annotations

import pytest

from accord.nlp.extract.claims import elections
from tests.claims._pipeline import outcome

pytestmark = pytest.mark.model


@pytest.mark.parametrize("day, expected", [
    ("October 15", "supported"),
    ("October 14", "none"),      # a day off by one: the count, a time zone; not a clash
    ("October 16", "none"),
    ("October 13", "flagged"),   # beyond the day's margin
    ("October 17", "flagged"),
])
def test_a_named_states_election_day(checker, day, expected):
    text = f"Poland's parliamentary election on {day} ended eight years of rule by the Law and Justice party."
    assert outcome(checker, text, "2023-11-20") == expected


@pytest.mark.parametrize("when, expected", [
    ("2023", "supported"),
    ("2022", "flagged"),        # no Polish national election that year
    ("October 2023", "supported"),
    ("November 2023", "flagged"),
])
def test_a_year_or_a_month(checker, when, expected):
    assert outcome(checker, f"The Polish election in {when} was the most watched in decades.", "2024-02-01") == expected


def test_the_election_days_of_a_two_day_vote(checker):
    for day, expected in (("8 October 2021", "supported"), ("9 October 2021", "supported"),
                          ("6 October 2021", "flagged"), ("11 October 2021", "flagged")):
        text = f"The Czech parliamentary election on {day} was won by a centre-right alliance."
        assert outcome(checker, text, "2021-12-01") == expected, day


def test_a_presidential_runoff(checker):
    assert outcome(checker, "Turkey's presidential runoff on May 28 was won by the incumbent.",
                   "2023-06-10") == "supported"
    assert outcome(checker, "Turkey's presidential runoff on June 4 was won by the incumbent.",
                   "2023-06-10") == "flagged"


def test_the_kind_of_election_counts(checker):
    # the Polish vote of 15 October 2023 elected parliament, not a president
    assert outcome(checker, "Poland's presidential election on October 15 drew a record turnout.",
                   "2023-11-20") == "flagged"


def test_an_election_after_the_articles_day_is_not_contradicted(checker):
    # the day an article gives for a vote still to come may move: a plan, never flagged
    assert outcome(checker, "Poland's parliamentary election on October 22 will decide the next government.",
                   "2023-10-01") == "none"
    # the same words in an article written after that day are checked; on the day itself too
    text = "Poland's parliamentary election on October 22 decided the next government."
    assert outcome(checker, text, "2023-10-30") == "flagged"
    assert outcome(checker, text, "2023-10-22") == "flagged"
    assert outcome(checker, text, "2023-10-21") == "none"


def test_a_president_an_assembly_elects_is_not_in_the_list(checker):
    # Germany's Federal Convention elects the president: no list of those days, no clash
    assert outcome(checker, "Germany's presidential election on February 13 returned the incumbent.",
                   "2022-03-01") == "none"
    # an election of no stated kind in a sentence about a president: not sure which vote
    assert outcome(checker, "The president was re-elected in Germany's February 13 election.",
                   "2022-03-01") == "none"
    assert outcome(checker, "Germany's September 2021 election ended the Merkel era.", "2022-03-01") == "supported"
    assert outcome(checker, "Germany's September 2022 election ended the Merkel era.", "2023-03-01") == "flagged"


@pytest.mark.parametrize("text", [
    "Poland's local elections on April 9 went well for the opposition.",
    "The European Parliament election in Poland on June 9 was calm.",
    "The election of a new president by Italy's parliament on January 29 ended a week of ballots.",
    "Poland's parliamentary election, first set for October 8, was moved to a later Sunday.",
    "No election was held in Poland on October 22.",
])
def test_elections_the_list_does_not_hold_are_not_read(checker, text):
    assert outcome(checker, text, "2023-12-01") == "none"


def test_a_state_the_list_does_not_cover_is_new(checker):
    # Cyprus's elections are not in the list (north Cyprus's could be told as Cyprus's): nothing to
    # check; Bulgaria's are since session 16 (elect24), so its day is checked
    assert outcome(checker, "Cyprus's parliamentary election on October 3 was its first in two years.",
                   "2023-12-01") == "none"
    assert outcome(checker, "Bulgaria's parliamentary election on October 3 was its seventh in four years.",
                   "2023-12-01") == "flagged"


def test_the_contenders_state(checker):
    # no state named on the election: the state whose office the KB gives its winner
    text = "Yoon Suk Yeol took office in May. Yoon won the March {} election by less than one percentage point."
    assert outcome(checker, text.format(9), "2022-06-01") == "supported"
    assert outcome(checker, text.format(16), "2022-06-01") == "flagged"
    text = "Mark Carney was sworn in on March 14 and won a general election on April {}."
    assert outcome(checker, text.format(28), "2025-05-10") == "supported"
    assert outcome(checker, text.format(21), "2025-05-10") == "flagged"


def test_a_contender_beside_another_state_names_no_state(checker):
    # two states in the sentence: the winner's may not be the election's
    text = "Yoon Suk Yeol took office in May. Yoon, who won the March 16 election, flew to Japan."
    assert outcome(checker, text, "2022-06-01") != "flagged"
    # someone else's hope about another state's election: no contender, no claim
    assert outcome(checker, "Volodymyr Zelensky said he hoped the November 12 election would not change support.",
                   "2024-11-20") == "none"


@pytest.mark.parametrize("when, expected", [
    ("December 2014", "none"),      # Poland's list is complete from 2015-01-01: before it, not checked
    ("January 2015", "flagged"),
    ("October 2025", "flagged"),    # ... up to its as_of, 2025-10-31
    ("November 2025", "none"),
])
def test_the_lists_complete_period(checker, when, expected):
    text = f"Poland's parliamentary election in {when} returned the government."
    assert outcome(checker, text, "2025-12-15") == expected


def test_every_listed_state_has_its_complete_period_and_head(checker):
    facts = [f for f in checker.kb.facts(property=elections.HELD)]
    assert len({f.subject for f in facts}) >= 30
    for fact in facts:
        assert fact.value in (elections.PARLIAMENTARY, elections.PRESIDENTIAL)
        assert fact.qualifiers.get("head") in ("direct", "indirect", "monarch")
        assert str(fact.qualifiers.get("complete_from", ""))[:2] in ("20",)
        if fact.value == elections.PRESIDENTIAL:
            assert fact.qualifiers["head"] == "direct", fact.subject


def test_a_pronoun_contender_is_the_person_before(checker):
    # "Her party" stands for the one person who is the subject of the sentence before
    text = "Giorgia Meloni became prime minister on October 22. Her party came first in the September {} election."
    assert outcome(checker, text.format(25), "2022-11-10") == "supported"
    assert outcome(checker, text.format(18), "2022-11-10") == "flagged"
    # two people before it: no one person, no state
    text = "Giorgia Meloni and Emmanuel Macron met in Rome. Her party came first in the September 18 election."
    assert outcome(checker, text, "2022-11-10") == "none"



# -- re-elections --------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    # Hungary's parliamentary election of 3 April 2022; Orbán prime minister then
    ("Viktor Orban was re-elected in April 2022.", "supported"),
    ("Viktor Orban was re-elected in March 2022.", "flagged"),
    ("Viktor Orban was re-elected in May 2022.", "flagged"),
    # France's presidential election, 10 and 24 April 2022; Macron president then
    ("Emmanuel Macron won re-election in April 2022.", "supported"),
    ("Emmanuel Macron won re-election in April 2021.", "flagged"),
    # Turkey's presidential runoff of 28 May 2023
    ("Recep Tayyip Erdogan won a third term in May 2023.", "supported"),
    ("Recep Tayyip Erdogan won a third term in June 2023.", "flagged"),
])
def test_a_head_re_elected(checker, text, expected):
    assert outcome(checker, text, "2023-07-10") == expected


@pytest.mark.parametrize("text", [
    "Viktor Orban was re-elected prime minister by parliament on May 16, 2022.",  # parliament's vote
    "Viktor Orban was re-elected as party leader in November 2021.",
    "Frank-Walter Steinmeier was re-elected in March 2022.",  # an assembly elects Germany's president
])
def test_re_elections_that_are_not_the_peoples_vote_are_not_read(checker, text):
    assert outcome(checker, text, "2023-07-10") == "none"


def test_plural_elections_of_no_kind_are_never_flagged(checker):
    # a day of local or regional votes is often "the elections": confirmed when a national one fits
    assert outcome(checker, "Britain's May 6 elections were a test for the government.", "2021-05-20") == "none"
    assert outcome(checker, "Britain's December 12 elections returned a Conservative majority.",
                   "2020-01-10") == "supported"
    # the singular, or a kind stated, is checked as before
    assert outcome(checker, "Britain's May 6 election was a test for the government.", "2021-05-20") == "flagged"
    assert outcome(checker, "Britain's May 6 general elections were a test for the government.",
                   "2021-05-20") == "flagged"


@pytest.mark.parametrize("text, day, expected", [
    # a snap vote may elect a president: South Korea's of 9 May 2017 and of 3 June 2025 (session 14)
    ("Moon Jae-in won the May 9 snap election, held after Park Geun-hye was removed from office.",
     "2017-05-10", "supported"),
    ("South Korea's snap election on June 3 followed the removal of Yoon Suk Yeol.", "2025-06-10", "supported"),
    ("South Korea's snap election on June 10 followed the removal of Yoon Suk Yeol.", "2025-06-20", "flagged"),
    ("Japan's snap election on October 27 cost the ruling coalition its majority.", "2024-11-01", "supported"),
])
def test_a_snap_election_is_of_either_kind(checker, text, day, expected):
    assert outcome(checker, text, day) == expected


# -- elect23: the article's state, rounds and run-offs, "vote" and "poll" ---------------------------
def _held(checker, text: str, date: str) -> str:
    """The outcome of the text's election findings only (its lead's own claims left aside)."""
    from bench.paraphrases import outcome as judged

    return judged([f for f in checker.findings(text, date) if " held " in str(f.get("claim"))])


ROME = "ROME (Test Wire) - Giuseppe Conte was sworn in as Italy's prime minister on Friday.\n\n"


@pytest.mark.parametrize("day, expected", [
    ("March 4", "supported"),   # Italy's general election of 4 March 2018
    ("March 5", "none"),        # a day off by one: tolerated
    ("March 3", "none"),
    ("March 6", "flagged"),     # beyond the day's margin
    ("March 11", "flagged"),
])
def test_the_dateline_state_is_the_elections(checker, day, expected):
    text = ROME + f"He ended nearly three months of deadlock after the {day} election."
    assert _held(checker, text, "2018-06-01") == expected


def test_no_state_when_the_sentence_or_the_lead_names_another(checker):
    # the sentence names another state's leader: his election, not the dateline's
    assert _held(checker, ROME + "He spoke to Emmanuel Macron after the March 11 election.", "2018-06-01") == "none"
    # a lead naming two states: which one's election is not certain
    two = "ROME (Test Wire) - Italy's and Spain's prime ministers met on Friday.\n\n"
    assert _held(checker, two + "They ended three months of deadlock after the March 11 election.", "2018-06-01") == "none"
    # a dateline abroad: the reporter's city, not the election's state
    away = "LONDON (Test Wire) - Giuseppe Conte was sworn in as Italy's prime minister on Friday.\n\n"
    assert _held(checker, away + "He ended three months of deadlock after the March 11 election.",
                   "2018-06-01") == "none"


def test_a_dateline_city_shared_with_smaller_towns(checker):
    """ "DUBLIN": not a world city on its own (towns of that name elsewhere), read as the capital of
    the one state the lead names; the election after which the sentence's present happens is a past
    one (8 February 2020), not a day to come."""
    lead = "DUBLIN (Test Wire) - Micheal Martin was elected Ireland's taoiseach on Saturday.\n\n"
    for day, expected in (("February 8", "supported"), ("February 10", "flagged"), ("February 18", "flagged")):
        text = lead + f"Martin takes office four months after the {day} election, in which Sinn Fein came first."
        assert _held(checker, text, "2020-06-27") == expected, day


@pytest.mark.parametrize("when, expected", [("May 2019", "supported"), ("May 2018", "flagged"), ("June 2019", "flagged")])
def test_a_month_since_the_election(checker, when, expected):
    text = ("BRUSSELS (Test Wire) - Alexander De Croo was sworn in as Belgium's prime minister on Thursday, "
            f"ending 16 months without a government since the {when} election.")
    assert _held(checker, text, "2020-10-01") == expected


WARSAW = "WARSAW (Test Wire) - Karol Nawrocki was sworn in as Poland's president on Wednesday.\n\n"


@pytest.mark.parametrize("day, expected", [
    ("June 1", "supported"),    # Poland's presidential run-off of 1 June 2025
    ("June 2", "none"),
    ("June 3", "flagged"),
    ("July 1", "flagged"),
])
def test_a_run_off_with_no_election_word(checker, day, expected):
    assert _held(checker, WARSAW + f"Nawrocki won the {day} run-off with 50.9 percent.", "2025-08-06") == expected
    # a mayor's title, a party's name in the sentence do not make it a city's or a party's election
    text = WARSAW + f"Nawrocki, backed by the Law and Justice party, won the {day} run-off."
    assert _held(checker, text, "2025-08-06") == expected
    text = WARSAW + f"Nawrocki won the {day} run-off against Warsaw Mayor Rafal Trzaskowski."
    assert _held(checker, text, "2025-08-06") == expected


HELSINKI = ("HELSINKI (Test Wire) - Finland's president-elect Alexander Stubb promised on Tuesday to keep "
            "close ties with the Nordic countries.\n\n")


@pytest.mark.parametrize("sentence, expected", [
    ("Stubb beat Pekka Haavisto in the second round on 11 February.", "supported"),
    ("Stubb beat Pekka Haavisto in the second round on 12 February.", "none"),
    ("Stubb beat Pekka Haavisto in the second round on 13 February.", "flagged"),
    ("Stubb came first in the first round on 28 January.", "supported"),
    ("Stubb came first in the first round on 26 January.", "flagged"),
    # a round of talks, a chamber's ballot: not the people's vote
    ("Stubb held a second round of talks on 13 February.", "none"),
    ("The speaker won 120 votes in the first round on 13 February.", "none"),
    ("Stubb's party came first in the European Parliament vote on 13 February.", "none"),
    ("Stubb's party came first in the first round of the European Parliament vote on 13 February.", "none"),
])
def test_rounds(checker, sentence, expected):
    assert _held(checker, HELSINKI + sentence, "2024-02-20") == expected


LISBON = "LISBON (Test Wire) - Luis Montenegro was sworn in as Portugal's prime minister on Tuesday.\n\n"


@pytest.mark.parametrize("sentence, expected", [
    ("The Democratic Alliance won 80 of the 230 seats in the March 10 vote.", "supported"),
    ("The Democratic Alliance won 80 of the 230 seats in the March 12 vote.", "flagged"),
    ("Turnout in the snap poll of 10 March was the highest in decades.", "supported"),
    ("Turnout in the snap poll of 17 March was the highest in decades.", "flagged"),
    # a vote in parliament, a confidence vote, a survey: never an election
    ("The Democratic Alliance narrowly won the March 2024 vote.", "supported"),
    ("The Democratic Alliance narrowly won the February 2024 vote.", "flagged"),
    ("The Democratic Alliance narrowly won a confidence vote in March 2023.", "none"),
    ("The budget bill passed in a vote on 17 March.", "none"),
    ("His government survived a confidence vote on 17 March.", "none"),
    ("The Socialists led in an opinion poll of 17 March.", "none"),
    ("The vote on 17 March gave the coalition a majority of seats on the council.", "none"),
    ("The vote on 17 March gave the coalition a majority.", "none"),
])
def test_vote_and_poll_in_a_sentence_about_an_election(checker, sentence, expected):
    assert _held(checker, LISBON + sentence, "2024-04-02") == expected


@pytest.mark.parametrize("published, expected", [
    ("2023-05-30", "supported"),   # Sunday, 28 May 2023: Turkey's presidential run-off
    ("2023-06-06", "flagged"),     # Sunday, 4 June: no Turkish election
])
def test_a_relative_day(checker, published, expected):
    text = "ANKARA (Test Wire) - Tayyip Erdogan won Sunday's run-off with 52 percent of the vote."
    assert _held(checker, text, published) == expected


@pytest.mark.parametrize("day, expected", [("December 11", "supported"), ("December 13", "flagged")])
def test_north_macedonias_election(checker, day, expected):
    text = ("SKOPJE (Test Wire) - Macedonia's parliament elected a government led by Zoran Zaev on Wednesday.\n\n"
            f"The opposition won 51 seats in the {day} election but could not form a coalition.")
    assert _held(checker, text, "2017-05-31") == expected


def test_no_article_state_for_a_regions_or_a_coming_election(checker):
    munich = "MUNICH (Test Wire) - The German chancellor's party lost ground on Sunday.\n\n"
    assert _held(checker, munich + "The CSU won Sunday's election in Bavaria and will govern the state again.",
                 "2023-10-09") == "none"  # Bavaria's, not Germany's (8 October 2023)
    oslo = "OSLO (Test Wire) - Norway's prime minister named a new finance minister on Tuesday.\n\n"
    assert _held(checker, oslo + "Norway holds a parliamentary election in September.", "2025-02-05") == "none"
    assert _held(checker, oslo + "The Labour Party holds its congress before the election in September.",
                 "2025-02-05") == "none"


@pytest.mark.parametrize("day, expected", [("11 February", "supported"), ("11 March", "flagged")])
def test_a_past_clause_dates_a_past_round(checker, day, expected):
    """Written on 1 March 2024: "beat ... on 11 March" is a past day (11 March 2023: no Finnish
    vote then), not one to come."""
    text = HELSINKI + f"Stubb beat Pekka Haavisto in the run-off on {day}."
    assert _held(checker, text, "2024-03-01") == expected
    text = HELSINKI + (f"Stubb, 55, a former vice-president of the European Investment Bank, beat Pekka Haavisto "
                       f"in the run-off on {day}.")
    assert _held(checker, text, "2024-03-01") == expected


@pytest.mark.parametrize("published, expected", [
    ("2023-06-30", "supported"),   # last month: May 2023, Turkey's two rounds
    ("2023-05-30", "flagged"),     # last month: April 2023, no Turkish election
])
def test_last_months_election(checker, published, expected):
    assert _held(checker, "Tayyip Erdogan won last month's election.", published) == expected
