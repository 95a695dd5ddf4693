"""A holder's number in an office's list: "X was sworn in as Ukraine's sixth president", "X was
elected Japan's 100th prime minister", "Australia's 30th prime minister, X,", "NATO's 14th
Secretary General X".

The rank is an ordinal right before the title words (`titles.ordinal`); the person is the name the
title is written with (before it or in an apposition after it), else the subject of the verb the
title hangs on ("as T", "became T", "elected T"). The office is the title's, with its state or
organisation (as terms.py finds it). Statement `holder_rank`: subject the person, value
"<office id>#<n>". Not read: "first" (mostly a first of a kind: "the first prime minister of
Asian heritage"), a rank among holders of a kind ("the second president to resign", "the third
T from the party", "of" with no state after), a plural ("the 45th and 47th president"), a negation, a rank the
parse cannot tie to one person, a title with other words between the rank and it that find no
office ("the first female prime minister").

A rank among the women who held an office (rank23, session 15): "Britain's second female prime
minister", "Italy's first woman prime minister" (the woman word right before the title, "first"
read too), "the third woman to become / serve as T", "the third woman to lead the British
government" / "to head O" (the government's leading office, or the organisation's head; "to lead
the country" is not read: a president and a prime minister both lead it). Statement
`woman_holder_rank`, value "<office id>#<n>", checked against the office's `women_holders` (every
woman who held it from its creation, in order): supported at her place, contradicted at another,
`new` when the office keeps no list or does not list her. The same words after the title make a
kind ("the first female prime minister since Thatcher"), and a word between the rank and the
woman word ("the second Catholic woman") or between it and the title ("female Conservative prime
minister") is a kind too: not read.

Check: the ranks the KB gives the person's terms of the office (`ordinal` qualifier, several for
a term renumbered at each re-election, "100 101" for Kishida): supported when the rank is one of
them, contradicted when the person's terms have ranks and this is none of them; `new` when the
KB gives none (or the person never held the office: terms.py and offices.py judge that).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from accord.model import Statement
from accord.nlp.extract.claims._numbers import ordinal as ordinal_value
from accord.nlp.extract.claims.grammar import Context, make, modality, negated
from accord.nlp.extract.claims.terms import office_of, people_of
from accord.nlp.extract.titles import HEADS, ordinal, title_at
from accord.reconcile.kbcheck import Verdict, fact_evidence

ORDER = 52
PROPERTY = "holder_rank"
REACH = 4  # words from the rank to the title's head ("30th prime minister", "sixth deputy secretary general")


def extract(ctx: Context, sent: Span) -> list[Statement]:
    if ctx.kb is None:
        return []
    out: list[Statement] = []
    for tok in sent:
        if not ordinal(ctx.doc, tok) or _plural(tok):
            continue
        nxt = ctx.doc[tok.i + 1] if tok.i + 1 < len(ctx.doc) else None
        if nxt is not None and nxt.lower_ in WOMAN_WORDS:
            out += _woman_rank(ctx, tok, nxt)
        elif tok.lower_ != "first":
            out += _rank(ctx, tok)
    return out


def _plural(tok: Token) -> bool:
    """ "the 45th and 47th president": two ranks for one title."""
    doc = tok.doc
    return tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in ("and", "or", "&") or (
        tok.i > 0 and doc[tok.i - 1].lower_ in ("and", "or", "&"))


def _rank(ctx: Context, tok: Token) -> list[Statement]:
    n = ordinal_value(tok)
    head = _title_head(ctx, tok)
    if n is None or head is None:
        return []
    person, verb = _person(ctx, head)
    if not _said_as_fact(ctx, person, verb):
        return []
    office, _ = office_of(ctx, verb or head, person, heads=[head])
    if office is None:
        return []
    return [make(ctx, person, PROPERTY, f"{office}#{n}", [tok, head], verb or head, modality="fact")]


def _said_as_fact(ctx: Context, person: str | None, verb: Token | None) -> bool:
    """The ranked person is a KB person and the verb that ranks her (if any) is neither negated nor
    modal ("would become the first", "is not the second")."""
    if person is None or not ctx.kb.has(person):
        return False
    return verb is None or not (negated(verb) or modality(verb) != "fact")


# A rank among the women who held an office: "Britain's second female prime minister", "the
# third woman to become prime minister", "Finland's first woman president".
WOMAN_WORDS = frozenset("female woman".split())
WOMAN_PROPERTY = "woman_holder_rank"
# "the second woman to become T", "the third woman to serve as T"
WOMAN_VERBS = frozenset("become serve".split())
# "the third woman to lead the British government", "the first woman to head NATO"
LEAD_VERBS = frozenset("lead head".split())


def _woman_rank(ctx: Context, tok: Token, woman: Token) -> list[Statement]:
    """ "Britain's second female prime minister": the title right after the woman word; "the third
    woman to become prime minister" / "to serve as T": the title the infinitive takes. Who holds
    the rank is found as for any rank; for "woman to ...", the subject of the verb the noun "woman"
    is the complement of ("X is the third woman to ..."), or the name it stands in apposition to."""
    n = ordinal_value(tok)
    if n is None:
        return []
    doc = ctx.doc
    if woman.lower_ == "woman" and woman.i + 2 < len(doc) and doc[woman.i + 1].lower_ == "to" \
            and doc[woman.i + 2].lemma_.lower() in LEAD_VERBS:
        return _woman_leading(ctx, tok, n, woman, doc[woman.i + 2])
    if woman.lower_ == "woman" and woman.i + 2 < len(doc) and doc[woman.i + 1].lower_ == "to" \
            and doc[woman.i + 2].lemma_.lower() in WOMAN_VERBS:
        infinitive = doc[woman.i + 2]
        at = infinitive.i + 1
        if infinitive.lemma_.lower() == "serve":
            if at >= len(doc) or doc[at].lower_ != "as":
                return []
            at += 1
        head = _title_head_from(ctx, at, owner=True)
        if head is None:
            return []
        person, verb = _woman_person(ctx, woman)
    else:
        head = _title_head_from(ctx, woman.i + 1)
        if head is None:
            return []
        person, verb = _person(ctx, head)
    if not _said_as_fact(ctx, person, verb):
        return []
    office = _woman_office(ctx, person, head) or office_of(ctx, verb or head, person, heads=[head])[0]
    if office is None:
        return []
    return [make(ctx, person, WOMAN_PROPERTY, f"{office}#{n}", [tok, head], verb or head, modality="fact")]


def _woman_leading(ctx: Context, tok: Token, n: int, woman: Token, lead: Token) -> list[Statement]:
    """ "the third woman to lead the British government" / "to head NATO": the government's
    leading office (the person's own head of government's office of that state, or of the state
    she led when "the government" stands alone), or the organisation's head. "To lead the
    country" is not read: a president and a prime minister both lead it."""
    from accord.nlp.extract.claims.led_offices import GOVERNMENTS, STATE, led_office

    objs = [c for c in lead.children if c.dep_ == "dobj"]
    if len(objs) != 1:
        return []
    obj = objs[0]
    end = max(t.i for t in obj.subtree) + 1
    if end < len(ctx.doc) and ctx.doc[end].lower_ in KIND_WORDS and not (
            ctx.doc[end].lower_ in ("in", "on", "from") and end + 1 < len(ctx.doc) and _day_word(ctx.doc[end + 1])):
        return []  # "the second woman to lead the government since 1990"
    person, verb = _woman_person(ctx, woman)
    if not _said_as_fact(ctx, person, verb):
        return []
    led = led_office(ctx, obj, person)
    if led is None or not (led[1] == "org" or led[1] == STATE and obj.lemma_.lower() in GOVERNMENTS):
        return []
    return [make(ctx, person, WOMAN_PROPERTY, f"{led[0]}#{n}", [tok, obj], verb or lead, modality="fact")]


