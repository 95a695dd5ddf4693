"""Is the event a time expression dates in the past or the future of the article?

"Hipkins on Tuesday said" means the Tuesday before publication; "the summit, to be held on
July 11" the July after it. We read simple cues in the words around the expression, within its
sentence: the nearest cue to the left wins (the verb usually comes before its time), else the
nearest to the right. No parser is needed, so this works on plain text.
"""

from __future__ import annotations

import re

FUTURE = "future"
PAST = "past"

_FUTURE_WORDS = frozenset(
    "will 'll shall would wo going upcoming coming next scheduled schedule due expected expects "
    "expect planning intends intend hopes hope tomorrow forthcoming payable effective".split()
)
# Words right before a date that make it a deadline, hence ahead: "payable Dec. 15", "by May".
_DEADLINE_WORDS = frozenset(
    "by payable effective effect due expire expires expiring deadline until till".split()
)
# Present-tense verbs of a schedule: "the summit opens on Tuesday" is the coming Tuesday; so is a
# change of office told in the present ("Rutte becomes NATO's secretary general on 1 October", as
# "takes over ... on 1 October").
_SCHEDULED = frozenset(
    "begins starts opens ends closes convenes meets gathers resumes concludes kicks wraps takes "
    "arrives travels heads leaves departs returns flies becomes".split()
)
# The same verbs in the plural present, "NATO leaders gather in Vilnius on Tuesday", "ministers meet
# on Friday": a schedule too, unless an auxiliary or "to" before makes them another form ("did not
# meet on Tuesday", "hoped to meet"). Not the forms that are also nouns ("start", "head", "return").
_SCHEDULED_PLURAL = frozenset("gather meet convene begin resume conclude arrive travel fly".split())
_PAST_WORDS = frozenset(
    "said told was were had did ago last earlier yesterday previously former came went met took been "
    "made gave left began held saw won lost fell rose got sent brought led ran paid sold bought "
    "spoke wrote became kept found struck shot hit put set thought knew felt".split()
)
# Irregular past forms beyond the common ones above: "Biden, who withdrew from the race in July,
# leaves office in January" is last July (without the cue, the schedule verb after the clause made
# it next July). Forms that are mostly nouns or adjectives in news ("lead", "bore", "fed", "lit",
# "rose" is kept above for prices) are not here.
_PAST_WORDS = _PAST_WORDS | frozenset(
    "withdrew drew grew threw flew blew overthrew chose broke stole froze swore tore overcame forgave "
    "forbade fought sought caught taught built spent lent meant dealt slept swept wept sold stood "
    "understood withstood upheld undertook shook mistook stuck strove drove arose hid slid bled fled "
    "sped laid spun swung sprang shrank dug forgot rang sang sank swam drank ate rode woke "
    "foresaw oversaw".split()
)
_NOT_PAST = frozenset(
    "need indeed hundred speed proceed succeed exceed red bed shed seed feed breed greed weed "
    "deed embed bred fled sled wed shred creed steed heed bleed freed agreed".split()
)
_MODALS = frozenset("to will 'll would shall may might could should must can".split())
# Words that open another clause: a cue beyond them speaks of another event.
_CLAUSE_WORDS = frozenset(
    "where which who whom whose when while because although though but as if unless whether "
    "according".split()
)
# Words a participle after them is an adjective, not a verb: "a still unspecified date" ("that"
# is not one: before a verb it is mostly a relative pronoun, "talks that began Monday").
_DETERMINERS = frozenset("a an the this these those its his her their our your my".split())
_ADJECTIVE_ADVERBS = frozenset("still yet newly recently long so much".split())
# Verbs of arranging whose object is an event ahead: "planned a rally on Saturday", "a summit set
# for Washington in April".
_ARRANGING = frozenset("plan plans planned planning set scheduled slated".split())
_NEGATIONS = frozenset("not n't never neither nor".split())
# Titles after "next": "NATO's next secretary general" names a person, and says nothing of when
# the clause's verb happened.
_TITLE_WORDS = frozenset(
    "secretary president prime chancellor leader chief head spokesperson spokeswoman spokesman "
    "minister ambassador commander director envoy".split()
)
_LEFT_WINDOW = 12
# Words that may stand between an agreed infinitive and its date without being an object of its
# own ("agreed to meet again on Friday").
_PLAN_FILLERS = frozenset("on at in by from again soon formally jointly together later there here next".split())
_RIGHT_WINDOW = 6
_TOKEN = re.compile(r"[A-Za-z]+(?:'[a-z]+)?|'ll|[.!?;:]|\n")
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr st jan feb mar apr jun jul aug sep sept oct nov dec gen gov sen rep col lt "
    "sgt capt prof inc corp co ltd jr sr no vs u s".split()
)


