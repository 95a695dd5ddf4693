"""Lists of an organisation's members or partners: "NATO members France, Germany and Italy", "the
Quad — the US, Japan, India and Australia —", "the AUKUS pact between Australia, the UK and the
US", "AUKUS, the tri-nation partnership between ...", "the G7 includes Canada, France, ...".

Each listed state gets the statement relations.py makes for "X is a member of Y" (`member_of` or
`partner_of`, the state its subject, the organisation its value), so a wrong state in the list
is checked like any membership: contradicted where the KB lists the organisation's members
completely. A list is read only where it is presented as the members: right after the
organisation and a word that says so, never after "including", "such as" or a bare comma ("the
EU, Japan and Canada signed" lists parties, not members).

Read on the token sequence rather than the parse: the parser attaches such lists in many ways
(apposition, "npadvmod", a second subject), the words around them are few and fixed.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from accord.model import Statement
from accord.nlp.extract.claims import _both_members, _co_members, _listed_members
from accord.nlp.extract.claims._numbers import words_value
from accord.nlp.extract.claims.grammar import (
    Context,
    clause_tokens,
    make,
    modality,
    qualifiers,
)

ORDER = 27
JOINERS = {",", "and", "the", "&"}
MEMBER_WORDS = {"member": "member_of", "members": "member_of", "ally": "member_of", "allies": "member_of",
                "partner": "partner_of", "partners": "partner_of"}
SET_WORDS = {"states", "countries", "nations"}  # "member states", "member countries"
COUNTED = {"nations", "countries", "members", "allies", "partners", "powers", "democracies"}
NOT_MEMBERS = {"non", "former", "future", "prospective", "aspiring", "would-be", "candidate", "ex", "potential",
               "new-found", "other"}
GROUP_NOUNS = {"pact", "partnership", "alliance", "grouping", "group", "dialogue", "framework", "bloc"}
INCLUDES = [("includes",), ("include",), ("comprises",), ("comprise",), ("comprising",), ("made", "up", "of"),
            ("consists", "of"), ("consisting", "of"), ("composed", "of"), ("grouping", "of"), ("brings", "together"),
            ("groups",), ("unites",), ("bringing", "together")]
OPENERS = {"—", "–", ":", "(", "--"}
CLOSERS = {"—", "–", ")", "--", ".", ";"}
HOPS = 9  # how far "between" may stand after the organisation ("AUKUS, the tri-nation partnership between")


# Verbs whose "since" / "until" is the listed relation's own: "A, B and C have been members since 2004"
RELATION_VERBS = frozenset({"be", "become", "remain", "stay", "join", "belong"})


def extract(ctx: Context, sent: Span) -> list[Statement]:
    out = []
    for run in _state_runs(ctx, sent):
        found = _presented(ctx, sent, run)
        if found is None:
            out += _listed(ctx, sent, run)
            continue
        out += _read(ctx, sent, run, found)
    for run, shadow in _capital_runs(ctx, sent):
        found = _presented(shadow, sent, run)
        if found is not None and found[1] != NOT_MEMBER:
            out += _read(shadow, sent, run, found)
    return out


def _capital_runs(ctx: Context, sent: Span) -> list[tuple[list[Token], Context]]:
    """Runs of two or more capitals the KB knows, each with a context that reads them as their
    states (list19): "Washington, London and Canberra, the AUKUS partners". Every name in the run
    is a capital, and none the seat of an organisation ("Brussels" may be the EU)."""
    import copy

    if ctx.kb is None:
        return []
    capitals: dict[int, str] = {}
    for tok in sent:
        place = ctx.entity(tok) or ""
        if place.startswith("place:"):
            state = state_of_capital(ctx, place)
            if state:
                capitals[tok.i] = state
    if len(set(capitals.values())) < 2:
        return []
    out = []
    shadow_of = {**ctx.entity_of, **capitals}
    shadow = copy.copy(ctx)
    shadow.entity_of = shadow_of
    for run in _state_runs(shadow, sent):
        named = [t.i for t in run if shadow.entity(t)]
        if all(i in capitals for i in named) and len({capitals[i] for i in named}) >= 2 and not _named_before(ctx, run):
            out.append((run, shadow))
    return out


def _named_before(ctx: Context, run: list[Token]) -> bool:
    """Another name joined to the run's start by a comma ("Brussels, Paris and Berlin"): the list
    is longer than its capitals."""
    doc, i = run[0].doc, run[0].i
    return i >= 2 and doc[i - 1].text == "," and bool(ctx.entity(doc[i - 2]))


def state_of_capital(ctx: Context, place: str) -> str | None:
    """The state whose capital the KB place is; None for a place that is no capital, unknown,
    or the seat of an organisation its name may stand for ("Brussels" may be the EU; a seat marked
    `metonym: false`, "Washington" for the IMF, is not)."""
    try:
        state = (ctx.kb.entity(place).attrs or {}).get("capital_of")
    except Exception:  # a place the KB does not hold
        return None
    if not state or any(f.subject.startswith("org:") and (f.qualifiers or {}).get("metonym") is not False
                        for f in ctx.kb.facts(property="located_in", value=place)):
        return None
    return str(state)


def _read(ctx: Context, sent: Span, run: list[Token], found) -> list[Statement]:
    """The statements of a run presented as an organisation's members or partners."""
    org, prop, sure = found
    verb = _governor(run[0])
    denied = prop == NOT_MEMBER
    if denied:
        prop = "member_of"
        if not (verb.tag_ in ("VBZ", "VBP", "MD") or qualifiers(ctx, clause_tokens(verb))):
            return []  # "non-NATO members Sweden and Finland had long trained with ...": of when?
    mode = "hypothetical" if modality(verb) == "hypothetical" else "fact"
    if mode == "hypothetical" and not _conditional(verb) and found == _and_others(ctx, [t for t in sent if t.i > run[-1].i]):
        mode = "fact"  # "would retaliate against Venezuela and other OPEC members": the set is no possibility
    times = qualifiers(ctx, clause_tokens(verb)) if verb.pos_ in ("VERB", "AUX") else {}
    if verb.lemma_.lower() not in RELATION_VERBS:
        # "The grouping of A, B and C has held summits since 2021": the span is the verb's, the
        # list only names who they are (a day, "on Tuesday", still says when they were members)
        times = {k: v for k, v in times.items() if k not in ("start", "end")}
    states = ctx.entities(run, ("state:",))
    out = [make(ctx, s, prop, org, run, verb, polarity=denied, times=times, modality=mode,
                confidence={"link": sure} if sure < 1.0 else None) for s in states]
    if prop == "member_of" and not denied:
        out += [make(ctx, s, p, o, run, verb, polarity=denied, times=times, modality=mode,
                     confidence={"link": sure} if sure < 1.0 else None)
                for p, o, denied in _described_as(ctx, sent, run, org) for s in states]
    return out


