"""Where a person was born (session 16, birth24): "Mattarella, born in Palermo in 1941,", "Tusk was
born in Danzig", "Born in Tallinn, Kallas ...", "Kallas, who was born in Tallinn", "the
Palermo-born president", "a native of Gdańsk", "Tusk is a native of Gdańsk", "Warsaw native X",
"the Tallinn native" -> `born_in` (the person, the place).

Checked against the KB's `born_in` (kb/data/birthplaces.yaml: a city or a district, which lies in
its city, region or state through `located_in`). Read only when both sides are linked surely:
- the person as person_ages links one (`LINK_SURE`: the KB's name or its family name; a family name
  alone must be of someone the article names in full or after an office title, and not shared
  with another person named before it);
- the place is a KB place or state (a town the KB does not know says nothing); of several in one
  phrase ("born in Palermo, Sicily") the finest is read.
Not read: "grew up", "raised", "lives", "studied" (other facts), "born and raised in" where the
place hangs on "raised", a place under another preposition ("born in a village near Palermo"),
denials and hypotheses, a parent's or child's birth ("his son, born in Rome"). A year or day in the
same phrase ("born in Palermo in 1941") stays the age families' claim.

The check (CHECKS): the place of birth, a place it lies in (its region or state: "born in Sicily"
for Palermo) or one that lies in it (a district) -> supported; a place in another state ->
contradicted (a state only when it is one of today's: "born in the Soviet Union" says nothing); another city of the same state -> contradicted only when both are cities (no
`kind`): a region, a residence or a place the KB gives no state says nothing.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from accord.model import Statement
from accord.nlp.extract.claims.grammar import Context, group, make, modality, negated, phrase_tokens
from accord.nlp.extract.name_variants import fold
from accord.nlp.extract.claims.person_ages import LINK_SURE, _link, _person_of_noun, _shared_name, _stranger

ORDER = 38
PROP = "born_in"
PLACE_SURE = 0.9  # a place linked less surely than this is a guess
# "born in the town of Völklingen": the common noun's "of" phrase names the place
PLACE_NOUNS = {"city", "town", "village", "port", "capital", "district", "suburb", "region", "province",
               "municipality", "borough", "island", "county", "state", "country"}
NATIVE = {"native"}


def extract(ctx: Context, sent: Span) -> list[Statement]:
    if ctx.kb is None:
        return []
    out: list[Statement] = []
    for tok in sent:
        lower = tok.lower_
        if lower == "born" and tok.tag_ in ("VBN", "VBD", "JJ"):
            found = _hyphen_born(ctx, tok) or _born(ctx, tok)
        elif lower in NATIVE and tok.pos_ in ("NOUN", "PROPN", "ADJ"):
            found = _native(ctx, tok)
        else:
            continue
        if found is None:
            continue
        person_tok, place_toks, verb = found
        st = _statement(ctx, person_tok, place_toks, verb)
        if st is not None:
            out.append(st)
    return out


# -- "X was born in P", "X, born in P,", "Born in P, X ...", "X, who was born in P" -------------------
def _born(ctx: Context, born: Token) -> tuple[Token, list[Token], Token] | None:
    places = [t for prep in born.children if prep.dep_ == "prep" and prep.lower_ == "in"
              for noun in prep.children if noun.dep_ == "pobj" for t in _place_phrase(noun)]
    if not places:
        return None
    person = _born_person(born)
    return (person, places, born) if person is not None else None


def _born_person(born: Token) -> Token | None:
    subj = next((c for c in born.children if c.dep_ in ("nsubjpass", "nsubj")), None)
    if subj is not None:
        if subj.lower_ in ("who", "that") and born.dep_ == "relcl":
            return _named(born.head)
        return _named(subj)
    if born.dep_ in ("acl", "amod", "appos", "relcl") or (born.dep_ == "advcl" and born.head.pos_ in ("NOUN", "PROPN")):
        return _named(born.head)  # "Mattarella, born in Palermo, ..."
    if born.dep_ in ("advcl", "ccomp") and born.head.pos_ in ("VERB", "AUX") and born.i < born.head.i:
        # "Born in Tallinn, Kallas studied ...": the main clause's subject
        subj = next((c for c in born.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        return _named(subj) if subj is not None else None
    return None


def _named(tok: Token | None) -> Token | None:
    """The proper name a noun stands for ("Mattarella"; "the president, Sergio Mattarella,")."""
    if tok is None:
        return None
    if tok.pos_ == "PROPN":
        return tok
    return _person_of_noun(tok)


def _place_phrase(noun: Token) -> list[Token]:
    """The tokens that may name the place of "in <noun>": the noun phrase with its appositions and
    coordinates (not its own prepositional phrases: "a village near Palermo"), or the "of" phrase
    of a place noun ("the town of Völklingen")."""
    toks = [t for g in group(noun) for t in [g, *(c for c in g.lefts if c.dep_ in ("compound", "amod", "nmod"))]]
    if noun.lemma_.lower() in PLACE_NOUNS:
        toks += [p for of in noun.children if of.dep_ == "prep" and of.lower_ == "of"
                 for o in of.children if o.dep_ == "pobj" for p in phrase_tokens(group(o))]
    return toks


# -- "the Palermo-born president", "Gdańsk-born Tusk" ------------------------------------------------
def _hyphen_born(ctx: Context, born: Token) -> tuple[Token, list[Token], Token] | None:
    doc = born.doc
    if born.i < 2 or doc[born.i - 1].text not in ("-", "‑"):
        return None
    place = doc[born.i - 2]
    places = [place] + [c for c in place.lefts if c.dep_ == "compound"]
    noun = born.head if born.head.i != born.i else None
    if noun is None or born.dep_ not in ("amod", "compound", "nmod", "npadvmod", "acl"):
        return None
    person = _named(noun)
    return (person, places, born) if person is not None else None


# -- "a native of Gdańsk", "the Warsaw native", "Warsaw native Donald Tusk" ----------------------------
def _native(ctx: Context, native: Token) -> tuple[Token, list[Token], Token] | None:
    places = [p for of in native.children if of.dep_ == "prep" and of.lower_ == "of"
              for o in of.children if o.dep_ == "pobj" for p in _place_phrase(o)]
    if places:  # "a native of Gdańsk"
        if native.dep_ == "attr" and native.head.lemma_.lower() == "be":  # "Tusk is a native of Gdańsk"
            subj = next((c for c in native.head.children if c.dep_ == "nsubj"), None)
            if subj is not None and subj.lower_ in ("who", "that") and native.head.dep_ == "relcl":
                subj = native.head.head
            person, verb = _named(subj), native.head
        else:
            person, verb = _person_of_noun(native), native
        return (person, places, verb) if person is not None and person.i != native.i else None
    # "the Warsaw native", "Gdańsk native Donald Tusk": the name straight before "native"
    if native.i == 0:
        return None
    before = native.doc[native.i - 1]
    if not (ctx.entity(before) or "").startswith(("place:", "state:")):
        return None
    places = [before, *(c for c in before.lefts if c.dep_ == "compound")]
    if native.pos_ == "ADJ":  # parsed as an adjective of the name or of the place before it
        noun = native.head if native.head.i != before.i else before.head
        person = _named(noun) if noun.i not in (native.i, before.i) else None
    else:
        person = _person_of_noun(native)
    return (person, places, native) if person is not None and person.i not in (native.i, before.i) else None


def _by_name(ctx: Context, tok: Token, ent: str) -> bool:
    """Is the place at `tok` written with its name or one of its other names (not a demonym:
    "a Polish-born", "the native Ukrainian" say nothing of a town)?"""
    mention = next((m for m in ctx.doc._.mentions or [] if m.start <= tok.idx < m.end and m.entity == ent), None)
    if mention is None or not ctx.kb.has(ent):
        return False
    entity = ctx.kb.entity(ent)
    names = {fold(n) for n in (entity.name, *(getattr(entity, "aliases", None) or ()))}
    written = fold(mention.text)
    return written in names or written.removeprefix("the ") in names


# -- the statement ----------------------------------------------------------------------------------
def _statement(ctx: Context, person_tok: Token, place_toks: list[Token], verb: Token) -> Statement | None:
    person = ctx.entity(person_tok)
    if not person or not person.startswith("person:") or not ctx.kb.has(person):
        return None
    if _link(ctx, person_tok) < LINK_SURE or _shared_name(ctx, person_tok, person) or _stranger(ctx, person_tok, person):
        return None
    found: list[str] = []
    for tok in place_toks:
        ent = ctx.entity(tok) or ""
        if ent.startswith(("place:", "state:")) and ent not in found and _link(ctx, tok) >= PLACE_SURE \
                and _by_name(ctx, tok, ent):
            found.append(ent)
    if not found:
        return None
    from accord.nlp.extract.claims._eventlink import finest

    found = finest(ctx.kb, found)
    if len(found) != 1:
        return None
    if negated(verb) or modality(verb) in ("hypothetical", "plan"):
        return None
    if any(q.label == "direct" and q.start <= t.idx < q.end for q in ctx.quotes for t in (verb, person_tok)):
        return None
    tokens = [person_tok, *(t for t in place_toks if ctx.entity(t) == found[0])]
    return make(ctx, person, PROP, found[0], tokens, verb)


# -- the check ---------------------------------------------------------------------------------------
def state_of(kb, place: str) -> str | None:
    """The state a place lies in (itself for a state), or None when the KB gives none."""
    if place.startswith("state:"):
        return place
    from accord.nlp.extract.claims._eventlink import within

    states = sorted(p for p in within(kb, place) if p.startswith("state:"))
    return states[0] if len(states) == 1 else None


def _of_today(kb, state: str) -> bool:
    """A state of today (one the KB gives an ISO 3166-1 code): a former state (the Soviet Union,
    Yugoslavia, Czechoslovakia) held places that lie in several of today's states."""
    return kb.has(state) and bool((kb.entity(state).attrs or {}).get("alpha_2"))


