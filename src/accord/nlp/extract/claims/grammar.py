"""What every claim family reads a sentence with: the document's context (which entity each
token names, its time expressions and quotations, its topic), noun-phrase and clause helpers over
the dependency parse, polarity, modality, time qualifiers, and `make`, which builds a `Statement`
with its reference.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from typing import Iterable

from spacy.tokens import Doc, Span, Token

from accord.model import Reference, Statement, TimeQualifier
from accord.nlp import extensions  # noqa: F401  (registers the Doc extensions read here)
from accord.nlp.extract.headlines import headline_line, is_title_case
from accord.nlp.extract.claims._alternative_dates import alternative_dates
from accord.nlp.extract.claims._described_states import described
from accord.nlp.extract.dates.normalise import day_month_ambiguous

RELATIVE_PRONOUNS = {"which", "who", "that"}

class Context:
    """What the rules look up: the entity of each token, time expressions, quotes, the topic."""

    def __init__(self, doc: Doc, kb=None, doc_id: str = ""):
        self.doc, self.kb, self.doc_id = doc, kb, doc_id
        self.entity_of: dict[int, str] = {}
        self.link_of: dict[str, float] = {}  # entity -> its surest mention's link confidence
        for m in doc._.mentions or []:
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if m.entity and span is not None:
                for tok in span:
                    self.entity_of.setdefault(tok.i, m.entity)
                sure = float(m.data.get("confidence") or 0.0)
                self.link_of[m.entity] = max(self.link_of.get(m.entity, 0.0), sure)
        # a numeric date whose day and month could be swapped ("7/3/2024") dates no claim (fa25)
        self.times = [(doc.char_span(t.start, t.end, alignment_mode="expand"), t) for t in doc._.times or []
                      if not day_month_ambiguous(doc.text[t.start:t.end])]
        # The time expressions' token ranges sorted by start, for `times_in` to bisect: scanning
        # every expression per clause was quadratic in a long text.
        self._time_ranges = sorted((span.start, span.end, n) for n, (span, _) in enumerate(self.times)
                                   if span is not None and len(span))
        self._time_starts = [r[0] for r in self._time_ranges]
        self._longest_time = max((e - s for s, e, _ in self._time_ranges), default=0)
        self.timed: frozenset[int] = frozenset(i for s, e, _ in self._time_ranges for i in range(s, e))
        self.quotes = doc._.quotes or []
        orgs = Counter(e for e in self.entity_of.values() if e.startswith("org:"))
        self.topic_org = orgs.most_common(1)[0][0] if orgs else None
        self.summits: list[str] = []  # summits resolved so far in this document
        # "the country" / "the Nordic nation" taken up as a state (_described_states): how sure, by
        # (sentence start, state), for `make`; and the resolver's caches
        self.described: dict[tuple[int, str], float] = {}
        self.described_nouns: dict[int, object] = {}
        self.described_cache: dict[str, object] = {}

    def entity(self, tok: Token) -> str | None:
        return self.entity_of.get(tok.i)

    def entities(self, tokens: Iterable[Token], prefixes: tuple[str, ...]) -> list[str]:
        out: list[str] = []
        for tok in tokens:
            ent = self.entity(tok)
            if ent and ent.startswith(prefixes) and ent not in out:
                out.append(ent)
        return out

    def times_in(self, tokens: set[int]) -> list:
        """The time expressions with a token in `tokens`, in `self.times` order."""
        return [a for _, a in self.timed_spans_in(tokens)]

    def timed_spans_in(self, tokens: set[int]) -> list[tuple[Span, object]]:
        """(span, annotation) of `self.times` with a token in `tokens`, in their order. Only
        expressions starting within the longest one's length before min(tokens) and at most
        max(tokens) can hold one; bisect finds them."""
        if not tokens or not self._time_ranges:
            return []
        low = bisect_left(self._time_starts, min(tokens) - self._longest_time + 1)
        high = bisect_right(self._time_starts, max(tokens))
        hits = sorted(n for s, e, n in self._time_ranges[low:high] if any(i in tokens for i in range(s, e)))
        return [self.times[n] for n in hits]

    def speaker_at(self, char: int) -> str:
        for q in self.quotes:
            if q.start <= char < q.end:
                return q.entity or "article"
        return "article"


def group(tok: Token) -> list[Token]:
    """A noun phrase and those coordinated or in apposition with it ("Australia, Japan and Korea")."""
    out, todo = [], [tok]
    while todo:
        t = todo.pop(0)
        if t in out:
            continue
        out.append(t)
        todo += [c for c in t.children if c.dep_ in ("conj", "appos")]
    return out


OTHER_TIME = frozenset({"before", "earlier", "previously", "ago", "prior"})


def phrase_tokens(toks: Iterable[Token]) -> list[Token]:
    """Each head with its compounds and modifiers, so "New Zealand" is found from "Zealand"; a
    prepositional phrase after it ("Finland, together with Sweden", "along with Sweden"), save a
    possessor of an apposition's common noun ("Finland, Russia's neighbour,"), an exception
    ("all allies except Hungary") and a comparison with another time ("Sweden, like Finland before it, joined in March 2024": Finland
    did so at another time, not the clause's)."""
    out = []
    for t in toks:
        # an apposition's common noun names its own possessor, another entity: "Finland, Russia's
        # neighbour, applied" (Russia did not apply)
        owned = ("compound", "amod", "nmod", "det") if t.dep_ == "appos" and t.tag_ in ("NN", "NNS") else \
            ("compound", "amod", "nmod", "det", "poss")
        out += [t] + [c for c in t.lefts if c.dep_ in owned]
        for c in t.rights:
            if c.dep_ != "prep" or (c.lower_ == "like" and any(w.lower_ in OTHER_TIME for w in c.subtree)):
                continue
            if excepting(c):
                continue  # "all Nordic countries except Sweden": Sweden is left out
            out += [c, *c.children]
            if c.lower_ == "along":  # "Finland, along with Sweden": the states after "with"
                out += [g for w in c.children if w.lower_ == "with" for g in w.children]
    return out


#: prepositions that take their object out of the phrase they hang on: "all allies except
#: Hungary", "every member but Turkey", "excluding", "save", "barring", "apart from", "with the
#: exception of"
EXCEPTING = frozenset({"except", "but", "excluding", "save", "barring", "apart"})


def names_own_body(noun: Token) -> bool:
    """Does the noun name its own body in an "of" / "in" phrase with an object ("a founding member
    of the OSCE")? Then no conjunct's organisation, nor the article's topic, is its body."""
    return any(c.dep_ == "prep" and c.lower_ in ("of", "in") and any(o.dep_ == "pobj" for o in c.children)
               for c in noun.children)


def excepting(prep: Token) -> bool:
    """Is the preposition one that leaves its object out ("except", "but", "apart from", "with the
    exception of")?"""
    return prep.lower_ in EXCEPTING or (prep.lower_ == "with" and any(
        c.lemma_.lower() == "exception" for c in prep.children)) or (prep.lower_ == "from" and any(
        c.lower_ == "apart" for c in prep.children))  # "apart from", parsed "from" with "apart" on it


def excepted(ctx: Context, sent: Span) -> set[str]:
    """The entities a sentence leaves out of a group: the objects of an excepting preposition
    ("All Nordic countries are NATO members except Sweden and Finland", "all allies apart from
    Hungary") and the conjuncts after "but" on a quantified noun ("All Nordic countries but Sweden
    and Finland"). A group the KB lists as a set of states stands for its members less these."""
    out: set[str] = set()
    for tok in sent:
        if tok.dep_ == "prep" and excepting(tok):
            out.update(e for t in tok.subtree if t.i != tok.i and (e := ctx.entity(t)))
        elif tok.dep_ == "cc" and tok.lower_ == "but" and any(
                c.dep_ == "det" and c.lower_ in ("all", "every", "each") for c in tok.head.children):
            out.update(e for c in tok.head.children if c.dep_ == "conj" and c.i > tok.i
                       for t in c.subtree if (e := ctx.entity(t)))
    return out


def clause_tokens(verb: Token) -> set[int]:
    """The verb's subtree without coordinated clauses (their times belong to them)."""
    skip = {t.i for c in verb.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") for t in c.subtree}
    return {t.i for t in verb.subtree} - skip


# Heads that deny the verb under them: "failed to join", "refused to ratify", "declined to sign".
DENYING_HEADS = frozenset({"fail", "refuse", "decline"})


def negated(tok: Token) -> bool:
    """Is the word itself denied: its own "not" / "never" / "n't" ("not only" is no denial: "would
    not only need ..."), "no longer", "has yet to", or a denying head ("failed to join")? Only the
    word's own children count, so a "not" in a subordinate clause leaves the main claim alone."""
    if neither(tok):
        return True  # "Neither Austria nor Ireland is a member", "invited neither Japan nor Korea"
    for c in tok.children:
        if c.dep_ == "neg" and not _not_only(c):
            return True
        if c.dep_ == "advmod" and c.lower_ == "longer" and any(g.lower_ == "no" for g in c.children):
            return True  # "is no longer a member"
        if c.dep_ == "advmod" and c.lower_ in ("yet", "even") and c.i < tok.i and any(
                g.dep_ == "neg" and not _not_only(g) for g in c.children):
            return True  # "Finland, not yet a NATO member, ...": the "not" hung on "yet"
    if _denied_apposition(tok):
        return True
    if _denied_participle(tok):
        return True
    if _denied_alternative(tok):
        return True
    if _denied_by_head(tok):
        if tok.head.lemma_.lower() in GOVERNING_HEADS:
            return True
        return not any(c.dep_ == "neg" for c in tok.head.children)  # "did not fail to" affirms
    return False


def _denied_participle(tok: Token) -> bool:
    """ "Never having joined NATO, Austria ...": a participle clause whose "never" / "not" opens
    it but hangs on the verb the clause modifies."""
    if participle_clause_head(tok) is None or tok.left_edge.i == 0:
        return False
    before = tok.doc[tok.left_edge.i - 1]
    return before.lower_ in ("never", "not") and before.head.i != tok.i and before.i < tok.i


def _denied_alternative(tok: Token) -> bool:
    """ "Austria has not applied or sought to join": a later verb joined by "or" / "nor" to a
    denied first verb, with no auxiliary of its own, is denied too ("and" / "but" are not: "did
    not hesitate and joined")."""
    first = shared_verb_head(tok)
    if first is None or not any(c.dep_ == "neg" for c in first.children):
        return False
    return any(c.dep_ == "cc" and c.lower_ in ("or", "nor") and first.i < c.i < tok.i for c in first.children)


def _denied_apposition(tok: Token) -> bool:
    """ "New Zealand, not a NATO member, is a partner": the model hangs the "not" on the noun the
    apposition describes, right before the apposition's phrase (nothing but "yet" or "even"
    between them)."""
    if tok.dep_ != "appos":
        return False
    head, start = tok.head, tok.left_edge.i
    for c in head.children:
        if c.dep_ == "neg" and head.i < c.i < start and all(
                t.lower_ in ("yet", "even") for t in tok.doc[c.i + 1:start]):
            return True
    return False


# Heads whose own "not" denies the verb under them: a schedule ("is not set / due / scheduled to
# publish", "is not going to attend") or the doing of it ("did not manage to join"). Not heads of
# expectation or wish ("was not expected to attend" may be a surprise that came true; "does not
# want to join" says nothing of the joining); "did not agree / vote to" the families that read
# agreements and votes read themselves (spending.py, enlargement.py).
SCHEDULE_HEADS = frozenset({"set", "due", "schedule", "slate", "go"})
GOVERNING_HEADS = SCHEDULE_HEADS | {"manage"}


NEITHER_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "attr", "pobj"})


