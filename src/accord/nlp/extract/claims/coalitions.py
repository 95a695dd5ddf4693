"""Governing coalitions: which parties govern a state together (`in_government`, party -> state)
and how many ("the three-party coalition": `coalition_size`, state -> a count).

Read, the parties found by their names as claims/party_links.py finds them (`party_spans`):
- "the coalition of A, B and C", "a coalition with A and B", "A's coalition with B", "the A-B
  coalition", "the coalition / the government includes / comprises A and B": each party named
  (a list the parser cut short taken on to its last name);
- "A's coalition partner(,) B", "B, a (junior / coalition) partner", "B is a junior partner in the
  government": B, and A when it owns the partner;
- "A governs / agreed to govern with B": A and B;
- "the N-party coalition" owned by a person, a party or a state ("Frederiksen's three-party
  coalition", "X heads a four-party coalition"): the count.
The state is the one state of the distinctive names among the parties ("Komeito", "the FDP");
a name several parties bear ("the Greens", "the Social Democrats", "the Centre Party") is taken
as that state's party, or, when every name is such, as the party of the one state the sentence
names (a state, or a person with a KB office or party), and is not read otherwise. Parties of two
states in one construction are not read.
Dated by the clause's own point in time, else by the article's day.

Not read: a coalition or government marked regional, state-level, city or local (a German Land,
Flanders, Bavaria ...); a sentence about coalition talks, negotiations, a "possible", "would-be",
"potential", "proposed", "planned", "future" or "incoming" coalition, an opposition alliance;
an undated sentence about a past coalition ("former", "previous", "outgoing", "collapsed",
"broke up", a pluperfect); a party that left or quit ("B left the coalition" tells a day the KB
keeps only to the day; not read here); a denied or unasserted clause.

Checked (CHECKS) against coalitions.yaml where the state's list is complete (`government_listed`)
over the claim's days: a party in government on all of them is supported; one the list lacks on
every day from two weeks before to a week after them is contradicted (a coalition that just
changed is still named by its old or incoming parties); a party that supports from outside
(`qualifiers.support`) gets no verdict. A count is supported when the list's count (a sister
party `counted_with` another taken as one or as two) is the number on every one of the claim's
days, contradicted when it is neither on every day of that wider window.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from spacy.tokens import Span, Token

from accord.model import Statement
from accord.nlp.extract.claims import party_links
from accord.nlp.extract.claims.grammar import Context, clause_tokens, make, modality, negated, qualifiers

ORDER = 68
IN_GOV, SIZE = "in_government", "coalition_size"
LISTED = "government_listed"
COALITION_NOUNS = frozenset({"coalition", "coalitions"})
PARTNER_NOUNS = frozenset({"partner", "partners"})
PARTNER_MARKS = frozenset({"coalition", "junior", "governing", "government"})
GOVERNMENT_WORDS = frozenset({"govern", "governs", "governing", "governed", "government", "cabinet"})
INCLUDE_VERBS = frozenset({"include", "comprise", "bring", "unite"})
LIST_PREPS = frozenset({"of", "with", "between", "including", "comprising"})
#: words anywhere in the sentence that make its coalition one of a region, a Land or a city
REGION_WORDS = frozenset("""regional region regions state-level provincial province municipal municipality
mayor county länder bavarian bavaria wallonia walloon flanders scottish welsh catalan catalonia basque
saxony thuringia brandenburg hesse baden-wuerttemberg baden-württemberg württemberg wuerttemberg
rhineland-palatinate schleswig-holstein north-rhine westphalia lower devolved""".split())
#: words that do so as the coalition's or partner's own modifiers ("the state coalition", "the
#: Flemish government", "the coalition in Berlin")
LOCAL_WORDS = REGION_WORDS | frozenset("state city local land flemish berlin hamburg bremen".split())
#: words in the sentence that make the coalition one not (yet) formed or an opposition's
UNFORMED_WORDS = frozenset("""talks negotiations negotiating negotiate negotiated negotiators possible
potential would-be prospective proposed planned hypothetical future incoming opposition coalition-building
explore exploring exploratory sounding""".split())
#: words that make an undated sentence speak of a past coalition
PAST_WORDS = frozenset("""former previous outgoing old collapsed collapse collapsing broke fell ended
dissolved then ex earlier""".split())
NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8}
NUMBER_PARTY = re.compile(r"^(two|three|four|five|six|seven|eight|[2-8])-?party$", re.I)
#: days before and after the claim's own days a party must be missing on to be contradicted
BEFORE, AFTER = timedelta(days=14), timedelta(days=7)


def extract(ctx: Context, sent: Span) -> list[Statement]:
    if ctx.kb is None or not any(t.lower_ in COALITION_NOUNS | PARTNER_NOUNS | GOVERNMENT_WORDS for t in sent):
        return []
    words = {t.lower_ for t in sent}
    if words & (UNFORMED_WORDS | REGION_WORDS):
        return []
    spans = party_links.party_spans(ctx, sent)
    inside = {i for span, _, _ in spans for i in range(span.start, span.end)}
    out: list[Statement] = []
    for tok in sent:
        if tok.i in inside:
            continue  # "Civic Coalition", "National Coalition Party": a party's name
        if tok.lower_ in COALITION_NOUNS or (tok.lower_ in ("government", "cabinet") and tok.dep_ == "nsubj"
                                             and tok.head.lemma_ in INCLUDE_VERBS):
            out += _coalition(ctx, sent, tok, spans)
        elif tok.lower_ in PARTNER_NOUNS:
            out += _partner(ctx, sent, tok, spans)
        elif tok.lemma_ == "govern":
            out += _governs(ctx, sent, tok, spans)
    return out


# -- constructions ------------------------------------------------------------------------------

def _coalition(ctx: Context, sent: Span, noun: Token, spans) -> list[Statement]:
    """ "the coalition of A and B", "A's coalition with B", "the A-B coalition", "the coalition
    includes A", and "the N-party coalition"."""
    if _local(noun):
        return []
    roots: list[Token] = []
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ in LIST_PREPS:
            roots += [o for o in prep.children if o.dep_ == "pobj"]
        if prep.dep_ in ("poss", "compound", "amod", "nmod") and prep.i < noun.i:
            roots.append(prep)
    verb = noun.head
    if noun.dep_ == "nsubj" and verb.lemma_ in INCLUDE_VERBS:
        roots += [o for o in verb.children if o.dep_ in ("dobj", "attr")]
    named = _listed_on(spans, _named(spans, roots))
    out = _membership(ctx, sent, noun, named)
    size = _size(noun)
    if size is not None:
        out += _count(ctx, sent, noun, size, spans)
    return out