def _woman_office(ctx: Context, person: str, head: Token) -> str | None:
    """The office of a title written with the woman word ("Britain's second female prime
    minister"): the title without that word, of the state or organisation written with it, else
    of the one where the person held an office of that title."""
    from accord.nlp.extract.offices import _find_office, _held_jurisdiction

    found = title_at(ctx.doc, head)
    if found is None:
        return None
    (start, end), jurisdiction = found
    if ctx.doc[start].lower_ not in WOMAN_WORDS:
        return None
    title = " ".join(t.text for t in ctx.doc[start + 1:end])
    owners = ctx.entities(ctx.doc[jurisdiction[0]:jurisdiction[1]], ("org:", "state:")) if jurisdiction else []
    if jurisdiction and not owners:
        return None  # an owner the KB does not know ("the party's second female leader")
    owner = owners[0] if owners else _held_jurisdiction(ctx.kb, person, title)
    office = _find_office(ctx.kb, title, owner, None) if owner else None
    return office.id if office is not None else None


def _woman_person(ctx: Context, woman: Token) -> tuple[str | None, Token | None]:
    """Who "the third woman to become T" is: the subject of the verb it completes ("X is / became
    the third woman ..."), or the name it is in apposition to ("X, the third woman to ...")."""
    if woman.dep_ == "appos":
        named = ctx.entities([woman.head], ("person:",))
        return (named[0], None) if len(named) == 1 else (None, None)
    if woman.dep_ == "oprd" and any(c.dep_ == "dobj" for c in woman.head.children):
        return None, None  # "making her the second woman to ...": the object's rank, not the subject's
    if woman.dep_ in ("attr", "oprd") and woman.head.pos_ in ("VERB", "AUX"):
        people = people_of(ctx, woman.head)
        return (people[0], woman.head) if len(people) == 1 else (None, None)
    return None, None


