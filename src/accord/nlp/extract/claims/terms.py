"""Terms of office: when a person took an office up, left it, or held it before.

Read: "X took over as Secretary General on 1 October 2024", "X became prime minister in 2019",
"X was sworn in as president on ...", "X succeeded Y as T on D" -> `took_office` (its point in
time is the first day; for "succeeded", "replaced" and "took over from Y", Y `left_office` that day); "X served as NATO spokesperson
from 2010 to 2023", "X was foreign minister between 2020 and 2024", "X, who led the alliance
from 2009 to 2014" (the organisation's head office; a state, a ministry or "the Pentagon" led is
the office led_offices.py finds) -> `took_office` 2010 and `left_office` 2023; "X's term as T ended on D", "the court removed X from office in April", "X was ousted as
prime minister on D" -> `left_office`. A handover still to come ("X
will succeed / replace / take over from Y as T", "X is set to succeed Y") says Y holds T on the
article's day (`holds_office`); without "as T", T is the title X was named to ("as T") in one of
the two sentences before ("... to appoint Geoana as the next Deputy Secretary General. Geoana
will replace Rose Gottemoeller"), else the one office Y held whose term the KB lists X beginning
from a month before the article's day to 400 days after it ("Rutte will replace Stoltenberg on 1
October", pred20). "Resigned", "stepped down" and
"left office" are not read: they are said of the announcement as often as of the last day, weeks
or months apart. The office is the title written in the clause ("as T", "T", "the post of T"; not
the "as T" of a verb under it: "became secretary general after serving as prime minister")
with its state or organisation, else the one of that title the KB says the person held; a term
told with no title ("who took up her position in October 2016", "took over from Y on D") is of
the one office the KB lists for the person (and for Y), read with `attachment` 0.6; of several
both held, the one the KB has Y hand straight to the person (`handed_between`: "Hipkins took over
from Ardern in January" is the premiership, not the opposition's leadership both held years
apart). Such an untitled start of a head of government dated a month or less before the term's
first day is read unsure (`_party_vote_before`: "Kishida replaced Suga in September" may be the
party's vote of 29 September, the premiership began on 4 October). A term
told as a plan ("will take over", "runs until", "is due to end") is not read: terms
are extended and plans change. A term denied with a time of its own is read: "X did not serve as
T from A to B" / "X was never T between A and B" as a negated `held_office` with that start and
end, "X was not T in 2015" as a negated `holds_office` of that time (`_denied_term`; checked in
_negation.py); other denials of a start or an end ("did not take over in May") are not read.
Appointments are the `appointments` family's (checked against the term's start, never flagged);
elections are not read: the KB does not keep their dates, and they precede the term.

offices.py gives `held_office` for "former X" and an undated "then-X" (held some time before
the article's date); it is checked here too.

Checks (CHECKS): a date agrees with one of the person's own terms at the precision it has (an end
written as the last day in office or as the first day out; a start to the day within a day); a
date that agrees with none is a contradiction only where the KB's list of the office's holders
is complete on that date (kb.covers), else `new`.
"""

from __future__ import annotations

import re
from datetime import timedelta

from spacy.tokens import Span, Token

from accord.model import Statement, TimeQualifier
from accord.nlp.extract.claims._record_titles import ranked_by_act
from accord.nlp.extract.claims.grammar import (Context, agent_tokens, clause_tokens, make, modality, negated,
                                               not_until, passive, passive_subject_tokens, phrase_tokens,
                                               qualifiers, subject_entities, yet_to)
from accord.nlp.extract.claims.led_offices import LEAD_VERBS, RACE_NOUNS, at_helm
from accord.nlp.extract.headlines import telegraphic_present
from accord.nlp.extract.titles import HEADS, title_at
from accord.reconcile import timecmp
from accord.reconcile.kbcheck import Verdict, _other_spelling, fact_evidence

ORDER = 50

POSTS = frozenset("office post job role helm reins position presidency premiership seat".split())
TERM_NOUNS = frozenset("term tenure mandate stint".split())
HELD, GUESSED = 0.8, 0.3
HEADLINE_DAY = 0.4  # a headline's present tense dated by the article: it may be a day or a week late
UNTITLED = 0.6  # the office of a term told without its title: the only one the KB lists for the person


def extract(ctx: Context, sent: Span) -> list[Statement]:
    out: list[Statement] = []
    for verb in sent:
        kind = term_kind(verb)
        if kind is None:
            continue
        if negated(verb):
            if kind == "serve" and modality(verb) == "fact" and not not_until(verb):
                out += _denied_term(ctx, verb)
            continue
        if modality(verb) == "fact":
            out += term_statements(ctx, verb, kind)
        elif kind == "end" and modality(verb) == "plan":
            out += _planned_end_statements(ctx, verb)
        elif modality(verb) == "plan" and _ahead(verb):
            out += _outgoing(ctx, verb)
    return out


def _ahead(verb: Token) -> bool:
    """A handover still to come seen from the article's day: "will succeed", "is set to replace",
    "is expected to take over from" (not "would succeed", "was to replace": of another day)."""
    if any(c.dep_ == "aux" and c.lower_ in ("will", "shall", "'ll") for c in verb.children):
        return True
    head = verb.head
    return verb.dep_ == "xcomp" and head.tag_ in ("VBZ", "VBP", "VBN") and any(
        c.dep_ in ("aux", "auxpass") and c.lower_ in ("is", "are", "'s", "has", "have") for c in head.children) or (
        verb.dep_ == "xcomp" and head.dep_ == "acomp" and head.head.tag_ in ("VBZ", "VBP"))


def _outgoing(ctx: Context, verb: Token) -> list[Statement]:
    """ "X will succeed / replace / take over from Y as T": Y holds T on the article's day. Not
    when Y has a clause of their own ("Y, who stepped down in March"): Y may be gone already."""
    befores = [t for t in predecessor_tokens(verb) if not any(c.dep_ == "relcl" for c in t.children)]
    out = []
    for person in ctx.entities([t for b in befores for t in b.subtree], ("person:",)):
        office, attachment = office_of(ctx, verb, person)
        if office is None:  # "X will replace Y": the title X was just appointed to
            office, attachment = office_of(ctx, verb, person, _appointed_as(ctx, verb))
        if office is None and not title_heads(verb):
            office, attachment = _coming_office(ctx, verb, person)
        if office is not None:
            sure = {"attachment": attachment} if attachment < 1.0 else None
            out.append(make(ctx, person, "holds_office", office, [verb], verb, confidence=sure, modality="fact"))
    return out


# A lead in a race is no term of office: "Clinton led Sanders by ten points in a poll Jan. 17-23".
_TERM_VERBS = frozenset("take become succeed replace swear assume end expire serve be lead head run govern remove oust".split())
REMOVED_FROM = POSTS | {"power"}  # "removed Y from office", "ousted from power"


