"""The alliance's facts in real text (issue 12, rw12b): passages of TempEval-3 (the 1997-1999
enlargement: ratifications, the accession of 12 March 1999, the Madrid and Washington summits, the
treaty of 4 April 1949, the founding members, the earlier enlargements) and of PolNeAR (the Warsaw
summit of 2016, the Wales pledge of 2014, the allies that spend 2%), named by place in
data/realtext_rw12b.jsonl, each true one with 1-3 one-word corruptions (wrong_member, wrong_number,
date_shift, wrong_place, negation, wrong_holder).

Before this work (main at 7693be5):
    tune:  true passages supported 7/33, flagged 2, not read 24; corruptions caught 10/54
    check: true passages supported 7/17, flagged 0, not read 10; corruptions caught 6/27
After it (the floors asserted below are the tune figures):
    tune:  true passages supported 14/33, flagged 0, not read 19; corruptions caught 17/54
    check: true passages supported 9/17, flagged 0, not read 8; corruptions caught 9/27

    python bench/realtext.py tests/claims/data/realtext_rw12b.jsonl --split tune -v
"""

from __future__ import annotations

from pathlib import Path

from tests.claims._realtext_set import RealTextSet


class TestRealTextRw12b(RealTextSet):
    DATA = Path(__file__).parent / "data" / "realtext_rw12b.jsonl"
    SUPPORTED_TUNE = 14
    CAUGHT_TUNE = 17


# Below, the constructions widened (or narrowed) for these passages, with sentences written for
# these tests: each true sentence is not flagged, each false twin is.
import pytest  # noqa: E402

from ._pipeline import verdicts  # noqa: E402


def flagged(annotator, text: str, published: str, prop: str) -> bool:
    return "contradicted_by_kb" in verdicts(annotator, text, published, prop)


# -- a count of an organisation whose members the KB lists undated ---------------------------------
@pytest.mark.model
@pytest.mark.parametrize("text, published, expected", [
    # the UN's 193 members are listed without their dates: before 2011 the size is not known
    ("Only 40 of the 159 UN members have answered the appeal.", "1990-08-16", False),
    ("The 185 members of the United Nations voted on the resolution.", "1995-03-01", False),
    ("Diplomats from the 192 UN member states gathered in New York.", "2010-09-20", False),
    # from South Sudan's admission (14 July 2011) on, the list is complete
    ("Diplomats from the 193 UN member states gathered in New York.", "2016-09-20", False),
    ("Diplomats from the 190 UN member states gathered in New York.", "2016-09-20", True),
    ("Only 40 of the 159 UN members have answered the appeal.", "2016-09-20", True),
])
def test_a_count_needs_the_members_dates_or_a_declared_coverage(accord_annotator, text, published, expected):
    assert flagged(accord_annotator, text, published, "member_count") is expected


# -- the place of a summit: no conjunct of a common noun -------------------------------------------
@pytest.mark.model
@pytest.mark.parametrize("text, published, expected", [
    ("As a July NATO summit meeting in Warsaw approaches, Germany, Europe's largest economy, is now key.", "2016-06-07", False),
    ("As the NATO summit in Warsaw nears, Britain, a nuclear power, wants more troops in the east.", "2016-06-20", False),
    ("As the NATO summit in Warsaw approaches, France and Italy are under pressure to spend more.", "2016-06-20", False),
    ("As a July NATO summit meeting in Riga approaches, Germany, Europe's largest economy, is now key.", "2016-06-07", True),
    ("The NATO summit in Warsaw and Kraków was held in July.", "2016-08-01", False),
    ("The NATO summit in Madrid, Spain, was held in July.", "2016-08-01", True),
])
def test_a_state_after_the_summit_phrase_is_not_its_place(accord_annotator, text, published, expected):
    assert flagged(accord_annotator, text, published, "located_in") is expected


