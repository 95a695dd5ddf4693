"""A holder's number in an office's list (claims/holder_ranks.py, cr13b): "sworn in as Ukraine's
fifth president", "NATO's 13th Secretary General X", "X is the 57th prime minister of the
United Kingdom". Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.claims._pipeline import outcome, read


def _ranks(annotator, text: str, date: str) -> set[tuple[str, str]]:
    return {(s.subject, s.value) for s in read(annotator, text, date) if s.property == "holder_rank"}


@pytest.mark.parametrize("text, date, right, wrong", [
    ("Petro Poroshenko was sworn in as Ukraine's fifth president on 7 June 2014.", "2014-06-08", "fifth", "fourth"),
    ("Jacinda Ardern became New Zealand's 40th prime minister in October 2017.", "2017-10-27", "40th", "41st"),
    ("Moon Jae-in took office as South Korea's 19th president on 10 May 2017.", "2017-05-11", "19th", "18th"),
    ("Theresa May became the 54th prime minister of the United Kingdom on 13 July 2016.", "2016-07-14", "54th", "55th"),
    ("Jens Stoltenberg is the thirteenth Secretary General of NATO.", "2019-03-01", "thirteenth", "twelfth"),
    # Canada (num21): Harper the 22nd, Trudeau the 23rd, Carney the 24th
    ("Mark Carney was sworn in as Canada's 24th prime minister on Friday.", "2025-03-15", "24th", "25th"),
    ("Mark Carney was sworn in as Canada's 24th prime minister on Friday.", "2025-03-15", "24th", "23rd"),
    ("Justin Trudeau was sworn in as Canada's 23rd prime minister on Wednesday.", "2015-11-05", "23rd", "22nd"),
])
def test_rank_of_a_holder_both_sides(checker, text, date, right, wrong):
    assert outcome(checker, text, date) == "supported"
    assert outcome(checker, text.replace(right, wrong), date) == "flagged"


def test_rank_in_a_title_before_the_name(checker):
    text = "Australia's 29th prime minister, Malcolm Turnbull, flew to Jakarta on Friday."
    assert outcome(checker, text, "2017-02-24") != "flagged"
    assert outcome(checker, text.replace("29th", "30th"), "2017-02-24") == "flagged"


def test_a_term_renumbered_at_each_election_takes_any_of_its_ranks(checker):
    # Japan numbers a prime minister again when the Diet re-elects him: Abe was the 96th, 97th and 98th
    for rank in ("96th", "98th"):
        assert outcome(checker, f"Shinzo Abe was elected Japan's {rank} prime minister by the Diet.",
                       "2018-01-10") != "flagged"
    assert outcome(checker, "Shinzo Abe was elected Japan's 99th prime minister by the Diet.", "2018-01-10") == "flagged"


def test_two_terms_two_ranks(checker):
    assert outcome(checker, "Donald Trump was sworn in as the 47th president of the United States on 20 January 2025.",
                   "2025-01-21") == "supported"


@pytest.mark.parametrize("text, date", [
    ("Rishi Sunak is the country's first prime minister of Asian heritage.", "2022-10-26"),
    ("Rishi Sunak is the third prime minister to take office this year.", "2022-10-26"),
    ("Rishi Sunak is Britain's third prime minister of the year.", "2022-10-26"),
    ("Scott Morrison is the fourth prime minister in five years.", "2018-08-25"),
    ("Donald Trump, the 45th and 47th president, spoke on Monday.", "2025-02-03"),
])
def test_a_rank_among_holders_of_a_kind_is_not_read(accord_annotator, checker, text, date):
    assert not _ranks(accord_annotator, text, date)
    assert outcome(checker, text, date) != "flagged"


def test_a_rank_the_kb_does_not_number_is_new(accord_annotator, checker):
    text = "Marise Payne was sworn in as Australia's 38th foreign minister in August 2018."
    found = [s for s in read(accord_annotator, text, "2018-08-27") if s.property == "holder_rank"]
    assert found and found[0].value == "office:aus-foreign-minister#38"
    assert outcome(checker, text, "2018-08-27") != "flagged"
