"""Lists of a grouping's members told the ways lists.py and `_listed_members` do not read (list19):

- a whole grouping named by a noun that takes it up, a dash, colon or bracket and the list:
  "The G7 met in Italy. The group - A, B, C, D, E, F and G - agreed ...", "The seven — A, ... —
  were joined by ...", "the four countries (A, B, C and D)". The noun is "the" and a word of the
  grouping's KB names ("group" for the Group of Seven), a number, or a number and a plural noun;
  the grouping is the nearest one named in the sentence or the two before that the noun fits (for
  a number: that has had as many members). The list says it is the whole grouping, so it is read only when it names as many states
  as the grouping has had members at some time in the KB (and as the number says), and at most
  one of them was never a member (a list of guests or of another group is not its members);
- a summit's host and its guests listed as "the leaders of A, B and C" at "the G7 summit" (or
  "a summit of the Quad"): the host and the list are the grouping, read only when the list and the
  host make as many as its members and at most one listed state was never one; with no host
  ("The leaders of A, B, ... met at the G7 summit") the list alone must be as many;
- co-members: "A and B are members, with C and D, of the Quad", "Denmark, one of the founding
  members of NATO alongside Norway and Iceland", "Britain's partner in the Five Eyes alliance with
  A, B and C" (a noun of membership, "of" or "in" the organisation, then "with", "alongside",
  "together with" or "along with" and the list, closed there); "Norway, which like Iceland and
  Liechtenstein belongs to the EEA", "like A and B, Norway is a member of the EEA", "which,
  along with A and B, is in the euro area" and "along with A and B, it forms the Benelux" (the states "like" the subject share its present
  membership; a denied one is not read; "leaders like Macron", "countries like Iceland" are
  examples, not read);
- "Australia's AUKUS partnership with the United States and Britain": a state's partnership named
  by a small grouping, "with" the list: its fellow members (`_owned_with`, member20);
- "France and Britain, the alliance's two European nuclear powers": NATO's nuclear-weapon states
  (the KB's `org:nato-nuclear-states`; "European" narrows the set, each listed state is in it).

Each listed state gets the `member_of` (or `founding_member_of`) statement lists.py makes; the
checker flags a state only where the KB lists the grouping's members completely on the day.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from accord.nlp.extract.claims import _groupings_refer as refer
from accord.nlp.extract.claims._numbers import words_value
from accord.nlp.extract.claims.grammar import Context, negated

OPENERS = {"—", "–", ":", "(", "--"}
CLOSERS = {"—", "–", ")", "--", ".", ";"}
SENTENCES_BACK = 2
COUNTED = {"countries", "nations", "states", "members", "allies", "partners", "powers", "democracies"}
TAKING_UP = {"group", "grouping", "bloc", "club", "forum", "alliance", "partnership", "dialogue", "pact"}
MEMBER_NOUNS = {"member", "members", "partner", "partners", "ally", "allies"}
FOUNDER_NOUNS = {"founder", "founders"}
CO_WORDS = {"with", "alongside"}
FORMING = {"form", "make", "constitute"}  # "along with A and B, it forms the Benelux" ("make" with "up")
FORMED_NOUNS = {"union", "group", "grouping", "bloc", "trio", "format"}  # "forms the Benelux union"
ORG_NOUNS = {"alliance", "partnership", "pact", "group", "grouping", "bloc", "forum", "dialogue", "network",
             "club", "union", "area", "zone", "format", "intelligence", "security", "military", "defence",
             "defense", "trade", "economic", "strategic", "informal", "diplomatic"}
HOSTING = {"host", "welcome", "receive", "gather", "convene"}
HOSTING_FORMS = {"hosts", "hosted", "hosting", "welcomes", "welcomed", "welcoming", "receives", "received"}
LEADER_NOUNS = {"leaders", "heads", "counterparts", "presidents", "premiers"}
NUCLEAR_NOUNS = {"powers", "states", "allies", "nations", "countries"}
NUCLEAR_ORG = "org:nato-nuclear-states"
LINK = 0.8  # a grouping taken up by a noun or told by a summit: surer than the topic, less than its name


def presented(ctx: Context, sent: Span, run: list[Token], n_states: int):
    """(organisation, property, link confidence, verb, timeless) when the words around the run
    present it as a grouping's members in one of this module's shapes; None otherwise. `timeless`:
    the list names the members, whatever the verb's tense or mood ("will host the leaders of A, B
    ... at the G7 summit", "Latvia, a member of NATO alongside A and B, will buy"): a fact of the
    article's day."""
    if n_states < 1 or ctx.kb is None or len(ctx.entities(run, ("",))) != n_states:
        return None  # every name in the run a state
    before = [t for t in sent if t.i < run[0].i]
    after = [t for t in sent if t.i > run[-1].i]
    return _whole(ctx, sent, run, before, after, n_states) or _hosted(ctx, run, before, after, n_states) \
        or _with_of(ctx, run, before, after) or _member_with(ctx, run, before, after) \
        or _owned_with(ctx, run, before, after) \
        or _like(ctx, run, before) or _nuclear(ctx, run, after, n_states)


