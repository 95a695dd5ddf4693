"""Offices told by "to be": "X is Germany's chancellor", "X is not / no longer NATO's secretary
general", "X has been prime minister since 2019", "X has never been NATO's secretary general",
"X, who is no longer prime minister, ...".

Only the present and the present perfect are read: they speak of the article's day (or of a
start, "since D"), and so does "X was never T" with no other time in its clause (a negated
`held_office`, as "has never been"); "X was T" needs a date of its own and "X was not yet T when ..." speaks of a
day the clause does not give (terms.py reads "served / was T from A to B"). A title with a
ranking or a time word on it ("the first", "the next", "a former", "the longest-serving") is not
an office claim. Statements: `holds_office` (affirmed or negated: "is not", "no longer") and, for
"has never been", a negated `held_office`; the negations are checked by claims/_negation.py.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from accord.model import Statement
from accord.nlp.extract.claims.grammar import Context, make, modality, negated, qualifiers, subject_entities
from accord.nlp.extract.claims.terms import alternatives, office_of
from accord.nlp.extract.titles import HEADS

ORDER = 51

# Words on the title that make it something else than the office now: "the first secretary general".
NOT_THE_OFFICE = frozenset("""first second third last next only previous new former ex late future longest
longest-serving youngest oldest acting interim caretaker deputy vice likely possible would-be""".split())
PRESENT = frozenset({"VBZ", "VBP"})


def extract(ctx: Context, sent: Span) -> list[Statement]:
    out: list[Statement] = []
    for verb in sent:
        if verb.lemma_.lower() != "be" or modality(verb) != "fact":
            continue
        attr = next((c for c in verb.children if c.dep_ == "attr" and c.lower_ in HEADS), None)
        if attr is None or _qualified(attr) or alternatives(attr):
            continue
        out += _statements(ctx, verb, attr)
    return out


def _qualified(attr: Token) -> bool:
    """Is the title ranked, timed or shared ("the first ...", "a former ...", "one of the ...")?"""
    words = {t.lower_ for t in attr.subtree if t.i < attr.i} | {t.lower_ for t in attr.lefts}
    return bool(words & NOT_THE_OFFICE) or any(c.dep_ == "prep" and c.lower_ != "of" for c in attr.children)


def _tense(verb: Token) -> str | None:
    """present ("is"), perfect ("has been"), never ("was never", of every day up to the article's)
    or None (past, future, infinitive)."""
    auxes = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    if verb.tag_ in PRESENT and not auxes:
        return "present"
    if verb.tag_ == "VBN" and auxes & {"has", "have", "'s", "'ve"}:
        return "perfect"
    if verb.tag_ == "VBD" and not auxes and never_alone(verb):
        return "perfect"
    return None


# What makes "was never T" speak of one time and not of every day up to the article's: a phrase of
# another time ("was never T during the war", "when ...", "before 2010", "from 1994 to 2005").
OTHER_TIME_PREPS = frozenset({"during", "before", "after", "until", "till", "in", "on", "by", "since", "from",
                              "between", "at", "when", "while", "under"})


def never_alone(verb: Token) -> bool:
    """ "X was never T", with no clause or phrase of another time under "was": the same denial as
    "X has never been T" (the past tense of a life so far). "was never T from 1994 to 2005", "was
    never T when ..." speak of one stretch and are not read."""
    return any(c.dep_ == "neg" and c.lower_ == "never" for c in verb.children) and not any(
        c.dep_ in ("advcl", "npadvmod") or (c.dep_ == "prep" and c.lower_ in OTHER_TIME_PREPS)
        for c in verb.children)


def no_longer(verb: Token) -> bool:
    """ "is no longer T", "is not T any longer / anymore"."""
    return any(c.lower_ in ("longer", "anymore") and c.dep_ == "advmod" for c in verb.children)


def _statements(ctx: Context, verb: Token, attr: Token) -> list[Statement]:
    tense = _tense(verb)
    people = subject_entities(ctx, verb, ("person:",))
    if tense is None or len(people) != 1:
        return []
    person = people[0]
    office, attachment = office_of(ctx, verb, person)
    if office is None:
        return []
    sure = {"attachment": attachment} if attachment < 1.0 else None
    denied = negated(verb) or no_longer(verb)
    never = any(c.dep_ == "neg" and c.lower_ == "never" for c in verb.children)
    if tense == "perfect" and never:
        return [make(ctx, person, "held_office", office, [verb, attr], verb, True, confidence=sure)]
    if tense == "perfect":
        start = qualifiers(ctx, {t.i for c in verb.children if c.dep_ == "prep" and c.lower_ == "since"
                                 for t in c.subtree}).get("start")
        if denied or start is None:
            return []  # "has not been T since 2019" tells an end; "has been T" alone, no day
        return [make(ctx, person, "holds_office", office, [verb, attr], verb, False, {"start": start}, confidence=sure)]
    return [make(ctx, person, "holds_office", office, [verb, attr], verb, denied, confidence=sure)]