def neither(tok: Token) -> bool:
    """ "Neither A nor B <tok>", "<tok> neither A nor B", "a member of neither NATO nor the EU":
    an argument of the word (its subject, object, or a preposition's object under it) opened by
    "neither" or coordinated by "nor" denies the word for each."""
    if any(c.lower_ == "neither" and c.dep_ in ("preconj", "advmod", "det", "cc") for c in tok.children):
        return True  # "Austria has neither joined NATO nor applied"
    if tok.dep_ == "conj" and any((c.lower_ == "neither" and c.dep_ in ("preconj", "advmod", "det")) or
                                  (c.lower_ == "nor" and c.dep_ == "cc") for c in tok.head.children):
        return True  # "... nor applied to join it"
    args = [c for c in tok.children if c.dep_ in NEITHER_DEPS]
    args += [p for c in tok.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]
    return any(c.lower_ == "neither" and c.dep_ in ("det", "preconj", "advmod") or (c.dep_ == "cc" and c.lower_ == "nor")
               for a in args for c in a.children)


def _denied_by_head(tok: Token) -> bool:
    """ "failed / refused / declined to X", "has / is yet to X": the head denies X; so does a
    "not" on a governing head ("is not set to publish", "did not manage to join")."""
    if tok.dep_ != "xcomp" or tok.head.i == tok.i:
        return False
    head = tok.head
    if head.lemma_.lower() in GOVERNING_HEADS and any(c.dep_ == "neg" and not _not_only(c) for c in head.children):
        return True
    return head.lemma_.lower() in DENYING_HEADS or yet_to(tok)


def yet_to(tok: Token) -> bool:
    """ "Sweden has yet to join", "is yet to ratify": not done by the clause's day."""
    head = tok.head
    return tok.dep_ == "xcomp" and head is not tok and head.lemma_.lower() in ("have", "be") and any(
        c.lower_ == "yet" for c in head.children)


def _not_only(neg: Token) -> bool:
    """ "not only ... but also": an addition, not a denial; nor is the "not" of "whether or not"
    (either way: "Whether or not Finland is a member, ...")."""
    nxt = neg.nbor(1) if neg.i + 1 < len(neg.doc) else None
    if neg.lower_ == "not" and neg.i >= 2 and neg.nbor(-1).lower_ == "or" and neg.nbor(-2).lower_ == "whether":
        return True
    return neg.lower_ == "not" and nxt is not None and nxt.lower_ in ("only", "just", "merely")


# Words that end a denial's time: "did not have 30 members until 2020", "not before March" tell
# when the claim became true, so the claim is not denied.
UNTIL_WORDS = frozenset({"until", "till", "before"})


def not_until(verb: Token) -> bool:
    """ "did not join until 2004", "NATO did not have 30 members before North Macedonia joined":
    the "not" dates the claim instead of denying it."""
    return any(c.dep_ in ("prep", "mark", "advcl") and c.lower_ in UNTIL_WORDS for c in verb.children) or any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in UNTIL_WORDS for m in c.children)
        for c in verb.children)


def until_time(verb: Token, times: dict):
    """ "Romania did not join NATO until 2004", "did not become a member until March 2024": the
    time the claim came true, the clause's one time, written with "until" / "till" on the verb
    (neg22). None with "before" ("did not join before 2024": joined then or later, or never), a
    clause ("until the war ended"), or another time beside it."""
    if not any(c.dep_ == "prep" and c.lower_ in ("until", "till") for c in verb.children):
        return None
    return times["end"] if set(times) == {"end"} else None


# How a noun argues its verb's claim: the subject, object or complement of the verb itself.
ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "attr", "oprd", "acomp"})


def denies(verb: Token, noun: Token) -> bool:
    """Does the verb's own denial deny what `noun` states (a count, a rank)? Only when the noun
    is the verb's own argument ("NATO does not have 30 members", "did not become the 30th member"),
    not when it sits in a modifier of one ("did not join the 30-member alliance": the count is
    the alliance's, whatever the joining), and not "did not ... until" (a date, no denial)."""
    head = noun
    while head.dep_ in ("conj", "appos") and head.head.i != head.i:
        head = head.head
    if head.dep_ == "pobj" and head.head.lower_ == "as":  # "did not join as the 30th member"
        head = head.head
        return head.head.i == verb.i and negated(verb) and not not_until(verb)
    return head.head.i == verb.i and head.dep_ in ARGUMENT_DEPS and negated(verb) and not not_until(verb)


def never(tok: Token) -> bool:
    """ "never joined", "has never been": a denial at every time up to the clause's day."""
    return any(c.dep_ == "neg" and c.lower_ == "never" for c in tok.children)


# Auxiliaries of possibility, and the heads that make a verb under them an intention or an
# expectation rather than a fact.
POSSIBILITY = frozenset({"may", "might", "could", "can"})
INTENT_HEADS = frozenset("expect set due poise plan hope aim seek want wish intend aspire prepare likely "
                         "unlikely try attempt push urge ask invite encourage promise pledge vow apply bid "
                         "request decide agree vote move".split())


# The first halves of the contracted negations ("wo" of "won't", "ca" of "can't", "sha" of
# "shan't"), which the tokenizer splits off "n't": the auxiliary they stand for.
CONTRACTED_AUX = {"wo": "will", "ca": "can", "sha": "shall"}


def aux_words(verb: Token) -> set[str]:
    """The verb's auxiliaries, lowercased, "wo" / "ca" of "won't" / "can't" read as will / can."""
    return {CONTRACTED_AUX.get(c.lower_, c.lower_) for c in verb.children if c.dep_ in ("aux", "auxpass")}


