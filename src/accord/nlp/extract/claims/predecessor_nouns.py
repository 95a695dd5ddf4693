"""A predecessor named with the noun: "his predecessor, Yoon Suk Yeol,", "Kishida's predecessor
Yoshihide Suga", "the policies of his predecessor Donald Trump".

The noun "predecessor" with an owner ("X's", or "his" / "her": the one person who is the subject
of the sentence's main clause; when "his predecessor" is itself that subject, opening the
sentence, the one person the sentence before is about: "Yoon was sworn in on Tuesday. His
predecessor, Moon, left ...") and a person in apposition (or a compound name right after it).
The office is the one the owner and the named person both held (when several, the one the owner
holds on the article's day); the owner's term is the one of that office running on the article's
day, else the last to begin by it. Statement: `handed_over` (subject the predecessor, point in
time that term's first day), checked as handovers.py checks it (the predecessor's term ended
near that day with no full holder between). "Y's successor X", "his successor, X," (pred20): the same
claim with the roles turned (the named successor's term of the shared office, begun by the
article's day: a successor the KB does not list yet in that office, one still to come, makes no
claim). Not read: a plural, an owner the KB gives no term of the shared office by the article's day or
several (Trump's "predecessor" in 2025: of which term?), "his" with another person named between
the subject and the noun ("Sunak said Johnson and his predecessor ..."), "predecessor as T", a
negation ("not his predecessor").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from accord.model import Statement
from accord.nlp.extract.claims.grammar import Context, in_dateline, make, negated, subject_before
from accord.nlp.extract.claims.handovers import PROPERTY
from accord.reconcile import timecmp

ORDER = 56
NOUNS = frozenset({"predecessor", "successor"})
PRONOUNS = frozenset({"his", "her"})
SHARED = 0.6  # the office is not written: the one both people held (as handovers.UNTITLED)


def extract(ctx: Context, sent: Span) -> list[Statement]:
    if ctx.kb is None:
        return []
    out: list[Statement] = []
    for noun in sent:
        if noun.lemma_.lower() in NOUNS and noun.tag_ == "NN" and not negated(noun.head):
            out += _predecessor(ctx, noun)
    return out


def _predecessor(ctx: Context, noun: Token) -> list[Statement]:
    if any(c.dep_ == "prep" and c.lower_ == "as" for c in noun.children):
        return []  # "his predecessor as foreign minister": another office than the one they share
    owner = _owner(ctx, noun)
    named = ctx.entities([t for c in noun.children if c.dep_ in ("appos", "compound") and c.i > noun.i
                          for t in c.subtree], ("person:",))
    if not named and noun.dep_ == "compound" and noun.head.i > noun.i and noun.head.pos_ == "PROPN":
        named = ctx.entities([t for t in noun.head.subtree if t.i > noun.i and t.dep_ in ("compound", "flat")
                              or t.i == noun.head.i], ("person:",))  # "Truss's successor Rishi Sunak"
    if owner is None or len(named) != 1 or named[0] == owner or not ctx.kb.has(named[0]):
        return []
    if noun.lemma_.lower() == "successor":  # the owner handed the office over to the one named
        before, after = owner, named[0]
    else:
        before, after = named[0], owner
    term = _owners_term(ctx, after, before)
    if term is None:
        return []
    return [make(ctx, before, PROPERTY, term.value, [noun], noun.head, times={"point_in_time": term.start},
                 confidence={"attachment": SHARED}, modality="fact")]


def _owner(ctx: Context, noun: Token) -> str | None:
    poss = next((c for c in noun.children if c.dep_ == "poss"), None)
    if poss is None:
        return None
    if poss.lower_ not in PRONOUNS:
        people = ctx.entities(poss.subtree, ("person:",))
        return people[0] if len(people) == 1 else None
    root = noun.sent.root
    subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass") and not in_dateline(c)), None)
    if subj is not None and subj.i == noun.i and not any(t.dep_ in ("nsubj", "nsubjpass") for t in noun.sent if t.i < noun.i):
        # "Yoon was sworn in on Tuesday. His predecessor, Moon, left ...": the noun opens the
        # sentence as its subject; its owner is the one person the sentence before is about
        people = subject_before(ctx, noun.sent)
        return people[0] if len(people) == 1 else None
    if subj is None or any(c.dep_ in ("conj", "cc") for c in subj.children):
        return None
    people = ctx.entities([t for t in subj.subtree if t.dep_ not in ("relcl", "appos")], ("person:",))
    if len(people) != 1:
        return None
    between = ctx.entities(noun.doc[subj.i + 1:noun.i], ("person:",))
    return people[0] if set(between) <= {people[0]} else None  # "Sunak said Johnson and his predecessor": whose?


def _owners_term(ctx: Context, owner: str, before: str):
    """The owner's term of an office both people held: running on the article's day, else the
    last begun by it; None when that leaves no term or several offices."""
    day = str(ctx.doc._.document_date or "")[:10]
    if len(day) < 10:
        return None
    shared = {f.value for f in ctx.kb.facts(subject=before, property="holds_office")}
    terms = [f for f in ctx.kb.facts(subject=owner, property="holds_office")
             if f.value in shared and f.start is not None and timecmp.bounds(f.start.value)
             and str(timecmp.bounds(f.start.value)[0]) <= day]
    running = [f for f in terms if timecmp.active_on(f.start, f.end, day, f.point_in_time)]
    pool = running or terms
    if len({f.value for f in pool}) != 1:
        return None
    office = pool[0].value
    if len([f for f in terms if f.value == office]) > 1:
        return None  # "Trump's predecessor Obama" in 2025: of his first term or his second?
    return pool[0]
