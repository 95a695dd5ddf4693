"""Percentages as journalists write them ("2%", "2 percent", "two per cent", "3.5 pc", "2%-of-GDP"),
and the phrase a percentage is the level of: a target noun it modifies ("the 2% target"), a target
"of" it ("a goal of spending 2% of GDP", "their commitment of at least 2 percent"), or a spending
verb under a pledge ("allies agreed to spend 5% of GDP").

Not a claim family: the helpers `spending` reads targets with.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from accord.model import TimeQualifier
from accord.nlp.extract.claims._numbers import words_value
from accord.nlp.extract.claims.grammar import clause_tokens, own_times

UNITS = {"%", "percent", "pct", "pc", "per-cent"}
TARGET_NOUNS = {"target", "goal", "guideline", "benchmark", "pledge", "commitment", "threshold", "objective",
                "floor", "requirement", "minimum", "bar", "yardstick", "aim", "norm", "standard"}
SPEND_VERBS = {"spend", "invest", "devote", "allocate", "dedicate", "commit", "put", "raise", "increase",
               "boost", "lift", "reach", "hit", "meet"}
# What a share of GDP is a share of: anything else ("20% of their defence budgets", "4.6% in real
# terms") is some other figure.
DEADLINE_PREPS = {"by", "until", "within", "before", "for"}  # "a target of 5% for 2035": the year aimed at, not the day agreed
OF_GDP = {"gdp", "output", "product", "income", "economy"}
ROUGH = {"more", "over", "above", "beyond", "exceed", "about", "around", "roughly", "nearly", "almost", "some",
         "approximately", "under", "below", "less", "than", "up", "upwards", "close", "just"}


@dataclass
class Percent:
    value: str  # "2", "3.5"
    number: Token
    unit: Token
    rough: bool  # "more than 2%", "nearly 2%": a level, not a target's value


def percents(sent: Span) -> list[Percent]:
    out = []
    for tok in sent:
        unit = _unit(tok)
        if unit is None:
            continue
        number = _number(unit)
        value = _value(number) if number is not None else None
        if value is None or not _of_gdp(unit):
            continue
        out.append(Percent(value, number, unit, _rough(number)))
    return out


def _unit(tok: Token) -> Token | None:
    low = tok.lower_
    if low in UNITS or (low == "cent" and tok.i > 0 and tok.nbor(-1).lower_ == "per"):
        return tok
    return None


def _number(unit: Token) -> Token | None:
    """The number of the percentage: its nummod, else the number just before it ("2 per cent")."""
    found = next((c for c in unit.children if c.dep_ == "nummod" and c.like_num), None)
    if found is not None:
        return found
    i = unit.i - (2 if unit.lower_ == "cent" else 1)
    while i >= unit.sent.start and unit.doc[i].text in ("-", "‐"):
        i -= 1
    tok = unit.doc[i] if i >= unit.sent.start else None
    return tok if tok is not None and tok.like_num else None


def _value(number: Token) -> str | None:
    """ "2" / "3.5" / "two" (a word number with its tens: "twenty-five")."""
    text = number.text.replace(",", ".")
    try:
        val = float(text)
    except ValueError:
        words = [t.text for t in number.subtree if t.i <= number.i and (t.like_num or t.text == "-")]
        val = words_value(words, ordinal=False) or words_value([number.text], ordinal=False)
        if val is None:
            return None
    if not 0 < val < 100:
        return None
    return str(int(val)) if float(val).is_integer() else f"{val:g}"


def _of_gdp(unit: Token) -> bool:
    """No "of X" after the percentage, or X is the economy ("of GDP", "of their economic output")."""
    ofs = [c for c in unit.children if c.dep_ == "prep" and c.lower_ == "of"]
    if not ofs:
        return True
    words = {t.lower_ for o in ofs for t in o.subtree}
    return bool(words & OF_GDP)


def _rough(number: Token) -> bool:
    """"nearly 2%", "more than 2%"; not "well below the 2 percent (that allies pledged)", where the
    comparison is of something else with the definite level."""
    window = range(max(number.sent.start, number.i - 2), number.i)
    if number.i - 1 in window and number.doc[number.i - 1].lower_ == "the":
        window = range(number.i, number.i)
    before = [t for t in number.subtree if t.i < number.i] + [number.doc[i] for i in window]
    return any(t.lower_ in ROUGH for t in before)


def target_noun(p: Percent) -> Token | None:
    """The target noun the percentage is the level of, following modifiers up ("the 2% target",
    "the 2 per cent target"), an "of" ("a goal of 2%", "its target of spending 2%"), and an
    apposition or copula ("the goal, 2% of GDP"; "the target is 2%")."""
    for start in (p.unit, p.number):
        tok, steps = start, 0
        while steps < 5:
            if tok.lemma_.lower() in TARGET_NOUNS and tok.pos_ in ("NOUN", "PROPN") and tok is not p.unit:
                return tok
            dep, head = tok.dep_, tok.head
            moved = _moved_target(tok)
            if moved is not None:
                return moved  # "raised their spending target to 5% of GDP"
            if dep in ("compound", "nmod", "amod", "nummod", "appos") and head is not tok:
                tok = head
            elif dep in ("pobj", "pcomp") and head.lower_ in ("of", "to") and head.head is not head:
                tok = head.head  # "a goal of 2%", "a commitment to spending 2%"
            elif dep == "dobj" and head.lemma_.lower() in SPEND_VERBS and head.dep_ in ("pobj", "pcomp", "acl"):
                tok = head  # "its target of spending 2% of GDP"
            elif dep == "acl" and head.lemma_.lower() in TARGET_NOUNS and tok.lemma_.lower() in SPEND_VERBS:
                tok = head  # "their commitment to spend at least 2% of GDP"
            elif dep == "pobj" and head.lower_ == "with" and head.head.pos_ in ("VERB", "NOUN") and (
                    share := _share_with(head.head)) is not None:
                return share  # "endorsed a goal of 5% of GDP, with 3.5% for core defence"
            elif dep == "attr" and head.lemma_.lower() == "be":
                subj = next((c for c in head.children if c.dep_ == "nsubj"), None)
                if subj is None:
                    break
                tok = subj
            else:
                break
            steps += 1
    return None


def _share_with(head: Token) -> Token | None:
    """"a goal of 5% of GDP, with 3.5% for core defence": the target noun the "with" phrase
    splits (the verb's object, or the noun itself)."""
    if head.pos_ == "NOUN" and head.lemma_.lower() in TARGET_NOUNS:
        return head
    return next((c for c in head.children if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in TARGET_NOUNS), None)


MOVE_VERBS = {"raise", "increase", "lift", "boost", "hike", "set", "fix", "double", "lower", "cut"}


def _moved_target(tok: Token) -> Token | None:
    """ "raise the target to 5%", "set the goal at 3.5%": the target noun the verb moves to (or
    sets at) the percentage."""
    head = tok.head
    if tok.dep_ != "pobj" or head.lower_ not in ("to", "at") or head.head is head:
        return None
    verb = head.head
    if verb.lemma_.lower() not in MOVE_VERBS or (head.lower_ == "at" and verb.lemma_.lower() not in ("set", "fix")):
        return None
    return next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in TARGET_NOUNS), None)