def term_kind(verb: Token) -> str | None:
    """start, end or serve: what the verb tells of a term."""
    lemma = verb.lemma_.lower()
    if lemma not in _TERM_VERBS:  # every rule below needs one of them: no look at the children
        return None
    parts = {c.lower_ for c in verb.children if c.dep_ in ("prt", "advmod")}
    objects = {c.lemma_.lower() for c in verb.children if c.dep_ == "dobj"
               and not (c.tag_ == "NNS" and c.lemma_.lower() == "seat")}  # "took 123 seats": an election's
    subject = _subject(verb)
    if lemma == "become" and ranked_by_act(verb, HEADS):
        return None  # "became the first NATO secretary general to address Congress": a record (fa17)
    if (lemma == "take" and ("over" in parts or objects & POSTS)) or lemma in ("become", "succeed", "replace") \
            or (lemma == "swear" and "in" in parts) or (lemma == "assume" and objects & POSTS):
        return "start"
    if lemma in ("end", "expire") and subject is not None and subject.lemma_.lower() in TERM_NOUNS:
        return "end"
    if lemma in ("remove", "oust") and _removed_from(verb):
        return "removed"
    if lemma == "serve" or (lemma == "be" and any(c.dep_ == "attr" and c.lower_ in HEADS for c in verb.children)):
        return "serve"
    if lemma == "be" and at_helm(verb):
        return "serve"  # "X was at the helm of NATO from 2014 to 2024"
    if lemma in LEAD_VERBS and any(c.dep_ == "dobj" and c.ent_type_ != "PERSON" for c in verb.children) \
            and not any(t.lemma_.lower() in RACE_NOUNS for t in verb.subtree):
        return "serve"  # "X, who led the alliance from 2009 to 2014": its head office; not "X led Sanders in a poll"
    return None


def _since_window(verb: Token) -> bool:
    """Does "since" open the clause's time on a verb of taking up an office? A start is a day, not
    a period: "takes his fifth cabinet post since 2019" counts posts since then, "the first
    woman to take the job since 1990" ranks; neither dates the start."""
    return any(verb.doc[i].lower_ == "since" and verb.doc[i].dep_ == "prep" for i in clause_tokens(verb))


def _removed_from(verb: Token) -> bool:
    """ "removed Y from office", "was ousted from power", "ousted as prime minister"."""
    return any(c.dep_ == "prep" and c.lower_ == "from" and any(p.lemma_.lower() in REMOVED_FROM for p in c.children)
               for c in verb.children) or (verb.lemma_.lower() == "oust" and bool(title_heads(verb)))


def term_statements(ctx: Context, verb: Token, kind: str) -> list[Statement]:
    if kind == "removed":  # "the court removed Y from office in April": Y, the object (or the passive's subject)
        people = ctx.entities([t for c in verb.children if c.dep_ in ("dobj", "nsubjpass") for t in c.subtree
                               if t.dep_ != "relcl"], ("person:",))
        kind = "end"
    else:
        people = people_of(ctx, verb)
    told_by_pronoun = not people and kind == "serve" and bare_past(verb) and pronoun_subject(verb) \
        and not ctx.times_in(clause_tokens(verb))  # (only the undated past below reads a pronoun)
    if told_by_pronoun:  # "He previously served as foreign minister.": the person of the sentence before
        people = _person_before(ctx, verb.sent)
    if len(people) != 1:
        return []
    person = people[0]
    office, attachment = office_of(ctx, verb, person)
    titled = office is not None
    if office is None:
        led = led_org(ctx, verb, person)
        if led is not None:
            office, attachment = led, 1.0
        elif _leads_unread(ctx, verb):
            return []  # "Nagelsmann has led Germany since 2023", "ran the campaign": no office of the person's
        elif not title_heads(verb):
            office, attachment = _untitled_office(ctx, verb, person, of_body=_led_body(verb))
            if office is not None and _led_country(verb) and not _leads_a_state(ctx, office):
                office = None  # "Juncker, who led the country from 1995 to 2013": not his Commission
    if office is None:
        return []
    times = qualifiers(ctx, clause_tokens(verb))
    sure = {"attachment": attachment} if attachment < 1.0 else None
    out = []

    def add(subject: str, prop: str, when):
        if when is not None and timecmp.parts(when) and timecmp.parts(when)[0] is not None:
            out.append(make(ctx, subject, prop, office, [verb], verb, times={"point_in_time": when}, confidence=sure))

    if kind == "start":
        when = times.get("point_in_time") or (None if _since_window(verb) else times.get("start"))
        if when is None and telegraphic_present(verb):  # "Rutte Takes Over As NATO Chief": the article's day
            when, sure = article_day(ctx), {**(sure or {}), "date": HEADLINE_DAY}
        elif when is None and titled and started_that_day(ctx, verb, person, office):
            when = article_day(ctx)  # "Lee took office as defence minister", in the news of that day
        if not titled and when is not None and _after_the_article(ctx, when) \
                and not _taken_again_later(ctx, person, office):
            return []  # "Rutte, who takes office in October" (in July): not an office held by then
        if not titled and when is not None and _party_vote_before(ctx, person, office, when):
            sure = {**(sure or {}), "date": PARTY_VOTE}
        add(person, "took_office", when)
        for before in _predecessors(ctx, verb):
            add(before, "left_office", when)
    elif kind == "end":
        add(person, "left_office", times.get("point_in_time") or times.get("end"))
    elif "start" in times and "end" in times:  # "served as T from A to B"
        add(person, "took_office", times["start"])
        add(person, "left_office", times["end"])
    elif "start" in times and verb.tag_ == "VBD" and attachment >= HELD and _from_start(ctx, verb):
        add(person, "took_office", times["start"])  # "X, who served as T from May 2022," (a title written)
    elif kind == "serve" and titled and not times and bare_past(verb) and not _not_held_yet(verb) \
            and not [a for a in ctx.times_in(clause_tokens(verb)) if a.label != "DURATION"]:
        # (a span, "for almost 14 years", dates no term: held some time all the same)
        # "X was foreign minister", "X, who previously served as T,": held some time by the article's day
        if told_by_pronoun:
            sure = {**(sure or {}), "link": PRONOUN}
        if began_after_the_list(ctx, person, office):
            sure = {**(sure or {}), "date": OLDER_TERM}
        out.append(make(ctx, person, "held_office", office, [verb], verb, confidence=sure))
    return out


#: the things led that may be the body whose head is the person's one office ("who led the
#: alliance from 2009 to 2014"); "the country" only when that office leads a state; any other
#: ("the party", "the talks") is not
BODY_NOUNS = frozenset({"alliance", "bloc", "organisation", "organization", "union", "commission", "council"})
COUNTRY_NOUNS = frozenset({"country", "nation"})
LEADING_KINDS = frozenset({"head_of_government", "head_of_state", "head_of_state_and_government"})


def _led_country(verb: Token) -> bool:
    return verb.lemma_.lower() in LEAD_VERBS and any(
        c.dep_ == "dobj" and c.lemma_.lower() in COUNTRY_NOUNS for c in verb.children)


