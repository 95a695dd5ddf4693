"""Anniversaries told as "N years since" an event the KB dates (num20, session 13): "NATO leaders
marked 75 years since the signing of the Washington Treaty", "Thursday marks 75 years since NATO
was founded", "Poland celebrated 25 years since it joined NATO", "the country commemorates 20
years since its accession to the alliance".

Read only after a marking verb ("mark", "celebrate", "commemorate", "observe", "toast"), told
as a fact and not denied, with an exact number of years (not "nearly 75 years") whose "since"
names one of two anchors:

- the organisation's founding: a founding noun ("the signing / founding / creation of NATO",
  "NATO's founding", "the signing of the Washington Treaty") or a clause ("since NATO was
  founded", "since the North Atlantic Treaty was signed"): statement `established`, the window
  of days an Nth anniversary on the clause's date (else the article's, less sure) allows
  (treaty.founded_by_anniversary), checked by treaty's `check_established`;
- a state's accession: "since Poland's accession to NATO", "since its entry into the alliance",
  "since Poland joined NATO", "since it joined": statement `membership_anniversary` (the state,
  the window its accession may lie in), checked by treaty's `check_membership_anniversary`.

Anything else after "since" ("75 years since the war", "20 years since the 2004 enlargement")
is another span the KB does not date as such: not read. The subject of the marking is not the
anchor's ("NATO leaders marked ..."), so it is not required to be the organisation.

Also an organisation's age told by its history: "for the first time in its 73-year history",
"in NATO's 75-year history" (`established`, the window an Nth anniversary on the clause's date,
else the article's, allows; never denied by the clause: "never in its 75-year history" still
says it is 75). The owner is named ("NATO's", "the alliance's") or "its" / "their" when the
organisation is the subject of the clause ("NATO activated ... in its 73-year history"), not
"Sweden joined NATO, ending ... in its 200-year history".
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from accord.model import Statement
from accord.nlp.extract.claims._numbers import approximate, cardinal, nummod
from accord.nlp.extract.claims.grammar import (
    Context, clause_tokens, group, make, modality, negated, phrase_tokens, qualifiers, subject_entities,
)
from accord.nlp.extract.claims.treaty import (
    FOUND_NOUNS, MEMBERSHIP_NOUNS, _marked_window, founded_by_anniversary, org_owner, orgs_of,
)

ORDER = 37
MARK_VERBS = {"mark", "celebrate", "commemorate", "observe", "toast"}
SIGNING_NOUNS = FOUND_NOUNS | {"signing", "birth"}  # "the signing of the Washington Treaty"
FOUNDING_VERBS = {"found", "establish", "create", "form", "sign"}  # "since NATO was founded / the treaty signed"
JOIN_VERBS = {"join", "accede"}
OLDEST = 200  # more years than any organisation the KB dates


def extract(ctx: Context, sent: Span) -> list[Statement]:
    out: list[Statement] = []
    for tok in sent:
        if tok.lemma_.lower() == "year" and tok.tag_ == "NNS" and tok.dep_ in ("dobj", "npadvmod") \
                and tok.head.lemma_.lower() in MARK_VERBS:
            out += _years_since(ctx, tok)
        elif tok.lemma_.lower() == "history" and tok.pos_ == "NOUN":
            out += _history(ctx, tok)
    return out


def _history(ctx: Context, noun: Token) -> list[Statement]:
    """"in its 73-year history", "in the alliance's 75-year history": the organisation's age."""
    years = next((c for c in noun.children if c.dep_ in ("compound", "amod", "nmod") and c.lemma_.lower() == "year"
                  and c.i < noun.i), None)
    num = nummod(years) if years is not None else None
    value = cardinal(num) if num is not None and not approximate(num) else None
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if value is None or not 2 <= value <= OLDEST or owner is None:
        return []
    verb = next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return []
    if owner.lower_ in ("its", "their"):
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None and subj.lower_ in ("which", "that") and verb.dep_ == "relcl":
            subj = verb.head
        orgs, sure = orgs_of(ctx, [subj]) if subj is not None else ([], 1.0)
    else:
        orgs, sure = orgs_of(ctx, [owner])
    orgs = [o for o in orgs if _one_founding(ctx, o)]
    if not orgs:
        return []
    inner = {t.i for t in noun.subtree}
    dated = qualifiers(ctx, clause_tokens(verb) - inner).get("point_in_time")
    found = founded_by_anniversary(ctx, orgs, sure, dated, value, noun, verb, label=f"{value}-year history")
    for st in found:
        st.polarity = "affirmed"  # "never in its 75-year history": the age is still said
    return found


