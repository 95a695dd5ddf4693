"""The euro as an EU state's currency, affirmed or denied (issue 12, neg21): "Croatia has not yet
adopted the euro", "Sweden does not use the euro", "Slovakia adopted the euro in 2009", "Lithuania
has used the euro since 2015", "Denmark has never joined the euro", "Bulgaria switched to the euro".

Inside the EU, a state that uses the euro is a member of the euro area (groupings.yaml lists every
adoption from 1999 to 2023, each on 1 January), so the words are a claim about that membership:

- undated, in the present or the present perfect ("uses", "has (not yet) adopted", "has yet to
  adopt", "has never adopted"): `member_of org:euro-area` on the article's day, affirmed or denied,
  checked by the KB's membership rule (its coverage, the day the term began);
- with a date of its own ("adopted the euro in 2009", "did not adopt the euro in 2022"): `joined
  org:euro-area` then ("since 2015" on "use": `member_of` from then);
- an undated simple past: affirmed, the state has used it since ("Croatia adopted the euro"); denied
  ("Poland did not adopt the euro") it may be of any earlier occasion: not read;
- a ranked joiner ("Croatia was the last country to join the euro, in January 2023"; body22):
  the copula's subject joined, dated by either clause, in the copula's mood (`actions.ranked_joiner`).

Read only for a state the KB lists as an EU member on the day the claim speaks of: Montenegro,
Kosovo, Andorra or Monaco use the euro without being in the euro area, and a state outside the EU
says nothing the list settles. Not read: plans and conditions ("will adopt", "if Poland adopts",
`grammar.modality` other than fact), "euros" (an amount), "the euro area" (an organisation the
relations family reads), "the euro" as anything but the verb's object. Questions, "whether",
reported denials and a denied head ("does not want to adopt") are lowered by `grammar.make`.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from accord.model import Statement
from accord.nlp.extract.claims.grammar import (
    Context,
    clause_tokens,
    make,
    modality,
    negated,
    not_until,
    one_date,
    qualifiers,
    subject_entities,
)
from accord.reconcile import timecmp

ORDER = 21
EURO_AREA = "org:euro-area"
EU = "org:EU"
#: verbs whose object "the euro" makes the subject a user of it ("switch" and "move" take it after "to")
ADOPTING = frozenset({"adopt", "use", "introduce", "join", "switch", "move"})
TO_VERBS = frozenset({"switch", "move"})
USING = frozenset({"use"})  # a use "since" a day is the membership from then, not an accession on it


def extract(ctx: Context, sent: Span) -> list[Statement]:
    if ctx.kb is None:
        return []
    out: list[Statement] = []
    for verb in sent:
        if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in ADOPTING or not euro_object(verb):
            continue
        copula = _ranked_copula(verb)
        if modality(verb if copula is None else copula) != "fact" or not_until(verb) or (
                verb.lemma_.lower() in USING and _use_for_something(verb)):
            continue
        out += _claims(ctx, verb)
    return out


def euro_object(verb: Token) -> bool:
    """Is "the euro" (the noun itself, not "the euro area", not "euros") the verb's object, or
    the object of its "to" ("switched to the euro")?"""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if verb.lemma_.lower() in TO_VERBS:
        objects += [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" for p in c.children
                    if p.dep_ == "pobj"]
    return any(o.lower_ == "euro" and o.tag_ == "NN" and any(c.dep_ == "det" and c.lower_ == "the" for c in o.children)
               for o in objects)


def _use_for_something(verb: Token) -> bool:
    """ "uses the euro to pay for gas", "uses the euro in trade with X": a use for one purpose,
    which a state outside the euro area may make too; only "uses the euro (as its currency)
    (since D)" is read."""
    return any(c.dep_ in ("xcomp", "advcl", "ccomp", "dative") or c.dep_ == "prep" and c.lower_ not in ("since", "as")
               for c in verb.children)


def _claims(ctx: Context, verb: Token) -> list[Statement]:
    denied = negated(verb)
    copula = _ranked_copula(verb)
    times = qualifiers(ctx, clause_tokens(verb)) or (qualifiers(ctx, clause_tokens(copula)) if copula is not None else {})
    when = one_date(times) if times else None
    past = _simple_past(verb)
    if when is None and past and (denied or verb.lemma_.lower() in USING):
        return []  # "Poland did not adopt the euro", "Estonia used the euro": of some earlier time
    on = str(ctx.doc._.document_date or "")[:10] or None
    from accord.nlp.extract.claims.actions import ranked_joiner

    copula = ranked_joiner(verb)  # "Croatia was the last country to join the euro, in January 2023"
    subjects = subject_entities(ctx, verb, ("state:",)) or (
        subject_entities(ctx, copula, ("state:",)) if copula is not None else [])
    mood = {"modality": modality(copula)} if copula is not None else {}  # the infinitive is no plan
    out = []
    for state in subjects:
        day = (timecmp.bounds(when)[0].isoformat() if when is not None and timecmp.bounds(when) else on)
        if day is None or not _in_the_eu(ctx, state, day):
            continue
        if when is not None and not (verb.lemma_.lower() in USING and "start" in times):
            out.append(make(ctx, state, "joined", EURO_AREA, [verb], verb, denied, {"point_in_time": when}, **mood))
        else:
            out.append(make(ctx, state, "member_of", EURO_AREA, [verb], verb, denied, times or None, **mood))
    return out


def _ranked_copula(verb: Token) -> Token | None:
    from accord.nlp.extract.claims.actions import ranked_joiner

    return ranked_joiner(verb)


def _simple_past(verb: Token) -> bool:
    """"adopted", "did not adopt", "had adopted" (not "has adopted", "has yet to adopt")."""
    auxes = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if auxes & {"has", "have", "'s", "'ve"}:
        return False
    return verb.tag_ == "VBD" or bool(auxes & {"did", "had"})


def _in_the_eu(ctx: Context, state: str, day: str) -> bool:
    """Does the KB list the state as an EU member on `day`?"""
    return any(timecmp.active_on(f.start, f.end, day, f.point_in_time) is True
               for f in ctx.kb.facts(subject=state, property="member_of", value=EU))
