"""Titles written around a person's name: "NATO deputy spokesperson Piers Cazalet",
"the alliance's head of policy planning, Dr Benedetta Berti", "Jens Stoltenberg, NATO's
Secretary General".

`titled_names(doc)` is a pure function over a tagged Doc with entities: it returns one `Title`
per name that has a title (or an honorific) before it or in an apposition after it, with token
offsets for the name, the title words and the jurisdiction written with them ("NATO",
"the alliance's", "at Otago University"). It does not link anything: the people extractor uses
the names (a titled name is a person, whatever NER said), the offices extractor the titles.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from accord.nlp.extract.name_variants import unmangled
from accord.nlp.extract.title_tense import (FORMER, PROSPECTIVE, RANK_COMPANIONS, choice_ahead, is_ordinal,
                                            is_rank, leading_marks, mark_of, marks_before, marks_in, prospective,
                                            tense)

# Nouns that make a title; "head" and "chief" need a complement or a modifier to count.
# Nouns of a stretch in office before "as <title>" in an apposition ("X, during her tenure as
# America's top diplomat,"): the title is of that stretch, read as a "then" title.
TENURE_NOUNS = frozenset("tenure term time stint years days spell".split())
HEADS = frozenset("""minister secretary secretary-general spokesperson spokesman spokeswoman president
vice-president premier chancellor ambassador envoy representative professor director head chief chair
chairman chairwoman chairperson leader governor mayor senator commissioner commander admiral general
king queen prince princess ceo adviser advisor deputy lecturer economist analyst researcher editor
correspondent negotiator treasurer speaker officer pm fm diplomat boss taoiseach saceur
chairperson-in-office chair-in-office chairman-in-office chairwoman-in-office""".split())
HONORIFICS = frozenset("mr mrs ms miss dr sir dame prof professor lord lady rev".split())
# Military ranks written before a name in apposition: "NATO's top commander, Gen. Tod Wolters".
RANKS = frozenset("gen lt col adm maj capt cmdr brig sgt".split())
# Ranks written in full before a name in apposition ("the chairman of the NATO Military
# Committee, Admiral Rob Bauer,"); only after a comma, where they cannot be the title itself.
COMMA_RANKS = frozenset("admiral general lieutenant colonel major captain commander marshal brigadier air vice rear chief"
                        .split())
# Commands named after their region: "Supreme Allied Commander Europe".
COMMAND_REGIONS = frozenset("europe transformation atlantic".split())
# Words after "of" that belong to the title, not to the name: "Secretary of State Antony Blinken".
TITLE_OBJECTS = frozenset("""state defence defense foreign affairs trade finance health justice interior
home policy planning security economy education justice communications staff press war the exchequer treasury
cabinet""".split())
# Heads of an envoy's title, which holds the organisation the envoy is sent to: "Ambassador to
# NATO", "Permanent Representative to NATO", "envoy to the EU" (the state is the sender's).
ENVOY_HEADS = frozenset("ambassador envoy representative".split())
_STOP_POS = frozenset({"DET", "PUNCT", "VERB", "AUX", "ADP", "PRON", "CCONJ", "SCONJ", "NUM", "PART"})
# Adverbs a parse can leave before a title ("is no longer prime minister", "is still chancellor").
_ADVERBS = frozenset("longer still also now already currently again anymore".split())
MAX_TITLE = 6
MAX_NAME = 4
# Nouns of a person's tie to someone else: in "X, the father of NATO's secretary general" or "X,
# the prime minister's wife," the title is that someone's, not X's.
TIE_NOUNS = frozenset("""father mother son daughter wife husband widow widower brother sister spouse parent child
grandson granddaughter grandfather grandmother uncle aunt nephew niece cousin aide bodyguard""".split())


@dataclass(frozen=True)
class Title:
    """A titled name: token offsets [start, end) of the name, the title words and the
    jurisdiction written with them (None when the text gives none)."""

    name: tuple[int, int]
    title: tuple[int, int] | None
    title_text: str | None
    jurisdiction: tuple[int, int] | None = None
    honorific: str | None = None
    former: bool = False
    apposition: bool = False  # the title follows the name ("X, NATO's spokesperson")
    prospective: bool = False  # a title not held yet ("incoming", "-designate", "as ... " of an election)
    then: bool = False  # held at the time of the sentence's event ("then-Prime Minister X")
    acting: bool = False  # "acting / caretaker / interim Prime Minister X"
    outgoing: bool = False  # "the outgoing prime minister, X"
    elected: bool = False  # "newly elected President X": maybe not sworn in yet
    ousted: bool = False  # "ousted / toppled President X" (no other "former" word): held, maybe still caretaker
    counterpart_of: tuple[int, int] | None = None  # "X and his Australian counterpart, Y": X's name


def titled_names(doc: Doc) -> list[Title]:
    """Every name with a title before it or in an apposition after it, in text order."""
    found: dict[tuple[int, int], Title] = {}
    for tok in doc:
        if _is_head(tok):
            title = _title_before_name(doc, tok)
            if title and title.name not in found:
                found[title.name] = title
    also: list[Title] = []  # a second title joined to an apposition's: "X, Australia's deputy PM and defence minister"
    for ent in doc.ents:
        if ent.label_ == "PERSON" and _open(found, ent):
            title = _title_in_apposition(doc, ent)
            if title:
                for key in [k for k, v in found.items() if k[1] == ent.end and _bare_rank(v)]:
                    del found[key]
                found[title.name] = title
                second = _joined_title(doc, title)
                if second is not None:
                    also.append(second)
    for tok in doc:  # "Japanese Foreign Minister X and his Australian counterpart, Y"
        if tok.lower_ == "counterpart":
            title = _counterpart(doc, tok, [found[k] for k in sorted(found)])
            if title is not None and title.name not in found:
                found[title.name] = title
    for tok in doc[:-1]:  # "Merkel, the German chancellor,": a surname NER missed, titled after it
        if doc[tok.i + 1].text in (",", "(") and (tok.i, tok.i + 1) not in found and _lone_word(doc, tok.i) and not (
                tok.i > 0 and doc[tok.i - 1].text[:1].isupper() and doc[tok.i - 1].pos_ == "PROPN"):
            title = _title_in_apposition(doc, doc[tok.i:tok.i + 1])
            if title:
                found[title.name] = title
    for title in list(found.values()):  # "Deputy Prime Minister and Defence Minister X": both X's
        deputy = _deputy_title_before(doc, title)
        if deputy is not None:
            also.append(deputy)
    kept = [t for t in [found[k] for k in sorted(found)] + also if not _crossed_lists(doc, t)]
    return sorted(kept, key=lambda t: (t.name, t.title or (0, 0)))


def _crossed_lists(doc: Doc, t: Title) -> bool:
    """Is the title one of a list of titles written against a list of names, across a comma
    ("Japan's prime minister and South Korea's president, Fumio Kishida and Yoon Suk Yeol,";
    "Fumio Kishida and Yoon Suk Yeol, Japan's prime minister and South Korea's president,")?
    Which title is whose goes by order there, and the title read with its nearest name is the
    other's: not read. Each title with its own name ("A's T1, X, and B's T2, Y,") still is."""
    if t.title is None:
        return False
    lo, hi = t.title
    if t.jurisdiction is not None:
        lo, hi = min(lo, t.jurisdiction[0]), max(hi, t.jurisdiction[1])
    (start, end), n = t.name, len(doc)
    if hi <= start:  # the titles, a comma, the names
        return start >= 1 and doc[start - 1].text == "," and lo >= 1 and doc[lo - 1].lower_ == "and" and \
            end + 1 < n and doc[end].lower_ in ("and", ",") and doc[end + 1].ent_type_ == "PERSON"
    return hi < n and doc[hi].lower_ == "and" and end < n and doc[end].text == "," and start >= 2 and \
        doc[start - 1].lower_ in ("and", ",") and doc[start - 2].ent_type_ == "PERSON"


