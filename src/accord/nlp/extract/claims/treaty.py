"""Treaty facts: when and where an organisation was founded ("NATO was founded on 4 April 1949",
"the North Atlantic Treaty, signed in Washington in April 1949", "since its founding in 1949"),
its anniversaries ("NATO marked its 75th anniversary": founding year + 75 = the year it is
marked), its founding members ("one of the twelve founding members", "a founding member"), and
the invocations of its collective defence clause ("Article 5 has been invoked only once", "NATO
invoked Article 5 in 2001").

What the KB has: an organisation's `established` fact (the day its founding treaty was signed),
its `founded_in` place, and which members are founding members (`qualifiers.founding` on
member_of). A founding date is read only where the organisation is what was founded (the
subject of "was founded", the object of "founded", the owner of "founding"): "NATO created a
mission in 2004" is no founding.
"""

from __future__ import annotations

from datetime import date, timedelta

from spacy.tokens import Span, Token

from accord.model import Statement, TimeQualifier
from accord.nlp.extract.claims._numbers import approximate, cardinal, nummod, ordinal
from accord.nlp.extract.claims._treatycheck import (
    PAST_FLOOR, check_established, check_founded_in, check_founding_member, check_founding_members, check_invocations,
    check_invoked, check_membership_anniversary,
)
from accord.nlp.extract.claims.grammar import (
    Context, clause_tokens, group, label_date, make, modality, names_own_body, negated, own_times, phrase_tokens,
    qualifiers, said_before, subject_entities, when_clause_date, year_written,
)

ORDER = 35
FOUND_VERBS = {"found", "establish", "create", "form", "announce", "unveil", "launch"}  # a pact is announced
FOUND_NOUNS = {"founding", "creation", "establishment", "formation", "inception"}
ORG_NOUNS = {"alliance", "organization", "organisation", "bloc", "pact"}
NOUN_DEPS = {"pobj", "dobj", "nsubj", "nsubjpass", "attr", "appos", "conj"}
MEMBER_NOUNS = {"member", "nation", "state", "country", "ally", "signatory"}
# Names of a founding treaty, and the name of the organisation it founded (read in the KB).
TREATIES = {("north", "atlantic"): "North Atlantic Treaty Organization",
            ("washington",): "North Atlantic Treaty Organization"}
PRONOUN_SURE = 0.8  # "its founding": the organisation the sentence is about
TOPIC_SURE = 0.7  # "the organization's founding members": the article's organisation
ANCHOR_SURE = 0.8  # an anniversary dated by the article's publication
# How far the day an anniversary is marked may lie from the anniversary itself: a summit or a
# ceremony months later still marks it; a stated year is the anniversary's year.
MARGIN_DAYS = {"day": 300, "month": 300, "year": 0}

CHECKS = {"established": check_established, "founded_in": check_founded_in,
          "founding_members": check_founding_members, "founding_member_of": check_founding_member,
          "article_invocations": check_invocations, "invoked_article": check_invoked,
          "membership_anniversary": check_membership_anniversary}


def _invocations_words(name, st) -> str:
    article, _, count = st.value.partition("#")
    if count == "0":
        return f"{name(st.subject)} has never invoked Article {article}"
    times = {"1": "once", "2": "twice"}.get(count, f"{count} times")
    return f"{name(st.subject)} has invoked Article {article} {times}"


def _invoked_words(name, st) -> str:
    return f"{name(st.subject)} {'did not invoke' if st.polarity == 'negated' else 'invoked'} Article {st.value}"


def _anniversary_words(name, st) -> str:
    return f"{name(st.subject)} joined {name(st.value)} between {st.start.value} and {st.end.value}"


WORDS = {"article_invocations": _invocations_words, "invoked_article": _invoked_words,
         "membership_anniversary": _anniversary_words}


def extract(ctx: Context, sent: Span) -> list[Statement]:
    out: list[Statement] = []
    for tok in sent:
        lemma = tok.lemma_.lower()
        if (tok.lower_ == "founding" or (tok.lower_ == "original" and _tells_founding(sent))) \
                and tok.dep_ in ("amod", "compound") and tok.head.lemma_.lower() in MEMBER_NOUNS:
            out += _founding_members(ctx, tok.head)
        elif tok.lower_ == "founding" and tok.i + 1 < len(tok.doc) and tok.nbor(1).lower_ == "member" \
                and tok.nbor(1).dep_ == "compound" and tok.nbor(1).head == tok.head:
            out += _founding_members(ctx, tok.nbor(1))  # "Founding member Finland chaired", "founding" hung on the name
        elif tok.lemma_.lower() == "founder" and tok.pos_ == "NOUN" and tok.tag_ == "NNS":
            out += _founders(ctx, tok)
        elif tok.lower_ in FOUND_NOUNS and tok.dep_ in NOUN_DEPS:  # "founding" is often tagged a verb
            out += _founding_noun(ctx, tok)
        elif lemma in FOUND_VERBS and tok.pos_ == "VERB":
            out += _founded(ctx, tok)
        elif lemma == "sign" and tok.pos_ == "VERB":
            out += _treaty_signed(ctx, tok)
        elif lemma == "treaty" and tok.pos_ in ("NOUN", "PROPN") and tok.dep_ != "compound":
            out += _treaty_of_year(ctx, tok)
        elif lemma in ("anniversary", "birthday") and tok.pos_ == "NOUN":
            out += _anniversary(ctx, tok)
        elif lemma == "turn" and tok.pos_ == "VERB":
            out += _turns(ctx, tok)
        elif tok.lower_ == "old" and tok.dep_ in ("amod", "acomp"):
            out += _aged(ctx, tok)
        elif lemma in INVOKE_VERBS and tok.pos_ == "VERB":
            out += _invoked(ctx, tok)
        if lemma in MARK_VERBS and tok.pos_ == "VERB":
            out += _membership_marked(ctx, tok)
        elif lemma in ("join", "accede") and tok.pos_ == "VERB":
            out += _years_after_joining(ctx, tok)
    return out


