"""How many allies meet the 2% guideline: "23 allies met the 2% target in 2024", "eleven of the 31
allies reached the 2 percent goal", "more than two-thirds of allies have met the guideline".

Read only where a count of allies is the subject of a meeting verb ("meet", "reach", "hit",
"fulfil", "exceed") whose object is a target phrase. The KB holds NATO's own published figures for
a few years (`allies_meeting` in spending.yaml); a figure said in a year is compared with NATO's
count for that year. Counts are forecasts and estimates revised from release to release ("18
allies" in February 2024 became 23 in June), so a count is `supported` when it agrees and `new`
otherwise — unless it is said on or after the day NATO published its estimate for that year
(`published` in the KB) and is CLEAR (3) or more allies away from it: then it is contradicted.
"N allies will miss the target" is read as "N allies will not meet it".

Statement `allies_meeting` (subject the 2% obligation, value "23", ">2/3" for "more than
two-thirds", "=1/2" for "half"). Negated ("eight allies did not meet it", "more than two-thirds
have not fulfilled their commitment", "failed to reach"), it counts the allies below the
guideline: the rest are at it. Such a count is contradicted when the share it leaves at 2% is
more than GROSS (a quarter of the allies) away from NATO's: no revision moves a figure that far,
and that is what saying "not" of the true figure does.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from accord.model import Statement
from accord.nlp.extract.claims._numbers import cardinal
from accord.nlp.extract.claims._percent import TARGET_NOUNS
from accord.nlp.extract.claims.grammar import Context, make, negated, qualifiers
from accord.reconcile.kbcheck import Verdict, fact_evidence

MEET_VERBS = {"meet", "reach", "hit", "fulfil", "fulfill", "achieve", "exceed", "surpass", "attain"}
# "23 allies will miss the target": the antonym of meeting it, read as a denied meeting
MISS_VERBS = {"miss", "undershoot"}
CLEAR = 3  # allies: a count this far from NATO's published estimate, said after it, is no revision
ALLY_NOUNS = {"ally", "allies", "member", "country", "nation", "state"}
FRACTIONS = {"half": "1/2", "thirds": "2/3", "third": "1/3", "quarters": "3/4"}
WALES = "obligation:nato-defence-investment-2pc"
GROSS = 0.25  # a share of the allies further than this from NATO's count is no revision


def extract(ctx: Context, sent: Span) -> list[Statement]:
    if ctx.topic_org != "org:NATO":
        return []
    out = []
    for verb in sent:
        if verb.lemma_.lower() not in MEET_VERBS | MISS_VERBS or not _meets_target(ctx, verb):
            continue
        holder = verb.head if verb.dep_ == "xcomp" else verb  # "15 allies failed to meet it"
        subj = next((c for c in holder.children if c.dep_ in ("nsubj", "nsubjpass")), None)  # "are expected to"
        value = _count(subj) if subj is not None else None
        if value is not None:
            baselines = _baselines(verb)
            skip = {t.i for b in baselines for t in b.subtree}
            times = _this_year(ctx, verb, qualifiers(ctx, {t.i for t in sent} - skip))
            denied = negated(verb) != (verb.lemma_.lower() in MISS_VERBS)  # "did not miss" is a meeting
            out.append(make(ctx, WALES, "allies_meeting", value, [subj, verb], verb, denied, times=times))
            out += _baseline_counts(ctx, verb, baselines, denied)
    return out


def _this_year(ctx: Context, verb: Token, times: dict) -> dict:
    """ "eleven allies are expected to reach it this year", "will meet it this year": a count of
    the article's own year told in the present or future is said on the article's day (after
    NATO's estimate for the year was published, or before it: `_after_release`)."""
    from accord.model import TimeQualifier

    published = str(getattr(ctx.doc._, "document_date", "") or "")[:10]
    point = times.get("point_in_time")
    past = verb.tag_ in ("VBD", "VBN") and not any(c.dep_ == "aux" for c in verb.children) or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in (verb, verb.head) for c in c.children)
    if len(published) < 10 or point is None or point.precision != "year" or point.value[:4] != published[:4] or past:
        return times
    return {**times, "point_in_time": TimeQualifier(published, "day")}


