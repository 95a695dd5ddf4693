"""Which KB event (a NATO summit, a ministerial meeting, an AUKUS leaders' meeting) a summit or
meeting noun means — or none.

Real articles name many events the KB does not list (a Quad or G7 summit, an EU-Japan summit, a
bilateral meeting on the sidelines). Linking such a noun to the nearest NATO summit and then
"contradicting" its place and date was the worst false alarm on real news, so a noun is linked
only when the text makes it the organisation's event and the clues single one out:

- whose event: the noun's modifiers ("NATO summit", "the alliance's summit", "a summit of allied
  leaders") name the organisation; another organisation, a state or an unknown proper name ("the
  Quad summit", "G7 summit", "EU-Japan summit", "a bilateral meeting") makes it someone else's;
  an unqualified noun ("the summit") belongs to the article's organisation;
- which one: place and date together, an explicit name ("the Vilnius summit", the linker's
  mention of a KB summit), "next" (the first regular summit after the article), the date alone
  for the organisation's own noun; the year alone is a guess (confidence below 0.5), unless it
  falls on the one summit the article is about (`focal`).

Each link carries its confidence, the "event" step of the statements made about it.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from accord.reconcile import timecmp

NATO = "org:NATO"
NATO_WORDS = {"nato", "alliance", "allied", "ally", "allies", "atlantic", "transatlantic"}
# Words that do not make a summit someone else's ("NATO leaders' summit", "the annual summit").
GENERIC = {"leader", "leaders", "head", "heads", "state", "government", "minister", "ministers", "defence",
           "defense", "foreign", "annual", "extraordinary", "special", "emergency", "informal", "virtual",
           "anniversary", "two", "day", "three", "in", "person", "top", "high", "level", "final", "first",
           "second", "third", "next", "upcoming", "last", "previous", "latest", "recent", "key", "crucial",
           "big", "major", "landmark", "historic", "official", "formal", "full", "summit", "meeting",
           "mr", "ms", "official", "jubilee", "75th", "70th"}
FOREIGN_WORDS = {"bilateral", "trilateral", "quadrilateral", "regional", "g7", "g20", "brics", "asean",
                 "quad", "aukus", "eu", "european", "climate", "peace", "economic", "trade", "nuclear"}
MINISTER_WORDS = {"minister", "ministers", "ministerial", "ministry"}

NAMED, PLACE_DATE, OWN_DATE, ONLY_PLACE, NEXT, FOCAL, UNSURE = 0.9, 0.9, 0.85, 0.8, 0.75, 0.7, 0.4
# The links that single an event out by what the text says of it (not by the article's topic).
SURE_WAYS = {"named", "place and date", "place and year", "date", "place", "the next summit after the article",
             "the summit under way on the article's day"}


@dataclass(frozen=True)
class Event:
    id: str
    org: str | None
    ministerial: bool
    regular: bool  # a regular summit, not an extraordinary or virtual one
    level: str  # "foreign ministers", "defence ministers" for a ministerial meeting, else ""
    start: object
    end: object
    places: frozenset
    ordinal: int | None = None  # its number in its series, when the KB gives it ("the 47th G7 summit")
    # one of a few the KB lists of a series it does not cover (`series_complete: false`: the EU's
    # informal summits, not its formal ones): never "the series' summit" under way or of a place
    partial: bool = False


@dataclass(frozen=True)
class Link:
    event: str
    confidence: float
    how: str


def events(kb) -> list[Event]:
    """The KB's dated summits and meetings, read once per KB (kept on it)."""
    found = getattr(kb, "_accord_events", None)
    if found is None:
        found = []
        for kind in ("summit", "event"):
            for entity in kb.entities(kind):
                when = kb.facts(subject=entity.id, property="took_place_on")
                attrs = getattr(entity, "attrs", None) or {}
                what = str(attrs.get("kind", "summit" if kind == "summit" else ""))
                if not when or not (kind == "summit" or "meeting" in what or "summit" in what):
                    continue
                start = when[0].start or when[0].point_in_time
                name = (getattr(entity, "name", "") or "").lower()
                found.append(Event(entity.id, attrs.get("org", NATO if kind == "summit" else None),
                                   "ministerial" in what, kind == "summit" and not any(
                                       w in name for w in ("extraordinary", "virtual")),
                                   str(attrs.get("level", "")), start, when[0].end or start, frozenset(within(kb, entity.id)),
                                   _int(attrs.get("ordinal")), attrs.get("series_complete") is False))
        try:
            kb._accord_events = found
        except AttributeError:  # a KB that takes no attributes is read each time
            pass
    return found


