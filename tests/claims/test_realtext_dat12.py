"""Dates in real text (issue 12, dat12): the dates claims carry, in the forms the real corpora
write them: a weekday written with its date ("on Thursday, Aug. 11, 2016", "Friday Oct. 13"),
NATO's founding ("On April 4, 1949, ... signed the Washington Treaty", "the creation of NATO 50
years ago"), its enlargements ("adding Greece and Turkey in 1952, West Germany in 1955 and Spain
in 1982"), its summits ("at the Madrid summit in July 1997", "the NATO summit in April" said in
December), accession days told by a weekday ("on Friday"), and terms of office dated by their
clause ("took office in January 2009", "was appointed ... by President Bill Clinton in 1993"),
each with date_shift twins. Passages are named in tests/claims/data/realtext_dat12.jsonl (never
copied).

Before any reader was changed for this set (commit of the set itself):
    python bench/realtext.py tests/claims/data/realtext_dat12.jsonl --split tune
      true passages supported 22/30, flagged (false alarms) 1, not read 7;
      passages false as published: flagged 1/1; corruptions caught 23/38 (all date_shift)
    python bench/realtext.py tests/claims/data/realtext_dat12.jsonl --split check
      true passages supported 9/13, flagged 0, not read 4; corruptions caught 6/14

After this branch's date readers (same commands):
    tune: supported 24/30, flagged 0, not read 6; false as published: flagged 1/1; caught 24/38
    check: supported 9/13, flagged 0, not read 4; caught 6/14 (unchanged)
"""

from __future__ import annotations

from pathlib import Path

from tests.claims._realtext_set import RealTextSet


class TestRealTextDat12(RealTextSet):
    DATA = Path(__file__).parent / "data" / "realtext_dat12.jsonl"
    SUPPORTED_TUNE = 24
    CAUGHT_TUNE = 24
