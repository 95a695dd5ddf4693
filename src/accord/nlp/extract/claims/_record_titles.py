"""A title ranked by an act is a record, not a start of office (fa17, session 10): "Stoltenberg
became the first NATO secretary general to address Congress on Wednesday" says he was secretary
general then and did something first, not that he took office on Wednesday. Only the title's
own head with a rank before it ("first", "last", "only", an ordinal) and an infinitive after it
("to address", parsed on the noun or on "become"); "became the first woman to lead NATO" (no
title head) and "became secretary general on Wednesday" are still starts.
"""

from __future__ import annotations

from spacy.tokens import Token

from accord.nlp.extract.title_tense import is_ordinal

RANKS = frozenset({"first", "last", "only", "final", "latest", "next"})


def ranked_by_act(verb: Token, heads: frozenset | set) -> bool:
    """Is the attribute of `verb` ("become") a title head (one of `heads`) ranked by an act?"""
    for noun in verb.children:
        if noun.dep_ not in ("attr", "oprd") or noun.lower_ not in heads:
            continue
        ranked = any(t.lower_ in RANKS or is_ordinal(t.text) for t in noun.subtree if t.i < noun.i)
        act = any(c.dep_ in ("acl", "relcl", "xcomp", "advcl") and c.pos_ in ("VERB", "AUX")
                  and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
                  for c in [*noun.subtree, *verb.children] if c is not noun)  # "secretary general of NATO to speak"
        if ranked and act:
            return True
    return False
