"""Memberships and partnerships: "X is a member of NATO", "X and NATO have been partners",
"NATO's partner X", "not a partner but ...", "X became a member on ..." (an accession), and
membership told by place: "X is (not) in NATO", "X, which is not in NATO,", "X is neither in NATO
nor in the EU", "X remains outside NATO".
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from accord.model import Statement
from accord.nlp.extract.claims._whose_country import whose_state
from accord.nlp.extract.claims.lists import grouping_members
from accord.nlp.extract.claims.grammar import (
    RELATIVE_PRONOUNS,
    Context,
    clause_tokens,
    described_state,
    excepted,
    group,
    make,
    names_own_body,
    negated,
    not_until,
    one_date,
    phrase_tokens,
    qualifiers,
    said_before,
    shared_subject,
    until_time,
)

ORDER = 20
RELATION_NOUNS = {"member": "member_of", "ally": "member_of", "partner": "partner_of", "partnership": "partner_of",
                  "part": "member_of", "candidate": "candidate_for"}
# Nouns that name the relation only with their organisation written after "of": "part of NATO"
# (not "part of the plan").
OF_ONLY = {"part"}
# Marks of a concessive phrase on the relation noun: "Japan, though not a NATO member, ..."
CONCESSIVE = {"though", "although", "while", "albeit"}
# Verbs whose object can carry the relation: "has had a partnership programme with NATO".
HAVING_VERBS = {"have", "sign", "hold", "keep", "maintain", "agree", "conclude"}
POSSESSIVE_PRONOUNS = {"its", "their", "our"}
# Words that make the noun someone who is not (now) a member: "a former member", "aspiring members".
NOT_NOW = {"former", "ex", "future", "prospective", "aspiring", "would-be", "candidate", "potential", "eventual",
           "next", "new-found"}


# Verbs that place a state in or out of an organisation: "is in NATO", "remains outside NATO".
PLACING_VERBS = {"be", "remain", "stay"}
PLACE_PREPS = {"in": False, "within": False, "outside": True}  # preposition -> says it is not a member
# ("remains / stays out of NATO": "out" with its "of", as "outside"; not after "be": "is out of" a quarrel)


PLAN_SURE = 0.4  # "to become NATO members", "will one day be in NATO": not checkable against today's list


def extract(ctx: Context, sent: Span) -> list[Statement]:
    found = relation_statements(ctx, sent) + placed_statements(ctx, sent)
    for st in found:
        if st.modality == "plan":
            for ref in st.references:
                ref.confidence["modality"] = min(ref.confidence.get("modality", 1.0), PLAN_SURE)
    return found


def relation_statements(ctx: Context, sent: Span) -> list[Statement]:
    out = []
    for tok in sent:
        prop = RELATION_NOUNS.get(tok.lemma_.lower())
        if prop is None or tok.pos_ not in ("NOUN", "PROPN") or _not_now(tok):
            continue
        noun = tok.head if tok.dep_ == "compound" else tok  # "partnership programme"
        org = _org_of(ctx, tok) or _org_of(ctx, noun)
        if tok.lemma_.lower() in OF_ONLY and not _of_org(ctx, tok):
            continue
        verb, subjects = _subjects_of(ctx, noun)
        if _counted_by_subject(noun, verb) and (org is None or prop == "member_of"):
            # "NATO and the EU have 32 and 27 members": the subjects own the members; so does "the
            # EU has 27 members, 20 of them in the eurozone" ("in" hung on the noun): no relation
            continue
        if org is None:  # "New Zealand and NATO have been partners": the organisation is a subject
            org = next((s for s in subjects if s.startswith("org:")), None)
        if org is None and verb is not None and verb.lemma_.lower() == "become" and not _of_another_body(noun) \
                and not _other_group_in(ctx, sent):
            # "Croatia became a member on 1 July 2013", in an article about the EU; a sentence that names
            # another group leaves it open ("suspended from Mercosur, and Bolivia, which became a full
            # member in July", in an article on the EU's deal with Mercosur: fa26)
            org = ctx.topic_org
        topical = org is None and prop != "partner_of" and (_bare_since(noun, verb) or _yet_or_already(noun, verb)) \
            and sole_membership_org(ctx)
        clause_times = None
        if topical and verb is None and not _bare_since(noun, verb) and (past := _past_clause_verb(noun)) is not None:
            # "Montenegro, not yet a member, attended the summit on 8 July 2016": not yet then, maybe
            # since; the clause's own day is the apposition's, and with none it says nothing of a day
            clause_times = qualifiers(ctx, clause_tokens(past))
            if "point_in_time" not in clause_times:
                continue
        if topical:
            org = ctx.topic_org  # "Turkey, a member since 1952,", in an article about NATO
        left_out = excepted(ctx, sent)  # "all Nordic countries but Sweden and Finland are members"
        subjects = [m for s in subjects if s != org for m in grouping_members(ctx, s) if m not in left_out]
        if org is None or not subjects:
            continue
        times = qualifiers(ctx, clause_tokens(verb)) if verb is not None else clause_times if clause_times \
            else qualifiers(ctx, _own_tokens(noun))  # "Sweden, a NATO member since 2024,"
        anchor = verb if verb is not None else tok
        if verb is not None and undated_past(verb, times):
            continue  # "Sweden was not a NATO member" (some time before): not a claim about the article's day
        if verb is None and not times and _before_a_change(noun):
            continue  # "A and B, partners of NATO for decades, became members": partners until then
        negation = _relation_negated(noun, verb)
        if negation and _narrowed(ctx, tok):
            continue  # "Croatia is not a founding member": the denial may be of "founding" alone
        if negation and verb is not None and (_for_a_while(verb) or _for_a_while(noun)) \
                and not _denied_by_noun(noun):
            continue  # "Finland has not been a member for two years": the denial may be of the span alone
        if verb is not None and verb.lemma_.lower() == "become" and prop == "member_of" and times \
                and not _first_to_act(noun, verb):
            point = one_date(times)
            if negation and not_until(verb):
                # "Sweden did not become a member until 2024": it became one then (neg22); with
                # "before" or a clause, no time is said
                point, negation = until_time(verb, times), False
                if point is None:
                    continue
            out += [make(ctx, s, "joined", org, [tok, anchor], anchor, negation, {"point_in_time": point})
                    for s in subjects]
            continue
        denied_now = prop == "candidate_for" and negation and not times and verb is not None \
            and verb.lemma_.lower() == "be" and verb.tag_ in ("VBZ", "VBP")  # "Ukraine is not an EU candidate"
        if prop == "candidate_for" and not denied_now and (not times.get("start") or negation or _denied_before(tok)):
            continue  # only "an EU candidate since June 2022": its start is what the KB can check
        more = [] if prop == "candidate_for" else _more_orgs(ctx, noun, verb, org, negation)
        sure = {"link": TOPIC_SINCE} if topical else None
        for subject in subjects:
            if prop != "candidate_for" or subject.startswith("state:"):
                out.append(make(ctx, subject, prop, org, [tok, anchor], anchor, negation, times, sure))
                out += [make(ctx, subject, prop, o, [tok, anchor], anchor, denied, times)
                        for o, denied in more if o != subject]
    return out


TOPIC_SINCE = 0.7  # "a member since 1952" with no organisation written: the article's topic (counts.TOPIC_LINK)


def _bare_since(noun: Token, verb: Token | None = None) -> bool:
    """ "Turkey, a member since 1952,", "a candidate since December 2022": a relation noun with a
    "since" phrase of its own and no owner written (no "of", possessive, compound or modifier
    naming one) — the membership the article is about; so is the complement of "has been ...
    since" ("Bulgaria, which has been a member since 2004,", the parser hangs "since" on the
    verb). Not "a partner since 2005": when a partnership began is told by many events (a
    dialogue, a declaration, a programme)."""
    since = lambda t: any(c.dep_ == "prep" and c.lower_ == "since" for c in t.children)  # noqa: E731
    copula = verb is not None and verb.lemma_.lower() == "be" and noun.dep_ == "attr" and verb.tag_ == "VBN"
    if not (since(noun) or (copula and since(verb))):
        return False
    return not any(c.dep_ in ("poss", "compound", "nmod") or (c.dep_ == "prep" and c.lower_ in ("of", "in", "with"))
                   for c in noun.children)


def _yet_or_already(noun: Token, verb: Token | None = None) -> bool:
    """ "Montenegro, not yet a member,", "Montenegro, which is already a member,": a relation noun
    with no owner written whose "yet" or "already" ties it to the joining the article is about (on
    the noun, its verb, or "not yet" right before an apposition, where the parser may hang it on
    the name). Not for "once" / "still" (a membership that may have ended)."""
    words = {c.lower_ for t in (noun, verb) if t is not None for c in t.children if c.dep_ == "advmod"}
    if _not_yet_before(noun):
        words.add("yet")
    if not words & {"yet", "already"}:
        return False
    return not any(c.dep_ in ("poss", "compound", "nmod", "amod") or (c.dep_ == "prep" and c.lower_ in ("of", "in", "with"))
                   for c in noun.children)


def _not_yet_before(noun: Token) -> bool:
    """ "Montenegro, not yet a member,": the apposition's "not yet", hung on the name before it."""
    doc = noun.doc
    lo = noun.left_edge.i
    return noun.dep_ == "appos" and lo >= 2 and doc[lo - 2].lower_ == "not" and doc[lo - 1].lower_ == "yet"


