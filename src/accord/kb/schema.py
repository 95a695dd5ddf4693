"""The schema of KB data files, as pydantic models: one record is checked on its own here;
checks across records (ids resolve, terms do not overlap, names are not shared by accident) are
in `validate.py`.

A data file (YAML) is a mapping with any of these keys:
  entities:     list of entity records
  facts:        list of fact records
  fact_groups:  list of {shared: {...fact fields...}, facts: [...]} - each fact gets the shared
                fields it does not set itself (a whole membership list shares property, value,
                source and as_of)
  title_kinds:  {office kind: [generic titles]} used by KB.find_office
  corrections:  list of {replace: selector, with: fact} or {retract: selector}, each with reason,
                source and as_of: they change the facts of earlier layers (see corrections.py)
A person's entity may carry `born: {day: YYYY-MM-DD, source: URL, as_of: YYYY-MM-DD}`, the day of
birth (full day only): the loader makes it a `born_on` fact of the person (point in time).
A JSON Lines file holds one {"entity": {...}}, {"fact": {...}} or {"correction": {...}} per line
(the Wikidata importer writes this).
"""

from __future__ import annotations

import datetime as _dt
import re
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from accord.kb import coverage
from accord.kb.temporal import precision_of
from accord.kb.types import ENTITY_TYPES

PREFIX_TYPES = {
    "state": "state",
    "org": "organisation",
    "person": "person",
    "office": "office",
    "summit": "summit",
    "event": "event",
    "programme": "programme",
    "obligation": "obligation",
    "place": "place",
    "party": "party",  # parties.yaml: political parties (party23)
    "legislature": "legislature",  # legislatures.yaml: parliaments and their chambers (seat25)
}
ID_PATTERN = re.compile(r"^(%s):[A-Za-z0-9][A-Za-z0-9.\-]*$" % "|".join(PREFIX_TYPES))

# Properties whose value is an entity id (checked to resolve); the others hold a literal.
ENTITY_VALUED = {
    "member_of", "partner_of", "candidate_for", "cooperates_with", "holds_office", "invited_to",
    "attended", "located_in", "part_of", "invaded", "joined", "left", "applies_to",
    "not_applicable_to", "contributed_to", "affiliated_with", "participant_in", "hosted", "applied_to",
    "founded_in", "invited_to_join", "accession_protocol", "ratified_accession",  # enlargement.yaml
    "term_extended",  # term_extensions.yaml
    "term_ended",  # term_endings.yaml: the act that ended a term (qualifiers.how)
    "holds_presidency",  # eu.yaml, presidencies.yaml: rotating presidencies (Council of the EU, G7, G20)
    "withdrew_candidacy",  # candidacies.yaml
    "leads_battlegroup",  # battlegroups.yaml: framework nation -> host nation of a NATO battlegroup
    "signed_in", "withdrawal_effective",  # treaties.yaml: where a treaty was signed; a party's withdrawal
    "protocol_signed_in",  # enlargement.yaml: where the allies signed a state's accession protocol
    "party_member", "leads_party",  # parties.yaml: a person's party, a party's leader
    "in_government",  # coalitions.yaml: a party in the national government of a state
    "born_in",  # birthplaces.yaml: a person's place of birth (a city or district the KB knows)
    "borders",  # borders.yaml: a state -> a state it borders by land (or by sea, or disputed: qualifiers)
}
LITERAL_VALUED = {"took_place_on", "established", "target_level", "agreed_on", "allies_meeting",
                  "adopted_strategic_concept",  # strategic_concepts.yaml
                  "spending_change",  # spending_trend.yaml
                  "invoked_article",  # enlargement.yaml: NATO's invocations of Article 5
                  "at_guideline",  # spending_states.yaml
                  "signed_on", "in_force_from",  # treaties.yaml: the day a treaty was signed, entered into force
                  "born_on",  # a person's `born` line (people.yaml, officials/*.yaml)
                  "held_election",  # elections.yaml: a state's national election of a kind, on its day(s)
                  "without_army",  # armed_forces.yaml: a state that keeps no standing army
                  "land_neighbours",  # borders.yaml: how many states a state borders by land (its list complete)
                  "legislature_seats",  # legislatures.yaml: a chamber's number of seats
                  "vote_share",  # election_results.yaml: a winner's share of the vote in the deciding round
                  "government_vote",  # government_votes.yaml: an investiture, confidence or censure vote won / lost
                  "government_listed"}  # coalitions.yaml: the periods a state's list of governing parties is complete