def _listed(ctx: Context, sent: Span, run: list[Token]) -> list[Statement]:
    """A list told by a noun of membership or founding as the subject of a copula or "include",
    or a set named first ("Of NATO's founding members, Iceland ..."; `_listed_members`, lists16);
    a whole grouping taken up by a noun, a summit's guests, co-members ("members, with A and B, of
    the Quad", "alongside A and B", "like A and B") and NATO's nuclear powers (`_co_members`, list19)."""
    n_states = len(ctx.entities(run, ("state:",)))
    found = _listed_members.presented(ctx, sent, run, n_states)
    found = (*found, False) if found is not None else _co_members.presented(ctx, sent, run, n_states)
    if found is None:
        return []
    org, prop, sure, verb, timeless = found
    told = _listed_members.reading(verb)
    if told is None:
        return []
    mode = "fact" if timeless else told[0]
    times = qualifiers(ctx, clause_tokens(verb)) if prop != "founding_member_of" else {}
    times = {k: v for k, v in times.items() if k not in ("start", "end")}
    return [make(ctx, s, prop, org, run, verb, times=times, modality=mode,
                 confidence={"link": sure} if sure < 1.0 else None) for s in ctx.entities(run, ("state:",))]


DESCRIBED_SKIP = {",", ":", "—", "–", "-", "--", "(", "are", "were", "the", "'s", "’s", "all", "its", "their"}


def _org_named(ctx: Context, text: str) -> str | None:
    """The one organisation the KB names so ("NATO" in "non-NATO", which the linker leaves alone)."""
    found = [e.id for e in ctx.kb.resolve(text) if e.id.startswith("org:")] if ctx.kb is not None else []
    return found[0] if len(found) == 1 else None


