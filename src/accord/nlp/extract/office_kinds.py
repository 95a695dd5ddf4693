"""Descriptions that stand for an office of a kind rather than name it: "Poland's top diplomat"
(its foreign minister), "the French leader", "British leader X" (the head of state or government
the person was), "NATO head X", "the head of NATO, X", "NATO boss X" (the organisation's head).

Read only with the state or organisation written right against the description ("British
leader", "Poland's top diplomat", "the head of NATO"): in "Britain's Labour leader X" a party
stands between, and the leader is the party's; in "the head of NATO's Military Committee" the
organisation owns something else. A word of time may stand between ("the alliance's current
chief"). A ministry stands for its minister when a verb of leading governs it ("X, who has headed
Germany's defence ministry since January 2023": `ministry_office`, called by claims/actions.py).
"""

from __future__ import annotations

from spacy.tokens import Doc

from accord.nlp.extract.titles import Title
from accord.reconcile import timecmp

HEADS_OF_STATE = ("head_of_government", "head_of_state", "head_of_state_and_government")
HEADS_OF_ORGANISATION = ("secretary_general", "commission_president", "council_president")
STATE_KINDS = {"top diplomat": ("foreign_minister",), "chief diplomat": ("foreign_minister",), "leader": HEADS_OF_STATE}
ORGANISATION_KINDS = {w: HEADS_OF_ORGANISATION for w in ("head", "chief", "boss", "leader")}
# States whose "top diplomat" is not always the foreign minister: China's is often the director of
# the Communist Party's foreign affairs office (Wang Yi while Qin Gang was minister, 2022-2023).
TOP_DIPLOMAT_ELSEWHERE = frozenset({"state:CHN"})


def adjacent(doc: Doc, t: Title) -> bool:
    """Is the state or organisation written right against the title: before it ("British
    leader", "Poland's top diplomat") or as its "of" phrase ("the head of NATO,")?"""
    if t.jurisdiction is None or t.title is None:
        return False
    if t.jurisdiction[0] >= t.title[1]:
        gap = [w.lower_ for w in doc[t.title[1]:t.jurisdiction[0]]]
        after = doc[t.jurisdiction[1]] if t.jurisdiction[1] < len(doc) else None
        owns_more = after is not None and (after.lower_ in ("'s", "’s") or after.pos_ in ("NOUN", "PROPN"))
        return gap in (["of"], ["of", "the"]) and not owns_more
    gap = [w for w in doc[t.jurisdiction[1]:t.title[0]] if w.lower_ not in CURRENT]  # "the alliance's current chief"
    return len(gap) == 0 or (len(gap) == 1 and gap[0].lower_ in ("'s", "’s"))


CURRENT = frozenset({"current", "new", "present", "sitting"})


def office_of_kind(kb, title: str, org_id: str | None, person: str | None, on: str | None):
    """The office a description stands for: the jurisdiction's only office of that kind, else
    the one of those kinds the person held on `on`, else the only one of them the person ever
    held; None for someone who held none (a party leader is no head of government)."""
    if kb is None or not org_id:
        return None
    words = " ".join(title.lower().split())
    if words.endswith("diplomat") and org_id in TOP_DIPLOMAT_ELSEWHERE:
        return None
    kinds = (STATE_KINDS if org_id.startswith("state:") else ORGANISATION_KINDS).get(words)
    if not kinds:
        return None
    pool = [e for e in kb.entities("office") if e.attrs.get("jurisdiction") == org_id and e.attrs.get("kind") in kinds]
    if len(pool) == 1 and (len(kinds) == 1 or org_id.startswith("org:")):
        return pool[0]
    if len(kinds) == 1:
        return None
    terms = {o.id: kb.facts(subject=person, property="holds_office", value=o.id) for o in pool} if person else {}
    held = [o for o in pool if terms.get(o.id)]
    now = [o for o in held if on and any(timecmp.active_on(f.start, f.end, on, f.point_in_time) for f in terms[o.id])]
    return now[0] if len(now) == 1 else held[0] if len(held) == 1 else None


MINISTRY_KINDS = {"defence": "defence_minister", "defense": "defence_minister", "foreign": "foreign_minister",
                  "finance": "finance_minister"}
MINISTRY_NOUNS = frozenset({"ministry", "department", "office"})


def ministry_office(ctx, noun) -> str | None:
    """The office that heads a state's ministry written as a noun phrase: "(who heads) Germany's
    defence ministry", "the Japanese foreign ministry", "the Ministry of Defence of Estonia": the
    state's only office of that kind (`defence_minister`, `foreign_minister`, `finance_minister`). None without a
    state written in the phrase or with a kind the KB keeps no office of."""
    if ctx.kb is None or noun.lemma_.lower() not in MINISTRY_NOUNS and noun.lower_ not in MINISTRY_NOUNS:
        return None
    words = [t for t in noun.subtree if t.i != noun.i]
    kinds = {MINISTRY_KINDS[t.lower_] for t in words if t.lower_ in MINISTRY_KINDS}
    states = ctx.entities(words, ("state:",))
    if len(kinds) != 1 or len(states) != 1:
        return None
    return sole_office(ctx.kb, states[0], kinds.pop())


def sole_office(kb, jurisdiction: str, kind: str) -> str | None:
    """The id of the jurisdiction's only office of `kind` (a state's `defence_minister`), or None
    when the KB keeps none or several."""
    found = [e.id for e in kb.entities("office")
             if e.attrs.get("jurisdiction") == jurisdiction and e.attrs.get("kind") == kind]
    return found[0] if len(found) == 1 else None
