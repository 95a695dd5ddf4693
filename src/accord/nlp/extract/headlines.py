"""Headlines and captions in title case, parsed from a true-cased copy.

Real articles repeat their headline, and put captions and section heads, inside the text, most
often in title case: "Portuguese Diplomat Appointed As New Deputy Head Of Alliance". The small
English model reads every capitalised word there as a proper noun: the verb becomes part of a
name, one entity swallows the line, and no claim family finds a clause. Here such a line is found
(`headline_lines`) and the words a sentence would write in lower case are lowered
(`truecased`): every capitalised word but the first, unless it is part of a KB name (a state, an
organisation, a person, a city, a demonym), a month or a day, a word the article itself writes
capitalised inside its sentences more often than in lower case ("Johnson", "Summit"), or a word
that is no English word of the model's lemmatizer tables (a name: "Korhonen", "Geoana"). The
`accord_headlines` component parses that copy with the model's own components and writes its
tags, lemmas, dependencies and entities onto the line's tokens; the text itself is not touched,
so every offset and every finding's sentence stay the article's own.

A headline line: a line of its own (a paragraph), 4 to 25 words, no final full stop, question or
exclamation mark, every word other than the small ones ("of", "to", "as" ...) capitalised, and
not a credit ("By Jane Doe", "Updated ..."). A sentence in ordinary case is never one (a caption
"Ministers Jane Doe and John Roe attend a meeting" has "attend"), and is never re-parsed.
Claims read from a headline keep `modality` 0.3 (claims.grammar.headline_case): supported when
the KB agrees, never flagged.
"""

from __future__ import annotations

from collections import Counter
from typing import Iterable

from spacy.tokens import Doc, Span, Token

from accord.nlp.extract.dates.lexicon import MONTHS, WEEKDAYS

MIN_WORDS, MAX_WORDS = 4, 25  # three words may be a name as well ("Finland Joins NATO")
ENDS_SENTENCE = frozenset(".!?")
# Words a title-case headline may write in lower case, and that never count for or against it.
SMALL = frozenset("""a an the of in on at to for and or but nor with from by as is are vs via
against about into over after before amid than up out off per de da van von der al bin""".split())
# First words of a credit or a time stamp, not a headline: "By Jane Doe and John Roe", "Updated ...".
CREDITS = frozenset("by from updated posted published source photo credit".split())
# Words that open a new clause inside a headline: the word after them keeps its capital
# ("Zelensky: Ukraine Submits Bid", "Analysis - Allies Agree ...").
OPENERS = frozenset(":–—-\"“‘'")
# Month names that are also words: kept capitalised only beside a number ("May 12", "March 2024").
MONTH_WORDS = frozenset({"may", "march"})
_CALENDAR = frozenset(m for m in MONTHS if len(m) > 3 or m == "may") | frozenset(d for d in WEEKDAYS if len(d) > 3)


def title_form(tok: Token) -> bool:
    """A word written with a capital and the rest in lower case ("Appointed", not "NATO", "McCain",
    "U.S." or "2024")."""
    text = tok.text
    return tok.is_alpha and len(text) > 1 and text[0].isupper() and text[1:].islower() or (
        tok.is_alpha and len(text) == 1 and text.isupper() and text != "I")


def headline_lines(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) token ranges of the lines of `doc` that are headlines in title case."""
    out = []
    for start, end in _lines(doc):
        if is_title_case(doc[start:end]):
            out.append((start, end))
    return out


def _lines(doc: Doc) -> Iterable[tuple[int, int]]:
    """(start, end) of each line's tokens, surrounding space tokens left out."""
    start = None
    for tok in doc:
        if tok.is_space:
            if "\n" in tok.text and start is not None:
                yield start, _trim(doc, start, tok.i)
                start = None
            continue
        if start is None:
            start = tok.i
        if "\n" in tok.whitespace_:
            yield start, tok.i + 1
            start = None
    if start is not None:
        yield start, _trim(doc, start, len(doc))


def _trim(doc: Doc, start: int, end: int) -> int:
    while end > start and doc[end - 1].is_space:
        end -= 1
    return end