def _led_body(verb: Token) -> bool:
    """ "who led the alliance from 2009 to 2014": a body noun led, so the person's one office of
    an organisation (a former prime minister who later led NATO has two offices, one of a state)."""
    return verb.lemma_.lower() in LEAD_VERBS and any(
        c.dep_ == "dobj" and c.lemma_.lower() in BODY_NOUNS for c in verb.children)


def _leads_a_state(ctx: Context, office: str) -> bool:
    """Is the office a state's leading one (its head of government or of state)?"""
    attrs = (ctx.kb.entity(office).attrs or {}) if ctx.kb is not None and ctx.kb.has(office) else {}
    return str(attrs.get("jurisdiction", "")).startswith("state:") and attrs.get("kind") in LEADING_KINDS

PRONOUN = 0.4  # "he" / "she" taken for the one person of the sentence before: a guess, never flagged
PARTY_VOTE = 0.4  # an untitled start dated shortly before the term's first day: the party's vote, never flagged
PARTY_LEAD = 31  # days: how long a party's choice of its leader may come before the term it leads to


def _party_vote_before(ctx: Context, person: str, office: str, when: TimeQualifier) -> bool:
    """Does the written time end before one of the person's terms of a head of government's office,
    by PARTY_LEAD days or less? Then an untitled "Kishida replaced Suga in September" may tell the party's
    choice of its leader (29 September 2021), days before the premiership (4 October): the date is
    read unsure, never flagged. A date after the term's first day, or long before it, is read as
    it stands ("Hipkins took over from Ardern in March": the premiership began on 25 January)."""
    written = timecmp.bounds(when.value)
    if ctx.kb is None or written is None or not ctx.kb.has(office) or \
            (ctx.kb.entity(office).attrs or {}).get("kind") != "head_of_government":
        return False  # (a party chooses its leader, who then heads the government)
    for f in ctx.kb.facts(subject=person, property="holds_office", value=office):
        first = timecmp.bounds(f.start.value) if f.start is not None else None
        if first is not None and 0 < (first[0] - written[1]).days <= PARTY_LEAD:
            return True
    return False
OLDER_TERM = 0.4  # "X was T" before X's first term the KB lists, when its list starts late: an older term?


def began_after_the_list(ctx: Context, person: str, office: str) -> bool:
    """Do the person's terms the KB lists all begin after the article's day, while its list of
    the office's holders starts on a day (2014 for most)? Then the past told may be a term before
    the list ("Tusk was Polish prime minister", written in 2020 of his 2007-2014 term, when the KB
    lists only the one from 2023): the claim is read unsure, never flagged."""
    day = str(ctx.doc._.document_date or "")[:10]
    if ctx.kb is None or len(day) < 10:
        return False
    period = ctx.kb.coverage(office, "holds_office")
    if period is None or period.start is None:
        return False
    starts = [str(f.start.value if hasattr(f.start, "value") else f.start)[:10]
              for f in ctx.kb.facts(subject=person, property="holds_office") if f.value == office and f.start]
    return bool(starts) and not any(s <= day for s in starts)


def pronoun_subject(verb: Token) -> bool:
    return any(c.dep_ == "nsubj" and c.lower_ in ("he", "she") for c in verb.children)


def _person_before(ctx: Context, sent: Span) -> list[str]:
    """The one person the nearest sentence before `sent` that names people names (two sentences
    back at most); none when it names several."""
    doc = sent.doc
    end = sent.start
    for _ in range(2):
        if end <= 0:
            return []
        before = doc[end - 1].sent
        people = ctx.entities(before, ("person:",))
        if people:
            return people if len(people) == 1 else []
        end = before.start
    return []


# Words on a title in a past clause that make it no term held: "was the next / likely T".
NOT_HELD_YET = frozenset("next future likely possible would-be designate elect presumptive candidate".split())


def bare_past(verb: Token) -> bool:
    """A past tense with no time of its own: "was", "served", "had served", "has served"."""
    auxes = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    if verb.tag_ == "VBD" and not auxes:
        return True
    return verb.tag_ == "VBN" and bool(auxes) and auxes <= {"had", "has", "have", "'d", "'s", "'ve"}


def _not_held_yet(verb: Token) -> bool:
    """ "was the next / likely T", "was T-designate": a title not held (yet)."""
    return any(t.lower_ in NOT_HELD_YET or t.lower_.endswith(("-designate", "-elect"))
               for h in title_heads(verb) for t in h.subtree)


#: adverbs that make an undated denial of a start no plain denial: "did not immediately / yet /
#: formally take office" (a delay or a step still to come, not "never")
DELAY_WORDS = frozenset({"immediately", "yet", "formally", "officially", "still", "already", "actually"})
#: the days before the article's day on which a term the KB lists may begin for an undated past
#: start to be read as that day's news ("was sworn in", dated the next morning)
NEWS_DAYS = 1


def simple_past_start(verb: Token) -> bool:
    """Is the start told in the simple past, plainly or plainly denied: "took office", "was sworn
    in", "did not take office", "was not sworn in", "never became" (not "has taken", "had become",
    "will", "failed to take", "has yet to", "did not immediately take")?"""
    auxes = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if any(c.dep_ == "advmod" and c.lower_ in DELAY_WORDS for c in verb.children) or yet_to(verb):
        return False
    if verb.dep_ == "xcomp" or verb.sent.text.rstrip().endswith("?"):
        return False  # "failed / refused to take office"; a question
    if not auxes:
        return verb.tag_ == "VBD"
    return (auxes == {"did"} and verb.tag_ == "VB") or (auxes <= {"was", "were"} and verb.tag_ == "VBN")


def started_that_day(ctx: Context, verb: Token, person: str, office: str) -> bool:
    """ "Lee Jong-sup took office as defence minister", "X was not sworn in as president": an
    undated start told in the simple past (simple_past_start), with no time in its clause, is
    read as the article's day only when the KB lists the person's own term of that office
    beginning on that day or NEWS_DAYS before it (to the day). Any other undated start may tell
    an earlier term and is not read: with this, its denial ("did not take office") is checked
    against the term the article reports (neg25)."""
    day = article_day(ctx)
    if ctx.kb is None or day is None or not simple_past_start(verb) or ctx.times_in(clause_tokens(verb)):
        return False
    published = timecmp.bounds(day.value)
    for f in ctx.kb.facts(subject=person, property="holds_office", value=office):
        first = timecmp.bounds(f.start.value) if f.start is not None and f.start.precision == "day" else None
        if first is not None and published is not None and 0 <= (published[0] - first[0]).days <= NEWS_DAYS:
            return True
    return False


def article_day(ctx: Context) -> TimeQualifier | None:
    published = str(ctx.doc._.document_date or "")
    return TimeQualifier(published[:10], "day") if len(published) >= 10 else None


