"""The date reader's tense cues (issue 12, dat12u): "next" before a title names a person, and is
no cue that the clause's date lies ahead."""

from __future__ import annotations

import pytest

from accord.nlp.extract.dates import time_expressions


@pytest.mark.parametrize("text, value", [
    ("Ms Kallas was named the bloc's next foreign policy chief in June.", "2024-06"),
    ("Mr Rutte was chosen as the alliance's next secretary general in June.", "2024-06"),
    ("The former minister was picked as the next spokesperson in June.", "2024-06"),
    # "next" before an event is still a cue: the event lies ahead
    ("The alliance's next summit is in July.", "2025-07"),
    ("Leaders will choose the next host in June.", "2025-06"),
])
def test_next_before_a_title_is_no_cue_of_the_future(text, value):
    found = [t.value for t in time_expressions(text, "2024-10-02") if t.type == "DATE"]
    assert found == [value]
