"""Reported (indirect) speech: `Cazalet said they have been …`, `Mahuta … would not say New
Zealand was drawing closer`, `X told Newshub Nation …`, `…, according to X`.

The content is the clause the cue verb governs (its `ccomp`, with "that"), the speaker its
subject. Cues inside a quotation belong to the quoted speaker's own words and are skipped, as
are cues that already introduce a marked quotation.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from accord.nlp.extract.quotes.cues import (REPORTING_LEMMAS, STANCE_LEMMAS, THOUGHT_LEMMAS, cue_span, is_cue, phrase,
                                            subject_of)
from accord.nlp.extract.quotes.around import around_cue
from accord.nlp.extract.quotes.direct import Attribution, paragraph_of
from accord.nlp.extract.quotes.headlines import headline_reports
from accord.nlp.extract.quotes.marks import QuotedSpan

MIN_CONTENT_TOKENS = 3
MIN_OBJECT_TOKENS = 1  # a stance's object may be one name (`endorsed Trump`)
# Light verbs and the nouns that make them a statement or a stance (`made the case`).
LIGHT_VERBS = frozenset("make take raise cast voice issue level express draw have give".split())
LIGHT_NOUNS = frozenset("""case point argument claim reference comment statement promise pledge remark
    secret mention accusation pitch plea appeal issue aim concern doubt question criticism warning
    objection complaint demand opposition praise hope fear view opinion reservation misgiving""".split())
# Adjectives and participles of attitude (`concerned that`, `critical of`).
ATTITUDE_WORDS = frozenset("""concerned worried afraid fearful anxious nervous confident sure certain convinced
    hopeful optimistic pessimistic skeptical sceptical critical supportive proud angry upset furious
    frustrated disappointed happy pleased glad satisfied unhappy dissatisfied aware unaware mistrustful
    wary suspicious enthusiastic excited eager keen interested opposed committed determined adamant
    doubtful uncertain unsure open resistant hostile sympathetic fond tired sick ashamed alarmed
    troubled disturbed outraged eager willing reluctant hesitant quick scared appreciative loyal impressed
    outspoken uncomfortable shy enamored enamoured delighted devoted focused bent hungry passionate partial
    sympathetic distrustful clear upfront vocal adamant""".split())
# Attitudes to a deed (`eager to`, `willing to`) and the prepositions some attitudes take besides
# about / of / over / with (`hungry for change`, `sympathetic to free trade`).
_WILLING = frozenset("eager willing reluctant hesitant quick determined adamant keen ready".split())
_ATTITUDE_PREPS = {"hungry": ("for",), "sympathetic": ("to",), "loyal": ("to",), "partial": ("to",),
                   "focused": ("on",), "bent": ("on",), "impressed": ("by",), "devoted": ("to",),
                   "delighted": ("by",), "opposed": ("to",), "committed": ("to",), "resistant": ("to",),
                   "hostile": ("to", "toward", "towards"), "outspoken": ("in", "on"), "vocal": ("on", "in")}
# Nouns of `X's view is that …`, with the kind of what they attribute.
VIEW_NOUNS = {"view": "belief", "belief": "belief", "position": "belief", "opinion": "belief", "hope": "belief",
              "fear": "belief", "assessment": "belief", "conclusion": "belief", "feeling": "belief",
              "argument": "reported", "message": "reported", "claim": "reported", "point": "reported",
              "answer": "reported", "response": "reported", "promise": "reported", "warning": "reported",
              "goal": "belief", "aim": "belief", "strategy": "belief", "plan": "belief", "priority": "belief",
              "message": "reported", "slogan": "reported", "pitch": "reported", "refrain": "reported"}
# Cues of attributions without a source: raising verbs (`seems to`), passive verbs of
# saying and thinking (`is expected to`, `is seen as`), hearsay adverbs.
RAISING_LEMMAS = frozenset({"seem", "appear"})
PASSIVE_LEMMAS = frozenset("expect see know believe think consider say report rumor rumour view ask describe"
                           .split())
HEARSAY_ADVERBS = frozenset({"reportedly", "allegedly", "purportedly", "supposedly"})
# Subjects that name no source (`it shows`, `which means`).
NOT_SPEAKERS = frozenset("it there this that which what".split())
# Prepositions whose object is what a stance is about (`called for`, `pushed for`, `accused X of`).
CONTENT_PREPS = frozenset("for on upon of against about as to".split())
# Verbs that are a stance when a person does them (`Trump attacked Cruz's record`, `she defended
# her vote`) and a deed when a state or an army does (`Russia attacked Ukraine`).
PERSONAL_STANCE_LEMMAS = frozenset({"attack", "defend", "push"})
_BELIEF_LEMMAS = THOUGHT_LEMMAS | STANCE_LEMMAS | PERSONAL_STANCE_LEMMAS
_CUE_POS = frozenset({"VERB", "AUX", "ADJ", "ADV"})
# Stances whose `to` names a listener, not what the stance is about (`spoke to reporters`).
_LISTENER_TO = frozenset({"speak", "talk"})


def reported(doc: Doc, quotes: list[QuotedSpan], standalone: list[QuotedSpan], used_cues: set[int],
             paragraphs: list[tuple[int, int]]) -> list[Attribution]:
    """Reported speech and reported beliefs of the document, in text order, as Attributions
    with `content` set; `how` is "reported" for words, "belief" for thoughts and stances.

    `standalone` are the quotations that form sentences of their own: a clause overlapping one
    is a parse running into the quotation, not reported speech.
    """
    found = []
    text = doc.text  # Doc.text joins every token on each access: read it once
    quoted = _quoted_characters(len(text), quotes)
    for token in doc:
        if token.pos_ not in _CUE_POS and not token.tag_.startswith("VB") and not (
                token.pos_ == "NOUN" and token.lemma_.lower() in NOUN_CUES | ADVOCATE_NOUNS) and token.lower_ != "in":
            continue  # every cue is a verb, a copula, an adjective or an adverb (`reportedly`)
        if token.i in used_cues or quoted[token.idx]:
            continue
        question = _question(token)
        if question is not None:
            content, asker = question
            if not any(q.start < content.end_char and content.start_char < q.end for q in standalone):
                speaker = phrase(asker, token.sent.start, token.sent.end) if asker is not None else None
                found.append(Attribution(None, paragraph_of(content.start_char, paragraphs), cue_span(token),
                                         speaker, "question", False, (content.start_char, content.end_char),
                                         token.i))
            continue
        form = _special_form(token)
        if form is not None:
            content, holder, how = form
            if not any(q.start < content.end_char and content.start_char < q.end for q in standalone):
                hi = min(t.i for t in token.subtree) if holder is not None and holder.is_ancestor(token) \
                    else token.sent.end  # `Jane Doe, a critic of the plan`: the apposition is the cue
                speaker = phrase(holder, token.sent.start, hi) if holder is not None else None
                found.append(Attribution(None, paragraph_of(content.start_char, paragraphs), cue_span(token),
                                         speaker, how, False, (content.start_char, content.end_char), token.i))
            continue
        how = _cue_class(token)
        if how is None:
            continue
        content = _content(token) if how == "reported" else _belief(token)
        if content is None and how == "reported" and is_cue(token, _BELIEF_LEMMAS):
            content = _belief(token)  # `asked leaders to disavow Trump`, `urged voters to …`
        content = _within_paragraph(content, paragraphs[paragraph_of(token.idx, paragraphs)]) \
            if content is not None and paragraphs else content
        if content is None or len(content) < (MIN_OBJECT_TOKENS if how == "belief" or (
                len(content) == 1 and content[0].lower_ in SHORT_ANSWERS) else MIN_CONTENT_TOKENS):
            continue
        if any(q.start < content.end_char and content.start_char < q.end for q in standalone):
            continue
        sent = token.sent
        if how == "reported":
            subject = subject_of(token) or _coordinated_speaker(token) or _inverted(token, content) \
                or _participle_of(token)
        else:
            subject = _holder(token)
            if subject is None:
                continue
            if token.lemma_.lower() in PERSONAL_STANCE_LEMMAS and not _a_person(subject):
                continue
        hi = min(t.i for t in token.subtree) if subject is not None and subject.is_ancestor(token) else sent.end
        speaker = phrase(subject, sent.start, hi) if subject is not None else None
        if speaker is not None and speaker.start <= content.start < speaker.end:
            continue
        found.append(Attribution(None, paragraph_of(content.start_char, paragraphs), cue_span(token),
                                 speaker, how, False, (content.start_char, content.end_char), token.i))
    found.extend(_labelled(doc, text, paragraphs, quotes, found))
    found.extend(_headlines(doc, paragraphs, found))
    return sorted(found, key=lambda a: a.content[0])


def _headlines(doc: Doc, paragraphs: list[tuple[int, int]], found: list[Attribution]) -> list[Attribution]:
    """Title-case headlines that attribute words or a stance (quotes.headlines), unless another
    rule read the line already."""
    out = []
    taken = [a.content for a in found]
    for speaker, cue, content, how in headline_reports(doc, paragraphs):
        start, end = content.start_char, content.end_char
        if any(s < end and start < e for s, e in taken):
            continue
        out.append(Attribution(None, paragraph_of(start, paragraphs), (cue.start_char, cue.end_char), speaker, how,
                               False, (start, end), cue[-1].i))
    return out


# Words that label a line without naming a speaker (`UPDATE: …`, `Related: …`).
_LABELS = frozenset("""update updated updates related watch read note editor editors photo photos video
    transcript breaking exclusive live correction clarification source sources see also more disclosure
    warning analysis opinion commentary review question answer key takeaway takeaways
    background context why what how who when where listen follow""".split())
MAX_LABEL_TOKENS = 5
# Lowercase words that may end a speaker label after a name (`Clinton camp: …`, `WSJ editorial: …`).
_GROUPS = frozenset("camp campaign aides allies editorial spokesman spokeswoman officials supporters team".split())


def _labelled(doc: Doc, text: str, paragraphs: list[tuple[int, int]], quotes: list[QuotedSpan],
              found: list[Attribution]) -> list[Attribution]:
    """A line that opens with a name and a colon, then unquoted words: a headline (`Jane Doe:
    Harbour Will Close in June`) or a transcript (`DOE: We will build it.`, `Q: When?`). The
    name is the speaker, the rest of the line the content. A label (`UPDATE:`), a place or date
    (a dateline) or a line already read as another attribution is no speaker."""
    out = []
    taken = [a.content for a in found]
    for p_start, p_end in paragraphs:
        line = text[p_start:p_end]
        colon = line.find(":")
        if colon <= 0 or p_end - p_start - colon < 8:
            continue
        name = doc.char_span(p_start + len(line) - len(line.lstrip()), p_start + colon, alignment_mode="contract")
        rest = doc.char_span(p_start + colon + 1, p_end, alignment_mode="contract")
        if name is not None and not _speaker_label(name):
            name = _name_before_topic(name)  # `Jane Doe on the Harbour: …`, `Doe To Voters: …`
        if name is None or rest is None:
            continue
        rest = _trim(rest)
        if rest is None or len([t for t in rest if t.is_alpha]) < MIN_CONTENT_TOKENS or rest[0].is_quote:
            continue
        start, end = rest.start_char, rest.end_char
        if any(q.start < end and start < q.end for q in quotes) and rest.text.lstrip()[:1] in "\"“‘'":
            continue
        if any(s < end and start < e for s, e in taken):
            continue
        cue = doc[name.end] if name.end < len(doc) else None
        out.append(Attribution(None, paragraph_of(start, paragraphs),
                               (cue.idx, cue.idx + 1) if cue is not None else None, name, "reported", False,
                               (start, end), cue.i if cue is not None else None))
    return out


def _name_before_topic(label: Span) -> Span | None:
    """The name opening a headline label that goes on with what or whom it is about (`Jane Doe
    on the Harbour Plan`, `Doe To Voters`), when the words before the preposition are a name."""
    for t in label[1:]:
        if t.lower_ in ("on", "to", "at", "about"):
            head = label[:t.i - label.start]
            return head if _speaker_label(head) else None
    return None


def _speaker_label(name: Span) -> bool:
    """A name that may label what follows it: 1 to 5 capitalised words, no label word, no place
    or date alone, no verb (`He wrote: …` is a cue of its own)."""
    words = [t for t in name if not t.is_punct]
    if not 1 <= len(words) <= MAX_LABEL_TOKENS or len(words) != len([t for t in name if not t.is_space]) - \
            sum(1 for t in name if t.is_punct and t.text in ".-'’"):
        return False
    if not all(t.text[:1].isupper() or (k and t.lower_ in _GROUPS)
               for k, t in enumerate(words) if t.lower_ not in ("of", "the", "de", "van", "von")):
        return False
    if any(t.lower_ in _LABELS for t in words) or any(t.pos_ in ("VERB", "AUX") for t in words):
        return False
    kinds = {t.ent_type_ for t in words}
    if kinds and kinds <= {"GPE", "LOC", "DATE", "TIME", "CARDINAL", "ORDINAL", "FAC"}:
        return False
    return any(t.pos_ in ("PROPN", "NOUN", "PRON") or t.ent_type_ in ("PERSON", "ORG", "NORP") for t in words)


def _special_form(token: Token) -> tuple[Span, Token | None, str] | None:
    """The attributions whose cue is no plain verb with a complement, tried in turn: `X's view
    is that`, light verbs (`made the case that`), adjectives of attitude (`concerned that`),
    attributions without a named source (`is expected to`, `reportedly`):
    (content, source token or None, kind)."""
    view = _view(token)
    if view is not None:
        return view
    noun = _noun_cue(token) or _advocate(token) or _in_which(token)
    if noun is not None:
        return noun
    for form in (_light_verb, _feeling):
        found = form(token)
        if found is not None:
            return found[0], found[1], "belief"
    unsourced = _unsourced(token)
    if unsourced is not None and len(unsourced[0]) >= MIN_CONTENT_TOKENS:
        return unsourced
    return None


# Nouns of stance and statement whose possessor holds what they are about (`his support for the
# bill`, `Doe's attacks on the mayor`, `her claim that …`, `their decision to leave`).
NOUN_CUES = frozenset("""support criticism criticisms attack endorsement claim decision opposition praise
    condemnation denunciation defense defence embrace backing rejection demand proposal promise pledge
    warning accusation assertion insistence argument belief hope fear call plea push vow threat
    objection complaint""".split())
_NOUN_PREPS = frozenset("of on for against about toward towards to".split())


def _noun_cue(cue: Token) -> tuple[Span, Token, str] | None:
    """`Doe's support for the bridge`, `his attacks on the mayor`, `her claim that the port is
    safe`, `their decision to leave`: a noun of stance or statement with a possessor (the holder)
    and what it is about (the object of its preposition, or its clause): (content, holder,
    "belief"). Without a possessor the noun names no one's stance (`support for the bill grew`)."""
    if cue.pos_ != "NOUN" or cue.lemma_.lower() not in NOUN_CUES:
        return None
    owners = [c for c in cue.lefts if c.dep_ == "poss" and c.lower_ not in ("its", "whose")]
    if not owners:
        return None
    doc = cue.doc
    for child in cue.rights:
        if child.dep_ == "prep" and child.lower_ in _NOUN_PREPS:
            objects = [g for g in child.children if g.dep_ in ("pobj", "pcomp")]
            if not objects or any(t.ent_type_ in ("DATE", "TIME") for t in objects[0].subtree):
                return None
            start, end = min(t.i for t in objects[0].subtree), max(t.i for t in objects[0].subtree) + 1
        elif child.dep_ in ("acl", "ccomp") and child.pos_ in ("VERB", "AUX") and child.i == max(
                t.i for t in child.subtree if t.i <= child.i):
            start, end = min(t.i for t in child.subtree), max(t.i for t in child.subtree) + 1
            if start != cue.i + 1 or doc[start].lower_ not in ("to", "that", "not"):
                return None  # `the claim he made`, `his defence, delivered …`: no content
        else:
            continue
        content = _trim(doc[start:end])
        return (content, owners[0], "belief") if content is not None else None
    return None


