"""JSON and JSON Lines: one article per object.

Fields: `text` (or `body`, `content`), `title`, `url` (or `link`), `published` (or `date`),
`source` (the publisher, kept as meta["publisher"]; the document's source stays the file).
Other scalar fields are kept in meta["fields"]. In a JSON Lines file a bad line fails alone,
with its line number; a JSON file may hold one object or a list of objects (numbered from 1).
"""

from __future__ import annotations

import json
import math
from typing import Any, Iterator

from accord.errors import Errors, InputError
from accord.ingest.dates import parse_date
from accord.model import RawArticle

TEXT_FIELDS = ("text", "body", "content")
URL_FIELDS = ("url", "link")
DATE_FIELDS = ("published", "date")
USED_FIELDS = frozenset(TEXT_FIELDS + URL_FIELDS + DATE_FIELDS + ("title", "source"))


def read_jsonl(text: str, source: str) -> Iterator[RawArticle | InputError]:
    """Yield one article or one InputError per non-blank line."""
    # Only "\n" ends a line: U+2028 and friends may stand unescaped inside JSON strings.
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            value = json.loads(line)
        except (json.JSONDecodeError, RecursionError) as err:
            yield InputError(source, Errors.E006.format(reason=_why(err)), number)
            continue
        yield record_to_article(value, source, "jsonl", number)


def read_json(text: str, source: str) -> Iterator[RawArticle | InputError]:
    """Yield the article of a JSON object, or one per element of a list of objects.

    A file of several JSON values, one per line, is read as JSON Lines (a common mislabelling).
    """
    try:
        value = json.loads(text)
    except json.JSONDecodeError as err:
        if err.msg == "Extra data":
            yield from read_jsonl(text, source)
        else:
            yield InputError(source, Errors.E006.format(reason=_why(err)), err.lineno)
        return
    except RecursionError as err:
        yield InputError(source, Errors.E006.format(reason=_why(err)))
        return
    if isinstance(value, list):
        for number, item in enumerate(value, start=1):
            yield record_to_article(item, source, "json", number)
    else:
        yield record_to_article(value, source, "json", None)


def record_to_article(record: Any, source: str, fmt: str, number: int | None) -> RawArticle | InputError:
    """The article one JSON record describes, or the InputError saying what is wrong with it."""
    if not isinstance(record, dict):
        return InputError(source, Errors.E015, number)
    text = _first_string(record, TEXT_FIELDS)
    if text is None:
        return InputError(source, Errors.E007, number)
    raw_date = _first_string(record, DATE_FIELDS)
    published = parse_date(raw_date)
    meta: dict[str, Any] = {}
    if isinstance(record.get("source"), str) and record["source"].strip():
        meta["publisher"] = record["source"].strip()
    if raw_date and not published:
        meta["published_raw"] = raw_date
    extra = {k: v for k, v in record.items() if k not in USED_FIELDS and _scalar(v)}
    if extra:
        meta["fields"] = extra
    return RawArticle(
        text=text, source=source, format=fmt, title=_first_string(record, ("title",)),
        url=_first_string(record, URL_FIELDS), published=published,
        published_how="metadata" if published else "unknown", line=number, meta=meta,
    )


def _first_string(record: dict, names: tuple[str, ...]) -> str | None:
    for name in names:
        value = record.get(name)
        if isinstance(value, str) and value.strip():
            return value
    return None


def _scalar(value: Any) -> bool:
    if isinstance(value, float):
        return math.isfinite(value)  # NaN and Infinity are not JSON; they would not store
    return value is None or isinstance(value, (str, int, bool))


def _why(err: Exception) -> str:
    if isinstance(err, json.JSONDecodeError):
        return f"{err.msg} (column {err.colno})"
    return "nested too deeply"
