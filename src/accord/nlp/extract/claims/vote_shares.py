"""A candidate's share of the vote in a national election (`vote_share`, person -> percent).

Read: "X won the May 28 run-off with 52.2% of the vote", "X won 41.1 percent of the vote in
Tuesday's election", "X won the run-off on April 24 with about 58.5 percent": the subject of
"won" (election_winners' reading of it), the number before "percent" / "per cent" / "%" in the
verb's object or its "with" phrase, and the date of the election the verb takes (as object, or
in its "in" phrase; election_winners.election_date). A number hedged ("about", "nearly", "more
than") is marked "~". Not read: a share of seats, a share without a dated election, or a vote
moved or annulled. A sentence may speak of a first round too ("won 53.6 percent in the May 18
run-off, overturning Simion's lead in the first round"): the share is of the round its date
names, and the KB's shares are of the deciding rounds only.

Checked against the KB's shares (election_results.yaml: the winners of the deciding round of
some direct presidential elections, not complete): supported within a margin, contradicted
beyond it: 0.6 of a point for a number with decimals (rounding, a count not yet final), 1.0
for a whole number, 2.5 for a hedged one; an election or a person the list lacks: no verdict.
"""

from __future__ import annotations

from datetime import timedelta

from spacy.tokens import Span, Token

from accord.model import Statement, TimeQualifier
from accord.nlp.extract.claims import elections
from accord.nlp.extract.claims.election_winners import _subjects, election_date, is_election
from accord.nlp.extract.claims.grammar import Context, make, negated

ORDER = 66
SHARE = "vote_share"
WIN_VERBS = {"win", "take", "get", "receive", "secure", "garner", "capture", "poll"}
PERCENT = {"percent", "%", "cent", "pct", "per-cent"}
HEDGES = {"about", "around", "roughly", "nearly", "almost", "some", "approximately", "over", "more", "less",
          "under", "just", "above", "below", "close", "barely", "than", "up"}
#: the margins a share is supported within (points): decimals, a whole number, hedged
EXACT, WHOLE, HEDGED = 0.6, 1.0, 2.5
MARGIN = timedelta(days=1)


def extract(ctx: Context, sent: Span) -> list[Statement]:
    if ctx.kb is None:
        return []
    words = {t.lower_ for t in sent}
    if not words & PERCENT or words & (elections.MOVED | {"seats", "seat"}):
        return []
    out: list[Statement] = []
    for verb in sent:
        if verb.lemma_.lower() in WIN_VERBS and verb.pos_ == "VERB" and not negated(verb):
            out += _share(ctx, verb)
    return out


def _share(ctx: Context, verb: Token) -> list[Statement]:
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    withs = [o for c in verb.children if c.dep_ == "prep" and c.lower_ == "with" for o in c.children if o.dep_ == "pobj"]
    shares = [t for t in objects + withs if t.lower_ in PERCENT]
    nouns = [t for t in objects if is_election(t)]
    nouns += [o for c in verb.children if c.dep_ == "prep" and c.lower_ == "in" for o in c.children
              if o.dep_ == "pobj" and is_election(o)]
    if len(shares) != 1 or len(nouns) != 1:
        return []
    number = _number(shares[0])
    if number is None:
        return []
    when = election_date(ctx, nouns[0], verb)
    people = list(dict.fromkeys(p for t in _subjects(verb) for p in ctx.entities([t], ("person:",))))
    if when is None or len(people) != 1:
        return []
    value, precision, _ = when
    extra = {"modality": "plan"} if elections.to_come(ctx, value) else {}
    return [make(ctx, people[0], SHARE, number, [shares[0], nouns[0]], verb, False,
                 {"point_in_time": TimeQualifier(value, precision)}, **extra)]


def _number(share: Token) -> str | None:
    """ "52.2" of "52.2%", "~58.5" of "about 58.5 percent"; None when no one number."""
    nums = [c for c in share.children if c.dep_ == "nummod" and c.like_num]
    if share.lower_ == "cent" and not any(c.lower_ == "per" for c in share.children):
        return None
    if len(nums) != 1:
        return None
    try:
        number = float(nums[0].text)
    except ValueError:
        return None
    if not 0 < number <= 100:
        return None
    hedged = any(t.lower_ in HEDGES for n in nums for t in n.subtree if t.i != n.i) or \
        any(c.lower_ in HEDGES for c in share.children)
    return ("~" if hedged else "") + nums[0].text


def check(checker, st: Statement, on: str | None):
    from accord.reconcile import timecmp
    from accord.reconcile.kbcheck import Verdict, fact_evidence

    window = timecmp.bounds(st.point_in_time) if st.point_in_time is not None else None
    if window is None or st.polarity == "negated":
        return None
    lo, hi = window
    fitting = []
    for fact in checker.kb.facts(subject=st.subject, property=SHARE):
        first = timecmp.bounds(fact.point_in_time or fact.start)[0]
        last = timecmp.bounds(fact.point_in_time or fact.end)[1]
        if first <= hi + MARGIN and last >= lo - MARGIN:
            fitting.append(fact)
    if len(fitting) != 1:
        return None
    fact = fitting[0]
    hedged, text = st.value.startswith("~"), st.value.lstrip("~")
    margin = HEDGED if hedged else EXACT if "." in text else WHOLE
    claimed, recorded = float(text), float(fact.value)
    who = checker.name(st.subject)
    if abs(claimed - recorded) <= margin:
        return Verdict("supported", f"{who} won {fact.value}% of the vote then.", [fact_evidence(fact)])
    if st.modality != "fact":
        return None
    return Verdict("contradicted_by_kb", f"The claim gives {who} {st.value}% of the vote, but {who} won "
                   f"{fact.value}% (the official result), more than {margin} points off.", [fact_evidence(fact)])


def describe(name, st: Statement) -> str:
    """ "Recep Tayyip Erdoğan won 52.2% of the vote on 2023-05-28"."""
    when = st.point_in_time.value if st.point_in_time is not None else "an unstated day"
    return f"{name(st.subject)} won {st.value.replace('~', 'about ')}% of the vote on {when}"


CHECKS = {SHARE: check}
WORDS = {SHARE: describe}
