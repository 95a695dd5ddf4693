"""Datelines: "VILNIUS, Lithuania —", "WATFORD –", "BRUSSELS (Reuters) -", "NAIROBI, Kenya (AP) _"
(the wires' underscore for a dash) opening an article or a paragraph.

A dateline says where the story was filed, not where its events happened, so it makes two
narrow claims only:
- the city lies in the state it is given with (`lies_in`): "VILNIUS, Latvia —" is contradicted
  when the KB places Vilnius in another state; a city the KB does not know is read as the world
  city of that name (`accord.kb.cities`: unambiguous, 50,000 inhabitants or more) on a guess
  (link 0.6); a state the KB does not know, or any other city, makes no claim;
- a dateline naming the city of the summit the article is about supports that summit's place
  (`located_in`); a dateline elsewhere says nothing of the summit (reporters file from home) —
  unless its lead tells of the summit under way on the article's day and names no place of its
  own ("RIGA (AP) — NATO leaders opened their summit on Tuesday."): then the dateline is the
  summit's place (event 0.6).
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from accord.model import Statement
from accord.nlp.extract.claims.grammar import Context, make
from accord.nlp.extract.paragraphs import DATELINE_DAY

WORLD_LINK = 0.6  # the name may still mean a town elsewhere: below the sure links
ORDER = 15  # after summits (the article's summit), before the families that read the body

# An upper-case city, optionally ", Region", ", Day" ("Feb. 8", "20 March 2024") and "(Agency)",
# then a dash (or the wires' "_").
DATELINE = re.compile(r"(?P<city>[A-Z][A-Z.'’]+(?:[ -][A-Z][A-Z.'’]+)*)"
                      rf"(?:,\s*(?P<region>[A-Z][\w.'’]+(?:\s[A-Z][\w.'’]+)*))?{DATELINE_DAY}?"
                      r"\s*(?:\([^)\n]{1,40}\))?\s*(?:[-–—]+|_)(?:\s|$)")  # (the splitter may end the sentence at the dash)


def extract(ctx: Context, sent: Span) -> list[Statement]:
    if ctx.kb is None:
        return []
    match = DATELINE.match(sent.text)
    if match is None or not _opens_paragraph(sent):
        return []
    span = sent.doc.char_span(sent.start_char + match.start("city"), sent.start_char + match.end("city"),
                              alignment_mode="expand")
    tokens = list(span) if span is not None else [sent[0]]
    state = one_of_kind(ctx.kb, match.group("region"), "state:") if match.group("region") else None
    city = one_of_kind(ctx.kb, match.group("city").title(), "place:")
    if city is None:
        return _world_city(ctx, match.group("city").title(), state, tokens) + _lead_world_place(
            ctx, sent, match.group("city").title(), state, tokens, match.end())
    region = _region(ctx.kb, match.group("region")) if match.group("region") and state is None else None
    out = [make(ctx, city, "lies_in", state or region, tokens, tokens[0], modality="fact")] \
        if (state or region) is not None else []
    return out + (_summit_place(ctx, city, tokens) or _lead_place(ctx, sent, city, tokens, match.end()))


def _world_city(ctx: Context, name: str, state: str | None, tokens) -> list[Statement]:
    """"LISBON, Portugal —": a world city the KB does not know (`accord.kb.cities`) in the state
    given, on a guess that the name means that city (link 0.6); alone it says nothing."""
    from accord.kb import cities

    if state is None or cities.lookup(name, ctx.kb) is None:
        return []
    return [make(ctx, "place:" + cities.key(name), "lies_in", state, tokens, tokens[0], modality="fact",
                 confidence={"link": WORLD_LINK})]


def _opens_paragraph(sent: Span) -> bool:
    """Does the sentence start the text or a line? Read from the tokens before it (the Doc's
    text is rebuilt on every access: reading it per sentence made long articles quadratic)."""
    doc, i = sent.doc, sent.start - 1
    while i >= 0 and doc[i].is_space:
        if "\n" in doc[i].text:
            return True
        i -= 1
    return i < 0 or "\n" in doc[i].whitespace_


def article_city(ctx: Context) -> str | None:
    """The KB city of the dateline that opens the article ("BRUSSELS (AP) —"), or None: where
    the story was filed (cached on the context)."""
    if not hasattr(ctx, "_dateline_city"):
        ctx._dateline_city = None
        first = next(iter(ctx.doc.sents), None)
        match = DATELINE.match(first.text) if first is not None and ctx.kb is not None else None
        if match is not None:
            ctx._dateline_city = one_of_kind(ctx.kb, match.group("city").title(), "place:")
    return ctx._dateline_city


def article_dateline(ctx: Context) -> tuple[list, set[str]]:
    """(the article's headline and lead, up to the sentence after its dateline; the states the
    dateline's city lies in: the KB's city, else the state it is given with, else a world city
    (`accord.kb.cities`), else the state the lead names whose capital has the city's name; {"?"}
    for a city of no known state; ([], set()) without a dateline in the first five sentences).
    Cached on the context."""
    if hasattr(ctx, "_article_dateline"):
        return ctx._article_dateline
    from accord.kb import cities
    from accord.nlp.extract.claims._eventlink import within

    found: tuple[list, set[str]] = ([], set())
    lede, sents = [], list(ctx.doc.sents)[:5]
    for n, sent in enumerate(sents):
        lede += list(sent)
        match = DATELINE.match(sent.text.lstrip())
        if match is None:
            continue
        if n + 1 < len(sents) and len(sent) <= 12:
            lede += list(sents[n + 1])  # "DUBLIN (Reuters) -" split off its sentence
        name = match.group("city").title()
        city = one_of_kind(ctx.kb, name, "place:")
        states = {p for p in within(ctx.kb, city) if p.startswith("state:")} if city else set()
        if not states and match.group("region"):
            given = one_of_kind(ctx.kb, match.group("region"), "state:")
            states = {given} if given else set()
        if not states and city is None:
            world = cities.lookup(name, ctx.kb)
            states = {world.state} if world is not None else set()
        if not states:  # "DUBLIN": a capital's name shared with smaller towns elsewhere
            named = ctx.entities(lede, ("state:",))
            states = {s for s in named if cities.key(cities.capital(s) or "") == cities.key(name)}
        found = (lede, states or {"?"})
        break
    ctx._article_dateline = found
    return found


def one_of_kind(kb, name: str, prefix: str) -> str | None:
    """The one KB entity of that kind (id prefix) the name means, or None (unknown or ambiguous)."""
    found = {e.id for e in kb.resolve(name) if e.id.startswith(prefix)}
    return found.pop() if len(found) == 1 else None


def _region(kb, name: str) -> str | None:
    """"TAORMINA, Sicily —": the KB region of that name (a place of kind region), or None."""
    found = one_of_kind(kb, name, "place:")
    if found is None:
        return None
    try:
        kind = (kb.entity(found).attrs or {}).get("kind")
    except Exception:  # noqa: BLE001 - an entity the KB cannot give back
        return None
    return found if kind == "region" else None


def _summit_place(ctx: Context, city: str, tokens) -> list[Statement]:
    """The dateline is the city of the summit the article is about: that supports its place."""
    from accord.nlp.extract.claims.summits import focal

    event = focal(ctx)
    if event is None or not ctx.kb.facts(subject=event, property="located_in", value=city):
        return []
    return [make(ctx, event, "located_in", city, tokens, tokens[0], modality="fact", confidence={"event": 0.7})]


LEAD_EVENT = 0.6  # the lead tells of the summit under way and names no other place: the dateline's


def _lead_place(ctx: Context, sent: Span, city: str, tokens, body_start: int) -> list[Statement]:
    """"RIGA (AP) — NATO leaders opened their summit on Tuesday.": a lead that tells of the
    organisation's summit (its noun, or its leaders or allies) and names no place of its own, in a
    report filed on the summit's days, is filed from the summit: the dateline is its place (event
    0.6). A lead that places the event ("... their summit in Vilnius") leaves the dateline to say
    where the story was filed."""
    from accord.nlp.extract.claims import _eventlink as links

    body = [t for t in sent if t.idx >= sent.start_char + body_start] or _next_sentence(sent)
    words = {t.lower_ for t in body}
    about = ("summit" in words or ({"leaders", "allies"} & words)) and any(
        ctx.entity(t) == links.NATO or t.lower_ in links.NATO_WORDS for t in body)
    org, pool = links.NATO, None
    if not about:
        # "HIROSHIMA, Japan (AP) — Group of Seven leaders on Saturday ...": another series the
        # KB lists (SERIES or more summits), its leaders or its summit
        org, pool = _another_series(ctx, body, words)
        about = pool is not None
    if not about or any((t.ent_type_ in ("GPE", "LOC", "FAC") or (ctx.entity(t) or "").startswith(("place:", "state:")))
                        and not _in_title(t) for t in body):
        return []  # a lead that names any place may be told from that place, or about it
    # the lead names no place: then the leaders (or allies) must be the ones acting, not someone
    # speaking of them ("LONDON — The defence minister said NATO allies would back Kyiv")
    if not _leaders_act(body) or any(t.lemma_.lower() in TRAVEL_VERBS and t.pos_ == "VERB" for t in body):
        return []  # "LONDON — ... met the king before heading to the NATO summit": filed on the way
    if pool is None:
        event = links._under_way(ctx, links.candidates(ctx.kb, links.NATO, sent[0], False))
    else:
        event = links._under_way(ctx, pool, any_kind=True)
        if event is not None and not _another_state(ctx, event, city):
            return []  # a resort summit is filed from the cities around it ("CALGARY" for Kananaskis)
    if event is None:
        return []
    return [make(ctx, event, "located_in", city, tokens, tokens[0], modality="fact",
                 confidence={"event": LEAD_EVENT})]


# Words of a person's title: the state before them ("U.S. President Donald Trump", "British
# Prime Minister Boris Johnson") says whose office it is, not where the lead is told from.
TITLE_WORDS = {"president", "minister", "premier", "chancellor", "secretary", "leader", "king", "queen",
               "ambassador", "envoy", "counterpart", "official", "officials", "diplomat", "general", "commander"}


def _in_title(tok) -> bool:
    """Is the place word part of someone's title: a modifier ("compound", "nmod", "amod", "poss")
    of a title word or of a person's name, through the compounds of the name ("U.S." in "U.S.
    President Donald Trump", "France" in "France's President Emmanuel Macron")? Not "in Vilnius"."""
    t = tok
    for _ in range(4):
        if t.dep_ not in ("compound", "nmod", "amod", "poss") or t.head.i == t.i:
            return False
        t = t.head
        if t.lemma_.lower() in TITLE_WORDS or t.ent_type_ == "PERSON":
            return True
    return False


