"""Polarity of claims the KB settles (issue 12, neg16): the EU Council presidency denied ("does
not hold", "no longer holds", said of "whose country" too) and a ratification told as still to
come ("has / is yet to ratify"). Each true sentence is supported or left alone, its one-edit
denial contradicted, and the near misses (a date in "not ... until", a past with no time, a
question, a condition, "not only", a denial said before the act) are not flagged. Sentences
written for these tests.
"""

from __future__ import annotations

import pytest

from ._pipeline import read, verdicts

pytestmark = pytest.mark.model

# Hungary held the presidency of the Council of the EU from 2024-07-01 to 2025-01-01, Belgium
# before it from 2024-01-01 (src/accord/kb/data/eu.yaml).
IN_HUNGARYS_TERM = "2024-07-12"


# -- the EU presidency denied ----------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Hungary does not hold the rotating presidency of the European Union.",
    "Hungary no longer holds the rotating presidency of the European Union.",
    "Hungary, which does not hold the rotating EU presidency, objected.",
    "Hungary has never held the rotating presidency of the European Union.",
    "Hungary did not hold the rotating presidency of the European Union in July 2024.",
])
def test_a_denied_presidency_in_the_states_term_is_contradicted(accord_annotator, text):
    assert verdicts(accord_annotator, text, IN_HUNGARYS_TERM, "holds_presidency") == ["contradicted_by_kb"]


@pytest.mark.parametrize("text", [
    "Hungary holds the rotating presidency of the European Union.",
    "Hungary not only holds the rotating presidency of the European Union but also chairs the council.",
])
def test_the_affirmed_twins_are_supported(accord_annotator, text):
    assert verdicts(accord_annotator, text, IN_HUNGARYS_TERM, "holds_presidency") == ["supported"]


@pytest.mark.parametrize("date, kind", [
    ("2024-06-30", "new"),                  # Belgium's last day: a true denial, never flagged
    ("2024-07-01", "contradicted_by_kb"),   # Hungary's first day
])
def test_a_denied_presidency_turns_on_the_terms_first_day(accord_annotator, date, kind):
    text = "Hungary does not hold the rotating presidency of the European Union."
    assert verdicts(accord_annotator, text, date, "holds_presidency") == [kind]


def test_a_true_denial_is_new_not_supported(accord_annotator):
    text = "Belgium no longer holds the rotating presidency of the European Union."
    assert verdicts(accord_annotator, text, IN_HUNGARYS_TERM, "holds_presidency") == ["new"]


@pytest.mark.parametrize("text", [
    "Hungary did not hold the rotating presidency of the European Union.",     # some past time
    "Hungary had not held the rotating presidency of the European Union.",
    "Hungary does not hold the rotating presidency of the European Union until July.",  # a date
])
def test_a_denial_with_no_day_of_its_own_is_not_read(accord_annotator, text):
    assert verdicts(accord_annotator, text, "2024-02-12", "holds_presidency") == []


@pytest.mark.parametrize("text", [
    "Does Hungary not hold the rotating presidency of the European Union?",
    "If Hungary does not hold the rotating presidency of the European Union, who does?",
    "If Hungary does not hold the rotating presidency of the European Union, Orban may stay at home.",
])
def test_a_question_or_a_condition_is_not_flagged(accord_annotator, text):
    assert verdicts(accord_annotator, text, IN_HUNGARYS_TERM, "holds_presidency") == ["unverifiable"]


def test_the_denied_presidency_is_negated_in_the_statement(accord_annotator):
    found = [s for s in read(accord_annotator, "Hungary no longer holds the rotating presidency of the EU.",
                             IN_HUNGARYS_TERM) if s.property == "holds_presidency"]
    assert [(s.subject, s.polarity) for s in found] == [("state:HUN", "negated")]


# -- "whose country" on a person ---------------------------------------------------------------------

