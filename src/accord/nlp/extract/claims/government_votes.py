"""Votes of a parliament on a government: investitures, confidence votes, no-confidence and
censure motions (`government_vote`, person or state -> "won" / "lost"; `government_vote_count`,
person or state -> a number of votes told of the vote).

Read, with the vote noun ("vote", "motion", "ballot") marked as one on a government by its own
words ("confidence", "no-confidence", "censure", "investiture", "trust"; "a vote of (no)
confidence") and dated (its own modifiers, or the "on" / "in" phrases of the noun and its verb):
- won: "X won / survived / passed / cleared the (confidence) vote" (its subject shared with a
  coordinated verb or the clause a participle hangs on: "X ..., after winning the vote"), "the motion against X's
  government failed / was rejected / was defeated";
- lost: "X lost the vote", "X's government fell / collapsed in / to / after the motion", "X was
  ousted / toppled / brought down / removed in the vote", "lawmakers ousted X in the vote", "the
  motion against X passed / was adopted / succeeded";
a denied verb ("did not survive", "failed to win") tells the other outcome. Who: a person named
as the subject (with appositions: "Sanchez, who won ..."), or the owner of "government" /
"cabinet" / "coalition" ("Barnier's government", "the Bayrou government", "the government of
Theresa May"); a state as owner ("Spain's government", "the French cabinet") stands for its
government. A party's vote on its leader is no government vote: a sentence that speaks of a party,
a leadership or MPs of a party is not read.
Tally: "with 179 votes", "by 325 votes to 306", "331 deputies voting for it", "backed by 78
lawmakers": each number of votes or voters in the clause, not one hedged ("about", "more than"),
said of a need ("the 176 needed", "a majority of"), of seats or of a chamber's size ("of the 150").

Checked against the KB's list (government_votes.yaml: not complete, so a vote it lacks is no
verdict): the votes of the person (or of the state's heads) within the claim's date (an
investiture claimed is matched with investitures only): the outcome is supported when every such
vote has it, contradicted when every one has the other, no verdict when they differ (two
rounds on one day). A lost vote claimed on a day or month none is listed, when the person lost a
confidence or censure vote within 60 days of it: contradicted (a government falls once; a
government's survived votes are many and not all listed, so a won vote is never dated so). A
vote claimed on a day the list gives one vote of that outcome to another person of the same
state (an office of it, any day), when the claimed person has none listed within 60 days and is
not the motion's challenger: contradicted, the other holder's vote. A
number is supported when it is one the list gives for those votes (for, against, abstained,
needed, the margin), contradicted when not, only where the claim's date covers one day's
vote(s) and the list has their tally.
"""

from __future__ import annotations

from datetime import timedelta

from spacy.tokens import Span, Token

from accord.model import Statement, TimeQualifier
from accord.nlp.extract.claims import elections
from accord.nlp.extract.claims.election_winners import _subjects
from accord.nlp.extract.claims.grammar import (Context, antecedent_times, make, negated, participle_subject,
                                               shared_subject)

ORDER = 67
VOTE = "government_vote"
COUNT = "government_vote_count"
NOUNS = {"vote", "motion", "ballot", "votes", "motions"}
#: the words that make a vote one on a government
KIND_WORDS = {"confidence", "no-confidence", "non-confidence", "censure", "investiture", "trust", "mistrust"}
INVESTITURE = "investiture"
#: verbs whose subject won / lost the vote they take as object
WIN_OBJECT = {"win", "survive", "pass", "clear", "secure", "weather"}
LOSE_OBJECT = {"lose"}
#: verbs whose subject (a government) lost in / to / after the vote
FALL = {"fall", "collapse"}
#: verbs whose object (or passive subject) was put out by the vote
OUST = {"oust", "topple", "remove", "dismiss", "unseat", "depose", "defeat", "bring"}
#: what a motion against a government did
MOTION_PASSED = {"pass", "succeed", "adopt", "approve", "carry"}
MOTION_FAILED = {"fail", "reject", "defeat"}
GOVERNMENT_NOUNS = {"government", "cabinet", "coalition", "administration", "executive", "ministry"}
#: words of a sentence about something other than a parliament's vote on a government
NOT_GOVERNMENT = {"leadership", "caucus", "tory", "tories", "shareholders", "board", "club", "referendum"}
#: words of a vote noun's own phrase that make it a party's vote ("a confidence vote of
#: Conservative MPs", "a party confidence vote")
PARTY_WORDS = {"party", "party's", "conservative", "conservatives", "labour", "mps", "members", "caucus"}
VOTERS = {"votes", "vote", "ballots", "deputies", "lawmakers", "legislators", "mps", "members", "senators",
          "parliamentarians", "representatives"}
