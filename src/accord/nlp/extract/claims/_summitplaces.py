"""Where the text puts an event, beyond a city's own name, and how sure its date is.

- a capital named by its country: "the Lithuanian capital", "Lithuania's capital", "the US
  capital" is the KB's capital of that state (`capital_of`), or the state itself when the KB
  does not know the city (a capital lies in its state);
- the place a relative clause hangs on: "Vilnius, which hosted the 2023 summit" (the host is
  the relative pronoun's antecedent);
- a month or day whose year the text does not give ("in July") is dated by guessing whether it
  is before or after the article; when the guess is the only thing that makes it clash with the
  event's date, the date is not sure (`guessed_year`).
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from accord.nlp.extract.claims.grammar import RELATIVE_PRONOUNS, Context

CAPITAL_WORDS = {"capital", "capitals"}
DIRECTION = re.compile(r"\b(last|next|this|ago|coming|past|previous|following|later|earlier)\b", re.I)
GUESSED_YEAR = 0.45  # below the verdict threshold: a clash that only the year guess makes is not a flag


def capitals(kb) -> dict[str, str]:
    """state id -> the KB's place that is its capital (read once per KB)."""
    found = getattr(kb, "_accord_capitals", None)
    if found is None:
        found = {}
        for entity in kb.entities("place") if hasattr(kb, "entities") else []:
            state = (getattr(entity, "attrs", None) or {}).get("capital_of")
            if state:
                found[state] = entity.id
        try:
            kb._accord_capitals = found
        except AttributeError:
            pass
    return found


def capital_of(ctx: Context, tok: Token) -> str | None:
    """"the Lithuanian capital" -> place:vilnius (or state:LTU when the KB lacks the city)."""
    if tok.lemma_.lower() not in CAPITAL_WORDS or tok.tag_ == "NNS":
        return None
    states = [ctx.entity(c) for c in tok.children if c.dep_ in ("amod", "compound", "poss", "nmod")]
    states = [s for s in states if s and s.startswith("state:")]
    if len(states) != 1:
        return None
    return capitals(ctx.kb).get(states[0], states[0]) if ctx.kb is not None else states[0]


def in_capital_phrase(tok: Token) -> bool:
    """The state word of "the Lithuanian capital" (the capital phrase speaks for it)."""
    return tok.head.i != tok.i and tok.head.lemma_.lower() in CAPITAL_WORDS and tok.dep_ in (
        "amod", "compound", "poss", "nmod")


def antecedent(verb: Token) -> Token | None:
    """The noun a relative clause's verb says something of: "Vilnius, which hosted ..." -> Vilnius."""
    if verb.dep_ != "relcl":
        return None
    if any(c.dep_ == "nsubj" and c.lower_ in RELATIVE_PRONOUNS for c in verb.children):
        return verb.head
    return None


def guessed_year(ctx: Context, tokens: set[int]) -> bool:
    """Does a date among `tokens` take its year from a guess ("in July", "on 11 July")?"""
    for span, ann in ctx.timed_spans_in(tokens):
        data = ann.data or {}
        value = str(data.get("value") or "")
        if data.get("precision") in ("month", "day") and value[:4].isdecimal() and not re.search(r"\d{4}", span.text) \
                and not DIRECTION.search(span.text) and not _weekday(span.text):
            return True
    return False


def _weekday(text: str) -> bool:
    return bool(re.search(r"(mon|tues|wednes|thurs|fri|satur|sun)day", text, re.I))


def year_only_clash(times: dict, start, end) -> bool:
    """Would the dates fall on the event if only their year were the event's?"""
    from dataclasses import replace

    from accord.reconcile import timecmp

    year = str(getattr(start, "value", ""))[:4]
    values = [str(t.value) for t in times.values()]
    if not year.isdecimal() or not values or any(not v[:4].isdecimal() or v[:4] == year for v in values):
        return False
    return all(timecmp.overlaps(replace(t, value=year + str(t.value)[4:]), start, end) for t in times.values())


# A world city the KB does not know is a place claim on a guess: the name may still mean a town
# elsewhere, so the link step is below the event links and a clash is flagged only when the
# summit link is sure. A venue or suburb of the summit's city ("Watford" for London 2019,
# "Newport" or "Cardiff" for Wales 2014) lies in the summit's state: only a city in ANOTHER
# state, or a namesake-free city of BIG_CITY inhabitants in the same state, can contradict.
WORLD_LINK = 0.6
BIG_CITY = 500_000


def world_city(ctx: Context, tok: Token) -> str | None:
    """"in Lisbon" -> "place:lisbon" when the name is an unambiguous world city (`accord.kb.cities`)
    the KB does not know; None for anything else."""
    from accord.kb import cities

    if tok.ent_type_ not in ("GPE", "LOC") or ctx.entity(tok) is not None or not tok.text[:1].isupper():
        return None
    words = [t.text for t in tok.lefts if t.dep_ == "compound" and t.ent_type_ == tok.ent_type_] + [tok.text]
    city = cities.lookup(" ".join(words), ctx.kb)
    return "place:" + cities.key(city.name) if city is not None else None


def may_contradict(kb, event_id: str, place: str, state: str | None = None) -> bool:
    """Can a claim that the event took place in `place` (a city the KB lacks, in `state` when the
    text says so) be checked without flagging a venue of the event's city?"""
    from accord.kb import cities
    from accord.nlp.extract.claims._eventlink import events

    where = next((e.places for e in events(kb) if e.id == event_id), frozenset())
    states = {p for p in where if p.startswith("state:")}
    city = cities.by_id(place, kb, state)
    state = state or (city.state if city is not None else None)
    if not states or state is None:
        return False
    if state not in states:
        return True  # "Barcelona, Portugal" is not in Spain whatever Barcelona is
    if where <= states:
        return False  # the KB gives only the state (COP29: Azerbaijan): any city of it may be the venue
    return city is not None and city.least >= BIG_CITY
