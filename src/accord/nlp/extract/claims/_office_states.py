"""The state in a title: "Vietnamese President Xi Jinping", "the Pakistani prime minister, Narendra
Modi" — a title whose state is wrong (issue 12, plc12: places).

A title's state is checked by the holder list of its office when the KB keeps one for that day
(`KBChecker._office`). Many states' offices have no list ("President of Vietnam", "Prime Minister of
Ireland" before its list begins, "Prime Minister of the Philippines", which no one holds), so a
swapped nationality was `new`. This rule settles such a title by the person instead: someone the
KB has in office for another state on that day (its own term, surely in force then: inside its
dates, or open and not past its source's as_of) does not hold an office of this state, unless the
KB lists them in one of its offices at some time. Monarchs are left alone (one monarch reigns over
several realms: "the Australian king" is Charles III), and so are titles of organisations ("EU
President") and of the person's own state (another office of one state is the holder list's
business, not a place's). The rule runs before the holder list's and answers only where that list
cannot: an office the KB does not have, or a day its list does not cover.
"""

from __future__ import annotations

from accord.model import Statement

# Kinds of office one person holds for one state only at a time (a monarch may reign over several)
ONE_STATE_KINDS = frozenset({"head_of_state", "head_of_government", "head_of_state_and_government",
                             "deputy_head_of_state", "deputy_head_of_government", "foreign_minister",
                             "defence_minister"})


def _entity(kb, id: str):
    """The KB's entity, or None when it does not know the id."""
    try:
        return kb.entity(id)
    except Exception:
        return None


def office_state(kb, office: str) -> str | None:
    """The state an office belongs to: the KB office's jurisdiction, or the state a minted id
    names ("office:vnm-president", made by offices.minted_office from state:VNM); None for an
    organisation's office or an owner that is no KB state."""
    known = _entity(kb, office)
    if known is not None:
        jur = (getattr(known, "attrs", None) or {}).get("jurisdiction")
        return jur if isinstance(jur, str) and jur.startswith("state:") else None
    if not office.startswith("office:") or "-" not in office:
        return None
    owner = office.split(":", 1)[1].split("-", 1)[0]
    state = _entity(kb, f"state:{owner.upper()}") if len(owner) == 3 else None
    return state.id if state is not None and getattr(state, "type", None) == "state" else None


def office_kind(kb, office: str) -> str | None:
    """The office's kind in the KB (head_of_state, head_of_government, ...), None if unknown."""
    known = _entity(kb, office)
    return (getattr(known, "attrs", None) or {}).get("kind") if known is not None else None


def office_state_clash(checker, st: Statement, on: str | None):
    """A `contradicted_by_kb` verdict when `st` (holds_office, affirmed) gives its person an office
    of one state on a day the KB has them in a one-state office of another, else None (the holder
    list's rule then decides)."""
    from accord.reconcile import timecmp
    from accord.reconcile.kbcheck import Verdict, _known_on, fact_evidence

    kb = checker.kb
    when = st.point_in_time.value if st.point_in_time else on
    span = timecmp.bounds(when) if when and st.polarity == "affirmed" and not (st.start or st.end) else None
    if not span:
        return None
    first, last = span[0].isoformat(), span[1].isoformat()  # a month or year: in office all of it
    claimed = office_state(kb, st.value)
    if claimed is None:
        return None
    if _entity(kb, st.value) is not None and kb.facts(property="holds_office", value=st.value) and kb.covers(
            st.value, "holds_office", when).covered:
        return None  # the office's own list decides
    terms = kb.facts(subject=st.subject, property="holds_office")
    if any(office_state(kb, f.value) == claimed for f in terms):
        return None  # the KB has them in an office of that state at some time
    other = [f for f in terms if _known_on(f, first, kb) and _known_on(f, last, kb) and office_kind(kb, f.value) in ONE_STATE_KINDS
             and office_state(kb, f.value) not in (None, claimed)]
    if not other:
        return None
    person, state = checker.name(st.subject), checker.name(claimed)
    held = "; ".join(f"{checker.name(f.value)} ({checker.name(office_state(kb, f.value))})" for f in other)
    return Verdict("contradicted_by_kb", f"On {when} {person} held the office of {held}, an office of another "
                   f"state: the title makes {person} an officer of {state}, which the knowledge base never lists "
                   f"{person} as.", [fact_evidence(f) for f in other])