def _partner(ctx: Context, sent: Span, noun: Token, spans) -> list[Statement]:
    """ "A's coalition partner, B", "B, a junior partner in the government", "B is a junior partner"."""
    marks = {c.lower_ for c in noun.children if c.dep_ in ("compound", "amod", "nmod")}
    if not marks & PARTNER_MARKS and not any(
            p.lower_ == "in" and any(o.lower_ in ("government", "coalition", "cabinet") for o in p.children)
            for p in noun.children if p.dep_ == "prep"):
        return []
    if _local(noun) or any(_local(o) for p in noun.children if p.dep_ == "prep" for o in p.children):
        return []
    roots = [c for c in noun.children if c.dep_ in ("appos", "poss")]
    if noun.dep_ == "appos":
        roots.append(noun.head)
    if noun.dep_ == "attr":
        roots += [c for c in noun.head.children if c.dep_ == "nsubj"]
    return _membership(ctx, sent, noun, _named(spans, roots))


def _governs(ctx: Context, sent: Span, verb: Token, spans) -> list[Statement]:
    """ "A governs with B", "A agreed to govern with B": the subject (of the verb or the verb it
    completes) and the "with" phrase."""
    roots = [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "with" for o in p.children if o.dep_ == "pobj"]
    if not roots:
        return []
    holder = verb.head if verb.dep_ == "xcomp" else verb
    roots += [c for c in holder.children if c.dep_ in ("nsubj", "nsubjpass")]
    return _membership(ctx, sent, verb, _named(spans, roots))