# -- the KB's list of a grouping ----------------------------------------------------------------------
def _member_facts(ctx: Context, org: str) -> list:
    return [f for f in ctx.kb.facts(property="member_of", value=org) if f.subject.startswith("state:")]


def _sizes(facts: list) -> set[int]:
    """How many members the list has had: its count on each day a membership began or ended."""
    from accord.kb import temporal

    def bound(q):
        return temporal.lower(str(q.value)) if q is not None else None

    days = {bound(f.start) for f in facts if f.start is not None} | {bound(f.end) for f in facts if f.end is not None}
    sizes = {sum(1 for f in facts if f.end is None)}
    for day in days:
        sizes.add(sum(1 for f in facts if (f.start is None or bound(f.start) <= day) and (f.end is None or bound(f.end) > day)))
    return sizes


def _whole_list(ctx: Context, org: str, run: list[Token], n: int) -> bool:
    """The run can be the grouping's whole membership: as many states as it has had members, at
    most one of them never a member (a swapped state; a list of others is not read)."""
    facts = _member_facts(ctx, org)
    if not facts or n not in _sizes(facts):
        return False
    ever = {f.subject for f in facts}
    return sum(1 for s in ctx.entities(run, ("state:",)) if s not in ever) <= 1 and n >= 2


def _mark(tok: Token, marks: set[str]) -> bool:
    return tok.text in marks or (tok.text == "-" and bool(tok.whitespace_) and tok.i > 0 and bool(tok.nbor(-1).whitespace_))


def _governor(tok: Token) -> Token:
    for anc in [tok, *tok.ancestors]:
        if anc.pos_ in ("VERB", "AUX"):
            return anc
    return tok


def _orgs_before(ctx: Context, tok: Token):
    """The organisations named before `tok` in its sentence or the two before, nearest first."""
    doc, first = tok.doc, tok.sent.start
    for _ in range(SENTENCES_BACK):
        first = doc[first - 1].sent.start if first > 0 else first
    seen: list[str] = []
    for i in range(tok.i - 1, first - 1, -1):
        org = ctx.entity_of.get(i)
        if org and org.startswith("org:") and org not in seen:
            seen.append(org)
            yield org


# -- "The group - A, B, C -", "The seven — A, ... —" --------------------------------------------------
def _whole(ctx: Context, sent: Span, run: list[Token], before: list[Token], after: list[Token], n: int):
    if len(before) < 3 or not _mark(before[-1], OPENERS) or (after and not _mark(after[0], CLOSERS)):
        return None
    noun, det = before[-2], before[-3]
    counted = None
    if noun.lower_ in COUNTED and len(before) >= 4 and before[-3].like_num:
        counted, det = before[-3], before[-4]  # "the four countries - A, B, C and D -"
    if det.lower_ != "the" or ctx.entity(noun) or (det.i > sent.start and det.nbor(-1).tag_ == "POS"):
        return None
    number_word = counted if counted is not None else noun
    number = words_value([number_word.text], ordinal=False) if number_word.like_num or number_word.pos_ == "NUM" else None
    if number is None and noun.lemma_.lower() not in TAKING_UP:
        return None
    if number is not None and number != n:
        return None
    for org in _orgs_before(ctx, det):
        if not _member_facts(ctx, org):
            continue
        if number is None and noun.lemma_.lower() not in refer.words(ctx, org):
            continue
        if _whole_list(ctx, org, run, n):
            return org, "member_of", LINK, _governor(run[0]), True
        if number is None:
            return None  # the nearest grouping the noun fits is the one it takes up
    return None  # (a number takes up the nearest grouping with as many members)


