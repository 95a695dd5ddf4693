"""Claims told by a verb: accessions ("joined", "acceded", "the alliance expanded to include"),
applications to join, candidate status granted, invasions and contributions (leading an
organisation, a ministry or a state is led_offices.py's). (A dated accession told by its noun, "Finland's accession to NATO
on 4 April 2023", is `event_nouns`'s.)
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from accord.model import Statement
from accord.nlp.extract.claims import _admissions as admissions
from accord.nlp.extract.claims import _inverted_subjects as inverted
from accord.nlp.extract.claims import _join_objects as join_objects
from accord.nlp.extract.claims._membership import check_application
from accord.nlp.extract.claims._past_denials import PAST_OCCASION_SURE, past_occasion
from accord.nlp.extract.claims.grammar import (
    Context, agent_tokens, clause_tokens, excepted, group, make, owner_states, modality, negated, never, yet_to, object_entities, one_date,
    passive, phrase_tokens, prep_entities, qualifiers, subject_entities, topic, UNASSERTED, not_until, until_time,
)
from accord.reconcile import timecmp
from accord.reconcile.kbcheck import Verdict, fact_evidence

ORDER = 30
HEAD_KINDS = {"secretary_general"}  # offices that head an organisation (KB attrs.kind)
SUBMIT_VERBS = {"submit", "file", "hand", "lodge", "deliver"}  # "submitted their applications to join"
RECEIVE_VERBS = {"receive", "obtain", "gain", "win", "get"}  # "received EU candidate status"
DENY_VERBS = {"deny", "refuse"}  # "Georgia was denied candidate status": the grant denied
DECIDE_VERBS = {"decide", "vote"}  # "decided on 23 June 2022 to grant candidate status"
LEAVE_VERBS = {"leave", "quit", "exit", "withdraw"}  # "Britain left the EU", "withdrew from NATO's"... not
EXPEL_VERBS = {"expel", "suspend", "kick"}  # "Russia was expelled from the Council of Europe" ("kick" with "out of")
DONE_AUX = {"did", "has", "have", "had", "'s", "'ve", "'d"}  # "left", "did not leave", "has left": told as done
CHECKS = {"applied_to": check_application, "left": lambda checker, st, on: check_left(checker, st, on)}


def extract(ctx: Context, sent: Span) -> list[Statement]:
    return verb_statements(ctx, sent)


def verb_statements(ctx: Context, sent: Span) -> list[Statement]:
    out = [st for tok in sent if tok.lemma_.lower() in COMPLETED_NOUNS and tok.pos_ == "NOUN"
            for st in _accession_completed(ctx, tok)]
    for verb in sent:
        lemma = verb.lemma_.lower()
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        if lemma in ("join", "accede") and not (verb.dep_ == "xcomp" and modality(verb) != "fact") \
                and not _prepositional_gerund(verb) and not _gerund_in_question(verb):
            # (joining under another verb, "applied/was invited/hopes to join", is that verb's claim)
            orgs = _joined_orgs(ctx, verb) or _joined_as(ctx, verb)
            if orgs and orgs == topic(ctx) and not _joined_orgs(ctx, verb) and _other_org_before(ctx, verb, orgs[0]):
                orgs = []  # "... the EU's enlargement. Croatia joined in 2013 as the 28th member state"
            passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)
            if not orgs and not passive and not any(c.dep_ in ("dobj", "prep", "xcomp") and not _time_prep(ctx, c)
                                                    for c in verb.children):
                orgs = topic(ctx)  # "Croatia, which joined on 1 July 2013", "Sweden, which joined in March"
                # (not a passive: "Ethiopia and Eritrea were once joined" is joined to each other)
                if orgs and _other_org_before(ctx, verb, orgs[0]):
                    orgs = []  # "BRICS took in Egypt in 2024, and Indonesia joined this month"
            subjects = subject_entities(ctx, verb, ("state:",)) or _grouped(ctx, verb)
            copula = None if subjects else ranked_joiner(verb)
            if copula is not None:  # "Croatia was the last country to join the EU, in 2013" (body22)
                subjects = subject_entities(ctx, copula, ("state:",))
            out += _joined(ctx, verb, subjects, orgs, ranked=copula)
            out += _joined_framework(ctx, verb)
        elif lemma in admissions.ADMIT_VERBS:
            out += admissions.statements(ctx, verb)  # "NATO added Greece and Turkey in 1952"
        elif lemma in LEAVE_VERBS:
            out += _left(ctx, verb)
        elif lemma in EXPEL_VERBS:
            out += _expelled(ctx, verb)
        elif lemma == "apply" or lemma in SUBMIT_VERBS:
            out += _applications(ctx, verb)
        elif lemma in ("grant", *DENY_VERBS, *RECEIVE_VERBS) and _candidate_status(verb):
            # "Ukraine was granted candidate status in June 2022"; "both countries were granted ...";
            # "decided on 23 June 2022 to grant candidate status to ..."; "received EU candidate status"
            orgs = _status_org(ctx, verb) or prep_entities(ctx, verb, ("for", "by"), ("org:",)) or topic(ctx)
            point = one_date(qualifiers(ctx, _grant_tokens(verb)))
            states = subject_entities(ctx, verb, ("state:",)) if lemma in RECEIVE_VERBS else _granted(ctx, verb)
            # a dated decision is the grant ("decided on 23 June 2022 to grant"); undated it may be of days to come
            decided = point is not None and verb.dep_ == "xcomp" and verb.head.lemma_.lower() in DECIDE_VERBS
            anchor = verb.head if decided else verb
            # the grant's own "not" ("decided not to grant") or an antonym ("was denied candidate status")
            # denies it; a "not" on the deciding head ("did not decide to grant") leaves it unsaid
            antonym = lemma in DENY_VERBS
            if antonym and negated(verb):
                continue  # "was not denied the status": no grant said
            unsaid = UNASSERTED if anchor is not verb and negated(anchor) else {}
            if (antonym or negated(verb)) and point is None and past_occasion(verb):
                # "Georgia was not granted candidate status": of some earlier occasion, not of today
                unsaid = {**unsaid, "date": min(unsaid.get("date", 1.0), PAST_OCCASION_SURE)}
            out += [make(ctx, s, "candidate_for", o, [verb], anchor, antonym or negated(verb),
                         {"start": point} if point else {}, confidence=unsaid)
                    for s in states for o in orgs]
        elif lemma == "include" and verb.head.lemma_.lower() in ("expand", "grow", "enlarge"):
            orgs = subject_entities(ctx, verb.head, ("org:",)) or topic(ctx)
            out += _joined(ctx, verb, object_entities(ctx, verb, ("state:",)), orgs, extra_time=verb.head)
        elif lemma == "invade":
            for s, o in _invasions(ctx, verb):
                    out.append(make(ctx, s, "invaded", o, [verb], verb, negated(verb),
                                    qualifiers(ctx, clause_tokens(verb))))
        elif lemma == "contribute":
            for s in subject_entities(ctx, verb, ("state:",)):
                for o in prep_entities(ctx, verb, ("to",), ("org:",)):
                    out.append(make(ctx, s, "contributed_to", o, [verb], verb, negated(verb),
                                    qualifiers(ctx, clause_tokens(verb), periods=True)))
    return out



def _prepositional_gerund(verb: Token) -> bool:
    """"Turkey lifted its veto on Finland and Sweden joining NATO": a gerund whose subject is the
    object of a preposition just before it (the parser hung it on the clause's verb) tells of
    joining as a prospect, and the clause's subject is not the one joining."""
    if verb.tag_ != "VBG" or verb.i == 0:
        return False
    before = verb.doc[verb.i - 1]
    while before.dep_ == "conj" and before.head.i < before.i:
        before = before.head
    return before.pos_ in ("PROPN", "NOUN") and before.dep_ == "pobj" and not any(
        c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


#: prepositions that make a gerund of joining the question at issue, not a deed: "voted on
#: joining the EU", "a debate about joining", "campaigned against joining"
QUESTION_PREPS = frozenset({"on", "about", "over", "against", "regarding", "concerning"})


def _gerund_in_question(verb: Token) -> bool:
    """"Norwegians voted on joining the European Union, and they said no" (fa21): a gerund of
    joining under "on", "about", "over" or "against" is the matter voted on or argued about, not
    an accession. "After joining", "since joining" tell one that happened, and are read."""
    return verb.tag_ == "VBG" and verb.dep_ == "pcomp" and verb.head.lower_ in QUESTION_PREPS


def _other_org_before(ctx: Context, verb: Token, topic_org: str) -> bool:
    """Is the organisation named last before a bare "joined" (in its sentence or the one before)
    another than the article's ("Spain is not a member of BRICS. The group took in Egypt in 2024,
    and Indonesia joined this month.", fa21): the joining is most likely of that one, not of the
    article's organisation, so it is not given to the article's."""
    doc = verb.doc
    first = doc[verb.sent.start - 1].sent.start if verb.sent.start > 0 else verb.sent.start
    for tok in reversed(doc[first:verb.i]):
        found = ctx.entities([tok], ("org:",))
        if found:
            return found[0] != topic_org
    return False


def _joined_orgs(ctx: Context, verb: Token) -> list[str]:
    """The organisations joined: the object itself ("joined NATO", "joined the NATO alliance"),
    never one that owns what was joined ("joined NATO's Partnership for Peace", "the EU's
    customs union")."""
    objs = [c for c in verb.children if c.dep_ in ("dobj", "attr")]
    objs += [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" for p in c.children]
    heads = [t for o in objs for t in group(o)]
    own = [t for h in heads for t in (h, *(c for c in h.children if c.dep_ == "compound"))]
    return ctx.entities(own, ("org:",))


def _joined_as(ctx: Context, verb: Token) -> list[str]:
    """"joined on 30 May 1982 as the alliance's 16th member": the organisation the "as" phrase
    makes the state a member of (named, or the alliance the article is about)."""
    from accord.nlp.extract.claims.counts import COUNT_NOUNS, org_of

    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"):
        for noun in (p for p in prep.children if p.dep_ == "pobj" and p.lemma_.lower() in COUNT_NOUNS):
            org, sure = org_of(ctx, noun)
            if org is not None and sure >= 0.7:
                return [org]
    return []


def _joined_framework(ctx: Context, verb: Token) -> list[Statement]:
    """ "North Macedonia joined NATO's Partnership for Peace in 1995": joining a partnership
    framework the KB knows (a programme whose kind is "partnership framework") starts a
    partnership with its organisation then."""
    if ctx.kb is None:
        return []
    objs = [c for c in verb.children if c.dep_ in ("dobj", "attr")]
    out = []
    for programme in ctx.entities([t for o in objs for t in (o, *o.children) if t.dep_ != "poss"], ("programme:",)):
        attrs = ctx.kb.entity(programme).attrs if ctx.kb.has(programme) else {}
        if attrs.get("kind") != "partnership framework" or not attrs.get("org"):
            continue
        start = one_date(qualifiers(ctx, clause_tokens(verb)))
        out += [make(ctx, s, "partner_of", attrs["org"], [verb], verb, negated(verb), {"start": start} if start else {})
                for s in subject_entities(ctx, verb, ("state:",))]
    return out


COMPLETED_NOUNS = {"accession", "membership"}
COMPLETE_VERBS = {"complete", "finalize", "finalise", "seal", "formalize", "formalise"}


def _accession_completed(ctx: Context, noun: Token) -> list[Statement]:
    """"Finland's accession was completed on Tuesday", "Sweden's NATO membership took effect on
    Thursday", "Sweden's membership became official on 7 March": the accession, dated by the verb
    that completes it (its polarity: "was not completed"), never a date to come."""
    verb = noun.head
    if noun.dep_ not in ("nsubj", "nsubjpass"):
        return []
    lemma = verb.lemma_.lower()
    takes_effect = lemma == "take" and any(c.dep_ == "dobj" and c.lower_ == "effect" for c in verb.children)
    official = lemma == "become" and any(c.dep_ in ("acomp", "attr") and c.lower_ in ("official", "final", "effective")
                                         for c in verb.children)
    if not (lemma in COMPLETE_VERBS or takes_effect or official) or modality(verb) != "fact":
        return []
    states = ctx.entities(phrase_tokens([c for c in noun.children if c.dep_ == "poss"]), ("state:",))
    orgs = ctx.entities(phrase_tokens([p for c in noun.children if c.dep_ == "prep" and c.lower_ == "to"
                                       for p in c.children]), ("org:",)) or \
        ctx.entities([c for c in noun.children if c.dep_ == "compound"], ("org:",)) or topic(ctx)
    point = one_date(qualifiers(ctx, clause_tokens(verb)))
    published = str(ctx.doc._.document_date or "")
    if point is None or not published or point.value > published[:len(point.value)]:
        return []
    return [make(ctx, s, "joined", o, [noun, verb], verb, negated(verb), {"point_in_time": point})
            for s in states for o in orgs]


def _time_prep(ctx: Context, prep: Token) -> bool:
    """ "in March", "on Thursday", "in 2004": a preposition that only dates the verb, so it is no
    object of what was joined."""
    return prep.dep_ == "prep" and prep.lower_ in ("on", "in", "since") and \
        bool(ctx.times_in({t.i for t in prep.subtree})) and not ctx.entities(prep.subtree, ("org:", "state:"))


def _invasions(ctx: Context, verb: Token) -> list[tuple[str, str]]:
    """(invader, invaded): the subject and the object, or for a passive ("Ukraine was invaded by
    Russia") the state after "by" and the subject."""
    if passive(verb):
        invaders = ctx.entities(phrase_tokens(agent_tokens(verb)), ("state:",))
        invaded = subject_entities(ctx, verb, ("state:",))
    else:
        invaders, invaded = subject_entities(ctx, verb, ("state:",)), object_entities(ctx, verb, ("state:",))
    return [(s, o) for s in invaders for o in invaded if s != o]


def _status_org(ctx: Context, verb: Token) -> list[str]:
    """ "EU candidate status": the organisation named on the status noun itself."""
    status = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() == "status"]
    return ctx.entities([t for s in status for t in s.subtree if t.dep_ in ("compound", "amod", "poss")], ("org:",))


def _grant_tokens(verb: Token) -> set[int]:
    """The tokens that date a grant; for "decided/agreed on 23 June 2022 to grant ..." also the
    deciding verb's own dates (the decision is the grant)."""
    tokens = clause_tokens(verb)
    head = verb.head
    if verb.dep_ == "xcomp" and head.lemma_.lower() in DECIDE_VERBS:
        tokens |= {t.i for c in head.children if c.dep_ in ("prep", "npadvmod") for t in c.subtree}
    return tokens


def _candidate_status(verb: Token) -> bool:
    return any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() == "status"
               and any(m.lower_ == "candidate" for m in c.children) for c in verb.children)


def _granted(ctx: Context, verb: Token) -> list[str]:
    """Who was granted it: the named states, or for "both countries" / "the two countries" the
    states named earlier in the sentence."""
    named = subject_entities(ctx, verb, ("state:",)) or object_entities(ctx, verb, ("state:",)) \
        or ctx.entities(phrase_tokens([p for c in verb.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"
                                       for p in c.children]), ("state:",))  # "grant candidate status to X"
    if named:
        return named
    subj = next((c for c in verb.children if c.dep_ in ("nsubjpass", "dative")), None)
    if subj is None or subj.lemma_.lower() != "country" or subj.tag_ != "NNS":
        return []
    return ctx.entities([t for t in verb.sent if t.i < subj.i], ("state:",))


def _join_clause(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in ("xcomp", "acl") and c.lemma_.lower() == "join"), None)