def _past_clause_verb(noun: Token) -> Token | None:
    """The verb of the clause the apposition's name is part of, when that clause is told in the
    past ("Montenegro, not yet a member, attended the summit"): an undated apposition speaks of
    that clause's time, not today. None for a present clause."""
    verb = next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return None
    auxes = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    return verb if verb.tag_ == "VBD" or auxes & {"had", "was", "were", "did"} else None


def sole_membership_org(ctx: Context) -> bool:
    """The article's topic is the only organisation with members it names (an article on NATO
    that also names the EU leaves "a member since 2004" open)."""
    if ctx.topic_org is None or ctx.kb is None:
        return False
    others = {e for e in ctx.entity_of.values() if e.startswith("org:") and e != ctx.topic_org}
    return not any(next(iter(ctx.kb.facts(property="member_of", value=o)), None) is not None for o in others)


def _other_group_in(ctx: Context, sent: Span) -> bool:
    """Does the sentence name an organisation with members (the KB's lists) other than the article's
    topic? Then a bare "became a member" in it may be of either. Without a KB none is known."""
    if ctx.kb is None:
        return False
    named = {ctx.entity_of.get(t.i) for t in sent} - {None, ctx.topic_org}
    return any(e.startswith("org:") and next(iter(ctx.kb.facts(property="member_of", value=e)), None) is not None
               for e in named)


