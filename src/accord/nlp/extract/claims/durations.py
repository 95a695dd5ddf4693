"""How long a state has been a member: "Turkey has been a member of NATO for more than 70 years",
"Estonia, a NATO member for two decades", "had been a NATO ally for 20 years by 2019", "Finland has
been in NATO for two years".

Read: a relation noun (member, ally) as the attribute of "be" in the perfect ("has been",
"had been") or in an apposition, with a duration after "for" in its clause; the state is the
subject (or the apposition's head), the organisation the noun's own ("a member of NATO", "a NATO
member", "a NATO ally"; "a US ally" is not one). Statement `member_for`
(state -> "org:NATO#P70Y", with ">" before the duration for "more than / over", "<" for "nearly /
almost / under", "~" for "about / some"), `point_in_time` the day it is counted to: the clause's
own date ("by March 2023"), else the article's.

Check: the KB's start of that membership: the years from it to the day counted to
against the duration. An exact duration agrees within a year (a round "70 years" for 72 is how
people write) plus one year per full ten ("20 years" 17 to 23, "70 years" 62 to 78: `_slack`);
"more than N" needs more than N, "nearly N" between N less the slack and N. Outside, the claim is
contradicted where the KB has the relation's start; with no start (or no relation) the
membership family's own claim says what the KB knows, so this one is `new`.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from accord.model import Statement
from accord.nlp.extract.claims.grammar import (
    Context, clause_tokens, make, negated, phrase_tokens, qualifiers, subject_entities,
)
from accord.nlp.extract.claims._owned_tenures import owned_tenures
from accord.reconcile import timecmp
from accord.reconcile.kbcheck import Verdict, fact_evidence

ORDER = 22

# Partnerships are left out: when one began is told many ways (a dialogue in the 1990s, a
# programme in 2014), so a duration may be true of a start the KB does not hold.
NOUNS = {"member": "member_for", "ally": "member_for"}
RELATION = {"member_for": "member_of"}
MODS = {"MORE_THAN": ">", "LESS_THAN": "<", "APPROX": "~", "EQUAL_OR_MORE": ">", "EQUAL_OR_LESS": "<"}
UNITS = {"Y": 1.0, "M": 1 / 12}


def extract(ctx: Context, sent: Span) -> list[Statement]:
    return _memberships(ctx, sent) + _in_org(ctx, sent) + _tenures(ctx, sent) + _after_tenures(ctx, sent) \
        + _org_active(ctx, sent) + owned_tenures(ctx, sent, _office_ending)


# -- an organisation's age told by what it has done: "NATO has kept the peace for over 70 years" --
def _org_active(ctx: Context, sent: Span) -> list[Statement]:
    """ "NATO has kept the peace for over 70 years", "the alliance has been the bulwark of
    security for 70 years": whatever an organisation has done for N years, it has existed for N
    years (`active_for`: org -> "P70Y" with the duration's mark). The organisation is the verb's
    own subject ("NATO", "the NATO alliance", "the alliance" of an article about it), never one
    that qualifies it ("NATO allies have been friends for a century"); a verb in the perfect,
    not negated, a plain fact."""
    from accord.nlp.extract.claims.grammar import modality
    from accord.nlp.extract.claims.treaty import orgs_of

    out = []
    for verb in sent:
        if verb.pos_ not in ("VERB", "AUX") or not _perfect(verb) or negated(verb) or modality(verb) != "fact":
            continue
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None and subj.lower_ in ("which", "that") and verb.dep_ == "relcl":
            subj = verb.head
        if subj is None:
            continue
        orgs, sure = orgs_of(ctx, [subj])
        tokens = clause_tokens(verb)
        span = _duration(ctx, tokens)
        if span is None or len(orgs) != 1:
            continue
        when = qualifiers(ctx, tokens).get("point_in_time")
        times = {"point_in_time": when} if when is not None else {}
        out.append(make(ctx, orgs[0], "active_for", span, [verb], verb, False, times,
                        confidence={"link": sure} if sure < 1 else None))
    return out


def check_active(checker, st: Statement, on: str | None) -> Verdict | None:
    """An organisation cannot have done anything for longer than it has existed: the claim is
    contradicted when the years from its founding to the day counted to are fewer than the
    duration needs ("more than N": more than N; an exact or rough N: N less `_slack`). Only for
    an organisation with one origin: the KB's founding facts (the treaty's signing, its entry into
    force) within a year of each other; "the EU has kept the peace for 70 years" counts the
    Communities before it."""
    from accord.nlp.extract.claims._treatycheck import founding_dates

    parsed = _years(st.value)
    day = st.point_in_time.value if st.point_in_time else on
    bounds = timecmp.bounds(day) if day else None
    if parsed is None or bounds is None or st.polarity != "affirmed":
        return None
    facts = founding_dates(checker.kb, st.subject)
    days = [b[0] for f in facts if (b := timecmp.bounds(f.point_in_time or f.start))]
    if not days or (max(days) - min(days)).days > 366:
        return None
    mark, n = parsed
    first = min(facts, key=lambda f: timecmp.bounds(f.point_in_time or f.start)[0])
    years = (bounds[0] - min(days)).days / 365.25
    ok = years > n if mark == ">" else years >= n - _slack(n)
    org = checker.name(st.subject)
    said = f"{org} was founded on {(first.point_in_time or first.start).value}: {years:.2f} years by {day}"
    if ok:
        return Verdict("supported", f"{said}, long enough for {_words(mark, n)}.", [fact_evidence(first)])
    return Verdict("contradicted_by_kb", f"{said}, not {_words(mark, n)}.", [fact_evidence(first)])


def _in_org(ctx: Context, sent: Span) -> list[Statement]:
    """ "Finland has been in NATO for two years", "Spain had been in the alliance for 40 years by
    then": "be" in the perfect with "in" an organisation, the state its subject, the same
    `member_for` as "has been a member for"."""
    out = []
    for verb in sent:
        if verb.lemma_.lower() != "be" or verb.pos_ not in ("VERB", "AUX") or not _perfect(verb):
            continue
        objs = [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "in"
                for p in c.children if p.dep_ == "pobj"]
        # the object itself ("in NATO", "in the NATO alliance"), not a noun it qualifies ("in talks with NATO")
        orgs = ctx.entities(objs + [c for o in objs for c in o.children if c.dep_ == "compound"], ("org:",))
        if not orgs and any(o.lemma_.lower() == "alliance" for o in objs) and ctx.topic_org:
            orgs = [ctx.topic_org]
        states = subject_entities(ctx, verb, ("state:",))
        tokens = clause_tokens(verb)
        span = _duration(ctx, tokens)
        if span is None or len(orgs) != 1 or not states:
            continue
        when = qualifiers(ctx, tokens).get("point_in_time") or qualifiers(ctx, tokens).get("end")
        times = {"point_in_time": when} if when is not None else {}
        out += [make(ctx, s, "member_for", f"{orgs[0]}#{span}", objs, verb, negated(verb), times) for s in states]
    return out


def _memberships(ctx: Context, sent: Span) -> list[Statement]:
    out = []
    for noun in sent:
        prop = NOUNS.get(noun.lemma_.lower())
        if prop is None or noun.pos_ != "NOUN":
            continue
        found = _holder(ctx, noun)
        if found is None:
            continue
        states, verb = found
        orgs = ctx.entities(phrase_tokens([noun]), ("org:",))  # "a NATO ally", not "a US ally"
        tokens = clause_tokens(verb) if verb is not noun else {t.i for t in noun.subtree}
        span = _duration(ctx, tokens)
        if span is None or len(orgs) != 1:
            continue
        when = qualifiers(ctx, tokens).get("point_in_time") or qualifiers(ctx, tokens).get("end")
        times = {"point_in_time": when} if when is not None else {}
        out += [make(ctx, s, prop, f"{orgs[0]}#{span}", [noun], verb, negated(verb), times) for s in states]
    return out


def _holder(ctx: Context, noun: Token):
    """(the states, the verb) for "X has been a member", "X, a member for 20 years"."""
    head = noun.head
    if noun.dep_ == "attr" and head.lemma_.lower() == "be" and _perfect(head):
        states = subject_entities(ctx, head, ("state:",))
        return (states, head) if states else None
    if noun.dep_ == "appos":
        states = ctx.entities([head], ("state:",))
        return (states, noun) if states else None
    return None


def _perfect(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in ("has", "have", "had", "'s", "'ve", "'d") for c in verb.children)


def _duration(ctx: Context, tokens: set[int]) -> str | None:
    """ "for more than 70 years" -> ">P70Y"; a vague one ("for years") says nothing."""
    for a in ctx.times_in(tokens):
        value = str(a.data.get("value") or "")
        if a.label != "DURATION" or not value.startswith("P") or "X" in value or value[-1] not in UNITS:
            continue
        before = ctx.doc.text[max(0, a.start - 5):a.start].lower().split()
        if not before or before[-1] != "for":
            continue
        return MODS.get(str(a.data.get("mod") or ""), "") + value
    return None


def _years(span: str) -> tuple[str, float] | None:
    mark = span[0] if span[0] in "<>~" else ""
    body = span[len(mark):]
    try:
        return mark, float(body[1:-1]) * UNITS[body[-1]]
    except (ValueError, KeyError):
        return None


def _slack(n: float) -> float:
    return 1 + int(n // 10)


def check_duration(checker, st: Statement, on: str | None) -> Verdict | None:
    org, _, span = st.value.partition("#")
    parsed = _years(span)
    day = st.point_in_time.value if st.point_in_time else on
    bounds = timecmp.bounds(day) if day else None
    if parsed is None or bounds is None or st.polarity != "affirmed":
        return None
    mark, n = parsed
    relation = RELATION[st.property]
    facts = [f for f in checker.kb.facts(subject=st.subject, property=relation, value=org)
             if f.start is not None and timecmp.bounds(f.start) and timecmp.bounds(f.start)[0] <= bounds[1]]
    if not facts:
        return None
    first = min(facts, key=lambda f: timecmp.bounds(f.start)[0])
    start = timecmp.bounds(first.start)[0]
    years = (bounds[0] - start).days / 365.25
    slack = _slack(n)
    ok = {">": years > n, "<": n - slack <= years <= n, "~": abs(years - n) <= slack}.get(mark, abs(years - n) <= slack)
    state, name = checker.name(st.subject), checker.name(org)
    kind = "supported" if ok else "contradicted_by_kb"
    said = "" if ok else f", not {_words(mark, n)}"
    return Verdict(kind, f"{state}'s {relation.split('_')[0]}ship of {name} began on {first.start.value}: "
                   f"{years:.1f} years by {day}{said}.", [fact_evidence(first)])


def _words(mark: str, n: float, span: str = "") -> str:
    lead = {">": "more than ", "<": "nearly ", "~": "about "}.get(mark, "")
    return f"{lead}{round(n * 12):g} months" if span.endswith("M") else f"{lead}{n:g} years"


# -- tenures: "X was Dutch prime minister for 14 years", "X led NATO for a decade" -----------------
LEAD_VERBS = {"lead", "head", "run", "helm"}
TENURE_SLACK = 1.0  # a tenure is told to the year: "14 years" for 13.7


def _tenures(ctx: Context, sent: Span) -> list[Statement]:
    """ "X was / has been T for N years" (the title as the attribute), "X led / headed O for N
    years" (O's head office): `held_office_for` (person -> "office#P14Y"), counted to the clause's
    date, else the article's; the person's terms in that office are summed."""
    from accord.nlp.extract.claims.actions import head_office
    from accord.nlp.extract.claims.led_offices import own_body
    from accord.nlp.extract.claims.terms import office_of, people_of

    out = []
    for verb in sent:
        lemma = verb.lemma_.lower()
        if verb.pos_ not in ("VERB", "AUX") or lemma not in LEAD_VERBS | {"be", "serve"} or negated(verb):
            continue
        tokens = clause_tokens(verb) - _inner_clauses(verb)
        span = _duration(ctx, tokens)
        if span is None:
            continue
        people = people_of(ctx, verb)
        if len(people) != 1:
            continue
        if lemma in LEAD_VERBS:
            orgs = ctx.entities([t for c in verb.children if c.dep_ == "dobj" and not own_body(ctx, c)
                                 for t in c.subtree], ("org:",))  # (not "led the UN refugee agency")
            office, attachment = (head_office(ctx, orgs[0]), 1.0) if len(orgs) == 1 else (None, 0.0)
        else:
            office, attachment = office_of(ctx, verb, people[0])
        if office is None:
            continue
        when = qualifiers(ctx, tokens).get("point_in_time")
        sure = {"attachment": attachment} if attachment < 1.0 else None
        out.append(make(ctx, people[0], "held_office_for", f"{office}#{span}", [verb], verb,
                        times={"point_in_time": when} if when is not None else {}, confidence=sure))
    return out


def _inner_clauses(verb: Token) -> set[int]:
    """The tokens of clauses inside the verb's: "X, who led the country for 14 years, is now
    NATO's chief" (the years are the relative clause's, not the chief's)."""
    return {t.i for d in verb.subtree if d.i != verb.i and d.dep_ in ("relcl", "acl", "advcl", "ccomp")
            for t in d.subtree}