def _applications(ctx: Context, verb: Token) -> list[Statement]:
    """"Sweden applied to join (the alliance) in May 2022", "applied for NATO membership",
    "submitted their applications to join NATO", "Finland's application to join NATO was
    submitted", "submitted their NATO applications" (the organisation named on "application"
    itself; not on "bid" or "request", which may be for anything): who applied to which
    organisation, and when when the clause says."""
    named: list[str] = []  # "submitted their NATO applications": the organisation on the noun
    if verb.lemma_.lower() == "apply":
        target, states = _join_clause(verb) or _membership_of(verb), subject_entities(ctx, verb, ("state:",)) \
            or inverted.inverted_subjects(ctx, verb, ("state:",))  # "Also applying for NATO membership are X, Y"
    else:
        form = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")
                     and c.lemma_.lower() in ("application", "bid", "request")), None)
        if form is None:
            return []
        target = _join_clause(form) or _membership_of(form)
        if target is None and form.lemma_.lower() in ("bid", "request", "application"):
            # "submitted their (NATO) membership bids": the membership named on the noun
            target = next((c for c in form.children if c.dep_ == "compound" and c.lemma_.lower() in ("membership", "accession")), None)
        if target is None and form.lemma_.lower() == "application":
            named = ctx.entities([c for c in form.children if c.dep_ == "compound"], ("org:",))
        owners = [c for c in form.children if c.dep_ == "poss"]
        states = owner_states(ctx, owners) if form.dep_ == "nsubjpass" else []  # "Finland's", "the country's"
        states = states or subject_entities(ctx, verb, ("state:",))
    if target is None and not named:
        return _bare_application(ctx, verb, states)
    if named:
        orgs = named
    else:
        if target.lemma_.lower() == "join":  # "join NATO", "the alliance"; not "the EU's Schengen scheme"
            orgs = join_objects.joined_organisations(ctx, target)
        else:
            orgs = ctx.entities(phrase_tokens([target]), ("org:",)) or \
                ctx.entities([c for c in target.head.children if c.dep_ == "compound"], ("org:",)) or topic(ctx)
    point = one_date(qualifiers(ctx, _own_clause(verb)))
    return [make(ctx, s, "applied_to", o, [verb], verb, negated(verb), {"point_in_time": point} if point else {})
            for s in states for o in orgs]