def _int(value) -> int | None:
    try:
        return int(value) if value is not None else None
    except (TypeError, ValueError):
        return None


def finest(kb, where: list[str]) -> list[str]:
    """The places of `where` that no other of them lies in: "in Apulia, Italy" is in Apulia (Italy
    holds the 2017 Taormina summit too, and would single out no event)."""
    if kb is None or len(where) < 2:
        return where
    around = set().union(*(within(kb, w) for w in where))
    return [w for w in where if w not in around] or where


def within(kb, entity_id: str) -> set[str]:
    """Everything the entity lies in, following located_in (Madrid summit -> Madrid, Spain)."""
    seen, todo = set(), [entity_id]
    while todo:
        for f in kb.facts(subject=todo.pop(), property="located_in"):
            if f.value not in seen:
                seen.add(f.value)
                todo.append(f.value)
    return seen


def owner(ctx, noun: Token) -> str | None:
    """Whose event the noun is: NATO ("NATO summit", "the alliance's summit"), another
    organisation's id, "other" (a state, a grouping the KB lacks, a bilateral meeting, a meeting
    with someone), or None when the text does not say ("the summit")."""
    if _with_someone(ctx, noun):
        return "other"
    found, elsewhere = None, False
    for tok in qualifier_tokens(ctx, noun):
        ent = ctx.entity(tok) or (_organisation_named(ctx, tok) if tok.pos_ == "PROPN" else None) or ""
        word = tok.lower_.strip("'’")
        if ent == NATO or word in NATO_WORDS:
            found = found or NATO
        elif ent.startswith("org:"):
            return ent
        elif ent.startswith("state:") or word in FOREIGN_WORDS:
            return "other"
        elif ent.startswith(("place:", "summit:", "person:", "office:")) or word in GENERIC or not word.isalnum() \
                or _ordinal(word):
            elsewhere = elsewhere or (ent.startswith("place:") and _hosted_nothing(ctx, ent))
            continue
        elif tok.pos_ == "PROPN" or tok.ent_type_ in ("NORP", "ORG"):
            return "other"
    return found or ("other" if elsewhere else None)


def _hosted_nothing(ctx, place: str) -> bool:
    """Is `place` a city where the KB holds no summit or meeting at all ("the Tallinn summit": some
    other body's, as an unknown name before "summit" is; session 16, birth24: the KB's places of
    birth made many such cities known)?"""
    return ctx.kb is not None and not any(place in e.places for e in events(ctx.kb))


ORDINALS = {"fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth"}


def _ordinal(word: str) -> bool:
    """"fifth", "5th", "31st": which one of a series, never whose event."""
    return word in ORDINALS or (word[:-2].isdecimal() and word[-2:] in ("st", "nd", "rd", "th"))


ORDINAL_NUMBERS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
                   "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12}
# Words beside an ordinal that count something else than the series: "the first in-person summit",
# "the second virtual summit", "the 50th anniversary G7 summit", "the second consecutive summit".
NOT_SERIES = {"in", "person", "in-person", "virtual", "online", "hybrid", "physical", "face", "ever", "such",
              "anniversary", "consecutive", "straight", "successive", "row", "annual"}


def series_ordinal(ctx, noun: Token) -> int | None:
    """The number the text gives the event in its series: "the second Quad Leaders' Summit",
    "the 47th G7 summit", "the fifth Quad summit" — an ordinal among the noun's modifiers. Not
    when it counts something else: "the first in-person Quad summit", "Biden's first G7 summit"
    (a person's), "the first Quad summit in India" or "... since 2021" (the first of a kind, a
    place or a time), "the first summit to ..."."""
    mods = [t for c in noun.lefts if c.dep_ in ("amod", "compound", "nmod", "nummod", "poss") for t in c.subtree]
    numbers = [n for n in (ORDINAL_NUMBERS.get(t.lower_) or _ordinal_number(t.lower_) for t in mods) if n]
    if len(numbers) != 1:
        return None
    words = {t.lower_ for t in mods}
    if words & NOT_SERIES or any(t.dep_ == "poss" and (ctx.entity(t) or "").startswith("person:") or t.tag_ == "PRP$"
                                 for t in mods):
        return None
    for c in noun.rights:
        infinitive = c.dep_ in ("acl", "relcl") and any(a.lower_ == "to" and a.dep_ in ("aux", "auxpass") for a in c.children)
        if infinitive or (c.dep_ in ("acl", "relcl") and numbers[0] == 1):
            return None
        # "the first summit in Japan" is the first held there; "the fifth summit in Hiroshima" its place
        if c.dep_ == "prep" and (c.lower_ in ("since", "after", "outside", "without", "under", "for")
                                 or (numbers[0] == 1 and c.lower_ != "of")):
            return None
    return numbers[0]


