"""Summits: when and where they take place, who hosts and who attends. Each summit or meeting noun
is linked to the KB's event only when the text makes it the organisation's and the clues single
one out (`_eventlink`); a Quad, G7 or EU summit, or a meeting with someone, is linked to nothing
and makes no claim. Runs first: invitations refer to the summits found here.

Claims: the dates (`took_place_on`: "the summit, to be held on 11-12 July", "Monday's summit",
"the two-day summit starting Tuesday"), the place (`located_in`: "the NATO summit in Madrid,
Spain", "Lithuania will host the summit" puts it in Lithuania) and who attended (`attended`:
"Kishida attended the NATO summit"). A place the KB does not know is a claim only when the text
says where it is ("summit in Barcelona, Spain": a city in Spain that is not Madrid) or it is an
unambiguous world city ("summit in Lisbon", `accord.kb.cities`), and only when it can contradict
without flagging a venue of the summit's city (another state, or a big city of the same state).
Other series (the Quad, G7, G20 summits the KB numbers) are named by their number ("the second
Quad Leaders' Summit"); the host is read from "hosted by X" ("the summit, hosted by X", "the
summit was hosted by X") and "the summit's host, X"; a season
with its year dates a summit (docs/verification.md, issue 12). Series of gatherings (meet25): a COP
named by itself ("COP29 in Baku", "the COP28 climate conference"), a series named by its own name
("the Munich Security Conference", "the Shangri-La Dialogue"), one held once a year dated by its
month or by a day with the year written out.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from accord.kb import cities
from accord.model import Statement, TimeQualifier
from accord.nlp.extract.claims import _attendance as attendance
from accord.nlp.extract.claims import _eventdays as eventdays
from accord.nlp.extract.claims import _eventlink as links
from accord.nlp.extract.claims import _gatherings as gatherings
from accord.nlp.extract.claims import _event_frames as event_frames
from accord.nlp.extract.claims import _summitdays as summitdays
from accord.nlp.extract.claims import _summitplaces as places_near
from accord.reconcile import timecmp
from accord.nlp.extract.claims.grammar import (Context, clause_tokens, date_list, make, negated, not_until, own_times,
                                               qualifiers)

EVENT_NOUNS = {"summit", "meeting", "conference", "gathering"}
# "The summit is scheduled (set, slated, planned) for July 9-11 in Washington": a passive that
# dates and places the event, never an active one ("the summit set a target").
SCHEDULE_VERBS = {"schedule", "set", "slate", "plan"}
HOLD_VERBS = {"hold", "take", "happen", "convene", "host", "be", "open", "start", "begin", "gather", "meet",
              "end", "close", "conclude", "finish", "run", "last",
              # "the summit kicks off on Tuesday", "wraps up Wednesday", "resumes on Thursday"
              "kick", "wrap", "resume", "continue", "reconvene"}
# Verbs whose object is the event and whose time is its: "Spain hosted the summit", "leaders
# wrapped up their summit on Thursday".
OBJECT_VERBS = {"host", "hold", "open", "close", "end", "conclude", "wrap", "begin", "start", "kick", "convene"}
ATTEND_VERBS = {"attend", "join", "address", "participate",
                "skip", "miss", "boycott", "shun"}  # "skipped the summit on Monday": the day is the summit's
GATHER_VERBS = {"gather", "meet", "assemble", "convene"}
# Verbs whose time is not the event's: "arrived on Sunday for the summit", "before the summit".
AWAY_VERBS = {"arrive", "travel", "fly", "leave", "head", "depart", "return", "prepare", "say", "tell", "write"}
ORDER = 10
NON_PLACES = ("org:", "person:", "office:", "summit:", "event:", "programme:", "obligation:")
MINTED_LINK = 0.6  # a place the KB lacks, placed by the text in a state ("Barcelona, Spain")
PLACE_NOT_DATE = "place (the date given is not the event's)"
PLACE_YEAR_NOT_DATE = "place and year (the date given is not the event's)"
SERIES = 3  # an organisation's leaders' summits the KB lists: a series it covers for those years


def event_nouns(sent: Span, ctx: Context) -> list[Token]:
    """One event each: "summits in Madrid, Vilnius and Washington" names several, so plurals are left out.
    Besides the nouns, a series' own name for its gathering ("the Shangri-La Dialogue") and the name
    of one of its events standing alone ("COP28 in Dubai", "at COP26"; meet25)."""
    return [t for t in sent if (t.lemma_.lower() in EVENT_NOUNS and t.pos_ in ("NOUN", "PROPN") and t.tag_ != "NNS")
            or _series_name(ctx, t) or (t.dep_ != "compound" and _name_end(t) and _listed_event(ctx, t) is not None)]


def _name_end(tok: Token) -> bool:
    """Is the token the last of its entity ("COP28"; not "2015" of "2015 G20 Antalya summit")?"""
    return tok.i + 1 == len(tok.doc) or tok.doc[tok.i + 1].ent_iob_ != "I"


def _series_name(ctx: Context, tok: Token) -> bool:
    """"Dialogue" ending the name of a series of gatherings the KB lists ("the Shangri-La Dialogue")."""
    named = ctx.entity(tok) or ""
    return tok.lemma_.lower() == "dialogue" and tok.pos_ == "PROPN" and named.startswith("org:") \
        and _series_org(ctx, named)


def _series_org(ctx: Context, org: str) -> bool:
    """Does the KB list dated gatherings of the organisation (`_eventlink.events`)?"""
    return ctx.kb is not None and any(e.org == org for e in links.events(ctx.kb))


def _listed_event(ctx: Context, tok: Token) -> str | None:
    """The KB's dated event a single-word name links to ("COP28"), or None."""
    named = ctx.entity(tok) or ""
    if not named.startswith("event:") or ctx.kb is None or tok.pos_ not in ("PROPN", "NOUN"):
        return None
    return named if any(e.id == named for e in links.events(ctx.kb)) else None


def _named_by_modifier(ctx: Context, noun: Token) -> str | None:
    """The event a noun's compound names ("the COP28 climate conference", "the COP26 summit"): the
    one listed event among its compounds, else None."""
    found = {e for e in (_listed_event(ctx, c) for c in noun.lefts if c.dep_ == "compound") if e}
    return found.pop() if len(found) == 1 else None


