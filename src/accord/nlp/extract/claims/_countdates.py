"""When a member count or rank speaks of: the dates of its own clause ("NATO, which now has 32
members, will meet next year" counts now), and how sure that is when the clause gives none (a
past-tense count is of some recent time; one tied to another, undated time — "when it was
founded", "at the end of the Cold War", a contrast with "today" — is not checked).

Not a claim family (it has no `extract`): helpers of counts.py and ranks.py.
"""

from __future__ import annotations

from datetime import timedelta

from spacy.tokens import Token

from accord.model import TimeQualifier
from accord.nlp.extract.claims.grammar import Context, clause_tokens, governing_times, qualifiers
from accord.reconcile import timecmp

NOW = {"now", "today", "currently"}


def governor(noun: Token) -> Token:
    """The verb whose clause the phrase is in (for modality and the speaker); the noun if none."""
    for anc in [noun, *noun.ancestors]:
        if anc.pos_ in ("VERB", "AUX"):
            return anc
    return noun


def claim_times(ctx: Context, noun: Token) -> dict:
    """The dates of the clause the count or rank is in ("NATO, which now has 32 members, will
    meet next year": the count is of now, not of next year); none when the clause says "now"."""
    verb = governor(noun)
    if verb is noun:
        return qualifiers(ctx, {t.i for t in noun.sent})
    if any(c.lower_ in NOW for c in verb.children if c.dep_ == "advmod"):
        return {}
    return (qualifiers(ctx, _own_clause(verb)) or _until_times(ctx, verb)
            or qualifiers(ctx, clause_tokens(verb) - _end_phrases(verb))
            or _when_times(ctx, verb) or _adjunct_times(ctx, verb)
            or _then_times(ctx, verb) or _narrated_change(ctx, verb) or _entry_result(ctx, verb)
            or _summit_times(ctx, verb))


#: prepositions whose date ends what the verb acts on ("extended the mandate to 30 September
#: 2023", "kept the troops there until 2025"): not when the count in its subject holds
END_PREPS = frozenset({"to", "until", "till", "through"})


def _own_clause(verb: Token) -> set[int]:
    """The verb's clause without the infinitive or complement clauses under it: "the 30 allies
    agreed on 25 June to reach 5% by 2035" counts on 25 June, not by 2035 (when the verb has no
    date of its own, the nested clause's is taken: "are expected to reach it this year"); nor a
    date the act runs something up to ("The 30 allies extended his mandate to September 30, 2023"
    counts on the day of the act, not in 2023)."""
    nested = {t.i for c in verb.children if c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("VERB", "AUX")
              for t in c.subtree}
    return clause_tokens(verb) - nested - _end_phrases(verb)


#: verbs of having a size: "NATO had 19 members until March 2004" holds up to that date
HAVING = frozenset({"have", "count", "number", "comprise", "include"})


def _until_times(ctx: Context, verb: Token) -> dict:
    """ "NATO had 19 members until March 2004": a count the clause says held up to a date is of
    the day before it (of a month or a year: the day before its first day; "until 1999, when ..."
    is of 1998's last). None for other verbs: "extended his mandate until 2023" runs something
    else up to it (`_own_clause`)."""
    if verb.lemma_.lower() not in HAVING:
        return {}
    phrase = {t.i for c in verb.children if c.dep_ == "prep" and c.lower_ in ("until", "till") for t in c.subtree}
    found = qualifiers(ctx, phrase) if phrase else {}
    until = found.get("end") or found.get("point_in_time")
    span = timecmp.bounds(until) if until is not None else None
    if span is None:
        return {}
    return {"point_in_time": TimeQualifier((span[0] - timedelta(days=1)).isoformat(), "day")}


def _end_phrases(verb: Token) -> set[int]:
    return {t.i for c in verb.children if c.dep_ == "prep" and c.lower_ in END_PREPS for t in c.subtree}


def _when_times(ctx: Context, verb: Token) -> dict:
    """ "took office on 1 October 2014, when the alliance had 28 members": a "when" clause after
    a date, or after the clause that dates it, is of that date (not of the article's day)."""
    head = verb.head
    if not any(c.lower_ == "when" for c in verb.children if c.dep_ in ("advmod", "mark")):
        return {}
    if verb.dep_ == "relcl" and head.ent_type_ == "DATE":
        return qualifiers(ctx, {t.i for t in head.subtree} - clause_tokens(verb))
    if verb.dep_ == "advcl" and head.pos_ in ("VERB", "AUX") and head.i < verb.i:
        # "the treaty was signed in April 1949, when NATO had 12 members" (parsed as the verb's)
        return governing_times(ctx, verb)
    return {}


CHANGE_PARTICIPLES = {"bring", "take", "make", "raise", "increase", "expand", "swell", "push", "lift"}
ENTRY_VERBS = {"join", "accede", "become", "enter", "admit", "welcome"}


