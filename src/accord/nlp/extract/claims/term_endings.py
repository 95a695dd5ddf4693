"""How a term of office ended: "X resigned as prime minister on D", "X stepped down in July",
"X did not resign last week", "X was dismissed by the president", "X was impeached in December",
"X died in office".

Read: a verb of an act that ends a term, said of a person the KB knows (the verb's subject; the
passive's for "was dismissed / sacked / fired / impeached"; the object of an active "sacked X"):

- `resigned`: "resign", "step down", "stand down", "quit" (not "quit politics / parliament": an
  object that is no post);
- `dismissed`: "dismiss", "sack", "fire" (a person as their object or passive subject);
- `impeached`: "impeach" in the passive;
- `died`: "die" with "in office".

Only a deed told as done in the past (or denied: "did not resign", "has not stepped down",
"never resigned") is read; a plan, an offer, a threat or a call ("will resign", "offered to
resign", "threatened to step down", "calls for him to resign", "refused / declined to resign": the
`to` verb is no deed, a refusal a stance on some day) is not, nor "announced his resignation" (a
noun: the departure to come) nor "the government resigned" (no person). The office is the title
written with the verb ("resigned as chancellor", "quit the post of T"; a title the KB does not
know, "as party leader", leaves the act unread), else the one office of the person whose recorded
ending (kb/data/term_endings.yaml) the claim's date falls near (attachment 0.9), else the one
office with recorded endings at all (0.4: never flagged). Statement: `term_ended`, person ->
"office#act", `point_in_time` the act's own date: a time on the verb ("resigned in December",
"last week": an ISO week), not one on a noun of its clause ("impeached in December over his decree
of 3 December"); with no time in the clause, the date of what it hangs on ("in March 2018, when
he resigned").

Checks (the KB's `term_ended` facts): an act is told on the days from its `point_in_time` (the
day the news first told it: announced or tendered) to the term's handover day for a resignation
or a dismissal, on its own day for the others. A dated claim whose date meets a recorded act of the
same kind is supported; one whose date meets the recorded end of a term by an act that excludes
it (a resignation told of a term ended by a censure motion or by the court's removal, with no
resignation of its own) is contradicted. A resignation (or any act) dated wholly inside a
recorded term, more than SLACK days from every act the KB records for the person in that office,
is contradicted: the file lists every such act of the people it names (a resignation and
reappointment inside one term too). A denied act is contradicted when the KB records that act on
a day the claim's date holds (its day, or for a resignation the handover day). An undated
affirmed act is supported by one recorded before the article; anything else is `new`.
"""

from __future__ import annotations

from datetime import timedelta

from spacy.tokens import Span, Token

from accord.model import Statement, TimeQualifier
from accord.nlp.extract.claims.grammar import Context, clause_tokens, make, modality, negated, qualifiers
from accord.nlp.extract.claims.terms import POSTS, office_of, title_heads
from accord.reconcile import timecmp
from accord.reconcile.kbcheck import Verdict, fact_evidence

ORDER = 53

RESIGN = frozenset({"resign", "quit"})
DOWN_VERBS = frozenset({"step", "stand"})
DISMISS = frozenset({"dismiss", "sack", "fire"})
# Heads under which an act is a stance, not a deed ("refused to resign", "resisted calls to step down")
STANCE_HEADS = frozenset({"refuse", "decline", "resist", "reject", "offer", "threaten", "vow", "plan", "intend",
                          "want", "call", "urge", "demand", "ask", "pressure", "expect", "agree", "decide", "consider"})
# Acts that cannot both have ended one term: a resignation of a term ended by a censure motion,
# a court's removal or a death; a death of one ended by anything else
CONFLICTS = {
    "resigned": frozenset({"no_confidence", "removed", "died", "impeached"}),
    "dismissed": frozenset({"died"}),
    "impeached": frozenset({"resigned", "died", "no_confidence"}),
    "died": frozenset({"resigned", "dismissed", "removed", "no_confidence", "impeached"}),
}
SPAN_ACTS = frozenset({"resigned", "dismissed"})  # told from the announcement to the last day
SLACK = 7  # days: an act told a week from the day the KB records is not called wrong
DATED = 0.9  # the office of an untitled act whose date meets that office's recorded ending
UNTITLED = 0.4  # the one office with recorded endings, the date not meeting it: below verify.THRESHOLD,
# never flagged (an untitled "resigned" far from the recorded act may be of a seat or a party post)


def extract(ctx: Context, sent: Span) -> list[Statement]:
    if ctx.kb is None:
        return []
    out: list[Statement] = []
    for verb in sent:
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        act = _act(verb)
        if act is None or not _told_as_done(verb):
            continue
        person = _person(ctx, verb, act)
        if person is None:
            continue
        when = _when(ctx, verb)
        office, attachment = _office(ctx, verb, person, when)
        if office is None:
            continue
        sure = {"attachment": attachment} if attachment < 1.0 else None
        times = {"point_in_time": when} if when is not None else None
        out.append(make(ctx, person, "term_ended", f"{office}#{act}", [verb], verb, polarity=negated(verb),
                        times=times, confidence=sure, modality="fact"))
    return out


