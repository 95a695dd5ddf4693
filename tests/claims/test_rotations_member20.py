"""Which state holds a rotating presidency (claims/presidencies.py: the Council of the EU, the G7,
the G20; presidencies.yaml) and which states joined together ("along with A, B and C"): sentences
written for these tests, each change-over day checked one day either side."""

from __future__ import annotations

import pytest

from ._pipeline import verdicts

pytestmark = pytest.mark.model

PRES = "holds_presidency"


@pytest.mark.parametrize("text, published, kind", [
    # the G7's presidency runs by calendar year: Japan 2023, Italy 2024
    ("Japan, which holds the G7 presidency, hosted the talks.", "2023-12-31", "supported"),
    ("Japan, which holds the G7 presidency, hosted the talks.", "2024-01-01", "contradicted_by_kb"),
    ("Italy, which holds the G7 presidency, hosted the talks.", "2023-12-31", "contradicted_by_kb"),
    ("Italy, which holds the G7 presidency, hosted the talks.", "2024-01-01", "supported"),
    ("Canada currently chairs the G7.", "2025-03-02", "supported"),
    ("Germany currently chairs the G7.", "2025-03-02", "contradicted_by_kb"),
    # the G20's from 1 December: India to 30 November 2023, Brazil from 1 December 2023
    ("India currently holds the rotating presidency of the G20.", "2023-11-30", "supported"),
    ("India currently holds the rotating presidency of the G20.", "2023-12-01", "contradicted_by_kb"),
    ("Brazil currently holds the rotating presidency of the G20.", "2023-11-30", "contradicted_by_kb"),
    ("Brazil currently holds the rotating presidency of the G20.", "2023-12-01", "supported"),
])
def test_g7_and_g20_presidencies_by_day(accord_annotator, text, published, kind):
    assert kind in verdicts(accord_annotator, text, published, PRES)


@pytest.mark.parametrize("text, published, kind", [
    # a presidency named as a noun with its state, in a clause of the present: the article's day
    ("Ministers are meeting under the Spanish presidency of the Council of the EU.", "2023-06-30", "contradicted_by_kb"),
    ("Ministers are meeting under the Spanish presidency of the Council of the EU.", "2023-07-01", "supported"),
    ("Ministers are meeting under the Swedish presidency of the Council of the EU.", "2023-06-30", "supported"),
    ("Ministers are meeting under the Swedish presidency of the Council of the EU.", "2023-07-01", "contradicted_by_kb"),
    ("Belgium's EU presidency wants a deal on the asylum rules.", "2024-03-12", "supported"),
    ("Hungary's EU presidency wants a deal on the asylum rules.", "2024-03-12", "contradicted_by_kb"),
    # the clause's own day
    ("Poland's EU presidency said on 14 February 2025 that talks would go on.", "2025-02-20", "supported"),
    ("Denmark's EU presidency said on 14 February 2025 that talks would go on.", "2025-02-20", "contradicted_by_kb"),
    ("Brazil's G20 presidency is pushing for a tax on the very rich.", "2024-05-06", "supported"),
    ("India's G20 presidency is pushing for a tax on the very rich.", "2024-05-06", "contradicted_by_kb"),
    ("The current French presidency of the G7 has set out its priorities.", "2026-02-03", "supported"),
    ("The current German presidency of the G7 has set out its priorities.", "2026-02-03", "contradicted_by_kb"),
])
def test_a_presidency_named_with_its_state(accord_annotator, text, published, kind):
    assert kind in verdicts(accord_annotator, text, published, PRES)


@pytest.mark.parametrize("text, published", [
    ("Under the Czech EU presidency, ministers agreed on a gas price cap.", "2023-05-02"),  # some past term
    ("Under the Polish EU presidency, ministers will focus on security.", "2024-12-10"),  # a term to come
    ("Poland's EU presidency starts in January.", "2024-12-10"),  # its own beginning
    ("The incoming Polish presidency of the EU wants a deal by June.", "2024-12-10"),  # the next one
    ("The outgoing Hungarian presidency of the EU wants a deal by the end of the year.", "2024-12-10"),
    ("Ahead of Poland's EU presidency, ministers met in Warsaw.", "2024-12-10"),  # another role than subject
    ("The Polish presidency said the vote was valid.", "2024-03-12"),  # no grouping named: the head of state
    ("Sweden is the current president of the OSCE.", "2023-04-12"),  # a presidency the KB does not list
])
def test_no_presidency_flag_when_the_term_is_not_the_day(accord_annotator, text, published):
    assert "contradicted_by_kb" not in verdicts(accord_annotator, text, published, PRES)


