"""Titles a holder's own terms cannot settle (found by bench/false_alarms.py --polnear train
--dated on correct political news of 2015-2016): a bare title for a holder whose terms ended
long before ("the agenda of President Bill Clinton" in 2016), a year just before a first term
("voted for President Obama in 2008"), and a holder imagined ("a President Donald Trump",
"a would-be president", "X, a White House press secretary"), and a title of a body named after
a state ("the president of the United States Hispanic Chamber of Commerce"). Each is `unverifiable`, never flagged; a holder gone long ago in a
sentence about the article's days, a recent predecessor, and a definite present title stay
checked. Sentences written for these tests."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from accord.kb.types import Fact
from accord.model import Reference, Statement, TimeQualifier
from accord.reconcile.kbcheck import ELECTION_YEAR_DAYS, LONG_GONE_DAYS, _aside_from_terms


def _term(start: str, end: str) -> Fact:
    return Fact(subject="person:x", property="holds_office", value="office:y",
                start=TimeQualifier(start, "day"), end=TimeQualifier(end, "day"))


def _title(when: str, precision: str = "day", sentence: str = "The agenda of President X was debated.",
           dated: bool = False) -> Statement:
    return Statement(subject="person:x", property="holds_office", value="office:y",
                     point_in_time=TimeQualifier(when, precision) if dated else None,
                     references=[Reference("d", 0, 1, sentence)])


TERM = _term("2001-01-20", "2009-01-20")  # ended (exclusive) on 2009-01-20: the last day held is the 19th


def _day_after_end(days: int) -> str:
    return (date(2009, 1, 20) + timedelta(days=days)).isoformat()


def test_a_bare_title_more_than_the_long_gone_span_after_the_term_is_aside():
    when = _day_after_end(LONG_GONE_DAYS + 1)
    assert _aside_from_terms(_title(when), [TERM], when, when) is not None


def test_a_bare_title_just_inside_the_long_gone_span_is_checked():
    when = _day_after_end(LONG_GONE_DAYS)
    assert _aside_from_terms(_title(when), [TERM], when, when) is None


@pytest.mark.model
def test_a_former_holder_in_an_indefinite_apposition_is_still_read(checker):
    # "a former" is a past holder, read as one, not an imagined holder
    assert _outcome(checker, "Stoltenberg, a former prime minister of Norway, will stay on.", "2023-07-04") == "supported"


def test_a_caretaker_between_is_no_predecessor():
    when = _day_after_end(LONG_GONE_DAYS + 400)
    caretaker = _term("2009-01-20", "2009-03-01")
    caretaker.subject, caretaker.qualifiers = "person:c", {"note": "caretaker"}
    successor = _term("2009-03-01", "2030-01-20")
    successor.subject = "person:z"
    assert _aside_from_terms(_title(when), [TERM], when, when, [TERM, caretaker, successor]) is None


def test_the_last_holder_to_leave_before_the_day_is_checked_however_long_gone():
    when = _day_after_end(LONG_GONE_DAYS + 400)
    successor = _term("2009-01-20", "2030-01-20")
    successor.subject = "person:z"
    assert _aside_from_terms(_title(when), [TERM], when, when, [TERM, successor]) is None
    earlier = _term("1993-01-20", "2001-01-20")
    earlier.subject = "person:w"
    assert _aside_from_terms(_title(when), [earlier], when, when, [earlier, TERM, successor]) is not None


def test_a_day_of_the_article_s_week_in_the_sentence_keeps_a_long_gone_holder_checked():
    when = _day_after_end(LONG_GONE_DAYS + 400)
    said = _title(when, sentence="President X said on Thursday that the talks would go on.")
    assert _aside_from_terms(said, [TERM], when, when) is None


def test_a_title_dated_by_its_own_sentence_is_checked():
    when = _day_after_end(LONG_GONE_DAYS + 400)
    assert _aside_from_terms(_title("2020-03-02", dated=True), [TERM], "2020-03-02", when) is None


def test_a_negated_title_is_left_to_the_usual_check():
    when = _day_after_end(LONG_GONE_DAYS + 400)
    st = _title(when)
    st.polarity = "negated"
    assert _aside_from_terms(st, [TERM], when, when) is None


def test_a_holder_in_office_that_day_is_not_aside():
    assert _aside_from_terms(_title("2005-06-01"), [TERM], "2005-06-01", "2005-06-01") is None


@pytest.mark.parametrize("start, aside", [
    # 2008 ends on 2008-12-31: a first term starting ELECTION_YEAR_DAYS after that is the year's election
    ((date(2008, 12, 31) + timedelta(days=ELECTION_YEAR_DAYS)).isoformat(), True),
    ((date(2008, 12, 31) + timedelta(days=ELECTION_YEAR_DAYS + 1)).isoformat(), False),
    ("2009-01-20", True),
])
def test_a_year_that_ends_just_before_the_first_term_is_the_election_year(start, aside):
    term = _term(start, "2017-01-20")
    got = _aside_from_terms(_title("2008", "year", dated=True), [term], "2008", "2016-03-15")
    assert (got is not None) == aside


def test_a_day_before_the_first_term_is_not_an_election_year():
    term = _term("2009-01-20", "2017-01-20")
    assert _aside_from_terms(_title("2008-11-04", dated=True), [term], "2008-11-04", "2016-03-15") is None



@pytest.fixture(scope="module")
def checker(accord_annotator):
    from bench.paraphrases import Checker

    return Checker(accord_annotator)


def _outcome(checker, text: str, day: str) -> str:
    from bench.paraphrases import outcome

    return outcome(checker.findings(text, day))


SILENT = [
    ("The agenda of President Bill Clinton shaped the party for a decade.", "2016-03-23"),
    ("For years, President Bill Clinton was the friend the candidate hoped to have.", "2015-12-31"),
    ("Critics still blame the deregulation signed under President Bill Clinton's watch.", "2016-05-02"),
    ("Secretary General Jaap de Hoop Scheffer once called the mission a success.", "2021-06-10"),
    ("Many Democrats voted for President Obama in 2008.", "2016-03-15"),
    ("Ohio, won by President Obama in 2008, is leaning toward the Republicans.", "2016-07-18"),
    ("And what of the prospects of a President Donald Trump?", "2016-02-20"),
    ("That is good news for a would-be president Donald Trump.", "2015-11-24"),
    ("A Prime Minister Keir Starmer would face the unions.", "2023-02-01"),
    ("An American President Donald Trump would change the alliance.", "2016-02-01"),
    ("A President Trump would be dealing with many problems.", "2016-05-05"),
    # an indefinite apposition: one of the office's holders, at some time
    ("That is wrong, said Ms. Perino, a White House press secretary for George W. Bush.", "2016-08-22"),
    ("Dana Perino, a White House press secretary, wrote the book.", "2016-08-22"),
    # a body named after a state: the office is the body's
    ("He understands the immigrant, said Javier Palomarez, the president of the United States Hispanic "
     "Chamber of Commerce.", "2015-12-18"),
    ("Ann Smith, the president of the United States Olympic Committee, said so on Monday.", "2016-05-02"),
    ("The chairman of the United States Chamber of Commerce, Tom Jones, spoke on Monday.", "2016-05-02"),
    ("Ivan Petrov, the president of the Russian Academy of Sciences, said so on Monday.", "2016-05-02"),
]

FLAGGED = [
    ("Secretary General Anders Fogh Rasmussen said on Thursday the alliance would act.", "2019-05-02"),
    ("President Bill Clinton told reporters yesterday that he would veto the bill.", "2016-03-23"),
    ("President Donald Trump met allies in Brussels on Thursday.", "2016-02-20"),
    ("Secretary General Jens Stoltenberg opened the summit.", "2025-06-24"),
    ("The Prime Minister, Keir Starmer, spoke to Parliament.", "2023-02-01"),
    ("Barack Obama became president in 2007.", "2016-03-15"),
    ("Dana Perino, the White House press secretary, said so on Monday.", "2016-08-22"),
    ("Joe Biden, the President of the United States, spoke on Thursday.", "2015-12-18"),
    ("Tom Jones, the president of the United States, spoke on Monday.", "2016-05-02"),
    # the predecessor of the day's holder, however long gone, is checked
    ("Greek Prime Minister Alexis Tsipras met Erdogan in Vilnius.", "2023-07-11"),
    ("Secretary General Anders Fogh Rasmussen said the alliance would act.", "2019-05-02"),
]


@pytest.mark.model
@pytest.mark.parametrize("text, day", SILENT)
def test_titles_the_terms_cannot_settle_are_not_flagged(checker, text, day):
    assert _outcome(checker, text, day) != "flagged"


@pytest.mark.model
@pytest.mark.parametrize("text, day", FLAGGED)
def test_wrong_holders_of_the_day_are_still_flagged(checker, text, day):
    assert _outcome(checker, text, day) == "flagged"


def test_near_family_names_are_one_letter_apart_at_most():
    from accord.reconcile.kbcheck import _near

    assert _near("Saied", "saied") and _near("Saied", "Said") and _near("Saied", "Saeid") is False
    assert _near("Stoltenberg", "Stoltenburg") and not _near("Stoltenberg", "Stoltenbourg")
    assert _near("Sunak", "Sunaks") and not _near("Sunak", "Sunakss")
    assert _near("Erdogen", "Erdoğan") and not _near("Erdogen", "Erdoğen-x")


UNKNOWN_SILENT = [
    ("The textbook has a photograph of Israeli Prime Minister Menachem Begin.", "2016-06-02"),
    ("The treaty was signed by Israeli Prime Minister Menachem Begin.", "2016-06-02"),
    ("Streets are named after Australian Prime Minister Robert Menzies.", "2016-06-02"),
    ("Historians still praise Dutch Prime Minister Willem Drees.", "2016-06-02"),
    ("Norway's Prime Minister Gro Harlem Brundtland led the commission.", "2016-06-02"),
    ("The library holds the papers of Canadian Prime Minister Lester Pearson.", "2016-06-02"),
]

UNKNOWN_FLAGGED = [
    ("Israeli Prime Minister Menachem Begin said on Monday the talks would go on.", "2016-06-02"),
    ("Tunisian President Kis Saied spoke to reporters.", "2024-06-02"),
    ("Turkish President Recep Tayyip Erdogen said the report was false.", "2016-01-12"),
]


@pytest.mark.model
@pytest.mark.parametrize("text, day", UNKNOWN_SILENT)
def test_a_person_the_kb_does_not_know_with_a_bare_title_is_not_flagged(checker, text, day):
    assert _outcome(checker, text, day) != "flagged"


@pytest.mark.model
@pytest.mark.parametrize("text, day", UNKNOWN_FLAGGED)
def test_an_unknown_holder_of_the_day_or_the_holder_misnamed_is_flagged(checker, text, day):
    assert _outcome(checker, text, day) == "flagged"
