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


# rank23 (session 15): the numbering of more lists (KB `ordinal` qualifiers), the state of the
# rank from the person's own office, a date after the title, and ranks among the women holders.

def _any_ranks(annotator, text: str, date: str) -> set[tuple[str, str, str]]:
    return {(s.subject, s.property, s.value) for s in read(annotator, text, date)
            if s.property in ("holder_rank", "woman_holder_rank")}


@pytest.mark.parametrize("text, date, right, wrong", [
    # presidents of Finland since 1919: Halonen 11th, Niinisto 12th, Stubb 13th
    ("Alexander Stubb was sworn in as Finland's 13th president on Friday.", "2024-03-02", "13th", "12th"),
    ("Alexander Stubb was sworn in as Finland's 13th president on Friday.", "2024-03-02", "13th", "14th"),
    # presidents of the Czech Republic since 1993: Havel, Klaus, Zeman, Pavel
    ("Petr Pavel was sworn in as the Czech Republic's fourth president on Thursday.", "2023-03-10", "fourth", "third"),
    ("Petr Pavel was sworn in as the Czech Republic's fourth president on Thursday.", "2023-03-10", "fourth", "fifth"),
    # presidents of Slovakia since 1993: Kovac, Schuster, Gasparovic, Kiska, Caputova, Pellegrini
    ("Zuzana Caputova was sworn in as Slovakia's fifth president on Saturday.", "2019-06-16", "fifth", "fourth"),
    ("Peter Pellegrini took office as the sixth president of Slovakia.", "2024-06-16", "sixth", "seventh"),
    # presidents of Latvia since 1922 (Karlis Ulmanis the fourth): Levits the tenth, Rinkevics the eleventh
    ("Edgars Rinkevics took office as the 11th president of Latvia on Saturday.", "2023-07-09", "11th", "tenth"),
    ("Edgars Rinkevics took office as the 11th president of Latvia on Saturday.", "2023-07-09", "11th", "12th"),
    # the state of the rank from the person's own office ("the country's", "the alliance's")
    ("Yoon Suk Yeol was sworn in on Tuesday. Yoon is the country's 20th president.", "2022-05-11", "20th", "19th"),
    ("Yoon Suk Yeol was sworn in on Tuesday. Yoon is the country's 20th president.", "2022-05-11", "20th", "21st"),
    ("Jens Stoltenberg is the alliance's 13th secretary general.", "2019-03-29", "13th", "12th"),
    # presidents of Indonesia since 1945: Yudhoyono 6th, Widodo 7th, Prabowo 8th; a bare title or
    # "the country's": the state of the person's one office of that title
    ("Prabowo Subianto was sworn in as Indonesia's eighth president on Sunday.", "2024-10-21", "eighth", "seventh"),
    ("JAKARTA - Prabowo Subianto was sworn in on Sunday as the country's eighth president.", "2024-10-21", "eighth", "ninth"),
    ("Joko Widodo became the seventh president on Monday.", "2014-10-21", "seventh", "sixth"),
    # a date after the title is no kind of holder ("from 2017 to 2021")
    ("Donald Trump served as the 45th president from 2017 to 2021.", "2024-11-07", "45th", "44th"),
    ("Donald Trump served as the 45th president from 2017 to 2021.", "2024-11-07", "45th", "46th"),
])
def test_more_numbered_lists_both_sides(checker, text, date, right, wrong):
    assert outcome(checker, text, date) == "supported"
    assert outcome(checker, text.replace(right, wrong), date) == "flagged"


