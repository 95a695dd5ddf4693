"""The KB's temporal queries as plain data, with names beside ids (for the CLI, API and web).

Given a store, `status` and `holders` add what the articles report about the same question
("reported"): the matching statements, each with its first few references and its number of
references, so a claim repeated by thousands of articles costs what a page of it costs.
"""

from __future__ import annotations

from typing import Any

from accord.kb import queries
from accord.kb.queries import PARTIES
from accord.query.common import Names, statement_dict

# Relations `status` reports from the articles.
STATUS_PROPERTIES = ("member_of", "partner_of", "candidate_for", "cooperates_with", "joined", "left")
REPORTED_LIMIT = 20  # statements shown per answer (the total is given too)
REFERENCES_SHOWN = 3  # references shown per statement


def reported(store, kb, statements, total: int) -> dict[str, Any]:
    """Statements as plain data with `references_total` beside the references shown."""
    names = Names(store, kb)
    counts = store.reference_counts([st.id for st in statements])
    return {"total": total, "statements": [dict(statement_dict(st, names), references_total=counts[st.id])
                                           for st in statements]}


def status(kb, state: str, org: str, on: str | None = None, store=None) -> dict[str, Any]:
    """Member? partner? since when, with sources (and, given a store, what the articles report).
    Raises AccordError on a bad name or date."""
    answer = kb.status(state, org, on=on or None).to_dict()
    answer["retracted"] = queries.retractions(kb, subject=answer["state"], value=answer["org"])
    if store is not None:
        state_id, org_id = kb.lookup(state, PARTIES).id, kb.lookup(org, ("organisation",)).id
        found = [st for st in store.statements(subject=state_id, value=org_id, max_references=REFERENCES_SHOWN)
                 if st.property in STATUS_PROPERTIES]
        answer["reported"] = reported(store, kb, found[:REPORTED_LIMIT], len(found))
    return answer


def holders(kb, office: str, on: str | None = None, store=None) -> dict[str, Any]:
    """Who held the office on `on`, or every term when `on` is empty (and, given a store, who the
    articles say holds it: the first REPORTED_LIMIT statements by person, each one's earliest
    first). Each term names its layer (and what a user's correction replaced); `retracted` lists
    the terms users retracted; `warnings` says when `on` is past what the KB covers."""
    found = kb.holders(office, on=on or None)
    office_id = kb.lookup(office, ("office",)).id
    answer = {"office": office_id, "office_name": kb.name(office_id), "on": on or None,
              "holders": [{"person": h.person, "person_name": h.person_name, "start": h.start, "end": h.end,
                           "source": h.source, "as_of": h.fact.as_of, "layer": h.fact.layer,
                           "corrects": h.fact.corrects, "acting": bool(h.fact.qualifiers.get("acting"))}
                          for h in found],
              "retracted": queries.retractions(kb, property="holds_office", value=office_id),
              "coverage": _period(kb.coverage(office_id, "holds_office")),
              "warnings": queries.warnings(kb, on, office=office_id) if on else []}
    if store is not None:
        page = store.statements_by_subject("holds_office", office_id, limit=REPORTED_LIMIT,
                                           max_references=REFERENCES_SHOWN)
        total = store.statement_count(property="holds_office", value=office_id)
        answer["reported"] = reported(store, kb, page, total)
    return answer


def obligations(kb, state: str, org: str | None = None, on: str | None = None) -> dict[str, Any]:
    answers = kb.obligations(state, org or None, on=on or None)
    state_id = kb.lookup(state, ("state", "organisation")).id
    return {"state": state_id, "state_name": kb.name(state_id), "org": org or None, "on": on or None,
            "obligations": [a.to_dict() for a in answers], "warnings": queries.warnings(kb, on or None, org=org or None)}


def _period(period) -> dict[str, Any] | None:
    return period.to_dict() if period is not None else None


def respond(kb, attacker: str, attacked: str, on: str | None = None) -> dict[str, Any]:
    """Who must respond to an armed attack by `attacker` on `attacked`."""
    answer = kb.who_must_respond(attacker, attacked, on=on or None).to_dict()
    for provision in answer["provisions"]:
        provision["bound_names"] = [kb.name(s) for s in provision["bound"]]
        provision["partners_not_bound_names"] = [kb.name(s) for s in provision["partners_not_bound"]]
    return answer