def modality(verb: Token) -> str:
    """hypothetical ("if Russia were to attack"), plan ("will be held", "to be held") or fact."""
    chain = [verb]
    while chain[-1].dep_ not in ("relcl", "acl", "ROOT") and len(chain) < 4:
        chain.append(chain[-1].head)
    sentence_words = {t.lower_ for t in verb.sent}
    for t in chain:
        if any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in t.children):
            return "hypothetical"
        modal = {c.lower_ for c in t.children if c.dep_ == "aux"} & {"would", "could", "might"}
        if modal and sentence_words & {"if", "unless", "whether"}:
            return "hypothetical"
        if inverted_condition(t) and sentence_words & {"would", "could", "might"}:
            return "hypothetical"  # "Should Ukraine join the EU, it would be ...", "Had Finland joined, ..."
    if _gerund_topic(verb):
        return "plan"  # "the party backed joining NATO", "a vote in favour of joining": spoken of, not done
    if _timed_present(verb) or _time_clause_of_a_plan(verb):
        return "plan"  # "when Finland joins, ...", "once Sweden becomes a member": a day to come
    if _denied_by_head(verb) and verb.head.lemma_.lower() not in SCHEDULE_HEADS:
        return modality(verb.head)  # "failed to join" is a fact, "will refuse to ratify" a plan
    first = shared_verb_head(verb)
    if first is not None and (shared := modality(first)) != "fact":
        return shared  # "Finland will apply in May and join next year": the plan is both verbs'
    opened = participle_clause_head(verb)
    if opened is not None and (shared := modality(opened)) != "fact":
        return shared  # "After joining NATO next year, Sweden will host ...": the plan is the clause's too
    auxes = aux_words(verb)
    if auxes & POSSIBILITY:
        return "hypothetical"  # "Japan may join AUKUS", "Ukraine could become a member"
    if auxes & {"will", "shall", "'ll", "would"} or ("to" in auxes and verb.dep_ in ("relcl", "acl", "xcomp", "ccomp")):
        return "plan"  # (a "to" clause with a subject of its own: "made Ukraine candidates to join the bloc")
    if "to" in auxes and verb.dep_ == "advcl" and verb.tag_ == "VB" and _purpose(verb):
        return "plan"  # "a date for Ukraine to join", "in order to join": no deed done ("expanded to include" is one)
    if verb.dep_ in ("xcomp", "ccomp") and verb.head.lemma_.lower() in INTENT_HEADS:
        return "plan"  # "was expected to join", "is set to become", "hopes to join"
    return "fact"


# A gerund under one of these is the action itself going on ("began joining", "finished
# ratifying"), not a topic; and prepositions after which a gerund is a topic ("in favour of joining",
# "a debate over joining"), where "after / since / before / on joining" date a deed done.
ASPECT_HEADS = frozenset({"start", "begin", "finish", "complete", "stop", "keep", "continue", "resume", "end"})
TOPIC_PREPS = frozenset({"of", "for", "about", "against", "over", "toward", "towards"})
# Nouns of a stance or a way before "to" + gerund ("objection to Sweden joining NATO", "the road to
# joining", "a veto on"): the gerund is what the stance is about, wherever the parser hangs "to"
# (a headline's "Turkey drops objection to Sweden joining NATO" hangs it on the verb). Not "in
# addition to", "prior to", "thanks to", "due to": those tell a deed done.
TOPIC_TO_NOUNS = frozenset("""objection opposition resistance veto obstacle barrier hurdle block path road route
door consent approval commitment alternative""".split())


def _gerund_topic(verb: Token) -> bool:
    """Is the verb a gerund that a stance or a debate is about, not a deed told ("Sweden's
    Social Democrats backed joining NATO on Sunday", "opposed ratifying", "voted in favour of
    joining")? Its object or complement under a verb (not an aspect verb: "began joining"), or
    the complement of a topic preposition."""
    if verb.tag_ != "VBG":
        return False
    if verb.dep_ in ("xcomp", "dobj", "ccomp") and verb.head.pos_ in ("VERB", "AUX"):
        return verb.head.lemma_.lower() not in ASPECT_HEADS
    if verb.dep_ == "pcomp" and verb.head.lower_ == "to" and verb.head.i > 0:
        return verb.doc[verb.head.i - 1].lemma_.lower() in TOPIC_TO_NOUNS
    return verb.dep_ == "pcomp" and verb.head.lower_ in TOPIC_PREPS


INVERTING = frozenset({"should", "had", "were"})


def inverted_condition(clause: Token) -> bool:
    """A condition told by inversion, with no "if": a subordinate clause that opens with "should",
    "had" or "were" before its subject ("Should Ukraine join", "Had Sweden joined", "Were Ukraine
    to join"). The parser sometimes makes such a clause the sentence's root when a long
    apposition stands between it and the main clause ("Had Sweden applied in 1995, the year it
    joined the EU, it might have ..."): a root counts too unless the sentence is a question
    ("Had Sweden applied by then?")."""
    if clause.dep_ == "ROOT":
        last = next((t for t in reversed(clause.sent) if not t.is_space), None)
        if last is None or last.text == "?":
            return False
    elif clause.dep_ not in ("advcl", "ccomp"):
        return False
    first = clause.left_edge
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return first.lower_ in INVERTING and subject is not None and first.i < subject.i and \
        (first.i == clause.i or first.head.i == clause.i)


def _purpose(verb: Token) -> bool:
    """An infinitive of purpose or prospect: "for Ukraine to join", "in order to join", "so as to join"."""
    if any(c.dep_ == "mark" and c.lower_ == "for" for c in verb.children):
        return True
    before = [t.lower_ for t in verb.doc[max(verb.i - 3, 0):verb.i]]
    return before[-3:-1] in (["in", "order"], ["so", "as"])


TIME_MARKS = frozenset({"when", "once", "after", "before", "until", "till", "whenever"})


def _timed_present(verb: Token) -> bool:
    """A present tense in a clause of time ("when Finland joins", "once Sweden is a member", "after
    Ukraine joins"): English tells a day to come so, not a fact of the article's day."""
    return verb.dep_ == "advcl" and verb.tag_ in ("VBZ", "VBP") and any(
        c.dep_ in ("mark", "advmod") and c.lower_ in TIME_MARKS and c.i < verb.i for c in verb.children) and not any(
        c.dep_ in ("aux", "auxpass") and c.tag_ != "VBZ" and c.tag_ != "VBP" for c in verb.children)


def _time_clause_of_a_plan(verb: Token) -> bool:
    """A clause of time on a verb of a plan ("Sweden will join only once every ally has ratified
    its accession"): a day to come whatever its tense, not a deed done."""
    if verb.dep_ != "advcl" or not any(
            c.dep_ in ("mark", "advmod") and c.lower_ in TIME_MARKS and c.i < verb.i for c in verb.children):
        return False
    return verb.head.pos_ in ("VERB", "AUX") and modality(verb.head) == "plan"


def headline_case(sent: Span) -> bool:
    """A sentence in headline case ("Japan May Join AUKUS Alliance Against Beijing"): the model
    parses it badly (a modal read as a month, verbs as names), so what it says is read unsure. A
    title-case line the `accord_headlines` component re-parsed from a true-cased copy ("Finland
    Joins NATO As 31st Member", nlp/extract/headlines.py) is one too: better parsed, still a guess."""
    words = [t for t in sent if t.is_alpha and len(t) >= 3][1:]  # the first word is capitalised anyway
    function_words = [t for t in words if t.is_stop or t.pos_ in ("VERB", "AUX")]
    return (len(words) >= 4 and all(t.text[0].isupper() for t in words)
            and any(t.text[0].isupper() for t in function_words)) or (headline_line(sent) and is_title_case(sent))


# Verbs that report a claim in order to deny it: "Russia denied that Ukraine had joined NATO".
DENIAL_VERBS = frozenset({"deny", "dismiss", "reject", "refute", "dispute", "disprove"})
UNTRUE = frozenset({"false", "untrue", "wrong", "incorrect", "inaccurate"})
UNSURE_MOOD = 0.3  # a question or a reported denial: below the verdict threshold, never flagged
#: the confidence of a claim the sentence does not assert (a question, a reported denial, a denied
#: head): never flagged, and never confirmed either (`verify.unsure` reads "asserted")
UNASSERTED = {"modality": UNSURE_MOOD, "asserted": UNSURE_MOOD}


