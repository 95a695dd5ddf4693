"""Which states border which (issue 12, border25): claims/borders.py reads the verb, "share a
border with", "has no border with" and the border nouns ("Poland's border with Belarus", "the
Polish-Belarusian border", "the border between Greece and Turkey"), and kb/data/borders.yaml
settles them: a land border supports, a pair missing from a state's declared list contradicts, a
neighbour across the sea or a disputed line gives no verdict. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from ._pipeline import verdicts

pytestmark = pytest.mark.model

DAY = "2024-06-01"


@pytest.fixture(scope="module")
def accord_kb():
    from accord.kb import load

    return load()


@pytest.mark.parametrize("text, kinds", [
    ("Lithuania, which borders Belarus and Russia's Kaliningrad region, asked for more troops.",
     ["supported", "supported"]),
    ("Lithuania, which borders Belarus and Ukraine, asked for more troops.", ["contradicted_by_kb", "supported"]),
    ("Finland shares a 1,340-kilometre border with Russia.", ["supported"]),
    ("Finland shares a long border with Poland.", ["contradicted_by_kb"]),
    ("Moldova, which is bordered by Romania and Ukraine, applied to join the EU.", ["supported", "supported"]),
    ("Moldova, which is bordered by Romania and Hungary, applied to join the EU.",
     ["contradicted_by_kb", "supported"]),
    ("The United States borders Canada and Mexico.", ["supported", "supported"]),
    ("Norway and Russia share a border in the Arctic.", ["supported"]),
    ("Norway and Poland share a border.", ["contradicted_by_kb"]),
    ("Poland borders Kazakhstan.", ["contradicted_by_kb"]),  # Poland's list is declared, Kazakhstan's not
    ("France borders Brazil through French Guiana.", ["supported"]),
    ("Spain borders Morocco.", ["supported"]),
])
def test_the_verb_and_share_a_border(accord_annotator, text, kinds):
    assert verdicts(accord_annotator, text, DAY, "borders") == sorted(kinds)


@pytest.mark.parametrize("text, kinds", [
    ("Hungary does not border Russia.", ["supported"]),
    ("Hungary does not border Ukraine.", ["contradicted_by_kb"]),
    ("Hungary has no border with Russia.", ["supported"]),
    ("Austria has no border with Slovakia.", ["contradicted_by_kb"]),
])
def test_a_denied_border(accord_annotator, text, kinds):
    assert verdicts(accord_annotator, text, DAY, "borders") == kinds


@pytest.mark.parametrize("text, kind", [
    ("Migrants gathered at the Polish-Belarusian border on Tuesday.", "supported"),
    ("Migrants gathered at the Slovak-Belarusian border on Tuesday.", "contradicted_by_kb"),
    ("Poland's border with Belarus has been closed since 2021.", "supported"),
    ("Latvia's border with Ukraine has been closed since 2021.", "contradicted_by_kb"),
    ("The border between Greece and Turkey was closed.", "supported"),
    ("The border between Greece and Serbia was closed.", "contradicted_by_kb"),
    ("Finland's eastern border with Russia is 1,340 kilometres long.", "supported"),
])
def test_a_border_noun_names_both_states(accord_annotator, text, kind):
    assert verdicts(accord_annotator, text, DAY, "borders") == [kind]


@pytest.mark.parametrize("text", [
    "Denmark, which borders Sweden, joined NATO in 1949.",   # across the Øresund: said both ways
    "Estonia shares a border with Finland.",                 # across the Gulf of Finland
    "Serbia borders Albania.",                               # through Kosovo, in Serbia's view
    "Gibraltar borders Spain.",                              # a territory, not a state of the file
    "Greenland borders Canada.",
    "Troops were sent to the Russian border.",               # one state: whose border?
    "Japan has a maritime border with Russia.",              # by sea
    "Where the Polish, Belarusian and Lithuanian borders meet, troops patrol.",
    "Yugoslavia bordered Austria and Italy.",                # a past
    "Sweden will border Russia once the treaty is signed.",  # a plan
    "If Ukraine bordered Austria, trade would be easier.",   # a condition
    "Russia's border with NATO doubled when Finland joined the alliance.",  # not a state
])
def test_not_flagged(accord_annotator, text):
    assert "contradicted_by_kb" not in verdicts(accord_annotator, text, DAY, "borders")


@pytest.mark.parametrize("date, kinds", [
    ("2022-06-13", ["new"]),          # the day before Canada and Denmark split Hans Island
    ("2022-06-14", ["supported"]),    # the day they did
])
def test_the_day_a_border_began(accord_annotator, date, kinds):
    assert verdicts(accord_annotator, "Canada borders Denmark on Hans Island.", date, "borders") == kinds


@pytest.mark.parametrize("date, kinds", [
    ("2022-06-13", ["new"]),                  # Canada's list (then the United States alone) is not declared
    ("2022-06-14", ["contradicted_by_kb"]),   # from that day it is, with Denmark in it
])
def test_the_day_a_list_is_declared_from(accord_annotator, date, kinds):
    assert verdicts(accord_annotator, "Canada does not border Denmark.", date, "borders") == kinds


@pytest.mark.parametrize("date, supported", [
    ("2008-02-16", False),          # the day before Kosovo's declaration of independence
    ("2008-02-17", True),
])
def test_a_new_states_borders(accord_annotator, date, supported):
    assert ("supported" in verdicts(accord_annotator, "Kosovo borders Albania.", date, "borders")) is supported


def test_the_relative_clause_read_as_a_noun_is_mended(accord_annotator):
    """ "which border Russia" was parsed as a noun phrase with Russia in apposition to Estonia: Russia
    "joined NATO" (a false flag) and no border was read."""
    text = "Estonia and Latvia, which border Russia, joined NATO in 2004."
    assert verdicts(accord_annotator, text, DAY, "joined") == ["supported", "supported"]
    assert verdicts(accord_annotator, text, DAY, "borders") == ["supported", "supported"]
    both = "Estonia and Latvia, which both border Russia, joined NATO in 2004."
    assert verdicts(accord_annotator, both, DAY, "joined") == ["supported", "supported"]


def test_each_declared_count_matches_the_listed_borders(accord_kb):
    """A state's `land_neighbours` is the number of its land borders in the file on every day from
    its start (a pair dropped or added without the count makes the list undeclared: a silent loss)."""
    from accord.nlp.extract.claims.borders import _complete

    declared = accord_kb.facts(property="land_neighbours")
    assert len(declared) >= 60
    for fact in declared:
        day = fact.start.value if fact.start else "2024-06-01"
        assert _complete(accord_kb, fact.subject, day), fact.subject
        assert _complete(accord_kb, fact.subject, "2026-01-01"), fact.subject


@pytest.mark.parametrize("state, count", [
    ("state:RUS", 14), ("state:CHN", 14), ("state:DEU", 9), ("state:FRA", 11), ("state:AUT", 8),
    ("state:SRB", 8), ("state:POL", 7), ("state:PRT", 1), ("state:JPN", 0),
])
def test_known_counts_of_land_neighbours(accord_kb, state, count):
    facts = accord_kb.facts(subject=state, property="land_neighbours")
    assert [f.value for f in facts] == [str(count)]
