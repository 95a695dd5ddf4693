"""Titles shared out over two lists: "the leaders of Australia, Japan, New Zealand and South
Korea, Anthony Albanese, Fumio Kishida, Chris Hipkins and Yoon Suk Yeol," (or between dashes or
brackets), "the prime ministers of Japan and Australia, Fumio Kishida and Anthony Albanese".

The states and the people are paired in order, and only when the two lists are equally long
(two or more each) and follow each other with nothing but a comma, a dash or a bracket between:
then each person is said to hold the title of the state paired with them ("leader" being the
head of state or government the person was, office_kinds.office_of_kind). Lists whose orders differ
(someone paired with a state they held no office of, while they held one of another state of
the list) are not read.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from accord.model import Annotation
from accord.nlp.extract.office_owners import office_annotation
from accord.nlp.extract.titles import HEADS

SEPARATORS = frozenset({",", "and", "the", "&"})
OPENERS = frozenset({",", "—", "–", "-", "(", ":"})
CLOSERS = frozenset({",", "—", "–", "-", ")", ".", ";", ":"})
HELD = 0.8


def listed_titles(doc: Doc, kb, mentions: list[Annotation], on: str | None) -> list[Annotation]:
    """Office annotations for each person of a list paired with a list of states."""
    if kb is None:
        return []
    at = _mentions_by_token(doc, mentions)
    ending = {doc.char_span(m.start, m.end, alignment_mode="expand").end: m for m in at.values()}
    out = []
    for tok in doc:
        if _plural_title(tok) or (tok.tag_ in ("NNS", "NNPS") and tok.lemma_.lower() in HEADS):
            out += _pairs(doc, kb, at, tok, on) + _states_before(doc, kb, ending, at, tok, on)
        if tok.tag_ not in ("NNS", "NNPS") or tok.i + 1 >= len(doc) or doc[tok.i + 1].lower_ != "of":
            continue
        states, i = _run(doc, at, tok.i + 2, "state:")
        if len(states) < 2 or i >= len(doc) or doc[i].text not in OPENERS:
            continue
        people, j = _run(doc, at, i + 1, "person:")
        if len(people) != len(states) or (j < len(doc) and doc[j].text not in CLOSERS):
            continue
        if _crossed(kb, states, people):
            continue
        title = _title(tok)
        for state, person in zip(states, people):
            office, sure = _office(kb, title, state.entity, person.entity, on)
            if office is not None:
                out.append(office_annotation(kb, doc, state, person, office, on, sure))
    return out


def _pairs(doc: Doc, kb, at: dict, head: Token, on: str | None) -> list[Annotation]:
    """ "Prime Ministers Fumio Kishida of Japan and Anthony Albanese of Australia": a plural
    title, then two or more "person of state" pairs joined by commas and "and"."""
    pairs, i = [], head.i + 1
    while i < len(doc):
        person = at.get(i)
        if person is None or not person.entity.startswith("person:"):
            break
        k = doc.char_span(person.start, person.end, alignment_mode="expand").end
        if k >= len(doc) or doc[k].lower_ != "of":
            break
        state = at.get(k + 1) or (at.get(k + 2) if k + 2 < len(doc) and doc[k + 1].lower_ == "the" else None)
        if state is None or not state.entity.startswith("state:"):
            break
        pairs.append((state, person))
        i = doc.char_span(state.start, state.end, alignment_mode="expand").end
        skipped = 0
        while i < len(doc) and doc[i].lower_ in (",", "and") and skipped < 2:
            i, skipped = i + 1, skipped + 1
    if len(pairs) < 2:
        return []
    return _annotations(doc, kb, _title(head), pairs, on)


def _states_before(doc: Doc, kb, ending: dict, at: dict, head: Token, on: str | None) -> list[Annotation]:
    """ "the Japanese and Australian prime ministers, Fumio Kishida and Anthony Albanese": the
    states written (as adjectives) before a plural title, the people after it, paired in order."""
    start = head.i
    while start > 0 and doc[start - 1].lower_ in _title(head).split() and doc[start - 1].i >= head.i - 3:
        start -= 1
    states: list[Annotation] = []
    i = start - 1
    while i >= 0:
        m = ending.get(i + 1)  # the mention that ends at token i
        if m is not None and m.entity.startswith("state:"):
            states.insert(0, m)
            i = doc.char_span(m.start, m.end, alignment_mode="expand").start - 1
            continue
        if doc[i].lower_ in (",", "and") and states:
            i -= 1
            continue
        break
    end = head.i + 1
    if len(states) < 2 or end >= len(doc) or doc[end].text not in OPENERS:
        return []
    people, j = _run(doc, at, end + 1, "person:")
    if len(people) != len(states) or (j < len(doc) and doc[j].text not in CLOSERS) or _crossed(kb, states, people):
        return []
    return _annotations(doc, kb, _title(head), list(zip(states, people)), on)


def _annotations(doc: Doc, kb, title: str, pairs, on: str | None) -> list[Annotation]:
    out = []
    for state, person in pairs:
        office, sure = _office(kb, title, state.entity, person.entity, on)
        if office is not None:
            out.append(office_annotation(kb, doc, state, person, office, on, sure))
    return out


def _mentions_by_token(doc: Doc, mentions: list[Annotation]) -> dict[int, Annotation]:
    """The linked mention starting at each token."""
    found = {}
    for m in mentions:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is not None and m.entity:
            found[span.start] = m
    return found


def _run(doc: Doc, at: dict, i: int, prefix: str) -> tuple[list[Annotation], int]:
    """The mentions of one kind from token i on, separated by commas and "and"; and the index
    of the first token after the run."""
    run = []
    while i < len(doc):
        m = at.get(i)
        if m is not None and m.entity.startswith(prefix):
            run.append(m)
            i = doc.char_span(m.start, m.end, alignment_mode="expand").end
            continue
        if doc[i].lower_ in SEPARATORS and run:
            nxt = i + 1
            while nxt < len(doc) and doc[nxt].lower_ in SEPARATORS:
                nxt += 1
            if nxt in at and at[nxt].entity.startswith(prefix):
                i = nxt
                continue
        break
    return run, i


def _crossed(kb, states: list[Annotation], people: list[Annotation]) -> bool:
    """Are the lists in different orders: someone paired with a state the KB gives them no office
    of, though they held an office of another state of the list?"""
    listed = {s.entity for s in states}
    for state, person in zip(states, people):
        theirs = {kb.entity(f.value).attrs.get("jurisdiction") for f in kb.facts(subject=person.entity, property="holds_office")}
        if state.entity not in theirs and theirs & listed:
            return True
    return False


def _plural_title(tok: Token) -> bool:
    """A title noun in the plural that the tagger took for a proper noun ("Prime Ministers")."""
    return tok.pos_ == "PROPN" and tok.lower_.endswith("s") and tok.lower_[:-1] in HEADS


def _title(head: Token) -> str:
    """ "prime ministers" -> "prime minister", "leaders" -> "leader", "Foreign Ministers" ->
    "foreign minister"."""
    words = [t.lower_ for t in head.doc[max(0, head.i - 3):head.i]
             if t.head.i in (head.i, *(w.i for w in head.doc[max(0, head.i - 3):head.i])) and t.dep_ in ("amod", "compound")
             and t.pos_ in ("ADJ", "NOUN", "PROPN") and not t.ent_type_]
    lemma = head.lower_[:-1] if _plural_title(head) else head.lemma_.lower()
    return " ".join(words + [lemma])


def _office(kb, title: str, state: str, person: str, on: str | None):
    from accord.nlp.extract.office_kinds import office_of_kind

    office = kb.find_office(title, state)
    if office is not None:
        return office, 1.0
    return office_of_kind(kb, title, state, person, on), HELD