#: words around a number that make it no tally of the vote
NOT_A_TALLY = {"needed", "need", "needs", "required", "require", "requires", "majority", "threshold", "short",
               "seats", "seat", "present", "of", "out", "than", "about", "around", "nearly", "almost", "some",
               "roughly", "approximately", "over", "under", "more", "fewer", "less", "just", "least", "most"}
#: how far before or after a listed lost vote another claimed day of it is its date, wrong
LOST_NEAR = timedelta(days=60)


def extract(ctx: Context, sent: Span) -> list[Statement]:
    if ctx.kb is None:
        return []
    words = {t.lower_ for t in sent}
    pieces = words | {p for w in words for p in w.split("-")}
    if not words & NOUNS or not pieces & KIND_WORDS or words & NOT_GOVERNMENT:
        return []
    out: list[Statement] = []
    for noun in sent:
        if noun.lower_ in NOUNS and noun.pos_ in ("NOUN", "PROPN"):
            kind = _kind(noun)
            own = {t.lower_ for t in noun.subtree} | {t.lower_ for t in noun.doc[max(sent.start, noun.i - 4):noun.i]}
            if kind is not None and not own & PARTY_WORDS:
                out += _vote(ctx, noun, kind)
    return out


def _kind(noun: Token) -> str | None:
    """ "investiture" or "confidence" (any other vote on a government), None for another vote."""
    doc = noun.doc
    mods = [t for c in noun.lefts if c.dep_ in ("compound", "amod", "nmod", "npadvmod") for t in c.subtree]
    # "no-confidence" split: "no" "-" "confidence" (the "no" hung as a determiner)
    mods += [doc[i] for i in range(max(noun.sent.start, noun.i - 3), noun.i)]
    mods += [o for p in noun.rights if p.dep_ == "prep" and p.lower_ in ("of", "on") for o in p.subtree]
    pieces = {p for t in mods for p in t.lower_.split("-")}
    if "investiture" in pieces:
        return INVESTITURE
    return "confidence" if pieces & KIND_WORDS else None


def _vote(ctx: Context, noun: Token, kind: str) -> list[Statement]:
    frame = _frame(noun)
    if frame is None:
        return []
    verb, holders, won = frame
    if negated(verb):
        won = not won  # "did not survive the vote", "failed to win"
    subjects = _holders(ctx, holders)
    if len(subjects) != 1:
        return []
    when = _date(ctx, noun, verb)
    if when is not None:
        value, precision, span = when
    else:  # "came to power in June 2018, when he ousted Rajoy in a no-confidence vote"
        point = antecedent_times(ctx, verb).get("point_in_time")
        if point is None or point.precision not in ("day", "month", "year"):
            return []
        value, precision, span = point.value, point.precision, None
    times = {"point_in_time": TimeQualifier(value, precision)}
    extra = {"modality": "plan"} if elections.to_come(ctx, value) else {}
    tokens = [noun] + ([span[0], span[-1]] if span is not None and len(span) else [])
    # an investiture is told in the value ("won investiture"): it is matched with investitures only
    tail = f" {INVESTITURE}" if kind == INVESTITURE else ""
    out = [make(ctx, subjects[0], VOTE, ("won" if won else "lost") + tail, tokens, verb, False, dict(times),
                **dict(extra))]
    for number in _tallies(ctx, verb, noun):
        out.append(make(ctx, subjects[0], COUNT, number.text.replace(",", "") + tail, tokens + [number], verb,
                        False, dict(times), **dict(extra)))
    return out


def _parts(st: Statement) -> tuple[str, bool]:
    """(the outcome or number, an investiture?) of a statement's value ("won investiture")."""
    head, _, tail = st.value.partition(" ")
    return head, tail == INVESTITURE


