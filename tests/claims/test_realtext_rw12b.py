"""The alliance's facts in real text (issue 12, rw12b): passages of TempEval-3 (the 1997-1999
enlargement: ratifications, the accession of 12 March 1999, the Madrid and Washington summits, the
treaty of 4 April 1949, the founding members, the earlier enlargements) and of PolNeAR (the Warsaw
summit of 2016, the Wales pledge of 2014, the allies that spend 2%), named by place in
data/realtext_rw12b.jsonl, each true one with 1-3 one-word corruptions (wrong_member, wrong_number,
date_shift, wrong_place, negation, wrong_holder).

Before this work (main at 7693be5):
    tune:  true passages supported 7/33, flagged 2, not read 24; corruptions caught 10/54
    check: true passages supported 7/17, flagged 0, not read 10; corruptions caught 6/27

    python bench/realtext.py tests/claims/data/realtext_rw12b.jsonl --split tune -v
"""

from __future__ import annotations

from pathlib import Path

from tests.claims._realtext_set import RealTextSet


class TestRealTextRw12b(RealTextSet):
    DATA = Path(__file__).parent / "data" / "realtext_rw12b.jsonl"
    SUPPORTED_TUNE = 7
    CAUGHT_TUNE = 10
