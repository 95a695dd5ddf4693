"""Members: every state named as an actor — a member, partner, applicant, participant or party:
in lists ("France, Germany and Italy"), after "members"/"member", in possessives ("Sweden's
accession", "Turkey's operation"), as a subject ("Spain ratified") — swapped for another state
of the well-known groupings. A state named as a place ("in Lithuania", a dateline: the places
kind) or as part of a longer name or title ("New Zealand Prime Minister", "Canada's prime
minister") is left alone.

The new state is, where the sentence names an organisation (or "the alliance", NATO), one the KB
never lists as its member, so the edit makes a membership claim false; the note says so, or says
that the new state IS a member (no non-member left) or that the sentence names no organisation:
such an edit may leave the claim true or unverifiable (the sweep counts it all the same)."""

from __future__ import annotations

import re

from sweeps import Edit, body_start, sentence_of
from sweeps._names import members_of, names, orgs_in, pick, pool_states

_PLACE_BEFORE = re.compile(r"\b(?:in|at|inside|outside|near|from|across|into|to|visited|of)\s+(?:the\s+)?$", re.I)
_OFFICE_AFTER = re.compile(r"(?:['’]s)?\s+(?:[A-Z]|(?:prime|deputy|foreign|defen[cs]e|president|"
                           r"ambassador|embassy|leader|chancellor|king|queen|minister|secretary|"
                           r"government|officials?|premier)\b)")


def edits(text, kb):
    begin = body_start(text)
    pool = pool_states(id(kb), kb)
    for name in names(text, kb, begin):
        if name.kind != "state":
            continue
        if _PLACE_BEFORE.search(text[max(begin, name.start - 20):name.start]):
            continue
        if _OFFICE_AFTER.match(text, name.end) or text.startswith("-based", name.end):
            continue
        if re.match(r"[A-Z]{2,}", text[name.start:name.end]) and text[name.end:name.end + 1] == " " \
                and text[name.end + 1:name.end + 2].islower() and not text[name.start:name.end].isupper():
            continue
        sentence = sentence_of(text, name.start, name.end)
        named = {s.id for s in names(sentence, kb) if s.kind == "state"}
        orgs = [o for o in orgs_in(sentence, kb) if members_of(kb, o)]
        salt = f"m{name.start}"
        if orgs:
            outside = [s for s in pool if s not in named and not any(s in members_of(kb, o) for o in orgs)]
            if outside:
                new = pick(outside, salt)
                note = "not a member of " + ", ".join(kb.name(o) for o in orgs)
            else:
                new = pick([s for s in pool if s not in named], salt)
                note = "ALSO a member of " + ", ".join(kb.name(o) for o in orgs) + ": may leave the claim true"
        else:
            new = pick([s for s in pool if s not in named], salt)
            note = "no organisation named: may leave the claim true or unverifiable"
        yield Edit(name.start, name.end, kb.name(new), f"{name.text} -> {kb.name(new)}, {note}")