def unsure_mood(verb: Token) -> bool:
    """Is the clause no statement of its own polarity: a direct question ("Has Sweden not joined
    NATO?", "Did Finland join in 2022?", "Why has Sweden not joined?"), an indirect one ("it is
    unclear whether Hungary has ratified", `indirect_question`) or a claim reported to be
    denied ("Russia denied that Ukraine had joined NATO", "dismissed claims that ...", "it is not
    true / it is false that ...", "did not say that ...")? Either way what the clause says,
    affirmed or denied, is not asserted."""
    last = next((t for t in reversed(verb.sent) if not (t.is_punct and t.text != "?") and not t.is_space), None)
    if last is not None and last.text == "?":
        return True
    if indirect_question(verb) or disowned_line(verb.sent):
        return True
    tok = verb
    while tok.dep_ in ("ccomp", "xcomp", "conj", "acl", "relcl") and tok.head.i != tok.i:
        if tok.dep_ in ("ccomp", "xcomp") and tok.head.lemma_.lower() in DENIAL_VERBS:
            return True
        if tok.dep_ == "ccomp" and disowned_report(tok.head):
            return True  # "An earlier version said that ...", "Putin falsely claimed that ..."
        if tok.dep_ == "ccomp" and (any(c.dep_ == "neg" for c in tok.head.children) or any(
                c.dep_ == "acomp" and c.lower_ in UNTRUE for c in tok.head.children)):
            return True  # "it is not true that ...", "it is false that ...", "did not say that ..."
        if tok.dep_ == "acl" and tok.head.lemma_.lower() in ("claim", "report", "allegation", "suggestion") and \
                tok.head.head.lemma_.lower() in DENIAL_VERBS:
            return True  # "dismissed claims that Ukraine had joined"
        tok = tok.head
    return False


# A line that opens with one of these labels states a claim in order to debunk it ("Myth: Ukraine
# is a NATO member." / "Fact: ..."; a fact-check's "Claim: ..." before its verdict).
DISOWNING_LABEL = re.compile(r"^\s*(?:the\s+)?(?:false\s+|viral\s+)?(?:myth|claim|rumou?r|misconception|falsehood|"
                             r"fiction|fake|hoax|misinformation|disinformation)\s*(?:\d+\s*)?[:\u2013\u2014-]\s",
                             re.IGNORECASE)
# Verbs that report a claim as wrong, and adverbs that mark a report so ("misstated", "falsely
# claimed"); and the article's own earlier text as the one who said it ("An earlier version of
# this article said that ..."): a correction repeats the error it corrects.
MISREPORTING = frozenset({"misstate", "misreport", "misidentify", "misquote", "misname", "misattribute", "mislabel"})
WRONGLY = frozenset({"falsely", "wrongly", "incorrectly", "erroneously", "mistakenly", "inaccurately", "baselessly"})
EARLIER_TEXTS = frozenset({"version", "edition", "draft", "headline", "caption", "story", "article", "report"})
EARLIER = frozenset({"earlier", "previous", "original", "initial", "prior", "first"})


def disowned_line(sent: Span) -> bool:
    """Does the sentence's line open with a debunking label ("Myth: ...", "False claim: ...")?"""
    text = sent.doc.text
    line_start = text.rfind("\n", 0, sent.start_char) + 1
    return bool(DISOWNING_LABEL.match(text[line_start:sent.end_char]))


def disowned_report(verb: Token) -> bool:
    """Does the verb report what follows as wrong ("misstated that", "falsely claimed that",
    "wrongly said"), or is its sayer the article's own earlier text ("An earlier version of this
    article said")?"""
    if verb.lemma_.lower() in MISREPORTING or any(c.dep_ == "advmod" and c.lower_ in WRONGLY for c in verb.children):
        return True
    if any(c.dep_ == "prep" and c.lower_ == "in" and any(
            p.lemma_.lower() in EARLIER_TEXTS | PRINTED_TEXTS and any(m.lower_ in EARLIER for m in p.children)
            for p in c.children) for c in verb.children):
        return True  # "in an earlier post we said that ...": the text's own earlier words
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in EARLIER_TEXTS | PRINTED_TEXTS
               and (any(m.lower_ in EARLIER for m in c.children if m.dep_ in ("amod", "advmod"))
                    or corrections_notice(verb.doc))
               for c in verb.children)


# The paper's own printed pieces, which a corrections notice names as the sayer of its errors ("A
# graphic on Tuesday said Norway is a member of the EU. Norway is ...").
PRINTED_TEXTS = frozenset({"graphic", "caption", "map", "chart", "table", "obituary", "item", "listing",
                           "photo", "timeline", "factbox", "box", "column", "editorial", "post", "update",
                           "entry"})
CORRECTION_CUES = re.compile(r"\b(?:corrections?|errors? (?:has|have) been corrected|we regret the errors?|an earlier "
                             r"version|for the record)\b",
                             re.IGNORECASE)


def corrections_notice(doc) -> bool:
    """Is the text a corrections notice or carries one ("Correction:", "Corrections and clarifications", "We
    regret the error", "An earlier version of this article ...")? There, a piece of the paper's
    own ("An article on Friday said that ...") is named as the sayer of the error it corrects."""
    return bool(CORRECTION_CUES.search(doc.text))


#: clauses an indirect question may sit in: "It is unclear whether X has ratified", "asked
#: whether X had joined", "Whether X is a member is unclear", "whether X joined or applied"
QUESTION_CHAIN = frozenset({"ccomp", "xcomp", "conj", "csubj", "advcl", "acl", "pcomp"})


def indirect_question(verb: Token) -> bool:
    """Is the verb's clause, or a clause it sits in, opened by "whether" (an indirect question,
    or "whether or not" a concession): what it says is asked, not asserted."""
    tok = verb
    for _ in range(6):
        if any(c.lower_ == "whether" and c.dep_ in ("mark", "advmod", "cc", "preconj") for c in tok.children):
            return True
        if tok.dep_ not in QUESTION_CHAIN or tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def denied_head(verb: Token) -> bool:
    """Is the verb under a head whose own "not" leaves it unsaid: "have not decided to grant",
    "does not intend to allow", "did not vote to ratify", "is not ready to admit", "was not
    expected to attend"? The head is denied, not the verb: the verb's claim is neither asserted nor
    denied. Heads whose "not" denies the verb under them (a schedule, "manage": `negated`) and the
    denying heads ("did not fail to" affirms) are not counted; a "that" clause under a denied verb
    of saying is `unsure_mood`'s."""
    tok = verb
    while tok.dep_ in ("xcomp", "conj") and tok.head.i != tok.i:
        head = tok.head
        if tok.dep_ == "xcomp" and head.lemma_.lower() not in GOVERNING_HEADS | DENYING_HEADS:
            holder = head.head if head.dep_ == "acomp" and head.head.i != head.i else head  # "is not ready to"
            if any(c.dep_ == "neg" and not _not_only(c) for c in (*head.children, *holder.children)):
                return True
        tok = head
    return False


def qualifiers(ctx: Context, tokens: set[int], periods: bool = False) -> dict[str, TimeQualifier]:
    """start / end / point_in_time from the time expressions inside `tokens`.

    A range ("June 28-30") gives start and end. A period ("in the past year") does too when
    `periods` is set, for claims about what happened in it (a contribution); for a relation it
    says nothing of when the relation began, so it is left out."""
    out: dict[str, TimeQualifier] = {}
    for a in own_times(ctx, tokens):
        value, precision, role = a.data.get("value"), a.data.get("precision"), a.data.get("role")
        begin, finish = a.data.get("begin"), a.data.get("finish")
        if begin and finish and (role == "range" or periods):
            out.setdefault("start", TimeQualifier(begin, _precision_of(begin)))
            out.setdefault("end", TimeQualifier(finish, _precision_of(finish)))
        elif not value or not precision:
            continue
        elif role == "start":
            out.setdefault("start", TimeQualifier(value, precision))
        elif role == "end":
            out.setdefault("end", TimeQualifier(value, precision))
        elif _finer_within(value, out.get("point_in_time")):
            # "Last year's summit was held in June": the month of that year, not the year alone
            out["point_in_time"] = TimeQualifier(value, precision, _month_part(a, precision))
        else:
            out.setdefault("point_in_time", TimeQualifier(value, precision, _month_part(a, precision)))
    if not out:
        roots = [i for i in tokens if ctx.doc[i].head.i not in tokens or ctx.doc[i].head.i == i]
        if len(roots) == 1:
            return antecedent_times(ctx, ctx.doc[roots[0]])
    return out