def _denied_term(ctx: Context, verb: Token) -> list[Statement]:
    """ "X did not serve as T from A to B", "X was never T between A and B" (a negated
    `held_office` with its start and end), "X was not T in 2015" (a negated `holds_office` of that
    time): a denial with a time of its own and a title written in the clause. Undated ("X was not
    T") it speaks of no day and is not read (office_predicates reads "was never T" alone)."""
    people = people_of(ctx, verb)
    if len(people) != 1 or not title_heads(verb):
        return []
    office, attachment = office_of(ctx, verb, people[0])
    if office is None:
        return []
    times = qualifiers(ctx, clause_tokens(verb))
    sure = {"attachment": attachment} if attachment < 1.0 else None
    if "start" in times and "end" in times:
        return [make(ctx, people[0], "held_office", office, [verb], verb, True,
                     {"start": times["start"], "end": times["end"]}, confidence=sure)]
    if "point_in_time" in times and "start" not in times and "end" not in times:
        return [make(ctx, people[0], "holds_office", office, [verb], verb, True,
                     {"point_in_time": times["point_in_time"]}, confidence=sure)]
    return []


def _from_start(ctx: Context, verb: Token) -> bool:
    """Is the clause's start written with "from" ("served as T from May 2022"), not "since"?"""
    return any(t.lower_ == "from" and t.head.i == verb.i for t in verb.children)


def _planned_end_statements(ctx: Context, verb: Token) -> list[Statement]:
    """ "X's term had been set to expire on Oct. 1", "is due to end in September": a planned end,
    read only for a term whose every planned end the KB keeps (its extensions,
    term_extensions.yaml); other plans change unseen. A day written without its year is kept
    without it ("XXXX-10-01"): the guessed year may be the wrong one."""
    people = people_of(ctx, verb)
    if len(people) != 1 or ctx.kb is None or not ctx.kb.facts(subject=people[0], property="term_extended"):
        return []
    office, attachment = office_of(ctx, verb, people[0])
    if office is None:
        offices = {f.value for f in ctx.kb.facts(subject=people[0], property="term_extended")}
        office, attachment = (offices.pop(), HELD) if len(offices) == 1 else (None, 0.0)
    if office is None:
        return []
    tokens = clause_tokens(verb)
    when = qualifiers(ctx, tokens).get("point_in_time") or qualifiers(ctx, tokens).get("end")
    if when is None:
        return []
    if not any(ch.isdecimal() and len(w) == 4 for a in ctx.times_in(tokens) for w in a.text.split() for ch in w[:1]):
        parts = timecmp.parts(when)
        if parts is None or parts[1] is None:
            return []
        when = TimeQualifier("XXXX" + when.value[4:], when.precision)
    sure = {"attachment": attachment} if attachment < 1.0 else None
    return [make(ctx, people[0], "left_office", office, [verb], verb, times={"point_in_time": when},
                 confidence=sure, modality="plan")]


def _predecessors(ctx: Context, verb: Token) -> list[str]:
    """Who left the office that day: the object of "succeeded / replaced Y", the person after
    "took over from Y"."""
    return ctx.entities(predecessor_tokens(verb), ("person:",))


SUCCEED_VERBS = ("succeed", "replace")


def predecessor_tokens(verb: Token) -> list[Token]:
    lemma = verb.lemma_.lower()
    if lemma in SUCCEED_VERBS and passive(verb):
        return passive_subject_tokens(verb)  # "Y was succeeded / replaced by X": Y
    if lemma in SUCCEED_VERBS:
        return [c for c in verb.children if c.dep_ == "dobj"]
    if lemma == "take":
        return [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "from" for p in c.children if p.dep_ == "pobj"]
    return []


def people_of(ctx: Context, verb: Token) -> list[str]:
    """The person whose term it is: the subject, or the owner of "term" ("X's term ended"); for a
    passive "Y was succeeded / replaced by X", X (none without "by")."""
    if verb.lemma_.lower() in SUCCEED_VERBS and passive(verb):
        return ctx.entities(phrase_tokens(agent_tokens(verb)), ("person:",))
    subject = _subject(verb)
    if subject is not None and subject.lemma_.lower() in TERM_NOUNS:
        owners = [c for c in subject.children if c.dep_ == "poss"]
        owners += [p for c in subject.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.subtree]
        return ctx.entities(owners, ("person:",))  # "X's term", "the term of Secretary-General X"
    nearest = _nearest_conjunct(ctx, verb)
    if nearest is not None:
        return nearest
    found = subject_entities(ctx, verb, ("person:",))
    if len(found) > 1 and subject is not None:
        owners = _name_owners(ctx, verb.head if subject.lower_ in ("who", "that") and verb.dep_ == "relcl" else subject)
        found = [p for p in found if p not in owners] or found
    if not found and subject is not None and subject.lower_ == "who" and verb.dep_ == "relcl":
        return _who(ctx, verb)
    if found and subject is not None and _owned_thing(ctx, subject):
        return []  # "Prime Minister X's party took the most seats": the party's deed, not X's term
    return found


def _nearest_conjunct(ctx: Context, verb: Token) -> list[str] | None:
    """ "the presidencies of A and B, who led the country from 1993 to 2001": a "who" clause right
    after the last of two or more coordinated names may be that name's alone, and two people
    seldom share one term: the term is the nearest name's (none when it is no person the article
    links). None when the clause does not follow such a list."""
    rel = verb.left_edge
    if verb.dep_ != "relcl" or rel.lower_ not in ("who", "whom") or rel.i == 0:
        return None
    before = ctx.doc[rel.i - 1]
    if before.is_punct and rel.i > 1:
        before = ctx.doc[rel.i - 2]
    while before.dep_ in ("compound", "flat") and before.head.i > before.i:
        before = before.head
    if before.dep_ != "conj":
        return None
    person = ctx.entity(before)
    return [person] if person and person.startswith("person:") else []


def _name_owners(ctx: Context, subject: Token) -> set[str]:
    """The entities of a possessor on a person's name ("Labour's Chris Hipkins": Labour, which the
    tagger may take for a person): the party or country the name is given with, not a second
    person whose term it is."""
    out: set[str] = set()
    for t in subject.subtree:
        if str(ctx.entity(t) or "").startswith("person:"):
            out |= {e for c in t.children if c.dep_ == "poss" for e in ctx.entities(list(c.subtree), ("person:",))
                    if e != ctx.entity(t)}
    return out


def _owned_thing(ctx: Context, subject: Token) -> bool:
    """Is the subject a thing a person owns ("X's ruling party", "the president's plan"), not
    the person (nor a title: "the prime minister's successor" is not read either way)?"""
    if ctx.entity(subject) is not None and ctx.entity(subject).startswith("person:"):
        return False
    if any(c.dep_ == "appos" and str(ctx.entity(c) or "").startswith("person:") for c in subject.children):
        return False  # "His father, X, was prime minister": the apposition names the person
    return subject.lower_ not in HEADS and any(c.dep_ == "poss" for c in subject.children)


def _subject(verb: Token) -> Token | None:
    """The verb's subject, or for a verb under another ("X's term is due to end", "had been set to
    expire") the subject of the verb it hangs on."""
    head = verb
    for _ in range(3):
        subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None or head.dep_ not in ("xcomp", "acomp") or head.head is head:
            return subject
        head = head.head
    return None


