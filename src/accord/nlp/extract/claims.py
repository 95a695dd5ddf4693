"""Statements (claims) read off the dependency parse: memberships, partnerships, accessions,
invasions, contributions, invitations. Summits are in `claims_events.py`.

A pure function over a parsed `Doc` whose mentions are linked (`doc._.mentions`), with time
expressions (`doc._.times`) and quotations (`doc._.quotes`). Each statement carries its polarity,
modality, time qualifiers, who asserts it (a quoted speaker or the article) and its reference.
"""

from __future__ import annotations

from collections import Counter
from typing import Iterable

from spacy.tokens import Doc, Span, Token

from accord.model import Reference, Statement, TimeQualifier
from accord.nlp import extensions  # noqa: F401  (registers the Doc extensions read here)

RELATION_NOUNS = {"member": "member_of", "ally": "member_of", "partner": "partner_of", "partnership": "partner_of"}
# Verbs whose object can carry the relation: "has had a partnership programme with NATO".
HAVING_VERBS = {"have", "sign", "hold", "keep", "maintain", "agree", "conclude"}
RELATIVE_PRONOUNS = {"which", "who", "that"}
POSSESSIVE_PRONOUNS = {"its", "their", "our"}
LEAD_VERBS = {"lead", "head"}
HEAD_KINDS = {"secretary_general"}  # offices that head an organisation (KB attrs.kind)


class Context:
    """What the rules look up: the entity of each token, time expressions, quotes, the topic."""

    def __init__(self, doc: Doc, kb=None, doc_id: str = ""):
        self.doc, self.kb, self.doc_id = doc, kb, doc_id
        self.entity_of: dict[int, str] = {}
        for m in doc._.mentions or []:
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if m.entity and span is not None:
                for tok in span:
                    self.entity_of.setdefault(tok.i, m.entity)
        self.times = [(doc.char_span(t.start, t.end, alignment_mode="expand"), t) for t in doc._.times or []]
        self.quotes = doc._.quotes or []
        orgs = Counter(e for e in self.entity_of.values() if e.startswith("org:"))
        self.topic_org = orgs.most_common(1)[0][0] if orgs else None
        self.summits: list[str] = []  # summits resolved so far in this document

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
        return [a for span, a in self.times if span is not None and any(t.i in tokens for t in span)]

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


def phrase_tokens(toks: Iterable[Token]) -> list[Token]:
    """Each head with its compounds and modifiers, so "New Zealand" is found from "Zealand"."""
    out = []
    for t in toks:
        out += [t] + [c for c in t.lefts if c.dep_ in ("compound", "amod", "nmod", "det", "poss")]
        out += [c for c in t.rights if c.dep_ == "prep" for c in [c, *c.children]]
    return out


