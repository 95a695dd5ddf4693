"""Verification: every statement against the KB and against the other articles; every
misspelled name. Produces `Finding`s, each with its evidence and the sentence it came from.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any, Iterable, Sequence

from accord.model import Annotation, Finding, Reference, Statement
from accord.reconcile import timecmp
from accord.reconcile.flags import one_flag_per_error
from accord.reconcile.kbcheck import KBChecker, on_date

# Most severe first: the order of the report.
SEVERITY = {
    "contradicted_by_kb": 0,
    "conflicting_sources": 1,
    "date_inconsistency": 2,
    "surface_anomaly": 3,
    "unverifiable": 4,
    "new": 5,
    "supported": 6,
}

# A clash is flagged only when every step that read the claim was at least this sure (see
# `Reference.confidence`); below it the finding is `unverifiable`, with the reason. Set on the
# real-news tune split (bench/news.py --split tune): the steps that made false alarms there were
# titles attached to a state only because the article names it (0.3) and events matched by no
# more than a year; the surest readings that caught errors were 0.6 and above.
THRESHOLD = 0.5
FLAGGED_KINDS = {"contradicted_by_kb", "conflicting_sources", "date_inconsistency"}
STEP_WORDS = {
    "link": "which entity the name means",
    "attachment": "which state or organisation the title belongs to",
    "event": "which event is meant",
    "date": "which date is meant",
    "modality": "whether it is stated as a fact",
    "asserted": "whether the sentence asserts it",
}

# Properties whose value is the date itself: the claim says it as the dates, not as a name.
DATE_VALUED = {"took_place_on", "established"}

# Statements that are records, not claims to check.
NOT_CHECKED = {"said"}

PROPERTY_WORDS = {
    "member_of": "member of",
    "partner_of": "partner of",
    "holds_office": "holds the office of",
    "invited_to": "invited to",
    "attended": "attended",
    "joined": "joined",
    "applied_to": "applied to join",
    "contributed_to": "contributed to",
    "located_in": "took place in",
    "took_place_on": "took place on",
    "invaded": "invaded",
    "established": "founded",
    "founded_in": "was founded in",
    "founding_member_of": "is a founding member of",
    "founding_members": "has this many founding members:",
    "invited_to_join": "was invited to join",
    "accession_protocol": "had its accession protocol signed by",
    "ratified_accession": "ratified the accession of",
    "accession_ratified": "had its accession ratified by all members of",
    "spending_target": "has the agreed defence spending target of",
    "target_agreed_on": "was agreed by",
    "target_agreed_at": "was agreed at",
    "allies_meeting": "is met by this many allies:",
    "took_office": "took up the office of",
    "left_office": "left the office of",
    "held_office": "formerly held the office of",
}


def verify(
    statements: Sequence[Statement],
    published: dict[str, str | None],
    kb,
    anomalies: Iterable[tuple[str, Annotation]] = (),
    sentences: dict[str, list[Annotation]] | None = None,
) -> list[Finding]:
    """Findings for `statements` (merged across documents, each with its references).

    `published` maps document id -> publication date; `anomalies` are (doc_id, anomaly annotation)
    pairs from the NLP pipeline; `sentences` maps doc id -> its sentence annotations (to quote the
    sentence of an anomaly). Returns findings ordered by severity, then document and offset.
    """
    checker = KBChecker(kb)
    findings: list[Finding] = []
    checked = [s for s in statements if s.property not in NOT_CHECKED]
    for st in checked:
        findings += _kb_findings(checker, st, published)
    # A claim the KB confirms is not put in doubt by an article that disagrees with it.
    confirmed = {f.statement_id for f in findings if f.kind == "supported"}
    findings += _cross_findings(checker, [st for st in checked if st.id not in confirmed], checked, published)
    findings += [_anomaly_finding(doc_id, a, sentences or {}) for doc_id, a in anomalies]
    findings = one_flag_per_error(findings, SEVERITY)
    return sorted(findings, key=lambda f: (SEVERITY.get(f.kind, 9), f.doc_id, f.start))


def describe(checker: KBChecker, st: Statement) -> str:
    """The statement in words: "New Zealand partner of NATO since 2021 (year only)"."""
    words = PROPERTY_WORDS.get(st.property) or _family_words().get(st.property) or st.property.replace("_", " ")
    if st.property == "held_office" and st.end is None:
        words = "has held the office of"  # "then-", "under President X", a rank: over or not, held by then
    if callable(words):  # a family words its own claims ("NATO has 32 members")
        return words(checker.name, st) + (f" ({st.modality})" if st.modality != "fact" else "")
    if st.property in DATE_VALUED:
        value = " to ".join(t.value for t in (st.start, st.end, st.point_in_time) if t is not None)
    else:
        value = checker.name(st.value)
    text = f"{checker.name(st.subject)} {'not ' if st.polarity == 'negated' else ''}{words} {value}"
    if st.start is not None and st.end is not None and st.property not in DATE_VALUED:
        text += f" between {st.start.value} and {st.end.value}"
    elif st.start is not None and st.property not in DATE_VALUED:
        text += f" since {timecmp.label(st.start)}"
    if st.point_in_time is not None and st.property not in DATE_VALUED:
        text += f" on {timecmp.label(st.point_in_time)}"
    if st.modality != "fact":
        text += f" ({st.modality})"
    return text


def _family_words() -> dict:
    from accord.nlp.extract.claims import property_words

    return property_words()


def unsure(kind: str, explanation: str, *refs: Reference) -> tuple[str, str]:
    """A flagged kind becomes `unverifiable` when a step that read the claim (in any of `refs`)
    was less sure than THRESHOLD; the explanation keeps what the clash was and says why."""
    if kind == "supported" and any(r.confidence.get("asserted", 1.0) < THRESHOLD for r in refs):
        return "unverifiable", ("Not confirmed: the sentence does not assert the claim as it stands (a question, a "
                                "denied or disowned report, a denied head: \"did not decide to\"). "
                                f"Read as it stands: {explanation}")
    weak = [w for r in refs if (w := r.weakest) is not None and w[1] < THRESHOLD]
    if kind not in FLAGGED_KINDS or not weak:
        return kind, explanation
    step, score = min(weak, key=lambda w: w[1])
    return "unverifiable", (f"Not flagged: it is not certain {STEP_WORDS.get(step, step)} ({step} {score:.2f}, "
                            f"below {THRESHOLD}). Read as it stands: {explanation}")


def _finding(kind: str, explanation: str, ref: Reference, st: Statement, claim: str, evidence,
             *others: Reference) -> Finding:
    kind, explanation = unsure(kind, explanation, ref, *others)
    return Finding(kind=kind, explanation=explanation, doc_id=ref.doc_id, start=ref.start, end=ref.end,
                   sentence=ref.sentence, sentence_start=ref.sentence_start, statement_id=st.id,
                   evidence=list(evidence), claim=claim, asserted_by=st.asserted_by)


def _speaker_note(checker: KBChecker, st: Statement) -> str:
    if st.asserted_by in ("article", None):
        return ""
    return f" (asserted by {checker.name(st.asserted_by)}, quoted)"


def _kb_findings(checker: KBChecker, st: Statement, published: dict[str, str | None]) -> list[Finding]:
    claim = describe(checker, st)
    out = []
    for ref in st.references:
        verdict = checker.check(st, on_date(st, published.get(ref.doc_id)))
        out.append(_finding(verdict.kind, verdict.explanation + _speaker_note(checker, st), ref, st, claim,
                            verdict.evidence))
    return out


def _cross_findings(checker: KBChecker, doubted: Sequence[Statement], everything: Sequence[Statement],
                    published: dict[str, str | None] | None = None) -> list[Finding]:
    """Opposite polarity across articles -> conflicting_sources; the same event with dates that
    cannot both hold -> date_inconsistency. Each `doubted` statement gets a finding naming the
    other article's sentence; `everything` is what it is compared with."""
    groups: dict[tuple[str, str, str], list[Statement]] = defaultdict(list)
    for st in everything:
        if st.modality != "hypothetical":
            groups[(st.subject, st.property, st.value)].append(st)
    out: list[Finding] = []
    for st in doubted:
        if st.modality == "hypothetical":
            continue
        for ref in st.references:
            out += _conflicts(checker, st, ref, groups[(st.subject, st.property, st.value)], published or {})
    return out


