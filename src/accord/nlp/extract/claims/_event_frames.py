"""A summit noun inside a phrase that puts a clause on the event's days (issue 12, pm16): the
clause's date is then a day of the event, as an attendance's is ("spoke at the summit on Monday").

- "on the second day of the alliance's summit", "on the final day of the NATO summit",
  "during the opening day of the summit" — the clause's own date ("held its first meeting on
  Wednesday, on the second day of ...") is the summit's;
- "on the sidelines / margins of the NATO summit" — what is done there is done during it
  ("Biden met Erdogan on the sidelines of the NATO summit in Vilnius on Tuesday");
- a date with "the last day of the summit" in apposition ("on Wednesday, the last day of the
  NATO summit in Vilnius").

Not read: "on the eve of the summit", "in the run-up to", "a day after the summit", "days before
the summit" (the clause's day is not the event's), nor a day that counts something else ("the
first day of talks").
"""

from __future__ import annotations

from spacy.tokens import Token

FRAME_NOUNS = {"day", "sideline", "sidelines", "margin", "margins"}
FRAME_PREPS = {"on", "at", "during"}
DAY_WORDS = {"first", "second", "third", "final", "last", "opening", "closing", "concluding", "1st", "2nd", "3rd"}


def framed_clues(noun: Token) -> set[int] | None:
    """The tokens of the date the frame lends the summit noun, or None when it stands in no frame."""
    frame = _frame(noun)
    if frame is None:
        return None
    if frame.dep_ == "appos":  # "on Wednesday, the last day of the summit": the date it stands beside
        date = frame.head
        return {t.i for t in date.subtree if t.i < frame.i and t.i not in {x.i for x in frame.subtree}} \
            if date.ent_type_ in ("DATE", "TIME") else None
    prep = frame.head
    verb = prep.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    out: set[int] = set()
    # the verb's phrases of time and place, and the frame's own ("on the final day of the summit
    # on Wednesday": the parser may hang the day on "day")
    for c in [*verb.children, *(c for c in frame.children if c.lower_ != "of")]:
        if c.i == prep.i:
            continue
        if (c.dep_ == "prep" and c.lower_ in FRAME_PREPS | {"in"}) or c.dep_ == "npadvmod":
            out |= {t.i for t in c.subtree}
    return out


def _frame(noun: Token) -> Token | None:
    """The frame noun ("day", "sidelines") the summit noun hangs on by "of", when the frame sits in
    a prepositional phrase of time of a verb, or stands beside a date."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "of":
        return None
    frame = noun.head.head
    word = frame.lower_
    if word not in FRAME_NOUNS:
        return None
    if word == "day" and not any(c.dep_ in ("amod", "nummod") and c.lower_ in DAY_WORDS for c in frame.children):
        return None  # "the day of the summit" is read elsewhere; "a day of talks" is no frame
    if frame.dep_ == "appos" and word == "day":
        return frame
    if frame.dep_ == "pobj" and frame.head.lower_ in FRAME_PREPS:
        return frame
    return None