def clause_tokens(verb: Token) -> set[int]:
    """The verb's subtree without coordinated clauses (their times belong to them)."""
    skip = {t.i for c in verb.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") for t in c.subtree}
    return {t.i for t in verb.subtree} - skip


def negated(tok: Token) -> bool:
    return any(c.dep_ == "neg" for c in tok.children)


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
    auxes = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if auxes & {"will", "shall", "'ll", "would"} or ("to" in auxes and verb.dep_ in ("relcl", "acl", "xcomp")):
        return "plan"
    return "fact"


def qualifiers(ctx: Context, tokens: set[int], periods: bool = False) -> dict[str, TimeQualifier]:
    """start / end / point_in_time from the time expressions inside `tokens`.

    A range ("June 28-30") gives start and end. A period ("in the past year") does too when
    `periods` is set, for claims about what happened in it (a contribution); for a relation it
    says nothing of when the relation began, so it is left out."""
    out: dict[str, TimeQualifier] = {}
    for a in ctx.times_in(tokens):
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
        else:
            out.setdefault("point_in_time", TimeQualifier(value, precision))
    return out


def _precision_of(value: str) -> str:
    return {4: "year", 7: "month"}.get(len(value), "day")


def make(ctx: Context, subject: str, prop: str, value: str, tokens: list[Token], verb: Token,
         polarity: bool = False, times: dict | None = None, **extra) -> Statement:
    sent: Span = verb.sent
    start = min(t.idx for t in tokens)
    end = max(t.idx + len(t) for t in tokens)
    text = sent.text
    lead = len(text) - len(text.lstrip())
    ref = Reference(ctx.doc_id, start, end, text.strip(), sent.start_char + lead)
    return Statement(subject=subject, property=prop, value=value,
                     polarity="negated" if polarity else "affirmed",
                     modality=extra.pop("modality", None) or modality(verb),
                     asserted_by=ctx.speaker_at(verb.idx), references=[ref], **(times or {}))


# -- memberships and partnerships -------------------------------------------------------------
def relation_statements(ctx: Context, sent: Span) -> list[Statement]:
    out = []
    for tok in sent:
        prop = RELATION_NOUNS.get(tok.lemma_.lower())
        if prop is None or tok.pos_ not in ("NOUN", "PROPN"):
            continue
        noun = tok.head if tok.dep_ == "compound" else tok  # "partnership programme"
        org = _org_of(ctx, tok) or _org_of(ctx, noun)
        verb, subjects = _subjects_of(ctx, noun)
        if org is None:  # "New Zealand and NATO have been partners": the organisation is a subject
            org = next((s for s in subjects if s.startswith("org:")), None)
        if org is None and verb is not None and verb.lemma_.lower() == "become":
            org = ctx.topic_org  # "Croatia became a member on 1 July 2013", in an article about the EU
        subjects = [s for s in subjects if s != org]
        if org is None or not subjects:
            continue
        times = qualifiers(ctx, clause_tokens(verb)) if verb is not None else {}
        anchor = verb if verb is not None else tok
        negation = _relation_negated(noun, verb)
        if verb is not None and verb.lemma_.lower() == "become" and prop == "member_of" and times:
            point = _one_date(times)
            out += [make(ctx, s, "joined", org, [tok, anchor], anchor, negation, {"point_in_time": point})
                    for s in subjects]
            continue
        for subject in subjects:
            out.append(make(ctx, subject, prop, org, [tok, anchor], anchor, negation, times))
    return out


def _org_of(ctx: Context, noun: Token) -> str | None:
    siblings = [noun, *noun.conjuncts]
    for t in siblings:
        for c in t.children:
            if c.dep_ == "prep" and c.lower_ in ("of", "in", "with"):
                found = ctx.entities(phrase_tokens(c.children), ("org:",))
                if found:
                    return found[0]
            if c.dep_ in ("poss", "compound", "nmod"):
                found = ctx.entities([c, *c.subtree], ("org:",))
                if found:
                    return found[0]
                if c.lower_ in POSSESSIVE_PRONOUNS:
                    return _clause_org(ctx, noun) or ctx.topic_org
    return None


def _clause_org(ctx: Context, tok: Token) -> str | None:
    for anc in tok.ancestors:
        for c in anc.children:
            if c.dep_ in ("nsubj", "nsubjpass"):
                found = ctx.entities(phrase_tokens([c]), ("org:",))
                if found:
                    return found[0]
    return None


def _subjects_of(ctx: Context, noun: Token) -> tuple[Token | None, list[str]]:
    """The clause's verb and the states (or organisations) said to hold the relation."""
    head = noun
    while head.dep_ == "conj":
        head = head.head
    subjects: list[str] = []
    appos = [c for c in noun.children if c.dep_ == "appos"]
    if appos:
        subjects += ctx.entities(phrase_tokens(group(appos[0])), ("state:", "org:"))
    verb = None
    if head.dep_ in ("attr", "acomp", "oprd") or (head.dep_ == "dobj" and head.head.lemma_.lower() in HAVING_VERBS):
        verb = head.head
    if verb is not None:
        nsubj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if nsubj is not None and nsubj.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
            nsubj = verb.head
        if nsubj is not None:
            subjects += ctx.entities(phrase_tokens(group(nsubj)), ("state:", "org:"))
    return verb, list(dict.fromkeys(subjects))


def _relation_negated(noun: Token, verb: Token | None) -> bool:
    if negated(noun):
        return True
    if verb is None or not negated(verb):
        return False
    if noun.dep_ != "conj":
        return True
    # "not a partner but a member": the contrast drops the negation unless repeated
    cc = next((c.lower_ for c in noun.head.children if c.dep_ == "cc"), "and")
    return cc != "but"


# -- accessions, invasions, contributions, invitations ----------------------------------------
def verb_statements(ctx: Context, sent: Span) -> list[Statement]:
    out = []
    for verb in sent:
        lemma = verb.lemma_.lower()
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        if lemma in ("join", "accede"):
            orgs = _object_entities(ctx, verb, ("org:",))
            if not orgs and not any(c.dep_ in ("dobj", "prep", "xcomp") and c.lower_ != "on" for c in verb.children):
                orgs = _topic(ctx)  # "Croatia, which joined on 1 July 2013"
            out += _joined(ctx, verb, _subject_entities(ctx, verb, ("state:",)), orgs)
        elif lemma == "apply" and (join := _join_clause(verb)) is not None:
            # "Sweden applied to join (the alliance) in May 2022"
            orgs = _object_entities(ctx, join, ("org:",)) or _topic(ctx)
            point = _one_date(qualifiers(ctx, clause_tokens(verb)))
            out += [make(ctx, s, "applied_to", o, [verb], verb, negated(verb), {"point_in_time": point} if point else {})
                    for s in _subject_entities(ctx, verb, ("state:",)) for o in orgs]
        elif lemma == "grant" and _candidate_status(verb):
            # "Ukraine was granted candidate status in June 2022"; "both countries were granted ..."
            orgs = _prep_entities(ctx, verb, ("for", "by"), ("org:",)) or _topic(ctx)
            point = _one_date(qualifiers(ctx, clause_tokens(verb)))
            out += [make(ctx, s, "candidate_for", o, [verb], verb, negated(verb), {"start": point} if point else {})
                    for s in _granted(ctx, verb) for o in orgs]
        elif lemma in LEAD_VERBS:
            # "Stoltenberg had led the alliance since 2014": the organisation's head office
            times = qualifiers(ctx, clause_tokens(verb))
            for person in _subject_entities(ctx, verb, ("person:",)):
                for org in _object_entities(ctx, verb, ("org:",)):
                    office = _head_office(ctx, org)
                    if office is not None and times:
                        out.append(make(ctx, person, "holds_office", office, [verb], verb, negated(verb), times))
        elif lemma == "include" and verb.head.lemma_.lower() in ("expand", "grow", "enlarge"):
            orgs = _subject_entities(ctx, verb.head, ("org:",)) or _topic(ctx)
            out += _joined(ctx, verb, _object_entities(ctx, verb, ("state:",)), orgs, extra_time=verb.head)
        elif lemma == "invade":
            for s in _subject_entities(ctx, verb, ("state:",)):
                for o in _object_entities(ctx, verb, ("state:",)):
                    out.append(make(ctx, s, "invaded", o, [verb], verb, negated(verb),
                                    qualifiers(ctx, clause_tokens(verb))))
        elif lemma == "contribute":
            for s in _subject_entities(ctx, verb, ("state:",)):
                for o in _prep_entities(ctx, verb, ("to",), ("org:",)):
                    out.append(make(ctx, s, "contributed_to", o, [verb], verb, negated(verb),
                                    qualifiers(ctx, clause_tokens(verb), periods=True)))
    return out


def _topic(ctx: Context) -> list[str]:
    """The organisation the article is about, for a claim that names none ("applied to join")."""
    return [ctx.topic_org] if ctx.topic_org else []


def _one_date(times: dict[str, TimeQualifier]) -> TimeQualifier | None:
    """The date of a one-off event (an accession, an application): its point in time, or the
    start a "since" gave."""
    return times.get("point_in_time") or times.get("start")


def _candidate_status(verb: Token) -> bool:
    return any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() == "status"
               and any(m.lower_ == "candidate" for m in c.children) for c in verb.children)


