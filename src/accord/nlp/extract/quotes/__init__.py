"""Quotations and their speakers: `quotations(doc)`, the pure function behind `accord_quotes`.

Marked quotations are found from their marks (quotes.marks), attributed to a cue and a speaker
phrase (quotes.direct); reported speech is read from the parse (quotes.indirect); speaker
phrases are resolved to people, pronouns included (speakers). See docs/quotes.md.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from typing import Iterable

from spacy.tokens import Doc, Span

from accord.model import Annotation, Reference, Statement
from accord.nlp.extract.quotes.direct import Attribution, attribute, from_earlier_paragraphs, speech_events, start_of
from accord.nlp.extract.quotes.indirect import reported
from accord.nlp.extract.quotes.marks import paragraphs, quoted_spans
from accord.nlp.extract.quotes.speakers import FEMALE, MALE, People, Speaker

_TRAILING = " \t\n\u00a0,"
MIN_UNATTRIBUTED_WORDS = 5
SAID_KINDS = frozenset({"direct", "reported", "indirect"})  # "indirect": stores before issue 16
MAX_TITLE_WORDS = 8
_TITLE_SMALL_WORDS = frozenset("a an the of in on at to for and or but with from by as is".split())


@dataclass(frozen=True)
class Quotation:
    """One quotation: character spans into `doc.text`, the speaker as written and as resolved."""

    content: tuple[int, int]
    cue: tuple[int, int] | None
    speaker: tuple[int, int] | None
    speaker_text: str | None
    speaker_entity: str | None
    kind: str  # "direct" | "reported" (speech) | "belief" (thought, intention, stance) | "question"
    speaker_office: str | None = None


def quotations(doc: Doc) -> list[Quotation]:
    """Every direct and reported quotation of a parsed Doc, in text order.

    Needs the parse and `doc.ents`; uses `doc._.people` when the NLP core has set it.
    """
    text = doc.text  # Doc.text joins every token on each access: read it once
    attributions = _attributions(doc, text)
    people = People(doc)
    subjects = _subject_events(doc, people)
    found = []
    for att in attributions:
        _replay(subjects, start_of(att), people)
        speaker = _resolve(att, people)
        found.append(_quotation(text, att, speaker))
    return found


def _attributions(doc: Doc, text: str) -> list[Attribution]:
    """Direct, partial and reported quotations with cue and speaker phrase, in text order."""
    paras = paragraphs(text)
    spans = quoted_spans(text)
    direct = attribute(doc, spans, paras, text)
    # `Bolton said that whatever they choose, “they should …”`: an unattributed quotation inside
    # a sentence may end the reported speech that runs into it, and takes its speaker
    inside = {id(a) for a in direct if a.speaker is None and not a.embedded and _mid_sentence(text, a.quote.start, paras)}
    standalone = [a.quote for a in direct if not a.embedded and id(a) not in inside]
    used = {a.cue_token for a in direct if a.how in ("after", "before")}
    indirect = reported(doc, spans, standalone, used, paras)
    spoken = [a for a in indirect if a.how == "reported"]
    from_earlier_paragraphs(text, direct, spoken + speech_events(doc, spans, paras))
    for att in direct:
        if (att.embedded and (att.quote.double or _sentence_like(text, att))) or (id(att) in inside and att.speaker is None):
            _attach_partial(att, indirect)  # a short term in single marks ('no-fly zone') is no quote
    direct = [a for a in direct if not _title(text[a.quote.inner_start:a.quote.inner_end])]
    kept = [a for a in direct if a.speaker is not None or (not a.embedded and _sentence_like(text, a))] + indirect
    return sorted(_outermost_beliefs(kept), key=start_of)


def _mid_sentence(text: str, start: int, paras: list[tuple[int, int]]) -> bool:
    """Whether a quotation opens inside a sentence (after a comma, a word), not at the start
    of its paragraph or after a full stop, question or exclamation mark, colon or dash."""
    p_start = next((s for s, e in paras if s <= start < e), 0)
    before = text[p_start:start].rstrip(" \t\u00a0\"'“”‘’`")
    return bool(before) and before[-1] not in ".!?:;—–-()[]"


def _outermost_beliefs(atts: list[Attribution]) -> list[Attribution]:
    """Beliefs read inside someone's quoted or reported words are part of those words (`Cazalet
    said if Russia were to attack an ally, NATO would defend it`): the outer speaker says them,
    so they are no attribution of their own (PolNeAR gives each word to one attribution too)."""
    spans = [(a.quote.inner_start, a.quote.inner_end) if a.quote is not None else a.content for a in atts]
    kept = []
    for att, own in zip(atts, spans):
        if att.how == "belief" and att.cue is not None and any(
                s <= att.cue[0] and att.cue[1] <= e for s, e in spans if (s, e) != own):
            continue  # (a cue between commas lies inside its own content)
        kept.append(att)
    return kept


def _title(words: str) -> bool:
    """Whether quoted words are the title of a work ("Meet the Press", "Tough Choices."), not
    something said: a few words, every one but the small ones capitalised."""
    tokens = words.strip(" .,!?").split()
    if not 2 <= len(tokens) <= MAX_TITLE_WORDS:
        return False
    return all(t[:1].isupper() or t.lower() in _TITLE_SMALL_WORDS for t in tokens)


def _sentence_like(text: str, att: Attribution) -> bool:
    """An unattributed quotation is kept when it reads as something said (several words),
    not as a title or a scare quote ("Chi-Raq", "Libya")."""
    return len(text[att.quote.inner_start:att.quote.inner_end].split()) >= MIN_UNATTRIBUTED_WORDS


def _attach_partial(att: Attribution, indirect: list[Attribution]) -> None:
    """A partial quote inside reported speech was said by the same speaker."""
    for other in indirect:
        if other.content[0] <= att.quote.start and att.quote.end <= other.content[1] + 1:
            att.cue, att.speaker, att.how, att.cue_token = other.cue, other.speaker, "partial", other.cue_token
            return


def _subject_events(doc: Doc, people: People) -> list[tuple[int, str, tuple[int, int]]]:
    """Subjects of sentences that may be people, for pronouns: (offset, lowered word, character
    span of the person's name, the whole PERSON entity when the subject is inside one)."""
    pronouns = MALE | FEMALE
    entity_of = {i: ent for ent in doc.ents if ent.label_ == "PERSON" for i in range(ent.start, ent.end)}
    events = []
    for token in doc:
        if token.dep_ in ("nsubj", "nsubjpass") and (token.i in entity_of or token.lower_ in pronouns):
            ent = entity_of.get(token.i)
            span = (ent.start_char, ent.end_char) if ent is not None else (token.idx, token.idx + len(token))
            events.append((token.idx, token.lower_, span))
    return events


def _replay(events: list[tuple[int, str, tuple[int, int]]], until: int, people: People) -> None:
    """Feed the subjects before offset `until` to the pronoun memory (consumes `events`)."""
    while events and events[0][0] < until:
        offset, word, span = events.pop(0)
        if word in MALE | FEMALE:
            person = people.antecedent(word, offset)
        else:
            person = people.at(*span)
        if person is not None:
            people.seen(offset, person)


def _resolve(att: Attribution, people: People) -> Speaker | None:
    """The person behind the speaker phrase; pronouns through the recent people."""
    span = att.speaker
    if span is None:
        return None
    person = None
    if len(span) == 1 and span[0].lower_ in MALE | FEMALE:
        person = people.antecedent(span[0].lower_, span.start_char)
    else:
        person = people.at(span.start_char, span.end_char) or people.named(span) or people.by_role(span)
    if person is None or not person.is_person:
        entity = _linked_mention(span)
        return Speaker(person.name if person else span.text, entity, None)
    people.seen(span.start_char, person)
    people.seen(start_of(att), person)
    return Speaker(person.name, person.entity, person.office, person)


def _linked_mention(span: Span) -> str | None:
    """The entity the NLP core linked inside a speaker phrase that is no person ("NATO says")."""
    for mention in getattr(span.doc._, "mentions", None) or []:
        if mention.entity and span.start_char <= mention.start and mention.end <= span.end_char:
            return mention.entity
    return None


def _quotation(text: str, att: Attribution, speaker: Speaker | None) -> Quotation:
    if att.quote is not None:
        start, end = att.quote.inner_start, att.quote.inner_end
        while end > start and text[end - 1] in _TRAILING:
            end -= 1
        content, kind = (start, end), "direct"
    else:
        content, kind = att.content, (att.how if att.how in ("belief", "question") else "reported")
    span = att.speaker
    return Quotation(
        content=content,
        cue=att.cue,
        speaker=(span.start_char, span.end_char) if span is not None else None,
        speaker_text=speaker.text if speaker else None,
        speaker_entity=speaker.entity if speaker else None,
        kind=kind,
        speaker_office=speaker.office if speaker else None,
    )


def quote_annotations(doc: Doc, quotes: Iterable[Quotation]) -> list[Annotation]:
    """The quotations as `Annotation(layer="quote")`, what `doc._.quotes` holds."""
    text = doc.text
    sentences = [(s.start_char, s.end_char) for s in doc.sents] if doc.has_annotation("SENT_START") else []
    starts = [s for s, _ in sentences]
    out = []
    for q in quotes:
        sentence = _sentence(sentences, starts, q.content)
        data = {"cue": list(q.cue) if q.cue else None, "speaker": list(q.speaker) if q.speaker else None,
                "speaker_text": q.speaker_text, "speaker_office": q.speaker_office,
                "sentence": list(sentence)}
        out.append(Annotation("quote", q.content[0], q.content[1], text[q.content[0]:q.content[1]],
                              q.kind, q.speaker_entity, data))
    return out


def _sentence(sentences: list[tuple[int, int]], starts: list[int], content: tuple[int, int]) -> tuple[int, int]:
    """Characters of the sentences the content overlaps (the reference shown to users); the
    sentence spans are read once per document (Token.sent walks the parse on every call)."""
    if not sentences:
        return content
    first = max(0, bisect_right(starts, content[0]) - 1)
    last = max(first, bisect_right(starts, max(content[0], content[1] - 1)) - 1)
    return sentences[first][0], sentences[last][1]


def said_statements(quotes: Iterable[Annotation], doc_id: str, text: str | None = None) -> list[Statement]:
    """One `said` Statement per quotation of words (direct or reported) with a speaker: subject the speaker (entity id, else
    the name), value the content; the article asserts that the speaker said it."""
    out = []
    for q in quotes:
        subject = q.entity or q.data.get("speaker_text")
        if not subject or q.label not in SAID_KINDS:
            continue  # a belief or stance (`X supports Y`) is no statement that X said Y
        s, e = q.data.get("sentence") or (q.start, q.end)
        sentence = text[s:e] if text is not None else q.text
        ref = Reference(doc_id, q.start, q.end, sentence, s if text is not None else q.start)
        out.append(Statement(subject, "said", q.text, modality="reported", references=[ref]))
    return out


def asserted_by(start: int, end: int, quotes: Iterable[Annotation]) -> str:
    """Who asserts a statement read at characters [start, end): the speaker when it lies inside
    a quotation's content (entity id, else the name), else "article"."""
    for q in quotes:
        if q.start <= start and end <= q.end:
            return q.entity or q.data.get("speaker_text") or "article"
    return "article"
