"""A user layer's corrections: replace or retract facts of the layers loaded before it.

A user folder is loaded after the bundled data (and after the folders listed before it) and takes
precedence: its `corrections` change what the earlier layers say, each with a reason, a source
and the date the source was read, and the KB keeps a record of every one (`KB.corrections`) so
`accord kb validate` and a fact's provenance can show what was changed and why.

    corrections:
      - replace: {subject: person:x, property: holds_office, value: office:y, start: 2020-03-04}
        with: {subject: person:x, property: holds_office, value: office:y, start: 2020-03-04,
               end: 2024-09-05, source: "https://...", as_of: 2026-12-01}
        reason: "..."
        source: "https://..."
        as_of: 2026-12-01
      - retract: {subject: ..., property: ..., value: ...}
        reason: ... (source, as_of as above)

A selector matches every earlier fact whose given fields are equal (dates compared as written).
A correction that matches nothing is a warning, never an error: the data it corrected may have
been fixed since, and a user's layer must not stop the KB from loading.
"""

from __future__ import annotations

from collections.abc import Callable

from accord.kb.schema import CorrectionRecord
from accord.kb.types import Correction, Fact, KBWarning


def apply(facts: list[Fact], records: list[tuple[str, CorrectionRecord]], layer: str,
          to_fact: Callable[[str, object], Fact]) -> tuple[list[Fact], list[Correction], list[KBWarning]]:
    """The earlier layers' `facts` after this layer's corrections (replacements appended), the
    record of each correction, and the warnings."""
    kept = list(facts)
    added: list[Fact] = []
    done: list[Correction] = []
    warnings: list[KBWarning] = []
    for origin, record in records:
        selector = record.selector.given()
        matched = [f for f in kept if matches(f, selector)]
        kept = [f for f in kept if not matches(f, selector)]
        correction = Correction(kind=record.kind, layer=layer, origin=origin, selector=selector, reason=record.reason,
                                source=record.source, as_of=record.as_of, matched=matched)
        if record.with_ is not None:
            correction.replacement = _replacement(to_fact(origin, record.with_), matched, correction)
            added.append(correction.replacement)
        if not matched:
            what = "; the new fact is added beside the others" if record.with_ is not None else ""
            warnings.append(KBWarning(layer, origin, f"{record.kind} matches no fact of an earlier layer "
                                                     f"({_selector_text(selector)}){what}"))
        done.append(correction)
    return kept + added, done, warnings


def matches(fact: Fact, selector: dict[str, str]) -> bool:
    """Are the selector's fields those of the fact, as written?"""
    return all(_field(fact, key) == value for key, value in selector.items())


def _field(fact: Fact, key: str) -> str | None:
    value = getattr(fact, key)
    return getattr(value, "value", value)


def _replacement(fact: Fact, matched: list[Fact], correction: Correction) -> Fact:
    """The `with` fact, carrying what it replaced and why."""
    fact.layer = correction.layer
    fact.corrects = {
        "replaced": [{"layer": f.layer, "origin": f.origin, "start": _field(f, "start"), "end": _field(f, "end"),
                      "point_in_time": _field(f, "point_in_time"), "source": f.source} for f in matched],
        "replaced_text": "; ".join(describe(f) for f in matched) or "nothing (no earlier fact matched)",
        "reason": correction.reason, "source": correction.source, "as_of": correction.as_of,
        "origin": correction.origin,
    }
    return fact


def describe(fact: Fact) -> str:
    """"bundled holders.yaml: facts[3] (2020-03-04 to 2024-09-04)": a fact for a reader."""
    if fact.point_in_time is not None and fact.start is None and fact.end is None:
        when = f"on {fact.point_in_time.value}"
    else:
        when = f"{_field(fact, 'start') or '?'} to {_field(fact, 'end') or 'open'}"
    layer = fact.layer if fact.layer == "bundled" else f"user {fact.layer}"
    return f"{layer} {fact.origin} ({when})"


def _selector_text(selector: dict[str, str]) -> str:
    return ", ".join(f"{k}: {v}" for k, v in selector.items())