BARE_APPLICATION = 0.7  # "Sweden, which applied in May 2022": the article's organisation, implied


def _bare_application(ctx: Context, verb: Token, states: list[str]) -> list[Statement]:
    """"Sweden, which applied together with Finland in May 2022,": a state's "applied" with nothing
    applied for and a date of its own, in an article about an organisation the KB keeps the
    applications of, is an application to it (link BARE_APPLICATION). Not "applied sanctions",
    "applied for a loan", "applied to the court": any object or "for" / "to" phrase leaves it."""
    if verb.lemma_.lower() != "apply" or not states or ctx.topic_org is None or ctx.kb is None:
        return []
    if any(c.dep_ in ("dobj", "xcomp", "ccomp", "dative") or (c.dep_ == "prep" and c.lower_ in ("for", "to", "under"))
           for c in verb.children):
        return []
    if not ctx.kb.facts(property="applied_to", value=ctx.topic_org):
        return []
    point = one_date(qualifiers(ctx, _own_clause(verb)))
    if point is None:
        return []
    return [make(ctx, s, "applied_to", ctx.topic_org, [verb], verb, negated(verb), {"point_in_time": point},
                 confidence={"link": BARE_APPLICATION}) for s in states]


def _own_clause(verb: Token) -> set[int]:
    """The verb's clause without its subordinate clauses: in "Abandoning neutrality after the war
    began last February, Finland applied last May" the application is of May."""
    inner = {t.i for c in verb.children if c.dep_ in ("advcl", "ccomp", "csubj") for t in c.subtree}
    return clause_tokens(verb) - inner