def places(ctx: Context, tokens) -> list[str]:
    return [e for e in ctx.entities(tokens, ("",)) if not e.startswith(NON_PLACES)]


def _hold_clause(noun: Token) -> Token | None:
    """The verb that says when and where the event is held: "the summit will be held ...",
    "the summit, to be held in Vilnius", "Lithuania will host the summit"."""
    # "The 47th G7 summit, held in Carbis Bay in June 2021, was Biden's first trip abroad": the
    # participle on the noun says where and when, not the copula it is the subject of
    held = next((c for c in noun.children if c.dep_ == "acl" and c.lemma_.lower() in HOLD_VERBS
                 and c.lemma_.lower() != "be" and c.tag_ == "VBN"), None)
    if noun.dep_ in ("nsubj", "nsubjpass") and noun.head.lemma_.lower() == "be" and held is not None:
        return held
    if noun.dep_ in ("nsubj", "nsubjpass") and noun.head.lemma_.lower() in HOLD_VERBS:
        return noun.head
    if noun.dep_ == "nsubjpass" and noun.head.lemma_.lower() in SCHEDULE_VERBS and noun.head.tag_ == "VBN":
        return noun.head
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in OBJECT_VERBS:
        return noun.head
    found = next((c for c in noun.children if c.dep_ in ("relcl", "acl") and c.lemma_.lower() in HOLD_VERBS
                  and c.lemma_.lower() != "be"), None)
    if found is not None:
        return found
    # "the summit (of allied leaders), which the Netherlands is due to host in 2025"
    heads = [noun] + [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                      for p in c.children if p.dep_ == "pobj"]
    return next((c for h in heads for c in h.children if c.dep_ == "relcl" and _hosting(c)), None)


def _hosting(clause: Token) -> bool:
    """A clause that says someone will host or hold it: "which X will host", "which X is due to host"."""
    if clause.lemma_.lower() in ("host", "hold"):
        return True
    return clause.lemma_.lower() == "be" and any(
        a.dep_ == "acomp" and a.lower_ in ("due", "set", "scheduled") and any(t.lemma_.lower() in ("host", "hold")
                                                                             for t in a.subtree)
        for a in clause.children)


def _noun_clues(noun: Token) -> tuple[set[int], bool]:
    """Tokens of the noun's own phrases ("the summit in Madrid in July 2022", "July's summit")
    and, when it is the object of an attendance ("attended the summit last year", "at the summit
    on Wednesday"), of the verb's; the second value says whether the verb's were taken."""
    out = {t.i for c in noun.lefts if c.dep_ in ("poss", "compound", "nmod", "npadvmod", "amod", "nummod")
           for t in c.subtree}
    out |= {t.i for c in noun.rights if c.dep_ == "npadvmod" for t in c.subtree}  # "the summit in Madrid last June"
    out |= _preps(noun, noun)
    # "a meeting of NATO defence ministers in Brussels on 26 June": the parser hangs the place on
    # the people met (session 15, place22)
    out |= {i for of in noun.children if of.dep_ == "prep" and of.lower_ == "of" for p in of.children
            if _gathered_by(p, noun) for i in _preps(p, p)}
    framed = event_frames.framed_clues(noun)  # "on the second day of the summit", "on the sidelines of"
    if framed:
        return out | framed, True
    verb = _attending_verb(noun)
    if verb is not None:
        out |= _preps(verb, noun) | {t.i for c in verb.children if c.dep_ == "npadvmod" for t in c.subtree}
    return out, verb is not None


def _preps(head: Token, noun: Token) -> set[int]:
    out: set[int] = set()
    for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in ("in", "on", "at", "during")):
        if noun not in prep.subtree or head is noun:
            out |= {t.i for t in prep.subtree}
    return out


def _attending_verb(noun: Token) -> Token | None:
    """The verb whose time is the event's: "attended the summit on ...", "spoke at the summit on ..."."""
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in ATTEND_VERBS:
        return noun.head
    if noun.dep_ == "pobj" and noun.head.lower_ in ("at", "during"):
        done = _doing_verb(noun.head.head)
        if done is not None:
            return done
    if noun.dep_ != "pobj" or noun.head.head.pos_ != "VERB":
        return None
    verb = noun.head.head
    if noun.head.lower_ in ("at", "during", "to") and verb.lemma_.lower() not in AWAY_VERBS:
        return verb
    # "leaders gathered in London for the summit"
    return verb if noun.head.lower_ == "for" and verb.lemma_.lower() in GATHER_VERBS else None


# "a day of talks at the summit", "a round of talks at the meeting": the object's span is the verb's
SPAN_NOUNS = frozenset({"day", "round", "afternoon", "morning", "evening", "night"})


def _doing_verb(thing: Token) -> Token | None:
    """The verb whose object does something at the event: "held talks with Kuleba at the summit on
    Monday", "wrapped up a day of talks at the meeting on Tuesday" (the verb's date is the
    event's); not a noun further off ("discussed the outcome of talks at the summit on Friday":
    the discussion may come after it)."""
    if thing.pos_ != "NOUN":
        return None
    if thing.dep_ == "dobj" and thing.head.pos_ == "VERB":
        return thing.head
    of = thing.head
    if thing.dep_ == "pobj" and of.lower_ == "of" and of.head.lemma_.lower() in SPAN_NOUNS \
            and of.head.dep_ == "dobj" and of.head.head.pos_ == "VERB":
        return of.head.head
    return None