def _listed_on(spans, named):
    """The names the parser cut off a list: "the coalition of the Moderates, the Christian Democrats
    and the Liberals" with the last two hung on the verb; each further name that follows the last
    one read with only commas, "and", "the" and adjectives between."""
    if not named:
        return named
    out = list(named)
    later = sorted((s for s in spans if s[0].start >= out[-1][0].end), key=lambda s: s[0].start)
    for span in later:
        gap = span[0].doc[out[-1][0].end:span[0].start]
        if not all(t.text in (",", "&") or t.lower_ in ("and", "the") or t.pos_ == "ADJ" for t in gap):
            break
        out.append(span)
    return out


def _named(spans, roots: list[Token]) -> list[tuple[Span, list[str], str]]:
    """The party names whose head is one of `roots` or hangs on one by a list's links (conj,
    appos, compound, a nested "with")."""
    reached: set[int] = set()
    names = {t.i for span, _, _ in spans for t in span}
    todo = list(roots)
    while todo:
        tok = todo.pop()
        if tok.i in reached:
            continue
        reached.add(tok.i)
        for c in tok.children:
            if c.dep_ in ("conj", "appos", "compound", "nmod", "poss"):
                todo.append(c)
            elif c.dep_ == "prep" and (c.lower_ == "with" or (c.lower_ == "of" and tok.i in names)):
                todo += [o for o in c.children if o.dep_ == "pobj"]  # "the Flemish Greens of Groen"
    return [s for s in spans if any(t.i in reached for t in s[0])]


# -- what a construction claims ----------------------------------------------------------------

def _membership(ctx: Context, sent: Span, anchor: Token, named) -> list[Statement]:
    """One `in_government` statement for each party named, of the construction's one state."""
    if not named:
        return []
    parties = _resolve(ctx, sent, named)
    if not parties:
        return []
    verb = _verb(anchor)
    times = _times(ctx, sent, verb)
    if times is None:
        return []
    out = []
    for span, party, state in parties:
        out.append(make(ctx, party, IN_GOV, state, [*span, anchor], verb, times=times))
    return out


def _resolve(ctx: Context, sent: Span, named) -> list[tuple[Span, str, str]]:
    """(span, party, state) of each name, all of one state (see the module's docstring); []
    when the state is not one."""
    states = {}
    for _, ids, text in named:
        if _distinctive(ctx.kb, ids, text):
            states[ids[0]] = _state_of(ctx.kb, ids[0])
    pool = set(states.values())
    if len(pool) > 1:
        return []
    if not pool:
        pool = _sentence_states(ctx, sent)
        if len(pool) != 1:
            return []
    state = next(iter(pool))
    out = []
    for span, ids, text in named:
        fitting = [i for i in ids if _state_of(ctx.kb, i) == state]
        if len(fitting) == 1:
            out.append((span, fitting[0], state))
    return out


def _distinctive(kb, ids: list[str], text: str) -> bool:
    """Does the name stand for one party wherever it is written: one party bears it, it is not
    marked `ambiguous` and is not made only of common political words ("the Social Democrats")?"""
    if len(ids) != 1 or all(w.lower() in party_links.COMMON_WORDS for w in text.split()):
        return False
    return text.lower() not in {a.lower() for a in kb.entity(ids[0]).ambiguous or ()}


def _state_of(kb, party: str) -> str | None:
    return (kb.entity(party).attrs or {}).get("state")


def _sentence_states(ctx: Context, sent: Span) -> set[str]:
    """The states the sentence names, as a state or through a person's KB office or party."""
    states = set(ctx.entities(sent, ("state:",)))
    for person in ctx.entities(sent, ("person:",)):
        states |= party_links._person_states(ctx.kb, person)
    return states


def _local(noun: Token) -> bool:
    """A coalition or partner marked as one of a region, a Land or a city."""
    words = [c for c in noun.children if c.dep_ in ("amod", "compound", "nmod", "poss")]
    words += [o for p in noun.children if p.dep_ == "prep" and p.lower_ in ("in", "of", "for") for o in p.subtree]
    return any(w.lower_ in LOCAL_WORDS for c in words for w in c.subtree)


def _verb(tok: Token) -> Token:
    """The clause's verb the token hangs on (the token itself when it is the root)."""
    head = tok
    while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
        head = head.head
    return head


