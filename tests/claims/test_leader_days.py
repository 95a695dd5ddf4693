"""The day the alliance's leaders acted, in an article published during or just after the summit
it reports (claims/leader_days.py). Sentences written for these tests; 2019-12-03/04 is the
London summit (a Tuesday and a Wednesday)."""

from __future__ import annotations

import pytest

from ._pipeline import read, verdicts

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, published, kind", [
    ("NATO leaders on Wednesday adopted a declaration.", "2019-12-04", "supported"),
    ("NATO leaders on Friday adopted a declaration.", "2019-12-04", "contradicted_by_kb"),
    ("Allied leaders agreed on Tuesday to boost spending.", "2019-12-05", "supported"),
    ("Allied leaders agreed on Monday to boost spending.", "2019-12-05", "contradicted_by_kb"),
    ("The alliance's leaders endorsed the plan on 4 December.", "2019-12-07", "supported"),
    ("The alliance's leaders endorsed the plan on 5 December.", "2019-12-07", "contradicted_by_kb"),
    ("Heads of state and government of NATO's members, who gathered in London, on Wednesday adopted "
     "a declaration.", "2019-12-04", "supported"),
    ("Heads of state and government of NATO's members, who gathered in London, on Thursday adopted "
     "a declaration.", "2019-12-06", "contradicted_by_kb"),
    ("THE HAGUE, Netherlands (AP) — NATO leaders on Wednesday agreed to raise their spending target.",
     "2025-06-25", "supported"),
    ("THE HAGUE, Netherlands (AP) — NATO leaders on Thursday agreed to raise their spending target.",
     "2025-06-27", "contradicted_by_kb"),
    ("REUTERS\n\nHeads of state or government of NATO's member-states, who gathered in London for the "
     "anniversary, on Friday adopted a declaration.", "2019-12-04", "contradicted_by_kb"),
])
def test_the_leaders_day_is_the_summits(accord_annotator, text, published, kind):
    assert verdicts(accord_annotator, text, published, "took_place_on") == [kind]


@pytest.mark.parametrize("text, published", [
    ("NATO leaders on Friday adopted a declaration.", "2019-12-08"),  # four days after: not the summit's report
    ("NATO leaders on Friday adopted a declaration.", "2019-12-02"),  # before the summit opened
    ("NATO foreign ministers on Friday adopted a declaration.", "2019-12-04"),  # ministers
    ("EU leaders on Friday adopted a declaration.", "2019-12-04"),  # another organisation's
    ("NATO allies on Friday adopted a declaration.", "2019-12-04"),  # the Council, any day
    ("NATO leaders agreed to meet again on Friday.", "2019-12-04"),  # the day of another event
    ("NATO leaders adopted a declaration last week.", "2019-12-04"),  # no day
])
def test_no_claim(accord_annotator, text, published):
    found = [s for s in read(accord_annotator, text, published) if s.property == "took_place_on"]
    assert not found