def host_named(ctx: Context, noun: Token) -> list[str]:
    """The state or city the text calls the event's host with the noun "host": "the summit's
    host, Lithuania", "Lithuania, the summit's host", "As host of this week's NATO summit, the
    United States announced ..." (the subject of the verb "as host" hangs on). A person
    ("Pedro Sanchez, the summit's host") is not read."""
    host = None
    if noun.dep_ == "poss" and noun.head.lemma_.lower() == "host":
        host = noun.head
    elif noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() == "host":
        host = noun.head.head
    if host is None:
        return []
    named = [c for c in host.children if c.dep_ == "appos"]
    if noun.dep_ == "pobj":  # "The host of this week's summit, Latvia, ...": hung on the summit
        named += [c for c in noun.children if c.dep_ == "appos"]
    if host.dep_ == "appos":
        named.append(host.head)
    if host.dep_ == "pobj" and host.head.lower_ == "as" and host.head.head.pos_ in ("VERB", "AUX"):
        named += [c for c in host.head.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    out = []
    for tok in named:
        ent = ctx.entity(tok) or ""
        if ent.startswith(("state:", "place:")) and ent not in out:
            out.append(ent)
    return out


def _between(ctx: Context, noun: Token) -> set[int]:
    """A date between the subject noun's phrase and its verb, which the parser hung on the verb:
    "The NATO summit in Vilnius this month is expected to ...", "The summit held in Vilnius two
    months ago disappointed Kyiv" — it says when the summit is."""
    if noun.dep_ not in ("nsubj", "nsubjpass") or noun.head.i <= noun.i:
        return set()
    end = max(t.i for t in noun.subtree)
    gap = range(end + 1, noun.head.i)
    timed = ctx.timed
    found = {i for i in gap if i in timed}
    # only a date there and the verb's auxiliaries: "this month is expected", not "... , which ... in May, is"
    rest = [i for i in gap if i not in found and ctx.doc[i].dep_ not in ("aux", "auxpass", "neg", "punct")]
    return found if found and not rest else set()


def _trailing(ctx: Context, sent: Span, tokens: set[int]) -> set[int]:
    """A date in apposition that the parser hung elsewhere: "on Tuesday and Wednesday, 11-12 July
    in Vilnius" — what follows a clause ending in a date, while it is a date or an "in" phrase."""
    timed = ctx.timed
    if not tokens or max(tokens) not in timed:
        return set()
    out, i = set(), max(tokens) + 1
    while i < sent.end and (sent.doc[i].is_punct or i in timed):
        out.add(i)
        i += 1
    if out and i < sent.end and sent.doc[i].lower_ in ("in", "at") and any(j in timed for j in out):
        out |= {t.i for t in sent.doc[i].subtree} if sent.doc[i].head.i in out or sent.doc[i].head.i in tokens \
            else {i} | {t.i for c in sent.doc[i].children for t in c.subtree}
    return out if any(j in timed for j in out) else set()


def _placed(tok: Token, noun: Token, tokens: set[int], verb: Token | None = None) -> bool:
    """Does the place name where the event is: inside an "in"/"at" phrase, a modifier of the noun
    ("the Vilnius summit"), or the host ("Lithuania will host")? Not "British Prime Minister".
    With the event's `verb`, the phrase must hang on it, on the noun, or on a date or place beside
    them ("on Tuesday in Vilnius"), not inside another phrase ("talks on the war in Ukraine")."""
    t = _city_of(tok) or tok
    while t.i in tokens and t.i != t.head.i:  # (spaCy makes a new Token object at each access)
        if t.dep_ == "prep":
            return t.lower_ in ("in", "at", *NEAR) and (verb is None or _beside(t.head, noun, verb))
        if t.head.i == noun.i:
            return t.dep_ in ("compound", "nmod")
        if t.dep_ == "nsubj" and _hosting(t.head):
            return True
        if t.dep_ == "agent" and t.head.lemma_.lower() in ("host", "hold") and (
                t.head.head.i == noun.i or (noun.dep_ == "nsubjpass" and noun.head.i == t.head.i)):
            return True  # "the summit, hosted by Lithuania", "the summit was hosted by Lithuania"
        if t.dep_ not in ("pobj", "compound", "appos", "conj", "cc", "punct", "npadvmod", "prep"):
            return False
        if t.dep_ == "conj" and t.head.ent_type_ not in PLACE_TYPES:
            return False  # "As the summit in Warsaw approaches, Germany ...": the parser's conjunct of a common noun
        if t.dep_ == "conj" and not any(c.dep_ == "cc" for c in t.head.children):
            return False  # "in Warsaw approaches, Germany, ...": a comma alone joins no list of places
        t = t.head
    return False


PLACE_TYPES = ("GPE", "LOC", "FAC")


CITY_WORDS = {"city", "town", "capital", "port", "resort", "village"}
NEAR = ("outside", "near")  # "at a hotel outside London": somewhere in London's state, not London


def _near(tok: Token, tokens: set[int]) -> bool:
    """Is the place the object of "outside" or "near" (its first preposition above it)?"""
    t = tok
    while t.i in tokens and t.i != t.head.i:
        if t.dep_ == "prep":
            return t.lower_ in NEAR
        t = t.head
    return False


def _city_of_state(ctx: Context, tok: Token) -> str:
    """"in the Dutch city", "the Belgian resort": a city left unnamed, in the state its adjective
    names (a named one, "the Dutch city of Rotterdam", is read by its name)."""
    if tok.lemma_.lower() not in CITY_WORDS - {"capital"} or any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
        return ""
    return next((e for e in (ctx.entity(c) or "" for c in tok.children if c.dep_ in ("amod", "compound", "nmod"))
                 if e.startswith("state:")), "")


def _whose_host(ctx: Context, tok: Token) -> str:
    """ "Dick Schoof, whose country will host the next summit": the state the person serves
    (`_whose_country`), when "whose country" is the subject of the hosting clause."""
    if tok.dep_ != "nsubj" or not _hosting(tok.head):
        return ""
    from accord.nlp.extract.claims._whose_country import whose_state

    found = whose_state(ctx, tok.head)
    return found[0] if found else ""


def _headquarters(ctx: Context, tok: Token) -> str:
    """"at the alliance's headquarters", "at NATO headquarters": the city of the organisation's
    plain headquarters (the KB entity's `headquarters`); a modified one ("NATO's military
    headquarters in Mons", "a NATO headquarters") is one of its commands, not read."""
    if tok.lemma_.lower() not in ("headquarters", "hq") or ctx.kb is None:
        return ""
    mods = [c for c in tok.children if c.dep_ in ("poss", "compound", "amod", "det", "nmod")]
    if any(c.dep_ == "amod" or c.lower_ in ("a", "an") for c in mods):
        return ""
    owner = next((c for c in mods if c.dep_ in ("poss", "compound", "nmod")), None)
    if owner is None or not ((ctx.entity(owner) or "") == links.NATO or owner.lower_.strip("'’s") in ("alliance",)
                             or owner.lower_ in ("alliance's", "alliance’s")):
        return ""
    try:
        where = (ctx.kb.entity(links.NATO).attrs or {}).get("headquarters") or ""
    except Exception:  # a KB without the organisation
        return ""
    return where if str(where).startswith("place:") else ""


def _state_of(ctx: Context, place: str) -> str:
    """The state a place lies in (the KB's), or "" when it knows none."""
    if place.startswith("state:") or ctx.kb is None:
        return place
    return next((p for p in sorted(links.within(ctx.kb, place)) if p.startswith("state:")), "")


def _city_of(tok: Token) -> Token | None:
    """"in the Dutch city of Rotterdam": the word "city" the name hangs on (its place in the
    sentence is the city's), or None."""
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in CITY_WORDS:
        return tok.head.head
    return None


# The venue of an event, named by what it is: "held at a resort in Kent", "met at a hotel in
# Watford" (the place of the venue is the event's).
VENUE_WORDS = {"hotel", "resort", "palace", "castle", "base", "centre", "center", "venue", "complex", "arena",
               "estate", "manor", "lodge", "spa", "villa", "chateau", "château"}
# Verbs whose "at" phrase is where the event is held ("held at", "met at", "wrapped up their
# meeting at"); an attending verb's may be somewhere else ("spoke to troops at a base in Poland
# during the summit").
VENUE_VERBS = (HOLD_VERBS | GATHER_VERBS | OBJECT_VERBS) - {"be"}


def _beside(head: Token, noun: Token, verb: Token) -> bool:
    if head.i in (noun.i, verb.i) or head.ent_type_ in ("DATE", "TIME", "GPE", "LOC", "FAC"):
        return True
    if _gathered_by(head, noun):
        return True  # "a meeting of NATO defence ministers in Brussels": the place is the meeting's
    if head.dep_ in ("acl", "relcl") and head.head.i == noun.i and head.lemma_.lower() in ("host", "hold", "stage"):
        return True  # "the summit, hosted by Lithuania in Riga, ended on ...": the participle's place is the event's
    if head.lemma_.lower() in VENUE_WORDS:
        # "at a resort in Kent" (the venue the "at" phrase of the event's verb or noun names), "at
        # The Grove, a hotel in Watford" (the venue in apposition to one)
        up = head.head
        if head.dep_ == "appos":
            head, up = up, up.head
        if head.dep_ != "pobj" or up.lower_ not in ("at", "in"):
            return False
        return up.head.i == noun.i or (up.head.i == verb.i and verb.lemma_.lower() in VENUE_VERBS)
    return head.dep_ in ("aux", "auxpass", "xcomp") and head.head.i == verb.i


GATHERERS = {"minister", "leader", "head", "ally", "council", "envoy", "ambassador", "chief", "counterpart"}


def _gathered_by(head: Token, noun: Token) -> bool:
    """Is `head` the people the event noun is "of" ("a meeting of defence ministers", "a summit of
    allied leaders")? (session 15, place22)"""
    return head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.i == noun.i \
        and head.lemma_.lower() in GATHERERS


def place_clues(ctx: Context, sent: Span, tokens: set[int], noun: Token, host: Token | None = None,
                verb: Token | None = None) -> list[str]:
    """The places (cities, states) the clue tokens put the event in; a city inside the linked name
    of a summit ("NATO summit in Madrid") is read from the KB's names; a capital named by its
    country ("the Lithuanian capital") is that city; `host` is the antecedent of a relative
    clause that hosts the event ("Vilnius, which hosted the summit")."""
    out: list[str] = []
    hosts = {t.i for t in host.subtree if t.i not in tokens} if host is not None else set()
    for tok in (t for t in sent if (t.i in tokens and _placed(t, noun, tokens, verb)) or t.i in hosts):
        ent = places_near.capital_of(ctx, tok) or ("" if places_near.in_capital_phrase(tok) else ctx.entity(tok) or "") \
            or _headquarters(ctx, tok) or _city_of_state(ctx, tok) or _whose_host(ctx, tok)
        if ent.startswith("person:") and tok.dep_ == "compound" and tok.head.i == noun.i and ctx.kb is not None \
                and not ctx.kb.has(ent):
            ent = ""  # "the 2021 Vilnius summit": a city the tagger took for someone nobody knows
        if ent.startswith(("summit:", "event:")) and tok.pos_ == "PROPN" and ctx.kb is not None:
            named_event = ent
            ent = next((e.id for e in ctx.kb.resolve(tok.text) if e.id.startswith(("place:", "state:"))), "")
            if ent and _topic_word(ctx, named_event, ent):
                ent = ""  # "the Ukraine peace summit": the KB's own name for it, whose state is its topic
        elif not ent and tok.pos_ == "PROPN" and ctx.kb is not None and (
                tok.ent_type_ in (*PLACE_TYPES, "EVENT") or (tok.dep_ == "compound" and tok.head.i == noun.i)):
            # inside a name that two summits share ("the NATO summit in Madrid", 1997 and 2022),
            # left unlinked: the city's own name, when it names one place only
            named = [e.id for e in ctx.kb.resolve(tok.text) if e.id.startswith(("place:", "state:"))]
            ent = named[0] if len(named) == 1 else ""
        if ent and not ent.startswith(NON_PLACES) and _near(tok, tokens):
            ent = _state_of(ctx, ent)  # "outside London": in Britain, maybe not in London
        if ent and not ent.startswith(NON_PLACES) and ent not in out:
            out.append(ent)
    return out


def _topic_word(ctx: Context, event: str, place: str) -> bool:
    """Is a place word inside the KB's own name of an event not where the KB puts it ("Ukraine" in
    "the Ukraine peace summit", held in Switzerland)? Then the name says what the event is about:
    the name is the KB's, so it cannot misplace the event."""
    if not ctx.kb.facts(subject=event, property="located_in"):
        return False
    return place not in links.within(ctx.kb, event)


def unknown_places(ctx: Context, sent: Span, tokens: set[int], noun: Token, event: str,
                   verb: Token | None = None) -> list[str]:
    """A city the KB does not know, which the text puts in a state ("in Barcelona, Spain") or
    which is an unambiguous world city ("in Lisbon"), kept only when it can contradict the event's
    place without flagging a venue of its city (`_summitplaces.may_contradict`)."""
    out = []
    for tok in (t for t in sent if t.i in tokens and t.ent_type_ in ("GPE", "LOC") and ctx.entity(t) is None):
        city = _city_of(tok)
        at = city if city is not None else tok
        if at.dep_ != "pobj" or at.head.lower_ not in ("in", "at") or not _placed(tok, noun, tokens, verb):
            continue
        states = [e for e in (ctx.entity(c) or "" for c in tok.children if c.dep_ in ("appos", "npadvmod"))
                  if e.startswith("state:")]
        if city is not None:  # "the Belgian city of Ghent": the adjective gives the state
            states += [e for e in (ctx.entity(c) or "" for c in city.children if c.dep_ in ("amod", "compound", "nmod"))
                       if e.startswith("state:")]
        if states:
            words = [t.text for t in tok.lefts if t.dep_ == "compound" and t.ent_type_ == tok.ent_type_] + [tok.text]
            place, state = "place:" + cities.key(" ".join(words)), states[0]
        else:
            place, state = places_near.world_city(ctx, tok), None
        if place and ctx.kb is not None and places_near.may_contradict(ctx.kb, event, place, state):
            out.append(place)
    return out


def link_noun(ctx: Context, noun: Token, where: list[str], times: dict,
              focal: str | None = None, now: bool = False) -> links.Link | None:
    """The KB event the noun means (see `_eventlink`), or None."""
    named = ctx.entity(noun) or ""
    if named.startswith(("summit:", "event:")):
        return links.Link(named, links.NAMED, "named")
    if ctx.kb is None:
        return None
    by_name = _named_by_modifier(ctx, noun)
    if by_name is not None:
        return links.Link(by_name, links.NAMED, "named")
    # "the Munich Security Conference", "the Shangri-La Dialogue": the noun ends a series' name
    org = named if named.startswith("org:") and _series_org(ctx, named) else owner(ctx, noun)
    meeting = noun.lemma_.lower() != "summit"
    if org is None and (meeting or ctx.topic_org not in (links.NATO, None)):
        return None  # "the meeting", or "the summit" in an article about another organisation
    ministerial, which = links.is_ministerial(ctx, noun), links.level(ctx, noun)
    if org not in (links.NATO, None):
        pool = links.candidates(ctx.kb, org, noun, ministerial, which) if org != "other" else []
        numbered = links.by_ordinal(pool, links.series_ordinal(ctx, noun)) if not ministerial else None
        if numbered is not None:
            return numbered  # "the second Quad Leaders' Summit": named by its number
        found = links.resolve(ctx, pool, where, times, True)
        listed = _series_listed(pool)
        if found is not None and _sure_for_another(found, times, noun, listed):
            return found
        yearly = _of_written_year(ctx, noun, org, pool, times) if org == named else None
        if yearly is not None:
            return yearly
        return _another_under_way(ctx, noun, pool, where, times, ministerial, listed) \
            or (eventdays.under_way_on_weekday(ctx, noun, pool, where, times, _told_as_past(noun))
                if noun.lemma_.lower() == "summit" and listed >= SERIES else None)
    pool = links.candidates(ctx.kb, links.NATO, noun, ministerial, which)
    nxt = any(t.lower_ in ("next", "upcoming", "forthcoming") for t in noun.lefts)
    # "the NATO summit" with no date anywhere in a sentence of the past or present: the one under way
    definite = any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in ("the", "this")) for c in noun.children) \
        and not any(t.i in ctx.timed for t in noun.sent) \
        and not any(t.lower_ in ("will", "would", "'ll", "shall") for t in noun.sent)
    found = links.resolve(ctx, pool, where, times, org == links.NATO, nxt, focal, links.named_year(ctx, noun, org),
                          past=_told_as_past(noun) and not now, definite=definite)
    if (found is None or found.confidence < 0.5) and org == links.NATO and not where and not meeting:
        found = _filed_from(ctx, pool, times) or found
    if (found is None or found.confidence < 0.5) and org == links.NATO and (not meeting or ministerial):
        # "on the sidelines of a NATO summit on Saturday", "at the NATO Foreign Ministers Meeting in
        # Brussels on Friday", filed during one: that one, another day
        found = eventdays.under_way_on_weekday(ctx, noun, pool, where, times, _told_as_past(noun) and not now) \
            or found
    if found is None and org == links.NATO and ministerial and not times:
        # "at the NATO Foreign Ministers Meeting in Bucharest", filed during the Brussels one
        found = eventdays.ministerial_under_way(ctx, noun, pool, where)
    return found