def _who(ctx: Context, verb: Token) -> list[str]:
    """ "Rose Gottemoeller from the United States, who took up ...": the parse hangs the clause on
    the place; "who" is the person just before it, with no verb between."""
    for tok in reversed(ctx.doc[max(verb.sent.start, verb.head.i - 6):verb.head.i + 1]):
        if tok.pos_ in ("VERB", "AUX"):
            return []
        person = ctx.entity(tok)
        if person and person.startswith("person:"):
            return [person]
    return []


COMING = 400  # days: a successor's term the KB lists, begun at most a month before or this long after


def _coming_office(ctx: Context, verb: Token, before: str) -> tuple[str | None, float]:
    """ "X will replace Y on 1 October", no title written: the one office Y held and X holds a
    term of that the KB lists as beginning from a month before the article's day to COMING days
    after it (the handover the article announces); none when there are several or none."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None and verb.dep_ == "xcomp":  # "X is set to replace Y"
        subject = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and subject.lower_ in ("who", "that") and verb.dep_ == "relcl":
        successors = ctx.entities([verb.head], ("person:",))  # "X, who will take over from Y on D,"
    else:
        successors = ctx.entities([t for t in subject.subtree if t.dep_ not in ("relcl", "appos")],
                                  ("person:",)) if subject is not None else []
    day = timecmp.bounds(str(ctx.doc._.document_date or "")[:10]) if ctx.doc._.document_date else None
    if len(successors) != 1 or successors[0] == before or day is None or ctx.kb is None:
        return None, 0.0
    held = {f.value for f in ctx.kb.facts(subject=before, property="holds_office")}
    low, high = day[0] - timedelta(days=31), day[1] + timedelta(days=COMING)
    offices = {f.value for f in ctx.kb.facts(subject=successors[0], property="holds_office")
               if f.value in held and f.start is not None and timecmp.bounds(f.start.value)
               and low <= timecmp.bounds(f.start.value)[0] <= high}
    return (offices.pop(), UNTITLED) if len(offices) == 1 else (None, 0.0)


def _appointed_as(ctx: Context, verb: Token) -> list[Token]:
    """The title the successor was named to in the two sentences before: "Stoltenberg has decided
    to appoint Mircea Geoana as the next Deputy Secretary General. Geoana will replace Rose
    Gottemoeller" (the successor's name, then "as" and a title, within a few words)."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    successors = set(ctx.entities([t for t in subject.subtree], ("person:",))) if subject is not None else set()
    if not successors:
        return []
    doc, here = ctx.doc, verb.sent
    first = here.start
    for _ in range(2):
        if first > 0:
            first = doc[first - 1].sent.start
    for tok in doc[first:here.start]:
        if ctx.entity(tok) in successors:
            after = next((t for t in doc[tok.i + 1:min(tok.i + 4, here.start)] if t.lower_ == "as"), None)
            head = title_after_as(after) if after is not None else None
            if head is not None:
                return [head]
    return []


def office_of(ctx: Context, verb: Token, person: str, heads: list[Token] | None = None) -> tuple[str | None, float]:
    """The office named in the clause (or at `heads`), and how sure its state or organisation is."""
    from accord.nlp.extract.offices import WRITTEN, _find_office, _held_jurisdiction

    heads = title_heads(verb) if heads is None else heads
    if any(alternatives(h) for h in heads):
        return None, 0.0  # "served as president or prime minister from 1999": either, so neither
    for head in heads:
        found = title_at(ctx.doc, head)
        if found is None:
            continue
        (start, end), jurisdiction = found
        title = ctx.doc[start:end].text
        owners = ctx.entities(ctx.doc[jurisdiction[0]:jurisdiction[1]], ("org:", "state:")) if jurisdiction else []
        owners = owners or ctx.entities(ctx.doc[start:end], ("org:", "state:"))
        owners = owners or _led_state(ctx, verb)
        if owners:
            office = _find_office(ctx.kb, title, owners[0], None)
            if office is None and jurisdiction:
                # "became President of the European Commission": the KB holds the institution as an
                # organisation, and its president's office as the EU's, named with the institution
                named = _institution_office(ctx, title, ctx.doc[jurisdiction[0]:jurisdiction[1]].text)
                if named is not None:
                    return named, WRITTEN
            return (office.id, WRITTEN) if office is not None else (None, 0.0)
        if jurisdiction:  # an institution the KB does not take for an organisation: "president of the European Council"
            named = _institution_office(ctx, title, ctx.doc[jurisdiction[0]:jurisdiction[1]].text)
            if named is not None:
                return named, WRITTEN
            continue  # "president of the UN General Assembly": an owner written that the KB does not
            # know is no licence to take the person's own office of that title (it was "President of Germany")
        held = _held_jurisdiction(ctx.kb, person, title) or (
            _home_state(ctx.kb, person) if _named_in_full(ctx, verb, person) else None)
        office = _find_office(ctx.kb, title, held, None) if held else None
        return (office.id, HELD) if office is not None else (None, 0.0)
    return None, 0.0


def _led_state(ctx: Context, verb: Token) -> list[str]:
    """ "X, who led Belgium as prime minister": the state a leading verb takes as its object owns
    the title written after "as"."""
    if verb.lemma_.lower() not in ("lead", "head", "govern", "rule"):
        return []
    return ctx.entities([t for c in verb.children if c.dep_ == "dobj" for t in c.subtree], ("state:",))


def _named_in_full(ctx: Context, verb: Token, person: str) -> bool:
    """Is the person named in the sentence by a full name ("John Healey"), not a surname alone or
    after an honorific ("Mrs. Clinton", linked maybe to the wrong Clinton)? The state guessed
    from the person's other offices is only as sure as the link."""
    from accord.nlp.extract.titles import HONORIFICS

    words = [t for t in verb.sent if ctx.entity(t) == person and t.is_alpha]
    for first, second in zip(words, words[1:]):
        before = first.nbor(-1) if first.i > 0 else None
        if second.i == first.i + 1 and not (before is not None and before.lower_.rstrip(".") in HONORIFICS):
            return True
    return False


def _home_state(kb, person: str) -> str | None:
    """The one state whose offices the KB says the person held, for a bare title of an office
    the person never held ("Starmer named John Healey as foreign secretary": Healey's offices are
    all British, so the British one). None for someone with offices of two states or of an
    organisation (an organisation's title is never guessed from a state)."""
    where = {(kb.entity(f.value).attrs or {}).get("jurisdiction")
             for f in kb.facts(subject=person, property="holds_office")}
    return where.pop() if len(where) == 1 and next(iter(where), None) and next(iter(where)).startswith("state:") else None


def _institution_office(ctx: Context, title: str, owner: str) -> str | None:
    """The one KB office named by an institution and a title ("European Council President",
    "President of the European Council"), however the article orders them."""
    if ctx.kb is None:
        return None
    owner = owner.removesuffix("'s").removesuffix("’s").strip()
    owner = owner[4:] if owner.lower().startswith("the ") else owner
    hits = {e.id for form in (f"{owner} {title}", f"{title} of {owner}", f"{title} of the {owner}")
            for e in ctx.kb.resolve(form) if e.type == "office"}
    return hits.pop() if len(hits) == 1 else None


