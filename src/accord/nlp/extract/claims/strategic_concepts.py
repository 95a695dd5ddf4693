"""NATO's Strategic Concept adopted: "NATO leaders adopted a new Strategic Concept in Madrid", "the
leaders are set to publish NATO's new Strategic Concept", "the 2010 Strategic Concept, adopted in
Lisbon", "allies endorsed the Strategic Concept on 29 June 2022", and the denials ("are not set to
publish", "did not adopt").

Statement: `org:NATO – adopted_strategic_concept – "<year> Strategic Concept"` (the year written
on the noun: "the 2010 Strategic Concept"), or `"Strategic Concept"` when none is written, with
the clause's date; polarity the verb's (grammar.negated), modality the verb's ("set to publish"
is a plan). Read only where the concept is the object of an adopting verb (or the subject of one
in the passive, or described by one: "the concept adopted in Lisbon"); a concept named by its year needs no verb ("NATO's 2022 Strategic
Concept named Russia ...": one was adopted that year).

Checked against the KB's list (strategic_concepts.yaml, complete from 1991): a dated claim agrees
with an adoption that day (or month, or year), else is contradicted (not within NEAR_DAYS of
one: the summit's other days, a report dated the day after); a year on the noun likewise;
an undated "new Strategic Concept" is of the one adopted within WINDOW days of the day the claim
speaks of (a plan the day before, a report the day after), else the KB cannot tell. A denial of
an adoption the KB has is contradicted; a denial it does not contradict is `new`.
"""

from __future__ import annotations

from datetime import timedelta

from spacy.tokens import Span, Token

from accord.model import Statement
from accord.nlp.extract.claims.grammar import Context, clause_tokens, make, negated, one_date, qualifiers
from accord.reconcile import timecmp
from accord.reconcile.kbcheck import Verdict, fact_evidence

ORDER = 60
PROPERTY = "adopted_strategic_concept"
NATO = "org:NATO"
ADOPT_VERBS = frozenset("adopt publish unveil approve endorse release issue launch present sign agree finalise "
                        "finalize update produce".split())
# Their antonyms: "leaders rejected / shelved the new Strategic Concept" denies its adoption.
REJECT_VERBS = frozenset("reject scrap shelve abandon veto block postpone delay".split())
OLD_WORDS = frozenset({"last", "previous", "old", "former", "earlier", "prior"})
FIRST_YEAR = 1991
WINDOW = 45
NEAR_DAYS = 3  # a stated day this close to an adoption is not contradicted


def extract(ctx: Context, sent: Span) -> list[Statement]:
    out = []
    for noun in sent:
        if noun.lemma_.lower() != "concept" or not any(c.lower_ == "strategic" for c in noun.lefts):
            continue
        verb = _adopting(noun)
        year = next((c.text for c in noun.lefts if c.like_num and len(c.text) == 4 and c.text.isdecimal()), None)
        if verb is None:
            out += _named_by_year(ctx, noun, year)
            continue
        value = f"{year} Strategic Concept" if year else "Strategic Concept"
        point = one_date(qualifiers(ctx, clause_tokens(verb) - {t.i for t in noun.subtree}))
        if point is None and year is None and any(c.lower_ in OLD_WORDS for c in noun.lefts):
            continue  # "the last Strategic Concept was adopted", undated: not the one of the article's day
        denied = negated(verb) != (verb.lemma_.lower() in REJECT_VERBS)
        out.append(make(ctx, NATO, PROPERTY, value, [noun, verb], verb, denied,
                        {"point_in_time": point} if point else {}))
    return out


