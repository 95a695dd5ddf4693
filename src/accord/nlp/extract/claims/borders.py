"""Which states border which (issue 12, border25): "Lithuania, which borders Belarus and Russia's
Kaliningrad region", "Moldova is bordered by Romania and Ukraine", "Finland shares a 1,340-km
border with Russia", "Hungary has no border with Russia", "Poland's border with Belarus", "the
Polish-Belarusian border", "the border between Greece and Turkey".

Read: the verb "border" in the present ("borders", "does not border", "is bordered by"); "share" or
"have" in the present with a border as its object and the neighbour after "with" (or two states as
the subject of "share a border"), denied by the verb's "not" or by "no" on the noun; a border noun
naming its two states: a possessive and "with" ("Poland's border with Belarus"), two states before
it ("the Polish-Belarusian border", "the Finland-Russia border") or "between" two. A region a state
owns stands for the state ("Russia's Kaliningrad region"). Not read: a border by sea or in the air
("a maritime border with"), a plural ("where the Polish and Ukrainian borders meet"), a past or a
date ("bordered the Soviet Union"), plans and conditions, a neighbour named by a common noun ("its
neighbours"), and a border noun with one state ("the Russian border": whose?).

Statement: `borders` (state -> state), checked against kb/data/borders.yaml: a land border (or one
through a territory, France and Brazil in French Guiana) on the day supports it; a neighbour across
the sea or a disputed line gives no verdict; a pair the KB does not list is contradicted only when
one of the two states has its whole list of land neighbours declared on the day (`land_neighbours`).
The noun forms presuppose the border and are never denied.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from accord.kb import temporal
from accord.model import Statement
from accord.nlp.extract.claims.grammar import (
    Context,
    clause_tokens,
    governor,
    group,
    make,
    modality,
    negated,
    qualifiers,
    subject_entities,
)
from accord.reconcile import timecmp
from accord.reconcile.kbcheck import Verdict, fact_evidence

ORDER = 60
PROPERTY = "borders"
COUNT = "land_neighbours"
BORDER_NOUNS = frozenset({"border", "frontier"})
NOT_BY_LAND = frozenset({"maritime", "sea", "naval", "air", "airspace", "aerial", "water", "virtual", "digital"})
OWNED_PARTS = frozenset({"region", "oblast", "province", "exclave", "enclave", "territory", "republic", "krai",
                         "county", "state"})
SHARING = frozenset({"share", "have"})


def extract(ctx: Context, sent: Span) -> list[Statement]:
    if ctx.kb is None:
        return []
    out: list[Statement] = []
    for tok in sent:
        lemma = tok.lemma_.lower()
        if lemma == "border" and (tok.pos_ == "VERB" or _verb_read_as_noun(tok)):
            out += _bordering(ctx, tok)
        elif lemma in SHARING and tok.pos_ in ("VERB", "AUX"):
            out += _sharing(ctx, tok)
        elif tok.lower_ in BORDER_NOUNS and tok.tag_ == "NN" and _by_land(tok):
            out += _border_noun(ctx, tok)
    return out


# -- "X borders Y", "X is bordered by Y" ---------------------------------------------------------------
def _bordering(ctx: Context, verb: Token) -> list[Statement]:
    if not _present(verb) or modality(verb) != "fact" or qualifiers(ctx, clause_tokens(verb)):
        return []
    if _passive(verb):
        objects = [p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
    else:
        objects = [c for c in verb.children if c.dep_ == "dobj"]
    neighbours = _states(ctx, [t for o in objects for t in group(o)])
    subjects = subject_entities(ctx, verb, ("state:",))
    if not subjects and verb.tag_ == "NNS":  # "Kosovo borders Albania": the subject read as a compound
        subjects = _states(ctx, [c for c in verb.children if c.dep_ == "compound" and c.i < verb.i])
    denied = negated(verb)
    return [make(ctx, s, PROPERTY, n, [verb, *objects], verb, denied, modality="fact")
            for s in subjects for n in neighbours if s != n]


def _verb_read_as_noun(tok: Token) -> bool:
    """ "The United States borders Canada": the small model tags "borders" a plural noun, yet gives
    it a subject and an object."""
    deps = {c.dep_ for c in tok.children}
    return tok.lower_ == "borders" and tok.tag_ == "NNS" and tok.dep_ == "ROOT" and "dobj" in deps \
        and bool(deps & {"nsubj", "compound"})


def _passive(verb: Token) -> bool:
    return verb.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in verb.children)


def _present(verb: Token) -> bool:
    """ "borders", "border", "does not border", "is bordered by" (not "bordered", "will border",
    "has bordered")."""
    auxes = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if verb.tag_ in ("VBZ", "VBP", "NNS"):
        return not auxes
    if verb.tag_ == "VB":
        return bool(auxes) and auxes <= {"does", "do"}
    return verb.tag_ == "VBN" and bool(auxes) and auxes <= {"is", "are"}


# -- "X shares a border with Y", "X has no border with Y", "X and Y share a border" --------------------
def _sharing(ctx: Context, verb: Token) -> list[Statement]:
    noun = next((c for c in verb.children if c.dep_ == "dobj" and c.lower_ in BORDER_NOUNS and c.tag_ == "NN"), None)
    if noun is None or not _by_land(noun) or not _present(verb) or modality(verb) != "fact":
        return []
    if qualifiers(ctx, clause_tokens(verb)):
        return []
    subjects = subject_entities(ctx, verb, ("state:",))
    neighbours = _states(ctx, _with(noun) or _with(verb))
    denied = negated(verb) != any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children)
    if verb.lemma_.lower() == "have" and not neighbours:
        return []  # "Finland has a long border": with whom?
    if not neighbours:
        if len(subjects) != 2 or _with(noun) or _with(verb):
            return []
        subjects, neighbours = subjects[:1], subjects[1:]  # "Norway and Russia share a border"
    return [make(ctx, s, PROPERTY, n, [verb, noun], verb, denied, modality="fact")
            for s in subjects for n in neighbours if s != n]


def _with(tok: Token) -> list[Token]:
    """The nouns after a "with" on `tok`, with those coordinated with them."""
    return [t for c in tok.children if c.dep_ == "prep" and c.lower_ == "with"
            for p in c.children if p.dep_ == "pobj" for t in group(p)]


# -- "Poland's border with Belarus", "the Polish-Belarusian border", "the border between A and B" -------
def _border_noun(ctx: Context, noun: Token) -> list[Statement]:
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in SHARING:
        return []  # read with its verb
    owner = [c for c in noun.children if c.dep_ == "poss"]
    if owner:
        pairs = [(a, b) for a in _states(ctx, owner) for b in _states(ctx, _with(noun))]
    else:
        between = [t for c in noun.children if c.dep_ == "prep" and c.lower_ == "between"
                   for p in c.children if p.dep_ == "pobj" for t in group(p)]
        before = [c for c in noun.children if c.i < noun.i and c.dep_ in ("compound", "amod", "nmod")]
        named = _states(ctx, between) if between else _states(ctx, [t for b in before for t in b.subtree])
        if len(named) == 1 and not between:
            named += [s for s in _states(ctx, _with(noun)) if s not in named]  # "the Polish border with Belarus"
        pairs = [(named[0], named[1])] if len(named) == 2 else []
    verb = governor(noun)
    return [make(ctx, a, PROPERTY, b, [noun], verb, False, modality="fact") for a, b in pairs if a != b]


def _by_land(noun: Token) -> bool:
    """Not "a maritime border", "the sea border", "an air border"."""
    return not any(c.lower_ in NOT_BY_LAND for c in noun.children if c.i < noun.i)


def _states(ctx: Context, nouns: list[Token]) -> list[str]:
    """The states the nouns name, a region standing for the state that owns it ("Russia's
    Kaliningrad region"); a noun naming something else (a sea, a river) gives nothing."""
    out: list[str] = []
    for noun in nouns:
        found = ctx.entity(noun)
        if found is None and noun.lemma_.lower() in OWNED_PARTS:
            owners = [c for c in noun.children if c.dep_ == "poss"]
            found = next((ctx.entity(o) for o in owners if (ctx.entity(o) or "").startswith("state:")), None)
        if found and found.startswith("state:") and found not in out:
            out.append(found)
    return out


# -- check ---------------------------------------------------------------------------------------------
def check_borders(checker, st: Statement, on: str | None) -> Verdict | None:
    """A land border on the day (through a territory too) supports the claim and contradicts its
    denial; one across the sea or a disputed line gives no verdict; a pair the KB does not list
    contradicts the claim (and supports its denial) when either state's whole list is declared."""
    days = timecmp.bounds(on) if on else None
    if days is None:
        return None
    first, last = (_verdict(checker, st, d.isoformat()) for d in days)
    if (first and first.kind) != (last and last.kind):
        return None  # the border came or went within the time the claim speaks of
    return first


def _verdict(checker, st: Statement, day: str) -> Verdict | None:
    kb, a, b = checker.kb, st.subject, st.value
    facts = [f for f in kb.facts(subject=a, property=PROPERTY, value=b) + kb.facts(subject=b, property=PROPERTY, value=a)
             if temporal.active(f.start, f.end, f.point_in_time, day)]
    land = [f for f in facts if not _loose(f)]
    names = f"{checker.name(a)} and {checker.name(b)}"
    if land:
        via = (land[0].qualifiers or {}).get("via")
        told = f"{names} share a land border" + (f" (through {via})" if via else "") + "."
        if st.polarity == "negated":
            return Verdict("contradicted_by_kb", told, [fact_evidence(f) for f in land])
        return Verdict("supported", told, [fact_evidence(f) for f in land])
    if facts:  # across the sea, or a line one side does not recognise: said both ways
        how = "face each other across the sea" if any((f.qualifiers or {}).get("by") == "sea" for f in facts) \
            else "are divided by a line one of them does not recognise as a border"
        return Verdict("unverifiable", f"{names} {how}: whether they border each other is worded both ways.",
                       [fact_evidence(f) for f in facts])
    listed = [s for s in (a, b) if _complete(kb, s, day)]
    if not listed or not all(_known(kb, s) for s in (a, b)):
        # neither list declared, or one side is no state of the file (a territory with an ISO code,
        # Gibraltar, French Guiana: its borders are its state's)
        return Verdict("new", f"The knowledge base does not list every land neighbour of {names} on {day}.")
    evidence = [fact_evidence(f) for f in _counts(kb, listed[0], day)]
    told = f"{names} share no land border ({checker.name(listed[0])} borders {_neighbour_names(checker, listed[0], day)})."
    if st.polarity == "negated":
        return Verdict("supported", told, evidence)
    return Verdict("contradicted_by_kb", told, evidence)


def _known(kb, state: str) -> bool:
    """Is the state in the file at all (a side of some border)?"""
    return bool(kb.facts(subject=state, property=PROPERTY) or kb.facts(property=PROPERTY, value=state))


def _loose(fact) -> bool:
    q = fact.qualifiers or {}
    return q.get("by") == "sea" or bool(q.get("disputed"))


def _land_facts(kb, state: str, day: str) -> list:
    facts = kb.facts(subject=state, property=PROPERTY) + kb.facts(property=PROPERTY, value=state)
    return [f for f in facts if not _loose(f) and temporal.active(f.start, f.end, f.point_in_time, day)]


def _counts(kb, state: str, day: str) -> list:
    return [f for f in kb.facts(subject=state, property=COUNT) if temporal.active(f.start, f.end, f.point_in_time, day)]


def _complete(kb, state: str, day: str) -> bool:
    """Does the KB declare the state's whole list of land neighbours on the day, and hold it (the
    declared number of neighbours equal to the land borders it lists)?"""
    counts = _counts(kb, state, day)
    return len(counts) == 1 and str(counts[0].value).isdecimal() and int(counts[0].value) == len(_land_facts(kb, state, day))


def _neighbour_names(checker, state: str, day: str) -> str:
    others = sorted(checker.name(f.value if f.subject == state else f.subject) for f in _land_facts(checker.kb, state, day))
    return ", ".join(others) if others else "no state by land"


def _words(name, st) -> str:
    return f"{name(st.subject)} {'does not border' if st.polarity == 'negated' else 'borders'} {name(st.value)}"


CHECKS = {PROPERTY: check_borders}
WORDS = {PROPERTY: _words}
