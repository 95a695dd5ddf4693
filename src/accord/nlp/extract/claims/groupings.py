"""Groupings of states (AUKUS, the Quad, NATO's Indo-Pacific partners, the Baltic states ...) told
the ways wire copy tells them that the list, relation and count families do not read alone:

- founders: "Australia, Britain and the US on Wednesday launched AUKUS", "the Quad was set up by
  A, B, C and D": each state that launched, formed or founded the organisation is its member;
- members as the object of a verb whose subject is the organisation, however far apart: "AUKUS,
  formed in September 2021, brings together A, B and C", "the Quad, which groups A, B, C and D";
- members told in a relative clause on it: "..., whose members are A, B and C";
- a number on a grouping's own name: "NATO's four Indo-Pacific partners" (`member_count`);
- a definite noun that takes up a grouping named just before ("The four-nation grouping of A, B,
  C and D", "Japan is not a member of the three-nation pact"): the noun stands for the grouping
  and the list, relation and count families read the sentence again with it (`_groupings_refer`).

Statements are those of relations.py and counts.py (`member_of`, `member_count`), checked by their
rules. A founders' membership is undated: the founding day may precede the members' own start
(ANZUS was signed in 1951 and in force in 1952), and founders are members from the start.
"""

from __future__ import annotations

import copy

from spacy.tokens import Span, Token

from accord.model import Statement
from accord.nlp.extract.claims import _groupings_refer as refer
from accord.nlp.extract.claims.grammar import Context, group, make, modality, negated

ORDER = 28  # after lists (27), relations (20) and counts (25): it reads again what they missed
FOUNDING = {"launch", "form", "found", "create", "establish", "unveil", "set"}  # "set" only with "up"
GATHERING = {"include", "comprise", "group", "unite", "bring", "gather", "encompass"}  # "bring" only with "together"
MEMBER_NOUNS = {"member", "partner"}
AGAIN = ("lists", "relations", "counts")  # the families that read a sentence again with a grouping's noun


def extract(ctx: Context, sent: Span) -> list[Statement]:
    out = _readings(ctx, sent)
    taken = refer.anaphors(ctx, sent)
    if taken:
        out += _read_again(ctx, sent, taken)
    return out


def _readings(ctx: Context, sent: Span) -> list[Statement]:
    out: list[Statement] = []
    for tok in sent:
        if tok.pos_ == "VERB" and tok.lemma_.lower() in FOUNDING:
            out += _founders(ctx, tok)
        if tok.pos_ == "VERB" and tok.lemma_.lower() in GATHERING:
            out += _gathered(ctx, tok)
        if tok.lower_ == "whose":
            out += _whose_members(ctx, tok)
        out += _counted_name(ctx, tok)
    return out


# -- founders ----------------------------------------------------------------------------------------
def _founders(ctx: Context, verb: Token) -> list[Statement]:
    """"A, B and C launched AUKUS", "AUKUS was formed by A, B and C"."""
    if verb.lemma_.lower() == "set" and not any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children):
        return []
    kids = list(verb.children)
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in kids)
    if passive:
        org_tok = next((c for c in kids if c.dep_ == "nsubjpass"), None)
        agent = next((c for c in kids if c.dep_ == "agent"), None)
        founders = next((p for p in agent.children if p.dep_ == "pobj"), None) if agent is not None else None
    else:
        org_tok = next((c for c in kids if c.dep_ == "dobj"), None)
        founders = next((c for c in kids if c.dep_ == "nsubj"), None)
    org = _org_named_by(ctx, org_tok)
    states = _all_states(ctx, founders)
    if org is None or len(states) < 2 or negated(verb):
        return []  # "A and B did not create the Quad" says nothing of whether they are in it
    anchor = [t for t in founders.subtree] + [verb]
    return [make(ctx, s, "member_of", org, anchor, verb) for s in states]


def _org_named_by(ctx: Context, tok: Token | None) -> str | None:
    """The organisation a noun phrase's head names itself ("AUKUS", "the Quad"), not one named
    as a modifier ("an AUKUS deal", "AUKUS's second pillar")."""
    ent = ctx.entity(tok) if tok is not None else None
    return ent if ent and ent.startswith("org:") else None


def _all_states(ctx: Context, head: Token | None) -> list[str]:
    """The states of a coordinated phrase when every conjunct is a state ("Australia, Britain and
    the US"); none when one is not ("Japan and its partners", "Biden and Morrison")."""
    if head is None:
        return []
    heads = group(head)
    ents = [ctx.entity(t) or "" for t in heads]
    if not all(e.startswith("state:") for e in ents):
        return []
    return list(dict.fromkeys(ents))