def _years_after_joining(ctx: Context, verb: Token) -> list[Statement]:
    """"Britain left the EU on Friday, 47 years after it joined / after joining": the accession lies
    N years before the day of the main clause (its own date, else the article's, less sure), as
    for a marked anniversary (`membership_anniversary`). The state is the joining's own subject, or
    for "it" / none the main clause's; the organisation the one joined, else the main clause's
    object, else the article's."""
    if verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "after" for c in verb.children):
        after, main = verb, verb.head
    elif verb.dep_ == "pcomp" and verb.head.lower_ == "after" and verb.head.dep_ == "prep":
        after, main = verb.head, verb.head.head
    else:
        return []
    years = next((c for c in after.children if c.dep_ == "npadvmod" and c.lemma_.lower() == "year"), None)
    num = nummod(years) if years is not None else None
    number = cardinal(num) if num is not None and not approximate(num) else None
    if not number or main.pos_ not in ("VERB", "AUX") or negated(verb) or modality(main) != "fact":
        return []
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is not None and subj.lower_ not in ("it", "they"):
        states = ctx.entities(phrase_tokens(group(subj)), ("state:",))
    else:
        states = subject_entities(ctx, main, ("state:",))
    orgs = ctx.entities([t for c in verb.children if c.dep_ == "dobj" for t in group(c)], ("org:",)) or \
        ctx.entities([t for c in main.children if c.dep_ == "dobj" for t in group(c)], ("org:",)) or \
        ([ctx.topic_org] if ctx.topic_org else [])
    if len(states) != 1 or not orgs:
        return []
    inner = {t.i for t in after.subtree} | {t.i for t in verb.subtree}
    marked = _marked_window(ctx, qualifiers(ctx, clause_tokens(main) - inner).get("point_in_time"), number)
    if marked is None:
        return []
    lo, hi, confidence = marked
    return [make(ctx, states[0], "membership_anniversary", orgs[0], [years, verb], main, False,
                 {"start": lo, "end": hi}, confidence=confidence)]


def _marked_window(ctx: Context, dated: TimeQualifier | None, number: int):
    """(lo, hi, confidence) of an accession `number` years before the day it is marked: the
    clause's date, else the article's (less sure, ANCHOR_SURE); None without either."""
    confidence = {}
    if dated is None:
        published = ctx.doc._.document_date
        if not published:
            return None
        dated, confidence["date"] = TimeQualifier(published[:10], "day"), ANCHOR_SURE
    window = founding_window(dated, number)
    return None if window is None else (*window, confidence or None)


# -- anniversaries of a membership ("Spain marked 40 years in NATO") ------------------------------
MARK_VERBS = {"mark", "celebrate", "commemorate", "observe", "toast"}
MEMBERSHIP_NOUNS = {"membership", "accession", "entry", "joining"}


def _membership_marked(ctx: Context, verb: Token) -> list[Statement]:
    """"Spain marked 40 years in NATO on Monday", "Poland celebrates 25 years of NATO membership",
    "Estonia marked the 20th anniversary of its NATO membership / of its accession to NATO": the
    state's accession lies N years before the day it is marked (the clause's date, else the
    article's, less sure), within MARGIN_DAYS (`membership_anniversary`, a window)."""
    if modality(verb) != "fact":
        return []
    number, orgs, owners = None, [], []
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        if obj.lemma_.lower() == "year" and (num := nummod(obj)) is not None and not approximate(num):
            number = cardinal(num)
            places = [p for h in (verb, obj) for c in h.children if c.dep_ == "prep" and c.lower_ == "in"
                      for p in c.children if p.dep_ == "pobj"]
            orgs = ctx.entities(places, ("org:",))
            if not orgs:
                orgs, owners = _membership_of(ctx, obj)
        elif obj.lemma_.lower() == "anniversary":
            number = next((n for c in obj.children if c.dep_ == "amod" and (n := ordinal(c))), None)
            orgs, owners = _membership_of(ctx, obj)
    if not number or number < 1 or not orgs:
        return []
    states = [s for s in ctx.entities(owners, ("state:",))] or subject_entities(ctx, verb, ("state:",))
    if not states:
        return []
    # the membership's own date ("the 25th anniversary of its 1999 entry") is the accession's, not the marking's
    own = {t.i for obj in verb.children if obj.dep_ == "dobj" for c in obj.children
           if c.dep_ == "prep" and c.lower_ == "of" for t in c.subtree}
    marked = _marked_window(ctx, qualifiers(ctx, clause_tokens(verb) - own).get("point_in_time"), number)
    if marked is None:
        return []
    lo, hi, confidence = marked
    return [make(ctx, s, "membership_anniversary", o, [verb], verb, negated(verb), {"start": lo, "end": hi},
                 confidence=confidence) for s in states for o in orgs[:1]]


