"""A title on the one a past verb of removal removed ("May fired Defence Secretary Gavin Williamson
on Wednesday", "Defence Secretary X was sacked", "X replaced Prime Minister Y") is the office
taken away, held up to the day before (offices._removed; the KB's end day is the successor's
first). Sentences written for these tests: Williamson was dismissed on Wednesday 1 May 2019 and
Ben Wallace became defence secretary on 24 July 2019."""

from __future__ import annotations

import pytest

from tests.claims._pipeline import outcome


@pytest.mark.parametrize("text, expected", [
    ("British Prime Minister Theresa May fired Defence Secretary Gavin Williamson on Wednesday.", "supported"),
    ("Defence Secretary Gavin Williamson was sacked on Wednesday.", "supported"),
    # the twin: not the defence secretary removed that day
    ("British Prime Minister Theresa May fired Defence Secretary Ben Wallace on Wednesday.", "flagged"),
])
def test_the_removed_title_is_held_up_to_the_removal(checker, text, expected):
    assert outcome(checker, text, "2019-05-02") == expected
