"""Member counts and ranks: "the alliance's 32 nations", "all 30 NATO members", "the 29-member
military alliance", "eight of the 29 allies" (a count of the whole membership on a date), "became
the 31st member", "NATO's newest member Sweden" (a state's place in the order of accession).

A count is read only where the number counts the whole membership: a definite phrase ("the",
"all", a possessive, "N of the M allies") naming or implying the organisation, with nothing that
narrows it ("the 23 European allies", "the 30 members who ...", "30 members of parliament").
Statements: `member_count` (subject the organisation, value the number as digits) and
`member_rank` (subject the state, value "<org id>#<n>" or "<org id>#latest").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from accord.model import Statement
from accord.nlp.extract.claims._numbers import cardinal, nummod, ordinal
from accord.nlp.extract.claims.grammar import Context, group, make, modality, phrase_tokens, qualifiers
from accord.nlp.extract.claims._membership import check_count, check_rank

ORDER = 25
COUNT_NOUNS = {"member", "ally", "nation", "country", "state"}
ORG_NOUNS = {"alliance", "bloc", "union", "organisation", "organization"}  # "the 29-member alliance"
WHOLE = {"the", "all", "its", "their"}  # a definite phrase: the whole membership
LATEST = {"latest", "newest"}
GROWTH_VERBS = {"grow", "expand", "increase", "rise", "swell", "enlarge"}
APPROXIMATE = {"more", "than", "over", "about", "nearly", "almost", "some", "around", "roughly", "approximately",
               "least", "fewer", "under", "up", "most", "dozens", "several"}
PREDICATES = {"have", "become", "reach", "number", "count", "grow"}  # "NATO will have 32 members"
ACCESSION_VERBS = {"join", "accede"}
POSSESSIVE_PRONOUNS = {"its", "their"}
TOPIC_LINK = 0.7  # the organisation is only implied ("the 29 allies"): the article's topic


def extract(ctx: Context, sent: Span) -> list[Statement]:
    out: list[Statement] = []
    for tok in sent:
        if tok.lemma_.lower() in COUNT_NOUNS and tok.pos_ in ("NOUN", "PROPN"):
            out += _count(ctx, tok) + _rank(ctx, tok)
        elif tok.lemma_.lower() in ORG_NOUNS:
            out += _strong(ctx, tok)
    return out


# -- counts ------------------------------------------------------------------------------------------
def _count(ctx: Context, noun: Token) -> list[Statement]:
    num = nummod(noun)
    value = cardinal(num) if num is not None else None
    if value is None or value < 2:
        return []
    if _approximate(num):
        return []
    return _count_statement(ctx, noun, num, value, *_counted_org(ctx, noun))


def _counted_org(ctx: Context, noun: Token) -> tuple[str | None, float]:
    """The organisation whose whole membership the phrase counts (None when it is not such a count)."""
    if noun.dep_ in ("nmod", "compound", "amod") and noun.lemma_.lower() != "ally":
        return _org_noun(ctx, noun.head)  # "the 29-member military alliance"
    if noun.tag_ not in ("NNS", "NNPS") or _narrowed(ctx, noun):
        return None, 0.0
    if _whole(noun):
        return _org_of(ctx, noun)
    head = noun.head
    if noun.dep_ == "dobj" and head.lemma_.lower() == "have":
        return _subject_org(ctx, head)  # "NATO (now) has 32 members", "the EU, which had 28 members"
    if noun.dep_ == "pobj" and head.lower_ == "to" and head.head.lemma_.lower() in GROWTH_VERBS:
        return _subject_org(ctx, head.head)  # "the alliance grew to 32 members"
    if noun.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in ORG_NOUNS:
        return _org_noun(ctx, head.head)  # "an alliance of 32 nations"
    return None, 0.0


def _subject_org(ctx: Context, verb: Token) -> tuple[str | None, float]:
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None and subj.lower_ in ("which", "that") and verb.dep_ == "relcl":
        subj = verb.head
    if subj is None:
        return None, 0.0
    named = ctx.entities(phrase_tokens([subj]), ("org:", "state:"))
    if named:
        return (named[0], 1.0) if named[0].startswith("org:") else (None, 0.0)
    return _org_noun(ctx, subj)


def _approximate(num: Token) -> bool:
    """"more than 30 members", "nearly 30 allies", "some 30 nations": not an exact count."""
    return any(c.lower_ in APPROXIMATE for c in num.subtree if c.i < num.i) or (
        num.i > 0 and num.nbor(-1).lower_ in APPROXIMATE)


def _strong(ctx: Context, head: Token) -> list[Statement]:
    """"the 32-strong alliance": a count told by "-strong" on the organisation's noun."""
    for c in head.children:
        if c.dep_ == "amod" and c.lower_ == "strong":
            num = next((n for n in c.children if n.like_num), None)
            value = cardinal(num) if num is not None else None
            if value is not None and value >= 2 and not _approximate(num):
                return _count_statement(ctx, head, num, value, *_org_noun(ctx, head))
    return []