def _joined_title(doc: Doc, first: Title) -> Title | None:
    """The title after "and" in the same apposition: "X, Australia's deputy prime minister and
    defence minister," (the first title's state and time words, unless it writes its own: "X,
    NATO's secretary general and a former Norwegian prime minister,"). Not when a name follows
    it ("..., and Foreign Minister Y": Y's title)."""
    if first.title is None:
        return None
    i = first.title[1]
    if first.jurisdiction is not None and first.jurisdiction[0] >= i:
        i = first.jurisdiction[1]  # "the president of Latvia and ..."
    if i >= len(doc) or doc[i].lower_ != "and":
        return None
    heads = []
    for tok in doc[i + 1:min(i + 7, len(doc))]:
        if tok.text in (",", ".", ";", ")", "(") or tok.pos_ in ("VERB", "AUX"):
            break
        if tok.lower_ in HEADS and tok.pos_ in ("NOUN", "PROPN"):
            heads.append(tok)
    if not heads:
        return None
    head = heads[0]
    while head.i + 1 < len(doc) and doc[head.i + 1].lower_ in HEADS:
        head = doc[head.i + 1]
    start, end = _title_start(doc, head.i), _title_end(doc, head.i)
    if _name_run(doc, end) is not None or (end < len(doc) and doc[end].text not in (",", ".", ";", ")", "\n")):
        return None
    if _tied_to_another(doc, i + 1, start, end):
        return None  # "X, a former minister and the father of NATO's secretary general,"
    start, marks = leading_marks(doc, start, end)
    marks |= marks_in(doc, i + 1, start)
    own = _jurisdiction_before(doc, start) or _of_jurisdiction(doc, end)
    former = bool(marks & FORMER) or (first.former and not own and not marks)
    return Title(first.name, (start, end), doc[start:end].text, own or first.jurisdiction, former=former,
                 apposition=True, prospective=first.prospective or bool(marks & PROSPECTIVE), **tense(marks))


