"""Candidacies for an office withdrawn: "Iohannis withdrew his bid for NATO's leadership", "withdrew
his candidacy for the post of secretary general", "pulled out of the race to become NATO
secretary general", "Biden dropped out of the presidential race", "abandoned his re-election bid",
and their denials ("did not withdraw his bid", "refused to drop out of the race").

Statement: `person – withdrew_candidacy – office`, read only for a person the KB lists a withdrawal
of and an office the sentence names by its organisation or state ("NATO's
leadership", "the race to lead NATO") or by "presidential" / "re-election" for a head of state. Its
polarity is the verb's (grammar.negated). The KB's list (candidacies.yaml) is not complete: a
withdrawal it lacks is `new`; a denial of one it has is contradicted (`_negation.check_not_done`);
an affirmed one is checked for its date.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from accord.model import Statement
from accord.nlp.extract.claims.grammar import Context, clause_tokens, make, negated, one_date, qualifiers, \
    subject_entities
from accord.reconcile import timecmp
from accord.reconcile.kbcheck import Verdict, fact_evidence

ORDER = 60
PROPERTY = "withdrew_candidacy"
BID_NOUNS = {"bid", "candidacy", "candidature", "nomination", "campaign", "run"}
RACE_NOUNS = {"race", "contest", "running", "contention"}
# "withdrew / abandoned / ended his bid"; "withdrew from / dropped out of / pulled out of the race"
ENDING_VERBS = {"withdraw", "abandon", "end", "drop", "quit", "scrap", "suspend", "give"}
OUT_VERBS = {"withdraw", "drop", "pull", "bow", "step"}
HEAD_OF_STATE_WORDS = {"presidential", "president", "re-election", "reelection", "election"}


def extract(ctx: Context, sent: Span) -> list[Statement]:
    if ctx.kb is None:
        return []
    out = []
    for verb in sent:
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        target = _withdrawn(verb)
        if target is None:
            continue
        for person in subject_entities(ctx, verb, ("person:",)):
            office = _office(ctx, person, target, verb)
            if office is None:
                continue
            point = one_date(qualifiers(ctx, clause_tokens(verb)))
            out.append(make(ctx, person, PROPERTY, office, [verb, target], verb, negated(verb),
                            {"point_in_time": point} if point else {}))
    return out


def _withdrawn(verb: Token) -> Token | None:
    """The bid or race noun the verb withdraws from, if it is such a verb."""
    lemma = verb.lemma_.lower()
    parts = {c.lower_ for c in verb.children if c.dep_ in ("prt", "advmod", "prep")}
    if lemma in ENDING_VERBS and (lemma != "give" or "up" in parts):
        bid = next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in BID_NOUNS), None)
        if bid is not None:
            return bid
    if lemma in OUT_VERBS | {"quit"}:
        for prep in (c for c in verb.children if c.dep_ == "prep"):
            inner = prep
            if prep.lower_ == "out":  # "dropped out of the race": "of" hangs on "out"
                inner = next((c for c in prep.children if c.dep_ == "prep" and c.lower_ == "of"), prep)
            if inner.lower_ in ("from", "of"):
                race = next((p for p in inner.children if p.dep_ == "pobj" and p.lemma_.lower() in RACE_NOUNS | BID_NOUNS), None)
                if race is not None:
                    return race
        if lemma == "quit":
            return next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in RACE_NOUNS), None)
    return None


def _office(ctx: Context, person: str, target: Token, verb: Token) -> str | None:
    """The office of the bid: one the KB lists a withdrawal by `person` from, named in the bid's
    phrase or the verb's clause after it ("pulled out of the race to become NATO secretary
    general") by its organisation or state, or by "presidential" for a head of state."""
    offices = {f.value for f in ctx.kb.facts(subject=person, property=PROPERTY)}
    clause = clause_tokens(verb)
    words = [t for t in target.subtree] + [ctx.doc[i] for i in sorted(clause) if i > target.i]
    named = set(ctx.entities(words, ("org:", "state:")))
    lowered = {t.lower_ for t in words}
    found = []
    for office in sorted(offices):
        attrs = ctx.kb.entity(office).attrs if ctx.kb.has(office) else {}
        if attrs.get("jurisdiction") in named:
            found.append(office)
        elif "head_of_state" in str(attrs.get("kind", "")) and lowered & HEAD_OF_STATE_WORDS:
            found.append(office)
    return found[0] if len(found) == 1 else None


def check_withdrawal(checker, st: Statement, on: str | None) -> Verdict | None:
    """An affirmed withdrawal the KB lists: supported on its day (or, undated, when it happened
    by the day the claim speaks of); a stated day it does not fall in, or a withdrawal said done
    more than a day before it happened, is contradicted. One the KB lacks is left to the general
    rule (`new`)."""
    facts = checker.kb.facts(subject=st.subject, property=PROPERTY, value=st.value)
    if not facts:
        return None
    f = facts[0]
    person, office, day = checker.name(st.subject), checker.name(st.value), f.point_in_time
    evidence = [fact_evidence(x) for x in facts]
    when = st.point_in_time
    if when is not None:
        if timecmp.same_time(when, day):
            return Verdict("supported", f"{person} withdrew the candidacy for {office} on {day.value}.", evidence)
        return Verdict("contradicted_by_kb", f"{person} withdrew the candidacy for {office} on {day.value}, "
                       f"not {timecmp.label(when)}.", evidence)
    last = timecmp.bounds(on)[1] if on and timecmp.bounds(on) else None
    first = timecmp.bounds(day)[0] if timecmp.bounds(day) else None
    if st.modality == "fact" and last is not None and first is not None and (first - last).days > 1:
        return Verdict("contradicted_by_kb", f"{person} withdrew the candidacy for {office} only on "
                       f"{day.value}, after {on}.", evidence)
    return Verdict("supported", f"{person} withdrew the candidacy for {office} on {day.value}.", evidence)


def _words(name, st) -> str:
    return f"{name(st.subject)} {'did not withdraw' if st.polarity == 'negated' else 'withdrew'} the candidacy for {name(st.value)}"


CHECKS = {PROPERTY: check_withdrawal}
WORDS = {PROPERTY: _words}
