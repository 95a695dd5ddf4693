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


MINISTERIAL_HOW = "the ministerial meeting under way on the article's day (the place given is not its)"
MINISTERIAL_OWN = "the ministerial meeting under way on the article's day, in its place"
NOT_THIS_ONE = {"next", "upcoming", "forthcoming", "last", "previous", "past", "earlier", "later", "future", "first",
               "informal"}


def ministerial_under_way(ctx, noun: Token, pool: list, where: list[str]) -> links.Link | None:
    """"at the NATO Foreign Ministers Meeting in Bucharest", in a report filed while the KB's
    meeting of NATO's foreign ministers was under way in Brussels: a ministerial meeting the text
    names (the organisation, and the level when it gives one) and places, with no date of the
    sentence off the meeting's days (the day before to the day after), is the one under way: in
    its own place (Brussels, where other meetings were held too) or in the wrong one. Not when a
    place given held another meeting of the pool (the text may mean that one: "the ministers'
    meeting in Bucharest" of the year before), nor for "the next / last / an informal meeting"
    (informal meetings are held away from headquarters, some the KB does not list)."""
    today = _day(ctx.doc._.document_date)
    if today is None or not where or not pool or any(t.lower_ in NOT_THIS_ONE for t in noun.lefts):
        return None
    found = _under_way(today, pool)
    if found is None:
        return None
    where = set(links.finest(ctx.kb, where))
    event = next(e for e in pool if e.id == found)
    own = bool(where & event.places)
    if not own and any(where & e.places for e in pool):
        return None  # another meeting's place
    lo, hi = _day(event.start.value) - timedelta(days=1), _day((event.end or event.start).value) + timedelta(days=1)
    for value, precision in _sentence_dates(ctx, noun):
        day, week = _day(value), timecmp.week_bounds(value) if not precision else None
        if week is not None and week[0] <= hi and lo <= week[1]:
            continue  # "this week": the meeting's
        if precision != "day" or day is None or not lo <= day <= hi:
            return None  # "in 2022", "last month", another day or week: maybe another meeting
    return links.Link(found, links.FOCAL, MINISTERIAL_OWN if own else MINISTERIAL_HOW)


def _sentence_dates(ctx, noun: Token) -> list[tuple[str, str]]:
    """(value, precision) of every date the sentence gives, a range's both ends; a time
    expression the dates layer could not anchor counts as ("", "")."""
    out = []
    for a in ctx.times_in({t.i for t in noun.sent}):
        data = a.data or {}
        if a.label == "DURATION":
            continue  # "a day of talks", "two days": how long, not when
        if data.get("begin") and data.get("finish"):
            out += [(str(data["begin"]), "day" if len(str(data["begin"])) == 10 else ""),
                    (str(data["finish"]), "day" if len(str(data["finish"])) == 10 else "")]
        else:
            out.append((str(data.get("value") or ""), str(data.get("precision") or "")))
    return out