def _years_since(ctx: Context, years: Token) -> list[Statement]:
    verb = years.head
    num = nummod(years)
    value = cardinal(num) if num is not None and not approximate(num) else None
    if value is None or not 1 <= value <= OLDEST or modality(verb) != "fact" or negated(verb):
        return []
    since = [c for h in (years, verb) for c in h.children
             if c.dep_ == "prep" and c.lower_ == "since"]  # "75 years since the signing of ..."
    clauses = [c for h in (years, verb) for c in h.children if c.dep_ == "advcl"
               and any(m.dep_ == "mark" and m.lower_ == "since" for m in c.children)]  # "since NATO was founded"
    if len(since) + len(clauses) != 1:
        return []
    inner = {t.i for s in since + clauses for t in s.subtree}
    dated = qualifiers(ctx, clause_tokens(verb) - inner).get("point_in_time")
    if since:
        anchor = next((p for p in since[0].children if p.dep_ == "pobj"), None)
        if anchor is None:
            return []
        lemma = anchor.lemma_.lower()
        if lemma in SIGNING_NOUNS:
            orgs, sure = org_owner(ctx, anchor)
            return founded_by_anniversary(ctx, orgs, sure, dated, value, years, verb,
                                          label=f"{value} years since its founding") if orgs else []
        if lemma in MEMBERSHIP_NOUNS:
            owners = [c for c in anchor.children if c.dep_ == "poss"]
            orgs = ctx.entities([t for c in anchor.children if c.dep_ in ("prep", "compound")
                                 for t in c.subtree], ("org:",))
            return _membership(ctx, owners, orgs, verb, years, value, dated)
        return []
    clause = clauses[0]
    lemma = clause.lemma_.lower()
    if negated(clause):
        return []
    if lemma in FOUNDING_VERBS and any(c.dep_ == "auxpass" for c in clause.children):
        subj = [c for c in clause.children if c.dep_ == "nsubjpass"]
        orgs, sure = orgs_of(ctx, subj) if subj else ([], 1.0)
        return founded_by_anniversary(ctx, orgs, sure, dated, value, years, verb,
                                      label=f"{value} years since its founding") if orgs else []
    if lemma in JOIN_VERBS:
        owners = [c for c in clause.children if c.dep_ == "nsubj"]
        orgs = ctx.entities([t for c in clause.children if c.dep_ in ("dobj", "prep") for t in group(c)], ("org:",))
        return _membership(ctx, owners, orgs, verb, years, value, dated)
    return []


def _one_founding(ctx: Context, org: str) -> bool:
    """Does the KB date the organisation's birth within one year (NATO: signed 4 April 1949, in
    force 24 August)? The EU's (the Communities of 1958, the Union of 1993) is two births a
    history may count from ("the EU's 70-year history" counts from the coal and steel community
    of 1952): its age by history is not read."""
    from accord.nlp.extract.claims._treatycheck import founding_dates
    from accord.reconcile import timecmp

    if ctx.kb is None:
        return False
    days = [timecmp.bounds(f.point_in_time or f.start) for f in founding_dates(ctx.kb, org)]
    days = [d for d in days if d is not None]
    return bool(days) and (max(d[1] for d in days) - min(d[0] for d in days)).days <= 366


def _membership(ctx: Context, owners: list[Token], orgs: list[str], verb: Token, years: Token, value: int,
                dated) -> list[Statement]:
    """The state whose accession it is: the owner named ("Poland's", "since Poland joined"), or for
    "its" / "it" the marking's own subject; one state and one organisation, else not read."""
    named = [o for o in owners if o.lower_ not in ("its", "their", "it", "they")]
    if named:
        states = ctx.entities([t for o in named for t in phrase_tokens(group(o))], ("state:",))
    elif owners:
        states = subject_entities(ctx, verb, ("state:",))
    else:
        return []
    if len(states) != 1 or len(set(orgs)) != 1:
        return []
    marked = _marked_window(ctx, dated, value)
    if marked is None:
        return []
    lo, hi, confidence = marked
    return [make(ctx, states[0], "membership_anniversary", orgs[0], [years, verb], verb, False,
                 {"start": lo, "end": hi}, confidence=confidence)]
