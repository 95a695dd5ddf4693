"""A finding names its claim in words, with the family's own wording where it has one."""

from __future__ import annotations

from accord.model import Statement, TimeQualifier
from accord.reconcile.kbcheck import KBChecker
from accord.reconcile.verify import describe

from .fakekb import alliance_kb


def test_a_family_words_its_own_claims():
    checker = KBChecker(alliance_kb())
    count = Statement("org:NATO", "member_count", "32", point_in_time=TimeQualifier("2024-06-01", "day"))
    assert describe(checker, count).endswith("has 32 members on 2024-06-01")
    rank = Statement("state:FIN", "member_rank", "org:NATO#31", modality="plan")
    assert describe(checker, rank).endswith("is member number 31 of " + checker.name("org:NATO") + " (plan)")
    assert "lies in" in describe(checker, Statement("place:vilnius", "lies_in", "state:LTU"))


def test_the_core_properties_keep_their_words():
    checker = KBChecker(alliance_kb())
    st = Statement("state:NZL", "partner_of", "org:NATO", polarity="negated", start=TimeQualifier("2021", "year"))
    assert describe(checker, st) == f"New Zealand not partner of {checker.name('org:NATO')} since 2021 (year only)"
