"""A denied service in an office, of every day up to the clause's: "X has never served as T",
"X never served as T", "X has not (yet) served as T", "X has never held the post of T" (issue 12,
neg20). office_predicates.py reads the same denial told with "to be" ("X has never been T");
terms.py reads a denial with a time of its own ("did not serve as T from A to B", "was not T in
2015").

Read: a verb `serve` / `hold` with a title written in its clause (terms.title_heads: "as T", "the
post of T"), its one person the subject, denied by "never" (no other time under it: "never served
as T during the war" speaks of one stretch) or by "not" / "n't" on a present perfect ("has not
served as T"; "has not served as T since 2019" tells an end and is not read), told as a fact (not
"would never serve", "will not serve": plans and wishes). Not read: "did not serve as T" with no
time (of which occasion?), questions and reported denials (grammar.make marks them unasserted).

Statement: `held_office`, negated, no time: checked by _negation.check_never_held, contradicted
when one of the person's own terms of the office began by the article's day; otherwise no
verdict (the KB's lists of holders start late, so an absent term proves nothing).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from accord.model import Statement
from accord.nlp.extract.claims.grammar import Context, make, modality
from accord.nlp.extract.claims.office_predicates import OTHER_TIME_PREPS, never_alone
from accord.nlp.extract.claims.terms import POSTS, office_of, people_of, title_heads

ORDER = 51

SERVE_VERBS = frozenset({"serve", "hold"})
PERFECT = frozenset({"has", "have", "'s", "'ve"})


def extract(ctx: Context, sent: Span) -> list[Statement]:
    if ctx.kb is None:
        return []
    out: list[Statement] = []
    for verb in sent:
        if verb.lemma_.lower() in SERVE_VERBS and verb.pos_ in ("VERB", "AUX") and _denied_so_far(verb) \
                and _bare(verb) and modality(verb) == "fact" and title_heads(verb):
            out += _statements(ctx, verb)
    return out


# What may stand on the verb besides the person, the auxiliaries, the "not" and the title: a "not"
# scoped over anything else denies that, not the service ("has not served as T for long / a full
# year / as long as X / alone / twice / without controversy").
BARE_DEPS = frozenset({"nsubj", "nsubjpass", "aux", "auxpass", "neg", "punct", "cc", "conj"})
BARE_ADVERBS = frozenset({"yet", "ever", "previously", "before", "actually", "formally", "officially"})


def _bare(verb: Token) -> bool:
    """Nothing on the verb but its person, auxiliaries, "not" / "never", the title ("as T", "the
    post of T", with nothing on it but "of" and its own words) and "yet" / "ever"?"""
    for c in verb.children:
        if c.dep_ in BARE_DEPS:
            continue
        if c.dep_ == "advmod" and c.lower_ in BARE_ADVERBS:
            continue
        if c.dep_ == "prep" and c.lower_ == "as" and _plain(c):
            continue
        if c.dep_ == "dobj" and c.lemma_.lower() in POSTS and _plain(c):
            continue
        return False
    return True


def _plain(tok: Token) -> bool:
    """Only "of" phrases and words of the title under `tok` (no "in wartime", "for a year")."""
    return not any(t.dep_ == "prep" and t.lower_ not in ("of", "as") for t in tok.subtree if t.i != tok.i) \
        and not any(t.lower_ in ("than", "long", "longer", "twice", "again", "alone") for t in tok.subtree)


def _denied_so_far(verb: Token) -> bool:
    """ "never served" / "has never served" (nothing of another time under the verb), or "has not
    (yet) served" (a present perfect, nothing of another time)."""
    if never_alone(verb):
        return True
    auxes = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    nots = [c for c in verb.children if c.dep_ == "neg" and c.lower_ in ("not", "n't")]
    if not nots or verb.tag_ != "VBN" or not auxes or not auxes <= PERFECT:
        return False
    return not any(c.dep_ in ("advcl", "npadvmod") or (c.dep_ == "prep" and c.lower_ in OTHER_TIME_PREPS)
                   for c in verb.children)


def _statements(ctx: Context, verb: Token) -> list[Statement]:
    people = people_of(ctx, verb)
    if len(people) != 1:
        return []
    office, attachment = office_of(ctx, verb, people[0])
    if office is None:
        return []
    sure = {"attachment": attachment} if attachment < 1.0 else None
    return [make(ctx, people[0], "held_office", office, [verb], verb, True, confidence=sure)]
