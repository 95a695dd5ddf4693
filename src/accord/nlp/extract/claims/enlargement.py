"""The dated steps of an enlargement: the invitation to join ("was invited to join NATO in
2008"), the allies' signing of the accession protocol ("allies signed Finland's accession
protocol on 5 July 2022"), each ally's ratification ("Turkey's parliament voted to approve
Finland's bid", "Hungary ratified Sweden's accession", and their negations: "rejected", "refused
to ratify", "did not ratify"), and the completion of the ratifications ("all 30 allies have now
ratified Finland's accession"). The accession itself is `joined` (actions).

A date is linked to a step only when the sentence names that step: the verb that signs,
ratifies or invites carries it in its own clause.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from accord.model import Statement, TimeQualifier
from accord.nlp.extract.claims import _hurdles as hurdles
from accord.nlp.extract.claims._enlargementcheck import (
    check_completed, check_first, check_invited, check_last, check_protocol, check_ratified, check_ratifying_allies,
    check_to_ratify,
)
from accord.nlp.extract.claims._numbers import cardinal, nummod
from accord.nlp.extract.claims.office_predicates import never_alone
from accord.nlp.extract.claims.grammar import (
    RELATIVE_PRONOUNS, Context, clause_tokens, excepted, group, make, modality, negated, phrase_tokens, qualifiers,
    previous_subject, subject_entities, topic, yet_to,
)

ORDER = 33
APPROVE_VERBS = {"ratify", "approve", "endorse"}
REJECT_VERBS = {"reject", "block", "veto"}
REFUSE_HEADS = {"refuse", "decline", "fail"}  # "refused to ratify"
VOTE_HEADS = {"vote", "move"}  # "voted to approve": the vote's clause dates it
ACCESSION_NOUNS = {"accession", "membership", "bid", "application", "protocol", "request", "entry", "admission",
                   "candidacy"}
ALL_WORDS = {"all", "every", "each"}
PLAN_SURE = 0.4

CHECKS = {"accession_protocol": check_protocol, "ratified_accession": check_ratified,
          "accession_ratified": check_completed, "invited_to_join": check_invited, "ratified_last": check_last,
          "ratified_first": check_first, "ratifying_allies": check_ratifying_allies,
          "accession_to_ratify": check_to_ratify}


def extract(ctx: Context, sent: Span) -> list[Statement]:
    out: list[Statement] = []
    for verb in sent:
        if verb.pos_ != "VERB":
            continue
        lemma = verb.lemma_.lower()
        if lemma == "sign":
            signed = _signed_into_law(ctx, verb)
            out += signed if signed is not None else _protocol_signed(ctx, verb)
        elif lemma in APPROVE_VERBS | REJECT_VERBS:
            out += _ratified(ctx, verb)
        elif lemma == "do" and any(c.dep_ == "advmod" and c.lower_ == "so" for c in verb.children):
            out += _done_so(ctx, verb)
        elif lemma == "vote":
            out += _voted_on(ctx, verb)
        elif lemma in ("invite", "extend", "receive"):
            out += _invited(ctx, verb)
        elif lemma in hurdles.LIFT_VERBS:
            out += hurdles.statements(ctx, verb)  # "Hungary lifts Sweden's last hurdle to NATO membership"
    out += [st for tok in sent if tok.lemma_.lower() == "signing" and tok.pos_ == "NOUN"
            for st in _protocol_signing(ctx, tok)]
    out += [st for tok in sent if tok.lemma_.lower() in hurdles.HURDLE_NOUNS for st in _standing_hurdle(ctx, tok)]
    return out + [st for tok in sent if tok.lower_ in HOLDOUTS for st in _holdout(ctx, tok)] \
        + [st for tok in sent if tok.lower_ in ONLY_ONES | ONLY_PLURALS for st in _only_one_not(ctx, tok)]


ONLY_ONES = {"one", "ally", "member", "country", "nation", "state"}
ONLY_PLURALS = {"ones", "allies", "members", "countries", "nations", "states"}


def _done_so(ctx: Context, verb: Token) -> list[Statement]:
    """"Twenty-eight allies have ratified the two countries' accession protocols; Hungary and
    Turkey have yet to do so", "... Hungary did so on Monday": "do so" stands for the ratification
    told just before it, in its sentence or the one before (the nearest verb of ratifying, with
    the accession it names), said of the subject of "do so", with the polarity and time of its
    own clause."""
    ante = _ratifying_before(ctx, verb)
    if ante is None:
        return []
    candidates = _candidates(ctx, _objects(ante)) or _counted_candidates(ctx, _objects(ante))
    if not candidates:
        return []
    head = verb.head if verb.dep_ == "xcomp" else verb
    refused = head is not verb and (head.lemma_.lower() in REFUSE_HEADS or yet_to(verb))
    if head is not verb and not refused:
        return []  # "Hungary is expected to do so": not a ratification
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children):
        return []
    rejected = refused or negated(verb) or negated(head)
    return _ratification(ctx, head, candidates, _objects(ante), rejected)


COUNTED_OWNERS = {"country", "nation", "state", "candidate", "applicant", "newcomer"}


def _counted_candidates(ctx: Context, nouns: list[Token]) -> list[str]:
    """"the two countries' accession protocols": the N states whose accession is pending (`_pending`)
    named before the noun, in its sentence or the BACK sentences before, when there are N of them."""
    if ctx.kb is None:
        return []
    for noun in (n for n in nouns if n.lemma_.lower() in ACCESSION_NOUNS):
        owner = next((c for c in noun.children if c.dep_ == "poss" and c.lemma_.lower() in COUNTED_OWNERS
                      and c.tag_ == "NNS"), None)
        num = nummod(owner) if owner is not None else None
        size = cardinal(num) if num is not None else None
        if size is None:
            continue
        sent, start = noun.sent, noun.sent.start
        tokens = list(ctx.doc[start:owner.i])
        for _ in range(BACK):
            if start == 0:
                break
            before = ctx.doc[start - 1].sent
            tokens = list(before) + tokens
            start = before.start
        found = [s for s in ctx.entities(tokens, ("state:",)) if _pending(ctx, s)]
        return found if len(found) == size else []
    return []


def _pending(ctx: Context, state: str) -> bool:
    """Is the state's accession pending on the article's day: a protocol signed for it by then,
    and not yet a member of that organisation ("Romanian Foreign Minister ..." in 2022 is no
    candidate: Romania's protocol led to its accession in 2004)?"""
    day = str(ctx.doc._.document_date or "")[:10]
    if not day:
        return False
    for f in ctx.kb.facts(subject=state, property="accession_protocol"):
        if f.point_in_time is None or f.point_in_time.value[:len(day)] > day:
            continue
        joined = [m for m in ctx.kb.facts(subject=state, property="member_of", value=f.value)
                  if m.start is not None and m.start.value[:10] <= day]
        if not joined:
            return True
    return False


def _ratifying_before(ctx: Context, verb: Token) -> Token | None:
    """The nearest verb of ratifying ("ratify", "approve") before `verb`, in its sentence or the
    one before."""
    sent = verb.sent
    tokens = list(ctx.doc[sent.start:verb.i])
    if sent.start > 0:
        tokens = list(ctx.doc[sent.start - 1].sent) + tokens
    return next((t for t in reversed(tokens) if t.pos_ == "VERB" and t.lemma_.lower() in APPROVE_VERBS), None)


def _only_ones_not(ctx: Context, noun: Token, verb: Token, candidates: list[str]) -> list[Statement]:
    """"Turkey and Hungary are the only allies that have not ratified Finland's accession": each
    named ally had not ratified it by the clause's day (the article's: `_now`)."""
    allies, clause = _described(ctx, noun)
    if noun.dep_ == "appos":  # "Turkey and Hungary, the only allies that ...": every conjunct
        allies = ctx.entities(phrase_tokens([t for t in group(noun.head) if t.i != noun.i]), ("state:",))
    allies = [a for a in allies if a not in candidates]
    date = ctx.doc._.document_date
    if len(allies) < 2 or not candidates or clause is None or not _now(clause) or negated(clause) or not date:
        return []
    mode = modality(clause)
    sure = {"modality": PLAN_SURE} if mode != "fact" else None
    when = {"end": TimeQualifier(str(date)[:10], "day")}
    return [make(ctx, a, "ratified_accession", c, [noun, verb], clause, True, when, confidence=sure, modality=mode)
            for a in allies for c in candidates]


def _only_one_not(ctx: Context, noun: Token) -> list[Statement]:
    """"Hungary is the only ally that has not ratified Sweden's accession", "Hungary remains the
    only NATO member not to have approved Sweden's membership", "... leaving Hungary as the only
    one of the alliance's 31 members that had not yet approved the bid": the one ally still to
    ratify is a holdout (`ratified_last`), told of now. The accession is the clause's ("Sweden's
    accession"), else, for "the bid", the one accession named in the sentence before."""
    if not any(c.dep_ == "amod" and c.lower_ in ("only", "sole", "lone") for c in noun.children):
        return []
    owners = [noun] + [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                       for p in c.children if p.dep_ == "pobj" and p.lemma_.lower() in RATIFIER_NOUNS]
    verb = next((c for o in owners for c in o.children if c.dep_ in ("relcl", "acl")
                 and c.lemma_.lower() in APPROVE_VERBS and negated(c)), None)
    if verb is None:
        return []
    nouns = [t for c in verb.children if c.dep_ == "dobj" for t in group(c)]
    candidates = _candidates(ctx, nouns) or _candidates_before(ctx, noun, nouns)
    if noun.lower_ in ONLY_PLURALS:
        return _only_ones_not(ctx, noun, verb, candidates)
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "as" and head.head.lemma_.lower() == "leave":
        obj = next((c for c in head.head.children if c.dep_ == "dobj"), None)  # "leaving Hungary as the only one"
        allies, clause = (ctx.entities(phrase_tokens(group(obj)), ("state:",)) if obj is not None else []), head.head
    else:
        allies, clause = _described(ctx, noun)
    allies = [a for a in allies if a not in candidates]
    if len(allies) != 1 or not candidates or clause is None or not _now(clause) or negated(clause):
        return []
    mode = modality(clause)
    sure = {"modality": PLAN_SURE} if mode != "fact" else {}
    return [make(ctx, c, "ratified_last", allies[0], [noun, verb], clause, False, {},
                 confidence=sure or None, modality=mode) for c in candidates]


def _candidates_before(ctx: Context, noun: Token, nouns: list[Token]) -> list[str]:
    """"the bid", "the accession" with no owner: the one state whose accession the sentence before
    names ("Turkey approved Sweden's NATO membership. The ratification left Hungary as ...")."""
    if not any(n.lemma_.lower() in ACCESSION_NOUNS and any(c.lower_ == "the" for c in n.children) for n in nouns):
        return []
    sent = noun.sent
    if sent.start == 0:
        return []
    before = ctx.doc[sent.start - 1].sent
    found = _candidates(ctx, [t for t in before if t.lemma_.lower() in ACCESSION_NOUNS])
    return found if len(found) == 1 else []


HOLDOUTS = {"holdout", "holdouts", "hold-out", "hold-outs"}


def _now(clause: Token) -> bool:
    """A holdout is one at the time the clause tells of: now ("remains", "is", "leaving ...") —
    not "was the last holdout until January", a time the clause does not bound."""
    if clause.lemma_.lower() == "leave":
        return True
    verbs = [clause, *(c for c in clause.children if c.dep_ in ("aux", "auxpass"))]
    return not any(v.tag_ == "VBD" for v in verbs)  # "has delayed" is now, "was", "had delayed" are not
ONLY_WORDS = {"last", "only", "sole", "final", "lone", "remaining"}


def _holdout(ctx: Context, noun: Token) -> list[Statement]:
    """"Hungary remains the last holdout on Sweden's membership", "Hungary, the only remaining
    holdout, ...", "..., leaving Hungary as the only holdout": when the others have all ratified,
    the holdout is the one whose ratification comes last (`ratified_last`). Plural ("the last
    two holdouts") names them all."""
    if not any(c.dep_ == "amod" and c.lower_ in ONLY_WORDS for c in noun.children):
        return []
    candidates = _candidates(ctx, [p for c in noun.children if c.dep_ == "prep" and c.lower_ in ("on", "over", "to", "for")
                                   for p in c.children if p.dep_ == "pobj"])
    candidates = candidates or _candidates(ctx, [t for t in noun.sent if t.lemma_.lower() in ACCESSION_NOUNS])
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "as" and head.head.lemma_.lower() == "leave":
        obj = next((c for c in head.head.children if c.dep_ == "dobj"), None)  # "leaving Hungary as the only holdout"
        allies, clause = (ctx.entities(phrase_tokens(group(obj)), ("state:",)) if obj is not None else []), head.head
    else:
        allies, clause = _described(ctx, noun)
    return _last_ratifiers(ctx, noun, candidates, allies, clause)


def _standing_hurdle(ctx: Context, noun: Token) -> list[Statement]:
    """"Hungary is the last hurdle to Finland's membership", "Turkey remains the final obstacle to
    Sweden's accession": the ally that is an accession's last hurdle, now, is the last to ratify
    it (`ratified_last`, as `_holdout`); plural ("the last two obstacles") names them all. Not
    "was the last hurdle until ..." (a time the clause does not bound: `_now`)."""
    if not any(c.dep_ == "amod" and c.lower_ in hurdles.LAST_WORDS for c in noun.children):
        return []
    if noun.dep_ not in ("attr", "appos"):
        return []
    candidates = hurdles.acceding(ctx, noun.head, noun)
    allies, clause = _described(ctx, noun)
    return _last_ratifiers(ctx, noun, candidates, allies, clause)


def _last_ratifiers(ctx: Context, noun: Token, candidates: list[str], allies: list[str], clause) -> list[Statement]:
    """`ratified_last` of each acceding state: the allies still to ratify, now (a clause `_now`
    bounds), as a plan when the clause is one (`_holdout`, `_standing_hurdle`)."""
    allies = [a for a in allies if a not in candidates]
    if not allies or not candidates or clause is None or not _now(clause):
        return []
    mode = modality(clause)
    sure = {"modality": PLAN_SURE} if mode != "fact" else {}
    return [make(ctx, c, "ratified_last", "+".join(sorted(allies)), [noun], clause, negated(clause), {},
                 confidence=sure or None, modality=mode) for c in candidates]


def _objects(verb: Token) -> list[Token]:
    return [t for c in verb.children if c.dep_ in ("dobj", "nsubjpass") for t in group(c)]


def _candidates(ctx: Context, nouns: list[Token], pronoun: bool = False) -> list[str]:
    """The states whose accession a noun is: "Finland's accession", "the membership of Sweden",
    "the accession protocol for Finland", "Finland and Sweden's bids"."""
    tokens = []
    for noun in nouns:
        if noun.lemma_.lower() not in ACCESSION_NOUNS:
            continue
        for c in noun.children:
            if c.dep_ == "poss" and c.lower_ == "its" and pronoun:  # "X joined after Y ratified its accession": X
                return ctx.entities([t for t in noun.sent if t.i < c.i], ("state:",))[:1]
            if c.dep_ == "poss" and c.lower_ == "whose":  # "Sweden, whose bid remained blocked by ...": Sweden
                clause = next((a for a in noun.ancestors if a.dep_ == "relcl"), None)
                if clause is not None:
                    tokens += [clause.head, *(t for t in clause.head.children if t.dep_ == "compound")]
                continue
            if c.dep_ == "poss":
                tokens += list(c.subtree)
            elif c.dep_ == "prep" and c.lower_ in ("of", "for", "with", "on"):
                tokens += [t for t in c.subtree if t.dep_ != "acl"]
    return ctx.entities(tokens, ("state:",))


def _org_of(ctx: Context, nouns: list[Token]) -> list[str]:
    """The organisation joined: one named in the phrase ("NATO accession protocol", "bid to join
    NATO"), else the article's."""
    return ctx.entities([t for n in nouns for t in n.subtree], ("org:",))[:1] or topic(ctx)


def _kb_orgs(ctx: Context, states: list[str], prop: str) -> list[str]:
    """With no organisation in the sentence or the article: the one the KB has this step for."""
    if ctx.kb is None:
        return []
    orgs = {f.value for s in states for f in ctx.kb.facts(subject=s, property=prop)}
    return sorted(orgs) if len(orgs) == 1 else []


def _when(ctx: Context, verb: Token) -> dict:
    point = qualifiers(ctx, clause_tokens(verb)).get("point_in_time")
    return {"point_in_time": point} if point is not None else {}


def _date_sure(ctx: Context, verb: Token) -> dict[str, float]:
    """A weekday alone ("voted Thursday") is anchored on the article's date: a little less sure."""
    for span, a in ctx.times:
        if span is not None and span.start >= verb.sent.start and span.end <= verb.sent.end \
                and span.text.strip().lower().rstrip("s") in WEEKDAYS:
            return {"date": 0.8}
    return {}


WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}


