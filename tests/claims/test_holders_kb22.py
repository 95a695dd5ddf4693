"""Office holders added in session 15 (kb22): Switzerland's President of the Confederation,
foreign and defence ministers, Austria's foreign and defence ministers, Ireland's President,
foreign and defence ministers, Malta's Prime Minister and President, Cyprus's President and the
EU's Commissioners for Defence and Space and for Enlargement. Sentences written for these tests:
each title with its holder right and wrong, and a handover on its first day and the day before,
and the start of a list's coverage (a day before it is not judged)."""

from __future__ import annotations

import pytest

from ._pipeline import outcome

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, day, expected", [
    ("Swiss President Alain Berset received the delegation on Tuesday.", "2023-05-16", "supported"),
    ("Swiss President Alain Berset received the delegation on Tuesday.", "2024-05-14", "flagged"),
    ("Swiss Foreign Minister Ignazio Cassis opened the conference on Monday.", "2023-06-19", "supported"),
    ("Swiss Foreign Minister Didier Burkhalter opened the conference on Monday.", "2019-06-17", "flagged"),
    ("Austrian Foreign Minister Karin Kneissl arrived in Brussels on Wednesday.", "2018-04-25", "supported"),
    ("Austrian Foreign Minister Karin Kneissl arrived in Brussels on Wednesday.", "2021-04-28", "flagged"),
    ("Irish Foreign Minister Simon Coveney met his Ukrainian counterpart on Thursday.", "2022-04-07", "supported"),
    ("Irish Foreign Minister Charles Flanagan met his Ukrainian counterpart on Thursday.", "2022-04-07", "flagged"),
    ("Maltese Prime Minister Robert Abela said the island would stay neutral.", "2022-05-10", "supported"),
    ("Maltese Prime Minister Joseph Muscat said the island would stay neutral.", "2022-05-10", "flagged"),
    ("Cypriot President Nikos Christodoulides met the Greek prime minister on Friday.", "2024-03-08", "supported"),
    ("Cypriot President Nikos Christodoulides met the Greek prime minister on Friday.", "2021-03-05", "flagged"),
    ("EU Enlargement Commissioner Olivér Várhelyi visited Skopje on Monday.", "2022-10-17", "supported"),
    ("EU Enlargement Commissioner Olivér Várhelyi visited Skopje on Monday.", "2017-10-16", "flagged"),
])
def test_a_title_and_its_holder_on_the_day(checker, text, day, expected):
    assert outcome(checker, text, day) == expected


@pytest.mark.parametrize("text, day, expected", [
    # Martin Pfister took over Defence from Viola Amherd on 2025-04-01
    ("Swiss Defence Minister Martin Pfister inspected the troops today.", "2025-04-01", "supported"),
    ("Swiss Defence Minister Martin Pfister inspected the troops today.", "2025-03-31", "flagged"),
    ("Swiss Defence Minister Viola Amherd inspected the troops today.", "2025-03-31", "supported"),
    # the handover day itself is not judged for the leaver (a title that day may be of the morning)
    ("Swiss Defence Minister Viola Amherd inspected the troops today.", "2025-04-01", "none"),
    ("Swiss Defence Minister Viola Amherd inspected the troops today.", "2025-04-02", "flagged"),
    # Klaudia Tanner's first day at Defence, 2020-01-07 (Thomas Starlinger before)
    ("Austrian Defence Minister Klaudia Tanner visited the barracks today.", "2020-01-07", "supported"),
    ("Austrian Defence Minister Klaudia Tanner visited the barracks today.", "2020-01-06", "flagged"),
    # Marie-Louise Coleiro Preca's first day, 2014-04-04, is the first day of Malta's list
    ("Maltese President Marie-Louise Coleiro Preca opened the session today.", "2014-04-04", "supported"),
    ("Maltese President Marie-Louise Coleiro Preca opened the session today.", "2014-04-03", "none"),
])
def test_a_handover_on_its_day_and_the_day_before(checker, text, day, expected):
    assert outcome(checker, text, day) == expected


def test_the_austrian_defence_caretaker_days_are_not_judged(checker):
    # an expert held Defence from 2019-05-22 to 2019-06-02 (not listed): a declared gap
    text = "Austrian Defence Minister Thomas Starlinger visited the barracks today."
    assert outcome(checker, text, "2019-05-28") == "none"
    assert outcome(checker, text, "2019-06-03") == "supported"