@pytest.mark.parametrize("text, kind", [
    ("Hungarian Prime Minister Viktor Orban, whose country holds the rotating presidency of the European "
     "Union, left early.", "supported"),
    ("Hungarian Prime Minister Viktor Orban, whose country does not hold the rotating presidency of the "
     "European Union, left early.", "contradicted_by_kb"),
    # no state written: the state whose office the KB says he held that day
    ("Viktor Orban, whose country holds the rotating presidency of the European Union, left early.",
     "supported"),
    ("Viktor Orban, whose country no longer holds the rotating presidency of the European Union, left.",
     "contradicted_by_kb"),
    ("Viktor Orban met Olaf Scholz, whose country holds the rotating presidency of the European Union.",
     "contradicted_by_kb"),
])
def test_whose_country_is_the_state_the_person_serves(accord_annotator, text, kind):
    assert verdicts(accord_annotator, text, IN_HUNGARYS_TERM, "holds_presidency") == [kind]


@pytest.mark.parametrize("text", [
    # two people: whose country is not known
    "Orban and Scholz, whose country holds the rotating presidency of the European Union, spoke.",
    # a person with no state office in the KB that day (NATO's)
    "NATO chief Jens Stoltenberg, whose country holds the rotating presidency of the European Union, spoke.",
])
def test_whose_country_of_no_one_person_of_a_state_is_not_read(accord_annotator, text):
    assert verdicts(accord_annotator, text, IN_HUNGARYS_TERM, "holds_presidency") == []


def test_whose_country_of_another_day_is_that_days_holder(accord_annotator):
    # Belgium held the presidency in February 2024: Orban's Hungary did not
    text = "Viktor Orban, whose country holds the rotating presidency of the European Union, left early."
    assert verdicts(accord_annotator, text, "2024-02-12", "holds_presidency") == ["contradicted_by_kb"]


# -- "has / is yet to ratify" ------------------------------------------------------------------------

# Hungary's parliament approved Sweden's accession on 2024-02-26; a ratification is taken to be
# complete RATIFY_DAYS (10) days after the vote when the KB gives no end: 2024-03-07.

@pytest.mark.parametrize("text", [
    "Hungary has yet to ratify Sweden's NATO accession.",
    "Hungary's parliament has yet to ratify Sweden's NATO accession.",
    "Hungary is yet to ratify Sweden's accession to NATO.",
    "Hungary has not ratified Sweden's NATO accession.",
])
def test_yet_to_ratify_said_after_the_ratification_is_contradicted(accord_annotator, text):
    assert verdicts(accord_annotator, text, "2024-04-10", "ratified_accession") == ["contradicted_by_kb"]


@pytest.mark.parametrize("date, kind", [
    ("2024-01-10", "new"),                  # before the vote: true
    ("2024-02-28", "new"),                  # voted, the act maybe not signed yet
    ("2024-03-07", "new"),                  # the last day the act may still be pending
    ("2024-03-08", "contradicted_by_kb"),   # the day after
])
def test_yet_to_ratify_turns_on_the_ratifications_end(accord_annotator, date, kind):
    text = "Hungary has yet to ratify Sweden's NATO accession."
    assert verdicts(accord_annotator, text, date, "ratified_accession") == [kind]


def test_each_ally_yet_to_ratify_is_read(accord_annotator):
    text = "Turkey and Hungary have yet to ratify Sweden's bid."
    assert verdicts(accord_annotator, text, "2024-04-10", "ratified_accession") == ["contradicted_by_kb"] * 2
    assert verdicts(accord_annotator, text, "2023-01-10", "ratified_accession") == ["new"] * 2


@pytest.mark.parametrize("text", [
    "Hungary had yet to ratify Sweden's NATO accession when Finland joined.",   # of another day
    "Hungary has yet to decide whether to ratify Sweden's NATO accession.",
    "Hungary is expected to ratify Sweden's NATO accession.",
])
def test_yet_to_of_another_day_or_verb_is_not_flagged(accord_annotator, text):
    assert "contradicted_by_kb" not in verdicts(accord_annotator, text, "2024-04-10", "ratified_accession")