# -- the summits of 1997 (Madrid) and 1999 (Washington) --------------------------------------------
@pytest.mark.model
@pytest.mark.parametrize("text, published, prop, expected", [
    ("In July 1997, at a summit in Madrid, the allies invited three former Warsaw Pact states.", "1999-03-12", "located_in", False),
    ("In July 1997, at a summit in Lisbon, the allies invited three former Warsaw Pact states.", "1999-03-12", "located_in", True),
    ("The allies will celebrate the alliance's anniversary at a NATO summit in Washington in April.", "1999-02-10", "took_place_on", False),
    ("The allies will celebrate the alliance's anniversary at a NATO summit in Washington in June.", "1999-02-10", "took_place_on", True),
    ("The new members will take part in the NATO summit in April.", "1998-12-05", "took_place_on", False),
    ("The new members will take part in the NATO summit in Washington in June.", "1998-12-05", "took_place_on", True),
])
def test_the_summits_of_the_first_enlargement(accord_annotator, text, published, prop, expected):
    assert flagged(accord_annotator, text, published, prop) is expected


# -- two summits in one city, a generation apart ---------------------------------------------------
@pytest.mark.model
@pytest.mark.parametrize("text, published, prop, expected", [
    ("Sweden was invited to join at the NATO summit in Madrid last June.", "2023-03-01", "took_place_on", False),
    ("Sweden was invited to join at the NATO summit in Madrid last August.", "2023-03-01", "took_place_on", True),
    ("The 32 allies' leaders met in Washington from July 9 to 11.", "2024-07-15", "took_place_on", False),
    ("The NATO summit of the 32 allies took place in Washington from July 19 to 21.", "2024-07-25", "took_place_on", True),
    ("The 16 allies met at the NATO summit in Madrid on July 8.", "1997-07-10", "took_place_on", False),
    ("The 16 allies met at the NATO summit in Madrid on July 18.", "1997-07-20", "took_place_on", True),
])
def test_a_summit_is_told_from_its_namesake_by_the_era(accord_annotator, text, published, prop, expected):
    assert flagged(accord_annotator, text, published, prop) is expected


# -- "original members" are the founding ones when the sentence tells of the founding -------------
@pytest.mark.model
@pytest.mark.parametrize("text, published, expected", [
    ("There were 12 original members of NATO at the time of its founding.", "1999-03-12", False),
    ("There were 14 original members of NATO at the time of its founding.", "1999-03-12", True),
    ("NATO was brought into being in 1949 with an original 12 members.", "1999-03-12", False),
    ("NATO was brought into being in 1949 with an original 10 members.", "1999-03-12", True),
    ("NATO was created in 1949 by its original 16 members.", "2019-04-04", True),
    ("The EU's original 15 members agreed to the enlargement.", "2003-04-16", False),  # the EU-15, not founders
    ("The original 16 members of NATO welcomed the three newcomers.", "1999-03-12", False),
])
def test_original_members_of_a_founding(accord_annotator, text, published, expected):
    assert flagged(accord_annotator, text, published, "founding_members") is expected


# -- the organisation adds or admits states -------------------------------------------------------
@pytest.mark.model
@pytest.mark.parametrize("text, published, expected", [
    ("NATO added Greece and Turkey in 1952.", "1999-03-12", False),
    ("NATO added Greece and Turkey in 1958.", "1999-03-12", True),
    ("In 1982, NATO admitted Spain.", "1999-03-12", False),
    ("In 1982, NATO admitted Portugal.", "1999-03-12", True),
    ("NATO met on Friday. The alliance has grown before, adding Greece and Turkey in 1952, "
     "West Germany in 1955 and Spain in 1982.", "1999-03-12", False),
    ("NATO met on Friday. The alliance has grown before, adding Greece and Turkey in 1952, "
     "West Germany in 1957 and Spain in 1982.", "1999-03-12", True),
    ("The EU added Croatia in 2013.", "2014-01-10", False),
    ("The EU added Croatia in 2011.", "2014-01-10", True),
    ("NATO added troops in Poland and Romania in 2017.", "2018-01-10", False),  # not an admission
    ("Greece was added in 1958.", "1999-03-12", False),  # the passive names no organisation
])
def test_an_organisation_admits_states(accord_annotator, text, published, expected):
    assert flagged(accord_annotator, text, published, "joined") is expected


