"""Member counts: "the alliance's 32 nations", "all 30 NATO members", "the 29-member military
alliance", "eight of the 29 allies", "NATO, now 32 countries strong", "the EU counts 27 member
states", "grew to 31 (members)", "shrinking the bloc to 27 members", "NATO's membership stands at
32" (a count of the whole membership on a date). Ranks of accession are in ranks.py.

A count is read only where the number counts the whole membership: a definite phrase ("the",
"all", a possessive, "N of the M allies") naming or implying the organisation, or the object of a
verb whose subject is the organisation ("has", "counts", "grew to"), with nothing that narrows it
("the 23 European allies", "the 30 members who ...", "30 members of parliament").
Statement: `member_count` (subject the organisation, value the number as digits).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from accord.model import Statement
from accord.nlp.extract.claims import _countparts as countparts
from accord.nlp.extract.claims._count_scope import (alliance_topic, counted_then, named_before, restricted_after,
                                                      writers_day)
from accord.nlp.extract.claims._countdates import claim_times, date_confidence, governor
from accord.nlp.extract.claims._membership import check_count
from accord.nlp.extract.claims._numbers import approximate, cardinal, nummod
from accord.nlp.extract.claims.beginnings import began_with
from accord.nlp.extract.claims.grammar import Context, denies, inverted_condition, make, modality, phrase_tokens
from accord.reconcile.kbcheck import Verdict, fact_evidence

ORDER = 25
COUNT_NOUNS = {"member", "ally", "nation", "country", "state", "democracy"}
ORG_NOUNS = {"alliance", "bloc", "union", "organisation", "organization"}  # "the 29-member alliance"
GROUP_NOUNS = {"grouping", "group", "pact", "partnership", "club", "forum", "dialogue", "coalition"}
WHOLE = {"the", "all", "its", "their"}  # a definite phrase: the whole membership
GROWTH_VERBS = {"grow", "expand", "increase", "rise", "swell", "enlarge", "shrink", "fall", "drop", "reduce",
                "bring", "take", "raise", "lift", "boost", "push"}
# "grew to 31", "shrinking the bloc to 27", "brought its membership to 32", "raising the number of
# members to 32" (num20)
LEVEL_VERBS = {"stand"}  # "NATO's membership stands at 32"
HAVING_VERBS = {"have", "count", "number", "comprise"}  # "NATO has 32 members", "the EU counts 27 states"
PREDICATES = HAVING_VERBS | {"become", "reach", "be"}  # "NATO will have 32 members"
ACCESSION_VERBS = {"join", "accede"}
ACCESSION_NOUNS = {"accession", "entry", "addition", "admission", "arrival", "joining"}  # "grew to 31 with Finland's entry"
POSSESSIVE_PRONOUNS = {"its", "their"}
TOPIC_LINK = 0.7  # the organisation is only implied ("the 29 allies"): the article's topic


def extract(ctx: Context, sent: Span) -> list[Statement]:
    out: list[Statement] = []
    for tok in sent:
        if tok.lemma_.lower() in COUNT_NOUNS and tok.pos_ in ("NOUN", "PROPN"):
            out += _count(ctx, tok) + _accessions(ctx, tok) + _newcomers(ctx, tok)
        elif tok.lemma_.lower() in LEADER_NOUNS and tok.pos_ == "NOUN":
            out += _leaders(ctx, tok)
        elif tok.lemma_.lower() in ORG_NOUNS:
            out += _strong(ctx, tok)
        elif tok.like_num and tok.dep_ == "pobj":
            out += _bare(ctx, tok)
        elif tok.like_num and tok.dep_ == "dobj" and tok.head.lemma_.lower() in ("number", "count"):
            out += _numbering(ctx, tok)
        elif tok.like_num and tok.dep_ == "dobj" and tok.head.lemma_.lower() == "have" and _elided(tok):
            out += _numbering(ctx, tok)  # "The EU has 27 member states, and NATO has 32"
    return out


# -- counts ------------------------------------------------------------------------------------------
def _count(ctx: Context, noun: Token) -> list[Statement]:
    num = nummod(noun)
    if num is not None and num.conjuncts:
        return _respective_counts(ctx, noun, sorted([num, *num.conjuncts], key=lambda t: t.i))
    value = cardinal(num) if num is not None else None
    if value is None or value < 2 or approximate(num) or _growth_to_come(noun) or began_with(noun):
        return []  # "began with 12 members": the founders (beginnings.py)
    org, sure = _counted_org(ctx, noun)
    if org is None:
        return countparts.read(ctx, noun)  # "33 NATO members agreed": some of them, at most all
    return _count_statement(ctx, noun, num, value, org, sure)


def _respective_counts(ctx: Context, noun: Token, nums: list[Token]) -> list[Statement]:
    """"NATO and the EU have 32 and 27 members (respectively)": each organisation its own number,
    in order; none when the lists do not pair up ("has 31 or 32 members")."""
    if any(c.dep_ == "cc" and c.lower_ != "and" for n in nums for c in n.children) or _growth_to_come(noun):
        return []
    values = [cardinal(n) for n in nums]
    orgs = _subject_orgs(ctx, governor(noun))
    if len(orgs) != len(nums) or any(v is None or v < 2 for v in values) or any(approximate(n) for n in nums):
        return []
    return [st for n, v, o in zip(nums, values, orgs) for st in _count_statement(ctx, noun, n, v, o, 1.0)]


def _subject_orgs(ctx: Context, verb: Token) -> list[str]:
    """The organisations of the verb's coordinated subject, in order ("the EU and NATO, which have ...")."""
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None and subj.lower_ in ("which", "that") and verb.dep_ == "relcl":
        subj = verb.head
    if subj is None:
        return []
    while subj.dep_ == "conj":
        subj = subj.head
    return ctx.entities(phrase_tokens([subj, *subj.conjuncts]), ("org:",))


