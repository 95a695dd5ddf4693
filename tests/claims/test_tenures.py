"""Terms dated in a perfect or in a clause on a post noun (claims/tenures.py, cr13b): "X, who has
served as T since D,", "Y, who had been T since D,", "X stays on as T, a post he has held since
D", "was named T again, a post she held from A to B". Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.claims._pipeline import outcome, read


@pytest.mark.parametrize("text, date, right, wrong", [
    ("Penny Wong, who has served as foreign minister since May 2022, flew to Suva on Monday.",
     "2023-06-05", "May 2022", "May 2021"),
    ("Yoshihide Suga, who had been prime minister since September 2020, left office on Monday.",
     "2021-10-05", "September 2020", "September 2019"),
    ("John Healey remains defence secretary, a post he has held since July 2024.",
     "2025-03-03", "July 2024", "July 2023"),
    ("Marise Payne was named defence minister again, a post she held from 2015 to 2018.",
     "2024-10-02", "to 2018", "to 2020"),
])
def test_dated_term_both_sides(checker, text, date, right, wrong):
    assert outcome(checker, text, date) == "supported"
    assert outcome(checker, text.replace(right, wrong), date) == "flagged"


def test_since_is_the_start_of_the_term(accord_annotator):
    found = [s for s in read(accord_annotator, "Petro Poroshenko, who had been president since June 2014, "
                             "conceded on Sunday.", "2019-04-22") if s.property == "holds_office"]
    assert found and found[0].value == "office:ukr-president" and found[0].start.value.startswith("2014-06")


@pytest.mark.parametrize("text, date", [
    # a negation tells an end, not a start
    ("Julie Bishop, who has not served as foreign minister since 2018, spoke in Perth.", "2020-02-03"),
    # the office is not written: "led the country" could be either head's
    ("Malcolm Turnbull, who had led the country since 2013, spoke in Canberra.", "2018-08-24"),
    # "he" in a clause on a post, but the post's clause names two people
    ("Richard Marles and Penny Wong stay on, in a post he has held since 2019.", "2024-06-03"),
])
def test_untold_terms_are_not_read(accord_annotator, checker, text, date):
    assert not [s for s in read(accord_annotator, text, date)
                if s.property in ("holds_office", "took_office", "left_office")]
    assert outcome(checker, text, date) != "flagged"