def _another_state(ctx: Context, event: str, city: str) -> bool:
    """Is the dateline city in another state than the event (or the event's own city)? Another
    series' summits meet at resorts, and their reports are filed from the cities nearby."""
    from accord.kb import cities
    from accord.nlp.extract.claims._eventlink import events, within

    where = next((e.places for e in events(ctx.kb) if e.id == event), frozenset())
    if city in where:
        return True
    states = {p for p in within(ctx.kb, city) if p.startswith("state:")}
    world = cities.by_id(city, ctx.kb)
    if world is not None:
        states.add(world.state)
    return bool(states) and not states & {p for p in where if p.startswith("state:")}


def _next_sentence(sent: Span) -> list:
    """The lead when the sentence splitter cut the text after the dateline's dash ("HIROSHIMA,
    Japan (AP) —" | "Group of Seven leaders on Saturday ...")."""
    doc = sent.doc
    if sent.end >= len(doc):
        return []
    nxt = doc[sent.end].sent
    return [t for t in nxt if not t.is_space]


def _another_series(ctx: Context, body, words: set[str]):
    """(organisation, its leaders' summits) when the lead tells of another organisation's leaders
    or summit ("G7 leaders", "the Quad summit") and the KB lists three or more of its summits."""
    from accord.nlp.extract.claims import _eventlink as links
    from accord.nlp.extract.claims.summits import SERIES

    if not ("summit" in words or "leaders" in words):
        return None, None
    orgs = {e for e in (ctx.entity(t) or "" for t in body) if e.startswith("org:") and e != links.NATO}
    if len(orgs) != 1:
        return None, None
    org = orgs.pop()
    pool = [e for e in links.events(ctx.kb) if e.org == org and not e.ministerial]
    return (org, pool) if len(pool) >= SERIES else (None, None)