def antecedent_times(ctx: Context, clause: Token) -> dict[str, TimeQualifier]:
    """The point in time a clause with no date of its own takes from what it hangs on: a "when"
    clause on a date ("until April 2009, when Croatia and Albania joined": April 2009) or on a
    dated clause ("In 2009, when Croatia joined NATO, the alliance had 28 members": 2009), and
    the "that" clause of a cleft ("It was in 2009 that Croatia joined NATO"); {} for any other."""
    head = clause.head
    if clause.pos_ not in ("VERB", "AUX") or head.i == clause.i:
        return {}
    when = any(c.lower_ == "when" and c.dep_ in ("advmod", "mark") and c.i < clause.i for c in clause.children)
    if when and clause.dep_ in ("relcl", "acl") and head.i in ctx.timed:
        if _since_without_comma(head, clause):
            return {}  # "had been a partner since 1994 when it applied": the applying is the main clause's time
        point = _time_of(ctx, head)
        return {"point_in_time": point} if point is not None else {}
    cleft = clause.dep_ == "ccomp" and head.lemma_ == "be" and clause.i > head.i \
        and any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in head.children) \
        and any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)
    if cleft and negated(head):
        return {}  # "It was not in 2010 that Croatia joined": the date is denied, not given
    if (when and clause.dep_ == "advcl") or cleft:
        point = governing_times(ctx, clause).get("point_in_time")
        return {"point_in_time": point} if point is not None else {}
    return {}


def _since_without_comma(head: Token, clause: Token) -> bool:
    """Is the date a "when" clause hangs on the object of "since", with no comma before the "when"?
    "a member since 2004, when it joined" dates the joining (the comma sets the clause on the date);
    "had been a partner since 1994 when it applied to join" more likely dates the partnership's
    span up to the applying, which the parser may still hang on the date: no date either way."""
    if not (head.head.lower_ == "since" or any(a.lower_ == "since" and a.dep_ == "prep" for a in head.ancestors)):
        return False
    first = min(t.i for t in clause.subtree)
    return first == 0 or head.doc[first - 1].text != ","


def _time_of(ctx: Context, tok: Token) -> TimeQualifier | None:
    """The point in time of the time expression the token is part of (a date, not a range)."""
    for _, a in ctx.timed_spans_in({tok.i}):
        value, precision = a.data.get("value"), a.data.get("precision")
        if value and precision and not (a.data.get("begin") and a.data.get("finish")):
            return TimeQualifier(value, precision, _month_part(a, precision))
    return None


# The words that name a part of a month (timecmp.MONTH_PARTS). Other phrases with a mod name
# other spans ("the second half of May" is END but from the 16th, "the first week of April"
# START): they keep the whole month.
_MONTH_PART_WORDS = re.compile(r"(?:in\s+|at\s+)?(?:the\s+)?(?:early|mid|late|(?:very\s+)?(?:end|beginning|start|"
                               r"middle)\s+of)\b", re.I)


def when_clause_date(ctx: Context, verb: Token) -> TimeQualifier | None:
    """The point in time of the clause a "when" clause hangs on, for the "when" clause's own verb
    when it has none: "In 2019, when NATO turned 70, its leaders met in London" (2019)."""
    if verb.dep_ != "advcl" or not any(c.lower_ == "when" and c.dep_ in ("advmod", "mark") for c in verb.children):
        return None
    return governing_times(ctx, verb).get("point_in_time")


def year_written(ctx: Context, tokens: set[int], when) -> bool:
    """Does the text give the date's year ("June 2022", "in June last year"), not leave it to a
    guess from the tense?"""
    for a in ctx.times_in(tokens):
        if a.data.get("value") == when.value:
            text = a.text.lower()
            return any(w.isdecimal() and len(w) == 4 for w in text.replace(",", " ").split()) or "year" in text
    return False


#: how sure an undated claim under a date label of another year is of the day it is checked on
#: (the article's): below the threshold, so that a clash is not flagged
LABEL_SURE = 0.45


def label_date(ctx: Context, sent: Span) -> TimeQualifier | None:
    """The date of the label that opens the sentence's paragraph (`paragraphs.label_time`:
    "Washington, April 1999: The 50th anniversary summit took place ...", "2004 - Seven countries
    join, bringing NATO to 26 members."): an undated clause under it is of that date, not of the
    article's day."""
    from accord.nlp.extract.paragraphs import label_time

    a = label_time(ctx.doc, sent)
    if a is None:
        return None
    precision = a.data.get("precision")
    return TimeQualifier(a.data["value"], precision, _month_part(a, precision))


def governing_times(ctx: Context, clause: Token) -> dict[str, TimeQualifier]:
    """The times of the clause `clause` hangs on, without `clause`'s own words (a "when" clause
    takes them: "In 2019, when NATO turned 70, ...", "signed in April 1949, when NATO had 12
    members")."""
    return qualifiers(ctx, clause_tokens(clause.head) - {t.i for t in clause.subtree})


def _month_part(time, precision: str) -> str | None:
    """ "early June" (mod START), "mid-March" (MID), "late May", "the end of May" (END): the part
    of a month a point in time names; None for a whole month, another precision, or a mod from
    other words."""
    mod = time.data.get("mod")
    if precision != "month" or mod not in ("START", "MID", "END") or not _MONTH_PART_WORDS.match(time.text or ""):
        return None
    return mod


def _finer_within(value: str, held: TimeQualifier | None) -> bool:
    """Is `value` a finer date inside the point already read (2023-06 inside 2023)?"""
    return held is not None and len(value) > len(held.value) and value.startswith(held.value + "-") \
        and held.value.replace("-", "").isdecimal()


# Dependencies that open a clause of its own, and prepositions that date another event: a date
# under them tells when that happened, not when the claim's verb did ("applied to join NATO last
# May, after the launch of the war last February"; "joined the alliance, which was founded in 1949").
CLAUSE_DEPS = frozenset({"advcl", "relcl", "acl", "ccomp", "csubj", "parataxis"})
OTHER_EVENT_PREPS = frozenset({"after", "before", "following", "prior", "ahead"})
# A date the clause is set against is not its date: "Unlike in 2022, Sweden is now a member",
# "In contrast to 2022, ...", "compared with 2014", "as opposed to last year".
CONTRAST_PREPS = frozenset({"unlike", "than"})
CONTRAST_HEADS = frozenset({"contrast", "compared", "opposed", "comparison", "compare"})


def _contrast(tok: Token) -> bool:
    """`tok` opens a phrase that sets the clause against another time or case."""
    return tok.dep_ == "prep" and (tok.lower_ in CONTRAST_PREPS or (
        tok.lower_ in ("to", "with") and tok.head.lower_ in CONTRAST_HEADS))


def own_times(ctx: Context, tokens: set[int]) -> list:
    """The time expressions inside `tokens` that date the clause's own verb, nearest first.

    The clause's verb is the token of `tokens` whose head lies outside them. A time expression
    whose path up to it crosses a clause of its own, an apposition on the subject or an
    "after/before X" phrase is left out."""
    doc = ctx.doc
    roots = [i for i in tokens if doc[i].head.i not in tokens or doc[i].head.i == i]
    if len(roots) != 1:
        return ctx.times_in(tokens)
    root = doc[roots[0]]
    ranked = []
    for a in ctx.times_in(tokens):
        span = doc.char_span(a.start, a.end, alignment_mode="expand")
        if span is None:
            continue
        steps, tok, crossed = 0, span.root, False
        while tok.i != root.i and steps < 50:
            if tok.i not in range(span.start, span.end) and (
                    (tok.dep_ in CLAUSE_DEPS and not _infinitive_complement(tok))
                    or (tok.dep_ == "prep" and tok.lower_ in OTHER_EVENT_PREPS) or _contrast(tok)
                    or _subject_apposition(tok)):
                crossed = True
                break
            tok, steps = tok.head, steps + 1
        if not crossed:
            ranked.append((max(steps, _split_depth(span, root)), a.start, a))
    return [a for _, _, a in sorted(ranked, key=lambda r: (r[0], r[1]))]


def _split_depth(span: Span, root: Token) -> int:
    """How far below the clause's verb a time expression the parser split hangs: "in March last
    year", its "March" under "in" and its "year" on the verb, is as far as its prepositional part
    (so "joined in April 2023 and Sweden in March last year" is not dated by the remnant's date,
    nearer by its stray "year"). The deepest of the span's tokens whose head lies outside it."""
    depth = 0
    for tok in span:
        if tok.head.i in range(span.start, span.end) or tok.head.i == tok.i:
            continue
        steps, t = 0, tok
        while t.i != root.i and t.head.i != t.i and steps < 50:
            t, steps = t.head, steps + 1
        if t.i == root.i:
            depth = max(depth, steps)
    return depth


def _subject_apposition(tok: Token) -> bool:
    """ "Turkey, a NATO member since 1952, is also an EU candidate": an apposition on the clause's
    subject dates its own relation, not the clause's verb."""
    if tok.dep_ != "appos" or tok.pos_ not in ("NOUN", "PROPN"):
        return False
    head = tok.head
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head  # "Sweden and Finland, partners of NATO for decades, became ..."
    return head.dep_ in ("nsubj", "nsubjpass")


