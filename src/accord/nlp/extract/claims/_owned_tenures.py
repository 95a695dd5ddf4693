"""A tenure told as the person's own years (num21): "ending Angela Merkel's 16 years in power",
"Stoltenberg's ten years as secretary general", "Rutte's 14 years in office".

Not a claim family: durations.py calls `owned_tenures`, and the statement is its `held_office_for`
(person -> "office#P16Y"), checked by its `check_tenure`. Read: "years" or "months" counted by an
exact number (a hedge, "nearly 16 years", is not read), owned by one KB person ("Merkel's"), with
"as T" (the office the title names) or "in power" / "in office" / "in the job" (the person's one
office whose term the KB ends within a year before the article's day or runs on it, as
durations' "after N years in power"). Not read: a negation or plan on the clause, "his 16 years
in power" (whose is a guess), "Merkel's 16 years in the Bundestag" (no office).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from accord.model import Statement
from accord.nlp.extract.claims._numbers import approximate, cardinal
from accord.nlp.extract.claims.grammar import Context, make, modality, negated

IN_POST = frozenset({"power", "office", "job", "post", "role"})
UNIT = {"year": "Y", "month": "M"}


def owned_tenures(ctx: Context, sent: Span, office_ending) -> list[Statement]:
    """`office_ending(ctx, person, day)`: durations' guess of the office "in power" names."""
    if ctx.kb is None:
        return []
    out = []
    for noun in sent:
        unit = UNIT.get(noun.lemma_.lower())
        if unit is None or noun.tag_ != "NNS":
            continue
        st = _read(ctx, noun, unit, office_ending)
        if st is not None:
            out.append(st)
    return out


def _read(ctx: Context, noun: Token, unit: str, office_ending) -> Statement | None:
    from accord.nlp.extract.claims.terms import UNTITLED, office_of

    num = next((c for c in noun.children if c.dep_ == "nummod" and c.like_num and c.i < noun.i), None)
    n = cardinal(num) if num is not None else None
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if n is None or n < 1 or approximate(num) or owner is None:
        return None
    people = ctx.entities(list(owner.subtree), ("person:",))
    if len(people) != 1 or not ctx.kb.has(people[0]) or _denied(noun):
        return None
    person = people[0]
    title, in_post = _post(noun)
    if title is not None:
        office, attachment = office_of(ctx, noun, person, [title])
    elif in_post:
        office, attachment = office_ending(ctx, person, ctx.doc._.document_date), UNTITLED
    else:
        return None
    if office is None:
        return None
    return make(ctx, person, "held_office_for", f"{office}#P{n}{unit}", [num, noun], _verb(noun) or noun,
                confidence={"attachment": attachment} if attachment < 1.0 else None)


def _post(noun: Token) -> tuple[Token | None, bool]:
    """(the title after "as", whether "in power / office / the job" follows)."""
    from accord.nlp.extract.claims.terms import title_after_as
    from accord.nlp.extract.titles import HEADS

    doc = noun.doc
    if noun.i + 1 < len(doc) and doc[noun.i + 1].lower_ == "as":
        title = title_after_as(doc[noun.i + 1])  # "ten years as NATO secretary general", parsed as a clause
        if title is not None:
            return title, False
    for c in noun.children:
        obj = next((p for p in c.children if p.dep_ == "pobj"), None) if c.dep_ == "prep" else None
        if obj is None:
            continue
        if c.lower_ == "as" and obj.lower_ in HEADS:
            return obj, False
        if c.lower_ == "in" and obj.lower_ in IN_POST and all(d.lower_ == "the" for d in obj.children):
            return None, True
    return None, False


def _verb(noun: Token) -> Token | None:
    return next((t for t in noun.ancestors if t.pos_ in ("VERB", "AUX")), None)


def _denied(noun: Token) -> bool:
    verb = _verb(noun)
    return verb is not None and (negated(verb) or modality(verb) != "fact")
