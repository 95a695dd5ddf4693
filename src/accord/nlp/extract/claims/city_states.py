"""A city with its state in running text: "In Warsaw, Poland, flags were raised", "the diplomats
were flown to Brussels, Belgium.", "embassies in Nairobi, Kenya and Dar es Salaam, Tanzania".

The pair "City, State" says that the city lies in that state (`lies_in`, checked as a dateline's
is: `datelines._lies_in`). It is read only where it cannot be a list of places:
- the city is a city: a KB place that GeoNames also lists as a city of its state (not a region
  such as "Crimea" or "Wales"), or a world city the KB does not know (`accord.kb.cities`:
  unambiguous, 50,000 inhabitants or more; link 0.6);
- the state is one KB state, and after it comes the sentence's end, a punctuation mark, or "and"
  / ", and" before a word that is no place or a city with its own state ("Nairobi, Kenya and Dar
  es Salaam, Tanzania"); a state that is a verb's subject ("talks in Berlin, Britain said") is
  the sayer, not the city's state; a state followed by another place ("Kyiv, Poland and Hungary", "Warsaw,
  Poland, Hungary", "Virginia, Georgia and South Carolina") is a list, not read; nor is a city
  that itself follows a place and a comma ("Berlin, Warsaw, Poland");
- an upper-case dateline ("WARSAW, Poland (AP) _") is the dateline family's.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from accord.model import Statement
from accord.nlp.extract.claims.grammar import Context, make

ORDER = 16  # beside the datelines, whose check it shares
WORLD_LINK = 0.6
BOUNDARY = {".", ",", ";", ":", ")", "!", "?", "—", "–", "-", "'", "\"", "’", "”"}


def extract(ctx: Context, sent: Span) -> list[Statement]:
    if ctx.kb is None:
        return []
    tokens = list(sent)
    out = []
    for n, comma in enumerate(tokens):
        if comma.text != "," or n == 0 or n + 1 >= len(tokens):
            continue
        state, after = _state_run(ctx, tokens, n + 1)
        if state is None or _a_list(ctx, tokens, after):
            continue
        city, run = _city_run(ctx, tokens, n)
        if city is None or _listed_before(ctx, tokens, run[0]) or all(t.is_upper for t in run):
            continue
        sure = {} if not city.startswith("place:~") else {"link": WORLD_LINK}
        out.append(make(ctx, city.replace("place:~", "place:"), "lies_in", state, run + tokens[n + 1:after],
                        run[0], modality="fact", confidence=sure or None))
    return out


def _state_run(ctx: Context, tokens: list[Token], i: int) -> tuple[str | None, int]:
    """The one KB state the tokens from i name ("Czech Republic"), and the index after them."""
    ent = ctx.entity(tokens[i]) or ""
    if not ent.startswith("state:") or tokens[i].pos_ != "PROPN":
        return None, i
    j = i
    while j < len(tokens) and ctx.entity(tokens[j]) == ent:
        j += 1
    if j < len(tokens) and tokens[j].lower_ in ("'s", "’s"):
        return None, j  # "Warsaw, Poland's capital": the possessive starts another phrase
    if any(t.dep_ in ("nsubj", "nsubjpass") for t in tokens[i:j]) or (
            j < len(tokens) and tokens[j].pos_ in ("VERB", "AUX")):
        return None, j  # "... in Berlin, Britain said": the state speaks; it is no city's
    return ent, j


def _a_list(ctx: Context, tokens: list[Token], j: int) -> bool:
    """Does a list of places go on after the state? ("..., Poland and Hungary", "..., Poland,
    Hungary")"""
    if j >= len(tokens):
        return False
    nxt = tokens[j]
    if nxt.lower_ in ("and", "or"):
        return _placey(ctx, tokens, j + 1, states_only=False) and not _paired(ctx, tokens, j + 1)
    if nxt.text == ",":
        k = j + 1
        if k < len(tokens) and tokens[k].lower_ in ("and", "or"):
            k += 1
        return _placey(ctx, tokens, k, states_only=False) and not _paired(ctx, tokens, k)
    return nxt.text not in BOUNDARY and not nxt.is_space and nxt.pos_ in ("PROPN",)


def _placey(ctx: Context, tokens: list[Token], k: int, states_only: bool) -> bool:
    if k >= len(tokens):
        return False
    ent = ctx.entity(tokens[k]) or ""
    if ent.startswith("state:"):
        return True
    return not states_only and (ent.startswith("place:") or tokens[k].ent_type_ in ("GPE", "LOC"))


def _paired(ctx: Context, tokens: list[Token], k: int) -> bool:
    """Is the place at k itself a city with its state ("Nairobi, Kenya, Dar es Salaam, Tanzania")?"""
    while k < len(tokens) and tokens[k].ent_type_ in ("GPE", "LOC") and tokens[k].text != ",":
        k += 1
    return k + 1 < len(tokens) and tokens[k].text == "," and (ctx.entity(tokens[k + 1]) or "").startswith("state:")


def _city_run(ctx: Context, tokens: list[Token], n: int) -> tuple[str | None, list[Token]]:
    """The city the tokens before the comma at n name: a KB place that is a city, or a world city
    ("place:~key": linked on a guess)."""
    from accord.kb import cities

    last = tokens[n - 1]
    ent = ctx.entity(last) or ""
    if ent.startswith("place:"):
        i = n - 1
        while i > 0 and ctx.entity(tokens[i - 1]) == ent:
            i -= 1
        run = tokens[i:n]
        return (ent if _a_city(ctx, ent) else None), run
    if ent or last.ent_type_ not in ("GPE", "LOC") or last.pos_ != "PROPN":
        return None, []
    i = n - 1
    while i > 0 and tokens[i - 1].ent_type_ == last.ent_type_ and not ctx.entity(tokens[i - 1]) \
            and tokens[i - 1].text not in BOUNDARY:
        i -= 1
    run = tokens[i:n]
    name = " ".join(t.text for t in run)
    city = cities.lookup(name, ctx.kb)
    return ("place:~" + cities.key(name) if city is not None else None), run


def _a_city(ctx: Context, place: str) -> bool:
    """A KB place that GeoNames lists as a city of the state the KB puts it in (not a region)."""
    from accord.kb import cities
    from accord.nlp.extract.claims._eventlink import within

    try:
        entity = ctx.kb.entity(place)
    except Exception:
        return False
    if (getattr(entity, "attrs", None) or {}).get("kind") == "region":
        return False
    states = {s.split(":", 1)[1] for s in within(ctx.kb, place) if s.startswith("state:")}
    names = [entity.name, *(getattr(entity, "aliases", None) or ())]
    return bool(states) and any(cities.in_state(name, state) for name in names for state in states)


def _listed_before(ctx: Context, tokens: list[Token], first: Token) -> bool:
    """Is the city an item of a list of places ("Berlin, Warsaw, Poland")?"""
    i = first.i - tokens[0].i
    if i < 2 or tokens[i - 1].text != ",":
        return False
    before = tokens[i - 2]
    return bool(ctx.entity(before) or "") and (ctx.entity(before) or "").startswith(("place:", "state:")) \
        or before.ent_type_ in ("GPE", "LOC")
