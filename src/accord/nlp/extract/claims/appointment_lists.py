"""A cabinet told as a list of "person as title" pairs: "Starmer named David Lammy as foreign
secretary and John Healey as defence secretary", "the president appointed A as foreign minister,
B as defence minister and C as prime minister", "He kept James Cleverly as foreign secretary and
Ben Wallace as defence secretary".

The parse hangs the later pairs anywhere (a conjunct of the first title, an "as" on the verb), so
the pairs are read in order: each "as" after the verb, with the title after it (terms.py's
`title_after_as`) and the one person named just before it (after the previous pair's title, nothing but
a comma or "and" between the name and "as"). With "appoint", "name" or "elect" the pairs after
the first give `appointed_to` (the first is appointments.py's, checked the same); with "keep" or
"retain" every pair gives `holds_office` on the clause's date (the article's when it has none):
a minister kept holds the post then. Not read: negations, plans, a pair whose title finds no
office, a list where a name stands before two titles.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from accord.model import Statement
from accord.nlp.extract.claims.grammar import Context, clause_tokens, make, modality, negated, not_until, qualifiers
from accord.nlp.extract.claims.terms import office_of, title_after_as

ORDER = 54
APPOINT = frozenset({"appoint", "name", "elect"})
KEEP = frozenset({"keep", "retain"})
BETWEEN = frozenset({",", "and"})  # what may stand between a pair's title and the next name


def extract(ctx: Context, sent: Span) -> list[Statement]:
    if ctx.kb is None:
        return []
    out: list[Statement] = []
    for verb in sent:
        lemma = verb.lemma_.lower()
        if lemma not in APPOINT | KEEP or verb.pos_ != "VERB" or negated(verb) or modality(verb) != "fact" \
                or not_until(verb):
            continue
        if any(c.dep_ == "aux" and c.lower_ in ("will", "would", "could", "may", "might", "to") for c in verb.children):
            continue
        pairs = _pairs(ctx, verb)
        if lemma in APPOINT:
            pairs = pairs[1:]
        out += _statements(ctx, verb, pairs, "appointed_to" if lemma in APPOINT else "holds_office")
    return out


def _pairs(ctx: Context, verb: Token) -> list[tuple[str, Token]]:
    """(person, title head) for each "NAME as TITLE" after the verb, in order, up to the first
    word that is neither a pair nor ", " / "and" between pairs."""
    doc = ctx.doc
    pairs: list[tuple[str, Token]] = []
    i, end = verb.i + 1, verb.sent.end
    while i < end:
        name = _name_at(ctx, i)
        if name is None:
            break
        person, after = name
        if after >= end or doc[after].lower_ != "as":
            break
        head = title_after_as(doc[after])
        if head is None:
            break
        pairs.append((person, head))
        i = _title_end(doc, head)
        while i < end and doc[i].lower_ in BETWEEN:
            i += 1
    return pairs


def _name_at(ctx: Context, i: int) -> tuple[str, int] | None:
    """The person whose name starts at token i, and the token after the name."""
    person = ctx.entity(ctx.doc[i])
    if person is None or not person.startswith("person:"):
        return None
    j = i
    while j < len(ctx.doc) and ctx.entity(ctx.doc[j]) == person:
        j += 1
    return person, j


def _title_end(doc, head: Token) -> int:
    """The token after the title words: the head and any title word hyphened or written after it."""
    from accord.nlp.extract.titles import HEADS

    j = head.i + 1
    while j < len(doc) and doc[j].lower_ in HEADS:
        j += 1
    return j


def _statements(ctx: Context, verb: Token, pairs: list[tuple[str, Token]], prop: str) -> list[Statement]:
    times = qualifiers(ctx, clause_tokens(verb))
    when = times.get("point_in_time")
    out = []
    for person, head in pairs:
        if not ctx.kb.has(person):
            continue
        office, attachment = office_of(ctx, verb, person, heads=[head])
        if office is None:
            continue
        sure = {"attachment": attachment} if attachment < 1.0 else None
        out.append(make(ctx, person, prop, office, [head], verb, False,
                        times={"point_in_time": when} if when else None, confidence=sure))
    return out