def may_conflict(a: Statement, b: Statement) -> bool:
    """Can two statements of the same subject, property and value give each other a finding?
    (What `_conflicts` checks, before it looks at which articles make them.)"""
    if a.modality == "hypothetical" or b.modality == "hypothetical" or a.property in NOT_CHECKED:
        return False
    return a.polarity != b.polarity or _dates_clash(a, b)


# Standings that change over time: "Sunak is no longer prime minister" (2024) and "Prime
# Minister Sunak" (2023) are both true. Opposite claims about them conflict only when they speak
# of the same day, or when a side's day is not known.
STANDINGS = {"member_of", "partner_of", "holds_office", "held_office", "candidate_for"}


def _day_of(st: Statement, ref: Reference, published: dict[str, str | None]) -> str | None:
    return st.point_in_time.value if st.point_in_time is not None else published.get(ref.doc_id)


def _conflicts(checker: KBChecker, st: Statement, ref: Reference, group: list[Statement],
               published: dict[str, str | None]) -> list[Finding]:
    claim = describe(checker, st)
    out = []
    mine = _day_of(st, ref, published)
    for other in group:
        if other is st:
            continue
        others = [r for r in other.references if r.doc_id != ref.doc_id]
        if other.polarity != st.polarity and st.property in STANDINGS and mine is not None:
            others = [r for r in others if _day_of(other, r, published) in (None, mine)]
        if not others or not may_conflict(st, other):
            continue
        if other.polarity != st.polarity:
            kind, why = "conflicting_sources", f"Another article says the opposite: {describe(checker, other)}."
        else:  # may_conflict: the dates clash
            kind, why = "date_inconsistency", f"Another article gives another date: {describe(checker, other)}."
        out.append(_finding(kind, why + _speaker_note(checker, st), ref, st, claim, [_doc_evidence(r) for r in others],
                            *others))
    return out


