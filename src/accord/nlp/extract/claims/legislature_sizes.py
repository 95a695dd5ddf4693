"""The size of a parliament and the majority in it (seat25, session 17): "the 450-seat Verkhovna
Rada", "Japan's 465-member lower house", "the Sejm's 460 seats", "all 349 members of the Riksdag", "won 37 of the 150 seats in the lower house",
"the Storting, which has 169 seats", "the Knesset has 120 members"; and the absolute majority of
its seats: "176 seats are needed for a majority in Spain's Congress", "a majority in the 349-seat
Riksdag requires 175 votes".

A chamber is one of kb/data/legislatures.yaml's (and the European Parliament): by a name of its
own ("Bundestag", "Sejm", "Knesset", "the Rada") anywhere, or by a name several states' chambers
share (its `attrs.generic`: "Senate", "lower house", "parliament", "House of Representatives")
only with its state in the same phrase: "Poland's 100-seat Senate", "the 100-seat US Senate",
"the 450-seat parliament of Ukraine", or in an article about one state only
(`elections.article_state`: "the 81-seat parliament" in a report from Podgorica). A name that fits several chambers of the state ("Italy's
600-member parliament": both houses) or none is not read.

Not read: a party's or a bloc's seats ("won 194 seats", "PiS's 194 seats": no chamber before the
number), committees ("the Bundestag's 30-member defence committee": no chamber after "member"),
a part of the house ("the European Parliament's 96 members from Germany", "299 seats
elected directly"), a house to come or gone ("the new 630-seat Bundestag", "the outgoing
house"), another noun after the name ("the European Parliament delegation", "the Bundestag
election"), "N MPs voted", a majority with another measure ("two-thirds", "qualified", "simple", "working"
majorities, "a majority of 80" (a margin, as British news gives it) and "a majority of 316 in the
Bundestag" (a coalition's seats or the threshold: not read)), a range of time ("since 2022"), sizes said to change ("cut from 630
to 400 seats").

Statements: `legislature_seats`, chamber -> the number of seats; `legislature_majority`, chamber ->
the seats an absolute majority needs. Both are dated by the sentence's own day or else the
article's. Checked against the size on that day: the same supported, another contradicted; a
day (or month, or year) over which no one size holds (a change of size, the weeks between an
election and the new house's first sitting) unverifiable; a size above the elected seats by no
more than `qualifiers.extra` (Italy's life senators) unverifiable too.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Span, Token

from accord.model import Statement
from accord.nlp.extract.claims.elections import article_state
from accord.nlp.extract.claims.grammar import Context, make, qualifiers
from accord.reconcile import timecmp
from accord.reconcile.kbcheck import Verdict, fact_evidence

ORDER = 66
SEATS, MAJORITY = "legislature_seats", "legislature_majority"
SIZE_NOUNS = frozenset({"seat", "member", "strong"})
COUNT_NOUNS = frozenset({"seats", "members", "deputies", "lawmakers", "legislators", "mps"})
MAJORITY_WORDS = frozenset({"absolute", "outright", "overall", "bare"})
NEED_WORDS = frozenset({"need", "require", "take"})
POSSESSIVE = frozenset({"'s", "’s"})
#: words after "N seats" / "N members" that make them a part of the house ("96 members from
#: Germany", "299 members elected directly", "the 27 seats held by the Greens")
PART_WORDS = frozenset({"from", "elected", "who", "that", "representing", "for", "chosen", "appointed",
                        "allocated", "held", "won", "of", "in", "directly", "belonging"})
#: words before the size that make it another house's: "the new 630-seat Bundestag" (to be elected)
CHANGE_WORDS = frozenset({"new", "next", "future", "incoming", "outgoing", "old", "previous", "former",
                          "enlarged", "expanded", "reduced", "smaller", "larger", "bigger", "slimmed",
                          "downsized", "newly", "expected", "planned", "proposed"})
LONGEST_NAME = 6
EUROPEAN_PARLIAMENT = "org:european-parliament"


def extract(ctx: Context, sent: Span) -> list[Statement]:
    if ctx.kb is None or not _worth_reading(sent.text):
        return []
    toks = list(sent)
    times = qualifiers(ctx, {t.i for t in toks})
    if "start" in times or "end" in times:
        return []  # "since 2022", "from 2017 to 2021": a size over a stretch of time, not read
    out: list[Statement] = []
    sizes = _sizes(ctx, toks)
    for found in sizes + _majorities(ctx, toks, {s[1] for s in sizes}):
        prop, chamber, number, tokens = found
        out.append(make(ctx, chamber, prop, str(number), tokens, tokens[0], False, times))
    return out


def _worth_reading(text: str) -> bool:
    """A cheap test before any walk: a number and a word of size or majority."""
    return bool(re.search(r"\d", text)) and bool(re.search(r"seat|member|majority|strong", text, re.I))


# -- the chambers and their names ----------------------------------------------------------------

def _key(text: str) -> tuple[str, ...]:
    """A name as the lower-case words a token walk meets ("U.S. Senate" -> ("us", "senate"))."""
    text = text.lower().replace(".", "").replace("’", "'")
    return tuple(re.findall(r"'s|[^\W_]+", text))


def _token_key(tok: Token) -> str:
    text = tok.lower_.replace(".", "").replace("’", "'")
    return text


@lru_cache(maxsize=4)
def _names(kb) -> tuple[dict, dict]:
    """({name key: chamber} for the names of their own, {(state, name key): [chambers]} for the
    names chambers share) of every chamber the KB sizes."""
    own: dict[tuple, str] = {}
    shared: dict[tuple, list[str]] = {}
    for chamber in sorted({f.subject for f in kb.facts(property=SEATS)}):
        entity = kb.entity(chamber)
        for name in [entity.name, *entity.aliases, *entity.abbreviations]:
            own[_key(name)] = chamber
        state = entity.attrs.get("state")
        for name in entity.attrs.get("generic", []):
            shared.setdefault((state, _key(name)), []).append(chamber)
    return own, shared


def _name_at(kb, toks: list[Token], i: int, generic: bool) -> tuple[str | tuple, int] | None:
    """The chamber name that starts at toks[i], longest first: (chamber, end) for a name of its
    own, ((name key,), end) for a shared name when `generic`; None."""
    own, shared = _names(kb)
    shared_keys = {k for _, k in shared}
    for n in range(min(LONGEST_NAME, len(toks) - i), 0, -1):
        key = tuple(_token_key(t) for t in toks[i:i + n])
        if key in own and toks[i].text[:1].isupper():
            return own[key], i + n
        if generic and key in shared_keys:
            return (key,), i + n
    return None


def _state(ctx: Context, tok: Token | None) -> str | None:
    ent = ctx.entity(tok) if tok is not None else None
    return ent if ent and ent.startswith("state:") else None


def _chamber(ctx: Context, toks: list[Token], i: int, before: int) -> tuple[str, int] | None:
    """The chamber named from toks[i] (its state, if the name is shared, written just before it,
    as "Japan's" before `before` or "of Japan" after it): (chamber, end) or None."""
    _, shared = _names(ctx.kb)
    state, j = None, i
    while j < len(toks) and _state(ctx, toks[j]):  # "the 100-seat US Senate", "the Polish Senate"
        state, j = _state(ctx, toks[j]), j + 1
    found = _name_at(ctx.kb, toks, j, generic=True)
    if found is None:
        return None
    name, end = found
    if end < len(toks) and toks[end].pos_ in ("NOUN", "PROPN") and toks[end].lower_ not in POSSESSIVE:
        return None  # "the European Parliament delegation", "the Bundestag election": another noun
    if isinstance(name, str):
        return name, end
    if state is None and before >= 2 and toks[before - 1].lower_ in POSSESSIVE:
        state = _state(ctx, toks[before - 2])  # "Japan's 465-seat lower house"
    if state is None and end + 1 < len(toks) and toks[end].lower_ == "of":
        state = _state(ctx, toks[end + 1 + (toks[end + 1].lower_ == "the")])  # "the parliament of Ukraine"
    if state is None:  # "the 81-seat parliament" in an article about Montenegro alone
        states = article_state(ctx, toks[j])
        state = states[0] if len(states) == 1 else None
    chambers = shared.get((state, name[0]), []) if state else []
    return (chambers[0], end) if len(chambers) == 1 else None


def _number(tok: Token) -> int | None:
    """A whole number written in figures, 10 to 999 ("450"; not "1,000", "2.5", "2019")."""
    return int(tok.text) if re.fullmatch(r"[1-9]\d{1,2}", tok.text) else None


# -- sizes ------------------------------------------------------------------------------------

def _sizes(ctx: Context, toks: list[Token]) -> list[tuple]:
    """(SEATS, chamber, number, tokens) for "the N-seat X", "X's N seats", "all N members of X",
    "X(, which) has N seats", "(N) of the N seats in X"."""
    out = []
    for k, tok in enumerate(toks):
        n = _number(tok)
        if n is None:
            continue
        if _changing(toks, k):
            continue
        # "the 450-seat Rada", "Japan's 465-member lower house"
        if k + 3 < len(toks) and toks[k + 1].text == "-" and toks[k + 2].lower_ in SIZE_NOUNS:
            found = _chamber(ctx, toks, k + 3, k)
            if found:
                out.append((SEATS, found[0], n, toks[k:found[1]]))
            continue
        if k + 1 >= len(toks) or toks[k + 1].lower_ not in COUNT_NOUNS:
            continue
        if k + 2 < len(toks) and toks[k + 2].lower_ in PART_WORDS - {"of", "in"}:
            continue  # "the European Parliament's 96 members from Germany"
        # "all 349 members of the Riksdag", "won 37 of the 150 seats in the lower house", "all 460 seats in the Sejm"
        if k >= 1 and toks[k - 1].lower_ == "all" and k + 3 < len(toks) and toks[k + 2].lower_ in ("of", "in"):
            start = k + 3 + (toks[k + 3].lower_ == "the")
            found = _chamber(ctx, toks, start, start)
            if found and not _after_the_chamber_a_part(toks, found[1]):
                out.append((SEATS, found[0], n, toks[k - 1:found[1]]))
            continue
        # "won 37 of the 150 seats in the lower house", "21 of the 60 seats in parliament"
        if k >= 2 and toks[k - 1].lower_ == "the" and toks[k - 2].lower_ == "of" and \
                k + 3 < len(toks) and toks[k + 1].lower_ == "seats" and toks[k + 2].lower_ == "in":
            start = k + 3 + (toks[k + 3].lower_ == "the")
            found = _chamber(ctx, toks, start, start)
            if found and not _after_the_chamber_a_part(toks, found[1]) and found[0] != EUROPEAN_PARLIAMENT:
                out.append((SEATS, found[0], n, toks[k - 2:found[1]]))  # (a state's share of it: "20 of the 96 seats in the EP")
            continue
        if k + 2 < len(toks) and toks[k + 2].lower_ in ("of", "in"):
            continue  # "the Bundestag's 299 seats in the constituencies", "has 20 members of ..."
        # "the Sejm's 460 seats", "the US Senate's 100 members"
        if k >= 2 and toks[k - 1].lower_ in POSSESSIVE:
            chamber = _ending_at(ctx, toks, k - 1)
            if chamber:
                out.append((SEATS, chamber, n, toks[k - 1:k + 2]))
            continue
        # "the Storting, which has 169 seats", "the Knesset has 120 members"
        if k >= 2 and toks[k - 1].lower_ == "has":
            at = k - 2
            if toks[at].lower_ == "which" and at >= 1 and toks[at - 1].text == ",":
                at -= 2
            chamber = _ending_at(ctx, toks, at + 1)
            if chamber:
                out.append((SEATS, chamber, n, toks[k - 1:k + 2]))
    return out


def _changing(toks: list[Token], k: int) -> bool:
    """Is the size at toks[k] told of another house than the sitting one ("the new 630-seat
    Bundestag", "the outgoing 736-member house", "the planned 400-seat chamber")?"""
    before = [t.lower_ for t in toks[max(0, k - 3):k]]
    return any(w in CHANGE_WORDS or w.split("-")[0] in CHANGE_WORDS for w in before)


def _after_the_chamber_a_part(toks: list[Token], end: int) -> bool:
    """ "all 96 members of the European Parliament from Germany": a part of the house."""
    return end < len(toks) and toks[end].lower_ in PART_WORDS


def _ending_at(ctx: Context, toks: list[Token], end: int) -> str | None:
    """The chamber whose name ends just before toks[end] ("the Sejm" in "the Sejm's"), its
    state's name (a shared name) just before it; None."""
    for start in range(max(0, end - LONGEST_NAME - 1), end):
        found = _chamber(ctx, toks, start, start)
        if found and found[1] == end:
            return found[0]
    return None


# -- majorities -------------------------------------------------------------------------------

MAJORITY_NEEDED = re.compile(
    r"(?P<m>[1-9]\d{1,2}) (?:seats |votes |MPs |deputies )?(?:are |is |would be |will be )?(?:needed|required) "
    r"(?:for|to (?:win|secure|form|have|hold|command)) (?:a|an) (?:(?:absolute|outright|overall|bare) )?majority"
    r"|(?:a|an) (?:(?:absolute|outright|overall|bare) )?majority (?:in|of) (?P<of>.{3,80}?) "
    r"(?:needs|requires|takes|is) (?P<m2>[1-9]\d{1,2})\b(?! ?%| percent)", re.I)


def _majorities(ctx: Context, toks: list[Token], sized: set[str]) -> list[tuple]:
    """(MAJORITY, chamber, number, tokens) where the sentence names one chamber (by its name or
    with its size: `sized`) and tells the seats a majority of it needs."""
    if not any(t.lower_ == "majority" for t in toks):
        return []
    text = " ".join(t.text for t in toks)
    chambers = set(_all_chambers(ctx, toks)) | sized
    if len(chambers) != 1:
        return []
    chamber = chambers.pop()
    out = []
    for match in MAJORITY_NEEDED.finditer(text):
        if _other_majority(text, match.start()):
            continue
        m = int(match.group("m") or match.group("m2"))
        tokens = _tokens_of(toks, text, match.start(), match.end())
        if tokens:
            out.append((MAJORITY, chamber, m, tokens))
    return out


def _other_majority(text: str, at: int) -> bool:
    """ "a two-thirds majority", "a simple majority": the word before the match says another kind."""
    before = text[max(0, at - 20):at].lower()
    return bool(re.search(r"(two-thirds|two - thirds|three-fifths|qualified|simple|working|constitutional)\s*$", before))


def _all_chambers(ctx: Context, toks: list[Token]) -> list[str]:
    """Every chamber the sentence names (shared names with their state only)."""
    found, i = [], 0
    while i < len(toks):
        hit = _chamber(ctx, toks, i, i)
        if hit:
            found.append(hit[0])
            i = hit[1]
        else:
            i += 1
    return found


def _tokens_of(toks: list[Token], text: str, start: int, end: int) -> list[Token]:
    """The tokens of `toks` inside text[start:end], `text` the tokens joined by single spaces."""
    out, at = [], 0
    for t in toks:
        if start <= at and at + len(t.text) <= end:
            out.append(t)
        at += len(t.text) + 1
    return out


# -- the check --------------------------------------------------------------------------------

def check_size(checker, st: Statement, on: str | None) -> Verdict | None:
    """The chamber's size (or absolute majority) on `on`: supported when the claim gives it,
    contradicted when it gives another, unverifiable when no one size holds over all of `on`."""
    facts = checker.kb.facts(subject=st.subject, property=SEATS)
    if not facts:
        return None
    name = checker.name(st.subject)
    span = timecmp.bounds(on) if on else None
    if span is None:
        return Verdict("unverifiable", f"The claim has no date to check the size of {name} on.")
    active = [f for f in facts if timecmp.active_on(f.start, f.end, on)]
    whole = [f for f in active if _holds_over(f, span)]
    if len(active) != 1 or not whole:
        return Verdict("unverifiable", f"No one size of {name} holds over all of {timecmp.label(on)} "
                       "(a change of size or the weeks before a new house sits).",
                       [fact_evidence(f) for f in active])
    fact = whole[0]
    seats = int(fact.value)
    claimed = int(st.value)
    extra = int((fact.qualifiers or {}).get("extra", 0))
    if st.property == MAJORITY:
        if extra:
            return Verdict("unverifiable", f"{name} has members beside its {seats} elected seats.", [fact_evidence(fact)])
        want, what = seats // 2 + 1, f"a majority of {name} ({seats} seats) is {seats // 2 + 1}"
    else:
        want, what = seats, f"{name} has {seats} seats"
    evidence = [fact_evidence(fact)]
    if claimed == want:
        return Verdict("supported", f"On {timecmp.label(on)} {what}.", evidence)
    if seats < claimed <= seats + extra:
        return Verdict("unverifiable", f"{name} has {seats} elected seats and up to {extra} members beside them.",
                       evidence)
    return Verdict("contradicted_by_kb", f"On {timecmp.label(on)} {what}, not {claimed}.", evidence)


def _holds_over(fact, span) -> bool:
    """Does the fact hold on every day of span (first, last)?"""
    first = timecmp.bounds(fact.start)[0] if fact.start is not None else None
    last = timecmp.last_day(fact.end) if fact.end is not None else None
    return (first is None or first <= span[0]) and (last is None or span[1] <= last)


def _words(name, st) -> str:
    if st.property == MAJORITY:
        return f"a majority of {name(st.subject)} needs {st.value} seats"
    return f"{name(st.subject)} has {st.value} seats"


CHECKS = {SEATS: check_size, MAJORITY: check_size}
WORDS = {SEATS: _words, MAJORITY: _words}
