"""Denied starts and ends of a term of office, dated: "Rutte did not take over as NATO secretary
general on 1 October", "X was not sworn in as president on 20 January 2021", "her term did not
end in October 2023".

The terms family (terms.py) reads the affirmed forms and leaves negated ones alone; this family
reads the same clauses when their verb is denied (grammar.negated) and gives the person's own
`took_office` / `left_office` negated, with the clause's date. Only a dated denial is read (an
undated "did not take office" says nothing the KB can date), not "did not take office until
2019" ("not ... until" dates the start, grammar.not_until), and not a predecessor's leaving ("X did
not succeed Y on D" says nothing of when Y left). Checked by `_negation.check_not_affirmed`: a
denial of a start or end the KB has on that day is contradicted; any other is `new`.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span

from accord.model import Statement
from accord.nlp.extract.claims import terms
from accord.nlp.extract.claims.grammar import Context, modality, negated, not_until

ORDER = 51


def extract(ctx: Context, sent: Span) -> list[Statement]:
    out: list[Statement] = []
    for verb in sent:
        kind = terms.term_kind(verb)
        if kind not in ("start", "end") or not negated(verb) or not_until(verb) or modality(verb) != "fact":
            continue
        people = set(terms.people_of(ctx, verb))
        for st in terms.term_statements(ctx, verb, kind):
            if st.subject in people and st.point_in_time is not None:
                out.append(replace(st, polarity="negated"))
    return out