def _infinitive_complement(tok: Token) -> bool:
    """ "their applications to join NATO in May": a noun's "to" clause completes it, and its date
    is the noun's event's."""
    return tok.dep_ == "acl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


def _precision_of(value: str) -> str:
    return {4: "year", 7: "month"}.get(len(value), "day")


def make(ctx: Context, subject: str, prop: str, value: str, tokens: list[Token], verb: Token,
         polarity: bool = False, times: dict | None = None, confidence: dict[str, float] | None = None,
         **extra) -> Statement:
    """The statement with its reference. Its confidence has the link step (the less sure of the
    subject's and the value's surest mentions) besides the steps the family gives."""
    sent: Span = verb.sent
    start = min(t.idx for t in tokens)
    end = max(t.idx + len(t) for t in tokens)
    text = sent.text
    lead = len(text) - len(text.lstrip())
    sure = dict(confidence or {})
    if headline_case(sent):
        sure["modality"] = min(sure.get("modality", 1.0), 0.3)
    if unsure_mood(verb) or denied_head(verb):
        sure.update({k: min(sure.get(k, 1.0), v) for k, v in UNASSERTED.items()})  # not asserted as it stands
    if times and _last_month_this_year(ctx, sent, times):
        sure["date"] = min(sure.get("date", 1.0), LAST_MONTH_SURE)
    times, unpaired = respective(ctx, subject, verb, times)
    if unpaired or alternative_dates(ctx, verb, times):  # "joined in 1999 or 2004": one of them (fa17)
        sure["date"] = min(sure.get("date", 1.0), LAST_MONTH_SURE)
    if not any((times or {}).values()) and _under_another_years_label(ctx, sent):
        # "2004: Seven countries join, bringing NATO to 26 members." in a 2019 timeline: the
        # entry's undated clause is of its label's year, not of the article's day it is checked on
        sure["date"] = min(sure.get("date", 1.0), LABEL_SURE)
    links = [ctx.link_of[e] for e in (subject, value) if e in ctx.link_of]
    if links and min(links) < 1.0:
        sure.setdefault("link", round(min(links), 3))
    taken_up = ctx.described.get((sent.start, subject))
    if taken_up is not None:  # the subject is "the country" read as this state: no surer than that
        sure["link"] = min(sure.get("link", 1.0), taken_up)
    ref = Reference(ctx.doc_id, start, end, text.strip(), sent.start_char + lead, confidence=sure)
    return Statement(subject=subject, property=prop, value=value,
                     polarity="negated" if polarity else "affirmed",
                     modality=extra.pop("modality", None) or modality(verb),
                     asserted_by=ctx.speaker_at(verb.idx), references=[ref], **(times or {}))



def _under_another_years_label(ctx: Context, sent: Span) -> bool:
    """Does the sentence stand under a paragraph's date label (`label_date`) of another year than
    the article's?"""
    label = label_date(ctx, sent)
    published = str(ctx.doc._.document_date or "")[:4]
    return label is not None and published.isdecimal() and label.value[:4] != published


# What may stand between two dates of one list: "in 2023 and 2024", "on 4 April 2023 and on 7 March
# 2024", "in 2023, 2024 and 2025".
DATE_JOINER = re.compile(r"^\s*(?:,|,?\s*and)\s*(?:in|on)?\s*$", re.IGNORECASE)


def respective(ctx: Context, subject: str, verb: Token, times: dict | None) -> tuple[dict | None, bool]:
    """The subject's own date when the clause lists as many dates as subjects ("Finland and Sweden
    joined NATO in 2023 and 2024 (respectively)": each its own, in order), and whether the date is
    unsure: a list of dates for several subjects that do not pair up."""
    point = (times or {}).get("point_in_time")
    if point is None:
        return times, False
    dates = date_list(ctx, clause_tokens(verb))
    if len(dates) < 2 or point.value not in [str(a.data.get("value")) for a in dates]:
        return times, False
    subjects = subject_entities(ctx, verb, (subject.split(":")[0] + ":",))
    if len(subjects) < 2:
        return times, False
    if len(subjects) != len(dates) or subject not in subjects:
        return times, True
    mine = dates[subjects.index(subject)]
    value, precision = str(mine.data.get("value")), mine.data.get("precision")
    return {**times, "point_in_time": TimeQualifier(value, precision or _precision_of(value))}, False


def date_list(ctx: Context, tokens: set[int]) -> list:
    """The clause's own dates when they form one list joined by commas and "and", in text order."""
    found = sorted((a for a in own_times(ctx, tokens) if a.data.get("value") and a.data.get("precision")),
                   key=lambda a: a.start)  # (not a span: "partners for decades")
    text = ctx.doc.text
    if len(found) < 2 or any(not DATE_JOINER.match(text[a.end:b.start]) for a, b in zip(found, found[1:])):
        return []
    return found


# "last May" read in an article of June 2023 is May 2023 to the date reader (the latest May), but
# news says "last May" of the year before's as often ("Finland applied to join NATO last May" in
# June 2023: May 2022). A claim dated by "last MONTH" whose month is earlier in the article's own
# year is not sure of its year: a clash is unverifiable. A month not yet reached this year ("last
# May" in March 2023) can only be the year before's, and is sure.
LAST_MONTH = re.compile(r"^last\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?$", re.IGNORECASE)
LAST_MONTH_SURE = 0.45


def _last_month_this_year(ctx: Context, sent: Span, times: dict) -> bool:
    """Does one of the claim's dates come from a "last MONTH" the reader put in the article's
    own year?"""
    year = str(ctx.doc._.document_date or "")[:4]
    values = {t.value for t in times.values() if t is not None}
    if not year.isdecimal() or not values:
        return False
    return any(LAST_MONTH.match((a.text or "").strip()) and str(a.data.get("value") or "") in values
               and str(a.data.get("value")).startswith(year + "-")
               for a in ctx.times_in(set(range(sent.start, sent.end))))


def topic(ctx: Context) -> list[str]:
    """The organisation the article is about, for a claim that names none ("applied to join")."""
    return [ctx.topic_org] if ctx.topic_org else []


def one_date(times: dict[str, TimeQualifier]) -> TimeQualifier | None:
    """The date of a one-off event (an accession, an application): its point in time, or the
    start a "since" gave. A span with both ends ("in 2023/24", "in the 2023-24 winter") holds the
    event somewhere inside it: its start is not the event's date (fa25), so none is given."""
    start, end = times.get("start"), times.get("end")
    if not times.get("point_in_time") and start is not None and end is not None and start.value != end.value:
        return None
    return times.get("point_in_time") or start


def shared_subject(verb: Token) -> tuple[Token, Token | None]:
    """The subject a coordinated verb phrase shares with the first verb of its coordination
    ("Finland stayed neutral for decades and joined NATO in 2023": "Finland" for "joined"), with
    the verb that holds it; (verb, None) when `verb` is not such a conjunct."""
    head = verb
    while head.dep_ == "conj" and head.head.pos_ in ("VERB", "AUX") and head.head.i < head.i:
        head = head.head
        subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass") and not in_dateline(c)), None)
        if subj is not None:
            return head, subj
        if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in head.children):
            break
    return verb, None


#: what may open an active participle clause: "after joining", "since joining", "having joined"
PARTICIPLE_MARKS = frozenset({"after", "since", "while", "when", "upon", "on", "before", "by", "despite"})


def participle_clause_head(verb: Token) -> Token | None:
    """The verb whose clause an active participle clause with no subject of its own modifies, its
    doer being that verb's subject: "Having joined NATO in 2004, Romania ...", "Romania hosts
    troops, having joined NATO in 2004", "After joining NATO, Croatia ...". Not a passive one
    ("Admitted in 2004, ...", "having been invited": its subject is what was done to), not one
    with a subject or a "to" ("to join NATO, Sweden ..."), not a gerund a preposition of topic
    or of another event governs ("in favour of joining", "instead of joining"), not one after a
    verb with a named object (who replaced whom in "named X minister, replacing Y" is the
    object's deed); None otherwise."""
    if verb.tag_ not in ("VBG", "VBN") or any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl", "auxpass")
                                              for c in verb.children):
        return None
    if verb.tag_ == "VBN" and not any(c.dep_ == "aux" and c.lower_ == "having" for c in verb.children):
        return None  # a bare past participle is passive ("Invaded in 2022, Ukraine applied")
    head = verb.head
    if verb.dep_ == "pcomp" and head.dep_ == "prep" and head.lower_ in PARTICIPLE_MARKS:
        head = head.head  # "after joining NATO, ...": the preposition hangs on the verb
    elif verb.dep_ != "advcl" or any(c.dep_ == "mark" and c.lower_ not in PARTICIPLE_MARKS for c in verb.children):
        return None
    if head.i == verb.i or head.pos_ not in ("VERB", "AUX"):
        return None
    if verb.i > head.i and any(c.dep_ in ("dobj", "dative") and any(t.pos_ == "PROPN" for t in c.subtree)
                               for c in head.children):
        return None  # "Kishida named Kamikawa foreign minister, replacing Hayashi": the object's deed, or either's
    return head