def _deputy_title_before(doc: Doc, t: Title) -> Title | None:
    """The deputy's title joined by "and" to the title before a name: "(Australian) Deputy Prime
    Minister and Defence Minister Richard Marles" holds both (the state written before the first
    title is both titles'). Only a title that opens with "Deputy" and is capitalised as the second
    one is, with no determiner before it: in "talks between the deputy prime minister and Defence
    Minister X" the deputy is someone else."""
    if t.title is None or t.apposition or t.title[0] < 2:
        return None
    i = t.title[0] - 1
    if doc[i].lower_ not in ("and", "&") or doc[i - 1].lower_ not in HEADS:
        return None
    start = _title_start(doc, i - 1)
    words = doc[start:i]
    if not words or words[0].lower_ != "deputy" or words[0].text[0].isupper() != doc[t.title[0]].text[0].isupper():
        return None
    jurisdiction = _jurisdiction_before(doc, start)
    before = (jurisdiction[0] if jurisdiction else start) - 1
    if before >= 0 and doc[before].pos_ == "DET":
        return None
    marks, _ = marks_before(doc, start)
    return Title(t.name, (start, i), words.text, jurisdiction, former=bool(marks & FORMER),
                 prospective=bool(marks & PROSPECTIVE), **tense(marks))


def _counterpart(doc: Doc, tok: Token, before: list[Title]) -> Title | None:
    """ "Japanese Foreign Minister Yoshimasa Hayashi and his Australian counterpart, Penny Wong":
    the name after "<his/her/their> <state> counterpart(,)" holds the title of the titled name
    before it in the sentence (the nearest), in the state written with "counterpart"."""
    if tok.i < 2 or doc[tok.i - 2].lower_ not in ("his", "her", "their"):
        return None
    state = entity_around(doc, tok.i - 1)
    if state is None or state[2] not in ("GPE", "NORP") or state[1] != tok.i:
        return None
    i = tok.i + 1 + (tok.i + 1 < len(doc) and doc[tok.i + 1].text == ",")
    name = _name_run(doc, i)
    sent_start = tok.sent.start if doc.has_annotation("SENT_START") else 0
    earlier = [t for t in before if t.title_text and sent_start <= t.name[0] and t.name[1] <= state[0]
               and t.jurisdiction is not None and not (t.former or t.prospective)]
    if name is None or not earlier:
        return None
    source = earlier[-1]
    return Title(name, (tok.i, tok.i + 1), source.title_text, (state[0], state[1]), apposition=True,
                 counterpart_of=source.name)


def _bare_rank(title: Title) -> bool:
    """A military rank alone before the name ("Admiral Stuart Peach"): no office of its own."""
    return title.jurisdiction is None and (title.title_text or "").lower() in COMMA_RANKS


def _open(found: dict, ent: Span) -> bool:
    """May the name take an apposition title: it has none yet, or only a bare rank
    ("Admiral Stuart Peach, the chair of NATO's Military Committee")?"""
    taken = [v for k, v in found.items() if k[1] == ent.end and k[0] >= ent.start - 1]
    return all(_bare_rank(v) for v in taken)


def _is_head(tok: Token) -> bool:
    if tok.text == "speaker" and not (tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "of"):
        return False  # "a native Arabic speaker": a speaker of a language, not of a parliament
    return tok.lower_ in HEADS or tok.lower_.rstrip(".") in HONORIFICS