TRAVEL_VERBS = {"arrive", "travel", "fly", "head", "leave", "depart", "return", "stop", "visit"}
SPEECH = {"say", "tell", "warn", "add", "urge", "insist", "claim", "argue", "write", "announce"}


def _leaders_act(body) -> bool:
    """The lead's main verb is not someone else's saying: its subject is the leaders or allies
    (or the summit), or it is not a verb of speech."""
    roots = [t for t in body if t.dep_ == "ROOT"]
    if not roots:
        return False
    root = roots[0]
    subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
    if root.lemma_.lower() not in SPEECH:
        return True
    return any(c.lower_ in ("leaders", "allies", "summit") for c in subjects)


def _lead_world_place(ctx: Context, sent: Span, name: str, state: str | None, tokens, body_start: int):
    """The same for a world city the KB does not know ("MADRID" is in the KB, "LISBON" may not
    be), only where it can contradict the summit's place without flagging a venue of its city
    (`_summitplaces.may_contradict`)."""
    from accord.kb import cities
    from accord.nlp.extract.claims import _summitplaces as places_near

    city = cities.lookup(name, ctx.kb, state)
    if city is None:
        return []
    place = "place:" + cities.key(city.name)
    found = _lead_place(ctx, sent, place, tokens, body_start)
    return [st for st in found if places_near.may_contradict(ctx.kb, st.subject, place, state)]


