"""Official residences and palaces as places (session 16, helper palace23), on sentences written
for these tests: "<residence> in <place>" (the "in" phrase on the noun, or on the verb right after
it), "<place>'s <residence>", "outside <place>", and the office a residence belongs to ("the
German president's Bellevue Palace", "the Élysée, the French president's residence").

A place in another state is flagged; another KB city of the same state only when the residence
lies in that city for sure (not the Zarzuela, the Hofburg, Bessastaðir); a region, an area or a
town the KB does not know, and a residence outside the capital (Balmoral, Camp David, Chequers),
are never flagged; an office of the same state that is not the residence's says nothing.
"""

from __future__ import annotations

import pytest

from tests.claims._pipeline import outcome

pytestmark = pytest.mark.model

DAY = "2024-05-10"


@pytest.mark.parametrize("text, expected", [
    # the city on the residence's noun, or hung on the verb right after it
    ("Macron received him at the Élysée Palace in Paris on Monday.", "supported"),
    ("Macron received him at the Élysée Palace in Madrid on Monday.", "flagged"),
    ("Mattarella swore in the new government at the Quirinale Palace in Rome.", "supported"),
    ("Mattarella swore in the new government at the Quirinale Palace in Berlin.", "flagged"),
    ("Steinmeier hosted the guests in the Bellevue Palace in Berlin.", "supported"),
    ("Steinmeier hosted the guests in the Bellevue Palace in Vienna.", "flagged"),
    ("The talks were held at the Cotroceni Palace in Bucharest.", "supported"),
    ("The talks were held at the Cotroceni Palace in Warsaw.", "flagged"),
    ("Biden welcomed the chancellor at the White House in Washington.", "supported"),
    ("Biden welcomed the chancellor at the White House in Ottawa.", "flagged"),
    ("The summit was held at Prague Castle in Prague.", "supported"),
    ("The summit was held at Prague Castle in Budapest.", "flagged"),
    # the place as the residence's possessor
    ("Rome's Quirinale Palace hosted the ceremony.", "supported"),
    ("Madrid's Quirinale Palace hosted the ceremony.", "flagged"),
    # another KB city of the same state: the Élysée lies in Paris for sure
    ("The ceremony took place at the Élysée Palace in Versailles.", "flagged"),
])
def test_a_residence_in_a_place(checker, text, expected):
    assert outcome(checker, text, DAY) == expected


@pytest.mark.parametrize("text, expected", [
    # residences outside the capital: their region agrees, another state's region does not
    ("The King received the prime minister at Balmoral in Scotland.", "supported"),
    ("The King received the prime minister at Balmoral in Bavaria.", "flagged"),
    ("The leaders talked at Camp David in Maryland.", "supported"),
    ("The leaders talked at Camp David in Bavaria.", "flagged"),
    # a county, a district the KB does not know: nothing
    ("Starmer spent the weekend at Chequers in Buckinghamshire.", "none"),
    ("The ceremony took place at the Élysée Palace in the eighth arrondissement.", "none"),
    # "outside": only another state contradicts; a residence placed loosely is never flagged in
    # its own state (Bessastaðir lies in Garðabær, the Zarzuela on Madrid's edge, other Hofburgs)
    ("The leaders met at Bessastaðir, the president's residence outside Reykjavík.", "none"),
    ("The leaders met at Bessastaðir, the president's residence outside Oslo.", "flagged"),
    ("The leaders met at Bessastaðir, the president's residence in Reykjavík.", "none"),
    ("The Zarzuela Palace in Madrid is the king's home.", "supported"),
    ("The Zarzuela Palace in Barcelona is the king's home.", "none"),
    ("The meeting took place at the Hofburg in Innsbruck.", "none"),
    ("The meeting took place at the Hofburg in Prague.", "flagged"),
    ("The Kremlin in Kazan is a World Heritage site.", "none"),
])
def test_residences_outside_the_capital_and_loose_places(checker, text, expected):
    assert outcome(checker, text, DAY) == expected