def _times(ctx: Context, sent: Span, verb: Token) -> dict | None:
    """The clause's point in time ({} for the article's day), or None when the claim is not read:
    not asserted as a fact, denied, or an undated past."""
    if modality(verb) != "fact" or negated(verb):
        return None
    found = qualifiers(ctx, clause_tokens(verb))
    if "point_in_time" in found:
        return {"point_in_time": found["point_in_time"]}
    words = {t.lower_ for t in sent}
    pluperfect = any(t.lower_ == "had" and t.dep_ == "aux" for t in sent)
    if words & PAST_WORDS or pluperfect or found:
        return None  # a past coalition, or one dated only by its start or end
    return {}


def _size(noun: Token) -> int | None:
    """N of "the N-party coalition" ("three-party", "three - party", "3-party")."""
    doc = noun.doc
    left = doc[max(noun.sent.start, noun.i - 5):noun.i]
    text = "".join(t.text for t in left)
    m = re.search(r"(two|three|four|five|six|seven|eight|[2-8])-party$", text, re.I)
    if not m:
        return None
    word = m.group(1).lower()
    return int(word) if word.isdigit() else NUMBERS[word]


def _count(ctx: Context, sent: Span, noun: Token, size: int, spans) -> list[Statement]:
    """The count of "X's N-party coalition" / "X heads a N-party coalition", X a person, party or state."""
    owners = [c for c in noun.children if c.dep_ == "poss"]
    if not owners:
        verb = noun.head.head if noun.dep_ == "pobj" and noun.head.head.lemma_ == "head" else noun.head
        if verb.lemma_ == "head" and verb.dep_ == "pobj":
            verb = verb.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        if verb.lemma_ in ("head", "lead", "form", "become", "take", "swear", "appoint", "inherit", "keep"):
            owners = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    states: set[str] = set()
    for owner in owners:
        ent = ctx.entity(owner)
        party = next((ids for span, ids, _ in spans if owner.i in range(span.start, span.end)), None)
        if ent and ent.startswith("state:"):
            states.add(ent)
        elif ent and ent.startswith("person:"):
            states |= party_links._person_states(ctx.kb, ent)
        elif party and len(party) == 1:
            states.add(_state_of(ctx.kb, party[0]))
    if not states:  # "a four-party coalition dominated by the Party for Freedom": its parties' state
        states = {_state_of(ctx.kb, ids[0]) for span, ids, text in spans
                  if span.root.i in {t.i for t in noun.subtree} and _distinctive(ctx.kb, ids, text)}
    if len(states) != 1:
        return []
    verb = _verb(noun)
    times = _times(ctx, sent, verb)
    if times is None:
        return []
    st = make(ctx, next(iter(states)), SIZE, str(size), [*owners, noun], verb, times=times)
    return [st]


# -- checks -------------------------------------------------------------------------------------

def _window(st: Statement, on: str | None) -> tuple[date, date] | None:
    from accord.reconcile import timecmp

    when = st.point_in_time.value if st.point_in_time is not None else on
    return timecmp.bounds(when) if when else None


def _span(fact) -> tuple[date, date]:
    """The first and last day of a fact (an `end` is the first day out)."""
    from accord.reconcile import timecmp

    first = timecmp.bounds(fact.start.value)[1] if fact.start is not None else date.min
    last = timecmp.bounds(fact.end.value)[0] - timedelta(days=1) if fact.end is not None else date.max
    return first, last


def _covered(fact) -> tuple[date, date]:
    """The first and last day of a `government_listed` period (both inside it)."""
    from accord.reconcile import timecmp

    return timecmp.bounds(fact.start.value)[0], timecmp.bounds(fact.end.value)[1]


def listed(kb, state: str, first: date, last: date) -> bool:
    """Is the state's list of governing parties complete on every day from `first` to `last`?"""
    periods = sorted(_covered(f) for f in kb.facts(subject=state, property=LISTED))
    day = first
    for a, b in periods:
        if a <= day <= b:
            day = b + timedelta(days=1)
            if day > last:
                return True
    return False


def _facts(kb, state: str) -> list:
    return kb.facts(property=IN_GOV, value=state)