# -- a head of state's signature ----------------------------------------------------------------------
LAW_NOUNS = {"protocol", "bill", "law", "legislation", "ratification", "decree", "document"}
HEAD_OF_STATE = {"head_of_state", "head_of_state_and_government", "monarch"}


def _signed_into_law(ctx: Context, verb: Token) -> list[Statement] | None:
    """"Erdogan signed Sweden's NATO accession protocol into law on Thursday", "President Sulyok
    signed the bill ratifying Sweden's accession on 5 March": the head of state's signature
    completes the ally's ratification (`ratified_accession`, the state whose head the signer is on
    that day, dated by the signature). None when the signer is no head of state (the allies'
    signing of a protocol: `accession_protocol`)."""
    if ctx.kb is None:
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    people = ctx.entities(phrase_tokens(group(subj)), ("person:",)) if subj is not None else []
    if len(people) != 1:
        return None
    when = _when(ctx, verb)
    day = (when.get("point_in_time").value if when else None) or str(ctx.doc._.document_date or "")[:10]
    allies = _head_of(ctx, people[0], day)
    if not allies:
        return None
    laws = [o for o in _objects(verb) if o.lemma_.lower() in LAW_NOUNS]
    nouns = [t for law in laws for t in law.subtree]
    candidates = _candidates(ctx, [t for t in nouns if t.lemma_.lower() in ACCESSION_NOUNS]) or \
        _candidates(ctx, [law for law in laws if law.lemma_.lower() == "protocol"])
    candidates = [c for c in candidates if c not in allies]
    if not laws or not candidates:
        return []
    mode = modality(verb)
    sure = _date_sure(ctx, verb) | ({"modality": PLAN_SURE} if mode != "fact" else {})
    return [make(ctx, a, "ratified_accession", c, [verb], verb, negated(verb), when,
                 confidence=sure or None, modality=mode) for a in allies for c in candidates]


