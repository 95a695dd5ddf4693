"""An office kept, lost or remained in on a day: "X remains defence minister", "X stayed on as
foreign secretary", "X kept his post as finance minister in the reshuffle", "X lost his job as
defence secretary on Monday", "X did not keep the post of prime minister", "X has lost her post
as foreign minister".

Each is a status on a day, affirmed or negated: `holds_office` of the person's office (the title
written after "as", as the verb's complement or as "the post of T", found as terms.py finds it).
"keep" / "retain" / "remain" / "stay" affirm the office ("did not keep", "failed to retain" deny
it); "lose" denies it ("did not lose his post" affirms it). The day is the clause's own date when
it has one ("kept his post in the reshuffle on 13 November"; the head's for "failed to keep"),
else the article's, but only for a clause that speaks of the article's day: the present
("remains", "keeps"), the present perfect ("has kept", "has lost"), or a plain past in a main
clause with no phrase of another time ("Shapps kept his post as defence secretary." in the
reshuffle's report). A past in a relative, adverbial or participle clause ("Wallace, who kept his
post under Truss, ...") or with a time of its own the parse could not date ("when Sunak took
over") speaks of some earlier day: not read.

A loss is checked on the day after the one it is told of (a dismissal may take effect the next
day). A loss told of a person who lost the same office before (an own term of it ended before
the day) may be that loss: the undated negation is not read then. The checks are the ordinary ones
(kbcheck's `_office` for the affirmed claim, `_negation.check_not_holding` for the negated):
a term in force through the next day contradicts a loss, a day outside every term of the person's
contradicts a kept post, and a day near a handover is `unverifiable`.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from accord.model import Statement, TimeQualifier
from accord.nlp.extract.claims.grammar import (
    DENYING_HEADS, Context, clause_tokens, make, modality, negated, not_until, participle_clause_head, qualifiers,
    subject_entities,
)
from accord.nlp.extract.claims.office_predicates import NOT_THE_OFFICE, OTHER_TIME_PREPS, PRESENT
from accord.nlp.extract.claims.terms import POSTS, office_of, title_heads

ORDER = 52
KEEP = frozenset({"keep", "retain"})
LOSE = frozenset({"lose"})
REMAIN = frozenset({"remain", "stay"})
# Posts that may be kept or lost ("kept his post / job / seat / portfolio as T").
KEPT_POSTS = POSTS | {"portfolio"}


def extract(ctx: Context, sent: Span) -> list[Statement]:
    if ctx.kb is None:
        return []
    out: list[Statement] = []
    for verb in sent:
        lemma = verb.lemma_.lower()
        if lemma in STARTING and verb.pos_ in ("VERB", "AUX"):
            st = _started(ctx, verb)
            if st is not None:
                out.append(st)
            continue
        if verb.pos_ not in ("VERB", "AUX") or lemma not in KEEP | LOSE | REMAIN:
            continue
        if modality(verb) != "fact" or not_until(verb):
            continue
        heads = _title_heads(verb, lemma)
        if not heads and not (lemma in KEEP | LOSE and _posts(verb)):
            continue
        st = _statement(ctx, verb, lemma, heads)
        if st is not None:
            out.append(st)
    return out


def _title_heads(verb: Token, lemma: str) -> list[Token]:
    """Where the verb writes the title: keep / lose a post "as T" or "of T"; remain / stay T or
    "as T" ("stayed on as", "remained in office as"). A ranked or timed title ("remains the first
    ...", "the next") is something else."""
    if lemma in REMAIN:
        heads = title_heads(verb)
    else:
        posts = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in KEPT_POSTS]
        if not posts and verb.lemma_.lower() in KEEP and any(c.dep_ == "nsubjpass" for c in verb.children):
            heads = title_heads(verb)  # "X was retained as defence secretary"
        elif not posts:
            return []
        else:
            heads = title_heads(verb)
    return [h for h in heads if not ({t.lower_ for t in h.subtree if t.i < h.i} & NOT_THE_OFFICE)]


