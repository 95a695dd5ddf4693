"""Two readings of the clause a gathering of the organisation's people is told in (issue 12, pm16).

- **A "where" clause** places the gathering at its antecedent: "Good morning from the Lithuanian
  capital, where leaders of the 31 allies meet for a second day", "In Vilnius, where NATO leaders
  met on Tuesday, ..." (`where_place`). The antecedent must be a place the KB knows (a city,
  a state, or a capital named by its country); "the moment when leaders meet" is no place.
- **A clause of now** ("NATO leaders meet in Riga for a second day", "allied leaders are meeting
  in Riga"): a main clause in the simple or progressive present, with no modal, no conjunction
  of time or condition ("when NATO leaders meet in Washington" is later) and no word of habit
  ("usually", "every"). Such a gathering, with no date, in a report filed during a summit, is
  that summit: a place that held an older summit does not make it that one
  (`_eventlink.resolve(past=False)`), as for a summit noun told of now. Told otherwise (the past,
  a habit: "NATO leaders met in Brussels", "usually meet in Brussels"), a place that held one of
  the events is not read as the summit under way: it may be one of its own (`held_there`).
"""

from __future__ import annotations

from spacy.tokens import Token

from accord.nlp.extract.claims import _summitplaces as places_near
from accord.nlp.extract.claims.grammar import Context

PRESENT = {"VBP", "VBZ"}
NOW_AUX = {"is", "are", "'re", "'s", "am"}
LATER = {"when", "whenever", "once", "if", "unless", "until", "till", "before", "after", "as", "while",
         "whether", "because", "since"}
HABIT = {"usually", "normally", "often", "typically", "regularly", "generally", "always", "annually", "every",
         "each", "routinely", "traditionally", "sometimes", "never"}
MODALS = {"will", "would", "shall", "should", "can", "could", "may", "might", "must", "'ll", "'d"}


def where_place(ctx: Context, verb: Token) -> str | None:
    """The KB place a "where" relative clause hangs on, or None: "the Lithuanian capital, where
    leaders meet" -> place:vilnius."""
    if verb.dep_ != "relcl" or not any(c.dep_ == "advmod" and c.lower_ == "where" for c in verb.children):
        return None
    noun = verb.head
    place = places_near.capital_of(ctx, noun) or ctx.entity(noun) or ""
    return place if place.startswith(("place:", "state:")) else None


def told_as_now(verb: Token) -> bool:
    """Whether the verb tells of a gathering going on now (see the module's docstring)."""
    children = list(verb.children)
    auxes = {c.lower_ for c in children if c.dep_ in ("aux", "auxpass")}
    if auxes & MODALS or any(c.dep_ in ("mark", "advmod") and c.lower_ in LATER for c in children):
        return False
    if any(t.lower_ in HABIT for t in verb.subtree):
        return False
    present = verb.tag_ in PRESENT and not auxes or (verb.tag_ == "VBG" and auxes and auxes <= NOW_AUX)
    if not present:
        return False
    if verb.dep_ == "relcl":  # "the capital, where leaders meet": now; "an invitation when leaders meet": later
        return any(c.dep_ == "advmod" and c.lower_ == "where" for c in children)
    return verb.dep_ in ("ROOT", "conj") and not _later_above(verb)


def _later_above(verb: Token) -> bool:
    """"if Ukraine joins and NATO leaders meet in X": a conjunct of a clause of condition or time."""
    tok = verb
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
        if any(c.dep_ in ("mark", "advmod") and c.lower_ in LATER for c in tok.children) or tok.dep_ == "advcl":
            return True
    return False


def held_there(pool, where: list[str]) -> bool:
    """Did one of the events of `pool` take place in one of the places of `where`?"""
    return any(set(where) & e.places for e in pool)