def _when(ctx: Context, verb: Token) -> TimeQualifier | None:
    """The act's own date: a time expression on the verb ("resigned in December", "on Monday",
    "last week", "a week ago"), not one on a noun of the clause ("impeached in December over his
    declaration of martial law on 3 December": December). With no time in the clause, the date of
    what the clause hangs on ("in March 2018, when he resigned")."""
    tokens = clause_tokens(verb)
    spans = ctx.timed_spans_in(tokens)
    if not spans:
        return qualifiers(ctx, tokens).get("point_in_time")
    for span, a in spans:
        if not _on_the_verb(span.root, verb):
            continue
        value, precision = str(a.data.get("value") or ""), a.data.get("precision")
        if a.data.get("role") != "point" or (a.data.get("begin") and a.data.get("finish")):
            continue
        if precision and timecmp.parts(value) and timecmp.parts(value)[0]:
            return TimeQualifier(value, precision)
        if not precision and timecmp.week_bounds(value) and not value.endswith("-WE"):
            return TimeQualifier(value, "week")  # "last week": an ISO week, as summits.py reads one
    return None


def _on_the_verb(root: Token, verb: Token) -> bool:
    """Does the time hang on the verb: as its modifier ("last week", "a week ago"), or as the
    object of a preposition on it ("in December", "on Monday")?"""
    head = root.head
    if head.i == verb.i:
        return True
    if head.dep_ == "prep" or head.lower_ == "ago":
        return head.head.i == verb.i
    return False


def _act(verb: Token) -> str | None:
    lemma = verb.lemma_.lower()
    if lemma in RESIGN:
        if any(c.dep_ == "dobj" and (c.lemma_.lower() not in POSTS or c.lemma_.lower() == "seat") for c in verb.children):
            return None  # "quit politics", "quit parliament", "resigned his seat" (a member's seat, no office)
        if any(c.dep_ == "prep" and c.lower_ == "from" and not any(p.lemma_.lower() in POSTS for p in c.children)
               for c in verb.children):
            return None  # "resigned from parliament", "quit the government"
        return "resigned"
    if lemma in DOWN_VERBS and any(c.dep_ in ("prt", "advmod") and c.lower_ == "down" for c in verb.children):
        return "resigned"
    if lemma in DISMISS:
        return "dismissed"
    if lemma == "impeach" and any(c.dep_ == "nsubjpass" for c in verb.children):
        return "impeached"
    if lemma == "die" and any(c.dep_ == "prep" and c.lower_ == "in" and any(p.lower_ == "office" for p in c.children)
                              for c in verb.children):
        return "died"
    return None


def _told_as_done(verb: Token) -> bool:
    """A past deed or its denial: "resigned", "has resigned", "did not resign", "was dismissed";
    not "will resign", "to resign", "resigns" (a headline's present is the article's day at best,
    often the announcement of a departure to come)."""
    if verb.dep_ in ("xcomp", "ccomp") and verb.head.lemma_.lower() in STANCE_HEADS:
        return False
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    if modality(verb) != "fact":
        return False
    auxes = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if verb.tag_ == "VBD":
        return True
    if verb.tag_ == "VBN":
        return bool(auxes & {"has", "have", "had", "was", "were", "been", "'s"}) or verb.dep_ in ("acl", "relcl")
    if verb.tag_ == "VB":
        return bool(auxes & {"did", "didn't"}) and negated(verb)  # "did not resign"
    return False


def _person(ctx: Context, verb: Token, act: str) -> str | None:
    """The one who left: the subject (its antecedent for "who resigned"), the passive's subject,
    or for an active "sacked X" the object. The subject's own head must be the person ("Conte's
    government resigned" is no person's resignation)."""
    if act == "dismissed" or act == "impeached":
        target = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        if target is None and act == "dismissed":
            target = next((c for c in verb.children if c.dep_ == "dobj"), None)
    else:
        target = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if target is None and verb.dep_ == "conj":
            target = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    if target is None:
        return None
    clause = verb.head if verb.dep_ == "conj" and target.head.i == verb.head.i else verb
    if target.lower_ in ("who", "that") and clause.dep_ == "relcl":
        target = clause.head  # "X, who took office in June and resigned a week ago"
    person = ctx.entity(target)
    return person if person and person.startswith("person:") else None


def _office(ctx: Context, verb: Token, person: str, when: TimeQualifier | None) -> tuple[str | None, float]:
    """The office given up: the title written with the verb, else the one with a recorded ending
    the date meets (DATED), else the one with recorded endings (UNTITLED)."""
    office, attachment = office_of(ctx, verb, person)
    if office is not None:
        return office, attachment
    if title_heads(verb):
        return None, 0.0  # "stepped down as party leader": a title the KB does not keep
    endings = ctx.kb.facts(subject=person, property="term_ended")
    if when is not None and timecmp.bounds(when):
        near = {f.value for f in endings if _meets(f, when, SLACK)}
        if len(near) == 1:
            return near.pop(), DATED
    offices = {f.value for f in endings}
    return (offices.pop(), UNTITLED) if len(offices) == 1 else (None, 0.0)


