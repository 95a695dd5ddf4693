"""Summits and ministerial meetings told without the word "summit": the alliance's leaders or
ministers gathering somewhere ("NATO leaders gathered in Vilnius on Tuesday", "Allied foreign
ministers met in Bucharest", "Leaders of the 30 allies met in Brussels on Thursday"), or a place
receiving them ("The Netherlands hosted the alliance's leaders", "Lithuania's capital played
host to the 31 allies").

Only the organisation's own people make it its event: "EU leaders met in Brussels" or "Biden and
Erdogan met in Madrid" are someone else's meeting, and a meeting "with" someone is a bilateral
one. The event is linked as a summit noun is (`_eventlink.resolve`), and only when the clues
single it out by what the text says (place, date, both); a guess from the year alone makes no
claim, since leaders and ministers also meet outside the events the KB lists.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from accord.model import Statement
from accord.nlp.extract.claims import _eventdays as eventdays
from accord.nlp.extract.claims import _eventlink as links
from accord.nlp.extract.claims import _gathering_clauses as clauses
from accord.nlp.extract.claims import _summitplaces as places_near
from accord.nlp.extract.claims.grammar import RELATIVE_PRONOUNS, Context, make, negated

GATHER = {"gather", "meet", "assemble", "convene", "reconvene"}
PEOPLE = {"leader", "head", "minister", "ally", "counterpart"}
WRONG_DAY = "place and year (the date given is not the event's)"
SURE = {"place and date", "place and year", "date", "place", "date (the place given is not the event's)",
        "place (the date given is not the event's)", "place and year (the date given is not the event's)",
        "named by its year", links.UNDER_WAY, eventdays.MINISTERIAL_HOW, eventdays.MINISTERIAL_OWN}


def statements(ctx: Context, sent: Span, read_clues, year_guess) -> list[Statement]:
    """`read_clues(ctx, sent, tokens, noun)` gives (where, times) as for a summit noun."""
    if ctx.kb is None:
        return []
    out = []
    # ("the allies, meeting in Ottawa, agreed ...": the tagger may take the participle for a noun)
    for verb in (t for t in sent if t.pos_ == "VERB" or (t.dep_ == "acl" and t.lower_ in ("meeting", "gathering"))):
        found = _gathering(ctx, verb) or _hosting(ctx, verb) or _holding(ctx, verb) or _welcoming(ctx, verb)
        met = found is None and _meeting_counterparts(ctx, verb)
        found = found or met or None
        org = links.NATO
        if found is None:
            found, org = _others_gathering(ctx, verb), None
        if found is None:
            continue
        people, tokens, host = found
        where, times = read_clues(ctx, sent, tokens, people)
        where = where or host
        if not where and not times:
            continue
        if org is None:  # another organisation's leaders: its own events, by a day or place and date
            from accord.nlp.extract.claims.summits import _sure_for_another

            owner = links.owner(ctx, people)
            pool = links.candidates(ctx.kb, owner, people, False) if owner and owner.startswith("org:") else []
            link = links.resolve(ctx, pool, where, times, True)
            if link is None or not _sure_for_another(link, times):
                continue
        else:
            pool = links.candidates(ctx.kb, links.NATO, people, _ministerial(people), links.level(ctx, people))
            link = links.resolve(ctx, pool, where, times, True, named=_for_anniversary(ctx, verb),
                                 past=not clauses.told_as_now(verb))
            if link is None and not times and _ministerial(people):
                # "NATO foreign ministers gathered in Rome", filed during their Brussels meeting
                link = eventdays.ministerial_under_way(ctx, people, pool, where)
        if link is None or link.how not in SURE or (met and link.how not in COUNTERPARTS_SURE):
            continue
        if link.how == links.UNDER_WAY and not clauses.told_as_now(verb) and clauses.held_there(pool, where):
            continue  # "NATO leaders met in Brussels", filed during the Vilnius summit: one of Brussels' own
        if link.how == WRONG_DAY and _people_word(people) not in ("leader", "head") \
                and not (_ministerial(people) and "place:brussels" not in where):
            # "NATO allies met in Brussels on 5 July": the Council meets there any day; ministers
            # elsewhere meet once a year at most (`_eventlink._ministerial`)
            continue
        sure = {"event": link.confidence} | year_guess(ctx, tokens, times, link)
        if not times:  # "NATO leaders met in Madrid last week": the week dates the event the clues linked
            from accord.nlp.extract.claims.summits import week_edge, week_time

            times = week_time(ctx, tokens)
            sure |= week_edge(times)
        anchor = [people, verb]
        if times:
            out.append(make(ctx, link.event, "took_place_on", link.event, anchor, verb, negated(verb), times,
                            confidence=sure))
        out += [make(ctx, link.event, "located_in", place, anchor, verb, negated(verb),
                     confidence={"event": link.confidence}) for place in where]
        if not any(p.startswith("place:") for p in where) and _people_word(people) != "ally":
            # "NATO leaders will meet in the Belgian city of Ghent": a city the KB lacks, placed
            # in a state by the text or a world city, read as a summit noun's is
            from accord.nlp.extract.claims.summits import MINTED_LINK, unknown_places

            out += [make(ctx, link.event, "located_in", place, anchor, verb, negated(verb),
                         confidence={"event": link.confidence, "link": MINTED_LINK})
                    for place in unknown_places(ctx, sent, tokens, people, link.event, verb)]
    return out


def _people_word(tok: Token) -> str:
    """The people noun's lemma, also when the tagger took a capitalised plural at a sentence's
    start for a proper noun ("Heads of state ..." after a byline keeps the lemma "Heads")."""
    lemma = tok.lemma_.lower()
    if lemma in PEOPLE:
        return lemma
    word = tok.text.lower()
    singular = word[:-3] + "y" if word.endswith("ies") else word[:-1] if word.endswith("s") else word
    return singular if singular in PEOPLE else lemma


def _ministerial(people: Token) -> bool:
    return _people_word(people) == "minister" or any(t.lower_ in links.MINISTER_WORDS for t in people.lefts)


def nato_people(ctx: Context, tok: Token | None) -> bool:
    """"NATO leaders", "allied foreign ministers", "the alliance's leaders", "leaders of the 30
    allies", "the allies" — not "EU leaders", "Biden", "leaders" alone."""
    if tok is None or _people_word(tok) not in PEOPLE:
        return False
    if _people_word(tok) == "ally" and tok.tag_ in ("NNS", "NNPS"):
        return links.owner(ctx, tok) in (None, links.NATO)
    return links.owner(ctx, tok) == links.NATO


