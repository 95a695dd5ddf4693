"""A claim told of a group and then item by item after a colon, each item a state with its own date:
"Both are already NATO members: Albania since 2009 and North Macedonia since March 2020", "Two
Balkan states joined the alliance in the last decade: Montenegro in 2017 and North Macedonia in
2020". The clause before the colon names no state; the list makes its claim once per item, with
the item's date.

Read only when it cannot be another reading:
- the colon hangs on the clause's verb, which is affirmed: "join" with an organisation as its
  object (`joined`, each item "in"/"on" a date), or "be" with a member noun of an organisation as
  its complement (`member_of`, each item "since" a date);
- the subject before the colon names no entity and is a group ("both", "they", "all", a plural
  "countries" / "states" / "members" ...); a number on it ("both", "two Balkan states") must be
  the number of items;
- everything after the colon is the list: two or more items, each a state's name and one date
  phrase with its year written, joined by commas and "and"; the clause before has no date.

Not a claim family: `claims.statements` reads the lists once the families have read the rest.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from accord.model import Statement
from accord.nlp.extract.claims.grammar import Context, make, negated, qualifiers

GROUP_WORDS = {"both": 2, "they": None, "all": None, "these": None, "those": None}
GROUP_NOUNS = frozenset({"country", "state", "nation", "member", "ally", "newcomer", "democracy"})
NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
MEMBER_NOUNS = frozenset({"member", "ally"})
#: the date each item of a property's list carries, and the qualifier it makes
ITEM_DATES = {"joined": ({"in", "on"}, "point_in_time"), "member_of": ({"since"}, "start")}
JOINERS = frozenset({",", "and"})


def listed(ctx: Context, sents: list[Span]) -> list[Statement]:
    """The claims the colon lists of `sents` make, one per item."""
    out: list[Statement] = []
    for sent in sents:
        for colon in sent:
            if colon.text == ":" and colon.head.pos_ in ("VERB", "AUX"):
                out += _claims(ctx, colon)
    return out


def _claims(ctx: Context, colon: Token) -> list[Statement]:
    verb = colon.head
    if negated(verb):
        return []
    prop, org = _claim_of(ctx, verb, colon)
    if prop is None:
        return []
    preps, field = ITEM_DATES[prop]
    items = _items(ctx, colon, preps)
    if len(items) < 2 or not _group_subject(ctx, verb, colon, len(items)):
        return []
    if qualifiers(ctx, {t.i for t in verb.subtree if t.i < colon.i}):
        return []  # "Both joined in 2004: Estonia in March, ...": the items' dates lean on the clause's
    out = []
    for state, tokens in items:
        times = qualifiers(ctx, {t.i for t in tokens})
        if set(times) != {field} or not any(t.text.isdecimal() and len(t.text) == 4 for t in tokens):
            return []
        out.append(make(ctx, state, prop, org, tokens, verb, False, times))
    return out


def _claim_of(ctx: Context, verb: Token, colon: Token) -> tuple[str | None, str | None]:
    """("joined" or "member_of", the organisation) the clause before the colon tells, or Nones."""
    before = lambda tok: [t for t in tok.subtree if t.i < colon.i]  # noqa: E731
    lemma = verb.lemma_.lower()
    if lemma == "join":
        objs = [c for c in verb.children if c.dep_ == "dobj" and c.i < colon.i]
        orgs = ctx.entities([t for o in objs for t in before(o)], ("org:",))
        return ("joined", orgs[0]) if len(orgs) == 1 else (None, None)
    if lemma == "be":
        attr = next((c for c in verb.children if c.dep_ == "attr" and c.i < colon.i), None)
        if attr is None or attr.lemma_.lower() not in MEMBER_NOUNS:
            return None, None
        orgs = ctx.entities(before(attr), ("org:",))
        return ("member_of", orgs[0]) if len(orgs) == 1 else (None, None)
    return None, None


def _group_subject(ctx: Context, verb: Token, colon: Token, count: int) -> bool:
    """Is the verb's subject a group of `count` (or of no number) naming no entity?"""
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < colon.i), None)
    if subj is None or ctx.entities(list(subj.subtree), ("state:", "org:", "person:")):
        return False
    word = subj.lower_
    if word in GROUP_WORDS:
        return GROUP_WORDS[word] in (None, count)
    if subj.lemma_.lower() not in GROUP_NOUNS or subj.tag_ != "NNS":
        return False
    number = next((c for c in subj.children if c.dep_ == "nummod"), None)
    if number is None:
        return True
    said = NUMBER_WORDS.get(number.lower_) or (int(number.text) if number.text.isdecimal() else None)
    return said == count


def _items(ctx: Context, colon: Token, preps: set[str]) -> list[tuple[str, list[Token]]]:
    """[(state, its name and date phrase)] when all the sentence after the colon is such a list;
    [] otherwise."""
    doc = colon.doc
    end = colon.sent.end
    while end > colon.i + 1 and doc[end - 1].is_punct:
        end -= 1
    i, items = colon.i + 1, []
    while i < end:
        if doc[i].lower_ == "the":
            i += 1
        state = ctx.entity_of.get(i) if i < end else None
        if not state or not state.startswith("state:"):
            return []
        start = i
        while i < end and ctx.entity_of.get(i) == state:
            i += 1
        if i >= end or doc[i].lower_ not in preps:
            return []
        date = next((span for span, _ in ctx.timed_spans_in({i + 1}) if span.start == i + 1), None)
        if date is None or date.end > end:
            return []
        i = date.end
        items.append((state, list(doc[start:i])))
        if i < end and doc[i].text not in JOINERS:
            return []
        while i < end and doc[i].text in JOINERS:
            i += 1
    return items
