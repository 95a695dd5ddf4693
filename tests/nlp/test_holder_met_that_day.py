"""A titled past holder met on the day the sentence tells, or spoken for by an aide (issue 12,
wrong_holder; the policy in docs/verification.md, "A bare title for a past holder"), "FM" as a
foreign minister's title, and a dateline dash run into the title.
Sentences written for these tests, each checked alone as `accord check` checks an article of that
date. A long-gone holder named outside the main clause's actor is the holder of those years
("criticized President X"), unless the person is met, received or visited on a day of the
article's week and is the predecessor of the day's holder: then the title is of that day."""

from __future__ import annotations

import pytest

from bench.paraphrases import Checker
from tests.claims._pipeline import outcome

# (date, text, expected outcome): "flagged", "supported", or "not flagged" (supported or none)
ROWS = [
    # Manmohan Singh (India's prime minister to 2014-05-26, Modi's predecessor), in 2020
    ("2020-02-11", "The Nepali envoys handed their credentials to Prime Minister Manmohan Singh on Tuesday.",
     "flagged"),
    ("2020-02-11", "The Czech minister meets with Indian Prime Minister Manmohan Singh in Delhi on February 11.",
     "flagged"),
    ("2020-02-11", "The Czech minister will hold talks with Prime Minister Manmohan Singh on Tuesday.", "flagged"),
    # ... met, but on no day the sentence tells: the holder of those years
    ("2020-02-11", "The Czech minister once met Prime Minister Manmohan Singh in Delhi.", "supported"),
    # ... on the day, but not met: criticized, praised (a verb that tells of the person)
    ("2020-02-11", "The Czech minister criticized Prime Minister Manmohan Singh on Tuesday.", "supported"),
    ("2020-02-11", "The Czech minister on Tuesday praised the reforms of Prime Minister Manmohan Singh.",
     "not flagged"),
    # ... met on the day in a sentence that writes a year of the person's own term: that year's title
    ("2020-02-11", "On Tuesday the minister recalled how he met Prime Minister Manmohan Singh in 2009.",
     "not flagged"),
    # the day's holder met: supported
    ("2020-02-11", "The Czech minister held talks with Prime Minister Narendra Modi in Delhi on Tuesday.",
     "supported"),
    # a long-gone holder who is not the predecessor (Clinton, before George W. Bush), met on the day:
    # not checked by this rule
    ("2016-03-03", "The Irish envoy met with President Bill Clinton in Washington on Thursday.", "not flagged"),
    ("2016-03-03", "The Irish envoy met with President George W. Bush in Washington on Thursday.", "flagged"),
]


@pytest.fixture(scope="module")
def checker(accord_annotator):
    return Checker(accord_annotator)


@pytest.mark.parametrize("date,text,expect", ROWS)
def test_a_past_holder_met_on_the_day(checker, date, text, expect):
    result = outcome(checker, text, date)
    assert (result != "flagged") if expect == "not flagged" else result == expect, result


# South Korea's foreign ministers: Chung Eui-yong to 2022-05-12, then Park Jin to 2024-01-09.
@pytest.mark.parametrize("date,name,expect", [
    ("2022-05-11", "Chung Eui-yong", "supported"),   # Chung's last day in office
    ("2022-05-12", "Chung Eui-yong", "none"),        # the first day of Park's term: the handover day
    ("2022-05-13", "Chung Eui-yong", "flagged"),
    ("2022-05-12", "Park Jin", "supported"),
    ("2022-05-11", "Park Jin", "flagged"),
])
def test_fm_before_a_name_is_a_foreign_ministers_title(checker, date, name, expect):
    text = f"South Korea raised its defence budget. FM {name} said that Seoul would work with NATO."
    assert outcome(checker, text, date) == expect


def test_fm_before_a_surname_alone_reads_the_holder_the_kb_lists(checker):
    text = ("South Korean Foreign Minister Park Jin met NATO's chief in Seoul on Sunday. "
            "FM {} said the talks went well.")
    assert outcome(checker, text.format("Park"), "2023-01-29") == "supported"
    assert outcome(checker, text.format("Chung"), "2023-01-29") == "flagged"


def test_fm_before_a_full_name_finds_the_office_of_the_written_country(checker):
    assert outcome(checker, "Japanese FM Yoshimasa Hayashi spoke in Delhi on Wednesday.", "2023-03-01") == "supported"
    assert outcome(checker, "Japanese FM Fumio Kishida spoke in Delhi on Wednesday.", "2023-03-01") == "flagged"


def test_fm_that_is_no_title_reads_no_office(checker):
    assert outcome(checker, "The interview ran on Radio FM Park in Seoul on Wednesday.", "2023-03-01") != "flagged"


# A wire dateline run into the lede ("CITY -NATO ..."): the dash is split off, so the title keeps
# its organisation (otherwise the UN's secretary-general read as holding his own office).
@pytest.mark.parametrize("name,expect", [("Antonio Guterres", "flagged"), ("Jens Stoltenberg", "supported")])
def test_a_dateline_dash_run_into_the_title_keeps_its_organisation(checker, name, expect):
    text = f"WARSAW/ROME -NATO Secretary General {name} said on Thursday the allies were united."
    assert outcome(checker, text, "2022-03-24") == expect


def test_the_dash_is_split_off_only_before_a_capital(accord_annotator):
    words = [t.text for t in accord_annotator.nlp("OSLO -NATO leaders met; a Kyiv-based group saw a -5 change "
                                                  "and a -based suffix.")]
    assert words[:3] == ["OSLO", "-", "NATO"]
    assert "-5" in words and "-based" in words and "Kyiv" in words


# An aide speaking for a titled person reports the day's news, though news is told in the past
# tense: Peter Dutton was Australia's defence minister to 2022-05-23, Richard Marles after him.
@pytest.mark.parametrize("text,expect", [
    ("A spokesperson for Defence Minister Peter Dutton declined to comment on the report.", "flagged"),
    ("A spokesman for Defence Minister Peter Dutton said the report was wrong.", "flagged"),
    ("A spokesperson for Defence Minister Richard Marles declined to comment on the report.", "supported"),
    # an aide told of in the past, or a former aide: the holder's own years
    ("Smith was an adviser to Defence Minister Peter Dutton.", "supported"),
    ("A former spokesperson for Defence Minister Peter Dutton said the report was wrong.", "supported"),
    ("Smith, who was a spokesperson for Defence Minister Peter Dutton, said the report was wrong.", "supported"),
])
def test_an_aide_speaking_for_a_titled_person_tells_the_days_news(checker, text, expect):
    assert outcome(checker, text, "2023-03-08") == expect