def _title_before_name(doc: Doc, head: Token) -> Title | None:
    """Title words around `head` followed by a name: "Prime Minister Chris Hipkins", "President
    of Latvia Egils Levits", "the Latvian president, Egils Levits"."""
    end = _title_end(doc, head.i)
    after = _of_jurisdiction(doc, end)  # "President of Latvia X", "the president of Latvia, X"
    i, honorific, comma = after[1] if after else end, None, False
    if i < len(doc) and doc[i].text == "," and head.lower_ not in HONORIFICS:
        i, comma = i + 1, True
    while i < len(doc) and doc[i].lower_.rstrip(".") in HONORIFICS | RANKS | (COMMA_RANKS if comma else set()) \
            and doc[i].text[0].isupper():
        honorific = honorific or doc[i].text
        i += 2 if i + 1 < len(doc) and doc[i + 1].text == "." else 1
    name = _name_run(doc, i, lone=not comma and i == end)
    if name is None and not comma and i == end:
        name = _after_descriptor(doc, i)  # "Former Secretary of State and Democratic frontrunner X"
    if name is None:
        return None
    start = _title_start(doc, head.i)
    start, marks = leading_marks(doc, start, end)
    words = [t for t in doc[start:end] if t.lower_.rstrip(".") not in HONORIFICS or t.lower_ == "professor"]
    if not words or not any(t.lower_ in HEADS for t in words):
        return None if honorific is None and head.lower_.rstrip(".") in HONORIFICS else _honorific_only(
            doc, start, end, name, head)
    jurisdiction = _owner(doc, _jurisdiction_before(doc, words[0].i), after) or _of_jurisdiction(doc, name[1])
    before, determined = marks_before(doc, words[0].i)
    if comma and not determined and not (jurisdiction is not None and _appositive(doc, name, words)):
        return None  # "..., Dr X" only after "the/its/NATO's <title>" or "<state> <Title>, X" parsed as one
    if head.lower_ in ("head", "chief", "deputy") and len(words) == 1 and not comma and jurisdiction is None:
        return None  # "head" alone is too vague ("head Chris Hipkins" is a parse accident)
    marks |= before
    first = words[0].i
    if jurisdiction is not None and jurisdiction[0] < first < jurisdiction[1]:
        first, jurisdiction = jurisdiction[0], None  # NER took part of the title for a name: "[Supreme Allied Commander] Europe"
    text = doc[first:words[-1].i + 1].text
    return Title(name, (first, words[-1].i + 1), text, jurisdiction, honorific, bool(marks & FORMER),
                 prospective=prospective(doc, words[0].i, end) or bool(marks & PROSPECTIVE), **tense(marks))


def _appositive(doc: Doc, name: tuple[int, int], words: list[Token]) -> bool:
    """Does the parse take the name for the title's apposition ("German Chancellor, Olaf Scholz,
    said": the name's last word an `appos` of the title's head) or split one subject in two
    ("Canadian Prime Minister, Justin Trudeau told ...": a `conj` of the title, or both subjects of
    one verb)? The name must be a person's entity."""
    last, heads = doc[name[1] - 1], {t.i for t in words}
    if last.ent_type_ != "PERSON":
        return False
    if last.dep_ in ("appos", "conj") and last.head.i in heads:
        return True
    head = words[-1]
    if last.dep_ == head.dep_ == "nsubj" and last.head.i == head.head.i:
        return True
    # "Italian Prime Minister, Mario Draghi said ...": the title opens the sentence and the name
    # is followed by its verb or a comma, whatever the parse made of the two
    first = words[0].i
    while first > 0 and not doc[first].is_sent_start and (doc[first - 1].ent_type_ or doc[first - 1].lower_ == "the"):
        first -= 1  # back over the state or organisation written before the title
    after = doc[name[1]] if name[1] < len(doc) else None
    return doc[first].is_sent_start and after is not None and (after.text == "," or after.pos_ in ("VERB", "AUX"))


def _owner(doc: Doc, before: tuple[int, int] | None, after: tuple[int, int] | None) -> tuple[int, int] | None:
    """The title's state or organisation when one may be written on either side: "the Maltese
    President of the European Parliament", "the Polish President of the European Council": an
    organisation after "of" owns the office, a nationality word before it is the holder's (kb22,
    session 15); a possessive before ("NATO's ... of ...") or a state after "of" keeps the old
    order (the one before first)."""
    if before is None or after is None:
        return before or after
    nationality = doc[before[1] - 1].ent_type_ == "NORP" and not (
        before[1] < len(doc) and doc[before[1]].lower_ in ("'s", "’s"))
    return after if nationality and doc[after[0]].ent_type_ == "ORG" else before


def _of_jurisdiction(doc: Doc, end: int) -> tuple[int, int] | None:
    """A state or organisation after the title: "President of Latvia", "of the alliance"."""
    if end >= len(doc) or doc[end].lower_ != "of":
        return None
    j = end + 2 if end + 1 < len(doc) and doc[end + 1].lower_ == "the" else end + 1
    ent = entity_starting(doc, j) or entity_starting(doc, end + 1)  # "the" inside the entity
    if ent is None or ent[2] not in ("GPE", "ORG", "NORP") or _names_a_body(doc, ent[1]):
        return None
    return ent[0], ent[1]


