"""A term dated in a perfect or in a clause on "post": "X, who has served as foreign minister since
2013,", "Y, the chocolate magnate who had been president since 2014,", "X has held the post of
defence minister since January 2023", "X stays on as defence minister, a post he has held since
January 2023", "a post X previously held from 2014 to 2016".

The verb is "serve", "hold" or "be" ("has been T since" is office_predicates.py's; "had been T
since" is read here), with "has / have / had" and a "since" of its own, or "hold" in a clause on
a post noun with "from A to B". The person is the subject (through "who"; "he" / "she" in a
clause on a post noun is the subject of the clause the post stands in: "X stays on as T, a post
he has held since ..."). The office is the title written ("as T", "been T", "the post of T", the
title a post noun stands beside), as terms.py finds it. Statements: `holds_office` with the
"since" as its start (checked as every start is: the term's first day), or `took_office` and
`left_office` for "from A to B" (either alone for "until B", "from A": "became foreign minister
in 2020, a position he held until September 2024"). Not read: negations ("has not served since"), plans, "led the
country" (which office is not written).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from accord.model import Statement
from accord.nlp.extract.claims.grammar import Context, clause_tokens, make, modality, negated, qualifiers
from accord.nlp.extract.claims.terms import POSTS, office_of, people_of
from accord.nlp.extract.titles import HEADS

ORDER = 53
PERFECT = frozenset({"has", "have", "had", "'s", "'ve", "'d"})
VERBS = frozenset({"serve", "hold", "be"})


def extract(ctx: Context, sent: Span) -> list[Statement]:
    if ctx.kb is None:
        return []
    out: list[Statement] = []
    for verb in sent:
        lemma = verb.lemma_.lower()
        if lemma not in VERBS or verb.pos_ not in ("VERB", "AUX") or negated(verb) or modality(verb) != "fact":
            continue
        auxes = {c.lower_ for c in verb.children if c.dep_ == "aux"}
        since = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "since"]
        if since and auxes & PERFECT and (lemma != "be" or "had" in auxes or "'d" in auxes):
            out += _since(ctx, verb, since[0])
        elif lemma == "hold" and _on_post(verb) is not None and verb.tag_ == "VBD" and not auxes & PERFECT:
            out += _from_to(ctx, verb)
    return out


def _on_post(verb: Token) -> Token | None:
    """The post noun a relative clause hangs on ("a post he has held", "the post X held")."""
    if verb.dep_ == "relcl" and verb.head.lemma_.lower() in POSTS:
        return verb.head
    return None


def _person_and_office(ctx: Context, verb: Token) -> tuple[str | None, str | None, float]:
    post = _on_post(verb)
    people = people_of(ctx, verb) if post is None or not _pronoun(verb) else _poster(ctx, post)
    if len(people) != 1 or not ctx.kb.has(people[0]):
        return None, None, 0.0
    office, attachment = office_of(ctx, verb, people[0])
    beside = _title_beside(post) if post is not None else None
    if office is None and beside is not None:
        office, attachment = office_of(ctx, verb, people[0], heads=[beside])  # "T, a post he has held"
    return people[0], office, attachment


def _title_beside(post: Token) -> Token | None:
    """The title a post noun stands beside: its apposition's head ("as T, a post ..."), or a title
    written just before it on the same word ("was named T again, a post she held ...")."""
    if post.dep_ == "appos" and post.head.lower_ in HEADS:
        return post.head
    titles = [c for c in post.head.children if c.i < post.i and c.lower_ in HEADS
              and c.dep_ in ("attr", "oprd", "dobj", "pobj")]
    titles += [p for c in post.head.children if c.i < post.i and c.dep_ == "prep" and c.lower_ == "as"
               for p in c.children if p.dep_ == "pobj" and p.lower_ in HEADS]  # "served as T, a post ..."
    titles.sort(key=lambda t: t.i)
    return titles[-1] if titles else None


def _pronoun(verb: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("he", "she") for c in verb.children)


def _poster(ctx: Context, post: Token) -> list[str]:
    """ "X stays on as T, a post he has held": the subject of the verb the post's title hangs on."""
    for up in post.ancestors:
        if up.pos_ in ("VERB", "AUX"):
            return people_of(ctx, up)
    return []


def _since(ctx: Context, verb: Token, since: Token) -> list[Statement]:
    start = qualifiers(ctx, {t.i for t in since.subtree}).get("start")
    if start is None:
        return []
    person, office, attachment = _person_and_office(ctx, verb)
    if office is None:
        return []
    sure = {"attachment": attachment} if attachment < 1.0 else None
    return [make(ctx, person, "holds_office", office, [verb], verb, False, {"start": start}, confidence=sure)]


def _from_to(ctx: Context, verb: Token) -> list[Statement]:
    times = qualifiers(ctx, clause_tokens(verb))
    sides = [(prop, side) for prop, side in (("took_office", "start"), ("left_office", "end")) if side in times]
    if not sides or ("end" not in times and not _from(verb)):
        return []  # a start alone only after "from": "a post he held since 2019" is a perfect's
    person, office, attachment = _person_and_office(ctx, verb)
    if office is None:
        return []
    sure = {"attachment": attachment} if attachment < 1.0 else None
    return [make(ctx, person, prop, office, [verb], verb, times={"point_in_time": times[side]}, confidence=sure)
            for prop, side in sides]


def _from(verb: Token) -> bool:
    return any(c.dep_ == "prep" and c.lower_ == "from" for c in verb.children)