def _gathering(ctx: Context, verb: Token):
    """(the people, the clue tokens, no host) when the organisation's people gather."""
    participle = verb.pos_ != "VERB" and verb.dep_ == "acl" and verb.lower_ in ("meeting", "gathering")
    if verb.lemma_.lower() not in GATHER and not participle:
        return None
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if verb.dep_ == "acl" and subj is None:  # "leaders meeting in Brussels"
        subj = verb.head
    elif subj is not None and subj.lower_ in RELATIVE_PRONOUNS:  # "leaders, who gathered in London"
        noun = places_near.antecedent(verb)
        subj = _people_of(noun)
        if subj is not None and noun is not None and subj.i != noun.i and _nato_chain(ctx, subj, verb):
            return (subj, _clues(verb), []) if not _with(verb) else None
    if not nato_people(ctx, subj) or _with(verb):
        return None
    where = clauses.where_place(ctx, verb)  # "the Lithuanian capital, where NATO leaders meet"
    return subj, _clues(verb), [where] if where else []


# Meeting one's counterparts somewhere is a summit only when the clues name one surely: not the only
# summit ever held in the place given ("met his NATO counterparts in Lisbon last year" is no 2010 summit)
COUNTERPARTS_SURE = {"place and date", "place and year", "date", links.UNDER_WAY}
MINISTRY_WORDS = {"foreign", "defence", "defense", "secretary", "finance", "interior", "ministers", "minister"}