def _statement(ctx: Context, verb: Token, lemma: str, heads: list[Token]) -> Statement | None:
    people = subject_entities(ctx, verb, ("person:",))
    if len(people) != 1:
        return None
    clause = verb.head if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in DENYING_HEADS else verb
    times = qualifiers(ctx, clause_tokens(clause))
    if "start" in times or "end" in times:
        return None  # "remained T from 2019 to 2023", "until 2024": a stretch, terms.py's
    when = times.get("point_in_time")
    if when is None and not _of_the_day(clause):
        return None
    person = people[0]
    office, attachment = office_of(ctx, verb, person, heads) if heads else (None, 0.0)
    if office is None and lemma not in REMAIN:
        office, attachment = _unwritten_title(ctx, verb, person)
    if office is None:
        return None
    denied = negated(verb) != (lemma in LOSE)
    if denied and when is None and _lost_before(ctx, person, office):
        return None  # "X lost her post as T": maybe the earlier loss the KB records
    if denied:
        when = _next_day(when or _article_day(ctx))
        if when is None:
            return None
    sure = {"attachment": attachment} if attachment < 1.0 else None
    return make(ctx, person, "holds_office", office, [verb, *heads], verb, denied,
                {"point_in_time": when} if when is not None else {}, confidence=sure)


def _article_day(ctx: Context) -> TimeQualifier | None:
    published = str(ctx.doc._.document_date or "")[:10]
    return TimeQualifier(published, "day") if len(published) == 10 else None


def _next_day(when: TimeQualifier | None) -> TimeQualifier | None:
    """A loss told of a day is checked on the day after: the KB's end is the first day out, but a
    dismissal may take effect the next day ("lost his post on Monday", the successor sworn in on
    Tuesday); a month or a year is checked as it is."""
    from datetime import date, timedelta

    if when is None or when.precision != "day":
        return when
    try:
        return TimeQualifier((date.fromisoformat(str(when.value)[:10]) + timedelta(days=1)).isoformat(), "day")
    except ValueError:
        return None


STARTING = frozenset({"take", "swear", "assume", "become"})  # terms.term_kind says which of them start a term


def _started(ctx: Context, verb: Token) -> Statement | None:
    """ "X has taken office as T", "X has (already) been sworn in as T", "X has become T", and
    denied: "X has not yet taken office as T", "X is / has yet to be sworn in": a term begun, or
    not, by the article's day, told in the present perfect with no date of its own (a dated or a
    plain past start is terms.py's). `holds_office` on the article's day (`_margin_day`),
    affirmed or negated."""
    from accord.nlp.extract.claims.grammar import yet_to
    from accord.nlp.extract.claims.terms import term_kind

    if term_kind(verb) != "start" or modality(verb) != "fact" or not_until(verb):
        return None
    clause = verb.head if yet_to(verb) else verb
    auxes = {c.lower_ for c in clause.children if c.dep_ in ("aux", "auxpass")}
    if yet_to(verb):
        if not (clause.tag_ in PRESENT or auxes & {"has", "have"}):
            return None  # "was yet to take office": of another day
    elif not auxes & {"has", "have", "'ve"} or "had" in auxes or verb.tag_ != "VBN":
        return None
    if qualifiers(ctx, clause_tokens(clause)) or _other_time_in(verb) or any(
            c.dep_ in ("advcl", "npadvmod") or (c.dep_ == "prep" and c.lower_ in ("since", "after", "before", "from"))
            or (c.dep_ == "advmod" and c.lower_ in ("twice", "again", "once", "previously", "before", "ever"))
            for c in verb.children):
        return None  # "has taken office twice since 2010", "after the election": not the day's status
    if any(c.dep_ == "dobj" and c.lower_ != "office" and c.lemma_.lower() not in POSTS for c in verb.children):
        return None  # "has taken over the presidency of ...": an object that is no post
    people = subject_entities(ctx, verb, ("person:",))
    if len(people) != 1:
        return None
    office, attachment = office_of(ctx, verb, people[0])
    if office is None:
        return None
    day = _margin_day(ctx, denied := negated(verb))
    if day is None:
        return None
    sure = {"attachment": attachment} if attachment < 1.0 else None
    return make(ctx, people[0], "holds_office", office, [verb], verb, denied, {"point_in_time": day},
                confidence=sure)


