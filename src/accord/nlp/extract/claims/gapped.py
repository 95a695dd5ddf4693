"""Gapped coordination of accessions and applications (issue 12, mem12u): "Ukraine applied for EU
membership on 28 February, and Georgia and Moldova on 3 March", "Montenegro joined NATO in 2017
and North Macedonia in 2020", "Albania joined in 2009, Montenegro in 2017", "..., followed by
North Macedonia in 2020".

The remnant after the comma or "and" - states, then a date, and nothing else up to the end of the
sentence or a stop - leaves out the verb: it repeats the first clause's accession or application
(its organisation, polarity and modality) for the states it names, on the remnant's own date. Only
when the first clause is itself dated before the remnant (the remnant is parallel to it); the parser attaches the
remnant in many ways (a conjunct of the verb or of its date, an adverbial), so it is found on the
token sequence.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from accord.model import Statement
from accord.nlp.extract.claims.grammar import Context, make, qualifiers

ORDER = 31
GAPPED = ("joined", "applied_to")
LEADS = {",", "and", "while", "whereas"}
TIME_PREPS = {"in", "on", "by"}
STOPS = {".", ";", "!", "—", "–"}
JOINERS = {",", "and", "the"}
VERBS = {"join", "accede", "apply", "submit"}


def extract(ctx: Context, sent: Span) -> list[Statement]:
    remnants = list(_remnants(ctx, sent))
    if not remnants:
        return []
    from accord.nlp.extract.claims.actions import verb_statements

    told = [st for st in verb_statements(ctx, sent) if st.property in GAPPED and (st.point_in_time or st.start)]
    out: list[Statement] = []
    for run, time_tokens in remnants:
        begin = run[0].idx
        first = [st for st in told if st.references[0].end <= begin]
        if not first:
            continue
        states = ctx.entities(run, ("state:",))
        times = qualifiers(ctx, time_tokens)
        verb = _verb_before(sent, run[0])
        if not times or verb is None:
            continue
        for st in {(s.property, s.value, s.polarity, s.modality): s for s in first}.values():
            out += [make(ctx, state, st.property, st.value, run, verb, polarity=st.polarity == "negated",
                         times=times, modality=st.modality) for state in states if state != st.subject]
    return out


def _remnants(ctx: Context, sent: Span):
    """(the state tokens, the time expression's token indexes) of each remnant: a lead ("," or
    "and"), states, an optional preposition, a time expression, then the end or a stop."""
    toks = list(sent)
    for k, tok in enumerate(toks):
        if tok.lower_ not in LEADS or k == 0:
            continue
        j = k + 1
        if tok.text == "," and j < len(toks) and toks[j].lower_ in ("and", "while", "whereas"):
            j += 1
        if tok.text == "," and [t.lower_ for t in toks[j:j + 2]] == ["followed", "by"]:
            j += 2  # "..., followed by North Macedonia in 2020"
        if not any(t.i < tok.i and t.i > _first_verb(sent) for span, _ in ctx.times if span is not None for t in span):
            continue  # the first clause is not dated before the remnant: not parallel
        run = []
        while j < len(toks) and ((ctx.entity(toks[j]) or "").startswith("state:") or
                                 (toks[j].lower_ in JOINERS and not ctx.entity(toks[j]))):
            run.append(toks[j])
            j += 1
        while run and not ctx.entity(run[-1]):
            run.pop()
        j = (run[-1].i - sent.start + 1) if run else j
        if not run:
            continue
        if j < len(toks) and toks[j].lower_ in TIME_PREPS:
            j += 1
        span = _time_at(ctx, toks[j]) if j < len(toks) else None
        if span is None:
            continue
        after = span.end - sent.start
        if after < len(toks) and toks[after].text not in STOPS and toks[after].text != ",":
            continue  # "..., and Georgia and Moldova in March applied too": a clause of its own
        if any(t.pos_ in ("VERB", "AUX") and t.lower_ != "followed" for t in toks[k + 1:after]):
            continue
        yield run, set(range(span.start, span.end))


def _time_at(ctx: Context, tok: Token):
    """The time expression that starts at `tok`."""
    for span, _ in ctx.times:
        if span is not None and span.start == tok.i:
            return span
    return None


def _first_verb(sent: Span) -> int:
    """Where the first accession or application verb of the sentence stands (past the end: none)."""
    return next((t.i for t in sent if t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in VERBS), sent.end)


def _verb_before(sent: Span, tok: Token) -> Token | None:
    """The verb the remnant leaves out: the last verb of the sentence before it."""
    verbs = [t for t in sent if t.i < tok.i and t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in VERBS]
    return verbs[-1] if verbs else None
