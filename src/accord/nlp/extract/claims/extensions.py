"""Extensions of a term of office: "the allies extended Stoltenberg's term until 30 September
2023", "he will extend his term as head of the alliance by a year", "to extend my mandate as
Secretary General until 1 October 2024", "his tenure was prolonged by two years".

Read: a verb `extend` / `prolong` whose object (or passive subject) is a term noun ("term",
"mandate", "tenure", "stint"). The person is the noun's owner ("Stoltenberg's term", "the
mandate of Secretary General Jens Stoltenberg"); a pronoun ("his", "my") is the quoted or
reported speaker, else the verb's subject, else the one person the sentence names. The office is
the title written with it ("as Secretary General", "as head of the alliance"), else the one
office whose extensions the KB keeps for that person. Statements:

- `term_extended` (person -> office, `end` = the day written after "until / till / to / through";
  the last day in office or the first day out, as terms are written both ways);
- `term_extended_by` (person -> "office#P1Y": the time added, "by a year", "for another year",
  "by two years", "for two more years").

A denied extension ("will not extend") is not read; a plan ("will extend", "agreed to extend")
is read as the decision it announces.

Checks (the KB's `term_extended` facts, kb/data/term_extensions.yaml): an end date agrees with
an extension decided by the claim's day (within a day, at the claim's precision); one that agrees
with none is contradicted when the KB keeps extensions for that person and office. The time
added is compared with the extension the claim speaks of: the one decided on the claim's own
date, else the latest one decided in the year before the article's day (or in the 90 days after
it, for a plan); with none such the claim is `new`.
"""

from __future__ import annotations

from datetime import timedelta

from spacy.tokens import Span, Token

from accord.model import Statement, TimeQualifier
from accord.nlp.extract.claims.grammar import Context, clause_tokens, make, negated, qualifiers
from accord.nlp.extract.claims.terms import TERM_NOUNS, office_of, within_a_day
from accord.nlp.extract.dates.grammar import previous_word
from accord.reconcile import timecmp
from accord.reconcile.kbcheck import Verdict, fact_evidence

ORDER = 52

EXTEND_VERBS = frozenset({"extend", "prolong"})
PRONOUNS = frozenset("his her my their he she i".split())
UNTIL_WORDS = frozenset("until till to through into".split())
ADDED_WORDS = frozenset({"by", "for"})
LOOK_BACK, LOOK_AHEAD = 365, 90  # days around the article in which the extension it means was decided


def extract(ctx: Context, sent: Span) -> list[Statement]:
    out: list[Statement] = []
    for verb in sent:
        if verb.lemma_.lower() not in EXTEND_VERBS or verb.pos_ not in ("VERB", "AUX") or negated(verb):
            continue
        noun = _term_noun(verb)
        if noun is None:
            continue
        person = _person(ctx, verb, noun)
        if person is None:
            continue
        office, attachment = extended_office(ctx, verb, person)
        if office is None:
            continue
        sure = {"attachment": attachment} if attachment < 1.0 else None
        tokens = clause_tokens(verb)
        decided = qualifiers(ctx, tokens).get("point_in_time")
        decided_at = {"point_in_time": decided} if decided is not None and not _is_until(ctx, decided) else {}
        for until in _untils(ctx, tokens):
            out.append(make(ctx, person, "term_extended", office, [verb, noun], verb,
                            times={"end": until, **decided_at}, confidence=sure))
        for added in _added(ctx, tokens):
            out.append(make(ctx, person, "term_extended_by", f"{office}#{added}", [verb, noun], verb,
                            times=decided_at, confidence=sure))
    return out


def _term_noun(verb: Token) -> Token | None:
    """ "extended his term", "his mandate was extended", "to extend the tenure of X"."""
    for c in verb.children:
        if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in TERM_NOUNS:
            return c
    return None


