"""Named treaties other than NATO's founding treaty (whose claims are `treaty`'s): when and where
one was signed and when it entered into force.

- "The Maastricht Treaty was signed in Maastricht in 1992", "leaders signed the Treaty of Lisbon
  on 13 December 2007", "the Lisbon Treaty, signed in 2007,": `signed_on` (the clause's own date)
  and `signed_in` (the clause's "in" / "at" place).
- "The Lisbon Treaty came into force in 2009", "entered into force on 1 December 2009", "took
  effect in 2009", "went into effect": `in_force_from`.
- "The 1992 Maastricht Treaty": `treaty_year`, a year the treaty is named by, either the year it
  was signed or the year it entered into force.

The treaties are the KB's `event:` entities of kind treaty (treaties.yaml); a treaty the KB does
not know is not read. Not read: a denial, "signed up to" (a later party's accession), a date in
another clause, a signing with no date and no place. Checked against the treaty's own facts: a
date at the claim's precision ("in 1992", "in December 2007") agreeing or not, a place that is the
KB's place or holds it ("signed in the Netherlands") or not.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from accord.model import Statement
from accord.nlp.extract.claims.grammar import (
    Context, clause_tokens, group, make, negated, not_until, phrase_tokens, qualifiers,
)

ORDER = 36
SIGNED, PLACE, IN_FORCE, YEAR = "signed_on", "signed_in", "in_force_from", "treaty_year"
FORCE_VERBS = {"come", "enter", "go"}  # "came into force", "entered into force", "went into effect"


def _treaty_of(ctx: Context, tok: Token | None) -> str | None:
    """The KB treaty a phrase names (its head or any word of its name)."""
    if tok is None or ctx.kb is None:
        return None
    for t in phrase_tokens(group(tok)) if tok.dep_ != "relcl" else [tok]:
        ent = ctx.entity(t)
        if ent and ent.startswith("event:") and _is_treaty(ctx, ent):
            return ent
    return None


def _is_treaty(ctx: Context, ent: str) -> bool:
    try:
        return (ctx.kb.entity(ent).attrs or {}).get("kind") == "treaty"
    except Exception:  # an id the KB does not know
        return False


def extract(ctx: Context, sent: Span) -> list[Statement]:
    if ctx.kb is None:
        return []
    out: list[Statement] = []
    for tok in sent:
        lemma = tok.lemma_.lower()
        if lemma == "sign" and tok.pos_ == "VERB":
            out += _signed(ctx, tok)
        elif tok.pos_ in ("VERB", "AUX") and _comes_into_force(tok):
            out += _in_force(ctx, tok)
        if tok.pos_ in ("PROPN", "NOUN"):
            out += _named_year(ctx, tok)
    return out


def _subject_treaty(ctx: Context, verb: Token, deps: tuple[str, ...]) -> tuple[str | None, Token | None]:
    """The treaty the verb is said of: its subject or object (`deps`), or for a participle or a
    relative clause on the treaty's name ("the Lisbon Treaty, signed in 2007", "which came into
    force in 2009") the name it hangs on."""
    for c in verb.children:
        if c.dep_ in deps and c.lower_ not in ("which", "that"):
            treaty = _treaty_of(ctx, c)
            if treaty:
                return treaty, c
    if verb.dep_ in ("acl", "relcl"):
        treaty = _treaty_of(ctx, verb.head)
        if treaty:
            return treaty, verb.head
    return None, None


def _own_tokens(verb: Token, noun: Token | None) -> set[int]:
    """The clause's tokens less the treaty's own phrase ("the 1992 Maastricht Treaty": its year
    is the name's) and, for a participle on the name, less what the name's clause holds."""
    tokens = clause_tokens(verb)
    if noun is not None and noun.i not in {t.i for t in verb.subtree}:
        tokens = {t.i for t in verb.subtree}
    if noun is not None:
        tokens -= {t.i for t in noun.subtree if t.i not in {x.i for x in verb.subtree}}
        tokens -= {t.i for t in noun.subtree if t.i < noun.i}
    return tokens


def _signed(ctx: Context, verb: Token) -> list[Statement]:
    if any(c.dep_ == "prt" and c.lower_ in ("up", "on") for c in verb.children) or not_until(verb):
        return []  # "signed up to the treaty": a later party; "was not signed until": a date
    treaty, noun = _subject_treaty(ctx, verb, ("nsubjpass", "dobj"))
    if treaty is None or negated(verb):
        return []
    out = []
    times = {k: v for k, v in qualifiers(ctx, _own_tokens(verb, noun)).items() if k == "point_in_time"}
    if times:
        sure = {"date": ONE_PARTY} if _one_party(ctx, verb) else None
        out.append(make(ctx, treaty, SIGNED, times["point_in_time"].value, [verb], verb, False, times, sure))
    # the place phrase hangs on the verb ("was signed in Prague") or, as the parser often has it, on
    # the treaty's own noun when it is the verb's object ("signed the New START treaty in Prague")
    holders = [verb] + ([noun] if noun is not None and noun.dep_ == "dobj" and noun.head.i == verb.i else [])
    places = ctx.entities([t for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in ("in", "at")
                           for p in c.children if p.dep_ == "pobj" for t in phrase_tokens(group(p))],
                          ("place:", "state:"))
    if len(places) == 1:
        out.append(make(ctx, treaty, PLACE, places[0], [verb], verb, False))
    return out


ONE_PARTY = 0.4  # "Czech President Klaus signed the Lisbon Treaty on 3 November 2009": one party's act


