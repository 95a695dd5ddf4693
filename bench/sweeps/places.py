"""Places: every city, region or state named as a place — after "in", "at", "held in", "summit in",
"visit to", "trip to", "arrived in", before "-based", and in datelines ("VILNIUS, Lithuania (AP) —",
"WATFORD –") — swapped for one of the same kind elsewhere: a city for a capital of another
state (the KB's places), a region for a region of another state, a state for another state
(one of the well-known groupings' members or partners). "City, Country" (or "City, Region,
Country") is swapped as one ("Madrid, Spain" -> "Ankara, Turkey"), so the text stays
consistent and only the event's place changes. Cities the KB does not list are found through
GeoNames (`accord.kb.cities`), as the checker's readers find them. The note says which kind and
what replaced what; a place the KB does not tie to any event makes an edit that may leave the
claim unverifiable rather than false (the sweep counts such edits all the same)."""

from __future__ import annotations

import re

from sweeps import Edit, body_start, sentence_of
from sweeps._names import Name, names, pick, pool_states, state_of

#: a place's preposition or verb: what makes a name a place rather than an actor
_BEFORE = re.compile(r"(?:\b(?:in|at|inside|outside|near|hosted\s+in|held\s+in|visits?\s+to|visited|"
                     r"trip\s+to|travel(?:l)?ed\s+to|flew\s+to|arrived\s+in|headed\s+to)\s+(?:the\s+)?)$", re.I)
_DATELINE = re.compile(r"^([A-Z][A-Z.'’\-]+(?:\s[A-Z][A-Z.'’\-]+){0,2})"
                       r"((?:,\s*[A-Z][A-Za-z.]+(?:\s[A-Z][A-Za-z.]+){0,2}){0,2})"
                       r"\s*(?:\([A-Za-z .]+\)\s*)?[—–-]", re.M)
_CAPS_RUN = re.compile(r"[A-Z][a-zà-ÿ]+(?:[ -][A-Z][a-zà-ÿ]+){0,2}")


def _cities_module():
    from accord.kb import cities

    return cities


def _geonames(text: str, start: int, kb) -> Name | None:
    """A GeoNames city at `start` (longest capitalised run first), as the checker's readers take it."""
    m = _CAPS_RUN.match(text, start)
    if not m:
        return None
    words = m.group(0).split(" ")
    cities = _cities_module()
    for n in range(len(words), 0, -1):
        run = " ".join(words[:n])
        city = cities.lookup(run, kb)
        if city is not None:
            return Name(start, start + len(run), run, "geonames:" + cities.key(run), "city", city.state)
    return None


def _chain(first: Name, found: dict[int, Name], text: str) -> list[Name]:
    """"Madrid, Spain", "Watford, Hertfordshire, England": a place and the places it lies in."""
    chain = [first]
    while len(chain) < 3:
        tail = chain[-1].end
        m = re.match(r",\s*", text[tail:])
        nxt = found.get(tail + m.end()) if m else None
        if nxt is None or nxt.kind == "city":
            break
        chain.append(nxt)
    return chain


def _replacement(chain: list[Name], kb, sentence: str, salt: str, upper: bool) -> tuple[str, str] | None:
    head = chain[0]
    pool = pool_states(id(kb), kb)
    own = {n.state for n in chain} | {n.id for n in chain}
    if head.kind == "state":
        options = [s for s in pool if s not in own and kb.name(s) not in sentence]
        new = kb.name(pick(options, salt))
        note = f"state: {head.text} -> {new}"
    else:
        kind = head.kind
        places = [e for e in kb.entities("place")
                  if (e.attrs.get("kind") == "region") == (kind == "region")
                  and (kind == "region" or e.attrs.get("capital_of"))]
        options = []
        for e in places:
            st = state_of(kb, e.id)
            if st and st not in own and e.name not in sentence and "," not in e.name:
                options.append((e.name, st))
        if not options:
            return None
        name, st = pick(sorted(options), salt)
        new = name if len(chain) == 1 else f"{name}, {kb.name(st)}"
        note = f"{kind} of another state: {' , '.join(n.text for n in chain)} -> {new}"
    if upper:
        new = new.upper() if len(chain) == 1 else new.split(",")[0].upper() + new[len(new.split(",")[0]):]
    return new, note


def edits(text, kb):
    begin = body_start(text)
    found = {n.start: n for n in names(text, kb, begin)}
    seen: set[int] = set()
    # datelines first: "VILNIUS, Lithuania (AP) —", "WATFORD –"
    for m in _DATELINE.finditer(text, begin):
        city = m.group(1).title()
        hits = {n.text: n for n in names(city, kb)}
        head = hits.get(city)
        if head is None:
            head = _geonames(city, 0, kb)
        if head is None:
            continue
        head = Name(m.start(1), m.end(1), m.group(1), head.id, head.kind, head.state)
        chain = _chain(head, found, text)
        got = _replacement(chain, kb, sentence_of(text, m.start(), m.end()), f"dl{m.start()}", upper=True)
        if got:
            seen.update(n.start for n in chain)
            yield Edit(chain[0].start, chain[-1].end, got[0], "dateline " + got[1])
    # "in X", "held in X", "visit to X", "X-based"
    candidates: list[Name] = []
    for m in re.finditer(r"\b(?:in|at|to|visited)\s+(?:the\s+)?(?=[A-Z])", text[begin:]):
        at = begin + m.end()
        name = found.get(at) or _geonames(text, at, kb)
        if name is not None:
            candidates.append(name)
    for name in found.values():
        if text.startswith("-based", name.end):
            candidates.append(name)
    for name in sorted({n.start: n for n in candidates}.values(), key=lambda n: n.start):
        if name.start in seen:
            continue
        based = text.startswith("-based", name.end)
        if re.match(r"[ -][A-Z]", text[name.end:name.end + 2]):
            continue  # part of a longer name: "Washington Post", "Shangri-La Dialogue"
        if not based and not _BEFORE.search(text[max(begin, name.start - 40):name.start]):
            continue
        chain = _chain(name, found, text)
        sentence = sentence_of(text, name.start, chain[-1].end)
        got = _replacement(chain, kb, sentence, f"in{name.start}", upper=False)
        if got:
            seen.update(n.start for n in chain)
            yield Edit(chain[0].start, chain[-1].end, got[0], ("based " if based else "") + got[1])
