"""Undated starts of a term told in the simple past, as the news of the article's day (neg25,
claims/terms.py `started_that_day`): "X took office as T" / "X did not take office as T" is read
as of the article's day only when the KB's term of X begins that day or the day before; its
denial is then contradicted, its affirmation supported. Other days, delays ("did not immediately"),
attempts ("failed to"), plans, perfects, questions and conditionals are not read. Sentences
written for these tests (true facts: Rutte took over at NATO on 1 October 2024, Yoon was sworn in
on 10 May 2022)."""

from __future__ import annotations

import pytest

from ._pipeline import read, verdicts

pytestmark = pytest.mark.model

RUTTE = "Mark Rutte {} as NATO secretary general."


@pytest.mark.parametrize("text, published, kind", [
    (RUTTE.format("did not take over"), "2024-10-01", "contradicted_by_kb"),
    (RUTTE.format("did not take over"), "2024-10-02", "contradicted_by_kb"),   # the next morning
    (RUTTE.format("took over"), "2024-10-01", "supported"),
    (RUTTE.format("took over"), "2024-10-02", "supported"),
    (RUTTE.format("never took office"), "2024-10-02", "contradicted_by_kb"),
    ("Yoon Suk Yeol was not sworn in as South Korea's president.", "2022-05-10", "contradicted_by_kb"),
    ("Yoon Suk Yeol was sworn in as South Korea's president.", "2022-05-10", "supported"),
    ("Yoon Suk Yeol didn't become president of South Korea.", "2022-05-11", "contradicted_by_kb"),
])
def test_an_undated_start_of_the_day(accord_annotator, text, published, kind):
    assert verdicts(accord_annotator, text, published, "took_office") == [kind]


@pytest.mark.parametrize("text, published", [
    (RUTTE.format("did not take over"), "2024-10-03"),            # two days on: an earlier term may be meant
    (RUTTE.format("did not take over"), "2024-09-30"),            # the day before the term
    (RUTTE.format("took over"), "2024-10-03"),
    ("Yoon Suk Yeol did not take office as South Korea's president.", "2022-05-12"),
    (RUTTE.format("did not immediately take over"), "2024-10-01"),  # a delay
    (RUTTE.format("failed to take over"), "2024-10-01"),            # an attempt
    (RUTTE.format("will not take over"), "2024-10-01"),             # a plan
    (RUTTE.format("has not taken over"), "2024-10-01"),             # a perfect
    ("Mark Rutte did not take over as NATO secretary general until the afternoon.", "2024-10-01"),
    ("Did Mark Rutte not take over as NATO secretary general?", "2024-10-01"),
    ("If Mark Rutte did not take over as NATO secretary general, Jens Stoltenberg would stay on.", "2024-10-01"),
    ("Jens Stoltenberg did not take over as NATO secretary general.", "2024-10-01"),  # not his term's day
])
def test_no_undated_start_read(accord_annotator, text, published):
    assert [s for s in read(accord_annotator, text, published) if s.property == "took_office"] == []