def participle_subject(verb: Token) -> tuple[Token, Token | None]:
    """The subject an active participle clause shares with the verb it modifies (see
    participle_clause_head), with that verb; (verb, None) for any other clause."""
    head = participle_clause_head(verb)
    if head is None:
        return verb, None
    subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass") and not in_dateline(c)), None)
    return (head, subj) if subj is not None else (verb, None)


def passive(verb: Token) -> bool:
    """Is the verb passive ("was admitted", "was succeeded by")?"""
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)


def agent_tokens(verb: Token) -> list[Token]:
    """The doers a passive names after "by" ("was succeeded by Mark Rutte"), with their conjuncts;
    also a "by" the parser hung on the passive's "as" role ("was replaced as foreign secretary by
    Jeremy Hunt")."""
    bys = [c for c in verb.children if c.dep_ == "agent" or c.dep_ == "prep" and c.lower_ == "by"]
    bys += [b for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for p in c.children
            if p.dep_ == "pobj" for b in p.children if b.dep_ == "prep" and b.lower_ == "by"]
    return [t for b in bys for p in b.children if p.dep_ == "pobj" for t in group(p)]


def passive_subject_tokens(verb: Token) -> list[Token]:
    """What a passive was done to: its subject, or for a relative clause the noun it hangs on
    ("Stoltenberg, who was succeeded by Rutte, ..."), with their conjuncts."""
    subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subj is not None and subj.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
        subj = verb.head
    return phrase_tokens(group(subj)) if subj is not None else []


def shared_verb_head(verb: Token) -> Token | None:
    """The first verb of the coordination `verb` is a later conjunct of, when `verb` has no
    subject and no auxiliary of its own (it shares the first verb's: "will apply and join")."""
    if verb.dep_ != "conj" or verb.head.pos_ not in ("VERB", "AUX") or verb.head.i > verb.i:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "aux", "auxpass") for c in verb.children):
        return None
    if verb.tag_ in ("VBD", "VBZ", "VBP", "VBN") and verb.head.tag_ == "VB":
        return None  # "agreed to open talks and granted status": a finite verb shares no "to" or "will"
    return verb.head


def subject_entities(ctx: Context, verb: Token, prefixes) -> list[str]:
    """The entities of the verb's subject; for a verb under another ("Finland is expected to
    join", "Sweden hopes to join") the subject of the verb it hangs on."""
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and not in_dateline(c)), None)
    head = verb
    while subj is None and head.dep_ in ("xcomp", "acomp") and head.head.i != head.i:
        head = head.head
        subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    owner = verb
    if subj is None:
        owner, subj = shared_subject(verb)  # "Finland stayed neutral for decades and joined NATO in 2023"
    if subj is None:
        owner, subj = participle_subject(verb)  # "Having joined NATO in 2004, Romania now hosts ..."
    if subj is not None and subj.lower_ in RELATIVE_PRONOUNS and owner.dep_ == "relcl":
        subj = owner.head  # "Croatia, which joined ...", "Croatia, which applied in 2008 and joined ..."
        if _described_by_apposition(ctx, subj, owner, prefixes):
            # "Norway, a founding member of NATO that has never joined the EU": the noun the
            # clause is on describes Norway (neg20)
            owner, subj = subj, subj.head
    if subj is not None and subj.lower_ in ("both", "all") and verb.dep_ == "relcl" and any(
            c.lower_ in RELATIVE_PRONOUNS for c in verb.children):
        subj = verb.head  # "Finland and Sweden, which both applied ...", parsed with "both" the subject
    if subj is None:
        found = stranded_subject(verb)  # "Leaving X behind, Chile and Peru did not apply", misparsed
        return ctx.entities(phrase_tokens(found), prefixes) if found else []
    if subj.lower_ == "it" and prefixes == ("state:",):
        taken = said_before(ctx, subj)  # "It joined the EU in 1995, together with Sweden and Austria": its co-agents too
        return taken + [e for e in ctx.entities(co_agents(verb), prefixes) if e not in taken] if taken else taken  # "Spain marked 40 years in NATO. It joined in 1982."
    if prefixes == ("state:",) and subj.lemma_.lower() in DESCRIBED_NOUNS and not ctx.entity(subj):
        from accord.nlp.extract.claims._whose_country import whose_state

        # "... Finland's bid ... for the Nordic country to join"; "Orban, whose country holds ..."
        return described_state(ctx, subj) or whose_state(ctx, verb)
    found = group(subj)
    if owner.dep_ == "relcl" and subj.i == owner.head.i:
        # the antecedent's appositions stand before its relative clause; one after it is a misparse
        # ("Estonia and Latvia, which joined NATO in 2004, border Russia": Russia is what they border);
        # so is a conjunct after a clause set off by commas ("Croatia, which joined NATO in 2009, and
        # Montenegro, its newest member, ...": Montenegro did not join in 2009)
        end = max(t.i for t in owner.subtree)
        closed = end + 1 < len(verb.doc) and verb.doc[end + 1].text == ","
        found = [t for t in found if t.i < owner.i or t.i > end and t.dep_ != "appos" and not closed and not
                 any(a.dep_ == "appos" and a.i > end for a in [t, *t.ancestors] if a.i != subj.i)]
    found = phrase_tokens(found)
    if ctx.entities(found, prefixes):  # "Finland, along with Sweden, applied", parsed on the verb
        found += co_agents(verb)
    return ctx.entities(found, prefixes)


def _described_by_apposition(ctx: Context, noun: Token, clause: Token, prefixes) -> bool:
    """Is `noun` (the antecedent of the relative clause `clause`) a common noun in apposition to a
    name, with no entity of the kind sought in its own words ("a founding member of NATO", not "a
    neighbour of Russia", where "that" may be Russia)?"""
    if noun.dep_ != "appos" or noun.pos_ != "NOUN" or noun.head.pos_ != "PROPN":
        return False
    own = [t for t in noun.subtree if not (clause.left_edge.i <= t.i <= clause.right_edge.i)]
    return not ctx.entities(own, prefixes)


def co_agents(verb: Token) -> list[Token]:
    """Who did it with the subject: "joined the EU in 1995, together with Sweden and Austria",
    "joined NATO in 2004 alongside Bulgaria and Slovakia", "along with Latvia and Lithuania", "on
    the same day as Denmark and Ireland" (not under a negated verb) (the names of the phrase and
    their conjuncts). Not "with" alone ("signed a deal with Sweden" names the other party)."""
    out = []
    for c in [*verb.children, *_set_off_preps(verb)]:
        if c.dep_ != "prep":
            continue
        # "together with", and "along with" when the parse hangs "along" on "with" (member21)
        if c.lower_ == "with" and any(a.lower_ in ("together", "along") and a.dep_ == "advmod" for a in c.children) \
                or c.lower_ == "alongside":
            out += [t for g in c.children if g.dep_ == "pobj" for t in group(g)]
        if c.lower_ == "along":  # "along with Latvia, Lithuania and Slovenia": every name of the list
            out += [t for w in c.children if w.lower_ == "with" for g in w.children if g.dep_ == "pobj"
                    for t in group(g)]
    if not negated(verb):  # "Norway did not join at the same time as Denmark": Denmark did
        for when in _same_time_nouns(verb):
            out += [t for p in when.children if p.dep_ == "prep" and p.lower_ == "as"
                    for g in p.children if g.dep_ == "pobj" for t in group(g)]
    return out


SAME_TIME_NOUNS = frozenset("day time year month week".split())


def _same_time_nouns(verb: Token) -> list[Token]:
    """ "joined the EEC on 1 January 1973, on the same day as Denmark and Ireland", "at the same
    time as", "the same year as Latvia": the "same" time noun of the verb's own phrase (under
    "on" / "at" / "in", or bare), whose "as" names who did it too."""
    found = []
    for c in verb.children:
        nouns = [c] if c.dep_ == "npadvmod" else [g for g in c.children if g.dep_ == "pobj"] \
            if c.dep_ == "prep" and c.lower_ in ("on", "at", "in") else []
        found += [n for n in nouns if n.lemma_.lower() in SAME_TIME_NOUNS
                  and any(a.dep_ == "amod" and a.lower_ == "same" for a in n.children)]
    return found


