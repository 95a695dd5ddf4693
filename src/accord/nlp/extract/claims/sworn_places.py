"""Where an official of a state was sworn in (session 15, place22): "Sanchez was sworn in as prime
minister in Madrid", "was sworn in at the presidential palace in Bucharest", "took the oath of
office in Warsaw", "was inaugurated as president in Kyiv" -> `sworn_in_at` (the office, the place).

The person and the office are read as `terms` reads the swearing-in (`terms.people_of`,
`terms.office_of`): an office the KB knows, of a state (`jurisdiction: state:...`), held at home
(an ambassador's is not read: `ABROAD`). An office of
an organisation (a European commissioner gives the solemn undertaking in Luxembourg; a NATO
Secretary General in Brussels or elsewhere) is not read.

What the KB can know is only that a state's officials take their oath in that state's capital:
- the capital (the KB's `capital_of`) or the state itself -> supported; a venue the KB places
  inside a capital (a residence: "at the Quirinal Palace", "at Cotroceni Palace") stands for it;
- a place that is the capital of ANOTHER state the KB knows ("sworn in in Lisbon" for Spain's
  prime minister) -> contradicted;
- anything else (another city of the state, a city abroad that is no capital, a venue the KB does
  not know) -> not settled: ceremonies at a palace outside the capital, a seat of government that
  is not the capital (The Hague), an oath at an embassy or in exile are beyond what the KB holds.
States whose seat of government is not their capital (SEAT_ELSEWHERE) are never supported by
their capital's name.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from accord.model import Statement
from accord.nlp.extract.claims.grammar import Context, group, make, negated, phrase_tokens

ORDER = 51
PLACE = "sworn_in_at"
# Capitals that are not where the government sits and swears in (the Netherlands: The Hague).
SEAT_ELSEWHERE = {"state:NLD"}
OATH_NOUNS = {"oath"}


def extract(ctx: Context, sent: Span) -> list[Statement]:
    if ctx.kb is None:
        return []
    out: list[Statement] = []
    for verb in sent:
        if verb.pos_ == "VERB" and _ceremony(verb):
            out += _sworn_in_at(ctx, verb)
    return out


def _ceremony(verb: Token) -> bool:
    """"sworn in", "took the oath (of office)", "was inaugurated"."""
    lemma = verb.lemma_.lower()
    if lemma == "swear":
        return any(c.dep_ in ("prt", "advmod") and c.lower_ == "in" for c in verb.children)
    if lemma == "take":
        return any(c.dep_ == "dobj" and c.lemma_.lower() in OATH_NOUNS for c in verb.children)
    return lemma == "inaugurate" and any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)


def _sworn_in_at(ctx: Context, verb: Token) -> list[Statement]:
    from accord.nlp.extract.claims import terms

    if negated(verb):
        return []
    place = _place(ctx, verb)
    if place is None:
        return []
    out = []
    for person in terms.people_of(ctx, verb):
        office, sure = terms.office_of(ctx, verb, person)
        if office is None or not _state_office(ctx, office):
            continue
        out.append(make(ctx, office, PLACE, place, [verb], verb, False,
                        confidence={"attachment": sure} if sure < 1.0 else None))
    return out


ABROAD = ("ambassador", "representative", "envoy", "delegate", "attache")  # offices held abroad


def _state_office(ctx: Context, office: str) -> bool:
    """An office of a state held at home: not an ambassador's (the US ambassador to NATO may be
    sworn in in Washington or in Brussels)."""
    try:
        attrs = ctx.kb.entity(office).attrs or {}
    except Exception:
        return False
    kind = str(attrs.get("kind", "")).lower()
    return str(attrs.get("jurisdiction", "")).startswith("state:") and not any(w in kind for w in ABROAD)


def _place(ctx: Context, verb: Token) -> str | None:
    """The one KB place of the verb's "in" / "at" phrases ("at the palace in Bucharest": Bucharest)."""
    from accord.nlp.extract.claims import _summitplaces as places_near

    found: list[str] = []
    # the parser often hangs the place on the title of "as": "sworn in as prime minister in Madrid"
    titles = [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for p in c.children if p.dep_ == "pobj"]
    for prep in [c for h in (verb, *titles) for c in h.children]:
        if prep.dep_ != "prep" or prep.lower_ not in ("in", "at"):
            continue
        for noun in prep.children:
            if noun.dep_ != "pobj":
                continue
            for tok in [*phrase_tokens(group(noun)), *noun.subtree]:
                ent = places_near.capital_of(ctx, tok) or ctx.entity(tok) or ""
                if ent.startswith(("place:", "state:")) and ent not in found:
                    found.append(ent)
    if not found:
        return None
    from accord.nlp.extract.claims._eventlink import finest

    found = finest(ctx.kb, found)
    return found[0] if len(found) == 1 else None


def check_place(checker, st: Statement, on: str | None):
    from accord.nlp.extract.claims._summitplaces import capitals
    from accord.reconcile.kbcheck import Verdict

    if st.polarity == "negated" or st.modality != "fact":
        return None  # a ceremony planned ("will be sworn in in X"): its venue may still change
    try:
        state = (checker.kb.entity(st.subject).attrs or {}).get("jurisdiction")
    except Exception:
        return None
    if not str(state or "").startswith("state:"):
        return None
    by_state = capitals(checker.kb)
    capital = by_state.get(state)
    office, place = checker.name(st.subject), checker.name(st.value)
    value = _capital_around(checker.kb, st.value, set(by_state.values()))
    if value == state or (value == capital and state not in SEAT_ELSEWHERE):
        return Verdict("supported", f"The {office} is an office of {checker.name(state)}, sworn in at home "
                       f"({place}).", [])
    other = next((s for s, c in by_state.items() if c == value), None) if value.startswith("place:") \
        else (value if value.startswith("state:") else None)
    if other is None or other == state or capital is None:
        return None
    return Verdict("contradicted_by_kb", f"The claim has the {office} sworn in in {place}, the capital of "
                   f"{checker.name(other)}; it is an office of {checker.name(state)}, whose capital is "
                   f"{checker.name(capital)}.", [])


def _capital_around(kb, place: str, capitals: set[str]) -> str:
    """A venue inside a capital stands for it ("sworn in at the Quirinal Palace": Rome); any other
    place is itself."""
    from accord.nlp.extract.claims._eventlink import within

    if place in capitals or not place.startswith("place:"):
        return place
    around = [p for p in within(kb, place) if p in capitals]
    return around[0] if len(around) == 1 else place


CHECKS = {PLACE: check_place}
WORDS = {PLACE: "took the oath of office in"}
