"""Office holders (pred20, session 13): titles with an organisation's possessive ("the EU's High
Representative for Foreign Affairs"), an apposition's organisation that is not the title's
("President X, a former member of the European Parliament"), returns to an office, past posts
in relative clauses and successors named with the noun. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.claims._pipeline import outcome, read


def _props(annotator, text, date, prop):
    return [s for s in read(annotator, text, date) if s.property == prop]


# -- an apposition's organisation is not the title's -------------------------------------------

@pytest.mark.parametrize("text", [
    "President Toomas Hendrik Ilves, a former member of the European Parliament, spoke on Monday.",
    "President Toomas Hendrik Ilves, a member of the European Parliament until 2006, spoke on Monday.",
    "President Toomas Hendrik Ilves, once a lawmaker in the European Parliament, spoke on Monday.",
])
def test_an_appositions_body_is_not_the_titles(checker, text):
    # Ilves was Estonia's president in 2015; never the Parliament's
    assert outcome(checker, text, "2015-03-04") == "supported"


def test_an_apposition_naming_the_titles_body_still_gives_it(checker):
    text = "President Martin Schulz, of the European Parliament, spoke on Monday."
    assert outcome(checker, text, "2015-03-04") == "supported"
    assert outcome(checker, text.replace("Martin Schulz", "Jean-Claude Juncker"), "2015-03-04") == "flagged"


# -- a title after an organisation's possessive ---------------------------------------------------

@pytest.mark.parametrize("text, right, wrong", [
    ("Josep Borrell became the EU's High Representative for Foreign Affairs in December 2019.",
     "Josep Borrell", "Federica Mogherini"),
    ("Josep Borrell became the EU's High Representative for Foreign Affairs and Security Policy in December 2019.",
     "Josep Borrell", "Federica Mogherini"),
    ("Mircea Geoana became NATO's Deputy Secretary General in October 2019.", "Mircea Geoana",
     "Rose Gottemoeller"),
])
def test_possessive_titles_are_read(checker, text, right, wrong):
    assert outcome(checker, text, "2020-01-10") == "supported"
    assert outcome(checker, text.replace(right, wrong), "2020-01-10") == "flagged"


def test_possessive_title_start_month_both_sides(checker):
    text = "Josep Borrell became the EU's High Representative for Foreign Affairs in {} 2019."
    assert outcome(checker, text.format("December"), "2020-01-10") == "supported"
    # the term began on 1 December: November is a day off at the month's end (the usual margin),
    # October and the next January are not
    assert outcome(checker, text.format("October"), "2020-01-10") == "flagged"
    assert outcome(checker, text.format("January").replace("2019", "2020"), "2020-01-20") == "flagged"


# -- returns to an office ---------------------------------------------------------------------

@pytest.mark.parametrize("text, date, right, wrong", [
    ("Donald Tusk returned to power in December 2023.", "2024-03-01", "Donald Tusk", "Mateusz Morawiecki"),
    ("Donald Tusk, who returned as prime minister in December 2023, met the chancellor.", "2024-03-01",
     "Donald Tusk", "Mateusz Morawiecki"),
    ("Donald Trump swept back to power in January 2025.", "2025-03-01", "Donald Trump", "Joe Biden"),
    ("Robert Fico returned to office in October 2023.", "2024-03-01", "Robert Fico", "Eduard Heger"),
])
def test_returns_both_sides(checker, text, date, right, wrong):
    assert outcome(checker, text, date) == "supported"
    assert outcome(checker, text.replace(right, wrong), date) == "flagged"


def test_return_month_both_sides(checker):
    # Tusk's second term began on 13 December 2023; Fico's fourth on 25 October 2023
    text = "Donald Tusk returned to power in {}."
    assert outcome(checker, text.format("December 2023"), "2024-03-01") == "supported"
    assert outcome(checker, text.format("November 2023"), "2024-03-01") == "flagged"
    # a month the term ran through whole: a mandate renewed in office, not read
    assert outcome(checker, text.format("February 2024"), "2024-03-01") == "none"
    text = "Robert Fico returned to power on {} October 2023."
    assert outcome(checker, text.format(24), "2024-03-01") == "supported"  # a day either side
    assert outcome(checker, text.format(26), "2024-03-01") == "supported"
    assert outcome(checker, text.format(23), "2024-03-01") == "flagged"
    assert outcome(checker, text.format(27), "2024-03-01") == "flagged"


def test_a_return_says_an_earlier_term(accord_annotator):
    held = _props(accord_annotator, "Donald Tusk returned to power in December 2023.", "2024-03-01", "held_office")
    assert len(held) == 1 and held[0].value == "office:pol-prime-minister" and held[0].end.value == "2023-12"


@pytest.mark.parametrize("text, date", [
    # a first term told as a return: the earlier term may be older than the KB's list, never flagged
    ("Mateusz Morawiecki returned to power in December 2017.", "2018-01-10"),
    # re-elected in office: the KB keeps the term whole
    ("Viktor Orban returned as prime minister in May 2022.", "2022-06-01"),
    # a place, a room, a plan, a party
    ("Donald Tusk returned to Warsaw as prime minister on Monday.", "2024-03-01"),
    ("Donald Tusk returned home as prime minister on Monday.", "2024-03-01"),
    ("Donald Tusk returned from Brussels as prime minister on Monday.", "2024-03-01"),
    ("Donald Tusk returned to his office in December 2023.", "2024-03-01"),
    ("Mateusz Morawiecki is expected to return to power in December.", "2023-11-01"),
    ("The party of Mateusz Morawiecki returned to power in December 2023.", "2024-03-01"),
    ("Mateusz Morawiecki did not return to power in December 2023.", "2024-03-01"),
])
def test_returns_not_flagged(checker, text, date):
    assert outcome(checker, text, date) != "flagged"


# -- past posts dated by a clause on "post" -------------------------------------------------------

@pytest.mark.parametrize("text, right, wrong", [
    ("Dmytro Kuleba became foreign minister in 2020, a position he held until September 2024.",
     "September 2024", "September 2023"),
    ("Sanna Marin served as prime minister, a post she held between 2019 and 2023.", "2019", "2017"),
    ("Kaja Kallas was Estonia's prime minister, a post she held from January 2021 to July 2024.",
     "January 2021", "January 2019"),
    ("Dmytro Kuleba was named foreign minister, a post he held from March 2020.", "March 2020", "March 2021"),
    ("Dmytro Kuleba was appointed foreign minister, a post he held from 2020 to 2024.", "2020 to", "2022 to"),
])
def test_post_clause_dates_both_sides(checker, text, right, wrong):
    assert outcome(checker, text, "2024-10-01") == "supported"
    assert outcome(checker, text.replace(right, wrong), "2024-10-01") == "flagged"


def test_post_clause_end_month_both_sides(checker):
    # Kuleba left office on 5 September 2024
    text = "Dmytro Kuleba became foreign minister in 2020, a position he held until {} 2024."
    assert outcome(checker, text.format("September"), "2024-10-01") == "supported"
    assert outcome(checker, text.format("July"), "2024-10-01") == "flagged"
    assert outcome(checker, "Dmytro Kuleba became foreign minister in 2020, a position he held until 4 September 2024.",
                   "2024-10-01") == "supported"
    assert outcome(checker, "Dmytro Kuleba became foreign minister in 2020, a position he held until 2 September 2024.",
                   "2024-10-01") == "flagged"


@pytest.mark.parametrize("text", [
    # a term older than the KB's list of Norway's foreign ministers: dated by the clause, never flagged
    "Jonas Gahr Støre was appointed foreign minister, a post he held from 2005 to 2012.",
    "Jonas Gahr Støre was appointed foreign minister, a post he held until 2012.",
    "Dmytro Kuleba was named foreign minister, a post he will hold until 2027.",
])
def test_post_clauses_not_flagged(checker, text):
    assert outcome(checker, text, "2024-10-01") != "flagged"


# -- predecessors and successors ------------------------------------------------------------------

@pytest.mark.parametrize("text, date, right, wrong", [
    ("Liz Truss's successor Rishi Sunak spoke on Monday.", "2023-05-01", "Liz Truss", "Boris Johnson"),
    ("Liz Truss's successor, Rishi Sunak, spoke on Monday.", "2023-05-01", "Liz Truss", "Boris Johnson"),
    ("Jens Stoltenberg said his successor, Mark Rutte, would do well.", "2024-11-01", "Jens Stoltenberg",
     "Anders Fogh Rasmussen"),
    ("Jens Stoltenberg handed over to Mark Rutte on Tuesday.", "2024-10-05", "Jens Stoltenberg",
     "Anders Fogh Rasmussen"),
    ("Jens Stoltenberg handed the post of secretary general to Mark Rutte on 1 October.", "2024-10-05",
     "Jens Stoltenberg", "Anders Fogh Rasmussen"),
    ("Liz Truss handed power to Rishi Sunak in October 2022.", "2023-01-05", "Liz Truss", "Boris Johnson"),
    ("Mark Rutte will replace Jens Stoltenberg on 1 October.", "2024-09-20", "Jens Stoltenberg",
     "Anders Fogh Rasmussen"),
    ("Mark Rutte, who will take over from Jens Stoltenberg on 1 October, visited Kyiv.", "2024-09-20",
     "Jens Stoltenberg", "Anders Fogh Rasmussen"),
    ("Liz Truss will replace Boris Johnson on Tuesday.", "2022-09-01", "Boris Johnson", "Theresa May"),
])
def test_predecessors_both_sides(checker, text, date, right, wrong):
    assert outcome(checker, text, date) == "supported"
    assert outcome(checker, text.replace(right, wrong), date) == "flagged"


def test_a_successor_in_the_noun_names_the_predecessor(accord_annotator):
    found = _props(accord_annotator, "Liz Truss's successor Rishi Sunak spoke on Monday.", "2023-05-01", "handed_over")
    assert [(s.subject, s.value, s.point_in_time.value) for s in found] == [
        ("person:liz-truss", "office:gbr-prime-minister", "2022-10-25")]


def test_a_handover_day_both_sides(checker):
    # Rutte's term began on 1 October 2024: the handover day is his, within the start's day
    text = "Jens Stoltenberg handed over to Mark Rutte on {} 2024."
    assert outcome(checker, text.format("1 October"), "2024-10-05") == "supported"
    assert outcome(checker, text.format("30 September"), "2024-10-05") == "supported"


@pytest.mark.parametrize("text, date", [
    # a successor the KB does not list yet in the shared office: a term still to come
    ("Jens Stoltenberg said his successor, Mark Rutte, would do well.", "2024-03-01"),
    ("Boris Johnson handed a letter to Rishi Sunak in October 2022.", "2023-01-05"),
    # the one who chose, never a holder of the post
    ("Donald Trump handed the post of secretary of defense to Pete Hegseth in January 2025.", "2025-03-01"),
    ("Jens Stoltenberg did not hand over to Anders Fogh Rasmussen.", "2024-10-05"),
    # no office X begins near the article's day that Y held
    ("Mark Rutte will replace Mette Frederiksen on 1 October.", "2024-09-20"),
])
def test_successors_not_flagged(checker, text, date):
    assert outcome(checker, text, date) != "flagged"


# -- a successor chosen on a day written ------------------------------------------------------------

@pytest.mark.parametrize("text, date, right, wrong", [
    ("Kaja Kallas was nominated by EU leaders last month to succeed Josep Borrell as high representative.",
     "2024-07-20", "Josep Borrell", "Federica Mogherini"),
    ("Rishi Sunak was chosen on 24 October to succeed Liz Truss as prime minister.", "2022-10-30",
     "Liz Truss", "Boris Johnson"),
    ("Mark Rutte was appointed in June to succeed Jens Stoltenberg.", "2024-07-01", "Jens Stoltenberg",
     "Anders Fogh Rasmussen"),
])
def test_chosen_to_succeed_both_sides(checker, text, date, right, wrong):
    assert outcome(checker, text, date) == "supported"
    assert outcome(checker, text.replace(right, wrong), date) == "flagged"


@pytest.mark.parametrize("text, date", [
    # no day of the choice: not read
    ("Kaja Kallas was nominated to succeed Federica Mogherini as high representative.", "2024-07-20"),
    ("Kaja Kallas was not nominated last month to succeed Federica Mogherini as high representative.", "2024-07-20"),
    # a choice more than 400 days before the successor's term: which handover?
    ("Kaja Kallas was nominated in 2022 to succeed Federica Mogherini as high representative.", "2024-07-20"),
])
def test_choices_not_flagged(checker, text, date):
    assert outcome(checker, text, date) != "flagged"
