"""A title fronted with "As": "As foreign minister under Abe from 2012 to 2017, Kishida negotiated
the agreement", "As foreign minister, Kuleba visited Washington in March 2022", "As prime minister
since 2022, Albanese has ...".

The sentence opens with "As T," and the title's holder is the subject of the verb the phrase
hangs on. The time is the phrase's own ("from A to B": `took_office` A and `left_office` B;
"since D": `holds_office` from D; "in D": `holds_office` on D), else, for a verb in the past,
a date written right on that verb ("visited Washington in March 2022", "on Monday", not a date
inside its object: "defended the 2019 manifesto"): `holds_office` on that day. Nothing else
is read: no date, a plan or a hypothetical ("As prime minister, he would ..."), a pronoun
subject, a title with a time or ranking word ("As a former minister", "As the first ...").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from accord.nlp.extract.claims.grammar import Context, make, modality, qualifiers
from accord.nlp.extract.claims.office_predicates import NOT_THE_OFFICE
from accord.nlp.extract.claims.terms import office_of, people_of, title_after_as
from accord.nlp.extract.title_tense import MARKS
from accord.model import Statement

ORDER = 55
ON_VERB = frozenset({"in", "on", "during", "at"})  # prepositions of a date written on the verb


def extract(ctx: Context, sent: Span) -> list[Statement]:
    if ctx.kb is None:
        return []
    first = next((t for t in sent if not t.is_space and not t.is_punct), None)
    if first is None or first.lower_ != "as" or first.dep_ != "prep":
        return []
    verb = first.head
    head = title_after_as(first)
    if head is None or verb.pos_ not in ("VERB", "AUX") or modality(verb) != "fact" or _marked(first, head):
        return []
    if any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "PRON" for c in verb.children):
        return []
    people = people_of(ctx, verb)
    if len(people) != 1 or not ctx.kb.has(people[0]):
        return []
    office, attachment = office_of(ctx, verb, people[0], heads=[head])
    if office is None:
        return []
    sure = {"attachment": attachment} if attachment < 1.0 else None
    return _statements(ctx, verb, first, people[0], office, sure)


def _marked(as_token: Token, head: Token) -> bool:
    """A time or ranking word on the title, or an article ("As a former minister", "As the
    first ...", "As a minister": one of several)."""
    words = {t.lower_ for t in as_token.doc[as_token.i + 1:head.i]}
    return bool(words & (NOT_THE_OFFICE | MARKS | {"a", "an"}))


def _statements(ctx: Context, verb: Token, as_token: Token, person: str, office: str, sure) -> list[Statement]:
    own = qualifiers(ctx, {t.i for t in as_token.subtree})
    if "start" in own and "end" in own:
        return [make(ctx, person, prop, office, [as_token], verb, times={"point_in_time": own[side]}, confidence=sure)
                for prop, side in (("took_office", "start"), ("left_office", "end"))]
    if "start" in own or "point_in_time" in own:
        times = {"start": own["start"]} if "start" in own else {"point_in_time": own["point_in_time"]}
        return [make(ctx, person, "holds_office", office, [as_token], verb, times=times, confidence=sure)]
    if own or verb.tag_ != "VBD":
        return []  # an end alone ("As T until 2024"), or no past event to date
    on_verb = {t.i for c in verb.children if c.dep_ == "npadvmod" or (c.dep_ == "prep" and c.lower_ in ON_VERB)
               for t in c.subtree}
    when = qualifiers(ctx, on_verb).get("point_in_time")
    if when is None:
        return []
    return [make(ctx, person, "holds_office", office, [as_token], verb, times={"point_in_time": when}, confidence=sure)]