def _margin_day(ctx: Context, denied: bool) -> TimeQualifier | None:
    """The day a start told by the article's day is checked on, a day's margin towards the claim:
    "has taken office" on the day after the article's (a report dated the eve of the oath, or in
    another time zone, is not flagged), "has not yet taken office" on the day before (written the
    morning of the ceremony)."""
    from datetime import date, timedelta

    published = str(ctx.doc._.document_date or "")[:10]
    try:
        day = date.fromisoformat(published)
    except ValueError:
        return None
    return TimeQualifier((day + timedelta(days=-1 if denied else 1)).isoformat(), "day")


def _posts(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in KEPT_POSTS]


def _unwritten_title(ctx: Context, verb: Token, person: str) -> tuple[str | None, float]:
    """A post kept or lost with no title after it: the title written before the subject's name
    ("Foreign Minister X kept his post"), or a ministry's portfolio ("X keeps the defence
    portfolio": the one office of that kind of the state whose offices the KB says X held, for a
    person named in full)."""
    from accord.nlp.extract.claims.terms import _home_state, _named_in_full
    from accord.nlp.extract.office_kinds import MINISTRY_KINDS, sole_office
    from accord.nlp.extract.titles import HEADS

    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None:
        titled = [t for t in subj.subtree if t.lower_ in HEADS and t.i < subj.i and t.dep_ == "compound"]
        if titled:
            return office_of(ctx, verb, person, titled[-1:])
    kinds = {MINISTRY_KINDS[t.lower_] for p in _posts(verb) for t in p.children
             if t.dep_ in ("compound", "amod") and t.lower_ in MINISTRY_KINDS}
    state = _home_state(ctx.kb, person) if _named_in_full(ctx, verb, person) else None
    if len(kinds) != 1 or state is None:
        return None, 0.0
    office = sole_office(ctx.kb, state, kinds.pop())
    return (office, 0.9) if office is not None else (None, 0.0)


def _of_the_day(verb: Token) -> bool:
    """Does an undated clause speak of the article's day: the present, the present perfect, or a
    plain past in the sentence's main clause with no phrase of another time?"""
    auxes = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if verb.tag_ in PRESENT and not auxes & {"did", "was", "were", "had"}:
        return True
    if auxes & {"is", "are", "am", "'s", "'re"} and verb.tag_ == "VBN" and not auxes & {"has", "have"}:
        return True  # "X is retained as ..."
    if auxes & {"has", "have", "'ve"} and "had" not in auxes:
        return True
    if auxes & {"does", "do"}:
        return True  # "X does not remain ..."
    if verb.tag_ not in ("VBD", "VBN") and not auxes & {"did", "was", "were"}:
        return False
    if verb.dep_ != "ROOT" or participle_clause_head(verb) is not None or "had" in auxes:
        return False
    return not any(_another_time(c) for c in verb.children) and not _other_time_in(verb)


def _another_time(c: Token) -> bool:
    """A child that puts the clause at another time than the day's: a clause of time (not one of
    contrast), a bare time noun, "since / before / after / until ...", "then", "once", "again"."""
    if c.dep_ == "advcl":
        return not _contrast(c)
    if c.dep_ in ("npadvmod", "tmod"):
        return True
    if c.dep_ == "prep":
        return c.lower_ in OTHER_TIME_PREPS and c.lower_ not in ("as", "in", "on", "at")
    return c.dep_ == "advmod" and c.lower_ in ("then", "once", "previously", "earlier", "later", "again")


def _contrast(clause: Token) -> bool:
    """ "..., while / whereas Y became home secretary": another deed of the same news, no time."""
    return any(c.dep_ == "mark" and c.lower_ in ("while", "whereas") for c in clause.children)


def _other_time_in(verb: Token) -> bool:
    """ "kept his post in 2022's reshuffle", "in the last government", "under Truss": an "in" /
    "under" phrase naming another government or a time the parse did not date."""
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in ("under", "in", "at", "on"):
            words = {t.lower_ for t in c.subtree}
            if c.lower_ == "under" or words & {"government", "cabinet", "administration", "previous", "last", "first",
                                               "earlier", "past", "term"}:
                return True
    return False


def _lost_before(ctx: Context, person: str, office: str) -> bool:
    """Does the KB record an own term of the office that ended by the article's day (a loss the
    words may tell)? With no article day, any ended term counts."""
    day = str(ctx.doc._.document_date or "")[:10]
    return any(f.end is not None and (not day or str(f.end.value) <= day)
               for f in ctx.kb.facts(subject=person, property="holds_office", value=office))
