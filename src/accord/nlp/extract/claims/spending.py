"""Spending targets and pledges: what share of GDP the allies' agreed target is ("NATO's target of
spending 2% of GDP", "the alliance's 2 percent guideline", "allies agreed to spend 5% of GDP by
2035", "the new 3.5% core target") and when and where a target was agreed ("the 2% goal agreed in
Wales in 2014", "set in 2006", "pledged in The Hague in June 2025").

Percentages of GDP are everywhere in the news (a state's own spending, growth, budgets), so a
percentage is read only as the level of a target phrase the alliance owns: a target noun it
modifies or completes, owned by NATO, "the alliance", "the allies" (or, more weakly, a bare "the
2% target" in an article about NATO), or a spending verb under a pledge whose subject is the
allies. Not read: a rough level ("more than 2%"), a state's or a person's target ("Japan's 2%
goal", "Trump's 4% target", "Poland set a 3% target"), an old one ("the previous 2% target"), a
negated one. Statements: `spending_target` (subject org:NATO, value "2%" or "5% by 2035"),
`target_agreed_on` (subject the obligation, value org:NATO, point_in_time the day of the
agreement), `target_agreed_at` (subject the obligation, value the place or summit),
`allies_meeting` (how many allies meet the 2% guideline: `_spending_counts`) and `target_change`
(which way the allies moved their target, "raise" / "lower": `_spending_direction`) and
`at_guideline` (whether one ally meets the 2% guideline in a year: `_spending_states`).

Confidences: link (how sure the owner is the alliance), modality (how plainly the sentence says
the level IS the allies' target: CURRENT_SURE for "the current goal of 2%", "the target is 2%";
STATED for "a target of 2%"; NAMED for "the 2% target", a name a superseded target keeps), date
(PAST_UNDATED for a past-tense sentence with no date of its own). The check
(`_spending_check`) reads them.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from accord.model import Statement
from accord.nlp.extract.claims import _spending_counts as counts
from accord.nlp.extract.claims import _spending_direction as direction
from accord.nlp.extract.claims import _spending_states as states
from accord.nlp.extract.claims import _spending_shares as shares
from accord.nlp.extract.claims import _spending_trend as trend
from accord.nlp.extract.claims._percent import Percent, deadline as _deadline, own_dates as _own_times, percents, spend_verb, target_noun
from accord.nlp.extract.claims._spending_check import check_agreed_at, check_agreed_on, check_target
from accord.nlp.extract.claims.grammar import Context, governor, make, modality, negated

ORDER = 40
NATO = "org:NATO"
AGREE_VERBS = {"agree", "set", "adopt", "pledge", "commit", "endorse", "establish", "decide", "approve", "vow",
               "promise", "require", "oblige", "obligate"}
OWN_TARGET_VERBS = {"set", "adopt", "announce", "propose", "want", "demand", "call", "push", "urge", "suggest",
                    "float", "seek", "plan", "aim", "unveil"}
ALLY_NOUNS = {"ally", "alliance", "member", "nation", "country", "leader", "state", "government", "group", "allies"}
OLD = {"old", "previous", "former", "original", "earlier", "initial", "prior", "outdated", "past", "then", "erstwhile"}
NEW = {"new", "higher", "proposed", "future", "next", "possible", "potential", "mooted", "draft", "suggested",
       "upcoming", "eventual", "ambitious", "aspirational", "revised", "raised", "tougher", "steeper"}
CURRENT = {"current", "present", "existing", "agreed", "official", "formal", "standing"}
PLACE_TYPES = {"GPE", "LOC", "FAC"}  # an unlinked name read as a place ("agreed in Wales")
CURRENT_SURE, STATED, NAMED = 1.0, 0.8, 0.6
IMPLICIT_LINK = 0.45  # "the 3% target" with no owner: maybe a state's own
PAST_UNDATED = 0.7
HAGUE = "obligation:nato-2025-defence-pledge"
WALES = "obligation:nato-defence-investment-2pc"
OBLIGATION_OF = {"2": WALES, "5": HAGUE, "3.5": HAGUE, "1.5": HAGUE}


def extract(ctx: Context, sent: Span) -> list[Statement]:
    out: list[Statement] = []
    for p in percents(sent):
        if p.rough:
            continue
        noun = target_noun(p)
        if noun is not None:
            out += _from_noun(ctx, p, noun)
        elif (verb := spend_verb(p)) is not None:
            out += _from_pledge(ctx, p, verb)
    return out + counts.extract(ctx, sent) + trend.extract(ctx, sent) + direction.extract(ctx, sent, _owner) \
        + states.extract(ctx, sent, _owner) + shares.extract(ctx, sent)


# -- "NATO's 2% target", "the alliance's goal of 2%" --------------------------------------------------
def _from_noun(ctx: Context, p: Percent, noun: Token) -> list[Statement]:
    words = {t.lower_.strip("-") for t in noun.subtree if t.i < noun.i} | {c.lower_ for c in noun.children if c.dep_ == "amod"}
    if words & OLD or negated(noun) or (_copula(p, noun, any_tense=True) and negated(p.unit.head)):
        return []
    owner, link = _owner(ctx, noun)
    if owner is None:
        return []
    refused = _refused(ctx, p, noun)
    if refused is not None:
        return refused
    agree = _agreeing_verb(noun)
    if agree is not None and link < 1.0 and _ally_subject(ctx, agree, passive_ok=True):
        link = 1.0  # "the 2% goal agreed by allies in Wales"
    verb = governor(noun)
    strength = CURRENT_SURE if words & CURRENT or _copula(p, noun) else STATED if p.unit.i > noun.i else NAMED
    mod = "plan" if words & NEW and modality(verb) == "fact" else modality(verb)
    tokens = [p.number, p.unit, noun]
    out = [_target(ctx, p, tokens, verb, mod, link, strength, _deadline(noun, p))]
    out += _agreement(ctx, p, tokens, agree or verb, noun, link) if agree is not None else _named(ctx, p, tokens, noun, link)
    return out


def _owner(ctx: Context, noun: Token) -> tuple[str | None, float]:
    """Whose target: (org:NATO, how sure) or (None, 0) when it is a state's, a person's or nobody's."""
    for c in noun.children:
        ent = ctx.entity(c)
        if ent and ent.startswith(("place:", "summit:", "obligation:", "event:")):
            continue  # "the Hague pledge", "the Wales summit pledge": where, not whose
        if c.dep_ in ("poss", "compound", "amod", "nmod") and ent:
            return (NATO, 1.0) if ent == NATO else (None, 0.0)
        if c.dep_ == "poss" and c.lower_ in ("its", "their"):
            return _antecedent(ctx, noun)
        if c.dep_ in ("poss", "compound") and c.lemma_.lower() in ALLY_NOUNS:
            return (NATO, 0.9) if _about_nato(ctx, noun) else (None, 0.0)
        if c.dep_ == "poss" and c.lower_ not in ("its", "their"):
            return None, 0.0  # "Trump's target", "the country's goal"
        if c.dep_ == "prep" and c.lower_ in ("of", "for", "by"):
            found = _ally_phrase(ctx, [t for t in c.subtree if t is not c])
            if found is not None:
                return found
        if c.dep_ in ("acl", "relcl") and (who := _agent(ctx, c)) is not None:
            return who
    verb = governor(noun)
    if verb.lemma_.lower() in OWN_TARGET_VERBS and _other_subject(ctx, verb):
        return None, 0.0  # "Poland set a 3% target"
    if _about_nato(ctx, noun):
        return NATO, IMPLICIT_LINK * (1.3 if noun.lemma_.lower() == "guideline" else 1.0)
    return None, 0.0