def _set_off_preps(verb: Token) -> list[Token]:
    """A phrase set off by a comma that the parse hung on the noun of the verb's own phrase before
    it: "joined NATO in 2004 in its largest enlargement, together with A, B and C" (the comma
    closes "in its largest enlargement")."""
    doc = verb.doc
    nouns = [p for c in verb.children if c.dep_ == "prep" and c.i > verb.i for p in c.children if p.dep_ == "pobj"]
    return [c for n in nouns for c in n.children if c.dep_ == "prep" and c.i > n.i
            and doc[min(t.i for t in c.subtree) - 1].text == ","]


# A wire dateline opening a sentence: "SEOUL, June 4 (Yonhap) --", "KYIV (AP) -", "VILNIUS,
# Lithuania -": an upper-case place, a place or a date after a comma, an agency, a dash.
DATELINE_OPENING = re.compile(r"[A-Z][A-Z.'’]+(?:[ -][A-Z][A-Z.'’]+)*(?:,[^-–—_()\n]{1,30})?"
                              r"\s*(?:\([^)\n]{1,40}\))?\s*(?:-{1,2}|–|—|_)\s")


def in_dateline(tok: Token) -> bool:
    """Is the token part of a dateline opening its sentence? The parse may make the dateline's
    city a second subject of the lead's verb ("SEOUL, June 4 (Yonhap) -- X was sworn in")."""
    sent = tok.sent
    match = DATELINE_OPENING.match(sent.text)
    return match is not None and tok.idx - sent.start_char < match.end()


#: what may stand between a subject and its verb: "formally did not apply"
_BEFORE_VERB = frozenset({"advmod", "aux", "auxpass", "neg"})


def stranded_subject(verb: Token) -> list[Token]:
    """The subject a parse hung inside the participle clause that opens the sentence: "Ending
    years of neutrality after the war began, Chile and Peru did not apply" parsed with no subject
    on "apply" and "Chile and Peru" a conjunct of "Ending" or of "began". The nouns after the
    clause's last comma, right before the verb (its adverbs and auxiliaries aside), coordinated
    with each other; [] for any other shape."""
    doc = verb.doc
    opener = next((c for c in verb.children if c.dep_ in ("advcl", "csubj") and c.tag_ == "VBG"
                   and c.i < verb.i and all(t.is_space for t in doc[verb.sent.start:c.i])), None)
    if opener is None:
        return []
    j = verb.i - 1
    while j > opener.i and doc[j].head.i == verb.i and doc[j].dep_ in _BEFORE_VERB:
        j -= 1
    last = doc[j]
    clause = {t.i for t in opener.subtree}
    if last.dep_ != "conj" or last.pos_ != "PROPN" or last.i not in clause:
        return []
    comma = max((i for i in range(opener.i, last.i) if doc[i].text == ","), default=None)
    if comma is None:
        return []
    span = doc[comma + 1:last.i + 1]
    heads = [t for t in span if t.dep_ == "conj" and t.pos_ == "PROPN"]
    if not heads or heads[0].head.i > comma:  # the first name hangs on a word of the clause
        return []
    # the nouns after the comma are one coordination: names, "and"/"or", commas, their compounds
    if not all(t in heads or t.dep_ == "cc" or t.is_punct or t.dep_ == "compound" and t.head in heads
               for t in span):
        return []
    return heads


def said_before(ctx: Context, pronoun: Token) -> list[str]:
    """The state a subject "it" stands for: the state that is the whole subject of the sentence
    just before (its main clause's subject, one state and nothing else: "Spain joined NATO in 1982.
    It was the 16th member."). Anything else (an organisation, a bid, two states, a state that
    only owns the subject) is no antecedent: []. When the pronoun's own sentence names states before
    it, they are nearer: the one state it names ("Montenegro stays in NATO, which it joined in
    2017"), or none when it names two or more. A person before ("Slovenia's president said ...")
    is no "it": then the one state that sentence names is its antecedent."""
    sent = pronoun.sent
    if pronoun.lower_ != "it":
        return []
    nearer = set(ctx.entities(list(ctx.doc[sent.start:pronoun.i]), ("state:",)))
    if nearer:
        # "... which Croatia entered in 2023, the year it adopted the euro": the one state its own
        # sentence names before it; two or more ("Germany urged Poland to ..., but it refused"): none
        return sorted(nearer) if len(nearer) == 1 else []
    if sent.start == 0:
        return []
    before = ctx.doc[sent.start - 1].sent
    root = before.root
    subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or any(c.dep_ in ("conj", "cc") for c in subj.children):
        return []
    ent = ctx.entity(subj)
    if ent is not None and ent.startswith("person:") or ent is None and subj.lemma_.lower() in PERSON_NOUNS:
        # "Slovenia's president welcomed the decision. It joined NATO in 2004.": a person is no
        # "it"; the one state that sentence names is
        named = set(ctx.entities(before, ("state:",)))
        return sorted(named) if len(named) == 1 else []
    return [ent] if ent is not None and ent.startswith("state:") else []


#: common nouns for people a subject "it" cannot stand for
PERSON_NOUNS = frozenset(("president prime minister chancellor king queen leader premier head spokesman "
                          "spokeswoman spokesperson ambassador official officials he she they").split())


def previous_subject(ctx: Context, sent: Span) -> Token | None:
    """The subject of the main clause of the sentence before `sent`, when it is one noun phrase
    (no coordination); None otherwise or for a first sentence."""
    if sent.start == 0:
        return None
    root = ctx.doc[sent.start - 1].sent.root
    subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or any(c.dep_ in ("conj", "cc") for c in subj.children):
        return None
    return subj


def subject_before(ctx: Context, sent: Span) -> list[str]:
    """The person a subject "he" / "she" opening a sentence stands for: the whole subject of the
    main clause of the sentence just before, when that is one person ("Sunak became prime minister
    after the King asked him. He replaces Truss."), or, when that subject is a body or a gathering
    (`BODY_NOUNS`: "the new cabinet ... under X"), the one person that sentence names. Anything
    else (two people, a title with no name, no sentence before): []."""
    subj = previous_subject(ctx, sent)
    if subj is None:
        return []
    people = ctx.entities([t for t in subj.subtree if t.dep_ not in ("relcl", "appos")
                           and not any(a.dep_ in ("relcl", "appos") and a.i != subj.i
                                       for a in t.ancestors if a.i in {x.i for x in subj.subtree})],
                          ("person:",))
    if not people and subj.lemma_.lower() in BODY_NOUNS:
        # "The new Dutch cabinet took office in July under Dick Schoof. He replaces Rutte.": a
        # body or gathering is no "he"; the one person the sentence names is (none if it names two)
        people = ctx.entities(ctx.doc[sent.start - 1].sent, ("person:",))
    return people if len(people) == 1 else []


# Subjects that are bodies or gatherings, never a "he" / "she" of the next sentence: a title
# ("the prime minister") or a person noun ("the leader") is not among them.
BODY_NOUNS = frozenset(("cabinet government coalition parliament legislature assembly senate congress "
                        "party council commission alliance ceremony vote election summit meeting talks "
                        "court").split())


DESCRIBED_NOUNS = frozenset({"country", "nation", "state", "kingdom", "republic"})


def described_state(ctx: Context, noun: Token) -> list[str]:
    """[the state] "the country" / "the Nordic nation" / "the kingdom" stands for, the one state
    named before it that the description fits (`_described_states`); [] when not one. How sure the
    reading is, is kept for `make` (the claim's link confidence)."""
    found = described(ctx, noun)
    if found is None:
        return []
    key = (noun.sent.start, found.state)
    ctx.described[key] = min(ctx.described.get(key, 1.0), found.confidence)
    return [found.state]


def owner_states(ctx: Context, owners: list[Token]) -> list[str]:
    """The states possessives name ("Finland's"), or the one state a described owner stands for
    ("the Nordic country's application": `described_state`)."""
    found = ctx.entities(phrase_tokens(owners), ("state:",))
    if not found and len(owners) == 1 and not ctx.entity(owners[0]):
        found = described_state(ctx, owners[0])
    return found


def object_entities(ctx: Context, verb: Token, prefixes) -> list[str]:
    objs = [c for c in verb.children if c.dep_ in ("dobj", "attr")]
    objs += [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" for p in c.children]
    return ctx.entities(phrase_tokens([t for o in objs for t in group(o)]), prefixes)


def prep_entities(ctx: Context, verb: Token, preps, prefixes) -> list[str]:
    objs = [p for c in verb.children if c.dep_ == "prep" and c.lower_ in preps for p in c.children]
    return ctx.entities([t for o in objs for t in o.subtree], prefixes)




def governor(tok: Token) -> Token:
    """The verb a token's clause hangs on (the token itself when it is one, else the token)."""
    for anc in [tok, *tok.ancestors]:
        if anc.pos_ in ("VERB", "AUX"):
            return anc
    return tok