def _frame(noun: Token) -> tuple[Token, list[Token], bool] | None:
    """(verb, tokens naming who the vote was on, won?) of the clause the vote noun is in."""
    head = noun.head
    lemma = head.lemma_.lower()
    if noun.dep_ == "dobj" and lemma in WIN_OBJECT | LOSE_OBJECT and head.pos_ == "VERB":
        return head, _who(head), lemma in WIN_OBJECT
    if noun.dep_ == "pobj" and head.lower_ in ("in", "to", "after", "by", "through", "following"):
        verb = head.head
        vlemma = verb.lemma_.lower()
        if verb.pos_ != "VERB":
            return None
        if vlemma in FALL and head.lower_ != "by":
            return verb, _who(verb), False  # "the government fell in / to / after the vote"
        if vlemma in OUST:
            if vlemma == "bring" and not any(c.lower_ == "down" for c in verb.children):
                return None
            passive_subjects = [c for c in verb.children if c.dep_ == "nsubjpass"]
            objects = [c for c in verb.children if c.dep_ == "dobj"]
            return verb, passive_subjects or objects, False  # "X was ousted in", "MPs ousted X in"
    if noun.dep_ in ("nsubj", "nsubjpass") and head.pos_ == "VERB":
        against = [o for p in noun.rights if p.dep_ == "prep" and p.lower_ in ("against", "in")
                   for o in p.children if o.dep_ == "pobj"]
        if not against:
            return None
        if lemma in MOTION_PASSED:
            return head, against, False  # "a censure motion against X passed / was adopted"
        if lemma in MOTION_FAILED and (lemma == "fail" or noun.dep_ == "nsubjpass"):
            return head, against, True  # "the motion against X failed / was rejected"
    return None


def _who(verb: Token) -> list[Token]:
    """The verb's subject (election_winners._subjects), and the noun a "which" clause hangs on
    ("the cabinet of X, which lost a confidence vote")."""
    subjects = _subjects(verb)
    if verb.dep_ == "relcl" and any(s.lower_ == "which" for s in subjects):
        subjects = [verb.head]
    if not subjects:  # "after winning a confidence vote, X ...", "X ..., losing a confidence vote"
        subjects = [s for s in (shared_subject(verb)[1], participle_subject(verb)[1]) if s is not None][:1]
        subjects += [a for s in subjects for a in s.children if a.dep_ == "appos"]
    return subjects