def _described_as(ctx: Context, sent: Span, run: list[Token], org: str) -> list[tuple[str, str, bool]]:
    """What the words presenting a list of members say besides the membership: "NATO's founding
    members A, B and C" (`founding_member_of`), "NATO's Baltic members A, B and C" (members of
    the group the KB names "Baltic states"), "non-NATO EU members A, B" (not members of NATO):
    (property, organisation, denied) for each, read from the words between the organisation named
    before the list (or after it) and the list."""
    before = [t for t in sent if t.i < run[0].i][-8:]
    after = [t for t in sent if t.i > run[-1].i][:8]
    words: list[Token] = []
    for side in (list(reversed(before)), after):
        for t in side:
            if t.lower_ in MEMBER_WORDS or t.lower_ in SET_WORDS or t.like_num or t.lower_ in DESCRIBED_SKIP \
                    or t.pos_ in ("ADJ", "PROPN", "VERB") or ctx.entity(t):
                words.append(t)
                continue
            break
    out: list[tuple[str, str, bool]] = []
    lowered = {t.lower_ for t in words}
    if "founding" in lowered and any(t.lower_ in ("members", "member", "states") for t in words):
        out.append(("founding_member_of", org, False))
    for t in words:
        if t.lower_.strip("-") == "non" or (t.text == "-" and t.i > 0 and t.nbor(-1).lower_ == "non"):
            nxt = t.nbor(1) if t.i + 1 < len(t.doc) else None
            nxt = nxt.nbor(1) if nxt is not None and nxt.text == "-" and nxt.i + 1 < len(t.doc) else nxt
            other = (ctx.entity(nxt) or _org_named(ctx, nxt.text)) if nxt is not None else None
            if other and other.startswith("org:") and other != org:
                out.append(("member_of", other, True))  # "non-NATO EU members"
        elif t.pos_ in ("ADJ", "PROPN") and not ctx.entity(t) and ctx.kb is not None and t.lower_ != "founding":
            groups = [e.id for plural in ("states", "countries", "nations") for e in ctx.kb.resolve(f"{t.text} {plural}")
                      if e.id.startswith("org:") and e.id != org]
            if groups:
                out.append(("member_of", groups[0], False))  # "NATO's Baltic members"
    return list(dict.fromkeys(out))


def grouping_members(ctx: Context, entity: str) -> list[str]:
    """A group the KB lists as a set of states ("the Baltic states", "the Nordic countries", "the
    IP4": an organisation whose kind says "grouping") stands for its members when it is the
    subject of a claim ("The Baltic states, all NATO members since 2004"); any other entity for
    itself."""
    if ctx.kb is None or not entity.startswith("org:"):
        return [entity]
    try:
        kind = str((ctx.kb.entity(entity).attrs or {}).get("kind", ""))
    except Exception:  # an organisation the KB does not hold
        return [entity]
    if "grouping" not in kind:
        return [entity]
    members = [f.subject for f in ctx.kb.facts(property="member_of", value=entity) if f.subject.startswith("state:")]
    return list(dict.fromkeys(members)) or [entity]


def _state_runs(ctx: Context, sent: Span) -> list[list[Token]]:
    """Maximal runs of state mentions joined by commas, "and" and "the" ("Australia, the UK, and
    the United States"), without a trailing joiner."""
    runs, current = [], []
    for tok in sent:
        ent = ctx.entity(tok)
        if ent and ent.startswith("state:"):
            current.append(tok)
        elif current and tok.lower_ in JOINERS and not ent:
            current.append(tok)
        else:
            if current:
                runs.append(current)
            current = [tok] if tok.lower_ == "the" and not ent else []
    if current:
        runs.append(current)
    return [_trim(ctx, r) for r in runs if any(ctx.entity(t) for t in r)]


def _trim(ctx: Context, run: list[Token]) -> list[Token]:
    while run and not ctx.entity(run[-1]):
        run = run[:-1]
    while run and not ctx.entity(run[0]) and run[0].lower_ != "the":
        run = run[1:]
    return run


def _presented(ctx: Context, sent: Span, run: list[Token]) -> tuple[str, str, float] | None:
    """(organisation, property, link confidence) when the words before the run present it as the
    organisation's members or partners; None otherwise."""
    before = [t for t in sent if t.i < run[0].i]
    after = [t for t in sent if t.i > run[-1].i]
    n_states = len(ctx.entities(run, ("state:",)))
    return (_member_words(ctx, before) or _set_named(ctx, before, after, n_states) or _non_members(ctx, before, n_states)
            or (_opened(ctx, before, after) if n_states > 1 else None)
            or (_between(ctx, before) if n_states > 1 else None) or (_includes(ctx, before) if n_states > 1 else None)
            or _members_include(ctx, before) or (_named_after(ctx, after, n_states) if n_states > 2 else None)
            or (_group_of(ctx, before, n_states) if n_states > 1 else None)
            or (_made_up(ctx, after) if n_states > 1 else None)
            or (_members_are(ctx, before) if n_states > 1 and _closed(after) else None)
            or (_both_members.presented(ctx, after, n_states, _grouping) if n_states > 1 else None)
            or (_described_after(ctx, after) if n_states > 1 else None)
            or _and_others(ctx, after))


SET_SINGULAR = {"state", "country", "nation"}
NOT_MEMBER = "not member_of"  # what _non_members presents: the listed states are not members


