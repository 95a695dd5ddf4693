"""Groupings of states (AUKUS, the Quad, NATO's Indo-Pacific partners, the Baltic states ...) told
the ways wire copy tells them that the list, relation and count families do not read alone:

- founders: "Australia, Britain and the US on Wednesday launched AUKUS", "the Quad was set up by
  A, B, C and D", "Washington, London and Canberra announced the AUKUS pact" (capitals for their
  states, only when every founder named is a capital and none the seat of an organisation, as
  in lists.py: `lists.state_of_capital`; list19), "officials from A, B, C and D met in Manila, reviving the Quad": each state that
  launched, formed, founded or revived the organisation is its member;
- members as the object of a verb whose subject is the organisation, however far apart: "AUKUS,
  formed in September 2021, brings together A, B and C", "the Quad, which groups A, B, C and D";
  and states it leaves out: "AUKUS, which excludes France", "Canada was left out of the Quad";
- members told in a relative clause on it: "..., whose members are A, B and C", or the list named
  as it: "A, B, C and D, known as the Quad" (collectively dubbed, called);
- the states said to be it by its plural name: "A, B, C and D are NATO's Indo-Pacific partners",
  "Japan is one of the Quad countries";
- a number on a grouping's own name: "NATO's four Indo-Pacific partners", "the four-way
  dialogue", "the trilateral pact" (`member_count`);
- a plural noun on a grouping's name ("the four Quad countries", "the Quad nations of A, B, C and
  D") read as part of the name, and a definite noun that takes up a grouping named just before ("The four-nation grouping of A, B,
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
from accord.nlp.extract.claims.lists import state_of_capital

ORDER = 28  # after lists (27), relations (20) and counts (25): it reads again what they missed
FOUNDING = {"launch", "form", "found", "create", "establish", "unveil", "set", "revive", "relaunch",
            "announce"}  # "set" with "up"
PEOPLE = {"official", "leader", "minister", "diplomat", "representative", "envoy", "delegate", "negotiator"}
SIDES = {"trilateral": 3, "quadrilateral": 4}  # "the trilateral pact": a count of its members
DATELINE_DASHES = {"-", "—", "–", "--"}
GATHERING = {"include", "comprise", "group", "unite", "bring", "gather", "encompass"}  # "bring" only with "together"
EXCLUDING = {"exclude"}  # "AUKUS excludes France": its object is no member
MEMBER_NOUNS = {"member", "partner"}
NAMING = {"know", "dub", "call", "name"}  # "A, B, C and D, known as the Quad"
AGAIN = ("lists", "relations", "counts")  # the families that read a sentence again with a grouping's noun


def extract(ctx: Context, sent: Span) -> list[Statement]:
    out = _readings(ctx, sent)
    taken = refer.anaphors(ctx, sent) | refer.member_nouns(ctx, sent)
    if taken:
        out += _read_again(ctx, sent, taken)
    return out


def _readings(ctx: Context, sent: Span) -> list[Statement]:
    out: list[Statement] = []
    for tok in sent:
        if tok.pos_ == "VERB" and _base(tok) in FOUNDING:
            out += _founders(ctx, tok)
        if tok.pos_ == "VERB" and tok.lemma_.lower() in GATHERING | EXCLUDING:
            out += _gathered(ctx, tok)
        if tok.pos_ == "VERB" and tok.lemma_.lower() in EXCLUDING | {"leave", "keep"}:
            out += _left_out(ctx, tok)
        if tok.tag_ == "VBN" and tok.lemma_.lower() in NAMING and tok.dep_ == "acl":
            out += _known_as(ctx, tok)
        if tok.lemma_.lower() == "be" and tok.pos_ == "AUX" and tok.dep_ == "ROOT":
            out += _are_grouping(ctx, tok)
        if tok.lower_ == "whose":
            out += _whose_members(ctx, tok)
        out += _counted_name(ctx, tok)
        out += _sided(ctx, tok)
    return out


# -- founders ----------------------------------------------------------------------------------------
def _founders(ctx: Context, verb: Token) -> list[Statement]:
    """"A, B and C launched AUKUS", "AUKUS was formed by A, B and C"."""
    if _base(verb) == "set" and not any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children):
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
        if founders is None and verb.dep_ == "advcl" and verb.tag_ == "VBG":
            # "Officials from A, B, C and D met in Manila, reviving the Quad": the main clause's subject
            founders = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    org = _org_named_by(ctx, org_tok)
    states = _all_states(ctx, _their_states(founders)) or _capitals_states(ctx, founders)
    if org is None or len(states) < 2 or negated(verb):
        return []  # "A and B did not create the Quad" says nothing of whether they are in it
    anchor = [t for t in founders.subtree] + [verb]
    return [make(ctx, s, "member_of", org, anchor, verb) for s in states]


def _base(tok: Token) -> str:
    """The word's lemma, or its form without an inflection when that is one of ours: the tagger
    gives "relaunche" for "relaunched", and a capitalised "Officials" after a dateline keeps its
    plural as its lemma."""
    lemma = tok.lemma_.lower()
    if lemma in FOUNDING or lemma in PEOPLE:
        return lemma
    word = tok.lower_
    for suffix in ("ed", "ing", "es", "s", "d"):
        if word.endswith(suffix) and word[:-len(suffix)] in FOUNDING | PEOPLE:
            return word[:-len(suffix)]
    return lemma


def _org_named_by(ctx: Context, tok: Token | None) -> str | None:
    """The organisation a noun phrase's head names itself ("AUKUS", "the Quad"), not one named
    as a modifier ("an AUKUS deal", "AUKUS's second pillar")."""
    ent = ctx.entity(tok) if tok is not None else None
    return ent if ent and ent.startswith("org:") else None


def _their_states(head: Token | None) -> Token | None:
    """"Officials / leaders / foreign ministers from (of) A, B and C": the states they speak for."""
    if head is None or _base(head) not in PEOPLE:
        return head
    prep = next((c for c in head.children if c.dep_ == "prep" and c.lower_ in ("from", "of")), None)
    return next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None


def _all_states(ctx: Context, head: Token | None) -> list[str]:
    """The states of a coordinated phrase when every conjunct is a state ("Australia, Britain and
    the US"); none when one is not ("Japan and its partners", "Biden and Morrison"). A dateline
    the parser joined to the phrase ("WASHINGTON, Sept 16 - Australia, ...") is no conjunct."""
    if head is None:
        return []
    opening = _dateline_end(head.sent)
    heads = [t for t in group(head) if t.i >= opening]
    ents = [ctx.entity(t) or "" for t in heads]
    if not heads:
        return []
    if not all(e.startswith("state:") for e in ents):
        return []
    return list(dict.fromkeys(ents))


def _capitals_states(ctx: Context, head: Token | None) -> list[str]:
    """"Washington, London and Canberra announced the AUKUS pact" (list19): the states of a
    coordinated phrase every conjunct of which is a capital the KB knows, told as a grouping's
    founders (a sentence about states); none when one conjunct is anything else."""
    if head is None or ctx.kb is None:
        return []
    heads = [t for t in group(head) if t.i >= _dateline_end(head.sent)]
    states = []
    for tok in heads:
        place = ctx.entity(tok) or ""
        state = state_of_capital(ctx, place) if place.startswith("place:") else None
        if not state:
            return []
        states.append(state)
    return list(dict.fromkeys(states)) if len(heads) >= 2 else []


def _dateline_end(sent: Span) -> int:
    """The first token after a dateline opening the sentence ("WASHINGTON, Sept 16 - ",
    "TOKYO (Reuters) - "): a spaced dash within its first eight tokens, after capitalised words,
    numbers and punctuation only; else the sentence's start."""
    for tok in list(sent)[:8]:
        if tok.text in DATELINE_DASHES and tok.whitespace_ and tok.i > sent.start:
            before = sent.doc[sent.start:tok.i]
            if all(t.is_punct or t.like_num or t.text[:1].isupper() for t in before):
                return tok.i + 1
            return sent.start
    return sent.start


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
    excluding = verb.lemma_.lower() in EXCLUDING
    if org is None or len(states) < (1 if excluding else 2):
        return []
    mode = "hypothetical" if modality(verb) == "hypothetical" else "fact"
    denied = negated(verb) != excluding  # "does not exclude Britain": Britain is in it
    return [make(ctx, s, "member_of", org, list(obj.subtree), verb, denied, modality=mode) for s in states]


def _left_out(ctx: Context, verb: Token) -> list[Statement]:
    """"France was left out of AUKUS", "Canada was excluded from the Quad", "kept out of": the
    states are not members (a denial of it, "was not left out", says they are)."""
    kids = list(verb.children)
    subj = next((c for c in kids if c.dep_ == "nsubjpass"), None)
    if verb.lemma_.lower() in EXCLUDING:
        prep = next((c for c in kids if c.dep_ == "prep" and c.lower_ == "from"), None)
    else:
        out_word = next((c for c in kids if c.lower_ == "out" and c.dep_ in ("prep", "prt", "advmod")), None)
        prep = next((c for c in out_word.children if c.dep_ == "prep" and c.lower_ == "of"), None) \
            if out_word is not None and out_word.dep_ != "prep" else out_word
        if prep is not None and prep.lower_ == "out":
            prep = next((c for c in prep.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    org = _org_named_by(ctx, next((c for c in prep.children if c.dep_ == "pobj"), None)) if prep is not None else None
    states = _all_states(ctx, subj)
    if org is None or not states:
        return []
    mode = "hypothetical" if modality(verb) == "hypothetical" else "fact"
    return [make(ctx, s, "member_of", org, [*subj.subtree, verb], verb, not negated(verb), modality=mode)
            for s in states]


def _known_as(ctx: Context, named: Token) -> list[Statement]:
    """"Japan, South Korea, Australia and New Zealand, known as the IP4", "A, B, C and D,
    collectively dubbed the Quad": a list of states named as the grouping is its members."""
    if named.lemma_.lower() == "know":
        prep = next((c for c in named.children if c.dep_ == "prep" and c.lower_ == "as"), None)
        name = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    else:
        name = next((c for c in named.children if c.dep_ in ("oprd", "attr", "dobj")), None)
    org = _org_named_by(ctx, name)
    head = named.head
    while head.dep_ == "conj":
        head = head.head
    states = _all_states(ctx, head)
    if org is None or len(states) < 2 or not refer.is_grouping(ctx, org):
        return []
    return [make(ctx, s, "member_of", org, [*head.subtree], named) for s in states]


def _are_grouping(ctx: Context, verb: Token) -> list[Statement]:
    """"Japan, South Korea, Australia and New Zealand are NATO's Indo-Pacific partners", "Japan is
    (not) one of the Quad countries": the states said to be the grouping, by its plural name."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    attr = next((c for c in verb.children if c.dep_ == "attr"), None)
    if subj is None or attr is None:
        return []
    if attr.lower_ == "one":  # "one of the Quad countries"
        prep = next((c for c in attr.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        attr = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
        least = 1
    else:
        least = 2
    org = ctx.entity(attr) if attr is not None else None
    if not org or not org.startswith("org:") or attr.tag_ not in ("NNS", "NNPS") or not refer.is_grouping(ctx, org):
        return []
    if attr.i + 1 < len(attr.doc) and ctx.entity(attr.doc[attr.i + 1]) == org:
        return []  # not the name's last word
    states = _all_states(ctx, subj)
    if len(states) < least or any(c.lower_ in ("among", "like") for c in verb.children):
        return []
    mode = "hypothetical" if modality(verb) == "hypothetical" else "fact"
    return [make(ctx, s, "member_of", org, [*subj.subtree, attr], verb, negated(verb), modality=mode) for s in states]


def _whose_members(ctx: Context, whose: Token) -> list[Statement]:
    """"AUKUS, whose members are A, B and C", "the Quad, whose members include ..."."""
    noun = whose.head
    if whose.dep_ != "poss" or noun.lemma_.lower() not in MEMBER_NOUNS or noun.dep_ not in ("nsubj", "nsubjpass"):
        return []
    verb = noun.head
    if verb.dep_ != "relcl" or verb.lemma_.lower() not in ("be", "include", "comprise"):
        return []
    org, others = _antecedent(ctx, verb.head, whose)
    obj = next((c for c in verb.children if c.dep_ in ("attr", "dobj")), None)
    listed = _all_states(ctx, obj)
    if org is None or not listed or (len(listed) < 2 and verb.lemma_.lower() == "be"):
        return []
    states = [s for s in listed if not _member_of_any(ctx, s, others)]
    prop = "member_of" if noun.lemma_.lower() == "member" or refer.partners_are_members(ctx, org) else "partner_of"
    return [make(ctx, s, prop, org, list(obj.subtree), verb, negated(verb)) for s in states]


def _antecedent(ctx: Context, head: Token, whose: Token) -> tuple[str | None, list[str]]:
    """The organisation "whose" takes up, and the others coordinated with it: "the Eurasian
    Economic Union or the CSTO, whose other members are ..." is the nearest one named before
    "whose" (the CSTO; the parser may hang the clause on the first), the other (the EAEU) a
    reading left open (grp25)."""
    named = [t for t in [head, *head.conjuncts] if t.i < whose.i and _org_named_by(ctx, t)]
    if len(named) < 2:
        return _org_named_by(ctx, head), []
    nearest = max(named, key=lambda t: t.i)
    org = _org_named_by(ctx, nearest)
    return org, [o for o in dict.fromkeys(_org_named_by(ctx, t) for t in named) if o != org]


def _member_of_any(ctx: Context, state: str, orgs: list[str]) -> bool:
    """The KB lists the state, at any time, as a member of one of the organisations: a list
    after "whose" that may be theirs says nothing sure of it."""
    return ctx.kb is not None and any(ctx.kb.facts(subject=state, property="member_of", value=o) for o in orgs)


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


def _sided(ctx: Context, tok: Token) -> list[Statement]:
    """"the four-way dialogue", "the trilateral pact", "the three-way AUKUS partnership": a count of
    the sides on a grouping's own name or a noun taking it up."""
    from accord.nlp.extract.claims import counts
    from accord.nlp.extract.claims._numbers import cardinal, nummod

    org = ctx.entity(tok)
    if not org or not org.startswith("org:") or not refer.is_grouping(ctx, org):
        return []
    if tok.i + 1 < len(tok.doc) and ctx.entity(tok.doc[tok.i + 1]) == org:
        return []  # not the name's last word
    for mod in (c for c in tok.lefts if c.dep_ in ("amod", "compound", "nmod") and ctx.entity(c) != org):
        value, num = SIDES.get(mod.lower_), mod
        if value is None and mod.lemma_.lower() == "way" and (num := nummod(mod)) is not None:
            value = cardinal(num)
        if value is not None and value >= 2:
            return counts._count_statement(ctx, tok, num, value, org, 1.0)
    return []


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