# Properties whose point in time is the date of a one-off event; for the others (a membership,
# an office) it is only the date the claim was observed, and two articles may differ on it.
EVENT_PROPERTIES = {"joined", "left", "invaded", "took_place_on", "applied_to"}


def _dates_clash(a: Statement, b: Statement) -> bool:
    keys = ("start", "point_in_time") if a.property in EVENT_PROPERTIES else ("start",)
    for key in keys:
        x, y = getattr(a, key), getattr(b, key)
        if x is not None and y is not None and timecmp.same_time(x, y) is False:
            return True
    return False


def _doc_evidence(ref: Reference) -> dict[str, Any]:
    return {"type": "document", "doc_id": ref.doc_id, "start": ref.start, "end": ref.end, "sentence": ref.sentence}


def _anomaly_finding(doc_id: str, a: Annotation, sentences: dict[str, list[Annotation]]) -> Finding:
    suggestion = a.data.get("suggested_name") or a.data.get("suggestion")
    around = next((s for s in sentences.get(doc_id, []) if s.start <= a.start < s.end), a)
    return Finding(
        kind="surface_anomaly",
        explanation=f'"{a.text}" is likely a misspelling of {suggestion}.',
        doc_id=doc_id, start=a.start, end=a.end, sentence=around.text, sentence_start=around.start,
        # the name it is close to: a KB entity's, or the article's own spelling of it elsewhere
        evidence=[{"type": "kb" if a.data.get("suggestion") else "document", "entity": a.data.get("suggestion"),
                   "name": suggestion, "score": a.data.get("score")}],
        claim=a.text,
    )