IN_POST = frozenset({"job", "post", "office", "power", "role", "position"})


def _after_tenures(ctx: Context, sent: Span) -> list[Statement]:
    """ "X resigned on Monday after 20 months in the job", "stepped down after 14 years in power",
    "left after eight years as prime minister": `held_office_for` counted to the clause's date
    (else the article's). The office is the title after "as", else the person's one term of an
    office the KB has ending within a year of that date or running on it (attachment 0.6)."""
    from accord.nlp.extract.claims.terms import UNTITLED, office_of, people_of, title_after_as

    out = []
    for span, a in ctx.timed_spans_in({t.i for t in sent}):
        value = str(a.data.get("value") or "")
        if a.label != "DURATION" or not value.startswith("P") or "X" in value or value[-1] not in UNITS:
            continue
        doc = ctx.doc
        if span.start == 0 or doc[span.start - 1].lower_ != "after" or span.end >= len(doc):
            continue
        after = doc[span.end]
        words = [t.lower_ for t in doc[span.end:span.end + 3]]
        as_title = title_after_as(after) if after.lower_ == "as" else None
        if as_title is None and not (words[:1] == ["in"] and set(words[1:3]) & IN_POST):
            continue
        verb = next((t for t in (span.root, *span.root.ancestors) if t.pos_ in ("VERB", "AUX")), None)
        if verb is None or negated(verb):
            continue
        people = people_of(ctx, verb)
        if len(people) != 1:
            continue
        when = qualifiers(ctx, clause_tokens(verb)).get("point_in_time")
        if as_title is not None:
            office, attachment = office_of(ctx, verb, people[0], [as_title])
        else:
            office, attachment = _office_ending(ctx, people[0], when.value if when else ctx.doc._.document_date), UNTITLED
        if office is None:
            continue
        span_value = MODS.get(str(a.data.get("mod") or ""), "") + value
        out.append(make(ctx, people[0], "held_office_for", f"{office}#{span_value}", [verb], verb,
                        times={"point_in_time": when} if when is not None else {},
                        confidence={"attachment": attachment} if attachment < 1.0 else None))
    return out


