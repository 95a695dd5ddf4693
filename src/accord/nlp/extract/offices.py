"""Offices: who holds which office, of which organisation or state, on which date.

From the titled names (titles.py) once people and organisations are linked: the person is the
name's link, the jurisdiction the organisation or state written with the title ("NATO deputy
spokesperson", "the alliance's head of policy planning", "at Otago University"). A government
title written alone ("Prime Minister Chris Hipkins") belongs to the state the KB has that
office for among the states the article names, else to the state it names most (marked
`inferred`). The office is the KB's (`KB.find_office`), else an id minted like the KB's
("office:nato-deputy-spokesperson"). The date it holds is the article's publication date, or
None when that is unknown. Titles not held yet ("incoming", "-designate", "the possible
re-election of X as president") are skipped; "former" titles, and "then" titles whose sentence gives
no date of its own, are `held_office` statements (held some time before the article's date; a
"former" one with `end` the article's date: the term was over by then;
checked by claims/terms.py); "then" with a date speaks of that date; "outgoing" of the month of
the day before the clause's day; an "acting" holder is read only when the KB lists the person as a holder of the office.
"NATO's Rutte" (an organisation's official without a title) is read by office_owners.py, "the
leaders of A and B, X and Y" by office_lists.py.

`offices(doc, kb, titles, mentions, on)` returns `Annotation(layer="office")`s;
`office_statements(doc_id, offices, sentences)` the `holds_office` statements with references.
"""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta
from dataclasses import replace

from spacy.tokens import Doc

from accord.kb import temporal
from accord.model import Annotation, Reference, Statement, TimeQualifier
from accord.nlp.extract.office_antecedents import antecedent_titles
from accord.nlp.extract.office_kinds import adjacent, office_of_kind
from accord.nlp.extract.office_lists import listed_titles
from accord.nlp.extract.office_meetings import met_on_the_day
from accord.nlp.extract.office_owners import owned_names, surname_holder
from accord.nlp.extract.people import slug
from accord.nlp.extract.title_tense import is_rank, ranked_before, unranked
from accord.nlp.extract.titles import Title, organisation_in_apposition

GOVERNMENT_WORDS = frozenset("minister premier president chancellor secretary ambassador governor taoiseach".split())


def offices(doc: Doc, kb, titles: list[Title], mentions: list[Annotation], on: str | None,
            times: list[Annotation] = ()) -> list[Annotation]:
    """One office annotation per titled person whose title names an office.

    The date it holds is the article's (`on`), unless the sentence dates what it tells: "the
    partnership was announced on September 15, 2021 by ... Prime Minister X" speaks of X's office
    on that day (`times` are the document's time expressions)."""
    by_span = {(m.start, m.end): m for m in mentions}
    states = Counter(m.entity for m in mentions if m.entity and m.entity.startswith("state:"))
    out = []
    named = {m.entity for m in mentions if m.label == "PERSON" and m.entity and " " in m.text.strip()}  # in full
    held_by: dict[tuple[int, int], str] = {}  # a titled name -> its office (for "his counterpart")
    for t in titles:
        if t.title is None or t.prospective:
            continue
        person = _mention_at(doc, t.name, by_span)
        if person is None or person.label != "PERSON" or not person.entity:
            continue
        if _quoted_as_words(doc, t):
            continue  # 'Biden referred to "Vice President Trump"': the words someone said, no claim
        t = _split_title(doc, t)
        if t.former and _time_to_come(doc, t):
            continue  # "once Obama is former president Obama": a time to come, nothing to check yet
        # "former" is said from the writer's day: "Former Prime Minister X said in May 2019" is true
        # of an X who left office after May 2019 (the clause's date would flag it)
        when = on if t.former else _sentence_date(doc, t, times, on)
        if when == on and not t.former:
            when = _when_antecedent(doc, t, times, on) or when  # "since November, when President X ..."
        held = t.former or (t.then and when == on)  # "then-Prime Minister X" with no date: some day before
        # "who served under President X from 2022"; not "former" (said from the article's day)
        past = _past_period(doc, t, times, on) if when == on and not t.former and not t.then else None
        if past == "held" or (not held and _era_title(doc, t)):
            held = True
        elif past:
            when = past  # "In 2019, President X said ...": the office in that year
        if not held and when == on and _ranked(doc, t):
            held = True  # "X, Finland's 12th president,": a rank among the holders, X's for good
        if not held and _gave_up(doc, t):  # "the acting president, X, resigned": held up to then
            if when != on and when and len(when) == 10:
                when = (date.fromisoformat(when) - timedelta(days=1)).isoformat()  # the last day in office
            elif when == on:
                held = True  # "resigned earlier this month": some time before the article's day
        if not held and _died(doc, t):
            held = True  # "X, Japan's prime minister, was shot dead": an obituary's titles are the life's
        term = _apposition_term(doc, t, times)  # "X, prime minister from 2016 to 2019,": that term
        held = held or bool(term) or _dated_apposition(doc, t, times)  # "X (prime minister 2016-2019)": a past term
        if t.outgoing and when:
            when = _last_stretch(when)  # "the outgoing prime minister": its last stretch, read to the month
        who = person.entity if kb is None or kb.has(person.entity) else _surname_titled(kb, person.text, t.title_text)
        jurisdiction, attachment = _jurisdiction(doc, kb, t, by_span, states, who or person.entity,
                                                 _coordinated(doc, t, titles))
        found = _annotation(doc, kb, t, person, jurisdiction, attachment, when)
        if t.counterpart_of is not None and not found.data["kb"]:
            found = _counterpart_office(kb, found, held_by.get(t.counterpart_of))
            if found is None:
                continue  # "his Chinese counterpart": no office of that kind the KB keeps
        held_by[t.name] = found.data["office"]
        if kb is not None and not kb.has(person.entity):  # "President Niinisto": the holder, accents aside
            found.data["person"] = surname_holder(kb, found.data["office"], person.text) or person.entity
        if t.name[1] - t.name[0] == 1 and found.data["person"] not in named and not _own_term(
                kb, found.data["person"], found.data["office"]):
            continue  # "Smith, the German chancellor": a surname alone is read only for a holder the KB lists
        if t.acting and not _own_term(kb, person.entity, found.data["office"]):
            continue  # acting holders are often missing from the lists: only the KB's own are checked
        if (t.elected or _chosen(doc[t.name[1] - 1])) and _starts_after(kb, found.data["person"],
                                                                       found.data["office"], when):
            continue  # "newly elected President X", "Secretary X was confirmed": not in office yet
        if not held and when == on and t.counterpart_of is None and not t.outgoing and \
                _long_gone(kb, found.data["person"], found.data["office"], on) and not _actor(doc, t) and \
                not _in_another_post_now(doc, kb, t, found.data["person"], found.data["office"], on) and \
                not met_on_the_day(doc, kb, t, found.data["person"], found.data["office"], on, times) and \
                not _listed_with_counterparts(doc, kb, t, titles, by_span, found.data["office"], on):
            held = True  # "criticized President George W. Bush" in 2016: the holder of those years, named
        if not held and when == on and _narrated_earlier_year(doc, t, times, on):
            held = True  # "At the 2008 summit, Bush pushed ... Germany's chancellor, Angela Merkel, resisted."
        found.data["since"] = None if held else _held_since(doc, t, times, kb, found.data, by_span)
        found.data["held"] = held
        if when == on and _under_another_years_label(doc, t, on):
            found.data["date_sure"] = LABEL_SURE  # "2009 - X, the Danish prime minister, takes over": of 2009
        # "the ousted prime minister, X": over, or in a caretaker's last stretch; no end is read then
        found.data["former"] = t.former and not (t.ousted and _caretaking(kb, found.data["person"],
                                                                            found.data["office"], on))
        if term:
            found.data["term"] = term
        out.append(found)
    titled = {t.name for t in titles}
    return out + owned_names(doc, kb, mentions, titled, on) + listed_titles(doc, kb, mentions, on) + \
        antecedent_titles(doc, kb, mentions, titled, on)


def _ranked(doc: Doc, t: Title) -> bool:
    """Does a rank go with the title ("the 12th president", "Britain's first female prime
    minister", "France's youngest president")? Read before the title's words, and before its
    state or organisation when that stands in front ("the first Finnish president")."""
    if t.title is None:
        return False
    if ranked_before(doc, t.title[0]) or is_rank(doc[t.title[0]].text, doc[t.title[0]].tag_):
        return True
    return t.jurisdiction is not None and t.jurisdiction[1] <= t.title[0] and ranked_before(doc, t.jurisdiction[0])