# -- a denied attendance said of a state's office, or by declining the invitation --------------------

# Fumio Kishida, Japan's prime minister, attended the Madrid summit (2022-06-28); Anthony Albanese,
# Australia's, attended Vilnius (2023-07-11); the KB has no record of Japan's foreign minister there.

@pytest.mark.parametrize("text", [
    "Japan's prime minister skipped the NATO summit in Madrid.",
    "The Japanese prime minister did not attend the NATO summit in Madrid.",
    "The prime minister of Japan stayed away from the NATO summit in Madrid.",
    "Fumio Kishida declined the invitation to the NATO summit in Madrid.",
    "Fumio Kishida turned down an invitation to attend the NATO summit in Madrid.",
])
def test_a_denied_attendance_of_the_days_holder_is_contradicted(accord_annotator, text):
    assert verdicts(accord_annotator, text, "2022-07-05", "attended") == ["contradicted_by_kb"]


def test_the_title_stands_for_the_holder_on_the_events_day(accord_annotator):
    found = [s for s in read(accord_annotator, "Australia's prime minister skipped the NATO summit in Vilnius.",
                             "2023-07-20") if s.property == "attended"]
    assert [(s.subject, s.polarity) for s in found] == [("person:anthony-albanese", "negated")]


def test_the_affirmed_twin_stays_the_states(accord_annotator):
    text = "Japan's prime minister attended the NATO summit in Madrid."
    assert verdicts(accord_annotator, text, "2022-07-05", "attended") == ["supported"]


@pytest.mark.parametrize("text", [
    "Japan's former prime minister skipped the NATO summit in Madrid.",   # not the day's holder
    "The prime minister skipped the NATO summit in Madrid.",             # whose?
    "Fumio Kishida accepted the invitation to the NATO summit in Madrid.",  # no attendance yet
    "Fumio Kishida declined to comment on the NATO summit in Madrid.",
])
def test_no_holder_or_no_attendance_is_not_read(accord_annotator, text):
    assert verdicts(accord_annotator, text, "2022-07-05", "attended") == []


@pytest.mark.parametrize("text, kind", [
    ("Japan's foreign minister skipped the NATO summit in Madrid.", "new"),   # no record against it
    ("China declined the invitation to the NATO summit in Madrid.", "new"),
    ("The Australian prime minister may skip the NATO summit in Vilnius.", "unverifiable"),
])
def test_a_denial_the_kb_cannot_settle_is_not_flagged(accord_annotator, text, kind):
    date = "2023-07-01" if "Vilnius" in text else "2022-07-05"
    assert verdicts(accord_annotator, text, date, "attended") == [kind]


def test_a_denied_decline_says_nothing_of_going(accord_annotator):
    text = "Fumio Kishida did not decline the invitation to the NATO summit in Madrid."
    assert verdicts(accord_annotator, text, "2022-07-05", "attended") == []


# -- "whose country" in the other families that read a state subject -----------------------------

@pytest.mark.parametrize("text, prop, kind", [
    ("Gitanas Nauseda, whose country is a member of NATO, spoke.", "member_of", "supported"),
    ("Gitanas Nauseda, whose country is not a member of NATO, spoke.", "member_of", "contradicted_by_kb"),
    ("Gitanas Nauseda, whose country joined NATO in 2004, spoke.", "joined", "supported"),
    ("Gitanas Nauseda, whose country did not join NATO in 2004, spoke.", "joined", "contradicted_by_kb"),
    ("Lithuanian President Gitanas Nauseda, whose country joined NATO in 1999, spoke.", "joined",
     "contradicted_by_kb"),
])
def test_whose_country_reads_membership_and_accession(accord_annotator, text, prop, kind):
    assert verdicts(accord_annotator, text, "2023-07-12", prop) == [kind]


