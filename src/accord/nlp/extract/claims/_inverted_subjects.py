"""The subject of a clause told the other way round (issue 12, pm16): "Also applying for NATO
membership are Romania, Slovenia and Bulgaria", "Also seeking to join are Norway and Albania".
The participle opens the clause, the auxiliary follows it, and the subject comes last: the parser
makes the participle the root and hangs the states on the auxiliary as its `attr`."""

from __future__ import annotations

from spacy.tokens import Token

from accord.nlp.extract.claims.grammar import Context


def inverted_subjects(ctx: Context, verb: Token, prefixes: tuple[str, ...]) -> list[str]:
    """The entities of the subject after the auxiliary of a fronted participle, or []."""
    if verb.tag_ != "VBG" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return []
    aux = next((c for c in verb.children if c.dep_ == "aux" and c.i > verb.i and c.lemma_ == "be"), None)
    if aux is None:
        return []
    return ctx.entities([t for c in aux.children if c.dep_ == "attr" for t in c.subtree], prefixes)