def _untitled_office(ctx: Context, verb: Token, person: str, of_body: bool = False) -> tuple[str | None, float]:
    """A term told without its title ("who took up her position in October 2016", "took over
    from Stoltenberg on 1 October", "succeeded him"): the one office the KB lists for the person
    (and for the predecessor named, when there is one); with `of_body` (a body noun led: "the
    alliance") only the person's offices of an organisation count. The KB's lists cover the
    people it names, not every post they held, so the reading is sure to `UNTITLED` only."""
    if ctx.kb is None:
        return None, 0.0
    offices = {f.value for f in ctx.kb.facts(subject=person, property="holds_office")
               if not bare_past(verb) or _begun_by_then(ctx, f)}
    if of_body:
        offices = {o for o in offices if ctx.kb.has(o)
                   and str((ctx.kb.entity(o).attrs or {}).get("jurisdiction") or "").startswith("org:")}
    befores = _predecessors(ctx, verb)
    for before in befores:
        offices &= {f.value for f in ctx.kb.facts(subject=before, property="holds_office")}
    posts = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in POSTS]
    if verb.lemma_.lower() in ("take", "assume") and not posts and not befores:
        return None, 0.0  # "took over" alone: over what?
    if len(offices) > 1 and len(befores) == 1:
        offices = handed_between(ctx, befores[0], person, offices) or offices
    return (offices.pop(), UNTITLED) if len(offices) == 1 else (None, 0.0)


def _begun_by_then(ctx: Context, term) -> bool:
    """Had the term begun by the article's day? An article of 2019 that says Draghi "took office in
    2011" tells of a post he held then (the ECB's), not of the premiership the KB gives him from
    2021: an office first taken after the article was written is not the one a term told as past
    speaks of (one told as to come, "takes office in October", may be: `bare_past`)."""
    day = article_day(ctx)
    if day is None or term.start is None:
        return True
    return timecmp.bounds(term.start) is None or timecmp.bounds(day) is None \
        or timecmp.bounds(term.start)[0] <= timecmp.bounds(day)[1]


def _after_the_article(ctx: Context, when) -> bool:
    """Does the time begin after the article's day? An untitled start then ("who takes office in
    October", written in July) is of an office to come, not one of those `_untitled_office` keeps
    (begun by the article's day)."""
    day = article_day(ctx)
    start = timecmp.bounds(getattr(when, "value", when))
    today = timecmp.bounds(getattr(day, "value", day)) if day is not None else None
    return start is not None and today is not None and start[0] > today[1]


def _taken_again_later(ctx: Context, person: str, office: str) -> bool:
    """Does the KB have the person take the office up again after the article's day ("Trump takes
    office on 20 January", in January 2025: his second term)? Then a later start may be of it."""
    day = article_day(ctx)
    today = timecmp.bounds(getattr(day, "value", day)) if day is not None else None
    if today is None or ctx.kb is None:
        return False
    return any(f.start is not None and (b := timecmp.bounds(f.start.value)) is not None and b[0] > today[1]
               for f in ctx.kb.facts(subject=person, property="holds_office", value=office))


HANDOVER_DAYS = 3  # days: a term's end written as its last day or as its successor's first


def handed_between(ctx: Context, before: str, after: str, offices: set[str]) -> set[str]:
    """Of the offices both people held, those the KB has one hand straight to the other (a term of
    `before` ending within HANDOVER_DAYS of a term of `after` beginning): "Hipkins took over from
    Ardern in January" is the premiership (Ardern left it the day Hipkins took it up), not the
    opposition's leadership both held years apart."""
    out = set()
    for office in offices:
        ends = [timecmp.bounds(f.end.value)[0] for f in ctx.kb.facts(subject=before, property="holds_office", value=office)
                if f.end is not None and timecmp.bounds(f.end.value) and len(f.end.value) == 10]
        starts = [timecmp.bounds(f.start.value)[0] for f in ctx.kb.facts(subject=after, property="holds_office", value=office)
                  if f.start is not None and timecmp.bounds(f.start.value) and len(f.start.value) == 10]
        if any(abs((s - e).days) <= HANDOVER_DAYS for s in starts for e in ends):
            out.add(office)
    return out


def led_org(ctx: Context, verb: Token, person: str | None = None) -> str | None:
    """ "took over (the helm of) the alliance", "assumed the leadership of NATO", "led NATO": the
    head office of the organisation taken over or led; likewise a ministry ("ran Germany's defence
    ministry", "took the helm of the Foreign Office") and, for a person the KB lists in one of its
    leading offices, a state ("led Germany from 2021 to 2025"): led_offices.led_office."""
    from accord.nlp.extract.claims.led_offices import led_objects, led_office

    if verb.lemma_.lower() not in ("take", "assume", "be", *LEAD_VERBS):
        return None
    found = {f[0] for f in (led_office(ctx, o, person) for o in led_objects(verb)) if f is not None}
    return found.pop() if len(found) == 1 else None


def _leads_unread(ctx: Context, verb: Token) -> bool:
    """A verb of leading whose object no office was found for, where the person's one office must
    not be guessed: run / govern / "be at the helm" (of anything), lead / head with an object
    that is no body and no country (`BODY_NOUNS`, `COUNTRY_NOUNS`: "headed the party"), or a state or its government led by someone the KB
    lists in none of its leading offices."""
    from accord.nlp.extract.claims.led_offices import bare_government, led_objects, state_led

    lemma = verb.lemma_.lower()
    if lemma in ("run", "govern", "be"):
        return True
    if lemma in LEAD_VERBS and any(c.dep_ == "dobj" and c.lemma_.lower() not in BODY_NOUNS | COUNTRY_NOUNS
                                   for c in verb.children):
        return True  # "who headed the party from 1990 to 1995": a thing led that names no office of the KB
    return lemma in LEAD_VERBS and any(state_led(ctx, o) is not None or bare_government(o) for o in led_objects(verb))


def title_heads(verb: Token) -> list[Token]:
    """Where a term verb writes its title: "as T", an attribute ("became T"), "the post of T",
    "X's term as T"."""
    heads = [title_after_as(t) for t in verb.subtree if t.lower_ == "as" and t.i < verb.i + 12
             and not _anothers_as(verb, t) and not _in_another_clause(verb, t) and not _earlier_spell(verb, t)]
    for c in verb.children:
        if c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in TERM_NOUNS:
            heads += [t for p in c.children if p.dep_ == "prep" and p.lower_ == "of"
                      for t in p.subtree if t.lower_ in HEADS]  # "the term of Secretary-General X"
    for c in verb.children:
        if c.dep_ in ("attr", "oprd") or c.dep_ == "acomp" and c.lower_ in HEADS:  # "became secretary
            heads.append(c)  # general", parsed with "general" an adjective
        elif c.dep_ == "dobj" and c.lemma_.lower() in POSTS:
            heads += [p for x in c.children if x.dep_ == "prep" and x.lower_ == "of" for p in x.children]
    return [h for h in heads if h is not None]