def _starts_after(kb, person: str, office: str | None, when: str | None) -> bool:
    """Does one of the person's own terms of the office start after `when`, within a year (the
    time from a vote to the oath)?"""
    if kb is None or office is None or not when:
        return False
    for fact in kb.facts(subject=person, property="holds_office", value=office):
        start = str(fact.start.value) if fact.start is not None and fact.start.value else ""
        if start and start[:len(when)] > when[:len(start)] and int(start[:4]) - int(when[:4]) <= 1:
            return True
    return False


# A holder whose every term of the office ended more than this many days before the article's
# day is "long gone" (the one rule with reconcile.kbcheck.LONG_GONE_DAYS).
LONG_GONE_DAYS = 4 * 365


def _long_gone(kb, person: str, office: str | None, on: str | None) -> bool:
    """Did every one of the person's own terms of the office end more than LONG_GONE_DAYS
    before the day `on` (a whole day)? False when the KB lists none, or one still open."""
    from datetime import timedelta

    from accord.reconcile import timecmp

    day = timecmp.bounds(on) if kb is not None and office is not None and on else None
    if day is None or day[0] != day[1]:
        return False
    facts = kb.facts(subject=person, property="holds_office", value=office)
    ends = [timecmp.bounds(f.end) if f.end is not None else None for f in facts]
    return bool(ends) and all(e is not None for e in ends) and day[0] - max(e[1] for e in ends) > timedelta(
        days=LONG_GONE_DAYS)


def _in_another_post_now(doc: Doc, kb, t: Title, person: str, office: str | None, on: str | None) -> bool:
    """Does the person hold another office of the same state or organisation on the day `on`, in a
    clause not told in the past ("overtures to Russian President Dmitry Medvedev", written in 2016
    when he was prime minister)? A long-gone title is then no past holder's: writers give a
    serving official the post they hold. A clause told in the past ("the deal negotiated by
    Secretary of State X") may still speak of the old post."""
    if kb is None or office is None or not on or not kb.has(office):
        return False
    verb = _clause_verb(doc[t.name[0]])
    if verb is None or _told_in_past(verb):
        return False
    where = (kb.entity(office).attrs or {}).get("jurisdiction")
    for fact in kb.facts(subject=person, property="holds_office"):
        if fact.value == office or not kb.has(fact.value):
            continue
        if (kb.entity(fact.value).attrs or {}).get("jurisdiction") == where and \
                temporal.active(fact.start, fact.end, fact.point_in_time, on[:10]):
            return True
    return False


# How long an ousted head may stay on as caretaker: Belgium's Michel (December 2018 to October 2019)
# and the Netherlands' Rutte (July 2023 to July 2024) stayed most of a year.
CARETAKER_DAYS = 366


def _caretaking(kb, person: str, office: str | None, on: str | None) -> bool:
    """Does one of the person's own terms of the office cover the day `on` (a whole day) and end
    within CARETAKER_DAYS after it? "The ousted prime minister, Barnier" in the days between the
    vote that toppled him and his successor's appointment: still in office, and no error; "Poroshenko,
    the ousted president" three years before his term ended is one."""
    from datetime import timedelta

    from accord.reconcile import timecmp

    day = timecmp.bounds(on) if kb is not None and office is not None and on else None
    if day is None or day[0] != day[1]:
        return False
    for f in kb.facts(subject=person, property="holds_office", value=office):
        start = timecmp.bounds(f.start) if f.start is not None else None
        end = timecmp.bounds(f.end) if f.end is not None else None
        if start is not None and end is not None and start[0] <= day[0] <= end[1] and \
                end[1] - day[0] <= timedelta(days=CARETAKER_DAYS):
            return True
    return False


# The dependencies that make a titled name the actor of its sentence's main clause: its subject
# ("President X arrived in Kyiv"), or the agent of its passive ("was backed by Prime Minister X").
ACTOR_DEPS = frozenset({"nsubj", "nsubjpass"})


def _actor(doc: Doc, t: Title) -> bool:
    """Is the titled name the actor of its sentence's main clause (the subject of the root verb,
    or of a verb joined to it by "and", or the agent "by" of a passive root; a name joined by "and"
    to such a subject is one too)? A name elsewhere (an object, a possessive, a clause of its
    own: "criticized President X", "President X's adviser", "years after President X
    embarked") tells of the person, not of the news the sentence reports."""
    top = doc[t.name[1] - 1]
    while top.head.i != top.i and t.name[0] <= top.head.i < t.name[1]:  # (a new Token per access: no `is`)
        top = top.head
    while top.dep_ in ("conj", "appos") and top.head.i != top.i:
        top = top.head
    head = top.head
    if top.dep_ == "pobj" and head.lower_ == "by" and head.dep_ == "agent":
        top, head = head, head.head
    elif top.dep_ not in ACTOR_DEPS:
        return False
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    return head.dep_ == "ROOT"


def _own_term(kb, person: str, office: str | None) -> bool:
    return kb is not None and office is not None and bool(kb.facts(subject=person, property="holds_office", value=office))


HOLD_VERBS = frozenset("hold serve lead be".split())


def _held_since(doc: Doc, t: Title, times, kb=None, found: dict | None = None, by_span: dict | None = None) -> str | None:
    """The start the article gives the office: "Foreign Minister X, who has held the portfolio
    since November 2020, said ..." (a "since" date in a relative clause on the name)."""
    name = doc[t.name[1] - 1]
    clauses = [c for c in name.children if c.dep_ == "relcl" and c.lemma_.lower() in HOLD_VERBS
               and not _another_post(doc, t, c)]
    for a in times:
        if a.data.get("role") != "start" or a.data.get("precision") not in ("day", "month", "year"):
            continue
        span = doc.char_span(a.start, a.end, alignment_mode="expand")
        verb = _clause_verb(span.root) if span is not None else None
        if verb is not None and any(verb.i == c.i for c in clauses):
            if verb.lemma_.lower() == "lead" and not _leads_since(doc, kb, verb, found or {}, by_span or {},
                                                                   a.data["value"]):
                continue
            if _in_power(verb) and _since_the_run(kb, found or {}, a.data["value"]):
                continue  # "President X, who has been in power since 2003" (prime minister first)
            return a.data["value"]
        if span is not None and t.apposition and _in_apposition(doc, t, span):
            if _ranked(doc, t):
                continue  # "X, Britain's fifth prime minister since 2016,": the count's start, not the term's
            return a.data["value"]  # "X, Latvia's president since 2019, ..."
        if span is not None and _in_power_since(name, span):
            if name.doc[span.start - 2].lower_ == "power" and _since_the_run(kb, found or {}, a.data["value"]):
                continue  # "President X, in power since 2003,": power held first as prime minister
            return a.data["value"]  # "Prime Minister X, in power since 2010, ..."
    return None


# What a holder of a state's leading office leads, written without a name: the state or its government
LED_STATE_NOUNS = frozenset("country nation government cabinet administration".split())
LED_ORG_NOUNS = frozenset("alliance bloc union organisation organization".split())
LED_POST_NOUNS = frozenset("ministry department office portfolio".split())  # "who has led the ministry since 2023"


def _leads_since(doc: Doc, kb, verb, found: dict, by_span: dict, value: str) -> bool:
    """Does "Title X, who has led Y since D" date the title's term? Only when Y is what the title
    heads: its organisation, its ministry, or its state ("Turkey", "the country", "the Dutch
    government"); "who has led the Labour Party since 2020" dates a party's leadership. A state led
    under more than one leading office in one unbroken run ("President X, who has led Turkey since
    2003", prime minister first) is led since the run's start: a date that is that start says
    nothing of the title's own term."""
    where = _jurisdiction_of(kb, found.get("office"))
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if where is None or obj is None:
        return True
    own = next((m.entity for (s, e), m in by_span.items() if m.entity and s <= obj.idx < e), None)
    lemma = obj.lemma_.lower()
    if own is not None:
        led = "state" if own == where and where.startswith("state:") else "same" if own == where else "other"
    elif lemma in LED_STATE_NOUNS:
        named = [m.entity for (s, e), m in by_span.items() if m.entity and m.entity.startswith("state:")
                 and obj.left_edge.idx <= s and e <= obj.idx]  # "the Dutch government", "Japan's cabinet"
        led = "state" if where.startswith("state:") and all(n == where for n in named) else "other"
    elif lemma in LED_ORG_NOUNS:
        led = "same" if where.startswith("org:") else "other"
    else:
        led = "same" if lemma in LED_POST_NOUNS else "other"
    if led != "state":
        return led == "same"
    return not _since_the_run(kb, found, value)


