"""The day the alliance's leaders acted at the summit an article reports: "NATO leaders on
Wednesday adopted a declaration", "Allied heads of state and government, who gathered in London,
on Wednesday adopted ...", "Alliance leaders agreed on Tuesday to ...".

The leaders of all the allies act together only at a summit, so what they did on a day says the
summit met that day. Read only when the article was published during a NATO leaders' summit the
KB lists or in the three days after it (`AFTER`): that is the summit it reports; at other times
the day says nothing the KB can settle (the leaders also meet virtually, or by letter). The
subject must be the organisation's leaders ("NATO leaders", "the allied leaders", "heads of state
and government of NATO's member states, who gathered in ...") — not ministers, ambassadors or
"the allies", who agree things in the North Atlantic Council on any day — and the date must be
the verb's own and give a day ("on Wednesday", "on 11 July"). Ministers, ambassadors and the
Council are not read. Statement: `took_place_on` of that summit, checked by the summit rule (a
day inside its span agrees); `event` confidence 0.7 (the summit the article reports, not named).

Where they acted (the verb's own "in"/"at" phrase before its object: "In Vilnius on Tuesday, NATO
leaders agreed ...") is that summit's place (`located_in`). NATO ministers of one level ("NATO
foreign ministers") make no date claim, but a day of theirs on the one KB meeting of that level
links it, and where they acted is its place (issue 12, plc12s).
"""

from __future__ import annotations

from datetime import timedelta

from spacy.tokens import Span, Token

from accord.model import Statement
from accord.nlp.extract.claims import _eventlink as links
from accord.nlp.extract.claims._gatherings import GATHER, _gathering, _nato_chain, _with
from accord.nlp.extract.claims.grammar import Context, clause_tokens, make, negated, qualifiers
from accord.reconcile import timecmp

ORDER = 12  # after summits (ORDER 10): a summit noun's own claim is made first

ACTS = frozenset("adopt agree endorse approve issue sign decide pledge commit announce reaffirm declare "
                 "welcome unveil launch publish release vow".split())
LEADERS = frozenset({"leader", "head"})
AFTER = 3  # days after a summit in which an article still reports it
EVENT = 0.7


def extract(ctx: Context, sent: Span) -> list[Statement]:
    if ctx.kb is None:
        return []
    out = []
    for verb in sent:
        if verb.lemma_.lower() not in ACTS or verb.pos_ != "VERB" or verb.dep_ not in ("ROOT", "conj", "ccomp"):
            continue
        # (a dateline read as a second subject, "THE HAGUE, Netherlands (AP) — NATO leaders ...")
        subject = next((c for c in verb.children if c.dep_ == "nsubj" and _leaders(ctx, c)), None)
        if subject is None:
            out += _ministers_acted(ctx, verb)
            continue
        event = _reported_summit(ctx)
        if event is None:
            continue
        tokens = clause_tokens(verb) - {t.i for t in subject.subtree}
        # "NATO leaders on Thursday agreed": the parser may hang the day on the subject
        tokens |= {t.i for c in subject.children if c.dep_ == "prep" and c.lower_ == "on" for t in c.subtree}
        tokens -= {t.i for c in verb.children if c.dep_ in ("xcomp", "ccomp", "advcl") for t in c.subtree}
        when = qualifiers(ctx, tokens).get("point_in_time")
        if when is None or when.precision != "day":
            continue
        out.append(make(ctx, event.id, "took_place_on", event.id, [subject, verb], verb, negated(verb),
                        {"point_in_time": when}, confidence={"event": EVENT}))
        out += [make(ctx, event.id, "located_in", place, [subject, verb], verb, negated(verb),
                     confidence={"event": EVENT}) for place in _where_acted(ctx, verb)]
    return out


