"""A list said after it to be, every state of it, members of one grouping (member21, session 14):
"Poland and Hungary, both members of the Visegrad Group, ...", "Latvia and Lithuania, fellow
Baltic states, ...", "Denmark, Norway and Iceland, all Nordic countries".

"both", "all" or "fellow" says that the description is of each listed state, so no state of the
list is a party named beside the grouping ("Poland, Germany, the Baltic states and Finland" is
not read: no such word). "both" is read only after two states. The phrase must end at a comma, a
dash, a bracket or the sentence's end ("both members of the Visegrad Group since 2004" is not
read: more than a name).
"""

from __future__ import annotations

from spacy.tokens import Token

EACH = {"both", "all", "fellow"}
SET_WORDS = {"states", "countries", "nations", "members"}
ENDS = {",", ".", ";", "—", "–", ")", "--"}


def presented(ctx, after: list[Token], n_states: int, grouping) -> tuple[str, str, float] | None:
    """(organisation, "member_of", confidence) when the words after the run describe each listed
    state as the grouping's member; None otherwise. `grouping(ctx, org)` says whether the KB knows
    `org` as a grouping."""
    if len(after) < 3 or after[0].text != "," or after[1].lower_ not in EACH:
        return None
    if after[1].lower_ == "both" and n_states != 2:
        return None
    i = 2
    if after[i].lower_ == "members" and i + 1 < len(after) and after[i + 1].lower_ == "of":
        i += 2  # "both members of the Visegrad Group"
        i += 1 if i < len(after) and after[i].lower_ == "the" else 0
        org, i = _mention(ctx, after, i)
    else:
        org, i = _mention(ctx, after, i)
        if org is not None and after[i - 1].lower_ not in SET_WORDS:
            if i < len(after) and after[i].lower_ in SET_WORDS:
                i += 1  # "fellow JEF members", "both Visegrad countries"
            else:
                return None
    if org is None or not grouping(ctx, org):
        return None
    return (org, "member_of", 0.9) if i == len(after) or after[i].text in ENDS else None


def _mention(ctx, after: list[Token], i: int) -> tuple[str | None, int]:
    """The organisation named from `after[i]` on, and the index past its mention."""
    ent = ctx.entity(after[i]) if i < len(after) else None
    if not ent or not ent.startswith("org:"):
        return None, i
    while i < len(after) and ctx.entity(after[i]) == ent:
        i += 1
    return ent, i
