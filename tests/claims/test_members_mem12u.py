"""Members, partners and groups named in lists and as actors (issue 12, mem12u), with sentences
written for these tests and the bundled KB. Each rule is tested on both sides of its boundary.

- the organisation's set noun right before a list ("the Nordic countries A, B, C", "G7 nations A
  and B", "EU country A"); with a comma, only a closed apposition that names the whole set;
- "non-NATO member A", "non-EU countries A and B": not members, told of now or of a date;
- a gapped remnant ("X joined NATO in 2009, and Y in 2017") repeats the dated verb for its states.
The entity rule (a state the model tags as a person) is tested in tests/nlp/test_entities.py."""

from __future__ import annotations

import pytest

from ._pipeline import read, verdicts

pytestmark = pytest.mark.model

FLAG = "contradicted_by_kb"


def member_verdicts(annotator, text, day="2022-05-18"):
    return verdicts(annotator, text, day, "member_of")


# --- the set noun right before the list ---------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The Nordic countries Iceland, Finland and Denmark pledged more aid on Monday.",
    "G7 nations Canada and Japan pledged more aid on Monday.",
    "EU country Portugal pledged more aid on Monday.",
    "The Baltic states Lithuania and Estonia pledged more aid on Monday.",
])
def test_a_list_after_the_set_noun_is_the_members(accord_annotator, text):
    found = member_verdicts(accord_annotator, text)
    assert found and set(found) == {"supported"}


@pytest.mark.parametrize("text", [
    "The Nordic countries Iceland, Finland and Poland pledged more aid on Monday.",
    "G7 nations Canada and Australia pledged more aid on Monday.",
    "EU country Iceland pledged more aid on Monday.",
    "The Baltic states Lithuania and Belarus pledged more aid on Monday.",
])
def test_a_wrong_state_after_the_set_noun_is_flagged(accord_annotator, text):
    assert member_verdicts(accord_annotator, text).count(FLAG) == 1


@pytest.mark.parametrize("text", [
    "EU country Iceland and Norway pledged more aid on Monday.",   # singular noun, two states
    "EU countries Iceland pledged more aid on Monday.",            # plural noun, one state
])
def test_the_noun_must_agree_with_the_list(accord_annotator, text):
    assert FLAG not in member_verdicts(accord_annotator, text)


@pytest.mark.parametrize("text, flagged", [
    # a closed apposition, counted: the whole set
    ("The three Baltic states, Lithuania, Latvia and Estonia, pledged more aid on Monday.", 0),
    ("The three Baltic states, Lithuania, Latvia and Finland, pledged more aid on Monday.", 1),
    # closed, with no count: as many states as the KB lists in the grouping
    ("The Baltic states, Lithuania, Latvia and Finland, pledged more aid on Monday.", 1),
    # a count that is not the list's length: not an apposition naming the set
    ("The three Baltic states, Lithuania and Finland, pledged more aid on Monday.", 0),
    ("The two Baltic states, Lithuania and Finland, pledged more aid on Monday.", 1),
    # not closed: a list of parties after the set ("the Baltic states, Poland and Germany")
    ("The Baltic states, Finland and Sweden pledged more aid on Monday.", 0),
    # no count, fewer states than the grouping has
    ("The Baltic states, Finland and Sweden, which border the sea, pledged more aid on Monday.", 0),
    # one more party after the closing comma
    ("The Baltic states, Lithuania, Latvia and Finland, and Germany pledged more aid on Monday.", 0),
])
def test_a_comma_apposition_only_when_closed_and_the_whole_set(accord_annotator, text, flagged):
    assert member_verdicts(accord_annotator, text).count(FLAG) == flagged


# --- "non-NATO member X" ---------------------------------------------------------------------------

@pytest.mark.parametrize("text, day, expected", [
    ("Non-NATO member Ireland sends observers to the drills.", "2022-05-18", "supported"),
    ("Non-NATO member Portugal sends observers to the drills.", "2022-05-18", FLAG),
    ("The non-EU countries Iceland and Norway take part in the single market.", "2022-05-18", "supported"),
    ("The non-EU countries Iceland and Austria take part in the single market.", "2022-05-18", FLAG),
    # told of now: Finland was not a member in May 2022, it was in May 2024
    ("Non-NATO members Finland and Ireland are taking part in the drills.", "2022-05-18", "supported"),
    ("Non-NATO members Finland and Ireland are taking part in the drills.", "2024-05-18", FLAG),
    # a past tense with a date of its own is of that date
    ("Non-NATO member Portugal sent observers to the drills in 2021.", "2022-05-18", FLAG),
])
def test_non_members_named_before_the_state(accord_annotator, text, day, expected):
    found = member_verdicts(accord_annotator, text, day)
    assert (FLAG in found) == (expected == FLAG) and expected in found


