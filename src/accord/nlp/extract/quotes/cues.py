"""Cue verbs of reported speech and the speaker phrase a cue governs, read from the parse.

The lexicon lists lemmas that introduce what someone said ("say", "tell", "add", "write") and,
for reported speech only, verbs of stating a view ("argue", "warn", "insist"). Verbs of thought
and perception ("think", "show") are left out on purpose: they attribute beliefs, not words.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

# Verbs that introduce a direct quotation (as well as reported speech).
SPEECH_LEMMAS = frozenset(
    """say tell add write tweet state declare announce explain ask answer reply respond note
    argue claim insist warn acknowledge admit recall continue conclude emphasize emphasise
    stress comment remark report predict promise vow pledge contend assert maintain observe
    joke quip shout yell scream whisper mutter complain boast brag concede confirm deny
    testify proclaim repeat urge exclaim counter retort interject recount remind chant read
    post write blog sing describe caution lament scoff muse chime agree suggest fume boom
    thunder rail gush sigh snap snarl cry plead beg instruct advise text email inform wonder
    reason opine begin put recite quote cite proclaim preach rant gripe grumble holler assure
    confess riff point
    """.split()
)
# Verbs that introduce reported (indirect) speech only: `X told Y that ...` is covered above.
REPORTING_LEMMAS = SPEECH_LEMMAS | frozenset(
    """reveal indicate disclose allege charge estimate forecast predict signal hint accuse
    reiterate concede guarantee assure caution demand propose recommend""".split()
)
# Verbs of thought, intention and stance ("thinks", "wants", "supports", "a poll shows"): they
# attribute a belief, not words, so they never introduce a marked quotation; their content is a
# clause (THOUGHT_LEMMAS) or the object as well (STANCE_LEMMAS). Verbs that also name deeds
# between states ("attack", "defend", "push") are left out: there they are no stance.
THOUGHT_LEMMAS = frozenset(
    """think believe know expect hope fear worry feel suspect doubt assume figure guess imagine
    understand realize realise recognize recognise consider want plan intend seek refuse decline
    decide wish prefer aim learn show find suggest indicate reveal hear insist threaten see
    promise vow pledge urge ask tell warn remind advise press regard perceive""".split()
)
STANCE_LEMMAS = frozenset(
    """support endorse oppose criticize criticise praise blame reject denounce
    dismiss question condemn applaud slam mock back favor favour propose
    tout embrace call urge describe cite mention discuss accuse welcome hail laud
    champion decry lambaste fault pitch advocate demand talk refer express vote view offer
    challenge blast speak focus respond announce report reveal disclose confirm deny acknowledge
    admit promise predict show point note recall recount portray paint depict characterize
    characterise agree seek""".split()
)
# Nouns of counting whose `by` phrase names the source (`a tally by the Associated Press`).
_COUNTS = frozenset("tally count analysis calculation calculations estimate estimates review tabulation".split())
# Lemmas the model gets wrong ("hoped" -> "hop").
_LEMMA_FIXES = {"hop": "hope"}
# Verbs whose subject is the listener's question, not a speaker (`was asked`): not cues.
SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")
PRONOUNS = frozenset("he she they we i it who".split())
_CLIMB_DEPS = ("conj", "advcl", "xcomp", "ccomp", "acl", "relcl", "parataxis")


def is_cue(token: Token, lemmas: frozenset[str] = SPEECH_LEMMAS) -> bool:
    """Whether the token is a verb of speech (or "according" in "according to")."""
    if token.lower_ == "according" and any(c.lower_ == "to" for c in token.children):
        return True
    if token.pos_ not in ("VERB", "AUX") and token.tag_ not in ("VBD", "VBZ", "VBP", "VBG", "VBN", "VB"):
        return False
    lemma = token.lemma_.lower()
    return _LEMMA_FIXES.get(lemma, lemma) in lemmas


def _counted_by(source: Token) -> Token:
    """`according to a tally by the Associated Press`: the counter is the source, not the count."""
    if source.lemma_.lower() in _COUNTS:
        for prep in source.children:
            if prep.dep_ == "prep" and prep.lower_ == "by":
                agents = [c for c in prep.children if c.dep_ == "pobj"]
                if agents:
                    return agents[0]
    return source


def cue_span(verb: Token) -> tuple[int, int]:
    """Characters of the cue: the verb with its auxiliaries, negation and particle ("would not say")."""
    doc = verb.doc
    start = verb.i
    while start > 0 and doc[start - 1].dep_ in ("aux", "neg", "auxpass") and doc[start - 1].head == verb:
        start -= 1
    end = verb.i + 1
    for child in verb.rights:
        if child.dep_ == "prt" and child.i == end:
            end += 1
        if verb.lower_ == "according" and child.lower_ == "to":
            end = child.i + 1
    return doc[start].idx, doc[end - 1].idx + len(doc[end - 1])


def subject_of(verb: Token) -> Token | None:
    """The speaker token of a cue: its subject, its head's when the cue is a conjunct or a
    participle ("..., adding"), or the object of "according to"."""
    if verb.lower_ == "according":
        for child in verb.children:
            if child.lower_ == "to":
                objects = [c for c in child.children if c.dep_ == "pobj"]
                return _counted_by(objects[0]) if objects else None
        return None
    token = verb
    for _ in range(4):
        for child in token.children:
            if child.dep_ in SUBJECT_DEPS and child.dep_ != "nsubjpass":
                return child
        if token.dep_ == "pcomp" and token.head.dep_ == "prep" and token.head.head != token.head:
            token = token.head.head  # `picked up from his daughter by saying …`
            continue
        if token.dep_ not in _CLIMB_DEPS or token.head == token:
            return None
        if token.dep_ == "conj" and token.head.dep_ == "ccomp" and not is_cue(token.head, REPORTING_LEMMAS):
            return None  # `X said A don't apply and said …`: a conjunct inside reported speech
        token = token.head
    return None


def phrase(token: Token, lo: int, hi: int) -> Span | None:
    """The noun phrase headed by `token` (its subtree), clipped to tokens [lo, hi) and trimmed:
    punctuation and conjunctions at either end, a heading before a dash ("OTHER STATES -
    Jane Doe"), a time phrase ("Hipkins on Tuesday"), a participle or clause after a comma.
    Appositions and relative clauses stay ("Clarke, who co-wrote …"): PolNeAR keeps them about
    twice as often as it leaves them out, and cutting them lowered the measured scores.
    None when nothing is left."""
    doc = token.doc
    while token.dep_ in ("compound", "flat") and lo <= token.head.i < hi and token.head.i > token.i:
        token = token.head  # "Robin" of "Robin Maynard": the name is headed by its last word
    members = {t.i for t in token.subtree if lo <= t.i < hi}
    if not members:
        return None
    start, end = token.i, token.i + 1
    while start - 1 in members:
        start -= 1
    while end in members:
        end += 1
    for i in range(start, token.i):  # a heading or a dateline in the paragraph before
        if "\n" in doc[i].text or "\n" in doc[i].whitespace_:
            start = i + 1
    for i in range(start, token.i):  # a heading before a spaced dash
        if doc[i].text in ("-", "—", "–") and doc[i].whitespace_ and i > 0 and doc[i - 1].whitespace_:
            start = i + 1
    for child in token.rights:
        first = min(t.i for t in child.subtree)
        if start <= child.i < end and _after_name(child):
            end = min(end, first)
    for t in doc[token.i + 1:end]:
        if _nested_clause(t, token):
            end = min(end, min(x.i for x in t.subtree))
    return _trim(doc, start, end)


def _nested_clause(clause: Token, head: Token) -> bool:
    """A clause that says why the speaker goes unnamed ("a diplomat, who spoke on condition of
    anonymity", "one aide who requested anonymity"): PolNeAR's sources end before it (other
    relative clauses stay, see `phrase`; cutting those after an apposition won and lost alike)."""
    return clause.dep_ in ("relcl", "acl") and clause.i > head.i and _anonymous(clause)


def _anonymous(clause: Token) -> bool:
    """`who spoke on condition of anonymity`, `who asked not to be named`."""
    words = {t.lower_ for t in clause.subtree}
    return "anonymity" in words or ("named" in words and "not" in words) or "identified" in words


def _after_name(child: Token) -> bool:
    """A right dependent that ends the speaker phrase: "on Tuesday", ", surrounded by …"."""
    doc = child.doc
    first = min(t.i for t in child.subtree)
    if child.dep_ in ("advcl", "acl") and first > 0 and doc[first - 1].text == ",":
        return True  # ", surrounded by his siblings"
    if child.dep_ == "advcl" and first > child.head.i:
        return True  # "when asked about …"
    return child.dep_ == "prep" and any(t.ent_type_ in ("DATE", "TIME") for t in child.subtree)


# "even" before a speaker ("even some allies", "Even Mr. Smith") is no part of the source ("only"
# and "just" before a number are, as often as not: "Only two senators").
_FOCUS = frozenset({"even"})


def _trim(doc: Doc, start: int, end: int) -> Span | None:
    """Punctuation, spaces and conjunctions off both ends; a closing bracket stays when its
    opening one is inside ("Sen. Chris Murphy (D-Conn.)")."""
    while start < end and (doc[start].is_punct or doc[start].dep_ in ("cc", "prep") or doc[start].is_space
                           or (doc[start].lower_ in _FOCUS and doc[start].dep_ == "advmod")):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space or doc[end - 1].dep_ == "cc"):
        if doc[end - 1].text == ")" and "(" in doc[start:end - 1].text:
            break
        end -= 1
    return doc[start:end] if end > start else None


def token_range(doc: Doc, start_char: int, end_char: int) -> tuple[int, int]:
    """Indices [i, j) of the tokens that lie within characters [start_char, end_char)."""
    span = doc.char_span(start_char, end_char, alignment_mode="contract")
    if span is None:
        return 0, 0
    return span.start, span.end
