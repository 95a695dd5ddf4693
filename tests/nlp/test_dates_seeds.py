"""The time expressions of the two seed articles, as ingest prepares them (reviewed by hand).

Seed 004 is dated 2023-04-11 by its header line; seed 000 has no date, so no year is guessed.
"""

from __future__ import annotations

import pytest

from accord.ingest import prepare, read_inputs
from accord.nlp.extract.dates import time_expressions

pytestmark = pytest.mark.shared

# (text, type, value, precision, mod, role, begin, finish), in text order.
EXPECTED = {
    "004": [
        ("Tuesday", "DATE", "2023-04-11", "day", None, "point", None, None),  # "on Tuesday said"
        ("July 11", "DATE", "2023-07-11", "day", None, "point", None, None),  # "to be held"
        ("the past year", "DURATION", "P1Y", None, None, None, "2022-04-11", "2023-04-11"),
        ("this year", "DATE", "2023", "year", None, "point", None, None),
        ("Last month", "DATE", "2023-03", "month", None, "point", None, None),
        ("Tuesday evening", "TIME", "2023-04-11TEV", None, None, "point", None, None),
        ("Sunday", "DATE", "2023-04-09", "day", None, "point", None, None),  # "returned"
    ],
    "000": [
        ("2021", "DATE", "2021", "year", None, "start", None, None),  # "partners since 2021"
        ("2001", "DATE", "2001", "year", None, "start", None, None),
        ("last week", "DATE", "XXXX-WXX", None, None, "point", None, None),
        ("June 28-30", "DATE", "XXXX-06-28", "day", None, "range", "XXXX-06-28", "XXXX-06-30"),
        ("now", "DATE", "PRESENT_REF", None, None, None, None, None),  # "But why now?"
        ("recent years", "DURATION", "PXY", None, None, None, None, None),
        ("recent years", "DURATION", "PXY", None, None, None, None, None),
        ("24 February", "DATE", "XXXX-02-24", "day", None, "point", None, None),
        ("over 30 years", "DURATION", "P30Y", None, "MORE_THAN", None, None, None),
    ],
}


def _document(path):
    [raw] = read_inputs([str(path)])
    return prepare(raw)


@pytest.mark.parametrize("seed", sorted(EXPECTED))
def test_seed_time_expressions(seeds, seed):
    doc = _document(seeds[seed])
    found = time_expressions(doc.text, doc.published)
    got = [(t.text, t.type, t.value, t.precision, t.mod, t.role, t.begin, t.finish)
           for t in found]
    assert got == EXPECTED[seed]
    assert all(doc.text[t.start:t.end] == t.text for t in found)


def test_seed_000_has_no_guessed_year(seeds):
    doc = _document(seeds["000"])
    assert doc.published is None
    for t in time_expressions(doc.text, doc.published):
        assert t.type == "DURATION" or t.role == "start" or t.value.startswith(("XXXX", "PRESENT"))
