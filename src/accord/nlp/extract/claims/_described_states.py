"""The state a description stands for: "the country, which joined NATO in 2004", "the Nordic
nation applied ...", "the Baltic state has ...", "the kingdom", "the former Soviet republic".

A report names a state once and then describes it. A singular noun for a state ("country",
"nation", "kingdom", "republic"; "state" only with a word on it: "the state" alone is as often
the government) with "the" and nothing on it but describing words is taken to stand for a state
named before it, when exactly one fits:

- the states named in its sentence before it and in the SENTENCES_BACK sentences before are the
  candidates; none there, the states the article named anywhere before it;
- a describing word the KB settles narrows them: a grouping the KB lists members of ("Nordic",
  "Baltic": the "Nordic countries" grouping), "kingdom" / "republic" against the state's official
  name ("Kingdom of Sweden", "Republic of Lithuania"); a state the word does not fit is out;
- exactly one candidate left is the state; two or more, or none, is no state ("the Baltic state"
  just after Finland is no state, not Finland).

How sure the reading is goes into the claim's link confidence (`Context.described`, read by
`grammar.make`): SURE when a word the KB settles agrees, BARE for a bare "the country" with one
state before it, TOPIC at most when the state was found only further back in the article. It is
no surer than UNSETTLED (below the verdict threshold: the claim may be supported, never flagged)
when a describing word the KB cannot settle is on it ("Scandinavian", "Balkan", "island",
"former Soviet"), or when the article named another state the description fits anywhere before
it: the state nearest the noun need not be the one meant ("Estonia hosts a battlegroup. Russia
held drills. The country joined NATO in 2004"). A word that may make the noun another state
("the other country", "the host nation", "the member state", "a country") gives no state at all:
only the describing words of DESCRIBING are allowed on it.

Not a claim family: the resolver `grammar.subject_entities` and a few families call.
"""

from __future__ import annotations

from typing import NamedTuple

from spacy.tokens import Token

STATE_NOUNS = frozenset({"country", "nation", "state", "kingdom", "republic"})
BARE_NOUNS = STATE_NOUNS - {"state"}  # "the state" alone: often the government, a US state
NAMED_FORMS = {"kingdom": "republic", "republic": "kingdom"}  # a noun and the official name it contradicts
GROUP_PLURALS = ("countries", "states", "nations")
#: describing words the KB cannot settle: a state may be one or not, the KB does not say
DESCRIBING = frozenset("""scandinavian balkan island central asian caucasus caucasian mediterranean alpine
landlocked former soviet ex post yugoslav european eastern western northern southern african arab gulf pacific
atlantic adriatic iberian small tiny neutral nordic baltic visegrad east west north south southeastern
northeastern southwestern northwestern eurasian slavic""".split())
SENTENCES_BACK = 2
SURE = 0.9  # a describing word the KB settles agrees with the one state before it
BARE = 0.8  # "the country" and one state named just before it
TOPIC = 0.6  # no state just before: the one the article named earlier
UNSETTLED = 0.45  # a describing word the KB cannot settle: below verify.THRESHOLD (supports, never flags)


class Described(NamedTuple):
    state: str
    confidence: float


def is_description(ctx, noun: Token) -> bool:
    """Is `noun` a definite singular state noun with only describing words on it, naming no
    entity itself ("the Nordic country"; not "the country of Georgia", "the host nation")?"""
    if noun.lemma_.lower() not in STATE_NOUNS or noun.tag_ != "NN" or ctx.entity(noun):
        return False
    kids = list(noun.children)
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in kids):
        return False
    if any(c.dep_ in ("poss", "prep", "nummod", "conj", "acl") for c in kids):
        return False  # "Russia's nation", "the state of Texas", "the nation and ..."
    if any(str(ctx.entity(t)).startswith(("state:", "person:")) for c in kids if c.dep_ == "appos" for t in c.subtree):
        return False  # "the country, Estonia,": the apposition names it ("the country, a NATO member since 2004," does not)
    words = modifier_words(noun)
    if words is None:
        return False
    return bool(words) or noun.lemma_.lower() in BARE_NOUNS


def modifier_words(noun: Token) -> list[Token] | None:
    """The describing words before `noun` ("Nordic"; "former", "Soviet"), or None when a word on
    it is not a describing one or names an entity (spaCy's parse of modifiers, their subtrees)."""
    out = []
    for c in noun.children:
        if c.i > noun.i or c.dep_ == "det":
            continue
        if c.dep_ not in ("amod", "compound", "nmod", "advmod"):
            return None
        for t in c.subtree:
            if t.is_punct and t.text == "-":
                continue
            if t.lower_ not in DESCRIBING:
                return None
            out.append(t)
    return out


