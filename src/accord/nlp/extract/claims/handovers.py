"""Handovers: who held an office just before its new holder ("X was sworn in as Finland's
president on Friday, succeeding Y", "X took office as prime minister, replacing Y", "Attal
replaces Borne", "X replaced Y as president of the European Council the same day", "X took over
as deputy secretary general from Y").

The predecessor Y is the object of "succeed" / "replace" or the person after "take over from",
in the verb's own clause or in a participle hung on the clause that tells the new term
("..., replacing Y": the successor is that clause's subject, or the object of a verb of choosing,
"Macron appointed Attal as prime minister, replacing Borne"; the title is that clause's). The office is
the title written in the verb's clause or in that clause ("as T", "became T", "elected T"), with
its state or organisation, else the one the KB says the successor held with that title; with no
title written, the one office the KB lists for both people (attachment 0.6). The successor's
term is the KB's: the one whose start is nearest the clause's date (within 400 days), or, with no
date written, the only one to start by the article's date (none when there are several: "Trump,
who succeeded Obama," names no handover surely); a clause in the present or present perfect
("Attal replaces Borne", "X has succeeded Y") is dated by the article's day, and an undated one
whose predecessor took the office after that term had ended tells a later term the KB lacks. The claim (`handed_over`: subject Y, value the
office, point in time that term's first day) says Y held the office until then. A clause of the
predecessor's dating the term ("replacing Y, who had held the post since October 2021") gives
`holds_office` with that start, checked as every start is.

Check: supported when one of Y's own terms of the office ended from 400 days before that day (an
acting holder may stand between) to three days after it; else, for an office with a single
holder whose list the KB declares complete the day before, a contradiction naming who held it
(the day before falling in a gap the KB declares in that list, the holder it lists both then and
on the day before the gap: `_before_the_gap`); else `new`. "Y handed over to X", "Y handed the post / power / the reins to X", "Y passed the baton to X"
(pred20): the subject Y is the predecessor, X the successor, read the same way; so is a successor
chosen on a day written, "X was nominated last month to succeed Y as T" (the successor's term the
one the KB lists beginning within 400 days of that day). A subject with an apposition that names other people ("X, 64, an ally of the late Y, succeeds Z")
is the person the subject's head names. Not read: plans
(terms.py reads "will succeed Y": Y holds the office now), negations,
a successor or predecessor the KB does not know, a title written whose office the KB lacks.
"""

from __future__ import annotations

from datetime import date, timedelta

from spacy.tokens import Span, Token

from accord.model import Statement, TimeQualifier
from accord.nlp.extract.claims.grammar import (Context, clause_tokens, make, modality, negated,
                                               participle_clause_head, qualifiers, subject_before)
from accord.nlp.extract.claims.terms import (
    UNTITLED, led_org, office_of, people_of, predecessor_tokens, pronoun_subject, title_heads,
)
from accord.reconcile import timecmp
from accord.reconcile.kbcheck import Verdict, fact_evidence

ORDER = 51
PROPERTY = "handed_over"
NEAR = 400  # days: the successor's term, from the clause's date; the predecessor's end, before that term
LATE = 3  # days: an end written as the first day out
CHOOSE_VERBS = frozenset({"appoint", "name", "nominate", "choose", "pick", "select", "elect", "tap", "approve", "confirm"})
HANG = frozenset({"advcl", "xcomp", "conj", "acl", "pcomp"})  # a participle on the clause of the new term


def extract(ctx: Context, sent: Span) -> list[Statement]:
    if ctx.kb is None:
        return []
    out: list[Statement] = []
    for verb in sent:
        if verb.lemma_.lower() in ("hand", "pass") and verb.pos_ == "VERB":
            if not negated(verb) and modality(verb) == "fact":
                out += _handed_to(ctx, verb)
            continue
        if verb.lemma_.lower() not in ("succeed", "replace", "take") or verb.pos_ != "VERB":
            continue
        befores = predecessor_tokens(verb)
        if not befores or negated(verb):
            continue
        if modality(verb) == "fact":
            out += _handovers(ctx, verb, befores)
        else:
            out += _chosen_to_succeed(ctx, verb, befores)
    return out


