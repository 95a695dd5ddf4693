"""Official residences and palaces as places (session 16, palace23): "received him at the Élysée
Palace in Paris", "at Bessastaðir, the president's residence outside Reykjavík", "Rome's Quirinal
Palace", "the German president's Bellevue Palace", "the Élysée, the French president's residence".

A residence is a KB place of `kind: residence` (kb/data/residences.yaml): it lies in its city
(located_in) and belongs to offices (`residence_of`). Two claims are read off its noun phrase:

- `residence_in` (the residence, the place): "<residence> in <place>", "<place>'s <residence>",
  "the Paris Élysée", "in the German capital"; `residence_near` for "near" / "outside <place>";
  an "in" phrase only on a residence told as a building (`_as_building`), not on a bare name
  standing for its government ("accused the Kremlin in Brussels");
- `official_residence_of` (the residence, the office): "the <state> <title>'s <residence>", "<residence>,
  the <state> <title>'s residence" or "the residence of the <state> <title>" — the office the KB
  finds for that title in that state.

Checks, both sides linked to the KB only (a place the KB does not know says nothing):
- in: the residence's city, region or state, or a place inside its city -> supported; a place in
  another state -> contradicted; another KB city of the same state -> contradicted only when the
  residence lies in a city for sure (`city_sure` is not false: not Bessastaðir, Zarzuela, the
  Hofburg, the Kremlin) — a region or an area the KB does not know is never flagged, nor a
  residence outside its capital (Balmoral, Chequers, Camp David, Harpsund) for "not in the capital";
- near / outside: only a place in another state contradicts;
- the office: one of the residence's offices -> supported; an office of another state ->
  contradicted; another office of the same state (the chancellor's Downing Street: No 11) -> nothing.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from accord.model import Statement
from accord.nlp.extract.claims.grammar import Context, make, negated

ORDER = 46
IN, NEAR, OFFICE = "residence_in", "residence_near", "official_residence_of"
IN_WORDS, NEAR_WORDS = {"in"}, {"near", "outside"}
# common nouns a residence's name modifies or stands beside ("the Élysée residence", "Bessastaðir,
# the president's residence")
LOCATIVE = {"at", "in", "to", "from", "inside", "into", "outside", "near", "within"}
BUILDINGS = {"palace", "castle", "mansion", "hall", "residence", "retreat", "estate"}
HUNG_SURE = 0.8  # "at X in Y" with "in Y" hung on the verb: read as X's place, a little less surely
RESIDENCE_NOUNS = {"residence", "palace", "home", "seat", "retreat", "estate", "castle", "mansion", "house",
                   "office", "offices", "headquarters"}


def residences(kb) -> dict[str, dict]:
    """{residence id: its attrs}, read once per KB (kept on it)."""
    found = getattr(kb, "_accord_residences", None)
    if found is None:
        found = {e.id: dict(getattr(e, "attrs", None) or {}) for e in kb.entities("place")
                 if (getattr(e, "attrs", None) or {}).get("kind") == "residence"}
        try:
            kb._accord_residences = found
        except AttributeError:
            pass
    return found


def extract(ctx: Context, sent: Span) -> list[Statement]:
    if ctx.kb is None:
        return []
    known = residences(ctx.kb)
    out: list[Statement] = []
    done: set[int] = set()
    for tok in sent:
        res = ctx.entity(tok)
        if res not in known:
            continue
        run = [t for t in sent if ctx.entity(t) == res and abs(t.i - tok.i) <= 6]
        name = next((t for t in run if t.head not in run or t.head == t), tok)
        if name.i in done:
            continue
        done.add(name.i)
        noun = name.head if name.dep_ == "compound" and name.head.lemma_.lower() in RESIDENCE_NOUNS else name
        heads = [noun] + [a for a in noun.children if a.dep_ == "appos" and a.lemma_.lower() in RESIDENCE_NOUNS]
        out += _places(ctx, res, run, heads) + _offices(ctx, res, run, heads)
    return out


def _places(ctx: Context, res: str, run: list[Token], heads: list[Token]) -> list[Statement]:
    from accord.nlp.extract.claims import _summitplaces as places_near

    found: list[tuple[str, str, Token, float]] = []
    for n, head in enumerate(heads):
        for c in [*head.children, *_hung_after(head)]:
            if c.dep_ == "prep" and c.lower_ in IN_WORDS | NEAR_WORDS and (n or _as_building(head)):
                sure = 1.0 if c.head == head else HUNG_SURE
                for obj in c.children:
                    if obj.dep_ == "pobj":
                        place = places_near.capital_of(ctx, obj) or ctx.entity(obj)
                        found.append((IN if c.lower_ in IN_WORDS else NEAR, place, obj, sure))
            elif c.dep_ in ("poss", "compound") and c not in run and c.i < head.i:
                found.append((IN, ctx.entity(c), c, 1.0))  # "Rome's Quirinal Palace", "the Paris Élysée"
    out = []
    for prop, place, tok, sure in found:
        if not place or not place.startswith(("place:", "state:")) or place in residences(ctx.kb) or place == res:
            continue
        out.append(make(ctx, res, prop, place, [*run, tok], heads[0], negated(heads[0]),
                        confidence={"attachment": sure} if sure < 1.0 else None))
    return out


def _as_building(noun: Token) -> bool:
    """Is the residence told as a building, so that an "in" phrase on it says where it stands: a
    place one is at, in, goes to or comes from ("met at the Kremlin in Moscow"), or a name with
    its building's noun ("the Élysée Palace in Paris", "the Élysée residence")? A bare name as a
    subject or object is the government it houses: "accused the Kremlin in Brussels" says where
    the accusing was."""
    if noun.dep_ == "pobj" and noun.head.lower_ in LOCATIVE:
        return True
    return noun.lower_ in BUILDINGS


def _hung_after(noun: Token) -> list[Token]:
    """"met at the Quirinal Palace in Rome": the parser often hangs "in Rome" on the verb. The
    "in" / "near" phrase right after the residence's phrase (the next word), on a word above the
    residence's "at" / "in" phrase (its noun or verb), is read as the residence's."""
    if noun.dep_ != "pobj" or noun.head.dep_ != "prep" or noun.head.lower_ not in ("at", "in", "to", "from"):
        return []
    after = max(t.i for t in noun.subtree) + 1
    holders = list(noun.head.ancestors)  # "swore in the government at the Quirinal in Rome": on the verb
    return [c for h in holders for c in h.children if c.i == after and c.dep_ == "prep"]


def _offices(ctx: Context, res: str, run: list[Token], heads: list[Token]) -> list[Statement]:
    """"the German president's Bellevue Palace", "the residence of the Italian president"."""
    titles = [c for h in heads for c in h.children if c.dep_ == "poss" and c not in run]
    titles += [o for h in heads[1:] for c in h.children if c.dep_ == "prep" and c.lower_ == "of"
               for o in c.children if o.dep_ == "pobj"]
    out = []
    for title in titles:
        office = _office(ctx, title)
        if office is not None:
            out.append(make(ctx, res, OFFICE, office, [*run, title], heads[0], negated(heads[0])))
    return out


def _office(ctx: Context, title: Token) -> str | None:
    """The KB office of "the German president", "Italy's prime minister": one state named on the
    title, and a title the KB finds for that state."""
    if ctx.entity(title):
        return None  # a person or a body ("Macron's Élysée"): whose office that is depends on the day
    states = {ctx.entity(c) for c in title.children if c.dep_ in ("amod", "compound", "poss", "nmod")}
    states = {s for s in states if s and s.startswith("state:")}
    if len(states) != 1:
        return None
    words = [c.text for c in title.lefts if c.dep_ == "compound" and not ctx.entity(c)] + [title.text]
    try:
        office = ctx.kb.find_office(" ".join(words), states.pop())
    except Exception:
        return None
    return office.id if office is not None else None


def _states(kb, place: str) -> set[str]:
    from accord.nlp.extract.claims._eventlink import within

    return {place} if place.startswith("state:") else {p for p in within(kb, place) if p.startswith("state:")}


def _city(kb, res: str) -> str | None:
    """The city the residence lies in for sure: its one located_in place that is no region."""
    if residences(kb).get(res, {}).get("city_sure") is False:
        return None
    around = [f.value for f in kb.facts(subject=res, property="located_in")]
    cities = [p for p in around if p.startswith("place:") and not _region(kb, p)]
    return cities[0] if len(cities) == 1 else None


def _region(kb, place: str) -> bool:
    try:
        attrs = kb.entity(place).attrs or {}
    except Exception:
        return True
    return attrs.get("kind") in ("region", "residence")


def check_in(checker, st: Statement, on: str | None):
    from accord.nlp.extract.claims._eventlink import within
    from accord.reconcile.kbcheck import Verdict, fact_evidence

    kb = checker.kb
    if st.polarity == "negated" or st.subject not in residences(kb):
        return None
    facts = kb.facts(subject=st.subject, property="located_in")
    if not facts:
        return None
    evidence = [fact_evidence(f) for f in facts]
    res, place, where = checker.name(st.subject), checker.name(st.value), checker.name(facts[0].value)
    around = within(kb, st.subject)
    city = _city(kb, st.subject)
    if st.property == IN and (st.value in around or (city is not None and city in within(kb, st.value))):
        return Verdict("supported", f"{res} lies in {where}.", evidence)
    mine, theirs = _states(kb, st.subject), _states(kb, st.value)
    if mine and theirs and not mine & theirs:
        return Verdict("contradicted_by_kb", f"The claim places {res} in or near {place}, in "
                       f"{', '.join(sorted(checker.name(s) for s in theirs))}; it lies in {where}.", evidence)
    if st.property != IN or city is None or not st.value.startswith("place:") or _region(kb, st.value):
        return None
    if st.value == city or st.value in around or city in within(kb, st.value):
        return None
    return Verdict("contradicted_by_kb", f"The claim places {res} in {place}; it lies in {where}.", evidence)


def check_office(checker, st: Statement, on: str | None):
    from accord.reconcile.kbcheck import Verdict

    kb = checker.kb
    attrs = residences(kb).get(st.subject)
    if st.polarity == "negated" or attrs is None or not attrs.get("residence_of"):
        return None
    offices = list(attrs["residence_of"])
    res, office = checker.name(st.subject), checker.name(st.value)
    owners = ", ".join(checker.name(o) for o in offices)
    if st.value in offices:
        return Verdict("supported", f"{res} is the residence of the {office}.", [])
    try:
        state = (kb.entity(st.value).attrs or {}).get("jurisdiction")
    except Exception:
        return None
    mine = _states(kb, st.subject)
    if not str(state or "").startswith("state:") or not mine or state in mine:
        return None
    return Verdict("contradicted_by_kb", f"The claim makes {res} a residence of the {office}; it lies in "
                   f"{', '.join(sorted(checker.name(s) for s in mine))} and is the residence of the {owners}.", [])


CHECKS = {IN: check_in, NEAR: check_in, OFFICE: check_office}
WORDS = {IN: "lies in", NEAR: "lies near", OFFICE: "is the official residence of"}