def _antecedent(ctx: Context, noun: Token) -> tuple[str | None, float]:
    before = [t for t in noun.sent if t.i < noun.i]
    named = ctx.entities(reversed(before), ("org:", "state:", "person:"))
    if named:
        return (NATO, 0.9) if named[0] == NATO else (None, 0.0)
    if any(t.lemma_.lower() in ("ally", "alliance") or t.lower_ in ("allies", "ally") for t in before) \
            and _about_nato(ctx, noun):
        return NATO, 0.8  # "allies have fulfilled their commitment of 2%"
    return (NATO, IMPLICIT_LINK) if _about_nato(ctx, noun) else (None, 0.0)


def _ally_phrase(ctx: Context, tokens: list[Token]) -> tuple[str, float] | None:
    named = ctx.entities(tokens, ("org:", "state:", "person:"))
    if named:
        return (NATO, 1.0) if named[0] == NATO else (None, 0.0)
    if any(t.lemma_.lower() in ("ally", "alliance", "allies") for t in tokens) and _about_nato(ctx, tokens[0]):
        return NATO, 0.9
    return None


def _agent(ctx: Context, clause: Token) -> tuple[str | None, float] | None:
    """ "the goal set by NATO" / "the target Poland set itself": whose is it."""
    agent = [t for c in clause.children if c.dep_ == "agent" for t in c.subtree]
    subj = [t for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree]
    return _ally_phrase(ctx, agent or subj) if (agent or subj) else None


def _other_subject(ctx: Context, verb: Token) -> bool:
    subj = [t for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree]
    named = ctx.entities(subj, ("org:", "state:", "person:"))
    return bool(named) and named[0] != NATO


def _about_nato(ctx: Context, tok: Token) -> bool:
    return ctx.topic_org == NATO or NATO in ctx.entities(tok.sent, ("org:",))