def _non_members(ctx: Context, before: list[Token], n_states: int):
    """"non-NATO member Austria", "non-EU countries Norway and Switzerland", "non-NATO members
    Sweden and Finland" (issue 12, mem12u): the states are not members of the organisation that
    "non" is written on (NOT_MEMBER). "Non-member Austria", which names no organisation, is not read."""
    if len(before) < 3 or before[-1].lower_ not in set(MEMBER_WORDS) | SET_WORDS | SET_SINGULAR:
        return None
    if MEMBER_WORDS.get(before[-1].lower_, "member_of") != "member_of":
        return None  # "non-NATO partners" says nothing of a partnership
    if (before[-1].lower_ in ("member", "ally") or before[-1].lower_ in SET_SINGULAR) != (n_states == 1):
        return None
    head = before[:-1]
    if head[-1].lower_ == "member":
        head = head[:-1]  # "non-EU member states"
    org, start = _org_ending(ctx, head)
    if org is None or start == 0 or not _not_members(head[start - 1]):
        return None
    word = head[start - 1] if head[start - 1].text != "-" else head[start - 2]
    return (org, NOT_MEMBER, 0.9) if word.lower_.strip("-") == "non" else None
EXTRA_PARTY = ("and", "or", "as", "plus")


def _set_named(ctx: Context, before: list[Token], after: list[Token], n_states: int):
    """The organisation's set noun right before the list (issue 12, mem12u): "the Nordic countries
    Denmark, Norway, ...", "G7 nations France and Italy", "EU country Austria" (a singular noun for
    one state, a plural for two or more). With a comma between them the comma may start a list of
    parties ("the Baltic states, Poland and Germany agreed"), so it is read only as a closed
    apposition that names the whole set: "the three Baltic states, Estonia, Latvia and Lithuania,
    ..." (the count on the noun as many as the list names, or, with no count, a grouping the KB
    lists with as many member states)."""
    comma = bool(before) and before[-1].text == ","
    head = before[:-1] if comma else before
    if len(head) < 2 or head[-1].lower_ not in SET_WORDS | SET_SINGULAR:
        return None
    if (head[-1].lower_ in SET_SINGULAR) != (n_states == 1):
        return None
    own = ctx.entity(head[-1])
    if own and own.startswith("org:") and _grouping(ctx, own):
        org, start = _org_ending(ctx, head)  # "the Baltic states": the set noun is the name's
    elif not own:
        org, start = _org_ending(ctx, head[:-1])  # "G7 countries"
    else:
        return None
    if org is None or (start > 0 and _not_members(head[start - 1])):
        return None
    if not comma:
        return org, "member_of", 0.9
    if after and not (_closer(after[0]) or (after[0].text == "," and not (len(after) > 1 and after[1].lower_ in EXTRA_PARTY))):
        return None  # "the Baltic states, Poland and Germany agreed": parties, not an apposition
    counts = [words_value([t.text], ordinal=False) for t in head[max(0, start - 1):] if t.like_num]
    if counts:
        return (org, "member_of", 0.9) if counts[-1] == n_states else None
    members = {f.subject for f in ctx.kb.facts(property="member_of", value=org) if f.subject.startswith("state:")} \
        if ctx.kb is not None and _grouping(ctx, org) else set()
    return (org, "member_of", 0.9) if members and len(members) == n_states else None


def _org_ending(ctx: Context, tokens: list[Token]) -> tuple[str | None, int]:
    """The organisation named by the last tokens, and where its mention starts."""
    ent = ctx.entity(tokens[-1]) if tokens else None
    if not ent or not ent.startswith("org:"):
        return None, len(tokens)
    i = len(tokens) - 1
    while i > 0 and ctx.entity(tokens[i - 1]) == ent:
        i -= 1
    return ent, i


def _member_words(ctx: Context, before: list[Token]):
    """"NATO members France and Italy", "EU member states France and Germany", "NATO ally Turkey",
    "NATO's Nordic members Denmark, Norway and Iceland", "Among NATO members, Turkey and Hungary"."""
    if len(before) > 3 and before[-1].text == "," and _among(before[:-1]):
        before = before[:-1]  # "Among NATO members, Turkey and Hungary ..."
    words = [t.lower_ for t in before[-2:]]
    if not words or words[-1] not in MEMBER_WORDS and not (words[-1] in SET_WORDS and words[:1] == ["member"]):
        return None
    noun_len = 2 if words[-1] in SET_WORDS else 1
    head = before[:-noun_len]
    while head and _describing(ctx, head[-1]):
        head = head[:-1]  # "NATO's Nordic members", "the alliance's eastern flank allies"
    if head and head[-1].tag_ == "POS":
        head = head[:-1]
    org, start = _org_ending(ctx, head)
    if org is None or (start > 0 and _not_members(head[start - 1])) or any(_not_members(t) for t in before[len(head):]):
        return None
    return org, _as_member(ctx, org, MEMBER_WORDS.get(before[-noun_len].lower_, "member_of")), 1.0


PARTNERSHIP_KINDS = ("partnership", "dialogue", "pact", "grouping")  # "grouping": the IP4 (ip12)


