"""The signatories of an organisation's founding treaty: "Norway signed the North Atlantic Treaty
in 1949", "Portugal and Italy signed the Washington Treaty", "Sweden did not sign the North Atlantic
Treaty in 1949", "Norway did not sign NATO's founding treaty".

The founding treaty's signatories are the organisation's founding members (`qualifiers.founding`
on member_of, claims/_treatycheck.py `founders_of`). Statement: `signed_founding_treaty`, the state
-> the organisation the treaty founded (treaty.py `_treaty_org`), affirmed or negated, with the
clause's date. A date in another year than the founding's speaks of something else (an accession
told loosely as signing): not read.

Checked: a founding member's signature is supported, its denial contradicted; another state's
denial is supported; another state's signature is contradicted only when dated to the founding
year (undated, "Sweden signed the North Atlantic Treaty" may tell its accession loosely: `new`).
"""

from __future__ import annotations

from spacy.tokens import Span

from accord.model import Statement
from accord.nlp.extract.claims._treatycheck import founders_of
from accord.nlp.extract.claims.grammar import (
    Context, clause_tokens, make, modality, negated, not_until, qualifiers, subject_entities,
)
from accord.nlp.extract.claims.treaty import _treaty_org
from accord.reconcile import timecmp
from accord.reconcile.kbcheck import Verdict, fact_evidence

ORDER = 36


def extract(ctx: Context, sent: Span) -> list[Statement]:
    if ctx.kb is None:
        return []
    out: list[Statement] = []
    for verb in sent:
        if verb.lemma_.lower() != "sign" or verb.pos_ != "VERB" or modality(verb) != "fact" or not_until(verb):
            continue
        orgs = [o for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and (o := _treaty_org(ctx, c))]
        if len(orgs) != 1:
            continue
        org = orgs[0]
        states = subject_entities(ctx, verb, ("state:",)) if not any(
            c.dep_ == "nsubjpass" for c in verb.children) else ctx.entities(
            [t for c in verb.children if c.dep_ == "agent" for t in c.subtree], ("state:",))
        if not states:
            continue
        times = qualifiers(ctx, clause_tokens(verb))
        when = times.get("point_in_time")
        if "start" in times or "end" in times or (when is not None and not _founding_year(ctx, org, when)):
            continue
        out += [make(ctx, s, "signed_founding_treaty", org, [verb], verb, negated(verb),
                     {"point_in_time": when} if when is not None else {}) for s in states]
    return out


def _founding_year(ctx_or_kb, org: str, when) -> bool:
    """Is `when` within the year the KB says the organisation was established (its treaty signed)?"""
    kb = getattr(ctx_or_kb, "kb", ctx_or_kb)
    founded = [f.point_in_time or f.start for f in kb.facts(subject=org, property="established")]
    founded = [t for t in founded if t is not None]
    if not founded:
        return False
    year = str(founded[0].value)[:4]
    bounds = timecmp.bounds(when)
    return bool(bounds) and str(bounds[0].year) == year and str(bounds[1].year) == year


def check_signed(checker, st: Statement, on: str | None) -> Verdict | None:
    founders = founders_of(checker.kb, st.value)
    if not founders:
        return None
    state, org = checker.name(st.subject), checker.name(st.value)
    own = [f for f in founders if f.subject == st.subject]
    if st.polarity == "negated":
        if own:
            return Verdict("contradicted_by_kb", f"{state} is one of {org}'s founding members, which signed its "
                           "founding treaty; the claim says it did not sign it.", [fact_evidence(f) for f in own])
        return Verdict("supported", f"{state} is not one of {org}'s founding members, which signed its "
                       "founding treaty.", [fact_evidence(f) for f in founders[:3]])
    if own:
        return Verdict("supported", f"{state} is one of {org}'s founding members, which signed its founding treaty.",
                       [fact_evidence(f) for f in own])
    if st.point_in_time is None:
        return None  # maybe its accession, told loosely
    joined = [f for f in checker.kb.facts(subject=st.subject, property="member_of", value=st.value) if f.start]
    since = f"; it joined on {joined[0].start.value}" if joined else ""
    return Verdict("contradicted_by_kb", f"{state} is not one of the {len(founders)} founding members of {org} that "
                   f"signed its founding treaty{since}.", [fact_evidence(f) for f in (joined or founders[:3])])


def _words(name, st: Statement) -> str:
    verb = "did not sign" if st.polarity == "negated" else "signed"
    return f"{name(st.subject)} {verb} the founding treaty of {name(st.value)}"


CHECKS = {"signed_founding_treaty": check_signed}
WORDS = {"signed_founding_treaty": _words}
