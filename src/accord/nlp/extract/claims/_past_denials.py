"""Denials of a one-off act told in the simple past with no time of their own (issue 12, neg20):
"Georgia was not granted candidate status", "EU leaders refused to grant it", "did not grant"
speak of some earlier occasion (the sentence before may date it), not of the article's day: read
so, a status the KB gives on the article's day does not contradict them. A present perfect ("has
not been granted"), "has / is yet to" and a present ("is not a candidate") do speak of that day.
"""

from __future__ import annotations

from spacy.tokens import Token

from accord.nlp.extract.claims.grammar import DENYING_HEADS, yet_to

PAST_OCCASION_SURE = 0.4  # below the verdict threshold: which occasion is meant is not written
PERFECT = frozenset({"has", "have", "'s", "'ve"})
PAST_AUX = frozenset({"did", "was", "were"})


def past_occasion(verb: Token) -> bool:
    """Is the verb (or the denying head it hangs on: "refused to grant") a simple past: "did not
    grant", "was not granted", "refused to grant" (not "has not been granted", "has yet to")?"""
    if yet_to(verb):
        return False
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in DENYING_HEADS:
        verb = verb.head
    auxes = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if auxes & PERFECT or auxes - PAST_AUX:
        return False
    return verb.tag_ == "VBD" or bool(auxes & PAST_AUX)
