"""An organisation's age told as a number (issue 12, num16): "NATO is in its 71st year", "the
summit marking the alliance's 70th year", "NATO marks / celebrates 75 years", "NATO at 70" (a
headline). Each says how long ago the organisation was founded; the statement is `established`,
a window of days (checked by treaty's `check_established` against the KB's founding day).

- "its Nth year" runs from the (N-1)th anniversary to the Nth, and reporters also call the year
  of the Nth anniversary the Nth year ("the summit in December 2019 marking NATO's 70th year"),
  so the founding may lie anywhere from N years to N-1 years before the day (MARGIN_DAYS either
  side, as an anniversary).
- "marks N years" and "at N" are the Nth anniversary (as "NATO turns 75": treaty._turns), and so
  is "the alliance's 70th anniversary summit" where the parse puts the ordinal on "summit".

Only the organisation's own age: the owner of "year" is the organisation by name ("NATO's",
"the alliance's") or "its" when the organisation is the clause's subject or the noun the phrase
hangs on ("NATO, now in its 71st year,"); "N years" with a phrase of its own ("40 years in NATO",
"75 years since the war") is another span and is not read; nor a plan or a denial.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from accord.model import Statement, TimeQualifier
from accord.nlp.extract.claims._numbers import approximate, cardinal, nummod, ordinal
from accord.nlp.extract.claims.grammar import Context, clause_tokens, make, modality, negated, qualifiers
from accord.nlp.extract.claims.treaty import (
    ANCHOR_SURE, TOPIC_SURE, founded_by_anniversary, founding_window, looks_ahead, org_owner, orgs_of,
)

ORDER = 36
MARK_VERBS = {"mark", "celebrate", "commemorate", "enter", "begin", "start", "close", "end"}
SPAN_PREPS = {"since", "in", "of", "after", "from", "without", "as", "with"}  # years of another span
ORG_HEADS = {"alliance", "organization", "organisation", "bloc", "pact"}  # "the alliance marks 75 years"
OLDEST = 200  # a larger "at N" is no age ("NATO at 2000 metres")


def extract(ctx: Context, sent: Span) -> list[Statement]:
    out: list[Statement] = []
    for tok in sent:
        if tok.lemma_.lower() == "year" and tok.tag_ == "NN":
            out += _nth_year(ctx, tok)
        elif tok.lemma_.lower() == "year" and tok.tag_ == "NNS" and tok.dep_ == "dobj":
            out += _marks_years(ctx, tok)
        elif tok.lower_ == "at" and tok.dep_ == "prep":
            out += _at_age(ctx, tok)
        elif tok.lemma_.lower() == "anniversary" and tok.dep_ == "compound":
            out += _anniversary_event(ctx, tok)
    return out


# -- "in its 71st year", "marking the alliance's 70th year" ----------------------------------------
def _nth_year(ctx: Context, noun: Token) -> list[Statement]:
    number = next((n for c in noun.children if c.dep_ == "amod" and (n := ordinal(c))), None)
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if not number or number < 2 or owner is None:
        return []
    verb = _verb_of(noun)
    if verb is None or modality(verb) != "fact" or negated(verb):
        return []
    in_year = noun.dep_ == "pobj" and noun.head.lower_ == "in"  # "(now) in its 71st year"
    if not in_year and not (noun.dep_ == "dobj" and noun.head.lemma_.lower() in MARK_VERBS):
        return []  # "the budget for its 5th year"
    if any(c.dep_ == "prep" and not _of_existence(c) for c in noun.children):
        return []  # "in its 20th year of operations in Afghanistan": the mission's years
    orgs, sure = _year_owner(ctx, owner, noun)
    if not orgs:
        return []
    dated, confidence = _day(ctx, verb)
    if dated is None:
        return []
    oldest = founding_window(dated, number, same_year=False)
    youngest = founding_window(dated, number - 1, same_year=False)
    if oldest is None or youngest is None:
        return []
    if sure < 1:
        confidence["link"] = sure
    return [make(ctx, o, "established", f"{number}th year", [noun], verb, False,
                 {"start": oldest[0], "end": youngest[1]}, confidence=confidence or None) for o in orgs]


def _of_existence(prep: Token) -> bool:
    """"in its 75th year of existence": still the organisation's own age."""
    return prep.lower_ == "of" and any(p.lemma_.lower() in ("existence", "life") for p in prep.children)


def _year_owner(ctx: Context, owner: Token, noun: Token) -> tuple[list[str], float]:
    """The organisation whose Nth year it is: a named owner ("NATO's", "the alliance's"); "its"
    only when the organisation is the subject of the verb the phrase hangs on ("NATO is in its
    71st year") or the noun it hangs on ("NATO, now in its 71st year,")."""
    if owner.lower_ not in ("its", "their"):
        return orgs_of(ctx, [owner])
    head = noun.head.head if noun.dep_ == "pobj" else noun.head
    if head.pos_ in ("VERB", "AUX"):
        subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None and subj.lower_ in ("which", "that") and head.dep_ == "relcl":
            subj = head.head
        return orgs_of(ctx, [subj]) if subj is not None else ([], 1.0)
    return orgs_of(ctx, [head])