def tense_near(text: str, start: int, end: int) -> str | None:
    """ "past", "future" or None from the cues nearest to text[start:end]."""
    left = _clause(_tokens(text[max(0, start - 200):start]), backwards=True)
    right = _clause(_tokens(text[end:end + 120]), backwards=False)
    if left and left[-1] == "since":
        return PAST  # "NATO's newest member since March, will take part ...": a start already past
    if left and left[-1] in _DEADLINE_WORDS:
        # "Until Thursday, they had not called him a suspect": a past perfect looks back, and so
        # does a deadline the past overtook ("it had been due to expire Friday")
        return PAST if "had" in right[:_RIGHT_WINDOW] or _overtaken(left) else FUTURE
    if left[-3:] in (["as", "soon", "as"], ["as", "early", "as"]):
        return FUTURE  # "could leave as soon as Tuesday", "a vote as early as next week"
    for words, window, reading_left in ((list(reversed(left)), _LEFT_WINDOW, True),
                                        (right, _RIGHT_WINDOW, False)):
        for i, word in enumerate(words[:window]):
            if word in _CLAUSE_WORDS and not (word == "as" and reading_left and _as_title(words[:i])):
                break
            found = _cue(word, words, i, reading_left)
            if found:
                return found
    if _ahead_of(left):
        return FUTURE  # "comes ahead of a June 28-30 gathering": an event still to come
    return None


# How many words (a determiner or a possessive) may stand between "ahead of" and the date it
# governs: "ahead of the July 11 summit", "ahead of its December 3 meeting".
_AHEAD_GAP = 1


def _ahead_of(left: list[str]) -> bool:
    """Does "ahead of" govern the date, with at most _AHEAD_GAP determiner or possessive
    between ("ahead of a June 28-30 gathering", "ahead of its December 3 meeting")? A weak cue:
    only read when no verb of the clause gives a tense ("met ahead of the Aug. 28 deadline" is
    past, and read so)."""
    for gap in range(_AHEAD_GAP + 1):
        if len(left) >= gap + 2 and left[len(left) - gap - 2:len(left) - gap] == ["ahead", "of"] and \
                all(w in _DETERMINERS for w in left[len(left) - gap:]):
            return True
    return False


_PLAN_WORDS = frozenset(
    "been due to set scheduled expected supposed slated originally previously initially".split()
)


def _overtaken(left: list[str]) -> bool:
    """Does a past perfect govern the deadline word at the end of `left` ("had been due to
    expire", "had been set to close", "had originally been scheduled to expire", "had expired
    by")? Only through the words of such a plan, or a participle before "by" / "until": not
    "which had been extended, expires"."""
    preposition = left[-1] in ("by", "until", "till")  # "had expired by Friday"
    for w in reversed(left[-7:-1]):
        if w == "had":
            return True
        if w in _PLAN_WORDS or preposition and (
                w in ("already", "not", "never", "all", "largely") or w in _PAST_WORDS or
                _regular_past(w)):
            continue
        return False
    return False


def _as_title(passed: list[str]) -> bool:
    """Is the "as" just reached (reading left) the "as" of a role ("will take over as NATO
    secretary general in October"): a title word between it and the date? Then it opens no
    clause of its own and the verb before it is the date's."""
    return any(w in _TITLE_WORDS for w in passed)


def _tokens(text: str) -> list[str]:
    return [t.lower() if t != "\n" else t for t in _TOKEN.findall(text)]


def _clause(tokens: list[str], backwards: bool) -> list[str]:
    """The tokens up to the sentence boundary on that side."""
    words = []
    sequence = list(reversed(tokens)) if backwards else tokens
    for i, tok in enumerate(sequence):
        if tok == "\n" or tok in ("!", "?", ";") or tok == "." and not _abbreviation(sequence, i,
                                                                                    backwards):
            break
        if tok not in (":",):
            words.append(tok)
    return list(reversed(words)) if backwards else words


def _abbreviation(sequence: list[str], i: int, backwards: bool) -> bool:
    """Is the period at sequence[i] the end of "Sept." or "U.S." rather than of a sentence?"""
    j = i + 1 if backwards else i - 1
    return 0 <= j < len(sequence) and (sequence[j] in _ABBREVIATIONS or len(sequence[j]) == 1)