def spend_verb(p: Percent) -> Token | None:
    """The spending verb whose object the percentage is ("to spend 5% of GDP", "to spending 2%")."""
    tok = p.unit
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() in SPEND_VERBS:
        return tok.head
    if tok.dep_ == "pobj" and tok.head.lower_ == "to" and tok.head.head.lemma_.lower() in SPEND_VERBS:
        return tok.head.head  # "raise spending to 2% of GDP"
    if tok.dep_ == "pobj" and tok.head.lower_ in ("towards", "toward") and tok.head.head.lemma_.lower() in TOWARDS_VERBS:
        return tok.head.head  # "pledged to move towards 2% of GDP within a decade" (the Wales wording)
    return _relative_spend(tok)


def _relative_spend(tok: Token) -> Token | None:
    """The spending verb of a relative clause whose object is the percentage: "the 2 percent that
    NATO member states committed to spend" (the verb under the pledge, so that the pledge and its
    subject are read as for "committed to spend 2 percent")."""
    heads = [tok, *(o for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children if o.dep_ == "pobj")]
    rel = next((c for h in heads for c in h.children if c.dep_ == "relcl"), None)  # "the 2% of GDP which ..."
    if rel is None:
        return None
    chain = [rel]
    while len(chain) < 3:
        nxt = next((c for c in chain[-1].children if c.dep_ == "xcomp"), None)
        if nxt is None:
            break
        chain.append(nxt)
    if not any(c.dep_ == "dobj" and c.lower_ in ("that", "which") for v in chain for c in v.children):
        return None
    spend = chain[-1]
    return spend if len(chain) > 1 and spend.lemma_.lower() in SPEND_VERBS and not any(
        c.dep_ == "dobj" and c.lower_ not in ("that", "which") for c in spend.children) else None


TOWARDS_VERBS = {"move", "work", "head", "progress"}  # "move towards 2% of GDP"


# -- the dates of a target's clause --------------------------------------------------------------
def own_dates(ctx, verb: Token) -> tuple[dict, bool]:
    """The dates of the verb's own clause, without a deadline ("by 2035"); and whether the clause
    is in the past tense."""
    tokens = clause_tokens(verb)
    doc = ctx.doc
    keep = []
    for a in own_times(ctx, tokens):
        span = doc.char_span(a.start, a.end, alignment_mode="expand")
        if span is None or span[0].lower_ in DEADLINE_PREPS or (span.start > 0 and doc[span.start - 1].lower_ in DEADLINE_PREPS):
            continue
        keep.append(a)
    times: dict = {}
    for a in keep:
        value, precision = a.data.get("value"), a.data.get("precision")
        if value and precision and a.data.get("role") not in ("start", "end", "range"):
            times.setdefault("point_in_time", TimeQualifier(value, precision))
    past = verb.tag_ == "VBD" or any(c.tag_ == "VBD" for c in verb.children if c.dep_ in ("aux", "auxpass"))
    return times, past


def deadline(head: Token, p: Percent) -> str | None:
    """ "by 2035" on the spending verb or the target noun, or on the verb that moves the target
    to the level ("raise their target to 5% of GDP by 2035": the parser hangs it on "raise" or on
    "product")."""
    for tok in (head, p.unit, *_up_to_verb(p.unit), *_up_to_verb(head)):
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ == "by":
                year = next((t.text for t in c.subtree if t.like_num and len(t.text) == 4 and t.text.isdecimal()), None)
                if year:
                    return year
    return None


def _up_to_verb(tok: Token) -> list[Token]:
    """The tokens above `tok` up to the first verb (inclusive), at most four steps, and the
    noun phrase of GDP it completes ("5% of gross domestic product")."""
    out, t = [], tok
    out += [o for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children if o.dep_ == "pobj"]
    for _ in range(4):
        if t.head.i == t.i:
            break
        t = t.head
        out.append(t)
        if t.pos_ in ("VERB", "AUX"):
            break
    return out