def _in_power(verb) -> bool:
    """ "who has been in power since ...": power, not the post (held under any leading office)."""
    return verb.lemma_.lower() == "be" and any(c.dep_ == "prep" and c.lower_ == "in" and any(
        p.dep_ == "pobj" and p.lower_ == "power" for p in c.children) for c in verb.children)


def _since_the_run(kb, found: dict, value: str) -> bool:
    """Is `value` the start of the person's unbroken run of a state's leading offices, a run that
    holds another leading office before the title's (`_leading_run_start`)? Then a state led, or
    power held, since then says nothing of the title's own start."""
    where = _jurisdiction_of(kb, found.get("office"))
    if where is None or not where.startswith("state:"):
        return False
    run = _leading_run_start(kb, found.get("person"), found.get("office"), where)
    return run is not None and run.startswith(value)


def _jurisdiction_of(kb, office: str | None) -> str | None:
    if kb is None or not office or not kb.has(office):
        return None
    return (kb.entity(office).attrs or {}).get("jurisdiction")


def _leading_run_start(kb, person: str | None, office: str, where: str) -> str | None:
    """The first day of the unbroken run of the person's leading offices of `where` (head of state
    or government, one after another, a week's gap at most) that holds the person's last term of
    `office`, when the run holds another of them too (Erdogan: prime minister 2003-2014, then
    president); None for a run of that office alone."""
    from accord.nlp.extract.office_kinds import HEADS_OF_STATE

    if person is None:
        return None
    pool = {e.id for e in kb.entities("office") if (e.attrs or {}).get("jurisdiction") == where
            and (e.attrs or {}).get("kind") in HEADS_OF_STATE}
    terms = sorted((f for f in kb.facts(subject=person, property="holds_office")
                    if f.value in pool and f.start is not None and len(f.start.value) == 10),
                   key=lambda f: f.start.value)
    last = max((i for i, f in enumerate(terms) if f.value == office), default=None)
    if last is None:
        return None
    first = last
    while first > 0:
        before, after = terms[first - 1], terms[first]
        if before.end is None or len(before.end.value) != 10 or \
                date.fromisoformat(after.start.value) - date.fromisoformat(before.end.value) > timedelta(days=7):
            break
        first -= 1
    if all(f.value == office for f in terms[first:last + 1]):
        return None
    return terms[first].start.value


def _another_post(doc: Doc, t: Title, clause) -> bool:
    """Does the relative clause name a post of its own, other than the title ("Prime Minister X,
    who served as Abe's foreign minister from 2012 to 2017,", "who has been Labour leader since
    2020")? Its dates are that post's."""
    titled = {tok.lower_ for tok in doc[t.title[0]:t.title[1]]} if t.title else set()
    posts = [p for c in clause.children if c.dep_ == "prep" and c.lower_ == "as" for p in c.children if p.dep_ == "pobj"]
    if clause.lemma_.lower() == "be":  # "Prime Minister X, who has been Labour leader since 2020,"
        posts += [c for c in clause.children if c.dep_ == "attr"]
    if _held_elsewhere(clause, titled):
        return True
    return any({w.lower_ for w in p.subtree if w.dep_ in ("amod", "compound") or w.i == p.i} - titled for p in posts)


# What a clause of holding or serving may hold that is the post itself ("who has held the post since")
OWN_POSTS = frozenset("office post job role position portfolio helm reins charge presidency premiership "
                      "chancellorship power".split())


def _held_elsewhere(clause, titled: set[str]) -> bool:
    """Does a clause of holding, serving or being hold something else than the post ("who has held
    his Tottenham seat since 2000", "who has served in parliament since 2000", "who has been in the
    Diet since 1993")? Its dates are that seat's. Not "the post", "in office", "at the helm", the
    title's own words, nor a time ("in 2020")."""
    lemma = clause.lemma_.lower()
    things = []
    if lemma in ("hold", "serve"):
        things += [c for c in clause.children if c.dep_ == "dobj"]
    if lemma in ("serve", "be"):
        things += [p for c in clause.children if c.dep_ == "prep" and c.lower_ in ("in", "on", "at")
                   for p in c.children if p.dep_ == "pobj"]
    return any(t.lemma_.lower() not in OWN_POSTS and t.lower_ not in titled and not t.like_num
               and t.ent_type_ not in ("DATE", "TIME") for t in things)


def _in_power_since(name, span) -> bool:
    """Is the time written right after the name as ", in power since" / "(in office since"?"""
    between = [t.lower_ for t in name.doc[name.i + 1:span.start]]
    return between[-3:] in (["in", "power", "since"], ["in", "office", "since"]) and \
        len(between) == 3 + (between[:1] in ([","], ["("], ["-"], ["–"], ["—"]))


def _apposition_span(doc: Doc, t: Title) -> tuple[int, int] | None:
    """Character bounds of the apposition's words after the title, up to its closing comma or bracket."""
    if not t.apposition or t.title is None or t.title[1] >= len(doc):
        return None
    stop = t.title[1]
    while stop < len(doc) and doc[stop].text not in (",", ")", ";", ".", "\n", "\n\n") and stop - t.title[1] < 10:
        stop += 1
    if stop == t.title[1]:
        return None
    return doc[t.title[1]].idx, doc[stop - 1].idx + len(doc[stop - 1])


def _apposition_term(doc: Doc, t: Title, times) -> tuple[dict, dict] | None:
    """The term an apposition gives the title with both ends ("X, NATO secretary general from
    2014 to 2024,", "X (prime minister between 2016 and 2019)"): its start and end time values."""
    bounds = _apposition_span(doc, t)
    if bounds is None:
        return None
    inside = [a.data for a in times if bounds[0] <= a.start < bounds[1] and a.data.get("value")]
    starts = [d for d in inside if d.get("role") == "start"]
    ends = [d for d in inside if d.get("role") == "end"]
    if len(starts) != 1 or len(ends) != 1:
        return None
    return ({"value": starts[0]["value"], "precision": starts[0].get("precision")},
            {"value": ends[0]["value"], "precision": ends[0].get("precision")})


#: how sure a title in an undated clause under a paragraph's date label of another year is of
#: holding on the article's day (below verify's threshold: a clash is not flagged)
LABEL_SURE = 0.45


def _sentenced(doc: Doc) -> bool:
    """Has the document its sentences (a parse, or boundaries set)? Titles are also read on bare
    tokens."""
    return doc.has_annotation("DEP") or doc.has_annotation("SENT_START")


def _under_another_years_label(doc: Doc, t: Title, on: str | None) -> bool:
    """Does the titled name stand under a date label that opens its paragraph (a timeline's
    "2009 -", a retrospective's "Washington, April 1999:") of another year than the article's?
    Its clause tells that year's entry, not the article's day."""
    from accord.nlp.extract.paragraphs import label_time

    if not _sentenced(doc):
        return False
    a = label_time(doc, doc[t.name[0]].sent)
    return a is not None and bool(on) and str(a.data.get("value"))[:4] != str(on)[:4]


def _dated_apposition(doc: Doc, t: Title, times) -> bool:
    """Does the apposition date the title other than by "since" ("X, prime minister from 2016 to
    2019,", "X (British prime minister 2016-2019)", "X, president in 2015,")? It then tells a
    term, not that the title holds on the article's day: read as held some time before (the
    dates themselves are the terms family's)."""
    if not t.apposition or t.title is None:
        return False
    stop = t.title[1]
    while stop < len(doc) and doc[stop].text not in (",", ")", ";", ".", "\n", "\n\n") and stop - t.title[1] < 10:
        stop += 1
    lo, hi = doc[t.title[1]].idx if t.title[1] < len(doc) else len(doc.text), doc[stop - 1].idx + len(doc[stop - 1])
    if stop == t.title[1]:
        return False
    for a in times:
        if lo <= a.start < hi and a.data.get("role") != "start":
            return True
    return any(tok.ent_type_ == "DATE" or tok.like_num for tok in doc[t.title[1]:stop]) and not any(
        lo <= a.start < hi for a in times)