def _membership_of(ctx: Context, noun: Token) -> tuple[list[str], list[Token]]:
    """The organisation of "of (its) NATO membership", "of its accession to NATO", and the
    membership's owner when it is named ("of Poland's accession"): (orgs, owner tokens)."""
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"):
        for member in (p for p in prep.children if p.dep_ == "pobj" and p.lemma_.lower() in MEMBERSHIP_NOUNS):
            orgs = ctx.entities([t for t in member.subtree if t.dep_ != "poss"], ("org:",))
            owners = [t for c in member.children if c.dep_ == "poss" and c.lower_ not in ("its", "their")
                      for t in c.subtree]
            return orgs, owners
    return [], []


# -- invocations of a treaty article ("Article 5 has been invoked only once") -------------------
INVOKE_VERBS = {"invoke", "trigger", "activate"}
TIMES_WORDS = {"once": 1, "twice": 2, "thrice": 3}
ARTICLES = {"5"}  # the articles whose invocations the KB keeps (NATO's collective defence clause)


def _article_number(noun: Token) -> str | None:
    """"Article 5", "Article Five", "article 5 of the treaty": the article's number."""
    if noun.lower_ != "article":
        return None
    num = next((c for c in noun.children if c.dep_ in ("nummod", "appos", "compound") and c.i == noun.i + 1), None)
    value = cardinal(num) if num is not None and num.like_num else None
    return str(value) if value is not None else None


def _invoked(ctx: Context, verb: Token) -> list[Statement]:
    """"Article 5 has been invoked only once", "NATO has never invoked Article 5", "invoked it for
    the first and only time", "was invoked twice", "NATO invoked Article 5 in 2001": how many times
    the article had been invoked by the article's day (`article_invocations`, "5#1"), and when
    (`invoked_article`, "5", from an "in"/"on" date of the verb's own: never a date after "after",
    which is the attacks'). Only a fact: "could invoke", "asked NATO to invoke" are not read."""
    targets = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    article = next((n for t in targets if (n := _article_number(t)) is not None), None)
    if article not in ARTICLES or modality(verb) != "fact" or verb.dep_ in ("xcomp", "ccomp", "advcl"):
        return []
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    orgs, sure = orgs_of(ctx, [subj]) if subj is not None else ([], 1.0)
    if not orgs:
        named = [t for x in targets for t in x.subtree if t.dep_ == "pobj"]  # "Article 5 of the North Atlantic Treaty"
        orgs, sure = orgs_of(ctx, named) if named else ([], 1.0)
    if not orgs and ctx.topic_org:
        orgs, sure = [ctx.topic_org], TOPIC_SURE
    if not orgs:
        return []
    confidence = {"link": sure} if sure < 1 else None
    denied = negated(verb)
    out = []
    count = _times(verb, targets)
    if count is not None and not (denied and count):
        out += [make(ctx, o, "article_invocations", f"{article}#{count}", [verb], verb, False,
                     confidence=confidence) for o in orgs]
    dated = [p for h in (verb, *targets) for c in h.children if c.dep_ == "prep" and c.lower_ in ("in", "on")
             for p in c.children if p.dep_ == "pobj" and p.i in ctx.timed]
    point = qualifiers(ctx, {t.i for p in dated for t in p.subtree}).get("point_in_time") if dated else None
    if point is not None:
        out += [make(ctx, o, "invoked_article", article, [verb], verb, denied, {"point_in_time": point},
                     confidence=confidence) for o in orgs]
    return out


def _times(verb: Token, targets: list[Token]) -> int | None:
    """How many times the clause says: "never" 0, "once" / "only once" 1, "twice" 2, "three
    times", "for the first and only time" / "for the only time" 1. None when it says none.
    ("invoked Article 5 twice" may hang "twice" on the article.)"""
    kids = list(verb.children)
    if any(c.lower_ == "never" for c in kids):
        return 0
    kids += [c for t in targets for c in t.children if c.lower_ in TIMES_WORDS and c.i > t.i]
    for c in kids:
        if c.lower_ in TIMES_WORDS and c.dep_ in ("advmod", "npadvmod", "nummod"):
            return TIMES_WORDS[c.lower_]
        if c.lemma_.lower() == "time" and c.dep_ == "npadvmod":
            num = nummod(c)
            return cardinal(num) if num is not None else None
        if c.dep_ == "prep" and c.lower_ == "for":
            time = next((p for p in c.children if p.dep_ == "pobj" and p.lemma_.lower() == "time"), None)
            if time is not None and any(t.lower_ == "only" for t in time.subtree if t.i < time.i):
                return 1  # "for the first and only time", "for the only time"
    return None


def _turns(ctx: Context, verb: Token) -> list[Statement]:
    """"NATO turns 75 on Thursday", "the alliance, which turns 75 this year": an anniversary told
    by the age it reaches (the organisation its subject, the number its object)."""
    from accord.nlp.extract.claims._numbers import cardinal

    # the model hangs the age as an object, a complement or even a number on the verb ("turned 60")
    age = next((c for c in verb.children if c.dep_ in ("dobj", "attr", "npadvmod", "acomp", "oprd", "nummod")
                and c.like_num and c.i > verb.i), None)
    value = cardinal(age) if age is not None else None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if value is None or value < 2 or subj is None:
        return []
    if subj.lower_ in ("which", "that") and verb.dep_ == "relcl":
        subj = verb.head
    orgs, sure = orgs_of(ctx, [subj])
    if not orgs:
        return []
    dated = qualifiers(ctx, clause_tokens(verb)).get("point_in_time") or when_clause_date(ctx, verb)
    return founded_by_anniversary(ctx, orgs, sure, dated, value, age, verb)


