"""Who attended an event, and who did not, in the ways news says it (used by the summit family for
each event noun it links): "Kishida attended the summit", "took part in / participated in the
summit", "was present at the summit", "the summit was attended by Ardern", "Hipkins, who attended
the summit", and the antonyms, which deny the attendance: "skipped / missed / boycotted the
summit", "stayed away from the summit", "was absent from the summit", "declined / turned down the
invitation to (attend) the summit". A "not" on the verb denies it ("did not attend"), or takes back
an antonym's denial ("did not miss the summit"). A denial said of a state's office with no name
("Japan's prime minister skipped the summit") is the day's holder's (_titled_absence).

Statement: `person|state – attended – event`, its polarity from the verb (grammar.negated) and the
verb's antonymy, its modality the verb's ("will not attend" is a plan). A denial the KB contradicts
is flagged by `_negation.check_not_done`; the KB's lists of attendees are not complete, so a
denial it has no record against is `new`.
"""

from __future__ import annotations

from spacy.tokens import Token

from accord.model import Statement
from accord.nlp.extract.claims._titled_absence import title_holder
from accord.nlp.extract.claims.grammar import RELATIVE_PRONOUNS, Context, make, negated

ATTEND_VERBS = frozenset({"attend"})  # the event is the object
IN_VERBS = frozenset({"participate"})  # "participated in the summit"
PART_VERBS = frozenset({"take"})  # "took part in the summit"
SKIP_VERBS = frozenset({"skip", "miss", "boycott", "shun"})  # the event is the object: a denial
AWAY_VERBS = frozenset({"stay", "keep"})  # "stayed away from the summit": a denial
PRESENT_WORDS = {"present": False, "absent": True}  # "was present at / absent from": True denies
WHO = ("person:", "state:")


def attended(ctx: Context, noun: Token, event: str, sure: float) -> list[Statement]:
    """The attendance statements told of the event noun `noun` (linked to `event`)."""
    found = _verb_of(noun)
    if found is None:
        return []
    verb, denial = found
    who = _attendees(ctx, verb, noun)
    polarity = negated(verb) != denial
    if polarity:
        # "Australia's prime minister skipped the summit": the leader's absence is no state's (a
        # minister may have gone in the leader's place); a denied state is one named as the subject
        heads = {ctx.entity(t) for t in noun.doc[verb.left_edge.i:verb.right_edge.i + 1]
                 if t.dep_ in ("nsubj", "nsubjpass", "conj", "pobj") and ctx.entity(t)}
        who = [w for w in who if w.startswith("person:") or (w in heads and not _modifies_person(ctx, w, verb))]
        if not any(w.startswith("person:") for w in who):
            # "Japan's prime minister skipped the summit": the day's prime minister did
            who += title_holder(ctx, next((c for c in verb.children if c.dep_ == "nsubj"), None), event)
    return [make(ctx, w, "attended", event, [noun, verb], verb, polarity, confidence={"event": sure}) for w in who]


def _modifies_person(ctx: Context, state: str, verb: Token) -> bool:
    """Is the state only a word on a person or title in the clause ("Japanese Prime Minister
    Kishida", "the prime minister of Australia")?"""
    for t in verb.subtree:
        if ctx.entity(t) == state and any((ctx.entity(a) or "").startswith("person:") or a.lemma_.lower() in
                                          ("minister", "president", "leader", "premier", "chancellor")
                                          for a in t.ancestors if a.i != verb.i and a.dep_ != "ROOT"):
            return True
    return False


def _verb_of(noun: Token) -> tuple[Token, bool] | None:
    """(the verb that tells the attendance, whether it denies it) for the event noun."""
    head = noun.head
    lemma = head.lemma_.lower()
    declined = _declined_invitation(noun)
    if declined is not None:
        return declined, True
    if noun.dep_ == "dobj" and lemma in ATTEND_VERBS | SKIP_VERBS:
        return head, lemma in SKIP_VERBS
    if noun.dep_ == "nsubjpass" and lemma in ATTEND_VERBS:
        return head, False  # "the summit was attended by ..."
    if noun.dep_ != "pobj" or head.dep_ != "prep":
        return None
    prep, verb = head.lower_, head.head
    vlemma = verb.lemma_.lower()
    if prep == "in" and vlemma in IN_VERBS:
        return verb, False
    if prep == "in" and vlemma in PART_VERBS and any(c.dep_ == "dobj" and c.lower_ == "part" for c in verb.children):
        return verb, False
    if prep == "in" and verb.lower_ == "part" and verb.dep_ == "dobj" and verb.head.lemma_.lower() in PART_VERBS:
        return verb.head, False  # "part" parsed as the preposition's head
    if prep == "from" and vlemma in AWAY_VERBS and any(c.lower_ == "away" for c in verb.children):
        return verb, True
    if prep == "from" and verb.lower_ == "away" and verb.head.lemma_.lower() in AWAY_VERBS:
        return verb.head, True
    if verb.lower_ in PRESENT_WORDS and prep == ("from" if verb.lower_ == "absent" else "at") \
            and verb.dep_ == "acomp" and verb.head.lemma_.lower() == "be":
        return verb.head, PRESENT_WORDS[verb.lower_]
    return None