def _ministers_acted(ctx: Context, verb: Token) -> list[Statement]:
    """"In Rome on Tuesday, NATO foreign ministers agreed ...": the organisation's ministers of one
    level, acting on a day (the verb's own) that falls on the one KB meeting of that level, acted
    at that meeting — where they acted is its place (`event` 0.7). The day links the meeting, so
    it makes no date claim; a level not given, or a day on no listed meeting, says nothing."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and _noun(c) == "minister"), None)
    if subject is None or links.owner(ctx, subject) != links.NATO or not links.level(ctx, subject):
        return []
    tokens = clause_tokens(verb) - {t.i for t in subject.subtree}
    tokens -= {t.i for c in verb.children if c.dep_ in ("xcomp", "ccomp", "advcl") for t in c.subtree}
    when = qualifiers(ctx, tokens).get("point_in_time")
    if when is None or when.precision != "day":
        return []
    pool = links.candidates(ctx.kb, links.NATO, subject, True, links.level(ctx, subject))
    dated = [e for e in pool if timecmp.overlaps(when, e.start, e.end)]
    if len(dated) != 1:
        return []
    return [make(ctx, dated[0].id, "located_in", place, [subject, verb], verb, negated(verb),
                 confidence={"event": EVENT}) for place in _where_acted(ctx, verb)]


def _where_acted(ctx: Context, verb: Token) -> list[str]:
    """The KB places of the verb's own "in"/"at" phrases that open the clause or follow the verb
    before its object ("In Vilnius on Tuesday, NATO leaders agreed ...", "NATO leaders agreed in
    Vilnius on Tuesday to ..."): where the leaders acted together is where the summit met. A
    phrase after the object ("adopted a plan for forces in Poland") may be the object's, and is
    not read."""
    from accord.nlp.extract.claims import _summitplaces as places_near

    objects = [c.i for c in verb.children if c.dep_ in ("dobj", "xcomp", "ccomp", "prep") and c.lower_ not in ("in", "at", "on")]
    first_object = min((i for i in objects if i > verb.i), default=len(verb.doc))
    out = []
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "at") and c.i < first_object):
        for tok in (t for t in prep.children if t.dep_ == "pobj"):
            ent = places_near.capital_of(ctx, tok) or ctx.entity(tok) or ""
            if not ent.startswith(("place:", "state:")) and tok.pos_ == "PROPN":
                # a city the tagger took for a person's ("In Vilnius on Tuesday"): the KB's place of that name
                named = {e.id for e in ctx.kb.resolve(tok.text) if e.id.startswith(("place:", "state:"))}
                ent = named.pop() if len(named) == 1 else ""
            if ent.startswith(("place:", "state:")) and ent not in out:
                out.append(ent)
    return out


def _leaders(ctx: Context, subject: Token) -> bool:
    """ "NATO leaders", "allied leaders", "the alliance's heads of state and government", or
    leaders who gathered for the summit ("heads of state ..., who gathered in London")."""
    if _noun(subject) not in LEADERS or _ministers(subject):
        return False
    if links.owner(ctx, subject) == links.NATO:
        return True
    clauses = [t for t in subject.subtree if t.dep_ == "relcl" and t.lemma_.lower() in GATHER]
    return any(_gathering(ctx, c) is not None or (_nato_chain(ctx, subject, c) and not _with(c)) for c in clauses)


def _noun(tok: Token) -> str:
    """The noun's singular, also where the tagger took a capitalised "Heads" for a name."""
    lemma = tok.lemma_.lower()
    return lemma[:-1] if lemma in ("heads", "leaders") else lemma


def _ministers(subject: Token) -> bool:
    return any(t.lower_ in links.MINISTER_WORDS for t in subject.subtree)


def _reported_summit(ctx: Context):
    """The NATO leaders' summit the article was published during or just after, if one."""
    published = timecmp.bounds(str(ctx.doc._.document_date or "")) if ctx.doc._.document_date else None
    if published is None:
        return None
    day = published[0]
    found = []
    for e in links.candidates(ctx.kb, links.NATO, None, False):
        start, end = timecmp.bounds(e.start), timecmp.bounds(e.end)
        if start and end and start[0] <= day <= end[1] + timedelta(days=AFTER):
            found.append(e)
    return found[0] if len(found) == 1 else None