@pytest.mark.parametrize("text, expected", [
    ("The German president's Bellevue Palace stood empty.", "supported"),
    ("The French president's Bellevue Palace stood empty.", "flagged"),
    ("The German president's Élysée residence stood empty.", "flagged"),
    ("The Élysée, the French president's residence, issued a statement.", "supported"),
    ("The Élysée, the Italian president's residence, issued a statement.", "flagged"),
    # another office of the same state (the chancellor lives at No 11): nothing
    ("The chancellor's Downing Street residence is next door.", "none"),
])
def test_the_office_a_residence_belongs_to(checker, text, expected):
    assert outcome(checker, text, DAY) == expected


@pytest.mark.parametrize("text, expected", [
    # a bare name as a subject or object is the government it houses: its "in" phrase is where
    # the act took place; told as a building, the place is the residence's
    ("Ministers accused the Kremlin in Brussels on Monday of stalling.", "none"),
    ("Diplomats warned the Élysée in Berlin on Tuesday.", "none"),
    ("The Élysée Palace in Madrid issued a statement.", "flagged"),
    ("Talks at 10 Downing Street in London ended late.", "supported"),
    ("Talks at 10 Downing Street in Paris ended late.", "flagged"),
    ("Britain's Downing Street issued a statement.", "supported"),
    ("The Quirinal Palace, the official residence of the Italian president, hosted the dinner.", "supported"),
    ("The Quirinal Palace, the official residence of the Spanish king, hosted the dinner.", "flagged"),
])
def test_a_residence_as_a_building_or_as_its_government(checker, text, expected):
    assert outcome(checker, text, DAY) == expected


@pytest.mark.parametrize("text", [
    # a residence named for its occupant, a phrase after it that is no place, a metonymy
    "Biden hosted the leaders at the White House on Friday in a rare honour.",
    "The prime minister returned to Number 10 in the evening.",
    "The Kremlin said the talks in Istanbul had failed.",
    "Downing Street said the prime minister would travel to Brussels.",
    "The White House said on Tuesday that Biden would visit Kyiv.",
    # words near the residences' names are no misspellings of them
    "Habsburg rulers once lived in the palace.",
    "Nixon gave the Checkers speech in 1952.",
    "The Elysee Treaty was signed in Paris in 1963.",
])
def test_no_flag_without_a_contradicting_place(checker, text):
    assert outcome(checker, text, DAY) in ("none", "supported")


def test_the_kb_residences_lie_where_their_pages_say(checker):
    from accord.nlp.extract.claims._eventlink import within
    from accord.nlp.extract.claims.residences import residences

    kb = checker.kb
    found = residences(kb)
    assert {"place:elysee-palace", "place:bessastadir", "place:camp-david", "place:balmoral-castle"} <= set(found)
    # outside the capital: never in it
    for outside, capital in [("place:bessastadir", "place:reykjavik"), ("place:balmoral-castle", "place:london"),
                             ("place:camp-david", "place:washington"), ("place:chequers", "place:london"),
                             ("place:harpsund", "place:stockholm")]:
        assert capital not in within(kb, outside)
    assert "place:gardabaer" in within(kb, "place:bessastadir")
    for res, attrs in found.items():
        assert within(kb, res), res  # every residence lies somewhere
        for office in attrs.get("residence_of", []):
            assert kb.entity(office).attrs["jurisdiction"] in within(kb, res), (res, office)


def test_an_event_at_a_residence_in_its_city(checker):
    # the KB's Quad summit of 24 September 2021 took place in Washington: the White House lies there
    assert outcome(checker, "Biden hosted the first in-person Quad summit at the White House on Friday.",
                   "2021-09-25") == "supported"
    assert outcome(checker, "Biden hosted the first in-person Quad summit at the Élysée Palace on Friday.",
                   "2021-09-25") == "flagged"


@pytest.mark.parametrize("text, expected", [
    # a venue inside a capital stands for it: a swearing-in at home, a treaty's signing place
    ("Iohannis was sworn in as president at the Cotroceni Palace.", "supported"),
    ("Iohannis was sworn in as president at the Quirinale Palace.", "flagged"),
    ("Obama and Medvedev signed the New START treaty at Prague Castle in 2010.", "supported"),
    ("Obama and Medvedev signed the New START treaty at the Élysée Palace in 2010.", "flagged"),
])
def test_a_venue_inside_a_city_stands_for_it(checker, text, expected):
    assert outcome(checker, text, DAY) == expected
