"""What a normaliser works with: the `Context` of a match and the `Norm` it returns.

Shared by the handlers in `dates.normalise`, `dates.periods` and `dates.normalise_more`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from accord.nlp.extract.dates.lexicon import MODS
from accord.nlp.extract.dates.resolve import valid_day
from accord.nlp.extract.dates.tense import FUTURE, tense_near

@dataclass
class Norm:
    """What a handler found: TIMEX3 type and value, and the extras TimeExpression carries."""

    type: str
    value: str
    mod: str | None = None
    begin: str | None = None
    finish: str | None = None
    role: str | None = None
    end: int | None = None  # a shorter end than the match's ("two days" of "two days before")


_SENTENCE_END = re.compile(r"[.!?]['\"]?\s+[A-Z`'\"]|\n")
_REMEMBERED = re.compile(r"^(\d{4})(?:-(\d\d))?(?:-(\d\d))?(?:T|$)")


def sentence_start(text: str, at: int) -> int:
    """Where the sentence holding offset `at` begins (after the last sentence end before it)."""
    start = 0
    for m in _SENTENCE_END.finditer(text, max(0, at - 400), at):
        start = m.end() if m.group() == "\n" else m.end() - 1  # the match holds the next capital
    return start


@dataclass
class Context:
    """What a handler may read: the text, the anchor and what the article mentioned so far."""

    text: str
    anchor: date | None
    start: int = 0
    end: int = 0
    last_day: date | None = None  # the last day the article named, and where
    last_day_at: int | None = None
    last_date: tuple[int, int | None, int | None] | None = None  # (year, month, day) at any precision
    last_quarter: tuple[int, int] | None = None

    def remember(self, value: str, at: int) -> None:
        """Keep a plain date the article named, for what refers back to it ("the following
        year", "later that day", "at 10 a.m.")."""
        m = _REMEMBERED.match(value)
        if not m:
            return
        y, mo, d = (int(x) if x else None for x in m.groups())
        self.last_date = (y, mo, d)
        if d is not None and valid_day(y, mo, d):
            self.last_day, self.last_day_at = date(y, mo, d), at

    def tense(self) -> str | None:
        """The tense the words around the match give; without one, future when the day named
        last in the same sentence is after the anchor ("flights from March 30, with the third
        from August 6": both ahead). A day before the anchor says nothing of what follows it
        ("payments on Jan. 5 and the rest in March"), so it leaves the default."""
        found = tense_near(self.text, self.start, self.end)
        if found is not None or self.anchor is None or self.last_day is None or \
                self.last_day_at is None or self.last_day_at >= self.start or \
                _SENTENCE_END.search(self.text, self.last_day_at, self.start):
            return found
        return FUTURE if self.last_day > self.anchor else None

    def starts_with_the(self) -> bool:
        return self.text[self.start:self.start + 4].lower() == "the "


def edge_mod(groups: dict) -> str | None:
    edge = " ".join(groups.get("edge", "").lower().split())
    return MODS.get(edge) if edge not in ("earlier", "later") else None