def _copula(p: Percent, noun: Token, any_tense: bool = False) -> bool:
    """ "the target is 2%": the level is what the sentence says the target is (now, unless `any_tense`)."""
    head = p.unit.head
    return (p.unit.dep_ == "attr" and head.lemma_.lower() == "be" and noun.head is head
            and (any_tense or head.tag_ in ("VBZ", "VBP")))


# -- "allies agreed to spend 5% of GDP by 2035" -------------------------------------------------------------
def _from_pledge(ctx: Context, p: Percent, spend: Token) -> list[Statement]:
    agree = _pledging(spend)
    if agree is not None and negated(agree) and not negated(spend):
        return _denied_agreement(ctx, p, spend, agree)
    if agree is None or negated(agree) or negated(spend):
        return []
    found = _ally_subject(ctx, agree)
    if found is None and agree.dep_ == "xcomp":
        found = _ally_subject(ctx, agree.head)  # "allies are expected to agree to spend 5%"
    if found is None:
        return []
    link = found
    past = agree.tag_ in ("VBD", "VBN") and not _present_passive(agree)
    strength = STATED if past else CURRENT_SURE
    tokens = [p.number, p.unit, spend]
    out = [_target(ctx, p, tokens, agree, modality(agree), link, strength, _deadline(spend, p))]
    return out + _agreement(ctx, p, tokens, agree, spend, link)


def _denied_agreement(ctx: Context, p: Percent, spend: Token, agree: Token) -> list[Statement]:
    """ "Allies did not agree / failed to agree to spend 5% of GDP": a denied agreement of the
    obligation that level belongs to (`target_agreed_on`, negated), dated by the verb's own date
    or undated (then of any time up to the article)."""
    obligation = OBLIGATION_OF.get(p.value)
    if obligation is None or agree.lemma_.lower() not in AGREE_VERBS - {"require", "oblige", "obligate"}:
        return []
    link = _ally_subject(ctx, agree) or (_ally_subject(ctx, agree.head) if agree.dep_ == "xcomp" else None)
    if link is None:
        return []  # "failed to agree": the subject is the head's
    times, _ = _own_times(ctx, agree)
    return [make(ctx, obligation, "target_agreed_on", NATO, [p.number, p.unit, spend], agree, True,
                 times=times, confidence={"link": round(link, 2)})]


REJECT_VERBS = {"reject", "scrap", "veto", "block", "abandon", "shelve", "oppose"}


def _refused(ctx: Context, p: Percent, noun: Token) -> list[Statement] | None:
    """"Allies rejected a new target of 5% of GDP", "allies failed to agree on the 5% target",
    "did not agree the target": the allies deny the agreement of the obligation the level belongs
    to (`target_agreed_on`, negated), dated by the verb's own date or undated. None when the
    noun is not the object of such a verb."""
    verb = noun.head if noun.dep_ == "dobj" else None
    if noun.dep_ == "pobj" and noun.head.lower_ == "on" and noun.head.head.lemma_.lower() == "agree":
        verb = noun.head.head
    if verb is None:
        return None
    lemma = verb.lemma_.lower()
    if not (lemma in REJECT_VERBS and not negated(verb)) and not (lemma in {"agree", "adopt", "endorse", "approve"}
                                                                  and negated(verb)):
        return None
    obligation = OBLIGATION_OF.get(p.value)
    link = _ally_subject(ctx, verb) or (_ally_subject(ctx, verb.head) if verb.dep_ == "xcomp" else None)
    if obligation is None or link is None:
        return []
    times, _ = _own_times(ctx, verb)
    return [make(ctx, obligation, "target_agreed_on", NATO, [p.number, p.unit, noun], verb, True,
                 times=times, confidence={"link": round(link, 2)})]


def _pledging(spend: Token) -> Token | None:
    """The pledge a spending verb is under: "agreed to spend", "committed to spending", "are
    required to spend"."""
    tok = spend
    for _ in range(3):
        if tok.dep_ in ("xcomp", "pcomp", "pobj", "acomp", "prep", "ccomp") and tok.head is not tok:
            tok = tok.head
            if tok.lemma_.lower() in AGREE_VERBS:
                return tok
        else:
            break
    return None


def _present_passive(verb: Token) -> bool:
    """ "members are committed / required to spend": a standing obligation, said in the present."""
    return any(c.dep_ in ("auxpass", "aux") and c.tag_ in ("VBZ", "VBP") for c in verb.children) or (
        verb.dep_ == "acomp" and verb.head.tag_ in ("VBZ", "VBP"))