def _head_of(ctx: Context, person: str, day: str) -> list[str]:
    """The states whose head of state `person` was on `day` (the KB's terms)."""
    from accord.reconcile import timecmp

    out = []
    for fact in ctx.kb.facts(subject=person, property="holds_office"):
        try:
            attrs = ctx.kb.entity(fact.value).attrs or {}
        except Exception:
            continue
        if attrs.get("kind") in HEAD_OF_STATE and str(attrs.get("jurisdiction", "")).startswith("state:") and day \
                and timecmp.active_on(fact.start, fact.end, day, fact.point_in_time):
            out.append(attrs["jurisdiction"])
    return list(dict.fromkeys(out))


# -- accession protocols --------------------------------------------------------------------------
def _protocol_signed(ctx: Context, verb: Token) -> list[Statement]:
    protocols = [o for o in _objects(verb) if o.lemma_.lower() == "protocol"
                 and any(t.lower_ == "accession" for t in o.subtree)]
    if not protocols:
        return []
    states = _candidates(ctx, protocols)
    # "signed accession protocols with Finland", "... for Finland and Sweden" (the phrase hung on the verb)
    states += [s for s in ctx.entities(phrase_tokens([t for c in verb.children if c.dep_ == "prep"
                                                        and c.lower_ in ("with", "for")
                                                        for p in c.children for t in group(p)]), ("state:",))
               if s not in states]
    sure = _date_sure(ctx, verb)
    if not states and ctx.kb is not None and any(t.lower_ == "the" for p in protocols for t in p.children):
        states = _protocols_named_before(ctx, verb)  # "... Finland and Sweden. The accession protocols were signed on 5 July"
        if not states and not _plural(protocols):  # "the accession protocol": the article's one acceding state
            states = the_acceding_state(ctx, verb)
        sure = sure | {"attachment": EARLIER_SURE} if states else sure
    orgs = _org_of(ctx, protocols) or _kb_orgs(ctx, states, "accession_protocol")
    return [make(ctx, s, "accession_protocol", o, [verb], verb, negated(verb), _when(ctx, verb),
                 confidence=sure or None) for s in states for o in orgs]


