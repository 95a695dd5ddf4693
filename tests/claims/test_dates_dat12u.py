"""Dates of events in the forms real news gives them (issue 12, helper dat12u), on sentences
written for these tests.

- Gapped clauses (`claims/_gapping.py`): "X joined NATO in 1999, and Y in 2004" makes Y's claim
  with Y's own date; a remnant's day with no year takes the first clause's year, and is not sure
  when it falls before the first clause's day (it may be in the next year).
"""

from __future__ import annotations

import pytest

from ._pipeline import read, verdicts

pytestmark = pytest.mark.model


def _joined(annotator, text: str, published: str, state: str) -> list[str]:
    """The verdicts on `state`'s `joined` claims."""
    found = read(annotator, text, published)
    from accord.reconcile.verify import verify

    for i, st in enumerate(found):
        st.id = f"s{i}"
    ids = {s.id for s in found if s.property == "joined" and s.subject == state}
    return sorted(f.kind for f in verify(found, {"": published, "d": published}, annotator.kb) if f.statement_id in ids)


# The KB: Hungary 1999-03-12, Slovakia and Latvia 2004-03-29, Albania 2009-04-01,
# Montenegro 2017-06-05, Finland 2023-04-04, Sweden 2024-03-07.
@pytest.mark.parametrize("text, state, kind", [
    ("Hungary joined NATO in 1999, and Slovakia in 2004.", "state:SVK", ["supported"]),
    ("Hungary joined NATO in 1999, and Slovakia in 2005.", "state:SVK", ["contradicted_by_kb"]),
    ("Hungary joined NATO in 1999, and Slovakia in 2003.", "state:SVK", ["contradicted_by_kb"]),
    # the first clause keeps its own date
    ("Hungary joined NATO in 1999, and Slovakia in 2005.", "state:HUN", ["supported"]),
    ("Hungary joined NATO in 2000, and Slovakia in 2004.", "state:HUN", ["contradicted_by_kb"]),
    # the parser hangs the remnant on the first date ("in 1999 and Latvia in 2004")
    ("Hungary joined NATO in 1999 and Latvia in 2004.", "state:LVA", ["supported"]),
    ("Hungary joined NATO in 1999 and Latvia in 2006.", "state:LVA", ["contradicted_by_kb"]),
    # days, the year written
    ("Albania joined NATO on 1 April 2009, and Montenegro on 5 June 2017.", "state:MNE", ["supported"]),
    ("Albania joined NATO on 1 April 2009, and Montenegro on 6 June 2017.", "state:MNE", ["contradicted_by_kb"]),
    ("Albania joined NATO on 1 April 2009, and Montenegro on 4 June 2017.", "state:MNE", ["contradicted_by_kb"]),
    # the year not written: the first clause's, sure when the remnant's day comes after its day
    ("Sweden joined NATO on 7 March 2024, and Finland on 4 April.", "state:FIN", ["contradicted_by_kb"]),
    # ... and not sure before it: "on 7 March" may be the next year's (here it is: 2024)
    ("Finland joined NATO on 4 April 2023, and Sweden on 7 March.", "state:SWE", ["unverifiable"]),
    ("Finland joined NATO on 4 April 2023, and Sweden on 6 March.", "state:SWE", ["unverifiable"]),
])
def test_a_gapped_remnant_makes_the_claim_with_its_own_date(accord_annotator, text, state, kind):
    assert _joined(accord_annotator, text, "2024-06-01", state) == kind


@pytest.mark.parametrize("published", ["2023-01-10", "2024-12-30"])
def test_a_remnant_day_takes_the_first_clauses_year_not_the_articles(accord_annotator, published):
    found = read(accord_annotator, "Latvia joined NATO on 29 March 2004, and Slovakia on 30 March.", published)
    dates = [st.point_in_time.value for st in found if st.property == "joined" and st.subject == "state:SVK"]
    assert dates == ["2004-03-30"]


