"""Which grouping a definite noun takes up: "The four-nation grouping of Australia, India, Japan
and the US" after a sentence about the Quad, "the three-nation pact" after one about AUKUS.

A noun is taken to stand for a grouping named just before (in its sentence or the two before)
only when the noun is one the grouping's own KB names or kind use ("pact" and "partnership" for
AUKUS, "grouping" and "dialogue" for the Quad), it is definite ("the ..."), and nothing on it
names another party: a possessive ("China's pact"), a modifier that is an entity, or a "between"
or "with" phrase ("the pact between China and the Solomon Islands" is another pact). The nearest
fitting grouping wins; NATO and the EU are not groupings here (their own context names, "the
alliance" and "the bloc", are linked by the gazetteer).

Not a claim family: the helpers groupings.py reads with.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from accord.model import Statement
from accord.nlp.extract.claims.grammar import Context

GROUPING_KINDS = ("partnership", "dialogue", "pact", "grouping")
HEADS = {"pact", "grouping", "group", "partnership", "dialogue", "format", "forum", "arrangement"}
OTHER_PARTY_PREPS = {"between", "with", "among", "against", "to"}
SENTENCES_BACK = 2
LINK = 0.8  # a grouping taken up by a noun: surer than the article's topic, less than its name


def kind(ctx: Context, org: str) -> str:
    try:
        return str((ctx.kb.entity(org).attrs or {}).get("kind", "")) if ctx.kb is not None else ""
    except Exception:  # an organisation the KB does not hold
        return ""


def is_grouping(ctx: Context, org: str) -> bool:
    """A grouping of states (AUKUS, the Quad, the IP4, the Baltic states), by its KB kind."""
    return any(word in kind(ctx, org) for word in GROUPING_KINDS)


def partners_are_members(ctx: Context, org: str) -> bool:
    """"The AUKUS partners", "the Indo-Pacific partners": the partners of a grouping the KB lists
    no partners of are its members."""
    return is_grouping(ctx, org) and ctx.kb is not None and not ctx.kb.facts(property="partner_of", value=org)


def words(ctx: Context, org: str) -> set[str]:
    """The words of the grouping's KB names and kind: the nouns that may take it up."""
    try:
        entity = ctx.kb.entity(org)
    except Exception:  # an organisation the KB does not hold
        return set()
    text = " ".join([entity.name, *entity.aliases, kind(ctx, org)]).lower()
    return set(re.findall(r"[a-z]+", text))


def anaphors(ctx: Context, sent: Span) -> dict[int, str]:
    """{token index: grouping} for the definite nouns of `sent` that take up a grouping."""
    if ctx.kb is None:
        return {}
    out: dict[int, str] = {}
    for tok in sent:
        if tok.pos_ != "NOUN" or tok.lemma_.lower() not in HEADS or ctx.entity(tok) or not _definite(ctx, tok):
            continue
        org = _antecedent(ctx, tok)
        if org is not None:
            out[tok.i] = org
    return out


MEMBER_NOUNS = {"countries", "nations", "states", "members", "partners", "allies", "powers", "democracies"}


def member_nouns(ctx: Context, sent: Span) -> dict[int, str]:
    """{token index: grouping} for the plural nouns that name a grouping's members with its name
    on them ("the four Quad countries", "the Quad nations of A, B, C and D", "the IP4 nations"):
    read as part of the grouping's name, so a list presented with them is its members."""
    if ctx.kb is None:
        return {}
    out: dict[int, str] = {}
    for tok in sent:
        if tok.lower_ not in MEMBER_NOUNS or ctx.entity(tok) or tok.i == 0:
            continue
        org = ctx.entity_of.get(tok.i - 1)  # the grouping's name right before the noun
        owner = next((c for c in tok.children if c.dep_ in ("compound", "nmod", "amod") and c.i == tok.i - 1), None)
        if org and org.startswith("org:") and owner is not None and is_grouping(ctx, org):
            out[tok.i] = org
    return out


def _definite(ctx: Context, noun: Token) -> bool:
    """"the (three-nation) pact" with nothing on it naming another party."""
    kids = list(noun.children)
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in kids):
        return False
    if any(c.dep_ == "poss" for c in kids):
        return False  # "China's pact", "their grouping"
    if any(c.dep_ == "prep" and c.lower_ in OTHER_PARTY_PREPS for c in kids):
        return False  # "the pact between China and the Solomon Islands", "the partnership with Japan"
    modifiers = [t for c in kids if c.dep_ in ("compound", "amod", "nmod") for t in c.subtree]
    return not any(ctx.entity(t) or t.pos_ == "PROPN" for t in modifiers)  # "the BRICS grouping"


def _antecedent(ctx: Context, noun: Token) -> str | None:
    """The nearest grouping named before `noun`, in its sentence or the two before, that the
    noun fits; none when the same noun, unnamed, stands between them as another one ("a pact",
    "the pact between China and Fiji"; a bare definite one, "the pact's second pillar", takes up
    the same grouping)."""
    doc = noun.doc
    first = noun.sent.start
    for _ in range(SENTENCES_BACK):
        if first == 0:
            break
        first = doc[first - 1].sent.start
    lemma = noun.lemma_.lower()
    for i in range(noun.i - 1, first - 1, -1):
        if doc[i].lemma_.lower() == lemma and doc[i].pos_ == "NOUN" and not ctx.entity_of.get(i) and not _definite(ctx, doc[i]):
            return None  # "... signed a security pact. The pact ...": the noun takes up that one
        org = ctx.entity_of.get(i)
        if org and org.startswith("org:") and is_grouping(ctx, org) and lemma in words(ctx, org):
            return org
    return None


def less_sure(st: Statement) -> Statement:
    """A statement about a grouping taken up by a noun: its link step is at most LINK."""
    for ref in st.references:
        ref.confidence["link"] = min(float(ref.confidence.get("link", 1.0)), LINK)
    return st