# Verbs that report speech: a past tense in their clause may be the speaker's present, moved back
# ("Stoltenberg said Sweden was a valued ally"), so it still speaks of the article's days.
REPORTING_VERBS = {"say", "tell", "add", "note", "state", "stress", "insist", "argue", "claim", "warn", "confirm",
                   "announce", "explain", "believe", "think", "write"}


# Verbs of a change of relation: an undated apposition on their subject tells the state before it.
CHANGE_VERBS = {"become", "join", "leave", "quit", "exit", "withdraw", "accede", "apply"}


def _before_a_change(noun: Token) -> bool:
    """Is the noun an apposition on the subject of a past change of relation ("Sweden, a NATO
    partner for decades, joined the alliance in 2024")?"""
    head = noun
    while head.dep_ == "conj":
        head = head.head
    if head.dep_ != "appos":
        return False
    subject = head.head
    while subject.dep_ == "conj":
        subject = subject.head
    verb = subject.head
    return subject.dep_ in ("nsubj", "nsubjpass") and verb.lemma_.lower() in CHANGE_VERBS and verb.tag_ == "VBD"


def undated_past(verb: Token, times: dict) -> bool:
    """A relation told in the past ("was", "had been") with no day or year of its own: it
    held some time before, maybe long before ("Sweden was not a member until 2024", "had been a
    partner since 1994"), not necessarily on the article's day. Not a past moved back in reported
    speech."""
    auxes = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    past = (verb.tag_ == "VBD" and not auxes) or (verb.tag_ == "VBN" and "had" in auxes)
    if not past or "point_in_time" in times or verb.lemma_.lower() == "become":
        return False  # "Colombia became NATO's first partner in Latin America": the state it entered, still held
    return not (verb.dep_ == "ccomp" and verb.head.lemma_.lower() in REPORTING_VERBS)


def _counted_by_subject(noun: Token, verb: Token | None) -> bool:
    """"X has 32 members", "X and Y have 32 and 27 members": a counted relation noun after "have"
    names the subject's own members, not a relation between the subjects."""
    return verb is not None and verb.lemma_.lower() in HAVING_VERBS and noun.dep_ == "dobj" and any(
        c.dep_ == "nummod" for c in noun.children)