# Nouns of people by their stance (`a supporter of the bridge`, `a critic of the plan`).
ADVOCATE_NOUNS = frozenset("""supporter proponent backer critic opponent advocate champion defender foe
    skeptic sceptic fan admirer detractor surrogate""".split())


def _advocate(cue: Token) -> tuple[Span, Token, str] | None:
    """`Jane Doe is a supporter of the bridge`, `he was a critic of the plan`: a noun of stance
    after a copula, with what it is for or against: (content, the subject, "belief")."""
    if cue.pos_ != "NOUN" or cue.lemma_.lower() not in ADVOCATE_NOUNS:
        return None
    if cue.dep_ == "attr" and cue.head.lemma_ == "be":
        holders = [c for c in cue.head.children if c.dep_ == "nsubj"]
    else:  # in an apposition (`Tom Lind, a critic of the plan`) PolNeAR marks no attribution
        return None
    if not holders or holders[0].pos_ not in ("NOUN", "PROPN", "PRON") or holders[0].lower_ in NOT_SPEAKERS:
        return None
    for child in cue.rights:
        if child.dep_ == "prep" and child.lower_ in ("of", "for"):
            objects = [g for g in child.children if g.dep_ in ("pobj", "pcomp")]
            if objects:
                content = _trim(cue.doc[min(t.i for t in objects[0].subtree):max(t.i for t in objects[0].subtree) + 1])
                return (content, holders[0], "belief") if content is not None else None
    return None


