"""NATO's multinational battlegroups in the east of the Alliance (the enhanced Forward Presence):
who leads the battlegroup a host nation has, and how many there are.

- Lead nation (`leads_battlegroup`: the lead state -> the host state): "Lithuania hosts a
  German-led battlegroup", "a NATO battlegroup led by Germany in Lithuania", "Canada leads the
  battlegroup in Latvia", "Latvia's Canadian-led battlegroup", "the German-led battlegroup stationed
  in Lithuania". Read only when one lead and one host are named in the phrase itself (the host as
  the subject of "host", an "in" / "stationed in" phrase of the battlegroup or of "lead", or its
  owner): a battlegroup whose host is only the article's topic is not read, so a wrong lead is
  flagged only when the host is sure. Dated by the clause's own time, else the article's day; an
  undated past ("Germany led the battlegroup in Lithuania", "Lithuania hosted a German-led
  battlegroup") is `led_battlegroup`, some time up to the article's day.
- Count (`battlegroup_count`, on org:NATO): "NATO's eight battlegroups", "the eight multinational
  battlegroups", "NATO has eight battlegroups", "NATO deployed four battlegroups in 2017". Not a
  part of them ("the four new battlegroups", "the first four", "the four battlegroups in the Baltic
  states", "from four to eight battlegroups"), nor another organisation's (the EU's battlegroups),
  nor an undated deed ("NATO set up four battlegroups", of some earlier day).

Checked against battlegroups.yaml (framework nation -> host, with dates): a host the KB does not
list (a battlegroup elsewhere, the EU's) is not checked; a day before a host's first lead surely
began, or after the list's `as_of`, is not contradicted. The count is the number of hosts with a
battlegroup that day, a range where a start is known only to the year (2017: 0 to 4; 2022: 4 to
8): a count inside the range is supported.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from accord.kb import temporal
from accord.model import Statement
from accord.nlp.extract.claims._numbers import approximate, cardinal, nummod
from accord.nlp.extract.claims.grammar import (
    Context, aux_words, clause_tokens, make, negated, qualifiers, subject_entities,
)

ORDER = 62
LEADS, LED, COUNT, HOSTS = "leads_battlegroup", "led_battlegroup", "battlegroup_count", "hosts_battlegroup"
NATO = "org:NATO"
HOST_VERBS = {"host", "house"}
LEAD_VERBS = {"lead", "command", "head"}
PLACED = {"station", "base", "deploy", "locate", "position", "post"}  # "the battlegroup stationed in X"
# Words that make a count one of a part of the battlegroups ("the four new battlegroups", "the
# first four"), or another body's ("EU battlegroups").
PART_WORDS = {"new", "additional", "more", "further", "extra", "other", "first", "original", "initial",
              "existing", "remaining", "last", "latest", "earlier", "older", "baltic", "baltics", "northern",
              "southern", "northeastern", "southeastern", "nordic", "eu", "european", "both", "two", "several",
              "some", "those", "these", "such", "future", "planned", "proposed", "possible", "national", "own"}
NOT_A_COUNT_PREPS = {"from", "than", "to", "like"}
DEED_VERBS = {"deploy", "set", "establish", "create", "form", "station", "send", "agree", "approve", "announce",
              "launch", "add", "build", "stand", "double", "expand", "increase"}


def battlegroup_noun(tok: Token) -> bool:
    """"battlegroup(s)", "battle group(s)", "battle-group(s)"."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    low = tok.lower_
    if low in ("battlegroup", "battlegroups") or tok.lemma_.lower() == "battlegroup":
        return True
    if low not in ("group", "groups") or tok.i == 0:
        return False
    before = tok.doc[tok.i - 1]
    if before.lower_ == "battle":
        return True
    return before.text in ("-", "‐") and tok.i >= 2 and tok.doc[tok.i - 2].lower_ == "battle"


def extract(ctx: Context, sent: Span) -> list[Statement]:
    if ctx.kb is None:
        return []
    out: list[Statement] = []
    for tok in sent:
        if battlegroup_noun(tok):
            if tok.tag_ in ("NN", "NNP"):
                out += _lead(ctx, tok)
            else:
                out += _count(ctx, tok)
            out += _hosted(ctx, tok)
    return out


# -- which allies host one ----------------------------------------------------------------------------
#: verbs whose "in" phrase places their object ("set up four battlegroups in A, B, C and D")
PLACING_VERBS = PLACED | {"set", "establish", "create", "form", "have", "keep", "maintain", "field", "send"}