def _count_statement(ctx: Context, noun: Token, num: Token, value: int, org: str | None,
                     sure: float) -> list[Statement]:
    if org is None:
        return []
    confidence = {"link": sure} if sure < 1.0 else {}
    date_sure = _date_confidence(ctx, noun)
    if date_sure < 1.0:
        confidence["date"] = date_sure
    verb = _governor(noun)
    return [make(ctx, org, "member_count", str(value), [num, noun], verb, times=_sentence_times(ctx, noun),
                 confidence=confidence, modality=_count_modality(noun, verb))]


def _count_modality(noun: Token, verb: Token) -> str:
    """A count in a noun phrase is said of the organisation as it is ("Ukraine to join the
    31-member alliance" is a plan to join, not a plan to have 31 members); only a count that is
    what the clause says ("NATO will have 32 members") takes the clause's modality."""
    phrase = noun.head if noun.dep_ in ("nmod", "compound", "amod") else noun
    if phrase.dep_ in ("dobj", "attr") and phrase.head is verb and verb.lemma_.lower() in PREDICATES:
        return modality(verb)
    if phrase.dep_ == "pobj" and phrase.head.lower_ == "to" and phrase.head.head.lemma_.lower() in GROWTH_VERBS:
        return modality(phrase.head.head)  # "the alliance will grow to 32 members"
    return "fact"


def _whole(noun: Token) -> bool:
    """Is the counted phrase the whole set? "the 30 members", "all 30", "its 30", "NATO's 30",
    or the M of a partitive "eight of the M allies" / "18 out of M allies"."""
    if any(c.dep_ in ("det", "predet", "poss") and (c.lower_ in WHOLE or c.dep_ == "poss") for c in noun.children):
        return True
    num = nummod(noun)
    if num is not None and any(c.lower_ == "all" for c in num.children):
        return True  # "all 32 alliance members", parsed with "all" on the number
    prep = noun.head if noun.dep_ == "pobj" else None
    if prep is not None and prep.lower_ == "of":
        quantity = prep.head.head if prep.head.lower_ == "out" else prep.head
        return quantity.like_num or quantity.lower_ in ("most", "many", "some", "half", "all", "none", "each")
    return False


def _narrowed(ctx: Context, noun: Token) -> bool:
    """Words that make the phrase a part of the membership, or a count of something else."""
    for c in noun.children:
        if c.dep_ in ("relcl", "acl"):
            return True  # "the 30 members that have ratified"
        if c.dep_ == "amod" and c.lower_ not in ("current", "present"):
            return True  # "the 23 European allies", "the 30 other members"
        if c.dep_ == "prep" and (c.lower_ != "of" or not ctx.entities(phrase_tokens(c.children), ("org:",))):
            return True  # "30 members of parliament", "the 23 allies in Europe"
        if c.dep_ == "compound" and c.lemma_.lower() not in ("member", "alliance") and not ctx.entity(c):
            return True  # "the 30 board members"
    return False