def _in_which(cue: Token) -> tuple[Span, Token, str] | None:
    """`a new poll, in which Jane Doe took six percent`: the "in" of a relative clause of a poll,
    survey or study is the cue, the noun the source, the clause the content: (content, source,
    "belief")."""
    if cue.lower_ != "in" or cue.dep_ != "prep":
        return None
    objects = [c for c in cue.children if c.dep_ == "pobj"]
    if objects and objects[0].lower_ in ("poll", "survey") and objects[0].pos_ == "NOUN" and cue.head.pos_ in ("VERB", "AUX"):
        return _in_a_poll(cue, objects[0])
    if not any(c.lower_ == "which" and c.dep_ == "pobj" for c in cue.children):
        return None
    clause = cue.head
    source = clause.head
    if clause.dep_ != "relcl" or source.lemma_.lower() not in _EVIDENCE or source.pos_ != "NOUN":
        return None
    end = max(t.i for t in clause.subtree) + 1
    content = _trim(cue.doc[cue.i + 2:end]) if cue.i + 2 < end else None
    return (content, source, "belief") if content is not None and len(content) >= MIN_CONTENT_TOKENS else None


def _in_a_poll(cue: Token, poll: Token) -> tuple[Span, Token, str] | None:
    """`Jane Doe has a clear lead in the polls`, `In a new poll, 40 percent chose Doe`: the clause
    the "in" phrase belongs to, without it, is what the poll found: (content, poll, "belief")."""
    if any(c.dep_ == "relcl" for c in poll.rights):
        return None  # `a poll, in which …`: the relative clause is the finding
    verb = cue.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head != verb:
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX") or _cue_class(verb) is not None:
        return None  # `wrote in the survey`: the verb is the cue
    inner = {t.i for t in cue.subtree}
    tokens = [t.i for t in verb.subtree if t.i not in inner]
    side = [i for i in tokens if i > max(inner)] if cue.i < verb.i and min(inner) == min(t.i for t in verb.subtree) \
        else tokens
    if not side:
        return None
    content = _trim(cue.doc[min(side):max(side) + 1])
    return (content, poll, "belief") if content is not None and len(content) >= MIN_CONTENT_TOKENS else None