def _holders(ctx: Context, tokens: list[Token]) -> list[str]:
    """The one person (or state) the tokens name: a person, or the owner of "government" /
    "cabinet" ("Barnier's government", "the Bayrou cabinet", "the government of X")."""
    found: list[str] = []
    for tok in tokens:
        if tok.lower_ in GOVERNMENT_NOUNS or tok.lemma_.lower() in GOVERNMENT_NOUNS:
            owners = [c for c in tok.children if c.dep_ in ("poss", "compound", "amod", "nmod")]
            owners += [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                       if o.dep_ == "pobj"]
            owners += [o for v in tok.children if v.dep_ == "acl" and v.lemma_.lower() in ("lead", "head")
                       for a in v.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
            # "a coalition led by X", "the cabinet headed by X"
            named = [t for o in owners for t in o.subtree]
            people = ctx.entities(named, ("person:",))
            found += people or ctx.entities(named, ("state:",))
        else:
            found += ctx.entities([t for t in tok.subtree if t.dep_ not in ("relcl", "acl")] if tok.pos_ == "PROPN"
                                  else [tok], ("person:",))
    return list(dict.fromkeys(found))


def _date(ctx: Context, noun: Token, verb: Token) -> tuple[str, str, Span] | None:
    """The one date of the vote: the noun's modifiers ("Monday's vote"), the "on" / "in" phrases of
    the noun, of its verb and of a participle on the noun."""
    mods = elections.modifiers(noun)
    # "a censure motion backed by 261 lawmakers on Wednesday": the date of the noun's participle too
    told = [noun, verb] + [a for a in noun.children if a.dep_ == "acl" and a.tag_ == "VBN"]
    preps = [p for w in told for p in w.children if p.dep_ == "prep" and p.lower_ in ("on", "in", "of")]
    return elections.one_date(ctx, mods + [w for p in preps for w in p.subtree])


def _tallies(ctx: Context, verb: Token, noun: Token) -> list[Token]:
    """The numbers of votes or voters told in the verb's clause ("with 179 votes", "by 325 votes
    to 306", "331 deputies voting for it"), none of a date, hedged or of a need or a size."""
    from accord.nlp.extract.claims.grammar import clause_tokens

    doc = verb.doc
    clause = sorted(clause_tokens(verb) | {t.i for t in noun.subtree})
    out: list[Token] = []
    for i in clause:
        tok = doc[i]
        if not tok.like_num or i in ctx.timed or not tok.text.replace(",", "").isdecimal():
            continue
        if not 2 <= int(tok.text.replace(",", "")) <= 800:
            continue
        counted = tok.head if tok.dep_ == "nummod" else None
        paired = tok.dep_ == "pobj" and tok.head.lower_ == "to" and any(
            t.lower_ in ("votes", "ballots") for t in tok.head.head.subtree if t.i < tok.i)
        if not (counted is not None and counted.lower_ in VOTERS) and not paired:
            continue
        near = {t.lower_ for t in doc[max(verb.sent.start, i - 3):i]}
        near |= {c.lower_ for c in tok.children} | ({c.lower_ for c in counted.children} if counted is not None else set())
        near |= {(counted or tok).head.lower_}
        if near & NOT_A_TALLY or (i + 1 < len(doc) and doc[i + 1].text == "-"):
            continue
        out.append(tok)
    return out


# -- check -------------------------------------------------------------------------------------------
def _listed(checker, st: Statement) -> list:
    """The listed votes of the claim's person (or of the heads of the claim's state)."""
    facts = checker.kb.facts(subject=st.subject, property=VOTE) if st.subject.startswith("person:") else [
        f for f in checker.kb.facts(property=VOTE) if (f.qualifiers or {}).get("state") == st.subject]
    if _parts(st)[1]:
        facts = [f for f in facts if (f.qualifiers or {}).get("kind") == INVESTITURE]
    return facts


def _within(facts: list, lo, hi) -> list:
    from accord.reconcile import timecmp

    return [f for f in facts if lo <= timecmp.bounds(f.point_in_time)[0] <= hi]


def check(checker, st: Statement, on: str | None):
    from accord.reconcile import timecmp
    from accord.reconcile.kbcheck import Verdict, fact_evidence

    window = timecmp.bounds(st.point_in_time) if st.point_in_time is not None else None
    if window is None or st.polarity == "negated" or st.point_in_time.precision not in ("day", "month"):
        return None
    lo, hi = window
    listed = _listed(checker, st)
    fitting = _within(listed, lo, hi)
    who = checker.name(st.subject)
    if not fitting:
        return _misdated(checker, st, listed, lo, hi) or _swapped(checker, st, listed, lo, hi)
    outcomes = {f.value for f in fitting}
    if len(outcomes) != 1:
        return None  # two rounds of one day, won and lost
    evidence = [fact_evidence(f) for f in fitting]
    outcome = _parts(st)[0]
    if outcome in outcomes:
        return Verdict("supported", f"{who} {outcome} the vote then.", evidence)
    if st.modality != "fact":
        return None
    return Verdict("contradicted_by_kb", f"The claim says {who} {outcome} the vote, but {who} "
                   f"{outcomes.pop()} it ({_days(fitting)}).", evidence)


def _misdated(checker, st: Statement, listed: list, lo, hi):
    """A lost vote claimed on a day none is listed: the person's one lost confidence or censure
    vote within 60 days is the one meant, on another day."""
    from accord.reconcile import timecmp
    from accord.reconcile.kbcheck import Verdict, fact_evidence

    if st.value != "lost" or st.modality != "fact" or not st.subject.startswith("person:"):
        return None
    lost = [f for f in listed if f.value == "lost" and (f.qualifiers or {}).get("kind") != INVESTITURE]
    near = [f for f in lost if lo - LOST_NEAR <= timecmp.bounds(f.point_in_time)[0] <= hi + LOST_NEAR]
    if len(near) != 1:
        return None
    who = checker.name(st.subject)
    return Verdict("contradicted_by_kb", f"The claim dates {who}'s lost vote {st.point_in_time.value}, but "
                   f"{who} lost it on {near[0].point_in_time.value}.", [fact_evidence(near[0])])


def _swapped(checker, st: Statement, listed: list, lo, hi):
    """A vote claimed for a person on a day the list gives one vote of that outcome to another
    holder of the same state, when the person has no listed vote within 60 days and is not the
    vote's challenger: the other holder's vote, given to the wrong person ("Merz lost a confidence
    vote on 16 December 2024")."""
    from accord.reconcile import timecmp
    from accord.reconcile.kbcheck import Verdict, fact_evidence

    outcome, investiture = _parts(st)
    if lo != hi or st.modality != "fact" or not st.subject.startswith("person:"):
        return None
    if any(lo - LOST_NEAR <= timecmp.bounds(f.point_in_time)[0] <= hi + LOST_NEAR for f in listed):
        return None
    day = [f for f in checker.kb.facts(property=VOTE) if timecmp.bounds(f.point_in_time)[0] == lo]
    if len(day) != 1 or day[0].value != outcome or (investiture and (day[0].qualifiers or {}).get("kind") != INVESTITURE):
        return None
    fact = day[0]
    q = fact.qualifiers or {}
    if q.get("challenger") == st.subject or q.get("state") not in _states_of(checker, st.subject):
        return None
    who, other = checker.name(st.subject), checker.name(fact.subject)
    return Verdict("contradicted_by_kb", f"The claim gives {who} the vote of {fact.point_in_time.value}, but "
                   f"it was {other}'s ({fact.value}).", [fact_evidence(fact)])


def _states_of(checker, person: str) -> set[str]:
    """The states whose offices the KB gives the person (any day)."""
    out = set()
    for fact in checker.kb.facts(subject=person, property="holds_office"):
        office = checker.kb.entity(fact.value)
        where = str(((office.attrs or {}) if office is not None else {}).get("jurisdiction", ""))
        if where.startswith("state:"):
            out.add(where)
    return out


def _days(facts: list) -> str:
    return ", ".join(sorted({f.point_in_time.value for f in facts}))


def numbers(fact) -> set[int]:
    """The numbers the list gives for a vote: for, against, abstained, needed and the margins."""
    q = fact.qualifiers or {}
    given = {k: int(q[k]) for k in ("votes_for", "votes_against", "abstained", "needed") if k in q}
    out = set(given.values())
    if "votes_for" in given and "votes_against" in given:
        out.add(abs(given["votes_for"] - given["votes_against"]))
    if "votes_for" in given and "needed" in given:
        out.add(abs(given["votes_for"] - given["needed"]))
    return out


def check_count(checker, st: Statement, on: str | None):
    from accord.reconcile import timecmp
    from accord.reconcile.kbcheck import Verdict, fact_evidence

    window = timecmp.bounds(st.point_in_time) if st.point_in_time is not None else None
    if window is None or st.polarity == "negated" or st.point_in_time.precision not in ("day", "month"):
        return None
    fitting = _within(_listed(checker, st), *window)
    if not fitting:
        return None
    claimed = int(_parts(st)[0])
    evidence = [fact_evidence(f) for f in fitting]
    who = checker.name(st.subject)
    if any(claimed in numbers(f) for f in fitting):
        return Verdict("supported", f"The vote on {who} counted {claimed} then.", evidence)
    one_day = len({f.point_in_time.value for f in fitting}) == 1
    if st.modality != "fact" or not one_day or not all("votes_for" in (f.qualifiers or {}) for f in fitting):
        return None
    told = "; ".join(_tally(f) for f in fitting)
    return Verdict("contradicted_by_kb", f"The claim counts {claimed} votes in the vote on {who} of "
                   f"{_days(fitting)}, but the tally was {told}.", evidence)


def _tally(fact) -> str:
    q = fact.qualifiers or {}
    parts = [f"{q[k]} {w}" for k, w in (("votes_for", "for"), ("votes_against", "against"),
                                         ("abstained", "abstaining"), ("needed", "needed")) if k in q]
    return ", ".join(parts)


def describe(name, st: Statement) -> str:
    """ "Olaf Scholz lost a vote on the government on 2024-12-16"."""
    when = st.point_in_time.value if st.point_in_time is not None else "an unstated day"
    outcome, investiture = _parts(st)
    return f"{name(st.subject)} {outcome} {'an investiture vote' if investiture else 'a vote on the government'} on {when}"


def describe_count(name, st: Statement) -> str:
    """ "the vote on Pedro Sánchez of 2023-11-16 counted 179 votes"."""
    when = st.point_in_time.value if st.point_in_time is not None else "an unstated day"
    return f"the vote on {name(st.subject)} of {when} counted {_parts(st)[0]} votes"


CHECKS = {VOTE: check, COUNT: check_count}
WORDS = {VOTE: describe, COUNT: describe_count}