# -- the allies' target as the object of a relative clause ----------------------------------------
@pytest.mark.model
@pytest.mark.parametrize("text, published, prop, expected", [
    ("Its spending is well below the 2 percent that NATO member states committed to spend at the "
     "alliance's summit in Wales in 2014.", "2016-06-07", "spending_target", False),
    ("Its spending is well below the 3 percent that NATO member states committed to spend at the "
     "alliance's summit in Wales in 2014.", "2016-06-07", "spending_target", True),
    ("Its spending is well below the 2 percent that NATO member states committed to spend at the "
     "alliance's summit in Wales in 2014.", "2016-06-07", "target_agreed_on", False),
    ("Its spending is well below the 2 percent that NATO member states committed to spend at the "
     "alliance's summit in Wales in 2012.", "2016-06-07", "target_agreed_on", True),
    ("Germany's budget falls short of the 2 percent that NATO members committed to spend at the Wales summit.",
     "2017-02-01", "spending_target", False),
    ("Germany's budget falls short of the 2.5 percent that NATO members committed to spend at the Wales summit.",
     "2017-02-01", "spending_target", True),
    # a state's own level, not the allies' target
    ("Germany spends well below the 1.5 percent that it spent in 1990.", "2016-06-07", "spending_target", False),
    ("Its spending is nearly 3 percent, which NATO members hope to match.", "2016-06-07", "spending_target", False),
])
def test_the_target_the_allies_committed_to_spend(accord_annotator, text, published, prop, expected):
    assert flagged(accord_annotator, text, published, prop) is expected


# -- a count reached by a growth noun: "the enlargement of NATO from 16 members to 19" ------------
@pytest.mark.model
@pytest.mark.parametrize("text, published, expected", [
    ("The enlargement of NATO from 16 members to 19 has been a goal of the administration.", "1999-03-12", False),
    ("The enlargement of NATO from 16 members to 20 has been a goal of the administration.", "1999-03-12", True),
    ("The enlargement of NATO from 16 members to 19 came after the collapse of the Soviet Union.", "1999-03-12", False),
    ("The enlargement of NATO from 16 members to 20 came after the collapse of the Soviet Union.", "1999-03-12", True),
    ("NATO's expansion to 19 members was celebrated in Independence.", "1999-03-13", False),
    ("NATO's expansion to 21 members was celebrated in Independence.", "1999-03-13", True),
    ("The expansion of NATO to 30 members was completed in March.", "2020-04-01", False),
    ("The expansion of NATO to 31 members was completed in March.", "2020-04-01", True),
    # one to come: its number is not yet the membership's
    ("Sweden's accession will complete the expansion of NATO to 32 members.", "2023-06-01", False),
    ("The planned enlargement of NATO to 32 members is held up by Turkey.", "2023-06-01", False),
    ("The expansion of NATO's budget to 19 percent was approved.", "2020-04-01", False),
])
def test_a_count_reached_by_growth(accord_annotator, text, published, expected):
    assert flagged(accord_annotator, text, published, "member_count") is expected


# -- the last ratification told as an obstacle lifted ----------------------------------------------
@pytest.mark.model
@pytest.mark.parametrize("text, published, expected", [
    ("Hungary lifts Sweden's last hurdle to Nato membership.", "2024-02-27", False),
    ("Hungary lifts Finland's last hurdle to Nato membership.", "2024-02-27", True),
    ("Turkey removed the last obstacle to Finland's accession to NATO on Thursday.", "2023-04-01", False),
    ("Hungary removed the last obstacle to Finland's accession to NATO on Thursday.", "2023-04-01", True),
    ("Hungary's parliament cleared the final obstacle to Sweden's NATO membership on Monday.", "2024-02-27", False),
    ("Turkey's parliament cleared the final obstacle to Sweden's NATO membership on Monday.", "2024-02-27", True),
    ("Turkey lifted a hurdle to Sweden's NATO membership in January.", "2024-02-27", False),  # not the last one
    ("Hungary did not lift Sweden's last hurdle to NATO membership.", "2024-02-27", False),
])
def test_the_ally_that_lifts_the_last_hurdle_ratified_last(accord_annotator, text, published, expected):
    assert flagged(accord_annotator, text, published, "ratified_last") is expected