def _question(cue: Token) -> tuple[Span, Token | None] | None:
    """What someone asked: `asked whether the bridge would open`, `Asked if he was bullied, …`,
    `when asked about the strike`, `asked questions about the budget`, `asked for a vote`:
    the question (with "if" or "whether", or a wh-word) or what it was about, and who asked
    (the subject, the agent of a passive, none for `Asked …, X said`): (content, asker)."""
    if cue.lemma_.lower() != "ask" or cue.pos_ not in ("VERB", "AUX"):
        return None
    doc = cue.doc
    passive = any(c.dep_ == "auxpass" for c in cue.children) or (
        cue.tag_ == "VBN" and cue.dep_ in ("advcl", "acl", "relcl") and not any(c.dep_ == "aux" for c in cue.children))
    content = None
    for child in cue.rights:
        first = doc[min(t.i for t in child.subtree)]
        if child.dep_ in ("ccomp", "advcl") and (first.lower_ in _ASKING or first.tag_ in ("WDT", "WP", "WRB")):
            content = _trim(doc[first.i:max(t.i for t in child.subtree) + 1])
            break
        objects = [child] if child.dep_ == "prep" else [
            g for g in child.children if g.dep_ == "prep" and child.dep_ == "dobj" and child.lemma_.lower() == "question"]
        preps = [p for p in objects if p.lower_ in ("about", "for") and any(g.dep_ == "pobj" for g in p.children)]
        if preps:
            obj = [g for g in preps[0].children if g.dep_ == "pobj"][0]
            content = _trim(doc[min(t.i for t in obj.subtree):max(t.i for t in obj.subtree) + 1])
            break
    if content is None:
        return None
    if passive:
        agents = [g for c in cue.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        return content, (agents[0] if agents else None)
    subjects = [c for c in cue.children if c.dep_ == "nsubj" and c.lower_ not in NOT_SPEAKERS]
    return content, (subjects[0] if subjects else None)


_ASKING = frozenset({"if", "whether"})


def _view(cue: Token) -> tuple[Span, Token, str] | None:
    """`Jane Doe's view is that …`, `the council's position was that …`, `her goal is to …`: the
    copula is the cue,
    the possessor the source, the clause after it the content: (content, source, kind)."""
    if cue.lemma_ != "be" or cue.pos_ not in ("AUX", "VERB"):
        return None
    nouns = [c for c in cue.children if c.dep_ == "nsubj" and c.lemma_.lower() in VIEW_NOUNS]
    clauses = [c for c in cue.rights if c.dep_ in ("ccomp", "xcomp") and c.pos_ in ("VERB", "AUX")]
    if not nouns or not clauses:
        return None
    owners = [c for c in nouns[0].children if c.dep_ == "poss"]
    if not owners:
        return None
    start = min(t.i for t in clauses[0].subtree)
    end = max(t.i for t in clauses[0].subtree) + 1
    content = _trim(cue.doc[start:end])
    if content is None or len(content) < MIN_CONTENT_TOKENS:
        return None
    return content, owners[0], VIEW_NOUNS[nouns[0].lemma_.lower()]


def _light_verb(cue: Token) -> tuple[Span, Token] | None:
    """`made the case that …`, `raised concerns about …`, `took issue with …`, `made it clear
    that …`: a light verb whose object names a statement or a stance; the content is what the
    object (or the verb after it) is about: (content, holder)."""
    if cue.lemma_.lower() not in LIGHT_VERBS or cue.pos_ != "VERB":
        return None
    holder = _holder(cue)
    if holder is None:
        return None
    objects = [c for c in cue.rights if c.dep_ == "dobj"]
    clear = [c for c in cue.rights if c.lower_ == "clear" and c.dep_ in ("ccomp", "oprd", "acomp", "advmod", "dobj")]
    if clear:
        parts = [c for c in clear[0].rights if c.dep_ in ("ccomp", "advcl")] + [
            c for c in cue.rights if c.dep_ == "ccomp" and c != clear[0]]
    elif objects and objects[0].lemma_.lower() in LIGHT_NOUNS:
        noun = objects[0]
        parts = [c for c in noun.rights if c.dep_ in ("prep", "acl", "ccomp", "relcl") and c.lower_ not in ("in", "at", "on")
                 or (c.dep_ == "prep" and c.lower_ == "on" and noun.lemma_.lower() in ("doubt", "aim", "light"))]
        parts += [c for c in cue.rights if c.i > noun.i and (c.dep_ == "ccomp" or (
            c.dep_ == "prep" and c.lower_ in CONTENT_PREPS | {"with", "at", "over"}))]
    else:
        return None
    if not parts:
        return None
    start = min(t.i for p in parts for t in p.subtree)
    end = max(t.i for p in parts for t in p.subtree) + 1
    content = _trim(cue.doc[start:end])
    return (content, holder) if content is not None and len(content) >= MIN_OBJECT_TOKENS else None


def _feeling(cue: Token) -> tuple[Span, Token] | None:
    """`Some backers are concerned that …`, `he is critical of the deal`, `voters were angry
    about the war`: an adjective (or a passive participle) of attitude after a copula, with what
    it is about: (content, holder)."""
    if cue.lemma_.lower() not in ATTITUDE_WORDS and cue.lower_ not in ATTITUDE_WORDS:
        return None
    if cue.pos_ == "ADJ" and cue.dep_ in ("acomp", "oprd"):
        verb = cue.head
        holders = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    elif cue.pos_ == "VERB" and any(c.dep_ == "auxpass" for c in cue.children):
        holders = [c for c in cue.children if c.dep_ == "nsubjpass"]
    else:
        return None
    if not holders or holders[0].pos_ not in ("NOUN", "PROPN", "PRON") or holders[0].lower_ in NOT_SPEAKERS:
        return None
    word = cue.lower_
    parts = [c for c in cue.rights if (c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX"))
             or (c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX") and word in _WILLING)
             or (c.dep_ == "prep" and (c.lower_ in ("about", "of", "over", "with", "that")
                                       or c.lower_ in _ATTITUDE_PREPS.get(word, ())))]
    if not parts:
        return None
    start = min(t.i for t in parts[0].subtree)
    end = max(t.i for t in parts[0].subtree) + 1
    content = _trim(cue.doc[start:end])
    return (content, holders[0]) if content is not None else None


def _unsourced(cue: Token) -> tuple[Span, Token | None, str] | None:
    """Attributions that name no source, or only in a `by` phrase: `X is expected to win`, `X
    is seen as the favourite`, `X was said to …` (passive cues), `X seems / appears to …`
    (the writer's inference), `X reportedly met Y`. The content is the whole clause, subject
    included: (content, the agent of a passive or None, kind)."""
    doc = cue.doc
    lemma = cue.lemma_.lower()
    if cue.lower_ in HEARSAY_ADVERBS and cue.dep_ == "advmod" and cue.head.pos_ in ("VERB", "AUX"):
        head = cue.head
        return _clause_span(head, exclude=cue), None, "reported"
    if cue.pos_ not in ("VERB", "AUX"):
        return None
    passive = any(c.dep_ == "auxpass" for c in cue.children)
    if lemma in RAISING_LEMMAS and any(c.dep_ in ("xcomp", "acomp", "oprd") for c in cue.children):
        return _clause_span(cue), None, "belief"
    if passive and lemma in PASSIVE_LEMMAS and any(
            c.dep_ in ("xcomp", "oprd", "ccomp") or (c.dep_ == "prep" and c.lower_ in ("as", "about"))
            for c in cue.children):
        agents = [g for c in cue.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        return _clause_span(cue), (agents[0] if agents else None), \
            ("reported" if is_cue(cue, REPORTING_LEMMAS) else "belief")
    return None


def _clause_span(verb: Token, exclude: Token | None = None) -> Span:
    """The clause of a verb without its trailing punctuation (and without `exclude`'s word
    when it opens or closes the clause)."""
    doc = verb.doc
    start = min(t.i for t in verb.subtree)
    end = max(t.i for t in verb.subtree) + 1
    for child in verb.children:  # a clause after a comma is another statement
        if child.dep_ in ("advcl", "parataxis", "conj") and child.i > verb.i and doc[min(t.i for t in child.subtree) - 1].text == ",":
            end = min(end, min(t.i for t in child.subtree) - 1)
    if exclude is not None and exclude.i == start:
        start += 1
    return _trim(doc[start:end]) or doc[start:end]


def _inverted(cue: Token, content: Span) -> Token | None:
    """`…, said Roffman` / `…, says a new report`: after content that comes first, the noun
    phrase right after the cue names the speaker when the parser gave the cue no subject."""
    if content.end > cue.i:
        return None
    for token in cue.doc[cue.i + 1:cue.sent.end]:
        if token.dep_ in ("det", "amod", "compound", "poss", "nummod") or token.is_space:
            continue
        return token if token.pos_ in ("PROPN", "NOUN") else None
    return None


def _within_paragraph(content: Span, paragraph: tuple[int, int]) -> Span | None:
    """The content clipped to its cue's paragraph: a parse that runs a sentence on into the
    next paragraph (often a quotation of someone else) does not make that paragraph said."""
    if paragraph[0] <= content.start_char and content.end_char <= paragraph[1]:
        return content
    return _trim(content.doc.char_span(max(content.start_char, paragraph[0]), min(content.end_char, paragraph[1]),
                                       alignment_mode="contract") or content[0:0])


def _holder(cue: Token) -> Token | None:
    """Who holds a belief or stance: the subject of the cue, of the verb it is a conjunct of or
    completes (`tended to support X`), a noun or pronoun. Never one reached through an adverbial
    clause: in `contributed $10m to support Ukraine` supporting is the purpose of a gift, not a
    stance of the giver."""
    verb = cue
    while verb.dep_ in ("conj", "xcomp") and verb.head != verb:
        verb = verb.head  # `supported X and endorsed Y`, `tended to support X`
    doer = _participle_of(verb)
    if doer is not None and (doer.ent_type_ in ("PERSON", "NORP") or doer.lemma_.lower() in _EVIDENCE):
        return doer  # `polls showing a close race`, `Democrats calling for a vote`
    if _comma_participle(verb):
        verb = verb.head  # `attacked the bill, calling it a giveaway`: the attacker calls
    for child in verb.children:
        if child.dep_ in ("nsubj", "csubj") and child.pos_ in ("NOUN", "PROPN", "PRON") \
                and child.lower_ not in NOT_SPEAKERS:
            return child
    return None


# Nouns of evidence that hold what they show (`polls showing …`, `records showing …`).
_EVIDENCE = frozenset("poll survey report study record document data figure analysis email memo".split())
# (the special forms read it too: `a poll in which …`)


def _participle_of(verb: Token) -> Token | None:
    """The noun an active participle describes, its doer: `polls showing a close race`,
    `Republicans saying the plan failed`; None for any other verb."""
    head = verb.head
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and head.pos_ in ("NOUN", "PROPN") and head.i < verb.i \
            and head.lower_ not in NOT_SPEAKERS:
        return head
    return None


def _a_person(token: Token) -> bool:
    """A person's name or a personal pronoun (he, she), never a state, an army or a thing."""
    return token.ent_type_ == "PERSON" or token.lower_ in ("he", "she")


def _comma_participle(verb: Token) -> bool:
    """`…, calling it a giveaway`: a bare participle after a comma, whose doer is the subject of
    the clause it hangs from (unlike a purpose, `to support Ukraine`, or `while calling …`)."""
    doc = verb.doc
    first = min(t.i for t in verb.subtree)
    return (verb.dep_ == "advcl" and verb.tag_ == "VBG" and first == verb.i and first > 0
            and doc[first - 1].text == "," and verb.head.pos_ in ("VERB", "AUX")
            and not any(c.dep_ in ("mark", "aux", "nsubj") for c in verb.children))


def _cue_class(token: Token) -> str | None:
    """"reported" for a verb of speech, "belief" for one of thought or stance, else None."""
    if is_cue(token, REPORTING_LEMMAS):
        return "reported"
    if is_cue(token, _BELIEF_LEMMAS):
        return "belief"
    return None


def _quoted_characters(length: int, quotes: list[QuotedSpan]) -> bytearray:
    """1 for every character strictly inside a quotation's marks (one pass, not one per token)."""
    mask = bytearray(length + 1)
    for q in quotes:
        start, end = q.start + 1, min(q.end, length)
        if end > start:
            mask[start:end] = b"\x01" * (end - start)
    return mask


def _coordinated_speaker(cue: Token) -> Token | None:
    """`X said A and said B`, parsed with the second "said" inside A: X said B too."""
    if cue.dep_ != "conj":
        return None
    for ancestor in cue.ancestors:
        if is_cue(ancestor, REPORTING_LEMMAS):
            return subject_of(ancestor)
    return None


def _content(cue: Token) -> Span | None:
    """The clause a cue governs: its ccomp (with "that"), or for "according to X" the rest of
    the clause it modifies."""
    if cue.lower_ == "according":
        return _according(cue)
    clauses = [c for c in cue.rights if c.dep_ == "ccomp" and (c.pos_ in ("VERB", "AUX") or _has_subject(c))] \
        or _clause_after_phrase(cue)
    if not clauses:
        answer = _short_answer(cue)
        if answer is not None:
            return answer
        return _as_reported(cue) or _before_cue(cue) or around_cue(cue, subject_of(cue))
    clause = clauses[0]
    start = min(t.i for t in clause.subtree)
    end = max(t.i for t in clause.subtree) + 1
    for conj in clause.rights:  # `… don't apply and said …`: the second report is its own
        if conj.dep_ == "conj" and is_cue(conj, REPORTING_LEMMAS) and subject_of(conj) is None:
            end = min(end, min(t.i for t in conj.subtree))
    end = _continued(cue, clause, end)
    marks = [c for c in cue.rights if c.dep_ == "mark" or (c.lower_ == "that" and c.i < start)]
    if marks and marks[0].i == start - 1:
        start -= 1
    return _trim(cue.doc[start:end])


# One-word answers that are what was said (`46 percent said yes`, `the senator said no`).
SHORT_ANSWERS = frozenset({"yes", "no", "so"})


def _short_answer(cue: Token) -> Span | None:
    """`said yes`, `said no`, `said so`: the word right after a verb of saying, ending the clause."""
    doc = cue.doc
    if cue.i + 1 >= len(doc) or cue.lemma_.lower() != "say":
        return None
    word = doc[cue.i + 1]
    after = doc[cue.i + 2] if cue.i + 2 < len(doc) else None
    if word.lower_ in SHORT_ANSWERS and word.head == cue and (after is None or after.is_punct or after.dep_ == "cc"):
        return doc[word.i:word.i + 1]
    return None


def _clause_after_phrase(cue: Token) -> list[Token]:
    """`said in a statement that the race is over`: the parser hangs the that-clause from the
    noun of the phrase between the cue and it; it is what was said."""
    for prep in cue.rights:
        if prep.dep_ != "prep":
            continue
        for noun in prep.children:
            if noun.dep_ != "pobj":
                continue
            for clause in noun.rights:
                if clause.dep_ in ("acl", "relcl", "ccomp") and clause.pos_ in ("VERB", "AUX") and any(
                        c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
                    return [clause]
    return []


def _has_subject(clause: Token) -> bool:
    """A clause the tagger headed by a noun or adjective (`says such votes are preludes to …`:
    "preludes" as the head of the copular clause): it still has a subject of its own."""
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)


def _as_reported(cue: Token) -> Span | None:
    """`As The Post reported, the inspector issued subpoenas` and `…, as Jane Doe noted`: the
    clause the "as" phrase modifies, without the phrase, is what was reported."""
    if cue.dep_ != "advcl" or cue.head.pos_ not in ("VERB", "AUX") or subject_of(cue) is None:
        return None
    if not any(c.dep_ == "mark" and c.lower_ == "as" and c.i < cue.i for c in cue.children):
        return None
    inner = {t.i for t in cue.subtree}
    tokens = [t.i for t in cue.head.subtree if t.i not in inner and not t.is_punct]
    side = [i for i in tokens if i > max(inner)] or [i for i in tokens if i < min(inner)]
    if not side:
        return None
    return _trim(cue.doc[min(side):max(side) + 1])


def _before_cue(cue: Token) -> Span | None:
    """Content before its cue: `The pilot had logged 6,300 hours, EgyptAir said.` (the clause
    hangs from the cue on its left) and `Her countrymen, she said, should not listen` (the cue
    hangs inside the clause it reports, between commas)."""
    doc = cue.doc
    subject = subject_of(cue)
    if subject is None or subject.i < cue.i - 8:
        return None
    first = min(subject.i, cue.i)  # `…, Jane Doe said.` and `…, said Jane Doe.`
    left = [c for c in cue.lefts if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX") and c.i < first]
    if left:
        clause = left[-1]
        start = min(t.i for t in clause.subtree)
        end = max(t.i for t in clause.subtree) + 1
        return _trim(doc[start:min(end, first)])
    if cue.dep_ == "parataxis" and cue.head.pos_ in ("VERB", "AUX") and subject.i < cue.i:
        head = cue.head
        lo = min(t.i for t in cue.subtree)
        if lo == 0 or not (doc[lo].text == "," or doc[lo - 1].text == ","):
            return None  # a parenthetical cue stands between commas
        start = min(t.i for t in head.subtree)
        end = max(t.i for t in head.subtree) + 1
        return _trim(doc[start:end])
    return None


def _belief(cue: Token) -> Span | None:
    """What a verb of thought or stance attributes: its clause (`thinks he can win`, `wants to
    ban abortion`, `asked leaders to disavow Trump`) or, for a stance, its object and the
    prepositions that say what about (`supported a bipartisan bill`, `called for …`,
    `accused Trump of lying`)."""
    doc = cue.doc
    stance = cue.lemma_.lower() in STANCE_LEMMAS | PERSONAL_STANCE_LEMMAS
    viewed = _viewed_as(cue)
    if viewed:
        return _trim(doc[min(t.i for p in viewed for t in p.subtree):max(t.i for p in viewed for t in p.subtree) + 1])
    parts = []
    for child in cue.rights:
        if child.dep_ in ("ccomp", "xcomp") and child.pos_ in ("VERB", "AUX"):
            if child.dep_ == "xcomp" and cue.lemma_.lower() == "agree":
                continue  # `members agreed to commit 2 percent`: a commitment, a deed, nothing said
            parts.append(child)
        elif child.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "for" for c in child.children):
            parts.append(child)  # `called for the minimum wage to be raised`
        elif stance and child.dep_ in ("dobj", "oprd"):
            parts.append(child)
        elif stance and child.dep_ == "prep" and (child.lower_ in CONTENT_PREPS or (
                child.lower_ == "with" and cue.lemma_.lower() == "agree")) and not any(
                t.ent_type_ in ("DATE", "TIME") for t in child.subtree) and not (
                child.lower_ == "to" and cue.lemma_.lower() in _LISTENER_TO):
            parts.append(child)
        elif child.dep_ == "dobj" and any(c.dep_ == "xcomp" for c in cue.rights):
            parts.append(child)  # the listener of `asked leaders to disavow`
    if not parts:
        return _before_cue(cue) if not stance else None
    if cue.lemma_.lower() == "call" and all(p.dep_ == "dobj" for p in parts) and not _naming(parts[0]):
        return None  # `called a meeting`: summoning, not a stance
    start = min(t.i for p in parts for t in p.subtree)
    end = max(t.i for p in parts for t in p.subtree) + 1
    if start <= cue.i:
        return None
    return _trim(doc[start:end])


def _viewed_as(cue: Token) -> list[Token]:
    """`sees Trump as the stronger candidate`, `regard the plan as a mistake`, `view her
    favorably`: a verb of regarding with its object and how the object is regarded (an "as"
    phrase, a predicate or an adverb of judgment); [] for any other verb."""
    if cue.lemma_.lower() not in _REGARDING or cue.pos_ != "VERB" or any(c.dep_ == "auxpass" for c in cue.children):
        return []
    objects = [c for c in cue.rights if c.dep_ == "dobj"]
    how = [c for c in cue.rights if (c.dep_ == "prep" and c.lower_ == "as") or c.dep_ in ("oprd", "xcomp")
           or (c.dep_ == "advmod" and c.lower_ in _JUDGING)]
    if not objects or not how or how[0].i < objects[0].i:
        return []
    return [objects[0], how[0]]


# Verbs of regarding (`see X as Y`) and adverbs of judgment (`view X favorably`).
_REGARDING = frozenset("see view regard consider perceive portray paint cast depict treat characterize characterise"
                       .split())
_JUDGING = frozenset("favorably favourably unfavorably unfavourably positively negatively differently".split())


def _naming(obj: Token) -> bool:
    """Whether the object of "call" names what the caller says it is: `called his actions “a
    crucial step”`, `called her son her hero` (an apposition or quotation marks in the object),
    unlike `called a meeting`, `called the police`."""
    return any(c.dep_ == "appos" for c in obj.children) or any(
        t.is_quote or t.text in ("``", "''") for t in obj.subtree)


def _continued(cue: Token, clause: Token, end: int) -> int:
    """The end of reported speech the parser split: `said that as X became Y, Z looked to W`
    hangs "looked" off "said" beside the clause; what follows the clause and hangs from the cue
    is said too, unless it is another report (", adding …") or a conjunct cue."""
    for child in cue.rights:
        if child.i <= clause.i or child.is_punct or child.dep_ == "cc":
            continue
        if is_cue(child, REPORTING_LEMMAS) or child.dep_ not in ("ccomp", "advcl", "conj", "dep", "parataxis"):
            break
        if min(t.i for t in child.subtree) > end + 2:
            break
        end = max(end, max(t.i for t in child.subtree) + 1)
    return end


def _according(cue: Token) -> Span | None:
    """`X happened, according to Y` / `According to Y, X happened`: the clause without the cue."""
    head = cue.head
    if head == cue:
        return None
    inner = {t.i for t in cue.subtree}
    tokens = [t.i for t in head.subtree if t.i not in inner]
    if not tokens:
        return None
    before = [i for i in tokens if i < cue.i]
    after = [i for i in tokens if i > cue.i]
    side = after if len(after) > len(before) else before
    if not side:
        return None
    return _trim(cue.doc[min(side):max(side) + 1])


def _trim(span: Span) -> Span | None:
    doc = span.doc
    start, end = span.start, span.end
    while start < end and (doc[start].is_punct or doc[start].is_space) and doc[start].text not in "\"“‘'":
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space) and doc[end - 1].text not in "\"”’'":
        end -= 1
    return doc[start:end] if end > start else None