def _hosted(ctx: Context, noun: Token) -> list[Statement]:
    """"NATO's battlegroups in Bulgaria, Hungary, Romania and Slovakia", "four new battlegroups in
    A, B, C and D", "Latvia and Lithuania host NATO battlegroups", "Estonia hosts a battlegroup":
    each state named has a NATO battlegroup then (`hosts_battlegroup`, state -> NATO). Only NATO's
    (NATO or "multinational" in the phrase or sentence, or an article about NATO; never the EU's)
    and only where the host is the battlegroup's own "in" phrase or the subject of "host"."""
    if any(t.lower_ in ("eu", "european") or ctx.entity(t) == "org:EU" for t in noun.sent):
        return []
    words = {t.lower_ for t in noun.sent}
    if not ({"nato", "multinational", "alliance"} & words or ctx.topic_org == NATO):
        return []
    clause = _governing_verb(noun)
    placing = [noun] + ([clause] if noun.dep_ == "dobj" and clause.lemma_.lower() in PLACING_VERBS else [])
    hosts = _states(ctx, [t for h in placing for c in h.children if c.dep_ == "prep" and c.lower_ == "in"
                          for p in c.children if p.dep_ == "pobj" for t in [p, *p.conjuncts]])
    if not hosts and noun.dep_ == "dobj" and noun.head.lemma_.lower() in HOST_VERBS:
        hosts, clause = subject_entities(ctx, noun.head, ("state:",)), noun.head
    if not hosts or negated(clause) or any(c.dep_ == "neg" for c in noun.children):
        return []
    times = {k: v for k, v in qualifiers(ctx, clause_tokens(clause)).items() if k == "point_in_time"}
    if not times and (clause.tag_ == "VBD" or aux_words(clause) & {"did", "had"}) and clause.lemma_.lower() not in HOST_VERBS:
        times = {}  # an undated deed: checked as of the article's day, where a host listed then is one still
    return [make(ctx, h, HOSTS, NATO, [noun], clause, False, times) for h in hosts]


def check_hosts(checker, st: Statement, on: str | None):
    """A state with a NATO battlegroup on the claim's day: supported when the KB lists one there
    then (or, for an undated past, ever before); contradicted when the KB lists none for the state
    at all and the day lies from the first battlegroups' year to `as_of` (never a plan: a host
    still to come may be planned). A listed host on a day before its battlegroup is `None` (news
    of the decision comes before the troops)."""
    from accord.reconcile.kbcheck import Verdict, fact_evidence

    hosts = _hosts(checker.kb)
    window = _window(st, on)
    if not hosts or window is None or st.polarity == "negated":
        return None
    lo, hi = window
    facts = hosts.get(st.subject)
    every = [f for fs in hosts.values() for f in fs]
    state = checker.name(st.subject)
    if facts:
        then = [f for f in facts if _possible(f, lo, hi)]
        if then:
            return Verdict("supported", f"{state} has a NATO battlegroup, led by {_names(checker, then)}.",
                           [fact_evidence(f) for f in then])
        return None
    first = min(temporal.lower(f.start.value) for f in every if f.start is not None)
    until = _as_of(every)
    if lo < first or hi > until or st.modality != "fact":
        return None
    listed = ", ".join(sorted(checker.name(h) for h, fs in hosts.items() if any(_possible(f, lo, hi) for f in fs)))
    return Verdict("contradicted_by_kb", f"The knowledge base lists no NATO battlegroup in {state} up to {until}; "
                   f"on {st.point_in_time.value if st.point_in_time else on} the hosts were {listed or 'none'}.",
                   [fact_evidence(f) for f in every][:8])


# -- lead nation --------------------------------------------------------------------------------------
def _states(ctx: Context, tokens) -> list[str]:
    return ctx.entities(tokens, ("state:",))


def _hyphen_led(ctx: Context, noun: Token) -> list[str]:
    """"German-led", "U.S.-led", "UK-led": the state right before "-led" in the noun's left words."""
    out = []
    for t in noun.lefts:
        for led in t.subtree:
            ent = None
            if led.lower_ == "led" and led.i >= 2 and led.doc[led.i - 1].text in ("-", "‐"):
                ent = ctx.entity(led.doc[led.i - 2])
            elif led.lower_.endswith("-led") and len(led) > 4:  # "U.S.-led", one token
                ent = ctx.entity(led) or next((e.id for e in ctx.kb.resolve(led.text[:-4])
                                               if e.id.startswith("state:")), None)
            if ent and ent.startswith("state:") and ent not in out:
                out.append(ent)
    return out


