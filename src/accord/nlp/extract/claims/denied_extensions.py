"""A denied extension of a term of office (issue 12, neg20): "the allies did not extend
Stoltenberg's term in 2023", "NATO has not extended Stoltenberg's mandate", "the allies refused to
extend his term by a year", "his tenure was not prolonged". extensions.py reads the extensions
affirmed (with their new end or the time added) and leaves the denials alone.

Read: a verb `extend` / `prolong`, denied (grammar.negated: "not", "never", "failed / refused /
declined to", "has yet to"), told as a fact (a plan, "will not extend", is no deed: plans change),
with a term noun as its object or passive subject and nothing else on it but a date, a new end
or an exact time added (`_bare`: "did not extend his term by more than a year / lightly" denies
the manner); the person and the office as extensions.py finds them. Statement `extension_denied`: subject the person, value the office ("office#P1Y"
when the time added is written: "by a year"), negated; its point_in_time the decision's time
when the clause gives one (not a date after "until"), its `end` the new end written ("until D").

Check (the KB's `term_extended`, kb/data/term_extensions.yaml, complete for the people and
offices listed there): a denial dated by the clause is contradicted when an extension was decided
at that time (the stated precision; a day within a week, as extensions.py); undated, when one was
decided in the RECENT days before the article's day (the news the article tells; an older one
may be denied "again"; one of the article's own day may come after its words). A denial that names another end or another time added than the extension's
denies that detail, not the extension: no verdict; nor for people and offices the KB keeps no
extensions of.
"""

from __future__ import annotations

from datetime import timedelta

from spacy.tokens import Span

from accord.model import Statement
from accord.nlp.extract.claims.extensions import (
    EXTEND_VERBS, _added, _extensions, extended_office, _is_until, _person, _term_noun, _untils, _within)
from accord.nlp.extract.claims.grammar import Context, clause_tokens, make, modality, negated, not_until, qualifiers
from accord.nlp.extract.claims.terms import within_a_day
from accord.reconcile import timecmp
from accord.reconcile.kbcheck import Verdict, fact_evidence

ORDER = 52
PROPERTY = "extension_denied"
RECENT = 14  # days before the article's day in which a decision is the one an undated denial speaks of
WEEK = 7


def extract(ctx: Context, sent: Span) -> list[Statement]:
    if ctx.kb is None:
        return []
    out: list[Statement] = []
    for verb in sent:
        if verb.lemma_.lower() not in EXTEND_VERBS or verb.pos_ not in ("VERB", "AUX") or not negated(verb) \
                or not_until(verb) or modality(verb) != "fact":
            continue
        noun = _term_noun(verb)
        person = _person(ctx, verb, noun) if noun is not None else None
        if person is None:
            continue
        office, attachment = extended_office(ctx, verb, person)
        if office is None:
            continue
        tokens = clause_tokens(verb)
        if not _bare(ctx, verb, noun, _added(ctx, tokens)):
            continue
        decided = qualifiers(ctx, tokens).get("point_in_time")
        times = {"point_in_time": decided} if decided is not None and not _is_until(ctx, decided) else {}
        untils, added = _untils(ctx, tokens), _added(ctx, tokens)
        if untils:
            times["end"] = untils[0]
        value = f"{office}#{added[0]}" if added else office
        out.append(make(ctx, person, PROPERTY, value, [verb, noun], verb, True, times,
                        confidence={"attachment": attachment} if attachment < 1.0 else None))
    return out


BARE_DEPS = frozenset({"nsubj", "nsubjpass", "aux", "auxpass", "neg", "punct", "agent", "cc", "conj"})
BARE_ADVERBS = frozenset({"yet", "ever", "formally", "officially"})
DATE_PREPS = frozenset({"in", "on", "at", "during"})
END_PREPS = frozenset({"until", "till", "to", "through", "into"})


def _bare(ctx: Context, verb, noun, added: list) -> bool:
    """Nothing on the verb but its subject, auxiliaries, "not", the term, a date of the decision,
    a new end, an exact time added ("by a year")? A "not" over anything else denies that, not the
    extension: "did not extend his term by more than a year / lightly / without conditions"."""
    for c in verb.children:
        if c.dep_ in BARE_DEPS or c.i == noun.i or (c.dep_ == "advmod" and c.lower_ in BARE_ADVERBS):
            continue
        if c.dep_ == "prep" and c.lower_ == "as" and not ctx.times_in({t.i for t in c.subtree}):
            continue  # the title: "extended X's term as secretary general"
        dated = bool(ctx.times_in({t.i for t in c.subtree}))
        if c.dep_ in ("npadvmod", "prep") and c.lower_ not in ("by", "for") and dated and (
                c.dep_ == "npadvmod" or c.lower_ in DATE_PREPS | END_PREPS):
            continue
        if c.dep_ == "prep" and c.lower_ in ("by", "for") and added and not any(
                t.lower_ in ("more", "less", "than", "over", "under", "only", "just") for t in c.subtree):
            continue
        return False
    return True


def _decided_then(facts: list, st: Statement, on: str | None) -> list:
    """The extensions the denial speaks of: decided at its own time, else in the RECENT days before
    the article's day."""
    if st.point_in_time is not None:
        return [f for f in facts if _within(st.point_in_time, f.point_in_time.value, WEEK)]
    if on is None or timecmp.bounds(on) is None:
        return []
    day = timecmp.bounds(on)[0]  # (a decision of the article's own day may come after its words)
    return [f for f in facts if day - timedelta(days=RECENT) <= timecmp.bounds(f.point_in_time)[0] < day]


def _same_detail(fact, st: Statement, by: str) -> bool:
    """Does every detail the denial writes (its new end, the time added) agree with the fact's?"""
    if st.end is not None and not (fact.end is not None and within_a_day(st.end, fact.end.value)) \
            and not within_a_day(st.end, str((fact.qualifiers or {}).get("until", "")) or None):
        return False
    return not by or str((fact.qualifiers or {}).get("by")) == by


def check_denied(checker, st: Statement, on: str | None) -> Verdict | None:
    if st.polarity != "negated" or st.modality != "fact":
        return None
    office, _, by = st.value.partition("#")
    facts = _extensions(checker, st, office)
    then = [f for f in _decided_then(facts, st, on) if _same_detail(f, st, by)] if facts else []
    if not then:
        return None
    f = then[-1]
    end = (f.qualifiers or {}).get("until") or f.end.value
    return Verdict("contradicted_by_kb", f"The allies extended {checker.name(st.subject)}'s term as "
                   f"{checker.name(office)} on {f.point_in_time.value} (until {end}), but the claim says "
                   f"it was not extended.", [fact_evidence(x) for x in then])


CHECKS = {PROPERTY: check_denied}


def _words(name, st) -> str:
    return f"{name(st.subject)}'s term as {name(st.value.partition('#')[0])} not extended"


WORDS = {PROPERTY: _words}
