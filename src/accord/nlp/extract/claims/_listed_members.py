"""Lists of members and founders told by a noun of membership or founding as the subject of a
copula or of "include" (lists16): "The members of the G7 are A, B and C", "NATO's founders were
A, B, ...", "The founding members of NATO included A and B", "Among the Quad's members are A and
B", "Among NATO's founding members was Norway", and a set named first: "Of NATO's founding
members, Iceland is the only one without an army", "Of the Quad's four members, India ...".

Only a noun of membership or founding makes the list one of members ("The summit's participants
were A, B", "the guests included A" are not); "former", "would-be", "aspiring" members and
partners are not members. A membership told in the past ("the members were", "included") may be
of any time and is not read; a founding is of one time, so "the founders were" is. A plan or a
condition keeps its modality; a denied or questioned list is not read.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from accord.nlp.extract.claims import _groupings_refer as refer
from accord.nlp.extract.claims.grammar import Context, clause_tokens, modality, negated, qualifiers

MEMBER_NOUNS = {"members", "allies", "states", "countries", "nations"}  # (after "member": "member states")
FOUNDING_NOUNS = {"members", "states", "countries", "nations", "signatories", "allies", "member"}
FOUNDER_NOUNS = {"founders", "founder"}
PRESENT = {"are", "include", "includes", "is"}
PAST = {"were", "included", "was"}
SKIP = {"the", "other", "original", "fellow"}  # "the Quad's other members are": still members
NOT_MEMBERS = {"non", "former", "future", "prospective", "aspiring", "would-be", "candidate", "ex", "potential",
               "associate", "partner", "partners", "observer", "observers", "new"}
TAKEN_UP = {"group", "grouping", "pact", "partnership", "dialogue", "forum", "bloc", "alliance"}
PRONOUN_SURE = 0.8  # "its founding members": the organisation the sentence names before
TOPIC_SURE = 0.7  # "the twelve founding members": the article's organisation


def presented(ctx: Context, sent: Span, run: list[Token], n_states: int):
    """(organisation, property, link confidence, verb) when the words before the run present it
    as the organisation's members or founders in one of this module's shapes; None otherwise."""
    before = [t for t in sent if t.i < run[0].i]
    after = [t for t in sent if t.i > run[-1].i]
    closed = not after or _mark(after[0], CLOSERS) or after[0].text in (",", "?", "!") or _and_others(after)
    return (_copular(ctx, sent, before, n_states) if closed else None) or _of_set(ctx, sent, before, run) or _opened(ctx, sent, before, after) \
        or _among_after(ctx, sent, run, after) or _joined_as(ctx, sent, before, after) or _all_but(ctx, sent, before)


def _all_but(ctx: Context, sent: Span, before: list[Token]):
    """"All NATO members but Hungary and Turkey had ratified", "all of the alliance's members
    except Hungary": the states left out of "all" are members too."""
    if before and before[-1].lower_ == "for" and len(before) > 1 and before[-2].lower_ == "except":
        before = before[:-1]
    if len(before) < 3 or before[-1].lower_ not in ("but", "except", "save"):
        return None
    phrase = before[:-1]
    for k in range(len(phrase) - 1, -1, -1):
        if phrase[k].lower_ == "all":
            rest = phrase[k + 1:]
            rest = rest[1:] if rest and rest[0].lower_ == "of" else rest
            found = _noun_phrase(ctx, sent, rest)
            return (*found, _governor(before[-1]) or before[-1]) if found is not None and found[1] == "member_of" else None
        if phrase[k].pos_ in ("VERB", "AUX") or phrase[k].text in (",", ";", ":"):
            return None
    return None


def _joined_as(ctx: Context, sent: Span, before: list[Token], after: list[Token]):
    """"Sweden joins Finland, Estonia and Latvia as members of NATO": the states joined are members
    already. Told of now (a present tense) or with a date of its own ("joined A and B as NATO
    members in March 2024")."""
    if not before or before[-1].lemma_.lower() != "join" or before[-1].pos_ != "VERB" or len(after) < 2 \
            or after[0].lower_ != "as":
        return None
    verb = before[-1]
    if verb.tag_ not in ("VBZ", "VBP") and not (verb.tag_ == "VBD" and qualifiers(ctx, clause_tokens(verb))):
        return None
    k = 2 if after[1].lower_ in ("a", "fellow") else 1
    end = next((j for j in range(k, len(after)) if _mark(after[j], CLOSERS) or after[j].text == ","
                or after[j].pos_ == "ADP" and after[j].lower_ != "of"), len(after))
    found = _noun_phrase(ctx, sent, after[k:end], singular=True)
    return (*found, verb) if found is not None and found[1] == "member_of" else None