def _granted(ctx: Context, verb: Token) -> list[str]:
    """Who was granted it: the named states, or for "both countries" / "the two countries" the
    states named earlier in the sentence."""
    named = _subject_entities(ctx, verb, ("state:",)) or _object_entities(ctx, verb, ("state:",))
    if named:
        return named
    subj = next((c for c in verb.children if c.dep_ in ("nsubjpass", "dative")), None)
    if subj is None or subj.lemma_.lower() != "country" or subj.tag_ != "NNS":
        return []
    return ctx.entities([t for t in verb.sent if t.i < subj.i], ("state:",))


def _join_clause(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ == "xcomp" and c.lemma_.lower() == "join"), None)


def _head_office(ctx: Context, org: str) -> str | None:
    """The one office that heads `org` in the KB (NATO's Secretary General), if there is one."""
    if ctx.kb is None:
        return None
    heads = [e.id for e in ctx.kb.entities("office")
             if e.attrs.get("jurisdiction") == org and e.attrs.get("kind") in HEAD_KINDS]
    return heads[0] if len(heads) == 1 else None


def _joined(ctx, verb, subjects, orgs, extra_time: Token | None = None) -> list[Statement]:
    tokens = clause_tokens(verb) | ({t.i for t in extra_time.children} if extra_time is not None else set())
    point = _one_date(qualifiers(ctx, tokens))
    return [make(ctx, s, "joined", o, [verb], verb, negated(verb) or (extra_time is not None and negated(extra_time)),
                 {"point_in_time": point} if point else {})
            for s in subjects for o in orgs]