def _change_participle(verb: Token) -> bool:
    """ "..., bringing the alliance to 28 members": a participle of change hung on a clause."""
    return verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.lemma_.lower() in CHANGE_PARTICIPLES


def _adjunct_times(ctx: Context, verb: Token) -> dict:
    """ "Croatia joined on 1 April 2009, bringing the alliance to 28 members": a participle of
    change after a joining counts on the joining's date (the count it made). The joining is the
    nearest verb of entry before it in the sentence, wherever the parse hung the participle
    ("..., which they joined on 1 April 2009, bringing ..."); none, no date of its own."""
    if not _change_participle(verb):
        return {}
    entry = next((t for t in reversed(verb.doc[verb.sent.start:verb.i])
                  if t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in ENTRY_VERBS), None)
    if entry is None:
        return _act_times(ctx, verb)
    return qualifiers(ctx, clause_tokens(entry) - {t.i for t in verb.subtree})


def _act_times(ctx: Context, verb: Token) -> dict:
    """ "On March 12, 1999, she received the instruments of accession of the three, bringing the
    alliance to 19 members" (fa21): with no verb of entry, a participle of change hung on a clause
    in the past tells that act's result, on the act's date (none, no date of its own)."""
    head = verb.head
    if head.i >= verb.i or head.tag_ != "VBD":
        return {}
    return qualifiers(ctx, clause_tokens(head) - {t.i for t in verb.subtree})


STATE_VERBS = {"have", "be", "count", "number", "comprise"}


def _then_times(ctx: Context, verb: Token) -> dict:
    """"Twenty years ago NATO invoked Article 5. The alliance then had 19 members.": "then" on a
    verb of state, with no date of its own, is the time the sentence before dates (its main
    clause's own date). Not on a verb of change ("then grew to 30": some time after)."""
    if verb.lemma_.lower() not in STATE_VERBS or not any(c.lower_ == "then" and c.dep_ == "advmod" for c in verb.children):
        return {}
    sent = verb.sent
    if sent.start == 0:
        return {}
    root = ctx.doc[sent.start - 1].sent.root
    return qualifiers(ctx, clause_tokens(root))


CHANGE_VERBS = {"grow", "expand", "increase", "rise", "swell", "enlarge", "shrink", "fall", "drop"}


def past_change(verb: Token) -> bool:
    """ "The alliance grew from 19 to 26 members": a change of size told in the simple past with
    the size it started from. It tells an event of its own time, not the article's year."""
    return verb.lemma_.lower() in CHANGE_VERBS and verb.tag_ == "VBD" and \
        any(c.dep_ == "prep" and c.lower_ == "from" for c in verb.children)


def _entry_result(ctx: Context, verb: Token) -> dict:
    """"On 18 February 1952 Greece and Turkey became members. Their entry took the alliance to
    fourteen members." (fa21): a change of size told in the past whose subject is the entry the
    sentence before tells ("their entry", "its accession"), with no date of its own, is of the
    entry's date (the clause of that sentence's verb of entry)."""
    if verb.tag_ != "VBD" or verb.lemma_.lower() not in CHANGE_PARTICIPLES | CHANGE_VERBS or verb.sent.start == 0:
        return {}
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.lemma_.lower() not in ENTRY_NOUNS or not any(
            c.dep_ == "poss" and c.lower_ in ("their", "its", "his", "her") for c in subject.children):
        return {}
    before = ctx.doc[verb.sent.start - 1].sent
    entry = next((t for t in before if t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in ENTRY_VERBS), None)
    if entry is None:  # (the entry's verb wherever the parse hung it: "..., Greece and Turkey became members")
        return {}
    return qualifiers(ctx, clause_tokens(entry))


ENTRY_NOUNS = {"entry", "accession", "admission", "arrival", "joining"}


def _narrated_change(ctx: Context, verb: Token) -> dict:
    """"Seven countries joined NATO on 29 March 2004. The alliance grew from 19 to 26 members.":
    a past change of size with nothing else on the verb (no "during his decade", "over the years")
    right after a sentence that tells an entry goes on with it: the entry's date. Otherwise it is
    of no known day (`date_confidence`)."""
    if not past_change(verb) or verb.sent.start == 0 or any(
            c.dep_ in ("prep", "advmod", "npadvmod", "advcl") and c.lower_ not in ("from", "to") for c in verb.children):
        return {}
    root = ctx.doc[verb.sent.start - 1].sent.root
    if root.lemma_.lower() not in ENTRY_VERBS:
        return {}
    return qualifiers(ctx, clause_tokens(root))


SUMMIT_VERBS = {"meet", "gather", "assemble", "convene", "attend", "hold", "host"}


