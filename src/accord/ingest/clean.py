"""Cleaning: small `str -> str` steps, each idempotent, each with its own tests.

Steps that remove words (invisible characters, photo captions, scraped boilerplate) come as `split_*` functions that
also return what they removed, so `prepare` can record it: nothing disappears silently. Quotes
and apostrophes are kept as written (curly or straight): quotation finding depends on them.
"""

from __future__ import annotations

import re
import unicodedata

# Zero-width and formatting characters that carry no text (ZWJ/ZWNJ stay: some scripts need them).
INVISIBLE = "\ufeff\u200b\u2060\u00ad\ufffe"
_INVISIBLE = re.compile(
    "[" + INVISIBLE + r"\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f]"
)
_LINE_BREAKS = re.compile(r"\r\n?|[\u2028\u2029\x85]")
_SPACES = re.compile(r"[^\S\n]+")  # any whitespace but a newline, Unicode spaces included
_BLANK_RUNS = re.compile(r"\n{3,}")

_CAPS_WORD = r"[A-Z][A-Z'’.\-]+"
_AGENCY_WORD = r"[A-Z][\w&'’.\-]*"
CAPTION_PATTERNS = (
    # "ROBERT KITCHIN/Stuff Prime Minister ...": a photographer in capitals, a slash, an agency.
    re.compile(rf"^{_CAPS_WORD}(?: {_CAPS_WORD}){{1,3}} ?/ ?{_AGENCY_WORD}"),
    # "Photo: ...", "IMAGE / Getty", "Caption - ...", "File photo: ..."
    re.compile(r"^(?:File )?(?:Photo(?:graph)?|PHOTO|Picture|Image|IMAGE|Caption|Credit)s?(?: ?[:/|]| [–—-])"),
    # "... at the summit. Photo / Mark Smith" or "(Photo: Reuters)" ending the line.
    re.compile(r"\(?(?:Photo(?:graph)?|PHOTO|Picture|Image)s?(?: ?[:/|] ?| by )[A-Z][\w .&'’\-]{1,60}\)?$"),
)
MAX_CAPTION = 300  # characters: a longer line is a paragraph, whatever it starts with


def split_invisible(text: str) -> tuple[str, str]:
    """(text without control and zero-width characters, the characters removed).

    Line breaks of every kind become "\\n" first; tabs stay (whitespace normalisation folds them).
    """
    text = _LINE_BREAKS.sub("\n", text)
    removed = "".join(_INVISIBLE.findall(text))
    return (_INVISIBLE.sub("", text), removed) if removed else (text, "")


def normalize_unicode(text: str) -> str:
    """NFC composition without invisible characters; curly quotes, dashes and ellipses kept."""
    return unicodedata.normalize("NFC", split_invisible(text)[0])


def normalize_whitespace(text: str) -> str:
    """One space between words, no spaces at line ends, paragraphs separated by one blank line.

    Single line breaks stay (a poem, a list, a header); runs of blank lines become one.
    """
    lines = (_SPACES.sub(" ", line).strip() for line in text.split("\n"))
    return _BLANK_RUNS.sub("\n\n", "\n".join(lines)).strip()


def is_caption(line: str) -> bool:
    """Whether a line is a photo credit or caption pasted into the body, judged with its spaces
    folded as `normalize_whitespace` folds them (so removing captions twice removes nothing more)."""
    line = _SPACES.sub(" ", line).strip()
    return 0 < len(line) <= MAX_CAPTION and any(p.search(line) for p in CAPTION_PATTERNS)


def split_captions(text: str) -> tuple[str, list[str]]:
    """(text without caption lines, the caption lines removed, whole)."""
    kept: list[str] = []
    removed: list[str] = []
    for line in text.split("\n"):
        (removed if is_caption(line) else kept).append(line)
    if not removed:
        return text, []
    return normalize_whitespace("\n".join(kept)), [line.strip() for line in removed]


def remove_captions(text: str) -> str:
    """`split_captions` as a plain step."""
    return split_captions(text)[0]


# A caption that ends with its credit ("Leaders pose in Madrid on June 29, 2022. (AP Photo/Jo Roe)")
# states checkable facts: its sentences are kept, the credit goes. The credit-first and labelled
# forms ("JANE ROE/Wire Leaders ...", "Photo: ...") are still dropped whole.
_OPENING_CREDIT = CAPTION_PATTERNS[:2]
_TRAILING_CREDIT = CAPTION_PATTERNS[2]
_AGENCY_BEFORE = re.compile(r"\((?:[A-Z][\w&.'’-]* ){0,3}$")  # the "(AP " of "(AP Photo/Jo Roe)"
_CAPTION_END = re.compile(r"[.!?][\"”’')]?$")
MIN_CAPTION_WORDS = 6  # a shorter text before the credit is a label, not a sentence