def _protocol_signing(ctx: Context, noun: Token) -> list[Statement]:
    """"The signing of the accession protocols for Finland and Sweden in July 2022 began ...": the
    signing told by its noun, read where `event_nouns` reads an accession's noun (stated as done,
    the noun's own date, no later than the article's); the states must be written."""
    from accord.nlp.extract.claims.event_nouns import own_date, stated_verb

    protocols = [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                 if p.dep_ == "pobj" and p.lemma_.lower() == "protocol" and any(t.lower_ == "accession" for t in p.subtree)]
    verb = stated_verb(noun) if protocols else None
    if verb is None or negated(noun) or negated(verb) or modality(verb) != "fact":
        return []
    point = own_date(ctx, noun)
    published = str(ctx.doc._.document_date or "")
    if point is None or not published or point.value > published[:len(point.value)]:
        return []
    states = _candidates(ctx, protocols)
    orgs = _org_of(ctx, protocols) or _kb_orgs(ctx, states, "accession_protocol")
    return [make(ctx, s, "accession_protocol", o, [noun], verb, False, {"point_in_time": point})
            for s in states for o in orgs]


EARLIER_SURE = 0.7


def _plural(nouns: list[Token]) -> bool:
    return any(n.tag_ in ("NNS", "NNPS") for n in nouns)