# -- "NATO marks 75 years" -------------------------------------------------------------------------
def _marks_years(ctx: Context, years: Token) -> list[Statement]:
    verb = years.head
    num = nummod(years)
    value = cardinal(num) if num is not None and not approximate(num) else None
    if value is None or value < 2 or verb.lemma_.lower() not in MARK_VERBS - {"enter", "begin", "start"}:
        return []
    if any(c.dep_ in ("prep", "acl", "relcl", "amod", "compound") for c in years.children) or any(
            c.dep_ == "prep" and c.lower_ in SPAN_PREPS for c in verb.children):
        return []  # "marked 40 years in NATO", "75 years since the war" (on either word), "75 long years"
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is not None and subj.lower_ in ("which", "that") and verb.dep_ == "relcl":
        subj = verb.head
    if subj is None or modality(verb) != "fact" or negated(verb):
        return []
    orgs, sure = orgs_of(ctx, [subj])
    if not orgs or (subj.lemma_.lower() not in ORG_HEADS and not ctx.entity(subj)):
        return []  # "NATO leaders marked 75 years": the leaders, not the organisation
    dated = qualifiers(ctx, clause_tokens(verb)).get("point_in_time")
    return founded_by_anniversary(ctx, orgs, sure, dated, value, years, verb, label=f"{value} years")



# -- "NATO at 70" ----------------------------------------------------------------------------------
def _at_age(ctx: Context, at: Token) -> list[Statement]:
    """"NATO at 70: ...", "The alliance at 75 faces ...": "at" right after the organisation's name,
    its object a bare number (no noun, no unit, no "%")."""
    org_tok = at.doc[at.i - 1] if at.i > at.sent.start else None
    age = next((c for c in at.children if c.dep_ == "pobj"), None)
    if org_tok is None or age is None or not age.like_num or list(age.children) or age.i != at.i + 1:
        return []
    if at.head.i != org_tok.i and at.head.i != org_tok.head.i:
        return []  # "at" on the name, or on the verb the name is the subject of ("NATO at 60 faces ...")
    if age.i + 1 < len(at.doc) and at.doc[age.i + 1].lower_ in ("%", "percent", "per", "degrees"):
        return []
    value = cardinal(age)
    orgs = ctx.entities([org_tok], ("org:",))
    if value is None or not 2 <= value <= OLDEST or not orgs:
        return []
    verb = _verb_of(org_tok) or org_tok
    return founded_by_anniversary(ctx, orgs, 1.0, None, value, age, verb, label=f"age {value}")


# -- "the alliance's 70th anniversary summit" -------------------------------------------------------
def _anniversary_event(ctx: Context, noun: Token) -> list[Statement]:
    """"NATO's 75th anniversary summit", "the 75th anniversary summit": the ordinal parsed on the
    event noun right after "anniversary" (treaty reads it when it is on "anniversary" itself). The
    owner is the event's ("NATO's", "of the alliance", a compound "G7"); an event with none is
    the article's organisation's (less sure); another owner ("of the treaty") is not read."""
    event = noun.head
    if noun.i + 1 != event.i or any(c.dep_ == "amod" and ordinal(c) for c in noun.children):
        return []
    number = next((n for c in event.children if c.dep_ == "amod" and c.i == noun.i - 1 and (n := ordinal(c))), None)
    if not number or number < 2:
        return []
    owners = [c for c in event.children if c.dep_ in ("poss", "compound") and c.i != noun.i
              or c.dep_ == "prep" and c.lower_ == "of"]
    if owners:
        orgs, sure = org_owner(ctx, event)
        orgs, sure = (orgs, sure) if orgs else orgs_of(ctx, [c for c in owners if c.dep_ == "compound"])
    else:
        orgs, sure = ([ctx.topic_org], TOPIC_SURE) if ctx.topic_org else ([], 1.0)
    verb = _verb_of(event)
    if not orgs or verb is None:
        return []
    dated = qualifiers(ctx, clause_tokens(verb)).get("point_in_time")
    return founded_by_anniversary(ctx, orgs, sure, dated, number, noun, verb)


# -- shared ----------------------------------------------------------------------------------------
def _verb_of(tok: Token) -> Token | None:
    for anc in [tok, *tok.ancestors]:
        if anc.pos_ in ("VERB", "AUX"):
            return anc
    return None


def _day(ctx: Context, verb: Token) -> tuple[TimeQualifier | None, dict]:
    """The clause's own date, else the article's (less sure; none when the sentence looks ahead:
    "will be in its 76th year")."""
    dated = qualifiers(ctx, clause_tokens(verb)).get("point_in_time")
    if dated is not None:
        return dated, {}
    published = ctx.doc._.document_date
    if not published or looks_ahead(verb.sent):
        return None, {}
    return TimeQualifier(published[:10], "day"), {"date": ANCHOR_SURE}
