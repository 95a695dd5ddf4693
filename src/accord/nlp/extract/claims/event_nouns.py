"""Claims carried by a noun phrase: a dated accession, application or membership told by its
noun, not by a verb ("Finland's accession to NATO in April 2023 doubled ...", "Spain's 1982
accession", "Poland marked its 1999 entry into NATO", "the accession of Sweden in March 2024",
"Sweden's 2022 application", "Estonia's NATO membership since 2004").

The noun presupposes the event it names, so the claim is read wherever the noun stands as a
thing that happened: the subject, an apposition, a headline, after "since / after / following /
with / before" or "the anniversary / eve / day of", or the object of a verb that looks back on it
("marked / celebrated / recalled / completed"). Not where a verb acts on a prospect ("blocked /
backed / delayed / ratified Sweden's accession": the date there may be the verb's, and the event
may never have come), not under a non-fact or denied verb, and not with a word that makes it a
prospect or a failure ("its planned / would-be / hoped-for / failed accession"). A date written
after the noun ("in April 2023", "on 4 April") is the noun's only in the positions above; one
written before it ("the 2022 application", "its March 2024 accession") is always the noun's. The
date must be no later than the article's (a date to come is a plan).

The organisation: "to / into / of / in" it, or a compound ("NATO membership", "EU accession");
with none written, the article's organisation when it is the only one with members the article
names (link TOPIC_LINK), never for "entry" or "admission" alone ("entry into force").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from accord.model import Statement
from accord.nlp.extract.claims.grammar import (
    Context, make, modality, negated, one_date, owner_states, phrase_tokens, qualifiers, subject_entities,
)

ORDER = 31  # beside actions (30), which reads the verbs
TOPIC_LINK = 0.7  # no organisation written: the article's (relations.TOPIC_SINCE)

ACCESSION_NOUNS = {"accession", "joining", "entry", "admission"}
NAMED_ONLY = {"entry", "admission"}  # "entry into force", "admission of guilt": only with the organisation
APPLICATION_NOUNS = {"application"}
MEMBERSHIP_NOUNS = {"membership"}
# Words that make the event a prospect or a failure, not a deed done.
PROSPECT_WORDS = {"planned", "plan", "possible", "potential", "future", "eventual", "prospective", "would-be",
                  "hoped-for", "hoped", "expected", "proposed", "intended", "desired", "mooted", "likely",
                  "putative", "hypothetical", "imminent", "upcoming", "forthcoming", "pending", "fast-track",
                  "fast-tracked", "sought", "desired"}
FAILED_WORDS = {"failed", "blocked", "stalled", "aborted", "rejected", "thwarted", "vetoed", "frustrated",
                "denied", "abandoned", "halted", "frozen", "withdrawn", "shelved", "suspended"}
# Prepositions whose object states the event as having happened.
STATING_PREPS = {"since", "after", "following", "with", "before", "upon"}
# "the anniversary of Poland's accession": nouns whose "of" phrase states it.
STATING_OF = {"anniversary", "eve", "day", "date", "wake", "aftermath", "celebration", "completion", "moment", "time"}
# Verbs whose object looks back on the event.
LOOKING_BACK = {"mark", "celebrate", "commemorate", "recall", "remember", "hail", "complete", "finalise", "finalize",
                "seal", "toast", "observe", "follow", "precede"}
# Verbs that keep an accession their subject names from happening, or doubt it ("Sweden's accession
# in 2023 was blocked by Turkey": the date may be the blocking's, and the accession never came then).
# An application blocked or rejected was still made, so they leave applications alone.
HINDERING = {"block", "delay", "stall", "hold", "veto", "obstruct", "freeze", "halt", "postpone", "prevent", "stop",
             "oppose", "reject", "deny", "thwart", "derail", "jeopardise", "jeopardize", "threaten", "question",
             "doubt", "remain", "seem", "look", "appear", "require", "need", "depend", "hinge", "face", "await",
             "stand", "stick", "slip", "drag", "languish", "fail", "collapse", "founder", "falter", "promise",
             "pledge", "offer", "discuss", "debate", "consider", "seek", "want", "envisage", "envision"}
# "Georgia's membership since 2008 has been a promise only": a copula's complement that makes it a prospect.
PROSPECT_NOUNS = {"promise", "prospect", "goal", "aim", "dream", "hope", "ambition", "pledge", "aspiration",
                  "possibility", "option", "question", "issue", "topic", "matter", "subject", "priority", "wish",
                  "objective", "target", "idea", "fiction", "myth", "illusion", "mirage"}
ORG_PREPS = {"to", "into", "of", "in", "for"}
POSSESSIVE_PRONOUNS = {"its", "their"}


def extract(ctx: Context, sent: Span) -> list[Statement]:
    out: list[Statement] = []
    for noun in sent:
        lemma = noun.lemma_.lower() if noun.pos_ == "NOUN" else noun.lower_
        if noun.dep_ == "compound" or noun.pos_ not in ("NOUN", "VERB"):
            continue
        if lemma in ACCESSION_NOUNS and (noun.pos_ == "NOUN" or _possessed_gerund(noun)):
            out += _event(ctx, noun, "joined", "point_in_time")
        elif lemma in APPLICATION_NOUNS and noun.pos_ == "NOUN":
            out += _event(ctx, noun, "applied_to", "point_in_time")
        elif lemma in MEMBERSHIP_NOUNS and noun.pos_ == "NOUN":
            out += _event(ctx, noun, "member_of", "start")
    return out


def _possessed_gerund(tok: Token) -> bool:
    """ "Finland's joining in 2023": the gerund with a possessive owner, used as a noun."""
    return tok.lower_ == "joining" and any(c.dep_ == "poss" for c in tok.children) and \
        not any(c.dep_ in ("dobj", "nsubj") for c in tok.children)


def _event(ctx: Context, noun: Token, prop: str, when: str) -> list[Statement]:
    verb = stated_verb(noun)
    if verb is None or (prop != "applied_to" and _hindered(noun, verb)) or _prospect(noun):
        return []
    if negated(noun) or negated(verb) or modality(verb) != "fact":
        return []
    # an application a verb acts on ("Turkey blocked Sweden's 2022 application in 2023") keeps the
    # date before the noun only: the one after may be the verb's
    acted_on = noun.dep_ == "dobj" and noun.head.lemma_.lower() not in LOOKING_BACK
    point = own_date(ctx, noun, prop, after=not acted_on)
    published = str(ctx.doc._.document_date or "")
    if point is None or not published or point.value > published[:len(point.value)]:
        return []
    states = _states(ctx, noun, verb)
    orgs, sure = _orgs(ctx, noun, prop)
    if not states or not orgs:
        return []
    confidence = {"link": sure} if sure < 1 else None
    return [make(ctx, s, prop, o, [noun], verb, False, {when: point}, confidence)
            for s in states for o in orgs if s != o]


def stated_verb(noun: Token) -> Token | None:
    """The verb the noun's clause hangs on when the noun stands as a thing that happened (module
    docstring), else None (also used for "the signing of the accession protocols in July 2022",
    `enlargement._protocol_signing`)."""
    head = noun.head
    if noun.dep_ in ("nsubj", "nsubjpass", "ROOT") or noun.dep_ == "appos":
        return _verb_above(noun)
    if noun.dep_ == "dobj" and head.lemma_.lower() in LOOKING_BACK:
        return head
    if noun.dep_ == "dobj" and noun.lemma_.lower() in APPLICATION_NOUNS and _dated_before(noun):
        return head  # "Turkey blocked Sweden's 2022 application": blocked, it was still made
    if noun.dep_ == "pobj" and head.dep_ == "prep":
        if head.lower_ in STATING_PREPS and head.head.pos_ in ("VERB", "AUX"):
            return head.head  # "since Sweden's accession in 2024, the alliance has ..." (not "a problem with")
        if head.lower_ == "of" and head.head.lemma_.lower() in STATING_OF:
            return _verb_above(head.head) if head.head.dep_ != "dobj" or \
                head.head.head.lemma_.lower() not in ("await", "expect", "plan") else None
    return None


def _dated_before(noun: Token) -> bool:
    """Is a date written before the noun ("the 2022 application")? (A number there that is no
    date is dropped by `own_date`.)"""
    return any(c.dep_ in ("nummod", "compound", "nmod", "amod") and any(t.like_num for t in c.subtree)
               for c in noun.lefts)


def _hindered(noun: Token, verb: Token) -> bool:
    """Does the verb keep the accession or membership its subject names from happening, or say it
    is not done ("was blocked", "remained on hold", "was unlikely", "has been a promise")?"""
    if noun.dep_ not in ("nsubj", "nsubjpass") or verb is noun:
        return False
    chain = [verb, *(t for t in verb.children if t.dep_ in ("xcomp", "acomp"))]
    if any(t.lemma_.lower() in HINDERING for t in chain):
        return True
    if verb.lemma_.lower() != "be":
        return False
    return any(c.dep_ in ("acomp", "prep") or (c.dep_ == "attr" and c.lemma_.lower() in PROSPECT_NOUNS)
               for c in verb.children)


def _verb_above(tok: Token) -> Token:
    """The nearest verb above the token (itself for a headline's root noun)."""
    while tok.pos_ not in ("VERB", "AUX") and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _prospect(noun: Token) -> bool:
    """"its planned / would-be / failed accession", "a hoped-for membership": not a deed done.
    ("Hyphenated words the parser splits are read whole.)"""
    words = {c.lower_ for c in noun.subtree if c.i < noun.i and c.dep_ != "poss"}
    text = noun.doc[noun.left_edge.i:noun.i].text.lower()
    return bool(words & (PROSPECT_WORDS | FAILED_WORDS)) or any(w in text for w in ("would-be", "hoped-for", "hoped for"))


def own_date(ctx: Context, noun: Token, prop: str = "joined", after: bool = True):
    """The event's own date: written before the noun ("its 1999 entry", "the March 2024
    accession") or, in the positions the module names, after it ("in April 2023", "on 4 April",
    "since 2004" for a membership); `after` False keeps the date before the noun only."""
    before = {t.i for c in noun.lefts if c.dep_ != "poss" for t in c.subtree}
    preps = ("since",) if prop == "member_of" else ("in", "on")
    later = {t.i for c in noun.rights if c.dep_ == "prep" and c.lower_ in preps for t in c.subtree}
    later |= {t.i for c in noun.rights if c.dep_ == "npadvmod" for t in c.subtree}
    if prop == "member_of":
        before = set()  # "Estonia's 2004 membership" says little; only "since" dates a membership
    times = qualifiers(ctx, before | (later if after else set()))
    if prop == "member_of":
        return times.get("start")
    return one_date(times)


def _states(ctx: Context, noun: Token, verb: Token) -> list[str]:
    """The state whose event it is: the possessive ("Finland's", "its" = the clause's subject),
    the "of" phrase ("the accession of Sweden"), or a state adjective ("the Swedish accession")."""
    owners = [c for c in noun.children if c.dep_ == "poss"]
    if any(o.lower_ == "whose" for o in owners):  # "Finland, whose accession in April 2023 ...": the antecedent
        clause = next((t for t in [noun, *noun.ancestors] if t.dep_ == "relcl"), None)
        return ctx.entities(phrase_tokens([clause.head]), ("state:",)) if clause is not None else []
    if any(o.lower_ in POSSESSIVE_PRONOUNS for o in owners):
        return subject_entities(ctx, verb, ("state:",)) if noun.dep_ not in ("nsubj", "nsubjpass") else []
    found = owner_states(ctx, owners)  # "Finland's", "the Baltic nation's"
    if not found and not owners:
        found = ctx.entities([p for c in noun.rights if c.dep_ == "prep" and c.lower_ == "of"
                              for p in c.children if p.dep_ == "pobj"] +
                             [c for c in noun.lefts if c.dep_ == "amod"], ("state:",))
    return found


def _orgs(ctx: Context, noun: Token, prop: str) -> tuple[list[str], float]:
    """(organisations, link): named after "to / into / of / in" or as a compound, else the
    article's sole organisation with members (TOPIC_LINK); none when the noun is "entry" or
    "admission", when a "to / into" phrase names something else ("accession to the Ottawa
    treaty"), or when an "of / in" phrase names neither a state nor an organisation ("Poland's
    application of the rules": another sense of the noun); phrases of time are no such phrases."""
    from accord.nlp.extract.claims.relations import sole_membership_org

    preps = [c for c in noun.rights if c.dep_ == "prep" and c.lower_ in ORG_PREPS
             and not ctx.times_in({t.i for t in c.subtree})]  # not "in April 2023", "for a year"
    objects = [p for c in preps for p in c.children if p.dep_ == "pobj"]
    objects += [g for c in noun.children if c.dep_ == "acl" and c.lemma_.lower() == "join"
                for g in c.children if g.dep_ == "dobj"]  # "Sweden's application to join NATO"
    named = ctx.entities(phrase_tokens(objects), ("org:",)) or \
        ctx.entities([c for c in noun.lefts if c.dep_ in ("compound", "nmod")], ("org:",))
    if named:
        return named, 1.0
    lemma = noun.lemma_.lower()
    if lemma in NAMED_ONLY or any(c.lower_ in ("to", "into", "for") for c in preps):
        return [], 1.0
    if any(not ctx.entities(p.subtree, ("state:", "org:")) for c in preps for p in c.children if p.dep_ == "pobj"):
        return [], 1.0  # "Poland's application of the rules in 2023": another sense of the noun
    if not sole_membership_org(ctx):
        return [], 1.0
    if prop == "applied_to" and (ctx.kb is None or not ctx.kb.facts(property="applied_to", value=ctx.topic_org)):
        return [], 1.0
    return [ctx.topic_org], TOPIC_LINK