@pytest.mark.parametrize("text, kind", [
    ("Estonia joined NATO in 2004 along with Latvia, Lithuania and Slovenia.", "supported"),
    ("Estonia joined NATO in 2004 along with Latvia, Lithuania and Croatia.", "contradicted_by_kb"),
    # a "together with" set off by a comma after the verb's own phrase, hung by the parse on its noun
    ("Bulgaria joined NATO in March 2004 in the largest enlargement of its history, together with Estonia, "
     "Latvia, Romania and Slovakia.", "supported"),
    ("Bulgaria joined NATO in March 2004 in the largest enlargement of its history, together with Estonia, "
     "Latvia, Romania and Albania.", "contradicted_by_kb"),
    # the subject "it", taken from the sentence before, keeps its co-agents
    ("Finland shares a long border with Russia. It stayed neutral and joined the EU in 1995, together with Sweden and Austria.",
     "supported"),
    ("Finland shares a long border with Russia. It stayed neutral and joined the EU in 1995, together with Sweden and Norway.",
     "contradicted_by_kb"),
    ("Finland shares a long border with Russia. It joined the EU in 1995 along with Sweden and Denmark.", "contradicted_by_kb"),
])
def test_states_that_joined_together(accord_annotator, text, kind):
    found = verdicts(accord_annotator, text, "2023-10-01", "joined")
    assert kind in found
    if kind == "supported":
        assert "contradicted_by_kb" not in found


@pytest.mark.parametrize("text, published, kind", [
    # "the N newest members": Sweden joined on 2024-03-07, Finland on 2023-04-04, North Macedonia 2020-03-27
    ("NATO's two newest members, Finland and Sweden, hosted the exercise.", "2024-06-01", "supported"),
    ("NATO's two newest members, Finland and Denmark, hosted the exercise.", "2024-06-01", "contradicted_by_kb"),
    ("Finland and Sweden are NATO's newest members.", "2024-06-01", "supported"),
    ("Finland and Montenegro are NATO's newest members.", "2024-06-01", "contradicted_by_kb"),
    # North Macedonia is one of the two newest up to the day before Sweden's accession (2024-03-07);
    # the window the claim speaks of reaches back 60 days from the article's day: 2024-05-05 still
    # reaches 2024-03-06, 2024-05-06 no longer does
    ("Montenegro and North Macedonia are NATO's two newest members.", "2021-06-01", "supported"),
    ("North Macedonia and Finland are NATO's two newest members.", "2024-05-05", "supported"),
    ("North Macedonia and Finland are NATO's two newest members.", "2024-05-06", "contradicted_by_kb"),
    ("Albania and North Macedonia are NATO's two newest members.", "2021-06-01", "contradicted_by_kb"),
    ("Albania and Croatia, NATO's newest members, sent troops.", "2010-06-01", "supported"),
    ("Estonia and Latvia, NATO's newest members, sent troops.", "2010-06-01", "contradicted_by_kb"),
])
def test_the_n_newest_members(accord_annotator, text, published, kind):
    found = verdicts(accord_annotator, text, published, "member_rank")
    assert kind in found
    if kind == "supported":
        assert "contradicted_by_kb" not in found


@pytest.mark.parametrize("text", [
    "NATO's three newest members include Finland and Sweden.",  # not all named
    "NATO's newest members such as Finland and Sweden train together.",  # examples
    "Finland and Norway are among the most active members of NATO.",  # another order
])
def test_no_newest_group_read_from_other_phrases(accord_annotator, text):
    assert "contradicted_by_kb" not in verdicts(accord_annotator, text, "2024-06-01", "member_rank")


RATIFIED = "ratified_accession"


@pytest.mark.parametrize("text, published, kind", [
    # Croatia's procedure ended on 2022-07-15: "has not ratified" is contradicted from its end on
    ("Turkey and Croatia are the only allies that have not yet ratified Finland's accession.", "2023-01-10",
     "contradicted_by_kb"),
    ("Turkey and Croatia, the only allies that have not ratified Finland's accession, face pressure.", "2023-01-10",
     "contradicted_by_kb"),
    ("Most allies have ratified Finland's accession protocol. Hungary and Croatia have not done so.", "2022-11-30",
     "contradicted_by_kb"),
    ("The ministers of Finland and Sweden attended. Twenty-eight of the 30 allies have ratified the two "
     "countries' accession protocols; Hungary and Croatia have yet to do so.", "2022-11-30", "contradicted_by_kb"),
    # a state named before whose accession is long done (Romania, 2004) is not one of "the two countries"
    ("The talks, chaired by Romania's foreign minister, drew the ministers of Finland and Sweden. Most of the "
     "30 allies have ratified the two countries' accession protocols; Hungary and Croatia have yet to do so.",
     "2022-11-30", "contradicted_by_kb"),
    # "did so" takes the ratification before it and its own day (Turkey's vote: 2023-03-30)
    ("Hungary's parliament ratified Finland's accession on Monday, and Turkey's did so on Thursday.", "2023-03-31",
     "supported"),
])
def test_allies_still_to_ratify(accord_annotator, text, published, kind):
    assert kind in verdicts(accord_annotator, text, published, RATIFIED)