CLAUSES = frozenset({"relcl", "acl", "appos"})


def _in_another_clause(verb: Token, tok: Token) -> bool:
    """ "became secretary general in 2014 after serving as Norway's prime minister", "Rutte, who
    led the Netherlands as prime minister, took office as Secretary General": the "as T" of a
    verb under this one ("serving", a relative clause's "led") is that verb's title, not this
    verb's; so is the "as T" of a clause or an apposition on the subject with no verb of its own."""
    head = tok.head
    while head.i != verb.i and head.head.i != head.i:
        if head.pos_ in ("VERB", "AUX") or head.dep_ in CLAUSES:
            return True
        head = head.head
    return False


def alternatives(attr: Token) -> bool:
    """Is the title one of alternatives ("has been president or prime minister since 1999",
    "either foreign minister or defence minister")? Either office may be meant, so neither is
    claimed."""
    return any(c.dep_ == "cc" and c.lower_ in ("or", "nor") for c in attr.children) or \
        attr.dep_ == "conj" and any(c.dep_ == "cc" and c.lower_ in ("or", "nor") for c in attr.head.children)


# Words that open a phrase of another time, before or after the verb's ("after eight years as T")
SPELL_PREPS = frozenset("after before following since until".split())


def _earlier_spell(verb: Token, as_token: Token) -> bool:
    """ "led NATO from 2009 to 2014, after eight years as prime minister of Denmark", "took over
    in 2019 following a stint as foreign minister": the "as T" of a span of time under "after",
    "before", "following", "since" or "until" is a post held in that other span, not the one the
    verb's dates are of."""
    head = as_token.head
    while head.i != verb.i and head.head.i != head.i:
        if head.dep_ == "pobj" and head.head.lower_ in SPELL_PREPS:
            return True
        head = head.head
    return False


def _anothers_as(verb: Token, as_token: Token) -> bool:
    """ "took office in 2009 with Y as his secretary of state": the title is Y's (a person after
    "with" between the verb and "as"), not the subject's."""
    between = as_token.doc[verb.i + 1:as_token.i]
    withs = [t.i for t in between if t.lower_ == "with"]
    return bool(withs) and any(t.ent_type_ == "PERSON" for t in as_token.doc[withs[-1] + 1:as_token.i])


def title_after_as(as_token: Token) -> Token | None:
    """The title noun after "as", whatever the parse made of "as" (a preposition or a marker):
    the first title head before punctuation or a verb."""
    for tok in as_token.doc[as_token.i + 1:as_token.i + 7]:
        if tok.is_punct or tok.pos_ in ("VERB", "AUX"):
            return None
        if tok.lower_ in HEADS:
            return tok
    return None


# -- checks ---------------------------------------------------------------------------------------
def _own(checker, st: Statement) -> list:
    return checker.kb.facts(subject=st.subject, property="holds_office", value=st.value)


def within_a_day(stated, known: str | None) -> bool:
    """Does a stated date agree with a known day, at the stated precision, within a day? An end
    is written as the last day in office as often as the first day out (the KB's `end`), a start
    as the day of the oath or of the handover."""
    if known is None:
        return False
    day = timecmp.bounds(known)[0] if timecmp.parts(known)[2] is not None else None
    near = [known] + ([(day + timedelta(days=d)).isoformat() for d in (-1, 1)] if day else [])
    return any(timecmp.same_time(stated, c) for c in near)


def check_took_office(checker, st: Statement, on: str | None) -> Verdict | None:
    return _check_date(checker, st, "start", "took up")


def check_left_office(checker, st: Statement, on: str | None) -> Verdict | None:
    return _check_date(checker, st, "end", "left")


def _check_date(checker, st: Statement, side: str, verb: str) -> Verdict | None:
    stated = st.point_in_time
    terms = checker.kb.facts(property="holds_office", value=st.value)
    if stated is None or not terms:
        return None  # an office the KB keeps no list of: the general rule (new)
    own = _own(checker, st)
    person, office = checker.name(st.subject), checker.name(st.value)
    known = [getattr(f, side).value if getattr(f, side) else None for f in own]
    agree = [f for f, k in zip(own, known) if within_a_day(stated, k)]
    if not agree and side == "end":
        planned = _planned_end(checker, st, stated)
        if planned is not None:
            return planned
    if agree:
        return Verdict("supported", f"{person} {verb} the office of {office} on {getattr(agree[0], side).value}.",
                       [fact_evidence(f) for f in agree])
    extensions = checker.kb.facts(subject=st.subject, property="term_extended", value=st.value)
    if side == "end" and st.modality == "plan" and extensions:
        # every end the term was due to have is in the KB (term_extensions.yaml): none is this one
        due = sorted({str(f.qualifiers.get("from") or "") for f in extensions} | {f.end.value for f in extensions if f.end} - {""})
        return Verdict("contradicted_by_kb", f"The claim says {person}'s term as {office} was due to end on "
                       f"{timecmp.label(stated)}, but it was due to end on {', '.join(due)} as extended, and ended on "
                       f"{', '.join(k or 'not yet' for k in known)}.", [fact_evidence(f) for f in extensions + own])
    renewed = _renewed_term(st, stated, own) if side == "start" else None
    if renewed is not None:
        return Verdict("unverifiable", f"{person} already held the office of {office} from "
                       f"{renewed.start.value}; {timecmp.label(stated)} falls within that tenure, so the "
                       f"ceremony or term told is a new term of it (re-election, re-inauguration), which "
                       f"the knowledge base does not list apart.", [fact_evidence(renewed)])
    cover = checker.kb.covers(st.value, "holds_office", stated)
    if not cover.covered:
        return Verdict("new", f"The knowledge base cannot check when {person} {verb} the office of {office} "
                       f"({timecmp.label(stated)}): {cover.reason}.", [fact_evidence(f) for f in own])
    if own:
        dates = ", ".join(k or "not yet" for k in known)
        return Verdict("contradicted_by_kb", f"The claim says {person} {verb} the office of {office} on "
                       f"{timecmp.label(stated)}, but the knowledge base dates it {dates}.", [fact_evidence(f) for f in own])
    holders = [f for f in terms if timecmp.active_on(f.start, f.end, stated.value, f.point_in_time)]
    if not holders:
        return Verdict("new", f"The knowledge base lists no holder of the office of {office} on {stated.value}.")
    who = ", ".join(checker.name(f.subject) for f in holders)
    named = next((f for f in holders if _other_spelling(person, checker.name(f.subject))), None)
    if named is not None and not checker.kb.has(st.subject):
        # "De Croo was succeeded as prime minister ...": the holder's family name alone (or another
        # romanisation of the holder's name), not another person
        return Verdict("unverifiable", f"The knowledge base does not know {person}, but the name is the one of "
                       f"{checker.name(named.subject)}, who held the office of {office} on {stated.value}.",
                       [fact_evidence(named)])
    return Verdict("contradicted_by_kb", f"{person} never held the office of {office}; on {stated.value} it was "
                   f"held by {who}.", [fact_evidence(f) for f in holders])


