"""The data model shared by every layer (see DESIGN.md, "Data model").

Plain dataclasses with character offsets into the stored cleaned text. They convert to and from
JSON-ready dicts with `to_dict()` / `from_dict()`, which the store, the exports and the API use.
"""

from __future__ import annotations

import dataclasses
import functools
from dataclasses import dataclass, field
from typing import Any, TypeVar

T = TypeVar("T")


class _Record:
    """Mixin: dict round-trip for flat dataclasses."""

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)  # type: ignore[call-overload]

    @classmethod
    def from_dict(cls: type[T], data: dict[str, Any]) -> T:
        names = _field_names(cls)
        return cls(**{k: v for k, v in data.items() if k in names})


@functools.lru_cache(maxsize=None)
def _field_names(cls: type) -> frozenset[str]:
    """A record class's field names (dataclasses.fields is slow: a page of 2,000 references
    rebuilt from the store spent a quarter of its time asking it)."""
    return frozenset(f.name for f in dataclasses.fields(cls))


# How a document's publication date was found.
PUBLISHED_HOW = ("metadata", "header", "text", "unknown")


@dataclass
class RawArticle(_Record):
    """What a reader yields: one article's text and metadata before cleaning."""

    text: str
    source: str  # file path, URL or "<stdin>"; with `line` it names the input exactly
    format: str  # txt | html | json | jsonl | rss
    title: str | None = None
    url: str | None = None
    published: str | None = None  # ISO date (YYYY-MM-DD) when known
    published_how: str = "unknown"
    line: int | None = None  # 1-based line for JSON Lines, item number for feeds
    meta: dict[str, Any] = field(default_factory=dict)


@dataclass
class Removal(_Record):
    """Text a cleaning step removed, kept so nothing disappears silently."""

    step: str
    text: str


@dataclass
class Document(_Record):
    """A cleaned article. `id` is the sha256 of `text`, so the same text is stored once."""

    id: str
    text: str
    source: str
    format: str
    title: str | None = None
    url: str | None = None
    published: str | None = None
    published_how: str = "unknown"
    removed: list[Removal] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)  # e.g. {"model": "en_core_web_sm 3.8.0"}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Document":
        data = dict(data)
        data["removed"] = [Removal.from_dict(r) for r in data.get("removed") or []]
        return super().from_dict.__func__(cls, data)  # type: ignore[attr-defined]


@dataclass
class Annotation(_Record):
    """A span of a document with what the pipeline found there.

    `layer` says what kind: "sentence", "mention", "anomaly", "time", "office", "quote", ...
    `entity` is the linked entity id (KB id such as "state:NZL", or a minted id), when there is one.
    `data` holds the layer's own fields (link confidence, TIMEX3 value, speaker, ...).
    """

    layer: str
    start: int
    end: int
    text: str
    label: str | None = None
    entity: str | None = None
    data: dict[str, Any] = field(default_factory=dict)


@dataclass
class TimeQualifier(_Record):
    """A date with its precision: "2012-06-04" (day), "2012-06" (month), "2012" (year)."""

    value: str
    precision: str  # day | month | year
    # A part of a month-precision date, from "early / mid / late MONTH", "the beginning / end of
    # MONTH": START (days 1-10), MID (11-20), END (21 to the month's last); None for the whole.
    part: str | None = None


@dataclass
class Reference(_Record):
    """Where a statement was read: document, character span and the sentence around it."""

    doc_id: str
    start: int
    end: int
    sentence: str
    sentence_start: int = 0
    # How sure each step that read the claim here was, 0..1, by step: "link" (the entities named),
    # "attachment" (a title to its person and state), "event" (an event to the KB's), "date"
    # (anchoring a relative date), "modality". A step not listed was certain.
    confidence: dict[str, float] = field(default_factory=dict)

    @property
    def weakest(self) -> tuple[str, float] | None:
        """The least sure step and its confidence, or None when every step was certain."""
        return min(self.confidence.items(), key=lambda kv: kv[1]) if self.confidence else None


@dataclass
class Statement(_Record):
    """subject - property - value, with qualifiers and references (Wikidata's shape)."""

    subject: str
    property: str
    value: str
    polarity: str = "affirmed"  # affirmed | negated
    modality: str = "fact"  # fact | plan | hypothetical | reported
    start: TimeQualifier | None = None
    end: TimeQualifier | None = None
    point_in_time: TimeQualifier | None = None
    asserted_by: str = "article"  # "article" or the speaker's entity id
    references: list[Reference] = field(default_factory=list)
    id: str | None = None

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Statement":
        data = dict(data)
        for key in ("start", "end", "point_in_time"):
            if data.get(key):
                data[key] = TimeQualifier.from_dict(data[key])
        data["references"] = [Reference.from_dict(r) for r in data.get("references") or []]
        return super().from_dict.__func__(cls, data)  # type: ignore[attr-defined]


FINDING_KINDS = (
    "contradicted_by_kb",
    "conflicting_sources",
    "date_inconsistency",
    "surface_anomaly",
    "supported",
    "new",
    "unverifiable",
)


@dataclass
class Finding(_Record):
    """What verification concluded about a statement or a mention, with its evidence."""

    kind: str
    explanation: str
    doc_id: str
    start: int
    end: int
    sentence: str
    statement_id: str | None = None
    evidence: list[dict[str, Any]] = field(default_factory=list)
    claim: str = ""  # the statement in words: "New Zealand partner of NATO since 2021"
    asserted_by: str = "article"  # "article" or the quoted speaker's entity id
    sentence_start: int = 0  # offset of `sentence` in the document, to highlight the claim in it