# Nouns of a body named after a state: "the president of the United States Hispanic Chamber of
# Commerce", "the head of the Russian Academy of Sciences" are offices of the body, not the state's.
BODY_NOUNS = frozenset("chamber council committee institute association bank agency federation foundation "
                       "league society academy university college conference party corps club company "
                       "corporation group board commission fund alliance union network forum center centre "
                       "coalition caucus guard".split())


def _names_a_body(doc: Doc, ent_end: int) -> bool:
    """Does the jurisdiction's name go on into the name of a body of its own (its last word a
    modifier of a body noun within the next four words)?"""
    last = doc[ent_end - 1]
    head = last.head
    return (last.dep_ == "compound" and ent_end <= head.i <= ent_end + 4 and head.lemma_.lower() in BODY_NOUNS
            and head.text[:1].isupper())


def _honorific_only(doc: Doc, start: int, end: int, name: tuple[int, int], head: Token) -> Title | None:
    if head.lower_.rstrip(".") not in HONORIFICS or name[0] != end:
        return None
    return Title(name, None, None, None, head.text)


def _title_end(doc: Doc, i: int) -> int:
    """One past the title's last word: the head, "-General", "of State", "of policy planning"."""
    end = i + 1
    if end + 1 < len(doc) and doc[end].text == "-" and not doc[i].whitespace_ and doc[end + 1].is_alpha:
        end += 2
    if end < len(doc) and doc[i].lower_ == "commander" and doc[end].lower_ in COMMAND_REGIONS:
        end += 1
    if end + 1 < len(doc) and doc[i].lower_ in ENVOY_HEADS and doc[end].lower_ == "to":
        to = entity_starting(doc, end + 2 if doc[end + 1].lower_ == "the" else end + 1)
        if to is not None and to[2] == "ORG":
            return to[1]  # "ambassador to NATO": the organisation is part of the title
    if end < len(doc) and doc[end].lower_ == "of":
        j = end + 1
        while j < len(doc) and j - end <= 3 and (doc[j].lower_ in TITLE_OBJECTS or (
                doc[j].is_lower and doc[j].pos_ in ("NOUN", "ADJ"))):
            j += 1
        if j > end + 1 and doc[j - 1].lower_ != "the":
            end = j
    return end


def _title_start(doc: Doc, i: int) -> int:
    """The first title word: modifiers before the head ("Foreign Affairs Minister",
    "NATO deputy spokesperson" stops before "NATO", a linked name being the jurisdiction)."""
    start = i
    while start > 0 and i - start < MAX_TITLE:
        prev = doc[start - 1]
        hyphen = prev.text == "-" and not prev.whitespace_ and start > 1
        if hyphen:
            start -= 2
            continue
        if prev.pos_ in _STOP_POS or prev.lower_ in FORMER or prev.lower_ in _ADVERBS or prev.ent_type_ in (
                "GPE", "NORP", "PERSON"):
            break
        if prev.dep_ == "neg" or ordinal(doc, prev):
            break  # "was never / is not secretary of state": the verb's negation, no title word;
            # "Ukraine's sixth president": the holder's rank in the office's list, no title word
        if prev.ent_kb_id_ or (prev.ent_type_ == "ORG" and not _title_words(doc, prev)):
            break  # an organisation's name: the jurisdiction, not a title word
        if not prev.is_alpha:
            break
        start -= 1
    return start


# "First" opens titles of their own ("First Deputy Prime Minister", "First Secretary", "First Lady")
_FIRST_TITLES = frozenset("deputy vice secretary lady minister sea".split())


def ordinal(doc: Doc, tok: Token) -> bool:
    """Is `tok` a holder's rank before a title ("sixth", "30th", "42nd", "first" but not "First
    Deputy ...")? Never a title word: "Australia's 30th prime minister" is the prime minister."""
    low = tok.lower_
    if low == "first":
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        return nxt is not None and nxt.lower_ not in _FIRST_TITLES
    return is_ordinal(low)


def _title_words(doc: Doc, tok: Token) -> bool:
    """Is the entity around `tok` made of title words ("Foreign Affairs" tagged ORG)?"""
    ent = entity_around(doc, tok.i)
    return ent is not None and all(t.lower_ in TITLE_OBJECTS or t.lower_ in HEADS or t.lower_ in _TITLE_LINKS
                                   for t in doc[ent[0]:ent[1]])


# Words of a title the tagger takes for an organisation's name with it: "the EU's High
# Representative for Foreign Affairs and Security Policy" (no organisation is named "High").
_TITLE_LINKS = frozenset("high for and".split())