def _ordinal_number(word: str) -> int | None:
    return int(word[:-2]) if word[:-2].isdecimal() and word[-2:] in ("st", "nd", "rd", "th") else None


def by_ordinal(pool: list[Event], ordinal: int | None) -> Link | None:
    """The event of `pool` (one organisation's) with that number in its series, when the KB numbers them."""
    if ordinal is None:
        return None
    found = [e.id for e in pool if e.ordinal == ordinal]
    return Link(found[0], NAMED, "named by its number in the series") if len(found) == 1 else None


def _organisation_named(ctx, tok: Token) -> str | None:
    """The KB organisation a word names by itself when it sits inside a longer name the linker
    left unlinked ("the fifth Quad Leaders' Summit": "Quad")."""
    if ctx.kb is None:
        return None
    hits = {e.id for e in ctx.kb.resolve(tok.text) if e.type == "organisation"}
    return hits.pop() if len(hits) == 1 else None


def _with_someone(ctx, noun: Token) -> bool:
    """"a meeting with Merkel", "talks between the two leaders": a meeting of persons."""
    for prep in (c for c in noun.rights if c.dep_ == "prep" and c.lower_ in ("with", "between")):
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            if (ctx.entity(obj) or "") != NATO and obj.lower_ not in NATO_WORDS:
                return True
    return False


def qualifier_tokens(ctx, noun: Token) -> list[Token]:
    """The noun's modifiers and its "of" phrase ("a summit of allied leaders"), without time
    expressions ("July's summit")."""
    toks = [t for c in noun.lefts if c.dep_ in ("compound", "amod", "nmod", "poss", "npadvmod")
            for t in c.subtree]
    for obj in (p for c in noun.rights if c.dep_ == "prep" and c.lower_ == "of" for p in c.children):
        toks += [t for c in obj.lefts if c.dep_ in ("compound", "amod", "nmod", "poss") for t in c.subtree] + [obj]
    return [t for t in toks if t.i not in ctx.timed and t.i != noun.i]


def is_ministerial(ctx, noun: Token) -> bool:
    return any(t.lower_ in MINISTER_WORDS for t in qualifier_tokens(ctx, noun) + [noun] + attendees(noun))


def attendees(noun: Token) -> list[Token]:
    """Who the clause says took part in a meeting that is no summit: the subject, a common noun
    with its modifiers, of the verb the noun is the object of ("Foreign ministers of partner
    countries joined NATO's meeting", "defence ministers attended the meeting in Brussels"). Not
    a titled name ("Prime Minister X has been invited to a NATO meeting": a leader, whose title
    holds "minister" too). A summit is the leaders' whoever else attends it."""
    if noun.lemma_.lower() == "summit":
        return []
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head if noun.dep_ == "dobj" else None
    if verb is None or verb.pos_ not in ("VERB", "AUX"):
        return []
    return [t for s in verb.children if s.dep_ in ("nsubj", "nsubjpass") and s.pos_ == "NOUN"
            for t in [s, *(c for c in s.lefts if c.dep_ in ("amod", "compound"))]]


def level(ctx, noun: Token) -> str:
    """Which ministers: "foreign ministers", "defence ministers", or "" (not said)."""
    words = {t.lower_ for t in qualifier_tokens(ctx, noun) + attendees(noun)}
    if "foreign" in words:
        return "foreign"
    return "defence" if words & {"defence", "defense"} else ""


def candidates(kb, org: str, noun: Token, ministerial: bool, which: str = "") -> list[Event]:
    """The organisation's events a noun can mean: summits for "summit"; for "meeting" the
    ministerial meetings when ministers are named (of that level when it is said), else the
    leaders' meetings."""
    out = [e for e in events(kb) if e.org == org]
    if ministerial:
        return [e for e in out if e.ministerial and (not which or e.level.startswith(which))]
    return [e for e in out if not e.ministerial]