YEAR_NOT_DATE = "year (the date given is not the event's)"


def _of_written_year(ctx: Context, noun: Token, org: str, pool: list, times: dict) -> links.Link | None:
    """A series held once a year (`attrs.one_a_year` on its organisation; the KB lists every one of
    the years it covers), called by its own name and given a day or a month: that year's event.
    "Harris spoke at the Munich Security Conference in February" is the one of the article's year;
    "... on February 7, 2025" is the 2025 one on another day, only when the sentence writes the
    year out (not a day counted from the article, "on Saturday"). None for a year with none listed."""
    attrs = getattr(ctx.kb.entity(org), "attrs", None) or {}
    if not attrs.get("one_a_year") or not times or not all(t.precision in ("day", "month") for t in times.values()):
        return None
    years = {t.value[:4] for t in times.values()}
    found = [e for e in pool if e.start.value[:4] in years]
    if len(years) != 1 or len(found) != 1:
        return None
    if all(timecmp.overlaps(t, found[0].start, found[0].end) for t in times.values()):
        return links.Link(found[0].id, links.OWN_DATE, "date")
    written = {t.text for t in noun.sent if t.like_num and len(t.text) == 4}
    return links.Link(found[0].id, links.FOCAL, YEAR_NOT_DATE) if years <= written else None


