"""A status granted by a verb: "the European Council granted candidate status to Ukraine and
Moldova on June 23", "EU leaders decided to grant the status of EU membership candidate country
to Ukraine and to Moldova", "gave Georgia candidate status in December 2023".

Read: `grant` / `give` / `award` / `confer` whose object is a status with "candidate" in it
("candidate status", "the status of candidate country", "candidacy"), the states it goes to ("to
X and to Y", or the indirect object "granted Ukraine candidate status"), the organisation the
status is for (named in the status phrase, else in the sentence, and one the KB keeps candidates
of). A dated "decided / agreed to grant" is the grant itself (undated, a plan). The date is the clause's own; else a date
in an "according to a statement ... on D" phrase of the sentence, which dates the statement
(`date` 0.8: the statement is usually issued on the day of the decision). A passive "X was
granted candidate status" is read by the actions family. The verb's antonyms ("denied / refused /
withheld candidate status", `DENY_VERBS`) read the grant denied; a denied antonym ("did not deny
Ukraine the status") is no grant and is not read; a "not" on the deciding head ("did not decide to
grant") leaves the grant unsaid (`grammar.denied_head`: never confirmed).

Statement: `candidate_for` (state -> organisation, `start` the date), checked by the KB's
candidate rule (the date of the status against the KB's start, at the precision both have).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from accord.model import Statement
from accord.nlp.extract.claims._past_denials import PAST_OCCASION_SURE, past_occasion
from accord.nlp.extract.claims.grammar import Context, clause_tokens, make, negated, qualifiers

ORDER = 34

GRANT_VERBS = {"grant", "give", "award", "confer", "extend"}
DENY_VERBS = {"deny", "refuse", "withhold"}  # "denied Ukraine candidate status": the grant denied
STATUS_WORDS = {"status", "candidacy"}
DONE_HEADS = {"decide", "agree", "vote"}  # "decided to grant": the decision is the grant
STATEMENT_DATE = 0.8
EU = "org:EU"


def extract(ctx: Context, sent: Span) -> list[Statement]:
    if ctx.kb is None:
        return []
    out = []
    for verb in sent:
        lemma = verb.lemma_.lower()
        if lemma not in GRANT_VERBS | DENY_VERBS or verb.pos_ != "VERB" or verb.tag_ == "VBN" and _passive(verb):
            continue
        antonym = lemma in DENY_VERBS
        if antonym and negated(verb):
            continue  # "did not deny Ukraine the status": no grant said
        status = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and _candidate_status(c)), None)
        if status is None:
            continue
        states = _recipients(ctx, verb, status)
        orgs = status_org(ctx, status, sent)
        if not states or orgs is None:
            continue
        mode = _mode(verb)
        if mode is None:
            continue
        tokens = clause_tokens(verb)
        times = qualifiers(ctx, tokens) or qualifiers(ctx, _shared_time_tokens(verb))
        when = times.get("point_in_time") or times.get("start")
        sure = {}
        if when is None:
            when = _statement_date(ctx, sent)
            sure = {"date": STATEMENT_DATE} if when is not None else {}
        if when is None and verb.dep_ == "xcomp" and verb.head.lemma_.lower() in DONE_HEADS:
            mode = "plan"  # an undated "decided to grant" may be a decision still to be carried out
        if when is None and (antonym or negated(verb)) and past_occasion(verb):
            sure = {"date": PAST_OCCASION_SURE}  # "EU leaders refused to grant X the status": some earlier occasion
        dated = {"start": when} if when is not None else {}
        out += [make(ctx, s, "candidate_for", orgs, [verb, status], verb, antonym or negated(verb), dated,
                     confidence=sure, modality=mode) for s in states]
    return out


def _shared_time_tokens(verb: Token) -> set[int]:
    """"agreed on Thursday to open talks with X and granted candidate status to Y": a grant
    coordinated with another verb shares its date (the other verb's own time phrases, and those of
    a deciding verb it hangs on)."""
    if verb.dep_ != "conj":
        return set()
    heads = [verb.head]
    if verb.head.dep_ == "xcomp" and verb.head.head.lemma_.lower() in DONE_HEADS:
        heads.append(verb.head.head)
    return {t.i for h in heads for c in h.children if c.dep_ in ("prep", "npadvmod") and c.i < verb.i for t in c.subtree}


def _passive(verb: Token) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)


def _candidate_status(tok: Token) -> bool:
    words = {t.lower_ for t in tok.subtree} | {t.lemma_.lower() for t in tok.subtree}  # "the status of candidates"
    return (tok.lemma_.lower() in STATUS_WORDS and "candidate" in words) or tok.lower_ == "candidacy"


def _recipients(ctx: Context, verb: Token, status: Token) -> list[str]:
    """ "to Ukraine and to Moldova" (on the verb or the status), or the indirect object."""
    tokens = []
    for holder in (verb, status):
        for c in holder.children:
            if c.dep_ == "prep" and c.lower_ == "to":
                tokens += [t for p in c.children for t in p.subtree]
                # "to Ukraine and to Moldova": the second "to" is a conjunct of the first
                tokens += [t for cc in c.children if cc.dep_ == "conj" and cc.lower_ == "to" for t in cc.subtree]
            if c.dep_ == "conj" and c.lower_ == "to":
                tokens += [t for t in c.subtree]
    tokens += [t for c in verb.children if c.dep_ in ("dative", "iobj") for t in c.subtree]
    # "granted Ukraine and Moldova the status of candidates", parsed with two objects
    tokens += [t for c in verb.children if c.dep_ == "dobj" and c.i != status.i and c.i < status.i for t in c.subtree]
    # "gave Ukraine candidate status", parsed with the state as the status noun's compound
    tokens += [t for c in status.children if c.dep_ in ("compound", "poss") for t in c.subtree]
    return ctx.entities(tokens, ("state:",))


def status_org(ctx: Context, status: Token, sent: Span) -> str | None:
    """The organisation the status is for: named in the status phrase, else the one organisation
    of the sentence the KB keeps candidates of."""
    keeps = {f.value for f in ctx.kb.facts(property="candidate_for")}
    named = [o for o in ctx.entities(status.subtree, ("org:",)) if o in keeps]
    if not named:
        named = [o for o in ctx.entities(sent, ("org:",)) if o in keeps]
    if not named and EU in keeps and any(t.lower_ == "european" and t.i + 1 < len(t.doc) and t.nbor(1).lower_ == "council"
                                         for t in sent):
        named = [EU]  # the European Council is the EU's: "the European Council granted ..."
    return named[0] if len(set(named)) == 1 else None


def _mode(verb: Token) -> str | None:
    """fact for "granted" and "decided to grant"; plan for "will grant"; None for what may be."""
    from accord.nlp.extract.claims.grammar import modality

    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in DONE_HEADS and verb.head.tag_ in ("VBD", "VBN"):
        return "fact" if modality(verb.head) == "fact" else None
    mode = modality(verb)
    return mode if mode in ("fact", "plan") else None


def _statement_date(ctx: Context, sent: Span):
    """The date of an "according to a statement ... on D" phrase in the sentence."""
    for tok in sent:
        if tok.lower_ == "according" and tok.i + 1 < len(tok.doc) and tok.nbor(1).lower_ == "to":
            dates = qualifiers(ctx, {t.i for t in tok.subtree})
            return dates.get("point_in_time")
    return None
