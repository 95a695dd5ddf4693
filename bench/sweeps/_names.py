"""The KB's state, place and organisation names as the place and member sweeps find them in text.

Both kinds match names mechanically (the longest KB form wins, case as written), never from
accord's output; each match says what the name is (a state, a KB city, a KB region) and in which
state it lies, so that a kind can swap it for one of the same kind elsewhere.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from functools import lru_cache

#: states a news reader knows by name: the replacement pool (a swapped-in state the KB has no
#: facts about would test the KB, not the reading)
ORGS_FOR_POOL = ("org:NATO", "org:EU", "org:G7", "org:G20", "org:quad", "org:AUKUS", "org:IP4", "org:OECD")


@dataclass(frozen=True)
class Name:
    start: int
    end: int
    text: str
    id: str       # "state:ESP", "place:madrid"
    kind: str     # "state", "city", "region"
    state: str    # the state it lies in ("state:ESP"); a state's own id


def pick(options: list[str], salt: str) -> str:
    """One of `options`, the same for the same salt on every run (no random state)."""
    digest = int(hashlib.sha256(salt.encode()).hexdigest()[:8], 16)
    return options[digest % len(options)]


@lru_cache(maxsize=4)
def _tables(kb_id: int, kb):
    forms: dict[str, str] = {}
    for text, ent, kind in kb.surface_forms():
        if kind in ("demonym", "context") or len(text) < 3 and text not in ("US", "UK"):
            continue
        if not (ent.startswith("state:") or ent.startswith("place:")):
            continue
        if not text[:1].isupper() or kb.is_ambiguous(text):
            continue
        forms.setdefault(text, ent)
    pattern = re.compile(r"(?<![\w.-])(?:the\s+)?(" + "|".join(
        re.escape(f) for f in sorted(forms, key=len, reverse=True)) + r")(?![\w-])")
    return forms, pattern


def _is_region(kb, place_id: str) -> bool:
    """A KB region, or a place other places (not events) lie in that is no capital ("Cornwall",
    "Apulia"; not Watford, where a summit was held)."""
    entity = kb.entity(place_id)
    if entity.attrs.get("kind") == "region":
        return True
    return not entity.attrs.get("capital_of") and any(
        f.subject.startswith("place:") for f in kb.facts(property="located_in", value=place_id))


def state_of(kb, place_id: str, depth: int = 0) -> str | None:
    if place_id.startswith("state:"):
        return place_id
    if depth > 4:
        return None
    for fact in kb.facts(subject=place_id, property="located_in"):
        found = state_of(kb, fact.value, depth + 1)
        if found:
            return found
    return None


def names(text: str, kb, start: int = 0) -> list[Name]:
    """Every KB state or place name in `text` from `start` (the longest form at each place)."""
    forms, pattern = _tables(id(kb), kb)
    out = []
    for m in pattern.finditer(text, start):
        ent = forms[m.group(1)]
        if ent.startswith("state:"):
            kind, state = "state", ent
        else:
            kind = "region" if _is_region(kb, ent) else "city"
            state = state_of(kb, ent) or ""
        out.append(Name(m.start(1), m.end(1), m.group(1), ent, kind, state))
    return out


@lru_cache(maxsize=4)
def pool_states(kb_id: int, kb) -> tuple[str, ...]:
    """States that belong to, or partner, one of the well-known groupings: the swap pool."""
    found = set()
    for org in ORGS_FOR_POOL:
        for prop in ("member_of", "partner_of"):
            found |= {f.subject for f in kb.facts(property=prop, value=org) if f.subject.startswith("state:")}
    return tuple(sorted(found))


def members_of(kb, org: str) -> set[str]:
    """The states the KB ever lists as members of `org` (any date)."""
    return {f.subject for f in kb.facts(property="member_of", value=org) if f.subject.startswith("state:")}


@lru_cache(maxsize=4)
def _org_pattern(kb_id: int, kb):
    forms = {}
    for text, ent, kind in kb.surface_forms():
        if ent.startswith("org:") and kind in ("name", "alias", "abbreviation") and len(text) >= 2:
            forms.setdefault(text, ent)
    return forms, re.compile(r"(?<![\w-])(" + "|".join(
        re.escape(f) for f in sorted(forms, key=len, reverse=True)) + r")(?![\w-])")


def orgs_in(text: str, kb) -> list[str]:
    """The organisations a sentence names ("alliance" alone is NATO's in this set's news)."""
    forms, pattern = _org_pattern(id(kb), kb)
    found = [forms[m.group(1)] for m in pattern.finditer(text)]
    if re.search(r"\ballian(?:ce|ces)\b|\ballies\b|\bally\b", text, re.I) and "org:NATO" not in found:
        found.append("org:NATO")
    return list(dict.fromkeys(found))