def is_title_case(line: Span) -> bool:
    """Is the line a headline in title case: MIN_WORDS to MAX_WORDS words, no final stop, no
    credit, and every word other than the small ones capitalised, at least one of them a word a
    sentence would write in lower case?"""
    tokens = [t for t in line if not t.is_space]
    if not tokens or tokens[-1].text[-1] in ENDS_SENTENCE:
        return False
    words = [t for t in line if t.is_alpha]
    if not MIN_WORDS <= len(words) <= MAX_WORDS or words[0].lower_ in CREDITS:
        return False
    big = [t for t in words if t.lower_ not in SMALL]
    if not big or not all(t.text[0].isupper() for t in big):
        return False
    return any(title_form(t) for t in big[1:])


def case_evidence(doc: Doc, skip: list[tuple[int, int]]) -> tuple[Counter, Counter]:
    """(capitalised, lower) counts of each word (in lower case) inside the article's sentences,
    outside the lines in `skip` and never a line's or a sentence's first word."""
    inside = {i for start, end in skip for i in range(start, end)}
    upper, lower = Counter(), Counter()
    for tok in doc:
        if not tok.is_alpha or tok.i in inside or tok.i == 0 or tok.is_sent_start:
            continue
        before = doc[tok.i - 1]
        if before.is_space or "\n" in before.whitespace_ or before.text in OPENERS or before.text in ENDS_SENTENCE:
            continue
        if tok.text[0].isupper():
            upper[tok.lower_] += 1
        elif tok.text.islower():
            lower[tok.lower_] += 1
    return upper, lower


def english(word: str, lexicon: frozenset[str] | None) -> bool:
    """Is `word` (lower case) an English word of the model's lemmatizer tables, or an inflection
    of one ("appointed", "submits", "newest", "biting")? With no tables, every word is."""
    if lexicon is None:
        return True
    stems = [word, word[:-1], word[:-2], word[:-3], word[:-3] + "y", word[:-3] + "e", word[:-2] + "e"]
    return any(len(s) > 1 and s in lexicon for s in stems)


def kept(line: Span, names: frozenset[tuple[str, ...]], longest: int, upper: Counter, lower: Counter,
         lexicon: frozenset[str] | None = None) -> set[int]:
    """Indices of the line's capitalised words that keep their capital."""
    doc = line.doc
    keep: set[int] = set()
    i = line.start
    while i < line.end:  # KB names, longest first
        for n in range(min(longest, line.end - i), 0, -1):
            if tuple(t.lower_ for t in doc[i:i + n]) in names:
                keep.update(range(i, i + n))
                i += n
                break
        else:
            i += 1
    first = next((t.i for t in line if t.is_alpha), line.start)
    for tok in line:
        if tok.i == first or (tok.i > line.start and doc[tok.i - 1].text in OPENERS):
            keep.add(tok.i)
        elif tok.lower_ in _CALENDAR and (tok.lower_ not in MONTH_WORDS or _beside_number(tok)):
            keep.add(tok.i)
        elif upper[tok.lower_] > lower[tok.lower_] or not (
                tok.is_stop or tok.lower_ in SMALL or english(tok.lower_, lexicon)):
            keep.add(tok.i)
    return keep


def _beside_number(tok: Token) -> bool:
    doc = tok.doc
    return any(0 <= j < len(doc) and doc[j].like_num for j in (tok.i - 1, tok.i + 1))


def truecased(line: Span, keep: set[int]) -> list[str]:
    """The line's words with every title-form word not in `keep` in lower case."""
    return [t.lower_ if title_form(t) and t.i not in keep else t.text for t in line]


def headline_line(sent: Span) -> bool:
    """Is the sentence a line of its own with no final stop, in any case (a headline or a caption:
    "Rutte takes over as NATO chief", "Finland Joins NATO")?"""
    tokens = [t for t in sent if not t.is_space]
    if not tokens or tokens[-1].text[-1] in ENDS_SENTENCE or len([t for t in tokens if t.is_alpha]) < MIN_WORDS:
        return False
    doc, first, last = sent.doc, tokens[0], tokens[-1]
    opens = first.i == 0 or "\n" in doc[first.i - 1].text or "\n" in doc[first.i - 1].whitespace_
    closes = last.i == len(doc) - 1 or "\n" in last.whitespace_ or "\n" in doc[last.i + 1].text
    return opens and closes


def telegraphic_present(verb: Token) -> bool:
    """A headline's present tense for a deed of the article's day ("Rutte Takes Over As NATO
    Chief"): the main verb of a headline line, present simple, no auxiliary."""
    return verb.dep_ == "ROOT" and verb.tag_ in ("VBZ", "VBP") and not any(
        c.dep_ in ("aux", "auxpass") for c in verb.children) and headline_line(verb.sent)