def _jurisdiction_before(doc: Doc, start: int) -> tuple[int, int] | None:
    """The organisation or state written just before the title: "NATO", "US", "the alliance's"."""
    i = start - 1
    if i > 0 and doc[i].lower_ in ("and", "&") and doc[i - 1].lower_ in HEADS:
        return _jurisdiction_before(doc, _title_start(doc, doc[i - 1].i))  # "Deputy PM and Defence Minister X"
    while i >= 0 and (mark_of(doc, i) or (doc[i].text == "-" and not doc[i].whitespace_)
                      or is_rank(doc[i].text, doc[i].tag_) or doc[i].lower_ in RANK_COMPANIONS
                      or ordinal(doc, doc[i])):
        i -= 1  # "then-NATO", "the outgoing Dutch", "Finland's 12th"; a spaced " - " closes a dateline ("WASHINGTON - ")
    if i >= 0 and doc[i].lower_ in ("'s", "’s"):
        i -= 1
    if i < 0 or not doc[i].ent_type_:
        return None
    ent = entity_around(doc, i)
    if ent is None or ent[2] not in ("ORG", "GPE", "NORP"):
        return None
    start, end = ent[0], ent[1]
    if not doc[start].ent_kb_id_ and start > 1 and doc[start - 1].lower_ in ("'s", "’s"):
        owner = _jurisdiction_before(doc, start)  # "Sweden's Social Democratic prime minister"
        if owner is not None and doc[owner[0]].ent_kb_id_:
            return owner
    return start, end


def _name_run(doc: Doc, i: int, lone: bool = False) -> tuple[int, int] | None:
    """The capitalised words of a name starting at token i: two or more, or one that NER calls
    a person. Stops at a PERSON entity's end and skips title words after "of" ("State").
    `lone`: the word follows the title straight ("Chancellor Scholz", which NER may take for a
    place): one capitalised word the KB links to nothing may be the name too (people.py keeps it
    only when it is the family name of a person the KB knows)."""
    ent = _person_entity(doc, i)
    if ent is not None and 1 < ent[1] - ent[0] <= MAX_NAME + 2 and doc[i].text[:1].isupper() and all(
            t.is_alpha or t.text in ("-", ".") for t in doc[ent[0]:ent[1]]):
        return ent  # a name with hyphens the tokenizer split ("Lee Jong-sup")
    j = i
    while j < len(doc) and j - i < MAX_NAME and _name_word(doc[j]):
        j += 1
        if doc[j - 1].ent_iob_ == "B" and doc[j - 1].ent_type_ == "PERSON" and j - 1 > i:
            break  # the run reached a person's name: the words before belong to the title
    person = next((e for k in range(i, max(j, i + 1)) if (e := _person_entity(doc, k)) is not None), None)
    if person is not None and person[0] > i:
        if person[0] == i + 1 and unmangled(doc[i].text) != doc[i].text and _name_word(doc[i]):
            return i, person[1]  # "FranÃ§ois Hollande": NER saw the surname only
        return person if doc[i].lower_ in TITLE_OBJECTS else None
    if j - i >= 2 or (j - i == 1 and doc[i].ent_type_ == "PERSON"):
        return i, j
    if lone and _lone_word(doc, i):
        return i, i + 1
    return None


def _after_descriptor(doc: Doc, i: int) -> tuple[int, int] | None:
    """ "Secretary of State and Democratic presidential frontrunner Hillary Clinton": a title, "and",
    then a description of the same person that is no title (adjectives and nouns, none of them a
    title's head, no determiner or pronoun: "and his wife X" is someone else) before a person's
    name: the name the title is written with."""
    if i >= len(doc) or doc[i].lower_ != "and":
        return None
    j = i + 1
    while j < len(doc) and j - i <= 5 and doc[j].ent_type_ != "PERSON":
        tok = doc[j]
        if not tok.is_alpha or tok.pos_ not in ("ADJ", "NOUN", "PROPN") or tok.lower_ in HEADS:
            return None
        j += 1
    if j == i + 1 or j >= len(doc) or doc[j].ent_type_ != "PERSON" or doc[j - 1].pos_ != "NOUN":
        return None
    return _name_run(doc, j)


_LONE_TYPES = frozenset({"", "GPE", "ORG", "NORP", "LOC", "PERSON"})


def _lone_word(doc: Doc, i: int) -> bool:
    """One capitalised proper noun, linked to nothing, not followed by another name word."""
    if i >= len(doc):
        return False  # the title ends the text
    tok = doc[i]
    if not tok.is_alpha or not tok.text[:1].isupper() or tok.is_upper or tok.pos_ != "PROPN":
        return False
    if tok.ent_kb_id_ or tok.ent_type_ not in _LONE_TYPES or tok.lower_ in HEADS | HONORIFICS:
        return False
    return i + 1 >= len(doc) or not (doc[i + 1].text[:1].isupper() and doc[i + 1].pos_ == "PROPN")


