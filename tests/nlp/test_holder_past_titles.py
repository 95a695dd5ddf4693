"""A bare title before a past holder's name, end to end (issue 12; the policy in
docs/verification.md, "A bare title for a past holder"). Sentences written for these tests, each
checked alone as `accord check` checks an article of that date: journalists keep a bare title for
any past holder ("the agenda of President Bill Clinton", in 2016), so such a title is a claim about
the article's day only for a holder gone at most four years, the day's holder's predecessor named
as the main clause's actor, or a holder the sentence reports speaking or acting that week."""

from __future__ import annotations

import pytest

from bench.paraphrases import Checker, outcome

# (date, text, expected outcome): "flagged", "supported", or "not flagged" (supported or none)
ROWS = [
    # a long-gone holder who is not the day's holder's predecessor, told of: never flagged
    ("2016-03-03", "The agenda of President Bill Clinton shaped the party for a decade.", "not flagged"),
    ("2016-03-03", "For years, President Bill Clinton was the party's best fundraiser.", "not flagged"),
    ("2016-03-03", "President Bill Clinton arrived in Kyiv.", "not flagged"),
    ("2016-03-03", "Kendall has represented President Bill Clinton in several cases.", "not flagged"),
    # ... reported speaking, or on a day of the article's week: the day's news, checked
    ("2016-03-03", "President Bill Clinton said the economy was strong.", "flagged"),
    ("2016-03-03", "President Bill Clinton visited Ohio on Tuesday.", "flagged"),
    # the predecessor of the day's holder (Obama's: George W. Bush): checked as the main actor ...
    ("2016-03-03", "President George W. Bush arrived in Kyiv.", "flagged"),
    ("2016-03-03", "President George W. Bush and Congress passed the bill.", "flagged"),
    # ... read as held some time when named elsewhere in the sentence
    ("2016-03-03", "Trump criticized President George W. Bush for the war.", "supported"),
    ("2016-03-03", "Comey, a lawyer appointed by President George W. Bush, testified.", "not flagged"),
    ("2016-03-03", "Years after President George W. Bush signed the law, schools still struggle.", "not flagged"),
    # a year of the holder's own term in the sentence: the title is of that time
    ("2016-03-03", "Ginsburg was appointed to the court by President Bill Clinton in 1993.", "not flagged"),
    ("2016-03-03", "In 2005, President George W. Bush arrived in Kyiv.", "not flagged"),
    # "former", and a holder gone under four years: read and checked as before
    ("2016-03-03", "Former President Bill Clinton arrived in Kyiv.", "supported"),
    ("2016-06-02", "Former U.N. secretary general Kofi Annan praised the deal.", "not flagged"),
    ("2023-03-31", "Finnish Foreign Minister Timo Soini thanked Turkey in a tweet.", "flagged"),
    ("2024-06-20", "Romanian President Traian Basescu said on Thursday his country would back Rutte.", "flagged"),
    # a stretch in office named before the title ("during her tenure as"): a title of that time
    ("2015-12-12", "Trump blamed Hillary Clinton, during her tenure as America's top diplomat, for the crisis.",
     "supported"),
    ("2015-12-12", "Trump blamed Hillary Clinton, during her time as secretary of state, for the crisis.", "supported"),
    ("2015-12-12", "Trump blamed Hillary Clinton, the secretary of state, for the crisis.", "flagged"),
    # a holder put out of the office ("ousted", "deposed"): a past holder, as "former"
    ("2016-04-09", "Manafort advised Viktor Yanukovych, the ousted Ukrainian president, for years.", "supported"),
    ("2016-04-09", "Deposed Ukrainian President Viktor Yanukovych fled to Russia.", "supported"),
    ("2016-04-09", "Manafort advised Petro Poroshenko, the ousted Ukrainian president, for years.", "flagged"),
    # "former" in a clause of a time to come (a verb in the present under "once", "until"): not yet
    ("2016-08-19", "That is hardly enough, especially once Obama is former president Obama.", "not flagged"),
    ("2016-08-19", "Nothing will change until Obama is former president Obama.", "not flagged"),
    ("2016-08-19", "When former President Obama spoke, the crowd cheered.", "flagged"),
    # a person the KB does not know, titled with an office whose list begins in 2014
    ("2016-06-02", "The textbook shows a photograph of Israeli Prime Minister Menachem Begin.", "not flagged"),
    ("2016-06-02", "Israeli Prime Minister Menachem Begin met Obama on Tuesday.", "flagged"),
    # someone the KB knows who never held the office
    ("2016-03-03", "President John Kerry arrived in Kyiv.", "flagged"),
]


@pytest.fixture(scope="module")
def checker(accord_annotator):
    return Checker(accord_annotator)


def got(checker, date: str, text: str) -> str:
    return outcome(checker.findings(text, date))


@pytest.mark.parametrize("date,text,expect", ROWS)
def test_a_bare_title_before_a_past_holder(checker, date, text, expect):
    result = got(checker, date, text)
    assert (result != "flagged") if expect == "not flagged" else result == expect, result


# Volodymyr Groysman left the Ukrainian premiership on 2019-08-29; Honcharuk and Shmyhal followed.
@pytest.mark.parametrize("date,expect", [("2023-08-28", "flagged"),  # 1460 days gone: read as of the day
                                         ("2023-08-29", "supported")])  # 1461: long gone, held some time
def test_a_holder_named_outside_the_main_actor_is_long_gone_after_four_years(checker, date, expect):
    assert got(checker, date, "Zelensky criticized Prime Minister Volodymyr Groysman for the deal.") == expect


def test_leading_a_person_in_a_poll_is_no_term(checker):
    # "led" with a person as its object is no term of an office (the KB lists one for Clinton)
    text = "Hillary Clinton campaigned in Ohio. Clinton led Sanders by ten points in a poll Jan. 17-23."
    assert got(checker, "2016-02-11", text) != "flagged"
    assert got(checker, "2025-03-01", "Jens Stoltenberg, who led NATO from 2014 to 2024, spoke in Oslo.") == \
        "supported"