def _aged(ctx: Context, old: Token) -> list[Statement]:
    """"the 50-year-old alliance", "NATO, the 75-year-old military alliance,", "NATO is 75 years
    old": an anniversary told by the organisation's age, on the clause's date, else the
    article's (as "NATO turns 75")."""
    from accord.nlp.extract.claims._numbers import cardinal

    years = next((c for c in old.children if c.dep_ == "npadvmod" and c.lemma_.lower() == "year"), None)
    num = nummod(years) if years is not None else None
    value = cardinal(num) if num is not None and not approximate(num) else None
    if value is None or value < 2:
        return []
    if old.dep_ == "amod":
        noun = old.head
        heads = [noun] + ([noun.head] if noun.dep_ == "appos" else [])
        orgs, sure = next((found for h in heads if (found := orgs_of(ctx, [h]))[0]), ([], 1.0))
        verb = noun
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
    else:  # "NATO is 75 years old"
        verb = old.head
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        orgs, sure = orgs_of(ctx, [subj]) if subj is not None else ([], 1.0)
    if not orgs or verb.pos_ not in ("VERB", "AUX") or modality(verb) != "fact":
        return []
    dated = qualifiers(ctx, clause_tokens(verb)).get("point_in_time") or when_clause_date(ctx, verb)
    return founded_by_anniversary(ctx, orgs, sure, dated, value, old, verb)


# -- who ------------------------------------------------------------------------------------------
def orgs_of(ctx: Context, heads: list[Token]) -> tuple[list[str], float]:
    """The organisations a noun phrase names: the head itself ("NATO", "the North Atlantic Treaty
    Organization"), or "the (NATO) alliance" (its compound, else the article's organisation).
    Never an organisation that only qualifies another noun ("a NATO mission")."""
    found = ctx.entities(heads, ("org:",))
    if found:
        return found, 1.0
    for h in heads:
        if h.lemma_.lower() in ORG_NOUNS:
            own = ctx.entities([c for c in h.children if c.dep_ == "compound"], ("org:",))
            if own:
                return own, 1.0
            if ctx.topic_org:
                return [ctx.topic_org], TOPIC_SURE
        treaty = _treaty_org(ctx, h)
        if treaty:
            return [treaty], 1.0
    return [], 1.0


def org_owner(ctx: Context, noun: Token) -> tuple[list[str], float]:
    """Whose founding or anniversary: "NATO's", "of NATO", "of the alliance", "its" (the
    organisation the sentence names before it, else the article's); a possessive right before the
    noun that the parse hung elsewhere ("of NATO’s founding") still names it."""
    for c in noun.children:
        if c.dep_ == "poss":
            if c.lower_ in ("its", "their"):
                before = ctx.entities([t for t in noun.sent if t.i < noun.i], ("org:",))
                if before:
                    return [before[-1]], PRONOUN_SURE
                return ([ctx.topic_org], TOPIC_SURE) if ctx.topic_org else ([], 1.0)
            return orgs_of(ctx, [c])
        if c.dep_ == "prep" and c.lower_ == "of":
            objs = [p for p in c.children if p.dep_ == "pobj"]
            for p in objs:
                if p.lower_ in FOUND_NOUNS:
                    return org_owner(ctx, p)
            return orgs_of(ctx, objs)
    before = noun.doc[noun.i - 1] if noun.i > noun.sent.start else None
    if before is not None and before.lower_ in ("'s", "’s") and before.head.i < before.i:
        # "the anniversary of NATO’s founding": the parse may hang "NATO" on "of" and "’s" on it,
        # leaving the noun no owner of its own; the possessive marker still names it
        return orgs_of(ctx, [before.head])
    return [], 1.0


def _treaty_org(ctx: Context, noun: Token) -> str | None:
    """The organisation a founding treaty founded: "the North Atlantic Treaty", "the Washington
    Treaty", "NATO's founding treaty" (not "the North Atlantic Treaty Organization")."""
    if noun.lemma_.lower() != "treaty" or ctx.kb is None:
        return None
    if any(c.dep_ == "amod" and c.lower_ == "founding" for c in noun.children):
        owners = ctx.entities([c for c in noun.children if c.dep_ == "poss"], ("org:",))
        if owners:
            return owners[0]
    words = tuple(t.lower_ for t in noun.subtree if t.i < noun.i and t.dep_ == "compound")
    name = TREATIES.get(words)
    found = [e.id for e in ctx.kb.resolve(name) if e.id.startswith("org:")] if name else []
    return found[0] if len(found) == 1 else None


# -- founding dates --------------------------------------------------------------------------------
def _tells_founding(sent: Span) -> bool:
    """Does the sentence speak of the founding ("at the time of its founding", "was brought into
    being with an original 12 members")? Only then are its "original members" the founding ones:
    "the EU's original 15 members" are those before the enlargement of 2004."""
    words = [t.lower_ for t in sent]
    return any(t.lemma_.lower() in FOUND_VERBS - {"announce", "unveil", "launch"} or t.lower_ in FOUND_NOUNS
               for t in sent if t.lower_ != "founding" or t.dep_ != "amod") \
        or any(words[i:i + 2] == ["into", "being"] for i in range(len(words) - 1))