def _more_orgs(ctx: Context, noun: Token, verb: Token | None, org: str, negation: bool) -> list[tuple[str, bool]]:
    """The other organisations the same relation is said of, each with its polarity: "members of
    both the EU and NATO" (the "of" object's conjuncts: as the first), "members of the EU but not
    of NATO", "an EU member but not a member of NATO" parsed as a second "of" on the verb (denied
    when it has its own "not"; only after an affirmed first)."""
    out: list[tuple[str, bool]] = []
    ofs = [c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"]
    ofs += [c for p in ofs for c in p.conjuncts if c.lower_ == "of"]  # "of the EU or of NATO"
    for prep in ofs:
        objs = [p for p in prep.children if p.dep_ == "pobj"]
        for obj in objs:
            out += [(e, negation) for e in ctx.entities(obj.conjuncts, ("org:",)) if e != org]
        own = ctx.entities(objs, ("org:",))
        if org in own:
            continue
        if any(c.dep_ == "neg" for c in prep.children):  # "a member of NATO but not of the EU"
            out += [(e, True) for e in own] if not negation else []
        else:  # "not a member of the EU or of NATO"
            out += [(e, negation) for e in own]
    if verb is None or negation or verb.lemma_.lower() not in ("be", "remain"):
        return out
    for prep in (c for c in verb.children if c.dep_ in ("prep", "conj") and c.lower_ == "of"):
        if not any(c.dep_ == "neg" for c in prep.children):
            continue
        out += [(e, True) for e in ctx.entities([p for p in prep.children if p.dep_ == "pobj"], ("org:",)) if e != org]
    return out


RANKING = {"first", "last", "only", "second", "third", "final", "latest", "next"}


def _first_to_act(noun: Token, verb: Token) -> bool:
    """"Hungary became the last NATO member to ratify ...", "became the first ally to send ...": a
    member ranked by an act it did (an infinitive on the noun or on "become"), not an accession."""
    if not any(c.dep_ == "amod" and c.lower_ in RANKING for c in noun.children):
        return False
    return any(c.dep_ in ("acl", "relcl", "xcomp") and c.pos_ in ("VERB", "AUX")
               and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
               for c in [*noun.children, *verb.children])


def _org_of(ctx: Context, noun: Token) -> str | None:
    """The organisation of the relation noun, from it or a noun coordinated with it ("members and
    partners of NATO"); none when the noun has its own owner that is not an organisation ("a key
    United States ally", "America's partner")."""
    if _owned_by_other(ctx, noun):
        return None
    # a conjunct that is itself a name is another party, not a relation noun: "19 members plus the EU"
    siblings = [noun, *(c for c in noun.conjuncts if not _owned_by_other(ctx, c) and not ctx.entity(c))]
    if names_own_body(noun):
        siblings = [noun]  # "a founding member of the OSCE and a member of NATO": the OSCE, known or not
    for t in siblings:
        for c in t.children:
            if c.dep_ == "prep" and c.lower_ in ("of", "in", "with"):
                if any(n.dep_ == "neg" for n in c.children):
                    continue  # "part of the single market but not of the EU": that organisation is denied
                found = ctx.entities(phrase_tokens(o for o in c.children if not _owned_thing(ctx, o)), ("org:",))
                if found:
                    return found[0]
            if c.dep_ in ("poss", "compound", "nmod", "amod"):  # "a non-NATO member": NATO as amod
                found = ctx.entities([c, *c.subtree], ("org:",))
                if found:
                    return found[0]
                if c.lower_ in POSSESSIVE_PRONOUNS:
                    return _clause_org(ctx, noun) or ctx.topic_org
    return None


def _own_tokens(noun: Token) -> set[int]:
    """The relation noun's phrase without a coordinated relation noun's own phrase: in "a founding
    member of NATO and a member of the EU since 1986" the year is the second membership's."""
    others = {t.i for c in noun.children if c.dep_ == "conj" and c.lemma_.lower() in RELATION_NOUNS
              for t in c.subtree}
    return {t.i for t in noun.subtree} - others


def _of_another_body(noun: Token) -> bool:
    """Does the relation noun name its body in an "of" / "in" phrase that is no organisation the
    KB holds and no noun for one ("a member of the Council of Europe", "of the euro area"; not "of
    the alliance")? Then the article's topic is not the body it is a member of."""
    return any(c.dep_ == "prep" and c.lower_ in ("of", "in") and p.dep_ == "pobj" and p.lemma_.lower() not in ORG_KIND_NOUNS
               for c in noun.children for p in c.children)


# Nouns that may name an organisation itself ("a member of the Atlantic alliance", "of the bloc")
ORG_KIND_NOUNS = frozenset("alliance bloc union organisation organization pact group grouping club community".split())


def _owned_thing(ctx: Context, obj: Token) -> bool:
    """Is the object of "of / in / with" a thing an organisation has, not the organisation ("a member of
    the EU's Schengen area", "part of the EU's single market", "members of NATO's nuclear
    planning group"): a common noun, no name itself, with the organisation as its possessor?"""
    return obj.pos_ == "NOUN" and ctx.entity(obj) is None and obj.lemma_.lower() not in ORG_KIND_NOUNS and any(
        c.dep_ == "poss" and ctx.entities(c.subtree, ("org:",)) for c in obj.children)


def _denied_before(noun: Token) -> bool:
    """ "not an EU candidate since ...", "no longer a candidate": a denial written before the noun."""
    return any(t.lower_ in ("not", "no", "never", "longer") for t in noun.doc[max(noun.i - 4, noun.sent.start):noun.i])


def _not_now(noun: Token) -> bool:
    """"a former member", "aspiring members", "a would-be ally": not a member now; nor "X, then an
    EU member," (a member at the clause's time, not necessarily now)."""
    words = {c.lower_.strip("-") for c in noun.lefts if c.dep_ in ("amod", "compound", "nmod")}
    return bool(words & NOT_NOW) or any(c.lower_ == "would" for c in noun.lefts) or _would_be_before(noun) \
        or (noun.dep_ == "appos" and any(c.dep_ == "advmod" and c.lower_ == "then" for c in noun.lefts))


def _would_be_before(noun: Token) -> bool:
    """"Would-be NATO member Sweden": "would-be" written just before the noun's modifiers, which a
    parse can hang on the name after the noun, or on a verb of its own at a sentence's start."""
    doc = noun.doc
    return any(doc[i].lower_ == "would" and doc[i + 1].text == "-" and doc[i + 2].lower_ == "be"
               for i in range(max(noun.left_edge.i - 3, noun.sent.start), noun.i - 2))


def _owned_by_other(ctx: Context, noun: Token) -> bool:
    mods = [t for c in noun.children if c.dep_ in ("poss", "compound", "nmod") for t in c.subtree]
    return bool(ctx.entities(mods, ("state:", "person:"))) and not ctx.entities(mods, ("org:",))


def _clause_org(ctx: Context, tok: Token) -> str | None:
    for anc in tok.ancestors:
        for c in anc.children:
            if c.dep_ in ("nsubj", "nsubjpass"):
                found = ctx.entities(phrase_tokens([c]), ("org:",))
                if found:
                    return found[0]
    return None


def _subjects_of(ctx: Context, noun: Token) -> tuple[Token | None, list[str]]:
    """The clause's verb and the states (or organisations) said to hold the relation."""
    head = noun
    while head.dep_ == "conj":
        head = head.head
    subjects: list[str] = []
    appos = [c for c in noun.children if c.dep_ == "appos"]
    if appos:
        subjects += ctx.entities(phrase_tokens(group(appos[0])), ("state:", "org:"))
    if head.dep_ == "appos":  # "Sweden, a NATO member since 2024, ...", "Japan, a US ally and not a member"
        subjects += ctx.entities(phrase_tokens([head.head]), ("state:", "org:")) or \
            described_state(ctx, head.head)  # "The country, a NATO member since 2004, ..."
    if noun.dep_ in ("nsubj", "npadvmod", "advcl") and any(c.dep_ == "mark" and c.lower_ in CONCESSIVE
                                                          for c in noun.children):
        # "Japan, though not a NATO member, sent ...": the clause's other subject holds it
        other = next((c for c in noun.head.children if c.dep_ in ("nsubj", "nsubjpass") and c is not noun), None)
        if other is not None:
            subjects += ctx.entities(phrase_tokens(group(other)), ("state:", "org:"))
    subjects += _named_by_example(ctx, noun) + _all_of_them(ctx, noun)
    partitive = _partitive_head(head)  # "South Korea, one of NATO's partners": "one" stands for the noun
    if partitive is not None:
        head = partitive
        if head.dep_ == "appos":
            subjects += ctx.entities(phrase_tokens([head.head]), ("state:", "org:"))
    verb = None
    if head.dep_ == "pobj" and head.head.lower_ == "among" and head.head.head.lemma_.lower() in PLACING_VERBS:
        verb = head.head.head  # "Mongolia is among NATO's partners"
    elif head.dep_ in ("attr", "acomp", "oprd") or (head.dep_ == "dobj" and head.head.lemma_.lower() in HAVING_VERBS):
        verb = head.head
    if verb is not None:
        nsubj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if nsubj is None:
            _, nsubj = shared_subject(verb)  # "Moldova is neutral and is not a member of NATO" (neg20)
        if nsubj is not None and nsubj.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
            nsubj = verb.head
        if nsubj is not None:
            subjects += ctx.entities(phrase_tokens(_holders(ctx, nsubj)), ("state:", "org:"))
            subjects += [] if subjects else described_state(ctx, nsubj)  # "The Nordic country has been a member since 2023"
            subjects += [] if subjects else whose_state(ctx, verb)  # "X, whose country is a member of NATO"
            subjects += [] if subjects else it_state(ctx, nsubj, verb)  # "Malta ... It is not a member of NATO"
    return verb, list(dict.fromkeys(subjects))


# Clauses whose subject "it" may stand for the subject of the clause they hang on: "Montenegro uses
# the euro although it is not a member of the euro zone", "Malta joined the EU in 2004 and it is ...".
IT_CLAUSES = frozenset({"advcl", "conj"})


def it_state(ctx: Context, nsubj: Token, verb: Token) -> list[str]:
    """The state a subject "it" of the relation's clause stands for (neg22): in a clause hanging on
    another ("although it is not a member", IT_CLAUSES), the one state that is that clause's whole
    subject; in a main clause, the one state that is the whole subject of the sentence before
    (`grammar.said_before`: "Malta adopted the euro in 2008. It is not a member of NATO."). An
    organisation, two states, a state that only owns the subject, or a clause of another kind
    (a reported "said it is", a relative clause) is no antecedent: []."""
    if nsubj.lower_ != "it":
        return []
    if verb.dep_ in IT_CLAUSES and verb.head.i != verb.i:
        head = verb.head
        subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or subj.i > nsubj.i or any(c.dep_ in ("conj", "cc") for c in subj.children):
            return []
        ent = ctx.entity(subj)
        return [ent] if ent is not None and ent.startswith("state:") else []
    if nsubj.i == nsubj.sent.start and (verb.dep_ == "ROOT" or verb.dep_ in ("ccomp", "parataxis")
                                        and verb.head.dep_ == "ROOT"):
        # (opening its sentence; "It is not a member of NATO: its constitution ...", parsed under the
        # verb after the colon)
        return said_before(ctx, nsubj)
    return []


def _holders(ctx: Context, nsubj: Token) -> list[Token]:
    """The subject's phrase without its relation nouns: in "Non-NATO members A and B are ..." and
    "A and B, both members of the EU, are ..." the organisation written with "members" is the other
    side of that noun's own relation, not a subject of the clause's."""
    return [t for t in group(nsubj) if t.lemma_.lower() not in RELATION_NOUNS or ctx.entity(t)]


def _all_of_them(ctx: Context, noun: Token) -> list[str]:
    """"The Baltic republics, all EU members since 2004, backed ...", parsed as two subjects of the
    verb: "all" / "both" and a comma before the noun's phrase make it the first one's apposition."""
    if noun.dep_ not in ("nsubj", "nsubjpass") or not any(c.dep_ in ("det", "predet") and c.lower_ in ("all", "both")
                                                         for c in noun.children):
        return []
    if not any(c.dep_ in ("compound", "poss") and str(ctx.entity(c) or "").startswith("org:") for c in noun.children):
        return []  # "both members of the EU's single market": only "all EU members", "both NATO allies"
    start = min(t.i for t in noun.subtree)
    if start == 0 or noun.doc[start - 1].text != ",":
        return []
    other = next((c for c in noun.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < start), None)
    if other is None or max(t.i for t in other.subtree) != start - 2:
        return []
    return ctx.entities(phrase_tokens(group(other)), ("state:", "org:"))


def _named_by_example(ctx: Context, noun: Token) -> list[str]:
    """"NATO partners such as Japan and Australia", "NATO allies, including Poland and Romania", "the
    alliance's members, like Estonia and Latvia," (a comma before "like": not "members like Poland
    border", where "like" may be the verb), "members of the G7 such as Japan" (lists16): the
    states given as examples hold the relation; none after nouns of two relations ("NATO allies and
    partners, including Japan": each example may be either)."""
    if len({RELATION_NOUNS.get(t.lemma_.lower()) for t in (noun, *noun.conjuncts)} - {None}) > 1:
        return []
    if len(set(ctx.entities(_org_words(noun), ("org:",)))) > 1:
        return []  # "EU and NATO members such as Austria and Poland": each may be a member of one only
    out: list[str] = []
    # "members of the G7 such as Japan": the examples hung on the organisation of the noun's "of" phrase
    owners = [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
              if p.dep_ == "pobj" and str(ctx.entity(p) or "").startswith("org:")]
    for c in [c for h in (noun, *owners) for c in h.children]:
        such = c.dep_ == "prep" and c.lower_ == "as" and any(x.lower_ == "such" for x in c.children)
        like = c.dep_ == "prep" and c.lower_ == "like" and c.i > 0 and c.nbor(-1).text == ","  # "members, like A and B,"
        if (such or like or (c.dep_ == "prep" and c.lower_ == "including")) and any(p.dep_ == "pobj" for p in c.children):
            out += ctx.entities(c.doc[c.i + 1:_run_end(ctx, c)], ("state:",))
    return out


def _org_words(noun: Token) -> list[Token]:
    """The words that may name the noun's organisations: its modifiers, a name it is coordinated
    with ("EU and NATO members", parsed as "EU" and "members"), its "of" phrase."""
    words = [t for c in noun.lefts for t in c.subtree]
    words += [noun.head] if noun.dep_ == "conj" else []
    return words + [t for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for t in c.subtree]


def _run_end(ctx: Context, prep: Token) -> int:
    """Where the examples after "such as" end: the first word that is neither a state's nor a
    joiner ("such as Poland and Romania border Ukraine": Ukraine is what they border)."""
    doc = prep.doc
    i = prep.i + 1
    while i < len(doc) and (doc[i].lower_ in (",", "and", "or", "the") or str(ctx.entity(doc[i]) or "").startswith("state:")):
        i += 1
    return i


def _partitive_head(noun: Token) -> Token | None:
    """"one of NATO's partners": the word "one", which takes the noun's place in the clause."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ == "one":
        return noun.head.head
    return None


def _of_org(ctx: Context, noun: Token) -> bool:
    return any(ctx.entities(phrase_tokens(p.children), ("org:",)) for p in noun.children
               if p.dep_ == "prep" and p.lower_ == "of")


def _non(tok: Token) -> bool:
    """"non" that negates the relation: before the organisation or the noun ("non-NATO member"),
    not before another word ("non-aligned NATO partner countries" are partners)."""
    if tok.lower_.startswith("non-") and len(tok.text) > 4:
        rest = tok.text[4:]
        return rest[:1].isupper() or rest.lower() in RELATION_NOUNS  # "non-NATO", "non-Nato", "non-member"
    if tok.lower_ not in ("non", "non-"):
        return False
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    if nxt is not None and nxt.text in ("-", "‐", "–") and nxt.i + 1 < len(tok.doc):
        nxt = nxt.nbor(1)
    return nxt is not None and (nxt.text[:1].isupper() or nxt.lemma_.lower() in RELATION_NOUNS)


def _narrowed(ctx: Context, noun: Token) -> bool:
    """ "a founding member", "a full member", "the 30th member": a word that narrows the relation,
    so a denial of the phrase may deny that word alone ("Croatia is not a founding member" says
    nothing against its membership). The organisation's own name and "non-" do not narrow it."""
    for c in noun.children:
        if c.dep_ not in ("amod", "compound", "nmod", "nummod") or c.i > noun.i or _non(c):
            continue
        if ctx.entity(c) or c.is_punct or c.pos_ in ("DET", "PRON") or c.lower_ in POSSESSIVE_PRONOUNS:
            continue
        return True
    return False


def _non_before(noun: Token) -> bool:
    """ "non-member", "non member" written right before the noun: the parse often makes "non", "-"
    and the noun siblings ("is a non-member of NATO"), so the words are read, not the tree."""
    before = [noun.doc[i] for i in range(max(noun.i - 2, 0), noun.i)]
    if before and before[-1].lower_ in ("non", "non-"):
        return True
    return len(before) == 2 and before[-1].text in ("-", "‐", "–") and before[0].lower_ == "non"


SPAN_UNITS = frozenset({"year", "decade", "month", "week", "day", "century"})


def _for_a_while(verb: Token) -> bool:
    """ "has not been a member for two years", "for more than a decade": a "for" phrase of a span
    on the verb (or on the noun, where the parse may hang it). Its denial may deny the span ("has
    been one for less") or say the relation ended that long ago ("Britain has not been an EU member
    for four years"): the relation is not read."""
    return any(c.dep_ == "prep" and c.lower_ == "for" and any(t.lemma_.lower() in SPAN_UNITS for t in c.subtree)
               for c in verb.children)


def _denied_by_noun(noun: Token) -> bool:
    """The noun's own denial ("non-member", "no member"): not the verb's."""
    return any(_non(c) for c in noun.lefts) or _non_before(noun) or negated(noun) or any(
        c.dep_ == "det" and c.lower_ == "no" for c in noun.children)


def _relation_negated(noun: Token, verb: Token | None) -> bool:
    """Is the relation denied? "non-" denies it, and a "not" on a "non-member" affirms it again
    ("Japan, not a NATO non-member, ..." is a member)."""
    if any(_non(c) for c in noun.lefts) or _non_before(noun):
        return not _not_denied(noun, verb)  # "a non-NATO member", "non-member"
    return _not_denied(noun, verb)


def _not_denied(noun: Token, verb: Token | None) -> bool:
    """The relation's denial by a word ("not", "no", "never", "neither"), on the noun or its verb."""
    if negated(noun) or _not_yet_before(noun):
        return True
    if any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children):
        return True  # "Japan has no partnership with NATO", "Austria is no member of NATO"
    if verb is None or not negated(verb):
        return False
    if noun.dep_ != "conj":
        return True
    # "not a partner but a member": the contrast drops the negation unless repeated
    cc = next((c.lower_ for c in noun.head.children if c.dep_ == "cc"), "and")
    return cc != "but"