def _title_head(ctx: Context, tok: Token) -> Token | None:
    """The head of the title words that start right after the rank."""
    return _title_head_from(ctx, tok.i + 1)


def _title_head_from(ctx: Context, start: int, owner: bool = False) -> Token | None:
    """The head of the title words that start at token `start`; with `owner`, after the title's
    state or organisation written before it ("to become Britain's prime minister")."""
    doc = ctx.doc
    for cand in doc[start:min(len(doc), start + REACH + (3 if owner else 0))]:
        if not cand.is_alpha and "-" not in cand.text and not (owner and cand.lower_ in ("'s", "’s")):
            return None
        if cand.lower_ in HEADS and cand.pos_ in ("NOUN", "PROPN"):
            found = title_at(doc, cand)
            while cand.i + 1 < len(doc) and doc[cand.i + 1].lower_ in HEADS:
                cand = doc[cand.i + 1]  # "Secretary General": the parse's head is the last word
            if found is None or _a_kind_of_holder(ctx, found) or not (
                    found[0][0] == start or owner and _owner_between(doc, start, found)
                    or found[0][0] == start - 1 and doc[start - 1].lower_ in WOMAN_WORDS):  # "female prime minister"
                return None
            return cand
    return None


def _owner_between(doc, start: int, found) -> bool:
    """Are the words from `start` to the title its owner alone ("the", "Britain", "'s")?"""
    (title_start, _), jurisdiction = found
    if jurisdiction is None or jurisdiction[1] > title_start:
        return False
    return all(t.lower_ in ("the", "'s", "’s") or jurisdiction[0] <= t.i < jurisdiction[1]
               for t in doc[start:title_start])


# Words after a title that make the rank count a kind of holder, not the office's list: "the
# second prime minister to resign", "the third president from the party", "since the war"; and
# those that open a stretch of time the count is kept in: "Britain's third prime minister this
# year", "the fourth within two years", "the fifth so far".
KIND_WORDS = frozenset("to from since with in who ever born elected among after this that within so".split())


MONTHS_AND_DAYS = frozenset("""january february march april may june july august september october november
december monday tuesday wednesday thursday friday saturday sunday""".split())


def _day_word(tok: Token) -> bool:
    """A word opening a date ("October 2017", "2017", "Monday"), not a stretch ("five years")."""
    return tok.lower_ in MONTHS_AND_DAYS or (tok.text.isdecimal() and len(tok.text) == 4)


def _a_kind_of_holder(ctx: Context, found) -> bool:
    """Is the rank a place among holders of some kind ("the second prime minister to resign",
    "the third president of Asian heritage")? A title followed by such words (not by a date:
    "in October 2017"), or by "of" with no state or organisation after it."""
    doc = ctx.doc
    (_, end), jurisdiction = found
    if end >= len(doc):
        return False
    after = doc[end].lower_
    if after in KIND_WORDS:  # (a date is no kind: "in October 2017", "from 2017 to 2021")
        return not (after in ("in", "on", "from") and end + 1 < len(doc) and _day_word(doc[end + 1]))
    return after == "of" and (jurisdiction is None or jurisdiction[0] < end)


