"""NATO's multinational battlegroups (claims/battlegroups.py, battlegroups.yaml): the lead nation
of a host's battlegroup and the number of battlegroups, on sentences written for these tests,
at the handover days and the years the list begins."""

from __future__ import annotations

import pytest

from ._pipeline import verdicts

pytestmark = pytest.mark.model

LEAD, LED, COUNT = "leads_battlegroup", "led_battlegroup", "battlegroup_count"


@pytest.mark.parametrize("text, published, kind", [
    ("Lithuania hosts a German-led battlegroup.", "2023-05-10", "supported"),
    ("Lithuania hosts a Canadian-led battlegroup.", "2023-05-10", "contradicted_by_kb"),
    ("Canada leads the NATO battlegroup in Latvia.", "2023-05-10", "supported"),
    ("Germany leads the NATO battlegroup in Latvia.", "2023-05-10", "contradicted_by_kb"),
    ("Latvia hosts a multinational battlegroup led by Canada.", "2023-05-10", "supported"),
    ("Latvia hosts a multinational battlegroup led by Britain.", "2023-05-10", "contradicted_by_kb"),
    ("Poland hosts a US-led NATO battlegroup.", "2023-05-10", "supported"),
    ("Poland hosts a French-led NATO battlegroup.", "2023-05-10", "contradicted_by_kb"),
    ("Estonia's UK-led battlegroup trained near Tapa.", "2023-05-10", "supported"),
    ("Romania hosts a French-led battlegroup.", "2023-05-10", "supported"),
    ("Romania hosts an Italian-led battlegroup.", "2023-05-10", "contradicted_by_kb"),
    ("Hungary leads the battlegroup in Hungary.", "2023-05-10", "supported"),
])
def test_the_lead_nation_of_a_named_host(accord_annotator, text, published, kind):
    assert verdicts(accord_annotator, text, published, LEAD) == [kind]


@pytest.mark.parametrize("text, published, kind", [
    # Slovakia: the Czech Republic to 30 June 2024, Spain from 1 July 2024
    ("Slovakia hosts a Czech-led battlegroup.", "2024-06-30", "supported"),
    ("Slovakia hosts a Spanish-led battlegroup.", "2024-06-30", "contradicted_by_kb"),
    ("Slovakia hosts a Spanish-led battlegroup.", "2024-07-01", "supported"),
    ("Slovakia hosts a Czech-led battlegroup.", "2024-07-01", "contradicted_by_kb"),
    # Bulgaria: Bulgaria itself from 1 March 2022, Italy from 17 October 2022
    ("Bulgaria hosts an Italian-led battlegroup.", "2022-10-16", "contradicted_by_kb"),
    ("Bulgaria hosts an Italian-led battlegroup.", "2022-10-17", "supported"),
    # the first four began in 2017
    ("Lithuania hosts a German-led battlegroup.", "2017-06-20", "supported"),
])
def test_the_lead_at_its_handover_days(accord_annotator, text, published, kind):
    assert verdicts(accord_annotator, text, published, LEAD) == [kind]


@pytest.mark.parametrize("text, published", [
    ("Lithuania hosts a Canadian-led battlegroup.", "2016-12-31"),  # before the first battlegroups
    ("Slovakia hosts an Italian-led battlegroup.", "2022-06-01"),  # a lead known only to the year then
    ("Slovakia hosts an Italian-led battlegroup.", "2025-03-01"),  # after the list's as_of
    ("Finland hosts a Swedish-led battlegroup.", "2025-01-10"),  # a host the KB does not list
    ("Lithuania hosts a German-led battlegroup and Latvia a Canadian-led one.", "2023-05-10"),
    ("Spain will lead the battlegroup in Slovakia.", "2024-01-15"),  # a plan
])
def test_no_lead_flag_where_the_list_cannot_tell(accord_annotator, text, published):
    assert "contradicted_by_kb" not in verdicts(accord_annotator, text, published, LEAD)


def test_a_lead_with_no_named_host_is_not_read(accord_annotator):
    text = "The Canadian-led battlegroup held a live-fire exercise on Tuesday."
    assert verdicts(accord_annotator, text, "2023-05-10", LEAD) == []
    assert verdicts(accord_annotator, text, "2023-05-10", LED) == []


@pytest.mark.parametrize("text, kind", [
    ("Germany led the battlegroup in Lithuania.", "supported"),
    ("Canada led the battlegroup in Lithuania.", "contradicted_by_kb"),
    ("The Czech Republic led the battlegroup in Slovakia.", "supported"),  # before Spain took over
])
def test_an_undated_past_lead_is_any_time_before_the_article(accord_annotator, text, kind):
    assert verdicts(accord_annotator, text, "2025-01-20", LED) == [kind]


@pytest.mark.parametrize("text, kind", [
    ("Germany does not lead the battlegroup in Latvia.", "supported"),
    ("Canada does not lead the battlegroup in Latvia.", "contradicted_by_kb"),
])
def test_a_denied_lead(accord_annotator, text, kind):
    assert verdicts(accord_annotator, text, "2023-05-10", LEAD) == [kind]