def _as_member(ctx: Context, org: str, prop: str) -> str:
    """"The AUKUS partners", "the Quad partners": the partners of a partnership are its members
    (the KB lists AUKUS's and the Quad's members, and no partners of theirs)."""
    if prop != "partner_of" or ctx.kb is None:
        return prop
    try:
        kind = str((ctx.kb.entity(org).attrs or {}).get("kind", ""))
    except Exception:  # an organisation the KB does not hold
        return prop
    if any(word in kind for word in PARTNERSHIP_KINDS) and not ctx.kb.facts(property="partner_of", value=org):
        return "member_of"
    return prop


def _describing(ctx: Context, tok: Token) -> bool:
    """A word that says which of the members are listed, not whether they are members: "Nordic",
    "Baltic", "eastern", "European", "founding"."""
    return (tok.pos_ in ("ADJ", "PROPN") or tok.lower_ == "founding") and not ctx.entity(tok) \
        and tok.lower_.strip("-") not in NOT_MEMBERS


def _among(before: list[Token]) -> bool:
    """"Among NATO members": the members named before a comma."""
    return before[-1].lower_ in MEMBER_WORDS and any(t.lower_ == "among" for t in before[-4:-1])


def _not_members(tok: Token) -> bool:
    """"non-NATO members", "former EU members", "prospective NATO allies", "would-be NATO members"
    (three tokens, the last "be")."""
    return tok.lower_.strip("-") in NOT_MEMBERS or (tok.text == "-" and tok.i > 0 and tok.nbor(-1).lower_ in NOT_MEMBERS) \
        or tok.doc[max(tok.i - 2, 0):tok.i + 1].text.lower().replace(" ", "") == "would-be"


def _opened(ctx: Context, before: list[Token], after: list[Token]):
    """"the Quad — the US, Japan, India and Australia —", "the four Quad nations (the US, ...)",
    "NATO partners from the Indo-Pacific - Japan, ... -": the organisation, a dash, colon or
    bracket, the list, and the list closed there."""
    if not before or not _opener(before[-1]) or (after and not _closer(after[0])):
        return None
    head = _without_region(before[:-1])
    prop = "member_of"
    if head and head[-1].lower_ in COUNTED:
        prop = "partner_of" if head[-1].lower_ == "partners" else "member_of"
        head = head[:-1]
    if head and head[-1].tag_ == "POS":
        head = head[:-1]  # "NATO's partners in the Indo-Pacific - A, B, C and D -" (ip12)
    org, start = _org_ending(ctx, head)
    if org is None or (start > 0 and _not_members(head[start - 1])):
        return None
    if _placed_outside(head[:start]):
        return org, NOT_MEMBER, 0.9  # "27 countries, four of them outside the EU: Iceland, ...": not members
    return org, _as_member(ctx, org, prop), 0.9


OUTSIDE = frozenset({"outside", "beyond"})


def _placed_outside(head: list[Token]) -> bool:
    """Do the words before the organisation's name place the list outside it ("four of them
    outside the EU:", "those beyond NATO:", "the states out of the EU:")?"""
    words = [t.lower_ for t in head]
    while words and words[-1] in ("the", "a"):
        words.pop()
    return bool(words) and (words[-1] in OUTSIDE or words[-2:] == ["out", "of"])


def _spaced_hyphen(tok: Token) -> bool:
    """A hyphen used as a dash (" - "), as wire copy often writes it."""
    return tok.text == "-" and bool(tok.whitespace_) and tok.i > 0 and bool(tok.nbor(-1).whitespace_)


def _opener(tok: Token) -> bool:
    return tok.text in OPENERS or _spaced_hyphen(tok)


def _closer(tok: Token) -> bool:
    return tok.text in CLOSERS or _spaced_hyphen(tok)


def _without_region(head: list[Token]) -> list[Token]:
    """"NATO partners from the Indo-Pacific": the members named with where they are."""
    for k in range(2, min(7, len(head) - 1) + 1):
        if head[-k].lower_ in ("from", "in") and head[-k - 1:-k] and head[-k - 1].lower_ in COUNTED and not any(
                t.pos_ in ("VERB", "AUX") for t in head[-k:]):
            return head[:-k]
    return head


def _between(ctx: Context, before: list[Token]):
    """"the AUKUS pact between ...", "AUKUS, the tri-nation partnership between ...", "the Quad is a
    diplomatic partnership between four countries: ..."."""
    if before and before[-1].text in (":", ",", "—", "–"):
        before = before[:-1]
    if len(before) > 3 and before[-1].lower_ in COUNTED and before[-2].like_num:
        before = before[:-2]  # "between four countries"
    if len(before) < 2 or before[-1].lower_ != "between" or before[-2].lemma_.lower() not in GROUP_NOUNS:
        return None
    for k in range(2, min(HOPS, len(before)) + 1):
        tok = before[-k]
        ent = ctx.entity(tok)
        if ent:
            return (ent, "member_of", 1.0) if ent.startswith("org:") else None
        if (tok.pos_ in ("VERB", "AUX", "ADP") and tok.lemma_.lower() != "be") or tok.lower_ in ("and", "or"):
            return None
    return None


