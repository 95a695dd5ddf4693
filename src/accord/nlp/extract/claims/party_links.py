"""A person's political party and a party's leader, told by a name put beside a person:
"Fidesz's Viktor Orban", "Orban's Fidesz", "Prime Minister Tusk's Civic Platform", "Labour leader
Keir Starmer", "Keir Starmer, leader of the Labour Party", "Olaf Scholz of the Social Democrats".

A party is one of the KB's `party:` entities (parties.yaml), found here by its names (the
gazetteer does not link parties): the longest name a run of tokens spells, a lower-case name
written capitalised as a name is ("the ruling Law and Justice party", not "labour"), an
abbreviation exactly ("PiS", "SPD"), with a "party" after it taken in. A name several parties
bear, or one made only of common political words ("Labour", "the Conservatives", "the Social
Democrats", "the Liberal Party", "the Republicans"), is the party of that name of the one state
the phrase itself names ("New Zealand's Labour leader", "the British Labour Party") or, failing
that, of the person's own state (the state of the person's KB party or office); a state named
elsewhere in the sentence is not taken ("Labour's Starmer met Norway's Labour leader Store"), and
anything less sure names no party and nothing is read. A distinctive name
(Fidesz, PiS, CDU, Brothers of Italy) is its party wherever it is written.

Statements (no time of their own: checked on the article's day):
- `party_member`, person -> party: "<party>'s <person>", "<person>'s <party>", "<person> of the
  <party>", and the two leader phrases;
- `leads_party`, person -> party: "<party> leader <person>", "<person>, (the) leader of the
  <party>", only in a sentence with no time expression (a year makes it another day's leader);
  a "chairman", "chair", "head" or "chief" tells the membership only (the UK's Conservative Party
  chairman is not its leader).
Not read: a person or leader marked as not current ("former", "ex-", "then", "late", "acting",
"deputy", "interim", a "would-be" or a candidate), "ex-<party>", two people or two parties in one
construction.

Checked (CHECKS): a membership against the person's `party_member` facts whose days hold the
article's day a day away from either end: the same party supported, another contradicted; no
such fact, nothing. A leadership against the party's leader list where it is complete
(attrs.leaders: from, until, gaps): supported when the person leads it that day; contradicted
only when the KB has the person lead it on no day at all and does not give the person another
party that day (the membership claim speaks for that).
"""

from __future__ import annotations

import re
from datetime import timedelta
from functools import lru_cache

from spacy.tokens import Span, Token

from accord.model import Statement
from accord.nlp.extract.claims.grammar import Context, make

ORDER = 67
MEMBER, LEADS = "party_member", "leads_party"
PARTY = "party:"
#: what a party's name may stand before, the person owning the whole: "Albanese's Labor government"
PARTY_NOUNS = frozenset({"government", "coalition", "cabinet", "administration", "caucus", "bloc"})
POSSESSIVE = frozenset({"'s", "’s"})
LEADER_NOUNS = frozenset({"leader", "chief", "chairman", "chairwoman", "chair", "head"})
#: words that make a person or a leadership not the current one, or a title not held
NOT_CURRENT = frozenset({"former", "ex", "then", "late", "onetime", "one-time", "erstwhile", "previous",
                         "acting", "interim", "deputy", "caretaker", "would-be", "future", "next",
                         "candidate", "hopeful", "rival", "outgoing", "incoming", "longtime", "long-time",
                         "veteran", "past", "then-"})
#: words a party name may be made of without telling its state ("the Social Democratic Party")
COMMON_WORDS = frozenset("""the party labour labor conservative conservatives tories tory liberal liberals
democratic democrats democrat democracy republican republicans social socialist socialists christian
people's people national nationals centre center green greens moderate moderates union movement coalition
progressive workers' workers new alliance of and""".split())
#: the margin from either end of a membership's days within which no verdict is given
MARGIN = timedelta(days=1)


@lru_cache(maxsize=4)
def _forms(kb) -> tuple[dict, dict, int, frozenset]:
    """({lower-case name: party ids}, {abbreviation: party ids}, longest form in words, the first
    words of the names lower-cased and of the abbreviations as written) of the KB's parties."""
    names: dict[str, list[str]] = {}
    abbrs: dict[str, list[str]] = {}
    longest = 1
    for party in kb.entities("party"):
        if getattr(party, "type", None) != "party":
            continue  # a stand-in KB of a test that gives every entity for any type
        for text in {party.name, *party.aliases}:
            if text in party.abbreviations:
                continue
            names.setdefault(text.lower(), []).append(party.id)
            longest = max(longest, len(text.split()) + 2)
        for text in party.abbreviations:
            abbrs.setdefault(text, []).append(party.id)
    firsts = frozenset(re.split(r"[\s/'’–-]", form)[0] for form in [*names, *abbrs])  # "N-VA": "N"
    return names, abbrs, longest, firsts