def _filed_from(ctx: Context, pool: list, times: dict) -> links.Link | None:
    """"BRUSSELS — Biden attended his first NATO summit as president on Thursday" (2021): a NATO
    summit given a day that is no summit's and no place, in an article filed from a city that
    held one summit that year, is that summit on the wrong day (the dateline says where the
    reporter was, and a summit noun with a day is the one the report is about)."""
    from accord.nlp.extract.claims.datelines import article_city

    days = [t for t in times.values() if t.precision == "day"]
    city = article_city(ctx) if days and len(days) == len(times) else None
    if city is None or any(all(timecmp.overlaps(t, e.start, e.end) for t in days) for e in pool):
        return None
    year = days[0].value[:4]
    there = [e for e in pool if city in e.places and e.start.value[:4] == year]
    return links.Link(there[0].id, links.FOCAL, "place and year (the date given is not the event's)") \
        if len(there) == 1 else None


def owner(ctx: Context, noun: Token) -> str | None:
    """Whose event the noun is (`_eventlink.owner`); a noun that does not say is the
    organisation's when its people are the subject of the verb it hangs on: "NATO leaders met in
    Brussels for an extraordinary summit", "At last week's summit, the allies adopted ...",
    "Allied leaders attended a summit in Madrid"."""
    found = links.owner(ctx, noun)
    if found is not None or noun.lemma_.lower() != "summit":
        return found
    if noun.dep_ == "dobj":
        verb = noun.head
    elif noun.dep_ == "pobj" and noun.head.lower_ in ("at", "for", "during", "to"):
        verb = noun.head.head
    else:
        return None
    if verb.pos_ in ("VERB", "AUX"):
        people = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None) \
            or _infinitive_subject(verb)
    else:
        people = verb  # "NATO allies at a summit in The Hague agreed ...": the people the phrase is on
    if gatherings.nato_people(ctx, people) or (people is not None and (
            (ctx.entity(people) or "") == links.NATO or people.lower_ == "alliance")):
        return links.NATO  # the people, or the organisation itself ("the alliance is marking ... at a summit")
    # "NATO will hold its annual summit in ...", "the G7 opened its summit": the organisation itself
    named = (ctx.entity(people) or "") if people is not None and people.pos_ == "PROPN" else ""
    if named.startswith("org:") and any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in noun.children):
        return named
    # "Leaders of the Group of Seven opened their annual summit in Hiroshima": another
    # organisation's leaders hold their own summit
    if people is not None and gatherings._people_word(people) in ("leader", "head"):
        other = links.owner(ctx, people)
        return other if other and other.startswith("org:") and other != links.NATO else None
    return None