@pytest.mark.parametrize("text", [
    "Russia invaded Georgia in 2008, and Ukraine in 2014.",  # the remnant may be the object
    "Hungary did not join NATO in 2004, and Slovakia in 1999.",  # a denial is not made again
    "Hungary joined NATO, and Slovakia in 2004 after a long wait.",  # no date of the first clause's
])
def test_no_remnant_claim_where_the_gap_is_not_sure(accord_annotator, text):
    found = read(accord_annotator, text, "2024-06-01")
    remade = [st for st in found if st.subject in ("state:UKR", "state:SVK")
              and st.property in ("invaded", "joined") and st.polarity == "affirmed"
              and st.point_in_time is not None]
    assert remade == []


# "last MONTH": the date reader's latest such month; in the article's own year it may be the
# year before's (news writes "applied last May" in June of the next year), so a clash there is not
# flagged. Finland applied on 2022-05-18.
@pytest.mark.parametrize("text, published, kind", [
    ("Finland applied to join NATO last May.", "2023-06-10", ["unverifiable"]),  # 2023-05, or 2022-05
    ("Finland applied to join NATO last March.", "2023-06-10", ["unverifiable"]),
    ("Finland applied to join NATO last May.", "2023-05-10", ["supported"]),  # the anchor's own month: 2022
    ("Finland applied to join NATO last June.", "2023-05-10", ["contradicted_by_kb"]),  # not reached: 2022
    ("Finland applied to join NATO last April.", "2023-05-10", ["unverifiable"]),  # one month back
    ("Finland applied to join NATO last May.", "2022-06-10", ["supported"]),
    ("Finland applied to join NATO in May last year.", "2023-06-10", ["supported"]),
    ("Finland applied to join NATO in March last year.", "2023-06-10", ["contradicted_by_kb"]),
])
def test_last_month_earlier_in_the_articles_year_is_not_sure_of_its_year(accord_annotator, text, published, kind):
    assert verdicts(accord_annotator, text, published, "applied_to") == kind


# An invasion told by the verb that launched it; Russia invaded Ukraine on 2022-02-24 (and 2014).
@pytest.mark.parametrize("text, published, kind", [
    ("Russia launched its full-scale invasion of Ukraine in February 2022.", "2023-09-01", ["supported"]),
    ("Russia launched its full-scale invasion of Ukraine in March 2022.", "2023-09-01", ["contradicted_by_kb"]),
    ("Russia launched its full-scale invasion of Ukraine in January 2022.", "2023-09-01", ["contradicted_by_kb"]),
    ("Russia began a full-scale invasion of Ukraine on 24 February 2022.", "2023-09-01", ["supported"]),
    ("Russia began a full-scale invasion of Ukraine on 25 February 2022.", "2023-09-01", ["contradicted_by_kb"]),
    ("Russia launched its invasion of Ukraine last February.", "2023-01-15", ["supported"]),  # only 2022's
    ("Russia launched its invasion of Ukraine last April.", "2023-01-15", ["contradicted_by_kb"]),
    ("Russia launched its invasion of Ukraine last February.", "2023-03-15", ["unverifiable"]),  # 2023-02?
])
def test_an_invasion_launched_on_a_date_is_checked(accord_annotator, text, published, kind):
    assert verdicts(accord_annotator, text, published, "invaded") == kind


@pytest.mark.parametrize("text", [
    "Russia could launch an invasion of Moldova in 2025.",  # not told as done
    "Russia did not launch an invasion of Ukraine in March 2022.",  # denied
    "Putin launched his invasion of Ukraine in March 2022.",  # a person: which state is not read here
])
def test_no_launched_invasion_unless_told_done_by_a_state(accord_annotator, text):
    assert verdicts(accord_annotator, text, "2023-09-01", "invaded") == []