def test_a_junior_defence_minister_the_kb_lacks_is_not_flagged(checker):
    # Paul Kehoe was Minister of State with responsibility for Defence (2016-05-06 to 2020-06-26, a
    # declared gap): news called him the defence minister
    text = "Irish Defence Minister Paul Kehoe visited the Curragh camp on Friday."
    assert outcome(checker, text, "2018-03-02") == "none"
    assert outcome(checker, text, "2020-06-26") == "none"
    # Coveney was the full minister again from 2020-06-27: the title is judged
    assert outcome(checker, text, "2020-07-03") == "flagged"


def test_namesakes_are_not_taken_for_the_new_holders(checker):
    # Muscat is Oman's capital; Peter Maurer led the ICRC; Kos is a Greek island
    text = ("Talks between the two sides were held in Muscat on Saturday. Peter Maurer, the president of "
            "the International Committee of the Red Cross, said Maurer's staff would stay. Migrants "
            "landed on Kos.")
    assert outcome(checker, text, "2019-06-15") != "flagged"


@pytest.mark.parametrize("text, expected", [
    ("Robert Gates was US defense secretary from 2006 to 2011.", "supported"),
    ("Robert Gates was US defense secretary from 2006 to 2012.", "flagged"),
    ("Former Defense Secretary Leon Panetta criticised the plan.", "supported"),
])
def test_a_past_us_defense_secretary(checker, text, expected):
    assert outcome(checker, text, "2024-02-14") == expected


def test_bill_gates_is_not_the_defense_secretary(checker):
    text = "Microsoft founder Bill Gates met the Defense Secretary. Gates said the talks went well."
    assert outcome(checker, text, "2009-05-12") != "flagged"


@pytest.mark.parametrize("text, day, expected", [
    ("NATO Secretary General Jaap de Hoop Scheffer arrived in Moscow on Tuesday.", "2007-05-15", "supported"),
    ("NATO Secretary General Jaap de Hoop Scheffer arrived in Moscow on Tuesday.", "2002-05-14", "flagged"),
    ("Former NATO Secretary General Javier Solana called for more aid to Ukraine.", "2024-05-14", "supported"),
    ("German Foreign Minister Guido Westerwelle met his Polish counterpart on Monday.", "2011-05-16", "supported"),
    ("German Foreign Minister Joschka Fischer met his Polish counterpart on Monday.", "2011-05-16", "flagged"),
    ("German Defence Minister Thomas de Maizière visited the troops in Afghanistan.", "2012-05-16", "supported"),
])
def test_earlier_holders_on_the_day(checker, text, day, expected):
    assert outcome(checker, text, day) == expected


@pytest.mark.parametrize("text", [
    # Solana was the EU's foreign policy chief before the office of the Lisbon treaty (not listed)
    "Former EU foreign policy chief Javier Solana called for more aid to Ukraine.",
    # de Maizière was interior minister again from 2013
    "German Interior Minister Thomas de Maizière presented the figures on Tuesday.",
])
def test_other_offices_of_the_earlier_holders_are_not_flagged(checker, text):
    assert outcome(checker, text, "2016-05-10") != "flagged"


@pytest.mark.parametrize("text, day", [
    # a nationality before a title with "of <organisation>" is the holder's, not the office's
    ("The Maltese President of the European Parliament, Roberta Metsola, visited Kyiv.", "2022-03-14"),
    ("Roberta Metsola, the Maltese President of the European Parliament, visited Kyiv.", "2022-03-14"),
    ("The Polish President of the European Council, Donald Tusk, visited Kyiv.", "2016-03-14"),
    ("The German President of the European Commission, Ursula von der Leyen, visited Kyiv.", "2022-03-14"),
])
def test_a_nationality_before_an_organisations_title(checker, text, day):
    assert outcome(checker, text, day) == "supported"


def test_a_wrong_holder_of_an_organisations_title_is_still_flagged(checker):
    text = "The Belgian President of the European Commission, Charles Michel, visited Kyiv."
    assert outcome(checker, text, "2022-03-14") == "flagged"


@pytest.mark.parametrize("text", [
    # two peoples' words side by side name a community whose leader holds neither state's office
    "Turkish Cypriot President Ersin Tatar rejected the proposal on Monday.",
    "On Monday, Turkish Cypriot President Ersin Tatar rejected the proposal.",
    "Bosnian Serb President Milorad Dodik rejected the proposal on Monday.",
])
def test_a_communitys_leader_is_not_a_states(checker, text):
    assert outcome(checker, text, "2022-03-14") == "none"


def test_one_nationality_still_names_the_state(checker):
    text = "Turkish President Recep Tayyip Erdogan met Cypriot President Ersin Tatar on Monday."
    assert outcome(checker, text, "2022-03-14") == "flagged"
    text = "Cypriot President Nicos Anastasiades met Turkish President Recep Tayyip Erdogan on Monday."
    assert outcome(checker, text, "2022-03-14") == "supported"