def test_non_members_in_an_undated_past_are_not_read_by_the_list_family(spacy_model):
    from accord.nlp.extract.claims import lists
    from accord.nlp.extract.claims.grammar import Context

    from .membership_kb import MembershipKB, parse

    def read(text):
        doc = parse(spacy_model, text)
        ctx = Context(doc, MembershipKB())
        return [(s.subject, s.polarity) for sent in doc.sents for s in lists.extract(ctx, sent)]

    assert read("Non-NATO members Finland and Austria take part in the drills.") == [
        ("state:FIN", "negated"), ("state:AUT", "negated")]
    assert read("Non-NATO members Finland and Austria took part in the drills.") == []  # of when?


@pytest.mark.parametrize("text", [
    "Non-member Portugal sends observers to the drills.",        # no organisation named
    "Non-NATO partners Portugal and Spain send observers to the drills.",  # says nothing of a partnership
    "Former NATO member Portugal sends observers to the drills.",
])
def test_non_members_not_read(accord_annotator, text):
    assert member_verdicts(accord_annotator, text) == []


# --- gapped coordination: "X joined in A, and Y in B" ------------------------------------------------

@pytest.mark.parametrize("text, day, prop, expected", [
    ("Albania joined NATO in 2009, and Montenegro in 2017.", "2023-04-04", "joined", ["supported", "supported"]),
    ("Albania joined NATO in 2009, and Serbia in 2017.", "2023-04-04", "joined", ["contradicted_by_kb", "supported"]),
    ("Albania joined NATO in 2009 and Montenegro in 2016.", "2023-04-04", "joined", ["contradicted_by_kb", "supported"]),
    ("Moldova applied for EU membership on March 3, 2022, and Ukraine on February 28.", "2022-06-24", "applied_to",
     ["supported", "supported"]),
    # the remnant's day before the first clause's, its year not written: it may be the next year's,
    # so Armenia (never an applicant) is not flagged (claims/_gapping.py)
    ("Moldova applied for EU membership on March 3, 2022, and Ukraine and Armenia on February 28.", "2022-06-24",
     "applied_to", ["supported", "supported", "unverifiable"]),
])
def test_a_gapped_remnant_repeats_the_verb_on_its_own_date(accord_annotator, text, day, prop, expected):
    assert verdicts(accord_annotator, text, day, prop) == expected


@pytest.mark.parametrize("text", [
    # the first clause undated: the remnant is not parallel to it
    "Albania joined NATO, and Serbia in 2017.",
    # a verb of its own in the remnant: a clause, not a remnant
    "Albania joined NATO in 2009, and Serbia in 2017 said it would stay out.",
    # the remnant goes on past its date
    "Albania joined NATO in 2009, and Serbia in 2017 talks stalled.",
])
def test_no_remnant_read(accord_annotator, text):
    found = [s for s in read(accord_annotator, text, "2023-04-04") if s.subject == "state:SRB"]
    assert found == []


# --- "after X ratified its bid" --------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Finland joined NATO after Turkey ratified its bid.", ["supported"]),
    ("Finland joined NATO after Ireland ratified its bid.", [FLAG]),
    ("Finland became an ally once Turkey and Hungary had approved its accession.", ["supported", "supported"]),
    ("Finland became an ally once Cyprus and Hungary had approved its accession.", [FLAG, "supported"]),
])
def test_its_accession_in_a_clause_of_time_is_the_main_subjects(accord_annotator, text, expected):
    assert verdicts(accord_annotator, text, "2023-04-05", "ratified_accession") == sorted(expected)


@pytest.mark.parametrize("text", [
    # not a clause of time: "its" is not read as the other state's
    "Finland joined NATO, and Ireland ratified its budget.",
    "Finland joined NATO because Ireland ratified its bid.",
    # the main clause's subject is no state: whose accession is not known
    "The alliance grew after Ireland ratified its bid.",
])
def test_its_outside_a_clause_of_time_is_not_read(accord_annotator, text):
    assert verdicts(accord_annotator, text, "2023-04-05", "ratified_accession") == []


# --- invitations the KB does not list --------------------------------------------------------------

@pytest.mark.parametrize("text, day, expected", [
    ("Finland and Sweden were invited to join NATO on Wednesday.", "2022-06-30", ["supported", "supported"]),
    # already a member on that day
    ("Finland and Denmark were invited to join NATO on Wednesday.", "2022-06-30", [FLAG, "supported"]),
    # not among the states invited then (every invitation from 1997 is listed)
    ("Finland and Ireland were invited to join NATO on Wednesday.", "2022-06-30", [FLAG, "supported"]),
    ("Ireland was invited to join NATO in June 2022.", "2022-07-30", [FLAG]),
    ("Croatia was invited to join NATO on Thursday.", "2008-04-05", ["supported"]),
    ("Moldova was invited to join NATO on Thursday.", "2008-04-05", [FLAG]),
])
def test_invitations_settled_by_the_list(accord_annotator, text, day, expected):
    assert verdicts(accord_annotator, text, day, "invited_to_join") == sorted(expected)


