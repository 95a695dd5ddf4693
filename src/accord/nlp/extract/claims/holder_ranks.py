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
        if ordinal(ctx.doc, tok) and tok.lower_ != "first" and not _plural(tok):
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
    if person is None or not ctx.kb.has(person):
        return []
    if verb is not None and (negated(verb) or modality(verb) != "fact"):
        return []
    office, _ = office_of(ctx, verb or head, person, heads=[head])
    if office is None:
        return []
    return [make(ctx, person, PROPERTY, f"{office}#{n}", [tok, head], verb or head, modality="fact")]


def _title_head(ctx: Context, tok: Token) -> Token | None:
    """The head of the title words that start right after the rank."""
    doc = ctx.doc
    for cand in doc[tok.i + 1:min(len(doc), tok.i + 1 + REACH)]:
        if not cand.is_alpha and "-" not in cand.text:
            return None
        if cand.lower_ in HEADS and cand.pos_ in ("NOUN", "PROPN"):
            found = title_at(doc, cand)
            while cand.i + 1 < len(doc) and doc[cand.i + 1].lower_ in HEADS:
                cand = doc[cand.i + 1]  # "Secretary General": the parse's head is the last word
            if found is None or found[0][0] != tok.i + 1 or _a_kind_of_holder(ctx, found):
                return None
            return cand
    return None


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
    if after in KIND_WORDS:
        return not (after in ("in", "on") and end + 1 < len(doc) and _day_word(doc[end + 1]))
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


def _words(name, st: Statement) -> str:
    office, _, number = st.value.rpartition("#")
    return f"{name(st.subject)} is holder number {number} of the office of {name(office)}"


CHECKS = {PROPERTY: check_holder_rank}
WORDS = {PROPERTY: _words}