# -- "X hosts the leaders of A, B and C at the G7 summit" ---------------------------------------------
def _hosted(ctx: Context, run: list[Token], before: list[Token], after: list[Token], n: int):
    if len(before) < 3 or before[-1].lower_ != "of" or before[-2].lower_ not in LEADER_NOUNS:
        return None
    k = len(before) - 3
    if before[k].lower_ == "the":
        k -= 1
    verb = before[k] if k >= 0 else None
    if before[k + 1].lower_ != "the":
        return None
    if verb is not None and _hosting(verb) is not None:
        if negated(verb) or not any(c.dep_ == "nsubj" for c in verb.children):
            return None  # "leaders welcomed by ...": no host named
        host = 1
    elif k < 0 or before[k].text in (",", ";", ":"):
        verb, host = _governor(before[-2]), 0  # "The leaders of A, B, ... met at the G7 summit": all of them
    else:
        return None
    org = _summit_of(ctx, after[:22])
    if org is None or not _whole_list(ctx, org, run, n + host):
        return None
    return org, "member_of", LINK, verb, True


def _hosting(verb: Token) -> str | None:
    """The hosting verb's lemma; the tagger may take "hosts" for a noun ("Carney hosts the ...")."""
    if verb.pos_ == "VERB" and verb.lemma_.lower() in HOSTING:
        return verb.lemma_.lower()
    return verb.lower_ if verb.lower_ in HOSTING_FORMS else None


def _summit_of(ctx: Context, after: list[Token]) -> str | None:
    """The organisation whose summit the words after the list name: "at the G7 summit", "for a
    summit of the Quad"; None at a clause's end first."""
    for k, tok in enumerate(after):
        if tok.text in (";", ".") or tok.lower_ in ("but", "while", "whereas"):
            return None
        if tok.lemma_.lower() != "summit":
            continue
        org = ctx.entity(after[k - 1]) if k > 0 else None
        if org and org.startswith("org:"):
            return org
        rest = after[k + 1:k + 4]
        if rest and rest[0].lower_ == "of":
            for t in rest[1:]:
                ent = ctx.entity(t)
                if ent and ent.startswith("org:"):
                    return ent
                if t.lower_ != "the":
                    break
        return None
    return None


# -- co-members ----------------------------------------------------------------------------------------
def _org_at(ctx: Context, tokens: list[Token], k: int) -> tuple[str | None, int]:
    """The organisation named from tokens[k] on (after "the"), and the index after its mention."""
    while k < len(tokens) and tokens[k].lower_ == "the":
        k += 1
    ent = ctx.entity(tokens[k]) if k < len(tokens) else None
    if not ent or not ent.startswith("org:"):
        return None, k
    while k < len(tokens) and ctx.entity(tokens[k]) == ent:
        k += 1
    return ent, k


def _closed(after: list[Token]) -> bool:
    return not after or _mark(after[0], CLOSERS) or after[0].text in (",", "?", "!")


def _membership_noun(tokens: list[Token]) -> tuple[str | None, int]:
    """The property a noun of membership ending `tokens` names, and where it starts."""
    if not tokens:
        return None, 0
    word = tokens[-1].lower_
    if word in FOUNDER_NOUNS:
        return "founding_member_of", len(tokens) - 1
    if word in MEMBER_NOUNS:
        if len(tokens) > 1 and tokens[-2].lower_ == "founding":
            return "founding_member_of", len(tokens) - 2
        return ("partner_of" if word.startswith("partner") else "member_of"), len(tokens) - 1
    return None, 0


def _not_now(tokens: list[Token]) -> bool:
    return any(t.lower_.strip("-") in ("former", "non", "future", "prospective", "aspiring", "would-be", "ex", "would",
                                        "potential", "candidate", "associate", "observer", "new") for t in tokens)


def _with_of(ctx: Context, run: list[Token], before: list[Token], after: list[Token]):
    """"A and B are members, with C and D, of the Quad": the list set off by commas between the
    noun of membership and its "of" phrase."""
    if len(before) < 3 or before[-1].lower_ not in CO_WORDS or before[-2].text != ",":
        return None
    prop, start = _membership_noun(before[:-2])
    if prop is None or _not_now(before[max(0, start - 3):-2]):
        return None
    if len(after) < 3 or after[0].text != "," or after[1].lower_ not in ("of", "in"):
        return None
    org, end = _org_at(ctx, after, 2)
    if org is None or not _closed(after[end:]):
        return None
    return org, _as_member(ctx, org, prop, after[1].lower_), 1.0, _governor(before[start]), False