def _growth_to_come(noun: Token) -> bool:
    """"the planned enlargement of NATO to 32 members": the size a growth to come would reach."""
    prep = noun.head
    return noun.dep_ == "pobj" and prep.lower_ == "to" and prep.head.lemma_.lower() in GROWTH_NOUNS \
        and any(t.lower_ in PROSPECT_WORDS for t in noun.sent)


LEADER_NOUNS = {"leader", "capital", "parliament", "government"}  # one per member (num20: capitals ...)
RATIFY_WORDS = {"ratify", "ratification", "approve", "approval"}
BODY_WORDS = {"national", "allied"}  # "all 30 national parliaments (ratified)"


# -- the newest members, an accession's states ---------------------------------------------------------
NEW_WORDS = {"new", "newest", "newer"}
DEFINITE = {"the", "these", "those", "its", "their"}
MEMBERSHIP_GIVING = {"membership"}  # "extending membership to these three democracies"
INTO = {"into", "to", "in", "of"}


def _newcomers(ctx: Context, noun: Token) -> list[Statement]:
    """"the three new members", "NATO's two newest allies", "the accession of the three countries",
    "the three countries' entry into NATO", "extending membership to these three democracies": how
    many states the latest accession(s) brought in (`new_members`, the organisation -> N). Only a
    definite plural count noun with nothing else on it (no other adjective, clause or phrase: "the
    12 new members since 1999" is not read), not denied."""
    num = nummod(noun)
    value = cardinal(num) if num is not None else None
    if value is None or value < 1 or approximate(num) or noun.tag_ not in ("NNS", "NNPS"):
        return []
    new = [c for c in noun.children if c.dep_ == "amod" and c.lower_ in NEW_WORDS]
    if any(c.dep_ in ("relcl", "acl", "appos", "conj") or (c.dep_ == "amod" and c not in new)
           or (c.dep_ == "prep" and not _org_prep(ctx, c)) or (c.dep_ == "compound" and not ctx.entity(c)
                                                               and c.lemma_.lower() != "member")
           for c in noun.children):
        return []
    if not any(c.dep_ in ("det", "poss") and (c.lower_ in DEFINITE or ctx.entity(c)) for c in noun.children):
        return []
    org, sure = None, 0.0
    if new:
        org, sure = org_of(ctx, noun)
        if org is None and ctx.topic_org and not any(c.dep_ == "poss" for c in noun.children):
            org, sure = ctx.topic_org, TOPIC_LINK  # "the three new members": the article's organisation
    else:
        act = _accession_act(noun)
        if act is None:
            return []
        org, sure = _act_org(ctx, act)
    if org is None or not org.startswith("org:"):
        return []
    verb = governor(noun)
    if denies(verb, noun):
        return []
    times = claim_times(ctx, noun)
    point = times.get("point_in_time")
    confidence = {"link": sure} if sure < 1.0 else None
    return [make(ctx, org, "new_members", str(value), [num, noun], verb, False,
                 {"point_in_time": point} if point is not None else None, confidence=confidence, modality="fact")]


def _accession_act(noun: Token) -> Token | None:
    """The accession noun whose states `noun` counts: "the accession / entry / admission of the
    three countries", "the three countries' entry", "(extending) membership to these three"."""
    head = noun.head
    if noun.dep_ == "poss" and head.lemma_.lower() in ACCESSION_NOUNS:
        return head
    if noun.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in ACCESSION_NOUNS:
        return head.head
    if noun.dep_ == "pobj" and head.lower_ in ("to", "for") and head.head.lemma_.lower() in MEMBERSHIP_GIVING:
        return head.head
    if noun.dep_ == "pobj" and head.lower_ == "to" and head.head.pos_ == "VERB" and any(
            c.dep_ == "dobj" and c.lemma_.lower() in MEMBERSHIP_GIVING for c in head.head.children):
        return next(c for c in head.head.children if c.dep_ == "dobj" and c.lemma_.lower() in MEMBERSHIP_GIVING)
    return None


def _act_org(ctx: Context, act: Token) -> tuple[str | None, float]:
    """The organisation joined: on the act ("entry into NATO", "NATO membership", "NATO's
    enlargement"), else the article's organisation."""
    for c in act.children:
        if c.dep_ in ("compound", "poss", "nmod") and (ent := ctx.entity(c)) and ent.startswith("org:"):
            return ent, 1.0
        if c.dep_ == "prep" and c.lower_ in INTO:
            found = ctx.entities(phrase_tokens(c.children), ("org:",))
            if found:
                return found[0], 1.0
            target = next((p for p in c.children if p.dep_ == "pobj"), None)
            if target is not None and target.lemma_.lower() in ORG_NOUNS:
                return org_noun(ctx, target)
    return (ctx.topic_org, TOPIC_LINK) if ctx.topic_org else (None, 0.0)


