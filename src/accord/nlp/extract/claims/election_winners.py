"""Who won a national election (`won_election`, person -> state; negated: the person did not win).

Read, with the election dated (its own modifier or "on" / "in" phrase, as elections.py reads it):
- "X won the (presidential) election / run-off of D", "X won Sunday's run-off" -> X won;
- "X defeated / beat Y in the run-off of D", "X won the election, defeating Y" -> X won, Y did not;
- "X lost the election of D to Y" -> Y won, X did not; "X failed to win / did not win the
  election" -> X did not win;
- "the election of D, won by X" -> X won.
- (session 16) the clause whose "in" phrase holds the election: "X lost (to Y) in the run-off",
  "Y was defeated in the election" (a passive with no agent: Y lost), "X won (a second term) in
  the run-off", "X beat Y in the second round" (the phrase hung on Y too); a concession: "X
  conceded (defeat) (to Y) in / after the run-off", "X conceded the run-off to Y" -> X lost, Y won;
  a place: "X came first / finished second in the run-off" -> won / lost, read only for a
  run-off or second round or an election dated to its day (a first round gets no verdict: "came
  first in the 2025 presidential election" may be its first round); a participle takes its
  clause's subject ("After losing the 2019 presidential election, X returned ...", "Having lost
  the run-off, X ..."); no state named: the article's one state (elections.article_state) when
  no person named held a head office then.
- "X, the winner of the run-off", "X was (not) the loser of the 2019 election", "the winner of
  the run-off, X" (`_named_winner`); "X lost his bid (for the presidency) to Y in the run-off".
- "X was (not) elected president of S in D" / "elected S's president in D" (`_elected_president`):
  a presidential election won, checked as one (a state whose assembly elects its president has
  no direct presidential election listed: no verdict).
- (neg25) a president's re-election won or denied: "X was (not) re-elected on D", "X won / did not
  win / failed to win re-election (a second term) in D" (`_re_elected`): the incumbent head of state of one state
  on that date won (did not win) its presidential election of D; another post named, a body
  that chose, or a head of government is not read.
The state is the election's own (owner, adjective, "in" phrase), else the one state whose head
office the KB gives one of the people named from the vote to 150 days after it. A party or an alliance
that won ("Kurz's People's Party won") is not a person: not read. Not read either: a sentence
that speaks of a first round, of a nomination, a party's leadership or a primary, of a vote
moved or annulled, or with an election word the KB does not list (elections.OTHER_ELECTIONS).

Checked (`check`) against the KB's lists of elections (elections.yaml) and office holders:
- a direct presidential election (its kind stated, or the only national vote of that day in a
  state whose people elect the president): rounds less than 45 days apart are one election; a
  day that is an earlier round is a first round (its "winner" only topped it): no verdict. The
  winner is the one holder (not acting) whose term of the state's head-of-state office begins
  within 150 days after the last round (Taiwan's takes office about 130 days after), else the
  holder in office (not acting) on its day and a year after (an incumbent re-elected). Another
  person named as winner, or the winner named as loser, is a contradiction only where the
  office's list of holders is complete on those days (kb.covers); an election whose winner the
  rule cannot name (an annulled vote, a president who resigned) has no verdict.
- a parliamentary election (or one of no stated kind on a day with one): who won is not who
  governs after it (coalitions, a runner-up's government), so a named winner is supported only
  as the head of government who took office within 150 days after it or stayed in office a
  year after it, and contradicted only as a person whose every state office the KB knows is of
  another state (a foreign politician); a loser is never contradicted.
"""

from __future__ import annotations

from datetime import date

from spacy.tokens import Span, Token

from accord.model import Statement, TimeQualifier
from accord.nlp.extract.claims import elections
from accord.nlp.extract.claims.grammar import Context, make, negated

ORDER = 65
WON = "won_election"
NOUNS = {"election", "runoff", "run-off", "vote", "polls", "race"}
#: a "vote" / "polls" / "race" is an election only with an election word beside it
WEAK = {"vote", "polls", "race"}
WIN, LOSE, BEAT = {"win", "sweep", "clinch"}, {"lose"}, {"defeat", "beat"}
#: words of a sentence that speaks of something other than the winner of the vote
NOT_THE_WINNER = {"first", "first-round", "nomination", "primary", "primaries", "leadership", "seat", "seats",
                  "popular", "plurality", "most", "majority", "mandate", "district", "constituency", "ward"}