def _agent_led(ctx: Context, noun: Token) -> tuple[list[str], Token | None]:
    """"a battlegroup led by Germany": the agent of "led" hung on the noun."""
    for acl in noun.children:
        if acl.dep_ == "acl" and acl.lemma_.lower() in LEAD_VERBS and acl.tag_ == "VBN":
            agents = [p for a in acl.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]
            states = _states(ctx, [t for p in agents for t in p.subtree])
            return states, acl
    return [], None


def _located(ctx: Context, head: Token, preps=("in", "at")) -> list[str]:
    """The states of the "in" phrases under `head`."""
    return _states(ctx, [t for c in head.children if c.dep_ == "prep" and c.lower_ in preps
                         for p in c.children if p.dep_ == "pobj" for t in p.subtree])


def _host(ctx: Context, noun: Token, verb: Token | None) -> list[str]:
    """The host state(s) the phrase names: "the battlegroup in Latvia", "the battlegroup stationed
    in Latvia", "Latvia's battlegroup", "Battlegroup Latvia", "Latvia hosts a battlegroup", "leads
    the battlegroup in Latvia" (the lead verb's "in")."""
    found = _located(ctx, noun)
    for acl in noun.children:
        if acl.dep_ in ("acl", "relcl") and acl.lemma_.lower() in PLACED:
            found += _located(ctx, acl, ("in", "at", "to"))
    found += _states(ctx, [t for c in noun.children if c.dep_ == "poss" for t in c.subtree])
    after = noun.i + 1 < len(noun.doc) and noun.doc[noun.i + 1]
    if after and ctx.entity(after) and ctx.entity(after).startswith("state:") and (
            after.head.i == noun.i or noun.head.i == after.i):
        found.append(ctx.entity(after))  # "Battlegroup Latvia", "eFP Battle Group Poland"
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in HOST_VERBS:
        found += subject_entities(ctx, noun.head, ("state:",))
    if verb is not None and verb.lemma_.lower() in LEAD_VERBS:
        found += _located(ctx, verb)
    return list(dict.fromkeys(found))


def _governing_verb(tok: Token) -> Token:
    verb = tok
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    return verb


def _lead(ctx: Context, noun: Token) -> list[Statement]:
    leads, verb, denied = _hyphen_led(ctx, noun), None, False
    anchor = noun
    if not leads:
        leads, acl = _agent_led(ctx, noun)
        anchor = acl or noun
    if not leads and noun.dep_ == "dobj" and noun.head.lemma_.lower() in LEAD_VERBS:
        verb = noun.head
        leads, denied, anchor = subject_entities(ctx, verb, ("state:",)), negated(verb), verb
    hosts = _host(ctx, noun, verb)
    if len(leads) != 1 or len(hosts) != 1:
        return []
    clause = verb or _governing_verb(noun)
    if verb is None and negated(clause):
        return []  # "Lithuania does not host a German-led battlegroup": a denial of something else
    times = qualifiers(ctx, clause_tokens(clause))
    times = {k: v for k, v in times.items() if k == "point_in_time"}
    prop = LEADS
    if not times and (clause.tag_ == "VBD" or aux_words(clause) & {"did", "had"}):
        prop = LED  # "Germany led the battlegroup in Lithuania": some time before the article
    return [make(ctx, leads[0], prop, hosts[0], [noun, anchor], clause, denied, times)]


def _hosts(kb) -> dict[str, list]:
    out: dict[str, list] = {}
    for f in kb.facts(property=LEADS):
        out.setdefault(f.value, []).append(f)
    return out


def _window(st: Statement, on: str | None) -> tuple[str, str] | None:
    when = st.point_in_time.value if st.point_in_time is not None else on
    if not when or temporal.precision_of(str(when)[:10]) is None:
        return None
    text = str(when)[:10]
    return temporal.lower(text), temporal.upper(text)


def _possible(f, lo: str, hi: str) -> bool:
    """Can the fact hold on some day of [lo, hi]?"""
    if f.start is not None and temporal.lower(f.start.value) > hi:
        return False
    if f.end is not None:
        last = f.end.value if f.end.precision == "day" else None
        if last is not None and last <= lo:
            return False
        if last is None and temporal.upper(f.end.value) < lo:
            return False
    return True


def _surely_from(facts) -> str:
    """The first day a host's battlegroup surely has its lead: the end of its first start."""
    return min(temporal.upper(f.start.value) for f in facts if f.start is not None)


