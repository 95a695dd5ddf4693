"""Relations over time as horizontal bars (the entity page's membership timeline), as numbers
for an SVG the template draws: one row per relation, x from its start to its end (or today)."""

from __future__ import annotations

from datetime import date
from typing import Any, Sequence


def _year(value: str | None) -> float | None:
    """"2012-06-04" -> 2012.43 (fraction of the year, close enough for drawing)."""
    if not value:
        return None
    parts = [int(p) for p in value.split("-")]
    month, day = (parts[1] if len(parts) > 1 else 1), (parts[2] if len(parts) > 2 else 1)
    return parts[0] + (month - 1) / 12 + (day - 1) / 365


def bars(relations: Sequence[dict[str, Any]], width: int = 900, label_width: int = 320, row: int = 22,
         today: date | None = None) -> dict[str, Any]:
    """Rows with x positions, the year ticks and the drawing's size; undated relations are left
    out (the table beside the drawing lists them)."""
    now = _year((today or date.today()).isoformat())
    dated = [r for r in relations if r.get("start") or r.get("point_in_time") or r.get("end")]
    if not dated:
        return {"rows": [], "ticks": [], "width": width, "height": 0, "label_width": label_width}
    years = [y for r in dated for y in (_year(r.get("start")), _year(r.get("end")), _year(r.get("point_in_time")))
             if y is not None]
    first, last = int(min(years)), int(max(max(years), now)) + 1
    span = max(last - first, 1)
    scale = (width - label_width - 20) / span

    def x(year: float) -> float:
        return round(label_width + (year - first) * scale, 1)

    rows = []
    for i, r in enumerate(dated):
        point = _year(r.get("point_in_time"))
        lo = _year(r.get("start")) or point or _year(r.get("end"))
        hi = _year(r.get("end")) or (point if point and not r.get("start") else now)
        rows.append({"relation": r, "y": i * row + 24, "x1": x(lo), "x2": max(x(hi), x(lo) + 3),
                     "point": point is not None and not r.get("start"), "open": not r.get("end") and not point})
    step = 1 if span <= 12 else 5 if span <= 60 else 10
    ticks = [{"year": y, "x": x(y)} for y in range(first - first % step + step, last + 1, step)]
    return {"rows": rows, "ticks": ticks, "width": width, "height": len(rows) * row + 34, "label_width": label_width}
