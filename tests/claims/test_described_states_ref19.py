"""A state named once and then described (ref19, session 12): "the country, which joined NATO in
2004", "the Nordic nation applied ...", "the Baltic state met the target ...", "the kingdom".

The description stands for the one state named just before it that it fits (its sentence and the
two before; else the only one the article named earlier). Each reading is tested with a twin
that is flagged (the year moved by one, both sides) and twins that must not be read: two states
before it, a description the state does not fit, a word that makes it another state. A
describing word the KB cannot settle ("Balkan", "island") supports but never flags.

Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.claims._pipeline import outcome

DAY = "2024-06-03"


def _verdict(checker, text: str) -> str:
    return outcome(checker, text, DAY)


# -- a bare "the country" with one state before it -----------------------------------------------
@pytest.mark.parametrize("year, expected", [("2004", "supported"), ("2005", "flagged"), ("2003", "flagged")])
def test_the_country_in_a_relative_clause_is_the_state_before(checker, year, expected):
    text = (f"Latvian President Edgars Rinkevics addressed parliament in Riga on Tuesday. He vowed to keep "
            f"the country, which joined NATO in {year}, firmly in the Western camp.")
    assert _verdict(checker, text) == expected


@pytest.mark.parametrize("year, expected", [("1999", "supported"), ("2000", "flagged"), ("1998", "flagged")])
def test_the_country_as_a_subject(checker, year, expected):
    text = f"Poland is buying more tanks than any other NATO army. The country joined NATO in {year}."
    assert _verdict(checker, text) == expected


def test_two_states_before_it_give_no_state(checker):
    text = "Poland and Hungary bought new air defences from NATO suppliers. The country joined NATO in 2000."
    assert _verdict(checker, text) == "none"


def test_a_state_before_it_in_the_same_sentence_counts_too(checker):
    text = ("Poland bought new air defences from NATO suppliers. After talks with Hungary, the country "
            "joined NATO in 2000.")
    assert _verdict(checker, text) == "none"


def test_another_country_is_not_the_state_before(checker):
    for noun in ("the other country", "the host country", "a country", "the state"):
        text = f"Poland bought new air defences from NATO suppliers. {noun.capitalize()} joined NATO in 2000."
        assert _verdict(checker, text) == "none", noun


# -- the window: its sentence and the two before, else the article's one state ---------------------
@pytest.mark.parametrize("year, expected", [("2004", "supported"), ("2007", "none")])
def test_another_state_earlier_in_the_article_makes_it_unsure(checker, year, expected):
    """Russia is three sentences back, out of the window: Estonia is the one state in it, but the
    article named another before, so the reading supports and never flags."""
    # (no sentence but the last makes a claim the KB settles: "hosts a NATO battlegroup" would,
    # so the sentences before it say what no reader checks)
    text = ("Russia held drills near the border. Estonia bought new artillery. Its soldiers train in "
            f"winter. The country joined NATO in {year}.")
    assert _verdict(checker, text) == expected


def test_the_nearest_state_need_not_be_the_one_meant(checker):
    """Russia is the one state in the window, but Estonia was named before it: never flagged."""
    text = ("Estonia bought new artillery. Russia held drills near the border. Its soldiers train in "
            "winter. The country joined NATO in 2004.")
    assert _verdict(checker, text) != "flagged"


@pytest.mark.parametrize("year, expected", [("2004", "supported"), ("2007", "flagged")])
def test_the_article_s_one_state_when_none_is_near(checker, year, expected):
    text = ("Estonia bought new artillery. Its soldiers train in winter. The drills last weeks. "
            f"The allies praise them. The country joined NATO in {year}.")
    assert _verdict(checker, text) == expected


def test_two_states_earlier_in_the_article_give_no_state(checker):
    text = ("Estonia bought new artillery. Russia objects. Its soldiers train in winter. The drills "
            "last weeks. The allies praise them. The country joined NATO in 2007.")
    assert _verdict(checker, text) == "none"


# -- a describing word the KB settles: a grouping, "kingdom" / "republic" --------------------------
@pytest.mark.parametrize("month, expected", [("May 2022", "supported"), ("May 2021", "flagged"),
                                             ("June 2022", "flagged")])
def test_the_nordic_nation_applied(checker, month, expected):
    text = (f"Finland shares a long border with Russia. NATO leaders praised its army. The Nordic nation "
            f"applied to join the alliance in {month}.")
    assert _verdict(checker, text) == expected


def test_a_grouping_word_picks_its_member_of_two(checker):
    text = "Finland and Estonia signed a defence pact. The Nordic country joined NATO in 2021."
    assert _verdict(checker, text) == "flagged"


def test_a_grouping_word_the_state_does_not_fit_gives_no_state(checker):
    text = "Finland hosts NATO exercises every year. The Baltic state joined NATO in 2007."
    assert _verdict(checker, text) == "none"


@pytest.mark.parametrize("year, expected", [("2024", "supported"), ("2023", "flagged")])
def test_the_kingdom_is_a_state_whose_official_name_says_so(checker, year, expected):
    text = f"Sweden hosts NATO exercises in the Baltic Sea. The kingdom joined NATO in {year}."
    assert _verdict(checker, text) == expected


def test_the_kingdom_is_not_a_republic(checker):
    text = "Lithuania hosts NATO exercises on its coast. The kingdom joined NATO in 2007."
    assert _verdict(checker, text) == "none"


@pytest.mark.parametrize("since, expected", [("2023", "supported"), ("2022", "flagged")])
def test_the_nordic_country_has_been_a_member_since(checker, since, expected):
    text = f"Finland hosts NATO exercises every year. The Nordic country has been a member of NATO since {since}."
    assert _verdict(checker, text) == expected


@pytest.mark.parametrize("rank, expected", [("31st", "supported"), ("30th", "flagged"), ("32nd", "flagged")])
def test_the_nordic_country_became_a_ranked_member(checker, rank, expected):
    text = f"Finland hosts NATO exercises every year. The Nordic country became NATO's {rank} member in April 2023."
    assert _verdict(checker, text) == expected


@pytest.mark.parametrize("verb, expected", [("met", "supported"), ("exceeded", "supported")])
def test_the_baltic_state_met_the_target(checker, verb, expected):
    text = f"Lithuania hosts a German brigade. The Baltic state {verb} NATO's 2% target in 2023."
    assert _verdict(checker, text) == expected


# -- a describing word the KB cannot settle: supported, never flagged ----------------------------
@pytest.mark.parametrize("year, expected", [("2017", "supported"), ("2018", "none"), ("2016", "none")])
def test_an_unsettled_word_supports_but_never_flags(checker, year, expected):
    text = f"Montenegro hosts NATO exercises on the Adriatic. The Balkan nation joined NATO in {year}."
    assert _verdict(checker, text) == expected


@pytest.mark.parametrize("since, expected", [("2014", "supported"), ("2019", "none")])
def test_the_island_nation_partner(checker, since, expected):
    text = f"Japan hosted NATO officials in Tokyo last week. The island nation has been a NATO partner since {since}."
    assert _verdict(checker, text) == expected


@pytest.mark.parametrize("since, expected", [("2014", "supported"), ("2019", "flagged")])
def test_the_bare_country_partner(checker, since, expected):
    text = f"Japan hosted NATO officials in Tokyo last week. The country has been a NATO partner since {since}."
    assert _verdict(checker, text) == expected


# -- a state the article implies (a capital, an official) is another the noun may mean --------------
@pytest.mark.parametrize("before, expected", [
    ("Missiles hit Kyiv overnight. ", "none"),  # Ukraine, by its capital
    ("Volodymyr Zelensky spoke overnight. ", "none"),  # Ukraine, by its president's office
    ("Estonian troops trained overnight. ", "flagged"),  # the same state: still sure
])
def test_a_state_implied_earlier_makes_it_unsure(checker, before, expected):
    text = f"{before}Estonia bought new artillery. The country joined NATO in 2007."
    assert _verdict(checker, text) == expected


# -- a described owner, a described head of an apposition ------------------------------------------
@pytest.mark.parametrize("month, expected", [("May 2022", "supported"), ("May 2021", "flagged"),
                                             ("June 2022", "flagged")])
def test_the_country_s_application(checker, month, expected):
    text = f"Finland hosts NATO drills. The country's application to join NATO was submitted in {month}."
    assert _verdict(checker, text) == expected


@pytest.mark.parametrize("year, expected", [("2004", "supported"), ("2005", "flagged"), ("2003", "flagged")])
def test_the_baltic_nation_s_accession(checker, year, expected):
    text = f"Estonia bought new artillery. The Baltic nation's accession to NATO in {year} angered Moscow."
    assert _verdict(checker, text) == expected


def test_a_described_owner_with_two_states_before_it_is_no_state(checker):
    # (not "Finland borders Russia": since session 17 that sentence is a border claim of its own)
    text = "Finland traded with Russia. The country's application to join NATO was submitted in May 2021."
    assert _verdict(checker, text) == "none"


@pytest.mark.parametrize("since, expected", [("2004", "supported"), ("2005", "flagged")])
def test_the_country_with_a_membership_apposition(checker, since, expected):
    text = f"Estonia bought new artillery. The country, a NATO member since {since}, borders Russia."
    assert _verdict(checker, text) == expected


def test_an_apposition_naming_the_state_is_read_as_before(checker):
    text = "Latvia bought new artillery. The country, Estonia, joined NATO in 2004."
    assert _verdict(checker, text) != "flagged"
