"""Offices told by what a person leads or runs, with no title written: "X has led Germany since
December 2021", "X, who has led Japan since October 2021,", "X led the Dutch government from 2010
to 2024", "X has run Germany's defence ministry since January", "X, who ran the Pentagon from
2015 to 2017,", "X has been at the helm of NATO since 2014", "X leads NATO".

The verb is lead, head, run or govern with the thing led as its object, or "be at the helm of";
the thing led names the office (`led_office`):
- an organisation: its head office (NATO's Secretary General); not a body of its own written with
  the organisation's name as a modifier ("the UN refugee agency", "the NATO Parliamentary
  Assembly": `own_body`, fa23), whose head is someone else;
- a state's ministry ("Germany's defence ministry", "the Japanese foreign ministry") or an
  institution that is one ("the Pentagon", "the State Department", "the Foreign Office", "the
  Treasury"): the state's office of that kind, when the KB has it;
- a state ("Germany"), or its government or cabinet ("the Dutch government", "the government of
  Japan"): the state's leading office, which differs from state to state (Germany's chancellor,
  the US president), so it is the one of the state's offices of a leading kind (head of
  government, head of state, both) that the KB lists the person as holding. A person the KB lists
  in none of them is not read at all ("Nagelsmann has led Germany since 2023": a football coach).

Statements: `holds_office` with the clause's times ("since D": the term's start, checked as every
start is; "in 2015": held then), on the article's day for a present ("X leads NATO"), or
`held_office` for an undated past ("X led Germany": held some time by the article's day). "From A
to B" is terms.py's (`took_office` A, `left_office` B), which takes its office from here too.
Not read: a leading verb with "to" / "into" ("led Germany to victory"), a race ("led the
polls"), "as T" written (terms.py reads the title), and for a state or an institution plans,
conditions, questions and denials (the organisation and ministry readings keep their negations:
"X no longer leads NATO").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from accord.model import Statement
from accord.nlp.extract.claims.grammar import (Context, clause_tokens, make, modality, negated, qualifiers,
                                               subject_entities, unsure_mood)
from accord.nlp.extract.office_kinds import HEADS_OF_STATE, MINISTRY_KINDS, MINISTRY_NOUNS, ministry_office, sole_office
from accord.nlp.extract.titles import BODY_NOUNS

ORDER = 30
LEAD_VERBS = frozenset({"lead", "head", "run", "govern"})
TAKE_VERBS = frozenset({"take", "assume"})
HELM_NOUNS = frozenset({"helm", "reins", "leadership", "command"})
GOVERNMENTS = frozenset({"government", "cabinet"})
AWAY = frozenset({"to", "into", "toward", "towards"})  # "led Germany to victory": taken somewhere, not governed
RACE_NOUNS = frozenset("poll polls point race primary primaries caucus vote ballot survey field standings".split())
# Institutions that are a state's ministry: {words: (state or None, office kind)}; with no state,
# the state is written beside it ("the U.S. Treasury") or is the one of the person's offices of the kind.
INSTITUTIONS = {
    "pentagon": ("state:USA", "defence_minister"),
    "state department": ("state:USA", "foreign_minister"),
    "department of state": ("state:USA", "foreign_minister"),
    "foreign office": ("state:GBR", "foreign_minister"),
    "foreign, commonwealth and development office": ("state:GBR", "foreign_minister"),
    "treasury": (None, "finance_minister"),
    "treasury department": ("state:USA", "finance_minister"),
}
STATE = "state"  # the kind of reading that needs the person's own leading office


def extract(ctx: Context, sent: Span) -> list[Statement]:
    if ctx.kb is None:
        return []
    out: list[Statement] = []
    for verb in sent:
        if verb.pos_ not in ("VERB", "AUX") or not (verb.lemma_.lower() in LEAD_VERBS or at_helm(verb)):
            continue
        if _led_away(verb) or _titled(verb):
            continue
        times = qualifiers(ctx, clause_tokens(verb))
        if "start" in times and "end" in times:
            continue  # "led X from A to B": terms.py's took_office and left_office
        for person in subject_entities(ctx, verb, ("person:",)):
            for office, kind in _offices(ctx, verb, person):
                out += _statements(ctx, verb, person, office, kind, times)
    return out


def _statements(ctx: Context, verb: Token, person: str, office: str, kind: str, times: dict) -> list[Statement]:
    from accord.nlp.extract.claims.office_predicates import no_longer
    from accord.nlp.extract.claims.terms import OLDER_TERM, bare_past, began_after_the_list

    denied = negated(verb) or no_longer(verb)
    if kind in (STATE, "institution") and (denied or modality(verb) != "fact" or unsure_mood(verb)):
        return []  # "has not led Germany", "hopes to run the Pentagon": left unread
    if times or _present(verb):  # "X, who leads NATO,": on the article's day
        return [make(ctx, person, "holds_office", office, [verb], verb, denied, times)]
    if bare_past(verb) and not denied and modality(verb) == "fact" and not [
            a for a in ctx.times_in(clause_tokens(verb)) if a.label != "DURATION"]:
        # "X led Germany (for 16 years)"; a term before the KB's list starts may be the one told: unsure
        older = {"date": OLDER_TERM} if began_after_the_list(ctx, person, office) else None
        return [make(ctx, person, "held_office", office, [verb], verb, confidence=older)]
    return []


def _present(verb: Token) -> bool:
    """ "leads", "heads", "is at the helm" with no auxiliary: of the article's day."""
    return verb.tag_ in ("VBZ", "VBP") and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def at_helm(verb: Token) -> bool:
    """ "X is / has been at the helm of Y"."""
    return verb.lemma_.lower() == "be" and bool(_helm_objects(verb, "at"))