def _org_of(ctx: Context, noun: Token) -> tuple[str | None, float]:
    """The organisation whose membership is counted, and how sure the link is."""
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            found = ctx.entities(phrase_tokens(c.children), ("org:",))
            return (found[0], 1.0) if found else (None, 0.0)
    for c in noun.children:
        if c.dep_ in ("poss", "compound") and ctx.entity(c):
            ent = ctx.entity(c)
            return (ent, 1.0) if ent.startswith("org:") else (None, 0.0)  # "Germany's 16 states": no
        if c.dep_ == "poss" and c.lower_ in POSSESSIVE_PRONOUNS:
            return _antecedent(ctx, noun)
        if c.dep_ == "poss" or (c.dep_ == "compound" and c.lemma_.lower() == "alliance"):
            return _org_noun(ctx, c)  # "the alliance's 32 nations", "all 32 alliance members"
    if noun.lemma_.lower() == "ally" or any(c.lemma_.lower() == "member" for c in noun.children if c.dep_ == "compound"):
        return ctx.topic_org, TOPIC_LINK  # "the 29 allies", "the 27 member states"
    if noun.lemma_.lower() == "member" and ctx.topic_org:
        return ctx.topic_org, TOPIC_LINK * 0.9
    return None, 0.0


def _antecedent(ctx: Context, noun: Token) -> tuple[str | None, float]:
    """What "its" / "their" refers to: the nearest organisation named before it in the sentence,
    else the article's topic when no state is named before it (a state's "its 30 allies" are
    the others)."""
    before = [t for t in noun.sent if t.i < noun.i]
    orgs = ctx.entities(reversed(before), ("org:",))
    if orgs:
        return orgs[0], 0.9
    if ctx.entities(before, ("state:",)) or noun.lemma_.lower() == "ally":
        return None, 0.0
    return ctx.topic_org, TOPIC_LINK


def _org_noun(ctx: Context, head: Token) -> tuple[str | None, float]:
    """The organisation a noun like "alliance" names: its own mention, else the article's topic
    when the topic's KB names include that noun ("the alliance" for NATO, "the bloc" for the EU)."""
    named = ctx.entities([head, *[c for c in head.children if c.dep_ == "compound"]], ("org:",))
    if named:
        return named[0], 1.0
    if head.lemma_.lower() not in ORG_NOUNS or ctx.topic_org is None or ctx.kb is None:
        return None, 0.0
    try:
        aliases = ctx.kb.entity(ctx.topic_org).context_aliases
    except Exception:  # a KB without the topic's entity
        return None, 0.0
    if any(a.lower().split()[-1] == head.lemma_.lower() for a in aliases):
        return ctx.topic_org, TOPIC_LINK
    return None, 0.0


# -- ranks ---------------------------------------------------------------------------------------------
def _rank(ctx: Context, noun: Token) -> list[Statement]:
    mods = [c for c in noun.children if c.dep_ in ("amod", "compound")]  # "thirty-second" may parse as a noun
    number = next((n for c in mods if (n := ordinal(c)) is not None), None)
    latest = any(c.lower_ in LATEST for c in mods)
    if (number is None and not latest) or any(c.tag_ == "JJS" and c.lower_ not in LATEST for c in mods):
        return []  # "the second-largest member" is not a rank of accession
    if _other_order(noun):
        return []
    org, sure = _org_of(ctx, noun)
    states, attach = _ranked_states(ctx, noun)
    if org is None or not states:
        return []
    confidence = {k: v for k, v in (("link", sure), ("attachment", attach)) if v < 1.0}
    value = f"{org}#{number if number is not None else 'latest'}"
    verb = _governor(noun)
    return [make(ctx, s, "member_rank", value, [noun], verb, times=_sentence_times(ctx, noun), confidence=confidence)
            for s in states]