def _membership_of(tok: Token) -> Token | None:
    """"for NATO membership", "for membership of the EU": the membership noun."""
    return next((p for c in tok.children if c.dep_ == "prep" and c.lower_ == "for" for p in c.children
                 if p.lemma_.lower() == "membership"), None)


def head_office(ctx: Context, org: str) -> str | None:
    """The one office that heads `org` in the KB (NATO's Secretary General), if there is one."""
    if ctx.kb is None:
        return None
    heads = [e.id for e in ctx.kb.entities("office")
             if e.attrs.get("jurisdiction") == org and e.attrs.get("kind") in HEAD_KINDS]
    return heads[0] if len(heads) == 1 else None


def _joined(ctx, verb, subjects, orgs, extra_time: Token | None = None, ranked: Token | None = None) -> list[Statement]:
    """`ranked`: the copula of "X was the last country to join O, in D" (`ranked_joiner`), whose
    clause dates the joining and whose mood is the claim's (the infinitive is no plan)."""
    tokens = clause_tokens(verb) | ({t.i for t in extra_time.children} if extra_time is not None else set())
    # "Croatia, an EU candidate since 2004, joined in 2013": the subject's apposition dates itself
    tokens -= {t.i for s in verb.children if s.dep_ in ("nsubj", "nsubjpass")
               for c in s.children if c.dep_ in ("appos", "relcl") and not _time_apposition(ctx, c)
               for t in c.subtree}
    # "joined as the 16th member, the first new ally since West Germany in 1955": the "since"
    # phrase (and the year right after it) dates the other state's accession (ranks._first_since)
    for since in (t for t in verb.subtree if t.lower_ == "since" and t.dep_ == "prep" and t.head.i != verb.i
                  and any(p.dep_ == "pobj" and p.pos_ == "PROPN" and p.i not in ctx.timed for p in t.children)):
        end = max(t.i for t in since.subtree)
        tokens -= {t.i for t in since.subtree}
        tokens -= {t.i for c in since.head.children if c.dep_ == "prep" and c.lower_ == "in" and c.i == end + 1
                   for t in c.subtree}
    # "Finland (2023) and Sweden (2024) joined NATO": a bracketed year dates its own subject only
    own = _bracketed_times(ctx, verb)
    tokens -= {t.i for a in own.values() for t in a.subtree}
    times = qualifiers(ctx, tokens)
    point = one_date(times) if ranked is None else times.get("point_in_time")  # a rank's "since" is "first since"
    until = until_time(verb, times) if negated(verb) and not_until(verb) else None
    if until is not None:  # "Romania did not join NATO until 2004": it joined in 2004 (neg22)
        return [make(ctx, s, "joined", o, [verb], verb, False, {"point_in_time": until},
                     confidence={"modality": 0.4} if modality(verb) != "fact" else {}, modality=modality(verb))
                for s in subjects for o in orgs]
    if point is None and ranked is not None:  # "was the last country to join NATO, in 2009"
        point = qualifiers(ctx, clause_tokens(ranked)).get("point_in_time")
    if point is not None and _never_alone(verb):
        point = None  # "never joined NATO, despite applying in May 2022": the date is the applying's
    mode = modality(verb if ranked is None else ranked)
    # an accession still to come ("applied to join", "is set to join") is no record of one
    denied = negated(verb) or (extra_time is not None and negated(extra_time))
    # ... but "will not join on 12 March" denies the one day the KB can check: said of the day the
    # accession did take place, the denial is wrong however the plan was told (check_not_joined)
    sure = {"modality": 0.4} if mode != "fact" and not _denied_day(mode, denied, point) else {}
    if denied and point is None and not _present_perfect(verb) and not _never_alone(verb) and not yet_to(verb):
        sure["date"] = 0.4  # "did not join during the Cold War", "had not joined when ...": of some other time
    dated = {ctx.entity(t): one_date(qualifiers(ctx, {x.i for x in a.subtree})) for t, a in own.items()}
    return [make(ctx, s, "joined", o, [verb], verb, denied,
                 {"point_in_time": dated.get(s) or point} if dated.get(s) or point else {},
                 confidence=sure, modality=mode)
            for s in subjects for o in orgs]


