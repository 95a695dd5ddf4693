"""A person's age told as a number (issue 12, age19): "Rutte, 57, said ...", "the 63-year-old
former prime minister Mark Rutte", "Zelensky, a 41-year-old comedian,", "Marin, aged 34,", "At 34,
Marin is the youngest ...", "Marin became the youngest prime minister at 34", "Metsola, who turned
43 on the day of the vote", "Rutte is 57 years old". Checked against the person's day of birth
(the KB's `born_on`, from the `born` line of the person's entry).

Statement: `person – age – "57"`, or `"57 on 2019-12-10"` when the sentence dates what the person
did (the clause's own date): the writer may give the age the person has on the article's day (the
usual apposition) or the one they had on that day ("In 2010, the 43-year-old Rutte became prime
minister"), so either is right. The check (CHECKS) allows the ages from SLACK_DAYS before to
SLACK_DAYS after each of those days (a report written a few days before it is published, an
event told a day late): supported when the age is among them, contradicted only when it is none
of them; `unverifiable` when the KB has no birth date for the person or the article has no date.

Only the named person's own age: the number stands right after the name between commas (or in
brackets), or "N-year-old" / "aged N" is on the name, on a noun in apposition with it or on a
noun the name is in apposition with; "at N" is fronted ("At 34, Marin ...") or with a superlative
or "die" in its clause; "turn N" and "be N" have the person as subject. "at N", "turn N" and "be N"
in the past are read only when the clause is dated ("became prime minister at 34" in a later
article is the age on a day it does not give), and no age after "then" ("then a 41-year-old"). The person must be linked
to a KB person surely (LINK_SURE: the KB's name or a family name the KB gives, not a name the
article alone makes a person's), and a family name alone must be the name of someone the article
names in full, or follow an office title ("Prime Minister Luxon, 54,"): "Dan, 30, a local farmer,"
is no holder's age. Not read: another person's age ("his 12-year-old son"), "in his
60s", "a 20-year career", other numbers after a name ("Rutte, 57 of the 60 votes"), numbers inside
quotations, negations and hypotheses.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from spacy.tokens import Span, Token

from accord.model import Statement
from accord.nlp.extract.claims._numbers import cardinal
from accord.nlp.extract.claims.grammar import Context, clause_tokens, make, modality, negated, qualifiers
from accord.nlp.extract.name_variants import fold

ORDER = 37
YOUNGEST, OLDEST = 16, 105  # an age outside is no adult official's (a vote count, a year)
SLACK_DAYS = 7  # written this many days before or after the day it speaks of
LINK_SURE = 0.9  # the KB's name (0.95) or its family name alone (0.9); a guess is not checked
SUPERLATIVES = {"youngest", "oldest", "young", "old"}
AGE_VERBS = {"die"}  # "died on Wednesday at 84": the age on that day
CLOSERS = {",", ")", ";", "—", "–"}
UNITS = {"%", "percent", "per", "degrees", "votes", "seats", "of", "to", "-", "–", "years", "year", "days",
         "months", "points", "million", "billion", "km", "miles"}


def extract(ctx: Context, sent: Span) -> list[Statement]:
    if ctx.kb is None:
        return []
    out: list[Statement] = []
    for tok in sent:
        found = _read(tok)
        if found is None:
            continue
        age, person_tok, verb, kind = found
        st = _statement(ctx, age, person_tok, verb, kind, tok)
        if st is not None:
            out.append(st)
    return out


def _read(tok: Token) -> tuple[int, Token, Token, str] | None:
    """(age, the person's token, the verb whose clause dates it, kind) for an age written at `tok`."""
    if tok.lower_ == "old" and tok.pos_ == "ADJ":
        return _years_old(tok)
    if tok.lower_ == "aged":
        return _aged(tok)
    if not tok.like_num:
        return None
    age = _age_number(tok)
    if age is None:
        return None
    if tok.head.lower_ == "at" and tok.dep_ == "pobj":
        return _at(tok, age)
    if _at_before_noun(tok):
        return _at(tok, age, tok.doc[tok.i - 1])
    if tok.head.lemma_.lower() == "turn" and tok.dep_ in ("dobj", "attr", "npadvmod", "acomp", "oprd") and _bare(tok):
        return _verb_subject(tok, age, "turned")
    if tok.head.lemma_.lower() == "be" and tok.dep_ in ("attr", "acomp") and _bare(tok):
        return _verb_subject(tok, age, "is")
    return _apposition(tok, age)


def _age_number(tok: Token) -> int | None:
    if not tok.text.isdigit() or len(tok.text) > 3:
        return None
    value = cardinal(tok)
    return value if value is not None and YOUNGEST <= value <= OLDEST else None


def _bare(tok: Token) -> bool:
    """A number with nothing of its own (no noun, no unit)."""
    return not list(tok.children) and not (tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ in UNITS)


# -- "Rutte, 57, said", "Rutte (57)" -----------------------------------------------------------------
def _apposition(tok: Token, age: int) -> tuple[int, Token, Token, str] | None:
    doc = tok.doc
    if tok.i < 2 or tok.i + 1 >= len(doc) or tok.i == tok.sent.end - 1:
        return None
    before, after = doc[tok.i - 1], doc[tok.i + 1]
    bracket = before.text == "(" and after.text == ")"
    if not bracket and not (before.text == "," and after.text in CLOSERS - {")"}):
        return None
    name = doc[tok.i - 2]
    if not name.pos_ == "PROPN" or any(c.dep_ in ("nummod", "quantmod") for c in tok.children):
        return None
    return age, name, _verb_of(name), "apposition"


# -- "the 57-year-old prime minister", "Rutte is 57 years old" ---------------------------------------
def _years_old(old: Token) -> tuple[int, Token, Token, str] | None:
    year = next((c for c in old.children if c.lemma_.lower() == "year" and c.dep_ in ("npadvmod", "nmod")), None)
    num = next((c for c in year.children if c.dep_ == "nummod"), None) if year is not None else None
    age = _age_number(num) if num is not None else None
    if age is None:
        return None
    if old.dep_ == "acomp" and old.head.lemma_.lower() == "be":  # "Rutte is 57 years old"
        return _verb_subject(old, age, "is")
    noun = old.head if old.dep_ in ("amod", "appos", "acomp", "npadvmod") else None
    if noun is None:
        return None
    person = _person_of_noun(noun)
    return (age, person, _verb_of(person), "year-old") if person is not None else None


def _person_of_noun(noun: Token) -> Token | None:
    """The named person a noun stands for: itself ("the 57-year-old Rutte"), the name in apposition
    with it ("the former prime minister Mark Rutte"), or the name it is in apposition with
    ("Rutte, the 57-year-old prime minister"), or the name it is a compound of ("the 57-year-old
    prime minister Mark Rutte" parsed as one noun phrase). `_statement` checks the token names a
    person."""
    while noun.dep_ == "compound" and noun.head.i != noun.i:
        noun = noun.head
    if noun.pos_ == "PROPN":
        return noun
    named = next((c for c in noun.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    if named is not None:
        return named
    if noun.dep_ == "appos" and noun.head.pos_ == "PROPN":
        return noun.head
    return None


# -- "Marin, aged 34," -------------------------------------------------------------------------------
def _aged(aged: Token) -> tuple[int, Token, Token, str] | None:
    num = next((c for c in aged.children if c.like_num), None)
    if num is None and aged.i + 1 < len(aged.doc) and aged.doc[aged.i + 1].like_num:
        num = aged.doc[aged.i + 1]
    age = _age_number(num) if num is not None else None
    if age is None or not _bare(num):
        return None
    person = _person_of_noun(aged.head) if aged.head.i != aged.i else None
    return (age, person, _verb_of(person), "aged") if person is not None else None


# -- "At 34, Marin is ...", "became the youngest prime minister at 34", "died at 84" ------------------
def _at_before_noun(num: Token) -> bool:
    """"becoming at 35 the youngest head of government": the parse may make the number count the
    noun after it ("at [35 the youngest head]"), a noun with its own article."""
    doc = num.doc
    return (num.dep_ == "nummod" and 0 < num.i < len(doc) - 1 and doc[num.i - 1].lower_ == "at"
            and doc[num.i + 1].lower_ == "the" and num.head.head.i == num.i - 1 and not list(num.children))


def _at(num: Token, age: int, at: Token | None = None) -> tuple[int, Token, Token, str] | None:
    at = at if at is not None else num.head
    if at.i + 1 != num.i or (at is num.head and not _bare(num)):
        return None
    verb = at.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    fronted = at.i == at.sent.start and num.i + 1 < len(num.doc) and num.doc[num.i + 1].text == ","
    clause = [verb.doc[i] for i in clause_tokens(verb)]
    if not (fronted or verb.lemma_.lower() in AGE_VERBS or any(t.lower_ in SUPERLATIVES for t in clause)):
        return None
    return _verb_subject(num, age, "at", _main_clause(verb))


def _main_clause(verb: Token) -> Token:
    """The clause a subjectless participle tells of: "X was sworn in on Monday, »becoming« at 31
    the youngest ..." has its subject, tense and date on "sworn". Only "becoming": "..., making her
    aide at 29 the youngest ..." says the age of its object."""
    if verb.lemma_.lower() == "become" and verb.tag_ == "VBG" and verb.dep_ in ("advcl", "xcomp", "conj") and verb.head.pos_ in ("VERB", "AUX") \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return verb.head
    return verb


# -- "Metsola, who turned 43", "Rutte is 57" ----------------------------------------------------------
def _verb_subject(tok: Token, age: int, kind: str, verb: Token | None = None):
    verb = verb if verb is not None else tok.head
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None and subj.lower_ in ("who", "that") and verb.dep_ == "relcl":
        subj = verb.head
    if subj is None or subj.pos_ != "PROPN":
        return None
    return age, subj, verb, kind


def _verb_of(tok: Token) -> Token:
    """The verb the name's clause hangs on (the name itself when there is none)."""
    head = tok
    while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
        head = head.head
    return head if head.pos_ in ("VERB", "AUX") else tok


# -- the statement ----------------------------------------------------------------------------------
def _statement(ctx: Context, age: int, person_tok: Token, verb: Token, kind: str, at: Token) -> Statement | None:
    person = ctx.entity(person_tok)
    if not person or not person.startswith("person:") or not ctx.kb.has(person):
        return None
    if _link(ctx, person_tok) < LINK_SURE or _shared_name(ctx, person_tok, person) or _stranger(ctx, person_tok, person):
        return None
    if any(q.label == "direct" and q.start <= t.idx < q.end for q in ctx.quotes for t in (at, person_tok)):
        return None  # a number inside a quotation is the speaker's (reported speech keeps the writer's
        # appositions: "Lawmakers backed Svyrydenko, 39, by 262 votes" is no one's words but the writer's)
    told = modality(verb) if kind in ("turned", "is", "at") else "fact"
    if told == "hypothetical" or (kind in ("turned", "is", "at") and negated(verb)):
        return None
    when = _event_day(ctx, verb) if verb.pos_ in ("VERB", "AUX") else None
    if kind in ("turned", "is", "at") and verb.tag_ in ("VBD", "VBN") and when is None:
        return None  # "was 43 when he took office", "became prime minister at 34": some day before
    if _then(at, person_tok):
        return None  # "then a 41-year-old comedian": the age on a day the sentence does not give
    value = f"{age} on {when}" if when else str(age)
    tokens = [person_tok, at]
    return make(ctx, person, "age", value, tokens, verb, modality="fact" if told != "plan" else "plan")


def _then(at: Token, person_tok: Token) -> bool:
    """"then" between the name and the age, or on the noun the age is on."""
    lo, hi = sorted((at.i, person_tok.i))
    if any(t.lower_ == "then" for t in at.doc[lo:hi + 1]):
        return True
    return any(c.lower_ == "then" for c in at.head.children) or any(c.lower_ == "then" for c in at.head.head.children)


# titles that make a family name alone a holder's: "Prime Minister Luxon, 54,", "President Dan"
OFFICE_WORDS = frozenset("""minister secretary secretary-general president vice-president premier chancellor
taoiseach pm fm commissioner admiral adm general gen speaker governor king queen chair chairman chairwoman
chairperson saceur spokesperson ambassador""".split())


def _stranger(ctx: Context, tok: Token, person: str) -> bool:
    """Is the name at `tok` a family name alone for a KB person the article never names in full
    nor with an office title straight before it ("Dan, 30, a local farmer,")? The KB's bearer is
    then a guess, and checking a stranger's age against a holder's day of birth would flag a
    correct sentence (age23: 463 holders carry a day of birth, many of them with common family
    names: Dan, Peters, Cooper, English)."""
    mentions = [m for m in ctx.doc._.mentions or [] if m.entity == person]
    here = next((m for m in mentions if m.start <= tok.idx < m.end), None)
    if here is None or len(here.text.split()) > 1 or any(len(m.text.split()) > 1 for m in mentions):
        return False
    first = next((t for t in tok.doc if t.idx >= here.start), tok)
    before = tok.doc[first.i - 1] if first.i > 0 else None
    return before is None or before.lower_.rstrip(".") not in OFFICE_WORDS


def _shared_name(ctx: Context, tok: Token, person: str) -> bool:
    """Is the name at `tok` a family name alone that another person named before it also bears
    ("Clinton, 68," after Hillary and Bill Clinton)? Then which one is meant is a guess. A bearer
    named only later ("Kono, 54, is the son of Yohei Kono") is no rival: a family name alone
    does not stand for someone the article has not named yet."""
    mention = next((m for m in ctx.doc._.mentions or [] if m.start <= tok.idx < m.end and m.entity), None)
    if mention is None or len(mention.text.split()) > 1:
        return False
    written = fold(mention.text)
    before = {e for i, e in ctx.entity_of.items() if i < tok.i}
    for other in before:
        if other == person or not other.startswith("person:"):
            continue
        name = ctx.kb.entity(other).name if ctx.kb.has(other) else other.split(":", 1)[1].replace("-", " ")
        if fold(name.split()[-1]) == written:
            return True
    return False


def _link(ctx: Context, tok: Token) -> float:
    """How surely the mention at `tok` names its KB person."""
    for m in ctx.doc._.mentions or []:
        if m.start <= tok.idx < m.end and m.entity:
            return float(m.data.get("confidence") or 0.0)
    return 0.0


def _event_day(ctx: Context, verb: Token) -> str | None:
    """The clause's own date (day, month or year), if it has one."""
    when = qualifiers(ctx, clause_tokens(verb)).get("point_in_time")
    return when.value if when is not None and when.part is None else None


# -- the check ---------------------------------------------------------------------------------------
VALUE = re.compile(r"^(\d+)(?: on (\S+))?$")


def age_on(born: date, day: date) -> int:
    """Whole years from `born` to `day` (the age changes on the birthday itself; a 29 February
    birthday comes on 1 March in other years)."""
    return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


def ages_around(born: date, value: str) -> range | None:
    """The ages a person born on `born` has from SLACK_DAYS before the first day `value` (a date
    at any precision) can mean to SLACK_DAYS after its last."""
    from accord.reconcile import timecmp

    span = timecmp.bounds(value)
    if span is None:
        return None
    lo, hi = span[0] - timedelta(days=SLACK_DAYS), span[1] + timedelta(days=SLACK_DAYS)
    return range(age_on(born, lo), age_on(born, hi) + 1)


def check_age(checker, st: Statement, on: str | None):
    """The stated age against the ages the KB's day of birth gives on the days it may speak of."""
    from accord.reconcile.kbcheck import Verdict, fact_evidence

    m = VALUE.match(st.value)
    facts = [f for f in checker.kb.facts(subject=st.subject, property="born_on") if f.point_in_time]
    name = checker.name(st.subject)
    if m is None:
        return None
    if not facts:
        return Verdict("unverifiable", f"The knowledge base has no day of birth for {name}.")
    age, event = int(m.group(1)), m.group(2)
    born = date.fromisoformat(facts[0].point_in_time.value)
    days = [d for d in (on, event) if d]
    if not days:
        return Verdict("unverifiable", f"The article has no date, so {name}'s age cannot be checked.")
    windows = [(d, ages_around(born, d)) for d in dict.fromkeys(days)]
    windows = [(d, r) for d, r in windows if r is not None]
    if not windows:
        return None
    evidence = [fact_evidence(f) for f in facts]
    if any(age in r for _, r in windows):
        return Verdict("supported", f"{name} was born on {born.isoformat()}: {age} fits the day told of.", evidence)
    then = " and ".join(f"{_ages(r)} around {d}" for d, r in windows)
    return Verdict("contradicted_by_kb", f"The text makes {name} {age}, but {name} was born on "
                   f"{born.isoformat()} and was {then}.", evidence)


def _ages(r: range) -> str:
    return str(r[0]) if len(r) == 1 else f"{r[0]}-{r[-1]}"


def _words(name, st: Statement) -> str:
    m = VALUE.match(st.value)
    if m is None:
        return f"{name(st.subject)} aged {st.value}"
    return f"{name(st.subject)} aged {m.group(1)}" + (f" (on {m.group(2)} or the article's day)" if m.group(2) else "")


CHECKS = {"age": check_age}
WORDS = {"age": _words}
