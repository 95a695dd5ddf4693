"""Attribute each quoted passage to its cue and speaker phrase.

Read the words around a quotation, within its paragraph, in this order:
1. after it, in the same sentence: `"…," Cazalet said.` / `"…," said Cazalet.`;
2. before it, ending the clause that introduces it: `Issa said, "…"` / `Trump: "…"`;
3. the quotation before it in the paragraph: `"A," he said. "B."` gives B the speaker of A;
4. a paragraph that is only a quotation takes the speaker of the last quotation of the one or
   two paragraphs before (news writing names the speaker once, then quotes on).
A quotation inside a sentence that none of this introduces is a partial quote (`a “logical
fit” for its interests`) or a scare quote; reported speech (quotes.indirect) claims the first.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from accord.nlp.extract.quotes.cues import SPEECH_LEMMAS, cue_span, is_cue, phrase, subject_of, token_range
from accord.nlp.extract.quotes.marks import QuotedSpan

SENTENCE_END = frozenset({".", "!", "?"})
MAX_SUBJECT_TOKENS = 25  # a cue further than this after a quotation belongs to another clause
MAX_AFTER_CUE = 8  # words allowed between a cue and the quotation it introduces
MAX_ANY_VERB = 8
MAX_BEFORE_WINDOW = 24  # a cue this far before a quotation may introduce it (`said in …, when …, "…"`)
_INSIDE_NOUN_PHRASE = ("compound", "flat", "det", "amod", "poss", "nummod", "nmod", "case")  # a verb outside the lexicon counts as a cue this close after a quotation


@dataclass
class Attribution:
    """A quotation (marked `quote`, or reported speech with `content` only) with what
    introduces it; `how` says which rule found it."""

    quote: QuotedSpan | None
    paragraph: int
    cue: tuple[int, int] | None = None
    speaker: Span | None = None
    how: str = "none"  # after | before | colon | inherit | paragraph | none
    embedded: bool = False
    content: tuple[int, int] | None = None  # reported speech: the clause said
    cue_token: int | None = None


def attribute(doc: Doc, quotes: list[QuotedSpan], paragraphs: list[tuple[int, int]],
              text: str | None = None) -> list[Attribution]:
    """One Attribution per quotation, in text order. `text` is doc.text when the caller has it."""
    text = doc.text if text is None else text
    found: list[Attribution] = []
    for k, quote in enumerate(quotes):
        para = paragraph_of(quote.start, paragraphs)
        p_start, p_end = paragraphs[para] if paragraphs else (0, len(text))
        prev_end = quotes[k - 1].end if k and quotes[k - 1].end > p_start else p_start
        next_start = quotes[k + 1].start if k + 1 < len(quotes) and quotes[k + 1].start < p_end else p_end
        last_end = paragraph_of(quote.end - 1, paragraphs)
        p_end = paragraphs[last_end][1] if paragraphs else p_end
        next_start = min(next_start, p_end) if next_start > quote.end else p_end
        att = Attribution(quote, para)
        before = _clause_before(doc, prev_end, quote.start)
        after = _clause_after(doc, quote.end, next_start)
        att.embedded = _embedded(doc, before, quote)
        # `X said: "…." Others agreed.`: a colon before the mark introduces the quotation, and a
        # full stop inside it ends the sentence, so the words after belong to another one.
        colon_first = text[:quote.start].rstrip().endswith(":")
        tries = (_from_before, _from_after) if colon_first else (_from_after, _from_before)
        if not (att.embedded or any(_try(f, doc, text, att, before, after) for f in tries)):
            _inherit(att, found)
        found.append(att)
    return found


def paragraph_of(offset: int, paragraphs: list[tuple[int, int]]) -> int:
    for i, (start, end) in enumerate(paragraphs):
        if offset < end:
            return i
    return max(0, len(paragraphs) - 1)


def _clause_before(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Token range of the clause before a quotation: back to the last sentence end."""
    lo, hi = token_range(doc, start, end)
    i = hi
    while i > lo and not _ends_sentence(doc[i - 1]):
        i -= 1
    return i, hi