def _ranked_states(ctx: Context, noun: Token) -> tuple[list[str], float]:
    """The state the rank is said of: "X became the Nth member", "X joined as the Nth member",
    "X, the Nth member", "the Nth member, X", "NATO's Nth ally and latest member X"."""
    states = ctx.entities(phrase_tokens([c for c in noun.children if c.dep_ == "appos"]), ("state:",))
    if states:
        return states, 1.0
    head = noun.head
    if noun.dep_ == "appos":
        return ctx.entities(phrase_tokens([head]), ("state:",)), 1.0
    if noun.dep_ == "pobj" and head.lower_ == "as" and head.head.lemma_.lower() in ACCESSION_VERBS:
        head, via = head.head, "as"
    else:
        via = noun.dep_
    if via in ("attr", "as") and head.lemma_.lower() in ("become", "be", *ACCESSION_VERBS):
        subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        return (ctx.entities(phrase_tokens(group(subj)), ("state:",)), 1.0) if subj is not None else ([], 1.0)
    if noun.dep_ == "compound" and ctx.entity(head) and ctx.entity(head).startswith("state:"):
        return [ctx.entity(head)], 1.0  # "the latest member Sweden", parsed with Sweden as the head
    for conj in noun.conjuncts:  # "NATO's 32nd ally and latest member Sweden": one state, two descriptions
        described = [conj, *[c for c in conj.children if c.dep_ == "compound"]]
        if any(c.lower_ in LATEST for d in described for c in d.children if c.dep_ == "amod"):
            found = ctx.entities(phrase_tokens([conj, *[c for c in conj.children if c.dep_ == "appos"]]), ("state:",))
            if found:
                return found, 0.7
    return [], 1.0


def _other_order(noun: Token) -> bool:
    """"the first member to meet the target", "the second member that ratified": a rank in some
    other order than accession."""
    clauses = [c for c in noun.children if c.dep_ in ("relcl", "acl")]
    if noun.dep_ == "attr":
        clauses += [c for c in noun.head.children if c.dep_ in ("advcl", "xcomp")
                    and any(a.lower_ == "to" for a in c.children if a.dep_ == "aux")]
    return any(c.lemma_.lower() not in ACCESSION_VERBS for c in clauses)


# -- shared -----------------------------------------------------------------------------------------
def _governor(noun: Token) -> Token:
    """The verb whose clause the phrase is in (for modality and the speaker); the noun if none."""
    for anc in [noun, *noun.ancestors]:
        if anc.pos_ in ("VERB", "AUX"):
            return anc
    return noun


def _sentence_times(ctx: Context, noun: Token) -> dict:
    """The dates the sentence gives: a count or rank is of the time the sentence speaks of."""
    return qualifiers(ctx, {t.i for t in noun.sent})


def _date_confidence(ctx: Context, noun: Token) -> float:
    """A count in a past-tense sentence with no date of its own may be of any recent time: the
    check reads it over a wider window (see membership_check)."""
    if _sentence_times(ctx, noun):
        return 1.0
    verb = _governor(noun)
    past = verb.tag_ == "VBD" or any(c.tag_ == "VBD" for c in verb.children if c.dep_ in ("aux", "auxpass"))
    return PAST_UNDATED if past else 1.0


PAST_UNDATED = 0.7


CHECKS = {"member_count": check_count, "member_rank": check_rank}


def _count_words(name, st) -> str:
    when = st.point_in_time or st.start
    return f"{name(st.subject)} has {st.value} members" + (f" on {when.value}" if when else "")


def _rank_words(name, st) -> str:
    org, _, place = st.value.partition("#")
    rank = "the latest member" if place == "latest" else f"member number {place}"
    return f"{name(st.subject)} {'not ' if st.polarity == 'negated' else ''}is {rank} of {name(org)}"


WORDS = {"member_count": _count_words, "member_rank": _rank_words}