def _in_apposition(doc: Doc, t: Title, span) -> bool:
    """Does the time expression lie in the title's apposition, right after the title words?"""
    if span.start < t.title[1] or span.start - t.title[1] > 1:
        return False
    return all(tok.text not in (",", ";", "(") for tok in doc[t.name[1] + 1:span.start])


QUOTE_MARKS = frozenset({'"', "\u201c", "\u201d", "'", "\u2018", "\u2019"})


def _quoted_as_words(doc: Doc, t: Title) -> bool:
    """Is the titled name all a quotation holds ('referred to "Vice President Trump"', 'introduced
    him as "President Putin"'): a form of words reported, a slip or a nickname, not the writer's
    claim about an office. A longer quotation ('"President X will attend," she said') is read."""
    start = min(t.name[0], t.title[0]) if t.title else t.name[0]
    end = max(t.name[1], t.title[1]) if t.title else t.name[1]
    if start == 0 or doc[start - 1].text not in QUOTE_MARKS:
        return False
    after = end
    while after < len(doc) and doc[after].is_punct and doc[after].text not in QUOTE_MARKS and after - end < 2:
        after += 1  # '"President Putin," Biden said': the comma inside the marks
    return after < len(doc) and doc[after].text in QUOTE_MARKS


def _sentence_date(doc: Doc, t: Title, times, on: str | None) -> str | None:
    """An explicit past date (day or month, with its year) in the same clause as the titled
    name, else `on`: in "announced on 15 September 2021 by ... Prime Minister X" the date is
    the announcement's, and so of X's office; "Last month, a delegation met ..., and the head of
    policy planning, Dr Y, was due to ..." dates the meeting, not Y's office."""
    if not times:
        return on
    clause = _clause_verb(doc[t.name[1] - 1])
    for a in times:
        value, precision = a.data.get("value") or "", a.data.get("precision")
        # a year dates a "then" title only ("In 2019 then-Prime Minister X ...": X held it that year)
        if precision not in ("day", "month", *(("year",) if t.then else ())) or not value[:4].isdecimal() \
                or a.data.get("role") not in (None, "point"):
            continue
        if on is not None and value >= on[:len(value)]:
            continue
        span = doc.char_span(a.start, a.end, alignment_mode="expand")
        verb = _clause_verb(span.root) if span is not None else None
        if clause is not None and verb is not None and (verb.i == clause.i or _past_clause_under(clause, verb)):
            return value
    return on


def _past_clause_under(clause, verb) -> bool:
    """Is `clause` a clause in the past hung on the dated `verb` ("Last August Zelensky visited
    air bases in the Netherlands, where the Dutch prime minister, Mark Rutte, promised the jets"):
    a relative or adverbial clause, or a chain of them (each verb in the past), tells an event of
    the main clause's time. A clause in the present ("..., where Prime Minister X now governs")
    speaks of the article's day."""
    tok = clause
    for _ in range(3):
        if tok.tag_ != "VBD" or tok.dep_ not in ("relcl", "advcl"):
            return False
        tok = _clause_verb(tok.head)
        if tok is None:
            return False
        if tok.i == verb.i:
            return True
    return False


PAST_TAGS = frozenset({"VBD"})


def _past_period(doc: Doc, t: Title, times, on: str | None) -> str | None:
    """The past time the titled name's clause tells, when it is not the article's date: a verb in
    the past ("served", "had met") with an earlier year ("In 2019, President X said": that year,
    returned as it is written) or an earlier start or end of any precision ("X, who served under
    President Y from May 2022,": "held", some time before the article's date). None otherwise."""
    if not times or on is None:
        return None
    clause = _clause_verb(doc[t.name[1] - 1])
    if clause is None or not _told_in_past(clause):
        return None
    for a in times:
        value, precision, role = a.data.get("value") or "", a.data.get("precision"), a.data.get("role")
        if not value[:4].isdecimal() or value >= on[:len(value)]:
            continue
        if not (role in ("start", "end") or (precision == "year" and role in (None, "point"))):
            continue
        span = doc.char_span(a.start, a.end, alignment_mode="expand")
        if span is None or span.root.head.lower_ == "since" or (span.start and doc[span.start - 1].lower_ == "since"):
            continue  # "since 2010" runs up to the clause's time: the title is still held then
        verb = _clause_verb(span.root)
        if verb is not None and (verb.i == clause.i or _when_clause_of(verb, clause)):
            return "held" if role in ("start", "end") else value[:4]
    return None


def _when_antecedent(doc: Doc, t: Title, times, on: str | None) -> str | None:
    """ "Miller had been acting secretary since November, when President Trump fired Esper": the
    titled name's clause is a "when" clause on a time before the article's day (or in its month or
    year, told in the past), and names the office at that time (its value, as written). A time to
    come ("in February, when President X will no longer be in office") leaves the article's day."""
    if not times or on is None:
        return None
    clause = _clause_verb(doc[t.name[1] - 1])
    if clause is None or clause.dep_ not in ("relcl", "advcl") or not any(
            c.lower_ == "when" and c.dep_ in ("advmod", "mark") and c.i < clause.i for c in clause.children):
        return None
    for a in times:
        value = a.data.get("value") or ""
        if not value[:4].isdecimal() or value > on[:len(value)] or (
                value == on[:len(value)] and clause.tag_ != "VBD"):
            continue
        span = doc.char_span(a.start, a.end, alignment_mode="expand")
        if span is not None and span.start <= clause.head.i < span.end:
            return value
    return None


def _when_clause_of(verb, clause) -> bool:
    """Is `verb` a "when" clause of `clause` ("When Wallace died in 1998, President Clinton
    released a statement"): its time is the main clause's too."""
    return verb.dep_ == "advcl" and verb.head.i == clause.i and any(
        c.dep_ in ("advmod", "mark") and c.lower_ in ("when", "while") and c.i < verb.i for c in verb.children)


def _last_stretch(when: str) -> str:
    """The month an "outgoing" title is read in: that of the day before the clause's day, so that
    on the handover day ("Outgoing NATO chief X handed over to Y on Tuesday", the successor's first
    day, 1 October) it is the holder's last month, not the successor's."""
    if len(when) == 10 and when[:4].isdecimal():
        return (date.fromisoformat(when) - timedelta(days=1)).isoformat()[:7]
    return when[:7]


NARRATED_YEARS = 2  # how many years before the article's a story's date must lie for its past to be its own


def _narrated_earlier_year(doc: Doc, t: Title, times, on: str | None) -> bool:
    """Does the titled name's clause, told in the past with no date of its own, go on with a
    story the sentence before it (in its paragraph) dated NARRATED_YEARS or more before the
    article's year ("At the 2008 summit, President Bush pushed for ... . Germany's chancellor,
    Angela Merkel, and France's president, Nicolas Sarkozy, resisted.")? The title is then of
    that year: held some time before the article's day, not on it."""
    if not on or not str(on)[:4].isdecimal() or not _sentenced(doc):
        return False
    clause = _clause_verb(doc[t.name[1] - 1])
    if clause is None or clause.tag_ not in PAST_TAGS:
        return False
    sent = doc[t.name[0]].sent
    if any(sent.start_char <= a.start < sent.end_char for a in times):
        return False  # a date of its own: the other rules read it
    if sent.start == 0:
        return False
    before = doc[sent.start - 1].sent
    if any("\n" in tok.text for tok in doc[before.start:sent.start]):
        return False  # another paragraph
    years = [int(v[:4]) for a in times if before.start_char <= a.start < before.end_char
             and (v := str(a.data.get("value") or ""))[:4].isdecimal() and a.data.get("role") in (None, "point")
             and _dates_the_main_clause(doc, a, before)]
    return bool(years) and max(years) <= int(str(on)[:4]) - NARRATED_YEARS


def _dates_the_main_clause(doc: Doc, a, sent) -> bool:
    """Does the time expression date the sentence's main clause ("At the 2008 summit, Bush
    pushed ...": the story's time), not a clause under it ("the biggest shake-up since the
    invasion began in February 2022": another event's)?"""
    span = doc.char_span(a.start, a.end, alignment_mode="expand")
    verb = _clause_verb(span.root) if span is not None else None
    root = sent.root
    return verb is not None and (verb.i == root.i or (verb.dep_ == "conj" and verb.head.i == root.i))