def _founded(ctx: Context, verb: Token) -> list[Statement]:
    """"NATO was founded in 1949", "the alliance, founded in 1949", "the treaty that created
    NATO in 1949": the organisation is what was founded."""
    if verb.dep_ in ("acl", "relcl"):
        targets = [verb.head]
    else:
        targets = [c for c in verb.children if c.dep_ in ("nsubjpass", "dobj")] or _participle_subject(verb)
    orgs, sure = orgs_of(ctx, [t for x in targets for t in group(x)])
    point = qualifiers(ctx, clause_tokens(verb) - _named_treaty_tokens(ctx, verb)).get("point_in_time")
    if not orgs:
        return []
    if point is not None and sure < 1 and _trailing_participle(verb) and not year_written(
            ctx, clause_tokens(verb), point):
        # "The Pentagon is reviewing the pact, launched in June.": a participle after a common
        # noun at the clause's end may tell the clause's own event (the review launched in
        # June); with no year written, the month is one of the news's days, not a founding's
        point = None
    ago = _years_ago(verb)
    if ago is not None:  # "founded 75 years ago": an age, not a calendar year
        out = _founded_ago(ctx, orgs, sure, ago[0], ago[1], verb)
    elif any(c.lower_ == "ago" for c in verb.children):
        out = []  # "seven decades ago", "about 75 years ago": too rough for a year
    else:
        out = [_established(ctx, o, point, verb, sure) for o in orgs] if point is not None else []
    if verb.lemma_.lower() in ("found", "establish", "create", "form"):
        # "NATO, founded in Washington in April 1949": where (a place, not a time, in its own "in")
        places = [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "in"
                  for p in c.children if p.dep_ == "pobj" and p.i not in ctx.timed]
        out += [make(ctx, o, "founded_in", place, [verb], verb, negated(verb), confidence={"link": sure} if sure < 1 else None)
                for place in ctx.entities(phrase_tokens(places), ("place:", "state:")) for o in orgs]
    return out + _founders_by(ctx, verb, orgs, sure)


def _trailing_participle(verb: Token) -> bool:
    """Is `verb` a participle set off after an object at the sentence's end ("is reviewing the
    pact, launched in June.")? It may tell of the clause's own event as well as of the noun. Not
    one on a subject ("the pact, launched in June, is on track"): that one is the noun's."""
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or verb.head.dep_ not in ("dobj", "pobj", "attr"):
        return False
    before = verb.doc[verb.i - 1] if verb.i > verb.sent.start else None
    after = [t for t in verb.doc[max(t.i for t in verb.subtree) + 1:verb.sent.end] if not t.is_space]
    return before is not None and before.text == "," and all(t.is_punct for t in after)


def _named_treaty_tokens(ctx: Context, verb: Token) -> set[int]:
    """The words of a subject that names a treaty the KB knows ("the 1992 Maastricht Treaty created
    the EU"): a year written in the name is the treaty's (claims/treaties.py reads it), not the
    founding's."""
    from accord.nlp.extract.claims.treaties import _treaty_of

    return {t.i for c in verb.children if c.dep_ == "nsubj" and _treaty_of(ctx, c) for t in c.subtree}


def _years_ago(verb: Token) -> tuple[int, Token] | None:
    """"founded 75 years ago": (the years, the word "ago"); not a rough count ("about 75 years
    ago", "seven decades ago")."""
    ago = next((c for c in verb.children if c.lower_ == "ago"), None)
    unit = next((c for c in ago.children if c.lemma_.lower() == "year"), None) if ago is not None else None
    num = nummod(unit) if unit is not None else None
    value = cardinal(num) if num is not None and not approximate(num) else None
    if not value or any(t.lower_ in AGO_ROUGH for t in ago.subtree):
        return None
    return value, ago


AGO_ROUGH = {"about", "around", "some", "nearly", "almost", "over", "more", "roughly", "approximately", "than", "under"}
AGO_ROUNDING = 0.5  # "founded 75 years ago" of an organisation 74.6 years old: rounded up


def _founded_ago(ctx: Context, orgs, sure: float, years: int, ago: Token, verb: Token) -> list[Statement]:
    """"NATO was founded 75 years ago": it is between 75 (less AGO_ROUNDING) and 76 years old on the
    article's day, so founded between the day 76 years before it and the day 74.5 years before."""
    published = ctx.doc._.document_date
    try:
        today = date.fromisoformat(str(published)[:10])
    except (TypeError, ValueError):
        return []
    lo = _years_back(today, years + 1)
    hi = _years_back(today, years) + timedelta(days=round(365.25 * AGO_ROUNDING))
    confidence = {"date": ANCHOR_SURE, **({"link": sure} if sure < 1 else {})}
    return [make(ctx, o, "established", f"founding {years} years before the article", [ago], verb, negated(verb),
                 {"start": TimeQualifier(lo.isoformat(), "day"), "end": TimeQualifier(hi.isoformat(), "day")},
                 confidence=confidence) for o in orgs]