def party_spans(ctx: Context, sent: Span) -> list[tuple[Span, list[str], str]]:
    """(span, party ids, the name as written) of every party name in the sentence, longest first,
    not overlapping; a "party" right after a name is part of its span."""
    names, abbrs, longest, firsts = _forms(ctx.kb)
    doc, found, taken = sent.doc, [], set()
    for start in range(sent.start, sent.end):
        word = doc[start].text
        if start in taken or not word[:1].isupper() or (word.lower() not in firsts and word not in firsts):
            continue  # every name and abbreviation of a party starts with a capital and one of these words
        for end in range(min(sent.end, start + longest), start, -1):
            span = doc[start:end]
            text = span.text
            ids = abbrs.get(text) or (names.get(text.lower()) if _written_as_name(span) else None)
            if not ids:
                continue
            if end < sent.end and doc[end].lower_ == "party" and not text.lower().endswith("party"):
                span = doc[start:end + 1]
            found.append((span, sorted(set(ids)), text))
            taken.update(range(span.start, span.end))
            break
    return found


def _written_as_name(span: Span) -> bool:
    """Its first word and every other word capitalised, save glue words ("Law and Justice", "Prawo i
    Sprawiedliwość"): "labour" and "the conservatives" as common words are no names."""
    words = [t for t in span if t.is_alpha]
    glue = {"and", "of", "i", "the", "d'italia", "for", "in"}
    return bool(words) and span[0].text[0].isupper() and all(t.text[0].isupper() or t.lower_ in glue for t in words)


def extract(ctx: Context, sent: Span) -> list[Statement]:
    if ctx.kb is None or not any(_forms(ctx.kb)[:2]):
        return []
    out: list[Statement] = []
    for span, ids, text in party_spans(ctx, sent):
        if _ex_party(span):
            continue
        root = span.root
        for person_tok, leads, anchor in _people_of(ctx, span, root):
            person = ctx.entity(person_tok)
            party = _resolve(ctx, span, anchor, person, ids, text)
            if party is None or _not_current(person_tok, anchor) or _coordinated(person_tok):
                continue
            tokens = [*span, person_tok] + ([anchor] if anchor is not None else [])
            out.append(make(ctx, person, MEMBER, party, tokens, person_tok))
            if leads and anchor is not None and anchor.lower_ == "leader" and \
                    not ctx.times_in(set(range(sent.start, sent.end))):
                out.append(make(ctx, person, LEADS, party, tokens, person_tok))
    return out


def _people_of(ctx: Context, span: Span, root: Token) -> list[tuple[Token, bool, Token | None]]:
    """(person's token, whether a leadership is told, the leader noun) of each construction that
    puts one person beside the party: an empty list when none or several."""
    inside = set(range(span.start, span.end))
    found: list[tuple[Token, bool, Token | None]] = []
    head = root.head
    # "Fidesz's Viktor Orban", "Law and Justice's Kaczynski": the party possesses the person
    for tok in span:
        if tok.dep_ == "poss" and tok.head.i not in inside and _person(ctx, tok.head):
            found.append((tok.head, False, None))
    owned = any(c.dep_ == "case" and c.lower_ in POSSESSIVE for t in span for c in t.children)
    between = span.doc[span.end:head.i] if head.i >= span.end else None
    if owned and root.dep_ in ("nmod", "compound") and between is not None and _person(ctx, head) and \
            all(t.lower_ in POSSESSIVE or ctx.entity(t) == ctx.entity(head) for t in between):
        found.append((head, False, None))  # a possessive the parser hung on the name's first word
    # "the Social Democrats of Chancellor Olaf Scholz": the person after "of"
    for tok in span:
        for prep in tok.children:
            if prep.dep_ == "prep" and prep.lower_ == "of" and prep.i not in inside:
                found += [(o, False, None) for o in prep.children if o.dep_ == "pobj" and _person(ctx, o)]
    # "Orban's Fidesz", "Tusk's Civic Platform party": a person possesses the party; "Albanese's
    # Labor government": the person possesses what the party names
    for tok in span:
        for c in tok.children:
            if c.dep_ == "poss" and c.i not in inside and _person(ctx, c):
                found.append((c, False, None))
    if root.dep_ in ("compound", "amod", "nmod") and head.i == span.end and head.lower_ in PARTY_NOUNS:
        found += [(c, False, None) for c in head.children if c.dep_ == "poss" and c.i < span.start and _person(ctx, c)]
    # "Labour leader Keir Starmer": the party names a leader noun before the person
    if root.dep_ in ("compound", "nmod", "amod") and head.lower_ in LEADER_NOUNS and head.i == span.end \
            and _person(ctx, head.head) and head.head.i > head.i and head.dep_ in ("compound", "nmod", "appos"):
        found.append((head.head, True, head))
    elif root.dep_ in ("compound", "nmod", "amod") and head.lower_ in LEADER_NOUNS and head.i == span.end:
        # "New Zealand's Labour leader Chris Hipkins" parsed as the leader noun with the name in apposition
        found += [(c, True, head) for c in head.rights if c.dep_ == "appos" and c.i == head.i + 1 + _name_length(ctx, c)
                  and _person(ctx, c)]
    # "Keir Starmer, (the) leader of the Labour Party", "Olaf Scholz of the Social Democrats"
    if root.dep_ == "pobj" and head.lower_ == "of":
        noun = head.head
        if noun.lower_ in LEADER_NOUNS and noun.dep_ == "appos" and _person(ctx, noun.head):
            found.append((noun.head, True, noun))
        elif _person(ctx, noun) and noun.dep_ != "poss":
            found.append((noun, False, None))
    people = {ctx.entity(p) for p, _, _ in found}
    if len(people) != 1:
        return []
    return [max(found, key=lambda f: f[1])]  # one reading: a leader's, when one was told


