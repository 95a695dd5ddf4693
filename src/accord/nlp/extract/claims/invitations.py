"""Invitations: "X was invited to the summit", "invited to join (the alliance)", "along with Y"."""

from __future__ import annotations

from spacy.tokens import Span, Token

from accord.model import Statement
from accord.nlp.extract.claims.grammar import Context, group, make, negated, phrase_tokens
from accord.nlp.extract.claims.summits import EVENT_NOUNS, focal, link_noun, place_clues

ORDER = 40


def extract(ctx: Context, sent: Span) -> list[Statement]:
    return invitation_statements(ctx, sent)


def invitation_statements(ctx: Context, sent: Span) -> list[Statement]:
    out = []
    for verb in sent:
        if verb.lemma_.lower() != "invite" or verb.pos_ != "VERB":
            continue
        invited = [c for c in verb.children if c.dep_ in ("nsubjpass", "dobj")]
        invited += _along_with(verb)
        subjects = ctx.entities(phrase_tokens([t for i in invited for t in group(i)]), ("state:", "person:"))
        value, sure = _invited_to(ctx, verb)
        for subject in subjects if value else []:
            out.append(make(ctx, subject, "invited_to", value, [verb], verb, negated(verb),
                            confidence={"event": sure} if sure is not None else None))
    return out


def _along_with(verb: Token) -> list[Token]:
    out = []
    for t in verb.subtree:
        if t.lower_ == "with" and t.head.lower_ in ("along", "alongside", "together"):
            out += [c for c in t.children if c.dep_ == "pobj"]
    return out


def _invited_to(ctx: Context, verb: Token) -> tuple[str | None, float | None]:
    """What the invitation is to: joining an organisation, or a summit (with how sure the summit
    link is)."""
    for x in verb.children:
        if x.dep_ == "xcomp" and x.lemma_.lower() == "join":
            # "invited to join (the alliance)": membership of the organisation
            objs = [t for c in x.children if c.dep_ == "dobj" for t in c.subtree]
            orgs = ctx.entities(objs, ("org:",))
            return (orgs[0] if orgs else ctx.topic_org), None
    nouns = [t for t in verb.subtree if t.lemma_.lower() in EVENT_NOUNS]
    for noun in nouns:
        tokens = {t.i for t in noun.subtree}
        link = link_noun(ctx, noun, place_clues(ctx, noun.sent, tokens, noun), {}, focal(ctx))
        if link is not None:
            return link.event, link.confidence
    # "invited to attend" with no object: the one summit the article is about
    attends = any(x.dep_ == "xcomp" and x.lemma_.lower() in ("attend", "speak", "participate") for x in verb.children)
    unique = set(ctx.summits)
    return (unique.pop(), 0.7) if (nouns or attends) and len(unique) == 1 else (None, None)