def _meeting_counterparts(ctx: Context, verb: Token):
    """(the people, the clue tokens, no host) when someone meets the organisation's people named
    as such: "he met with his NATO counterparts in Washington", "she met her fellow alliance
    leaders in Vilnius" — the counterparts must name the organisation ("his counterparts", "the
    allies" or "allied officials" alone may be anyone's, and "officials" meet any day)."""
    if verb.lemma_.lower() not in GATHER:
        return None
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += [o for c in verb.children if c.dep_ == "prep" and c.lower_ == "with" for o in c.children
                if o.dep_ == "pobj"]
    people = next((o for o in objects if _people_word(o) in ("counterpart", "leader", "head", "minister")
                   and links.owner(ctx, o) == links.NATO), None)
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    words = {t.lower_ for t in subject.subtree} if subject is not None else set()
    if "prime" in words:
        words -= {"minister", "ministers"}  # a prime minister's counterparts are the leaders
    if people is None or (_people_word(people) == "counterpart" and words & MINISTRY_WORDS):
        return None  # a minister's counterparts meet at ministerial meetings, some the KB lacks
    # "met his NATO counterparts in Seoul": the parser may hang the place on the people
    own = {t.i for c in people.children if c.dep_ == "prep" and c.lower_ in ("in", "at") for t in c.subtree}
    return people, _clues(verb) | own, []


def _others_gathering(ctx: Context, verb: Token):
    """"Quad leaders met in Tokyo on May 24, 2022": another organisation's leaders (not its
    ministers: the KB lists no other organisation's ministerial meetings) gathering."""
    if verb.lemma_.lower() not in GATHER or _with(verb):
        return None
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or _people_word(subj) not in ("leader", "head"):
        return None
    owner = links.owner(ctx, subj)
    if not owner or not owner.startswith("org:") or owner == links.NATO:
        return None
    return subj, _clues(verb), []


def _nato_chain(ctx: Context, people: Token, verb: Token) -> bool:
    """"heads of state of NATO's member states, who ...": the organisation in the "of" phrases,
    and no other organisation or state there."""
    clause = {t.i for t in verb.subtree}
    words = [t for t in people.subtree if t.i not in clause and t.i != people.i]
    ents = {ctx.entity(t) or "" for t in words}
    named = any(e == links.NATO for e in ents) or any(t.lower_ in links.NATO_WORDS for t in words)
    return named and not any(e.startswith(("state:", "person:")) or (e.startswith("org:") and e != links.NATO)
                             for e in ents)


def _people_of(tok: Token | None) -> Token | None:
    """"leaders of the member states, who gathered": the relative clause hangs on "states"."""
    t = tok
    for _ in range(3):  # "heads of state or government of the member states, who ..."
        if t is None or _people_word(t) in PEOPLE or t.dep_ != "pobj" or t.head.lower_ != "of":
            break
        t = t.head.head
    return t if t is not None and _people_word(t) in PEOPLE else tok