def _participle_subject(verb: Token) -> list[Token]:
    """"NATO, founded 75 years ago, met ...", parsed as if NATO founded something: a participle
    set off by commas right after its subject, with no object, says the subject was founded."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or verb.tag_ not in ("VBD", "VBN") or verb.lemma_.lower() not in ("found", "establish", "create", "form") \
            or any(c.dep_ in ("dobj", "nsubjpass", "aux", "auxpass") for c in verb.children):
        return []
    last = max(t.i for t in subj.subtree if not t.is_punct)  # the parser may hang the comma on the subject
    between = [t for t in verb.doc[last + 1:verb.i]]
    return [subj] if [t.text for t in between] == [","] else []


def _founders_by(ctx: Context, verb: Token, orgs: list[str], sure: float) -> list[Statement]:
    """"NATO was founded by 12 countries (in 1949)", "Twelve countries founded NATO": the number of
    founders, from the agent or the active subject."""
    out = []
    founders = [noun for agent in (c for c in verb.children if c.dep_ == "agent") for noun in agent.children]
    if verb.dep_ not in ("acl", "relcl"):
        founders += [c for c in verb.children if c.dep_ == "nsubj"]  # "Twelve countries founded NATO in 1949"
    for noun in founders:
        num = nummod(noun)
        partial = any(c.dep_ == "conj" or c.lower_ in ("other", "european") for c in noun.children)
        if num is not None and noun.lemma_.lower() in MEMBER_NOUNS and cardinal(num) and not approximate(num) \
                and not partial:  # "by the US and 11 other countries" counts part of them
            out += [make(ctx, o, "founding_members", str(cardinal(num)), [num, noun], verb,
                         confidence={"link": sure} if sure < 1 else None) for o in orgs]
    return out


def _founding_noun(ctx: Context, noun: Token) -> list[Statement]:
    """"NATO's founding on 4 April 1949", "the creation of NATO in 1949", "since its founding in
    1949": a date in the noun's own phrase."""
    orgs, sure = org_owner(ctx, noun)
    tokens = {t.i for t in noun.subtree}
    point = next((a for a in own_times(ctx, tokens) if a.data.get("role") in (None, "point")
                  and a.data.get("precision")), None) or _ago_after(ctx, noun)
    if not orgs or point is None:
        return []
    tq = TimeQualifier(point.data["value"], point.data["precision"])
    return [_established(ctx, o, tq, noun, sure) for o in orgs]


def _ago_after(ctx: Context, noun: Token):
    """ "to honor the creation of NATO 50 years ago": an "N years ago" right after the founding
    noun's phrase is the founding's, whatever the parse hung it on (another verb's time would not
    follow the noun's "of" phrase with nothing between)."""
    end = max(t.i for t in noun.subtree) + 1
    if end >= len(ctx.doc):
        return None
    at = ctx.doc[end].idx
    return next((a for a in ctx.times_in({end, end + 1, end + 2, end + 3}) if a.start == at
                 and a.text.lower().endswith(" ago") and a.data.get("precision")), None)


def _established(ctx: Context, org: str, point: TimeQualifier, tok: Token, sure: float) -> Statement:
    return make(ctx, org, "established", point.value, [tok], tok, negated(tok), {"point_in_time": point},
                confidence={"link": sure} if sure < 1 else None)


def _treaty_signed(ctx: Context, verb: Token) -> list[Statement]:
    """"The North Atlantic Treaty, signed in Washington on 4 April 1949 by twelve nations": the
    founding's date, its place and the number of founders."""
    treaties = [c for c in verb.children if c.dep_ in ("nsubjpass", "dobj")]
    if verb.dep_ in ("acl", "relcl"):
        # "the hall in which the North Atlantic Treaty was signed": the passive clause's own treaty
        # (not "Montenegro, which signed the treaty": a later member accedes to it)
        own = [t for t in treaties if t.dep_ == "nsubjpass" and t.lower_ not in ("which", "that", "who", "whom")]
        treaties = own + [verb.head]
        if verb.head.lemma_.lower() in MEMBER_NOUNS and verb.head.tag_ == "NNS":
            # "the 12 members that signed the treaty on 4 April 1949": its signatories (not "Montenegro,
            # which signed the treaty": a later member accedes to it)
            treaties += [c for c in verb.children if c.dep_ == "dobj"]
    org = next((o for t in treaties if (o := _treaty_org(ctx, t))), None)
    if org is None or _state_signer(ctx, verb):
        return []
    out = []
    point = qualifiers(ctx, clause_tokens(verb)).get("point_in_time")
    if point is not None:
        out.append(_established(ctx, org, point, verb, 1.0))
    places = [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "in" for p in c.children]
    for place in ctx.entities(phrase_tokens(places), ("place:", "state:")):
        out.append(make(ctx, org, "founded_in", place, [verb], verb, negated(verb)))
    for agent in (c for c in verb.children if c.dep_ == "agent"):
        for noun in agent.children:
            num = nummod(noun)
            if num is not None and noun.lemma_.lower() in MEMBER_NOUNS and cardinal(num):
                out.append(make(ctx, org, "founding_members", str(cardinal(num)), [num, noun], verb))
    return out


