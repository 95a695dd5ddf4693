"""The time a term said to end is about: "X led NATO until 2014", "Y was president until May
2019" (an office statement with an end and no start or point in time) speak of the holder up to
that date, so the KB's terms are compared there, not on the article's day (fa17, session 10).

The twin stays a contradiction: "X led NATO until 2019" when X's term ended in 2014 is checked
on 2019, when X did not hold the office.
"""

from __future__ import annotations

from datetime import timedelta

from accord.model import Statement
from accord.reconcile import timecmp


def held_until(st: Statement, terms: list) -> str | None:
    """The time a term said to run "until" a date was surely held: "X led NATO until 2014" (a
    statement with an end and no start) speaks of the holder up to 2014, not on the article's
    day. Two times qualify: the day before the end's first day (a term ending on 1 October 2014,
    "until October 2014"; an end given to the day is the successor's first day) and the end's own
    month or year (a term begun and ended within 2014, "until 2014"); the first one on which one
    of `terms` (the person's own) is in force, else the day before. None for other statements."""
    if st.end is None or st.start is not None or st.point_in_time is not None or st.polarity == "negated":
        return None
    end = st.end.value
    p, b = timecmp.parts(end), timecmp.bounds(end)
    if p is None or p[0] is None or not b:
        return None
    before = (b[0] - timedelta(days=1)).isoformat()
    times = [before] if p[2] is not None else [before, end]
    return next((t for t in times if any(timecmp.active_on(f.start, f.end, t, f.point_in_time) for f in terms)),
                before)