def _hosting(ctx: Context, verb: Token):
    """(the people, the clue tokens, the host) when a place receives the organisation's people:
    "X hosted NATO leaders", "X played host to the allies"."""
    lemma = verb.lemma_.lower()
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    if lemma == "play" and any(o.lower_ == "host" for o in objs):
        objs = [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" for p in c.children if p.dep_ == "pobj"]
    elif lemma != "host":
        return None
    people = next((o for o in objs if nato_people(ctx, o)), None)
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if people is None or subj is None:
        return None
    host = places_near.capital_of(ctx, subj) or ctx.entity(subj) or ""
    if not host.startswith(("place:", "state:")):
        return None
    return people, _clues(verb), [host]


HOLD = {"begin", "start", "open", "hold", "end", "conclude", "close", "wrap", "kick", "finish"}
TALKS = {"talk", "talks", "meeting", "summit", "session", "gathering", "consultation", "discussion"}
SPANS = {"day", "days", "round", "rounds"}  # "began two days of talks"


def _holding(ctx: Context, verb: Token):
    """(the people, the clue tokens, the host) when the organisation's people hold talks or a
    meeting: "NATO foreign ministers began two days of informal talks in Oslo on Wednesday",
    "Foreign ministers of the 32 allies ended an informal meeting hosted by the Czech Republic on
    Friday". The talks' own "in"/"at" phrases and a participle that hosts them count as the
    verb's."""
    if verb.lemma_.lower() not in HOLD:
        return None
    talks = _talks(verb)
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if talks is None or not nato_people(ctx, subj) or _with(verb) or any(
            c.dep_ == "prep" and c.lower_ in ("with", "between") for c in talks.children):
        return None
    tokens = _clues(verb)
    for c in talks.children:
        if c.dep_ == "prep" and c.lower_ in ("in", "at"):
            tokens |= {t.i for t in c.subtree}
        if c.dep_ == "acl" and c.lemma_.lower() in ("host", "hold"):  # "a meeting hosted by X on Friday"
            tokens |= _clues(c)
    return subj, tokens, _hosts(ctx, talks)


def _talks(verb: Token) -> Token | None:
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is not None and obj.lemma_.lower() in SPANS:
        obj = next((p for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"
                    for p in c.children if p.dep_ == "pobj"), None)
    return obj if obj is not None and obj.lemma_.lower() in TALKS | {"talk"} else None


def _hosts(ctx: Context, noun: Token) -> list[str]:
    """"a meeting hosted by the Czech Republic": the state or city of the participle's agent."""
    out = []
    for acl in (c for c in noun.children if c.dep_ == "acl" and c.lemma_.lower() in ("host", "hold")):
        for agent in (c for c in acl.children if c.dep_ == "agent"):
            for tok in (t for t in agent.children if t.dep_ == "pobj"):
                ent = places_near.capital_of(ctx, tok) or ctx.entity(tok) or ""
                if ent.startswith(("state:", "place:")) and ent not in out:
                    out.append(ent)
    return out


def _welcoming(ctx: Context, verb: Token):
    """(the people, the clue tokens, the place) when someone welcomes the organisation's people
    to a place: "President Joe Biden welcomed NATO leaders to Washington on Tuesday"."""
    if verb.lemma_.lower() not in ("welcome", "receive"):
        return None
    people = next((c for c in verb.children if c.dep_ == "dobj" and nato_people(ctx, c)), None)
    if people is None:
        return None
    where = []
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"):
        for tok in (t for t in prep.children if t.dep_ == "pobj"):
            ent = places_near.capital_of(ctx, tok) or ctx.entity(tok) or ""
            if ent.startswith(("state:", "place:")):
                where.append(ent)
    return (people, _clues(verb), where) if where else None


def _for_anniversary(ctx: Context, verb: Token) -> str | None:
    """"gathered in London for the 70th anniversary of the alliance": the year it names."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "for"):
        words = [t for t in prep.subtree]
        if any((ctx.entity(t) or "") == links.NATO or t.lower_ in links.NATO_WORDS for t in words):
            return links.anniversary_year(ctx, words)
    return None


SOMEONE = {"leader", "counterpart", "minister", "president", "chancellor", "premier", "official", "delegation",
           "partner", "head", "envoy", "ambassador", "representative", "secretary", "king", "queen", "he", "she",
           "they", "him", "her", "them"}


def _with(verb: Token) -> bool:
    """A meeting with someone ("met with Zelensky", "with their Ukrainian counterpart"), not an
    absolute phrase ("with Turkey's objections high on the agenda", "with Ukraine in focus")."""
    return any(_someone(o) for c in verb.children if c.dep_ == "prep" and c.lower_ in ("with", "between")
               for o in c.children if o.dep_ == "pobj")


def _someone(tok: Token) -> bool:
    people = [tok] + [c for c in tok.children if c.dep_ == "conj"]
    return any(t.pos_ == "PROPN" or t.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or t.lemma_.lower() in SOMEONE
               or t.lower_ in SOMEONE for t in people)


def _clues(verb: Token) -> set[int]:
    """The verb's "in", "at", "on", "during" phrases and bare time phrases ("this week")."""
    out: set[int] = set()
    for c in verb.children:
        if (c.dep_ == "prep" and c.lower_ in ("in", "on", "at", "during")) or c.dep_ == "npadvmod":
            out |= {t.i for t in c.subtree}
    return out