def _state_signer(ctx: Context, verb: Token) -> bool:
    """Is the signing's subject a state ("Montenegro signed the North Atlantic Treaty in 2017")?
    A state that signs the treaty later accedes to it; only the founders' signing dates the
    founding, and a state's own signing day is its accession's business."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    subjects += [cj for s in subjects for cj in s.conjuncts]
    return any((ctx.entity(t) or "").startswith("state:") for t in subjects)


def _treaty_of_year(ctx: Context, noun: Token) -> list[Statement]:
    """"the 1949 Washington Treaty", "the North Atlantic Treaty of 1949": a founding treaty named
    with its year, written before it or in an "of" phrase of its own (no other word there: "the
    treaty of 1949's twelve signatories" is no such phrase), dates the founding. Not with "not"."""
    org = _treaty_org(ctx, noun)
    if org is None:
        return []
    before = {c.i for c in noun.lefts if c.dep_ in ("nummod", "compound", "nmod", "amod") and c.like_num}
    of_year = {t.i for c in noun.rights if c.dep_ == "prep" and c.lower_ == "of"
               for p in c.children if p.dep_ == "pobj" and p.like_num and not list(p.children) for t in (c, p)}
    point = qualifiers(ctx, before | of_year).get("point_in_time")
    if point is None or point.precision != "year":
        return []
    verb = noun
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    return [make(ctx, org, "established", point.value, [noun], verb, False, {"point_in_time": point})]


# -- anniversaries ----------------------------------------------------------------------------------
def _anniversary(ctx: Context, noun: Token) -> list[Statement]:
    """"NATO's 75th anniversary", "marked its 70th anniversary in December 2019": the founding
    lies N years before the day it is marked, within MARGIN_DAYS; the day is the clause's date,
    else the article's (less sure)."""
    number = next((n for c in noun.children if c.dep_ == "amod" and (n := ordinal(c))), None)
    owner_tok = noun.head if noun.dep_ == "compound" else noun  # "NATO's 75th anniversary summit"
    orgs, sure = org_owner(ctx, owner_tok)
    if not number or not orgs:
        return []
    verb = owner_tok
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    # "marked its 70th anniversary with 29 members, up from 12 in 1949": a "from" phrase dates
    # the state it started from, not the marking
    earlier = {t.i for tok in verb.subtree if tok.lower_ == "from" and tok.dep_ == "prep" for t in tok.subtree}
    dated = qualifiers(ctx, clause_tokens(verb) - earlier).get("point_in_time")
    return founded_by_anniversary(ctx, orgs, sure, dated, number, noun, verb)


def founded_by_anniversary(ctx: Context, orgs, sure: float, dated, number: int, tok: Token, verb: Token,
                            label: str | None = None) -> list[Statement]:
    """ "established" between the days the Nth anniversary on `dated` (the clause's own date, else
    the article's, less sure) allows, for each organisation."""
    confidence = {"link": sure} if sure < 1 else {}
    # the anniversary's own year bounds the founding, unless an undated clause looks ahead
    # ("NATO will mark its 70th anniversary", written months before it)
    same_year, before = True, False
    if dated is None:
        # "Washington, April 1999: The 50th anniversary summit took place ...": the paragraph's
        # date label dates it (a retrospective's entry), not the article's day
        dated = label_date(ctx, tok.sent)
    if dated is None:
        published = ctx.doc._.document_date
        if not published:
            return []
        dated, confidence["date"] = TimeQualifier(published[:10], "day"), ANCHOR_SURE
        same_year = not looks_ahead(tok.sent)
        before = _told_in_past(verb)
    window = founding_window(dated, number, same_year and not before)
    if window is None:
        return []
    lo, hi = window
    if before:  # "a term that covered the alliance's 70th anniversary": some time up to the article
        lo = TimeQualifier(PAST_FLOOR, "day")
    return [make(ctx, o, "established", label or f"{number}th anniversary", [tok], verb, negated(verb),
                 {"start": lo, "end": hi}, confidence=confidence or None) for o in orgs]


#: verbs by which a stretch of time holds what happened in it ("a term that covered the alliance's
#: 70th anniversary", "his tenure saw ..."): the anniversary is not the clause's own event
SPANNING = frozenset({"cover", "span", "include", "see", "witness", "encompass"})


def _told_in_past(verb: Token) -> bool:
    """Is the anniversary one that a past stretch of time held ("a three-year term that covered
    the alliance's 70th anniversary", "his tenure saw ..."), so that it lies some time before the
    article's day? Not a marking told in the past ("NATO celebrated its 70th anniversary", "leaders
    met for the 70th anniversary summit"): with no date, that is the news of the article's days."""
    if verb.lemma_.lower() not in SPANNING:
        return False
    if verb.tag_ == "VBD":
        return True
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children)


def founding_window(marked: TimeQualifier, years: int, same_year: bool = True) -> tuple[TimeQualifier, TimeQualifier] | None:
    """The days the founding may lie in for an Nth anniversary marked on `marked`: N years back,
    MARGIN_DAYS either side; and, when `same_year`, not after the last day of the year N years
    before the marking's last possible year (an Nth anniversary is not marked in a year before
    its own: "the alliance's 71st anniversary" in December 2019 has NATO founded in 1948)."""
    from accord.reconcile import timecmp

    span = timecmp.bounds(marked)
    if span is None or marked.precision not in MARGIN_DAYS:
        return None
    margin = timedelta(days=MARGIN_DAYS[marked.precision])
    lo, hi = (_years_back(span[0], years) - margin, _years_back(span[1], years) + margin)
    if same_year:
        hi = min(hi, date(span[1].year - years, 12, 31))
    return TimeQualifier(lo.isoformat(), "day"), TimeQualifier(hi.isoformat(), "day")


