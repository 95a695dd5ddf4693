"""Gapped clauses: a second subject and a date of its own with the verb left out ("Ukraine applied
for membership on 28 February, and Moldova on 3 March"; "Croatia joined the EU in 2013 and
Bulgaria in 2007"). The remnant makes the first clause's claims again, with its own subject and
date: without it the second date was no one's, and a date moved there went unread.

Read only when it cannot be another reading:
- the remnant is a conjunct of the verb (or of the first clause's date, as the parser sometimes
  hangs it: "in 1999 and Estonia in 2004"), a name of the kind the claim's subject is, with no
  verb of its own, and a date after it in a phrase of its own ("on 3 March", "in 2007");
- the first clause has a date of its own before the remnant, and the claim carries it;
- the claim's subject is the verb's subject, and the verb has no object of the remnant's kind
  ("Russia invaded Ukraine in 2014, and Georgia in 2008" may gap the object: not read);
- the verb is affirmed.
The claim is made once per remnant name, with the remnant's date in place of the first clause's.
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Span, Token

from accord.model import Reference, Statement, TimeQualifier
from accord.nlp.extract.claims.grammar import Context, group, negated, phrase_tokens, qualifiers

KINDS = ("state:", "person:")
TIME_FIELDS = ("point_in_time", "start", "end")
UNSURE_YEAR = 0.45  # a remnant's day before the first clause's, its year not written
DATE_PREPS = frozenset({"in", "on", "since", "from", "until", "till", "by", "during"})


def gapped(ctx: Context, sents: list[Span], found: list[Statement]) -> list[Statement]:
    """The claims the gapped remnants of `sents` make again, each from a claim of `found`."""
    out: list[Statement] = []
    for sent in sents:
        remnants = [r for g in sent if (r := _remnant(ctx, g)) is not None]
        if not remnants:
            continue
        here = [st for st in found if _in_sentence(st, sent)]
        for verb, names, first, own, tokens, sure in remnants:
            for st in here:
                out += _again(ctx, st, verb, names, first, own, tokens, sure)
    return out


def loosened(ctx: Context, sents: list[Span], found: list[Statement]) -> list[Statement]:
    """`found`, where a first clause with no date of its own took a gapped remnant's date ("Sweden
    joined NATO, and Finland in 2023": 2023 is Finland's) made unsure of its date (`UNSURE_YEAR`):
    such a clash is not flagged. The remnant itself is not read (the clauses are not parallel)."""
    stray: list[tuple[str, dict, int, int]] = []  # (subject, the remnant's times, sentence span)
    for sent in sents:
        for g in sent:
            got = _undated_first(ctx, g)
            if got is not None:
                stray.append((got[0], got[1], sent.start_char, sent.end_char))
    if not stray:
        return found
    out = []
    for st in found:
        for subject, own, start, end in stray:
            stated = {f: getattr(st, f) for f in TIME_FIELDS if getattr(st, f) is not None}
            if st.subject != subject or not stated or set(stated) != set(own) or \
                    any(stated[f].value != own[f].value for f in own):
                continue
            refs = [replace(r, confidence={**r.confidence, "date": min(r.confidence.get("date", 1.0), UNSURE_YEAR)})
                    if start <= r.start < end else r for r in st.references]
            st = replace(st, references=refs)
        out.append(st)
    return out


def _undated_first(ctx: Context, g: Token) -> tuple[str, dict] | None:
    """(the verb's subject, the remnant's times) when `g` heads a remnant with a date of its own
    ("..., and Finland in 2023") after a clause with none, else None."""
    if g.dep_ != "conj" or g.pos_ not in ("PROPN", "NOUN") or g.head.dep_ == "conj":
        return None  # the first conjunct of the remnant heads it ("Finland and Norway")
    kind = _kind(ctx, g)
    verb = g.head
    if verb.dep_ == "dobj" and verb.head.pos_ == "VERB" and _kind(ctx, verb) != kind:
        verb = verb.head  # hung on the object of another kind: "joined NATO, and Finland in 2023"
    if verb.pos_ != "VERB":
        return None
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if kind is None or subject is None:
        return None
    names_tokens = group(g)
    if any(c.pos_ in ("VERB", "AUX") for t in names_tokens for c in t.children):
        return None
    last = max(t.i for t in names_tokens)
    preps = [c for t in names_tokens for c in t.children if c.dep_ == "prep"]
    preps += [c for c in verb.children if c.dep_ == "prep" and c.i > last]
    own_prep = next((p for p in sorted(preps, key=lambda p: p.i) if p.lower_ in DATE_PREPS), None)
    if own_prep is None or any(c.dep_ == "prep" and c.lower_ in DATE_PREPS and c.i < g.i
                               and qualifiers(ctx, {t.i for t in c.subtree}) for c in verb.children):
        return None
    own = qualifiers(ctx, {t.i for t in own_prep.subtree})
    subjects = ctx.entities(phrase_tokens(group(subject)), (kind,))
    if not own or not subjects:
        return None
    return subjects[0], own


def _remnant(ctx: Context, g: Token):
    """(verb, remnant names, the first clause's times, the remnant's times, its tokens) for a
    gapped remnant headed by `g`, else None."""
    if g.pos_ not in ("PROPN", "NOUN") or not (g.dep_ == "conj" or _comma_remnant(g)):
        return None
    kind = _kind(ctx, g)
    if kind is None:
        return None
    head = g.head
    if head.pos_ == "VERB":
        verb, first_prep = head, None
    elif head.dep_ == "pobj" and head.head.dep_ == "prep" and head.head.head.pos_ == "VERB":
        verb, first_prep = head.head.head, head.head  # "joined in 1999 and Estonia in 2004"
    else:
        return None
    names_tokens = group(g)
    if any(c.pos_ in ("VERB", "AUX") for t in names_tokens for c in t.children):
        return None
    names = [n for n in ctx.entities(phrase_tokens(names_tokens), (kind,))]
    if not names:
        return None
    last = max(t.i for t in names_tokens)
    preps = [c for t in names_tokens for c in t.children if c.dep_ == "prep"]
    preps += [c for c in verb.children if c.dep_ == "prep" and c.i > last]
    own_prep = next((p for p in sorted(preps, key=lambda p: p.i) if p.lower_ in DATE_PREPS and p.i > last), None)
    if own_prep is None:
        return None
    own = qualifiers(ctx, {t.i for t in own_prep.subtree})
    if not own:
        return None
    if first_prep is None:
        first_prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ in DATE_PREPS and c.i < g.i
                           and qualifiers(ctx, {t.i for t in c.subtree})), None)
    if first_prep is None:
        return None
    first = qualifiers(ctx, {t.i for t in first_prep.subtree if t.i < g.i})
    if not first or set(first) != set(own):
        return None
    own, sure = _first_year(ctx, own_prep, own, first)
    if own is None:
        return None
    tokens = names_tokens + list(own_prep.subtree)
    return verb, names, first, own, tokens, sure


CLAUSE_ENDS = frozenset({".", ";", "!", "?"})


def _comma_remnant(g: Token) -> bool:
    """A remnant after a comma with no "and", parsed as a bare noun of the verb ("Montenegro
    joined NATO in 2017, North Macedonia in 2020"): the name right after the comma, the sentence
    ending with its date phrase (the verb's last dependent)."""
    if g.dep_ != "npadvmod" or g.head.pos_ != "VERB" or g.i < g.head.i:
        return False
    doc = g.doc
    first = min(t.i for t in g.subtree)
    if first == 0 or doc[first - 1].text != ",":
        return False
    after = [c for c in g.head.children if c.i > g.i and not c.is_punct]
    if len(after) != 1 or after[0].dep_ != "prep" or after[0].lower_ not in DATE_PREPS:
        return False
    end = max(t.i for t in after[0].subtree) + 1
    return end >= g.sent.end or doc[end].text in CLAUSE_ENDS


def _first_year(ctx: Context, own_prep: Token, own: dict, first: dict) -> tuple[dict | None, bool]:
    """The remnant's dates, a day or month with no year written taking the first clause's year
    (the remnant has no verb whose tense could place it: "in February 2022, and Moldova on 3
    March" is March 2022 in any article). Such a date before the first clause's ("on 28 December
    2021, and Moldova on 3 January") may be in the next year: returned, but not sure (False)."""
    written = any(_year_said(a.text or "") for a in ctx.times_in({t.i for t in own_prep.subtree}))
    if written:
        return own, True
    out, sure = {}, True
    for field, tq in own.items():
        year = first[field].value[:4]
        if tq.precision not in ("day", "month") or not year.isdecimal() or not tq.value[:4].isdecimal():
            return None, False
        out[field] = TimeQualifier(year + tq.value[4:], tq.precision)
        if out[field].value < first[field].value[:len(out[field].value)]:
            sure = False
    return out, sure


# A year told relative to the article's: "in March last year" has its year, resolved by the reader
RELATIVE_YEAR = re.compile(r"\b(last|this|next|previous|following) year\b", re.I)


def _year_said(text: str) -> bool:
    """Does a time expression say its year: written ("March 2024") or relative ("March last year")?"""
    return any(w.isdecimal() and len(w) == 4 for w in text.replace(",", " ").split()) \
        or RELATIVE_YEAR.search(text) is not None


def _kind(ctx: Context, tok: Token) -> str | None:
    found = ctx.entity(tok) or ""
    return next((k for k in KINDS if found.startswith(k)), None)


def _in_sentence(st: Statement, sent: Span) -> bool:
    return any(sent.start_char <= ref.start < sent.end_char for ref in st.references)


def _again(ctx: Context, st: Statement, verb: Token, names: list[str], first: dict, own: dict,
           tokens: list[Token], sure: bool) -> list[Statement]:
    if st.polarity != "affirmed" or negated(verb):
        return []
    kind = next((k for k in KINDS if st.subject.startswith(k)), None)
    if kind is None or not names[0].startswith(kind) or st.subject in names:
        return []
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or st.subject not in ctx.entities(phrase_tokens(group(subject)), (kind,)):
        return []
    objects = [t for c in verb.children if c.dep_ in ("dobj", "dative") for t in group(c)]
    if ctx.entities(phrase_tokens(objects), (kind,)):
        return []  # the remnant may stand for the object
    stated = {f: getattr(st, f) for f in TIME_FIELDS if getattr(st, f) is not None}
    if set(stated) != set(first) or any(stated[f].value != first[f].value for f in first):
        return []
    sent = verb.sent
    ref = next(r for r in st.references if sent.start_char <= r.start < sent.end_char)
    start = min(t.idx for t in tokens)
    end = max(t.idx + len(t) for t in tokens)
    confidence = dict(ref.confidence)
    if not sure:
        confidence["date"] = min(confidence.get("date", 1.0), UNSURE_YEAR)
    again = Reference(ref.doc_id, start, end, ref.sentence, ref.sentence_start, confidence=confidence)
    times = {f: own.get(f) for f in TIME_FIELDS}
    return [replace(st, subject=name, references=[again], id=None, **times) for name in names if name != st.subject]