def _name_length(ctx: Context, tok: Token) -> int:
    """How many words of the person's name stand before its last word (a name read as its head)."""
    n, doc = 0, tok.doc
    while tok.i - n - 1 >= 0 and ctx.entity(doc[tok.i - n - 1]) == ctx.entity(tok):
        n += 1
    return n


def _person(ctx: Context, tok: Token) -> bool:
    ent = ctx.entity(tok)
    return bool(ent and ent.startswith("person:"))


def _not_current(person: Token, anchor: Token | None) -> bool:
    """A "former", "then", "acting", ... on the person's phrase or on the leader noun, or in the
    few words before the construction."""
    words = [c for c in person.lefts] + ([c for c in anchor.lefts] if anchor is not None else [])
    first = min([person.i] + [w.i for w in words] + ([anchor.i] if anchor is not None else []))
    doc = person.doc
    before = [doc[i] for i in range(max(person.sent.start, first - 4), first)]
    return any(t.lower_.strip("-") in NOT_CURRENT or t.lower_ in NOT_CURRENT for t in words + before)


def _coordinated(person: Token) -> bool:
    """ "Labour's X and Y": the name may be told of both or of one; not read."""
    return person.dep_ == "conj" or any(c.dep_ == "conj" for c in person.children)


def _ex_party(span: Span) -> bool:
    """ "ex-Labour MP", "former PiS minister": the party is one left behind."""
    doc = span.doc
    before = [doc[i].lower_ for i in range(max(span.sent.start, span.start - 2), span.start)]
    return any(w in ("ex", "ex-", "former") for w in before)


def _resolve(ctx: Context, span: Span, anchor: Token | None, person: str, ids: list[str], text: str) -> str | None:
    """The one party the name stands for here, or None (see the module's docstring)."""
    common = all(w.lower() in COMMON_WORDS for w in text.split())
    if len(ids) == 1 and not common:
        return ids[0]
    states = {i: (ctx.kb.entity(i).attrs or {}).get("state") for i in ids}
    owners = [c for t in [*span, *([anchor] if anchor is not None else [])] for c in t.children
              if c.i not in range(span.start, span.end) and c.dep_ in ("poss", "compound", "amod", "nmod")]
    named = set(ctx.entities([t for o in owners for t in o.subtree], ("state:",)))
    pool = named or _person_states(ctx.kb, person)
    fitting = [i for i in ids if states[i] in pool]
    return fitting[0] if len(fitting) == 1 else None


def _person_states(kb, person: str) -> set[str]:
    """The states of the person's KB parties and offices."""
    out = set()
    for fact in kb.facts(subject=person, property=MEMBER):
        out.add((kb.entity(fact.value).attrs or {}).get("state"))
    for fact in kb.facts(subject=person, property="holds_office"):
        try:
            out.add((kb.entity(fact.value).attrs or {}).get("jurisdiction"))
        except Exception:  # an office the KB does not hold
            continue
    return {s for s in out if s}


def party_name(checker_or_name, party: str) -> str:
    """The party's name as a sentence writes it: "the Labour Party", "the Civic Platform", but
    "Fidesz", "Law and Justice", "Brothers of Italy"."""
    name = checker_or_name(party)
    common = ("Party", "Union", "Alliance", "Movement", "Platform", "Democrats", "Republicans", "Socialists")
    return f"the {name}" if any(w in name.split() for w in common) and not name.startswith("The ") else name