# "nine allies now meet it, up from three in 2014", "..., compared with three in 2014": the count
# of another year the comparison gives (its date is not the main count's)
BASELINE_HEADS = {"up", "down"}
COMPARING = {"compared", "compare", "against", "versus", "vs"}


def _baselines(verb: Token) -> list[Token]:
    """The comparison phrases on the verb: "up from N in YEAR", "compared with N in YEAR"."""
    out = []
    for c in verb.children:
        if c.dep_ == "advmod" and c.lower_ in BASELINE_HEADS and any(p.lower_ == "from" for p in c.children):
            out.append(c)
        elif c.dep_ == "prep" and c.lower_ in COMPARING:
            out.append(c)
    return out


def _baseline_counts(ctx: Context, verb: Token, baselines: list[Token], denied: bool) -> list[Statement]:
    """ "up from three in 2014": three allies met it in 2014 — only with a year of its own."""
    out = []
    for phrase in baselines:
        nums = [t for t in phrase.subtree if t.like_num and t.dep_ == "pobj" and t.ent_type_ != "DATE"]
        if len(nums) != 1 or _rough(nums[0]):
            continue
        n = cardinal(nums[0])
        times = qualifiers(ctx, {t.i for t in phrase.subtree})
        if n and times.get("point_in_time") is not None:
            out.append(make(ctx, WALES, "allies_meeting", str(n), [nums[0], verb], verb, denied,
                            times={"point_in_time": times["point_in_time"]}))
    return out


# "eleven allies are expected to reach that level": a level the sentence or the one before set at 2%
LEVEL_NOUNS = {"level", "line", "mark", "figure", "threshold"}


def _meets_target(ctx: Context, verb: Token) -> bool:
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None:
        return False
    if obj.lemma_.lower() in TARGET_NOUNS:
        return True
    return obj.lemma_.lower() in LEVEL_NOUNS and any(c.dep_ == "det" and c.lower_ in ("that", "this", "the")
                                                      for c in obj.children) and _two_percent_before(ctx, verb)


def _two_percent_before(ctx: Context, verb: Token) -> bool:
    """Is 2% the one share of GDP this sentence and the one before name ("agreed to invest at
    least 2% of GDP. Only eleven are expected to reach that level")?"""
    sent = verb.sent
    start = ctx.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    shares = set()
    for t in ctx.doc[start:sent.end]:
        if t.ent_type_ == "PERCENT" and t.like_num:
            shares.add(t.text if t.text.replace(".", "").isdecimal() else str(cardinal(t)))
    return shares == {"2"}


def _count(subj: Token) -> str | None:
    """ "23 allies", "eleven of the 31 allies", "more than two-thirds of allies"."""
    if subj.lemma_.lower() in ALLY_NOUNS:
        num = next((c for c in subj.children if c.dep_ == "nummod"), None)
        n = cardinal(num) if num is not None else None
        return str(n) if n and not _rough(num) else None
    of = next((c for c in subj.children if c.dep_ == "prep" and c.lower_ in ("of", "out")), None)
    if of is None or not any(t.lemma_.lower() in ALLY_NOUNS for t in of.subtree):
        return None
    if subj.lower_ in FRACTIONS:
        mark = ">" if _rough(subj) else "="
        return f"{mark}{FRACTIONS[subj.lower_]}" if subj.lower_ == "half" or _two(subj) else None
    n = cardinal(subj) if subj.like_num else None
    return str(n) if n and not _rough(subj) else None


def _two(frac: Token) -> bool:
    return any(c.lower_ in ("two", "three") for c in frac.children) or frac.lower_ == "half"


def _rough(tok: Token) -> bool:
    return any(t.lower_ in ("more", "over", "nearly", "almost", "about", "around", "some", "than", "least", "fewer")
               for t in tok.subtree if t.i < tok.i)


