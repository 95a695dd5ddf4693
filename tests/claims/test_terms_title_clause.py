"""A term verb's title is its own (issue 12, session 9): "X, who became secretary general in 2014
after serving as Norway's prime minister" dates the start of the secretary-general term, not of
the prime minister's (a false alarm: "took up the office of Prime Minister of Norway in 2014");
and "became secretary general" parsed with "general" an adjective still names the title.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.claims._pipeline import outcome

AFTER_SERVING = ("Jens Stoltenberg, who became secretary general in {year} after serving as Norway's prime "
                 "minister, said the alliance stood by its members.")


def test_the_as_title_of_a_clause_under_the_verb_is_not_the_verbs(checker):
    assert outcome(checker, AFTER_SERVING.format(year=2014), "2023-10-16") == "supported"


def test_a_wrong_year_for_the_verbs_own_title_is_flagged(checker):
    # twin: he took up the secretary-general post on 1 October 2014, not in 2012
    assert outcome(checker, AFTER_SERVING.format(year=2012), "2023-10-16") == "flagged"


@pytest.mark.parametrize("year, expect", [(2014, "supported"), (2013, "flagged")])
def test_became_secretary_general_parsed_as_an_adjective_names_the_title(checker, year, expect):
    text = f"Jens Stoltenberg, who became secretary general in {year}, said the alliance stood by its members."
    assert outcome(checker, text, "2023-10-16") == expect


def test_the_verbs_own_as_title_is_still_read(checker):
    # "as" on the verb itself: the title is the verb's (2005 was one of his starts as prime minister)
    text = "Jens Stoltenberg took office as Norway's prime minister in 2005 after an election."
    assert outcome(checker, text, "2023-10-16") == "supported"
    assert outcome(checker, text.replace("2005", "2014"), "2023-10-16") == "flagged"  # Solberg then


@pytest.mark.parametrize("owner, expect", [
    # an owner the KB does not know, written after the title: no office, not her own country's
    ("the UN General Assembly", "supported"),
    # twin: an owner the KB knows is read and checked (Steinmeier was Germany's president then)
    ("Germany", "flagged"),
])
def test_an_unknown_owner_written_after_the_title_is_no_licence_to_guess(checker, owner, expect):
    text = f"Annalena Baerbock, Germany's foreign minister until May, was elected president of {owner} on Monday."
    assert outcome(checker, text, "2025-06-03") == expect
