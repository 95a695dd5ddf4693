"""States and places in real text (issue 12, rw12c): 63 passages of PolNeAR and TempEval-3 that
nobody on the team wrote (tests/claims/data/realtext_rw12c.jsonl names them by place and digest;
the text stays in ../shared): datelines ("WARSAW, Poland (AP) _", "BRUSSELS, February 10 (Xinhua)
--"), a city with its state ("Brussels, Belgium", "Madrid, Spain"), capitals ("the capital,
Kabul", "Asmara, the capital of Eritrea"), memberships said in passing ("NATO member Estonia",
"Britain's remaining in the European Union"), accessions of 1999 and state names in any position,
with one-word corruptions of the types wrong_place, wrong_member, misspelling and negation.

Before any reader was widened for it (main at 7693be5):

    python bench/realtext.py tests/claims/data/realtext_rw12c.jsonl --split tune
    split tune: true passages supported 7/43, flagged (false alarms) 1, not read 35
    passages false as published: flagged 0/1
    corruptions caught 34/73: misspelling 29/34, negation 1/2, wrong_member 3/17, wrong_place 1/20

    python bench/realtext.py tests/claims/data/realtext_rw12c.jsonl --split check
    split check: true passages supported 5/18, flagged (false alarms) 0, not read 13
    passages false as published: flagged 0/1
    corruptions caught 11/23: misspelling 6/8, negation 1/2, wrong_member 4/6, wrong_place 0/7

After (wire datelines, "City, State", capitals, misspelt state names, the summit comma fix):

    split tune: true passages supported 20/43, flagged (false alarms) 0, not read 23
    passages false as published: flagged 1/1
    corruptions caught 52/73: misspelling 33/34, negation 1/2, wrong_member 3/17, wrong_place 15/20

    split check: true passages supported 9/18, flagged (false alarms) 0, not read 9
    passages false as published: flagged 1/1
    corruptions caught 16/23: misspelling 7/8, negation 1/2, wrong_member 4/6, wrong_place 4/7

The wrong_member twins left are memberships and accessions said in passing ("Norway's remaining
in the European Union", "NATO has decided to admit Poland, Romania and ..."): the membership and
enlargement families' (rw12b).
"""

from __future__ import annotations

from pathlib import Path

from tests.claims._realtext_set import RealTextSet


class TestRealTextRw12c(RealTextSet):
    DATA = Path(__file__).parent / "data" / "realtext_rw12c.jsonl"
    SUPPORTED_TUNE = 20
    CAUGHT_TUNE = 52