def _infinitive_subject(verb: Token) -> Token | None:
    """Who does what an infinitive with no subject of its own says: "the push for allies to spend
    more at a summit in Brussels" (the "for" phrase before it), "NATO allies agreed to spend more
    at a summit" (the subject of the verb it completes). None for anything else."""
    to = next((c for c in verb.children if c.dep_ == "aux" and c.lower_ == "to"), None)
    if to is None:
        return None
    before = verb.doc[to.i - 1] if to.i > 0 else None
    if before is not None and before.dep_ == "pobj" and before.head.lower_ == "for":
        return before  # "for allies to spend", however the parser hung the infinitive
    if verb.dep_ == "xcomp" and verb.head.pos_ in ("VERB", "AUX"):
        return next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return None


def _series_listed(pool: list) -> int:
    """How many of the pool's events stand for a series the KB covers: none when one of them is
    among a few the KB lists of a series it does not ("the EU summit in Brussels" on the day of
    an informal one in Salzburg may be a formal one the KB lacks)."""
    return 0 if any(e.partial for e in pool) else len(pool)


def _another_under_way(ctx: Context, noun: Token, pool: list, where: list[str], times: dict,
                       ministerial: bool, listed: int) -> links.Link | None:
    """"the annual G7 summit in Devon, England", in a report filed the day after the Cornwall
    summit: another series' summit (three or more listed) named with no date, in a clause of now
    ("it comes on the heels of the G7 summit in ..."), on the days of one of its summits (the day
    before to the day after), is that summit — when the place given is none of its summits'
    (a place of an earlier one is that one, and says nothing of this). Not in a clause of the past
    ("At a G7 summit in Russia, ..." may be one before the years the KB lists)."""
    if times or ministerial or listed < SERIES or noun.lemma_.lower() != "summit" or _past_clause(noun):
        return None
    if where and any(set(links.finest(ctx.kb, where)) & e.places for e in pool):
        return None
    found = links._under_way(ctx, pool, any_kind=True)
    return links.Link(found, links.FOCAL, links.UNDER_WAY) if found is not None else None


def _past_clause(noun: Token) -> bool:
    """Is the nearest verb above the noun (however far: "on the heels of several meetings with
    ... and the G7 summit") in a past tense? True too when there is none (a headline, a caption)."""
    tok = noun
    while tok.head.i != tok.i:
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX"):
            auxes = {c.lower_ for c in tok.children if c.dep_ in ("aux", "auxpass")}
            return tok.tag_ in ("VBD", "VBN") and not auxes & {"will", "is", "are", "has", "have"} \
                or bool(auxes & {"was", "were", "had", "did"})
    return True


def _told_as_past(noun: Token) -> bool:
    """Whether the clause around the noun tells of the past ("allies promised X at a summit in
    Riga") rather than of now or later ("if Ukraine is not offered a timeframe at an alliance
    summit in Latvia", "leaders will meet at the summit in ..."): the nearest verb above it."""
    tok = noun
    for _ in range(6):
        if tok.head.i == tok.i:
            break
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX"):
            auxes = {c.lower_ for c in tok.children if c.dep_ in ("aux", "auxpass")}
            if auxes & {"will", "is", "are", "am", "'s", "'re", "shall", "can", "may"}:
                return False
            return tok.tag_ in ("VBD", "VBN") or bool(auxes & {"was", "were", "had", "has", "have", "did"})
    return True


