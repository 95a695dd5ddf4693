"""A NATO summit dated to a month (or day) in which no NATO summit took place: "Yoon attended a
NATO summit in July last year" (2022: Madrid, in June), "the alliance's summit in May 2023".

The KB lists every NATO summit of leaders from 2014 to 2026 (summits.yaml), so a summit the text
makes NATO's own ("NATO summit", "an alliance summit", "NATO's summit"; not a bare "the summit")
dated to a month or day of those years on which none met is wrong whichever summit is meant (the
year must be written: "June 2022", "in June last year"; a bare "in June" is dated by a guess). The
summits family links a summit by its year alone at `event` 0.4 (not sure which one is meant), and
then never flags it; this family makes the claim of the one regular summit of that year when the
date falls on no summit at all (`took_place_on`, `event` 0.6: the summit is still a guess, the
error is not). A date on which a summit met is left to the summits family.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from accord.model import Statement
from accord.nlp.extract.claims import _eventlink as links
from accord.nlp.extract.claims.grammar import Context, make, negated, qualifiers, year_written as _year_written
from accord.reconcile import timecmp

ORDER = 11  # after summits (10): its own link, when there is one, comes first

FIRST_YEAR, LAST_YEAR = 2014, 2026  # the years summits.yaml lists every NATO summit of leaders for
EVENT = 0.6


def extract(ctx: Context, sent: Span) -> list[Statement]:
    if ctx.kb is None:
        return []
    out = []
    for noun in sent:
        if noun.lemma_.lower() != "summit" or noun.pos_ != "NOUN" or links.owner(ctx, noun) != links.NATO:
            continue
        if not _explicit(ctx, noun):
            continue
        tokens = {t.i for t in noun.subtree}
        head = noun.head
        if noun.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass") and head.pos_ in ("VERB", "AUX", "ADP"):
            verb = head.head if head.pos_ == "ADP" else head
            tokens |= {t.i for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "on") for t in c.subtree}
        when = qualifiers(ctx, tokens).get("point_in_time")
        if when is None or not _year_written(ctx, tokens, when):
            continue  # "the NATO summit in June": which June is a guess
        event = _the_years_summit(ctx, when)
        if event is None:
            continue
        verb = noun.head if noun.head.pos_ in ("VERB", "AUX") else noun
        out.append(make(ctx, event, "took_place_on", event, [noun], verb, negated(verb), {"point_in_time": when},
                        confidence={"event": EVENT}))
    return out


def _explicit(ctx: Context, noun: Token) -> bool:
    """ "NATO summit", "an alliance summit", "NATO's summit": the organisation written with it."""
    return any((ctx.entity(t) or "") == links.NATO or t.lower_.strip("'’") in links.NATO_WORDS
               for t in links.qualifier_tokens(ctx, noun))


def _the_years_summit(ctx: Context, when) -> str | None:
    """The one regular summit of the date's year, when no summit of leaders met in its month or
    on its day."""
    parts = timecmp.parts(when) if when is not None else None
    if parts is None or parts[0] is None or parts[1] is None or when.precision not in ("month", "day"):
        return None
    year = parts[0]
    if not FIRST_YEAR <= year <= LAST_YEAR:
        return None
    summits = links.candidates(ctx.kb, links.NATO, None, False)
    if any(timecmp.overlaps(when, e.start, e.end) for e in summits):
        return None
    regular = [e for e in summits if e.regular and timecmp.bounds(e.start) and timecmp.bounds(e.start)[0].year == year]
    return regular[0].id if len(regular) == 1 else None
