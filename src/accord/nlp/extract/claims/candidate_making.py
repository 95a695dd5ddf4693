"""Candidates made by a verb of making (issue 12, pm16): "EU leaders on Thursday made Ukraine and
Moldova official candidates to join the bloc", "the EU made Georgia a candidate for membership in
December 2023", "Brussels made Ukraine an official EU candidate".

Read: `make` (active, not negated: a denied making leaves the status unsaid and is not read) with
the noun "candidate(s)" in its clause and the states named between the verb and that noun (the
parser hangs them on the noun or on the verb, as subject, modifier or object: their order is what
the sentence shows); the organisation as `grants` finds it (named in the sentence, one the KB keeps
candidates of). The clause's own date is the status's start. A "candidate" that counts something
else ("made Ukraine a candidate for a loan", "the candidate for secretary general") names no
organisation the KB keeps candidates of, or no state before it, and is not read; nor is a clause
between the verb and the noun ("made it clear that Georgia is not a candidate") or a state set
apart ("made Ukraine, but not Georgia, a candidate").

Statement: `candidate_for` (state -> organisation, `start` the date), checked by the KB's
candidate rule, as `grants` is.
"""

from __future__ import annotations

from spacy.tokens import Span

from accord.model import Statement
from accord.nlp.extract.claims.grammar import Context, clause_tokens, make, modality, negated, qualifiers
from accord.nlp.extract.claims.grants import status_org

ORDER = 35

CANDIDATE_WORDS = {"candidate", "candidates"}
NOT_MADE = {"not", "except", "but", "clear", "plain", "sure", "certain", "that", "without", "no", "nor"}
SKIP_WORDS = {"secretary", "general", "president", "leader", "loan", "post", "job", "seat"}


def extract(ctx: Context, sent: Span) -> list[Statement]:
    if ctx.kb is None:
        return []
    out = []
    for verb in sent:
        if verb.lemma_.lower() != "make" or verb.pos_ != "VERB" or negated(verb) \
                or any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
            continue
        clause = clause_tokens(verb)
        noun = next((t for t in sent if t.i in clause and t.i > verb.i and t.lower_ in CANDIDATE_WORDS), None)
        if noun is None or any(t.lower_ in SKIP_WORDS for t in noun.subtree):
            continue
        between = [t for t in sent if verb.i < t.i < noun.i]
        if any(t.pos_ in ("VERB", "AUX") or t.lower_ in NOT_MADE for t in between):
            continue  # "made it clear that Georgia is not a candidate", "made Ukraine, but not Georgia, a candidate"
        states = ctx.entities(between, ("state:",))
        org = status_org(ctx, noun, sent)
        if not states or org is None:
            continue
        # "made Georgia a candidate for membership in June 2022": the parser may hang the date on
        # the noun, read as a clause of its own
        own = {t.i for c in noun.children if c.dep_ in ("prep", "npadvmod") and c.lower_ != "for" for t in c.subtree}
        times = qualifiers(ctx, clause) or qualifiers(ctx, own)
        when = times.get("point_in_time") or times.get("start")
        dated = {"start": when} if when is not None else {}
        mode = modality(verb)
        out += [make(ctx, s, "candidate_for", org, [verb, noun], verb, False, dated, modality=mode) for s in states]
    return out