def _among_after(ctx: Context, sent: Span, run: list[Token], after: list[Token]):
    """"Britain and France were among NATO's founders", "Poland is among the members of NATO": the
    list the subject, "among" and the noun phrase closing the clause."""
    if len(after) < 3 or after[0].lower_ not in ("is", "are", "was", "were") or after[1].lower_ != "among":
        return None
    if run[0].i != sent.start and sent.doc[run[0].i - 1].text not in (",", ";", ":"):
        return None  # "Talks with A and B are among ...": the list is not the subject
    end = next((k for k in range(2, len(after)) if _mark(after[k], CLOSERS) or after[k].text == ","), len(after))
    found = _noun_phrase(ctx, sent, after[2:end])
    if found is None or (after[0].lower_ in PAST and found[1] != "founding_member_of"):
        return None
    return (*found, after[0])


def _and_others(after: list[Token]) -> bool:
    """"A, B and four others", "A, B and eight other states": the list goes on unnamed."""
    return after[0].lower_ == "and" and any(t.lower_ in ("others", "other") for t in after[1:4])


OPENERS = {"(", "—", "–", ":", "--"}
CLOSERS = {")", "—", "–", "--", ".", ";"}


def _opened(ctx: Context, sent: Span, before: list[Token], after: list[Token]):
    """"NATO's twelve founders (A, B, ...)", "the founding members - A, B and C -", "the Quad's
    members: A, B, C and D": the noun phrase, a bracket, dash or colon, and the list closed there."""
    if len(before) < 3 or not _mark(before[-1], OPENERS) or (after and not (_mark(after[0], CLOSERS) or _and_others(after))):
        return None
    phrase = before[:-1]
    for k in range(_phrase_start(phrase), len(phrase)):
        found = _noun_phrase(ctx, sent, phrase[k:])
        if found is not None:
            return (*found, _governor(before[-1]) or before[-1])
    return None


def _mark(tok: Token, marks: set[str]) -> bool:
    """A bracket, dash or colon, or a hyphen written as a dash (" - ")."""
    return tok.text in marks or (tok.text == "-" and bool(tok.whitespace_) and tok.i > 0 and bool(tok.nbor(-1).whitespace_))


def _copular(ctx: Context, sent: Span, before: list[Token], n_states: int):
    """"The members of the G7 are A, B", "NATO's founders were ...", "Among NATO's founding
    members were A and B", "The twelve founding members included ..."."""
    if len(before) < 3 or before[-1].lower_ not in PRESENT | PAST:
        return None
    verb = before[-1]
    phrase, among = before[:-1], False
    start = _phrase_start(phrase)
    if start > 0 and phrase[start - 1].lower_ == "among":
        among, start = True, start - 1
    elif start > 0 and phrase[start - 1].text not in (",", ":", ";"):
        return None  # "Talks with the AUKUS partners are ...": the noun is not what the verb is said of
    found = _noun_phrase(ctx, sent, phrase[start + among:])
    if found is None:
        return None
    org, prop, sure = found
    copula = verb.lower_ in ("are", "were", "is", "was")
    if copula and not among and n_states < 2:
        return None  # "NATO's newest members are Finland": one state, another claim
    if verb.lower_ in ("is", "was") and not among:
        return None
    if verb.lower_ in PAST and prop != "founding_member_of":
        return None  # "the members were A and B": of some time before, not the article's day
    return org, prop, sure, verb


def _phrase_start(phrase: list[Token]) -> int:
    """Where the subject's noun phrase begins: after the last comma, colon or "among" before it."""
    for k in range(len(phrase) - 1, -1, -1):
        if phrase[k].text in (",", ":", ";") or phrase[k].lower_ == "among":
            return k + 1
    return 0


def _of_set(ctx: Context, sent: Span, before: list[Token], run: list[Token]):
    """"Of NATO's founding members, Iceland is the only one without an army": the set named first,
    the state its member. Told of now (a present tense) unless the set is of founders."""
    while before and before[-1].lower_ in ("only", "just"):
        before = before[:-1]
    if len(before) < 4 or before[-1].text != "," or before[0].lower_ != "of" or before[0].i != sent.start:
        return None
    found = _noun_phrase(ctx, sent, before[1:-1])
    if found is None:
        return None
    org, prop, sure = found
    verb = _governor(run[0])
    if verb is None or (prop != "founding_member_of" and verb.tag_ not in ("VBZ", "VBP")):
        return None  # "Of NATO's members, Hungary held out": of when?
    return org, prop, sure, verb