def _bracketed_times(ctx: Context, verb: Token) -> dict[Token, Token]:
    """{subject noun: its time in brackets} for the verb's subject and the subject's conjuncts:
    "Finland (2023) and Sweden (2024) joined NATO" (fa25). Each bracketed year dates its own
    noun, not the verb of all of them."""
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return {}
    found = {}
    for noun in (subj, *(c for c in subj.subtree if c.dep_ == "conj" and c.head.i != c.i)):
        for a in noun.children:
            words = list(a.subtree)
            if a.dep_ == "appos" and words[0].i > 0 and verb.doc[words[0].i - 1].text in ("(", "[") \
                    and all(t.i in ctx.timed for t in words):
                found[noun] = a
    return found


RANK_WORDS = {"last", "first", "latest", "newest", "most", "recent"}  # "the last country to join"
RANKED_NOUNS = {"country", "state", "nation", "member", "one"}


def ranked_joiner(verb: Token) -> Token | None:
    """ "Croatia was the last country to join the euro, in January 2023", "Lithuania became the
    19th state to join", "Croatia was the last to join": the copula whose subject is the joiner of
    an infinitive "to join" on a ranked noun (last, first, newest, an ordinal) that is the
    copula's attribute; None otherwise ("the countries that joined", "a chance to join")."""
    if verb.dep_ not in ("relcl", "acl", "xcomp") or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    head = verb.head
    ranked = head.lower_ in RANK_WORDS or head.tag_ == "JJS" or (
        head.lemma_.lower() in RANKED_NOUNS and any(
            c.dep_ in ("amod", "nummod") and (c.lower_ in RANK_WORDS or c.tag_ == "JJS" or _ordinal(c))
            for c in head.children))
    if not ranked or head.dep_ != "attr" or head.head.lemma_.lower() not in ("be", "become"):
        return None
    return head.head