@pytest.mark.parametrize("text, day", [
    ("Ireland was invited to join NATO.", "2022-06-30"),                # undated
    ("Ireland was invited to join NATO in 2021.", "2022-06-30"),        # no invitation listed then
    ("Ireland will be invited to join NATO in June.", "2022-05-30"),    # a plan
    ("Greece was invited to join NATO in 1951.", "1952-02-20"),         # before the list begins
])
def test_invitations_the_list_does_not_settle(accord_annotator, text, day):
    assert FLAG not in verdicts(accord_annotator, text, day, "invited_to_join")


# --- a rank that describes the state says it is a member --------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("NATO envoys met. Latest member Finland hosted them.", ["supported"]),
    ("NATO envoys met. Latest member Ireland hosted them.", [FLAG]),
    ("Ireland, the latest country to join NATO, hosted the envoys.", [FLAG]),
    ("Finland, the latest country to join NATO, hosted the envoys.", ["supported"]),
])
def test_a_rank_describing_the_state_is_a_membership(accord_annotator, text, expected):
    assert verdicts(accord_annotator, text, "2023-04-06", "member_of") == expected


@pytest.mark.parametrize("text", [
    # the rank told by a verb: the accession's claim, not a membership besides it
    "Ireland became NATO's 31st member on Tuesday.",
    # a member to be
    "NATO's would-be 31st member Ireland hosted the envoys.",
])
def test_a_rank_told_by_a_verb_or_to_come_adds_no_membership(accord_annotator, text):
    assert verdicts(accord_annotator, text, "2023-04-06", "member_of") == []


# --- who else the subject names: "along with", "like ... before it" ----------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Finland, along with Sweden, applied to join NATO on Wednesday.", ["supported", "supported"]),
    ("Finland, along with Denmark, applied to join NATO on Wednesday.", [FLAG, "supported"]),
    ("Finland, together with Denmark, applied to join NATO on Wednesday.", [FLAG, "supported"]),
])
def test_states_along_with_the_subject_are_subjects(accord_annotator, text, expected):
    assert verdicts(accord_annotator, text, "2022-05-20", "applied_to") == expected


def test_a_state_the_subject_is_likened_to_at_another_time_takes_no_date(accord_annotator):
    text = "Sweden, like Finland before it, joined NATO in March 2024."
    assert verdicts(accord_annotator, text, "2024-03-10", "joined") == ["supported"]
    # without another time, "like Finland" says Finland did the same, then
    text = "Sweden, like Finland, joined NATO in March 2024."
    assert verdicts(accord_annotator, text, "2024-03-10", "joined") == [FLAG, "supported"]


# --- BRICS's members, complete to 2023 -------------------------------------------------------------

@pytest.mark.parametrize("text, day, flagged", [
    ("BRICS members Brazil and South Africa met in Johannesburg.", "2023-08-22", 0),
    ("BRICS members Brazil and Mexico met in Johannesburg.", "2023-08-22", 1),
    # South Africa joined at the end of 2010
    ("BRICS members Brazil and South Africa met in Brasilia.", "2010-04-15", 1),
    # after the 2024 enlargement the list is not complete (Saudi Arabia unconfirmed): not flagged
    ("BRICS members Brazil and Saudi Arabia met in Kazan.", "2024-10-22", 0),
])
def test_brics_members(accord_annotator, text, day, flagged):
    assert member_verdicts(accord_annotator, text, day).count(FLAG) == flagged


# --- a state welcomed into the organisation ----------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ('"We welcome Finland to the Alliance!" the NATO chief said.', ["supported"]),
    ('"We welcome Chile to the Alliance!" the NATO chief said.', [FLAG]),
    ("NATO welcomed Finland as a full member of the alliance on Tuesday.", ["supported"]),
    ("NATO welcomed Chile as a full member of the alliance on Tuesday.", [FLAG]),
    ("NATO welcomed Chile into the alliance on Tuesday.", [FLAG]),
    # on its way in (invited, applying): the welcome may be of that step, not flagged
    ("NATO welcomed Sweden into the alliance on Tuesday.", ["supported"]),
    ("NATO welcomed Ukraine into the alliance on Tuesday.", []),
    # a partner, never a member: "welcomed to the family" may be figurative, not flagged
    ("NATO welcomed Japan into the alliance on Tuesday.", []),
])
def test_a_state_welcomed_into_the_organisation(accord_annotator, text, expected):
    found = verdicts(accord_annotator, text, "2023-04-06", "welcomed_into")
    assert [k for k in found if k != "new"] == expected


@pytest.mark.parametrize("text", [
    "NATO looks forward to welcoming Chile to the alliance.",   # still to come
    "NATO did not welcome Chile to the alliance.",              # denied
    "NATO welcomed Chile to the summit on Tuesday.",            # a summit, not the organisation
    "NATO welcomed Chile's contribution to the alliance.",      # what the state gave is welcomed
])
def test_welcomes_not_read(accord_annotator, text):
    assert verdicts(accord_annotator, text, "2023-04-06", "welcomed_into") == []