# -- checks ---------------------------------------------------------------------------------------
def _how(fact) -> str:
    return str(fact.qualifiers.get("how", ""))


def _window(fact) -> tuple:
    """The first and last day an act may be told on."""
    first = timecmp.bounds(fact.point_in_time)[0]
    if _how(fact) not in SPAN_ACTS or fact.end is None:
        return first, first
    return first, max(first, timecmp.bounds(fact.end)[0])  # the handover day: the resignation tendered


def _meets(fact, when: TimeQualifier, slack: int = 0) -> bool:
    lo, hi = timecmp.bounds(when)
    first, last = _window(fact)
    return lo - timedelta(days=slack) <= last and first <= hi + timedelta(days=slack)


def _told_days(fact) -> list:
    """The days a denial is about: the act's day, and for a resignation the handover day (the
    resignation tendered as the successor takes over)."""
    first, last = _window(fact)
    return [first] if last == first else [first, last]


def check_term_ended(checker, st: Statement, on: str | None) -> Verdict | None:
    office, _, act = st.value.partition("#")
    facts = sorted(checker.kb.facts(subject=st.subject, property="term_ended", value=office),
                   key=lambda f: f.point_in_time.value)
    if not facts or act not in CONFLICTS:
        return None
    person, name = checker.name(st.subject), checker.name(office)
    when = st.point_in_time
    if when is not None and timecmp.bounds(when) is None:
        when = None
    if st.polarity == "negated":
        if when is None:
            return None  # "X did not resign" with no time: over what, when?
        lo, hi = timecmp.bounds(when)
        done = [f for f in facts if _how(f) == act and any(lo <= d <= hi for d in _told_days(f))]
        if not done:
            return None
        return Verdict("contradicted_by_kb", f"{person}'s term as {name} ended: {_words(done[0])}; the claim says "
                       f"{person} did not ({timecmp.label(when)}).", [fact_evidence(f) for f in done])
    if when is None:
        day = timecmp.bounds(on)[1] if on and timecmp.bounds(on) else None
        done = [f for f in facts if _how(f) == act and (day is None or _window(f)[0] <= day)]
        if done:
            return Verdict("supported", f"{person}'s term as {name}: {_words(done[-1])}.", [fact_evidence(done[-1])])
        return None
    met = [f for f in facts if _meets(f, when)]
    if met:
        ends = {f.end.value for f in met if f.end is not None}
        ended = [f for f in facts if f.end is not None and f.end.value in ends]
        same = [f for f in met if _how(f) == act]
        if same:
            return Verdict("supported", f"{person}'s term as {name}: {_words(same[0])}.", [fact_evidence(f) for f in same])
        if not any(_how(f) == act for f in ended) and {_how(f) for f in ended} & CONFLICTS[act]:
            return Verdict("contradicted_by_kb", f"{person}'s term as {name} ended otherwise: "
                           f"{'; '.join(_words(f) for f in ended)}; the claim says {person} {ACT_WORDS[act]} "
                           f"({timecmp.label(when)}).", [fact_evidence(f) for f in ended])
        return None
    return _inside_a_term(checker, st, facts, when, act, person, name)


def _inside_a_term(checker, st: Statement, facts: list, when: TimeQualifier, act: str, person: str,
                   name: str) -> Verdict | None:
    """An act dated wholly inside a term whose end the KB records, more than SLACK days from every
    act recorded for the person in that office: the term went on (it ended otherwise, later)."""
    lo, hi = timecmp.bounds(when)
    if any(_meets(f, when, SLACK) for f in facts):
        return None
    office = st.value.partition("#")[0]
    for term in checker.kb.facts(subject=st.subject, property="holds_office", value=office):
        if term.start is None or term.end is None or timecmp.bounds(term.start) is None:
            continue
        first, out = timecmp.bounds(term.start)[0], timecmp.bounds(term.end)[0]
        ended = [f for f in facts if f.end is not None and f.end.value == term.end.value]
        if ended and first <= lo and hi < out:
            return Verdict("contradicted_by_kb", f"{person} held the office of {name} from {term.start.value} to "
                           f"{term.end.value}; the term ended: {'; '.join(_words(f) for f in ended)}; the claim says "
                           f"{person} {ACT_WORDS[act]} {timecmp.label(when)}.", [fact_evidence(term)] +
                           [fact_evidence(f) for f in ended])
    return None


ACT_WORDS = {"resigned": "resigned", "dismissed": "was dismissed", "impeached": "was impeached",
             "died": "died in office", "removed": "was removed", "no_confidence": "lost a vote of confidence"}


def _words(fact) -> str:
    how = ACT_WORDS.get(_how(fact), _how(fact))
    return f"{how} on {fact.point_in_time.value}" + (f", out of office on {fact.end.value}" if fact.end else "")


CHECKS = {"term_ended": check_term_ended}


def _claim_words(name, st) -> str:
    office, _, act = st.value.partition("#")
    said = ACT_WORDS.get(act, act)
    denied = "did not: " if st.polarity == "negated" else ""
    return f"{denied}{name(st.subject)} {said} as {name(office)}"


WORDS = {"term_ended": _claim_words}