@pytest.mark.parametrize("text", [
    # the envoy's country is the one that sends him, not Lithuania (the parse makes "Lithuania" a
    # compound of the name: read as whose country, the denial would be flagged)
    "Ambassador to Lithuania Viktor Orban, whose country is not a member of NATO, spoke.",
    "Hungary's ambassador to Lithuania Viktor Orban, whose country is not a member of NATO, spoke.",
    "The Hungarian envoy to Lithuania, Viktor Orban, whose country is not a member of NATO, spoke.",
])
def test_a_state_the_person_is_sent_to_is_not_whose_country(accord_annotator, text):
    assert verdicts(accord_annotator, text, "2023-07-12", "member_of") == []



# -- "whose country" as a summit's host --------------------------------------------------------------

@pytest.mark.parametrize("text, date, kind", [
    ("Dick Schoof, whose country will host the next NATO summit, spoke.", "2024-07-12", "supported"),
    ("Dick Schoof, whose country will not host the next NATO summit, spoke.", "2024-07-12", "contradicted_by_kb"),
    ("Pedro Sanchez, whose country will host the next NATO summit, spoke.", "2024-07-12", "contradicted_by_kb"),
    ("Gitanas Nauseda, whose country is not hosting the summit in Vilnius, spoke.", "2023-07-12",
     "contradicted_by_kb"),
])
def test_whose_country_hosts_the_summit(accord_annotator, text, date, kind):
    found = [s for s in read(accord_annotator, text, date) if s.property == "located_in" and s.value.startswith("state:")]
    assert len(found) == 1
    assert verdicts(accord_annotator, text, date, "located_in") == [kind]


def test_whose_country_of_no_states_office_hosts_nothing(accord_annotator):
    text = "NATO chief Jens Stoltenberg, whose country will host the next NATO summit, spoke."
    assert verdicts(accord_annotator, text, "2024-07-12", "located_in") == []


# -- an indirect question asks, it does not assert ---------------------------------------------------

@pytest.mark.parametrize("text, date, prop", [
    # before Hungary's vote (2024-02-26): read as asserted, "has ratified" was flagged
    ("It is unclear whether Hungary has ratified Sweden's NATO accession.", "2024-01-10", "ratified_accession"),
    ("Officials asked whether Hungary had ratified Sweden's NATO accession.", "2024-01-10", "ratified_accession"),
    ("Whether Sweden is a member of NATO is unclear.", "2023-04-10", "member_of"),
    ("It is not clear whether Sweden has joined NATO.", "2023-04-10", "joined"),
    ("Nobody knows whether Sweden is a member of NATO.", "2023-04-10", "member_of"),
])
def test_a_claim_inside_whether_is_unverifiable(accord_annotator, text, date, prop):
    assert verdicts(accord_annotator, text, date, prop) == ["unverifiable"]


@pytest.mark.parametrize("text, date, prop, kind", [
    # the main clause beside a "whether or not" clause is asserted
    ("Whether or not Hungary agrees, Sweden is a member of NATO.", "2024-04-10", "member_of", "supported"),
    ("Whether or not Hungary agrees, Sweden is a member of NATO.", "2023-04-10", "member_of",
     "contradicted_by_kb"),
    ("Sweden is a member of NATO, and it is unclear whether Hungary agrees.", "2023-04-10", "member_of",
     "contradicted_by_kb"),
])
def test_the_clause_beside_a_whether_clause_is_asserted(accord_annotator, text, date, prop, kind):
    assert verdicts(accord_annotator, text, date, prop) == [kind]


@pytest.mark.parametrize("text, date", [
    ("Rishi Sunak did not seek re-election as prime minister.", "2024-05-20"),
    ("Joe Biden is not seeking re-election as president.", "2024-07-25"),
])
def test_not_seeking_re_election_is_no_claim_about_holding(accord_annotator, text, date):
    assert verdicts(accord_annotator, text, date, "holds_office") == []
