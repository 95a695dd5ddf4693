"""How many members an organisation began with (issue 12, num16): "the alliance, which began with
12 members,", "NATO started (out) with 12 countries", "the EU was founded with six members",
"NATO, created in 1949 with 12 nations,". Statement `founding_members` (organisation -> "12"),
checked by treaty's `check_founding_members` against the KB's founding members.

Read only where the organisation itself began: the subject of "began / started" with no object
("NATO started the mission with 12 members" is a mission's), the passive subject of "was
founded / created / established / launched / formed", or the noun a participle of founding
hangs on; the count noun bare or "founding" / "original" ("began with 12 members who ..." or
"with 12 European members" count another group), not approximate, not denied, a fact.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from accord.model import Statement
from accord.nlp.extract.claims._numbers import approximate, cardinal, nummod
from accord.nlp.extract.claims.grammar import Context, make, modality, negated
from accord.nlp.extract.claims.treaty import MEMBER_NOUNS, orgs_of

ORDER = 36
BEGIN_VERBS = {"begin", "start"}
FOUND_VERBS = {"found", "create", "establish", "launch", "form"}
PLAIN = {"founding", "original"}  # "began with 12 founding members"


def extract(ctx: Context, sent: Span) -> list[Statement]:
    out: list[Statement] = []
    for tok in sent:
        if tok.dep_ == "pobj" and tok.head.lower_ == "with" and tok.lemma_.lower() in MEMBER_NOUNS \
                and tok.tag_ in ("NNS", "NNPS"):
            out += _began_with(ctx, tok)
    return out


def began_with(noun: Token) -> bool:
    """Is `noun` the count an organisation began with ("began with 12 members")? Then it is no
    count of the membership of the clause's day (counts.py leaves it)."""
    verb = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "with" else None
    return verb is not None and verb.pos_ == "VERB" and _beginner(verb) is not None


def _began_with(ctx: Context, noun: Token) -> list[Statement]:
    num = nummod(noun)
    value = cardinal(num) if num is not None and not approximate(num) else None
    verb = noun.head.head
    if value is None or value < 2 or verb.pos_ != "VERB" or _narrowed(noun):
        return []
    subj = _beginner(verb)
    if subj is None or modality(verb) != "fact" or negated(verb):
        return []
    orgs, sure = orgs_of(ctx, [subj])
    if not orgs:
        return []
    return [make(ctx, o, "founding_members", str(value), [num, noun], verb,
                 confidence={"link": sure} if sure < 1 else None) for o in orgs]


def _beginner(verb: Token) -> Token | None:
    """What began: the subject of an intransitive "began / started (out)", the passive subject of
    "was founded", the antecedent of "which", or the noun a participle hangs on ("NATO, created
    in 1949 with 12 nations,")."""
    lemma = verb.lemma_.lower()
    if lemma in BEGIN_VERBS and not any(c.dep_ in ("dobj", "xcomp", "ccomp") for c in verb.children):
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    elif lemma in FOUND_VERBS and verb.tag_ == "VBN":
        subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        if subj is None and verb.dep_ == "acl":
            return verb.head
    else:
        return None
    if subj is not None and subj.lower_ in ("which", "that") and verb.dep_ == "relcl":
        return verb.head
    return subj


def _narrowed(noun: Token) -> bool:
    """"with 12 European members", "with 12 members who ...", "with 12 members of staff"."""
    return any(c.dep_ in ("relcl", "acl", "prep", "conj", "appos", "compound")
               or (c.dep_ == "amod" and c.lower_ not in PLAIN) for c in noun.children)