def check_meeting(checker, st, on: str | None) -> Verdict | None:
    day = st.point_in_time.value if st.point_in_time else on
    if not day:
        return None
    facts = [f for f in checker.kb.facts(subject=st.subject, property="allies_meeting")
             if f.point_in_time and f.point_in_time.value[:4] == day[:4]]
    if not facts:
        return Verdict("new", f"The knowledge base has no NATO figure for the allies at 2% in {day[:4]}.", [])
    f = facts[0]
    n, of = int(f.value), int(f.qualifiers.get("of") or 0)
    if st.polarity == "negated":
        return _check_missing(st, f, n, of, day)
    ok = _agrees(st.value, n, of)
    if ok:
        return Verdict("supported", f"NATO's figures for {day[:4]} count {n} of {of} allies at or above 2% of GDP.",
                       [fact_evidence(f)])
    if _after_release(st, f, on or day) and st.value.isdecimal() and abs(int(st.value) - n) >= CLEAR:
        return Verdict("contradicted_by_kb", f"NATO's estimate for {day[:4]}, published on {f.qualifiers['published']}, "
                       f"counts {n} of {of} allies at or above 2% of GDP; the claim, made after it, says {st.value}.",
                       [fact_evidence(f)])
    return Verdict("new", f"NATO's figures for {day[:4]} count {n} of {of} allies at or above 2% of GDP; counts "
                   "are estimates revised from release to release, so the claim is not contradicted.", [fact_evidence(f)])


def _after_release(st, f, on: str) -> bool:
    """Is the claim made on or after the day NATO published its estimate for the year (the KB's
    `published` qualifier)? A forecast made earlier in the year ("18 allies", February 2024) is
    no error; once the estimate is out, a count CLEAR or more away from it is. Only a claim with
    a day or month of its own ("said on Monday", "in February") is placed so."""
    published = str(f.qualifiers.get("published") or "")
    if st.point_in_time is None or st.point_in_time.precision not in ("day", "month"):
        return False  # undated, or a year: the year may be the article's guess ("met it in 2021, figures show")
    own = st.point_in_time.value
    first = own[:10] if len(own) >= 10 else own[:7] + "-01"  # a month from its first day: "in June" may be before
    return bool(published) and len(own) >= 7 and first >= published[:10]


def _agrees(value: str, n: int, of: int) -> bool:
    if value[0] in "<>=" and of:
        num, den = value[1:].split("/")
        share, said = n / of, int(num) / int(den)
        return share > said if value[0] == ">" else abs(share - said) < 0.02
    return value.isdecimal() and int(value) == n


def _check_missing(st, f, n: int, of: int, day: str) -> Verdict | None:
    """ "N allies did not meet the target": the share at it is (of - N) / of; a fraction "more
    than two-thirds have not" leaves less than a third at it."""
    if not of:
        return None
    share = n / of
    if st.value[0] in "<>=":
        mark, frac = st.value[0], st.value[1:].split("/")
        below = int(frac[0]) / int(frac[1])
        at_most = 1 - below  # the share left at 2% ("more than 2/3 have not": less than 1/3 have)
        far = share - at_most > GROSS if mark == ">" else abs(share - at_most) > GROSS
        agrees = share < at_most if mark == ">" else abs(share - at_most) < 0.02
    elif st.value.isdecimal():
        left = (of - int(st.value)) / of
        far, agrees = abs(share - left) > GROSS, of - int(st.value) == n
    else:
        return None
    said = f"NATO's figures for {day[:4]} count {n} of {of} allies at or above 2% of GDP"
    if agrees:
        return Verdict("supported", f"{said}: the others are below it.", [fact_evidence(f)])
    if far:
        return Verdict("contradicted_by_kb", f"{said}, but the claim says {_words(st.value)} of them are not.",
                       [fact_evidence(f)])
    return Verdict("new", f"{said}; counts are estimates revised from release to release.", [fact_evidence(f)])


def _words(value: str) -> str:
    if value[0] in "<>=":
        return ("more than " if value[0] == ">" else "") + value[1:]
    return value