@pytest.mark.parametrize("text, published, kind", [
    ("NATO's eight battlegroups stretch from the Baltic Sea to the Black Sea.", "2024-08-01", "supported"),
    ("NATO's six battlegroups stretch from the Baltic Sea to the Black Sea.", "2024-08-01", "contradicted_by_kb"),
    ("The eight multinational battlegroups are combat-ready.", "2024-08-01", "supported"),
    ("NATO has four battlegroups on its eastern flank.", "2024-08-01", "contradicted_by_kb"),
    ("NATO has four battlegroups on its eastern flank.", "2021-12-31", "supported"),
    ("NATO has eight battlegroups on its eastern flank.", "2021-12-31", "contradicted_by_kb"),
    # 2022: four more set up in a year known only to the year (Bulgaria's from 1 March): 4 to 8
    ("NATO has eight battlegroups on its eastern flank.", "2022-11-02", "supported"),
    ("NATO has three battlegroups on its eastern flank.", "2022-11-02", "contradicted_by_kb"),
    ("NATO has nine battlegroups on its eastern flank.", "2022-11-02", "contradicted_by_kb"),
    ("NATO deployed four battlegroups in 2017.", "2024-08-01", "supported"),
    ("NATO deployed five battlegroups in 2017.", "2024-08-01", "contradicted_by_kb"),
    ("NATO deployed three battlegroups in 2021.", "2024-08-01", "contradicted_by_kb"),
    ("NATO deployed four battlegroups in 2021.", "2024-08-01", "supported"),
])
def test_the_number_of_battlegroups(accord_annotator, text, published, kind):
    assert verdicts(accord_annotator, text, published, COUNT) == [kind]


@pytest.mark.parametrize("text, published", [
    ("The four new battlegroups are in Bulgaria, Hungary, Romania and Slovakia.", "2023-05-10"),
    ("The first four battlegroups were deployed to the Baltic states and Poland.", "2023-05-10"),
    ("The four battlegroups in Estonia, Latvia, Lithuania and Poland are growing.", "2023-05-10"),
    ("NATO set up four battlegroups after Russia annexed Crimea.", "2023-05-10"),  # an undated deed
    ("NATO went from four battlegroups to eight.", "2023-05-10"),
    ("The EU has 18 battlegroups.", "2023-05-10"),
    ("NATO has eight battlegroups on its eastern flank.", "2016-06-01"),  # before the first
    ("NATO has seven battlegroups on its eastern flank.", "2025-06-01"),  # after the list's as_of
])
def test_no_count_flag_for_a_part_another_body_or_an_unlisted_day(accord_annotator, text, published):
    assert "contradicted_by_kb" not in verdicts(accord_annotator, text, published, COUNT)


HOSTS = "hosts_battlegroup"


@pytest.mark.parametrize("text, published, kinds", [
    ("NATO has multinational battlegroups in Estonia, Latvia, Lithuania and Poland.", "2021-05-01",
     ["supported"] * 4),
    ("NATO has multinational battlegroups in Estonia, Latvia, Lithuania and Finland.", "2021-05-01",
     ["contradicted_by_kb", "supported", "supported", "supported"]),
    ("Norway hosts a NATO battlegroup.", "2023-05-01", ["contradicted_by_kb"]),
    ("Romania hosts a NATO battlegroup.", "2023-05-01", ["supported"]),
])
def test_which_allies_host_a_battlegroup(accord_annotator, text, published, kinds):
    assert verdicts(accord_annotator, text, published, HOSTS) == kinds


@pytest.mark.parametrize("text, published", [
    ("Romania hosts a NATO battlegroup.", "2021-05-01"),  # a host whose battlegroup came later
    ("Finland will host a NATO battlegroup.", "2023-05-01"),  # a plan
    ("NATO leaders agreed to set up battlegroups in Bulgaria, Hungary, Romania and Croatia.", "2022-03-25"),
    ("The EU battlegroups in Germany and France are on standby.", "2023-05-01"),  # the EU's
    ("Norway hosts a NATO battlegroup.", "2016-05-01"),  # before the first battlegroups
    ("Finland hosts a NATO battlegroup.", "2025-06-01"),  # after the list's as_of
])
def test_no_host_flag_where_the_list_cannot_tell(accord_annotator, text, published):
    assert "contradicted_by_kb" not in verdicts(accord_annotator, text, published, HOSTS)


def test_a_bare_count_pointing_back_at_a_part_is_not_read(accord_annotator):
    text = ("NATO agreed to set up four new battlegroups in Bulgaria, Hungary, Romania and Slovakia. "
            "The four battlegroups are now combat-ready.")
    assert verdicts(accord_annotator, text, "2023-05-10", COUNT) == []
    alone = "The four battlegroups are now combat-ready."
    assert verdicts(accord_annotator, alone, "2023-05-10", COUNT) == ["contradicted_by_kb"]