def _sure_for_another(link: links.Link, times: dict, noun: Token | None = None, listed: int = 0) -> bool:
    """Another organisation's event ("the Quad leaders' summit", "the G7 summit") is linked by
    its place with its date or year, or by a day the text gives that falls on it alone (then a place given is
    checked against it: "held in Sydney on May 20, 2023" is the Hiroshima summit elsewhere); a
    month or a year names none of them surely."""
    if link.how in ("place and date", "place and year"):
        return True
    # "the G20 summit in Hamburg on 20 June 2019": the one leaders' summit of a series the KB
    # lists (SERIES or more of them) held in that place, within the years it lists them for, is
    # the one meant, and the date the text gives is wrong. Only a "summit" with a date: a "G20
    # meeting" there may be one of its many ministerial meetings, and without a date the place
    # may be another summit the KB does not list.
    if link.how in (PLACE_NOT_DATE, PLACE_YEAR_NOT_DATE) and noun is not None and noun.lemma_.lower() == "summit" and times \
            and listed >= SERIES:
        return True
    daily = bool(times) and all(t.precision == "day" for t in times.values())
    return daily and link.how in ("date", "date (the place given is not the event's)")


def focal(ctx: Context) -> str | None:
    """The one event the article singles out by what it says of it (its name, place, date), if
    only one: a bare "the summit" or "an alliance summit" of that year is most likely it."""
    if not hasattr(ctx, "_summit_focal"):
        sure = set()
        # another organisation's event (a G7 summit the article names too) is no candidate: a bare
        # "the summit" is linked among the organisation's own
        own = {e.id for e in links.events(ctx.kb) if e.org == links.NATO} if ctx.kb is not None else set()
        for sent in ctx.doc.sents:
            for noun in event_nouns(sent, ctx):
                link = _read(ctx, sent, noun, None)[0]
                if link is not None and link.how in links.SURE_WAYS and link.event in own:
                    sure.add(link.event)
        ctx._summit_focal = sure.pop() if len(sure) == 1 else None
    return ctx._summit_focal


def _read(ctx: Context, sent: Span, noun: Token, around: str | None):
    verb = _hold_clause(noun)
    tokens, borrowed = (clause_tokens(verb), False) if verb is not None else _noun_clues(noun)
    if verb is not None and verb.head.i == noun.i and verb.dep_ in ("acl", "relcl"):
        # "Last week's NATO summit, hosted by Spain": the noun's own phrases say of it too
        tokens |= _noun_clues(noun)[0]
    tokens |= _trailing(ctx, sent, tokens) | _between(ctx, noun)
    host = places_near.antecedent(verb) if verb is not None and _hosting(verb) else None
    where = place_clues(ctx, sent, tokens, noun, host, verb)
    where += [p for p in host_named(ctx, noun) if p not in where]
    arrived = _arrived_at(ctx, noun) if verb is None else []
    where += [p for p in arrived if p not in where]
    times = event_times(ctx, tokens)
    if verb is not None and negated(verb):
        link, where, times = _denied(ctx, sent, noun, verb, tokens, around, where, times)
        return link, verb, tokens, where, times, borrowed
    return link_noun(ctx, noun, where, times, around, now=bool(arrived)), verb, tokens, where, times, borrowed


def _denied(ctx: Context, sent: Span, noun: Token, verb: Token, tokens: set[int], around: str | None,
            where: list[str], times: dict) -> tuple:
    """A denied clause ("Lithuania did not host the 2024 summit", "the Vilnius summit was not held
    in July 2024"): what the denial denies (the clause's host, place, date) names no event, and the
    noun's own words ("the 2024 summit", "the Vilnius summit", "the summit in Washington") name it
    and are no part of the denial (the summit took place; the denial is of the rest). With no words
    of its own, the noun is linked by the clause as before ("Lithuania will not host the summit in
    Vilnius"). (link, the denied places, the denied times)."""
    own = _noun_clues(noun)[0]
    own_where = place_clues(ctx, sent, own, noun, None, verb)
    own_times = event_times(ctx, own)
    if not own_where and not own_times:
        return link_noun(ctx, noun, where, times, around), where, times
    link = link_noun(ctx, noun, own_where, own_times, around)
    return link, [p for p in where if p not in own_where], event_times(ctx, tokens - own)


ARRIVE_VERBS = {"arrive", "travel", "fly", "head", "land", "come", "converge", "descend", "jet"}