def check_in_government(checker, st: Statement, on: str | None):
    from accord.reconcile.kbcheck import Verdict, fact_evidence

    window = _window(st, on)
    if window is None or st.polarity == "negated":
        return None
    if not listed(checker.kb, st.value, *window):
        return _untold(checker, st.value)
    first, last = window
    own = [f for f in _facts(checker.kb, st.value) if f.subject == st.subject]
    party, state = party_links.party_name(checker.name, st.subject), checker.name(st.value)
    if any((f.qualifiers or {}).get("support") and _overlaps(f, first - BEFORE, last + AFTER) for f in own):
        return Verdict("new", f"{party} kept the government of {state} in office from outside (confidence and "
                       "supply): not counted as in it, nor wrongly named.")
    holding = [f for f in own if not (f.qualifiers or {}).get("support") and _span(f)[0] <= first and last <= _span(f)[1]]
    if holding:
        return Verdict("supported", f"{party} was in the government of {state} then.", [fact_evidence(f) for f in holding])
    near = [f for f in own if _overlaps(f, first - BEFORE, last + AFTER)]
    if near or st.modality != "fact" or not listed(checker.kb, st.value, first - BEFORE, last + AFTER):
        return Verdict("new", f"{party} was not in the government of {state} then, but came or went within "
                       "days of it, or the list is not complete around it.", [fact_evidence(f) for f in near])
    parties = sorted({checker.name(f.subject) for f in _facts(checker.kb, st.value)
                      if not (f.qualifiers or {}).get("support") and _overlaps(f, first, last)})
    return Verdict("contradicted_by_kb", f"The claim puts {party} in the government of {state}, but on "
                   f"{first.isoformat()} the governing parties were {', '.join(parties)}.",
                   [fact_evidence(f) for f in _facts(checker.kb, st.value) if _overlaps(f, first, last)])


def _untold(checker, state: str):
    """No verdict: the KB's list of the state's governing parties is not complete then."""
    from accord.reconcile.kbcheck import Verdict

    return Verdict("new", f"The knowledge base does not list all the governing parties of {checker.name(state)} then.")


def _overlaps(fact, first: date, last: date) -> bool:
    a, b = _span(fact)
    return a <= last and first <= b


def sizes_on(kb, state: str, day: date) -> set[int]:
    """The number of parties in the state's government on the day: counting a sister party
    (`counted_with`) apart and with its partner."""
    held = [f for f in _facts(kb, state) if not (f.qualifiers or {}).get("support") and _span(f)[0] <= day <= _span(f)[1]]
    apart = len({f.subject for f in held})
    together = len({f.subject for f in held if not (f.qualifiers or {}).get("counted_with")})
    return {apart, together}


def check_size(checker, st: Statement, on: str | None):
    from accord.reconcile.kbcheck import Verdict

    window = _window(st, on)
    if window is None or st.polarity == "negated":
        return None
    first, last = window
    if (last - first).days > 400 or not listed(checker.kb, st.subject, first, last):
        return _untold(checker, st.subject)
    size, state = int(st.value), checker.name(st.subject)
    days = [first + timedelta(days=n) for n in range((last - first).days + 1)]
    if all(size in sizes_on(checker.kb, st.subject, d) for d in days):
        return Verdict("supported", f"{state}'s government was one of {size} parties then.", [])
    wide = [first - BEFORE + timedelta(days=n) for n in range((last - first + BEFORE + AFTER).days + 1)]
    if st.modality != "fact" or not listed(checker.kb, st.subject, wide[0], wide[-1]) or \
            any(size in sizes_on(checker.kb, st.subject, d) for d in wide):
        return Verdict("new", f"{state}'s government had {size} parties within days of then, not on every day.")
    now = sorted(sizes_on(checker.kb, st.subject, first))
    return Verdict("contradicted_by_kb", f"The claim gives {state}'s governing coalition {size} parties, but on "
                   f"{first.isoformat()} it had {' or '.join(map(str, now))}.", [])


def describe_in_government(name, st: Statement) -> str:
    return f"{party_links.party_name(name, st.subject)} is in the government of {name(st.value)}"


def describe_size(name, st: Statement) -> str:
    return f"{name(st.subject)}'s governing coalition has {st.value} parties"


CHECKS = {IN_GOV: check_in_government, SIZE: check_size}
WORDS = {IN_GOV: describe_in_government, SIZE: describe_size}
