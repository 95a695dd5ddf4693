"""A city named as a state's capital: "Asmara, the capital of Eritrea", "Asmara, Eritrea's
7,600-foot-high capital", "Kazakhstan's modern new capital, Astana", "the Kenyan capital,
Nairobi", "Kabul is the capital of Afghanistan".

The claim (`capital_of`) is supported when the KB (a place's `capital_of`) or GeoNames' list of
countries names that city as the state's capital. It is contradicted only when the city lies in
another state (the KB's `located_in`, or GeoNames for an unambiguous world city): a city of one
state is no capital of another, whatever the date. A city of the right state that is not its
capital is not flagged: capitals move and are renamed (Astana, Nur-Sultan), some states have
several (South Africa, Bolivia, the Netherlands), and "capital" is often loose ("the financial
capital").

Not read: a former or future capital ("the former capital", "the capital of the former Soviet
Union"), a capital of something that is not one KB state ("Brussels, the capital of Europe", "the
EU's capital"), a negated or plural capital ("capitals"), a city the KB and GeoNames cannot place,
and the cities whose sovereignty is disputed (`DISPUTED`).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from accord.model import Statement
from accord.nlp.extract.claims.grammar import Context, make

ORDER = 17
WORLD_LINK = 0.6
NOT_NOW = {"former", "old", "onetime", "one-time", "ancient", "historic", "historical", "erstwhile", "previous",
           "then", "ex", "future", "proposed", "planned", "provisional", "would-be", "next", "first", "original",
           "de", "facto", "unofficial", "self-proclaimed", "self-declared", "declared", "claimed"}
DISPUTED = {"jerusalem", "east-jerusalem"}  # its state depends on who is asked: never contradicted


def extract(ctx: Context, sent: Span) -> list[Statement]:
    if ctx.kb is None:
        return []
    out = []
    for tok in sent:
        if tok.lower_ != "capital" or tok.tag_ != "NN":
            continue
        if any(c.lower_ in NOT_NOW or c.dep_ == "neg" for c in tok.children) or _negated(tok):
            continue
        state = _state(ctx, tok)
        city_tok = _city_token(tok)
        if state is None or city_tok is None:
            continue
        city, run = _city(ctx, city_tok)
        if city is None or city.split(":", 1)[1] in DISPUTED:
            continue
        sure = {"link": WORLD_LINK} if city.startswith("place:~") else None
        out.append(make(ctx, city.replace("place:~", "place:"), "capital_of", state, run + [tok], tok,
                        modality="fact", confidence=sure))
    return out


def _negated(tok: Token) -> bool:
    """"Kabul is not the capital of ...": the copula's negation."""
    return tok.dep_ == "attr" and any(c.dep_ == "neg" for c in tok.head.children)


def _state(ctx: Context, tok: Token) -> str | None:
    """The one KB state the capital is of: "Eritrea's capital", "the Kenyan capital", "the
    capital of Eritrea"."""
    found = []
    for c in tok.children:
        if c.dep_ in ("poss", "amod", "compound", "nmod"):
            found.append(c)
        elif c.dep_ == "prep" and c.lower_ == "of":
            found += [g for g in c.children if g.dep_ == "pobj"]
    states = set()
    for c in found:
        ent = ctx.entity(c) or ""
        if ent.startswith("state:"):
            if any(g.lower_ in NOT_NOW for g in c.children):
                return None  # "the capital of the former Soviet Union"
            states.add(ent)
        elif c.dep_ in ("poss", "pobj") or ent:
            return None  # "the EU's capital", "the capital of Europe": not one state
    return states.pop() if len(states) == 1 else None


def _city_token(tok: Token) -> Token | None:
    """The city the capital phrase is said of: "Asmara, the capital ..." (the capital is its
    apposition), "... capital, Astana" (the city is the capital's apposition), "Kabul is the
    capital ..." (the copula's subject)."""
    if tok.dep_ == "appos" and tok.head.pos_ == "PROPN":
        return tok.head
    named = [c for c in tok.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
    if len(named) == 1:
        return named[0]
    doc = tok.doc
    if tok.i + 2 < len(doc) and doc[tok.i + 1].text == "," and doc[tok.i + 2].pos_ == "PROPN" \
            and doc[tok.i + 2].dep_ == "appos" and doc[tok.i + 2].ent_type_ == "GPE":
        return doc[tok.i + 2]  # "in the German capital, Berlin," (the parser hung the city elsewhere)
    if tok.dep_ == "attr" and tok.head.lemma_ == "be":
        subj = [c for c in tok.head.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"]
        return subj[0] if len(subj) == 1 else None
    return None


def _city(ctx: Context, tok: Token) -> tuple[str | None, list[Token]]:
    """A KB place, or a world city the KB does not know ("place:~key", linked on a guess)."""
    from accord.kb import cities

    run = [t for t in tok.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"] + [tok]
    ent = ctx.entity(tok) or ""
    if ent.startswith("place:"):
        return ent, run
    if ent or tok.ent_type_ not in ("GPE", "LOC", "PERSON", "ORG", ""):
        return None, run
    name = " ".join(t.text for t in run)
    return ("place:~" + cities.key(name) if cities.lookup(name, ctx.kb) is not None else None), run


def _capital_of(checker, st: Statement, on: str | None = None):
    """Supported when the KB or GeoNames names the city as the state's capital; contradicted
    when the city lies in another state."""
    from accord.kb import cities
    from accord.nlp.extract.claims import _summitplaces as places_near
    from accord.nlp.extract.claims._eventlink import within
    from accord.reconcile.kbcheck import Verdict

    kb = checker.kb
    city, state = checker.name(st.subject), checker.name(st.value)
    names = _names(kb, st.subject)
    if places_near.capitals(kb).get(st.value) == st.subject or cities.capital(st.value) in {
            cities.key(n) for n in names}:
        return Verdict("supported", f"{city} is the capital of {state}.", _source(st, st.value))
    states = {p for p in within(kb, st.subject) if p.startswith("state:")}
    if not states:
        world = cities.by_id(st.subject, kb)
        states = {world.state} if world is not None else set()
    if not states or st.value in states or any(cities.in_state(n, st.value) for n in names):
        return None
    if any(st.value in cities.region_states("state:" + c, kb) for c in ("USA", *cities.REGIONS)):
        return None  # "Georgia", "Macedonia": also the name of a region elsewhere
    where = ", ".join(sorted(checker.name(s) for s in states))
    return Verdict("contradicted_by_kb", f"The text makes {city} the capital of {state}, but {city} lies in "
                   f"{where}.", _source(st, sorted(states)[0]))


def _names(kb, place: str) -> list[str]:
    try:
        entity = kb.entity(place)
        return [entity.name, *(getattr(entity, "aliases", None) or ())]
    except Exception:  # a world city the KB does not know: its id gives its name
        return [place.split(":", 1)[-1].replace("-", " ")]


def _source(st: Statement, value: str) -> list[dict]:
    return [{"type": "kb", "subject": st.subject, "property": "located_in", "value": value, "start": None,
             "end": None, "point_in_time": None, "source": "https://www.geonames.org/", "as_of": None}]


CHECKS = {"capital_of": _capital_of}
WORDS = {"capital_of": "capital of"}