def _member_with(ctx: Context, run: list[Token], before: list[Token], after: list[Token]):
    """"one of the 12 founding members of NATO in 1949 alongside Norway and Iceland", "Britain's
    partner in the Five Eyes intelligence alliance with A, B and C": a noun of membership, "of" or
    "in" the organisation (its own nouns and a time may follow), then the co-members, closed."""
    if len(before) < 4 or not _closed(after):
        return None
    k = len(before) - 1
    if before[k].lower_ == "with" and before[k - 1].lower_ in ("together", "along"):
        k -= 1
    elif before[k].lower_ not in CO_WORDS:
        return None
    k -= 1
    skipped = 0
    while k >= 0 and not ctx.entity(before[k]) and skipped < 4 and (
            before[k].i in ctx.timed or (before[k].lower_ == "in" and skipped and before[k + 1].i in ctx.timed)
            or before[k].lower_ in ORG_NOUNS):
        k, skipped = k - 1, skipped + 1  # "in 1949", "intelligence alliance"
    org = ctx.entity(before[k]) if k >= 0 else None
    if not org or not org.startswith("org:"):
        return None
    while k >= 0 and ctx.entity(before[k]) == org:
        k -= 1
    if k >= 0 and before[k].lower_ == "the":
        k -= 1
    if k < 1 or before[k].lower_ not in ("of", "in"):
        return None
    prop, start = _membership_noun(before[:k])
    if prop is None or _not_now(before[max(0, start - 3):k]):
        return None
    return org, _as_member(ctx, org, prop, before[k].lower_), 1.0, _governor(before[start]), _in_apposition(before[start])


PACT_NOUNS = {"partnership", "pact", "alliance"}
SMALL_GROUPING = 10  # members ever: a grouping this small is its partners ("NATO partnership" is not NATO's members)


def _owned_with(ctx: Context, run: list[Token], before: list[Token], after: list[Token]):
    """"Australia's AUKUS partnership with the United States and Britain", "Japan's Quad pact with
    A, B and C": a state's partnership named by a small grouping (at most SMALL_GROUPING members
    ever in the KB), "with" the list, closed there (or followed by the clause's verb): the list
    are its fellow members. Read as of
    the article's day, as an apposition is."""
    ends = _closed(after) or after[0].pos_ in ("VERB", "AUX")  # "..., under which", "... had the backing"
    if len(before) < 5 or not ends or before[-1].lower_ != "with" or before[-2].lower_ not in PACT_NOUNS:
        return None
    k = len(before) - 2
    org = ctx.entity(before[k]) or ctx.entity(before[k - 1])  # "AUKUS partnership" may be the grouping's name
    if not org or not org.startswith("org:"):
        return None
    while k > 0 and (ctx.entity(before[k]) == org or before[k].lower_ in PACT_NOUNS):
        k -= 1
    if k < 1 or before[k].lower_ not in ("'s", "’s"):
        return None
    owner = ctx.entity(before[k - 1])
    ever = {f.subject for f in _member_facts(ctx, org)}
    if not owner or not owner.startswith("state:") or not ever or len(ever) > SMALL_GROUPING or owner not in ever:
        return None
    return org, "member_of", 1.0, _governor(before[-2]), True


def _in_apposition(noun: Token) -> bool:
    """"Latvia, a member of NATO ...", "Denmark, one of the founding members of NATO ...": the noun
    (or the "one" it is "of") set beside a name, not said by the clause's verb."""
    tok = noun
    while tok.dep_ in ("pobj", "prep") and tok.head is not tok:
        tok = tok.head
    return tok.dep_ == "appos"


def _as_member(ctx: Context, org: str, prop: str, prep: str) -> str:
    """"A partner in the Five Eyes": a partner in a grouping is a member of it, as the partners of
    a partnership the KB lists no partners of are."""
    if prop != "partner_of":
        return prop
    if prep == "in" or refer.partners_are_members(ctx, org):
        return "member_of"
    return prop


