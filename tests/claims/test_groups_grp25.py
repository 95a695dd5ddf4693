"""Member lists of further groups (grp25, session 17): the Shanghai Cooperation Organisation, the
Gulf Cooperation Council, the Arctic Council, the Eurasian Economic Union, the Alliance of Sahel
States, ECOWAS, the Arab League, the Commonwealth, Mercosur and the Three Seas Initiative, read by
the existing membership, list, count, joining and leaving readers. Each list is complete only from
its declared day; a suspended member stays one (ECOWAS, the Arab League, Mercosur); Syria in the
Arab League and Venezuela in Mercosur are `partial`, so a denial of them is not checked. A list
after "whose" that follows two coordinated organisations is the nearest one's. Sentences written
for these tests, with true facts unless they are meant to be flagged."""

from __future__ import annotations

import pytest

from tests.claims._pipeline import outcome

pytestmark = pytest.mark.model

DAY = "2025-06-01"


# -- "X is a member of O", a member supported, a non-member flagged ----------------------------------
@pytest.mark.parametrize("text, expected", [
    ("India is a member of the Shanghai Cooperation Organisation.", "supported"),
    ("Turkey is a member of the Shanghai Cooperation Organisation.", "flagged"),
    ("Saudi Arabia is a member of the Gulf Cooperation Council.", "supported"),
    ("Iraq is a member of the Gulf Cooperation Council.", "flagged"),
    ("Estonia is a member of the Arctic Council.", "flagged"),
    ("Like Iceland and Japan, Norway is a member of the Arctic Council.", "flagged"),  # Japan observes
    ("Like Iceland and Canada, Norway is a member of the Arctic Council.", "supported"),
    ("Finland, Sweden and Norway are members of the Arctic Council.", "supported"),
    ("Finland, Sweden and Poland are members of the Arctic Council.", "flagged"),
    ("Armenia is a member of the Eurasian Economic Union.", "supported"),
    ("Georgia is a member of the Eurasian Economic Union.", "flagged"),
    ("Niger is a member of the Alliance of Sahel States.", "supported"),
    ("Chad is a member of the Alliance of Sahel States.", "flagged"),
    ("Ghana is a member of ECOWAS.", "supported"),
    ("Egypt is a member of the Arab League.", "supported"),
    ("Iran is a member of the Arab League.", "flagged"),
    ("Kenya is a member of the Commonwealth.", "supported"),
    ("Zimbabwe is a member of the Commonwealth.", "flagged"),
    ("Chile is not a member of Mercosur.", "supported"),
    ("Turkey is not a member of the SCO.", "supported"),
    ("India is not a member of the SCO.", "flagged"),
    ("Poland, Croatia and Germany are members of the Three Seas Initiative.", "flagged"),
])
def test_membership(checker, text, expected):
    assert outcome(checker, text, DAY) == expected


# -- lists of members -----------------------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("SCO members China, Russia, India and Iran met in Tianjin.", "supported"),
    ("SCO members China, Russia, India, Iran and Turkey met in Tianjin.", "flagged"),
    ("Gulf Cooperation Council members Saudi Arabia, the United Arab Emirates and Qatar pledged funds.", "supported"),
    ("Gulf Cooperation Council members Saudi Arabia, the United Arab Emirates and Iraq pledged funds.", "flagged"),
    ("The Gulf Cooperation Council, whose members are Saudi Arabia, Kuwait, Bahrain, Qatar, Iraq and the "
     "United Arab Emirates, met in Riyadh.", "flagged"),
    ("The EAEU's five members are Russia, Belarus, Kazakhstan, Armenia and Kyrgyzstan.", "supported"),
    ("The EAEU's five members are Russia, Belarus, Kazakhstan, Armenia and Uzbekistan.", "flagged"),
    ("Mali, Burkina Faso and Chad form the Alliance of Sahel States.", "flagged"),
    ("The League of Arab States, whose members include Egypt, Jordan and Iran, met in Cairo.", "flagged"),
    ("The 56-member Commonwealth includes Canada, India and Zimbabwe.", "flagged"),
    ("Mercosur members Argentina, Brazil, Paraguay and Uruguay signed the trade deal.", "supported"),
    ("Mercosur members Argentina, Brazil, Chile and Uruguay signed the trade deal.", "flagged"),
])
def test_member_lists(checker, text, expected):
    assert outcome(checker, text, DAY) == expected


