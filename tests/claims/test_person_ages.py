"""A person's age against the KB's day of birth (claims/person_ages.py). Sentences written for
these tests. Mark Rutte was born on 1967-02-14, Sanna Marin on 1985-11-16, Roberta Metsola on
1979-01-18 (the KB's `born` lines); Piers Cazalet is in the KB with no day of birth."""

from __future__ import annotations

from datetime import date

import pytest

from accord.nlp.extract.claims.person_ages import SLACK_DAYS, age_on, ages_around

from ._pipeline import read, verdicts

pytestmark = pytest.mark.model


def test_age_changes_on_the_birthday():
    born = date(1967, 2, 14)
    assert age_on(born, date(2024, 2, 13)) == 56
    assert age_on(born, date(2024, 2, 14)) == 57


def test_a_29_february_birthday_comes_on_1_march():
    born = date(1972, 2, 29)
    assert age_on(born, date(2018, 2, 28)) == 45
    assert age_on(born, date(2018, 3, 1)) == 46
    assert age_on(born, date(2020, 2, 29)) == 48


def test_the_window_runs_slack_days_either_side():
    born = date(1967, 2, 14)
    assert SLACK_DAYS == 7
    assert list(ages_around(born, "2024-02-07")) == [56, 57]  # its last day is the birthday
    assert list(ages_around(born, "2024-02-06")) == [56]
    assert list(ages_around(born, "2024-02-20")) == [56, 57]  # its first day is the day before
    assert list(ages_around(born, "2024-02-21")) == [57]
    assert list(ages_around(born, "2010")) == [42, 43]


@pytest.mark.parametrize("text, published, kind", [
    # apposition: the age on the article's day
    ("Mark Rutte, 57, said the alliance would stand by Kyiv.", "2024-07-01", "supported"),
    ("Mark Rutte, 60, said the alliance would stand by Kyiv.", "2024-07-01", "contradicted_by_kb"),
    ("Mark Rutte (57) told reporters the alliance was ready.", "2024-07-01", "supported"),
    ("Mark Rutte (54) told reporters the alliance was ready.", "2024-07-01", "contradicted_by_kb"),
    # N-year-old on the name, on a noun in apposition with it, on the noun it stands beside
    ("The 57-year-old former prime minister Mark Rutte took office in October.", "2024-10-02", "supported"),
    ("The 59-year-old former prime minister Mark Rutte took office in October.", "2024-10-02", "contradicted_by_kb"),
    ("Mark Rutte, a 57-year-old liberal, took office in October.", "2024-10-02", "supported"),
    ("Mark Rutte, a 51-year-old liberal, took office in October.", "2024-10-02", "contradicted_by_kb"),
    ("Mark Rutte is 57 years old.", "2024-10-02", "supported"),
    ("Mark Rutte is 52 years old.", "2024-10-02", "contradicted_by_kb"),
    # aged N, at N
    ("Sanna Marin, aged 34, was sworn in on Tuesday.", "2019-12-10", "supported"),
    ("Sanna Marin, aged 37, was sworn in on Tuesday.", "2019-12-10", "contradicted_by_kb"),
    ("Sanna Marin was sworn in. At 34, Marin is the youngest head of government in the world.",
     "2019-12-10", "supported"),
    ("Sanna Marin was sworn in. At 31, Marin is the youngest head of government in the world.",
     "2019-12-10", "contradicted_by_kb"),
    ("Sanna Marin on Tuesday became the youngest prime minister in Finnish history at 34.", "2019-12-11",
     "supported"),
    ("Sanna Marin on Tuesday became the youngest prime minister in Finnish history at 30.", "2019-12-11",
     "contradicted_by_kb"),
    # turned N on a day: the age that day
    ("Roberta Metsola, who turned 43 on Tuesday, was elected president of the parliament.", "2022-01-19",
     "supported"),
    ("Roberta Metsola, who turned 46 on Tuesday, was elected president of the parliament.", "2022-01-19",
     "contradicted_by_kb"),
])
def test_the_age_against_the_day_of_birth(accord_annotator, text, published, kind):
    assert verdicts(accord_annotator, text, published, "age") == [kind]


@pytest.mark.parametrize("published, age, kind", [
    ("2024-02-07", 57, "supported"),  # the birthday is within SLACK_DAYS after the article's day
    ("2024-02-06", 57, "contradicted_by_kb"),  # one day more: not yet 57 on any day around it
    ("2024-02-20", 56, "supported"),  # the day before the birthday is within SLACK_DAYS before it
    ("2024-02-21", 56, "contradicted_by_kb"),
    ("2024-02-13", 56, "supported"),  # the day before the birthday
    ("2024-02-14", 57, "supported"),  # the birthday
])
def test_the_tolerance_edge_around_a_birthday(accord_annotator, published, age, kind):
    text = f"Mark Rutte, {age}, said the alliance would stand by Kyiv."
    assert verdicts(accord_annotator, text, published, "age") == [kind]