def _arrived_at(ctx: Context, noun: Token) -> list[str]:
    """"Biden arrived in Vilnius on Monday for the NATO summit", "leaders converged on Madrid for
    the summit": the place people came to for the event is its place (their day is not its)."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "for" or noun.head.head.lemma_.lower() not in ARRIVE_VERBS:
        return []
    verb = noun.head.head
    out = []
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "to", "on", "at", "into")):
        for tok in (t for t in prep.children if t.dep_ == "pobj"):
            ent = places_near.capital_of(ctx, tok) or ctx.entity(tok) or ""
            if not ent.startswith(("place:", "state:")) and tok.pos_ == "PROPN" and ctx.kb is not None:
                # the name of a summit's city ("Vilnius" in "the Vilnius summit"), or one the
                # tagger took for a person's after "arrived in": the KB's place of that name
                ent = next((e.id for e in ctx.kb.resolve(tok.text) if e.id.startswith(("place:", "state:"))), "")
            if ent.startswith(("place:", "state:")) and ent not in out:
                out.append(ent)
    return out


def summit_statements(ctx: Context, sent: Span) -> list[Statement]:
    out = []
    for noun in event_nouns(sent, ctx):
        link, verb, tokens, where, times, borrowed = _read(ctx, sent, noun, focal(ctx))
        if link is None or _several_events(ctx, tokens, where):
            continue
        ctx.summits.append(link.event)
        if verb is not None and negated(verb) and not_until(verb):
            continue  # "Lithuania did not host a NATO summit until 2023": a time told, no denial
        fact = "fact" if verb is None else None  # the noun's own phrase presupposes it: "at a summit in Riga"
        verb = verb if verb is not None else noun
        sure = {"event": link.confidence} | ({"date": 0.7} if borrowed else {}) | _year_guess(ctx, tokens, times, link)
        if not times and (owner(ctx, noun) == links.NATO or link.how.startswith("named")):
            times = week_time(ctx, tokens)  # "the NATO summit in Madrid last week": dates, never links
            sure |= week_edge(times)
        if times:
            out.append(make(ctx, link.event, "took_place_on", link.event, [noun, verb], verb, negated(verb), times,
                            confidence=sure, modality=fact))
        for place in where:
            out.append(make(ctx, link.event, "located_in", place, [noun, verb], verb, negated(verb),
                            confidence={"event": link.confidence}, modality=fact))
        for place in unknown_places(ctx, sent, tokens, noun, link.event, None if fact else verb) \
                if not any(p.startswith("place:") for p in where) else []:
            out.append(make(ctx, link.event, "located_in", place, [noun, verb], verb, negated(verb),
                            confidence={"event": link.confidence, "link": MINTED_LINK}, modality=fact))
        out += _attended(ctx, noun, link)
        out += summitdays.lasted(ctx, noun, link.event, verb, {"event": link.confidence})
    return out


def event_times(ctx: Context, tokens: set[int]) -> dict:
    """The dates among `tokens` (`grammar.qualifiers`; an open range, "since 2019", is not the
    event's), and when they give none, a season with its year written ("the summer of 2022"; not
    "this summer"), precision "season". A week named relative to the article ("last week") is not
    read: tried, it flagged a correct article."""
    times = qualifiers(ctx, tokens)
    if ("start" in times) != ("end" in times):
        # "the first in person since 2019", "until 2021": an open range dates something else
        times = {k: v for k, v in times.items() if k == "point_in_time"}
    if times:
        return times
    for a in own_times(ctx, tokens):
        value = str((a.data or {}).get("value") or "")
        if (a.data or {}).get("precision") or value[-2:] not in timecmp.SEASONS or timecmp.week_bounds(value) is None:
            continue
        # only a season whose year is written: "this summer" said in November is next summer
        # as often as the last one
        if re.search(r"\b\d{4}\b", a.text or ""):
            return {"point_in_time": TimeQualifier(value, "season")}
    return times


RELATIVE_WEEK = re.compile(r"^\d{4}-W\d{2}$")
WEEK_DATE = 0.45  # below the verdict threshold: a week named relative to the article never flags


def week_time(ctx: Context, tokens: set[int]) -> dict:
    """A week the text names relative to the article ("last week", "this week", "next week",
    "earlier this week"), as the ISO week the dates layer anchors on the article's day, precision
    "week". It dates an event linked by other clues (its name, place, the people of an
    organisation named), never links one: a week of a year is no clue to which summit is meant.
    A weekend ("at the weekend") is not read (Saturday or Sunday of which week is unsure)."""
    for a in own_times(ctx, tokens):
        data = a.data or {}
        value = str(data.get("value") or "")
        if not data.get("precision") and RELATIVE_WEEK.match(value) and re.search(r"\bweek\b", a.text or "", re.I):
            return {"point_in_time": TimeQualifier(value, "week")}
    return {}


def week_edge(times: dict) -> dict:
    """How sure a week named relative to the article is: it supports a date it agrees with, but a
    clash is never sure. Read loosely by writers ("this week" in a preview filed on Sunday is the
    coming one, a report filed days late still says "last week", an article's stored date may be
    its update's), it flagged a correct article of the check split twice, once with a slack of
    three days at the week's edges (issue 12, sum12; found by summary-only runs)."""
    when = times.get("point_in_time")
    return {"date": WEEK_DATE} if when is not None and when.precision == "week" else {}


def _year_guess(ctx: Context, tokens: set[int], times: dict, link: links.Link) -> dict:
    """"at the Washington summit in July": the year of "July" is a guess; a clash it alone makes
    is not sure."""
    event = next((e for e in links.events(ctx.kb) if e.id == link.event), None) if ctx.kb is not None else None
    if event is None or not times or not places_near.guessed_year(ctx, tokens):
        return {}
    return {"date": places_near.GUESSED_YEAR} if places_near.year_only_clash(times, event.start, event.end) else {}


CHECKS = {"attended": attendance.check_attended,  # a state's attendance by its office holders
          "lasted_days": summitdays.check_lasted}  # "the two-day summit"
WORDS = {"lasted_days": summitdays.words}


def _attended(ctx: Context, noun: Token, link: links.Link) -> list[Statement]:
    """"Kishida attended the summit", "skipped the summit", "took part in": see `_attendance`."""
    return attendance.attended(ctx, noun, link.event, link.confidence)


def _clues(ctx: Context, sent: Span, tokens: set[int], noun: Token):
    tokens = tokens | _trailing(ctx, sent, tokens)
    where = place_clues(ctx, sent, tokens, noun)
    return ([], {}) if _several_events(ctx, tokens, where) else (where, event_times(ctx, tokens))


def _several_events(ctx: Context, tokens: set[int], where: list[str]) -> bool:
    """"Leaders met in Madrid and Vilnius in 2022 and 2023 (respectively)": a list of places and a
    list of dates in different years tell of as many meetings, not of one with two places (the days
    of one summit, "on Tuesday and Wednesday", are one)."""
    return len(where) >= 2 and len({str(a.data.get("value"))[:4] for a in date_list(ctx, tokens)}) >= 2


def extract(ctx: Context, sent: Span) -> list[Statement]:
    """The summit nouns' claims, then the gatherings' that say something new (one claim each)."""
    out = summit_statements(ctx, sent)
    said = {(s.subject, s.property, s.value): i for i, s in enumerate(out)}
    for st in gatherings.statements(ctx, sent, _clues, _year_guess):
        key = (st.subject, st.property, st.value)
        if key not in said:
            said[key] = len(out)
            out.append(st)
        elif _event_sureness(st) > _event_sureness(out[said[key]]):
            # "Leaders of the allies gathered in Ottawa for a summit last week": the leaders name
            # the organisation, the bare noun does not; the surer reading of the one claim is kept
            out[said[key]] = st
    return out


def _event_sureness(st: Statement) -> float:
    return min((r.confidence or {}).get("event", 1.0) for r in st.references) if st.references else 1.0
