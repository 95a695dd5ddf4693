"""False alarms the held-out probes cr23a and cr23b found on their clean articles (session 16,
measured at 14ece478 before they were fixed), each as a phenomenon with its twins:
- a bare title given to a person whose state is known only from their other offices (a namesake,
  perhaps) is not that state's office when the article points to another state with an office of
  that title: a state it names, or the state of another person it names
  (`offices._another_states_office`);
- a participle set off by a comma after a titled name ("President X, himself elected ... in May,
  swore in ...") is no act of X's when the parser takes it for X's verb: X was chosen, and the
  title is not dated by it (`offices._participle_set_off`);
- a name the KB gives anything (a party: "Syriza") is no misspelling of another KB name
  ("Syria"), even of a kind whose misspellings are not looked for (`anomalies.FormIndex.from_kb`).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.claims._pipeline import outcome


@pytest.mark.parametrize("text", [
    "Justin Trudeau and his ministers took their oaths before Governor General David Johnston.",
    "OTTAWA — Justin Trudeau was sworn in on Wednesday before Governor General David Johnston.",
    "Canada's new cabinet met Governor General David Johnston on Wednesday.",
])
def test_a_bare_title_is_not_the_namesakes_state_when_the_article_points_elsewhere(checker, text):
    assert outcome(checker, text, "2015-11-04") != "flagged"


@pytest.mark.parametrize("text", [
    # no other state in sight: the person's own state's office, and the KB says he never held it
    "Malcolm Turnbull met Governor General David Johnston in Canberra.",
    "Governor-General Quentin Bryce opened parliament.",
])
def test_a_bare_title_still_takes_the_own_state_with_no_other_in_sight(checker, text):
    assert outcome(checker, text, "2015-11-04") == "flagged"


@pytest.mark.parametrize("text", [
    "President Andrzej Duda, himself elected as the party's candidate in May, swore in the new government.",
    "President Andrzej Duda, himself chosen as the candidate in May, swore in the new government.",
])
def test_a_participle_set_off_by_a_comma_does_not_date_the_title(checker, text):
    assert outcome(checker, text, "2015-11-16") != "flagged"


@pytest.mark.parametrize("text,expected", [
    ("President Andrzej Duda, elected in May, swore in the new government.", "supported"),
    ("President Bronisław Komorowski, elected in May, swore in the new government.", "flagged"),
])
def test_the_title_is_still_checked_on_the_articles_day(checker, text, expected):
    assert outcome(checker, text, "2015-11-16") == expected


@pytest.mark.parametrize("text", [
    "The motion passed with the votes of the governing New Democracy and the main opposition Syriza.",
    "Alexis Tsipras led Syriza into government in January 2015.",
])
def test_a_name_the_kb_gives_a_party_is_no_misspelling(checker, text):
    assert outcome(checker, text, "2020-01-23") != "flagged"


def test_a_state_name_misspelt_is_still_flagged(checker):
    assert outcome(checker, "The president of Syrria met the Greek prime minister on Tuesday.", "2020-01-23") == "flagged"


@pytest.mark.parametrize("text,expected", [
    # Medvedev was president 2008-2012 and prime minister 2012-2020: in 2016 the presidency is
    # no past holder's bare title for a man serving in another post of the same state
    ("Trump has faced criticism for his friendly overtures to Russian President Dmitry Medvedev.", "flagged"),
    ("Trump has faced criticism for his friendly overtures to Russian President Vladimir Putin.", "supported"),
    # told in the past, the old post may be meant
    ("The reset was launched with Russian President Dmitry Medvedev.", "supported"),
])
def test_a_long_gone_title_is_no_past_holders_for_someone_serving_in_another_post(checker, text, expected):
    # `offices._in_another_post_now` (kb24 listed Medvedev's presidency; session 16)
    assert outcome(checker, text, "2016-08-17") == expected