def _as_of(facts) -> str:
    return min(str(f.as_of) for f in facts if f.as_of)


def _names(checker, facts) -> str:
    return ", ".join(f"{checker.name(f.subject)} (from {f.start.value}"
                     + (f" to {f.end.value})" if f.end else ")") for f in facts)


def check_leads(checker, st: Statement, on: str | None):
    """The lead on the claim's day (or within its month or year): supported when the KB has that
    state leading the host's battlegroup then; contradicted, naming the lead, when the day lies in
    the host's list (after its first lead surely began, not after `as_of`); `None` for a host the
    KB does not list. A denial is contradicted when the state led it then. A plan is not
    contradicted."""
    from accord.reconcile.kbcheck import Verdict, fact_evidence

    facts = _hosts(checker.kb).get(st.value)
    window = _window(st, on)
    if not facts or window is None:
        return None
    lo, hi = window
    then = [f for f in facts if _possible(f, lo, hi)]
    mine = [f for f in then if f.subject == st.subject]
    host, lead = checker.name(st.value), checker.name(st.subject)
    covered = _surely_from(facts) <= lo and hi <= _as_of(facts)
    if st.polarity == "negated":
        if mine and covered and st.modality == "fact":
            return Verdict("contradicted_by_kb", f"{lead} led the NATO battlegroup in {host} then: "
                           f"{_names(checker, mine)}; the claim says it did not.", [fact_evidence(f) for f in mine])
        if not mine and covered:
            return Verdict("supported", f"The NATO battlegroup in {host} was led by {_names(checker, then)}.",
                           [fact_evidence(f) for f in then])
        return None
    if mine:
        return Verdict("supported", f"{lead} leads the NATO battlegroup in {host}: {_names(checker, mine)}.",
                       [fact_evidence(f) for f in mine])
    if not covered or not then or st.modality != "fact":
        return None
    return Verdict("contradicted_by_kb", f"The claim has {lead} lead the NATO battlegroup in {host}"
                   f"{' in ' + st.point_in_time.value if st.point_in_time else ''}, but it was led by "
                   f"{_names(checker, then)}.", [fact_evidence(f) for f in then])


def check_led(checker, st: Statement, on: str | None):
    """An undated past lead: some time up to the article's day. Contradicted only when no lead
    of the state's is known before that day and the host's list was surely complete by then."""
    from accord.reconcile.kbcheck import Verdict, fact_evidence

    facts = _hosts(checker.kb).get(st.value)
    window = _window(st, on)
    if not facts or window is None or st.polarity == "negated":
        return None
    hi = min(window[1], _as_of(facts))
    mine = [f for f in facts if f.subject == st.subject and _possible(f, "0001-01-01", window[1])]
    host, lead = checker.name(st.value), checker.name(st.subject)
    if mine:
        return Verdict("supported", f"{lead} led the NATO battlegroup in {host}: {_names(checker, mine)}.",
                       [fact_evidence(f) for f in mine])
    if _surely_from(facts) > hi or st.modality != "fact":
        return None
    before = [f for f in facts if _possible(f, "0001-01-01", hi)]
    return Verdict("contradicted_by_kb", f"The claim has {lead} lead the NATO battlegroup in {host}, but up to "
                   f"{hi} it was led only by {_names(checker, before)}.", [fact_evidence(f) for f in before])


# -- how many -------------------------------------------------------------------------------------------
def _nato_owned(ctx: Context, noun: Token, clause: Token) -> bool | None:
    """Whose battlegroups: True for NATO's ("NATO's", "the NATO battlegroups", "the alliance's",
    "NATO has / deployed N battlegroups"), None for a bare "the N battlegroups" (NATO's in an
    article about NATO), False for another's or an indefinite count with no owner."""
    owners = [t for c in noun.children if c.dep_ in ("poss", "compound", "nmod") for t in c.subtree]
    ents = {ctx.entity(t) for t in owners} - {None}
    if ents - {NATO}:
        return False
    if NATO in ents or any(t.lower_ == "alliance" for t in owners):
        return True
    if noun.dep_ == "dobj" and subject_entities(ctx, clause, ("org:",)) == [NATO]:
        return True
    subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    if noun.dep_ == "dobj" and subj is not None and subj.lower_ == "alliance":
        return True
    if any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children) or any(
            t.lower_ in ("its", "their") for t in owners):
        return None
    return False