def _like(ctx: Context, run: list[Token], before: list[Token]):
    """"Norway, which like Iceland and Liechtenstein belongs to the EEA", "Like Iceland, Norway is
    a member of the EEA": the states "like" the subject share its present membership."""
    if not before or before[-1].lower_ not in ("like", "with"):
        return None
    like, k = before[-1], len(before) - 2
    if like.lower_ == "with":
        if k < 0 or before[k].lower_ not in ("along", "together"):
            return None
        k -= 1  # "which, along with Iceland and Liechtenstein, belongs to the EEA"
    if k >= 0 and before[k].text == "," and k >= 1 and before[k - 1].lower_ in ("which", "who"):
        k -= 1
    if not (k < 0 or before[k].lower_ in ("which", "who", ",") or before[k + 1].i == like.sent.start):
        return None  # "leaders like Macron", "countries like Iceland": examples, not co-members
    verb = like.head
    if verb.lower_ in ("along", "together") and verb.i == like.i - 1:
        verb = verb.head  # "along" the verb's adverb, "with" its
    if like.dep_ != "prep" or verb.pos_ not in ("VERB", "AUX") or verb.tag_ not in ("VBZ", "VBP") or negated(verb):
        return None
    if any(c.dep_ == "neg" for c in verb.children):
        return None
    org = _belonged(ctx, verb)
    return (org, "member_of", 1.0, verb, False) if org else None


def _belonged(ctx: Context, verb: Token) -> str | None:
    """The organisation of "belongs to ORG", "is a member of ORG", "is in ORG", and the grouping
    of "forms (makes up) the Benelux (union)" (body22: the subject and the states "along with" it
    are the grouping)."""
    lemma = verb.lemma_.lower()
    preps = [c for c in verb.children if c.dep_ == "prep"]
    if lemma in FORMING and (lemma != "make" or any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children)):
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if obj is None:
            return None
        org = ctx.entity(obj)
        if not org and obj.lemma_.lower() in FORMED_NOUNS:  # "the Benelux union"
            org = next((e for c in obj.children if c.dep_ == "compound" and (e := ctx.entity(c))), None)
        return org if org and org.startswith("org:") and refer.is_grouping(ctx, org) else None
    if lemma == "belong":
        prep = next((c for c in preps if c.lower_ == "to"), None)
    elif lemma == "be":
        attr = next((c for c in verb.children if c.dep_ == "attr"), None)
        if attr is not None:
            if attr.lower_ not in ("member", "members") or _not_now(list(attr.lefts)):
                return None
            prep = next((c for c in attr.children if c.dep_ == "prep" and c.lower_ in ("of", "in")), None)
        else:
            prep = next((c for c in preps if c.lower_ == "in"), None)
    else:
        return None
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    org = ctx.entity(obj) if obj is not None else None
    return org if org and org.startswith("org:") else None


# -- "France and Britain, the alliance's two European nuclear powers" ----------------------------------
def _nuclear(ctx: Context, run: list[Token], after: list[Token], n: int):
    if len(after) < 4 or not (after[0].text == "," or _mark(after[0], OPENERS)):
        return None
    i = 1 + (after[1].lower_ == "the")
    if i >= len(after) or ctx.entity(after[i]) != "org:NATO":
        return None
    while i < len(after) and ctx.entity(after[i]) == "org:NATO":
        i += 1
    if i >= len(after) or after[i].tag_ != "POS":
        return None
    i += 1
    number = None
    while i < len(after) and (after[i].like_num or (after[i].pos_ in ("ADJ", "PROPN") and after[i].lower_ != "nuclear")) \
            and not ctx.entity(after[i]):
        if after[i].like_num:
            number = words_value([after[i].text], ordinal=False)
        i += 1  # "two European"
    if i + 1 >= len(after) or after[i].lower_ not in ("nuclear", "nuclear-armed"):
        return None
    i += 1
    if after[i].lower_ in ("-", "armed", "weapon", "weapons") and i + 1 < len(after):
        i += 2 if after[i].text == "-" else 1
    if i >= len(after) or after[i].lower_ not in NUCLEAR_NOUNS or (number is not None and number != n):
        return None
    if not _closed(after[i + 1:]) or not _member_facts(ctx, NUCLEAR_ORG):
        return None
    return NUCLEAR_ORG, "member_of", 0.9, _governor(run[0]), True
