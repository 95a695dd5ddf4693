"""Office holders added in session 16 (kb23): Georgia's and Moldova's foreign and defence
ministers, Malta's and Cyprus's foreign ministers, the OSCE's Secretary General and
Chairperson-in-Office (its hyphenated titles kept as one token), the Council of Europe's and the
Arab League's Secretaries General, the heads of Serbia, Kosovo, Armenia and Azerbaijan and their
foreign ministers. Sentences written for these tests: each title form with its
holder right and wrong, a handover on its first day and the day before."""

from __future__ import annotations

import pytest

from ._pipeline import outcome

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, day, expected", [
    ("Georgian Foreign Minister Mikheil Janelidze met the alliance's envoys on Wednesday.", "2016-03-09", "supported"),
    ("Georgian Foreign Minister Mikheil Janelidze met the alliance's envoys on Wednesday.", "2019-03-13", "flagged"),
    ("David Zalkaliani, Georgia's foreign minister, spoke to reporters on Wednesday.", "2020-05-06", "supported"),
    ("David Zalkaliani, Georgia's foreign minister, spoke to reporters on Wednesday.", "2023-05-10", "flagged"),
    ("Georgian Defence Minister Levan Izoria attended the meeting on Wednesday.", "2017-02-15", "supported"),
    ("Georgian Defence Minister Levan Izoria attended the meeting on Wednesday.", "2015-02-18", "flagged"),
    ("Tinatin Khidasheli, Georgia's defense minister, said on Wednesday that the centre would open.", "2014-06-04", "flagged"),
    ("Irakli Alasania, Georgia's defense minister, said on Wednesday that the centre would open.", "2014-06-04", "supported"),
    ("Moldovan Foreign Minister Nicu Popescu said on Wednesday that the talks went well.", "2022-06-15", "supported"),
    ("Moldovan Foreign Minister Nicu Popescu said on Wednesday that the talks went well.", "2024-06-12", "flagged"),
    ("Mihai Popsoi, Moldova's foreign minister, said on Wednesday that the talks went well.", "2024-06-12", "supported"),
    ("Moldova's defence minister Anatolie Nosatii said on Wednesday that the army needed radars.", "2022-06-15", "supported"),
    ("Maltese Foreign Minister Ian Borg said on Wednesday that Malta would stay neutral.", "2023-06-14", "supported"),
    ("Maltese Foreign Minister Ian Borg said on Wednesday that Malta would stay neutral.", "2019-06-12", "flagged"),
    ("Cypriot Foreign Minister Constantinos Kombos met his Greek counterpart on Wednesday.", "2023-06-14", "supported"),
    ("Cypriot Foreign Minister Ioannis Kasoulides met his Greek counterpart on Wednesday.", "2019-06-12", "flagged"),
    ("OSCE Secretary General Helga Schmid said on Wednesday that the mission would stay.", "2022-03-09", "supported"),
    ("OSCE Secretary General Helga Schmid said on Wednesday that the mission would stay.", "2018-03-14", "flagged"),
    ("Thomas Greminger, the OSCE Secretary General, said on Wednesday that the mission would stay.", "2019-03-13", "supported"),
    ("OSCE Chairman-in-Office Ian Borg visited Kyiv on Wednesday.", "2024-06-12", "supported"),
    ("OSCE Chairman-in-Office Ian Borg visited Kyiv on Wednesday.", "2022-06-15", "flagged"),
    ("OSCE Chair-in-Office Ivica Dacic visited Kyiv on Wednesday.", "2015-06-10", "supported"),
    ("Ivica Dacic, the OSCE Chairperson-in-Office, visited Kyiv on Wednesday.", "2016-06-15", "flagged"),
    ("The OSCE's Chairman-in-Office, Bujar Osmani, said on Wednesday that the mission would continue.", "2023-03-15", "supported"),
    ("The OSCE's Chairman-in-Office, Bujar Osmani, said on Wednesday that the mission would continue.", "2022-03-16", "flagged"),
    ("Council of Europe Secretary General Marija Pejcinovic Buric said on Wednesday that rulings must be respected.", "2021-06-16", "supported"),
    ("Council of Europe Secretary General Marija Pejcinovic Buric said on Wednesday that rulings must be respected.", "2017-06-14", "flagged"),
    ("Thorbjorn Jagland, the Secretary General of the Council of Europe, said on Wednesday that the fees were due.", "2018-06-13", "supported"),
    ("Thorbjorn Jagland, the Secretary General of the Council of Europe, said on Wednesday that the fees were due.", "2021-06-16", "flagged"),
    ("Arab League Secretary-General Ahmed Aboul Gheit said on Wednesday that the summit would go ahead.", "2022-06-15", "supported"),
    ("Arab League Secretary-General Ahmed Aboul Gheit said on Wednesday that the summit would go ahead.", "2014-06-11", "flagged"),
    ("Nabil Elaraby, the Arab League chief, said on Wednesday that the summit would go ahead.", "2014-06-11", "supported"),
    ("Serbian Prime Minister Ana Brnabic said on Wednesday that Serbia would not impose sanctions.", "2022-06-15", "supported"),
    ("Serbian Prime Minister Ana Brnabic said on Wednesday that Serbia would not impose sanctions.", "2015-06-10", "flagged"),
    ("Serbian Foreign Minister Ivica Dacic said on Wednesday that Serbia would stay neutral.", "2015-06-10", "supported"),
    ("Serbian Foreign Minister Ivica Dacic said on Wednesday that Serbia would stay neutral.", "2021-06-09", "flagged"),
    ("Kosovo Prime Minister Albin Kurti said on Wednesday that the barricades must go.", "2022-06-15", "supported"),
    ("Kosovo Prime Minister Albin Kurti said on Wednesday that the barricades must go.", "2019-06-12", "flagged"),
    ("Kosovo President Vjosa Osmani met the envoys on Wednesday.", "2022-06-15", "supported"),
    ("Kosovo President Vjosa Osmani met the envoys on Wednesday.", "2019-06-12", "flagged"),
    ("Armenian Prime Minister Nikol Pashinyan said on Wednesday that talks with Baku would resume.", "2022-06-15", "supported"),
    ("Armenian Prime Minister Nikol Pashinyan said on Wednesday that talks with Baku would resume.", "2016-06-15", "flagged"),
    ("Azerbaijani Foreign Minister Jeyhun Bayramov said on Wednesday that the road must open.", "2023-06-14", "supported"),
    ("Azerbaijani Foreign Minister Jeyhun Bayramov said on Wednesday that the road must open.", "2018-06-13", "flagged"),
])
def test_a_title_and_its_holder_on_the_day(checker, text, day, expected):
    assert outcome(checker, text, day) == expected