def _includes(ctx: Context, before: list[Token]):
    """"the G7 includes A, B and C", "the Quad, made up of A, B, C", "the Quad grouping of ..."."""
    words = [t.lower_ for t in before]
    for phrase in INCLUDES:
        if tuple(words[-len(phrase):]) != phrase:
            continue
        head = before[:-len(phrase)]
        while head and head[-1].lower_ in (",", "which", "is", "are", "now", "also"):
            head = head[:-1]
        org, _ = _org_ending(ctx, head)
        if org is not None:
            return org, "member_of", 1.0
    return None


NAMING = {"known", "as", "called", "dubbed", "named", "of", "the", "'s", "'", "’", ",", "—", "–", "(", "cooperative",
          "security", "strategic", "diplomatic", "framework", "grouping", "group", "partnership", "dialogue",
          "format", "alliance", "pact", "members", "informal"}


def _named_after(ctx: Context, after: list[Token], n_states: int):
    """"the US, Japan, Australia and India within the four nations' framework known as the Quad",
    "Australia, Britain and the US, the three members of AUKUS": the list is counted ("the four
    nations", as many as it names) and the counted group is named as the organisation."""
    named = _renamed(ctx, after)
    if named is not None:
        return named, "member_of", 0.9
    for k, tok in enumerate(after[:4]):
        if not tok.like_num or words_value([tok.text], ordinal=False) != n_states:
            continue
        if k + 1 < len(after) and (ent := ctx.entity(after[k + 1])) and ent.startswith("org:"):
            # "Estonia, Latvia and Lithuania, the three Baltic states"; "..., four NATO partners": partners
            i = k + 1
            while i < len(after) and ctx.entity(after[i]) == ent:
                i += 1
            prop = "member_of"
            if i < len(after) and after[i].lower_ in MEMBER_WORDS:
                prop, i = _as_member(ctx, ent, MEMBER_WORDS[after[i].lower_]), i + 1
            ends = i == len(after) or _closer(after[i]) or after[i].text == ","
            return (ent, prop, 0.9) if ends else None
        if k + 1 >= len(after) or after[k + 1].lower_ not in COUNTED:
            return None
        for t in after[k + 2:k + 12]:
            ent = ctx.entity(t)
            if ent:
                return (ent, "member_of", 0.9) if ent.startswith("org:") else None
            if t.lower_ not in NAMING:
                return None
    return None


GROUP_OF = GROUP_NOUNS | {"alliance", "network", "club", "coalition", "union", "states", "countries", "nations"}


def _group_of(ctx: Context, before: list[Token], n_states: int = 0):
    """"the Baltic states of Estonia, Latvia and Lithuania", "the Five Eyes alliance of A, B, ...",
    "the Quad, an informal grouping of A, B, C and D": the organisation's own noun (or a noun in
    apposition to it, a few words on) and "of" right before the list."""
    if len(before) < 2 or before[-1].lower_ != "of":
        return None
    if before[-2].lemma_.lower() not in GROUP_OF | {"state", "country", "nation"}:
        return _grouping_of(ctx, before, n_states)
    org, start = _org_ending(ctx, before[:-1])
    if org is not None and _longer_than(ctx, org, n_states):
        return None  # "the Baltic states of Estonia, Latvia and Lithuania, and Poland": runs on past them
    if org is not None:
        return (org, "member_of", 1.0) if not (start > 0 and _not_members(before[start - 1])) else None
    for k in range(3, min(HOPS, len(before)) + 1):
        tok = before[-k]
        ent = ctx.entity(tok)
        if ent:
            return (ent, "member_of", 0.9) if ent.startswith("org:") and before[-k + 1].text == "," else None
        if tok.pos_ in ("VERB", "AUX", "ADP") or tok.lower_ in ("and", "or") or _not_members(tok):
            return None
    return None


def _grouping_of(ctx: Context, before: list[Token], n_states: int):
    """"the Weimar Triangle of France, Germany and Poland", "the Nordic-Baltic Eight of ...": a
    grouping's own name (one the KB knows as a grouping, member21) and "of" right before a list of
    as many states as the KB lists for it, so that the list names the whole grouping ("the Weimar
    Triangle of France, Germany and Poland, and Italy" runs on to a fourth state and is not read)."""
    org, start = _org_ending(ctx, before[:-1])
    if org is None or not _grouping(ctx, org) or (start > 0 and _not_members(before[start - 1])):
        return None
    return (org, "member_of", 1.0) if len(_member_states(ctx, org)) == n_states else None


def _member_states(ctx: Context, org: str) -> set[str]:
    """The states the KB lists as members of `org` at any time."""
    return {f.subject for f in ctx.kb.facts(property="member_of", value=org) if f.subject.startswith("state:")}


