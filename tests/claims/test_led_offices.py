"""Offices told by what a person leads or runs (lead16, `claims/led_offices.py`): a state led is
the leading office the KB lists the person in, a ministry or an institution that is one is the
state's office of that kind, an organisation is its head office; "since D" is the term's start,
"from A to B" its start and end, a present the article's day, an undated past a term held some
time. Sentences written for these tests; each boundary of a start is tested on both sides."""

from __future__ import annotations

import pytest

from tests.claims._pipeline import outcome

pytestmark = pytest.mark.model


def office_findings(checker, text: str, date: str) -> list[str]:
    return sorted(f"{f['kind']}: {f.get('claim')}" for f in checker.findings(text, date)
                  if "office of" in str(f.get("claim")))


def kinds(checker, text: str, date: str) -> list[str]:
    return sorted({line.split(":")[0] for line in office_findings(checker, text, date)})


@pytest.mark.parametrize("text, date, office", [
    ("Olaf Scholz has led Germany since December 2021, his aides noted.", "2023-06-10", "Chancellor of Germany"),
    ("Fumio Kishida, who has led Japan since October 2021, greeted the guests in Hiroshima.", "2023-05-19",
     "Prime Minister of Japan"),
    ("Joe Biden has led the United States since January 2021.", "2022-11-03", "President of the United States"),
    ("Emmanuel Macron has governed France since May 2017.", "2021-02-02", "President of France"),
    ("Boris Pistorius has run Germany's defence ministry since January 2023.", "2024-02-14",
     "Minister of Defence of Germany"),
    ("Boris Pistorius has headed the defence ministry since January 2023.", "2024-02-14",
     "Minister of Defence of Germany"),
    ("Radoslaw Sikorski heads Poland's foreign ministry these days.", "2024-05-02", "Foreign Affairs of Poland"),
    ("Christian Lindner runs Germany's finance ministry.", "2023-04-04", "Finance of Germany"),
    ("Ash Carter runs the Pentagon.", "2016-03-08", "Secretary of Defense"),
    ("Jens Stoltenberg has been at the helm of NATO since 2014.", "2019-12-03", "Secretary General of NATO"),
    ("David Lammy took the helm of the Foreign Office in July.", "2024-09-12", "Foreign Secretary"),
    ("Rishi Sunak heads the British government.", "2023-03-09", "Prime Minister of the United Kingdom"),
    ("Edouard Philippe led the French government in 2019.", "2022-01-10", "Prime Minister of France"),
    ("Angela Merkel led Germany for sixteen years.", "2023-01-10", "Chancellor of Germany"),
    ("Ben Wallace, who had led the Ministry of Defence since July 2019, handed over.", "2023-09-01",
     "Secretary of State for Defence"),
    ("Donald Tusk, who led the government from 2007 to 2014, returned.", "2024-02-01", "Prime Minister of Poland"),
])
def test_a_led_thing_names_the_office(checker, text, date, office):
    found = office_findings(checker, text, date)
    assert found and all(line.startswith("supported") for line in found), found
    assert any(office in line for line in found), found


def test_a_span_from_a_to_b_is_a_start_and_an_end(checker):
    found = office_findings(checker, "Ash Carter, who ran the Pentagon from 2015 to 2017, spoke at the forum.",
                            "2019-10-01")
    assert any("took up the office" in line and "2015" in line for line in found), found
    assert any("left the office" in line and "2017" in line for line in found), found
    assert all(line.startswith("supported") for line in found), found


@pytest.mark.parametrize("text, date", [
    ("Angela Merkel leads Germany.", "2023-03-01"),                         # her successor held it then
    ("Keir Starmer heads the British government.", "2023-03-09"),           # before his term
    ("Chuck Hagel runs the Pentagon.", "2016-03-08"),                       # his successor's
    ("Rishi Sunak ran the Treasury from 2021 to 2022.", "2024-01-05"),      # his start was 2020
])
def test_a_wrong_holder_or_date_is_flagged(checker, text, date):
    assert "contradicted_by_kb" in kinds(checker, text, date)


@pytest.mark.parametrize("since, expected", [
    ("7 December 2021", "contradicted_by_kb"),  # the day before the first day
    ("8 December 2021", "supported"),           # the first day
    ("9 December 2021", "contradicted_by_kb"),  # the day after
    ("November 2021", "contradicted_by_kb"),    # a month early, at month precision
    ("December 2021", "supported"),
    ("January 2022", "contradicted_by_kb"),     # a month late
])
def test_the_start_of_a_led_term_at_its_precision(checker, since, expected):
    assert kinds(checker, f"Olaf Scholz has led Germany since {since}.", "2024-03-01") == [expected]


