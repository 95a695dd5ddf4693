"""The KB's temporal queries as plain data, with names beside ids (for the CLI, API and web)."""

from __future__ import annotations

from typing import Any


def status(kb, state: str, org: str, on: str | None = None) -> dict[str, Any]:
    """Member? partner? since when, with sources. Raises AccordError on a bad name or date."""
    return kb.status(state, org, on=on or None).to_dict()


def holders(kb, office: str, on: str | None = None) -> dict[str, Any]:
    """Who held the office on `on`, or every term when `on` is empty."""
    found = kb.holders(office, on=on or None)
    office_id = kb.lookup(office, ("office",)).id
    return {"office": office_id, "office_name": kb.name(office_id), "on": on or None,
            "holders": [{"person": h.person, "person_name": h.person_name, "start": h.start, "end": h.end,
                         "source": h.source} for h in found]}


def obligations(kb, state: str, org: str | None = None, on: str | None = None) -> dict[str, Any]:
    answers = kb.obligations(state, org or None, on=on or None)
    state_id = kb.lookup(state, ("state", "organisation")).id
    return {"state": state_id, "state_name": kb.name(state_id), "org": org or None, "on": on or None,
            "obligations": [a.to_dict() for a in answers]}


def respond(kb, attacker: str, attacked: str, on: str | None = None) -> dict[str, Any]:
    """Who must respond to an armed attack by `attacker` on `attacked`."""
    answer = kb.who_must_respond(attacker, attacked, on=on or None).to_dict()
    for provision in answer["provisions"]:
        provision["bound_names"] = [kb.name(s) for s in provision["bound"]]
        provision["partners_not_bound_names"] = [kb.name(s) for s in provision["partners_not_bound"]]
    return answer