PROPERTIES = ENTITY_VALUED | LITERAL_VALUED

PRECISIONS = {1: "year", 2: "month", 3: "day"}


def _as_text(value: Any) -> Any:
    """YAML reads 2012-06-04 as a date and 2012 as an int: both are strings here."""
    if isinstance(value, (_dt.date, int)) and not isinstance(value, bool):
        return value.isoformat() if isinstance(value, _dt.date) else str(value)
    return value


def _deep_text(value: Any) -> Any:
    """`_as_text` inside mappings and lists too (coverage: {from: 2014-01-01, gaps: [...]})."""
    if isinstance(value, dict):
        return {k: _deep_text(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_deep_text(v) for v in value]
    return _as_text(value)


class BirthRecord(BaseModel):
    """A person's day of birth, on the person's entry: the full day (a birth date known only to
    the year or month is left out: an age checked against it would be a guess), the page it was
    read on and when."""

    model_config = ConfigDict(extra="forbid")

    day: str
    source: str
    as_of: str

    @field_validator("day", "as_of", mode="before")
    @classmethod
    def _text(cls, value: Any) -> Any:
        return _as_text(value)

    _day = field_validator("day")(classmethod(lambda cls, value: _full_day(value, "born day")))
    _as_of = field_validator("as_of")(classmethod(lambda cls, value: _full_day(value, "as_of")))
    _source = field_validator("source")(classmethod(lambda cls, value: _check_url(value)))


class EntityRecord(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str
    type: str | None = None
    name: str | None = None  # optional for ISO states: pycountry gives it
    aliases: list[str] = Field(default_factory=list)
    abbreviations: list[str] = Field(default_factory=list)
    demonyms: list[str] = Field(default_factory=list)
    context_aliases: list[str] = Field(default_factory=list)
    ambiguous: list[str] = Field(default_factory=list)
    attrs: dict[str, Any] = Field(default_factory=dict)
    source: str | None = None
    wikidata: str | None = Field(default=None, pattern=r"^Q[1-9][0-9]*$")  # with wikidata_source: where the id was read
    wikidata_source: str | None = None
    born: BirthRecord | None = None  # a person's day of birth (becomes a `born_on` fact)

    @field_validator("id")
    @classmethod
    def _id(cls, value: str) -> str:
        if not ID_PATTERN.match(value):
            raise ValueError(f"id {value!r} does not follow the scheme prefix:slug "
                             f"(prefixes: {', '.join(PREFIX_TYPES)})")
        return value

    @field_validator("attrs", mode="before")
    @classmethod
    def _attrs(cls, value: Any) -> Any:
        return {k: _deep_text(v) if k == "coverage" else _as_text(v) for k, v in value.items()} if isinstance(value, dict) else value

    @model_validator(mode="after")
    def _type_and_name(self) -> EntityRecord:
        expected = PREFIX_TYPES[self.id.split(":", 1)[0]]
        if self.type is None:
            self.type = expected
        if self.type not in ENTITY_TYPES or self.type != expected:
            raise ValueError(f"type {self.type!r} does not match the id prefix (expected {expected!r})")
        if self.name is None and self.type != "state":
            raise ValueError("name is required (only ISO states take theirs from pycountry)")
        if self.source is not None:
            _check_url(self.source)
        if self.born is not None and self.type != "person":
            raise ValueError("born is given for people only")
        if "coverage" in self.attrs:
            wrong = coverage.problems(self.type, self.attrs["coverage"])
            if wrong:
                raise ValueError("; ".join(wrong))
        return self


class FactRecord(BaseModel):
    model_config = ConfigDict(extra="forbid")

    subject: str
    property: str
    value: str | None = None
    start: str | None = None
    end: str | None = None
    point_in_time: str | None = None
    source: str
    as_of: str
    qualifiers: dict[str, Any] = Field(default_factory=dict)

    @field_validator("start", "end", "point_in_time", "as_of", "value", mode="before")
    @classmethod
    def _text(cls, value: Any) -> Any:
        return _as_text(value)

    @field_validator("qualifiers", mode="before")
    @classmethod
    def _qualifiers(cls, value: Any) -> Any:
        return {k: _as_text(v) for k, v in value.items()} if isinstance(value, dict) else value

    @field_validator("start", "end", "point_in_time")
    @classmethod
    def _date(cls, value: str | None) -> str | None:
        if value is not None:
            precision_of(value)
        return value

    _as_of = field_validator("as_of")(classmethod(lambda cls, value: _full_day(value, "as_of")))
    _source = field_validator("source")(classmethod(lambda cls, value: _check_url(value)))

    @model_validator(mode="after")
    def _shape(self) -> FactRecord:
        if self.property not in PROPERTIES:
            raise ValueError(f"property {self.property!r} is not in the vocabulary: {', '.join(sorted(PROPERTIES))}")
        if self.property in LITERAL_VALUED and self.value is None:
            self.value = _span_value(self.start or self.point_in_time, self.end)
        if not self.value:
            raise ValueError("value is required")
        if self.start and self.end and _lower(self.end) < _lower(self.start):
            raise ValueError(f"end {self.end} is before start {self.start}")
        return self


SELECTOR_FIELDS = ("subject", "property", "value", "start", "end", "point_in_time", "source", "as_of")


class Selector(BaseModel):
    """Which facts of earlier layers a correction concerns: every given field must be equal
    (dates compared as written); a field not given matches anything. `subject` and `property`
    are required so a slip cannot retract a whole list."""

    model_config = ConfigDict(extra="forbid")

    subject: str
    property: str
    value: str | None = None
    start: str | None = None
    end: str | None = None
    point_in_time: str | None = None
    source: str | None = None
    as_of: str | None = None

    @field_validator("start", "end", "point_in_time", "as_of", "value", mode="before")
    @classmethod
    def _text(cls, value: Any) -> Any:
        return _as_text(value)

    def given(self) -> dict[str, str]:
        return {k: getattr(self, k) for k in SELECTOR_FIELDS if getattr(self, k) is not None}


class CorrectionRecord(BaseModel):
    """`replace` + `with`, or `retract`; always with the reason, a source and the date it was read."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    replace: Selector | None = None
    retract: Selector | None = None
    with_: FactRecord | None = Field(default=None, alias="with")
    reason: str = Field(min_length=1)
    source: str
    as_of: str

    @field_validator("as_of", mode="before")
    @classmethod
    def _text(cls, value: Any) -> Any:
        return _as_text(value)

    _as_of = field_validator("as_of")(classmethod(lambda cls, value: _full_day(value, "as_of")))
    _source = field_validator("source")(classmethod(lambda cls, value: _check_url(value)))

    @model_validator(mode="after")
    def _shape(self) -> CorrectionRecord:
        if (self.replace is None) == (self.retract is None):
            raise ValueError("give exactly one of replace or retract")
        if (self.replace is not None) != (self.with_ is not None):
            raise ValueError("replace needs with (the corrected fact); retract takes none")
        return self

    @property
    def kind(self) -> str:
        return "replace" if self.replace is not None else "retract"

    @property
    def selector(self) -> Selector:
        return self.replace or self.retract  # type: ignore[return-value]


class FactGroup(BaseModel):
    model_config = ConfigDict(extra="forbid")

    shared: dict[str, Any]
    facts: list[dict[str, Any]]


class DataFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    entities: list[dict[str, Any]] = Field(default_factory=list)
    facts: list[dict[str, Any]] = Field(default_factory=list)
    fact_groups: list[FactGroup] = Field(default_factory=list)
    corrections: list[dict[str, Any]] = Field(default_factory=list)
    title_kinds: dict[str, list[str]] = Field(default_factory=dict)


def _full_day(value: str, field: str) -> str:
    if precision_of(value) != "day":
        raise ValueError(f"{field} {value!r} must be a full date (YYYY-MM-DD)")
    return value


def _check_url(value: str) -> str:
    if not re.match(r"^https?://[^\s/]+\.[^\s/]+", value):
        raise ValueError(f"source {value!r} is not an http(s) URL")
    return value


def _lower(value: str) -> str:
    """A sortable lower bound of a date at any precision ("2012" -> "2012-01-01")."""
    parts = value.split("-") + ["01", "01"]
    return "-".join(parts[:3])


def _span_value(start: str | None, end: str | None) -> str | None:
    """The literal value of a dated fact: "2022-06-28/2022-06-30", or the single date."""
    if start is None:
        return None
    return f"{start}/{end}" if end and end != start else start