def split_caption_credit(line: str) -> tuple[str, str] | None:
    """(caption sentences, credit) of a caption line that ends with its credit and whose text
    before it is at least MIN_CAPTION_WORDS words ending like a sentence; None for any other line
    (not a caption, a credit-first or labelled caption, a bare credit)."""
    line = _SPACES.sub(" ", line).strip()
    if not is_caption(line) or any(p.search(line) for p in _OPENING_CREDIT):
        return None
    match = _TRAILING_CREDIT.search(line)
    if match is None:
        return None
    head = line[:match.start()]
    agency = _AGENCY_BEFORE.search(head)
    if agency is not None:
        head = head[:agency.start()]
    caption = head.strip()
    if len(caption.split()) < MIN_CAPTION_WORDS or not _CAPTION_END.search(caption):
        return None
    return caption, line[len(head):].strip()


def separate_captions(text: str) -> tuple[str, list[str], list[str]]:
    """(text without caption lines, caption sentences kept, what was removed): a caption line
    that ends with its credit gives its sentences (`split_caption_credit`) and its credit is
    removed; any other caption line is removed whole, as `split_captions` does."""
    kept: list[str] = []
    captions: list[str] = []
    removed: list[str] = []
    for line in text.split("\n"):
        if not is_caption(line):
            kept.append(line)
            continue
        parts = split_caption_credit(line)
        if parts is None:
            removed.append(line.strip())
        else:
            captions.append(parts[0])
            removed.append(parts[1])
    if not removed:
        return text, [], []
    return normalize_whitespace("\n".join(kept)), captions, removed


# Scraped page furniture pasted into the body as a line of its own: it carries no claim and, left
# in, it is read as the start of the next sentence. Whole lines only, at most MAX_BOILERPLATE
# characters, each pattern anchored at both ends; a real sentence that merely starts with one of
# these words ("Read the full text ...", "Related talks ...", "Follow-up talks ...") stays.
_PLATFORMS = r"(?:Twitter|X|Facebook|Instagram|Telegram|WhatsApp|LinkedIn|YouTube|TikTok|Threads|Bluesky|Google News|Apple News)"
BOILERPLATE_PATTERNS = (
    # "Read more", "READ MORE", "Read more:", "READ MORE: <headline>", "Read More » <headline>",
    # "Read More <Headline>" (title-cased label run into a related article's headline).
    re.compile(r"^(?:Read more|Read More|READ MORE)[.:!]?$"),
    re.compile(r"^(?:Read more|Read More|READ MORE|Read also|Also read|ALSO READ|READ ALSO) ?[:|»>–—-] ?\S.*$"),
    re.compile(r"^(?:Read More|READ MORE) [A-Z0-9‘'\"“].*$"),
    # "Advertisement", "ADVERTISEMENT", "Advertisement - Scroll to continue",
    # "Story continues below advertisement".
    re.compile(r"^(?:Advertisement|ADVERTISEMENT)(?: ?[–—-] ?(?:[Ss]croll|[Cc]ontinue) .*)?$"),
    re.compile(r"^(?:Story|Article) continues (?:below|after) (?:this )?advertisement\.?$", re.I),
    # "RELATED:", "Related: <headline>", "RELATED <HEADLINE>", "Related articles", "Related stories".
    re.compile(r"^(?:RELATED|Related|RELATED CONTENT|Related content) ?: ?.*$"),
    re.compile(r"^RELATED [A-Z0-9‘'\"“].*$"),
    re.compile(r"^Related (?:articles|stories|news|coverage|content|reading|links)$", re.I),
    # "Sign up for our newsletter ...", "Sign up to receive ... alerts".
    re.compile(r"^Sign up (?:for|to|here)\b.*\b(?:newsletters?|e-?mails?|alerts|updates|briefings?|digest|inbox|free)\b.*$", re.I),
    # "Click here to ...", "Click here for ...".
    re.compile(r"^Click here (?:to|for)\b.*$", re.I),
    # "Share this article", "Share this story" (also glued to the next button's label).
    re.compile(r"^Share this (?:article|story|page)(?: ?[A-Z].*)?$"),
    # "Follow us on Twitter", "Follow The Example Times on Facebook and Instagram".
    re.compile(rf"^Follow (?:us|@\w+|(?:[A-Z][\w.&'’-]* ){{1,5}}) ?on {_PLATFORMS}\b.*$"),
    # Cookie notes.
    re.compile(r"^(?:We use cookies|This (?:web)?site uses cookies|Our (?:web)?site uses cookies)\b.*$", re.I),
    re.compile(r"^(?:By (?:continuing|using) .{0,80}?(?:you )?(?:agree|consent) .{0,60}?cookies)\b.*$", re.I),
    re.compile(r"^(?:Accept (?:all )?cookies|Cookie (?:policy|settings|preferences))\.?$", re.I),
)
MAX_BOILERPLATE = 200  # characters: a longer line is a paragraph, whatever it starts with