def placed_statements(ctx: Context, sent: Span) -> list[Statement]:
    """"X is (not) in NATO", "X remains outside NATO", "neither in NATO nor in the EU": a state's
    membership said by where it is. The organisation must be the preposition's own object ("in
    NATO territory", "in NATO's interest" say nothing of membership)."""
    out = []
    for prep in sent:
        if prep.lower_ == "of" and prep.head.lower_ == "out" and prep.head.dep_ in ("prep", "advmod", "prt") \
                and prep.head.head.lemma_.lower() in PLACING_VERBS - {"be"}:
            prep = prep.head  # "Austria stays / remains out of NATO": outside it ("is out of" may be a quarrel's)
        elif prep.lower_ not in PLACE_PREPS or prep.dep_ not in ("prep", "conj"):
            continue
        first = prep
        while first.dep_ == "conj" and first.head.lower_ in PLACE_PREPS:
            first = first.head  # "neither in NATO nor in the EU": the second "in" hangs on the first
        verb = first.head  # "are EU members but not in NATO" may hang the "in" on the verb as a conjunct
        own = _set_off_state(ctx, prep) if prep is first else None
        if own is not None:
            subjects = [own[0]]  # "Croatia, in the Schengen zone since 2023, welcomed ..."
        elif prep.lower_ == "outside" and verb.dep_ == "appos" and verb.pos_ == "NOUN":
            subjects = [e for e in [ctx.entity(verb.head)] if e and e.startswith("state:")]  # "X, a country outside NATO"
        elif verb.lemma_.lower() in PLACING_VERBS:
            subjects = _placed_subjects(ctx, verb)
        else:
            continue
        objects = [o for o in prep.children if o.dep_ == "pobj"] or [
            o for p in prep.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
        orgs = [e for o in objects for t in group(o) if (e := ctx.entity(t)) and e.startswith("org:")]
        if not orgs or not subjects:
            continue
        if own is not None:  # the phrase's own words and dates only: the clause is about something else
            out += [make(ctx, own[0], "member_of", org, [prep], prep, False, qualifiers(ctx, own[1]))
                    for org in dict.fromkeys(orgs)]
            continue
        denied = negated(prep) or negated(first) or negated(verb) or any(
            c.lower_ in ("neither", "nor") for p in (prep, first) for c in p.children if c.dep_ in ("preconj", "cc"))
        negation = PLACE_PREPS.get(prep.lower_, True) != denied  # "no longer outside NATO" is in it
        times = qualifiers(ctx, clause_tokens(verb))
        if undated_past(verb, times):
            continue  # "Finland was not in NATO"
        out += [make(ctx, s, "member_of", org, [prep, verb], verb, negation, times)
                for org in dict.fromkeys(orgs) for s in subjects]
    return out


def _set_off_state(ctx: Context, prep: Token) -> tuple[str, set[int]] | None:
    """ "Croatia, in the Schengen zone since 2023, welcomed ...": a state named alone, then an "in"
    phrase set off by commas before the clause goes on (a verbless apposition that places it),
    dated by its own "since" (without one the phrase takes its time from the clause: "Britain, in
    the EU at the time, opposed ..." is no membership today). The parser hangs the phrase on the
    state or on the verb the state is the subject of; either way the phrase must sit between
    them. A phrase whose object is no organisation ("Ukraine, in NATO's view, ...") places nothing
    (the caller's test). (the state, the phrase's token indices), or None."""
    doc = prep.doc
    if prep.lower_ != "in" or prep.i < 2 or doc[prep.i - 1].text != ",":
        return None
    noun = doc[prep.i - 2]
    if not (prep.head == noun or noun.dep_ in ("nsubj", "nsubjpass") and prep.head == noun.head
            and prep.i < noun.head.i):
        return None
    phrase = {t.i for t in prep.subtree} | {t.i for c in noun.children if c.dep_ == "prep" and c.i > prep.i
                                            for t in c.subtree}
    end = max(phrase) + 1
    if end >= len(doc) or doc[end].text != ",":
        return None  # not closed by a comma: "Finland, in NATO since 2023 has ..."
    if not any(doc[i].lower_ == "since" and doc[i].dep_ == "prep" for i in phrase):
        return None
    found = ctx.entity(noun)
    return (found, phrase) if found and found.startswith("state:") else None


def _placed_subjects(ctx: Context, verb: Token) -> list[str]:
    """The states the clause places: its subject and those coordinated with it, or for a relative
    clause the noun it describes ("Ukraine, which is not in NATO", "Cyprus, an EU member that is
    not in NATO"). Only a subject that is itself a state: "Ukraine's future is in NATO" is not."""
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None and subj.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
        subj = verb.head
        if subj.dep_ == "appos" and not ctx.entity(subj):
            subj = subj.head
    if subj is None:
        return []
    found = [ctx.entity(t) for t in group(subj) if t.dep_ != "appos" or t is subj]
    return list(dict.fromkeys(e for e in found if e and e.startswith("state:")))