def _count(ctx: Context, noun: Token) -> list[Statement]:
    num = nummod(noun)
    number = cardinal(num) if num is not None and not approximate(num) else None
    if not number:
        return []
    words = [t for t in noun.subtree if t.i != noun.i]
    if any(t.lower_ in PART_WORDS for t in words) or any(
            (e := ctx.entity(t)) and e != NATO for t in words):
        return []  # "the four new battlegroups", "the battlegroups in the Baltic states"
    if any(c.dep_ in ("relcl", "acl") for c in noun.children) or ctx.times_in({t.i for t in words}):
        return []  # "the four battlegroups set up after the invasion": a part
    if noun.dep_ == "pobj" and noun.head.lower_ in NOT_A_COUNT_PREPS:
        return []  # "from four battlegroups to eight", "more than": not the count of the day
    if any(t.lower_ in ("eu", "european") or ctx.entity(t) == "org:EU" for t in noun.sent):
        return []  # the EU's battlegroups are another thing
    clause = _governing_verb(noun)
    owned = _nato_owned(ctx, noun, clause)
    if owned is False or (owned is None and (ctx.topic_org not in (NATO, None) or _part_before(noun, number))):
        return []
    if negated(clause):
        return []
    times = {k: v for k, v in qualifiers(ctx, clause_tokens(clause) - {t.i for t in noun.subtree}).items()
             if k == "point_in_time"}
    if not times and (clause.lemma_.lower() in DEED_VERBS or clause.tag_ == "VBD" or aux_words(clause) & {"did", "had"}):
        return []  # "NATO deployed four battlegroups": on some day before the article's
    return [make(ctx, NATO, COUNT, str(number), [num, noun], clause, False, times)]


def _part_before(noun: Token, number: int) -> bool:
    """Does the text before a bare "the N battlegroups" name some battlegroups by another number
    or as a part ("four new battlegroups in ...; the four battlegroups will ..."): then the bare
    phrase may point back at that part, not count them all."""
    for tok in noun.doc[:noun.sent.start]:
        if not battlegroup_noun(tok):
            continue
        num = nummod(tok)
        if num is not None and cardinal(num) not in (None, number):
            return True
        if num is not None and any(t.lower_ in PART_WORDS for t in tok.subtree if t.i != num.i):
            return True
    return False


def check_count(checker, st: Statement, on: str | None):
    """The number of hosts with a battlegroup on the claim's day: between those surely there and
    those possibly there (a start known to the year may be any day of it) is supported; outside,
    contradicted, on a day from the first battlegroups' start to the list's `as_of`."""
    from accord.reconcile.kbcheck import Verdict, fact_evidence

    if not str(st.value).isdecimal() or st.polarity == "negated":
        return None
    hosts = _hosts(checker.kb)
    window = _window(st, on)
    if not hosts or window is None:
        return None
    lo, hi = window
    every = [f for facts in hosts.values() for f in facts]
    first = min(temporal.lower(f.start.value) for f in every if f.start is not None)
    sure = sorted(h for h, facts in hosts.items() if _surely_from(facts) <= lo)
    possible = sorted(h for h, facts in hosts.items() if any(_possible(f, lo, hi) for f in facts))
    n = int(st.value)
    evidence = [fact_evidence(f) for f in every if f.value in possible][:8]
    names = ", ".join(checker.name(h) for h in possible)
    when = st.point_in_time.value if st.point_in_time else on
    if len(sure) <= n <= len(possible):
        return Verdict("supported", f"NATO had {len(possible)} multinational battlegroups on {when} ({names})"
                       + (f"; {len(sure)} surely there all that time" if len(sure) != len(possible) else "") + ".",
                       evidence)
    if lo < first or hi > _as_of(every) or st.modality != "fact":
        return None
    many = f"{len(sure)} to {len(possible)}" if len(sure) != len(possible) else str(len(possible))
    return Verdict("contradicted_by_kb", f"The claim gives NATO {n} multinational battlegroups on {when}, but it had "
                   f"{many} ({names}).", evidence)


def _lead_words(name, st: Statement) -> str:
    return f"{name(st.subject)} {'led' if st.property == LED else 'leads'} the NATO battlegroup in {name(st.value)}"


def _count_words(name, st: Statement) -> str:
    return f"NATO has {st.value} multinational battlegroups"


def _hosts_words(name, st: Statement) -> str:
    return f"{name(st.subject)} hosts a NATO battlegroup"


CHECKS = {LEADS: check_leads, LED: check_led, COUNT: check_count, HOSTS: check_hosts}
WORDS = {LEADS: _lead_words, LED: _lead_words, COUNT: _count_words, HOSTS: _hosts_words}
