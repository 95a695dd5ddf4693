"""An application to join by a state that is already a member (issue 12, pm16).

- "Norway has applied for NATO membership", "Also applying for NATO membership are Norway,
  Slovenia and ..." — a founding member of the organisation (the KB's `founding` mark on its
  membership) never applied to join it: contradicted at any date;
- "Spain applied to join NATO on 30 May 2002" — an application dated after the state's own
  accession (which the KB dates) is contradicted; an undated "Spain has applied" is not read (an
  old application may be told of: Spain applied in 1981 and joined in 1982).

A membership the KB ends (a state that left) is a membership no more: after its end the state may
apply to join again, and is not read.
"""

from __future__ import annotations

from accord.reconcile import timecmp
from accord.reconcile.kbcheck import Verdict, fact_evidence


def application_by_member(checker, st, when) -> Verdict | None:
    """A contradiction when `st` (applied_to) is made by a founding member, or dated (`when`)
    after the state joined; else None."""
    founding = _membership(checker.kb, st.subject, st.value, founding=True)
    state, org = checker.name(st.subject), checker.name(st.value)
    if founding is not None:
        return Verdict("contradicted_by_kb", f"{state} is one of {org}'s founding members: it never applied to "
                       f"join it.", [fact_evidence(founding)])
    member = _membership(checker.kb, st.subject, st.value)
    if member is None or when is None or member.start is None:
        return None
    if _after(when, member.start):
        return Verdict("contradicted_by_kb", f"{state} has been a member of {org} since {member.start.value}, "
                       f"before the application the claim dates to {timecmp.label(when)}.", [fact_evidence(member)])
    return None


def _membership(kb, state: str, org: str, founding: bool = False):
    """The state's one open membership of `org` the KB lists (a founding one when asked), or None."""
    facts = [f for f in kb.facts(subject=state, property="member_of", value=org)
             if (not founding or (f.qualifiers or {}).get("founding"))]
    if any(f.end is not None for f in kb.facts(subject=state, property="member_of", value=org)):
        return None  # it left once (and may have rejoined): not read
    return facts[0] if len(facts) == 1 else None


def _after(later, earlier) -> bool:
    """Does every day `later` may mean fall after every day `earlier` may mean?"""
    a, b = timecmp.bounds(later), timecmp.bounds(earlier)
    return a is not None and b is not None and a[0] > b[1]