CHAIN_GAP_YEARS = 7  # accessions this close follow one another as one enlargement ("the 13 new member states")
NEW_FOR_YEARS = 15  # a latest accession older than this leaves nobody "new": not read
NEW_BEFORE, NEW_AFTER = 60, 365  # days around the claim's: "the three new members" is said months ahead


def check_new_members(checker, st, on: str | None) -> Verdict | None:
    """The number against the states of the latest accession and of the accessions that closely
    preceded it (a chain of accession days no more than seven years apart: the EU's 1 + 2 + 10
    of 2013, 2007 and 2004), on any day from 60 days before the claim's date to a year after it
    (the newcomers are named as such while their accession is prepared). Not read when no state
    joined in that span (a count of states still to join: "the six countries' accession").
    Contradicted only where the KB lists the organisation's members completely."""
    from datetime import date, timedelta

    from accord.kb import temporal
    from accord.nlp.extract.claims._membership import complete

    when = st.point_in_time.value if st.point_in_time is not None else on
    if not when or not str(when)[:4].isdecimal() or not st.value.isdecimal() or st.polarity != "affirmed":
        return None
    day = date.fromisoformat(temporal.lower(str(when)))
    lo, hi = day - timedelta(days=NEW_BEFORE), day + timedelta(days=NEW_AFTER)
    facts = [f for f in checker.kb.facts(property="member_of", value=st.subject)
             if f.start is not None and f.subject.startswith("state:")]
    batches: dict[date, set] = {}
    for f in facts:
        batches.setdefault(date.fromisoformat(temporal.lower(f.start.value)), set()).add(f.subject)
    moments = [lo] + sorted(d for d in batches if lo < d <= hi)
    if len(moments) == 1:
        return None  # no accession near the claim's day: the count may be of one still to come ("the six countries' accession")
    chains = {t: _chain(batches, t) for t in moments}
    number, name = int(st.value), checker.name(st.subject)
    for t, sums in chains.items():
        if number in sums:
            return Verdict("supported", f"{number} states joined {name} in its accessions up to {t.isoformat()}.",
                           [fact_evidence(f) for f in facts if temporal.lower(f.start.value) <= t.isoformat()
                            and f.subject in set().union(*(batches[d] for d in sums[number]))][:5])
    if not any(chains.values()):
        return None
    first = min(min(d for ds in sums.values() for d in ds) for sums in chains.values() if sums)
    if not complete(checker.kb, st.subject, "member_of", first.isoformat(), hi.isoformat()):
        return None
    said = " or ".join(str(n) for n in sorted({n for sums in chains.values() for n in sums}))
    return Verdict("contradicted_by_kb", f"The latest accessions to {name} around {day.isoformat()} brought in "
                   f"{said} states, not {number}.", [fact_evidence(f) for f in facts
                                                     if lo.isoformat() <= temporal.lower(f.start.value) <= hi.isoformat()][:5])


def _chain(batches: dict, t) -> dict[int, list]:
    """{states brought in: the accession days} for the latest accession on or before `t` and each
    run of accessions before it, while they are no more than CHAIN_GAP_YEARS apart."""
    from datetime import timedelta

    days = sorted((d for d in batches if d <= t), reverse=True)
    if not days or days[0] < t - timedelta(days=365 * NEW_FOR_YEARS):
        return {}
    sums, total, taken = {}, 0, []
    for i, d in enumerate(days):
        if i and (days[i - 1] - d).days > 365 * CHAIN_GAP_YEARS:
            break
        total += len(batches[d])
        taken.append(d)
        sums[total] = list(taken)
    return sums


def _accessions(ctx: Context, noun: Token) -> list[Statement]:
    """"Ten countries joined the EU in 2004", "seven new members joined NATO in March 2004": how
    many states joined in the period the clause dates (`accessions`, the organisation -> N). Only a
    bare or "new" count noun that is the subject of the joining ("three Baltic states joined" counts
    a part of them), with a date, and no state named in the subject."""
    verb = noun.head
    num = nummod(noun)
    if noun.dep_ != "nsubj" or verb.lemma_.lower() not in ACCESSION_VERBS or num is None or approximate(num):
        return []
    if noun.tag_ not in ("NNS", "NNPS") or any(c.dep_ in ("amod", "compound", "nmod", "prep", "relcl", "acl", "appos", "conj")
                                                and c.lower_ != "new" for c in noun.children):
        return []
    value = cardinal(num)
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    orgs = ctx.entities(objs, ("org:",))
    times = claim_times(ctx, noun)
    point = times.get("point_in_time")
    if not value or not orgs or point is None or modality(verb) != "fact":
        return []
    return [make(ctx, orgs[0], "accessions", str(value), [num, noun, verb], verb, denies(verb, noun),
                 {"point_in_time": point})]


def check_accessions(checker, st, on: str | None) -> Verdict | None:
    """The states whose membership of the organisation starts within the claim's date (the KB's
    list complete for it) against the number."""
    from accord.nlp.extract.claims._membership import complete
    from accord.reconcile import timecmp

    when = st.point_in_time
    span = timecmp.bounds(when) if when is not None else None
    if span is None or not st.value.isdecimal() or st.polarity != "affirmed":
        return None
    lo, hi = span[0].isoformat(), span[1].isoformat()
    facts = [f for f in checker.kb.facts(property="member_of", value=st.subject) if f.start is not None]
    joined = {f.subject for f in facts if lo <= timecmp.bounds(f.start)[0].isoformat() <= hi}
    if not joined or not complete(checker.kb, st.subject, "member_of", lo, hi):
        return None
    name, label = checker.name(st.subject), timecmp.label(when)
    evidence = [fact_evidence(f) for f in facts if f.subject in joined][:5]
    if int(st.value) == len(joined):
        return Verdict("supported", f"{len(joined)} states joined {name} in {label}.", evidence)
    return Verdict("contradicted_by_kb", f"{len(joined)} states joined {name} in {label} "
                   f"({', '.join(sorted(checker.name(s) for s in joined))}), not {st.value}.", evidence)