def _person(ctx: Context, verb: Token, noun: Token) -> str | None:
    """Whose term: the owner written with the noun, or who a pronoun stands for."""
    owner = [c for c in noun.children if c.dep_ == "poss"]
    owner += [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children]
    named = ctx.entities([t for o in owner for t in o.subtree], ("person:",))
    if len(named) == 1:
        return named[0]
    if not owner and not any(c.dep_ == "det" for c in noun.children):
        return _own_term(ctx, verb)  # a headline's "Stoltenberg extends NATO term by a year"
    if named or not any(o.lower_ in PRONOUNS for o in owner):
        return None
    speaker = ctx.speaker_at(noun.idx)
    if speaker.startswith("person:"):
        return speaker
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.lower_ not in PRONOUNS:
        people = ctx.entities(subject.subtree, ("person:",))
        return people[0] if len(people) == 1 else None
    people = ctx.entities(verb.sent, ("person:",))
    return people[0] if len(people) == 1 else None


def _own_term(ctx: Context, verb: Token) -> str | None:
    """"Stoltenberg extends NATO term by a year": a term noun with no owner and no article, the
    headline's way of saying the holder's own term; the holder is the verb's subject, one person
    whose extensions the KB keeps (an extension of someone else's term is written with its owner)."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    people = ctx.entities(subject.subtree, ("person:",)) if subject is not None else []
    if len(people) != 1 or _extended_office(ctx, people[0]) is None:
        return None
    return people[0]


def extended_office(ctx: Context, verb, person: str) -> tuple[str | None, float]:
    """(office, how sure it is the one meant): the office the clause names for the person, else
    the one office whose extensions the KB keeps for them (0.8)."""
    office, attachment = office_of(ctx, verb, person)
    if office is None:
        office, attachment = _extended_office(ctx, person), 0.8
    return office, attachment


def _extended_office(ctx: Context, person: str) -> str | None:
    """The one office whose extensions the KB keeps for this person."""
    if ctx.kb is None:
        return None
    offices = {f.value for f in ctx.kb.facts(subject=person, property="term_extended")}
    return offices.pop() if len(offices) == 1 else None


def _is_until(ctx: Context, when: TimeQualifier) -> bool:
    return any(a.data.get("value") == when.value and _until_word(ctx, a) for _, a in ctx.times)


def _until_word(ctx: Context, a) -> bool:
    return a.data.get("role") == "end" or previous_word(ctx.doc.text, a.start) in UNTIL_WORDS


def _untils(ctx: Context, tokens: set[int]) -> list[TimeQualifier]:
    """The new end: a date after "until", "till", "to", "through"."""
    out = []
    for a in ctx.times_in(tokens):
        value, precision = a.data.get("value"), a.data.get("precision")
        if precision and value and _until_word(ctx, a) and timecmp.parts(value) and timecmp.parts(value)[0]:
            out.append(TimeQualifier(value=value, precision=precision))
    return out


def _added(ctx: Context, tokens: set[int]) -> list[str]:
    """The time added: a duration after "by" or "for" ("by a year", "for two more years"),
    exact only ("by more than a year" says too little)."""
    return [a.data["value"] for a in ctx.times_in(tokens)
            if a.label == "DURATION" and not a.data.get("mod") and str(a.data.get("value", "")).startswith("P")
            and "X" not in a.data["value"] and _after_by(ctx, a.start)]


def _after_by(ctx: Context, start: int) -> bool:
    """ "by two years", "for another two years", "by a further two years"."""
    word = previous_word(ctx.doc.text, start)
    if word in ADDED_WORDS:
        return True
    if word in ("another", "further", "additional", "extra"):
        before = ctx.doc.text[:start].rstrip()
        before = before[:len(before) - len(word)].rstrip()
        return previous_word(before + " x", len(before) + 1) in ADDED_WORDS or before.lower().endswith((" by a", " for a"))
    return False


# -- checks ---------------------------------------------------------------------------------------
def _extensions(checker, st: Statement, office: str) -> list:
    return sorted(checker.kb.facts(subject=st.subject, property="term_extended", value=office),
                  key=lambda f: f.point_in_time.value)


def _decided_by(facts: list, day) -> list:
    """The extensions decided by `day` (+ LOOK_AHEAD for what the article may announce)."""
    last = day + timedelta(days=LOOK_AHEAD)
    return [f for f in facts if timecmp.bounds(f.point_in_time)[0] <= last]


def _meant(facts: list, st: Statement, on: str | None):
    """The extension the claim speaks of: decided on its own date, else the latest decided in the
    year before the article (or the first in the LOOK_AHEAD days after, for a plan)."""
    if st.point_in_time is not None:
        same = [f for f in facts if _within(st.point_in_time, f.point_in_time.value, 7)]
        return same[-1] if same else None
    if on is None or timecmp.bounds(on) is None:
        return None
    day = timecmp.bounds(on)[0]
    before = [f for f in facts if day - timedelta(days=LOOK_BACK) <= timecmp.bounds(f.point_in_time)[0] <= day]
    after = [f for f in facts if day < timecmp.bounds(f.point_in_time)[0] <= day + timedelta(days=LOOK_AHEAD)]
    if st.modality == "plan" and after:
        return after[0]
    return before[-1] if before else None


def _within(stated: TimeQualifier, known: str, days: int) -> bool:
    """A stated decision date agrees with a known day: at its precision, or within `days` for a
    day (the allies agree, then announce)."""
    if stated.precision != "day":
        return bool(timecmp.same_time(stated, known))
    a, b = timecmp.bounds(stated)[0], timecmp.bounds(known)[0]
    return abs((a - b).days) <= days


def _day(st: Statement, on: str | None):
    when = st.point_in_time.value if st.point_in_time else on
    return timecmp.bounds(when)[0] if when and timecmp.bounds(when) else None


def check_extended_until(checker, st: Statement, on: str | None) -> Verdict | None:
    facts = _extensions(checker, st, st.value)
    day = _day(st, on)
    if not facts or st.end is None or day is None:
        return None
    person, office = checker.name(st.subject), checker.name(st.value)
    known = _decided_by(facts, day)
    agree = [f for f in known if within_a_day(st.end, f.end.value) or within_a_day(st.end, str(f.qualifiers.get("until", "")) or None)]
    if agree:
        return Verdict("supported", f"The allies extended {person}'s term as {office} to {agree[-1].end.value} "
                       f"(decided {agree[-1].point_in_time.value}).", [fact_evidence(f) for f in agree])
    if not known:
        return None
    ends = ", ".join(f"{f.qualifiers.get('until') or f.end.value} (decided {f.point_in_time.value})" for f in known)
    return Verdict("contradicted_by_kb", f"The claim says {person}'s term as {office} was extended until "
                   f"{timecmp.label(st.end)}, but the extensions decided by then ran until {ends}.",
                   [fact_evidence(f) for f in known])


def check_extended_by(checker, st: Statement, on: str | None) -> Verdict | None:
    office, _, added = st.value.partition("#")
    facts = _extensions(checker, st, office)
    meant = _meant(facts, st, on) if facts else None
    if meant is None or not meant.qualifiers.get("by"):
        return None
    person, name = checker.name(st.subject), checker.name(office)
    known = str(meant.qualifiers["by"])
    kind = "supported" if known == added else "contradicted_by_kb"
    said = "" if kind == "supported" else f"; the claim says {_words(added)}"
    return Verdict(kind, f"The allies extended {person}'s term as {name} by {_words(known)} on "
                   f"{meant.point_in_time.value}{said}.", [fact_evidence(meant)])


def _words(duration: str) -> str:
    """ "P1Y" -> "1 year", "P2Y" -> "2 years", "P6M" -> "6 months"."""
    units = {"Y": "year", "M": "month", "W": "week", "D": "day"}
    amount, unit = duration[1:-1], units.get(duration[-1:], duration[-1:])
    return f"{amount} {unit}" + ("" if amount == "1" else "s")


CHECKS = {"term_extended": check_extended_until, "term_extended_by": check_extended_by}


def _until_words(name, st) -> str:
    return f"{name(st.subject)}'s term as {name(st.value)} extended until {st.end.value if st.end else '?'}"


def _by_words(name, st) -> str:
    office, _, added = st.value.partition("#")
    return f"{name(st.subject)}'s term as {name(office)} extended by {_words(added)}"


WORDS = {"term_extended": _until_words, "term_extended_by": _by_words}