def _summit_times(ctx: Context, verb: Token) -> dict:
    """A past-tense count told of the summit an article reports, with no date of its own ("the 31
    allies met in Washington", "leaders of its 32 members gathered at the summit"): of the
    summit's days, when the article was published during it or just after (leader_days.AFTER)."""
    from accord.nlp.extract.claims.leader_days import _reported_summit

    past = verb.tag_ == "VBD" or any(c.tag_ == "VBD" for c in verb.children if c.dep_ in ("aux", "auxpass"))
    clause = [verb.doc[i] for i in clause_tokens(verb)]
    if not past or ctx.kb is None or not (verb.lemma_.lower() in SUMMIT_VERBS
                                         or any(t.lemma_.lower() == "summit" for t in clause)):
        return {}
    if _retrospective(verb):
        return {}
    event = _reported_summit(ctx)
    if event is None:
        return {}
    start, end = event.start, event.end
    return {"start": TimeQualifier(start.value, start.precision), "end": TimeQualifier(end.value, end.precision)}


PAST_UNDATED = 0.7  # a past-tense count with no date of its own: of some recent time
RETROSPECTIVE = 0.3  # ... told of another time ("had 16 members at the end of the Cold War")
PAST_MARKS = {"when", "before", "after", "until", "once"}  # not "while", "as", "since": also contrast or cause
PAST_ADVERBS = {"then", "once", "originally", "initially", "previously", "formerly", "back", "earlier"}
PAST_PREPS = {"at", "in", "during", "until", "before", "after", "by", "since", "from"}
# Prepositions that place the count by another event with a date of its own, whatever the event is
# called: "after the 2004 enlargement", "following Croatia's accession in 2013". (Undated, "came
# after the collapse of the Soviet Union", the count stays one of the recent past.)
EVENT_PREPS = {"after", "before", "following"}
TIME_NOUNS = {"end", "start", "beginning", "time", "height", "founding", "dawn", "close", "outset", "peak", "era",
              "years", "days", "decade", "decades", "period", "war", "creation", "birth", "inception", "launch"}


def date_confidence(ctx: Context, noun: Token) -> float:
    """A count in a past-tense sentence with no date of its own may be of any recent time: the
    check reads it over a wider window (see membership_check); one the sentence ties to another
    time it does not date ("when it was founded", "at the end of the Cold War", a contrast with
    "now") is not checked at all."""
    if claim_times(ctx, noun):
        return 1.0
    verb = governor(noun)
    if _change_participle(verb):  # "..., bringing the alliance to 28": as old as the clause it follows
        verb = verb.head
    past = verb.tag_ in ("VBD", "VBN") or any(c.tag_ == "VBD" for c in verb.children if c.dep_ in ("aux", "auxpass"))
    if not past:
        return RETROSPECTIVE if _after_an_event_to_come(verb) else 1.0
    return RETROSPECTIVE if _retrospective(verb) else PAST_UNDATED


FUTURE_AUX = {"will", "would", "'ll", "shall"}
EVENT_MARKS = {"once", "when", "after", "if", "unless"}


def _after_an_event_to_come(verb: Token) -> bool:
    """A count to come placed by an event with no date ("Once Finland and Sweden join, NATO will
    have 32 members", "if Ukraine joins, the alliance would have 33"): of a day nobody knows."""
    if not any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in verb.children):
        return False
    return any(c.dep_ == "advcl" and any(m.dep_ in ("mark", "advmod") and m.lower_ in EVENT_MARKS for m in c.children)
               for c in verb.children)


def _dated(tok: Token) -> bool:
    """A word of a date: one the tagger marks so, or a year ("the 2004 enlargement")."""
    return tok.ent_type_ == "DATE" or (tok.text.isdigit() and len(tok.text) == 4 and "1900" <= tok.text <= "2099")


def _retrospective(verb: Token) -> bool:
    if past_change(verb):
        return True  # "NATO grew from 19 to 26 members", undated: whenever that was
    for c in verb.children:
        if c.dep_ == "advcl" and any(m.lower_ in PAST_MARKS for m in c.children if m.dep_ in ("mark", "advmod")):
            return True  # "when it was founded in 1949 it had 12 members"
        if c.dep_ == "advcl" and c.lower_ in PAST_MARKS:
            return True
        if c.dep_ in ("advmod", "npadvmod") and c.lower_ in PAST_ADVERBS:
            return True
        if c.dep_ == "prep" and c.lower_ in PAST_PREPS and any(
                p.lemma_.lower() in TIME_NOUNS or p.lower_ in TIME_NOUNS for p in c.children if p.dep_ == "pobj"):
            return True  # "at the end of the Cold War", "in its early years"
        if c.dep_ == "prep" and c.lower_ in EVENT_PREPS and any(_dated(t) for t in c.subtree):
            return True  # "After the 2004 enlargement, NATO had 26 members"
    return any(t.lower_ in NOW for t in verb.sent if t.i not in clause_tokens(verb))  # "... ; today it has 32"