def _told_in_past(verb) -> bool:
    """Is the clause told in the past: a past verb ("said"), a past perfect ("had met"), or a past
    passive ("was appointed by President X in 1993", "were signed")?"""
    return verb.tag_ in PAST_TAGS or any(
        (c.dep_ == "aux" and c.lower_ == "had") or (c.dep_ == "auxpass" and c.tag_ in PAST_TAGS)
        for c in verb.children)


# A titled name that names a period rather than the article's day: "President X's administration",
# "under Chancellor X", "a former adviser to President X" tell of the holder's time in office,
# which may be long over ("a former official in President Bill Clinton's administration", said in
# 2016). Read as held some time by the article's date (`held_office`), not held on it.
ERA_NOUNS = frozenset("""administration government cabinet legacy presidency premiership chancellorship tenure
term era watch reign rule years policy policies doctrine""".split())
AIDE_NOUNS = frozenset("""adviser advisor aide assistant counselor counsellor spokesman spokeswoman spokesperson
secretary deputy official envoy staffer speechwriter""".split())


# Verbs of an aide speaking for the titled person: "a spokesperson for Minister X said / declined to
# comment" reports the day's news, in the past tense as news is written, not the holder's years.
AIDE_SPEAKS = frozenset("""say tell decline confirm deny add announce comment respond reply note refuse
stress insist warn explain""".split())


def _era_title(doc: Doc, t: Title) -> bool:
    """Does the titled name stand for its holder's period in office (ERA_NOUNS above)? Its
    phrase is the owner of an era noun, the object of "under", or the object of "to" / "for"
    after an aide noun that is itself "former" or told in the past ("was an adviser to", "came a
    posting as the military adviser to"), unless the aide speaks for the person (AIDE_SPEAKS)."""
    lo = min(t.name[0], t.title[0]) if t.title and not t.apposition else t.name[0]
    top = doc[t.name[1] - 1]
    while top.head.i != top.i and lo <= top.head.i < t.name[1]:  # (spaCy gives a new Token each time: no `is`)
        top = top.head
    head = top.head
    if top.dep_ == "poss":
        return head.lemma_.lower() in ERA_NOUNS
    if top.dep_ != "pobj":
        return False
    if head.lower_ == "under":
        return True
    noun = head.head
    if head.lower_ not in ("to", "for") or noun.lemma_.lower() not in AIDE_NOUNS:
        return False
    if any(c.dep_ == "amod" and c.lower_ in ("former", "ex") for c in noun.children):
        return True
    if noun.dep_ in ("nsubj", "nsubjpass") and noun.head.lemma_.lower() in AIDE_SPEAKS:
        return False  # "a spokesperson for Minister X declined to comment": the day's news, for the holder
    verb = _clause_verb(noun)
    return verb is not None and (verb.tag_ in PAST_TAGS or any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children))


# Conjunctions that, with a verb in the present, make its clause a time to come ("once X is former
# president", "when X is no longer ...").
FUTURE_MARKS = frozenset("once when after until till unless if before".split())


def _time_to_come(doc: Doc, t: Title) -> bool:
    """Is the titled name's clause a time still to come: its verb in the present (or with
    "will") under "once", "when", "until" ...?"""
    verb = _clause_verb(doc[t.name[1] - 1])
    if verb is None:
        return False
    present = verb.tag_ in ("VBZ", "VBP") or any(c.lower_ in ("will", "'ll") for c in verb.children)
    return present and any(c.dep_ == "mark" and c.lower_ in FUTURE_MARKS for c in verb.children)


# Verbs of leaving an office: a title on their subject is the office given up
GIVING_UP = frozenset("resign quit retire abdicate".split())
LEFT_POSTS = frozenset("office post job government cabinet presidency premiership".split())
# Verbs of a handover with their particle or object: "handed over to", "handed the reins to",
# "passed the baton to"
HANDING = {"hand": {"over", "reins", "baton", "keys", "gavel", "post"}, "pass": {"baton", "reins", "gavel", "torch"}}
# Verbs of removing someone from an office: a title on their object (or passive subject) is the
# office taken away, held up to that day ("May fired Defence Secretary Gavin Williamson on
# Wednesday", "Defence Secretary X was sacked", "X replaced Prime Minister Y")
REMOVING = frozenset("fire sack dismiss oust remove depose topple unseat replace succeed".split())


def _gave_up(doc: Doc, t: Title) -> bool:
    """Does the titled name's clause tell, in the past, that the name left an office ("X, the
    acting president, resigned", "Prime Minister X stepped down", "X left office", "X handed over
    to Y")? The title is then the one given up, held up to that day (the day of a handover is
    the successor's first, when the KB no longer lists X), not on the article's."""
    name = doc[t.name[1] - 1]
    if _removed(name) or _left_in_relative_clause(name):
        return True
    verb = _clause_verb(name)
    whole = name
    while whole.dep_ in ("compound", "flat") and whole.head.i > whole.i:
        whole = whole.head  # "Queen Margrethe II": the name's last word ("II") heads it
    # a past tense, or a participle with no auxiliary that the parser made of one ("after his
    # mother, Queen Margrethe II, abdicated")
    finite = verb is not None and (verb.tag_ == "VBD" or verb.tag_ == "VBN" and not any(
        a.dep_ in ("aux", "auxpass") for a in verb.children))
    if not finite or not any(
            w.dep_ in ("nsubj", "nsubjpass") and w.head.i == verb.i for w in (name, whole, whole.head)):
        # "X, NATO's secretary general, handed over to Y": parsed as a participle on the name
        # (or on the noun the name stands in apposition to: "his mother, Queen X, abdicated on ...")
        owners = (name, whole, whole.head) if whole.dep_ == "appos" else (name,)
        verb = next((c for o in owners for c in o.children if c.dep_ == "acl" and c.tag_ in ("VBD", "VBN")
                     and c.i > name.i and not any(a.dep_ in ("aux", "auxpass") for a in c.children)), None)
        if verb is None:
            return False
    lemma = verb.lemma_.lower()
    if lemma in GIVING_UP or _exit_paper_given(verb):
        return True
    if lemma in ("step", "stand"):
        return any(c.dep_ in ("prt", "advmod") and c.lower_ == "down" for c in verb.children)
    if lemma in HANDING:
        return any(c.dep_ in ("prt", "advmod", "dobj") and c.lemma_.lower() in HANDING[lemma] for c in verb.children)
    return lemma == "leave" and any(c.dep_ == "dobj" and c.lemma_.lower() in LEFT_POSTS for c in verb.children)


# The papers of leaving ("signed her abdication", "handed in his resignation") and the verbs that
# make them done; "announced / offered his resignation" tells a departure to come, not made.
EXIT_PAPERS = frozenset("abdication resignation".split())
EXIT_PAPER_VERBS = frozenset("sign submit tender hand present deliver".split())


def _exit_paper_given(verb) -> bool:
    """Is the verb the signing or handing in of the subject's abdication or resignation ("Queen
    Margrethe II signed her abdication", "X handed in his resignation")?"""
    if verb.lemma_.lower() not in EXIT_PAPER_VERBS:
        return False
    papers = [c for c in verb.children if c.dep_ == "dobj"]
    papers += [p for c in verb.children if c.dep_ in ("prep", "prt") and c.lower_ == "in"
               for p in c.children if p.dep_ == "pobj"]  # "handed in her abdication", parsed as a place
    return any(p.lemma_.lower() in EXIT_PAPERS for p in papers)


def _left_in_relative_clause(name) -> bool:
    """Does a relative clause on the titled name tell, in the past, that the name left the office
    ("President X, who resigned on Monday, said ...", "X, who stepped down in May, ...")? The title
    is then the one given up."""
    for clause in name.children:
        if clause.dep_ != "relcl" or clause.tag_ != "VBD" or not any(
                c.dep_ == "nsubj" and c.lower_ in ("who", "that") for c in clause.children):
            continue
        lemma = clause.lemma_.lower()
        if lemma in GIVING_UP or _exit_paper_given(clause) or lemma in ("step", "stand") and any(
                c.dep_ in ("prt", "advmod") and c.lower_ == "down" for c in clause.children):
            return True
    return False