# A footnote marker flattened into the line when text is copied from a report or a web page that
# set it superscript: "Finland joined NATO in April 2023.4 Sweden followed", "on 4 April 2023.14",
# "in 2023,4 a year after it applied", "in April 2023⁴ and". The tokenizer keeps "2023.4" as one
# number, so the date loses its year and is read in the article's year (a false contradiction
# of a true date, fa25). The marker's digits are dropped where they cannot be part of a number:
# after a year that follows a word ("in 2023", not "$2023" or "1,2023"), after a sentence's last
# lower-case word ("the allies.12 Sweden", not "No.10 Downing Street", "Art.5", "Fig.3"), after a
# closing bracket or quotation mark; plain digits only before a new sentence (a capital or the
# line's end) or, after a year and a comma, one or two digits before a word (never a group of
# thousands, which has three). Superscript digits go after a year with or without the stop.
_NOTE_YEAR = r"(?<=[A-Za-z] )(?:1[5-9]|20)\d\d"
_NOTE_WORD = r"(?<![\w.])(?!(?:no|nos|vol|fig|sec|art|para|pp|op|ch|nr|vs)\.)[a-z]{2,}"
_NOTE_CLOSER = r"[)\]”’\"]"
_SUPERSCRIPTS = "¹²³⁰⁴⁵⁶⁷⁸⁹"
FOOTNOTE_MARKS = (
    re.compile(rf"(?:(?:{_NOTE_YEAR}|{_NOTE_WORD}|{_NOTE_CLOSER})\.|\.{_NOTE_CLOSER})"
               rf"(?P<mark>[1-9]\d{{0,2}}|[{_SUPERSCRIPTS}]{{1,3}})(?=[ \t]+[A-Z“\"‘]|[ \t]*$)", re.M),
    re.compile(rf"{_NOTE_YEAR},(?P<mark>[1-9]\d?|[{_SUPERSCRIPTS}]{{1,3}})(?= [a-z])"),
    re.compile(rf"{_NOTE_YEAR}(?P<mark>[{_SUPERSCRIPTS}]{{1,3}})(?![\w{_SUPERSCRIPTS}])"),
)


def footnote_marks(line: str) -> list[tuple[int, int]]:
    """The (start, end) spans of the footnote markers in one line, in order (FOOTNOTE_MARKS)."""
    spans = {m.span("mark") for pattern in FOOTNOTE_MARKS for m in pattern.finditer(line)}
    return sorted(spans)


def split_footnote_marks(text: str) -> tuple[str, list[str]]:
    """(text without flattened footnote markers, each marker removed with the word or year it
    followed, e.g. "2023.4")."""
    kept: list[str] = []
    removed: list[str] = []
    for line in text.split("\n"):
        spans = footnote_marks(line)
        for start, end in reversed(spans):
            before = line[:start].rsplit(" ", 1)[-1]
            removed.insert(0, before + line[start:end])
            line = line[:start] + line[end:]
        kept.append(line)
    return ("\n".join(kept), removed) if removed else (text, [])


def remove_footnote_marks(text: str) -> str:
    """`split_footnote_marks` as a plain step."""
    return split_footnote_marks(text)[0]


def is_boilerplate(line: str) -> bool:
    """Whether a line is scraped page furniture ("Read more", "Advertisement", "RELATED: ...",
    "Sign up for ...", "Click here ...", "Share this article", "Follow us on ...", a cookie note),
    judged with its spaces folded as `normalize_whitespace` folds them."""
    line = _SPACES.sub(" ", line).strip()
    return 0 < len(line) <= MAX_BOILERPLATE and any(p.match(line) for p in BOILERPLATE_PATTERNS)


def split_boilerplate(text: str) -> tuple[str, list[str]]:
    """(text without boilerplate lines, the lines removed, whole)."""
    kept: list[str] = []
    removed: list[str] = []
    for line in text.split("\n"):
        (removed if is_boilerplate(line) else kept).append(line)
    if not removed:
        return text, []
    return normalize_whitespace("\n".join(kept)), [line.strip() for line in removed]


def remove_boilerplate(text: str) -> str:
    """`split_boilerplate` as a plain step."""
    return split_boilerplate(text)[0]