def _protocols_named_before(ctx: Context, verb: Token) -> list[str]:
    """"the accession protocols" with no state of their own: the states named before them in the
    sentence and the one before it, those the KB has a protocol for, when all of theirs were signed
    on one day (else which protocol is meant is not known)."""
    sent = verb.sent
    start = ctx.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    named = ctx.entities([ctx.doc[i] for i in range(start, verb.i)], ("state:",))
    facts = {s: ctx.kb.facts(subject=s, property="accession_protocol") for s in named}
    states = [s for s, f in facts.items() if f]
    days = {f.point_in_time.value for s in states for f in facts[s] if f.point_in_time}
    return states if states and len(days) == 1 else []


# -- ratifications ----------------------------------------------------------------------------------
def _ratified(ctx: Context, verb: Token) -> list[Statement]:
    """"Turkey ratified Finland's accession", "Hungary's parliament approved Sweden's bid",
    "voted to approve", "refused to ratify", "rejected Finland's bid"."""
    candidates = _candidates(ctx, _objects(verb)) or _its_in_time_clause(ctx, verb) or _its_before(ctx, verb)
    last = _last_to_ratify(ctx, verb, candidates or _candidates(ctx, _objects(verb), pronoun=True)
                           or _acceding_before(ctx, verb))
    if last is not None:
        return last
    if not candidates:
        return []
    head = verb.head if verb.dep_ == "xcomp" else verb
    voted = head is not verb and head.lemma_.lower() in VOTE_HEADS
    # "has / is yet to ratify": not ratified by the clause's day, told of it as "has not ratified" is
    refused = head is not verb and (head.lemma_.lower() in REFUSE_HEADS or yet_to(verb))
    if head is not verb and not (voted or refused):
        return []  # "expected to ratify", "urged Hungary to ratify": not a ratification
    if verb.lemma_.lower() in REJECT_VERBS and (negated(verb) or negated(head)):
        return []  # "is no longer blocked by Turkey", "did not veto": an objection lifted, no ratification yet
    rejected = verb.lemma_.lower() in REJECT_VERBS or refused or negated(verb) or negated(head)
    return _ratification(ctx, head, candidates, _objects(verb), rejected)


TIME_MARKS = {"after", "before", "once", "when", "until"}
BACK = 3  # sentences: how far back an objectless "the last ally to ratify" looks for its accession


def _acceding_before(ctx: Context, verb: Token) -> list[str]:
    """"The last of the allies to ratify was Turkey", "Greece was the first to ratify it": with no
    accession of its own (no object, or "it"), the ratification is of the accession the text has
    just told — the one state with an accession protocol (an enlargement since 1997) in the
    nearest of the BACK sentences before, or before the verb in its own, that names one."""
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    if ctx.kb is None or any(o.lower_ != "it" for o in objs) or (objs and not _it_is_an_accession(ctx, verb)):
        return []
    sent = verb.sent
    spans = [ctx.doc[sent.start:verb.i]]
    start = sent.start
    for _ in range(BACK):
        if start == 0:
            break
        before = ctx.doc[start - 1].sent
        spans.append(before)
        start = before.start
    for span in spans:
        acceding = [s for s in ctx.entities(span, ("state:",)) if ctx.kb.facts(subject=s, property="accession_protocol")]
        if acceding:
            return acceding if len(acceding) == 1 else []
    return the_acceding_state(ctx, verb)


OTHER_TEXTS = {"agreement", "treaty", "deal", "law", "bill", "pact", "accord", "declaration", "budget"}


def _it_is_an_accession(ctx: Context, verb: Token) -> bool:
    """ "signed the accession protocol ..., and Greece was the first to ratify it": "it" is an
    accession when the nearest document noun before it (in its sentence or the one before) is one
    ("the Prespa Agreement ... Greece was the first to ratify it" is the agreement)."""
    sent = verb.sent
    start = ctx.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    for tok in reversed(ctx.doc[start:verb.i]):
        low = tok.lemma_.lower()
        if low in ACCESSION_NOUNS and tok.pos_ in ("NOUN", "PROPN"):
            return True
        if low in OTHER_TEXTS and tok.pos_ in ("NOUN", "PROPN"):
            return False
    return False


def the_acceding_state(ctx: Context, verb: Token) -> list[str]:
    """The one state with an accession protocol (an enlargement since 1997) the whole text names
    before `verb`: the article's acceding state ("North Macedonia became the 30th member ... The
    allies signed the accession protocol on 6 February 2019"); [] when none or several."""
    acceding = [s for s in ctx.entities(ctx.doc[:verb.i], ("state:",)) if ctx.kb.facts(subject=s, property="accession_protocol")]
    return acceding if len(acceding) == 1 else []