# Verbs that tell a death: of their subject ("died", "passed away"), or of their object, so only in
# the passive or a participle ("was assassinated", "shot dead", the headline's "killed at 67": not
# "President X killed the bill"). Some only with a word that makes them one.
DYING = frozenset({"die", "succumb"})
KILLING = frozenset({"kill", "assassinate", "murder", "slay", "execute"})
DEATH_WITH = {"pass": "away", "shoot": "dead", "gun": "down", "stab": "dead", "beat": "dead"}


def _died(doc: Doc, t: Title) -> bool:
    """Does the titled name's clause tell the person's death ("X, the 39th president, died on
    Sunday", "X, Japan's prime minister, was shot dead", the headline's "X, former president,
    killed at 67")? An obituary's titles are the offices of a life, held some time up to the
    death, not offices held on the day of it (a leader may die in office: then too)."""
    name = doc[t.name[1] - 1]
    # the headline's participle on the name, or the verb the name is the (passive) subject of
    verbs = [(c, True) for c in name.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.i > name.i]
    if name.dep_ in ("nsubj", "nsubjpass") and name.head.pos_ in ("VERB", "AUX"):
        verbs.append((name.head, name.dep_ == "nsubjpass"))
    for verb, undergone in verbs:
        lemma = verb.lemma_.lower()
        worded = any(c.lower_ == DEATH_WITH.get(lemma) for c in verb.children)
        if (lemma in DYING and not undergone) or (undergone and (lemma in KILLING or worded)) or \
                (lemma == "pass" and worded and not undergone):
            return True
    return False


def _removed(name) -> bool:
    """Is the titled name the one a past verb of removal removed: its object ("fired Defence
    Secretary X") or its passive subject ("Defence Secretary X was sacked")?"""
    return _undergoer_of(name, REMOVING)


# Verbs of choosing someone for an office, which comes later (a vote, then the oath).
CHOOSING = frozenset("confirm appoint name elect nominate choose select designate pick approve tap".split())


def _chosen(name) -> bool:
    """Is the titled name the one a past verb of choosing chose: its passive subject ("Secretary
    of State X was confirmed 99-0") or its object ("the Senate confirmed Defense Secretary X")?
    The title is then the office to come."""
    return _undergoer_of(name, CHOOSING)


def _undergoer_of(name, lemmas: frozenset) -> bool:
    """Is the name the object of a past verb of `lemmas`, or its passive subject with "was/were"?"""
    verb = name.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in lemmas:
        return False
    if name.dep_ == "dobj":
        return verb.tag_ == "VBD"
    if name.dep_ == "nsubj" and _participle_set_off(name, verb):
        return True  # "President X, himself elected ... in May, swore in ...": parsed as X's own act
    return name.dep_ == "nsubjpass" and any(a.dep_ == "auxpass" and a.lower_ in ("was", "were") for a in verb.children)


REFLEXIVES = frozenset("himself herself themselves".split())


def _participle_set_off(name, verb) -> bool:
    """Is the verb a participle set off by a comma after the name ("X, himself elected in May,
    ...", "X, chosen in June, ...") that the parser took for X's finite verb? A subject is not
    parted from its own verb by a comma alone: the words between are a comma and at most a
    reflexive pronoun."""
    between = name.doc[name.i + 1:verb.i]
    return len(between) >= 1 and between[0].text == "," and all(t.lower_ in REFLEXIVES for t in between[1:])


def _clause_verb(tok):
    """The verb a token's clause hangs on (the token itself when it is one)."""
    for t in (tok, *tok.ancestors):
        if t.pos_ in ("VERB", "AUX"):
            return t
    return None


def _mention_at(doc: Doc, tokens: tuple[int, int] | None, by_span: dict) -> Annotation | None:
    if tokens is None:
        return None
    span = doc[tokens[0]:tokens[1]]
    found = by_span.get((span.start_char, span.end_char))
    if found is None:  # a mention inside the span ("the alliance" in "the alliance's")
        found = next((m for (s, e), m in by_span.items() if span.start_char <= s and e <= span.end_char), None)
    if found is None:  # a person's mention that takes a rank in ("Admiral Rob Bauer" for "Rob Bauer")
        found = next((m for (s, e), m in by_span.items() if m.label == "PERSON" and s < span.start_char
                      and e == span.end_char and span.start_char - s <= 12), None)
    return found


# How sure the office's state or organisation is (the "attachment" step of a holds_office claim):
# written with the title; the one whose office of that title the KB says the person held; or only
# a state the article names, which a bare title in a story about several states does not settle
# ("Foreign Minister X" in a story about NATO and Russia).
WRITTEN, HELD, GUESSED = 1.0, 0.8, 0.3
SHARED = 0.8  # the state of the titled name before "and", for a title with none of its own
# The one state whose offices the KB lists the person in, for a title with no state written and
# none the article names ("Secretary of State Joe Biden"): above the verdict's threshold (a
# person's own state is a better guess than the article's most named one).
OWN_STATE = 0.6
# A state written as an abbreviation with a full stop right before the title ("... with Britain
# and the U.S. Defence Minister Peter Dutton has warned"), when the KB has the person in an
# office of that title of another state: the stop may end a sentence the parser ran on, so the
# state may not be the title's. Below the verdict's threshold.
STOP_ABBREVIATION = 0.4


SPLIT_MODIFIERS = frozenset("top chief".split())


def _split_title(doc: Doc, t: Title) -> Title:
    """ "the top U.S. diplomat, X": a title whose state stands inside it reads as "top diplomat"
    of that state (the modifier before the state joins the title words)."""
    if t.jurisdiction is None or t.title is None or t.jurisdiction[1] != t.title[0] or t.jurisdiction[0] == 0:
        return t
    before = doc[t.jurisdiction[0] - 1]
    if before.lower_ not in SPLIT_MODIFIERS:
        return t
    return replace(t, title_text=f"{before.lower_} {t.title_text}")


def _counterpart_office(kb, found: Annotation, source_office: str | None) -> Annotation | None:
    """ "U.S. Secretary of State X and his Chinese counterpart, Y": Y holds the office of the
    counterpart's state of the same kind as X's (China's foreign minister), when there is one."""
    if kb is None or not source_office or not kb.has(source_office) or not found.data.get("organisation"):
        return None
    kind = kb.entity(source_office).attrs.get("kind")
    pool = [e for e in kb.entities("office") if e.attrs.get("jurisdiction") == found.data["organisation"]
            and e.attrs.get("kind") == kind]
    if not kind or len(pool) != 1:
        return None
    found.entity = pool[0].id
    found.data.update(office=pool[0].id, office_name=pool[0].name, kb=True)
    return found


def _name_root(doc: Doc, name: tuple[int, int]):
    """The head of a name's words, and above it the first name of the coordination it stands in."""
    tok = doc[name[1] - 1]
    while tok.head.i != tok.i and name[0] <= tok.head.i < name[1]:
        tok = tok.head
    while tok.dep_ in ("conj", "appos") and tok.head.i != tok.i:
        tok = tok.head  # the first of its coordination ("A, B and C": A)
    return tok


def _listed_with_counterparts(doc: Doc, kb, t: Title, titles: list[Title], by_span: dict, office: str | None,
                              on: str | None) -> bool:
    """Is the titled name one of a list of titled leaders of other states or organisations, one
    of whom holds an office on the article's day ("joined U.S. President Joe Biden, Japanese Prime
    Minister Fumio Kishida and Indian Prime Minister X for talks")? Then the list is of that day's
    counterparts and X's title is a claim about the day, however long X has been gone. A list of
    holders of the same office ("Presidents Obama, Bush and Clinton") is not: past holders are
    named with bare titles side by side with the day's."""
    from accord.reconcile import timecmp

    if kb is None or office is None or not on:
        return False
    own = (kb.entity(office).attrs or {}).get("jurisdiction") if kb.entity(office) else None
    top = _name_root(doc, t.name).i
    current = False
    for o in titles:
        if o.name == t.name or o.title is None or _name_root(doc, o.name).i != top:
            continue
        person = _mention_at(doc, o.name, by_span)
        if person is None or not person.entity:
            continue
        for fact in kb.facts(subject=person.entity, property="holds_office"):
            where = (kb.entity(fact.value).attrs or {}).get("jurisdiction") if kb.entity(fact.value) else None
            if fact.value == office or where == own:
                return False  # a holder of the same office, or of the same state's: a list of its holders
            if timecmp.active_on(fact.start, fact.end, on, fact.point_in_time):
                current = True
    return current