def _person_entity(doc: Doc, i: int) -> tuple[int, int] | None:
    """The PERSON entity that starts at token i, as (start, end), read from the tokens' IOB tags
    (`doc.ents` builds every span on each access: per title that made long articles slow)."""
    if i >= len(doc) or doc[i].ent_iob_ != "B" or doc[i].ent_type_ != "PERSON":
        return None
    end = i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return i, end


def entity_starting(doc: Doc, i: int) -> tuple[int, int, str] | None:
    """The entity of `doc.ents` that starts at token i, as (start, end, label), read from the
    tokens' IOB tags as spaCy builds `doc.ents` (a B token, then its I tokens). `doc.ents` builds
    every span of the document on each access: scanning it per title was quadratic in a long text."""
    if not 0 <= i < len(doc) or doc[i].ent_iob_ != "B" or not doc[i].ent_type_:
        return None
    end = i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return i, end, doc[i].ent_type_


def entity_around(doc: Doc, i: int) -> tuple[int, int, str] | None:
    """The entity of `doc.ents` that holds token i (as `entity_starting`), walking back to its B."""
    if not 0 <= i < len(doc) or doc[i].ent_iob_ not in ("B", "I"):
        return None
    start = i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    return entity_starting(doc, start)


def _name_word(tok: Token) -> bool:
    if not tok.text[:1].isupper() or tok.lower_ in HEADS or tok.lower_.rstrip(".") in HONORIFICS:
        return False
    if tok.pos_ != "PROPN" and tok.ent_type_ != "PERSON":
        return False
    if tok.ent_kb_id_ and tok.ent_type_ != "PERSON":
        return False  # "Prime Minister New Zealand" is not a name
    return tok.is_alpha or ("-" in tok.text and tok.text.replace("-", "").isalpha()) or tok.text.endswith(".") or (
        unmangled(tok.text) != tok.text and unmangled(tok.text).isalpha())  # "FranÃ§ois": UTF-8 read as Latin-1


def _title_in_apposition(doc: Doc, ent: Span) -> Title | None:
    """ "Jens Stoltenberg, NATO's Secretary General," / "X, the alliance's spokesperson" / "X (the
    Dutch prime minister)" / "X (Japan's foreign minister)"."""
    if ent.end + 1 >= len(doc) or doc[ent.end].text not in (",", "("):
        return None
    stop, closing = ent.end + 1, (")",) if doc[ent.end].text == "(" else ()
    while stop < len(doc) and stop - ent.end <= 8 and doc[stop].text not in (",", ".", ";", "(", "\n", "\n\n", *closing):
        if doc[stop].pos_ in ("VERB", "AUX") and doc[stop].tag_ not in ("VBN", "VBG"):
            return None  # a clause, not an apposition
        stop += 1
    if closing and (stop >= len(doc) or doc[stop].text != ")"):
        return None  # "X (who ...": not a title in brackets
    heads = [t for t in doc[ent.end + 1:stop] if t.lower_ in HEADS and t.pos_ in ("NOUN", "PROPN")]
    if not heads:
        return None
    head = heads[0]
    while head.i + 1 < stop and doc[head.i + 1].lower_ in HEADS:
        head = doc[head.i + 1]  # "secretary general": the last noun of the title is its head
    start, end = _title_start(doc, head.i), _title_end(doc, head.i)
    if _name_run(doc, _of_jurisdiction(doc, end)[1] if _of_jurisdiction(doc, end) else end) is not None:
        return None  # "Biden, British Prime Minister Boris Johnson": the title is Johnson's
    if _tied_to_another(doc, ent.end + 1, start, end):
        return None  # "X, the father of NATO's secretary general,": the title is the son's
    start, marks = leading_marks(doc, start, end)
    jurisdiction = _owner(doc, _jurisdiction_before(doc, start), _of_jurisdiction(doc, end)) \
        or _jurisdiction_after(doc, end, stop)
    marks |= marks_in(doc, ent.end + 1, start)  # "X, a former prime minister"
    ahead = prospective(doc, start, end) or bool(marks & PROSPECTIVE)
    as_role = doc[ent.end + 1].lower_ == "as"  # "X, as president": a role in a clause, not an apposition
    if as_role and choice_ahead(doc[ent.end + 1]):
        ahead = True
    lo = min(start, jurisdiction[0]) if jurisdiction else start  # "as America's top diplomat"
    if lo > 0 and doc[lo - 1].lower_ == "as" and any(t.lemma_.lower() in TENURE_NOUNS for t in doc[ent.end + 1:lo]):
        marks.add("then")  # "X, during her tenure as secretary of state,": a time of the office, not the day's
    return Title((ent.start, ent.end), (start, end), doc[start:end].text, jurisdiction, former=bool(marks & FORMER),
                 apposition=True, prospective=ahead, **tense(marks))


