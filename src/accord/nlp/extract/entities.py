"""The KB gazetteer and how its matches are merged with the statistical NER.

`Gazetteer` compiles the KB's surface forms into phrase matchers (built once, in a component's
`initialize`; the forms' tokens come from a cache file, accord.nlp.tokens_cache).
`gazetteer_matches(doc, gazetteer)` finds the KB names in a Doc; `merge_entities(doc, matches)`
combines them with `doc.ents` into one non-overlapping list and the link of every span that came
from the KB. Pure functions: they return, the component sets.

Rules, and why:
- Names, aliases and demonyms match case-insensitively but only where the text looks like a
  name (its content words capitalised, or exactly as the KB writes it), so "nato" in a URL or
  "turkey" the bird never match; abbreviations match case-sensitively ("US", not "us").
- Context forms ("the alliance") match only when the document names their entity elsewhere,
  the most-named entity winning when several share the form.
- A KB match that covers an NER entity (or overlaps it) replaces it: "the Republic of Korea"
  becomes the KB name, "Zealand" never survives inside "New Zealand". A KB match at the start
  of a longer NER name ("NATO Leaders Summit") is a modifier and leaves the name alone; one at
  its end after other words splits a wrong merge when it is an abbreviation ("Newshub Nation
  NATO"), and is a part of the name otherwise ("North American").
- An NER PERSON wins over a KB place or organisation inside it ("Jordan" in "Michael Jordan"),
  except a PERSON that is a state's name and nothing else: the tagger takes a state at the head
  of a sentence for a person ("Montenegro joined ...", "Azerbaijan said ..."). The state wins
  unless a surname-like word follows it (a capitalised word no KB name covers: "Jordan
  Henderson"), the KB knows a person of that name, or the document names a person with that
  word in a longer name ("Chad Smith ... Chad said"): Jordan, Georgia, Chad, Israel are both.
  An organisation's KB name that covers a PERSON whole and runs past it wins too ("Schengen" as
  a PERSON in "the Schengen area"), as does an organisation's abbreviation with a digit ("G8"),
  and a one-word organisation's name that is the whole PERSON before a common noun ("the 27th
  Schengen country").
- An NER entity is first cut at a dash standing alone between words that a KB name follows
  inside it: a dateline run into the text ("BUDAPEST - Tamas Sulyok", "Sept 16 - Australia"),
  a region run into a list ("Indo-Pacific - Japan"). An NER entity that ends in a KB person's full name
  (or running past its end; not a PERSON, or a PERSON with a state before the name) is a title
  run into the name ("Danish PM Mette Frederiksen" as a work of art):
  the KB names win.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Iterable

from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from accord.nlp.extract.name_variants import PersonNames
from accord.nlp.extract.phrases import Phrases

# The NER label a KB entity type gets; types not listed (offices) are not gazetteer entries:
# titles are read by the titles/offices extractors.
TYPE_LABELS = {"state": "GPE", "place": "GPE", "organisation": "ORG", "programme": "ORG",
               "person": "PERSON", "summit": "EVENT", "event": "EVENT", "obligation": "LAW"}
KIND_CONFIDENCE = {"name": 0.95, "abbreviation": 0.95, "alias": 0.9, "demonym": 0.9, "context": 0.75}
KIND_RANK = {"name": 0, "abbreviation": 1, "alias": 2, "demonym": 3, "context": 4}
NAME_GLUE = frozenset("of and the for de du la le von van der den da del di on in & 's ’s -".split())
DETERMINERS = frozenset({"the", "The"})


@dataclass(frozen=True)
class Form:
    """One KB surface form: the entity it names, that entity's type and the kind of form."""

    text: str
    entity: str
    type: str
    kind: str

    @property
    def label(self) -> str:
        return "NORP" if self.kind == "demonym" else TYPE_LABELS[self.type]


@dataclass(frozen=True)
class Match:
    """A KB name found in a Doc (token offsets) with the forms it may stand for."""

    start: int
    end: int
    forms: tuple[Form, ...]

    @property
    def best(self) -> Form:
        return min(self.forms, key=lambda f: (KIND_RANK[f.kind], f.entity))

    @property
    def entities(self) -> list[str]:
        return sorted({f.entity for f in self.forms})


