"""Whose and when "the N allies" is, beside counts.py (fa17, session 10):

- `alliance_topic`: "the 31 allies" names no organisation; it is read as the article's topic
  organisation only when that organisation's members are allies, an alliance (its KB kind says
  "alliance" or "treaty"): in an article about NATO's Indo-Pacific partners (the IP4) or about the
  EU, "the leaders of the 31 allies" are NATO's, not the partners' or the EU's: not read.
- `restricted_after`: the words right after the counted noun narrow it to some of the members,
  whatever the parse hangs them on: "one of the two allies yet to ratify", "the two allies still
  to approve", "the 23 allies that meet the goal", "the two allies to ratify" (not after a rank:
  "the last of the 29 allies to ratify" counts them all).
- `named_before`: "the two allies" after a sentence naming Hungary and Turkey are those two, not
  the alliance: a topic-linked count no larger than the number of states named in the sentence
  before it and in its own sentence up to it is read as pointing back to them.
- `writers_day`: a count naming the organisation in a clause dated years before the article
  ("The 29 allies agreed in 2014 to ...", written in 2018, when there were 29; 28 in 2014) may be
  the size as the writer knows it: when the number is the organisation's size within
  WRITER_DAYS of the article's day (the KB's list), the count is dated by that day. Another
  number keeps the clause's date ("In March 2022 the 31 allies ...", written 21 March 2024: 30
  then, 32 now, so flagged); a count marked as the clause's keeps it (`counted_then`:
  "the then 28 allies").
"""

from __future__ import annotations

from datetime import date, timedelta

from spacy.tokens import Token

from accord.model import TimeQualifier

WRITER_DAYS = 14  # days either side of the article's: the size the writer knows
ALLIANCE_KINDS = ("alliance", "treaty")
RELATIVES = frozenset({"that", "which", "who", "whose", "whom"})
NOT_YET = frozenset({"yet", "still", "not"})


def alliance_topic(ctx) -> str | None:
    """The article's topic organisation when its members are allies (its KB kind is an alliance's,
    or the KB gives none), else None."""
    org = ctx.topic_org
    if org is None or ctx.kb is None:
        return org
    try:
        kind = str((getattr(ctx.kb.entity(org), "attrs", None) or {}).get("kind") or "")
    except Exception:  # an organisation the KB does not describe
        return None
    if not kind:
        return org  # a KB that gives no kind: the topic, as before
    return org if any(k in kind.lower() for k in ALLIANCE_KINDS) else None


def named_before(ctx, noun: Token, value: int) -> bool:
    """Are at least `value` states named in the sentence before `noun`'s and in its own before it?"""
    sent = noun.sent
    lo = sent.start
    if lo > 0:
        lo = noun.doc[lo - 1].sent.start
    states = ctx.entities(noun.doc[lo:noun.i], ("state:",))
    return value <= len(states)


def restricted_after(noun: Token) -> bool:
    """Do the words right after `noun` restrict it ("yet to", "still to", "not yet", "that ...",
    "to ratify")?"""
    doc = noun.doc
    nxt = [doc[i] for i in range(noun.i + 1, min(noun.i + 3, len(doc)))]
    if not nxt:
        return False
    first = nxt[0]
    if first.lower_ in NOT_YET and len(nxt) > 1 and nxt[1].lower_ in ("to", "yet"):
        return True  # "yet to ratify", "still to approve", "not yet ratifying"
    if first.lower_ in RELATIVES and first.dep_ != "mark":
        return True  # "the 23 allies that meet the goal"
    if first.lower_ == "to" and len(nxt) > 1 and nxt[1].tag_ == "VB":
        return not _ranked_partitive(noun)  # "the two allies to ratify"; not "the last of the 29 allies to ratify"
    return False


RANKS = frozenset({"first", "last", "latest", "final", "only", "next"})


def _ranked_partitive(noun: Token) -> bool:
    """"the last of the 29 allies (to ratify)": the infinitive ranks the one, the count is whole."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "of":
        return False
    one = prep.head
    return one.lower_ in RANKS or one.tag_ == "JJS" or (one.tag_ == "JJ" and one.lower_.endswith(("st", "nd", "rd", "th")))


def writers_day(ctx, org: str, value: int, times: dict) -> dict:
    """`times`, or the article's day when the clause is dated before it and `value` was the
    organisation's size around that day."""
    from accord.kb import temporal
    from accord.nlp.extract.claims._membership import _sizes

    published = getattr(ctx.doc._, "document_date", None)
    stated = times.get("point_in_time") or times.get("start")
    if not published or stated is None or times.get("end") is not None or ctx.kb is None:
        return times
    try:
        today = date.fromisoformat(str(published)[:10])
        if date.fromisoformat(temporal.upper(stated.value)) >= today:
            return times
    except ValueError:
        return times
    facts = ctx.kb.facts(property="member_of", value=org)
    lo, hi = today - timedelta(days=WRITER_DAYS), today + timedelta(days=WRITER_DAYS)
    if not facts or value not in _sizes(facts, lo.isoformat(), hi.isoformat()):
        return times
    return {"point_in_time": TimeQualifier(today.isoformat(), "day")}


def counted_then(noun: Token, num: Token) -> bool:
    """Is the count marked as the clause's own: "the then 28 allies"? ("the 28 allies at the
    time" is not read as a count at all: a phrase after the noun narrows it, counts._narrowed.)"""
    return any(c.lower_ == "then" for t in (noun, num) for c in t.children)