def described(ctx, noun: Token) -> Described | None:
    """The one state `noun` ("the country", "the Baltic state") stands for, and how sure; None."""
    if ctx.kb is None or not is_description(ctx, noun):
        return None
    cached = ctx.described_nouns.get(noun.i, False)
    if cached is not False:
        return cached
    found = _resolve(ctx, noun)
    ctx.described_nouns[noun.i] = found
    return found


def _resolve(ctx, noun: Token) -> Described | None:
    words = modifier_words(noun) or []
    settled, unsettled = [], False
    for w in words:
        members = _group_members(ctx, w.text)
        if members is not None:
            settled.append(members)
        elif w.lower_ not in ("former", "ex", "post"):
            unsettled = True  # "former" alone says nothing of the state; "Soviet" does
    if words and not settled:
        unsettled = True
    sure = SURE if settled else BARE
    fits = lambda states: [s for s in states if all(s in members for members in settled)  # noqa: E731
                           and _form_agrees(ctx, s, noun) is not False]
    earlier = fits(_named_before(ctx, noun, near=False))
    near = _named_before(ctx, noun, near=True)
    found = fits(near) if near else earlier
    if len(found) != 1:
        return None
    confidence = sure if near else min(sure, TOPIC)
    others = len(earlier) > 1 or bool(set(fits(_implied_before(ctx, noun))) - set(found))
    if unsettled or _form_agrees(ctx, found[0], noun) is None or others:
        # a word the KB cannot settle, or another state the description fits named earlier in
        # the article ("Estonia ... Russia held drills. The country ..."), or implied by a city or
        # a person's office ("... in Kyiv", "Zelensky"): no surer than UNSETTLED
        confidence = min(confidence, UNSETTLED)
    return Described(found[0], confidence)


def _group_members(ctx, word: str) -> frozenset[str] | None:
    """The states of the grouping "<word> countries" the KB holds ("Nordic", "Baltic"), or None."""
    cache = ctx.described_cache
    key = "group " + word.lower()
    if key not in cache:
        groups = [e.id for plural in GROUP_PLURALS for e in ctx.kb.resolve(f"{word} {plural}") if e.id.startswith("org:")]
        cache[key] = frozenset(f.subject for f in ctx.kb.facts(property="member_of", value=groups[0])) if groups else None
    return cache[key]


def _form_agrees(ctx, state: str, noun: Token) -> bool | None:
    """"the kingdom" of a state whose official name has "Kingdom" (True), "Republic" (False);
    None when the KB's names do not say; True for a noun with no form ("country")."""
    word = noun.lemma_.lower()
    if word not in NAMED_FORMS:
        return True
    try:
        entity = ctx.kb.entity(state)
    except Exception:  # a state the KB does not hold
        return None
    names = " ".join([entity.name, *entity.aliases]).lower()
    if word in names:
        return True
    return False if NAMED_FORMS[word] in names else None


def _named_before(ctx, noun: Token, near: bool) -> list[str]:
    """The distinct states named before `noun`: in its sentence and the SENTENCES_BACK before
    (`near`), else anywhere before it in the article."""
    doc = noun.doc
    first = 0
    if near:
        first = noun.sent.start
        for _ in range(SENTENCES_BACK):
            if first == 0:
                break
            first = doc[first - 1].sent.start
    out: list[str] = []
    for i in range(first, noun.i):
        ent = ctx.entity_of.get(i)
        if ent and ent.startswith("state:") and ent not in out:
            out.append(ent)
    return out


def _implied_before(ctx, noun: Token) -> list[str]:
    """The states the article implies before `noun` without naming them: a city's (its KB
    `capital_of` or `located_in`), a person's (the one state whose office the KB says they held on
    the article's day)."""
    from accord.nlp.extract.claims._whose_country import served_state

    cache = ctx.described_cache
    out: list[str] = []
    seen = set()
    for i in range(0, noun.i):
        ent = ctx.entity_of.get(i)
        if not ent or ent in seen or not ent.startswith(("place:", "person:")):
            continue
        seen.add(ent)
        key = "implied " + ent
        if key not in cache:
            cache[key] = _place_state(ctx, ent) if ent.startswith("place:") else served_state(ctx, ent)
        out += [s for s in cache[key] if s not in out]
    return out


def _place_state(ctx, place: str) -> list[str]:
    try:
        attrs = ctx.kb.entity(place).attrs or {}
    except Exception:  # a place the KB does not hold
        return []
    where = attrs.get("capital_of") or attrs.get("located_in")
    return [where] if isinstance(where, str) and where.startswith("state:") else []

