"""Who a denied attendance is about when the text names a state's office, not a person: "Japan's
prime minister skipped the summit", "the Japanese prime minister did not attend", "the prime
minister of Japan stayed away from it". The claim is about the person who held that office on the
event's first day (the KB's terms), so it is read as that person's denied attendance, which the
KB's record of the person at the event contradicts.

Only a title the KB knows as one office of the one state written with it, held by one person that
day; a title with a name ("Prime Minister Kishida") is the name's; a title not held now ("former",
"acting", "incoming", ...) or of several states, or an office with no single holder that day,
stands for no one. (A state's leader skipping an event says nothing of the state: a minister may
have gone in the leader's place, so the state is not denied; see _attendance.)
"""

from __future__ import annotations

from spacy.tokens import Token

from accord.nlp.extract.claims.grammar import Context
from accord.reconcile import timecmp

#: words that make a title someone's other than the day's holder
NOT_THE_HOLDER = frozenset({"former", "ex", "then", "acting", "interim", "incoming", "outgoing", "next", "future",
                            "previous", "late", "new", "designate", "elect"})
TITLE_DEPS = frozenset({"amod", "compound"})


def title_holder(ctx: Context, subj: Token | None, event: str) -> list[str]:
    """[person] the office title `subj` stands for on the event's first day, or []."""
    if subj is None or ctx.kb is None or subj.pos_ != "NOUN":
        return []
    phrase = list(subj.subtree)
    if ctx.entities(phrase, ("person:",)) or any(t.lower_.strip("-") in NOT_THE_HOLDER for t in phrase):
        return []
    states = ctx.entities(phrase, ("state:",))
    if len(states) != 1:
        return []
    words = [t.text for t in subj.children if t.dep_ in TITLE_DEPS and t.i < subj.i and not ctx.entity(t)]
    office = ctx.kb.find_office(" ".join(words + [subj.text]), states[0])
    day = _first_day(ctx.kb, event)
    if office is None or day is None:
        return []
    holders = {f.subject for f in ctx.kb.facts(property="holds_office", value=office.id)
               if f.subject.startswith("person:")
               and timecmp.active_on(f.start, f.end, day, f.point_in_time) is True}
    return sorted(holders) if len(holders) == 1 else []


def _first_day(kb, event: str) -> str | None:
    days = kb.facts(subject=event, property="took_place_on")
    first = (days[0].start or days[0].point_in_time) if days else None
    return first.value if first is not None else None