def _ordinal(tok: Token) -> bool:
    """ "19th", "third": an ordinal number word."""
    word = tok.lower_
    return (word[:-2].isdigit() and word[-2:] in ("st", "nd", "rd", "th")) or word in {
        "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"}


def _denied_day(mode: str, denied: bool, point) -> bool:
    """A plan denied for a day ("will not join NATO on March 12", "is not set to join on 4
    April", "will not join in March"): not a possibility or a condition, and dated to the day or
    the month (a year is a forecast's span)."""
    return mode == "plan" and denied and point is not None and point.precision in ("day", "month")


def _time_apposition(ctx: Context, tok: Token) -> bool:
    """ "Poland, Hungary and the Czech Republic Friday joined NATO": wire style puts the day
    between subject and verb, and the parse hangs it on the subject as an apposition. A bare time
    expression (every word of it a time word, no comma before it) dates the verb, not the subject."""
    words = list(tok.subtree)
    return all(t.i in ctx.timed for t in words) and tok.i > 0 and tok.doc[words[0].i - 1].text != ","


NEVER_OTHER_TIME = {"during", "before", "after", "until", "till", "in", "on", "by", "since", "when", "while"}


def _never_alone(verb: Token) -> bool:
    """ "Finland never joined NATO", "... despite applying": "never" with no clause or phrase of
    another time ("when ...", "during the Cold War") speaks of every day up to the article's, like
    "has never joined"."""
    return never(verb) and not any(c.dep_ == "advcl" or (c.dep_ == "prep" and c.lower_ in NEVER_OTHER_TIME)
                                   for c in verb.children)


def _present_perfect(verb: Token) -> bool:
    """ "has not joined (yet)", "have never joined": a denial that speaks of the article's day."""
    return any(c.dep_ == "aux" and c.lower_ in ("has", "have", "'s", "'ve") for c in verb.children)


