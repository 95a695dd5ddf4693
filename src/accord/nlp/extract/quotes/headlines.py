"""Headlines in title case that attribute words or a stance: `Harbour Chief Says Bridge Will
Close`, `Jane Doe Endorses the Mayor`, `Council Just Announced a New Plan`.

The parser reads few of them: every word is capitalised, so verbs come out as proper nouns. The
surface shows enough: a short run of capitalised words (the speaker), an inflected verb of
speech, thought or stance (the cue, with an adverb such as "Just" before it), and the rest of the
line (the content).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from accord.nlp.extract.quotes.cues import REPORTING_LEMMAS, STANCE_LEMMAS, THOUGHT_LEMMAS

MAX_SPEAKER_WORDS = 6
MAX_HEADLINE_WORDS = 25
MIN_CAPITALISED = 0.8
# Small words a title-case headline may leave in lower case.
_SMALL = frozenset("a an the of in on at to for and or but with from by as is vs via against about".split())
# Adverbs between a speaker and the verb, part of the cue (`Just Said`).
_ADVERBS = frozenset("just also now again still finally reportedly".split())
# Inflected forms the suffix rules below do not reach.
_IRREGULAR = {"says": "say", "said": "say", "tells": "tell", "told": "tell", "wrote": "write", "thinks": "think",
              "thought": "think", "knew": "know", "knows": "know", "saw": "see", "sees": "see", "found": "find"}
# Verbs that are a deed between states as often as a stance (`Russia Attacks Ukraine`): no cue.
_DEEDS = frozenset({"attack", "defend", "push", "back", "cite", "call", "offer", "seek", "show", "talk", "speak",
                    "focus", "vote", "report", "question"})
_LEMMAS = (REPORTING_LEMMAS | THOUGHT_LEMMAS | STANCE_LEMMAS | frozenset({"slam", "blast", "rip", "praise"})) - _DEEDS
# Cues whose inflected form is as often a plural noun (`Clinton Emails Show …`).
_NOUNS_TOO = frozenset("email text post comment tweet claim blog quote demand promise pledge warning".split())
# Words that label a headline without naming anyone (`EXCLUSIVE – …`, `WATCH: …`).
_LABELS = frozenset("exclusive breaking watch update updated video photos live report poll analysis".split())


def headline_reports(doc: Doc, paragraphs: list[tuple[int, int]]) -> list[tuple[Span, Span, Span, str]]:
    """(speaker, cue, content, kind) for each title-case headline line that attributes words
    ("reported") or a view or stance ("belief") to a short name before an inflected verb."""
    out = []
    for start, end in paragraphs:
        line = doc.char_span(start, end, alignment_mode="contract")
        if line is None:
            continue
        found = _headline(line)
        if found is not None:
            out.append(found)
    return out


def _headline(line: Span) -> tuple[Span, Span, Span, str] | None:
    words = [t for t in line if not (t.is_punct or t.is_space)]
    if not 3 <= len(words) <= MAX_HEADLINE_WORDS or any("\n" in t.text for t in line):
        return None
    big = [t for t in words if t.lower_ not in _SMALL]
    if sum(t.text[:1].isupper() or t.text[:1].isdigit() for t in big) < MIN_CAPITALISED * len(big):
        return None
    for k, word in enumerate(words[1:MAX_SPEAKER_WORDS + 2], start=1):
        lemma = verb_lemma(word.text)
        if lemma is None or not word.text[:1].isupper():
            continue
        if lemma in _NOUNS_TOO and k + 1 < len(words) and (
                verb_lemma(words[k + 1].text) is not None or words[k + 1].lower_ in _LEMMAS | _DEEDS):
            continue  # `Clinton Emails Show …`: a plural noun before the verb
        if lemma not in _LEMMAS:
            return None  # the first inflected verb is no cue (`Mayor Opens Bridge`)
        first = k
        while first > 1 and words[first - 1].lower_ in _ADVERBS:
            first -= 1
        speaker = line.doc[words[0].i:words[first - 1].i + 1]
        content = _content(line.doc[word.i + 1:line.end])
        if not _speaker(speaker) or content is None or len(content) < 2:
            return None
        kind = "reported" if lemma in REPORTING_LEMMAS else "belief"
        return speaker, line.doc[words[first].i:word.i + 1], content, kind
    return None


def verb_lemma(word: str) -> str | None:
    """The lemma of an inflected verb form (third person singular or past: "Says", "Endorses",
    "Slammed", "Denies"), if it is one of the lexicon's; None for any other word, base forms
    included (a base form in a headline is as often a noun: `Report`, `Plan`)."""
    w = word.lower()
    if w in _IRREGULAR:
        return _IRREGULAR[w]
    if w.endswith("ies") or w.endswith("ied"):
        candidates = [w[:-3] + "y"]
    elif w.endswith("s") and not w.endswith("ss"):
        candidates = [w[:-1], w[:-2]]
    elif w.endswith("ed"):
        candidates = [w[:-1], w[:-2], w[:-3]]
    else:
        return None
    return next((c for c in candidates if c in _LEMMAS or c in _DEEDS), None)


def _speaker(words: Span) -> bool:
    """A name-like run: one to six words, capitalised (small words inside), no label."""
    tokens = [t for t in words if not (t.is_punct or t.is_space)]
    if not 1 <= len(tokens) <= MAX_SPEAKER_WORDS or tokens[0].lower_ in _LABELS or tokens[0].lower_ in _SMALL:
        return False
    if any(t.text in (":", "?", "!") for t in words):
        return False
    return all(t.text[:1].isupper() or t.lower_ in _SMALL for t in tokens)


def _content(span: Span) -> Span | None:
    doc = span.doc
    start, end = span.start, span.end
    while start < end and (doc[start].is_space or (doc[start].is_punct and not doc[start].is_quote)):
        start += 1
    while end > start and (doc[end - 1].is_space or doc[end - 1].text in ".,;:"):
        end -= 1
    return doc[start:end] if end > start else None