def _one_party(ctx: Context, verb: Token) -> bool:
    """Is the signer one person, one state or one other name ("President Klaus signed the
    treaty", "Croatia signed it"), not a plural ("EU leaders", "the twelve founding states")? One party's signature may be its ratification or accession, on a day of its own,
    not the treaty's signing: the day it gives is never held against the treaty's."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if len(subjects) != 1 or any(c.dep_ == "conj" for c in subjects[0].children):
        return False
    head = subjects[0]
    if head.tag_ in ("NNS", "NNPS"):
        return False  # "EU leaders signed the treaty": the signing itself
    people = ctx.entities(list(head.subtree), ("person:",))
    if people:
        return len(people) == 1
    if head.tag_ == "NNP":
        return True  # one name, known or not ("Klaus" alone, "Croatia", "the EU")
    return len(ctx.entities(list(head.subtree), ("state:",))) == 1


def _comes_into_force(verb: Token) -> bool:
    lemma = verb.lemma_.lower()
    if lemma in FORCE_VERBS:
        return any(c.dep_ == "prep" and c.lower_ == "into" and any(
            p.dep_ == "pobj" and p.lower_ in ("force", "effect") for p in c.children) for c in verb.children)
    if lemma == "take":
        return any(c.dep_ == "dobj" and c.lower_ == "effect" for c in verb.children)
    return False


def _in_force(ctx: Context, verb: Token) -> list[Statement]:
    treaty, noun = _subject_treaty(ctx, verb, ("nsubj",))
    if treaty is None or negated(verb) or not_until(verb):
        return []
    times = {k: v for k, v in qualifiers(ctx, _own_tokens(verb, noun)).items() if k == "point_in_time"}
    if not times:
        return []
    return [make(ctx, treaty, IN_FORCE, times["point_in_time"].value, [verb], verb, False, times)]


def _named_year(ctx: Context, noun: Token) -> list[Statement]:
    """"the 1992 Maastricht Treaty", "the 2007 Lisbon Treaty": a year written before the name."""
    treaty = ctx.entity(noun)
    if not treaty or not treaty.startswith("event:") or ctx.entity(noun.head) == treaty or not _is_treaty(ctx, treaty):
        return []  # (the name's last word only)
    years = [c for c in noun.lefts if c.like_num and len(c.text) == 4 and c.text.isdigit()
             and c.dep_ in ("nummod", "compound", "amod", "nmod") and ctx.entity(c) is None]
    if len(years) != 1 or not 1900 <= int(years[0].text) <= 2100:
        return []
    verb = noun
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    return [make(ctx, treaty, YEAR, years[0].text, [years[0], noun], verb, False)]


# -- checks ----------------------------------------------------------------------------------------
def _dated_check(prop: str, doing: str):
    def check(checker, st: Statement, on: str | None):
        from accord.reconcile import timecmp
        from accord.reconcile.kbcheck import Verdict, fact_evidence

        facts = [f for f in checker.kb.facts(subject=st.subject, property=prop) if f.point_in_time]
        if not facts or st.point_in_time is None or st.polarity == "negated":
            return None
        name, known = checker.name(st.subject), facts[0].point_in_time.value
        evidence = [fact_evidence(f) for f in facts]
        if any(timecmp.same_time(st.point_in_time, f.point_in_time) for f in facts):
            return Verdict("supported", f"The {name} {doing} on {known}.", evidence)
        return Verdict("contradicted_by_kb", f"The claim dates when the {name} {doing} to "
                       f"{timecmp.label(st.point_in_time)}, but it {doing} on {known}.", evidence)
    return check


def check_place(checker, st: Statement, on: str | None):
    from accord.reconcile.kbcheck import Verdict, fact_evidence, places_agree

    facts = checker.kb.facts(subject=st.subject, property=PLACE)
    if not facts or st.polarity == "negated":
        return None
    name, where = checker.name(st.subject), checker.name(facts[0].value)
    evidence = [fact_evidence(f) for f in facts]
    # the place, what holds it, or a venue inside it ("signed at the White House": Washington)
    if places_agree(checker.kb, st.value, [f.value for f in facts]):
        return Verdict("supported", f"The {name} was signed in {where}.", evidence)
    return Verdict("contradicted_by_kb", f"The claim places the signing of the {name} in "
                   f"{checker.name(st.value)}, but it was signed in {where}.", evidence)


def check_year(checker, st: Statement, on: str | None):
    from accord.reconcile.kbcheck import Verdict, fact_evidence

    facts = [f for prop in (SIGNED, IN_FORCE) for f in checker.kb.facts(subject=st.subject, property=prop)
             if f.point_in_time]
    if not facts or not str(st.value).isdigit():
        return None
    name, evidence = checker.name(st.subject), [fact_evidence(f) for f in facts]
    years = sorted({f.point_in_time.value[:4] for f in facts})
    if st.value in years:
        return Verdict("supported", f"The {name} was signed or entered into force in {st.value}.", evidence)
    return Verdict("contradicted_by_kb", f"The claim names the {name} by {st.value}, but it was signed and "
                   f"entered into force in {' and '.join(years)}.", evidence)


CHECKS = {SIGNED: _dated_check(SIGNED, "was signed"), IN_FORCE: _dated_check(IN_FORCE, "entered into force"),
          PLACE: check_place, YEAR: check_year}
WORDS = {SIGNED: "was signed on", IN_FORCE: "entered into force on", PLACE: "was signed in",
         YEAR: "is named by the year"}
