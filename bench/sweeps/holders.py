"""Holders: every mention of a KB office holder swapped for another holder of the same office
(the corruption type `wrong_holder`): "German Chancellor A" -> "German Chancellor B", "A said",
"the foreign minister, A" — the title, if any, stays as written.

A mention is a KB person's name or alias (the longest form wins), or the person's family name
alone when the article names the person in full somewhere. The person's offices are those held
on the article's date (its `date` header), else every office the person ever held (a former
holder). For each office the swap proposes the holder of the term before the person's and the
holder of the term after it (a predecessor and a successor), in the form the text used: a full
name for a full name, a family name for a family name. A swapped-in person the article itself
names is noted (the edit may then read as a true sentence about that person).

`holders_abroad` (its own kind) swaps the same mentions for the holder, on the article's date, of
an office of the same kind in another state or organisation. Both are mechanical, from the text
and the KB, never from accord's output.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from sweeps import Edit, body_start

from accord.kb import names as kbnames
from accord.kb import temporal

_DATE = re.compile(r"^date:?\s+(\d{4}-\d{2}-\d{2})", re.M)


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    text: str
    person: str
    family: bool   # the family name alone


def article_day(text: str) -> str | None:
    m = _DATE.search(text[:200])
    return m.group(1) if m else None


def _bound(fact, which: str) -> str:
    q = getattr(fact, which) or (fact.point_in_time if which == "start" else None)
    return temporal.lower(q.value) if q is not None else ""


def _active(fact, day: str) -> bool:
    return temporal.active(fact.start, fact.end, fact.point_in_time, day)


def family_of(kb, person: str) -> str:
    e = kb.entity(person)
    return e.attrs.get("family_name") or kbnames.family_name(e.name)


@lru_cache(maxsize=4)
def _tables(kb_id: int, kb):
    """(holders: person -> [facts], full forms -> person, family name -> people)."""
    held: dict[str, list] = {}
    for f in kb.facts(property="holds_office"):
        held.setdefault(f.subject, []).append(f)
    full, family = {}, {}
    for person in held:
        if not kb.has(person):
            continue
        e = kb.entity(person)
        for form in [e.name] + list(e.aliases):
            if len(form) >= 4 and " " in form and form[:1].isupper():
                full.setdefault(form, person)
        fam = family_of(kb, person)
        if fam and len(fam) >= 3:
            family.setdefault(fam, []).append(person)
    return held, full, family


def mentions(text: str, kb) -> list[Mention]:
    """Every full-name mention of a KB office holder in the body, and every family name alone of
    a holder named in full somewhere in the article."""
    held, full, family = _tables(id(kb), kb)
    begin = body_start(text)
    out, taken = [], []
    pattern = re.compile(r"(?<![\w-])(" + "|".join(re.escape(f) for f in sorted(full, key=len, reverse=True))
                         + r")(?![\w-])")
    for m in pattern.finditer(text, begin):
        out.append(Mention(m.start(1), m.end(1), m.group(1), full[m.group(1)], False))
        taken.append((m.start(1), m.end(1)))
    named = {x.person for x in out}
    for fam, people in family.items():
        people = [p for p in people if p in named]
        if len(people) != 1:
            continue
        for m in re.finditer(r"(?<![\w-])" + re.escape(fam) + r"(?![\w-])", text[begin:]):
            s, e = m.start() + begin, m.end() + begin
            if any(a <= s < b for a, b in taken):
                continue
            out.append(Mention(s, e, fam, people[0], True))
    return sorted(out, key=lambda x: x.start)


def offices_of(kb, person: str, day: str | None) -> list[str]:
    held, _, _ = _tables(id(kb), kb)
    facts = held.get(person, [])
    now = [f.value for f in facts if day and _active(f, day)]
    return list(dict.fromkeys(now or [f.value for f in facts]))


def neighbours(kb, person: str, office: str) -> list[tuple[str, str]]:
    """(other person, "predecessor"/"successor") around the person's term(s) in the office; acting
    holders are passed over (a caretaker's name is rarely what a wrong holder is)."""
    terms = sorted((f for f in kb.facts(property="holds_office", value=office)
                    if f.subject == person or not f.qualifiers.get("acting")), key=lambda f: _bound(f, "start"))
    out = []
    for i, f in enumerate(terms):
        if f.subject != person:
            continue
        for j in range(i - 1, -1, -1):
            if terms[j].subject != person:
                out.append((terms[j].subject, "predecessor"))
                break
        for j in range(i + 1, len(terms)):
            if terms[j].subject != person:
                out.append((terms[j].subject, "successor"))
                break
    return list(dict.fromkeys(out))


def form_of(kb, person: str, family: bool) -> str:
    return family_of(kb, person) if family else kb.name(person)


def edits(text, kb):
    day = article_day(text)
    found = mentions(text, kb)
    in_article = {m.person for m in found}
    for m in found:
        done = set()
        for office in offices_of(kb, m.person, day):
            for other, role in neighbours(kb, m.person, office):
                new = form_of(kb, other, m.family)
                if not new or new == m.text or new in done:
                    continue
                done.add(new)
                note = f"{role} as {kb.name(office)}" + (" (named in the article)" if other in in_article else "")
                yield Edit(m.start, m.end, new, f"{m.text} -> {new}: {note}")