def _person(ctx: Context, head: Token) -> tuple[str | None, Token | None]:
    """Who holds the rank: the name written with the title, else the subject of the verb the
    title hangs on ("was sworn in as T", "became T", "was elected T")."""
    for t in ctx.doc._.titles or []:
        if t.title and t.title[0] <= head.i < t.title[1]:
            named = ctx.entities(ctx.doc[t.name[0]:t.name[1]], ("person:",))
            return (named[0], None) if len(named) == 1 else (None, None)
    verb = None
    if head.dep_ == "pobj" and head.head.lower_ == "as":
        verb = head.head.head
    elif head.dep_ in ("attr", "oprd"):
        verb = head.head
    if verb is None or verb.pos_ not in ("VERB", "AUX"):
        return None, None
    people = people_of(ctx, verb)
    return (people[0], verb) if len(people) == 1 else (None, None)


def _ranks(fact) -> set[int]:
    written = str((fact.qualifiers or {}).get("ordinal") or "")
    return {int(w) for w in written.replace(",", " ").split() if w.isdecimal()}


def check_holder_rank(checker, st: Statement, on: str | None) -> Verdict | None:
    office, _, number = st.value.rpartition("#")
    if not number.isdecimal():
        return None
    n = int(number)
    terms = checker.kb.facts(subject=st.subject, property="holds_office", value=office)
    ranked = [f for f in terms if _ranks(f)]
    person, title = checker.name(st.subject), checker.name(office)
    if not ranked:
        return Verdict("new", f"The knowledge base gives no number to {person}'s terms as {title}.")
    ranks = sorted({r for f in ranked for r in _ranks(f)})
    if n in ranks:
        return Verdict("supported", f"{person} is number {n} in the list of holders of {title}.",
                       [fact_evidence(f) for f in ranked])
    said = ", ".join(str(r) for r in ranks)
    others = [f for f in checker.kb.facts(property="holds_office", value=office) if n in _ranks(f)]
    who = f"; number {n} is {checker.name(others[0].subject)}" if others else ""
    return Verdict("contradicted_by_kb", f"The claim makes {person} number {n} in the list of holders of {title}, "
                   f"but {person} is number {said}{who}.", [fact_evidence(f) for f in ranked + others[:1]])


def check_woman_holder_rank(checker, st: Statement, on: str | None) -> Verdict | None:
    """The office's `women_holders` (every woman who held it, in order, from its creation): the
    rank is supported when the person is that one in the list, contradicted when she is in the
    list at another place; `new` when the KB keeps no such list or does not list her."""
    office, _, number = st.value.rpartition("#")
    if not number.isdecimal() or not checker.kb.has(office):
        return None
    n = int(number)
    women = checker.kb.entity(office).attrs.get("women_holders") or {}
    people = list(women.get("people") or [])
    person, title = checker.name(st.subject), checker.name(office)
    if st.subject not in people:
        return Verdict("new", f"The knowledge base lists no woman holder of {title} named {person}.")
    place = people.index(st.subject) + 1
    evidence = [{"type": "kb", "subject": office, "property": "women_holders", "value": " ".join(people),
                 "start": women.get("complete_since"), "end": None, "point_in_time": None,
                 "source": women.get("source"), "as_of": str(women.get("as_of") or "") or None}]
    if place == n:
        return Verdict("supported", f"{person} is woman number {n} to hold the office of {title}.", evidence)
    return Verdict("contradicted_by_kb", f"The claim makes {person} woman number {n} to hold the office of "
                   f"{title}, but she is number {place} of {len(people)}.", evidence)


def _words(name, st: Statement) -> str:
    office, _, number = st.value.rpartition("#")
    return f"{name(st.subject)} is holder number {number} of the office of {name(office)}"


def _woman_words(name, st: Statement) -> str:
    office, _, number = st.value.rpartition("#")
    return f"{name(st.subject)} is woman number {number} to hold the office of {name(office)}"


CHECKS = {PROPERTY: check_holder_rank, WOMAN_PROPERTY: check_woman_holder_rank}
WORDS = {PROPERTY: _words, WOMAN_PROPERTY: _woman_words}