def _its_before(ctx: Context, verb: Token) -> list[str]:
    """"Sweden remains outside. Turkey and Hungary have yet to ratify its bid.": "its" accession,
    with no state before it in its own sentence, is that of the state that is the whole subject of
    the sentence before (one state, nothing else, as `grammar.said_before` reads "it")."""

    nouns = [n for n in _objects(verb) if n.lemma_.lower() in ACCESSION_NOUNS]
    its = next((c for n in nouns for c in n.children if c.dep_ == "poss" and c.lower_ == "its"), None)
    if its is None or ctx.entities([t for t in verb.sent if t.i < its.i and t.dep_ != "poss"], ("org:",)):
        return []  # "NATO ... its" is the organisation's
    subjects = subject_entities(ctx, verb.head if verb.dep_ == "xcomp" else verb, ("state:",))
    return [s for s in _whole_subject_before(ctx, verb) if s not in subjects]


def _whole_subject_before(ctx: Context, verb: Token) -> list[str]:
    subj = previous_subject(ctx, verb.sent)
    if subj is None:
        return []
    ent = ctx.entity(subj)
    return [ent] if ent is not None and ent.startswith("state:") else []


def _its_in_time_clause(ctx: Context, verb: Token) -> list[str]:
    """"Sweden joined NATO after Hungary ratified its bid" (issue 12, mem12u): in a clause of time
    on the main verb, "its" accession is the main clause's subject's."""
    if verb.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ in TIME_MARKS for c in verb.children):
        return []
    owner = _candidates(ctx, _objects(verb), pronoun=True)
    return owner if owner and owner[0] in subject_entities(ctx, verb.head, ("state:",)) else []


LAST_WORDS = {"last", "final"}
FIRST_WORDS = {"first"}
RATIFIER_NOUNS = {"ally", "member", "country", "nation", "state", "parliament", "holdout", "one"}
BE_VERBS = {"be", "become", "remain"}