def _coordinated(doc: Doc, t: Title, titles: list[Title]) -> tuple[int, int] | None:
    """The state or organisation written with the titled name just before "and" ("Polish Prime
    Minister X and President Y": Poland), for a title written without its own."""
    if t.jurisdiction is not None or t.title is None or t.apposition or t.title[0] < 2:
        return None
    if doc[t.title[0] - 1].lower_ != "and":
        return None
    before = next((o for o in titles if o.name[1] == t.title[0] - 1 and o.jurisdiction is not None
                   and not o.apposition), None)
    return before.jurisdiction if before is not None else None


def _jurisdiction(doc: Doc, kb, t: Title, by_span: dict, states: Counter,
                  person: str | None = None, coordinated: tuple[int, int] | None = None
                  ) -> tuple[Annotation | str | None, float]:
    """The office's state or organisation, and how sure that is (WRITTEN, HELD, SHARED or GUESSED)."""
    written = _mention_at(doc, t.jurisdiction or organisation_in_apposition(doc, t.name), by_span)
    if written is not None and t.jurisdiction is not None and _community(doc, kb, t.jurisdiction):
        return None, WRITTEN  # "Turkish Cypriot President X", "Bosnian Serb leader Y": no state's office
    if written is not None:
        if _may_end_a_sentence(doc, t) and _held_jurisdiction(kb, person, t.title_text) not in (None, written.entity):
            return written, STOP_ABBREVIATION
        return written, WRITTEN
    held = _held_jurisdiction(kb, person, t.title_text)
    if held is not None:  # "Prime Minister Fumio Kishida": the state whose prime minister he was
        return held, HELD  # ("High Representative Kaja Kallas": the organisation's)
    if not set(t.title_text.lower().split()) & GOVERNMENT_WORDS:
        return None, WRITTEN
    if _unread_owner(doc, t):
        return None, WRITTEN  # "X, President of the Bundestag,": a body's office, no state's to guess
    shared = _mention_at(doc, coordinated, by_span)
    if shared is not None and shared.entity and kb is not None and kb.find_office(t.title_text, shared.entity) is not None:
        return shared, SHARED  # "Polish Prime Minister X and President Y": Poland's president
    if _titled_elsewhere(kb, person, t.title_text):
        return None, WRITTEN  # "Its president, Ursula von der Leyen": the Commission's, not Germany's
    own = _own_state(kb, person)
    if own is not None and own not in states and kb.find_office(t.title_text, own) is not None:
        if _another_states_office(kb, by_span, states, person, own, t.title_text):
            return None, WRITTEN  # a namesake? "Governor General David Johnston" in a story about Canada
        return own, OWN_STATE  # "Secretary of State Joe Biden", no state named: the one Biden served
    for state, _ in states.most_common():
        if kb is not None and kb.find_office(t.title_text, state) is not None:
            return state, GUESSED
    return (states.most_common(1)[0][0], GUESSED) if states else (None, WRITTEN)


# Entity labels of a name after "President of (the)" that owns the title though the KB does not
# know it: a parliament ("the Bundestag", tagged PRODUCT or ORG), an institution, a body.
OWNER_LABELS = frozenset({"ORG", "PRODUCT", "FAC", "NORP", "LOC", "EVENT", "LAW", "WORK_OF_ART"})


def _unread_owner(doc: Doc, t: Title) -> bool:
    """Is the title followed by "of (the) <a name>" that was not read as its state or
    organisation ("Julia Klöckner, President of the Bundestag,")? The office is then that body's
    (kb25, session 17): the person's own state, or a state the article names, is no guess for it."""
    if t.title is None or t.jurisdiction is not None:
        return False
    i = t.title[1]
    if i >= len(doc) or doc[i].lower_ != "of":
        return False
    j = i + 2 if i + 1 < len(doc) and doc[i + 1].lower_ == "the" else i + 1
    return j < len(doc) and doc[j].text[:1].isupper() and doc[j].ent_type_ in OWNER_LABELS


def _another_states_office(kb, by_span: dict, states: Counter, person: str | None, own: str,
                           title: str) -> bool:
    """Does the article point to another state with an office of this title: a state it names, or
    the one state another person it names held offices of ("Trudeau's ministers took their oaths
    before Governor General David Johnston": Canada's governor general, not the Australian
    namesake's state)? The person's own state is then no better guess than that one."""
    others = set(states) | {_own_state(kb, m.entity) for m in by_span.values()
                            if m.entity and m.entity.startswith("person:") and m.entity != person}
    return any(s and s != own and kb.find_office(title, s) is not None for s in others)


def _community(doc: Doc, kb, span: tuple[int, int]) -> bool:
    """Is the nationality written before a title two peoples' words side by side ("Turkish
    Cypriot", "Bosnian Serb", "Greek Cypriot"): a community within a state, whose leader holds no
    office of either state the words name (kb22, session 15)? The words of the span and the word
    right before it, each a name of a different state, the whole a name of none."""
    if kb is None:
        return False
    lo, hi = span
    if lo > 0 and doc[lo - 1].text[:1].isupper() and doc[lo - 1].is_alpha:
        lo -= 1
    words = [tok.text for tok in doc[lo:hi]]
    if len(words) < 2 or any(e.type == "state" for e in kb.resolve(" ".join(words))):
        return False
    named = [{e.id for e in kb.resolve(w) if e.type == "state"} for w in words]
    return all(len(n) == 1 for n in named) and len(set().union(*named)) >= 2


def _may_end_a_sentence(doc: Doc, t: Title) -> bool:
    """Is the title's written state an abbreviation ending in a full stop ("U.S.", "U.K.") after
    "the", right before the title, inside its sentence (so a stop there may end a sentence the
    parser ran on: "... with Britain and the U.S. Defence Minister X has warned")?"""
    if t.jurisdiction is None or t.title is None or t.jurisdiction[1] != t.title[0]:
        return False
    first, last = doc[t.jurisdiction[0]], doc[t.jurisdiction[1] - 1]
    # a state that ends a sentence is a noun with its article ("... and the U.S."), not an adjective
    return last.text.endswith(".") and len(last.text) > 1 and first.i > first.sent.start \
        and doc[first.i - 1].lower_ == "the"


def _surname_titled(kb, name: str, title: str | None) -> str | None:
    """A family name alone that the KB gives several people ("Clinton, the former secretary of
    state,"): the one of them who held an office with this title, else None."""
    from accord.nlp.extract.name_variants import PersonNames

    if kb is None or not title or len(name.split()) != 1:
        return None
    found = [p for p in PersonNames.from_kb(kb).by_family_name(name) if _held_jurisdiction(kb, p, title)]
    return found[0] if len(found) == 1 else None


def _titled_elsewhere(kb, person: str | None, title: str) -> bool:
    """Does the KB list the person in an office that this title names ("President of the European
    Commission" for "the president, Ursula von der Leyen"; "President of the Bundestag" for "Julia
    Klöckner, the chamber's president": an office of a state too, kb25)? A bare title is then that
    office more likely than the like-named office of the person's own state (or a state the
    article names), which the person may never have held (the held office is read before this)."""
    if kb is None or not person or not title:
        return False
    words = title.lower().split()
    for fact in kb.facts(subject=person, property="holds_office"):
        entity = kb.entity(fact.value) if kb.has(fact.value) else None
        where = str((entity.attrs or {}).get("jurisdiction") or "") if entity else ""
        if where and entity.name.lower().split()[:len(words)] == words and \
                entity.name.lower().split()[len(words):len(words) + 1] == ["of"]:
            return True
    return False


def _own_state(kb, person: str | None) -> str | None:
    """The one state whose national offices (head of state or government, ministers) the KB
    lists the person holding, at any time; None for no state or several."""
    if kb is None or not person:
        return None
    found = set()
    for fact in kb.facts(subject=person, property="holds_office"):
        attrs = kb.entity(fact.value).attrs if kb.has(fact.value) else {}
        where = str(attrs.get("jurisdiction") or "")
        if where.startswith("state:"):
            found.add(where)
    return found.pop() if len(found) == 1 else None


def _held_jurisdiction(kb, person: str | None, title: str) -> str | None:
    """The state or organisation of an office with this title that the KB says the person held."""
    if kb is None or not person:
        return None
    found = set()
    for fact in kb.facts(subject=person, property="holds_office"):
        where = kb.entity(fact.value).attrs.get("jurisdiction")
        office = kb.find_office(title, where) if where else None
        if office is not None and office.id == fact.value:
            found.add(where)
    return found.pop() if len(found) == 1 else None  # King Charles III: which of his realms?