def named_year(ctx, noun: Token, org: str | None) -> str | None:
    """The year that names the organisation's event: "the 2021 summit", "the alliance's 2016
    gathering", "NATO's 75th-anniversary summit" (the founding year and 75)."""
    if org != NATO and not (org is None and ctx.topic_org == NATO):
        return None
    years = [c.text for c in noun.lefts if c.dep_ in ("nummod", "compound", "amod", "nmod")
             and len(c.text) == 4 and c.text.isdecimal() and c.text[:2] in ("19", "20")]
    if len(years) == 1:
        return years[0]
    return _relative_year(ctx, noun) or _anniversary(ctx, noun)


RELATIVE_YEARS = {"last": -1, "this": 0, "next": 1}


def _relative_year(ctx, noun: Token) -> str | None:
    """"last year's summit", "this year's NATO gathering", "next year's summit": the year
    counted from the article's (as "the 2022 summit" names it). Not "last year's two summits"
    (no plural noun reaches here) nor "the last summit of the year"."""
    today = str(ctx.doc._.document_date or "")[:4]
    for c in noun.lefts:
        if c.dep_ != "poss" or c.lemma_.lower() != "year" or not today.isdecimal():
            continue
        which = [RELATIVE_YEARS[w.lower_] for w in c.lefts if w.lower_ in RELATIVE_YEARS and w.dep_ in ("amod", "det")]
        if len(which) == 1 and len(list(c.lefts)) == 1:
            return str(int(today) + which[0])
    return None


def _anniversary(ctx, noun: Token) -> str | None:
    """"the 75th-anniversary summit", "the alliance's 70th anniversary summit": founded + N."""
    return anniversary_year(ctx, [t for c in noun.lefts for t in c.subtree])


def anniversary_year(ctx, words: list[Token]) -> str | None:
    """The year of the organisation's Nth anniversary the words name, if they name one."""
    if not any(t.lower_ == "anniversary" for t in words) or ctx.kb is None:
        return None
    ordinals = [int(t.lower_[:-2]) for t in words if t.lower_[:-2].isdecimal() and t.lower_[-2:] in ("st", "nd", "rd", "th")]
    founded = ctx.kb.facts(subject=NATO, property="established")
    start = (founded[0].start or founded[0].point_in_time) if founded else None
    if len(ordinals) != 1 or start is None or not str(start.value)[:4].isdecimal():
        return None
    return str(int(str(start.value)[:4]) + ordinals[0])


def _year_of(times: dict, ctx) -> str | None:
    years = {t.value[:4] for t in times.values() if t.value[:4].isdecimal()}
    if len(years) == 1:
        return years.pop()
    date = ctx.doc._.document_date or ""
    return date[:4] if not years and date[:4].isdecimal() else None