def _helm_objects(verb: Token, prep: str) -> list[Token]:
    return [p for c in verb.children if c.dep_ == "prep" and c.lower_ == prep
            for h in c.children if h.dep_ == "pobj" and h.lemma_.lower() == "helm"
            for o in h.children if o.dep_ == "prep" and o.lower_ == "of" for p in o.children if p.dep_ == "pobj"]


def _led_away(verb: Token) -> bool:
    return any(c.dep_ == "prep" and c.lower_ in AWAY for c in verb.children) or any(
        t.lemma_.lower() in RACE_NOUNS for t in verb.subtree)


def _titled(verb: Token) -> bool:
    """ "led Belgium as prime minister": the title written is terms.py's."""
    return any(c.lower_ == "as" and c.dep_ in ("prep", "mark") for c in verb.children)


def led_objects(verb: Token) -> list[Token]:
    """What the verb says is led: the object of lead / head / run / govern, the "helm of" of "be
    at the helm of", and of take / assume the thing whose helm, reins, leadership or command is
    taken (or the object itself: "took over NATO")."""
    lemma = verb.lemma_.lower()
    if lemma == "be":
        return _helm_objects(verb, "at")
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    if lemma in TAKE_VERBS:
        from accord.nlp.extract.claims.terms import POSTS

        objs += [p for o in objs if o.lemma_.lower() in POSTS | HELM_NOUNS
                 for c in o.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children]
    return objs


def _offices(ctx: Context, verb: Token, person: str | None) -> list[tuple[str, str]]:
    found = [led_office(ctx, o, person) for o in led_objects(verb)]
    return list(dict.fromkeys(f for f in found if f is not None))


def led_office(ctx: Context, obj: Token, person: str | None) -> tuple[str, str] | None:
    """The office whose holder leads `obj`, and the kind of reading ("org", "ministry",
    "institution", STATE); None when `obj` names none, or names a state whose leading offices the
    KB does not list `person` in."""
    from accord.nlp.extract.claims.actions import head_office

    if ctx.kb is None:
        return None
    orgs = ctx.entities([obj, *[c for c in obj.children if c.dep_ == "compound"]], ("org:",))
    if len(orgs) == 1 and head_office(ctx, orgs[0]) is not None:
        if own_body(ctx, obj):
            return None  # "led the UN refugee agency": a body of the organisation's, not it
        if person is not None and not ctx.kb.has(person) and _one_word(person):
            return None  # "Clinton, who led NATO": a surname alone the KB does not know may be anyone
        return head_office(ctx, orgs[0]), "org"
    ministry = ministry_office(ctx, obj)
    if ministry is not None:
        return ministry, "ministry"
    institution = _institution(ctx, obj, person) if person is not None and ctx.kb.has(person) else None
    if institution is not None:  # (a person the KB does not know, "Clinton" alone, may be anyone's deputy)
        return institution, "institution"
    ministry = _persons_ministry(ctx, obj, person)
    if ministry is not None:
        return ministry, "ministry"
    if person is None or not ctx.kb.has(person):
        return None
    kinds = ("head_of_government", "head_of_state_and_government") if obj.lemma_.lower() in GOVERNMENTS \
        else HEADS_OF_STATE
    state = state_led(ctx, obj)
    if state is None and bare_government(obj):  # "Tusk, who led the government from 2007 to 2014"
        office = _held_of_kinds(ctx.kb, person, None, kinds)
    else:
        office = _held_of_kinds(ctx.kb, person, state, kinds) if state is not None else None
    return (office, STATE) if office is not None else None


