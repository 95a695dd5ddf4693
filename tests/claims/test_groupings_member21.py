"""Groupings and their members (member21, session 14), with sentences written for these tests and
the bundled KB: the groupings added this session (the Nordic-Baltic Eight, the G8 until Russia's
suspension, the E3), a grouping's name and "of" before the whole of it ("the Weimar Triangle of
France, Germany and Poland"), and a list each state of which is said after it to be a member
("Poland and Hungary, both members of the Visegrad Group"). Each shape is tested both ways (one
swapped state flagged, the true list not), with the boundaries it depends on: the grouping's
member count, "both" for two states only, and the first and last day of a coverage."""

from __future__ import annotations

import pytest

from ._pipeline import verdicts

pytestmark = pytest.mark.model

FLAG = "contradicted_by_kb"
DAY = "2025-02-10"


def member(annotator, text, day=DAY):
    return verdicts(annotator, text, day, "member_of")


PAIRS = [
    ("The Weimar Triangle of France, Germany and Poland issued a joint statement.",
     "The Weimar Triangle of France, Germany and Italy issued a joint statement."),
    ("Ministers of the Nordic-Baltic Eight of Denmark, Estonia, Finland, Iceland, Latvia, Lithuania, Norway and "
     "Sweden met in Vilnius.",
     "Ministers of the Nordic-Baltic Eight of Denmark, Estonia, Finland, Iceland, Latvia, Poland, Norway and "
     "Sweden met in Vilnius."),
    ("Foreign ministers of the NB8 countries Denmark, Estonia and Norway met in Tallinn.",
     "Foreign ministers of the NB8 countries Denmark, Estonia and Germany met in Tallinn."),
    ("The E3 of France, Germany and Britain asked Iran to return to the talks.",
     "The E3 of France, Germany and Spain asked Iran to return to the talks."),
    ("Poland and Hungary, both members of the Visegrad Group, opposed the plan.",
     "Poland and Austria, both members of the Visegrad Group, opposed the plan."),
    ("Latvia and Lithuania, fellow Baltic states, sent troops.",
     "Latvia and Finland, fellow Baltic states, sent troops."),
    ("Denmark, Norway and Iceland, all Nordic countries, backed the plan.",
     "Denmark, Norway and Poland, all Nordic countries, backed the plan."),
    ("Sweden and Norway, fellow JEF members, sent ships to the exercise.",
     "Sweden and Poland, fellow JEF members, sent ships to the exercise."),
]


@pytest.mark.parametrize("true, _", PAIRS)
def test_a_true_list_is_supported(accord_annotator, true, _):
    found = member(accord_annotator, true)
    assert FLAG not in found and "supported" in found


@pytest.mark.parametrize("_, wrong", PAIRS)
def test_one_swapped_state_is_flagged(accord_annotator, _, wrong):
    assert member(accord_annotator, wrong).count(FLAG) == 1


@pytest.mark.parametrize("text", [
    # one state more or fewer than the grouping has: not the whole grouping
    "The Weimar Triangle of France, Germany and Poland, and Italy, met in Paris.",
    "The Weimar Triangle of France and Italy met in Paris.",
    "The Baltic states of Estonia, Latvia and Lithuania, and Poland, met in Riga.",
    # "both" of three states, and a grouping named beside other parties
    "Denmark, Norway and Poland, both Nordic countries, backed the plan.",
    "Poland, Germany, the Baltic states and Finland backed the plan.",
    "Poland and Germany, the Baltic states, and Finland backed the plan.",
    # more than a name after the grouping
    "Sweden and Poland, both members of the Visegrad Group since 2004, met.",
    # a state beside the grouping, not in it
    "The E3 and Italy urged Iran to return to the talks.",
    "The NB8 and Poland met in Riga.",
])
def test_lists_that_are_not_the_groupings_members_are_not_flagged(accord_annotator, text):
    assert FLAG not in member(accord_annotator, text)


G8_TRUE = "G8 members Britain, France, Germany and Russia met in Lough Erne."
G8_WRONG = "G8 members Britain, France, Germany and China met in Lough Erne."


def test_the_g8_is_read_until_russia_was_suspended(accord_annotator):
    found = member(accord_annotator, G8_TRUE, "2013-06-18")
    assert FLAG not in found and found.count("supported") == 4
    assert member(accord_annotator, G8_WRONG, "2013-06-18").count(FLAG) == 1
    assert member(accord_annotator, G8_WRONG, "2014-03-24").count(FLAG) == 1


def test_the_g8_is_not_read_after_russia_was_suspended(accord_annotator):
    assert FLAG not in member(accord_annotator, G8_WRONG, "2014-03-25")
    assert FLAG not in member(accord_annotator, G8_TRUE, "2014-03-25")


def test_the_g8_is_not_read_before_it_met_as_eight(accord_annotator):
    assert FLAG not in member(accord_annotator, G8_WRONG, "1997-06-19")
    assert member(accord_annotator, G8_WRONG, "1997-06-20").count(FLAG) == 1


def test_the_e3_is_read_from_its_first_joint_visit_to_tehran(accord_annotator):
    wrong = "The E3 countries France, Germany and Italy urged Iran to stop enrichment."
    assert FLAG not in member(accord_annotator, wrong, "2003-10-20")
    assert member(accord_annotator, wrong, "2003-10-21").count(FLAG) == 1


def test_the_nb8_is_read_from_2000(accord_annotator):
    wrong = "The NB8 countries Denmark, Estonia and Germany met in Tallinn."
    assert FLAG not in member(accord_annotator, wrong, "1999-12-31")
    assert member(accord_annotator, wrong, "2000-01-01").count(FLAG) == 1


JOINED_PAIRS = [
    # "along with" as the parse often has it: "along" an adverb of "with" (member21)
    ("Poland joined the EU in 2004 along with Hungary and Slovakia.",
     "Poland joined the EU in 2004 along with Hungary and Romania."),
    ("Estonia joined NATO in 2004 along with Latvia and Lithuania.",
     "Estonia joined NATO in 2004 along with Latvia and Finland."),
    ("Austria joined the EU in 1995 along with Sweden and Finland.",
     "Austria joined the EU in 1995 along with Sweden and Norway."),
]


@pytest.mark.parametrize("true, wrong", JOINED_PAIRS)
def test_states_that_joined_along_with_the_subject_are_read(accord_annotator, true, wrong):
    found = verdicts(accord_annotator, true, "2022-03-01", "joined")
    assert FLAG not in found and found.count("supported") == 3
    assert verdicts(accord_annotator, wrong, "2022-03-01", "joined").count(FLAG) == 1


@pytest.mark.parametrize("text", [
    "Poland signed the deal along with Hungary and Romania.",
    "Poland joined the talks along with Hungary and Norway.",
])
def test_along_with_outside_a_membership_is_not_flagged(accord_annotator, text):
    assert FLAG not in verdicts(accord_annotator, text, "2022-03-01", "joined")
