"""The state in a title (issue 12, plc12: places), with sentences written for these tests and the
bundled KB: "Vietnamese President Xi Jinping", "the Pakistani prime minister, Narendra Modi" — an
office of a state the KB keeps no holder list for, given to someone the KB has in office for
another state on that day, is contradicted (claims/_office_states.py); the right state, a monarch
of several realms, an office of an organisation, a day the person's term does not surely cover,
and someone the KB does not know stay silent."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def kinds(annotator, text, date):
    """The kinds of the findings on titles held ("holds the office of") in the checked text."""
    from bench.paraphrases import Checker

    return [f["kind"] for f in Checker(annotator).findings(text, date) if "holds the office of" in str(f.get("claim"))]


@pytest.mark.parametrize("text, date", [
    ("Obama met in the afternoon with Vietnamese President Xi Jinping.", "2016-04-01"),
    ("Obama met with the Pakistani prime minister, Narendra Modi, on Friday.", "2016-04-01"),
    ("Iranian President Recep Tayyip Erdogan called for calm.", "2016-08-24"),
    ("Philippine Prime Minister Shinzo Abe arrived in Manila.", "2016-01-27"),
    ("South Korean Prime Minister Fumio Kishida flew to Madrid for the summit.", "2022-06-28"),
    ("Indonesian Prime Minister Anthony Albanese spoke on Tuesday.", "2024-04-01"),
    ("In September 2013, Mongolian President Xi Jinping went to Astana.", "2015-12-28"),
])
def test_another_states_title_for_someone_in_office_elsewhere_is_contradicted(accord_annotator, text, date):
    assert "contradicted_by_kb" in kinds(accord_annotator, text, date)


@pytest.mark.parametrize("text, date", [
    ("Obama met in the afternoon with Chinese President Xi Jinping.", "2016-04-01"),
    ("Japanese Prime Minister Fumio Kishida flew to Madrid for the summit.", "2022-06-28"),
    ("Turkish President Recep Tayyip Erdogan called for calm.", "2016-08-24"),
    ("Canadian King Charles III opened parliament.", "2024-04-01"),       # one monarch, several realms
    ("In 2013, Mongolian President Xi Jinping went to Astana.", "2015-12-28"),  # not in office all that year
    ("Vietnamese President Nguyen Van Thanh spoke on Friday.", "2016-04-01"),  # no one the KB knows
])
def test_no_contradiction_from_the_titles_state_without_a_sure_other_office(accord_annotator, text, date):
    assert "contradicted_by_kb" not in kinds(accord_annotator, text, date)


@pytest.mark.parametrize("date, expected", [
    ("2013-03-13", False),  # the day before Xi Jinping became President of China
    ("2013-03-14", True),   # his first day
])
def test_the_other_office_must_be_held_on_the_day(accord_annotator, date, expected):
    found = kinds(accord_annotator, "Vietnamese President Xi Jinping said so.", date)
    assert ("contradicted_by_kb" in found) is expected