DESIGNATE = frozenset("nominate name choose pick select tap elect appoint designate".split())


def _chosen_to_succeed(ctx: Context, verb: Token, befores: list[Token]) -> list[Statement]:
    """ "X was nominated last month to succeed Y as T", "leaders chose X on 2 May to replace Y":
    a successor chosen on a day written (a past verb of choosing, not denied, with a date of its
    own). When the KB lists X's term of T beginning within NEAR days of that day, Y is the holder
    X followed (`handed_over`, checked as every handover is: an acting holder may stand between, as
    when a successor is elected after a resignation). No date, or no such term: not read (the
    choice may have come to nothing)."""
    head = verb.head
    if verb.dep_ != "xcomp" or head.lemma_.lower() not in DESIGNATE or head.tag_ not in ("VBD", "VBN"):
        return []
    if negated(head) or modality(head) != "fact" or any(
            c.dep_ in ("aux", "auxpass") and c.lower_ in ("will", "would", "could", "may", "might", "to")
            for c in head.children):
        return []
    own = clause_tokens(head) - {t.i for c in head.children if c.dep_ == "xcomp" for t in c.subtree}
    when = qualifiers(ctx, own).get("point_in_time")
    chosen = [c for c in head.children if c.dep_ in ("nsubjpass", "dobj")]
    successors = ctx.entities([t for c in chosen for t in c.subtree if t.dep_ not in ("relcl", "appos")], ("person:",))
    if when is None or len(successors) != 1 or not ctx.kb.has(successors[0]):
        return []
    successor = successors[0]
    tokens = [t for b in befores for t in _without_clauses(b)]
    predecessors = [p for p in ctx.entities(tokens, ("person:",)) if p != successor and ctx.kb.has(p)]
    if len(predecessors) != 1:
        return []
    if title_heads(verb):
        office, attachment = office_of(ctx, verb, successor)
    else:
        office, attachment = _the_office(ctx, [verb], successor, predecessors, None, None)
    if office is None:
        return []
    start = _successor_start(ctx, successor, office, when)
    if start is None:
        return []
    sure = {"attachment": attachment} if attachment < 1.0 else None
    return [make(ctx, predecessors[0], PROPERTY, office, [verb], verb, times={"point_in_time": start},
                 confidence=sure, modality="fact")]


def _handovers(ctx: Context, verb: Token, befores: list[Token]) -> list[Statement]:
    heads = [verb]
    own_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    # a participle with no subject is read below, with the times and the chosen object of its head
    people = [] if not own_subject and participle_clause_head(verb) is not None else people_of(ctx, verb)
    if not people and pronoun_subject(verb):  # "X became prime minister on Tuesday. He replaces Y."
        people = subject_before(ctx, verb.sent)
    if not people and not own_subject and verb.dep_ in HANG and verb.head is not verb:
        heads.append(verb.head)  # "was sworn in as president on Friday, succeeding Y"
        if negated(verb.head) or modality(verb.head) != "fact":
            return []
        people = people_of(ctx, verb.head)
        chosen = ctx.entities([t for c in verb.head.children if c.dep_ == "dobj" for t in c.subtree
                               if t.dep_ != "relcl"], ("person:",)) if verb.head.lemma_.lower() in CHOOSE_VERBS else []
        if chosen:  # "Macron appointed Attal as prime minister, replacing Borne"
            people = chosen
    if len(people) > 1:
        people = _named_subject(ctx, verb) or people
    if len(people) != 1 or not ctx.kb.has(people[0]):
        return []
    successor = people[0]
    tokens = [t for b in befores for t in _without_clauses(b)]
    predecessors = [p for p in ctx.entities(tokens, ("person:",)) if p != successor and ctx.kb.has(p)]
    if not predecessors:
        return []
    times = qualifiers(ctx, clause_tokens(verb))
    if not (times.get("point_in_time") or times.get("start")) and len(heads) > 1:
        times = qualifiers(ctx, clause_tokens(heads[-1]))
    when = times.get("point_in_time") or times.get("start")
    undated = when is None
    today = _article_day(ctx) if undated and _of_the_day(heads[-1]) else None
    office, attachment = _the_office(ctx, heads, successor, predecessors, when, today)
    if office is None:
        return []
    if today is not None:
        when = today  # "X replaces Y", "X has succeeded Y": a handover of these days
    start = _successor_start(ctx, successor, office, when)
    if start is None or (undated and _a_later_term(ctx, successor, predecessors, office, start)):
        return []
    sure = {"attachment": attachment} if attachment < 1.0 else None
    out = [make(ctx, p, PROPERTY, office, [verb], verb, times={"point_in_time": start}, confidence=sure,
                modality="fact") for p in predecessors]
    if len(predecessors) == 1:
        out += _held_since(ctx, befores, predecessors[0], office, sure)
    return out