#: words that say a sentence speaks of a time to come: an undated anniversary in it may be one
#: the article's day is still waiting for
AHEAD_WORDS = {"will", "'ll", "shall", "would", "ahead", "upcoming", "forthcoming", "coming", "next",
               "approaching", "run-up", "eve", "before", "until", "countdown", "preparation", "preparations"}
AHEAD_LEMMAS = {"plan", "prepare", "intend", "aim", "hope", "expect", "schedule", "set", "approach", "await"}


def looks_ahead(sent: Span) -> bool:
    """Does the sentence look ahead ("will mark", "ahead of", "plans to celebrate", "is set to
    mark")? A plan told in the past ("was intended to celebrate") does not."""
    for t in sent:
        if t.lower_ in AHEAD_WORDS:
            return True
        if t.lemma_.lower() in AHEAD_LEMMAS and t.pos_ in ("VERB", "AUX", "NOUN"):
            if t.pos_ == "NOUN" or t.tag_ in ("VBZ", "VBP", "VBG", "VB") or any(
                    c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBZ", "VBP", "MD") for c in t.children):
                return True
    return False


def _years_back(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


# -- founding members --------------------------------------------------------------------------------
def _founding_members(ctx: Context, noun: Token, owner: tuple[list[str], float] | None = None) -> list[Statement]:
    """"the alliance's twelve founding members" (how many), "the US is one of the founding
    members", "Norway, a founding member of NATO" (who). `owner`: the organisations and their
    link confidence when the caller has found them."""
    orgs, sure = owner or org_owner(ctx, noun)
    if not orgs and noun.dep_ == "compound" and noun.i >= 2 and noun.nbor(-1).lower_ == "founding":
        orgs = ctx.entities([noun.nbor(-2)], ("org:",))  # "NATO founding member Norway"
    if not orgs and ctx.topic_org and not names_own_body(noun):
        orgs, sure = [ctx.topic_org], TOPIC_SURE
    if not orgs:
        return []  # "a founding member of the OSCE": a body the KB does not hold is not the article's topic
    confidence = {"link": sure} if sure < 1 else None
    out = []
    num = nummod(noun)
    if num is not None and cardinal(num) and noun.tag_ in ("NNS", "NNPS"):
        out += [make(ctx, o, "founding_members", str(cardinal(num)), [num, noun], noun, confidence=confidence)
                for o in orgs]
    for state, verb in _who_is_founding(ctx, noun):
        out += [make(ctx, state, "founding_member_of", o, [noun], verb, negated(verb), confidence=confidence)
                for o in orgs]
    return out


def _founders(ctx: Context, noun: Token) -> list[Statement]:
    """"Norway is one of the twelve founders of NATO", "Norway, one of NATO's founders," (lists16):
    a state among an organisation's founders is a founding member. An owner the KB does not know
    ("the founders of the Arctic Council") is not the article's organisation."""
    owned = any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "of") for c in noun.children)
    if owned:
        return _founding_members(ctx, noun) if org_owner(ctx, noun)[0] else []
    # "Estonia joined the alliance in 2004; Portugal was among the 12 founders": the organisation
    # named last before the noun, not the article's (an EU story read it as the EU's founders)
    from accord.nlp.extract.claims._listed_members import named_before

    org = named_before(ctx, noun)
    return _founding_members(ctx, noun, ([org], PRONOUN_SURE)) if org else []


def _named_founder(ctx: Context, noun: Token) -> list[tuple[str, Token]]:
    """"Founding member Norway hosted the talks" (lists16): the title before the state's name."""
    state = ctx.entity(noun.head)
    if noun.dep_ != "compound" or noun.i + 1 != noun.head.i or not state or not state.startswith("state:"):
        return []
    return [(state, noun.head)]  # (a title, not the clause's claim: "did not attend" denies no founding)


def _who_is_founding(ctx: Context, noun: Token) -> list[tuple[str, Token]]:
    """The states said to be founding members, with the verb that says so."""
    if noun.dep_ == "compound":
        return _named_founder(ctx, noun)
    head = noun
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ == "one":
        head = noun.head.head  # "one of the founding members"
    if head.dep_ == "attr" and head.head.lemma_ == "be":
        subj = next((c for c in head.head.children if c.dep_ == "nsubj"), None)
        states = ctx.entities(phrase_tokens(group(subj)), ("state:",)) if subj is not None else []
        if subj is not None and subj.lower_ == "it":
            states = said_before(ctx, subj)  # "France signed the treaty. It was one of the 12 founders."
        return [(s, head.head) for s in states]
    if head.dep_ == "appos":
        return [(s, head) for s in ctx.entities([head.head], ("state:",))]
    # "NATO's founding members, including the US, Britain and France", "founding members such as
    # Norway and Denmark": each example is a founding member
    examples = [p for c in noun.children if c.dep_ == "prep" and (c.lower_ == "including" or (
        c.lower_ == "as" and any(a.lower_ == "such" for a in c.lefts) or c.i > 0 and c.nbor(-1).lower_ == "such"))
        for p in c.children if p.dep_ == "pobj"]
    # (said of the noun itself: "founding members such as Norway did not back it" still names founders)
    return [(s, noun) for s in ctx.entities(phrase_tokens([t for e in examples for t in group(e)]), ("state:",))]