def _annotation(doc: Doc, kb, t: Title, person: Annotation, jurisdiction, attachment: float,
                on: str | None) -> Annotation:
    org_id = jurisdiction if isinstance(jurisdiction, str) else (jurisdiction.entity if jurisdiction else None)
    org_name = (kb.name(org_id) if kb is not None and org_id else None) or (
        jurisdiction.text if isinstance(jurisdiction, Annotation) else None)
    office = _body_office(doc, kb, t, jurisdiction) or _find_office(kb, t.title_text, org_id, jurisdiction)
    if office is None and org_id is None:
        office = _office_by_institution(kb, t.title_text, jurisdiction)
        if office is not None:  # "White House press secretary": the office names its state
            org_id = office.attrs.get("jurisdiction")
            org_name = kb.name(org_id) if org_id else org_name
    if office is None and adjacent(doc, t):
        office = office_of_kind(kb, t.title_text, org_id, person.entity, on)
        attachment = min(attachment, HELD) if office is not None and t.title_text.lower() == "leader" else attachment
    office_id = office.id if office else minted_office(t.title_text, org_id, org_name)
    tokens = [t.name, t.title] + ([t.jurisdiction] if t.jurisdiction else [])
    start, end = min(s for s, _ in tokens), max(e for _, e in tokens)
    span = doc[start:end]
    return Annotation(layer="office", start=span.start_char, end=span.end_char, text=span.text, label="OFFICE",
                      entity=office_id, data={
                          "person": person.entity, "person_name": person.data.get("canonical") or person.text,
                          "office": office_id, "office_title": t.title_text,
                          "office_name": office.name if office else None, "organisation": org_id,
                          "organisation_name": org_name, "on": on, "kb": office is not None,
                          "inferred": attachment < WRITTEN, "attachment": attachment,
                          "link": float(person.data.get("confidence") or 1.0)})


def _find_office(kb, title: str, org_id: str | None, written) -> object | None:
    """The KB's office of this title: by the office's titles, else by its names ("NATO chief",
    "UN chief" are names of the secretaries general, "chief" no title of theirs); a head word
    over an institution is its president ("the head of the European Commission")."""
    if kb is None or not org_id:
        return None
    office = kb.find_office(title, org_id)
    if office is not None:
        return office
    owners = {kb.name(org_id)} | ({written.text.removesuffix("'s").removesuffix("’s")} if isinstance(written, Annotation) else set())
    for owner in owners:
        hits = [e for e in kb.resolve(f"{owner} {title}") if e.type == "office" and e.attrs.get("jurisdiction") == org_id]
        if len(hits) == 1:
            return hits[0]
    # an institution of an organisation written with the title: "European Commission President"
    # is a name of the EU's office, though the Commission is not the EU
    written_owner = written.text.removesuffix("'s").removesuffix("’s") if isinstance(written, Annotation) else None
    hits = {e.id: e for e in kb.resolve(f"{written_owner} {title}") if e.type == "office"} if written_owner else {}
    if not hits and title.lower() in HEAD_WORDS and org_id.startswith("org:"):  # "the head of the European Commission"
        owner = kb.name(org_id) or ""
        hits = {e.id: e for e in kb.resolve(f"{owner} President") if e.type == "office"} if owner else {}
    if len(hits) == 1:
        return next(iter(hits.values()))
    plain = unranked(title)  # "France's youngest president": the rank is no part of the title
    return _find_office(kb, plain, org_id, written) if plain else None


# The bodies of an organisation an office may chair or head: "the chair of NATO's Military Committee".
BODIES = frozenset("committee council commission assembly command board".split())


def _body_office(doc: Doc, kb, t: Title, written) -> object | None:
    """The KB office of a title over a body the organisation's name owns: "the chair of NATO's
    Military Committee" is the office the KB names "NATO Military Committee Chair" (the body's
    capitalised words after "'s", the last one a body noun)."""
    if kb is None or not isinstance(written, Annotation) or t.jurisdiction is None:
        return None
    i = t.jurisdiction[1]
    if i >= len(doc) or doc[i].lower_ not in ("'s", "’s"):
        return None
    j = i + 1
    while j < len(doc) and j - i <= 3 and doc[j].text[:1].isupper() and doc[j].is_alpha:
        j += 1
    if j == i + 1 or doc[j - 1].lower_ not in BODIES:
        return None
    owner = f"{written.text.removesuffix(chr(39) + 's')} {doc[i + 1:j].text}"
    hits = {e.id: e for e in kb.resolve(f"{owner} {t.title_text}") if e.type == "office"}
    return next(iter(hits.values())) if len(hits) == 1 else None


def _office_by_institution(kb, title: str, written) -> object | None:
    """The KB office named by an institution the KB does not take for a state or organisation
    and the title: "White House press secretary" (an alias of the office), "Pentagon chief"."""
    if kb is None or not isinstance(written, Annotation):
        return None
    owner = written.text.removesuffix("'s").removesuffix("’s").strip()
    owner = owner[4:] if owner.lower().startswith("the ") else owner  # "the NATO Military Committee"
    hits = [e for e in kb.resolve(f"{owner} {title}") if e.type == "office"]
    return hits[0] if len(hits) == 1 else None


HEAD_WORDS = frozenset({"head", "chief", "boss", "leader"})


def minted_office(title: str, org_id: str | None, org_name: str | None) -> str | None:
    """An office id like the KB's: "office:nato-deputy-spokesperson"; None without an
    organisation or state (a bare "spokesperson" names no office)."""
    owner = org_id.split(":", 1)[1].lower() if org_id else slug(org_name) if org_name else None
    return f"office:{owner}-{slug(title)}" if owner else None


def office_statements(doc_id: str, annotations: list[Annotation], text: str) -> list[Statement]:
    """`holds_office` statements from office annotations, one per (person, office, date) with a
    reference for every place the article says it; the date (point in time) is the one the
    office annotation holds on, or none when unknown."""
    sentences = [a for a in annotations if a.layer == "sentence"]
    merged: dict[tuple[str, str], Statement] = {}
    for a in annotations:
        if a.layer != "office" or not a.data.get("office") or not a.data.get("person"):
            continue
        on, since = a.data.get("on"), a.data.get("since")
        prop = "held_office" if a.data.get("held") else "holds_office"  # "former X": some time before
        ended = on if prop == "held_office" and a.data.get("former") else None  # "former": over by that day
        if prop == "held_office":
            on = None  # checked against the article's date
        key = (a.data["person"], a.data["office"], on, since, prop, ended)
        if key not in merged:
            merged[key] = Statement(subject=key[0], property=prop, value=key[1],
                                    point_in_time=TimeQualifier(on, _precision(on)) if on else None,
                                    start=TimeQualifier(since, _precision(since)) if since else None,
                                    end=TimeQualifier(ended, _precision(ended)) if ended else None)
        ref = _reference(doc_id, a, sentences, text)
        ref.confidence = {k: v for k, v in (("attachment", a.data.get("attachment", WRITTEN)),
                                            ("link", a.data.get("link", 1.0)),
                                            ("date", a.data.get("date_sure", 1.0))) if v < 1.0}
        merged[key].references.append(ref)
        for prop, when in zip(("took_office", "left_office"), a.data.get("term") or ()):
            # the term an apposition gives ("X, prime minister from 2016 to 2019,"): checked by claims/terms.py
            term_key = (a.data["person"], a.data["office"], when["value"], None, prop, None)
            if term_key not in merged:
                merged[term_key] = Statement(subject=key[0], property=prop, value=key[1], point_in_time=TimeQualifier(
                    when["value"], when.get("precision") or _precision(when["value"])))
            merged[term_key].references.append(ref)
    return list(merged.values())


def _precision(value: str) -> str:
    return {10: "day", 7: "month", 4: "year"}.get(len(value), "day")


def _reference(doc_id: str, a: Annotation, sentences: list[Annotation], text: str) -> Reference:
    around = next((s for s in sentences if s.start <= a.start < s.end), None)
    if around is None:
        return Reference(doc_id, a.start, a.end, text[a.start:a.end], a.start)
    return Reference(doc_id, a.start, a.end, around.text, around.start)
