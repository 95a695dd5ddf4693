"""Negation: "not" put after an auxiliary or taken out; "did not" before a past tense verb is left
to richer kinds. Every auxiliary in the body is a site, so most edits fall on claims no family
reads: the `read` figure is the one to watch."""

from __future__ import annotations

import re

from sweeps import Edit, body_start

_AUX = re.compile(r"\b(is|are|was|were|will|would|has|have|had|can|could|should|does|do|did)"
                  r"(\s+not\b|n't\b)?", re.I)


def edits(text, kb):
    for m in _AUX.finditer(text, body_start(text)):
        aux, neg = m.group(1), m.group(2)
        if neg:
            # "will not" / "won't" is written "wo" + "n't": leave those two forms alone
            if aux.lower() != "wo":
                yield Edit(m.start(), m.end(), aux, "negation removed")
        else:
            yield Edit(m.start(), m.end(), f"{aux} not", "negation added")
