"""The euro as an EU state's currency, affirmed or denied (issue 12, neg21): "has (not yet) adopted
the euro", "does not use the euro", "adopted the euro in 2009", "has used the euro since 2015" are
claims about membership of the euro area (claims/euro_adoption.py), checked on the article's day
or on the date written; a state outside the EU (Montenegro uses the euro), a plan, a condition, a
question, a "whether", a use for one purpose, a denial of an undated past are not flagged.
Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from ._pipeline import verdicts

pytestmark = pytest.mark.model

# kb/data/groupings.yaml: the euro area from 1999-01-01 (Germany, Finland), Slovakia 2009-01-01,
# Estonia 2011-01-01, Latvia 2014-01-01, Lithuania 2015-01-01, Croatia 2023-01-01; Sweden, Poland,
# Hungary, Denmark never. kb/data/eu.yaml: all of them EU members; Montenegro is not.


@pytest.mark.parametrize("text, date, kind", [
    ("Sweden does not use the euro.", "2024-06-01", "supported"),
    ("Sweden uses the euro.", "2024-06-01", "contradicted_by_kb"),
    ("Finland uses the euro as its currency.", "2024-06-01", "supported"),
    ("Finland does not use the euro.", "2024-06-01", "contradicted_by_kb"),
    ("Poland has yet to adopt the euro.", "2024-06-01", "supported"),
    ("Poland has already adopted the euro.", "2024-06-01", "contradicted_by_kb"),
    ("Denmark has never adopted the euro.", "2024-06-01", "supported"),
    ("Estonia has never adopted the euro.", "2024-06-01", "contradicted_by_kb"),
    ("Hungary, which has not joined the euro, kept the forint.", "2024-06-01", "supported"),
    ("Latvia, which has not joined the euro, kept the lats.", "2024-06-01", "contradicted_by_kb"),
])
def test_a_standing_use_of_the_euro_is_the_euro_area_membership(accord_annotator, text, date, kind):
    assert verdicts(accord_annotator, text, date, "member_of") == [kind]


@pytest.mark.parametrize("date, kind", [
    ("2022-12-31", "supported"),            # the day before Croatia's euro
    ("2023-01-02", "contradicted_by_kb"),   # the day after
])
def test_not_yet_adopted_is_judged_on_the_article_day(accord_annotator, date, kind):
    text = "Croatia, which borders Slovenia, has not yet adopted the euro."
    assert verdicts(accord_annotator, text, date, "member_of") == [kind]


@pytest.mark.parametrize("date, kind", [
    ("2022-12-31", "contradicted_by_kb"),
    ("2023-01-02", "supported"),
])
def test_already_adopted_is_judged_on_the_article_day(accord_annotator, date, kind):
    text = "Croatia has already adopted the euro."
    assert verdicts(accord_annotator, text, date, "member_of") == [kind]


@pytest.mark.parametrize("text, kind", [
    ("Slovakia adopted the euro in 2009.", "supported"),
    ("Slovakia adopted the euro in 2010.", "contradicted_by_kb"),
    ("Slovakia adopted the euro in 2008.", "contradicted_by_kb"),
    ("Lithuania switched to the euro in 2015.", "supported"),
    ("Lithuania switched to the euro in 2014.", "contradicted_by_kb"),
    ("Estonia did not adopt the euro in 2010.", "supported"),
    ("Estonia did not adopt the euro in 2011.", "contradicted_by_kb"),
])
def test_a_dated_adoption_is_the_accession_to_the_euro_area(accord_annotator, text, kind):
    assert verdicts(accord_annotator, text, "2024-06-01", "joined") == [kind]


@pytest.mark.parametrize("text, kind", [
    ("Lithuania has used the euro since 2015.", "supported"),
    ("Lithuania has used the euro since 2014.", "contradicted_by_kb"),
])
def test_a_use_since_a_year_dates_the_membership(accord_annotator, text, kind):
    assert verdicts(accord_annotator, text, "2024-06-01", "member_of") == [kind]


@pytest.mark.parametrize("text", [
    "Montenegro uses the euro.",                          # outside the EU: no euro area member
    "Kosovo has adopted the euro.",
    "Sweden uses the euro to settle some of its trade.",  # a use for one purpose
    "Sweden uses the euro in trade with Finland.",
    "Poland will adopt the euro.",                        # plans and conditions
    "Poland will not adopt the euro soon.",
    "Poland is expected to adopt the euro.",
    "If Poland adopted the euro, its exports would grow.",
    "Whether Poland adopts the euro is unclear.",
    "Has Poland adopted the euro?",
    "Critics say Poland is not ready to adopt the euro.",
    "Poland does not want to adopt the euro.",
    "Sweden did not adopt the euro.",                     # an undated past: some earlier occasion
    "Croatia did not adopt the euro until 2023.",
    "Sweden used the euro.",
    "Sweden uses the euro area's rules for its banks.",   # the euro area, not the euro
    "Sweden pays in euros.",
])
def test_other_uses_plans_and_questions_are_not_flagged(accord_annotator, text):
    found = verdicts(accord_annotator, text, "2024-06-01", "member_of") + \
        verdicts(accord_annotator, text, "2024-06-01", "joined")
    assert "contradicted_by_kb" not in found
