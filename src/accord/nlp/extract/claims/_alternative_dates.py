"""Dates offered as alternatives (fa17, session 10): "all joined NATO in 1999 or 2004", "will meet
in June or July": the claim's date is one of them, not each; a clash with the one the reader
picked is no contradiction, so the claim's date is unsure (grammar.make lowers its confidence,
and a clash is unverifiable). Dates joined by "and" or commas are a list (grammar.respective);
"between 2014 and 2024" is a span.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

OR_JOINER = re.compile(r"^\s*,?\s*(?:or|and/or)\s*(?:in|on|by)?\s*$", re.IGNORECASE)


def alternative_dates(ctx, verb: Token, times: dict | None) -> bool:
    """Is the claim's date one of dates joined by "or" in its clause?"""
    from accord.nlp.extract.claims.grammar import clause_tokens, own_times

    values = {t.value for t in (times or {}).values() if t is not None}
    if not values:
        return False
    found = sorted((a for a in own_times(ctx, clause_tokens(verb)) if a.data.get("value")), key=lambda a: a.start)
    text = ctx.doc.text
    for a, b in zip(found, found[1:]):
        if OR_JOINER.match(text[a.end:b.start]) and values & {str(a.data.get("value")), str(b.data.get("value"))}:
            return True
    return False