# -- checks -------------------------------------------------------------------------------------

def _day(st: Statement, on: str | None):
    from accord.reconcile import timecmp

    when = st.point_in_time.value if st.point_in_time is not None else on
    window = timecmp.bounds(when) if when else None
    return window[0] if window is not None and window[0] == window[1] else None


def _holds(fact, day, margin: timedelta = MARGIN) -> bool:
    """Do the fact's days hold `day`, `margin` away from either end?"""
    from accord.reconcile import timecmp

    first = timecmp.bounds(fact.start.value)[1] if fact.start is not None else None
    out = timecmp.bounds(fact.end.value)[0] if fact.end is not None else None
    return (first is None or first + margin <= day) and (out is None or day < out - margin)


def parties_on(kb, person: str, day, margin: timedelta = MARGIN) -> list:
    """The person's `party_member` facts whose days hold `day` (a margin away from the ends)."""
    return [f for f in kb.facts(subject=person, property=MEMBER) if _holds(f, day, margin)]


def check_member(checker, st: Statement, on: str | None):
    from accord.reconcile.kbcheck import Verdict, fact_evidence

    day = _day(st, on)
    if day is None or st.polarity == "negated":
        return None
    held = parties_on(checker.kb, st.subject, day)
    if not held:
        return None
    who, party = checker.name(st.subject), party_name(checker.name, st.value)
    same = [f for f in held if f.value == st.value]
    if same:
        return Verdict("supported", f"{who} was a member of {party} then.", [fact_evidence(f) for f in same])
    if st.modality != "fact":
        return None
    theirs = party_name(checker.name, held[0].value)
    return Verdict("contradicted_by_kb", f"The claim puts {who} in {party}, but on {day.isoformat()} {who}'s "
                   f"party was {theirs}.", [fact_evidence(f) for f in held])


def leader_period(kb, party: str) -> tuple | None:
    """(first day, last day, [(gap's first day, gap's last day)]) of the party's complete leader list, or None."""
    from accord.reconcile import timecmp

    try:
        declared = (kb.entity(party).attrs or {}).get("leaders")
    except Exception:  # a party the KB does not hold
        return None
    if not isinstance(declared, dict) or "from" not in declared or "until" not in declared:
        return None
    gaps = [(timecmp.bounds(str(g["from"]))[0], timecmp.bounds(str(g["until"]))[1]) for g in declared.get("gaps", ())]
    return timecmp.bounds(str(declared["from"]))[0], timecmp.bounds(str(declared["until"]))[1], gaps


def check_leader(checker, st: Statement, on: str | None):
    from accord.reconcile.kbcheck import Verdict, fact_evidence

    day = _day(st, on)
    period = leader_period(checker.kb, st.value)
    if day is None or period is None or st.polarity == "negated":
        return None
    first, last, gaps = period
    if not first <= day <= last or any(a <= day <= b for a, b in gaps):
        return None
    leaders = checker.kb.facts(property=LEADS, value=st.value)
    who, party = checker.name(st.subject), party_name(checker.name, st.value)
    own = [f for f in leaders if f.subject == st.subject]
    now = [f for f in own if _holds(f, day, timedelta(0))]
    if now:
        return Verdict("supported", f"{who} led {party} then.", [fact_evidence(f) for f in now])
    if own:  # led it on other days: a day's slip or another time, not a wrong leader
        return Verdict("new", f"The knowledge base has {who} lead {party} on other days, not on {day.isoformat()}.",
                       [fact_evidence(f) for f in own])
    if st.modality != "fact":
        return None
    if any(f.value != st.value for f in parties_on(checker.kb, st.subject, day)):
        return None  # another party that day: the membership claim says so
    current = [f for f in leaders if _holds(f, day, timedelta(0))]
    if not current:
        return None
    return Verdict("contradicted_by_kb", f"The claim makes {who} leader of {party}, but {who} has not led it; "
                   f"on {day.isoformat()} its leader was {checker.name(current[0].subject)}.",
                   [fact_evidence(f) for f in current])


def describe_member(name, st: Statement) -> str:
    """ "Viktor Orbán is of Fidesz", "Keir Starmer is of the Labour Party"."""
    return f"{name(st.subject)} is of {party_name(name, st.value)}"


def describe_leader(name, st: Statement) -> str:
    return f"{name(st.subject)} leads {party_name(name, st.value)}"


CHECKS = {MEMBER: check_member, LEADS: check_leader}
WORDS = {MEMBER: describe_member, LEADS: describe_leader}