# -- members as the object of the organisation's verb -----------------------------------------------------
def _gathered(ctx: Context, verb: Token) -> list[Statement]:
    """"AUKUS, formed in 2021, brings together A, B and C", "the Quad, which groups A, B, C, D"."""
    kids = list(verb.children)
    if verb.lemma_.lower() == "bring" and not any(c.lower_ == "together" for c in kids):
        return []
    subj = next((c for c in kids if c.dep_ == "nsubj"), None)
    if subj is not None and subj.lower_ in ("which", "that") and verb.dep_ == "relcl":
        subj = verb.head
    org = _org_named_by(ctx, subj)
    obj = next((c for c in kids if c.dep_ == "dobj"), None)
    states = _all_states(ctx, obj)
    if org is None or len(states) < 2:
        return []
    mode = "hypothetical" if modality(verb) == "hypothetical" else "fact"
    return [make(ctx, s, "member_of", org, list(obj.subtree), verb, negated(verb), modality=mode) for s in states]


def _whose_members(ctx: Context, whose: Token) -> list[Statement]:
    """"AUKUS, whose members are A, B and C", "the Quad, whose members include ..."."""
    noun = whose.head
    if whose.dep_ != "poss" or noun.lemma_.lower() not in MEMBER_NOUNS or noun.dep_ not in ("nsubj", "nsubjpass"):
        return []
    verb = noun.head
    if verb.dep_ != "relcl" or verb.lemma_.lower() not in ("be", "include", "comprise"):
        return []
    org = _org_named_by(ctx, verb.head)
    obj = next((c for c in verb.children if c.dep_ in ("attr", "dobj")), None)
    states = _all_states(ctx, obj)
    if org is None or not states or (len(states) < 2 and verb.lemma_.lower() == "be"):
        return []
    prop = "member_of" if noun.lemma_.lower() == "member" or refer.partners_are_members(ctx, org) else "partner_of"
    return [make(ctx, s, prop, org, list(obj.subtree), verb, negated(verb)) for s in states]


# -- a number on a grouping's name ----------------------------------------------------------------------
def _counted_name(ctx: Context, tok: Token) -> list[Statement]:
    """"NATO's four Indo-Pacific partners", "their four Indo-Pacific partners": a number on the
    last word of a grouping's own name counts its members (the count family reads nouns such as
    "states" and "members" itself)."""
    from accord.nlp.extract.claims import counts
    from accord.nlp.extract.claims._numbers import approximate, cardinal, nummod

    org = ctx.entity(tok)
    if not org or not org.startswith("org:") or tok.lemma_.lower() in counts.COUNT_NOUNS:
        return []
    if tok.i + 1 < len(tok.doc) and ctx.entity(tok.doc[tok.i + 1]) == org:
        return []  # not the name's last word
    if not refer.is_grouping(ctx, org) or tok.tag_ not in ("NNS", "NNPS"):
        return []
    num = nummod(tok)
    value = cardinal(num) if num is not None else None
    if value is None or value < 2 or approximate(num) or ctx.entity(num):
        return []
    if not any(c.lower_ in counts.WHOLE or c.dep_ == "poss" for c in tok.children):
        return []  # "four Indo-Pacific partners attended": not said to be all of them
    return counts._count_statement(ctx, tok, num, value, org, 1.0)


# -- a grouping taken up by a noun ------------------------------------------------------------------------
def _read_again(ctx: Context, sent: Span, taken: dict[int, str]) -> list[Statement]:
    """The list, relation and count families and this one on the sentence again, each noun in
    `taken` standing for its grouping: the statements they make only then."""
    import importlib

    from accord.nlp.extract.claims import statement_key

    shadow = copy.copy(ctx)
    shadow.entity_of = {**ctx.entity_of, **taken}
    families = [importlib.import_module(f"accord.nlp.extract.claims.{name}") for name in AGAIN]
    before = {statement_key(s) for family in families for s in family.extract(ctx, sent)}
    before |= {statement_key(s) for s in _readings(ctx, sent)}
    found = [s for family in families for s in family.extract(shadow, sent)] + _readings(shadow, sent)
    return [refer.less_sure(s) for s in found if statement_key(s) not in before
            and any(org in (s.subject, s.value) for org in taken.values())]