# -- counts ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, day, expected", [
    ("The SCO has ten members.", DAY, "supported"),
    ("The SCO has nine members.", DAY, "flagged"),
    ("The six-member GCC includes Oman and Qatar.", DAY, "supported"),
    ("The eight-member Arctic Council meets in Tromso.", DAY, "supported"),
    ("The nine-member Arctic Council meets in Tromso.", DAY, "flagged"),
    ("The 12-member ECOWAS bloc met in Abuja.", DAY, "supported"),
    ("The 13-member ECOWAS bloc met in Abuja.", DAY, "flagged"),
    ("The 15-member ECOWAS bloc met in Abuja.", "2024-06-01", "supported"),
    ("The 22-member Arab League met in Cairo.", DAY, "supported"),
    ("The 21-member Arab League met in Cairo.", DAY, "flagged"),
    ("The Commonwealth has 56 members.", DAY, "supported"),
    ("The Commonwealth has 54 members.", DAY, "flagged"),
    ("The Three Seas Initiative has 13 members.", DAY, "supported"),
    ("The Three Seas Initiative has 13 members.", "2022-06-01", "flagged"),
])
def test_counts(checker, text, day, expected):
    assert outcome(checker, text, day) == expected


# -- joining days, each moved by one ----------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Iran joined the SCO on July 4, 2023.", "supported"),
    ("Iran joined the SCO on July 3, 2023.", "flagged"),
    ("Iran joined the SCO in 2022.", "flagged"),
    ("Belarus joined the SCO on 4 July 2024.", "supported"),
    ("Belarus joined the SCO on 5 July 2024.", "flagged"),
    ("Belarus became the SCO's tenth member in July 2024.", "supported"),
    ("India and Pakistan became full members of the SCO in 2017.", "supported"),
    ("India and Pakistan became full members of the SCO in 2016.", "flagged"),
    ("Pakistan, which joined the Shanghai Cooperation Organization in 2015, sent its prime minister.", "flagged"),
    ("Kyrgyzstan joined the Eurasian Economic Union in August 2015.", "supported"),
    ("Kyrgyzstan joined the Eurasian Economic Union in July 2015.", "flagged"),
    ("Armenia joined the Eurasian Economic Union in 2014.", "flagged"),
    ("Rwanda joined the Commonwealth on 29 November 2009.", "supported"),
    ("Rwanda joined the Commonwealth on 28 November 2009.", "flagged"),
    ("Gabon and Togo joined the Commonwealth in 2022.", "supported"),
    ("Togo joined the Commonwealth in May 2022.", "flagged"),
    ("Bolivia joined Mercosur as a full member in July 2024.", "supported"),
    ("Bolivia joined Mercosur as a full member in 2023.", "flagged"),
    ("Greece joined the Three Seas Initiative in 2023.", "supported"),
    ("Greece joined the Three Seas Initiative in 2021.", "flagged"),
])
def test_joining_days(checker, text, expected):
    assert outcome(checker, text, DAY) == expected


@pytest.mark.parametrize("text, day, expected", [
    ("Belarus is a member of the SCO.", "2024-07-03", "flagged"),
    ("Belarus is a member of the SCO.", "2024-07-04", "supported"),
    ("Niger is a member of the Alliance of Sahel States.", "2023-09-16", "supported"),
    # the day before the list begins: the KB cannot tell
    ("Niger is a member of the Alliance of Sahel States.", "2023-09-15", "none"),
    ("Mali is a member of ECOWAS.", "2025-01-28", "supported"),
    ("Mali is a member of ECOWAS.", "2025-01-29", "flagged"),
    # Greece's year in the Three Seas Initiative is a gap in its list
    ("Greece is a member of the Three Seas Initiative.", "2022-12-31", "flagged"),
    ("Greece is not a member of the Three Seas Initiative.", "2023-06-01", "none"),
    ("Greece is a member of the Three Seas Initiative.", "2024-01-01", "supported"),
    # a start kept to the year (month) has not surely begun on a day of it: a denial is not flagged
    ("Greece is not a member of the Three Seas Initiative.", "2023-12-30", "none"),
    ("Greece is not a member of the Three Seas Initiative.", "2023-12-31", "flagged"),  # in by then
    ("Kyrgyzstan is not a member of the Eurasian Economic Union.", "2015-08-30", "none"),
    ("Kyrgyzstan is not a member of the Eurasian Economic Union.", "2015-08-31", "flagged"),
    ("Kyrgyzstan is not a member of the Eurasian Economic Union.", "2015-07-05", "supported"),
    ("Kyrgyzstan is not a member of the Eurasian Economic Union.", "2015-09-05", "flagged"),
])
def test_membership_by_day(checker, text, day, expected):
    assert outcome(checker, text, day) == expected