@pytest.mark.parametrize("text, date, right, wrongs", [
    # the women who held the office, in order (KB `women_holders`): Thatcher, May, Truss
    ("Theresa May became Britain's second female prime minister on Wednesday.", "2016-07-14", "second", ("first", "third")),
    ("Liz Truss is the country's third female prime minister.", "2022-09-07", "third", ("second", "fourth")),
    ("Liz Truss is the third woman to become prime minister of the United Kingdom.", "2022-09-07", "third", ("second", "fourth")),
    ("Liz Truss became the third woman to serve as Britain's prime minister.", "2022-09-07", "third", ("fourth",)),
    ("Liz Truss, the third woman to become Britain's prime minister, arrived in Balmoral.", "2022-09-07", "third", ("second",)),
    ("Liz Truss is the third woman to lead the British government.", "2022-09-07", "third", ("second", "fourth")),
    ("Liz Truss became the third woman to lead the government on Tuesday.", "2022-09-07", "third", ("fourth",)),
    # Denmark: Thorning-Schmidt, Frederiksen; Latvia's prime ministers: Straujuma, Silina
    ("Mette Frederiksen, Denmark's second female prime minister, met Scholz.", "2021-12-09", "second", ("first", "third")),
    ("Evika Silina is the second woman to head the Latvian government.", "2023-12-01", "second", ("third",)),
    # "head of state": the state's president
    ("Kersti Kaljulaid took office as the country's first woman head of state.", "2017-01-26", "first", ("second",)),
    # a first: the one woman on the list
    ("Zuzana Caputova was sworn in as Slovakia's first female president on Saturday.", "2019-06-16", "first", ("second",)),
    ("Olaf Scholz succeeded Angela Merkel, Germany's first female chancellor.", "2021-12-09", "first", ("second",)),
    ("Giorgia Meloni was sworn in as Italy's first woman prime minister.", "2022-10-23", "first", ("second",)),
    ("Magdalena Andersson, the first woman to lead Sweden's government, resigned hours later.", "2021-11-30", "first", ("second",)),
])
def test_rank_among_women_holders_both_sides(checker, text, date, right, wrongs):
    assert outcome(checker, text, date) == "supported"
    for wrong in wrongs:
        assert outcome(checker, text.replace(right, wrong, 1), date) == "flagged"


@pytest.mark.parametrize("text, date", [
    # a kind the KB cannot count, or a count within a stretch
    ("Liz Truss is the first female prime minister since Theresa May.", "2022-09-07"),
    ("Liz Truss is Britain's fourth female Conservative prime minister.", "2022-09-07"),
    ("Liz Truss is the fourth female prime minister of Asian heritage.", "2022-09-07"),
    ("Liz Truss is the second woman to lead the government since 2016.", "2022-09-07"),
    ("Giorgia Meloni is the second Catholic woman to become Italy's prime minister.", "2022-10-23"),
    ("Giorgia Meloni is the youngest woman to become Italy's prime minister.", "2022-10-23"),
    # "to lead the country": a president and a prime minister both lead it; a party is no office
    ("Liz Truss is the fourth woman to lead the country.", "2022-09-07"),
    ("Liz Truss is the fourth woman to lead the Conservative Party.", "2022-09-07"),
    ("Kaja Kallas was sworn in as Estonia's prime minister, the second woman to lead the Baltic state.", "2021-01-27"),
    # a count from someone ("after Churchill"), not the list's
    ("Theresa May is the 13th prime minister after Winston Churchill.", "2017-01-26"),
    ("Mette Frederiksen is Denmark's third woman prime minister after Helle Thorning-Schmidt.", "2019-06-28"),
    # the object of "making her the ... woman": not the subject's rank
    ("Theresa May succeeded David Cameron, making her the third woman to lead the British government.", "2016-07-14"),
    # plans and negations
    ("Liz Truss would become the fourth woman to become prime minister.", "2022-09-07"),
    ("Theresa May will become Britain's third female prime minister on Wednesday.", "2016-07-12"),
    ("Giorgia Meloni is not the second woman to become Italy's prime minister.", "2022-10-23"),
])
def test_a_rank_the_kb_cannot_count_is_not_read(accord_annotator, checker, text, date):
    assert not _any_ranks(accord_annotator, text, date)
    assert outcome(checker, text, date) != "flagged"


@pytest.mark.parametrize("text, date", [
    # an office with no list of its women holders: the rank is new, never flagged
    ("Kamala Harris became the first female vice president of the United States.", "2021-01-21"),
    ("Kamala Harris became the second female vice president of the United States.", "2021-01-21"),
    # a list whose numbering conventions disagree carries no ordinal (Estonia: fifth since 1991, sixth since 1938)
    ("Alar Karis was sworn in as Estonia's fifth president on Monday.", "2021-10-12"),
    ("Alar Karis was sworn in as Estonia's sixth president on Monday.", "2021-10-12"),
])
def test_a_rank_the_kb_does_not_number_is_not_flagged(checker, text, date):
    assert outcome(checker, text, date) != "flagged"
