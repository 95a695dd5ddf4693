"""Reading one entity in Wikibase JSON (the format of Wikidata's dumps and of Special:EntityData).

An item is `{"type": "item", "id": "Q…", "labels": {"en": {"language": "en", "value": …}},
"aliases": {"en": [...]}, "claims": {"P39": [statement, ...]}}`; a statement has a `mainsnak`,
`qualifiers` ({"P580": [snak, ...]}), a `rank` and an `id`. A snak has a `snaktype` ("value",
or "somevalue"/"novalue" with no `datavalue`) and a `datavalue`: an item
(`{"value": {"entity-type": "item", "id": "Q…"}, "type": "wikibase-entityid"}`), a string, or a
time (`{"value": {"time": "+2014-10-01T00:00:00Z", "precision": 11, ...}, "type": "time"}`).
"""

from __future__ import annotations

import re
from typing import Any, Iterator

from accord.kb import temporal

# Wikidata time precision -> how many parts of YYYY-MM-DD it gives (9 year, 10 month, 11 day).
PRECISION_PARTS = {9: 1, 10: 2, 11: 3}
_TIME = re.compile(r"^\+(\d{4})-(\d{2})-(\d{2})T")
ITEM_URL = "https://www.wikidata.org/wiki/{qid}"


def statements(item: dict[str, Any], pid: str) -> Iterator[dict[str, Any]]:
    """The statements of a property that say something: deprecated ones (known to be wrong)
    and those without a value ("unknown value", "no value") are skipped."""
    for statement in (item.get("claims") or {}).get(pid, ()):
        if isinstance(statement, dict) and statement.get("rank") != "deprecated" and _has_value(statement.get("mainsnak")):
            yield statement


def values(item: dict[str, Any], pid: str) -> list[Any]:
    """The main values of a property: Q-ids for items, the raw value otherwise."""
    return [statement_value(s) for s in statements(item, pid)]


def statement_value(statement: dict[str, Any]) -> Any:
    return snak_value(statement.get("mainsnak") or {})


def snak_value(snak: dict[str, Any]) -> Any:
    value = (snak.get("datavalue") or {}).get("value")
    if isinstance(value, dict) and value.get("entity-type") == "item":
        return value.get("id") or f"Q{value.get('numeric-id')}"
    return value


def qualifier_date(statement: dict[str, Any], pid: str) -> str | None:
    """The first usable date of a qualifier (P580 start, P582 end, P585 point in time) at the
    precision Wikidata gives: "2012", "2012-06" or "2012-06-04"; None when coarser than a year,
    BCE, or not a real date."""
    for snak in (statement.get("qualifiers") or {}).get(pid, ()):
        if _has_value(snak):
            when = time_text(snak_value(snak))
            if when:
                return when
    return None


def time_text(value: Any) -> str | None:
    """A Wikibase time value as a KB date ("+2012-06-04T00:00:00Z", precision 10 -> "2012-06")."""
    if not isinstance(value, dict):
        return None
    match = _TIME.match(str(value.get("time", "")))
    parts = PRECISION_PARTS.get(value.get("precision"))
    if not match or not parts:
        return None
    text = "-".join(match.groups()[:parts])
    try:
        temporal.precision_of(text)
    except ValueError:  # "+2023-00-00" given at month precision, or 2023-02-30
        return None
    return text


def english_label(item: dict[str, Any]) -> str | None:
    return ((item.get("labels") or {}).get("en") or {}).get("value") or None


def english_aliases(item: dict[str, Any]) -> list[str]:
    aliases = (item.get("aliases") or {}).get("en") or []
    return list(dict.fromkeys(a["value"] for a in aliases if isinstance(a, dict) and a.get("value")))


def item_url(qid: str) -> str:
    return ITEM_URL.format(qid=qid)


def _has_value(snak: Any) -> bool:
    return isinstance(snak, dict) and snak.get("snaktype", "value") == "value" and "datavalue" in snak
