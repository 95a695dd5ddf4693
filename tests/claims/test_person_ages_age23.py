"""Ages of holders whose days of birth session 15 (age23) added to the KB, read through the whole
pipeline and checked (claims/person_ages.py). Sentences written for these tests. Days of birth in
the KB: Alar Karis 1958-03-26, Kersti Kaljulaid 1969-12-30, Andrej Plenković 1970-04-08, Dmytro
Kuleba 1981-04-19, Katalin Novák 1977-09-06, Pekka Haavisto 1958-03-23."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from accord.nlp.extract.claims.person_ages import SLACK_DAYS, age_on

from ._pipeline import verdicts

pytestmark = pytest.mark.model

BORN = {
    "person:alar-karis": date(1958, 3, 26),
    "person:kersti-kaljulaid": date(1969, 12, 30),
    "person:andrej-plenkovic": date(1970, 4, 8),
    "person:dmytro-kuleba": date(1981, 4, 19),
    "person:katalin-novak": date(1977, 9, 6),
    "person:pekka-haavisto": date(1958, 3, 23),
}


@pytest.mark.parametrize("person, born", sorted(BORN.items()))
def test_the_kb_day_and_the_birthday_boundary(accord_annotator, person, born):
    """The KB's day, and the age the day before the birthday and on it (fails if the day moves by one)."""
    facts = accord_annotator.kb.facts(subject=person, property="born_on")
    assert [f.point_in_time.value for f in facts] == [born.isoformat()]
    birthday = born.replace(year=2024)
    assert age_on(born, birthday - timedelta(days=1)) == 2024 - born.year - 1
    assert age_on(born, birthday) == 2024 - born.year


@pytest.mark.parametrize("text, published, kind", [
    # far from the birthday: the right age, one more and one less
    ("Alar Karis, 63, was sworn in as Estonia's president.", "2021-10-11", "supported"),
    ("Alar Karis, 64, was sworn in as Estonia's president.", "2021-10-11", "contradicted_by_kb"),
    ("Alar Karis, 62, was sworn in as Estonia's president.", "2021-10-11", "contradicted_by_kb"),
    ("The 53-year-old prime minister Andrej Plenković said Croatia would buy more tanks.", "2023-11-02",
     "supported"),
    ("The 54-year-old prime minister Andrej Plenković said Croatia would buy more tanks.", "2023-11-02",
     "contradicted_by_kb"),
    ("The 52-year-old prime minister Andrej Plenković said Croatia would buy more tanks.", "2023-11-02",
     "contradicted_by_kb"),
    ("Dmytro Kuleba, aged 41, met his counterparts in Brussels.", "2022-10-12", "supported"),
    ("Dmytro Kuleba, aged 42, met his counterparts in Brussels.", "2022-10-12", "contradicted_by_kb"),
    ("Dmytro Kuleba, aged 40, met his counterparts in Brussels.", "2022-10-12", "contradicted_by_kb"),
    ("Katalin Novák, 44, was elected Hungary's first woman president on Thursday.", "2022-03-10",
     "supported"),
    ("Katalin Novák, 45, was elected Hungary's first woman president on Thursday.", "2022-03-10",
     "contradicted_by_kb"),
])
def test_the_age_against_the_added_days(accord_annotator, text, published, kind):
    assert verdicts(accord_annotator, text, published, "age") == [kind]


@pytest.mark.parametrize("published, age, kind", [
    # Kaljulaid turns 50 on 2019-12-30: the new age is right from SLACK_DAYS before the birthday
    ((date(2019, 12, 30) - timedelta(days=SLACK_DAYS)).isoformat(), 50, "supported"),
    ((date(2019, 12, 30) - timedelta(days=SLACK_DAYS + 1)).isoformat(), 50, "contradicted_by_kb"),
    ("2019-12-29", 49, "supported"),  # the day before the birthday
    ("2019-12-30", 50, "supported"),  # the birthday
    ((date(2019, 12, 30) + timedelta(days=SLACK_DAYS - 1)).isoformat(), 49, "supported"),
    ((date(2019, 12, 30) + timedelta(days=SLACK_DAYS)).isoformat(), 49, "contradicted_by_kb"),
])
def test_the_birthday_edge_at_the_turn_of_the_year(accord_annotator, published, age, kind):
    text = f"Kersti Kaljulaid, {age}, said Estonia would keep its defence spending."
    assert verdicts(accord_annotator, text, published, "age") == [kind]


@pytest.mark.parametrize("text", [
    # a family name alone, never written in full nor after an office title: a stranger may bear it
    "Dan, 30, a local farmer, said the harvest was poor.",
    "Peters, 33, was arrested on Monday after the match.",
])
def test_a_lone_family_name_is_no_holder(accord_annotator, text):
    assert verdicts(accord_annotator, text, "2024-12-01", "age") == []


@pytest.mark.parametrize("text, published, kind", [
    # named in full somewhere in the article: the family name alone is that holder
    ("Winston Peters spoke first. Peters, 79, said New Zealand would not join.", "2024-12-01", "supported"),
    ("Winston Peters spoke first. Peters, 81, said New Zealand would not join.", "2024-12-01",
     "contradicted_by_kb"),
    # after an office title: the holder (Luxon born 1970-07-19, Nicușor Dan 1969-12-20)
    ("Prime Minister Luxon, 54, said the budget was sound.", "2024-12-01", "supported"),
    ("Prime Minister Luxon, 56, said the budget was sound.", "2024-12-01", "contradicted_by_kb"),
    ("President Dan, 55, said Romania would stay the course.", "2025-06-01", "supported"),
    ("President Dan, 57, said Romania would stay the course.", "2025-06-01", "contradicted_by_kb"),
])
def test_a_family_name_named_in_full_or_titled(accord_annotator, text, published, kind):
    assert verdicts(accord_annotator, text, published, "age") == [kind]