# A new term of an office already held. Told outright ("sworn in for a second term", "began
# another five-year mandate", "was re-elected"), it may come a year into the tenure (a snap
# election); told by the ceremony alone ("was sworn in as president", "was inaugurated"), only
# after two (a date a year off a first swearing-in is a wrong date, checked as such).
_RENEWAL = re.compile(r"\b(?:re-?elect\w*|re-?inaugura\w*|(?:new|another|second|third|fourth|fifth|sixth|"
                      r"seventh|consecutive|next|\d+(?:st|nd|rd|th))\s+(?:(?:[\w]+-year|full|straight|"
                      r"consecutive|successive|presidential)\s+){0,2}(?:term|mandate))\b", re.I)
_CEREMONY = re.compile(r"\b(?:sworn|swore|swearing|inaugura\w*|oath)\b", re.I)
RENEWAL_MIN_DAYS = 365  # a mandate told as new: at least a year into the tenure
CEREMONY_MIN_DAYS = 2 * 365  # a ceremony alone: at least two years in


def _renewed_term(st: Statement, stated, own: list):
    """The person's own term that `stated` (a start) falls inside, still running then and begun
    long enough before it (RENEWAL_MIN_DAYS when the sentence tells a new term or a re-election,
    CEREMONY_MIN_DAYS when it tells only a swearing-in or an inauguration): a new mandate within
    a tenure the KB records as one term. None otherwise (a start a few months into a tenure is a
    wrong date, checked as such)."""
    span = timecmp.bounds(stated.value) if timecmp.parts(stated.value) else None
    sentences = [r.sentence or "" for r in st.references]
    if span is None:
        return None
    if any(_RENEWAL.search(s) for s in sentences):
        least = RENEWAL_MIN_DAYS
    elif any(_CEREMONY.search(s) for s in sentences):
        least = CEREMONY_MIN_DAYS
    else:
        return None
    for f in own:
        first = timecmp.bounds(f.start.value)[1] if f.start is not None and timecmp.parts(f.start.value) else None
        if first is None or (span[0] - first).days < least:
            continue
        if f.end is None or timecmp.last_day(f.end) >= span[1]:
            return f
    return None


def _planned_end(checker, st: Statement, stated) -> Verdict | None:
    """An end the term was due to have before an extension moved it ("his term ends on 30
    September 2022", written before the allies extended it): the KB's `term_extended` facts give
    every end the term was due to have (kb/data/term_extensions.yaml)."""
    for f in checker.kb.facts(subject=st.subject, property="term_extended", value=st.value):
        before = str(f.qualifiers.get("from") or "")
        after = [f.end.value if f.end else "", str(f.qualifiers.get("until") or "")]
        how = "moved" if before and within_a_day(stated, before) else "set" if any(d and within_a_day(stated, d) for d in after) else ""
        if how:
            return Verdict("supported", f"{checker.name(st.subject)}'s term as {checker.name(st.value)} was due to end "
                           f"on {timecmp.label(stated)} at one time: the extension decided on {f.point_in_time.value} "
                           f"{how} that end.", [fact_evidence(f)])
    return None


def check_held_office(checker, st: Statement, on: str | None) -> Verdict | None:
    """ "former / then Prime Minister X": one of X's own terms began by `on`. Someone the KB does
    not list is `new`: its lists start in 2014, and a former holder may be older."""
    own = _own(checker, st)
    if not own:
        return _another_states(checker, st)
    if on is None or timecmp.parts(on) is None:
        return None
    person, office = checker.name(st.subject), checker.name(st.value)
    if st.end is not None and timecmp.bounds(st.end.value) is not None:
        over = _over_by(checker, st, own)
        if over is not None:
            return over
    first_day = timecmp.bounds(on)[1]
    began = [f for f in own if f.start is not None and timecmp.bounds(f.start)[0] <= first_day]
    if began:
        return Verdict("supported", f"{person} held the office of {office} from {began[0].start.value}.",
                       [fact_evidence(f) for f in began])
    if all(f.start is not None for f in own):
        return Verdict("contradicted_by_kb", f"The claim says {person} had held the office of {office} by {on}, but "
                       f"the knowledge base dates the term from {own[0].start.value}.", [fact_evidence(f) for f in own])
    return None


NATIONAL = {"head_of_state", "head_of_government", "head_of_state_and_government", "deputy_head_of_government",
            "foreign_minister", "defence_minister", "monarch"}


def _another_states(checker, st: Statement) -> Verdict | None:
    """"Jens Stoltenberg, a former Danish prime minister": a state's government is its citizens';
    someone the KB records in the government of one state only, and never in this state's, did not
    lead another state's (the KB's lists of this state's office may start after their time, so
    this is the only way to check an old "former")."""
    kb = checker.kb
    try:
        office = kb.entity(st.value)
    except Exception:
        return None
    attrs = office.attrs or {}
    state = str(attrs.get("jurisdiction", ""))
    if not state.startswith("state:") or attrs.get("kind") not in NATIONAL:
        return None
    held = {}
    for fact in kb.facts(subject=st.subject, property="holds_office"):
        try:
            other = kb.entity(fact.value).attrs or {}
        except Exception:
            continue
        if other.get("kind") in NATIONAL and str(other.get("jurisdiction", "")).startswith("state:"):
            held.setdefault(str(other["jurisdiction"]), []).append(fact)
    if len(held) != 1 or state in held:
        return None
    (home, facts), = held.items()
    person = checker.name(st.subject)
    return Verdict("contradicted_by_kb", f"The knowledge base records {person} in the government of "
                   f"{checker.name(home)} only, never as {checker.name(st.value)}.",
                   [fact_evidence(f) for f in facts])


def _over_by(checker, st: Statement, own: list) -> Verdict | None:
    """ "former T X" (an `end`: the term was over by that day): supported by a term of X's that
    ended by then; contradicted when X surely still held the office that day and had no earlier
    term ("former NATO Secretary General Mark Rutte" in 2025)."""
    from accord.nlp.extract.claims._negation import _known_on

    person, office, day = checker.name(st.subject), checker.name(st.value), st.end.value
    last = timecmp.bounds(day)[1]
    ended = [f for f in own if f.end is not None and timecmp.bounds(f.end) and timecmp.bounds(f.end)[0] <= last]
    if ended:
        return Verdict("supported", f"{person} left the office of {office} on {ended[0].end.value}.",
                       [fact_evidence(f) for f in ended])
    current = [f for f in own if _known_on(f, day, checker.kb)]
    if current:
        return Verdict("contradicted_by_kb", f"The claim calls {person} a former {office}, but {person} held the "
                       f"office on {day} (from {current[0].start.value if current[0].start else '?'}).",
                       [fact_evidence(f) for f in current])
    return None


CHECKS = {"took_office": check_took_office, "left_office": check_left_office, "held_office": check_held_office}
