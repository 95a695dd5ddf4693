"""Reported (indirect) speech: `Cazalet said they have been …`, `Mahuta … would not say New
Zealand was drawing closer`, `X told Newshub Nation …`, `…, according to X`.

The content is the clause the cue verb governs (its `ccomp`, with "that"), the speaker its
subject. Cues inside a quotation belong to the quoted speaker's own words and are skipped, as
are cues that already introduce a marked quotation.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from accord.nlp.extract.quotes.cues import REPORTING_LEMMAS, cue_span, is_cue, phrase, subject_of
from accord.nlp.extract.quotes.direct import Attribution, paragraph_of
from accord.nlp.extract.quotes.marks import QuotedSpan

MIN_CONTENT_TOKENS = 3


def reported(doc: Doc, quotes: list[QuotedSpan], standalone: list[QuotedSpan], used_cues: set[int],
             paragraphs: list[tuple[int, int]]) -> list[Attribution]:
    """Reported speech of the document, in text order, as Attributions with `content` set.

    `standalone` are the quotations that form sentences of their own: a clause overlapping one
    is a parse running into the quotation, not reported speech.
    """
    found = []
    for token in doc:
        if token.i in used_cues or not is_cue(token, REPORTING_LEMMAS) or _inside(token.idx, quotes):
            continue
        content = _content(token)
        if content is None or len(content) < MIN_CONTENT_TOKENS:
            continue
        if any(q.start < content.end_char and content.start_char < q.end for q in standalone):
            continue
        sent = token.sent
        subject = subject_of(token) or _coordinated_speaker(token)
        speaker = phrase(subject, sent.start, sent.end) if subject is not None else None
        if speaker is not None and speaker.start <= content.start < speaker.end:
            continue
        found.append(Attribution(None, paragraph_of(content.start_char, paragraphs), cue_span(token),
                                 speaker, "reported", False, (content.start_char, content.end_char), token.i))
    return found


def _inside(offset: int, quotes: list[QuotedSpan]) -> bool:
    return any(q.start < offset < q.end for q in quotes)


def _coordinated_speaker(cue: Token) -> Token | None:
    """`X said A and said B`, parsed with the second "said" inside A: X said B too."""
    if cue.dep_ != "conj":
        return None
    for ancestor in cue.ancestors:
        if is_cue(ancestor, REPORTING_LEMMAS):
            return subject_of(ancestor)
    return None


def _content(cue: Token) -> Span | None:
    """The clause a cue governs: its ccomp (with "that"), or for "according to X" the rest of
    the clause it modifies."""
    if cue.lower_ == "according":
        return _according(cue)
    clauses = [c for c in cue.rights if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")]
    if not clauses:
        return None
    clause = clauses[0]
    start = min(t.i for t in clause.subtree)
    end = max(t.i for t in clause.subtree) + 1
    for conj in clause.rights:  # `… don't apply and said …`: the second report is its own
        if conj.dep_ == "conj" and is_cue(conj, REPORTING_LEMMAS) and subject_of(conj) is None:
            end = min(end, min(t.i for t in conj.subtree))
    end = _continued(cue, clause, end)
    marks = [c for c in cue.rights if c.dep_ == "mark" or (c.lower_ == "that" and c.i < start)]
    if marks and marks[0].i == start - 1:
        start -= 1
    return _trim(cue.doc[start:end])


def _continued(cue: Token, clause: Token, end: int) -> int:
    """The end of reported speech the parser split: `said that as X became Y, Z looked to W`
    hangs "looked" off "said" beside the clause; what follows the clause and hangs from the cue
    is said too, unless it is another report (", adding …") or a conjunct cue."""
    for child in cue.rights:
        if child.i <= clause.i or child.is_punct or child.dep_ == "cc":
            continue
        if is_cue(child, REPORTING_LEMMAS) or child.dep_ not in ("ccomp", "advcl", "conj", "dep", "parataxis"):
            break
        if min(t.i for t in child.subtree) > end + 2:
            break
        end = max(end, max(t.i for t in child.subtree) + 1)
    return end


def _according(cue: Token) -> Span | None:
    """`X happened, according to Y` / `According to Y, X happened`: the clause without the cue."""
    head = cue.head
    if head == cue:
        return None
    inner = {t.i for t in cue.subtree}
    tokens = [t.i for t in head.subtree if t.i not in inner]
    if not tokens:
        return None
    before = [i for i in tokens if i < cue.i]
    after = [i for i in tokens if i > cue.i]
    side = after if len(after) > len(before) else before
    if not side:
        return None
    return _trim(cue.doc[min(side):max(side) + 1])


def _trim(span: Span) -> Span | None:
    doc = span.doc
    start, end = span.start, span.end
    while start < end and (doc[start].is_punct or doc[start].is_space) and doc[start].text not in "\"“‘'":
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space) and doc[end - 1].text not in "\"”’'":
        end -= 1
    return doc[start:end] if end > start else None