def _lies_in(checker, st: Statement, on: str | None):
    """A city in a state: supported when the KB places it there, contradicted when the KB places
    it in another state."""
    from accord.kb import cities
    from accord.nlp.extract.claims._eventlink import within
    from accord.reconcile.kbcheck import Verdict, fact_evidence

    states = {p for p in within(checker.kb, st.subject) if p.startswith("state:")}
    facts = checker.kb.facts(subject=st.subject, property="located_in")
    if st.value.startswith("place:"):
        return _in_region(checker, st, facts)
    if not states:
        return _world_lies_in(checker, st)
    city, state = checker.name(st.subject), checker.name(st.value)
    if st.value in states:
        return Verdict("supported", f"{city} lies in {state}.", [fact_evidence(f) for f in facts])
    if any(st.value in cities.region_states(s, checker.kb) for s in states) or _namesake(checker, st):
        return None  # "ATLANTA, Georgia": a region of the city's own state shares the name
    return Verdict("contradicted_by_kb", f"The text puts {city} in {state}, but {city} lies in "
                   f"{', '.join(sorted(checker.name(s) for s in states))}.", [fact_evidence(f) for f in facts])


def _in_region(checker, st: Statement, facts):
    """A city in a region ("TAORMINA, Sicily"): supported when the KB places the city in it;
    contradicted only when the KB places the city in another region of the same state that neither
    holds nor lies in the one given ("TAORMINA, Sardinia"), and no city of that name lies in the
    region's state ("WINDSOR, Ontario" is another Windsor). Anything else says nothing."""
    from accord.nlp.extract.claims._eventlink import within
    from accord.reconcile.kbcheck import Verdict, fact_evidence

    kb = checker.kb
    around = within(kb, st.subject)
    city, region = checker.name(st.subject), checker.name(st.value)
    evidence = [fact_evidence(f) for f in facts]
    if st.value in around:
        return Verdict("supported", f"{city} lies in {region}.", evidence)
    given = within(kb, st.value)
    states = {p for p in given if p.startswith("state:")}
    if not states or not states & around:
        return None  # a region of another state: maybe another city of the name
    known = [p for p in around if p.startswith("place:") and _is_region(kb, p)
             and p not in given and st.value not in within(kb, p)]
    if not known or _namesakes_in(checker, st.subject, sorted(states)[0]):
        return None
    return Verdict("contradicted_by_kb", f"The text puts {city} in {region}, but {city} lies in "
                   f"{', '.join(sorted(checker.name(p) for p in known))}.", evidence)


