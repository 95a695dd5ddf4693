"""When a title holds, read off the words of time around it: "former", "ex-", "then-", "acting",
"caretaker", "outgoing", "incoming", "-designate", "President-elect", "the next Secretary General",
and "as president" after a choice still to come ("the possible re-election of X as president").

The words are looked for at the front of the title words, before them, and before the state or
organisation written with them ("the former Dutch prime minister", "then-NATO Secretary
General"). titles.py sets a `Title`'s flags from them; offices.py decides what each flag means for
the office statement.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

# "ousted", "deposed", "overthrown", "toppled": put out of the office, so a past holder ("Viktor
# Yanukovych, the ousted Ukrainian president"); "erstwhile", "onetime" and "one-time" say "former".
FORMER = frozenset("former ex late ousted deposed overthrown toppled erstwhile onetime one-time".split())
# Those of them that are verbs too: a mark only as a modifier of the title ("the ousted president"),
# never as the clause's own verb ("Parliament ousted President X", a holder in office that day).
# An ousted head of government often stays on as caretaker ("the ousted prime minister, X, stays on
# until a successor is named"): the title says X held the office, not that the term was over by the
# article's day (`Title.ousted`).
_PUT_OUT = frozenset("ousted deposed overthrown toppled".split())
# "one-time" as the tokenizer splits it: a mark of three tokens
_ONE_TIME = ("one", "-", "time")
# An abbreviation with its dots ("U.N.", "U.S."): a state or organisation a mark may stand before.
_DOTTED = re.compile(r"(?:[A-Z]\.){2,}")
# Words of time on a title (before it, before its state, or hyphened to it: "then-Prime Minister",
# "the outgoing Dutch prime minister"): "then" dates the title to the sentence's event, not to the
# article; an acting, caretaker or interim holder holds the office; "outgoing" is its last stretch.
THEN = frozenset({"then"})
ACTING = frozenset("acting caretaker interim".split())
OUTGOING = frozenset({"outgoing"})
CURRENT = frozenset("new current sitting incumbent serving longtime long-time".split())
# "newly elected President X", "the elected prime minister": elected, in office already or not yet
# (between the vote and the swearing-in); offices.py does not read a term the KB starts later.
ELECTED = frozenset("elected newly newly-elected re-elected reelected".split())
# Words that make a title one the person does not hold yet: "incoming Prime Minister X",
# "Prime Minister-designate X", "the next Secretary General, X"; and the nouns and verbs of a
# choice still to come, on which an "as <title>" phrase may hang ("the possible re-election of X
# as president", "X will succeed Y as Secretary General").
PROSPECTIVE = frozenset("incoming designate designated future would-be possible potential presumptive likely "
                        "next prospective nominee elect".split())
CHOICE = frozenset("election re-election reelection elect bid candidacy candidate run race nominate nomination "
                   "vote succeed replace appoint choose pick name select return become".split())


def tense(marks: set[str]) -> dict[str, bool]:
    """The `Title` flags the marks set."""
    return {"then": bool(marks & THEN), "acting": bool(marks & ACTING), "outgoing": bool(marks & OUTGOING),
            "elected": bool(marks & ELECTED), "ousted": bool(marks & _PUT_OUT) and not marks & (FORMER - _PUT_OUT)}


MARKS = FORMER | THEN | ACTING | OUTGOING | CURRENT | PROSPECTIVE | ELECTED


def mark_of(doc: Doc, i: int) -> str | None:
    """The time word token `i` is, or is part of ("former", "then"; each token of "one - time"
    is "one-time"), or None."""
    if doc[i].lower_ in MARKS:
        if doc[i].lower_ in _PUT_OUT and doc[i].dep_ not in ("amod", "compound"):
            return None  # "Deputies toppled Prime Minister X's government": the verb, not a mark
        return doc[i].lower_
    for j in range(max(0, i - 2), i + 1):
        if tuple(t.lower_ for t in doc[j:j + 3]) == _ONE_TIME:
            return "one-time"
    return None


def marks_in(doc: Doc, start: int, end: int) -> set[str]:
    """The time words among tokens `start` to `end` ("X, a one-time prime minister")."""
    return {m for m in (mark_of(doc, i) for i in range(start, end)) if m}

# Words that rank a holder among the office's holders: "Finland's 12th president", "Britain's first
# female prime minister", "France's youngest president", "NATO's longest-serving secretary
# general". A rank is its holder's for good: said of a past holder, the title is no claim that
# they hold it on the article's day (offices.py reads it as held some time), and the words are no
# part of the office's title (`unranked`).
ORDINAL_WORDS = frozenset("""first second third fourth fifth sixth seventh eighth ninth tenth eleventh
twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth""".split())
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")
# Words that may stand between a rank and the title ("first female", "longest-serving")
RANK_COMPANIONS = frozenset("female woman male black openly gay serving ever".split())
# Titles whose first word is an ordinal as a title of its own: "First Minister", "first deputy prime minister"
_DEPUTY_WORDS = frozenset("deputy vice assistant under junior minister".split())


def is_ordinal(word: str) -> bool:
    """An ordinal in words or digits: "third", "twenty-second", "47th"."""
    w = word.lower()
    return w in ORDINAL_WORDS or bool(_ORDINAL.fullmatch(w)) or ("-" in w and w.rsplit("-", 1)[1] in ORDINAL_WORDS)


def is_rank(word: str, tag: str = "") -> bool:
    """An ordinal ("third", "47th") or a superlative ("youngest", "longest")."""
    if is_ordinal(word):
        return True
    w = word.lower().split("-")[0] if "-" in word.strip("-") else word.lower()  # "longest-serving"
    return tag == "JJS" or (
        not tag and w.endswith("est") and len(w) > 5 and w not in ("interest", "honest", "modest", "earnest"))


def ranked_before(doc: Doc, start: int) -> bool:
    """Is the title starting at token `start` ranked by the words right before it ("the 12th
    president", "first female prime minister")?"""
    i, ranked = start - 1, False
    while i >= 0 and (is_rank(doc[i].text, doc[i].tag_) or doc[i].lower_ in RANK_COMPANIONS
                      or doc[i].text == "-" and not doc[i].whitespace_):  # "longest-serving"
        ranked = ranked or is_rank(doc[i].text, doc[i].tag_)
        i -= 1
    return ranked


def unranked(title: str) -> str | None:
    """The title's words without the rank at their front ("youngest president" -> "president"),
    or None when there is none, or when what follows an ordinal is a deputy's or a minister's
    title ("first deputy prime minister", "First Minister": offices of their own)."""
    words = title.split()
    i = 0
    while i < len(words) - 1 and (is_rank(words[i]) or words[i].lower() in RANK_COMPANIONS):
        i += 1
    if i == 0 or not any(is_rank(w) for w in words[:i]):
        return None
    if words[i].lower() in _DEPUTY_WORDS or any(w.lower().strip("-") in _DEPUTY_WORDS - {"minister"} for w in words[i:]):
        return None
    return " ".join(words[i:])


def leading_marks(doc: Doc, start: int, end: int) -> tuple[int, set[str]]:
    """Time words at the front of the title words, dropped from them: "Then-Prime Minister",
    "ex-prime minister", "caretaker prime minister"."""
    marks: set[str] = set()
    while start < end - 1 and (mark_of(doc, start) or doc[start].text == "-"):
        marks.add(mark_of(doc, start) or "-")
        start += 1
    return start, marks


def marks_before(doc: Doc, start: int) -> tuple[set[str], bool]:
    """Time words before a title, over its state or organisation ("the former Dutch prime
    minister", "then-NATO Secretary General"), and whether a determiner or a possessive leads
    the phrase (a title before a comma and a name must have one: "the Latvian president, X")."""
    marks: set[str] = set()
    i = start - 1
    while i >= 0:
        tok = doc[i]
        if tok.lower_ in ("'s", "’s"):
            return marks | marks_before(doc, i)[0], True
        mark = mark_of(doc, i)
        if mark or tok.text == "-" or (tok.ent_type_ in ("GPE", "NORP", "ORG") and (
                tok.is_alpha or _DOTTED.fullmatch(tok.text)) and tok.pos_ != "DET"):  # "The" of "The White House"
            if mark:
                marks.add(mark)
            i -= 1
            continue
        return marks, tok.pos_ == "DET" or tok.tag_ == "PRP$"
    return marks, False


def prospective(doc: Doc, start: int, end: int) -> bool:
    """ "incoming Prime Minister", "Prime Minister-designate", "President-elect", "the next
    Secretary General": the word just before the title, or a hyphenated or following marker."""
    before = doc[start - 1].lower_ if start > 0 else ""
    after = [t.lower_ for t in doc[end:end + 2]]
    inside = [t.lower_ for t in doc[start:end]]
    would_be = start >= 3 and [t.lower_ for t in doc[start - 3:start]] == ["would", "-", "be"]
    return before in PROSPECTIVE or would_be or indefinite(doc, start) or picked_for(doc, start) or any(
        w in PROSPECTIVE for w in inside) or any(w in ("designate", "elect") for w in after[:2])


# Nouns of a choice before "for" + a title: "Trump's pick for defence secretary", "the
# government's candidate for NATO secretary general": the title is the one the choice is for.
PICK_NOUNS = frozenset("pick choice nominee candidate frontrunner front-runner favourite favorite contender".split())


def picked_for(doc: Doc, start: int) -> bool:
    """Is the title starting at token `start` (or its state or organisation before it) the object
    of "<pick noun> for" ("Trump's pick for defence secretary", "the choice for NATO's top job")?"""
    i = start - 1
    while i >= 0 and (doc[i].ent_type_ in ("GPE", "NORP", "ORG") or doc[i].lower_ in ("'s", "’s", "the")):
        i -= 1
    return i > 0 and doc[i].lower_ == "for" and doc[i - 1].lemma_.lower() in PICK_NOUNS


def indefinite(doc: Doc, start: int) -> bool:
    """ "a President Trump", "an American President X": an indefinite article before a
    title and its name makes the holder one imagined (a possible future, a kind), not the one
    in office: "the prospects of a President Donald Trump"."""
    i = start - 1
    while i >= 0 and (doc[i].ent_type_ in ("GPE", "NORP", "ORG") or mark_of(doc, i)) and doc[i].pos_ != "DET":
        if mark_of(doc, i) in FORMER | THEN:
            return False  # "X, a former prime minister of Norway": a past holder, read as such
        i -= 1
    return i >= 0 and doc[i].lower_ in ("a", "an")


def choice_ahead(as_token: Token) -> bool:
    """Does "as" follow a choice still to come: a noun or verb of election or succession near
    before it, or a verb with will/would/to it hangs on?"""
    near = as_token.doc[max(as_token.sent.start, as_token.i - 12):as_token.i]
    if any(t.lemma_.lower() in CHOICE or t.lower_ in PROSPECTIVE for t in near):
        return True  # "the (possible) re-election of X as president", whatever the parse says
    head = as_token.head
    for tok in (head, *list(head.ancestors)[:2]):
        if tok.lemma_.lower() in CHOICE:
            return True
        if tok.pos_ in ("VERB", "AUX") and any(c.lower_ in ("will", "would", "to", "'ll") for c in tok.children
                                               if c.dep_ in ("aux", "auxpass")):
            return True
    return False