HANDED = frozenset({"power", "reins", "baton", "helm", "command", "keys", "leadership", "office", "post", "job",
                    "presidency", "premiership", "chairmanship"})


def _handed_to(ctx: Context, verb: Token) -> list[Statement]:
    """ "Y handed over to X on D", "Y handed the post / power / the reins (over) to X", "Y passed
    the baton to X": the subject Y left the office to X. The office is the title written with the
    thing handed ("handed the post of T to X"), else the one office both people held; X's term the
    one starting nearest the clause's date, as for "X succeeded Y". A subject the KB lists in no
    term of that office is not read: "the president handed the post of T to X" names who chose."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    over = any(c.dep_ in ("prt", "advmod") and c.lower_ == "over" for c in verb.children)
    if not objects and not (over and verb.lemma_.lower() == "hand"):
        return []
    if objects and (len(objects) > 1 or objects[0].lemma_.lower() not in HANDED):
        return []  # "handed a letter to X", "passed the bill to X"
    to = [p for h in [verb, *objects] for c in h.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"
          for p in c.children if p.dep_ == "pobj"]  # "handed power to X": "to" may hang on "power"
    successors = [p for p in ctx.entities([t for x in to for t in x.subtree if t.dep_ != "relcl"], ("person:",))
                  if ctx.kb.has(p)]
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or len(successors) != 1 or not str(ctx.entity(subject) or "").startswith("person:"):
        return []
    predecessor = ctx.entity(subject)
    if predecessor == successors[0] or not ctx.kb.has(predecessor):
        return []
    successor = successors[0]
    times = qualifiers(ctx, clause_tokens(verb))
    when = times.get("point_in_time") or times.get("start")
    heads = [h for o in objects for x in o.children if x.dep_ == "prep" and x.lower_ == "of"
             for h in x.children if h.dep_ == "pobj"]  # "the post of secretary general"
    if heads:
        office, attachment = office_of(ctx, verb, successor, heads)
    else:
        office, attachment = _the_office(ctx, [verb], successor, [predecessor], when, None)
    if office is None or not ctx.kb.facts(subject=predecessor, property="holds_office", value=office):
        return []  # "the president handed the post of T to X": the one who chose, not the holder before
    start = _successor_start(ctx, successor, office, when)
    if start is None:
        return []
    sure = {"attachment": attachment} if attachment < 1.0 else None
    return [make(ctx, predecessor, PROPERTY, office, [verb], verb, times={"point_in_time": start}, confidence=sure,
                 modality="fact")]


def _of_the_day(verb: Token) -> bool:
    """Is the clause told in the present ("X replaces Y", "X succeeds Y as ...") or the present
    perfect ("X has replaced Y")? Undated, it tells a handover of the article's days, not the
    successor's only term the KB lists (a leader back in office after the KB's date: "Babis
    replaces Fiala" in December 2025 is not Babis's 2017 term)."""
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.tag_ in ("VBZ", "VBP"):
        return not aux
    return verb.tag_ == "VBN" and any(a.lower_ in ("has", "have", "'s", "'ve") for a in aux) and \
        not any(a.lower_ in ("had", "'d", "will", "would") for a in aux)


