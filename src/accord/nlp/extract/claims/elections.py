"""National elections: the day a named state held one (`held_election`, state -> kind).

- "Poland's October 15 election", "the Italian election on September 25", "Spain's 2023 general
  election", "the French presidential election in April 2022", "elections in Norway on 13
  September": the state is the election's own owner, adjective or "in" phrase (exactly one), the
  date its own modifier or "on" / "in" phrase (exactly one time expression, anchored to a year), or
  the "on" phrase of "was held" / "took place" when the election is their subject.
- No state named on the election and no contender telling of one ("the December 11 election",
  "since the May 2019 election"): the article's one state (`article_state`, attachment 0.7), the
  dateline's when the headline and lead name it and no other, or the only state the article names;
  only for an election told as past, in a sentence naming no other state, no person serving
  another, no place of the election and no words of a region's or a party's election.
- Rounds and run-offs: "won the June 1 run-off", "beat X in the second round on 11 February";
  "vote" and "poll" in a sentence of seats, turnout, voters or ballots, or a vote won ("won the
  April 2019 vote", "the snap poll of 3 October"), never a vote in a parliament or a party, a
  confidence vote, a bill, an opinion poll, a referendum (`_weak_read`).
- Re-elections: "Orban was re-elected in April 2022", "Macron won re-election in April 2022",
  "Erdogan won a third term in May 2023": the state whose head the KB has the person be on that
  date, the kind the office is won by (`_reelection`); not one by parliament, a party or to a post.
- The kind: "presidential" (or a runoff after the word) -> presidential; "parliamentary",
  "general", "legislative", "federal", "midterm" ... -> parliamentary; "snap", "early",
  "national" (a snap vote may elect a president: South Korea 2017, 2025) or no word -> any.
  "Elections" in the plural with no kind stated ("Britain's May 6 elections") may be a day of local
  or regional votes: confirmed when a national one fits, never flagged (PLURAL_SURE).

Not read, because the KB's list (elections.yaml) holds only national votes of the people:
regional, local, municipal, European Parliament, party, leadership and primary elections, an
election "of" or "for" someone (a president elected by parliament, a secretary general), a
by-election, an election in a sentence that tells of one being moved, postponed, cancelled or
annulled (the day first set and the day held differ), a denial ("no election"). An owner that is
a person or an organisation ("Trump's election", "the LDP election") names no state.

Checked against the state's list: supported when a listed election of the kind falls within the
claimed date at its precision (a day, a month, a year), a day off by one tolerated; contradicted
only when the day lies inside the list's complete period (`complete_from` .. `as_of`), the
statement is a fact (an election dated after the article's own day is a plan: its day may yet
move), and the kind is one the list holds complete (a presidential election only where the people elect the
president; an election of no stated kind, in a sentence that speaks of a president or a
re-election, is only 0.4 sure which vote is meant in a state whose president an assembly elects).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from spacy.tokens import Span, Token

from accord.model import Statement, TimeQualifier
from accord.nlp.extract.claims._election_results import election_days
from accord.nlp.extract.claims.grammar import Context, governor, make, negated, shared_subject, subject_before

ORDER = 64
HELD = "held_election"
PARLIAMENTARY, PRESIDENTIAL, ANY = "parliamentary", "presidential", "any"
NOUNS = {"election", "elections", "runoff", "run-off", "vote", "polls", "poll", "round"}
#: nouns read only with an election word beside them ("the presidential runoff", "the general vote"),
#: or in a sentence about an election (`_weak_read`)
WEAK_NOUNS = {"runoff", "run-off", "vote", "polls", "poll", "round"}
RUNOFFS = {"runoff", "run-off"}
#: the rounds of an election: "the first round", "the second round", "the final round"
ROUND_WORDS = {"first", "second", "final", "decisive", "1st", "2nd", "two-round", "runoff", "run-off"}
#: words that make a sentence's "vote" or "poll" the people's vote for parliament or a president
#: ("won 80 of the 230 seats in the March 10 vote", "turnout in the snap poll of 3 October")
VOTE_CUES = {"seats", "seat", "turnout", "voters", "ballot", "ballots", "polling", "electorate", "constituencies",
             "landslide"}
#: words that make it something else: a vote in a parliament or a party, a survey, a referendum
NOT_THE_PEOPLES = {"confidence", "no-confidence", "motion", "bill", "bills", "lawmakers", "legislators",
                   "deputies", "mps", "meps", "senators", "senate", "investiture", "impeachment", "opinion",
                   "survey", "surveys", "surveyed", "pollster", "pollsters", "referendum", "plebiscite",
                   "resolution", "amendment", "budget", "ratification", "ratify", "ratified", "speaker",
                   "chamber", "committee", "delegates", "congress", "convention", "caucus", "primary",
                   "primaries", "leadership", "party's", "members", "cardinals", "conclave", "talks",
                   "negotiations", "sanctions", "tariffs", "votes", "exit", "straw", "vote-counting"}
PRESIDENTIAL_WORDS = {"presidential", "president"}
PARLIAMENTARY_WORDS = {"parliamentary", "general", "legislative", "federal",
                       "midterm", "mid-term", "congressional", "parliament", "bundestag", "sejm", "duma",
                       "storting", "riksdag", "folketing", "eduskunta", "knesset", "lower-house", "upper-house"}
#: election words of no kind: a snap or early vote may elect a president (South Korea's of 9 May
#: 2017 and 3 June 2025), and a "national" one either
KINDLESS_WORDS = {"national", "snap", "early"}
#: words that make the election one the KB does not list
OTHER_ELECTIONS = {"local", "regional", "municipal", "provincial", "state", "states", "mayoral", "mayor",
                   "party", "leadership", "primary", "primaries", "european", "eu", "europe", "by", "by-election",
                   "gubernatorial", "council", "county", "city", "district", "internal", "special", "off-year",
                   "communal", "cantonal", "senate", "senatorial", "assembly", "presidium", "caucus", "union",
                   "student", "club", "board", "indirect", "papal", "regional-level", "land", "länder",
                   "opinion", "exit", "straw", "confidence", "no-confidence", "investiture", "parliamentary-vote"}
#: words in the sentence that tell of a day moved: the day first set and the day held differ
MOVED = {"postpone", "postponed", "postponement", "delay", "delayed", "cancel", "cancelled", "canceled",
         "annul", "annulled", "reschedule", "rescheduled", "originally", "initially", "moved", "rerun", "re-run",
         "repeat", "scrap", "scrapped"}
HOLD_VERBS = {"hold", "take"}  # "the election was held on", "the election took place on"
#: verbs whose "on" / "in" phrase dates the election they take as object ("won the election on
#: June 3", "the election on September 25 was won by"): the day of the vote (a day off by one, the
#: count, is tolerated)
WIN_VERBS = {"win", "lose", "contest", "hold", "fight", "sweep"}
MARGIN = timedelta(days=1)
#: how sure "elections" (plural, no kind stated) are the national vote: below the flagging threshold
PLURAL_SURE = 0.45
#: how sure "the election" of no stated kind is the people's vote in a sentence that speaks of a
#: president or a re-election, where an assembly elects the president: below the threshold
ASSEMBLY_SURE = 0.4


def extract(ctx: Context, sent: Span) -> list[Statement]:
    if ctx.kb is None:
        return []
    words = {t.lower_ for t in sent}
    if not words & (NOUNS | {"elected", "re-elected", "reelected", "term", "off"}) or words & MOVED:
        return []
    out: list[Statement] = []
    for tok in sent:
        if (tok.lower_ in NOUNS or _split_runoff(tok)) and tok.pos_ in ("NOUN", "PROPN") and not re_election(tok):
            out += _election(ctx, tok)
        elif re_elected(tok) or _new_term(tok):
            out += _reelection(ctx, tok)
    return out


def modifiers(noun: Token) -> list[Token]:
    """The words before the noun that modify it, with theirs ("Poland's October 15", "the 2023
    general")."""
    return [t for c in noun.lefts if c.dep_ in ("poss", "amod", "compound", "nmod", "nummod", "npadvmod", "det")
            for t in c.subtree]


def _election(ctx: Context, noun: Token) -> list[Statement]:
    mods = modifiers(noun)
    mod_words = {t.lower_ for t in mods} | {p for t in mods for p in t.lower_.split("-")}
    if mod_words & OTHER_ELECTIONS or any(t.lower_ == "no" for t in mods) or negated(noun):
        return []
    word = "run-off" if _split_runoff(noun) else noun.lower_
    election_words = PRESIDENTIAL_WORDS | PARLIAMENTARY_WORDS | KINDLESS_WORDS | {"election"}
    if word in WEAK_NOUNS and not mod_words & election_words and not _weak_read(noun, word, mod_words):
        return []
    if word == "round" and not mod_words & ROUND_WORDS:
        return []  # "a round of talks", "the latest round": not an election's
    preps = [c for c in noun.rights if c.dep_ == "prep"]
    of_vote = _round_of_a_vote(noun, word, preps)
    if of_vote is not None:
        # "the second round of France's presidential election on 7 May": the round's election is
        # the "of" phrase's; its words say which
        preps = [p for p in preps if p.i != of_vote.head.i]
        extra_mods = modifiers(of_vote)
        mods = mods + extra_mods
        mod_words |= {t.lower_ for t in extra_mods} | {p for t in extra_mods for p in t.lower_.split("-")}
        if mod_words & OTHER_ELECTIONS:
            return []
    if any(p.lower_ in ("of", "for", "to") and not _names_parliament(p) and not (p.lower_ == "of" and _dated(p))
           for p in preps):
        return []  # "the election of a president", "the election for mayor": not the people's vote
    verb = governor(noun)
    # the verbs that hold it: "the election was held on", "elections held in Norway on 13 September"
    held = [v for v in ([verb] if noun.dep_ in ("nsubj", "nsubjpass") else []) + [c for c in noun.rights if c.dep_ == "acl"]
            if v.lemma_.lower() in HOLD_VERBS]
    if noun.dep_ in ("dobj", "nsubjpass") and noun.head.i == verb.i and verb.lemma_.lower() in WIN_VERBS:
        held.append(verb)
    preps += [p for v in held for p in v.children if p.dep_ == "prep"]
    if word in ("round", "run-off", "runoff") and noun.dep_ == "pobj" and noun.head.lower_ == "in" \
            and noun.head.head.i == verb.i and verb.lemma_.lower() in ROUND_VERBS:
        # "beat Haavisto in the second round on 11 February": the contest's day is the round's
        preps += [p for p in verb.children if p.dep_ == "prep" and p.lower_ == "on" and _dated(p)]
    if noun.dep_ in ("nsubj", "nsubjpass") and noun.head.i == verb.i:
        # "Poland's election in October 2025 returned ...": a phrase between the subject and its
        # verb is the subject's, wherever the parser hangs it
        preps += [p for p in verb.children if p.dep_ == "prep" and noun.i < p.i < verb.i and p not in preps]
    owners = [t for t in mods if t.dep_ in ("poss", "amod", "compound", "nmod")] + _stranded_owner(ctx, noun, mods)
    places = [w for p in preps if p.lower_ == "in" for w in p.subtree if w.i != p.i]
    named = [e for t in owners + places if (e := ctx.entity(t))]
    states = ctx.entities(owners + places, ("state:",))
    if any(e.startswith(("person:", "org:")) for e in named):
        return []  # "Trump's election", "the LDP election": no state's national vote named
    sure = None
    if not states:
        states, sure = _contender_state(ctx, noun, verb), {"attachment": CONTENDER_SURE}
    from_article = False
    if not states and not places:  # ("Sunday's election in Bavaria": a place named, not a state)
        states, sure, from_article = article_state(ctx, noun), {"attachment": ARTICLE_SURE}, True
    if len(states) != 1:
        return []
    dated = mods + [w for p in preps if p.lower_ in ("on", "in") or (p.lower_ == "of" and _dated(p)) for w in p.subtree]
    when = one_date(ctx, dated)
    if when is None:
        return []
    value, precision, span = when
    value = _past_election(ctx, noun, value, precision, span)
    if from_article and not _told_as_past(noun, span):
        return []  # "Norway holds a parliamentary election in September": which year is not sure
    kind = PRESIDENTIAL if mod_words & PRESIDENTIAL_WORDS else PARLIAMENTARY if mod_words & PARLIAMENTARY_WORDS else ANY
    tokens = [noun] + ([span[0], span[-1]] if span is not None and len(span) else [])
    extra = {"modality": "plan"} if to_come(ctx, value) else {}
    if kind == ANY and _of_a_president(noun.sent) and _head(ctx, states[0]) == "indirect":
        sure = {**(sure or {}), "event": ASSEMBLY_SURE}  # which vote: an assembly's choice of a president?
    elif kind == ANY and noun.tag_ in ("NNS", "NNPS"):
        # "Britain's May 6 elections": plural and of no stated kind, often a day of local or
        # regional votes the list does not hold; confirmed when a national one fits, never flagged
        sure = {**(sure or {}), "event": PLURAL_SURE}
    return [make(ctx, states[0], HELD, kind, tokens, verb, False,
                 {"point_in_time": TimeQualifier(value, precision)}, sure, **extra)]


ROUND_NOUNS = frozenset({"round", "run-off", "runoff"})


def _round_of_a_vote(noun: Token, word: str, preps: list[Token]) -> Token | None:
    """The election noun of "the second round / the run-off of the presidential election": the
    object of the round's "of" when it is an election or a vote; None otherwise."""
    if word not in ROUND_NOUNS:
        return None
    return next((o for p in preps if p.lower_ == "of" for o in p.children
                 if o.dep_ == "pobj" and o.lower_ in ("election", "elections", "vote")), None)


def _past_election(ctx: Context, noun: Token, value: str, precision: str, span: Span | None) -> str:
    """ "more than four months after the February 8 election", "since the May election", "beat
    Haavisto in the run-off on 11 February" (a contest won or lost, in the simple past, more than
    a week before the day it would be read as): an election the sentence
    puts before its own time is a past one; a day or a month written without its year and read as
    one after the article's day is taken in the year before."""
    from accord.kb import temporal

    day = str(ctx.doc._.document_date or "")[:10]
    prep = noun.head if noun.dep_ == "pobj" else None
    verb = governor(noun)
    past = (prep is not None and prep.lower_ in ("after", "since", "following")) or (
        _simple_past(verb) and verb.lemma_.lower() in ROUND_VERBS | WIN_VERBS - {"hold", "contest", "fight"}
        and temporal.lower(value) > str(date.fromisoformat(day) + timedelta(days=7)) if len(day) == 10 else False)
    if not past or precision not in ("day", "month") \
            or len(day) != 10 or span is None or re.search(r"\b\d{4}\b", span.text) or temporal.lower(value) <= day:
        return value
    return f"{int(value[:4]) - 1:04d}{value[4:]}"


EUROPEAN_PARLIAMENT = re.compile(r"\b(?:european parliament|european elections?|eu elections?|meps?)\b", re.I)


def _european_parliament(sent: Span) -> bool:
    """Does the sentence speak of the European Parliament or its election (not "the European
    Investment Bank")?"""
    return EUROPEAN_PARLIAMENT.search(sent.text) is not None


def _simple_past(verb: Token) -> bool:
    """A verb in the simple past: tagged so, or a form shared with the present ("beat", "put")
    whose singular noun subject shows it is not the present ("Stubb beat Haavisto")."""
    if verb.tag_ == "VBD":
        return True
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return verb.tag_ == "VBP" and subj is not None and subj.tag_ in ("NN", "NNP") \
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def _told_as_past(noun: Token, span: Span | None) -> bool:
    """Is an election of the article's state told as a past one, its date sure: a year written, or
    an election after or since which the sentence tells of something, or a clause in the past
    ("won 51 seats in the December 11 election"); not a present or future ("holds an election in
    September", "will face voters on ...")."""
    if span is not None and re.search(r"\b\d{4}\b", span.text):
        return True
    if noun.dep_ == "pobj" and noun.head.lower_ in ("after", "since", "following"):
        return True
    verb = governor(noun)
    return (verb.tag_ == "VBN" or _simple_past(verb)) and not any(c.lower_ in ("will", "would", "shall")
                                                                    for c in verb.children)


def _split_runoff(tok: Token) -> bool:
    """ "run-off", which the tokenizer splits into "run", "-", "off"."""
    doc = tok.doc
    return tok.lower_ == "off" and tok.i >= 2 and doc[tok.i - 1].text == "-" and doc[tok.i - 2].lower_ == "run"


#: verbs of a contest a round is one of: "beat Haavisto in the second round", "won the first round"
ROUND_VERBS = {"win", "beat", "defeat", "lose", "face", "advance", "qualify", "top", "lead", "finish", "come"}


def _weak_read(noun: Token, word: str, mod_words: set[str]) -> bool:
    """A run-off, a round, a vote or a poll with no election word beside it, read as the people's
    vote when its sentence is about one: "won the June 1 run-off", "in the first round on 5
    April" (an ordinal round in a sentence that speaks of an election, a president or a
    candidate), "won 80 of the 230 seats in the March 10 vote", "turnout in the snap poll" (a
    sentence of seats, turnout, voters or ballots; a vote won or lost: "won the April 2019 vote").
    Never in a sentence of a vote in a parliament or a party, a survey ("opinion poll"), a
    referendum, or counted votes ("won 458 votes in the first round": an assembly's or a chamber's
    ballot)."""
    words = {t.lower_ for t in noun.sent}
    if _european_parliament(noun.sent) or words & NOT_THE_PEOPLES or words & (CHOSEN_BY - {"party", "leader"}):
        return False
    if _told_before(noun):
        return False  # "... lose a vote of no confidence. He lost that vote on 21 June": not the people's
    if any(c.dep_ == "prep" and c.lower_ in ("on", "over", "at", "among", "by", "within") and not _dated(c)
           for c in noun.rights):  # "a vote on the bill", "a vote among members"
        return False
    if word in RUNOFFS:
        return True
    if word == "round":
        verb = governor(noun)
        return bool(mod_words & ROUND_WORDS) and (
            bool(words & {"election", "elections", "presidential", "candidate", "candidates", "runoff", "ballot"})
            or verb.lemma_.lower() in ROUND_VERBS)
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in ("win", "lose", "sweep"):
        return True  # "Zelensky won the April 2019 vote" (a won confidence vote or motion is excluded above)
    return bool(words & VOTE_CUES) or bool(words & {"election", "elections"})


#: words of a sentence that tell of a vote other than the people's, for "the / that vote" after it
OTHER_VOTES = {"confidence", "no-confidence", "investiture", "censure", "motion", "impeachment", "referendum",
               "plebiscite", "budget", "bill", "ratification"}


def _told_before(noun: Token) -> bool:
    """ "Lofven became the first to lose a vote of no confidence. He lost that vote on 21 June":
    "the" or "that" vote with no election word of its own is the vote the sentence before told
    of, when that sentence speaks of another kind of vote and of no election."""
    if not any(c.dep_ == "det" and c.lower_ in ("the", "that", "this") for c in noun.children):
        return False
    if noun.sent.start == 0:
        return False
    before = {t.lower_ for t in noun.doc[noun.sent.start - 1].sent}
    return bool(before & OTHER_VOTES) and not before & {"election", "elections", "electorate", "voters"}


def _dated(prep: Token) -> bool:
    """ "on 1 June", "on Sunday": an "on" phrase whose object is a date, not a matter voted on."""
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    return obj is not None and (obj.ent_type_ == "DATE" or obj.like_num or any(t.like_num for t in obj.subtree))


#: words of a sentence that may tell of a region's, a city's or a party's election (not the titles of
#: people: "Warsaw Mayor Rafal Trzaskowski" may stand in the people's vote)
REGION_WORDS = {"local", "regional", "municipal", "provincial", "state", "states", "mayoral", "gubernatorial",
                "county", "district", "communal", "cantonal", "land", "länder", "primary",
                "primaries", "leadership", "by-election", "council", "councils"}
#: how sure the article's state is the election's when no state is named on it: above the flagging
#: threshold, below a state the sentence names
ARTICLE_SURE = 0.7


def article_state(ctx: Context, noun: Token) -> list[str]:
    """The state of an election no state is named on and no contender tells of ("the December 11
    election", "in the March 10 vote"): the article's one state, certain only when (1) the
    dateline's city lies in a state the headline or the dateline's sentence names, and they name
    no other; or (2) the whole article names one state only. The sentence must name no other
    state, and no person in it may serve another state (per the KB on the article's day)."""
    from accord.nlp.extract.claims._whose_country import served_state

    state = _the_articles_state(ctx)
    sent = noun.sent
    if state is None or {t.lower_ for t in sent} & REGION_WORDS or _european_parliament(sent):
        return []  # "... and will continue to govern the state": a region's election
    if any(s != state for s in ctx.entities(sent, ("state:",))):
        return []
    for person in ctx.entities(sent, ("person:",)):
        if any(s != state for s in served_state(ctx, person)):
            return []
    return [state]


def _the_articles_state(ctx: Context) -> str | None:
    """The one state the article is about (see `article_state`), cached on the context."""
    if hasattr(ctx, "_election_article_state"):
        return ctx._election_article_state
    found = None
    named = ctx.entities(ctx.doc, ("state:",))
    from accord.nlp.extract.claims.datelines import article_dateline

    lede, where = article_dateline(ctx)
    if len(named) == 1 and where <= set(named):
        found = named[0]  # the one state the article names (and its dateline's, if it has one)
    elif len(where) == 1 and set(ctx.entities(lede, ("state:",))) == where:
        found = next(iter(where))  # the dateline's state, the one its headline and lead name
    ctx._election_article_state = found
    return found


def one_date(ctx: Context, tokens: list[Token]) -> tuple[str, str, Span] | None:
    """(value, precision, span) of the one dated time expression among `tokens` (a day, a month or
    a year with its year known, not a range); None when there is none or more than one."""
    times = [(span, a) for span, a in ctx.timed_spans_in({t.i for t in tokens})
             if a.data.get("value") and a.data.get("precision")]
    if len(times) != 1:
        return None
    span, a = times[0]
    value, precision = str(a.data["value"]), a.data["precision"]
    if a.data.get("begin") or value.startswith("XXXX") or precision not in ("day", "month", "year") \
            or len(value) not in (4, 7, 10):
        return None
    return value, precision, span



def verb_date(ctx: Context, verb: Token) -> tuple[str, str, Span, dict] | None:
    """(value, precision, span, extra) of the one date the verb's own "in" / "on" phrases give
    ("won a second term in May 2019", "was re-elected on 12 July"), `extra` the plan modality for a
    date still to come; None without exactly one."""
    dated = [w for p in verb.children if p.dep_ == "prep" and p.lower_ in ("in", "on") for w in p.subtree]
    when = one_date(ctx, dated)
    if when is None:
        return None
    value, precision, span = when
    return value, precision, span, ({"modality": "plan"} if to_come(ctx, value) else {})

def _stranded_owner(ctx: Context, noun: Token, mods: list[Token]) -> list[Token]:
    """ "Poland's October 15 election handed power to ...": the parser may hang the possessor on
    a later word; read the state right before "'s" right before the election's own modifiers."""
    first = min([t.i for t in mods] + [noun.i])
    doc = ctx.doc
    if first >= 2 and doc[first - 1].tag_ == "POS" and doc[first - 1].i >= noun.sent.start + 1:
        owner = doc[first - 2]
        if (ctx.entity(owner) or "").startswith("state:"):
            return [owner]
    return []


PRESIDENT_HINT = re.compile(r"\b(?:president|presidential|presidency|convention|assembly|re-?elect)", re.I)


#: verbs of a contender in an election: "Yoon won the March 9 election", "Hipkins faces an
#: election on October 14", "Trudeau's Liberals won ..."
#: (not "call": "X called the election on March 23" gives the day it was called, not the vote's)
CONTEND_VERBS = WIN_VERBS | {"face", "run", "come", "lead", "finish"}
#: how sure a state read off the election's contender is (the KB's office of that person on the
#: article's day): above the flagging threshold, below a state the sentence names
CONTENDER_SURE = 0.7


def _contender_state(ctx: Context, noun: Token, verb: Token) -> list[str]:
    """The state of an election no state is named on: the one state whose office the KB gives the
    contender on the article's day, the contender being the subject (or the subject's owner) of
    the verb that takes the election ("Yoon won the March 9 election", "Trudeau's Liberals won the
    election on September 20") or of a relative clause on it ("the election on September 20, in
    which Trudeau's Liberals won a third term"). Any other state named in the sentence, or two
    contenders, or a contender the KB gives no state office: no state. A subject "he" / "she" or
    "his / her party" stands for the one person who is the subject of the sentence before."""
    from accord.nlp.extract.claims._whose_country import served_state

    verbs = [verb] if noun.head.i == verb.i or noun.head.head.i == verb.i else []
    # a relative clause on the election or on its date ("the election on September 20, in which ...")
    verbs += [c for w in [noun, *(o for p in noun.rights if p.dep_ == "prep" for o in p.children)]
              for c in w.rights if c.dep_ == "relcl"]
    people = []
    for v in verbs:
        if v.lemma_.lower() not in CONTEND_VERBS:
            continue
        subjects = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")] or \
            [s for s in [shared_subject(v)[1]] if s is not None]  # "X was sworn in and won the election"
        for subj in subjects:
            owners = [c for c in subj.children if c.dep_ == "poss"]
            people += ctx.entities([subj, *owners], ("person:",))
            if subj.lower_ in ("he", "she") or any(o.lower_ in ("his", "her") for o in owners):
                people += subject_before(ctx, noun.sent)  # "Meloni ... Her party came first in the ... election"
    people = list(dict.fromkeys(people))
    if len(people) != 1:
        return []
    states = served_state(ctx, people[0])
    others = ctx.entities(noun.sent, ("state:",))
    if len(states) != 1 or any(s != states[0] for s in others):
        return []
    return states


def _of_a_president(sent: Span) -> bool:
    """Words that make "the election" of no stated kind possibly a president's by an assembly."""
    return PRESIDENT_HINT.search(sent.text) is not None


def _head(ctx: Context, state: str) -> str | None:
    """How the state's head is chosen, as its election list says (direct, indirect, monarch)."""
    facts = ctx.kb.facts(subject=state, property=HELD) if ctx.kb is not None else []
    return (facts[0].qualifiers or {}).get("head") if facts else None


# -- re-elections ------------------------------------------------------------------------------------
#: "won a second term", "secured a third term": a re-election
TERM_ORDINALS = {"second", "third", "fourth", "fifth", "sixth", "another", "new", "consecutive"}
TERM_VERBS = {"win", "secure", "clinch", "earn", "gain"}
#: words of a re-election that is not the people's: by parliament, by a party, to a post
CHOSEN_BY = {"parliament", "lawmakers", "legislators", "deputies", "mps", "assembly", "congress", "senate", "party",
             "leader", "leadership", "chairman", "chair", "speaker", "convention", "delegates", "council",
             "committee", "board", "caucus", "bundestag", "sejm", "diet", "knesset",
             "investiture", "confidence", "riksdag", "cortes"}  # vote23: a term won in a parliament's vote


def re_election(tok: Token) -> bool:
    """ "re-election", which the tokenizer splits into "re", "-", "election"."""
    doc = tok.doc
    return tok.lower_ == "election" and tok.i >= 2 and doc[tok.i - 1].text == "-" and doc[tok.i - 2].lower_ == "re"


def re_elected(tok: Token) -> bool:
    """ "re-elected" (split into "re", "-", "elected", or one token), "reelected"."""
    doc = tok.doc
    if tok.lower_ in ("re-elected", "reelected"):
        return True
    return tok.lower_ == "elected" and tok.i >= 2 and doc[tok.i - 1].text == "-" and doc[tok.i - 2].lower_ == "re"


def _new_term(tok: Token) -> bool:
    """ "won a second term", "secured a third term", "won re-election": the noun of a re-election
    won."""
    if tok.lemma_.lower() == "term" and tok.dep_ == "dobj" and tok.head.lemma_.lower() in TERM_VERBS:
        return any(c.dep_ in ("amod", "advmod") and c.lower_ in TERM_ORDINALS for c in tok.children)
    return re_election(tok) and tok.head.lemma_.lower() in TERM_VERBS


def _reelection(ctx: Context, tok: Token) -> list[Statement]:
    """ "Orban was re-elected in April 2022", "Macron won re-election in April 2022", "Erdogan won a
    third term in May 2023": the state whose head (of state or of government) the KB has the
    person be on the clause's date held a national election then, of the kind that office is won
    by (presidential where the people elect the president and the office is the head of state's;
    parliamentary for a head of government). Only a dated clause, one person as its subject, a
    head office of one state on that date, and not a re-election "as" or "to" another post ("as
    party leader", "to the Senate")."""
    from accord.reconcile import timecmp

    verb = governor(tok)
    if verb.pos_ not in ("VERB", "AUX"):
        return []
    head = verb.head if verb.dep_ in ("advcl", "conj", "xcomp") and verb.head.pos_ in ("VERB", "AUX") else verb
    clause = [verb, head]
    if any(c.dep_ == "prep" and c.lower_ in ("as", "to") for v in clause for c in v.children) or negated(verb) \
            or negated(head):
        return []
    if {w.lower_ for w in tok.sent} & CHOSEN_BY or _names_a_post(tok, clause):
        return []  # "re-elected prime minister by parliament", "re-elected party chairman": not the people's vote
    subjects = [c for v in clause for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]
    people = list(dict.fromkeys(ctx.entities(subjects, ("person:",))))
    if len(people) != 1:
        return []
    dated = [w for v in clause for p in v.children if p.dep_ == "prep" and p.lower_ in ("in", "on") for w in p.subtree]
    when = one_date(ctx, dated)
    if when is None:
        return []
    value, precision, _ = when
    offices = {}
    for fact in ctx.kb.facts(subject=people[0], property="holds_office"):
        if timecmp.active_on(fact.start, fact.end, value, fact.point_in_time) is not True:
            continue
        attrs = ctx.kb.entity(fact.value).attrs or {}
        kind, where = str(attrs.get("kind", "")), attrs.get("jurisdiction")
        if kind.startswith("head_of") and isinstance(where, str) and where.startswith("state:"):
            offices[where] = kind
    if len(offices) != 1:
        return []
    state, office_kind = next(iter(offices.items()))
    if "state" in office_kind:
        if _head(ctx, state) != "direct":
            return []  # a monarch, or a president an assembly elects
        kind = PRESIDENTIAL
    else:
        kind = PARLIAMENTARY
    extra = {"modality": "plan"} if to_come(ctx, value) else {}
    return [make(ctx, state, HELD, kind, [tok], verb, False, {"point_in_time": TimeQualifier(value, precision)},
                 {"attachment": CONTENDER_SURE}, **extra)]


def _names_a_post(tok: Token, clause: list[Token]) -> bool:
    """Does the re-election name what the person was re-elected to ("re-elected prime minister",
    "re-elected party chairman"): a noun complement of the clause's verbs other than the
    re-election's own words ("won re-election", "won a third term")?"""
    return any(c.dep_ in ("oprd", "attr", "dobj", "xcomp", "appos") and c.pos_ in ("NOUN", "PROPN")
               and c.i != tok.i and c.lower_ not in ("re", "-") and not _new_term(c)
               for v in clause for c in v.children if v.i != tok.i or tok.pos_ == "VERB")


def to_come(ctx: Context, value: str) -> bool:
    """Does the election's date begin after the article's day? Then it is one still to come, as
    the article tells it (its day may yet move: a plan, never contradicted)."""
    from accord.kb import temporal

    day = ctx.doc._.document_date
    return bool(day) and temporal.lower(value) > str(day)[:10]


def _names_parliament(prep: Token) -> bool:
    """ "elections to the Bundestag", "the election to parliament": still the people's vote."""
    return prep.lower_ == "to" and any(w.lower_ in PARLIAMENTARY_WORDS | KINDLESS_WORDS | {"house"} for w in prep.subtree)


# -- check -------------------------------------------------------------------------------------------
def check(checker, st: Statement, on: str | None):
    from accord.reconcile import timecmp
    from accord.reconcile.kbcheck import Verdict, fact_evidence

    facts = checker.kb.facts(subject=st.subject, property=HELD)
    window = timecmp.bounds(st.point_in_time) if st.point_in_time is not None else None
    if not facts or window is None or st.polarity == "negated":
        return None
    kind = st.value
    lo, hi = window
    slack = MARGIN if st.point_in_time.precision == "day" else timedelta(0)
    state = checker.name(st.subject)
    of_kind = [f for f in facts if kind == ANY or f.value == kind]
    fitting = [f for f in of_kind if election_days(f)[0] <= hi and election_days(f)[1] >= lo]
    if fitting:
        days = ", ".join(sorted({_label(f) for f in fitting}))
        return Verdict("supported", f"{state} held a national {fitting[0].value} election on {days}.",
                       [fact_evidence(f) for f in fitting])
    near = [f for f in of_kind if election_days(f)[0] <= hi + slack and election_days(f)[1] >= lo - slack]
    qualifiers = facts[0].qualifiers or {}
    since = date.fromisoformat(str(qualifiers.get("complete_from", "9999-12-31")))
    until = date.fromisoformat(min(f.as_of for f in facts))
    head = qualifiers.get("head")
    if near or lo < since or hi > until or st.modality != "fact":
        return None
    if kind == PRESIDENTIAL and head != "direct":
        return None  # an assembly elects that president: the list does not hold it
    nearest = min(of_kind or facts, key=lambda f: abs((election_days(f)[0] - lo).days))
    said = {PRESIDENTIAL: "a presidential election", PARLIAMENTARY: "a parliamentary election"}.get(kind, "an election")
    return Verdict("contradicted_by_kb",
                   f"The claim has {state} hold {said} on {st.point_in_time.value}, but the knowledge base's "
                   f"list of its national elections ({since.isoformat()} to {until.isoformat()}) has none then; "
                   f"the nearest was the {nearest.value} election of {_label(nearest)}.",
                   [fact_evidence(f) for f in [nearest]])


def _label(fact) -> str:
    first, last = election_days(fact)
    return first.isoformat() if first == last else f"{first.isoformat()} to {last.isoformat()}"


def describe(name, st: Statement) -> str:
    """How a finding names the claim: "Poland held a parliamentary election on 2023-10-15"."""
    when = st.point_in_time.value if st.point_in_time is not None else "an unstated day"
    kind = "an election" if st.value == ANY else f"a {st.value} election"
    return f"{name(st.subject)} held {kind} on {when}"


CHECKS = {HELD: check}
WORDS = {HELD: describe}