DECLINE_VERBS = frozenset({"decline", "reject", "refuse", "snub", "spurn"})


def _declined_invitation(noun: Token) -> Token | None:
    """The verb of "declined / turned down the invitation to the summit" ("an invitation to attend
    the summit"): declining is not attending. Accepting is no attendance yet, and "did not decline"
    says nothing of going: neither is read."""
    invitation = None
    if noun.dep_ == "pobj" and noun.head.lower_ == "to" and noun.head.head.lemma_.lower() == "invitation":
        invitation = noun.head.head
    elif noun.dep_ == "dobj" and noun.head.lemma_.lower() in ATTEND_VERBS and noun.head.dep_ == "acl" \
            and noun.head.head.lemma_.lower() == "invitation":
        invitation = noun.head.head
    if invitation is None or invitation.dep_ != "dobj":
        return None
    verb = invitation.head
    lemma = verb.lemma_.lower()
    if negated(verb):
        return None  # "did not decline the invitation" says nothing of going
    if lemma in DECLINE_VERBS or (lemma == "turn" and any(c.dep_ == "prt" and c.lower_ == "down" for c in verb.children)):
        return verb
    return None


def _attendees(ctx: Context, verb: Token, noun: Token) -> list[str]:
    """Who: the verb's subject (for "who attended", the noun the clause describes; for the
    passive, the "by" phrase)."""
    if noun.dep_ == "nsubjpass":
        agents = [p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
        return ctx.entities([t for a in agents for t in a.subtree], WHO)
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    head = verb
    while subj is None and head.dep_ == "xcomp" and head.head.i != head.i:  # "is (not) set to attend"
        head = head.head
        subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return []
    verb = head
    if subj.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
        head = verb.head
        return ctx.entities([t for t in head.subtree if t.i < verb.i and t.i >= head.left_edge.i
                             and not _in_clause(t, verb)], WHO)
    return ctx.entities([t for t in subj.subtree], WHO)


def _in_clause(tok: Token, clause: Token) -> bool:
    return any(a.i == clause.i for a in [tok, *tok.ancestors])


LEADER_KINDS = ("head_of_government", "head_of_state", "head_of_state_and_government")


def state_attendance(kb, state: str, event: str, leaders_only: bool = False) -> list:
    """The KB's attendances of `event` by someone holding an office of `state` on its first day
    ("Japan attended" when its prime minister did; Australia when its defence minister stood in):
    the attendance facts with the office terms that make them the state's. `leaders_only`: by its
    head of state or government only ("Australia skipped the summit" may mean its leader did)."""
    days = kb.facts(subject=event, property="took_place_on")
    if not days:
        return []
    first = days[0].start or days[0].point_in_time
    if first is None:
        return []
    from accord.reconcile import timecmp

    found = []
    for att in kb.facts(property="attended", value=event):
        if not att.subject.startswith("person:"):
            continue
        for term in kb.facts(subject=att.subject, property="holds_office"):
            office = kb.entity(term.value) if kb.has(term.value) else None
            if office is not None and office.attrs.get("jurisdiction") == state and \
                    (not leaders_only or office.attrs.get("kind") in LEADER_KINDS) and \
                    timecmp.active_on(term.start, term.end, first.value, term.point_in_time) is True:
                found += [att, term]
                break
    return found


def check_attended(checker, st: Statement, on: str | None):
    """A state's attendance: supported when the KB has one of its office holders at the event;
    otherwise left to the general rule (the KB's lists of attendees are not complete: `new`)."""
    from accord.reconcile.kbcheck import Verdict, fact_evidence

    if not st.subject.startswith("state:") or st.polarity != "affirmed":
        return None
    found = state_attendance(checker.kb, st.subject, st.value)
    if not found:
        return None
    return Verdict("supported", f"{checker.name(found[0].subject)} attended {checker.name(st.value)} for "
                   f"{checker.name(st.subject)}.", [fact_evidence(f) for f in found])