def _longer_than(ctx: Context, org: str, n_states: int) -> bool:
    """Whether a list of `n_states` states is longer than the grouping `org` ever was: then it is
    not a list of its members alone."""
    if ctx.kb is None or not _grouping(ctx, org):
        return False
    members = _member_states(ctx, org)
    return bool(members) and n_states > len(members)


def _renamed(ctx: Context, after: list[Token]) -> str | None:
    """"Hungary, Poland, Slovakia and the Czech Republic - the Visegrad Four -", "A, B, C and D (the
    Quad)": the list, then the organisation alone between a dash, bracket or comma and its close."""
    if not after or not (_opener(after[0]) or after[0].text == ","):
        return None
    i = 1
    while i < len(after) and after[i].lower_ in ("the", "so-called", "so", "called", "-"):
        i += 1
    ent = ctx.entity(after[i]) if i < len(after) else None
    if not ent or not ent.startswith("org:"):
        return None
    while i < len(after) and ctx.entity(after[i]) == ent:
        i += 1
    if i < len(after) - 1 and after[i].text == "," and after[i + 1].lower_ in ("and", "or", "as", "plus"):
        return None  # "Japan, Australia and India, NATO, and the EU agreed": one more party
    return ent if i == len(after) or _closer(after[i]) or after[i].text == "," else None


MAKE_UP = [("make", "up"), ("makes", "up"), ("made", "up"), ("form",), ("formed",), ("constitute",),
           ("constituted",), ("comprise",), ("comprised",)]


def _made_up(ctx: Context, after: list[Token]):
    """"Australia, India, Japan and the US make up the Quad", "... form the Visegrad Group": the
    list is the organisation's membership (its subject; the organisation, its object, ends there)."""
    words = [t.lower_ for t in after]
    for phrase in MAKE_UP:
        if tuple(words[:len(phrase)]) != phrase:
            continue
        i = len(phrase)
        while i < len(after) and after[i].lower_ in ("the", "together"):
            i += 1
        ent = ctx.entity(after[i]) if i < len(after) else None
        if ent and ent.startswith("org:"):
            while i < len(after) and ctx.entity(after[i]) == ent:
                i += 1
            if i == len(after) or _closer(after[i]) or after[i].text == ",":
                return ent, "member_of", 1.0
    return None


def _closed(after: list[Token]) -> bool:
    """The list ends its clause: "NATO members are Japan and Australia's closest partners" names
    no members (lists16)."""
    return not after or _closer(after[0]) or after[0].text in (",", "?", "!")


def _members_are(ctx: Context, before: list[Token]):
    """"The three AUKUS partners are A, B and C", "The Quad's members are ...", "NATO's
    Indo-Pacific partners are ...": a member noun of the organisation, and "are" before the list."""
    if len(before) < 3 or before[-1].lower_ not in ("are", "were") or before[-2].lower_ not in set(MEMBER_WORDS) | COUNTED:
        return None
    noun = before[-2]
    if noun.dep_ not in ("nsubj", "nsubjpass") or noun.head.i != before[-1].i:
        return None  # "Talks with the AUKUS partners are ...": the noun is not what "are" is said of
    prop = MEMBER_WORDS.get(noun.lower_, "member_of")
    head = before[:-2]
    while head and (_describing(ctx, head[-1]) or head[-1].like_num):
        head = head[:-1]  # "Indo-Pacific", "three"
    if head and head[-1].tag_ == "POS":
        head = head[:-1]
    org, start = _org_ending(ctx, head)
    if org is None or (start > 0 and _not_members(head[start - 1])) or any(_not_members(t) for t in before[len(head):]):
        return None
    return org, _as_member(ctx, org, prop), 1.0


def _described_after(ctx: Context, after: list[Token]):
    """"Japan, Australia, South Korea and New Zealand, the alliance's Indo-Pacific partners",
    "Denmark, Norway and Iceland, NATO's Nordic members": the list, a comma or dash, and the
    organisation's members or partners named as what the list is; the phrase ends there."""
    if not after or not (after[0].text == "," or _opener(after[0])):
        return None
    i = 1
    if i < len(after) and after[i].lower_ in ("the", "all", "both", "fellow"):
        i += 1
    ent = ctx.entity(after[i]) if i < len(after) else None
    if not ent or not ent.startswith("org:"):
        return None
    while i < len(after) and ctx.entity(after[i]) == ent:
        i += 1
    if i < len(after) and after[i].tag_ == "POS":
        i += 1
    inner = ctx.entity(after[i]) if i < len(after) else None
    if inner and inner.startswith("org:") and inner != ent:  # "the alliance's Indo-Pacific partners": the IP4
        while i < len(after) and ctx.entity(after[i]) == inner:
            i += 1
        return (inner, "member_of", 0.9) if i == len(after) or _closer(after[i]) or after[i].text == "," else None
    while i < len(after) and (_describing(ctx, after[i]) or after[i].like_num):
        i += 1  # "the Quad's four members" (lists16)
    if i >= len(after) or after[i].lower_ not in MEMBER_WORDS:
        return None
    if i + 1 < len(after) and not (_closer(after[i + 1]) or after[i + 1].text == ","):
        return None  # "..., NATO's partners in Asia since 2010": more than a name
    return ent, _as_member(ctx, ent, MEMBER_WORDS[after[i].lower_]), 0.9