def _office_ending(ctx: Context, person: str, day: str | None) -> str | None:
    """The one office of the person's whose term the KB ends within a year before `day` (up to a
    month after it) or runs on it."""
    bounds = timecmp.bounds(day) if day else None
    if ctx.kb is None or bounds is None:
        return None
    found = set()
    for f in ctx.kb.facts(subject=person, property="holds_office"):
        end = timecmp.bounds(f.end.value) if f.end is not None else None
        start = timecmp.bounds(f.start.value) if f.start is not None else None
        if start is None or start[0] > bounds[1]:
            continue
        if end is None or -366 <= (end[0] - bounds[0]).days <= 31:
            found.add(f.value)
    return found.pop() if len(found) == 1 else None


def _tenure_slack(span: str, n: float) -> float:
    """A tenure in years is told to the year; one in months to a month or two (a sixth of it)."""
    return max(2 / 12, n / 6) if span.endswith("M") else TENURE_SLACK


def check_tenure(checker, st: Statement, on: str | None) -> Verdict | None:
    """The person's terms in the office, up to the day counted to (or to their ends), against the
    duration within TENURE_SLACK. A claim shorter than the longest single term is contradicted (a
    shorter one may count one stint of two); one longer than all the terms together only where
    the office's holder list covers the time the longer tenure would need, else `new` (an earlier
    term the KB does not list)."""
    office, _, span = st.value.partition("#")
    parsed = _years(span)
    day = st.point_in_time.value if st.point_in_time else on
    bounds = timecmp.bounds(day) if day else None
    if parsed is None or bounds is None or st.polarity != "affirmed":
        return None
    terms = [f for f in checker.kb.facts(subject=st.subject, property="holds_office", value=office)
             if f.start is not None and timecmp.bounds(f.start) and timecmp.bounds(f.start)[0] <= bounds[1]]
    if not terms:
        return None
    mark, n = parsed
    lengths = []
    for f in terms:
        first = timecmp.bounds(f.start)[0]
        last = min(timecmp.bounds(f.end)[0], bounds[0]) if f.end is not None and timecmp.bounds(f.end) else bounds[0]
        lengths.append(max(0, (last - first).days) / 365.25)
    total, longest = sum(lengths), max(lengths)
    person, name = checker.name(st.subject), checker.name(office)
    said = f"{person} held the office of {name} for {total:.1f} years by {day} in the knowledge base's terms"
    evidence = [fact_evidence(f) for f in terms]
    # shorter than one whole term is wrong; "was PM for eight years" may count one of two stints
    slack = _tenure_slack(span, n)
    too_short = {">": False, "<": n - slack > longest, "~": n + slack < longest}.get(mark, n + slack < longest)
    too_long = {">": total <= n, "<": False, "~": n - slack > total}.get(mark, n - slack > total)
    if too_short:
        return Verdict("contradicted_by_kb", f"{said}, more than {_words(mark, n, span)}.", evidence)
    if too_long:
        earliest = min(timecmp.bounds(f.start)[0] for f in terms)
        needed = earliest.replace(year=earliest.year - max(1, int(n - total + 0.999)))
        before = _earlier_office(checker.kb, st.subject, office, earliest)
        if before is not None:  # "in power for two decades": a premiership before the presidency
            return Verdict("new", f"{said}; the years as {checker.name(before)} before it may be counted in "
                           f"{_words(mark, n, span)}.", evidence)
        if checker.kb.covers(office, "holds_office", needed.isoformat()).covered:
            return Verdict("contradicted_by_kb", f"{said}, not {_words(mark, n, span)}.", evidence)
        return Verdict("new", f"{said}; an earlier term the knowledge base does not list may make up "
                       f"{_words(mark, n, span)}.", evidence)
    return Verdict("supported", f"{said}.", evidence)