def _cue(word: str, words: list[str], i: int, reading_left: bool) -> str | None:
    """The tense `word` signals, looking at its neighbours: "will be held" and "to be held"
    are future, "is expected" present, "was held" past, "set to resume" future; "agreed to
    boost" is future for a date after it ("agreed to meet on Friday") but past for one before it
    ("on Friday, leaders agreed to ..."); a schedule told in the present ("the summit ends on
    Friday", "leaders are meeting on Tuesday") is future."""
    following = _next(words, i, reading_left)
    before = [w for w in _before(words, i, reading_left, 4) if w not in ("not", "n't")]
    if word == "next" and following == "to":
        return None  # "next to the embassy" is a place
    if word in ("next", "upcoming", "coming") and _title_after(words, i, reading_left):
        return None  # "was named NATO's next secretary general in June": a person's title, no tense
    if word in _FUTURE_WORDS:
        # "it had been due to expire Friday": a plan the past has overtaken
        return PAST if before[-2:] == ["had", "been"] or before[-1:] == ["had"] else FUTURE
    if reading_left and word in _ARRANGING and not _adjective(before) and \
            (following == "for" or word.startswith("plan")):
        return FUTURE  # "set for Washington in April", "planned a rally on Saturday"
    if word in ("is", "are", "set", "supposed") and following == "to":
        # "had been set to close Friday": a plan the past has overtaken
        return PAST if word in ("set", "supposed") and before[-2:] == ["had", "been"] else FUTURE
    if word in ("plan", "plans", "planned", "agreed") and following == "to":
        if reading_left and word in ("planned", "agreed") and _object_between(words, i):
            # "agreed to grant candidate status to A and B on Thursday": the infinitive has words of
            # its own before the date, which may date the agreement (past) as well as the thing
            # agreed (future): no tense ("agreed to meet on Friday" is still future)
            return None
        return FUTURE if reading_left or word in ("plan", "plans") else PAST
    if word in _SCHEDULED:
        return FUTURE
    if word in _SCHEDULED_PLURAL and reading_left:
        aux = before[-1] if before else ""
        return None if aux in _MODALS or aux in ("did", "do", "does", "didn't", "don't", "doesn't") else FUTURE
    if word in ("is", "are", "'re") and following and following.endswith("ing") and len(following) > 5:
        return FUTURE  # "are meeting on Tuesday", "is hosting the summit on 11 July"
    if word == "been":
        return PAST
    if word in _PAST_WORDS or _regular_past(word):
        if _adjective(before):
            return None  # "on a still unspecified date": no verb, no tense
        if len(before) >= 2 and before[-1] in ("be", "have") and before[-2] in _MODALS:
            if before[-2] == "could" and _negated(words, i, reading_left):
                return PAST  # "could not be reached Wednesday", "neither ... could be located"
            return FUTURE
        if before and before[-1] in ("be", "is", "are", "being", "am"):
            return None
        return PAST
    return None


def _object_between(words: list[str], i: int) -> bool:
    """Reading left from a date, `words[i]` is "agreed" / "planned" and words[i - 1] "to": does the
    infinitive after "to" have words of its own (an object) before the date ("agreed to grant
    status to A on Thursday"), beyond prepositions and adverbs ("agreed to meet again on Friday")?"""
    return any(w not in _PLAN_FILLERS for w in words[:max(0, i - 2)])


def _title_after(words: list[str], i: int, reading_left: bool) -> bool:
    """Is one of the three words after words[i] (in text order) a title ("next foreign policy
    chief")?"""
    after = [words[j] for j in (range(i - 1, i - 4, -1) if reading_left else range(i + 1, i + 4))
             if 0 <= j < len(words)]
    return any(w in _TITLE_WORDS for w in after)


def _adjective(before: list[str]) -> bool:
    """Is a word after `before` (in text order) a modifier or a noun, not a verb: "a still
    unspecified date", "announced the plan"?"""
    return bool(before) and (before[-1] in _DETERMINERS or len(before) >= 2 and
                             before[-1] in _ADJECTIVE_ADVERBS and before[-2] in _DETERMINERS)


def _negated(words: list[str], i: int, reading_left: bool) -> bool:
    """Is there a negation before words[i] in its own clause ("he did not say that the vote
    could be held" negates the saying, not the holding)?"""
    for w in reversed(_before(words, i, reading_left, len(words))):
        if w in _NEGATIONS:
            return True
        if w in _CLAUSE_WORDS or w == "that":
            return False
    return False


def _regular_past(word: str) -> bool:
    return len(word) > 4 and word.endswith("ed") and word not in _NOT_PAST


def _before(words: list[str], i: int, reading_left: bool, n: int) -> list[str]:
    """The n words that precede words[i] in the text, in text order."""
    if reading_left:
        return list(reversed(words[i + 1:i + 1 + n]))
    return words[max(0, i - n):i]


def _next(words: list[str], i: int, reading_left: bool) -> str | None:
    j = i - 1 if reading_left else i + 1
    return words[j] if 0 <= j < len(words) else None
