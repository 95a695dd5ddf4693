"""Reported speech whose cue stands after a comma, at the end of the sentence or between
commas, wherever the parser hung it: `The plant is under pressure, said its chief executive.`,
`A girl was pepper-sprayed, police said.`, `Over the years, she said, email has helped her.`

The parser often makes such a cue an adverbial clause or a conjunct of the clause it reports,
so the clause is no complement of the cue. What the surface shows is enough: the cue, its
speaker and the cue's own modifiers (`on Tuesday`, `in a statement`) fill the words from a
comma to the end of the sentence, or to the next comma; the rest of the sentence was said.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

# Dependents of a cue that belong to the cue's side of the comma (`said on Tuesday`, `said
# in a statement`, `told reporters`, `said simply`).
_CUE_SIDE = frozenset({"prep", "npadvmod", "advmod", "dobj", "dative", "aux", "neg", "punct", "agent"})
MIN_CONTENT_TOKENS = 3
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
# Speakers that open a relative or question clause (`…, who said`): the clause is no aside.
_RELATIVE = frozenset("who whom which that what whose".split())
# Words that open a subordinate clause: one alone before the comma is no sentence said.
_SUBORDINATORS = frozenset("""after before while when whenever where as since until because although though if
    unless once not just even with without despite asked reached discussing""".split())


def around_cue(cue: Token, speaker: Token | None) -> Span | None:
    """The clause a cue after a comma reports: the words before the comma when the cue ends
    the sentence, the longer side when the cue and its speaker stand between commas; None
    when the cue has no speaker, is no aside or leaves fewer than three words."""
    if speaker is None or speaker.lower_ in _RELATIVE or cue.dep_ in ("relcl", "acl") or cue.tag_ not in _FINITE:
        return None
    doc, sent = cue.doc, cue.sent
    side = _cue_side(cue, speaker)
    if side is None:
        return None
    lo, hi = min(side), max(side) + 1
    if lo <= sent.start or doc[lo - 1].text != ",":
        return None
    words = [t.i for t in sent if not (t.is_punct or t.is_space)]
    before = _trim(doc[sent.start:lo - 1])
    if hi > words[-1]:
        return before if _said(before) else None
    if doc[hi].text != ",":
        return None
    after = _trim(doc[hi + 1:sent.end])
    sides = [s for s in (after, before) if _said(s) or (s is after and s is not None and len(s) >= MIN_CONTENT_TOKENS)]
    return max(sides, key=len) if sides else None


def _said(words: Span | None) -> bool:
    """Whether the words before the comma can be what was said: three words or more with a
    finite verb, and not one subordinate clause or phrase alone (`Not long after Trump tweeted
    it, Todd said …`, `Reached by phone, Doe said …`)."""
    if words is None or len(words) < MIN_CONTENT_TOKENS or not any(t.tag_ in _FINITE for t in words):
        return False
    return words[0].lower_ not in _SUBORDINATORS or any(t.text == "," for t in words)


def _cue_side(cue: Token, speaker: Token) -> set[int] | None:
    """Token indices of the cue, its speaker phrase and its own modifiers, None when they do
    not form one run of words (a clause the parser hung from the cue lies between them)."""
    side = {cue.i} | {t.i for t in speaker.subtree}
    for child in cue.children:
        if child.dep_ in _CUE_SIDE and child.text != ",":
            side |= {t.i for t in child.subtree}
    return side if max(side) - min(side) + 1 == len(side) else None


def _trim(span: Span) -> Span | None:
    doc = span.doc
    start, end = span.start, span.end
    while start < end and (doc[start].is_punct or doc[start].is_space):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    return doc[start:end] if end > start else None