def _earlier_office(kb, person: str, office: str, earliest) -> str | None:
    """Another head office of the same state's the person held before their first term in this
    head office (Erdoğan prime minister before president, kb20): a tenure told of the person's
    time "in power" may count it, so a longer one is not contradicted."""
    def head(o: str) -> bool:
        return kb.has(o) and str(kb.entity(o).attrs.get("kind") or "").startswith("head_of_")

    where = kb.entity(office).attrs.get("jurisdiction") if head(office) else None
    if where is None:
        return None
    for f in kb.facts(subject=person, property="holds_office"):
        start = timecmp.bounds(f.start) if f.start is not None else None
        if f.value == office or start is None or start[0] >= earliest or not head(f.value):
            continue
        if kb.entity(f.value).attrs.get("jurisdiction") == where:
            return f.value
    return None


CHECKS = {"member_for": check_duration, "held_office_for": check_tenure, "active_for": check_active}


def _words_of(name, st) -> str:
    org, _, span = st.value.partition("#")
    parsed = _years(span)
    length = _words(*parsed) if parsed else span
    kind = "member"
    return f"{name(st.subject)} a {kind} of {name(org)} for {length}"


def _tenure_words(name, st) -> str:
    office, _, span = st.value.partition("#")
    parsed = _years(span)
    return f"{name(st.subject)} held the office of {name(office)} for {_words(*parsed, span) if parsed else span}"


def _active_words(name, st) -> str:
    parsed = _years(st.value)
    return f"{name(st.subject)} active for {_words(*parsed) if parsed else st.value}"


WORDS = {"member_for": _words_of, "held_office_for": _tenure_words, "active_for": _active_words}