def _leaders(ctx: Context, noun: Token) -> list[Statement]:
    """"the EU's 27 leaders", "all 32 NATO leaders": one leader per member, when the organisation
    is named on the phrase itself (not "the 27 leaders", not "27 EU leaders signed a letter")."""
    num = nummod(noun)
    value = cardinal(num) if num is not None else None
    if value is None or value < 2 or approximate(num) or noun.tag_ != "NNS":
        return []
    if _ratifying_parliaments(ctx, noun, num):
        return _count_statement(ctx, noun, num, value, ctx.topic_org, TOPIC_LINK)
    if _narrowed(ctx, noun) or not _whole(noun):
        return []
    owner = next((c for c in noun.children if c.dep_ in ("poss", "compound") and ctx.entity(c)), None)
    org = ctx.entity(owner) if owner is not None else None
    if not org or not org.startswith("org:"):
        return []
    return _count_statement(ctx, noun, num, value, org, 1.0)


def _ratifying_parliaments(ctx: Context, noun: Token, num: Token) -> bool:
    """"after which all 30 national parliaments voted to ratify it", "ratification by all 30
    allied parliaments" (num20): every member's parliament, in a sentence about a ratification,
    of the article's organisation. Only with "all" and "national" / "allied" and nothing else on
    the noun (not "the 30 parliaments that have ratified", "27 regional parliaments")."""
    if noun.lemma_.lower() != "parliament" or not ctx.topic_org:
        return False
    if not any(c.lower_ == "all" for c in (*noun.children, *num.children)):
        return False
    words = [c for c in noun.children if c.i not in (num.i,) and c.lower_ != "all"]
    if not words or any(c.dep_ != "amod" or c.lower_ not in BODY_WORDS for c in words):
        return False
    return any(t.lemma_.lower() in RATIFY_WORDS for t in noun.sent)


def _counted_org(ctx: Context, noun: Token) -> tuple[str | None, float]:
    """The organisation whose whole membership the phrase counts (None when it is not such a count)."""
    if noun.dep_ in ("nmod", "compound", "amod") and noun.lemma_.lower() != "ally":
        head = noun.head
        if head.dep_ == "appos" and (ent := ctx.entity(head.head)) and ent.startswith("org:") \
                and head.lemma_.lower() in ORG_NOUNS | GROUP_NOUNS:
            return ent, 1.0  # "the Quad, a four-nation grouping"
        return org_noun(ctx, noun.head)  # "the 29-member military alliance"
    if noun.dep_ == "npadvmod" and noun.head.lower_ == "strong":
        return _strong_org(ctx, noun.head)  # "NATO, now 32 countries strong"
    if noun.tag_ not in ("NNS", "NNPS") or _narrowed(ctx, noun):
        return None, 0.0
    if _whole(noun):
        return org_of(ctx, noun)
    head = noun.head
    if noun.dep_ == "attr" and head.lemma_.lower() == "be":
        return _only(ctx, _we_or_subject(ctx, head, noun), noun)  # "We are now 32 allies", "NATO is 32 nations"
    if noun.dep_ == "dobj" and head.lemma_.lower() in HAVING_VERBS:
        return _only(ctx, _subject_org(ctx, head), noun)  # "NATO (now) has 32 members", "the EU counts 27"
    if noun.dep_ == "pobj" and head.lower_ == "from" and head.head.lemma_.lower() in GROWTH_VERBS and \
            any(c.dep_ == "quantmod" and c.lower_ == "to" for c in (nummod(noun) or noun).children):
        return _only(ctx, _subject_org(ctx, head.head), noun)  # "the EU grew from 15 to 25 members": the second
    if noun.dep_ == "pobj" and head.lower_ in ("to", "at") and head.head.lemma_.lower() not in GROWTH_NOUNS:
        return _only(ctx, _level_org(ctx, head), noun)  # "the alliance grew to 32 members"
    if noun.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in ORG_NOUNS | GROUP_NOUNS:
        if head.head.dep_ == "appos" and (ent := ctx.entity(head.head.head)) and ent.startswith("org:"):
            return ent, 1.0  # "NATO, a club of 32 democracies"
        return org_noun(ctx, head.head)  # "an alliance of 32 nations"
    made = head.head.head if head.head.dep_ == "prt" else head.head  # "of" parsed on "up"
    if noun.dep_ == "pobj" and head.lower_ == "of" and made.lemma_.lower() in MADE_OF:
        return _made_of_org(ctx, made)  # "the alliance, made up of 31 countries"
    if noun.dep_ == "pobj" and head.lower_ == "with" and head.dep_ == "prep" and head.head.lemma_.lower() == "leave":
        return _only(ctx, _left_with_org(ctx, head.head), noun)  # "Brexit left the EU with 27 members"
    if noun.dep_ == "pobj" and head.lower_ == "with" and head.dep_ == "prep" and head.head.pos_ in ("VERB", "AUX"):
        return _only(ctx, _subject_org(ctx, head.head), noun)  # "With 32 members, NATO is ..."
    if noun.dep_ == "pobj" and head.lower_ == "to" and head.head.lemma_.lower() in GROWTH_NOUNS:
        return _only(ctx, _growth_noun_org(ctx, head.head), noun)  # "NATO's expansion to 32 members"
    return None, 0.0