def resolve(ctx, pool: list[Event], where: list[str], times: dict, explicit: bool, nxt: bool = False,
            focal: str | None = None, named: str | None = None, past: bool = True,
            definite: bool = False) -> Link | None:
    """The one event of `pool` the clues point to, with how sure that is, or None.

    `explicit`: the text names the organisation or the event; an unqualified noun in an article
    about the organisation needs stronger clues. `focal`: the one event the article is about.
    `named`: the year that names it ("the 2021 summit"). `past`: the clause tells of the past (an
    old summit named by its place alone is meant only then). `definite`: the noun is "the" or
    someone's summit ("his first NATO summit"), not "a NATO summit": with no other clue it is the
    summit under way on the article's day. The KB lists every leaders' summit but
    only some ministerial meetings, so a ministerial meeting is never linked on a guess: only
    by its place with its date or year, or by its exact day."""
    if not pool or (not where and not times and not nxt and not focal and not named):
        if pool and explicit and not where and not times and not nxt and definite:
            # "Starmer attended his first NATO summit" in a report filed during one: that one
            under_way = _under_way(ctx, pool)
            return Link(under_way, FOCAL, UNDER_WAY) if under_way is not None else None
        return None
    where = finest(ctx.kb, where)
    if any(e.ministerial for e in pool):
        return _ministerial(ctx, pool, where, times)
    precise = {k: t for k, t in times.items() if t.precision in ("day", "month")}
    year = _year_of(times, ctx)
    rows = [(e, bool(set(where) & e.places) if where else None,
             all(timecmp.overlaps(t, e.start, e.end) for t in precise.values()) if precise else None,
             e.start.value[:4] == year if year else None) for e in pool]

    def matches(test):
        return [e.id for e, p, d, y in rows if test(p, d, y)]

    tries = [(lambda p, d, y: p is True and d is True, PLACE_DATE, "place and date"),
             (lambda p, d, y: p is True and y is True and d is not False, PLACE_DATE, "place and year"),
             (lambda p, d, y: d is True and p is None, OWN_DATE if explicit else FOCAL, "date"),
             (lambda p, d, y: p is True and d is None and y is not False, ONLY_PLACE, "place")]
    for test, sure, how in tries:
        found = matches(test)
        if len(found) == 1:
            return Link(found[0], sure, how)
    # "NATO leaders met in Brussels on June 24" (2021): the one summit of that place in that year
    # (the KB lists every summit since 2002), on another day than the one given
    if explicit and precise:
        found = matches(lambda p, d, y: p is True and y is True and d is False)
        if len(found) == 1 and not matches(lambda p, d, y: d is True):
            return Link(found[0], FOCAL, "place and year (the date given is not the event's)")
    wrong_place = _by_date(rows, precise, explicit) or _focal_by_day(ctx, rows, precise, focal, where)
    if wrong_place is not None:
        return wrong_place
    if nxt and explicit:
        after = _next_after(pool, ctx.doc._.document_date)
        if after is not None:
            return Link(after.id, NEXT, "the next summit after the article")
    of_year = [e.id for e in pool if e.regular and named and e.start.value[:4] == named]
    if len(of_year) == 1:
        return Link(of_year[0], NEXT, "named by its year")
    # the only one ever held there (or the only one of the era the text speaks of): the date is wrong
    found = _of_era(ctx, pool, matches(lambda p, d, y: p is True), times)
    under_way = _under_way(ctx, pool) if explicit and not times and not nxt else None
    if len(found) == 1 and _in_range(pool, times) and (past or under_way is None):
        return Link(found[0], FOCAL if explicit else 0.6, "place (the date given is not the event's)")
    if under_way is not None:
        return Link(under_way, FOCAL, UNDER_WAY)
    return _by_year(matches(lambda p, d, y: y is True), focal, explicit, bool(where))


UNDER_WAY = "the summit under way on the article's day"
ERA = 10  # years: Madrid 1997 and Madrid 2022 are told apart by the year the text speaks of


def _of_era(ctx, pool: list[Event], found: list[str], times: dict) -> list[str]:
    """Of several events held in one place, the one nearest the year the text speaks of (its
    dates' year, or the article's) when the others are more than ERA years further away: "the
    summit in Madrid last August" in a 2023 article is the 2022 summit, not the 1997 one."""
    year = _year_of(times, ctx)
    if len(found) < 2 or not year:
        return found
    starts = {e.id: int(e.start.value[:4]) for e in pool if e.id in found}
    ranked = sorted(found, key=lambda i: abs(starts[i] - int(year)))
    nearest, second = (abs(starts[i] - int(year)) for i in ranked[:2])
    return ranked[:1] if second - nearest > ERA else found


def _under_way(ctx, pool: list[Event], any_kind: bool = False) -> str | None:
    """The one regular summit held on the article's day, the day before or the day after: "at the
    NATO summit in Paris" in a report filed during the Brussels summit is that summit, though the
    text gives no date (a summit of an earlier year is named by its place or its year, and the KB
    lists every summit since 2002)."""
    today = ctx.doc._.document_date
    if not today or not timecmp.parts(today) or timecmp.parts(today)[2] is None:
        return None
    from datetime import date, timedelta

    day = date.fromisoformat(today[:10])
    pool = [e for e in pool if (e.regular or any_kind) and not e.ministerial]
    # an event the KB dates only to the month (a COP, an APEC leaders' week) may be under way on
    # any day of its months: then none is surely the one
    if any(len(e.start.value) < 10 or len(e.end.value) < 10 for e in pool
           if e.start.value[:7] <= today[:7] <= e.end.value[:7]):
        return None
    near = [e.id for e in pool if len(e.start.value) >= 10 and len(e.end.value) >= 10
            and date.fromisoformat(e.start.value[:10]) - timedelta(days=1) <= day
            <= date.fromisoformat(e.end.value[:10]) + timedelta(days=1)]
    return near[0] if len(near) == 1 else None