# The 2023 NATO summit met in Vilnius on 11-12 July (a Tuesday and a Wednesday); a report of
# Wednesday 12 July. The meeting of NATO foreign ministers in Brussels met on 28-29 November 2023.
@pytest.mark.parametrize("text, published, kind", [
    ("Sunak held talks with Zelensky at the NATO summit on Tuesday.", "2023-07-12", ["supported"]),
    ("Sunak held talks with Zelensky at the NATO summit on Wednesday.", "2023-07-12", ["supported"]),
    ("Sunak held talks with Zelensky at the NATO summit on Monday.", "2023-07-12", ["contradicted_by_kb"]),
    ("Sunak held talks with Zelensky at the NATO summit in Vilnius on 11 July.", "2023-07-14", ["supported"]),
    ("Sunak held talks with Zelensky at the NATO summit in Vilnius on 10 July.", "2023-07-14", ["contradicted_by_kb"]),
    ("Sunak held talks with Zelensky at the NATO summit in Vilnius on 13 July.", "2023-07-14", ["contradicted_by_kb"]),
    ("Kuleba wrapped up a long day of talks at the meeting of NATO foreign ministers in Brussels on Tuesday.",
     "2023-11-29", ["supported"]),
    ("Kuleba wrapped up a long day of talks at the meeting of NATO foreign ministers in Brussels on Monday.",
     "2023-11-29", ["contradicted_by_kb"]),
])
def test_a_verb_whose_object_was_done_at_the_event_dates_it(accord_annotator, text, published, kind):
    assert verdicts(accord_annotator, text, published, "took_place_on") == kind


@pytest.mark.parametrize("text", [
    # a noun further off than the object: the verb may come after the event
    "Sunak discussed the outcome of talks at the NATO summit on Monday.",
    "Sunak praised a series of talks at the NATO summit on Monday.",
])
def test_no_event_date_from_a_verb_further_off(accord_annotator, text):
    assert "contradicted_by_kb" not in verdicts(accord_annotator, text, "2023-07-12", "took_place_on")


# Sweden's accession: the last ally to ratify it was Hungary, whose parliament voted on Monday
# 2024-02-26; a report of Tuesday 2024-02-27.
@pytest.mark.parametrize("text, kind", [
    ("Monday's vote in Budapest means all allies have now ratified Sweden's accession to NATO.", ["supported"]),
    ("Sunday's vote in Budapest means all allies have now ratified Sweden's accession to NATO.",
     ["contradicted_by_kb"]),  # the day before the last ratification
    ("Friday's vote in Budapest means all allies have now ratified Sweden's accession to NATO.",
     ["contradicted_by_kb"]),
    # not a vote: the sentence's day is the article's, by which every ally had ratified
    ("Sunday's speech in Budapest means all allies have now ratified Sweden's accession to NATO.", ["supported"]),
])
def test_the_vote_that_completed_the_ratifications_dates_them(accord_annotator, text, kind):
    assert verdicts(accord_annotator, text, "2024-02-27", "accession_ratified") == kind


# A first clause with no date of its own before a remnant that has one ("Sweden joined NATO, and
# Finland in 2023"): the date is the remnant's, so the first clause's claim that took it is not
# sure of its date and never flagged (it was: Sweden joined in 2024). Sweden joined 2024-03-07.
@pytest.mark.parametrize("text, kind", [
    ("Sweden joined NATO, and Finland in 2023.", ["unverifiable"]),
    ("Sweden joined NATO, and Finland and Norway in 2023.", ["unverifiable"]),
    # the date the first clause's own: sure, and flagged
    ("Sweden joined NATO in 2023.", ["contradicted_by_kb"]),
    ("Sweden joined NATO in 2023, and Finland in 2023.", ["contradicted_by_kb"]),
])
def test_a_first_clause_without_a_date_does_not_take_the_remnants(accord_annotator, text, kind):
    assert _joined(accord_annotator, text, "2024-06-01", "state:SWE") == kind