def _a_later_term(ctx: Context, successor: str, predecessors: list[str], office: str, start: TimeQualifier) -> bool:
    """Did a predecessor take the office after the successor's term that `start` begins had ended,
    by the article's day ("Babis, who replaced Fiala," written in 2026: Fiala held it from 2021,
    after Babis's 2017-2021 term)? Then the handover told is of a later term of the successor's,
    one the KB does not list yet, not of that one."""
    on = str(ctx.doc._.document_date or "")[:10]
    ends = [f.end for f in ctx.kb.facts(subject=successor, property="holds_office", value=office)
            if f.start is not None and f.start.value == start.value and f.end is not None]
    if not ends or not timecmp.bounds(ends[0].value) or not timecmp.bounds(on):
        return False
    after, by = timecmp.bounds(ends[0].value)[0] - timedelta(days=LATE), timecmp.bounds(on)[1]
    return any(f.start is not None and timecmp.bounds(f.start.value) and after <= timecmp.bounds(f.start.value)[0] <= by
               for p in predecessors for f in ctx.kb.facts(subject=p, property="holds_office", value=office))


def _article_day(ctx: Context) -> TimeQualifier | None:
    on = str(ctx.doc._.document_date or "")[:10]
    return TimeQualifier(on, "day") if len(on) == 10 and timecmp.bounds(on) else None


SINCE_VERBS = frozenset({"hold", "lead", "head", "run", "serve", "be"})


def _held_since(ctx: Context, befores: list[Token], person: str, office: str, sure) -> list[Statement]:
    """The predecessor's own clause dating the term just ended: "replacing Y, who had held the
    post since October 2021" -> Y held the office from then (`holds_office` with that start)."""
    out = []
    for b in befores:
        for clause in (c for c in b.children if c.dep_ == "relcl" and c.lemma_.lower() in SINCE_VERBS):
            if negated(clause) or not any(t.lower_ == "since" for t in clause.subtree):
                continue
            start = qualifiers(ctx, clause_tokens(clause)).get("start")
            if start is not None:
                out.append(make(ctx, person, "holds_office", office, [clause], clause, times={"start": start},
                                confidence=sure, modality="fact"))
    return out


def _named_subject(ctx: Context, verb: Token) -> list[str]:
    """The person the verb's subject names itself, when an apposition on it names others ("Sanae
    Takaichi, 64, a protegee of the late Shinzo Abe, succeeds Ishiba": Takaichi, not Abe); none
    when the subject is no person or has a conjunct ("X and Y")."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or any(c.dep_ in ("conj", "cc") for c in subject.children):
        return []
    named = ctx.entity(subject)
    return [named] if named and str(named).startswith("person:") else []


def _without_clauses(tok: Token) -> list[Token]:
    """The predecessor's phrase without its relative clauses ("Y, who had held the post since ...")."""
    skip = {t.i for c in tok.subtree if c.dep_ in ("relcl", "acl") for t in c.subtree}
    return [t for t in tok.subtree if t.i not in skip]


def _the_office(ctx: Context, heads: list[Token], successor: str, predecessors: list[str],
                when: TimeQualifier | None = None, today: TimeQualifier | None = None) -> tuple[str | None, float]:
    for head in heads:
        if title_heads(head):  # a title written: its office, or none (never a guess past it)
            return office_of(ctx, head, successor)
        led = led_org(ctx, head)
        if led is not None:
            return led, 1.0
    if today is not None:  # "X replaces Y" of these days: the one office X took up in the month before
        begun = _begun_lately(ctx, successor, today)
        if len(begun) == 1:
            return begun.pop(), UNTITLED
    offices = {f.value for f in ctx.kb.facts(subject=successor, property="holds_office")}
    for before in predecessors:
        offices &= {f.value for f in ctx.kb.facts(subject=before, property="holds_office")}
    if len(offices) > 1 and when is not None:
        offices = _begun_then(ctx, successor, offices, when)
    return (offices.pop(), UNTITLED) if len(offices) == 1 else (None, 0.0)