class Gazetteer:
    """The KB's surface forms as phrase matchers: one case-insensitive (names, aliases,
    demonyms), one exact (abbreviations), one for context forms. Each form is matched by the
    tokens `nlp`'s tokenizer cuts it into (kept on disk: accord.nlp.tokens_cache), found as
    spaCy's PhraseMatcher on LOWER or ORTH finds them (accord.nlp.extract.phrases)."""

    def __init__(self, nlp, forms: Iterable[Form]):
        from accord.nlp.tokens_cache import tokenised

        forms = list(forms)
        self.by_key: dict[str, list[Form]] = {}
        self.lower = Phrases("lower")
        self.exact = Phrases("orth")
        self.context = Phrases("lower")
        patterns: dict[tuple[str, str], str] = {}  # (matcher, key) -> the text of the key's first form
        for form in forms:
            matcher = {"abbreviation": "exact", "context": "context"}.get(form.kind, "lower")
            key = f"{matcher}|{form.text if matcher == 'exact' else form.text.lower()}"
            if key not in self.by_key:
                patterns[(matcher, key)] = form.text
            self.by_key.setdefault(key, []).append(form)
        tokens = tokenised(nlp, patterns.values())
        for (matcher, key), text in patterns.items():
            orths, lowers = tokens[text]
            getattr(self, matcher).add(key, orths if matcher == "exact" else lowers)

    @classmethod
    def from_kb(cls, nlp, kb) -> "Gazetteer":
        """The KB's forms, and for people the variants of their names the KB does not list
        (without accents, with a space for a hyphen, in the other order: name_variants.py)."""
        types = {e.id: e.type for e in kb.entities()}
        forms = []
        for text, entity, kind in kb.surface_forms():
            etype = types.get(entity, "")
            if etype not in TYPE_LABELS or (etype == "person" and kind == "context"):
                continue  # family names alone are the people extractor's business
            forms.append(Form(text, entity, etype, kind))
        known = {(f.text, f.entity) for f in forms}
        for person, written in PersonNames.from_kb(kb).forms.items():
            forms += [Form(text, person, "person", "alias") for text in sorted(written) if (text, person) not in known]
        return cls(nlp, forms)

    def __len__(self) -> int:
        return sum(len(v) for v in self.by_key.values())


def gazetteer_matches(doc: Doc, gazetteer: Gazetteer) -> list[Match]:
    """KB names in `doc`, longest first where they overlap, context forms only when the
    document names their entity elsewhere."""
    lowers = gazetteer.lower.words(doc)
    found: list[Match] = []
    for matcher in (gazetteer.lower, gazetteer.exact):
        for key, start, end in matcher(doc, lowers if matcher.attr == "lower" else None):
            forms = gazetteer.by_key[key]
            span = doc[start:end]
            if matcher is gazetteer.exact and _before_amount(span):
                continue  # "GB £20 billion": a currency prefix, not Great Britain
            if matcher is gazetteer.exact or looks_like_name(span, forms):
                found.append(Match(start, end, tuple(forms)))
    found = _longest(found)
    named = Counter(e for m in found for e in m.entities)
    for key, start, end in gazetteer.context(doc, lowers):
        forms = [f for f in gazetteer.by_key[key] if named[f.entity]]
        if forms:
            top = max(named[f.entity] for f in forms)
            found.append(Match(start, end, tuple(f for f in forms if named[f.entity] == top)))
    return _longest(found)


def _before_amount(span: Span) -> bool:
    """A two-letter abbreviation written before a currency sign or a number."""
    nxt = span.doc[span.end] if span.end < len(span.doc) else None
    return len(span.text) <= 2 and nxt is not None and (nxt.like_num or nxt.is_currency or nxt.text in "#£$€")


def looks_like_name(span: Span, forms: list[Form]) -> bool:
    """Written as the KB writes it, or with every content word capitalised."""
    if any(span.text == f.text for f in forms):
        return True
    words = [t for t in span if t.is_alpha and t.lower_ not in NAME_GLUE]
    return bool(words) and all(t.text[0].isupper() for t in words)


def _longest(matches: list[Match]) -> list[Match]:
    """Non-overlapping matches, longest first (spaCy's filter_spans rule), in text order."""
    by_span: dict[tuple[int, int], Match] = {}
    for m in matches:
        if (m.start, m.end) in by_span:  # the same text as a name and as an abbreviation
            m = Match(m.start, m.end, by_span[(m.start, m.end)].forms + m.forms)
        by_span[(m.start, m.end)] = m
    doc_spans = [(s, e) for s, e in by_span]
    kept = _filter_offsets(doc_spans)
    return [by_span[k] for k in sorted(kept)]


