"""A summit given a bare weekday of the article's week: "A G7 summit opened on Thursday", "on the
sidelines of a NATO summit on Wednesday", in a report filed while the summit was under way.

The date reader anchors a bare weekday on the article's date ("on Thursday" in a past clause is the
last Thursday up to the article's day). The event linker uses a date to tell which summit is meant,
so a weekday moved off the summit's days ("opened on Sunday") used to link none, and the claim was
not read at all. A report filed during a summit (the day before to the day after, as
`_eventlink._under_way`) that gives a series' summit, or a ministerial meeting of that level, a
weekday of that same week speaks of that event: the day is checked against it.

Only when every date the clause gives the summit is such a weekday (written alone: "on Thursday",
"Thursday's summit"; not "Thursday, June 13", which dates itself), in a clause told in the past
(a weekday of a plan may be read in the wrong week), at most WEEK_DAYS before the article's day and
not after it, when no summit of the series falls on it and no place given is another summit's.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from spacy.tokens import Token

from accord.nlp.extract.claims import _eventlink as links
from accord.reconcile import timecmp

# a weekday written alone, with at most "on" / "last" / "this" / "late" / "early" before it
BARE_WEEKDAY = re.compile(r"^(?:(?:on|last|this|late|early)\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:'s|’s)?$",
                          re.IGNORECASE)
# How far back a weekday anchored on the article's day can lie: the article's own week.
WEEK_DAYS = 6
HOW = "the summit under way on the article's day (the weekday given is not the event's)"


def under_way_on_weekday(ctx, noun: Token, pool: list, where: list[str], times: dict, past: bool) -> links.Link | None:
    """The series' summit under way on the article's day, for a summit noun the clause dates by
    a bare weekday of the article's week that is none of the series' summits' days; else None."""
    if not past or not times or not pool:
        return None
    today = _day(ctx.doc._.document_date)
    if today is None or not all(t.precision == "day" for t in times.values()):
        return None
    values = {t.value for t in times.values()}
    written = [a for a in ctx.times_in({t.i for t in noun.sent}) if (a.data or {}).get("value") in values]
    if not written or not all(BARE_WEEKDAY.match((a.text or "").strip()) for a in written):
        return None
    for value in values:
        day = _day(value)
        if day is None or not today - timedelta(days=WEEK_DAYS) <= day <= today:
            return None
    if any(all(timecmp.overlaps(t, e.start, e.end) for t in times.values()) for e in pool):
        return None  # the weekday is some summit's own day: the linker's business
    found = _under_way(today, pool)
    if found is None:
        return None
    event = next(e for e in pool if e.id == found)
    if where and not set(links.finest(ctx.kb, where)) & event.places:
        return None
    return links.Link(found, links.FOCAL, HOW)


def _under_way(today: date, pool: list) -> str | None:
    """The one event of `pool` held on the article's day, the day before or the day after (any
    kind: a ministerial meeting too, which no one holds twice in a week)."""
    near = [e.id for e in pool if _day(e.start.value) is not None and _day((e.end or e.start).value) is not None
            and _day(e.start.value) - timedelta(days=1) <= today <= _day((e.end or e.start).value) + timedelta(days=1)]
    return near[0] if len(near) == 1 else None


def _day(value) -> date | None:
    try:
        return date.fromisoformat(str(value)[:10]) if value and len(str(value)) >= 10 else None
    except ValueError:
        return None