def _subject_entities(ctx: Context, verb: Token, prefixes) -> list[str]:
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None and subj.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
        subj = verb.head  # "Croatia, which joined ..."
    return ctx.entities(phrase_tokens(group(subj)), prefixes) if subj is not None else []


def _object_entities(ctx: Context, verb: Token, prefixes) -> list[str]:
    objs = [c for c in verb.children if c.dep_ in ("dobj", "attr")]
    objs += [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" for p in c.children]
    return ctx.entities(phrase_tokens([t for o in objs for t in group(o)]), prefixes)


def _prep_entities(ctx: Context, verb: Token, preps, prefixes) -> list[str]:
    objs = [p for c in verb.children if c.dep_ == "prep" and c.lower_ in preps for p in c.children]
    return ctx.entities([t for o in objs for t in o.subtree], prefixes)


def statements(doc: Doc, kb=None, doc_id: str = "") -> list[Statement]:
    """Every statement in `doc`, merged: the same claim twice is one statement with two references."""
    from accord.nlp.extract.claims_events import invitation_statements, summit_statements

    ctx = Context(doc, kb, doc_id)
    found: list[Statement] = []
    for sent in doc.sents:  # summits first: invitations refer to them
        found += summit_statements(ctx, sent)
    for sent in doc.sents:
        found += relation_statements(ctx, sent) + verb_statements(ctx, sent) + invitation_statements(ctx, sent)
    return merge(found)


def statement_key(st: Statement) -> tuple:
    tq = lambda t: (t.value, t.precision) if t else None  # noqa: E731
    return (st.subject, st.property, st.value, st.polarity, st.modality, tq(st.start), tq(st.end),
            tq(st.point_in_time), st.asserted_by)


def merge(found: Iterable[Statement]) -> list[Statement]:
    merged: dict[tuple, Statement] = {}
    for st in found:
        key = statement_key(st)
        if key in merged:
            refs = merged[key].references
            refs += [r for r in st.references if (r.doc_id, r.start, r.end) not in {(x.doc_id, x.start, x.end) for x in refs}]
        else:
            merged[key] = st
    return list(merged.values())