def _tied_to_another(doc: Doc, lo: int, start: int, end: int) -> bool:
    """A title in an apposition that names someone else, by a noun of a tie between people before
    it ("the father of", "an aide to") or after it ("the prime minister's wife")."""
    before = any(t.lower_ in TIE_NOUNS and doc[t.i + 1].lower_ in ("of", "to") for t in doc[lo:start])
    after = end + 1 < len(doc) and doc[end].lower_ in ("'s", "’s") and doc[end + 1].lower_ in TIE_NOUNS
    return before or after


def _jurisdiction_after(doc: Doc, i: int, stop: int) -> tuple[int, int] | None:
    """ "... at Otago University", "... of the alliance": an organisation or state after the title."""
    for j in range(max(i, 0), min(stop, len(doc))):
        ent = entity_starting(doc, j)
        if ent is not None and ent[2] in ("ORG", "GPE") and doc[j - 1].lower_ in ("at", "of", "for", "the"):
            return None if _names_a_body(doc, ent[1]) else (ent[0], ent[1])
    return None


def organisation_in_apposition(doc: Doc, name: tuple[int, int]) -> tuple[int, int] | None:
    """For "Professor Robert Patman, an expert ... at Otago University": the organisation in
    the apposition after a name whose title gave none."""
    end = name[1]
    if end >= len(doc) or doc[end].text != ",":
        return None
    stop = end + 1
    while stop < len(doc) and stop - end <= 14 and doc[stop].text not in (",", ".", ";", "\n", "\n\n"):
        if doc[stop].pos_ in ("VERB", "AUX"):
            break  # a clause, not an apposition: "X, urging those calling for Sanders' withdrawal"
        stop += 1
    if any(t.lower_ in OTHER_POST_WORDS or t.lemma_.lower() in OTHER_POST_WORDS for t in doc[end + 1:stop]):
        return None  # "President X, a former member of the European Parliament": that body is not the title's
    if _time_adverbial(doc[end + 1:stop]):
        return None  # "President X, four days before the anniversary of Russia's invasion": no apposition
    return _jurisdiction_after(doc, end + 1, stop)


# Words that open a phrase of time, not a description of the person ("President X, days before
# the anniversary of Russia's invasion", "Chancellor Y, ahead of France's election").
TIME_RELATIONS = frozenset("before after ahead since until till during amid".split())
TIME_UNITS = frozenset("hour hours day days week weeks month months year years".split())
TIME_LEADS = frozenset("a an the one two three four five six seven eight nine ten few several some just only".split())


def _time_adverbial(span) -> bool:
    """Does the phrase after a name's comma open with a relation in time ("four days before ...",
    "a year after ...", "ahead of ...", "since ...") rather than with a noun telling who the person
    is ("an expert at Otago University", "a former president of Russia")?"""
    toks = list(span[:5])
    for k, tok in enumerate(toks):
        if tok.lower_ in TIME_RELATIONS:
            return True
        if tok.lower_ in TIME_UNITS:
            return k + 1 < len(toks) and toks[k + 1].lower_ in TIME_RELATIONS | {"ago", "later", "earlier"}
        if tok.lower_ not in TIME_LEADS and not tok.like_num:
            return False
    return False


# Words of an apposition telling another tie to the organisation it names than the title before
# the name: a past post ("a former member of the Court of Auditors") or a seat among many ("a
# member of the European Parliament", "a judge at the court"). The organisation is that tie's,
# never the title's ("President X" is not the President of the European Parliament).
OTHER_POST_WORDS = frozenset("""former ex ex- onetime one-time erstwhile retired previously once member
judge justice auditor lawmaker legislator mep delegate founder co-founder graduate alumnus alumna veteran
fellow""".split())


def title_at(doc: Doc, head: Token) -> tuple[tuple[int, int], tuple[int, int] | None] | None:
    """The title words around a head noun ("NATO Secretary General", "secretary general of
    NATO", "the alliance's spokesperson") and the state or organisation written with them, for a
    title that stands without a name ("took over as Secretary General"); None when `head` is no
    title's head."""
    if head.lower_ not in HEADS or head.pos_ not in ("NOUN", "PROPN"):
        return None
    while head.i + 1 < len(doc) and doc[head.i + 1].lower_ in HEADS:
        head = doc[head.i + 1]
    start, end = _title_start(doc, head.i), _title_end(doc, head.i)
    start, _ = leading_marks(doc, start, end)
    return (start, end), _jurisdiction_before(doc, start) or _of_jurisdiction(doc, end)