def _by_date(rows, precise: dict, explicit: bool) -> Link | None:
    """The one event on the day (or in the month) the text gives, when the place it gives is
    not that event's: "NATO leaders met in Paris on 24 March 2022" is the Brussels summit in the
    wrong place. Only for a date the text gives to the day or month, of an event it names."""
    if not explicit or not precise:
        return None
    found = [e.id for e, p, d, y in rows if d is True and p is False]
    if len(found) != 1 or any(d is True for e, p, d, y in rows if e.id != found[0]):
        return None
    daily = all(t.precision == "day" for t in precise.values())
    return Link(found[0], OWN_DATE if daily else FOCAL, "date (the place given is not the event's)")


def _focal_by_day(ctx, rows, precise: dict, focal: str | None, where: list[str]) -> Link | None:
    """"the summit, held on 11-12 July in Ottawa" in an article about the 2023 Vilnius summit: a
    noun that does not name the organisation, given a day (to the day) that is the days of the
    one event the article is about and of no other event of the pool, in a place that is not
    that event's, is that event in the wrong place. Not when the place held another KB event (of
    any organisation) on that day: the text may mean that one ("the summit in Elmau on 27 June"
    in a report on the 2022 Madrid summit is the G7's)."""
    if focal is None or not precise or not all(t.precision == "day" for t in precise.values()):
        return None
    dated = [e for e, p, d, y in rows if d is True]
    if len(dated) != 1 or dated[0].id != focal or any(p is not False for e, p, d, y in rows if e.id == focal):
        return None
    if any(set(where) & e.places and all(timecmp.overlaps(t, e.start, e.end) for t in precise.values())
           for e in events(ctx.kb)):
        return None
    return Link(focal, FOCAL, "date, in the article about it (the place given is not the event's)")


def _ministerial(ctx, pool: list[Event], where: list[str], times: dict) -> Link | None:
    """A ministerial meeting: by its place with its date or year, or by its day alone."""
    precise = {k: t for k, t in times.items() if t.precision in ("day", "month")}
    year = _year_of(times, ctx)
    placed = [e for e in pool if where and set(where) & e.places]
    dated = [e for e in pool if precise and all(timecmp.overlaps(t, e.start, e.end) for t in precise.values())]
    both = [e for e in placed if e in dated]
    if len(both) == 1:
        return Link(both[0].id, PLACE_DATE, "place and date")
    same_year = [e for e in placed if year and e.start.value[:4] == year and (not precise or e in dated)]
    if len(same_year) == 1 and "place:brussels" not in set(where):
        return Link(same_year[0].id, ONLY_PLACE, "place and year")
    # "NATO foreign ministers met in Bucharest on November 22" (2022): the one meeting of that level
    # the KB lists in that city that year, on another day than the one given (no meeting listed
    # falls on it). Not in Brussels, where ministers meet several times a year.
    of_year = [e for e in placed if year and e.start.value[:4] == year]
    if precise and not dated and len(of_year) == 1 and "place:brussels" not in set(where):
        return Link(of_year[0].id, FOCAL, "place and year (the date given is not the event's)")
    daily = all(t.precision == "day" for t in precise.values())
    if len(dated) == 1 and precise and daily:
        return Link(dated[0].id, OWN_DATE if not placed else FOCAL, "date")
    return None


def _by_year(same_year: list[str], focal: str | None, explicit: bool, placed: bool) -> Link | None:
    """The year alone is a guess; it is the event the article is about when that one is of the
    year, surely when the text names the organisation, less so when it gives a place that is
    not the event's."""
    if focal is not None and focal in same_year:
        if explicit:
            return Link(focal, FOCAL, "the event the article is about")
        return Link(focal, UNSURE if placed else 0.6, "the event the article is about")
    return Link(same_year[0], UNSURE, "year only") if len(same_year) == 1 else None


def _next_after(pool: list[Event], date: str | None) -> Event | None:
    if not date:
        return None
    later = sorted((e for e in pool if e.regular and e.start.value > date), key=lambda e: e.start.value)
    return later[0] if later else None


def _in_range(pool: list[Event], times: dict) -> bool:
    """Dates inside the years the KB lists the organisation's events for: a summit in Rome in
    1991 is not one the KB lists (it has Madrid 1997, Washington 1999, and every one since 2002)."""
    years = [int(t.value[:4]) for t in times.values() if t.value[:4].isdecimal()]
    first = min(int(e.start.value[:4]) for e in pool)
    last = max(int(e.end.value[:4]) for e in pool)
    return all(first <= y <= last for y in years)