# Nouns of a body an organisation has (titles.BODY_NOUNS, and missions and offices): written with
# the organisation's name as a modifier ("the UN refugee agency", "the NATO Parliamentary Assembly",
# "the EU delegation in Kyiv") they name that body, led by someone else than the organisation's
# head. Not the nouns an organisation is called by itself ("the NATO alliance", "the EU bloc"), nor
# "council" and "commission", which terms.py takes for the organisation itself (its BODY_NOUNS).
OWN_BODY_NOUNS = (BODY_NOUNS | {"assembly", "delegation", "mission", "programme", "program", "office", "court",
                                "tribunal", "operation", "force", "command", "school"}) - {
    "alliance", "union", "coalition", "group", "league", "federation", "association", "bloc", "organisation",
    "organization", "body", "council", "commission"}


def own_body(ctx: Context, obj: Token) -> bool:
    """Is `obj` a body noun of its own with the organisation only a modifier ("the UN refugee
    agency", "the NATO Parliamentary Assembly"), not part of the organisation's name?"""
    return ctx.entity(obj) is None and obj.lemma_.lower() in OWN_BODY_NOUNS


def _one_word(person: str) -> bool:
    """Is the person's id made of one name ("person:clinton"), a surname alone?"""
    return "-" not in person.split(":", 1)[-1].strip("~")


def state_led(ctx: Context, obj: Token) -> str | None:
    """The state itself ("Germany", "the Netherlands"), or the state whose government or cabinet
    it is ("the Dutch government", "Germany's cabinet", "the government of Japan")."""
    own = ctx.entity(obj)
    if own is not None and own.startswith("state:"):
        return own
    if obj.lemma_.lower() not in GOVERNMENTS:
        return None
    words = [c for c in obj.children if c.dep_ in ("amod", "poss", "compound", "nmod")]
    words += [p for c in obj.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
    states = ctx.entities([t for w in words for t in w.subtree], ("state:",))
    return states[0] if len(states) == 1 else None


def bare_government(obj: Token) -> bool:
    """ "the government" with nothing but its article: the person's own."""
    return obj.lemma_.lower() in GOVERNMENTS and all(c.dep_ == "det" and c.lower_ == "the" for c in obj.children)


def _held_of_kinds(kb, person: str, state: str | None, kinds) -> str | None:
    """The one office of `kinds` in `state` (None: any state) the KB lists `person` as holding."""
    pool = {e.id for e in kb.entities("office") if state in (None, e.attrs.get("jurisdiction"))
            and e.attrs.get("kind") in kinds}
    held = {f.value for f in kb.facts(subject=person, property="holds_office") if f.value in pool}
    return held.pop() if len(held) == 1 else None


def _institution(ctx: Context, obj: Token, person: str | None) -> str | None:
    """ "the Pentagon", "the State Department", "the Foreign Office", "the (U.S.) Treasury": the
    state's office of that kind; "the Treasury" with no state written is the one finance office
    the KB lists the person in."""
    key = " ".join(t.lower_ for t in obj.subtree if t.dep_ != "det" and not (ctx.entity(t) or "").startswith("state:")
                   and t.lower_ not in ("'s", "’s")).replace(" ,", ",")
    if key not in INSTITUTIONS:
        return None
    state, kind = INSTITUTIONS[key]
    written = ctx.entities(obj.subtree, ("state:",))
    if written:
        state = written[0] if len(written) == 1 and state in (None, written[0]) else None
    if state is None:
        return _held_kind(ctx.kb, person, kind) if person is not None and not written else None
    return sole_office(ctx.kb, state, kind)


def _persons_ministry(ctx: Context, obj: Token, person: str | None) -> str | None:
    """ "(has headed) the defence ministry" with no state written: the one office of that kind the
    KB lists the person in."""
    if person is None or not ctx.kb.has(person) or obj.lemma_.lower() not in MINISTRY_NOUNS or ctx.entities(obj.subtree, ("state:",)):
        return None
    words = [t for t in obj.children if t.dep_ in ("amod", "compound")]
    words += [p for c in obj.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
    kinds = {MINISTRY_KINDS[t.lower_] for t in words if t.lower_ in MINISTRY_KINDS}  # "the Ministry of Defence"
    if any(c.dep_ == "poss" for c in obj.children):
        return None  # "the foreign ministry's press office": not the ministry
    return _held_kind(ctx.kb, person, kinds.pop()) if len(kinds) == 1 else None


def _held_kind(kb, person: str, kind: str) -> str | None:
    """The one office of `kind` (of any state) the KB lists `person` in."""
    held = {f.value for f in kb.facts(subject=person, property="holds_office")
            if (kb.entity(f.value).attrs or {}).get("kind") == kind}
    return held.pop() if len(held) == 1 else None