def extract(ctx: Context, sent: Span) -> list[Statement]:
    if ctx.kb is None:
        return []
    words = {t.lower_ for t in sent if not _a_rank(t)}
    if not words & (NOUNS | {"off", "round", "elected", "re-elected", "reelected", "term"}) \
            or words & (elections.MOVED | NOT_THE_WINNER):
        return []
    out: list[Statement] = []
    for noun in sent:
        if elections.re_elected(noun) or elections.re_election(noun) or _ordinal_term(noun):
            out += _re_elected(ctx, noun)
        elif is_election(noun):
            out += _results(ctx, noun)
        elif noun.lower_ == "elected" and noun.pos_ == "VERB":
            out += _elected_president(ctx, noun)
    return out


def _re_elected(ctx: Context, tok: Token) -> list[Statement]:
    """ "X was (not) re-elected (president) on D", "X won / did not win / failed to win re-election
    (a second term) in D" (neg25): a president re-elected won the presidential election of that date, one not
    re-elected did not win it. Read only for one person, the subject, who held the head of
    state's office of one state on the date's first or last day (`_presidents_state`: an
    incumbent), with one date in the verb's "in" / "on" phrase, no other post named ("re-elected
    party leader", "to parliament", "as speaker", "to lead the party") and no body that chose ("by parliament":
    elections.CHOSEN_BY). Checked as `won_presidential_election`: a state whose president is not
    elected by the people, or a date with no presidential election, gets no verdict. A head of
    government re-elected is not read (who won a parliament's election is not who governs)."""
    if elections.re_elected(tok):
        verb = tok  # the parser may hang the subject and "not" on "was" (re-elected its acomp, or "was" its auxpass)
        holders = [tok] + ([tok.head] if tok.dep_ == "acomp" and tok.head.pos_ == "AUX" else []) + \
            [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
        subjects = [c for h in holders for c in h.children if c.dep_ in ("nsubj", "nsubjpass")]
        denied = any(negated(h) for h in holders)
    elif tok.dep_ == "dobj" and tok.head.lemma_.lower() in elections.TERM_VERBS:
        verb = tok.head
        holder = verb.head if verb.dep_ == "xcomp" else verb  # "failed to win re-election": the subject of "failed"
        subjects = [c for c in holder.children if c.dep_ == "nsubj"]
        denied = negated(verb)
    else:
        return []
    if len(subjects) != 1 or {w.lower_ for w in verb.sent} & elections.CHOSEN_BY or _another_post(verb, tok):
        return []
    people = list(dict.fromkeys(ctx.entities([subjects[0]] + [a for a in subjects[0].children if a.dep_ == "appos"],
                                             ("person:",))))
    when = elections.verb_date(ctx, verb)
    if len(people) != 1 or when is None:
        return []
    value, precision, span, extra = when
    states = _presidents_state(ctx, people[0], value)
    if len(states) != 1:
        return []
    return [make(ctx, people[0], WON_PRESIDENTIAL, states[0], [subjects[0], tok, span[0], span[-1]], verb,
                 denied, {"point_in_time": TimeQualifier(value, precision)}, **extra)]


def _ordinal_term(tok: Token) -> bool:
    """ "a second term", "a third five-year term": a term counted (elections.TERM_ORDINALS), as
    what a re-election wins."""
    return tok.lemma_.lower() == "term" and any(c.dep_ in ("amod", "advmod") and c.lower_ in elections.TERM_ORDINALS
                                                for c in tok.children)


def _another_post(verb: Token, tok: Token) -> bool:
    """Does the re-election name a post other than the presidency: a complement ("re-elected
    party chairman", "re-elected vice president") or an "as" / "to" phrase ("as speaker", "to
    the Senate") on the verb or on "re-election"? "re-elected (as) president" is the presidency."""
    for head in (verb, tok):
        for c in head.children:
            if tok.i - 2 <= c.i <= tok.i:
                continue  # the word itself ("re", "-", "election")
            if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX"):
                return True  # "was re-elected to lead the party"
            if c.dep_ in ("oprd", "attr", "xcomp", "dobj") and c.pos_ in ("NOUN", "PROPN"):
                title = c
            elif c.dep_ == "prep" and c.lower_ in ("as", "to"):
                title = next((o for o in c.children if o.dep_ == "pobj"), None)
            else:
                continue
            if title is None or c.lower_ == "to" or title.lemma_.lower() != "president" or \
                    {w.lower_ for w in title.subtree} & NOT_THE_HEAD:
                return True
    return False


def _presidents_state(ctx: Context, person: str, value: str) -> list[str]:
    """The states whose head of state's office the person held on the first or the last day of
    `value` (an incumbent at the vote)."""
    from accord.kb import temporal

    days = [temporal.lower(value)[:10], temporal.upper(value)[:10]]
    return _heads_of(ctx, [person], days, ("head_of_state", "head_of_state_and_government"))


def _heads_of(ctx: Context, people: list[str], days: list[str], kinds: tuple[str, ...] = ("head_of",)) -> list[str]:
    """The states one of whose offices of `kinds` (a kind beginning so) one of the people held on
    one of the days."""
    from accord.reconcile import timecmp

    states = set()
    for fact in (f for person in people for f in ctx.kb.facts(subject=person, property="holds_office")):
        attrs = ctx.kb.entity(fact.value).attrs or {}
        where = attrs.get("jurisdiction")
        if not str(attrs.get("kind", "")).startswith(kinds) or not str(where).startswith("state:"):
            continue
        if any(timecmp.active_on(fact.start, fact.end, d, fact.point_in_time) is True for d in days):
            states.add(where)
    return sorted(states)


#: words beside "president" that make it another post ("vice president", "the party's president")
NOT_THE_HEAD = {"vice", "vice-president", "deputy", "acting", "interim", "party", "assembly", "parliament",
                "senate", "commission", "council", "court", "club", "federation", "union", "association", "bank"}


def _elected_president(ctx: Context, verb: Token) -> list[Statement]:
    """ "X was elected president of Ukraine in 2019", "X was (not) elected Slovakia's president
    in March 2019": X won (did not win) the state's presidential election of that date. Only a
    person as the passive subject, "president" (as) its complement with one state named on it
    and nothing else ("vice president", "president of the Senate"), and one date in the verb's
    "in" / "on" phrase; checked as `won_presidential_election` (a state whose assembly elects
    the president, or a date with no direct presidential election, gets no verdict)."""
    titles = [c for c in verb.children if c.dep_ in ("oprd", "attr", "xcomp", "dobj") and c.lemma_.lower() == "president"]
    titles += [o for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for o in c.children
               if o.dep_ == "pobj" and o.lemma_.lower() == "president"]
    subjects = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if len(titles) != 1 or len(subjects) != 1 or elections.re_elected(verb):
        return []
    title = titles[0]
    words = [w for w in title.subtree if w.i != title.i]
    if {w.lower_ for w in words} & NOT_THE_HEAD or any(w.pos_ in ("ADJ", "NUM") and not ctx.entity(w) for w in words):
        return []  # "vice president", "the first female president": not read
    states = list(dict.fromkeys(ctx.entities(words, ("state:",))))
    people = list(dict.fromkeys(ctx.entities(subjects + [a for a in subjects[0].children if a.dep_ == "appos"],
                                             ("person:",))))
    named = {e for w in words if (e := ctx.entity(w))}
    if len(states) != 1 or len(people) != 1 or named - set(states):
        return []
    when = elections.verb_date(ctx, verb)
    if when is None:
        return []
    value, precision, span, extra = when
    return [make(ctx, people[0], WON_PRESIDENTIAL, states[0], [subjects[0], title, span[0], span[-1]], verb,
                 negated(verb), {"point_in_time": TimeQualifier(value, precision)}, **extra)]


def _run_off(tok: Token) -> bool:
    """ "run-off", which the tokenizer splits into "run", "-", "off"."""
    doc = tok.doc
    return tok.lower_ == "off" and tok.i >= 2 and doc[tok.i - 1].text == "-" and doc[tok.i - 2].lower_ == "run"


def _results(ctx: Context, noun: Token) -> list[Statement]:
    """The winners and losers told of one election noun."""
    frame = _frame(noun)
    if frame is None:
        return []
    verb, winners, losers = frame
    mods = elections.modifiers(noun)
    mod_words = {t.lower_ for t in mods} | {p for t in mods for p in t.lower_.split("-")}
    dated = [p for p in noun.rights if p.dep_ == "prep" and p.lower_ == "of" and _a_date(ctx, p)]
    kind = elections.PRESIDENTIAL if mod_words & elections.PRESIDENTIAL_WORDS else \
        elections.PARLIAMENTARY if mod_words & elections.PARLIAMENTARY_WORDS else elections.ANY
    preps = [p for w in (noun, verb) for p in w.children if p.dep_ == "prep" and p.lower_ in ("on", "in")] + dated
    when = election_date(ctx, noun, verb)
    if when is None:
        return []
    value, precision, span = when
    if _ranked(verb) is not None and precision != "day" and not (_run_off(noun) or noun.lower_ == "runoff"
                                                                 or _deciding_round(noun)):
        return []  # "came first in the 2025 presidential election": perhaps its first round
    won = [p for t in winners for p in ctx.entities([t], ("person:",))]
    lost = [p for t in losers for p in ctx.entities([t], ("person:",))]
    if len(set(won)) > 1 or len(set(lost)) > 1 or not won + lost:
        return []
    owners = [t for t in mods if t.dep_ in ("poss", "amod", "compound", "nmod")]
    places = [w for p in preps if p.lower_ == "in" and noun not in p.children for w in p.subtree if w.i != p.i]
    states = list(dict.fromkeys(ctx.entities(owners + places, ("state:",))))
    sure = None
    if not states:
        states = _head_state(ctx, won + lost, value)
    if not states and not places:  # the article's one state (elections.article_state)
        states, sure = elections.article_state(ctx, noun), {"attachment": elections.ARTICLE_SURE}
    if len(states) != 1:
        return []
    prop = WON if kind != elections.PRESIDENTIAL else WON_PRESIDENTIAL
    times = {"point_in_time": TimeQualifier(value, precision)}
    extra = {"modality": "plan"} if elections.to_come(ctx, value) else {}
    tokens = [noun] + ([span[0], span[-1]] if span is not None and len(span) else [])
    denied = negated(verb)
    out = [make(ctx, p, prop, states[0], tokens + [t], verb, denied, times, sure, **dict(extra))
           for p, t in zip(won, [t for t in winners if ctx.entities([t], ("person:",))])]
    if not denied:
        out += [make(ctx, p, prop, states[0], tokens + [t], verb, True, times, sure, **dict(extra))
                for p, t in zip(lost, [t for t in losers if ctx.entities([t], ("person:",))])]
    return out


WON_PRESIDENTIAL = "won_presidential_election"


def election_date(ctx: Context, noun: Token, verb: Token) -> tuple[str, str, Span] | None:
    """(value, precision, span) of the national election the noun names: its one date among its
    modifiers and the "on" / "in" / "of" phrases of the noun and of the verb that takes it; None
    for an election the KB does not list ("the election of a president", "the local election")."""
    mods = elections.modifiers(noun)
    mod_words = {t.lower_ for t in mods} | {p for t in mods for p in t.lower_.split("-")}
    dated = [p for p in noun.rights if p.dep_ == "prep" and p.lower_ == "of" and _a_date(ctx, p)]
    if mod_words & elections.OTHER_ELECTIONS or any(p.dep_ == "prep" and p.lower_ in ("for", "of", "to")
                                                    and p not in dated for p in noun.rights):
        return None  # "the election of a president", "the election for mayor"
    if noun.lower_ in WEAK and not mod_words & (elections.PRESIDENTIAL_WORDS | elections.PARLIAMENTARY_WORDS
                                                | elections.KINDLESS_WORDS):
        return None
    preps = [p for w in (noun, verb) for p in w.children if p.dep_ == "prep" and p.lower_ in ("on", "in")] + dated
    return elections.one_date(ctx, mods + [w for p in preps for w in p.subtree])


def is_election(tok: Token) -> bool:
    """Is the token an election noun ("election", "runoff", "run-off", "vote" ..., "the second
    round")?"""
    return (tok.lower_ in NOUNS or _run_off(tok) or _deciding_round(tok)) and tok.pos_ in ("NOUN", "PROPN") \
        and not elections.re_election(tok)


#: the words of an election's deciding round ("the second round", "the final round"; never the first)
DECIDING = {"second", "final", "decisive", "2nd", "run-off", "runoff"}


def _deciding_round(tok: Token) -> bool:
    """ "the second round", "the final round": the run-off."""
    return tok.lower_ == "round" and any(c.dep_ in ("amod", "compound", "nummod") and c.lower_ in DECIDING
                                         for c in tok.children)


def _a_rank(tok: Token) -> bool:
    """The "first" of "came first" / "finished first" (a place in the vote, not a first round)."""
    return tok.lower_ in RANKS and tok.head.lemma_.lower() in RANK_VERBS and tok.head.i != tok.i


def _a_date(ctx: Context, prep: Token) -> bool:
    """Is the preposition's object a date ("the election of 9 March 2022")?"""
    return elections.one_date(ctx, list(prep.subtree)) is not None


def _subjects(verb: Token) -> list[Token]:
    """The verb's subject with its appositions; "Yoon, a former prosecutor, won": the parser may
    make the apposition the subject and hang the name on the verb, so a name that opens the
    sentence before a comma is read too."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects and verb.dep_ == "xcomp":  # "X failed to win the election"
        subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]
    if verb.dep_ == "relcl" and any(s.lower_ in ("who", "that") for s in subjects):
        subjects = [verb.head]  # "Kilicdaroglu, who lost the run-off to Erdogan"
    subjects += [a for s in subjects for a in s.children if a.dep_ == "appos"]
    doc = verb.doc
    subjects += [c for c in verb.lefts if c.dep_ in ("advmod", "npadvmod") and c.i == verb.sent.start
                 and doc[c.i + 1].text == ","]
    return subjects


def _frame(noun: Token) -> tuple[Token, list[Token], list[Token]] | None:
    """(verb, winner tokens, loser tokens) of the clause the election noun is in: "X won / lost
    the election", "X defeated / beat Y in the election", "the election won by X", and (session
    16) the clause whose "in" phrase holds it: "X lost to Y in the run-off", "X won (a second
    term) in the run-off", "Y was defeated in the election", "X conceded (defeat to Y) after the
    run-off", "X came first / second in the run-off" (`_ranked`)."""
    head = noun.head
    lemma = head.lemma_.lower()
    subjects = _clause_subjects(head)
    if noun.dep_ == "dobj" and lemma in WIN | LOSE | CONCEDE:
        if lemma in WIN:
            beaten = [o for c in head.children if c.dep_ == "advcl" and c.lemma_.lower() in BEAT
                      for o in c.children if o.dep_ == "dobj"]  # "won the election, defeating Y"
            beaten += [o for c in head.subtree if c.dep_ == "prep" and c.lower_ in ("against", "over")
                       and _clause_verb(c).i == head.i for o in c.children if o.dep_ == "pobj"]
            # "won the run-off against Y", "won ... with 52% of the vote against Y"
            return head, subjects, beaten
        return head, _to(head), subjects  # "X lost the election to Y", "X conceded the election to Y"
    if noun.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in WINNER | LOSER:
        return _named_winner(noun, head.head)
    if noun.dep_ != "pobj" or head.lower_ not in ("in", "after"):
        return _won_by(noun)
    verb = head.head
    if head.lower_ == "in" and verb.lemma_.lower() in VICTORY | DEFEAT and verb.pos_ == "NOUN" \
            and any(c.dep_ == "poss" for c in verb.children):
        return _nominal(verb)
    if verb.dep_ in ("dobj", "attr") and verb.pos_ in ("NOUN", "PROPN") and verb.head.pos_ == "VERB":
        verb = verb.head  # "defeated Sefcovic in the run-off": the phrase hung on the object
    lemma = verb.lemma_.lower()
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if head.lower_ == "after":  # only a concession is told of the election it follows
        return (verb, _to(verb, objects), _clause_subjects(verb)) if lemma in CONCEDE and _conceded(objects) else None
    if lemma in BEAT:
        agents = [o for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
        passive_subjects = [c for c in verb.children if c.dep_ == "nsubjpass"]
        if agents or passive_subjects:
            return verb, agents, passive_subjects  # "Y was defeated (by X) in the election"
        return verb, _clause_subjects(verb), objects
    if lemma in LOSE and all(o.lemma_.lower() in BIDS for o in objects):
        return verb, _to(verb), _clause_subjects(verb)  # "X lost (his bid) (to Y) in the run-off"
    if (lemma in WIN and all(_a_term(o) for o in objects)) or (lemma in SCORED and objects and all(
            o.lemma_.lower() in VICTORY | {"landslide"} for o in objects)):
        # "X won (a second term) in the run-off", "X won / secured a narrow victory in the run-off"
        beaten = [o for c in verb.children if c.dep_ == "prep" and c.lower_ in ("against", "over")
                  for o in c.children if o.dep_ == "pobj"]
        return verb, _clause_subjects(verb), beaten  # "X won (a second term) in the run-off"
    if lemma in CONCEDE and _conceded(objects):
        return verb, _to(verb, objects), _clause_subjects(verb)  # "X conceded (defeat) in the run-off"
    if lemma == "elect" and _presidential_round(noun) and not any(
            (c.dep_ == "prep" and c.lower_ in ("to", "as")) or c.dep_ in ("oprd", "attr", "dobj", "xcomp")
            for c in verb.children):  # (not "elected to parliament", "elected mayor")
        return verb, [c for c in verb.children if c.dep_ == "nsubjpass"], []  # "X was elected in the run-off"
    rank = _ranked(verb)
    if rank is not None:
        return (verb, _clause_subjects(verb), []) if rank == 1 else (verb, [], _clause_subjects(verb))
    return None


def _won_by(noun: Token) -> tuple[Token, list[Token], list[Token]] | None:
    """ "the election, won by X"."""
    for acl in noun.children:
        if acl.dep_ == "acl" and acl.lemma_.lower() in WIN and acl.tag_ == "VBN":
            agents = [o for c in acl.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
            if agents:
                return acl, agents, []
    return None


#: "X's victory (over Y) in the election", "Y's defeat (to X) in the run-off"
VICTORY, DEFEAT = {"victory", "win", "triumph"}, {"defeat", "loss"}
#: words of a victory or an election imagined, not told: "Le Pen's victory in the run-off would ..."
IMAGINED = {"if", "whether", "unless", "possible", "potential", "likely"}
IMAGINED_MODALS = {"would", "could", "might", "may"}  # as modals only (not the month "May")


def _nominal(noun: Token) -> tuple[Token, list[Token], list[Token]] | None:
    """ "Zelensky's victory (over Poroshenko) in the 2019 election", "Poroshenko's defeat (to
    Zelensky) in the 2019 election": the owner won or lost; not in a sentence that imagines it."""
    owners = [c for c in noun.children if c.dep_ == "poss"]
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
        return None  # "Macron's defeat of Le Pen", "X's loss of support": not the owner's own
    if not owners or any(t.lower_ in IMAGINED or (t.tag_ == "MD" and t.lower_ in IMAGINED_MODALS) for t in noun.sent):
        return None
    other = [o for c in noun.children if c.dep_ == "prep" and c.lower_ in ("over", "against", "to", "by")
             for o in c.children if o.dep_ == "pobj"]
    if noun.lemma_.lower() in VICTORY:
        return noun, owners, other
    return noun, other, owners


def _presidential_round(noun: Token) -> bool:
    """A presidential election or run-off by its own words ("the presidential election", "the
    run-off", "the second round"), not one of no stated kind."""
    mods = {t.lower_ for t in elections.modifiers(noun)}
    return bool(mods & elections.PRESIDENTIAL_WORDS) or _run_off(noun) or noun.lower_ == "runoff" \
        or _deciding_round(noun)


#: "the winner of the run-off", "the loser of the 2019 election"
WINNER, LOSER = {"winner", "victor"}, {"loser", "runner-up"}
#: what a loser is said to lose besides the election: "lost his re-election bid in the run-off"
BIDS = {"bid", "race", "contest", "battle"}


def _named_winner(noun: Token, title: Token) -> tuple[Token, list[Token], list[Token]] | None:
    """ "X, the winner of the 2019 presidential election, ...", "X was the loser of the run-off",
    "the winner of the run-off, X, ...": the person the winner (loser) noun is said of; the
    copula, when there is one, carries the denial ("X was not the winner of ...")."""
    verb = title
    if title.dep_ == "appos":
        people = [title.head]
    elif title.dep_ == "attr" and title.head.lemma_.lower() == "be":
        verb, people = title.head, _subjects(title.head)
    else:
        people = [c for w in (title, noun) for c in w.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
    if not people:
        return None
    return (verb, people, []) if title.lemma_.lower() in WINNER else (verb, [], people)


CONCEDE = {"concede"}
#: what a winner is said to win besides the election: "won a second term in the run-off"
TERMS = {"term", "presidency"}
#: "came first / second in the run-off", "finished second", "placed second"
RANK_VERBS = {"come", "finish", "place"}
RANKS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "last": 9}


def _to(verb: Token, objects: list[Token] = ()) -> list[Token]:
    """The objects of the verb's (or its object's) "to" phrase: "lost to Y", "conceded defeat to Y"."""
    return [o for w in (verb, *objects) for c in w.children if c.dep_ == "prep" and c.lower_ == "to"
            for o in c.children if o.dep_ == "pobj"]


def _conceded(objects: list[Token]) -> bool:
    """ "conceded" with no object, or "conceded defeat" (not "conceded a point", "conceded that")."""
    return all(o.lemma_.lower() in ("defeat", "loss") for o in objects)


def _a_term(obj: Token) -> bool:
    """Is the object of "won" a term of the office, a re-election or a victory ("won a second term
    in the run-off", "won re-election in the May vote", "won a landslide in ..."), not a share or
    seats?"""
    return obj.lemma_.lower() in TERMS | VICTORY | {"landslide"} or elections.re_election(obj)


#: verbs of a victory won ("secured a narrow victory in the run-off"; not "claimed victory": both
#: sides may claim it)
SCORED = {"secure", "score", "achieve", "clinch", "sweep"}


def _ranked(verb: Token) -> int | None:
    """The place of "came first" / "finished second" (1, 2, ...); None for another verb."""
    if verb.lemma_.lower() not in RANK_VERBS:
        return None
    places = [RANKS[c.lower_] for c in verb.children if c.dep_ in ("advmod", "npadvmod", "acomp", "attr", "dobj", "oprd")
              and c.lower_ in RANKS]
    return places[0] if len(places) == 1 else None


def _clause_subjects(verb: Token) -> list[Token]:
    """`_subjects`, or for a participle with none the subject of the clause it opens ("After losing
    the 2019 election, Poroshenko returned ...", "Having lost the run-off, X ...")."""
    subjects = _subjects(verb)
    having = any(c.dep_ == "aux" and c.lower_ == "having" for c in verb.children)  # "Having lost the run-off, X"
    if subjects or (verb.tag_ != "VBG" and not having):
        return subjects
    clause = verb.head.head
    if verb.dep_ == "pcomp" and verb.head.lower_ in PARTICIPLE_PREPS and clause.pos_ in ("VERB", "AUX") \
            and not any(c.dep_ in ("dobj", "nsubjpass") for c in clause.children):
        # (not "Biden congratulated Zelensky after winning ...": the object may be who won)
        return _subjects(clause)
    if verb.dep_ == "advcl" and verb.head.pos_ in ("VERB", "AUX") and verb.i < verb.head.i:
        return _subjects(verb.head)
    return []


#: the prepositions of a participle whose subject is its clause's ("after losing", not "without winning")
PARTICIPLE_PREPS = {"after", "since", "before", "despite", "following"}


def _clause_verb(tok: Token) -> Token:
    """The nearest verb above the token (the root when there is none)."""
    tok = tok.head
    while tok.head.i != tok.i and tok.pos_ not in ("VERB", "AUX"):
        tok = tok.head
    return tok


def _head_state(ctx: Context, people: list[str], value: str) -> list[str]:
    """The one state whose head office (of state or of government) one of the people held on
    the vote's first possible day or 150 days after its last possible one (the winner's first
    day). An election dated to its year or month ("the 2020 presidential election") may fall on
    any of its days: the winner who took office 150 days after its last one is found so (neg25:
    "Biden did not win the 2020 presidential election", told by the winner-to-be)."""
    from accord.kb import temporal
    from accord.nlp.extract.claims._election_results import TAKES_OFFICE

    first = date.fromisoformat(temporal.lower(value)[:10])
    last = date.fromisoformat(temporal.upper(value)[:10])
    days = sorted({first.isoformat(), (first + TAKES_OFFICE).isoformat(), (last + TAKES_OFFICE).isoformat()})
    states = _heads_of(ctx, people, days)
    return states if len(states) == 1 else []


# -- check -------------------------------------------------------------------------------------------
def check(checker, st: Statement, on: str | None):
    from accord.nlp.extract.claims import _election_results as results

    return results.check(checker, st, on)


def describe(name, st: Statement) -> str:
    """ "Karol Nawrocki won Poland's presidential election of 2025-06-01"."""
    when = st.point_in_time.value if st.point_in_time is not None else "an unstated day"
    kind = "presidential election" if st.property == WON_PRESIDENTIAL else "election"
    verb = "did not win" if st.polarity == "negated" else "won"
    return f"{name(st.subject)} {verb} {name(st.value)}'s {kind} of {when}"


CHECKS = {WON: check, WON_PRESIDENTIAL: check}
WORDS = {WON: describe, WON_PRESIDENTIAL: describe}