def _ally_subject(ctx: Context, verb: Token, passive_ok: bool = False) -> float | None:
    """How sure the verb's subject (or agent) is the allies: NATO 1.0, "allies"/"NATO members" 1.0,
    "leaders"/"members" 0.8 in an article about NATO; None for a state, a person or anything else."""
    head = verb.head if verb.dep_ == "acomp" else verb
    deps = ("nsubj", "nsubjpass") if not passive_ok else ("nsubj", "agent")
    tokens = [t for c in head.children if c.dep_ in deps for t in c.subtree]
    if not tokens:
        return None
    named = ctx.entities(tokens, ("org:", "state:", "person:"))
    if named:
        return 1.0 if named[0] == NATO else None
    lemmas = {t.lemma_.lower() for t in tokens} | {t.lower_ for t in tokens}
    if lemmas & {"ally", "allies", "alliance"} and _about_nato(ctx, verb):
        return 1.0
    if lemmas & ALLY_NOUNS and _about_nato(ctx, verb):
        return 0.8
    return None


# -- statements --------------------------------------------------------------------------------------------
def _target(ctx: Context, p: Percent, tokens, verb: Token, mod: str, link: float, strength: float,
            deadline: str | None) -> Statement:
    times, past = _own_times(ctx, verb)
    sure = {"link": round(link, 2), "modality": strength}
    if not times and past:
        sure["date"] = PAST_UNDATED
    value = f"{p.value}%" + (f" by {deadline}" if deadline else "")
    return make(ctx, NATO, "spending_target", value, tokens, verb, times=times, confidence=sure, modality=mod)


def _agreement(ctx: Context, p: Percent, tokens, verb: Token, anchor: Token, link: float) -> list[Statement]:
    """When and where the target was agreed: the agreeing verb's own date and place."""
    obligation = OBLIGATION_OF.get(p.value)
    if obligation is None or verb.lemma_.lower() not in AGREE_VERBS - {"require", "oblige", "obligate"}:
        return []
    times, _ = _own_times(ctx, verb)
    sure = {"link": round(link, 2)}
    out = []
    if times.get("point_in_time"):
        out.append(make(ctx, obligation, "target_agreed_on", NATO, tokens, verb, times=times, confidence=sure))
    for place in _places(ctx, verb, anchor):
        out.append(make(ctx, obligation, "target_agreed_at", place, tokens, verb, times=times, confidence=sure))
    return out


def _named(ctx: Context, p: Percent, tokens, noun: Token, link: float) -> list[Statement]:
    """ "the 2014 Wales pledge", "the Hague commitment": a place or year the target is named by."""
    obligation = OBLIGATION_OF.get(p.value)
    if obligation is None or noun.lemma_.lower() not in ("pledge", "commitment"):
        return []
    places = [e for c in noun.children if c.dep_ in ("compound", "nmod") for e in ctx.entities(c.subtree, ("place:", "summit:"))]
    return [make(ctx, obligation, "target_agreed_at", e, tokens, noun, confidence={"link": round(link, 2)})
            for e in dict.fromkeys(places)]


def _places(ctx: Context, verb: Token, anchor: Token) -> list[str]:
    """Places and summits in the verb's own "in" / "at" phrases ("agreed at the Wales summit",
    "pledged in The Hague")."""
    found: list[str] = []
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in ("in", "at"):
            found += ctx.entities(c.subtree, ("place:", "summit:", "state:"))
            found += [t.text for t in c.subtree if t.pos_ == "PROPN" and t.dep_ == "pobj" and not ctx.entity(t)
                      and t.ent_type_ in PLACE_TYPES and not ctx.times_in({t.i})]
    return list(dict.fromkeys(found))


def _agreeing_verb(noun: Token) -> Token | None:
    """ "the goal agreed in Wales", "the target was set in 2006"."""
    acl = next((c for c in noun.children if c.dep_ in ("acl", "relcl") and c.lemma_.lower() in AGREE_VERBS), None)
    if acl is not None:
        return acl
    if noun.dep_ in ("nsubjpass", "nsubj") and noun.head.lemma_.lower() in AGREE_VERBS and noun.head.tag_ in ("VBD", "VBN"):
        return noun.head
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in AGREE_VERBS and noun.head.tag_ in ("VBD", "VBN", "VBZ", "VBP"):
        return noun.head  # "NATO leaders endorsed a new goal of 5%" (whose: the subject, _ally_subject)
    return None




CHECKS = {"spending_target": check_target, "target_agreed_on": check_agreed_on, "target_agreed_at": check_agreed_at,
          "allies_meeting": counts.check_meeting, "spending_change": trend.check_change,
          "target_change": direction.check_change, "at_guideline": states.check_at_guideline,
          "defence_share": shares.check_share}


WORDS = {"spending_change": trend.words, "target_change": direction.words, "at_guideline": states.words,
         "defence_share": shares.words}