def _members_include(ctx: Context, before: list[Token]):
    """"NATO's members include Iceland", "the alliance's members include ...": the members named
    as such (one state is enough, unlike a bare "includes")."""
    words = [t.lower_ for t in before]
    if len(words) < 3 or words[-1] not in ("include", "includes") or words[-2] not in ("members", "allies"):
        return None
    head = before[:-2]
    if head and head[-1].tag_ == "POS":
        head = head[:-1]
    org, start = _org_ending(ctx, head)
    return (org, "member_of", 1.0) if org is not None and not (start > 0 and _not_members(head[start - 1])) else None


OTHERS = {"other", "fellow"}
OTHER_SKIP = {"the", "its", "their", "all"}


def _and_others(ctx: Context, after: list[Token]):
    """"Venezuela and other OPEC members", "Germany and the other NATO allies", "France and fellow
    EU member states", "Estonia and other Baltic states", "Poland and other members of NATO": the
    states before "and other" are of the set the phrase names (a member, partner or set noun with
    the organisation on it, or a grouping the KB names by its set noun). Not "other countries"
    (no organisation), nor "other non-NATO members" / "other would-be members"."""
    if len(after) < 3 or after[0].lower_ != "and":
        return None
    i = 1
    while i < len(after) and after[i].lower_ in OTHER_SKIP:
        i += 1
    if i >= len(after) or after[i].lower_ not in OTHERS:
        return None
    rest = after[i + 1:i + 8]
    if any(_not_members(t) for t in rest[:3]):
        return None
    words = [t.lower_ for t in rest]
    if len(rest) >= 3 and words[0] in MEMBER_WORDS and words[1] == "of":  # "other members of NATO"
        org, j = _org_starting(ctx, rest[2:])
        return (org, _as_member(ctx, org, MEMBER_WORDS[words[0]]), 0.9) if org and _ends(rest[2 + j:]) else None
    org, j = _org_starting(ctx, rest)
    if org is None:
        return None
    if rest[j - 1].lower_ in SET_WORDS and _grouping(ctx, org) and (j == len(rest) or rest[j].lower_ not in MEMBER_WORDS):
        return (org, "member_of", 0.9) if _ends(rest[j:]) else None  # "other Baltic states"
    while j < len(rest) and (_describing(ctx, rest[j]) or (rest[j].pos_ == "NOUN" and rest[j].lower_ not in MEMBER_WORDS
                                                            and rest[j].lower_ not in SET_WORDS and rest[j].lower_ != "member")):
        j += 1  # "other OPEC oil cartel members"
    if j < len(rest) and rest[j].lower_ == "member" and j + 1 < len(rest) and rest[j + 1].lower_ in SET_WORDS:
        j += 1  # "other EU member states"
    if j >= len(rest) or rest[j].lower_ not in MEMBER_WORDS and rest[j].lower_ not in SET_WORDS:
        return None
    prop = MEMBER_WORDS.get(rest[j].lower_, "member_of")
    return (org, _as_member(ctx, org, prop), 0.9) if _ends(rest[j + 1:]) else None


def _conditional(verb: Token) -> bool:
    """The clause, or one it hangs from, is a condition ("if Sweden and other NATO members agree")."""
    return any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether")
               for v in [verb, *verb.ancestors] for c in v.children)


def _org_starting(ctx: Context, tokens: list[Token]) -> tuple[str | None, int]:
    """The organisation the first tokens name, and where its mention ends."""
    ent = ctx.entity(tokens[0]) if tokens else None
    if not ent or not ent.startswith("org:"):
        return None, 0
    j = 1
    while j < len(tokens) and ctx.entity(tokens[j]) == ent:
        j += 1
    if j < len(tokens) and tokens[j].tag_ == "POS":
        j += 1
    return ent, j


def _ends(rest: list[Token]) -> bool:
    """The set phrase ends here: no "of" / "in" phrase that makes it another set ("other NATO
    members of parliament", "other EU countries' leaders")."""
    return not rest or (rest[0].lower_ not in ("of", "in", "'s", "’s") and rest[0].tag_ != "POS")


def _grouping(ctx: Context, org: str) -> bool:
    try:
        kind = str((ctx.kb.entity(org).attrs or {}).get("kind", ""))
    except Exception:
        return False
    return "grouping" in kind


def _governor(tok: Token) -> Token:
    for anc in [tok, *tok.ancestors]:
        if anc.pos_ in ("VERB", "AUX"):
            return anc
    return tok