def _left(ctx: Context, verb: Token) -> list[Statement]:
    """ "Britain left the EU on 31 January 2020", "the UK withdrew from the EU", "France has not
    left NATO": a state leaving an organisation, the antonym of joining. Only told as done (no
    modal: "should leave", "threatened to leave", "voted to leave" are no leaving), with the
    organisation itself as the object ("left NATO headquarters", "left NATO's command" are not)
    and a state as the subject itself ("the US delegation left" is not)."""
    if modality(verb) != "fact" or verb.dep_ in ("xcomp", "advcl", "acl", "pcomp") or any(
            c.dep_ in ("aux", "auxpass") and c.lower_ not in DONE_AUX for c in verb.children):
        return []
    if verb.lemma_.lower() == "withdraw":
        objs = [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "from" for p in c.children if p.dep_ == "pobj"]
    else:
        objs = [c for c in verb.children if c.dep_ == "dobj"]
    orgs = [e for o in objs for t in group(o) if (e := ctx.entity(t)) and e.startswith("org:")]
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or not orgs:
        return []
    states = [e for t in group(subj) if (e := ctx.entity(t)) and e.startswith("state:")]
    point = one_date(qualifiers(ctx, clause_tokens(verb)))
    return [make(ctx, s, "left", o, [verb], verb, negated(verb), {"point_in_time": point} if point else {})
            for s in dict.fromkeys(states) for o in dict.fromkeys(orgs)]


def _expelled(ctx: Context, verb: Token) -> list[Statement]:
    """ "Russia was expelled from the Council of Europe in 2022", "Russia was suspended from (what
    was then) the G8 in 2014", "the Council of Europe expelled Russia", "was kicked out of the G8" (body22): a
    state put out of an organisation, its membership ended (`left`, as a leaving). Told as done
    only; the organisation the object of "from" ("out of"), else the subject of an active verb;
    the states the passive's subject, else the active verb's object."""
    if modality(verb) != "fact" or verb.dep_ in ("xcomp", "advcl", "acl", "pcomp", "amod") or any(
            c.dep_ in ("aux", "auxpass") and c.lower_ not in DONE_AUX | {"was", "were", "been", "is", "has"}
            for c in verb.children):
        return []
    lemma = verb.lemma_.lower()
    kids = list(verb.children)
    if lemma == "kick":
        out_word = next((c for c in kids if c.lower_ == "out" and c.dep_ in ("prt", "prep", "advmod")), None)
        if out_word is None:
            return []
        preps = [c for c in [*kids, *out_word.children] if c.dep_ == "prep" and c.lower_ == "of"]
    else:
        preps = [c for c in kids if c.dep_ == "prep" and c.lower_ == "from"]
    objects = [o for p in preps for o in p.children if o.dep_ == "pobj"]
    # "from what was then the G8": the name is the attribute of the "what" clause
    objects += [a for p in preps for w in p.children if w.dep_ == "pcomp" and w.lemma_ == "be"
                and any(c.dep_ == "nsubj" and c.lower_ == "what" for c in w.children)
                for a in w.children if a.dep_ == "attr"]
    orgs = [e for o in objects for t in group(o) if (e := ctx.entity(t)) and e.startswith("org:")]
    if any(c.dep_ == "auxpass" for c in kids):
        holders = [c for c in kids if c.dep_ == "nsubjpass"]
    else:
        holders = [c for c in kids if c.dep_ == "dobj"]
        if not orgs:
            orgs = [e for c in kids if c.dep_ == "nsubj" for t in group(c) if (e := ctx.entity(t)) and e.startswith("org:")]
    states = [e for h in holders for t in group(h) if (e := ctx.entity(t)) and e.startswith("state:")]
    if lemma == "suspend":
        orgs = [o for o in orgs if not _suspension_keeps_membership(ctx, o)]  # "Mali was suspended from the AU"
    if not states or not orgs:
        return []
    point = one_date(qualifiers(ctx, clause_tokens(verb)))
    return [make(ctx, s, "left", o, [verb], verb, negated(verb), {"point_in_time": point} if point else {})
            for s in dict.fromkeys(states) for o in dict.fromkeys(orgs)]


def _suspension_keeps_membership(ctx: Context, org: str) -> bool:
    """Does the organisation keep a suspended state as a member (its KB attrs say so: the African
    Union, which suspends a member after a coup; count23)? Then a suspension is no leaving."""
    try:
        return bool((ctx.kb.entity(org).attrs or {}).get("suspension_keeps_membership"))
    except Exception:  # no KB, or an organisation it does not describe
        return False