def _begun_then(ctx: Context, successor: str, offices: set[str], when: TimeQualifier) -> set[str]:
    """Of the offices both people held, those whose term the successor began in the written time
    (a month: that month, give or take LATE days): "Truss, who succeeded Johnson in September" is
    the premiership she took in September 2022, not the foreign office (Johnson held both). Only the
    successor's start is used: the predecessor is what the claim says, and is checked after."""
    bounds = timecmp.bounds(when.value)
    if bounds is None:
        return set()
    low, high = bounds[0] - timedelta(days=LATE), bounds[1] + timedelta(days=LATE)
    return {f.value for f in ctx.kb.facts(subject=successor, property="holds_office")
            if f.value in offices and f.start is not None and timecmp.bounds(f.start.value)
            and low <= timecmp.bounds(f.start.value)[0] <= high}


LATELY = 31  # days: "X replaces Y" in the present tells of an office X took up at most a month before


def _begun_lately(ctx: Context, successor: str, today: TimeQualifier) -> set[str]:
    """The offices whose term the successor began from LATELY days before the article's day to
    LATE days after it ("Luxon replaces Hipkins" on the day Luxon is sworn in: the premiership,
    not the opposition leadership Luxon had held since 2021)."""
    day = timecmp.bounds(today.value)
    if day is None:
        return set()
    low, high = day[0] - timedelta(days=LATELY), day[1] + timedelta(days=LATE)
    return {f.value for f in ctx.kb.facts(subject=successor, property="holds_office")
            if f.start is not None and len(f.start.value) == 10 and low <= timecmp.bounds(f.start.value)[0] <= high}


def _successor_start(ctx: Context, person: str, office: str, when: TimeQualifier | None) -> TimeQualifier | None:
    """The first day of the successor's term this handover began: the term starting nearest the
    written date (within NEAR days), else, undated, the last to start by the article's date."""
    starts = [f.start for f in ctx.kb.facts(subject=person, property="holds_office", value=office)
              if f.start is not None and timecmp.bounds(f.start.value)]
    if when is not None and timecmp.bounds(when.value):
        low, high = timecmp.bounds(when.value)
        near = [(min(abs((timecmp.bounds(s.value)[0] - d).days) for d in (low, high)), s) for s in starts]
        near = [(gap, s) for gap, s in near if gap <= NEAR or low <= timecmp.bounds(s.value)[0] <= high]
        return min(near, key=lambda p: p[0])[1] if near else None
    on = ctx.doc._.document_date
    if not on or timecmp.bounds(on) is None:
        return None
    last = timecmp.bounds(on)[1] + timedelta(days=31)
    before = [s for s in starts if timecmp.bounds(s.value)[0] <= last]
    # undated, with two terms or more ("Trump, who succeeded Obama,"): which handover is unknown
    return before[0] if len(before) == 1 else None


