"""Ranks of accession: "became the 31st member", "joined as the thirty-first member", "the 32nd
country to join the alliance", "the 20th country to adopt the euro" (the euro area's order),
"NATO's newest member Sweden" (a state's place in the order of accession).

Statement: `member_rank` (subject the state, value "<org id>#<n>" or "<org id>#latest"). A plural
("the 31st and 32nd members") is a group of recent members, not one place in the order: not read
as a rank. "The alliance's two newest members, Finland and Sweden", "Finland and Sweden, NATO's
newest members" (`_newest_group`) say each named state is among the N that joined last (N the
number given, else the states named): value "<org id>#newest<N>".
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from accord.model import Statement
from accord.nlp.extract.claims._countdates import claim_times, governor
from accord.nlp.extract.claims._membership import check_rank
from accord.nlp.extract.claims._numbers import approximate, cardinal, nummod, ordinal
from accord.nlp.extract.claims.counts import (
    ACCESSION_VERBS,
    COUNT_NOUNS,
    org_noun,
    org_of,
)
from accord.nlp.extract.claims.euro_adoption import EURO_AREA, euro_object
from accord.nlp.extract.claims.grammar import (
    RELATIVE_PRONOUNS, Context, denies, described_state, group, make, modality, negated, phrase_tokens, qualifiers,
    said_before,
)

ORDER = 25
LATEST = {"latest", "newest"}
WELCOME_VERBS = {"welcome", "admit", "accept", "receive"}  # "welcomed Finland as its 31st member"
GAIN_VERBS = WELCOME_VERBS | {"gain", "get", "add"}  # "NATO gained its 31st member": a count


def extract(ctx: Context, sent: Span) -> list[Statement]:
    nouns = [tok for tok in sent if tok.lemma_.lower() in COUNT_NOUNS and tok.pos_ in ("NOUN", "PROPN")]
    return [st for tok in nouns for st in _rank(ctx, tok)] + [st for tok in nouns for st in _first_since(ctx, tok)] \
        + [st for tok in sent if tok.lower_ in LATEST for st in _newest_of(ctx, tok)] \
        + [st for tok in nouns for st in _newest_group(ctx, tok)]


def _newest_group(ctx: Context, noun: Token) -> list[Statement]:
    """"the alliance's two newest members, Finland and Sweden", "Finland and Sweden, NATO's newest
    members", "Finland and Sweden are NATO's two newest allies": each state is among the N newest
    (N the number, which must match the states named, else the states named). Nothing else on
    the noun (no other adjective, no clause or phrase: "the newest members to send troops")."""
    if noun.tag_ not in ("NNS", "NNPS"):
        return []
    mods = [c for c in noun.children if c.dep_ == "amod"]
    if len(mods) != 1 or mods[0].lower_ not in LATEST:
        return []
    if any(c.dep_ in ("relcl", "acl", "prep", "conj", "advmod") for c in noun.children):
        return []
    num = nummod(noun)
    size = cardinal(num) if num is not None else None
    if num is not None and (size is None or approximate(num)):
        return []
    states = _group_named(ctx, noun)
    if len(states) < 2 or (size is not None and size != len(states)):
        return []  # one state is `_rank`'s; "the three newest members include Finland": not all named
    org, sure = org_of(ctx, noun)
    if org is None:
        return []
    verb = governor(noun)
    confidence = {"link": sure} if sure < 1.0 else None
    return [make(ctx, s, "member_rank", f"{org}#newest{len(states)}", [noun], verb, denies(verb, noun),
                 times=claim_times(ctx, noun), confidence=confidence) for s in states]


def _group_named(ctx: Context, noun: Token) -> list[str]:
    """The states a plural description is said of: its apposition ("the two newest members, A and
    B"), what it stands in apposition to ("A and B, the two newest members") or the subject of
    "be" ("A and B are the two newest members")."""
    appos = [c for c in noun.children if c.dep_ == "appos" and c.lemma_.lower() not in COUNT_NOUNS]
    if appos:
        return ctx.entities(phrase_tokens([t for a in appos for t in group(a)]), ("state:",))
    head = noun.head
    if noun.dep_ == "appos":
        return ctx.entities(phrase_tokens([t for t in group(head) if t.i != noun.i]), ("state:",))
    if noun.dep_ == "attr" and head.lemma_ == "be":
        subj = next((c for c in head.children if c.dep_ == "nsubj"), None)
        return ctx.entities(phrase_tokens(group(subj)), ("state:",)) if subj is not None else []
    return []


def _since_preps(noun: Token) -> list[Token]:
    """The "since" phrases that bound a "first" member noun: on the noun ("the first new ally since
    West Germany") or on its joining clause ("the first country to join since Albania")."""
    clauses = [c for c in noun.children if c.dep_ in ("relcl", "acl") and c.lemma_.lower() in ACCESSION_VERBS]
    if noun.dep_ == "attr":
        clauses += [c for c in noun.head.children if c.dep_ in ("advcl", "xcomp") and c.i > noun.i
                    and c.lemma_.lower() in ACCESSION_VERBS]
    return [c for t in (noun, *clauses) for c in t.children if c.dep_ == "prep" and c.lower_ == "since"]


def _since_clause(noun: Token) -> bool:
    """"the first country to join NATO since Albania and Croatia joined in 2009": a "since" clause
    anywhere in the noun's joining clause bounds the order."""
    clauses = [c for c in noun.children if c.dep_ in ("relcl", "acl")]
    if noun.dep_ == "attr":
        clauses += [c for c in noun.head.children if c.dep_ in ("advcl", "xcomp") and c.i > noun.i]
    return any(t.lower_ == "since" for c in clauses for t in c.subtree)


def _first_since(ctx: Context, noun: Token) -> list[Statement]:
    """"the first country to join since Albania and Croatia in 2009", "the first new ally since
    West Germany in 1955": the states named after "since" joined (in the year the phrase gives)."""
    if not any(c.dep_ == "amod" and c.lower_ == "first" for c in noun.children):
        return []
    out = []
    for since in _since_preps(noun):
        named = [t for p in since.children if p.dep_ == "pobj" for t in group(p)]
        states = ctx.entities(phrase_tokens(named), ("state:",))
        if not states:
            continue  # "the first since 2009": a time, not a state
        org, sure = org_of(ctx, noun)
        if org is None:
            org, sure = _joined_org(ctx, noun)
        if org is None and ctx.topic_org:
            org, sure = ctx.topic_org, 0.7
        if org is None:
            continue
        # the year written after the states: in the "since" phrase, or an "in" phrase right after it
        end = max(t.i for t in since.subtree)
        after = {t.i for c in since.head.children if c.dep_ == "prep" and c.lower_ == "in" and c.i == end + 1
                 for t in c.subtree}
        times = qualifiers(ctx, {t.i for t in since.subtree} | after)
        point = times.get("point_in_time") or times.get("start")
        confidence = {"link": sure} if sure < 1.0 else None
        out += [make(ctx, s, "joined", org, [since, *named], since.head, False,
                     {"point_in_time": point} if point is not None else {}, confidence=confidence, modality="fact")
                for s in states]
    return out


def _newest_of(ctx: Context, word: Token) -> list[Statement]:
    """"Sweden, the newest of NATO's 32 members", "Finland is the latest of the alliance's
    members": the superlative stands for the member noun of its "of" phrase."""
    of = next((c for c in word.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    noun = next((p for p in of.children if p.dep_ == "pobj"), None) if of is not None else None
    if noun is None or noun.lemma_.lower() not in COUNT_NOUNS or noun.tag_ not in ("NNS", "NNPS"):
        return []
    clauses = [c for t in (word, noun) for c in t.children if c.dep_ in ("relcl", "acl")]
    if word.dep_ == "attr":
        clauses += [c for c in word.head.children if c.dep_ in ("advcl", "xcomp") and c.i > word.i]
    if clauses:
        return []  # "the latest of the allies to send troops": another order
    org, sure = org_of(ctx, noun)
    states, attach = _ranked_states(ctx, word)
    if org is None or len(states) != 1:
        return []
    confidence = {k: v for k, v in (("link", sure), ("attachment", attach)) if v < 1.0}
    return [make(ctx, states[0], "member_rank", f"{org}#latest", [word], governor(word),
                 times=claim_times(ctx, word), confidence=confidence)]


def _rank(ctx: Context, noun: Token) -> list[Statement]:
    mods = [c for c in noun.children if c.dep_ in ("amod", "compound")]  # "thirty-second" may parse as a noun
    mods += [m for c in mods if c.lemma_.lower() == "member" and c.dep_ == "compound"
             for m in c.children if m.dep_ in ("amod", "compound")]  # "NATO's 30th member state"
    number = next((n for c in mods if (n := ordinal(c)) is not None), None)
    latest = any(c.lower_ in LATEST for c in mods)
    if (number is None and not latest) or any(c.tag_ == "JJS" and c.lower_ not in LATEST for c in mods):
        return []  # "the second-largest member" is not a rank of accession
    if noun.tag_ in ("NNS", "NNPS") or _other_order(noun):
        return []  # "the newest members, Finland and Sweden": a group, not a place
    if _since_preps(noun) or (number == 1 and _since_clause(noun)):
        return []  # "the first country to join since Albania": the first after some time, not member number 1
    org, sure = org_of(ctx, noun)
    if org is None and _of_another_body(noun):
        return []  # "the 21st member of the euro area, ... after it joined the EU": a body the KB does not hold
    if org is None:
        org, sure = _joined_org(ctx, noun)
    states, attach = _ranked_states(ctx, noun)
    if org is not None and not states and number is not None:
        return _welcomed_count(ctx, noun, number, org, sure)
    if org is None or not states:
        return []
    confidence = {k: v for k, v in (("link", sure), ("attachment", attach)) if v < 1.0}
    value = f"{org}#{number if number is not None else 'latest'}"
    verb = governor(noun)
    ranks = [make(ctx, s, "member_rank", value, [noun], verb, denies(verb, noun), times=claim_times(ctx, noun),
                  confidence=confidence) for s in states]
    return ranks + _described_member(ctx, noun, states, org, verb, confidence)


NOT_YET = {"would-be", "prospective", "future", "aspiring", "candidate", "potential", "soon", "expected", "likely",
           "presumptive", "next", "to-be"}


def _described_member(ctx, noun: Token, states: list[str], org: str, verb: Token, confidence) -> list[Statement]:
    """A rank that describes the state ("Latest member Austria raised its flag", "Austria, the
    latest country to join NATO, ...", "NATO's 31st member Austria") says it is a member, which
    the check of a rank leaves to the membership claims of the sentence (issue 12, mem12u): the
    membership is read with it (merged with the same membership read by another family). Not when
    a verb tells the rank ("became the 31st member": the accession's claim), nor of a member to
    be ("the would-be 32nd member")."""
    if not (noun.dep_ in ("appos", "compound") or any(c.dep_ == "appos" for c in noun.children)):
        return []
    before = noun.doc[max(noun.sent.start, noun.i - 4):noun.i]
    if any(t.lower_ in NOT_YET for t in before) or "would-be" in before.text.lower().replace(" ", "") \
            or noun.dep_ == "attr":
        return []
    return [make(ctx, s, "member_of", org, [noun], verb, False, times=claim_times(ctx, noun), confidence=confidence)
            for s in states]


def _welcomed_count(ctx: Context, noun: Token, number: int, org: str, sure: float) -> list[Statement]:
    """"As NATO welcomes its 30th member", "the alliance gained its 31st member on Tuesday": the
    state is named elsewhere, but the organisation's Nth member makes it N members strong on the
    clause's day (`member_count`, as "grew to 30 members"). Only the object of a welcoming verb
    whose subject is the organisation itself."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lemma_.lower() not in GAIN_VERBS:
        return []
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or org_noun(ctx, subj)[0] != org:
        return []
    return [make(ctx, org, "member_count", str(number), [noun], verb, denies(verb, noun),
                 times=claim_times(ctx, noun), confidence={"link": sure} if sure < 1.0 else None)]


def _of_another_body(noun: Token) -> bool:
    """Does the member noun name its body in an "of" phrase that is no organisation the KB holds
    ("the 21st member of the euro area", "the 38th member of the OECD")? Its rank is in that
    body's order: an organisation joined elsewhere in the sentence ("..., years after it joined
    the EU") is not the one ranked."""
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(p.dep_ == "pobj" for p in c.children)
               for c in noun.children)


def _joined_org(ctx: Context, noun: Token) -> tuple[str | None, float]:
    """"the 32nd country to join the alliance": the organisation is the object of the joining
    (the "to join" clause parsed on the noun, or on "became" when the noun is its attribute)."""
    clauses = [c for c in noun.children if c.dep_ in ("relcl", "acl")]
    if noun.dep_ == "attr":
        clauses += [c for c in noun.head.children if c.dep_ in ("advcl", "xcomp") and c.i > noun.i]
    if any(_adopts_euro(c) for c in clauses):
        return EURO_AREA, 1.0  # "the 20th country to adopt the euro": the euro area's 20th member
    for clause in (c for c in clauses if c.lemma_.lower() in ACCESSION_VERBS):
        for obj in (c for c in clause.children if c.dep_ in ("dobj", "pobj", "prep")):
            target = next((p for p in obj.children if p.dep_ == "pobj"), None) if obj.dep_ == "prep" else obj
            if target is None:
                continue
            named = ctx.entities(phrase_tokens([target]), ("org:",))
            return (named[0], 1.0) if named else org_noun(ctx, target)
    return None, 0.0


def _ranked_states(ctx: Context, noun: Token) -> tuple[list[str], float]:
    """The state the rank is said of: "X became the Nth member", "X joined as the Nth member",
    "X, the Nth member", "the Nth member, X", "NATO's Nth ally and latest member X"."""
    states = ctx.entities(phrase_tokens([c for c in noun.children if c.dep_ == "appos"
                                         and c.lemma_.lower() not in COUNT_NOUNS]), ("state:",))  # not "..., the first ally since X"
    if states:
        return states, 1.0
    head = noun.head
    if noun.dep_ == "appos":
        return ctx.entities(phrase_tokens([head]), ("state:",)), 1.0
    if noun.dep_ == "pobj" and head.lower_ == "as" and head.head.lemma_.lower() in WELCOME_VERBS:
        obj = next((c for c in head.head.children if c.dep_ in ("dobj", "nsubjpass")), None)  # "NATO welcomed Finland as its 31st member"
        return (ctx.entities(phrase_tokens(group(obj)), ("state:",)), 1.0) if obj is not None else ([], 1.0)
    if noun.dep_ == "pobj" and head.lower_ == "as" and head.head.lemma_.lower() in ACCESSION_VERBS:
        head, via = head.head, "as"
    else:
        via = noun.dep_
    if via in ("attr", "as") and head.lemma_.lower() in ("become", "be", *ACCESSION_VERBS):
        subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None and head.dep_ in ("advcl", "xcomp", "conj") and head.tag_ == "VBG":
            subj = next((c for c in head.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)  # "..., becoming the 32nd member"
        if subj is None and head.dep_ == "conj" and head.head.pos_ in ("VERB", "AUX"):
            # "Finland joined NATO in April and became its 31st member": coordinated verbs share a
            # subject, and a tense ("Sweden will join and become the 31st member": a forecast, not read)
            if modality(head.head) != "fact" or negated(head.head) or any(
                    c.dep_ == "aux" for c in (*head.head.children, *head.children)):
                return [], 1.0
            subj = next((c for c in head.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None and head.dep_ == "xcomp" and head.tag_ == "VB":
            # "X failed / hoped to become the 31st member": the subject of the governing verb, which
            # gives the rank its polarity (grammar.negated) and modality
            subj = next((c for c in head.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None and subj.lower_ in RELATIVE_PRONOUNS and head.dep_ == "relcl":
            subj = head.head  # "Sweden, which became NATO's 32nd member in March 2024, ..."
        if subj is not None and subj.lower_ == "it":
            return said_before(ctx, subj), 1.0  # "... It joined as the 16th member."
        if subj is not None and not ctx.entity(subj) and described_state(ctx, subj):
            return described_state(ctx, subj), 1.0  # "... Finland's bid, clearing the way for the Nordic country to become ..."
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
    return any(c.lemma_.lower() not in ACCESSION_VERBS and not _adopts_euro(c) for c in clauses)


EURO_ADOPTING = frozenset({"adopt", "introduce", "join", "switch", "move"})  # not "use": Kosovo uses it too


def _adopts_euro(verb: Token) -> bool:
    """"(the 20th country) to adopt / introduce / switch to the euro": a joining of the euro area."""
    return verb.lemma_.lower() in EURO_ADOPTING and euro_object(verb)


def _rank_words(name, st) -> str:
    org, _, place = st.value.partition("#")
    if place.startswith("newest"):
        rank = f"among the {place[6:]} newest members"
    else:
        rank = "the latest member" if place == "latest" else f"member number {place}"
    return f"{name(st.subject)} is {'not ' if st.polarity == 'negated' else ''}{rank} of {name(org)}"


CHECKS = {"member_rank": check_rank}
WORDS = {"member_rank": _rank_words}