def _end_fits(when, end) -> bool:
    """Does a stated day of leaving fit the recorded end of a membership (a `left` fact the KB
    derives from it, not one it states)? The same year (a suspension
    may precede the expulsion that ends the term by weeks: Russia in the Council of Europe was
    suspended on 2022-02-25 and expelled on 2022-03-16), or the year before an end on 1 January (a
    state that "left OPEC in December 2018" was out from 2019-01-01)."""
    stated, known = timecmp.bounds(when), timecmp.bounds(end)
    if stated is None or known is None:
        return True
    day = known[0]
    if stated[0].year <= day.year <= stated[1].year:
        return True
    return (day.month, day.day) == (1, 1) and stated[1].year == day.year - 1


def _announced_then(fact, told) -> str | None:
    """The day a withdrawal was announced (`qualifiers.announced`) when the leaving is told from
    that day (or its month or year) up to the day it took effect: "Mali, Burkina Faso and Niger quit
    ECOWAS" the day after they announced it, a year before it took effect. As with resignations,
    news tells the announcement as the act."""
    announced = (fact.qualifiers or {}).get("announced")
    if not announced or told is None:
        return None
    said, effective = timecmp.bounds(told), timecmp.bounds(fact.point_in_time or fact.start)
    first = timecmp.bounds(str(announced))
    if said is None or effective is None or first is None:
        return None
    return str(announced) if said[1] >= first[0] and said[1] < effective[0] else None


def check_left(checker, st, on: str | None) -> Verdict | None:
    """ "X left O (on D)": a leaving the KB records is supported on its day (undated: when it
    happened by the day the claim speaks of, with a day's grace) and contradicted on another; a
    state the KB lists as a member of O all through that day and still at the list's as_of (the
    list complete then, kb.covers) did not leave: contradicted. Otherwise `new`. A denial ("did not
    leave") is checked by `_negation.check_not_done`."""
    if st.polarity == "negated":
        return None
    kb = checker.kb
    state, org = checker.name(st.subject), checker.name(st.value)
    left = kb.facts(subject=st.subject, property="left", value=st.value)
    when = st.point_in_time
    if left:
        day = left[0].point_in_time or left[0].start
        evidence = [fact_evidence(f) for f in left]
        told = _announced_then(left[0], when or on)
        if told is not None:
            return Verdict("unverifiable", f"{state} announced its withdrawal from {org} on {told}; it took "
                           f"effect on {day.value}: a leaving told in between may be the announcement.", evidence)
        if when is not None:
            if any(timecmp.same_time(when, f.point_in_time or f.start) or (
                    "derived_from" in (f.qualifiers or {}) and _end_fits(when, f.point_in_time or f.start)) for f in left):
                # the end of a recorded term fits a leaving told in its year ("suspended from the G8 in
                # 2014", "left OPEC in December 2018" for an end on 2019-01-01: body22)
                return Verdict("supported", f"{state} left {org} on {day.value}.", evidence)
            return Verdict("contradicted_by_kb", f"{state} left {org} on {day.value}, not {timecmp.label(when)}.", evidence)
        bounds, known = timecmp.bounds(on) if on else None, timecmp.bounds(day)
        if bounds and known and (known[0] - bounds[1]).days > 1:
            return Verdict("contradicted_by_kb", f"{state} left {org} only on {day.value}, after {on}.", evidence)
        return Verdict("supported", f"{state} left {org} on {day.value}.", evidence)
    terms = kb.facts(subject=st.subject, property="member_of", value=st.value)
    day = (when.value if when is not None else on)
    if not terms or day is None or not kb.covers(st.value, "member_of", day).covered:
        return None
    staying = [f for f in terms if f.end is None and timecmp.active_on(f.start, f.end, day, f.point_in_time) is True]
    if not staying or any((f.qualifiers or {}).get("note") for f in staying):
        return None  # a membership with a note ("froze its participation", "suspended") may be told as left
    return Verdict("contradicted_by_kb", f"{state} has been a member of {org} since "
                   f"{staying[0].start.value if staying[0].start else '?'} and still is; the claim says it left.",
                   [fact_evidence(f) for f in staying])
def _grouped(ctx: Context, verb: Token) -> list[str]:
    """"The Baltic states joined NATO in 2004": a group the KB lists as a set of states, by its
    members."""
    from accord.nlp.extract.claims.lists import grouping_members

    if len(ctx.times_in(clause_tokens(verb))) > 1:
        return []  # "the Visegrad countries, which joined in 1999 and 2004": each its own year
    left_out = excepted(ctx, verb.sent)  # "the Baltic states except Latvia"
    return [m for e in subject_entities(ctx, verb, ("org:",)) for m in grouping_members(ctx, e)
            if m.startswith("state:") and m not in left_out]