@pytest.mark.parametrize("text, kind", [
    # the sentence dates what it tells: the age then is right too, and so is the age today
    ("In 2010, Mark Rutte, 43, became prime minister of the Netherlands.", "supported"),
    ("In 2010, Mark Rutte, 57, became prime minister of the Netherlands.", "supported"),
    ("In 2010, Mark Rutte, 50, became prime minister of the Netherlands.", "contradicted_by_kb"),
])
def test_the_age_on_the_day_the_sentence_dates(accord_annotator, text, kind):
    assert verdicts(accord_annotator, text, "2024-07-01", "age") == [kind]


@pytest.mark.parametrize("text, published, kind", [
    # "becoming at N": the age on the main clause's day (Kurz born 1986-08-27, Harris 1986-10-17)
    ("Sebastian Kurz was sworn in as Austria's chancellor on Monday, becoming at 31 the youngest head "
     "of government in the world.", "2017-12-18", "supported"),
    ("Sebastian Kurz was sworn in as Austria's chancellor on Monday, becoming at 35 the youngest head "
     "of government in the world.", "2017-12-18", "contradicted_by_kb"),
    ("Sebastian Kurz took office on Monday, becoming at 32 the youngest leader in Europe.", "2017-12-18",
     "contradicted_by_kb"),
    ("Simon Harris was elected taoiseach on Tuesday, becoming at 37 the youngest person to lead an Irish "
     "government.", "2024-04-09", "supported"),
    ("Simon Harris was elected taoiseach on Tuesday, becoming at 38 the youngest person to lead an Irish "
     "government.", "2024-04-09", "contradicted_by_kb"),
    ("Simon Harris was elected taoiseach on Tuesday, becoming at 36 the youngest person to lead an Irish "
     "government.", "2024-04-09", "contradicted_by_kb"),
    # dated by the main clause in a later article: the age on that day
    ("In December 2017 Sebastian Kurz was sworn in as chancellor, becoming at 31 the youngest head of "
     "government in the world.", "2024-04-09", "supported"),
    ("In December 2017 Sebastian Kurz was sworn in as chancellor, becoming at 32 the youngest head of "
     "government in the world.", "2024-04-09", "contradicted_by_kb"),
])
def test_becoming_at_n(accord_annotator, text, published, kind):
    assert verdicts(accord_annotator, text, published, "age") == [kind]


@pytest.mark.parametrize("text", [
    # the participle's age is its object's, or the main clause is past and undated
    "Sebastian Kurz took office on Monday, making his aide at 29 the youngest chief of staff.",
    "Simon Harris was elected taoiseach, becoming at 37 the youngest person to lead an Irish government.",
    "Sebastian Kurz arrived on Monday at 10 the latest.",
])
def test_becoming_at_n_no_claim(accord_annotator, text):
    assert not [s for s in read(accord_annotator, text, "2024-04-09") if s.property == "age"]


@pytest.mark.parametrize("text, kind", [
    # a namesake named only after the age is no rival for the family name alone
    ("Mark Rutte spoke. Rutte, 57, is no relative of the painter Anna Rutte.", "supported"),
    ("Mark Rutte spoke. Rutte, 51, is no relative of the painter Anna Rutte.", "contradicted_by_kb"),
])
def test_a_namesake_named_later(accord_annotator, text, kind):
    assert verdicts(accord_annotator, text, "2024-07-01", "age") == [kind]


def test_no_day_of_birth_is_not_flagged(accord_annotator):
    text = "Piers Cazalet, 44, said the allies had agreed."
    assert verdicts(accord_annotator, text, "2023-07-11", "age") == ["unverifiable"]


def test_no_article_date_is_not_flagged(accord_annotator):
    assert verdicts(accord_annotator, "Mark Rutte, 60, said the alliance was ready.", None, "age") == ["unverifiable"]


@pytest.mark.parametrize("text", [
    "Maria Rutte, 30, a teacher from Utrecht, said she was worried.",  # a namesake the KB does not hold
    # a family name two people of the article bear: which one is meant is a guess
    "Hillary Clinton spoke in Ohio. Bill Clinton campaigned in Iowa. Clinton, 61, said she would win.",
    "Mark Rutte's 12-year-old nephew was at the ceremony.",  # another person's age
    "Mark Rutte, in his 50s, said the alliance was ready.",
    "Mark Rutte ended a 14-year career as prime minister.",  # a duration
    '"Mark Rutte, 40, is the wrong man," a critic said.',  # a number inside a quotation
    "The vote for Mark Rutte was 31, 2 against.",  # no name right before the number
    "Mark Rutte was 43 when he became prime minister.",  # past, undated: the age on some earlier day
    "Mark Rutte became prime minister at 43.",
    "Mark Rutte, then a 43-year-old liberal, became prime minister.",
    "Mark Rutte turned 90 degrees to face the cameras.",
    "Mark Rutte, 57 of the 60 delegates agreed, was chosen.",
])
def test_no_claim(accord_annotator, text):
    assert not [s for s in read(accord_annotator, text, "2024-07-01") if s.property == "age"]