def _is_region(kb, place: str) -> bool:
    try:
        return (kb.entity(place).attrs or {}).get("kind") == "region"
    except Exception:  # noqa: BLE001
        return False


def _namesakes_in(checker, place: str, state: str) -> bool:
    """Does GeoNames list two or more cities of the place's name in its state (then the text may
    mean the other one: "NEWPORT, Isle of Wight" is not Newport in Wales)?"""
    from accord.kb import cities

    try:
        entity = checker.kb.entity(place)
        names = [entity.name, *(getattr(entity, "aliases", None) or ())]
    except Exception:  # noqa: BLE001
        return True
    code = state.split(":", 1)[-1]
    for name in names:
        folded = cities.key(name.split(",")[0])
        rows = [cc for _, cc in cities._index().get(folded, ())
                if cities._alpha3(cc) == code]
        if len(rows) >= 2:
            return True
    return False


def _namesake(checker, st: Statement) -> bool:
    """Is there a city of the same name in the state the text gives ("Birmingham, United
    States"), or is the state's name also a region elsewhere ("Dublin, Georgia")? Then the text
    may mean that other city: no contradiction."""
    from accord.kb import cities

    try:
        entity = checker.kb.entity(st.subject)
        names = [entity.name, *(getattr(entity, "aliases", None) or ())]
    except Exception:  # a world city the KB does not know: its id gives its name
        names = [st.subject.split(":", 1)[-1].replace("-", " ")]
    if any(cities.in_state(n, st.value) for n in names):
        return True
    return any(st.value in cities.region_states("state:" + code, checker.kb) for code in ("USA", *cities.REGIONS))


def _world_lies_in(checker, st: Statement):
    """A world city the KB does not know: the state GeoNames places it in."""
    from accord.kb import cities
    from accord.reconcile.kbcheck import Verdict

    city = cities.by_id(st.subject, checker.kb)
    if city is None:
        return None
    name, said, where = checker.name(st.subject), checker.name(st.value), checker.name(city.state)
    source = [{"type": "kb", "subject": st.subject, "property": "located_in", "value": city.state, "start": None,
               "end": None, "point_in_time": None, "source": "https://www.geonames.org/", "as_of": None}]
    if city.state == st.value:
        return Verdict("supported", f"{name} lies in {said} (GeoNames).", source)
    if st.value in cities.region_states(city.state, checker.kb) or _namesake(checker, st):
        return None  # "ATLANTA, Georgia", "THESSALONIKI, Macedonia": the region, not the state
    return Verdict("contradicted_by_kb", f"The text puts {name} in {said}, but the city of that name "
                   f"lies in {where} (GeoNames).", source)


CHECKS = {"lies_in": _lies_in}
WORDS = {"lies_in": "lies in"}