# -- leaving, and suspensions that are no leaving ---------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Mali, Burkina Faso and Niger quit ECOWAS on 29 January 2025.", "supported"),
    # between the announcement (2024-01-28) and the effect, a leaving may be the announcement
    # (tests/claims/test_integration17.py): no verdict
    ("Mali, Burkina Faso and Niger quit ECOWAS on 28 January 2025.", "none"),
    ("Mali, Burkina Faso and Niger left ECOWAS in January 2025.", "supported"),
    ("Mali, Burkina Faso and Niger left ECOWAS in 2024.", "none"),
    ("Mali, Burkina Faso and Niger left ECOWAS in 2023.", "flagged"),
    ("Mauritania left ECOWAS in 2000.", "supported"),
    ("Mali was suspended from ECOWAS after the coup in 2021.", "none"),
    ("Syria was suspended from the Arab League in 2011.", "none"),
    ("Venezuela was suspended from Mercosur in 2016.", "none"),
])
def test_leaving_and_suspension(checker, text, expected):
    assert outcome(checker, text, DAY) == expected


@pytest.mark.parametrize("text, day, expected", [
    ("Syria is not a member of the Arab League.", "2015-06-01", "none"),  # suspended, still a member
    ("Syria, a member of the Arab League, was absent.", "2015-06-01", "supported"),
    ("Venezuela is not a member of Mercosur.", DAY, "none"),
    ("Niger, a member of ECOWAS, was suspended after the coup.", "2024-06-01", "supported"),
])
def test_suspended_members(checker, text, day, expected):
    assert outcome(checker, text, day) == expected


# -- what must not be read as a membership of these groups -------------------------------------------
@pytest.mark.parametrize("text", [
    "Turkey, an SCO dialogue partner, sent its president to the summit.",
    # (no "in Tianjin": meet26 lists the 2025 summit there, and its place is supported on its own)
    "Leaders of SCO observer and partner states, such as Turkey, Egypt and Azerbaijan, attended the summit.",
    "The summit of the Shanghai Cooperation Organisation in Tianjin drew Turkey's Recep Tayyip Erdogan.",
    "Russia is a member of the Commonwealth of Independent States.",
    "Kazakhstan is a member of the CIS.",
    "The Foreign and Commonwealth Office in London said Russia had no role.",
    "The King is head of state of fourteen other Commonwealth realms, including Canada, Australia and New Zealand.",
    "The athletes of Scotland and Wales won medals at the Commonwealth Games in Glasgow.",
    "The Commonwealth of Virginia sued the federal government.",
    "Observers of the Arctic Council such as China and India sent delegations.",
    "Uzbekistan, an observer at the Eurasian Economic Union, sent a delegation.",
    "Ukraine and Moldova are associated participating states of the Three Seas Initiative.",
    # the Arctic Council's founders, not NATO's (the KB keeps no founders of it)
    "NATO ministers met. Finland is one of the founders of the Arctic Council.",
])
def test_not_read_as_members(checker, text):
    assert outcome(checker, text, DAY) == "none"


# -- "whose" after two coordinated organisations -------------------------------------------------------
ARMENIA = ("He has said Armenia will not leave the Russian-led Eurasian Economic Union or the Collective "
           "Security Treaty Organisation, whose other members are Russia, Belarus, Kazakhstan, Kyrgyzstan and {}.")


@pytest.mark.parametrize("last, expected", [
    ("Tajikistan", "supported"),  # the CSTO's, not the EAEU's: no flag
    ("Georgia", "flagged"),       # in neither
])
def test_whose_list_after_coordinated_organisations(checker, last, expected):
    assert outcome(checker, ARMENIA.format(last), "2024-06-01") == expected


@pytest.mark.parametrize("text, expected", [
    ("AUKUS, whose members are Australia, Britain and the United States, met in Canberra.", "supported"),
    ("AUKUS, whose members are Australia, Britain and Japan, met in Canberra.", "flagged"),
])
def test_whose_list_of_one_organisation(checker, text, expected):
    assert outcome(checker, text, DAY) == expected