def _noun_phrase(ctx: Context, sent: Span, tokens: list[Token], singular: bool = False):
    """(organisation, property, confidence) of a noun phrase that names an organisation's members
    or founders and nothing else: "NATO's (twelve) founding members", "the members of the G7",
    "the Quad's other members", "its founders", "the twelve founding members" (the article's
    organisation)."""
    if not tokens or any(t.lower_.strip("-") in NOT_MEMBERS or t.text.lower() == "would" for t in tokens):
        return None
    org, k = None, len(tokens)
    if ctx.entity(tokens[-1]) and ctx.entity(tokens[-1]).startswith("org:"):
        org = ctx.entity(tokens[-1])
        k = len(tokens) - 1
        while k > 0 and ctx.entity(tokens[k - 1]) == org:
            k -= 1
        if k > 0 and tokens[k - 1].lower_ == "the":
            k -= 1
        if k < 2 or tokens[k - 1].lower_ != "of":
            return None
        k -= 1
    noun = tokens[:k]
    if singular and noun and noun[-1].lower_ == "member":
        noun = [*noun[:-1], noun[-1]]  # "as a NATO member": read as "members"
        prop, n = "member_of", 1
    else:
        prop, n = _noun(noun)
    if prop is None:
        return None
    head = noun[:-n]
    while head and (head[-1].like_num or head[-1].lower_ in SKIP):
        head = head[:-1]
    if org is not None:
        return (org, prop, 1.0) if not head or [t.lower_ for t in head] == ["the"] else None
    own, i = _org_at_end(ctx, head)
    if own is not None and all(t.lower_ == "the" for t in head[:i]) and not (noun[-n].i > 0 and noun[-n].nbor(-1).tag_ == "POS"):
        return own, prop, 1.0  # "(as) NATO members", "the G7 countries"
    if head and head[-1].tag_ == "POS":
        head = head[:-1]
        owner = ctx.entity(head[-1]) if head else None
        if not owner and [t.lower_ for t in head[:-1]] == ["the"] and head[-1].lemma_.lower() in TAKEN_UP:
            owner = _taken_up(ctx, head[-1])  # "the group's members"
            return (owner, prop, refer.LINK) if owner else None
        if not owner or not owner.startswith("org:"):
            return None
        i = len(head) - 1
        while i > 0 and ctx.entity(head[i - 1]) == owner:
            i -= 1
        return (owner, prop, 1.0) if all(t.lower_ == "the" for t in head[:i]) else None
    if len(head) == 1 and head[0].lower_ in ("its", "their"):
        earlier = named_before(ctx, head[0])
        return (earlier, prop, PRONOUN_SURE) if earlier else None
    if prop == "founding_member_of" and not head and tokens[0].lower_ == "the":
        org = named_before(ctx, tokens[0]) or ctx.topic_org  # "... joined the alliance in 2004; Portugal was among the 12 founders"
        return (org, prop, TOPIC_SURE) if org else None
    return None


def _org_at_end(ctx: Context, tokens: list[Token]) -> tuple[str | None, int]:
    """The organisation the last tokens name, and where its mention starts."""
    org = ctx.entity(tokens[-1]) if tokens else None
    if not org or not org.startswith("org:"):
        return None, 0
    i = len(tokens) - 1
    while i > 0 and ctx.entity(tokens[i - 1]) == org:
        i -= 1
    return org, i


def named_before(ctx: Context, tok: Token) -> str | None:
    """The organisation named last before `tok`, in its sentence or the two before ("The Quad met
    on Monday. Its members are ...")."""
    doc, first = tok.doc, tok.sent.start
    for _ in range(2):
        first = doc[first - 1].sent.start if first > 0 else first
    named = [ctx.entity_of.get(i) for i in range(first, tok.i)]
    named = [e for e in named if e and e.startswith("org:")]
    return named[-1] if named else None


def _taken_up(ctx: Context, noun: Token) -> str | None:
    """"the group's members" after a sentence about the G7: the nearest organisation named in the
    sentence or the two before whose KB names' or kind's words have the noun."""
    doc, first = noun.doc, noun.sent.start
    for _ in range(2):
        first = doc[first - 1].sent.start if first > 0 else first
    for i in range(noun.i - 1, first - 1, -1):
        org = ctx.entity_of.get(i)
        if org and org.startswith("org:") and noun.lemma_.lower() in refer.words(ctx, org):
            return org  # (the nearest that fits: "the EU also attends" may stand between)
    return None


def _noun(noun: list[Token]) -> tuple[str | None, int]:
    """The property a noun of membership or founding names, and how many tokens it has."""
    words = [t.lower_ for t in noun]
    if words[-1:] and words[-1] in FOUNDER_NOUNS:
        return "founding_member_of", 1
    if len(words) >= 2 and words[-2] == "founding" and words[-1] in FOUNDING_NOUNS:
        return "founding_member_of", 2
    if len(words) >= 3 and words[-3:-1] == ["founding", "member"] and words[-1] in ("states", "countries", "nations"):
        return "founding_member_of", 3
    if words[-1:] == ["members"] or words[-1:] == ["allies"]:
        return "member_of", 1
    if len(words) >= 2 and words[-2] == "member" and words[-1] in MEMBER_NOUNS:
        return "member_of", 2
    return None, 0


def _governor(tok: Token) -> Token | None:
    for anc in [tok, *tok.ancestors]:
        if anc.pos_ in ("VERB", "AUX"):
            return anc
    return None


def reading(verb: Token) -> tuple[str, bool] | None:
    """The modality the list is told with, or None when it is denied or asked: "would be" under
    "if" stays hypothetical, "will include" a plan."""
    if negated(verb) or verb.sent.text.rstrip().endswith("?"):
        return None
    return modality(verb), False
