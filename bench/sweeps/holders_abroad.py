"""Holders abroad: every mention of a KB office holder (as `holders` finds them) swapped for the
person who held an office of the same kind (a head of government, a foreign minister, ...) in
another state or organisation on the article's date: "German Chancellor A" -> "German Chancellor
C" where C was, that day, another state's head of government. One edit per mention; the title
stays as written. Kept apart from `holders` (its own figure): a bare name swapped this way may
leave the sentence true of the other person ("C said on Thursday")."""

from __future__ import annotations

from sweeps import Edit
from sweeps._names import pick
from sweeps.holders import _active, article_day, form_of, mentions, offices_of


def _holders_abroad(kb, office: str, day: str | None) -> list[str]:
    ent = kb.entity(office)
    kind, where = ent.attrs.get("kind"), ent.attrs.get("jurisdiction")
    out = []
    for other in kb.entities("office"):
        if other.id == office or other.attrs.get("kind") != kind or other.attrs.get("jurisdiction") == where:
            continue
        for f in kb.facts(property="holds_office", value=other.id):
            if day and _active(f, day) and not f.qualifiers.get("acting"):
                out.append(f.subject)
    return sorted(set(out))


def edits(text, kb):
    day = article_day(text)
    found = mentions(text, kb)
    named = {m.person for m in found}
    for m in found:
        offices = offices_of(kb, m.person, day)
        if not offices:
            continue
        pool = [p for p in _holders_abroad(kb, offices[0], day) if p not in named]
        if not pool:
            continue
        other = pick(pool, f"h{m.start}")
        new = form_of(kb, other, m.family)
        if new and new != m.text:
            yield Edit(m.start, m.end, new, f"{m.text} -> {new}: same kind of office as "
                       f"{kb.name(offices[0])}, elsewhere")
