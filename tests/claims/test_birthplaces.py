"""Where a person was born (claims/birthplaces.py) against the KB's `born_in`. Sentences written
for these tests. The KB has Sergio Mattarella born in Palermo (Sicily), Donald Tusk in Gdańsk
(Danzig), Kaja Kallas in Tallinn, Vladimir Putin in Saint Petersburg (Leningrad), Boris Johnson
in New York City, Mark Rutte in The Hague, Ursula von der Leyen in Ixelles (Brussels), Rishi
Sunak in Southampton, Justin Trudeau in Ottawa (Ontario); Naples and Castellammare are no KB place."""

from __future__ import annotations

import pytest

from ._pipeline import read, verdicts

pytestmark = pytest.mark.model
DAY = "2025-06-01"


@pytest.mark.parametrize("text, kind", [
    # "X, born in P (in YEAR)"
    ("Sergio Mattarella, born in Palermo in 1941, was re-elected in 2022.", "supported"),
    ("Kaja Kallas, born in Tallinn in 1977, is the EU's foreign policy chief.", "supported"),
    ("Kaja Kallas, born in Riga in 1977, is the EU's foreign policy chief.", "contradicted_by_kb"),
    # "X was born in P": the older name, the region, the state
    ("Donald Tusk was born in Danzig.", "supported"),
    ("Donald Tusk was born in Gdansk, Poland.", "supported"),
    ("Donald Tusk was born in Krakow.", "contradicted_by_kb"),
    ("Vladimir Putin was born in Leningrad in 1952.", "supported"),
    ("Vladimir Putin was born in Moscow in 1952.", "contradicted_by_kb"),
    ("Sergio Mattarella was born in Sicily.", "supported"),
    ("Sergio Mattarella was born in Italy.", "supported"),
    ("Sergio Mattarella was born in France.", "contradicted_by_kb"),
    # born abroad, or not in the capital
    ("Boris Johnson was born in New York.", "supported"),
    ("Boris Johnson was born in London.", "contradicted_by_kb"),
    ("Mark Rutte was born in The Hague.", "supported"),
    ("Mark Rutte was born in Amsterdam.", "contradicted_by_kb"),
    # a district and its city
    ("Ursula von der Leyen was born in Brussels.", "supported"),
    ("Ursula von der Leyen was born in Ixelles.", "supported"),
    ("Ursula von der Leyen was born in Hanover.", "contradicted_by_kb"),
    # "Born in P, X ...", "X, who was born in P"
    ("Born in Tallinn, Kaja Kallas studied law at the University of Tartu.", "supported"),
    ("Born in Riga, Kaja Kallas studied law at the University of Tartu.", "contradicted_by_kb"),
    ("Kaja Kallas, who was born in Tallinn, became prime minister in 2021.", "supported"),
    ("Kaja Kallas, who was born in Tartu, became prime minister in 2021.", "contradicted_by_kb"),
    # "the P-born X", "a native of P", "P native X"
    ("The Palermo-born president Sergio Mattarella spoke on Monday.", "supported"),
    ("Donald Tusk is a native of Gdańsk.", "supported"),
    ("Donald Tusk is a native of Warsaw.", "contradicted_by_kb"),
    ("Donald Tusk, a native of Gdańsk, returned to power in 2023.", "supported"),
    ("Donald Tusk, a native of Wroclaw, returned to power in 2023.", "contradicted_by_kb"),
    ("Gdańsk native Donald Tusk spoke on Monday.", "supported"),
    ("The Warsaw native Donald Tusk spoke on Monday.", "contradicted_by_kb"),
    ("Donald Tusk, a Warsaw native, spoke on Monday.", "contradicted_by_kb"),
    ("Rishi Sunak was born in the city of Southampton.", "supported"),
    ("Rishi Sunak was born in the city of Oxford.", "contradicted_by_kb"),
])
def test_a_place_of_birth_is_checked(accord_annotator, text, kind):
    assert verdicts(accord_annotator, text, DAY, "born_in") == [kind]


@pytest.mark.parametrize("text", [
    "Sergio Mattarella, born in Naples in 1941, was re-elected in 2022.",  # no KB place
    "Sergio Mattarella was born in Castellammare, a small town.",
    "The Naples-born president Sergio Mattarella spoke on Monday.",
    "Rishi Sunak was born in a village near Oxford.",  # another preposition's place
    "Mark Rutte was not born in Amsterdam.",  # a denial
    "If Donald Tusk had been born in Warsaw, he would be different.",  # a hypothesis
    "Mark Rutte grew up in Amsterdam.",  # another fact
    "Mark Rutte was born and raised in Amsterdam.",  # the place is on "raised"
    "Mark Rutte lives in Amsterdam.",
    "Mark Rutte studied in Leiden.",
    "Donald Tusk's son was born in Warsaw.",  # another person's birth
    "The Polish-born Donald Tusk spoke on Monday.",  # a demonym names no town
    "The French-born Sergio Mattarella spoke on Monday.",
])
def test_no_place_of_birth_is_read(accord_annotator, text):
    assert [s for s in read(accord_annotator, text, DAY) if s.property == "born_in"] == []


@pytest.mark.parametrize("text", [
    "Justin Trudeau was born in Quebec.",  # a region of the same state: not a city
    "Rishi Sunak was born in Scotland.",
])
def test_a_region_of_the_same_state_is_not_contradicted(accord_annotator, text):
    assert "contradicted_by_kb" not in verdicts(accord_annotator, text, DAY, "born_in")


@pytest.mark.parametrize("text, kind", [
    ("Justin Trudeau was born in Ontario.", "supported"),  # the region Ottawa lies in
    ("Justin Trudeau was born in Montreal.", "contradicted_by_kb"),  # another city of the state
])
def test_a_region_and_a_city_of_the_same_state(accord_annotator, text, kind):
    assert verdicts(accord_annotator, text, DAY, "born_in") == [kind]


def test_a_family_name_alone_is_not_checked(accord_annotator):
    """"Rutte, born in Amsterdam" in an article that never names him in full: whose birth it is
    is a guess (person_ages' rule)."""
    assert [s for s in read(accord_annotator, "Rutte, born in Amsterdam, led the government.", DAY)
            if s.property == "born_in"] == []


@pytest.mark.parametrize("text, expected", [
    # a city the KB now knows as a place of birth, where the KB holds no summit: "the Bergen summit"
    # is some other body's, as an unknown name before "summit" is (`_eventlink._hosted_nothing`)
    ("Allies recalled the 2021 Bergen summit, where the agenda was agreed.", "not flagged"),
    ("Allies recalled the 2019 Palermo summit, where the agenda was agreed.", "not flagged"),
    # a city that hosted one still names NATO's: its year is then wrong
    ("Allies recalled the 2021 Vilnius summit, where Sweden's bid was cleared.", "flagged"),
])
def test_a_birthplace_city_names_no_nato_summit(checker, text, expected):
    from tests.claims._pipeline import outcome

    got = outcome(checker, text, "2024-07-10")
    assert (got == "flagged") == (expected == "flagged")
