"""A titled holder met on the day the sentence tells: "the ambassadors handed their letters to
Secretary-General X on Wednesday", "the President meets with NATO Secretary General X on June 14",
"talks on Tuesday with Prime Minister X".

A long-gone holder named outside the main clause's actor is read as a holder of those years
(offices.py: "criticized President X" in a later year). A person met, received, visited or talked
with on a day of the article's week is there in the office the title gives, on that day: when the
person is the predecessor of the day's holder (the holder a one-name swap puts in), the title is
read as a claim about the day and checked (docs/verification.md, "A bare title for a past
holder"). A year of the person's own term in the sentence still makes it that year's title
(reconcile.kbcheck).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from accord.nlp.extract.titles import Title

# Lemmas of meeting: a titled name below one of them in the parse is a person met.
MEET_LEMMAS = frozenset("""meet talk host welcome receive greet visit submit hand deliver present
sit-down meeting talks beside alongside accompany flank""".split())  # (and at one's side: "seated beside X")
# Words that say the sentence tells the news of one day of the article's week (the same words as
# reconcile.kbcheck's).
NEWS_DAYS = re.compile(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|tonight|"
                       r"yesterday|this (?:week|morning|afternoon|evening))\b", re.IGNORECASE)
MAX_UP = 6


def met_on_the_day(doc: Doc, kb, t: Title, person: str, office: str | None, on: str | None, times) -> bool:
    """Is the titled name someone met (MEET_LEMMAS above it in the parse), in a sentence that tells
    the news of the article's day (a day of its week, or a date that is that day), and is the
    person the predecessor of the office's holder on that day?"""
    if kb is None or office is None or not on or len(on) != 10:
        return False
    if not _met(doc, t) or not _tells_the_day(doc, t, on, times):
        return False
    return _predecessor_of_day(kb, person, office, on)


def _met(doc: Doc, t: Title) -> bool:
    tok = doc[t.name[1] - 1]
    while tok.head.i != tok.i and t.name[0] <= tok.head.i < t.name[1]:
        tok = tok.head
    for _ in range(MAX_UP):
        if tok.head.i == tok.i:
            return False
        tok = tok.head
        if tok.lemma_.lower() in MEET_LEMMAS or tok.lower_ in MEET_LEMMAS:
            return True
        if tok.pos_ == "VERB" and tok.dep_ not in ("xcomp", "conj"):
            return False  # another verb rules the name ("criticized", "said")
    return False


def _tells_the_day(doc: Doc, t: Title, on: str, times) -> bool:
    sent = doc[t.name[0]].sent
    if NEWS_DAYS.search(sent.text):
        return True
    for a in times or ():
        if sent.start_char <= a.start < sent.end_char and (a.data.get("value") or "") == on:
            return True
    return False


def _predecessor_of_day(kb, person: str, office: str, on: str) -> bool:
    """The office's holder before the day's holder(s): of the terms ended before `on`, leaving aside
    the day's holders' own and acting or caretaker stints, the last to end is the person's."""
    from accord.reconcile import timecmp

    terms = kb.facts(property="holds_office", value=office)
    holding = {f.subject for f in terms if timecmp.active_on(f.start, f.end, on, f.point_in_time) is True}
    if not holding or person in holding:
        return False
    day = timecmp.bounds(on)[0]
    ended = []
    for f in terms:
        q = f.qualifiers or {}
        if f.end is None or f.subject in holding or q.get("acting") or str(q.get("note", "")).lower() in (
                "caretaker", "acting", "interim"):
            continue
        b = timecmp.bounds(f.end)
        if b is not None and b[1] < day:
            ended.append((b[1], f.subject))
    return bool(ended) and max(ended)[1] == person
