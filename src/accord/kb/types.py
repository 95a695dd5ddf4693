"""What the knowledge base holds (entities and facts) and what its queries answer.

Plain dataclasses so the CLI, the API and verification can turn any answer into JSON with
`to_dict()`. Facts reuse `accord.model.TimeQualifier` so their dates compare with statements'.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any

from accord.model import TimeQualifier

ENTITY_TYPES = ("state", "organisation", "person", "office", "summit", "event", "programme", "obligation", "place", "party", "legislature")

BUNDLED = "bundled"  # the layer of the data shipped in accord/kb/data

# Surface-form kinds yielded by KB.surface_forms().
FORM_KINDS = ("name", "alias", "demonym", "abbreviation", "context")


def _plain(value: Any) -> Any:
    """Dataclasses (Entity, Fact, TimeQualifier...) as JSON-ready dicts, recursively."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


class _Answer:
    def to_dict(self) -> dict[str, Any]:
        return _plain(self)


@dataclass
class Entity(_Answer):
    """A state, organisation, person, office, summit, event, programme, obligation, place or party.

    `aliases` holds every other name that denotes the entity on its own, abbreviations included;
    `abbreviations` says which of them are abbreviations (matched case-sensitively);
    `context_aliases` ("the alliance") denote it only in an article about it; `ambiguous` lists
    the forms the data marks as shared with other entities ("Korea").
    """

    id: str
    type: str
    name: str
    aliases: list[str] = field(default_factory=list)
    demonyms: list[str] = field(default_factory=list)
    attrs: dict[str, Any] = field(default_factory=dict)
    abbreviations: list[str] = field(default_factory=list)
    context_aliases: list[str] = field(default_factory=list)
    ambiguous: list[str] = field(default_factory=list)
    source: str = ""  # where the entity's names come from (a reference page)
    wikidata: str | None = None  # its Wikidata item ("Q123"), read at wikidata_source
    wikidata_source: str | None = None


@dataclass
class Fact(_Answer):
    """subject - property - value with its time qualifiers, its source URL and the date the
    source was read (`as_of`). `end` is the day the relation stopped: on that day it no longer
    holds (a successor in office takes over on the predecessor's end date)."""

    subject: str
    property: str
    value: str
    start: TimeQualifier | None = None
    end: TimeQualifier | None = None
    point_in_time: TimeQualifier | None = None
    source: str = ""
    as_of: str = ""
    qualifiers: dict[str, Any] = field(default_factory=dict)
    origin: str = ""  # "holders.yaml: facts[12]": which data file and record it came from
    layer: str = BUNDLED  # "bundled", or the user folder it was read from
    corrects: dict[str, Any] | None = None  # set by a `replace` correction: what it replaced and why

    @property
    def provenance(self) -> str:
        """Where the fact comes from, for a reader: "[user: /path]"; "" for the bundled data."""
        if self.layer == BUNDLED:
            return ""
        return f"[user: {self.layer}]" + (f" corrects {self.corrects['replaced_text']}: {self.corrects['reason']}"
                                          if self.corrects else "")


@dataclass
class Correction(_Answer):
    """A user's replacement or retraction of facts of earlier layers, as applied at load time."""

    kind: str  # replace | retract
    layer: str
    origin: str
    selector: dict[str, str]
    reason: str
    source: str
    as_of: str
    matched: list[Fact] = field(default_factory=list)
    replacement: Fact | None = None


@dataclass
class KBWarning(_Answer):
    """A conflict between layers (or a correction that matched nothing): reported, never fatal."""

    layer: str
    origin: str
    reason: str

    def __str__(self) -> str:
        where = "" if self.layer == BUNDLED else f"[user: {self.layer}] "
        return f"{where}{self.origin}: {self.reason}"


@dataclass
class Status(_Answer):
    """A state's standing with an organisation on a date: member, partner, candidate or none."""

    state: str
    org: str
    on: str | None
    member: bool
    partner: bool
    candidate: bool = False
    member_since: str | None = None
    partner_since: str | None = None
    candidate_since: str | None = None
    member_until: str | None = None  # set when the state was a member before `on` and left
    programmes: list[str] = field(default_factory=list)
    explanation: str = ""
    facts: list[Fact] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)  # the date is past what the KB covers

    @property
    def sources(self) -> list[str]:
        return _sources(self.facts)

    def to_dict(self) -> dict[str, Any]:
        return {**_plain(self), "sources": self.sources}


@dataclass
class Holding(_Answer):
    """One person's term in an office; `start`/`end` None when the source gives no date."""

    person: str
    person_name: str
    office: str
    office_name: str
    start: str | None
    end: str | None
    fact: Fact

    @property
    def source(self) -> str:
        return self.fact.source


@dataclass
class ObligationAnswer(_Answer):
    """Whether one obligation binds a state on a date, and why."""

    obligation: str
    name: str
    provision: str
    applies: bool
    reason: str
    facts: list[Fact] = field(default_factory=list)

    @property
    def sources(self) -> list[str]:
        return _sources(self.facts)

    def to_dict(self) -> dict[str, Any]:
        return {**_plain(self), "sources": self.sources}


@dataclass
class ProvisionResponse(_Answer):
    """Under one collective-defence provision: who is bound to respond and who is not."""

    obligation: str
    provision: str
    org: str
    bound: list[str]  # state ids, the attacked state excluded
    partners_not_bound: list[str]
    explanation: str
    facts: list[Fact] = field(default_factory=list)

    @property
    def sources(self) -> list[str]:
        return _sources(self.facts)

    def to_dict(self) -> dict[str, Any]:
        return {**_plain(self), "sources": self.sources}


@dataclass
class Response(_Answer):
    """`who_must_respond`: every provision that covers the attacked state on the date."""

    attacker: str
    attacked: str
    on: str | None
    provisions: list[ProvisionResponse]
    explanation: str
    warnings: list[str] = field(default_factory=list)

    @property
    def bound(self) -> list[str]:
        """Every state bound under at least one provision, in id order."""
        return sorted({s for p in self.provisions for s in p.bound})

    @property
    def sources(self) -> list[str]:
        return _sources([f for p in self.provisions for f in p.facts])

    def to_dict(self) -> dict[str, Any]:
        return {**_plain(self), "provisions": [p.to_dict() for p in self.provisions], "bound": self.bound,
                "sources": self.sources}


def _sources(facts: list[Fact]) -> list[str]:
    """Distinct sources in first-seen order."""
    return list(dict.fromkeys(f.source for f in facts if f.source))