def _city(kb, place: str) -> bool:
    """A city or town (a KB place with no `kind`: not a region, a residence or a venue)."""
    if not place.startswith("place:") or not kb.has(place):
        return False
    return not (kb.entity(place).attrs or {}).get("kind")


def check_born_in(checker, st: Statement, on: str | None):
    from accord.nlp.extract.claims._eventlink import within
    from accord.reconcile.kbcheck import Verdict, fact_evidence

    if st.polarity == "negated" or st.modality != "fact":
        return None
    kb = checker.kb
    facts = list(kb.facts(subject=st.subject, property="born_in"))
    name = checker.name(st.subject)
    if not facts:
        return Verdict("unverifiable", f"The knowledge base has no place of birth for {name}.")
    told = st.value
    evidence = [fact_evidence(f) for f in facts]
    for f in facts:
        born = f.value
        if told == born or told in within(kb, born) or born in within(kb, told):
            return Verdict("supported", f"{name} was born in {checker.name(born)}, which is {checker.name(told)} "
                           f"or lies in it." if told != born else f"{name} was born in {checker.name(born)}.", evidence)
    born = facts[0].value
    here, there = state_of(kb, told), state_of(kb, born)
    if here is None or there is None:
        return None
    if (kb.entity(there).attrs or {}).get("territory_of") == here:
        return None  # "born in China" for Hong Kong: the territory's sovereign
    if here != there and (told.startswith("place:") or _of_today(kb, told)):
        return Verdict("contradicted_by_kb", f"The text has {name} born in {checker.name(told)} "
                       f"({checker.name(here)}), but {name} was born in {checker.name(born)} ({checker.name(there)}).",
                       evidence)
    if _city(kb, told) and _city(kb, born):
        return Verdict("contradicted_by_kb", f"The text has {name} born in {checker.name(told)}, but {name} "
                       f"was born in {checker.name(born)}.", evidence)
    return None


CHECKS = {PROP: check_born_in}
WORDS = {PROP: "was born in"}
