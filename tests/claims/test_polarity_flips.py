"""One-word polarity edits of true sentences, for the families whose own rule compares numbers
and dates and would read past a "not": member counts, places in the order of accession, summit
dates. A denial of what the KB holds is contradicted, the affirmed sentence supported; a "not" that
is not the claim's own (a count inside another phrase, "not ... until", a narrowing word as in
"not a founding member") is no denial of it. Also the other direction: "has joined" written before
the accession (a true "has not yet joined" with its "not yet" taken out). Sentences written for
these tests."""

from __future__ import annotations

import pytest

from ._pipeline import read, verdicts

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, published, kind", [
    # member counts: the denied count is the count the KB holds that day
    ("NATO does not have 28 members.", "2016-05-02", "contradicted_by_kb"),
    ("NATO has 28 members.", "2016-05-02", "supported"),
    ("NATO doesn't count 28 allies, he claimed.", "2016-05-02", "contradicted_by_kb"),
    # a report the article marks wrong is not asserted (fa18): never flagged
    ("NATO doesn't count 28 allies, he wrongly claimed.", "2016-05-02", "unverifiable"),
    ("The European Union does not have 27 member states.", "2021-03-02", "contradicted_by_kb"),
    ("NATO would not have 28 members if Albania had stayed out.", "2016-05-02", "unverifiable"),
    ("NATO does not have 31 members.", "2016-05-02", "new"),  # true: the denial of a wrong count is not flagged
])
def test_denied_member_counts(accord_annotator, text, published, kind):
    assert verdicts(accord_annotator, text, published, "member_count") == [kind]


@pytest.mark.parametrize("text, published", [
    ("Finland did not join the 30-member alliance.", "2022-06-01"),   # the count is the alliance's
    ("NATO did not have 30 members until North Macedonia joined.", "2021-06-01"),  # "not ... until"
    ("The alliance, which has 30 members, did not meet in Brussels.", "2021-06-01"),
])
def test_a_not_that_is_not_the_counts_own(accord_annotator, text, published):
    found = [s for s in read(accord_annotator, text, published) if s.property == "member_count"]
    assert all(s.polarity == "affirmed" for s in found)


@pytest.mark.parametrize("text, published, kind", [
    ("Montenegro did not become the 29th member of NATO on Monday.", "2017-06-06", "contradicted_by_kb"),
    ("North Macedonia did not become NATO's 30th member.", "2020-04-01", "contradicted_by_kb"),
    ("North Macedonia became NATO's 30th member.", "2020-04-01", "supported"),
    ("Montenegro did not become NATO's 28th member.", "2017-06-06", "new"),  # true
])
def test_denied_places_in_the_order_of_accession(accord_annotator, text, published, kind):
    assert verdicts(accord_annotator, text, published, "member_rank") == [kind]


@pytest.mark.parametrize("text, published, kind", [
    ("The NATO summit in Washington did not take place in July 2024.", "2024-07-12", "contradicted_by_kb"),
    ("The Vilnius summit was not held on 11 July 2023.", "2023-07-13", "contradicted_by_kb"),
    ("The Vilnius summit was held on 11 July 2023.", "2023-07-13", "supported"),
    ("The Vilnius summit was not held in June 2023.", "2023-07-13", "new"),  # true
])
def test_denied_summit_dates(accord_annotator, text, published, kind):
    assert verdicts(accord_annotator, text, published, "took_place_on") == [kind]


@pytest.mark.parametrize("text", [
    "Croatia is not a founding member of NATO.",
    "Portugal is not an original member of NATO, he wrote.",  # (wrong, but of the founding, not of membership)
    "Greece is not a full member of NATO's nuclear planning, officials said.",
])
def test_a_denied_narrowing_word_is_no_denied_membership(accord_annotator, text):
    found = [s for s in read(accord_annotator, text, "2023-09-01") if s.property == "member_of"]
    assert all(s.polarity == "affirmed" for s in found)


@pytest.mark.parametrize("text, kind", [
    ("Norway is not a member of NATO.", "contradicted_by_kb"),
    ("Austria isn't a NATO member.", "supported"),
    ("Cyprus, a non-NATO member, objected.", "supported"),
])
def test_a_plain_denied_membership_is_still_read(accord_annotator, text, kind):
    assert verdicts(accord_annotator, text, "2023-09-01", "member_of") == [kind]


@pytest.mark.parametrize("text, published, kind", [
    ("Slovenia has joined NATO.", "2004-03-01", "contradicted_by_kb"),       # it joined on 29 March 2004
    ("Slovenia has joined NATO.", "2004-04-03", "supported"),
    ("Sweden has already joined the alliance, the minister said of NATO.", "2023-07-13", "contradicted_by_kb"),
    ("Sweden has not yet joined NATO.", "2023-07-13", "supported"),
    ("Sweden will join NATO.", "2023-07-13", "supported"),                    # a plan, borne out
    ("Sweden has joined NATO.", "2024-03-06", "supported"),                   # the day before: copy ahead of the ceremony
])
def test_joined_before_the_accession(accord_annotator, text, published, kind):
    assert verdicts(accord_annotator, text, published, "joined") == [kind]


@pytest.mark.parametrize("text, published", [
    ("When Ukraine joins NATO, its border with Russia will grow.", "2024-05-18"),
    ("Once Sweden joins the alliance, the Baltic becomes a NATO lake, NATO officials say.", "2022-05-18"),
    ("After Georgia becomes a member of NATO, Russia will react.", "2022-05-18"),
])
def test_a_present_tense_in_a_clause_of_time_is_a_day_to_come(accord_annotator, text, published):
    found = [s for s in read(accord_annotator, text, published) if s.property in ("joined", "member_of")]
    assert found and all(s.modality == "plan" for s in found)


@pytest.mark.parametrize("text, prop, kind", [
    ("Neither Austria nor Ireland is a member of NATO.", "member_of", "supported"),
    ("Neither Norway nor Denmark is a member of NATO.", "member_of", "contradicted_by_kb"),
    ("Austria is a member of neither NATO nor the Quad.", "member_of", "supported"),
    ("Neither Malta nor Cyprus has joined NATO.", "joined", "new"),
])
def test_neither_nor_denies_for_each(accord_annotator, text, prop, kind):
    found = verdicts(accord_annotator, text, "2023-09-01", prop)
    assert found and set(found) == {kind}


def test_either_or_affirms(accord_annotator):
    found = [s for s in read(accord_annotator, "Either Austria or Ireland is a member of the EU.", "2023-09-01")
             if s.property == "member_of"]
    assert found and all(s.polarity == "affirmed" for s in found)


def test_neither_on_the_verb(accord_annotator):
    found = [s for s in read(accord_annotator, "Austria has neither joined NATO nor applied to join it.", "2023-09-01")
             if s.property == "joined"]
    assert found and all(s.polarity == "negated" for s in found)