@pytest.mark.parametrize("text, day, expected", [
    # Irakli Chikovani took over Georgia's Defence from Juansher Burchuladze on 2024-02-08
    ("Georgian Defence Minister Irakli Chikovani visited the base today.", "2024-02-08", "supported"),
    ("Georgian Defence Minister Irakli Chikovani visited the base today.", "2024-02-07", "flagged"),
    ("Georgian Defence Minister Juansher Burchuladze visited the base today.", "2024-02-07", "supported"),
    # Alain Berset's first day as Secretary General of the Council of Europe, 2024-09-18
    ("Council of Europe Secretary General Alain Berset opened the session today.", "2024-09-18", "supported"),
    ("Council of Europe Secretary General Alain Berset opened the session today.", "2024-09-17", "flagged"),
])
def test_a_handover_on_its_day_and_the_day_before(checker, text, day, expected):
    assert outcome(checker, text, day) == expected


def test_a_shared_family_name_is_read_through_the_office(checker):
    # "Osmani" alone names no one (Vjosa and Bujar); with Kosovo's presidency it is the holder
    assert outcome(checker, "Kosovo President Osmani met the envoys on Wednesday.", "2022-06-15") == "supported"
    assert outcome(checker, "North Macedonia's Foreign Minister Bujar Osmani met the envoys on Wednesday.",
                   "2022-06-15") == "supported"


def test_an_unsure_handover_is_not_judged(checker):
    # Popescu left Moldova's foreign ministry on 2024-01-29; the days around are a declared gap
    text = "Moldovan Foreign Minister Nicu Popescu met the delegation today."
    assert outcome(checker, text, "2024-01-30") == "none"
    assert outcome(checker, text, "2024-02-07") == "flagged"


def test_the_hyphenated_title_is_one_token(accord_annotator):
    doc = accord_annotator.nlp.make_doc("The OSCE Chairperson-in-Office, and the chair-in-office's envoy.")
    words = [t.text for t in doc]
    assert "Chairperson-in-Office" in words and "chair-in-office" in words
    # other hyphenated words are cut as before
    assert [t.text for t in accord_annotator.nlp.make_doc("a fly-in-amber moment")][1:4] == ["fly", "-", "in"]