def _left_with_org(ctx: Context, verb: Token) -> tuple[str | None, float]:
    """"leaving the bloc with 27 members", "leaves NATO with 31 allies": the object left with the
    number (named, or "the bloc / the alliance" of the article; "it": the subject of the clause
    the participle hangs on)."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None:
        return None, 0.0
    if obj.lower_ == "it" and verb.dep_ in ("advcl", "conj") and verb.head.pos_ in ("VERB", "AUX"):
        # "The Council of Europe expelled Russia, leaving it with 46 members": the clause's subject
        return _subject_org(ctx, verb.head)
    named = ctx.entities([obj], ("org:",))
    return (named[0], 1.0) if named else org_noun(ctx, obj)


MADE_OF = {"make", "compose", "consist", "comprise"}  # "made up of", "composed of", "consisting of"
GROWTH_NOUNS = {"expansion", "enlargement", "growth", "increase", "extension"}


def _made_of_org(ctx: Context, verb: Token) -> tuple[str | None, float]:
    """"NATO, (which is) made up of 31 countries", "the alliance, composed of 31 nations"."""
    if verb.dep_ == "acl" and verb.head.dep_ == "attr" and verb.head.head.lemma_.lower() == "be":
        return _subject_org(ctx, verb.head.head)  # "NATO is an alliance made up of 32 countries"
    if verb.dep_ == "acl":
        return _membership_org(ctx, verb.head)
    return _subject_org(ctx, verb)


def _growth_noun_org(ctx: Context, noun: Token) -> tuple[str | None, float]:
    """Whose growth: "NATO's expansion", "the enlargement of the alliance"."""
    for c in noun.children:
        if c.dep_ in ("poss", "compound") and ctx.entity(c):
            ent = ctx.entity(c)
            return (ent, 1.0) if ent.startswith("org:") else (None, 0.0)
        if c.dep_ == "poss" and c.lower_ in POSSESSIVE_PRONOUNS:
            return _antecedent(ctx, noun)
        if c.dep_ == "poss" and c.lower_ == "whose":
            return _whose(ctx, noun)
        if c.dep_ == "prep" and c.lower_ == "of":
            return _membership_org(ctx, next((p for p in c.children if p.dep_ == "pobj"), c))
    return None, 0.0


def _only(ctx: Context, found: tuple[str | None, float], noun: Token) -> tuple[str | None, float]:
    """"NATO has 23 EU members": a count named for another organisation is a part of it."""
    named = {ctx.entity(c) for c in noun.children if c.dep_ in ("compound", "amod", "nmod") and ctx.entity(c)}
    return (None, 0.0) if named - {found[0]} else found


def _we_or_subject(ctx: Context, verb: Token, noun: Token) -> tuple[str | None, float]:
    """The organisation a count is said of with "be": its subject, or the article's topic for
    "we ... allies" (a leader of the alliance speaking: "We are now 32 allies"; "we are 27
    countries" may be any group the speaker is in)."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is not None and subj.lower_ == "we":
        return (ctx.topic_org, TOPIC_LINK) if noun.lemma_.lower() == "ally" else (None, 0.0)
    return _subject_org(ctx, verb)


def _level_org(ctx: Context, prep: Token) -> tuple[str | None, float]:
    """The organisation of "<verb> to N" / "stands at N": "NATO grew to 31", "shrinking the bloc
    to 27", "brought NATO's membership to 32", "NATO's membership stands at 32"."""
    verb = prep.head
    if verb.dep_ == "prep" and verb.lower_ == "from":
        verb = verb.head  # "has grown from 12 founding members to 32"
    obj = None
    if verb.dep_ == "dobj" and verb.lemma_.lower() in TALLY_NOUNS | {"membership"}:
        verb, obj = verb.head, verb  # "brought the alliance's ranks to 33", "to" parsed on "ranks"
    lemma = verb.lemma_.lower()
    if prep.lower_ == "to" and lemma in GROWTH_NOUNS and verb.pos_ == "NOUN":
        return _grown_org(ctx, verb)  # "the enlargement of NATO from 16 members to 19"
    if not (prep.lower_ == "to" and lemma in GROWTH_VERBS or prep.lower_ == "at" and lemma in LEVEL_VERBS):
        return None, 0.0
    obj = obj if obj is not None else next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is not None:
        return _membership_org(ctx, obj)
    return _subject_org(ctx, verb)


GROWTH_NOUNS = {"enlargement", "expansion", "growth"}
PROSPECT_WORDS = {"will", "would", "could", "might", "may", "should", "shall", "'ll", "planned", "proposed",
                  "possible", "potential", "future", "further", "upcoming", "eventual", "expected", "hope", "hopes",
                  "seek", "seeks", "want", "wants", "plan", "plans", "if", "unless"}


def _grown_org(ctx: Context, noun: Token) -> tuple[str | None, float]:
    """The organisation a growth noun is of: "the enlargement of NATO", "NATO's expansion"; none
    when the sentence speaks of one to come ("the planned expansion of NATO to 32 members", "will
    mean NATO's expansion to 32"), whose number is not yet the membership's."""
    if any(t.lower_ in PROSPECT_WORDS for t in noun.sent):
        return None, 0.0
    owners = [c for c in noun.children if c.dep_ in ("poss", "compound")]
    owners += [o for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children if o.dep_ == "pobj"]
    for owner in owners:
        named = ctx.entities(phrase_tokens([owner]), ("org:",))
        if named:
            return named[0], 1.0
    return None, 0.0


def _membership_org(ctx: Context, tok: Token) -> tuple[str | None, float]:
    """An organisation named by `tok`, or the owner of "membership" ("NATO's membership")."""
    if tok.lemma_.lower() == "membership":
        owner = next((c for c in tok.children if c.dep_ in ("poss", "compound")), None)
        if owner is None:
            return None, 0.0
        if owner.lower_ in POSSESSIVE_PRONOUNS:
            return _antecedent(ctx, tok)
        return _membership_org(ctx, owner)
    if tok.lemma_.lower() in TALLY_NOUNS:
        return _tally_org(ctx, tok)
    named = ctx.entities(phrase_tokens([tok]), ("org:", "state:"))
    if named:
        return (named[0], 1.0) if named[0].startswith("org:") else (None, 0.0)
    return org_noun(ctx, tok)


TALLY_NOUNS = {"number", "count", "tally", "total", "ranks", "rank"}


def _tally_org(ctx: Context, tok: Token) -> tuple[str | None, float]:
    """"bringing the number of allies to 32", "took the number of NATO members to 31", "swelled
    NATO's ranks to 32": the organisation whose members the tally counts (none when the counted
    words are narrowed: "the number of European allies")."""
    owner = next((c for c in tok.children if c.dep_ == "poss"), None)
    if owner is not None and tok.lemma_.lower() in ("rank", "ranks"):
        return _membership_org(ctx, owner) if owner.lower_ not in POSSESSIVE_PRONOUNS else _antecedent(ctx, tok)
    of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    counted = next((p for p in of.children if p.dep_ == "pobj"), None) if of is not None else None
    if counted is None:
        return None, 0.0
    if ctx.entity(counted) and ctx.entity(counted).startswith("org:"):
        return ctx.entity(counted), 1.0  # "the number of NATO members", parsed on NATO
    if counted.lemma_.lower() not in COUNT_NOUNS or _narrowed(ctx, counted):
        return None, 0.0
    return org_of(ctx, counted)


def _subject_org(ctx: Context, verb: Token) -> tuple[str | None, float]:
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None and subj.lower_ in ("which", "that") and verb.dep_ == "relcl":
        subj = verb.head
    if subj is None:
        return None, 0.0
    return _membership_org(ctx, subj)


def _bare(ctx: Context, num: Token) -> list[Statement]:
    """"NATO grew to 31", "the membership stands at 32": the number alone after the verb."""
    value = cardinal(num)
    if value is None or value < 2 or approximate(num) or num.head.lower_ not in ("to", "at"):
        return []
    if any(c.dep_ in ("prep", "amod", "compound") for c in num.children):
        return []  # "grew to 31 percent of GDP"
    return _count_statement(ctx, num, num, value, *_level_org(ctx, num.head))


def _elided(num: Token) -> bool:
    """A number with no noun after "has" whose coordinated clause says what it counts: "The EU has 27
    member states, and NATO has 32" (the other clause has a counted member noun), or whose subject's
    own clause does: "The alliance, which began with 12 members, now has 32" (`_counted_before`)."""
    verb = num.head
    others = [c for c in (*verb.conjuncts,) if c.lemma_.lower() == "have"]
    return any(c.dep_ == "dobj" and c.lemma_.lower() in COUNT_NOUNS and c.tag_ in ("NNS", "NNPS") and nummod(c) is not None
               for o in others for c in o.children) or _counted_before(num)


def _counted_before(num: Token) -> bool:
    """"NATO, which began with 12 members, now has 32": a relative clause on the subject of "has"
    counts members (a plural count noun with a number), so the bare number counts them too."""
    subj = next((c for c in num.head.children if c.dep_ == "nsubj"), None)
    clauses = [c for c in subj.children if c.dep_ in ("relcl", "acl")] if subj is not None else []
    return any(t.lemma_.lower() in COUNT_NOUNS and t.tag_ in ("NNS", "NNPS") and nummod(t) is not None
               for clause in clauses for t in clause.subtree)


def _numbering(ctx: Context, num: Token) -> list[Statement]:
    """"NATO now numbers 32", "the alliance counts 32": the number alone as the verb's object."""
    value = cardinal(num)
    if value is None or value < 2 or approximate(num) or any(c.dep_ in ("prep", "amod", "compound") for c in num.children):
        return []
    subj = next((c for c in num.head.children if c.dep_ == "nsubj"), None)
    named = ctx.entity(subj) if subj is not None else None
    if subj is None or not (named and named.startswith("org:") or subj.lemma_.lower() in ORG_NOUNS | GROUP_NOUNS):
        return []  # "NATO's founding members numbered twelve": a part of the membership
    return _count_statement(ctx, num, num, value, *_subject_org(ctx, num.head))


def _strong(ctx: Context, head: Token) -> list[Statement]:
    """"the 32-strong alliance": a count told by "-strong" on the organisation's noun."""
    for c in head.children:
        if c.dep_ == "amod" and c.lower_ == "strong":
            num = next((n for n in c.children if n.like_num), None)
            value = cardinal(num) if num is not None else None
            if value is not None and value >= 2 and not approximate(num):
                return _count_statement(ctx, head, num, value, *org_noun(ctx, head))
    return []


def _strong_org(ctx: Context, strong: Token) -> tuple[str | None, float]:
    """What "N countries strong" describes: the organisation it modifies or is said of."""
    target = strong.head
    if strong.dep_ == "acomp":
        target = next((c for c in target.children if c.dep_ in ("nsubj", "nsubjpass")), target)
    return _membership_org(ctx, target)


def _count_statement(ctx: Context, noun: Token, num: Token, value: int, org: str | None,
                     sure: float) -> list[Statement]:
    if org is None:
        return []
    confidence = {"link": sure} if sure < 1.0 else {}
    date_sure = date_confidence(ctx, noun)
    if date_sure < 1.0:
        confidence["date"] = date_sure
    verb = governor(noun)
    mode = _count_modality(noun, verb)
    times = claim_times(ctx, noun)
    if mode == "fact" and not _predicated(noun, verb) and not counted_then(noun, num):
        times = _up_to_article(ctx, times)
        if _whole(noun):  # "the 29 allies", "NATO's 32 members"; not "grew from 15 to 27 members"
            times = writers_day(ctx, org, value, times)
    # a denial is the count's only when the count is what the clause says ("NATO does not have 30
    # members"); "The four partners are not members of NATO" denies their membership, not that
    # they are four (fa17)
    denied = denies(verb, noun) and (_predicated(noun, verb) or mode != "fact")
    return [make(ctx, org, "member_count", str(value), [num, noun], verb, denied, times=times,
                 confidence=confidence, modality=mode)]


RECENT_DAYS = 400  # a clause's date this close before the article's: the writer's count may be today's
WHOLE_PERIOD = 31  # days: a clause's period this long around the article's day ("this year") is of that day


def _predicated(noun: Token, verb: Token) -> bool:
    """Is the count what the clause says ("NATO had 30 members in 2021", "grew to 31 in April"),
    not a phrase naming the organisation ("Only 11 of NATO's 31 members met the goal last year")?"""
    phrase = noun.head if noun.dep_ in ("nmod", "compound", "amod") else noun
    if phrase.dep_ in ("dobj", "attr") and phrase.head.i == verb.i and verb.lemma_.lower() in PREDICATES:
        return True
    return phrase.dep_ == "pobj" and phrase.head.lower_ in ("to", "at") and (
        phrase.head.head.lemma_.lower() in GROWTH_VERBS | LEVEL_VERBS)


def _up_to_article(ctx: Context, times: dict) -> dict:
    """A count in a noun phrase of a clause dated in the past ("eight of NATO's 31 members met the
    goal last year", written in July) names the organisation as the writer knows it: it may be
    the size of the clause's time or of the article's, so it speaks of the span from one to the
    other. A clause dated further back keeps its date, unless the count is the article's day's
    (`_count_scope.writers_day`)."""
    from datetime import date, timedelta

    from accord.model import TimeQualifier
    from accord.kb import temporal

    published = getattr(ctx.doc._, "document_date", None)
    stated = [t for t in (times.get("start"), times.get("point_in_time")) if t is not None]
    if not published or not stated or times.get("end") is not None:
        return times
    try:
        today = date.fromisoformat(str(published)[:10])
        first = date.fromisoformat(temporal.lower(stated[0].value))
        last = date.fromisoformat(temporal.upper(stated[-1].value))
    except ValueError:
        return times
    if first <= today <= last and last - first > timedelta(days=WHOLE_PERIOD):
        # "Twenty-three of NATO's 32 members will spend 2% this year": the phrase names the
        # organisation on the writer's day, not on any day of the year around it
        return {"point_in_time": TimeQualifier(today.isoformat(), "day")}
    if not today - timedelta(days=RECENT_DAYS) <= last < today:
        return times
    return {"start": TimeQualifier(first.isoformat(), "day"), "end": TimeQualifier(today.isoformat(), "day")}


def _count_modality(noun: Token, verb: Token) -> str:
    """A count in a noun phrase is said of the organisation as it is ("Ukraine to join the
    31-member alliance" is a plan to join, not a plan to have 31 members); only a count that is
    what the clause says ("NATO will have 32 members") takes the clause's modality."""
    phrase = noun.head if noun.dep_ in ("nmod", "compound", "amod") else noun
    if any(m.lower_ in ("if", "unless") for c in verb.children if c.dep_ == "advcl" for m in c.children):
        return "hypothetical"  # "If Finland and Sweden join, NATO will have 32 members"
    if any(c.dep_ == "advcl" and inverted_condition(c) for c in verb.children):
        return "hypothetical"  # "Had Britain stayed, it would now be one of 28 members" (fa21)
    if phrase.dep_ in ("dobj", "attr") and phrase.head.i == verb.i and verb.lemma_.lower() in PREDICATES:
        return modality(verb)
    if phrase.dep_ == "pobj" and phrase.head.lower_ in ("to", "at") and phrase.head.head.lemma_.lower() in GROWTH_VERBS:
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
        return quantity.like_num or quantity.lower_ in ("most", "many", "some", "half", "all", "none", "each", "one")
    return False


def _narrowed(ctx: Context, noun: Token) -> bool:
    """Words that make the phrase a part of the membership, or a count of something else."""
    if restricted_after(noun):
        return True  # "one of the two allies yet to ratify", parsed on "one" or the verb
    for c in noun.children:
        if c.dep_ in ("relcl", "acl") and not _aside(c):
            return True  # "the 30 members that have ratified"
        if c.dep_ == "amod" and c.lower_ not in ("current", "present", "allied") \
                and not (c.lower_ == "participating" and noun.lemma_.lower() == "state"):
            return True  # "the 23 European allies", "the 30 other members" (the OSCE's "57 participating
            # States" are its members: body22)
        if c.dep_ == "prep" and not _org_prep(ctx, c) and not _accession_prep(c):
            return True  # "30 members of parliament", "the 23 allies in Europe"
        if c.dep_ == "compound" and c.lemma_.lower() not in ("member", "alliance") and not ctx.entity(c):
            return True  # "the 30 board members"
    return False


def _aside(clause: Token) -> bool:
    """A relative clause set off by a comma and opened by "which" or "who" ("NATO's 29
    democracies, which had fought ..."): it tells of them all, it picks none out."""
    first = clause.left_edge
    if any(_day_word(t) for t in clause.subtree):
        return False  # "the 12 allies, which signed it in 1949": counted on that day, not the article's
    return first.lower_ in ("which", "who") and first.i > 0 and first.nbor(-1).text == ","


def _day_word(tok: Token) -> bool:
    return tok.ent_type_ in ("DATE", "TIME") or (tok.like_num and len(tok.text) == 4)


def _org_prep(ctx: Context, prep: Token) -> bool:
    return prep.lower_ == "of" and bool(ctx.entities(phrase_tokens(prep.children), ("org:",)))


def _accession_prep(prep: Token) -> bool:
    """"grew to 31 members with Finland's entry": the accession that made the number."""
    return prep.lower_ in ("with", "after", "following") and any(
        c.lemma_.lower() in ACCESSION_NOUNS for c in prep.children if c.dep_ == "pobj")


def org_of(ctx: Context, noun: Token) -> tuple[str | None, float]:
    """The organisation whose members `noun` names, and how sure the link is."""
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            found = ctx.entities(phrase_tokens(c.children), ("org:",))
            if found:
                return found[0], 1.0
            target = next((p for p in c.children if p.dep_ == "pobj"), None)
            return org_noun(ctx, target) if target is not None else (None, 0.0)  # "member of the alliance"
    for c in noun.children:
        if c.dep_ in ("poss", "compound") and ctx.entity(c):
            ent = ctx.entity(c)
            return (ent, 1.0) if ent.startswith("org:") else (None, 0.0)  # "Germany's 16 states": no
        if c.dep_ == "poss" and c.lower_ in POSSESSIVE_PRONOUNS:
            return _antecedent(ctx, noun)
        if c.dep_ == "poss" and c.lower_ == "whose":
            return _whose(ctx, noun)
        if c.dep_ == "poss" or (c.dep_ == "compound" and c.lemma_.lower() == "alliance"):
            return org_noun(ctx, c)  # "the alliance's 32 nations", "all 32 alliance members"
    if noun.lemma_.lower() == "ally" or any(c.lower_ == "allied" for c in noun.children):
        num = nummod(noun)
        value = cardinal(num) if num is not None else None
        if value is not None and named_before(ctx, noun, value):
            return None, 0.0  # "Hungary and Turkey ... the two allies": those two
        return alliance_topic(ctx), TOPIC_LINK  # "the 29 allies": an alliance's (the IP4's partners are not)
    if any(c.lemma_.lower() == "member" and c.dep_ == "compound" for c in noun.children):
        return ctx.topic_org, TOPIC_LINK  # "the 27 member states"
    if noun.lemma_.lower() == "member" and ctx.topic_org:
        return ctx.topic_org, TOPIC_LINK * 0.9
    return None, 0.0


def _whose(ctx: Context, noun: Token) -> tuple[str | None, float]:
    """"NATO, whose 32 members promise ...": the organisation named by the noun the relative clause
    hangs on."""
    clause = noun.head
    while clause.dep_ != "relcl" and clause.head.i != clause.i and clause.i > clause.head.i:
        clause = clause.head
    if clause.dep_ != "relcl":
        return None, 0.0
    ent = ctx.entity(clause.head)
    return (ent, 1.0) if ent and ent.startswith("org:") else (None, 0.0)


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


def org_noun(ctx: Context, head: Token) -> tuple[str | None, float]:
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
    if head.lemma_.lower() == "bloc" and ctx.topic_org == "org:NATO" and "org:EU" not in set(ctx.entity_of.values()):
        return ctx.topic_org, TOPIC_LINK  # "the 32-nation bloc" in an article about NATO that names no EU
    return None, 0.0


CHECKS = {"member_count": check_count, "accessions": check_accessions, "new_members": check_new_members,
          "members_at_least": countparts.check_at_least}


def _count_words(name, st) -> str:
    when = st.point_in_time or st.start
    return f"{name(st.subject)} has {st.value} members" + (f" on {when.value}" if when else "")


WORDS = {"member_count": _count_words,
         "accessions": lambda name, st: f"{st.value} states joined {name(st.subject)}",
         "new_members": lambda name, st: f"{name(st.subject)}'s newest members are {st.value} states",
         "members_at_least": countparts.words}