def _last_to_ratify(ctx: Context, verb: Token, candidates: list[str]) -> list[Statement] | None:
    """"Hungary was / became the last ally to ratify Sweden's accession", "Hungary, the last NATO
    member to approve ...", "The last country to ratify Finland's bid was Turkey", "Turkey was the
    last to ratify ...", "Hungary and Turkey were the last two allies to approve ...": who
    completed the ratifications (`ratified_last`), and that they ratified (dated by "became ...
    on Monday"). None when the verb is not told so."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    noun = verb.head if verb.dep_ in ("relcl", "acl", "xcomp", "advcl") else None
    if verb.dep_ in ("csubj", "ccomp"):  # "The final NATO member to approve Sweden's bid was Hungary", parsed on the verb
        noun = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if noun is None:
        return None
    if noun.lemma_.lower() in BE_VERBS:  # "became the last NATO member to ratify", parsed on the verb
        noun = next((c for c in noun.children if c.dep_ == "attr"), None)
        if noun is None:
            return None
    rank = noun.lower_ if noun.lower_ in LAST_WORDS | FIRST_WORDS else next(
        (c.lower_ for c in noun.children if c.dep_ == "amod" and c.lower_ in LAST_WORDS | FIRST_WORDS), None)
    if rank is None or (noun.lower_ not in LAST_WORDS | FIRST_WORDS and noun.lemma_.lower() not in RATIFIER_NOUNS):
        return None
    prop = "ratified_first" if rank in FIRST_WORDS else "ratified_last"
    allies, clause = _described(ctx, noun)
    allies = [a for a in allies if a not in candidates]
    if not allies or clause is None:
        return []
    rejected = negated(clause) or negated(verb)
    mode = modality(clause)
    sure = _date_sure(ctx, clause) | ({"modality": PLAN_SURE} if mode != "fact" else {})
    out = [make(ctx, c, prop, "+".join(sorted(allies)), [noun, verb], clause, rejected, {},
                confidence=sure or None, modality=mode) for c in candidates]
    if not rejected and clause.lemma_.lower() == "become":  # "became the last ... on Monday": the day it ratified
        out += [make(ctx, a, "ratified_accession", c, [verb], clause, False, _when(ctx, clause),
                     confidence=sure or None, modality=mode) for a in allies for c in candidates]
    return out


def _described(ctx: Context, noun: Token) -> tuple[list[str], Token | None]:
    """The states a "the last ally to ratify" phrase is said of, and the clause saying it."""
    head = noun.head
    if noun.dep_ == "attr" and head.lemma_.lower() in BE_VERBS:
        subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        return (ctx.entities(phrase_tokens(group(subj)), ("state:",)) if subj is not None else []), head
    if noun.dep_ == "nsubj" and head.dep_ in ("csubj", "ccomp") and head.head.lemma_.lower() in BE_VERBS:
        head = head.head
    if noun.dep_ == "nsubj" and head.lemma_.lower() in BE_VERBS:
        attr = next((c for c in head.children if c.dep_ == "attr"), None)
        return (ctx.entities(phrase_tokens(group(attr)), ("state:",)) if attr is not None else []), head
    if noun.dep_ == "appos":
        return ctx.entities(phrase_tokens([head]), ("state:",)), governor_of(head)
    return [], None


def governor_of(tok: Token) -> Token:
    for anc in [tok, *tok.ancestors]:
        if anc.pos_ in ("VERB", "AUX"):
            return anc
    return tok


def _voted_on(ctx: Context, verb: Token) -> list[Statement]:
    """"voted for / against Finland's accession"."""
    out = []
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("for", "against")):
        nouns = [t for p in prep.children if p.dep_ == "pobj" for t in group(p)]
        candidates = _candidates(ctx, nouns)
        if candidates:
            out += _ratification(ctx, verb, candidates, nouns, prep.lower_ == "against" or negated(verb))
    return out


def _ratification(ctx, head: Token, candidates: list[str], nouns: list[Token], rejected: bool) -> list[Statement]:
    """The statements: the ratifying ally is the subject ("Turkey", "Turkey's parliament",
    "Hungarian lawmakers"), never the candidate itself; `head` is the verb whose clause dates it."""
    agent = [p for c in head.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
    # the passive's agent ratifies or blocks ("Sweden's bid was blocked by Turkey and Hungary")
    subj = agent[0] if agent else next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    unsigned = _to_ratify(ctx, head, candidates, nouns, rejected)
    if subj is None or any(c.lower_ in ALL_WORDS for c in subj.subtree):
        if subj is not None and excepted(ctx, head.sent):
            return unsigned  # "All allies except Hungary and Turkey have ratified": not all of them
        return _completed(ctx, head, subj, candidates, nouns, rejected) + unsigned
    allies = [s for s in ctx.entities(phrase_tokens(group(subj)), ("state:",)) if s not in candidates]
    mode = modality(head)
    sure = _date_sure(ctx, head) | ({"modality": PLAN_SURE} if mode != "fact" else {})
    when = _when(ctx, head)
    if not when and (_still(head) or never_alone(head)) and ctx.doc._.document_date:
        # "Sweden's bid remains / remained blocked by Hungary", "Hungary is blocking it", "has not
        # yet ratified", "Turkey never ratified it": not ratified up to the article's day (`end`:
        # the refusal lasted at least until then); "Hungary has (already) ratified it": ratified by then
        when = {"end": TimeQualifier(str(ctx.doc._.document_date)[:10], "day")}
    return [make(ctx, a, "ratified_accession", c, [head], head, rejected, when,
                 confidence=sure or None, modality=mode) for a in allies for c in candidates] + unsigned


def _to_ratify(ctx, head: Token, candidates: list[str], nouns: list[Token], rejected: bool) -> list[Statement]:
    """An ally that ratifies (or approves) a state's accession ratifies the protocol the allies
    signed for it: "Turkey's parliament voted to approve Peru's bid to join NATO" says there was
    one (`accession_to_ratify`, the state and the organisation: the one named in the phrase, else
    the article's, when the KB lists that one's protocols). Only an affirmed ratification told as
    a fact."""
    if rejected or modality(head) != "fact" or ctx.kb is None:
        return []
    orgs = [o for o in _org_of(ctx, nouns) if ctx.kb.facts(property="accession_protocol", value=o)]
    return [make(ctx, c, "accession_to_ratify", o, [head], head, False, _when(ctx, head),
                 confidence=_date_sure(ctx, head) or None) for c in candidates for o in orgs]


def _still(verb: Token) -> bool:
    """Does the clause tell of the article's day: a present tense ("blocks", "is blocking", "remains
    blocked", "is still blocked"), or "remained blocked" with no time of its own ("had", "until"
    and "for months" tell of another)?"""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(c.lower_ in ("had", "'d", "will", "would", "could", "might") for c in auxes):
        return False
    if any(t.lower_ in ("until", "till", "before", "for", "since", "when", "after") for t in verb.subtree):
        return False
    if verb.tag_ in ("VBZ", "VBP") and not auxes:
        return True
    return any(c.tag_ in ("VBZ", "VBP") or c.lower_ in ("remain", "remains", "remained") for c in auxes)


def _completed(ctx, head, subj, candidates, nouns, rejected) -> list[Statement]:
    """"all 30 allies have ratified Finland's accession": every ratification done by then."""
    if subj is None or not any(t.lemma_.lower() in ("ally", "member", "state", "country", "nation", "parliament")
                               for t in subj.subtree):
        return []
    orgs = _org_of(ctx, nouns)
    when = _when(ctx, head) or _completing_vote(ctx, head)
    mode = modality(head)  # "will join only once every ally has ratified it": a day to come
    sure = _date_sure(ctx, head) | ({"modality": PLAN_SURE} if mode != "fact" else {})
    out = [make(ctx, c, "accession_ratified", o, [head], head, rejected, when,
                confidence=sure or None, modality=mode) for c in candidates for o in orgs]
    # "all 30 allies have ratified Finland's accession": every member on the day it was complete
    counted = next((t for t in subj.subtree if t.lemma_.lower() in ("ally", "member", "state", "country", "nation")
                    and nummod(t) is not None and any(c.lower_ == "all" for c in t.subtree)), None)
    number = cardinal(nummod(counted)) if counted is not None else None
    if number and not rejected:
        out += [make(ctx, c, "ratifying_allies", f"{o}#{number}", [counted, head], head, False, {},
                     confidence=_date_sure(ctx, head) or None) for c in candidates for o in orgs]
    return out


COMPLETING_NOUNS = {"vote", "approval", "ratification", "decision"}


def _completing_vote(ctx, head: Token) -> dict:
    """"Thursday's vote means that all allies have now ratified Finland's accession": the vote
    that completed the ratifications dates them (its possessive or modifying date: "Thursday's",
    "the 30 March vote"); else nothing."""
    mean = head.head
    if head.dep_ != "ccomp" or mean.lemma_.lower() != "mean" or negated(mean):
        return {}
    subj = next((c for c in mean.children if c.dep_ == "nsubj" and c.lemma_.lower() in COMPLETING_NOUNS), None)
    if subj is None:
        return {}
    dated = {t.i for c in subj.lefts if c.dep_ in ("poss", "compound", "nmod", "npadvmod") for t in c.subtree}
    point = qualifiers(ctx, dated).get("point_in_time") if dated else None
    return {"point_in_time": point} if point is not None else {}


# -- invitations --------------------------------------------------------------------------------------
def _invited(ctx: Context, verb: Token) -> list[Statement]:
    """"X was invited to join (NATO) in 2008", "NATO invited X to join", "X was extended /
    received an invitation to join"."""
    if verb.lemma_.lower() == "invite":
        join = next((c for c in verb.children if c.dep_ == "xcomp" and (c.lemma_.lower() == "join" or _talks(c))), None)
        invited = [c for c in verb.children if c.dep_ in ("nsubjpass", "dobj")]
    else:
        invitation = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() == "invitation"), None)
        join = next((c for c in invitation.children if c.dep_ == "acl" and c.lemma_.lower() == "join"), None) \
            if invitation is not None else None
        invited = [c for c in verb.children if c.dep_ in ("nsubjpass", "nsubj", "dative")]
        if verb.lemma_.lower() == "extend":  # "NATO extended an invitation to Montenegro"
            invited += [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" for p in c.children]
    when = _when(ctx, verb)
    sure = _date_sure(ctx, verb)
    if join is not None and not when:
        when, sure = _at_summit(ctx, verb, join)
    if join is None or not when:
        return []  # undated, it is the invitations family's `invited_to`
    states = ctx.entities(phrase_tokens([t for i in invited for t in group(i)]), ("state:",))
    if not states and verb.dep_ == "relcl" and any(i.lower_ in RELATIVE_PRONOUNS for i in invited):
        states = subject_entities(ctx, verb, ("state:",))  # "Poland, which was (not) invited to join ..."
    orgs = ctx.entities([t for c in join.children if c.dep_ == "dobj" for t in c.subtree], ("org:",)) or topic(ctx)
    return [make(ctx, s, "invited_to_join", o, [verb], verb, negated(verb), when,
                 confidence=sure or None) for s in states for o in orgs]


TALK_VERBS = {"begin", "start", "open", "launch", "hold"}
TALK_NOUNS = {"talk", "talks", "negotiation", "negotiations"}


def _talks(verb: Token) -> bool:
    """ "invited X to begin accession talks": NATO's invitation to join (the KB's `invited_to_join`
    is this step), said with "accession" or "membership" on the talks."""
    return verb.lemma_.lower() in TALK_VERBS and any(
        c.dep_ == "dobj" and c.lemma_.lower() in TALK_NOUNS
        and any(m.lemma_.lower() in ("accession", "membership") for m in c.children if m.dep_ in ("compound", "amod", "nmod"))
        for c in verb.children)


def _at_summit(ctx: Context, verb: Token, join: Token) -> tuple[dict, dict]:
    """"X and Y were invited to join at the 2008 Bucharest summit": the month of the summit the
    "at" / "during" phrase names (its link to a KB event; its month, as an invitation is dated to
    the summit's day that the KB may not give). ({}, {}) when there is none."""
    from accord.nlp.extract.claims.summits import EVENT_NOUNS, focal, link_noun, place_clues

    if ctx.kb is None:
        return {}, {}
    for prep in (c for h in (verb, join) for c in h.children if c.dep_ == "prep" and c.lower_ in ("at", "during")):
        for noun in (t for t in prep.subtree if t.lemma_.lower() in EVENT_NOUNS):
            link = link_noun(ctx, noun, place_clues(ctx, noun.sent, {t.i for t in noun.subtree}, noun), {}, focal(ctx))
            if link is None:
                continue
            days = [f.start or f.point_in_time for f in ctx.kb.facts(subject=link.event, property="took_place_on")]
            days = [d for d in days if d is not None and len(d.value) >= 7]
            if days:
                sure = {"event": link.confidence} if link.confidence < 1.0 else {}
                return {"point_in_time": TimeQualifier(days[0].value[:7], "month")}, sure
    return {}, {}


def _last_words(name, st) -> str:
    named = st.value.split("+")
    verb = ("were" if len(named) > 1 else "was") + (" not" if st.polarity == "negated" else "")
    return f"{' and '.join(name(a) for a in named)} {verb} the last to ratify {name(st.subject)}'s accession"


def _first_words(name, st) -> str:
    named = st.value.split("+")
    verb = ("were" if len(named) > 1 else "was") + (" not" if st.polarity == "negated" else "")
    return f"{' and '.join(name(a) for a in named)} {verb} the first to ratify {name(st.subject)}'s accession"


def _allies_words(name, st) -> str:
    org, _, number = st.value.partition("#")
    return f"all {number} members of {name(org)} ratified {name(st.subject)}'s accession"


def _to_ratify_words(name, st) -> str:
    return f"an ally ratified {name(st.subject)}'s accession to {name(st.value)}"


WORDS = {"ratified_last": _last_words, "ratified_first": _first_words, "ratifying_allies": _allies_words,
         "accession_to_ratify": _to_ratify_words}