@pytest.mark.parametrize("text, date", [
    ("Julian Nagelsmann has led Germany since 2023.", "2024-03-01"),        # no office of the state's
    ("Olaf Scholz led the German delegation to the summit.", "2024-03-01"),
    ("Olaf Scholz led the government delegation.", "2024-03-01"),
    ("Julian Nagelsmann led the government.", "2024-03-01"),
    ("Olaf Scholz led the talks with France on Tuesday.", "2024-03-01"),
    ("Friedrich Merz, who leads Germany's opposition, criticised the plan.", "2024-03-01"),
    ("Rishi Sunak led the polls in Britain in 2019.", "2024-03-01"),
    ("Rishi Sunak led the Conservative Party into the election.", "2024-03-01"),
    ("Olaf Scholz led Germany to victory.", "2024-03-01"),
    ("Sauli Niinisto led Finland into NATO.", "2024-03-01"),
    ("Joe Biden ran for president in 2020.", "2024-03-01"),
    ("Joe Biden ran the campaign from Delaware.", "2024-03-01"),
    ("Friedrich Merz hopes to lead Germany after the election.", "2024-03-01"),
    ("If Friedrich Merz leads Germany, the policy will change.", "2024-03-01"),
    ("Olaf Scholz will lead Germany until 2025.", "2024-03-01"),
    ("Has Olaf Scholz led Germany since 2020?", "2024-03-01"),
    ("Olaf Scholz has not led Germany since 2020.", "2024-03-01"),
])
def test_what_is_not_an_office_led(checker, text, date):
    assert "contradicted_by_kb" not in kinds(checker, text, date)


@pytest.mark.parametrize("text, date", [
    ("Julian Nagelsmann has led Germany since 2023.", "2024-03-01"),
    ("Olaf Scholz led Germany to victory.", "2024-03-01"),
    ("Friedrich Merz hopes to lead Germany after the election.", "2024-03-01"),
    ("Has Olaf Scholz led Germany since 2020?", "2024-03-01"),
    ("Olaf Scholz has not led Germany since 2020.", "2024-03-01"),
    # a surname alone the KB does not know: maybe anyone (a deputy who ran it for a while)
    ("Clinton, who ran the State Department from 2009 to 2013, spoke at the dinner.", "2016-05-01"),
])
def test_not_read_at_all(checker, text, date):
    assert office_findings(checker, text, date) == []


def test_a_state_whose_two_leading_offices_the_person_held_is_not_read(checker):
    # Erdogan led Turkey as prime minister from 2003 and as president from 2014: which is meant?
    assert office_findings(checker, "Recep Tayyip Erdogan has led Turkey since 2003.", "2020-03-01") == []
    assert office_findings(checker, "Alexander Stubb has led Finland since March 2024.", "2024-09-01") == []


def test_a_government_led_is_the_head_of_governments_office(checker):
    found = office_findings(checker, "Alexander Stubb led the Finnish government from 2014 to 2015.", "2024-09-01")
    assert found and all("Prime Minister of Finland" in line for line in found), found


def test_an_undated_past_before_the_persons_listed_terms_is_unsure(checker):
    # the KB's lists start in 2014: an earlier term it does not list may be the one told
    assert kinds(checker, "Keir Starmer led Britain.", "2020-03-01") == ["unverifiable"]
    assert kinds(checker, "Donald Tusk led Poland.", "2020-03-01") == ["supported"]


@pytest.mark.parametrize("since, expected", [
    ("June 2019", "contradicted_by_kb"),  # a month before his first
    ("July 2019", "supported"),
    ("August 2019", "contradicted_by_kb"),
])
def test_a_ministry_with_no_state_is_the_persons_own(checker, since, expected):
    text = f"Ben Wallace, who had led the Ministry of Defence since {since}, handed over."
    assert kinds(checker, text, "2023-09-01") == [expected]


@pytest.mark.parametrize("text, expected", [
    # a surname alone the KB does not know may be anyone: not read for an organisation's head
    ("Clinton, who led NATO from 2009 to 2013, spoke in Brussels.", "none"),
    # a full name the KB knows is read and checked
    ("Anders Fogh Rasmussen, who led NATO from 2010 to 2014, spoke in Brussels.", "flagged"),
])
def test_a_surname_alone_is_not_read_for_an_organisations_head(checker, text, expected):
    assert outcome(checker, text, "2016-05-01") == expected