def _filter_offsets(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    ordered = sorted(spans, key=lambda s: (-(s[1] - s[0]), s[0]))
    taken: set[int] = set()
    kept = []
    for start, end in ordered:
        if not taken.intersection(range(start, end)):
            kept.append((start, end))
            taken.update(range(start, end))
    return kept


def choose_entity(match: Match, named: Counter) -> str | None:
    """The entity a match stands for: the only one, or among several the one the document
    names most often elsewhere (None when that does not decide)."""
    entities = match.entities
    if len(entities) == 1:
        return entities[0]
    counts = sorted(((named[e], e) for e in entities), reverse=True)
    if counts[0][0] > counts[1][0]:
        return counts[0][1]
    return None


def merge_entities(doc: Doc, matches: list[Match]) -> tuple[list[Span], dict[tuple[int, int], dict]]:
    """doc.ents combined with the KB matches (rules in the module docstring).

    Returns the new entity spans (non-overlapping, text order; KB spans carry their entity in
    `kb_id_`) and the links of the KB spans by character offsets:
    {"entity", "confidence", "how": "gazetteer:<kind>", "candidates": [...] when ambiguous}.
    """
    named = Counter(e for m in matches if len(m.entities) == 1 for e in m.entities)
    spans: list[Span] = []
    links: dict[tuple[int, int], dict] = {}
    used: set[int] = set()
    for ent in _split_at_dashes(doc.ents, matches):
        inside = [m for m in matches if m.start < ent.end and ent.start < m.end]
        keep_ent, take = _settle(ent, inside)
        if keep_ent is not None:
            spans.append(keep_ent)
        used.update(id(m) for m in inside if m not in take)
        for m in take:
            used.add(id(m))
            _take(doc, m, named, spans, links)
    for m in matches:
        if id(m) not in used:
            _take(doc, m, named, spans, links)
    return filter_spans(spans), links


SPACED_DASHES = frozenset({"-", "—", "–", "--"})


def _split_at_dashes(ents, matches: list[Match]) -> list[Span]:
    """NER entities cut at a spaced dash that a KB name follows inside them: the tagger runs a
    dateline into the first name of the story ("Sept 16 - Australia" as one DATE) and a region
    into a list after a dash ("Indo-Pacific - Japan"); no name holds a spaced dash. A dash with
    no KB name after it stays ("28 - 30 June")."""
    out: list[Span] = []
    for ent in ents:
        cuts = [t.i for t in ent if t.i > ent.start and _spaced_dash(t)
                and any(m.start > t.i and m.start < ent.end for m in matches)]
        if not cuts:
            out.append(ent)
            continue
        bounds = [ent.start, *cuts, ent.end]
        for k in range(len(bounds) - 1):
            start = bounds[k] + (1 if k else 0)
            if start < bounds[k + 1] and not all(t.is_punct for t in ent.doc[start:bounds[k + 1]]):
                out.append(Span(ent.doc, start, bounds[k + 1], label=ent.label_))
    return out


def _spaced_dash(tok) -> bool:
    """A dash standing alone between words (" - ", " – ", " — "): never inside a name."""
    return tok.text in SPACED_DASHES and tok.i > 0 and bool(tok.doc[tok.i - 1].whitespace_) and bool(tok.whitespace_)


def _settle(ent: Span, inside: list[Match]) -> tuple[Span | None, list[Match]]:
    """What survives of one NER entity and which KB matches overlapping it are taken."""
    if not inside:
        return ent, []
    if ent.label_ == "PERSON" and not any(m.best.type == "person" for m in inside):
        if _state_not_person(ent, inside) or _kb_name_around(ent, inside):
            return None, inside
        return ent, []
    covered = {i for m in inside for i in range(m.start, m.end)}
    rest = [t for t in ent if t.i not in covered]
    if all(t.is_punct or t.text in DETERMINERS or t.lower_ in ("'s", "’s") for t in rest):
        if len(inside) == 1 and ent[0].text in DETERMINERS and inside[0].start == ent.start + 1:
            m = inside[0]  # keep the article with the name: "the United States"
            return None, [Match(ent.start, m.end, m.forms)]
        return None, inside  # the KB names cover the entity
    first = min(inside, key=lambda m: m.start)
    last = max(inside, key=lambda m: m.end)
    if last.end >= ent.end and last.start > ent.start and last.end - last.start >= 2 and last.best.type == "person" \
            and (ent.label_ != "PERSON" or any(m.best.type != "person" for m in inside)):
        return None, inside  # a title run into a KB person's full name: "Danish PM Mette Frederiksen"
    if len(inside) == 1 and first.start <= ent.start and first.end >= ent.end:
        return None, inside
    if first.start == ent.start or (ent[0].text in DETERMINERS and first.start == ent.start + 1):
        return ent, []  # a modifier of a longer name: "NATO Leaders Summit"
    last = max(inside, key=lambda m: m.end)
    if last.end >= ent.end and last.start > ent.start and last.best.kind == "abbreviation":
        head = ent.doc[ent.start:last.start]
        keep = Span(ent.doc, ent.start, last.start, label=ent.label_) if _has_name(head) else None
        return keep, [last]
    if first.start < ent.start or last.end > ent.end:
        return None, inside  # partial overlap: the KB name wins
    return ent, []


def _state_not_person(ent: Span, inside: list[Match]) -> bool:
    """A PERSON entity that is only a state's name ("Montenegro", "the Netherlands's"), with no
    surname-like word after it and no person of the document with that word in a longer name."""
    if not all(m.best.type == "state" and not any(f.type == "person" for f in m.forms) for m in inside):
        return False
    covered = {i for m in inside for i in range(m.start, m.end)}
    rest = [t for t in ent if t.i not in covered]
    if not all(t.is_punct or t.text in DETERMINERS or t.lower_ in ("'s", "’s") for t in rest):
        return False
    doc = ent.doc
    after = doc[ent.end] if ent.end < len(doc) else None
    if after is not None and after.is_alpha and after.text[:1].isupper() and not after.is_sent_start:
        return False  # "Jordan Henderson", "Israel Katz": a given name before a surname
    words = {t.lower_ for t in ent if t.i in covered}
    return not any(other.label_ == "PERSON" and len(other) > 1 and other.start != ent.start
                   and words & {t.lower_ for t in other} for other in doc.ents)


def _kb_name_around(ent: Span, inside: list[Match]) -> bool:
    """A PERSON entity inside a longer KB name that covers it whole, where the tagger took a word
    of the name for a person: the one name of an event or a summit ("the Lisbon treaty", "the
    Maastricht treaty"; place22), or any organisation's name ("the Schengen area"), or exactly an
    organisation's abbreviation with a digit in it ("G8"; body22), or an event's name with a digit
    in it ("COP29"; meet25). The KB's name wins."""
    def around(m: Match) -> bool:
        return m.start <= ent.start and m.end >= ent.end

    def longer(m: Match) -> bool:
        return m.end - m.start > len(ent)

    if len(inside) == 1 and inside[0].best.type in ("event", "summit") and around(inside[0]) and longer(inside[0]):
        return True
    if _org_before_noun(ent, inside):
        return True
    digit = any(c.isdigit() for c in ent.text)
    return any(around(m) and ((m.best.type == "organisation" and (longer(m) or (m.best.kind == "abbreviation" and digit)))
                              or (m.best.type == "event" and digit))
               for m in inside)


def _org_before_noun(ent: Span, inside: list[Match]) -> bool:
    """A one-word PERSON that is exactly an organisation's KB name and stands before a common
    noun: "the 27th Schengen country", "Schengen states" (count23). A person's name before a
    common noun ("the Trump administration") is no organisation's name."""
    doc = ent.doc
    if len(ent) != 1 or ent.end >= len(doc):
        return False
    after = doc[ent.end]
    if not (after.is_alpha and after.is_lower and after.tag_ in ("NN", "NNS")):
        return False
    return any(m.start == ent.start and m.end == ent.end and m.best.type == "organisation"
               and not any(f.type == "person" for f in m.forms) for m in inside)


def _has_name(span: Span) -> bool:
    return any(t.is_alpha and t.text[0].isupper() for t in span)


def _take(doc: Doc, m: Match, named: Counter, spans: list[Span], links: dict) -> None:
    entity = choose_entity(m, named)
    own = [f for f in m.forms if f.entity == entity]
    form = min(own, key=lambda f: KIND_RANK[f.kind]) if own else m.best
    span = Span(doc, m.start, m.end, label=form.label, kb_id=entity or "")
    spans.append(span)
    link = {"entity": entity, "confidence": KIND_CONFIDENCE[form.kind] if entity else 0.0,
            "how": f"gazetteer:{form.kind}"}
    if entity is None:
        link["candidates"] = m.entities
    links[(span.start_char, span.end_char)] = link