def _try(rule, doc: Doc, text: str, att: Attribution, before, after) -> bool:
    return rule(doc, text, att, after) if rule is _from_after else rule(doc, att, before)


def _clause_after(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Token range of the words after a quotation, up to the end of their sentence."""
    lo, hi = token_range(doc, start, end)
    i = lo
    while i < hi and not _ends_sentence(doc[i]):
        i += 1
    return lo, i


def _ends_sentence(token: Token) -> bool:
    """A full stop, question or exclamation mark, not the dot of "Lt." split off by the tokenizer."""
    return token.text in SENTENCE_END and token.pos_ == "PUNCT"


def _embedded(doc: Doc, before: tuple[int, int], quote: QuotedSpan) -> bool:
    """Whether the quotation sits inside a sentence that does not introduce it (partial quote)."""
    lo, hi = before
    words = [t for t in doc[lo:hi] if not t.is_space]
    if not words:
        return False
    if words[-1].text in (",", ":", "—", "–", "-", "(", ";"):
        return False
    q_lo, q_hi = token_range(doc, quote.start, quote.end)
    return not any(is_cue(t) and _introduces(t, q_lo, q_hi) for t in words[-MAX_AFTER_CUE:])


def _introduces(cue: Token, q_lo: int, q_hi: int) -> bool:
    """Whether a cue before a quotation introduces it: nothing but its own modifiers and a
    comma or colon between them (`said on Tuesday: "…"`), or the quotation as its complement
    (`said "…"`); not the start of the quoted clause (`said they were "trying"`, `said that "…"`)."""
    doc = cue.doc
    between = [t for t in doc[cue.i + 1:q_lo] if not t.is_space]
    if not between:
        return True
    if any(t.lower_ == "that" or not _under(t, cue, q_lo, q_hi) for t in between):
        return False
    if between[-1].text in (",", ":", "—", "–"):
        return True
    return any(t.head == cue for t in doc[q_lo:q_hi])


def _under(token: Token, cue: Token, q_lo: int, q_hi: int) -> bool:
    """Whether the token hangs from the cue, or from neither the cue nor the quotation."""
    for ancestor in token.ancestors:
        if ancestor == cue:
            return True
        if q_lo <= ancestor.i < q_hi:
            return False
    return True


def _from_after(doc: Doc, text: str, att: Attribution, clause: tuple[int, int]) -> bool:
    """`"…," Cazalet said` and `"…," said the minister`."""
    lo, hi = clause
    for token in doc[lo:min(hi, lo + MAX_SUBJECT_TOKENS)]:
        if not (is_cue(token) or _cue_word(token, lo)):
            continue
        if _own_clause(token):
            return False  # `“… ongoing.” He said the FBI has not commented`: a report of its own
        speaker = _speaker(token, lo, hi, before=False)
        if speaker is None:
            continue
        att.cue, att.speaker, att.how, att.cue_token = cue_span(token), speaker, "after", token.i
        return True
    if text[att.quote.inner_start:att.quote.inner_end].rstrip()[-1:] in (",", "?", "!", "—", "–", "-"):
        return _any_verb(doc, att, lo, min(hi, lo + MAX_ANY_VERB), "after")
    return False


def _own_clause(cue: Token) -> bool:
    """Whether a cue after a quotation governs a clause after it (`He said the FBI has not
    commented …`): it reports that clause, so it does not introduce the quotation before it."""
    doc = cue.doc
    for clause in cue.rights:
        if clause.dep_ != "ccomp" or not any(g.dep_ in ("nsubj", "nsubjpass") for g in clause.children):
            continue
        start = min(t.i for t in clause.subtree)
        if start == cue.i + 1 or (start == cue.i + 2 and doc[cue.i + 1].lower_ == "that"):
            return True
    return False


def _any_verb(doc: Doc, att: Attribution, lo: int, hi: int, how: str) -> bool:
    """Any verb with a subject in a place only a cue can stand: `"…," Trump riffed` and
    `Hillary shot back, "…"`. The lexicon cannot list every verb writers use there."""
    for token in doc[lo:hi]:
        if token.pos_ != "VERB":
            continue
        subject = subject_of(token)
        if subject is not None and lo <= subject.i < hi and subject.lower_ not in ("it", "there"):
            speaker = phrase(subject, lo, hi)
            if speaker is not None:
                att.cue, att.speaker, att.how, att.cue_token = cue_span(token), speaker, how, token.i
                return True
    return False


def _from_before(doc: Doc, att: Attribution, clause: tuple[int, int]) -> bool:
    """`Issa said, "…"`, `He added: "…"`, `According to Smith, "…"` and `Trump: "…"`."""
    lo, hi = clause
    q_lo, q_hi = token_range(doc, att.quote.start, att.quote.end)
    for token in reversed(doc[max(lo, hi - MAX_BEFORE_WINDOW):hi]):
        if is_cue(token) and _introduces(token, q_lo, q_hi):
            speaker = _speaker(token, lo, hi)
            if speaker is not None:
                att.cue, att.speaker, att.how, att.cue_token = cue_span(token), speaker, "before", token.i
                return True
    tail = [t for t in doc[lo:hi] if not t.is_space]
    if len(tail) >= 3 and tail[-1].text in (":", ",") and (tail[-2].pos_ == "VERB" or (
            tail[-2].dep_ in ("prt", "advmod") and tail[-3].pos_ == "VERB")):
        verb = tail[-2] if tail[-2].pos_ == "VERB" else tail[-3]
        if _any_verb(doc, att, lo, verb.i + 1, "before") and att.cue_token == verb.i:
            return True
        att.cue = att.speaker = att.cue_token = None
        att.how = "none"
    if len(tail) >= 2 and tail[-1].text == ":":
        return _colon(doc, att, lo, tail[-1].i)
    return False


def _colon(doc: Doc, att: Attribution, lo: int, colon: int) -> bool:
    """`X gave the technique a whirl on Tuesday: "…"` is X's quotation: the subject of the
    clause ending in the colon; without a verb (`Trump: "…"` in a headline), a short name
    opening the clause."""
    head = doc[colon - 1]
    while lo <= head.head.i < colon and head.head != head:
        head = head.head
    subject = subject_of(head) if head.pos_ in ("VERB", "AUX") else None
    if subject is not None and lo <= subject.i < colon and subject.lower_ not in ("it", "there", "this", "that"):
        speaker = phrase(subject, lo, colon)
    elif subject is None and head.pos_ not in ("VERB", "AUX") and colon - lo <= 4 and doc[lo].text[:1].isupper():
        speaker = phrase(head, lo, colon)
    else:
        return False
    att.cue = (doc[colon].idx, doc[colon].idx + 1)
    att.speaker, att.how = speaker, "colon"
    return speaker is not None


def _speaker(cue: Token, lo: int, hi: int, before: bool = True) -> Span | None:
    """The speaker phrase of a cue, clipped to the clause; inverted `said X` when no subject.
    A subject the parser found inside the quotation is a parse error: treated as none."""
    subject = subject_of(cue)
    if subject is not None and subject.i < lo and not before:
        subject = None
    if subject is not None and lo <= subject.i < hi:
        return phrase(subject, lo, hi)
    if subject is not None and subject.i < lo and subject.sent == cue.sent and subject.lower_ not in ("i", "we", "you"):
        return phrase(subject, cue.sent.start, lo)  # `X described it as "…," adding: "…"`
    if subject is not None:
        return None
    return _noun_before(cue, lo) or _noun_after(cue, hi, lo)


def _noun_before(cue: Token, lo: int) -> Span | None:
    """`"…," Gene Sperling, an adviser, said`, parsed without a subject: the phrase between
    the quotation and the cue, when it is a name or a pronoun."""
    doc = cue.doc
    words = [t for t in doc[lo:cue.i] if not (t.is_punct or t.is_space)]
    if not words or not (words[0].pos_ in ("PROPN", "PRON", "DET") or words[0].ent_type_ == "PERSON"):
        return None
    head = words[0]
    while lo <= head.head.i < cue.i and head.head != head and head.dep_ in _INSIDE_NOUN_PHRASE:
        head = head.head  # up to the phrase's head noun, never through a verb
    if head.pos_ in ("VERB", "AUX"):
        return None
    return phrase(head, lo, cue.i)


def _noun_after(cue: Token, hi: int, lo: int) -> Span | None:
    """`"…," said the minister`: the first noun phrase after the cue, not the object of a
    preposition (`said at a recent event`)."""
    for token in cue.doc[cue.i + 1:hi]:
        if token.pos_ == "ADP" or token.pos_ in ("VERB", "SCONJ") or token.text in (",", ";"):
            return None
        if token.pos_ in ("PROPN", "NOUN", "PRON") and token.dep_ not in ("pobj", "npadvmod", "dobj"):
            if token.dep_ in ("nsubj", "nsubjpass") and token.head != cue:
                return None  # `…,'' said the candidate could win`: the subject of what is said
            return phrase(token, lo, hi)
    return None


def _cue_word(token: Token, lo: int) -> bool:
    """A cue the tagger read as a noun (`Viguerie notes.`, `Bozell answers.`): a lexicon verb
    in the third person right after a name, ending the clause."""
    doc = token.doc
    if token.i == lo or token.i + 1 >= len(doc) or not token.lower_.endswith("s"):
        return False
    before, after = doc[token.i - 1], doc[token.i + 1]
    return (token.lower_[:-1] in SPEECH_LEMMAS or token.lower_[:-2] in SPEECH_LEMMAS) \
        and before.pos_ in ("PROPN", "PRON") and after.is_punct


def _inherit(att: Attribution, found: list[Attribution]) -> None:
    """Rule 3: the speaker of the quotation before it in the same paragraph."""
    if not found:
        return
    previous = found[-1]
    if previous.paragraph == att.paragraph and previous.speaker is not None and not previous.embedded:
        att.cue, att.speaker, att.how, att.cue_token = previous.cue, previous.speaker, "inherit", previous.cue_token


def speech_events(doc: Doc, quotes: list[QuotedSpan], paragraphs: list[tuple[int, int]]) -> list[Attribution]:
    """Every cue verb with a subject outside quotations (`Will urged voters to …`), for rule 4:
    the next paragraph's quotation is likely that speaker's."""
    events = []
    for token in doc:
        if not is_cue(token) or any(q.start <= token.idx < q.end for q in quotes):
            continue
        if any(is_cue(a) for a in token.ancestors):
            continue  # `Carter said critics had been predicting …`: Carter speaks
        subject = subject_of(token)
        if subject is None or subject.lower_ in ("i", "we", "you", "it"):
            continue
        speaker = phrase(subject, token.sent.start, token.sent.end)
        if speaker is not None:
            events.append(Attribution(None, paragraph_of(token.idx, paragraphs), cue_span(token), speaker,
                                      "event", False, cue_span(token), token.i))
    return events


def from_earlier_paragraphs(text: str, atts: list[Attribution], reported: list[Attribution]) -> None:
    """Rule 4, in place: a paragraph that opens with an unattributed quotation takes the speaker
    of the last attribution (direct or reported) of the one or two paragraphs before it."""
    for att in sorted(atts + reported, key=start_of):
        if att.quote is None or att.speaker is not None or att.embedded:
            continue
        start = att.quote.start
        if text[text.rfind("\n", 0, start) + 1:start].strip():
            continue
        earlier = [e for e in atts + reported if e.speaker is not None and not e.embedded
                   and start_of(e) < start and att.paragraph - 2 <= e.paragraph < att.paragraph]
        if earlier:
            last = max(earlier, key=start_of)
            att.cue, att.speaker, att.how, att.cue_token = last.cue, last.speaker, "paragraph", last.cue_token
            _inherit_within(atts, att)


def _inherit_within(atts: list[Attribution], first: Attribution) -> None:
    """Later unattributed quotations of the same paragraph follow the one just attributed."""
    for att in atts:
        if att.quote is not None and att.quote.start > first.quote.start and att.paragraph == first.paragraph \
                and att.speaker is None and not att.embedded:
            att.cue, att.speaker, att.how, att.cue_token = first.cue, first.speaker, "inherit", first.cue_token


def start_of(att: Attribution) -> int:
    return att.quote.start if att.quote is not None else att.content[0]