def _named_by_year(ctx: Context, noun: Token, year: str | None) -> list[Statement]:
    """"NATO's 2022 Strategic Concept named Russia ...", "the 2010 Strategic Concept": a concept
    named by its year, whatever the verb, is one adopted that year (the noun presupposes it). Not
    an indefinite one ("a 2030 Strategic Concept" may be wished for), nor a year after the
    article's, nor under a denial."""
    published = str(ctx.doc._.document_date or "")[:4]
    if year is None or not published.isdecimal() or int(year) > int(published) or negated(noun):
        return []
    if any(c.dep_ == "det" and c.lower_ in ("a", "an", "any", "no") for c in noun.children):
        return []
    return [make(ctx, NATO, PROPERTY, f"{year} Strategic Concept", [noun], noun, False, {}, modality="fact")]


def _adopting(noun: Token) -> Token | None:
    """The adopting verb the concept is the object of ("adopted the concept", "agreed on the
    concept"), the subject of in the passive ("the concept was adopted"), or described by ("the
    concept adopted in Lisbon")."""
    head = noun.head
    if noun.dep_ in ("dobj", "nsubjpass") and head.lemma_.lower() in ADOPT_VERBS | REJECT_VERBS:
        return head
    if noun.dep_ == "pobj" and head.lower_ == "on" and head.head.lemma_.lower() == "agree":
        return head.head
    return next((c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"
                 and c.lemma_.lower() in ADOPT_VERBS), None)


def check_concept(checker, st: Statement, on: str | None) -> Verdict | None:
    facts = checker.kb.facts(subject=NATO, property=PROPERTY)
    if not facts:
        return None
    year = st.value.split()[0] if st.value[:1].isdecimal() else None
    when = st.point_in_time
    denied = st.polarity == "negated"
    if when is not None:
        if (timecmp.bounds(when) or (None,))[0] is None or timecmp.bounds(when)[1].year < FIRST_YEAR:
            return None
        same = [f for f in facts if timecmp.same_time(when, f.point_in_time)]
        if year is not None:
            same = [f for f in same if f.value.startswith(year)]
        if not same and not denied and _days_off(when, facts) <= NEAR_DAYS:
            return None  # a day or two off: the summit's other days, a report of the day after
        return _verdict(checker, same, facts, denied, timecmp.label(when))
    if year is not None:
        if int(year) < FIRST_YEAR:
            return None
        return _verdict(checker, [f for f in facts if f.value.startswith(year)], facts, denied, year)
    bounds = timecmp.bounds(on) if on else None
    if bounds is None:
        return None
    near = [f for f in facts if timecmp.bounds(f.point_in_time)
            and bounds[0] - timedelta(days=WINDOW) <= timecmp.bounds(f.point_in_time)[0] <= bounds[1] + timedelta(days=WINDOW)]
    if not near:
        return None  # a concept the claim speaks of that the KB cannot place
    return _verdict(checker, near, facts, denied, f"around {on}")


def _days_off(when, facts) -> int:
    """How many days the stated day (or period) lies from the nearest adoption."""
    first, last = timecmp.bounds(when)
    gaps = []
    for f in facts:
        day = timecmp.bounds(f.point_in_time)[0]
        gaps.append(0 if first <= day <= last else min(abs((day - first).days), abs((day - last).days)))
    return min(gaps)


def _verdict(checker, same, facts, denied: bool, when: str) -> Verdict | None:
    if same:
        f = same[0]
        said = f"NATO adopted its {f.value} on {f.point_in_time.value} ({f.qualifiers.get('summit', '')})"
        if denied:
            return Verdict("contradicted_by_kb", f"{said}, but the claim says not.", [fact_evidence(f)])
        return Verdict("supported", f"{said}.", [fact_evidence(f)])
    if denied:
        return None  # a denial the KB does not contradict: new
    days = ", ".join(f"{f.value} on {f.point_in_time.value}" for f in facts)
    return Verdict("contradicted_by_kb", f"NATO adopted no Strategic Concept {when}; it adopted the {days}.",
                   [fact_evidence(f) for f in facts])


def _words(name, st) -> str:
    return f"NATO {'did not adopt' if st.polarity == 'negated' else 'adopted'} the {st.value}"


CHECKS = {PROPERTY: check_concept}
WORDS = {PROPERTY: _words}
