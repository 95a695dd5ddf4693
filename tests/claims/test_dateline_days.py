"""A wire dateline that gives a day ("BRUSSELS, October 5 (AP) —", "MEXICO CITY, Feb. 8 (UPI) —",
"BRUSSELS, February 10 (Xinhua) --") ends where the lead begins, as one without a day does
(issue 12, rep13). Run into the lead, the dateline's day was read as the date of the lead's claim,
in place of the claim's own ("took office on 1 October 2024" read as on 5 October: flagged).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.claims._pipeline import outcome


@pytest.mark.parametrize("head, lead", [
    ("BRUSSELS, October 5 (AP) — ", "NATO"),
    ("MEXICO CITY, Feb. 8 (UPI) — ", "Count"),
    ("BRUSSELS, February 10 (Xinhua) -- ", "The"),
    ("WARSAW, Poland, 20 March 2024 — ", "The"),
    ("WASHINGTON, Sept. 16, 2024 - ", "Australia"),
    ("NAIROBI, Kenya (AP) _ ", "The"),
])
def test_a_dateline_with_a_day_ends_where_the_lead_begins(head, lead):
    from spacy.lang.en import English

    from accord.nlp.extract.paragraphs import dateline_ends

    doc = English()(f"{head}{lead} leaders met.")
    assert [doc[i].text for i in dateline_ends(doc)] == [lead]


@pytest.mark.parametrize("text", [
    "NATO, May 5 — The alliance met.",  # no place
    "BRUSSELS, 5 — The alliance met.",  # a day needs its month
    "Brussels, October 5 — The alliance met.",  # not in capitals
])
def test_no_dateline(text):
    from spacy.lang.en import English

    from accord.nlp.extract.paragraphs import dateline_ends

    assert dateline_ends(English()(text)) == []


@pytest.mark.parametrize("published, text, expected", [
    ("2024-10-05", "BRUSSELS, October 5 (AP) — Mark Rutte took office as NATO Secretary General on 1 October 2024.",
     "supported"),
    ("2024-10-05", "BRUSSELS, October 5 (AP) — Mark Rutte took office as NATO Secretary General on 1 October 2022.",
     "flagged"),
    ("2024-03-20", "BRUSSELS, March 20 (AP) — Sweden became the 32nd member of NATO in March 2024.", "supported"),
    ("2024-03-20", "BRUSSELS, March 20 (AP) — Sweden became the 30th member of NATO in March 2024.", "flagged"),
    ("2024-02-26", "WARSAW, Feb. 26 (Xinhua) -- Poland joined NATO in 1999.", "supported"),
    ("2024-02-26", "WARSAW, Feb. 26 (Xinhua) -- Poland joined NATO in 1997.", "flagged"),
])
def test_the_lead_keeps_its_own_date(checker, published, text, expected):
    assert outcome(checker, text, published) == expected


@pytest.mark.parametrize("published, text, expected", [
    # the dateline's own claim, now read with a day in it
    ("2023-07-11", "VILNIUS, Lithuania, July 11 (AP) — Allied leaders gathered for talks.", "supported"),
    ("2023-07-11", "VILNIUS, Latvia, July 11 (AP) — Allied leaders gathered for talks.", "flagged"),
])
def test_a_dateline_with_a_day_still_places_its_city(checker, published, text, expected):
    assert outcome(checker, text, published) == expected
