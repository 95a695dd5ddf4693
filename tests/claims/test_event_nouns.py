"""Claims carried by noun phrases (read16, session 11): an accession, an application or a
membership told by its noun ("Spain's 1982 accession", "the accession of Sweden in March 2024",
"its 1999 entry into NATO", "Sweden's May 2022 application", "Estonia's NATO membership since
2004"), a relative clause on a name ("Bulgaria, which has been a member since 2004,"), and the
anniversary of a dated entry. Each true sentence is supported, its one-edit twin contradicted;
prospects, failures, hindrances and denials ("its planned accession", "was blocked", "did not
happen") and verbs that act on a prospect ("Turkey blocked Sweden's accession in 2022") are not
read. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from ._pipeline import verdicts

pytestmark = pytest.mark.model

# Sweden joined NATO on 2024-03-07, Finland on 2023-04-04, Spain on 1982-05-30, Poland on
# 1999-03-12; Sweden applied on 2022-05-18; Estonia joined on 2004-03-29 (src/accord/kb/data/nato.yaml).
DAY = "2024-06-15"
NATO = "NATO ministers met in Brussels. "  # the article's organisation, named once


# -- accessions told by their noun -------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    NATO + "Spain's 1982 accession split the governing party.",
    NATO + "The accession of Sweden in March 2024 closed a long debate.",
    NATO + "Finland's accession in April 2023 lengthened the alliance's border.",
    "Poland marked its 1999 entry into NATO with a concert.",
    NATO + "Since Estonia's accession in 2004, allied jets have patrolled its skies.",
    NATO + "With Sweden's March 2024 accession, the Baltic became an allied sea.",
    NATO + "Finland's joining in April 2023 redrew the map.",
    "Finland's accession to NATO in April 2023",  # a headline
])
def test_a_dated_accession_told_by_its_noun_is_supported(accord_annotator, text):
    assert verdicts(accord_annotator, text, DAY, "joined") == ["supported"]


@pytest.mark.parametrize("text", [
    NATO + "Spain's 1986 accession split the governing party.",
    NATO + "The accession of Sweden in March 2023 closed a long debate.",
    NATO + "Finland's accession in April 2022 lengthened the alliance's border.",
    "Poland marked its 1997 entry into NATO with a concert.",
    NATO + "Since Estonia's accession in 2007, allied jets have patrolled its skies.",
    NATO + "With Sweden's March 2022 accession, the Baltic became an allied sea.",
    NATO + "Finland's joining in April 2021 redrew the map.",
])
def test_the_noun_with_a_wrong_date_is_contradicted(accord_annotator, text):
    assert verdicts(accord_annotator, text, DAY, "joined") == ["contradicted_by_kb"]


@pytest.mark.parametrize("text", [
    NATO + "Turkey blocked Sweden's accession in 2022.",                    # the date is the blocking's
    NATO + "Hungary ratified Sweden's accession in February 2024.",          # the ratification's
    NATO + "Sweden's accession in 2023 was held up by Ankara.",              # hindered
    NATO + "Sweden's accession in 2023 remained out of reach.",
    NATO + "Sweden's accession in 2023 looked certain.",
    NATO + "Sweden's accession in 2023 was unlikely.",
    NATO + "Ukraine's planned accession in 2022 was shelved.",               # a prospect
    NATO + "Georgia's would-be accession in 2008 came to nothing.",
    NATO + "Georgia's failed accession in 2008 still rankles in Tbilisi.",
    NATO + "Ukraine's accession in 2022 did not happen.",                    # denied
    NATO + "Ukraine's accession in 2022 would have changed the war.",        # a condition
    NATO + "Ankara's objection to Sweden's accession in 2022 lasted months.",  # a stance about it
    NATO + "Austria's entry in 1995 was debated.",                           # "entry" with no organisation
    NATO + "The treaty's entry into force in 1950 was delayed.",
    "NATO and the EU met. Sweden's 2022 accession was hailed.",              # two organisations with members
])
def test_prospects_hindrances_and_acts_on_the_noun_are_not_read(accord_annotator, text):
    assert verdicts(accord_annotator, text, DAY, "joined") == []


@pytest.mark.parametrize("date, found", [
    ("2024-03-31", ["supported"]),  # the accession's own month: no later than the article
    ("2024-02-29", []),             # the month before: a date to come is a plan, not read
])
def test_an_accession_dated_after_the_article_is_not_read(accord_annotator, date, found):
    text = NATO + "Sweden's March 2024 accession was celebrated in Stockholm."
    assert verdicts(accord_annotator, text, date, "joined") == found


def test_the_articles_organisation_is_a_less_sure_link(accord_annotator):
    from ._pipeline import read

    found = [s for s in read(accord_annotator, NATO + "Spain's 1982 accession split the party.", DAY)
             if s.property == "joined"]
    assert [s.references[0].confidence.get("link") for s in found] == [0.7]


# -- applications and memberships ---------------------------------------------------------------------

@pytest.mark.parametrize("text, kind", [
    (NATO + "Sweden's May 2022 application surprised few in Stockholm.", "supported"),
    (NATO + "Sweden's May 2021 application surprised few in Stockholm.", "contradicted_by_kb"),
    ("Sweden's 2022 application to NATO was held up by Turkey.", "supported"),   # held up, but made
    ("Sweden's 2020 application to NATO was held up by Turkey.", "contradicted_by_kb"),
])
def test_a_dated_application_told_by_its_noun(accord_annotator, text, kind):
    assert verdicts(accord_annotator, text, DAY, "applied_to") == [kind]


@pytest.mark.parametrize("text", [
    NATO + "Poland's application of the new rules in 2023 pleased Brussels.",  # another sense
    NATO + "Sweden's planned application in 2021 never went ahead.",
])
def test_an_application_in_another_sense_or_only_planned_is_not_read(accord_annotator, text):
    assert verdicts(accord_annotator, text, DAY, "applied_to") == []


@pytest.mark.parametrize("text, kind", [
    ("Estonia's NATO membership since 2004 reassures Tallinn.", "supported"),
    ("Estonia's NATO membership since 2008 reassures Tallinn.", "contradicted_by_kb"),
    ("Austria's membership of the EU since 1995 has reshaped its farms.", "supported"),
    ("Austria's membership of the EU since 1999 has reshaped its farms.", "contradicted_by_kb"),
])
def test_a_membership_since_told_by_its_noun(accord_annotator, text, kind):
    assert verdicts(accord_annotator, text, DAY, "member_of") == [kind]


@pytest.mark.parametrize("text", [
    "Georgia's NATO membership since 2008 has been a promise only.",
    "Georgia's NATO membership since 2008 was promised but never came.",
    "Georgia's hoped-for NATO membership since 2008 never came.",
])
def test_a_membership_the_clause_makes_a_prospect_is_not_read(accord_annotator, text):
    assert verdicts(accord_annotator, text, DAY, "member_of") == []


# -- a relative clause on a name, and the anniversary of a dated entry ---------------------------------

@pytest.mark.parametrize("text, kind", [
    (NATO + "Romania, which has been a member since 2004, hosts allied troops.", "supported"),
    (NATO + "Romania, which has been a member since 2009, hosts allied troops.", "contradicted_by_kb"),
])
def test_has_been_a_member_since_on_a_relative_clause(accord_annotator, text, kind):
    assert verdicts(accord_annotator, text, DAY, "member_of") == [kind]


def test_the_anniversary_of_a_dated_entry_is_marked_on_the_articles_day(accord_annotator):
    # "1999" is the entry's own year, not the day of the marking: 25 years before 2024
    text = "Poland celebrated the 25th anniversary of its 1999 entry into NATO."
    assert verdicts(accord_annotator, text, DAY, "membership_anniversary") == ["supported"]
    assert verdicts(accord_annotator, text, DAY, "joined") == ["supported"]


# -- "whose", a rank on a relative clause, an application acted on, a signing told by its noun --------

@pytest.mark.parametrize("text, prop, kind", [
    (NATO + "Finland, whose accession in April 2023 moved the border, sent jets.", "joined", "supported"),
    (NATO + "Turkey stalled Sweden's 2022 application for a year.", "applied_to", "supported"),
    (NATO + "Turkey stalled Sweden's 2021 application for a year.", "applied_to", "contradicted_by_kb"),
    (NATO + "Sweden, which became NATO's 32nd member in March 2024, sent ships.", "member_rank", "supported"),
    (NATO + "Sweden, which became NATO's 30th member in March 2024, sent ships.", "member_rank", "contradicted_by_kb"),
])
def test_relative_clauses_and_acts_on_an_application(accord_annotator, text, prop, kind):
    assert verdicts(accord_annotator, text, DAY, prop) == [kind]


def test_an_application_acted_on_keeps_the_date_before_the_noun(accord_annotator):
    # "in 2023" is the stalling's; 2022 the application's
    text = NATO + "Turkey stalled Sweden's 2022 application in 2023."
    assert verdicts(accord_annotator, text, DAY, "applied_to") == ["supported"]


def test_an_application_acted_on_with_its_date_after_the_noun_is_not_read(accord_annotator):
    # the date after the noun may be the stalling's
    text = NATO + "Turkey stalled Sweden's application in 2023."
    assert verdicts(accord_annotator, text, DAY, "applied_to") == []


@pytest.mark.parametrize("text, kind", [
    ("After the signing of North Macedonia's accession protocol in February 2019, allies began to ratify it.",
     "supported"),
    ("After the signing of North Macedonia's accession protocol in February 2018, allies began to ratify it.",
     "contradicted_by_kb"),
])
def test_a_protocol_signing_told_by_its_noun(accord_annotator, text, kind):
    assert verdicts(accord_annotator, text, DAY, "accession_protocol") == [kind]


def test_a_signing_a_verb_acts_on_is_not_read(accord_annotator):
    text = "Ankara delayed the signing of North Macedonia's accession protocol in 2018."
    assert verdicts(accord_annotator, text, DAY, "accession_protocol") == []


# -- a founding treaty named with its year --------------------------------------------------------------

@pytest.mark.parametrize("text, kind", [
    ("The 1949 Washington Treaty still binds every ally.", "supported"),
    ("The 1952 Washington Treaty still binds every ally.", "contradicted_by_kb"),
    ("The North Atlantic Treaty of 1949 still binds every ally.", "supported"),
    ("The North Atlantic Treaty of 1950 still binds every ally.", "contradicted_by_kb"),
])
def test_a_founding_treaty_named_with_its_year_dates_the_founding(accord_annotator, text, kind):
    assert verdicts(accord_annotator, text, DAY, "established") == [kind]


@pytest.mark.parametrize("text", [
    "The 1949 treaty still binds every ally.",                 # no treaty the KB knows by that name
    "The North Atlantic Treaty of 1949's twelve signatories met again.",  # the "of" phrase holds more
])
def test_a_year_on_no_known_treaty_or_in_a_longer_phrase_is_not_read(accord_annotator, text):
    assert verdicts(accord_annotator, text, DAY, "established") == []