def check_handed_over(checker, st: Statement, on: str | None) -> Verdict | None:
    day = timecmp.bounds(st.point_in_time.value) if st.point_in_time else None
    if day is None:
        return None
    first: date = day[0]
    person, office = checker.name(st.subject), checker.name(st.value)
    own = checker.kb.facts(subject=st.subject, property="holds_office", value=st.value)
    ended = [f for f in own if f.end is not None and timecmp.bounds(f.end.value)
             and first - timedelta(days=NEAR) <= timecmp.bounds(f.end.value)[0] <= first + timedelta(days=LATE)]
    between = _full_holder_between(checker, st, ended, first)
    if between:
        who = ", ".join(checker.name(f.subject) for f in between)
        return Verdict("contradicted_by_kb", f"The claim says {person} held the office of {office} until its next "
                       f"holder took over on {st.point_in_time.value}, but {who} held it in between.",
                       [fact_evidence(f) for f in between + ended])
    if ended:
        return Verdict("supported", f"{person} left the office of {office} on {ended[0].end.value}, before its next "
                       f"holder's term began on {st.point_in_time.value}.", [fact_evidence(f) for f in ended])
    try:
        attrs = checker.kb.entity(st.value).attrs or {}
    except Exception:
        return None
    eve = TimeQualifier((first - timedelta(days=1)).isoformat(), "day")
    terms = checker.kb.facts(property="holds_office", value=st.value)
    cover = checker.kb.covers(st.value, "holds_office", eve)
    across = _before_the_gap(checker, st.value, eve.value) if attrs.get("single_holder") and not cover.covered else None
    if across is not None:  # the eve falls in a gap the KB declares: the holder listed across it
        cover = checker.kb.covers(st.value, "holds_office", across)
    if not attrs.get("single_holder") or not cover.covered:
        return Verdict("new", f"The knowledge base cannot say who held the office of {office} before "
                       f"{st.point_in_time.value}.", [fact_evidence(f) for f in own])
    holders = [f for f in terms if f.subject != st.subject and timecmp.active_on(f.start, f.end, eve.value, f.point_in_time)
               and (across is None or timecmp.active_on(f.start, f.end, across, f.point_in_time))]
    if not holders:
        return Verdict("new", f"The knowledge base lists no holder of the office of {office} on {eve.value}.")
    who = ", ".join(checker.name(f.subject) for f in holders)
    held = "; ".join(f"{f.start.value if f.start else '?'} to {f.end.value if f.end else 'now'}" for f in own)
    return Verdict("contradicted_by_kb", f"The claim says {person} held the office of {office} until its next holder "
                   f"took over on {st.point_in_time.value}, but {who} held it then"
                   + (f"; {person}'s terms: {held}." if own else f"; {person} never held it."),
                   [fact_evidence(f) for f in holders + own])


def _before_the_gap(checker, office: str, eve: str) -> str | None:
    """The day before the declared gap of the office's list that holds `eve` (the day before a
    successor's term), when the list is complete that day: a holder the list gives on both days
    held the office across the gap, up to that term ("Fiala replaced Sobotka" on 17 December
    2021: the Czech list has a gap from 28 November, when Fiala was appointed, to 16 December;
    Babis held the office on 27 November and on 16 December). None when the eve is in no gap."""
    from accord.kb import coverage

    period = coverage.period(checker.kb, office, "holds_office")
    for gap in period.gaps if period is not None else ():
        if str(gap.start) <= eve <= str(gap.until):
            day = (timecmp.bounds(str(gap.start))[0] - timedelta(days=1)).isoformat()
            return day if checker.kb.covers(office, "holds_office", day).covered else None
    return None


def _full_holder_between(checker, st: Statement, ended: list, first: date) -> list:
    """The holders, not acting, of a single-holder office whose terms began after the
    predecessor's own term ended and ran up to the successor's first day ("Kishida succeeded Abe":
    Suga held it from Abe's last day to Kishida's first): the one written was not the holder just
    before. An acting holder may stand between (none is counted)."""
    if not ended:
        return []
    try:
        attrs = checker.kb.entity(st.value).attrs or {}
    except Exception:
        return []
    if not attrs.get("single_holder"):
        return []
    last_end = max(timecmp.bounds(f.end.value)[0] for f in ended)  # the successor's first day
    eve = (first - timedelta(days=1)).isoformat()
    return [f for f in checker.kb.facts(property="holds_office", value=st.value)
            if f.subject != st.subject and f.start is not None and timecmp.bounds(f.start.value)
            and timecmp.bounds(f.start.value)[0] >= last_end and not (f.qualifiers or {}).get("acting")
            and timecmp.active_on(f.start, f.end, eve, f.point_in_time)]


def _words(name, st: Statement) -> str:
    return f"{name(st.subject)} held the office of {name(st.value)} until a successor took over" + (
        f" on {timecmp.label(st.point_in_time)}" if st.point_in_time else "")


CHECKS = {PROPERTY: check_handed_over}
WORDS = {PROPERTY: _words}
