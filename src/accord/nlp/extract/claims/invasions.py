"""A dated invasion told by its noun: "since Russia's full-scale invasion of Ukraine in February
2022", "Russia's February 2022 invasion of Ukraine", "the Russian invasion of Ukraine on 24
February 2022" — as `invaded` (state -> state, its point in time), the verb's claim ("Russia
invaded Ukraine in February 2022", `actions`), checked against the KB's invasions at the date's
own precision (a month against a month: "February 2022" agrees with 2022-02-24).

Only an invasion the noun presents as having happened: its invader named by a possessive
("Russia's") or by "the" with an adjective ("the Russian invasion"; not "a Russian invasion",
which may be feared or imagined), its victim by "of", not negated, and dated by the noun's own
words (a prepositional phrase or a date modifying it, as the parse hangs them), written with its
month or year (not "on Thursday", anchored on the article's day) and no later than the article's
day. A date the parse hangs on the clause's verb ("prices rose after the invasion of Ukraine on 24
February") may be the verb's, and is not read; nor is a date under an anniversary or a marking
("the anniversary of Russia's invasion of Ukraine in February": the anniversary's month).
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from accord.model import Statement
from accord.nlp.extract.claims.grammar import (
    Context, make, negated, one_date, phrase_tokens, qualifiers, subject_entities,
)

ORDER = 31  # beside actions (30), which reads the verb
NOUNS = {"invasion"}
TIME_PREPS = {"on", "in"}
LAUNCH = {"launch", "begin", "start", "unleash", "mount"}
# Heads above the noun whose own day a date under it may be: "the anniversary of Russia's invasion
# of Ukraine on Saturday", "marked two years since the invasion in February".
MARKING = {"anniversary", "commemoration", "remembrance", "commemorate", "mark", "celebrate"}
# A date written out, with its month or year: a weekday or "this week" is anchored on the
# article's day, and an invasion told by its noun is seldom the day's news.
WRITTEN = re.compile(r"\b(?:1[89]\d\d|20\d\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)", re.IGNORECASE)


def extract(ctx: Context, sent: Span) -> list[Statement]:
    return [st for tok in sent if tok.lemma_.lower() in NOUNS and tok.pos_ == "NOUN" and tok.tag_ != "NNS"
            for st in _invasion(ctx, tok)]


def _invasion(ctx: Context, noun: Token) -> list[Statement]:
    if negated(noun) or any(t.lemma_.lower() in MARKING for t in noun.ancestors):
        return []
    invaders = _invaders(ctx, noun)
    launch = _launched_by(noun)
    if launch is not None and (not invaders or _pronoun_owner(noun)):
        invaders = subject_entities(ctx, launch, ("state:",))
    victims = _states(ctx, [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                            for p in c.children if p.dep_ == "pobj"])
    if len(invaders) != 1 or len(victims) != 1 or invaders == victims:
        return []
    dated = {t.i for c in noun.children if c.dep_ == "prep" and c.lower_ in TIME_PREPS for t in c.subtree}
    dated |= {t.i for c in noun.lefts if c.dep_ in ("nmod", "compound", "npadvmod") for t in c.subtree}
    if launch is not None:  # "launched its invasion of Ukraine in February 2022": the launch's date
        dated |= {t.i for c in launch.children if c.dep_ in ("prep", "npadvmod") and
                  (c.dep_ == "npadvmod" or c.lower_ in TIME_PREPS) for t in c.subtree}
    if not dated or not ctx.times_in(dated) or not all(WRITTEN.search(a.text or "") for a in ctx.times_in(dated)):
        return []
    point = one_date(qualifiers(ctx, dated))
    published = str(ctx.doc._.document_date or "")
    if point is None or not published or point.value > published[:len(point.value)]:
        return []
    return [make(ctx, invaders[0], "invaded", victims[0], [noun], noun, False, {"point_in_time": point})]


def _launched_by(noun: Token) -> Token | None:
    """The verb that launched the invasion ("Russia launched its full-scale invasion of Ukraine
    last February", "Moscow began the invasion on 24 February"): an affirmed verb of LAUNCH in
    the past tense whose object the noun is; else None."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lemma_.lower() not in LAUNCH or verb.tag_ != "VBD" or negated(verb):
        return None
    return verb


def _pronoun_owner(noun: Token) -> bool:
    """ "its invasion", "a full-scale invasion": no invader of its own but the launcher."""
    owners = [c for c in noun.children if c.dep_ == "poss"]
    return all(o.pos_ == "PRON" for o in owners)


def _invaders(ctx: Context, noun: Token) -> list[str]:
    """"Russia's invasion", "the Russian invasion" (an adjective with "the"), "the invasion by Russia"."""
    owners = [c for c in noun.children if c.dep_ == "poss"]
    if owners:
        return _states(ctx, owners)
    definite = any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)
    if not definite:
        return []
    by = [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "by" for p in c.children if p.dep_ == "pobj"]
    if by:
        return _states(ctx, by)
    return _states(ctx, [c for c in noun.children if c.dep_ == "amod"])


def _states(ctx: Context, heads: list[Token]) -> list[str]:
    """The states the phrases name. The linker may have read the whole "Russia's invasion of
    Ukraine" as the KB's event (its 2022 invasion); inside such a mention a name is looked up in
    the KB by itself ("Russia", "Russian", "the United States"), so that the states, not that
    one event, carry the claim (Russia invaded Ukraine in 2014 too)."""
    found = ctx.entities(phrase_tokens(heads), ("state:",))
    if found or ctx.kb is None:
        return found
    for head in heads:
        if not str(ctx.entity(head) or "").startswith("event:"):
            continue
        words = " ".join(t.text for t in head.subtree if t.dep_ in ("compound",) or t.i == head.i)
        ids = [e.id for e in ctx.kb.resolve(words) if e.id.startswith("state:")]
        if len(ids) == 1 and ids[0] not in found:
            found.append(ids[0])
    return found