@pytest.mark.parametrize("text, published", [
    ("Turkey and Hungary are the only allies that have not yet ratified Finland's accession.", "2023-01-10"),
    ("Most allies have ratified Finland's accession protocol. Hungary and Turkey have not done so.", "2022-11-30"),
    ("Most allies have ratified Finland's accession protocol, and Hungary is expected to do so soon.", "2022-11-30"),
    # said before Croatia's procedure ended, its "not yet" stands
    ("Most allies have ratified Finland's accession protocol. Hungary and Croatia have not done so.", "2022-07-08"),
    ("Turkey and Croatia were the only allies that had not ratified Finland's accession.", "2023-01-10"),  # past
])
def test_no_ratification_flag_on_true_holdouts(accord_annotator, text, published):
    assert "contradicted_by_kb" not in verdicts(accord_annotator, text, published, RATIFIED)


PROTOCOL = "accession_protocol"


@pytest.mark.parametrize("text, published, kind", [
    # the allies signed Finland's and Sweden's protocols on 2022-07-05; none for Austria
    ("The 30 NATO allies signed accession protocols for Finland and Sweden on Tuesday.", "2022-07-05", "supported"),
    ("The 30 NATO allies signed accession protocols for Finland and Austria on Tuesday.", "2022-07-05",
     "contradicted_by_kb"),
    ("The allies signed the accession protocols of Finland and Austria in July 2022.", "2022-07-06",
     "contradicted_by_kb"),
    ("The allies signed a NATO accession protocol for Austria on 5 July 2022.", "2022-07-06", "contradicted_by_kb"),
])
def test_a_protocol_signed_for_a_state_on_a_day_of_others(accord_annotator, text, published, kind):
    assert kind in verdicts(accord_annotator, text, published, PROTOCOL)


@pytest.mark.parametrize("text, published", [
    ("The allies signed the accession protocols of Finland and Austria in 2022.", "2022-07-06"),  # a year: too wide
    ("The allies signed a NATO accession protocol for Austria on 4 July 2022.", "2022-07-06"),  # the day before
    ("The allies signed a NATO accession protocol for Austria on 6 July 2022.", "2022-07-06"),  # the day after
    ("The allies did not sign an accession protocol for Austria on 5 July 2022.", "2022-07-06"),  # denied
    ("The allies will sign accession protocols for Finland and Austria on Tuesday.", "2022-07-04"),  # a plan
    ("The allies signed accession protocols for Albania and Croatia on 9 July 2008.", "2008-07-10"),  # not listed then
])
def test_no_protocol_flag_off_the_day(accord_annotator, text, published):
    assert "contradicted_by_kb" not in verdicts(accord_annotator, text, published, PROTOCOL)


@pytest.mark.parametrize("text, kind", [
    # Turkey's vote (2023-03-30) was the last ratification of Finland's accession, Hungary's (03-27) before it
    ("Turkey is the last hurdle to Finland's membership.", "supported"),
    ("Hungary is the last hurdle to Finland's membership.", "contradicted_by_kb"),
    ("Turkey remains the final obstacle to Finland's accession to NATO.", "supported"),
    ("Hungary remains the final obstacle to Finland's accession to NATO.", "contradicted_by_kb"),
])
def test_the_last_hurdle_standing(accord_annotator, text, kind):
    assert kind in verdicts(accord_annotator, text, "2023-03-28", "ratified_last")


@pytest.mark.parametrize("text", [
    "Hungary was the last hurdle to Finland's membership until January.",  # another time, not bounded
    "Hungary is not the only hurdle to Finland's membership.",  # not "last"
])
def test_no_hurdle_flag_off_the_day(accord_annotator, text):
    assert "contradicted_by_kb" not in verdicts(accord_annotator, text, "2023-03-28", "ratified_last")


@pytest.mark.parametrize("text, published, kind", [
    # AUKUS: Australia, the United Kingdom and the United States from 2021-09-15; the Quad: Australia,
    # India, Japan and the United States
    ("Australia's AUKUS partnership with the United States and Britain had the backing of both parties.",
     "2021-09-15", "supported"),
    ("Australia's AUKUS partnership with the United States and Canada had the backing of both parties.",
     "2021-09-15", "contradicted_by_kb"),
    ("Australia's Quad partnership with India, Japan and the United States is growing.", "2025-05-04", "supported"),
    ("Australia's Quad partnership with India, South Korea and the United States is growing.", "2025-05-04",
     "contradicted_by_kb"),
])
def test_a_states_partnership_in_a_small_grouping(accord_annotator, text, published, kind):
    found = verdicts(accord_annotator, text, published, "member_of")
    assert kind in found
    if kind == "supported":
        assert "contradicted_by_kb" not in found


@pytest.mark.parametrize("text, published", [
    ("Sweden's NATO partnership with Finland is growing.", "2020-05-04"),  # NATO's partners are not its members
    ("Australia's defence partnership with Japan and Canada is growing.", "2025-05-04"),  # no grouping
    ("Australia's AUKUS partnership with the United States and Britain and others is growing.", "2025-05-04"),
])
def test_no_partnership_flag_beyond_small_groupings(accord_annotator, text, published):
    assert "contradicted_by_kb" not in verdicts(accord_annotator, text, published, "member_of")
