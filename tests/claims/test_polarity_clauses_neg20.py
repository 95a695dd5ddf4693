"""Polarity in two clause shapes whose subject is written elsewhere (issue 12, neg20): a
relative clause on a common noun in apposition to a state's name ("Norway, a founding member of
NATO that has never joined the EU": the state is Norway, unless the noun's own words name another
state, which "that" may stand for), and a second predicate coordinated with a first one that holds
the subject ("Moldova is neutral and is not a member of NATO"). Both polarities, the day of an
accession on either side. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from ._pipeline import verdicts

pytestmark = pytest.mark.model

# kb: Finland joined NATO 2023-04-04; Norway is no EU member; Moldova no NATO member.


@pytest.mark.parametrize("text, expected", [
    ("Norway, a founding member of NATO that has joined the European Union, keeps its course.", ["contradicted_by_kb"]),
    ("Norway, a founding member of NATO that has never joined the European Union, keeps its course.", ["new"]),
    ("Finland, a neutral country that has never joined NATO, hosts talks.", ["contradicted_by_kb"]),
])
def test_a_relative_clause_on_an_apposition_is_the_states(accord_annotator, text, expected):
    assert verdicts(accord_annotator, text, "2024-11-04", "joined") == expected


@pytest.mark.parametrize("published, expected", [
    ("2023-04-03", ["supported"]),  # the eve of the accession: true (it joined only after)
    ("2023-04-05", ["contradicted_by_kb"]),
])
def test_the_day_of_the_accession_decides(accord_annotator, published, expected):
    text = "Finland, a Nordic country that has never joined NATO, hosts talks."
    assert verdicts(accord_annotator, text, published, "joined") == expected


def test_another_state_in_the_nouns_words_is_not_taken(accord_annotator):
    # "that" may be Russia: Finland is not read as the subject
    found = read_subjects(accord_annotator, "Finland, a neighbour of Russia that has never joined NATO, spoke.")
    assert "state:FIN" not in found


@pytest.mark.parametrize("text, expected", [
    ("Moldova is neutral under its constitution and is not a member of NATO.", ["supported"]),
    ("Moldova is neutral under its constitution and is a member of NATO.", ["contradicted_by_kb"]),
    ("Moldova became an EU candidate in June 2022. The country is neutral and is a member of NATO.",
     ["contradicted_by_kb"]),
    ("Ukraine applied in 2022 and is not a member of the EU.", ["supported"]),
])
def test_a_coordinated_predicate_shares_the_first_ones_subject(accord_annotator, text, expected):
    assert verdicts(accord_annotator, text, "2024-11-04", "member_of") == expected


def read_subjects(annotator, text):
    from ._pipeline import read

    return {st.subject for st in read(annotator, text, "2024-11-04") if st.property == "joined"}
