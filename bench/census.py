"""A census of the sentence shapes accord does not read: sentences that name an entity of the KB
and carry a claim-bearing cue but yield no statement on it, bucketed by where the entity sits.

For each sentence of a corpus, accord's pipeline (with the bundled KB) reads the statements as
`accord check` does; a sentence is counted when it names a linked state, organisation or person
(not a demonym used as an adjective) AND carries a cue (a relation verb, a time expression, a
number, a title) AND

- yields no statement at all (`none`), or
- yields statements, none of which has that entity as its subject or value (`other`).

Each such entity is bucketed by its shape in the parse: the clause it sits in (main, relative,
adverbial, complement, infinitive, participle, conjunct, prepositional clause, ...; `+passive`,
`+inverted`, `+quote` when so) and its role there (subject, object, a preposition's object, or
inside a noun phrase: `np-of`, `np-poss`, `np-appos`, ... those are noun-phrase shapes). A
sentence counts once per bucket. Printed: counts per bucket, the commonest lemmas of the
clause's verb and of the sentence's root, and three examples each (the entity in »«).

    python bench/census.py --news tune            # the tune split of ../shared/data/news
    python bench/census.py --set bench/probes/cr14a --set bench/probes/fa17
    python bench/census.py --polnear 200          # the first 200 PolNeAR train articles
    python bench/census.py --set DIR --json       # machine-readable
    python bench/census.py --news tune --relation # only names whose clause's verb is a relation verb

Never give it the check split: `--news` takes `tune` only.
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"

ENTITY_PREFIXES = ("state:", "org:", "person:")
# verbs of the relations accord's claim families read (membership, offices, summits, treaties ...)
RELATION_LEMMAS = frozenset("""join accede admit apply sign ratify host hold invite attend elect appoint name
nominate succeed replace become serve lead chair head found establish create withdraw leave quit expel
suspend meet visit invade annex launch swear inaugurate resign step win defeat take assume enter welcome
approve veto block grant recognise recognize ally partner pledge commit spend contribute agree
""".split())
TITLE_WORDS = frozenset("""president minister chancellor premier secretary general king queen prime
foreign defence defense chairman chair ambassador envoy leader head governor senator""".split())
NP_DEPS = frozenset({"compound", "amod", "nmod", "poss", "appos", "conj", "det", "nummod", "npadvmod"})
CLAUSE_NAMES = {"ROOT": "main", "relcl": "relative", "advcl": "adverbial", "ccomp": "complement",
                "xcomp": "infinitive", "acl": "participle", "conj": "conjunct", "pcomp": "prep-clause",
                "csubj": "clausal-subject", "parataxis": "parataxis", "advmod": "adverbial",
                "acomp": "complement", "dep": "unattached"}


@dataclass
class Miss:
    bucket: str
    outcome: str  # "none" (no statement in the sentence) or "other" (statements on others only)
    entity: str
    verb: str
    root: str
    example: str


@dataclass
class Census:
    sentences: int = 0
    candidates: int = 0  # sentences with a linked entity and a cue
    read: int = 0  # ... of which every named entity is in a statement
    misses: list[Miss] = field(default_factory=list)

    def add(self, other: "Census") -> None:
        self.sentences += other.sentences
        self.candidates += other.candidates
        self.read += other.read
        self.misses += other.misses


# -- the shape of a token ------------------------------------------------------------------------

def phrase_head(tok):
    """The head of the noun phrase the token is part of, and how it hangs inside it: ("np-poss",
    "np-of", "np-appos", "np-compound", ...) when the name modifies another noun, else None."""
    how = None
    while tok.dep_ in NP_DEPS and tok.head.i != tok.i:
        if tok.dep_ in ("poss", "appos") or tok.dep_ == "compound" and tok.head.pos_ in ("NOUN", "PROPN"):
            how = how or f"np-{tok.dep_}"
        tok = tok.head
    if tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.head.pos_ in ("NOUN", "PROPN", "PRON"):
        how = how or f"np-{tok.head.lower_}"  # "the accession of Finland", "leaders from Japan"
    return tok, how


def clause_verb(tok):
    """The verb (or the root) of the clause the token sits in."""
    for anc in tok.ancestors:
        if anc.pos_ in ("VERB", "AUX") or anc.dep_ == "ROOT":
            return anc
    return tok


def clause_name(verb) -> str:
    """main, relative, adverbial, complement, infinitive, participle, conjunct ... of a clause's verb;
    a conjunct is named with the clause of its first verb ("conjunct<relative")."""
    dep = verb.dep_
    if dep == "acl" and verb.tag_ == "VB":
        return "infinitive"  # "the decision to join"
    if dep == "acl" and verb.tag_ in ("VBD", "VBZ", "VBP") and any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return "relative"  # a relative clause without its pronoun, parsed as acl
    if dep == "conj":
        first = verb
        while first.dep_ == "conj" and first.head.i != first.i:
            first = first.head
        return "conjunct<" + CLAUSE_NAMES.get(first.dep_, first.dep_)
    if dep == "advcl" and verb.tag_ in ("VBG", "VBN") and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in verb.children):
        return "participle"  # "..., joining NATO in 2023"
    if dep == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return "infinitive"  # "to join NATO, Sweden ..."
    if verb.dep_ == "ROOT" and verb.pos_ not in ("VERB", "AUX"):
        return "verbless"
    return CLAUSE_NAMES.get(dep, dep)


def marks(verb, head, quotes) -> list[str]:
    out = []
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        out.append("passive")
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None and subj.i > verb.i and verb.lemma_ not in ("be",):
        out.append("inverted")
    if any(q[0] <= head.idx < q[1] for q in quotes):
        out.append("quote")
    return out


def role_name(head, verb) -> str:
    dep = head.dep_
    if dep == "pobj" and head.head.dep_ in ("prep", "agent"):
        prep = head.head
        return f"prep-{prep.lower_}" if prep.head.i == verb.i else f"prep-{prep.lower_}(deep)"
    return {"nsubj": "subject", "nsubjpass": "subject", "dobj": "object", "attr": "attribute",
            "dative": "object", "oprd": "attribute", "ROOT": "fragment"}.get(dep, dep)


def shape(tok, quotes=()) -> tuple[str, object]:
    """The bucket of a name at `tok` (its phrase's root token) and the verb of its clause:
    "CLAUSE[+marks]/ROLE", e.g. "relative/subject", "main+passive/subject", "participle/object",
    "complement/prep-in", "main/np-poss" (inside a noun phrase: read16's shapes).
    `quotes`: (start, end) character spans of quotations."""
    head, inside = phrase_head(tok)
    verb = clause_verb(head)
    clause = "+".join([clause_name(verb), *marks(verb, head, quotes)])
    return f"{clause}/{inside or role_name(head, verb)}", verb


# -- reading a corpus ----------------------------------------------------------------------------

class Reader:
    """One KB and one pipeline for the whole census."""

    def __init__(self):
        from accord.kb import load
        from accord.nlp.annotate import Annotator

        self.annotator = Annotator(kb=load())

    def census(self, text: str, date: str | None, name: str = "") -> Census:
        from accord.nlp.extract.offices import office_statements
        from accord.nlp.parts import parts

        nlp = self.annotator.nlp
        out = Census()
        for _, piece in parts(text, self.annotator.max_chars):
            doc = nlp.make_doc(piece)
            doc._.document_date = date
            doc = nlp(doc)
            statements = list(doc._.statements or [])
            statements += office_statements("", list(doc._.offices or []), doc.text)
            out.add(census_of_doc(doc, statements, name))
        return out


def _involved(statements, sent) -> set[str]:
    """The entities the sentence's statements are about: subjects and values, and the state or
    organisation an office belongs to ("office:nzl-prime-minister" is about state:NZL)."""
    out = set()
    for st in statements:
        if st.property == "said":
            continue
        if any(sent.start_char <= r.start < sent.end_char for r in st.references):
            for value in (st.subject, *str(st.value).split("#")[:1]):
                out.add(value.lower())
                if value.startswith("office:"):
                    owner = value.split(":", 1)[1].split("-", 1)[0]
                    out |= {f"state:{owner}", f"org:{owner}"}
    return out  # (lowercased: the KB spells "org:NATO" but "office:nato-...")


def _cue(sent, times, offices) -> bool:
    if any(t.lemma_.lower() in RELATION_LEMMAS and t.pos_ in ("VERB", "AUX", "NOUN") for t in sent):
        return True
    if any(sent.start_char <= a.start < sent.end_char for a in [*times, *offices]):
        return True
    return any(t.like_num or t.lower_ in TITLE_WORDS for t in sent)


def census_of_doc(doc, statements, name: str = "") -> Census:
    """The census of one annotated Doc and the statements read from it."""
    out = Census()
    mentions = [m for m in doc._.mentions or [] if m.entity and m.entity.startswith(ENTITY_PREFIXES)]
    times, offices = list(doc._.times or []), list(doc._.offices or [])
    quotes = [(q.start, q.end) for q in doc._.quotes or []]
    for sent in doc.sents:
        out.sentences += 1
        named = [m for m in mentions if sent.start_char <= m.start < sent.end_char]
        spans = [(m, doc.char_span(m.start, m.end, alignment_mode="expand")) for m in named]
        spans = [(m, s) for m, s in spans if s is not None and s.root.dep_ != "amod"]  # "American voters"
        if not spans or not _cue(sent, times, offices):
            continue
        out.candidates += 1
        involved = _involved(statements, sent)
        missing = [(m, s) for m, s in spans if m.entity.lower() not in involved]
        if not missing:
            out.read += 1
            continue
        outcome = "other" if involved else "none"
        seen = set()
        for m, span in missing:
            bucket, verb = shape(span.root, quotes)
            if bucket in seen:
                continue
            seen.add(bucket)
            text = doc.text[sent.start_char:m.start] + "»" + m.text + "«" + doc.text[m.end:sent.end_char]
            out.misses.append(Miss(bucket, outcome, m.entity, verb.lemma_.lower(), sent.root.lemma_.lower(),
                                   f"{name}: {' '.join(text.split())}"))
    return out


def news_texts(shared: Path, split: str):
    """(name, text, date) of the tune split of the news set (never the check split)."""
    from accord.ingest import prepare, read_inputs

    if split != "tune":
        raise SystemExit("the census reads the tune split only")
    folder = shared / "data" / "news"
    for file in json.loads((folder / "split.json").read_text(encoding="utf-8"))["tune"]:
        yield from _articles([str(folder / "articles" / file)], f"news/{file}", prepare, read_inputs)


def set_texts(folder: Path):
    from accord.ingest import prepare, read_inputs

    for path in sorted((folder / "articles").glob("*.txt")):
        yield from _articles([str(path)], f"{folder.name}/{path.name}", prepare, read_inputs)


def _articles(paths, name, prepare, read_inputs):
    for raw in read_inputs(paths):
        doc = prepare(raw)
        yield name, doc.text, doc.published


def polnear_texts(shared: Path, limit: int):
    folder = shared / "data" / "polnear" / "train" / "text"
    for path in sorted(folder.glob("*.txt"))[:limit]:
        yield f"polnear/{path.name}", path.read_text(encoding="utf-8"), None


def relation_misses(misses: list[Miss]) -> list[Miss]:
    """The misses whose clause's verb is a relation verb: the clause-level gaps."""
    return [m for m in misses if m.verb in RELATION_LEMMAS]


# -- the report ----------------------------------------------------------------------------------

def summary(census: Census, top: int = 25, examples: int = 3) -> dict:
    buckets: dict[str, list[Miss]] = collections.defaultdict(list)
    for miss in census.misses:
        buckets[miss.bucket].append(miss)
    ranked = sorted(buckets.items(), key=lambda kv: (-len(kv[1]), kv[0]))
    return {
        "sentences": census.sentences, "candidates": census.candidates, "read": census.read,
        "missed": len({m.example for m in census.misses}),
        "buckets": [{
            "shape": shape_, "count": len(misses),
            "none": sum(m.outcome == "none" for m in misses),
            "other": sum(m.outcome == "other" for m in misses),
            "verbs": collections.Counter(m.verb for m in misses).most_common(6),
            "roots": collections.Counter(m.root for m in misses).most_common(4),
            "examples": [m.example[:300] for m in misses[:: max(1, len(misses) // examples)][:examples]],
        } for shape_, misses in ranked[:top]],
    }


def print_summary(report: dict) -> None:
    print(f"sentences {report['sentences']}, with a KB name and a cue {report['candidates']}, "
          f"every name read {report['read']}, a name not read {report['missed']} "
          f"(at a relation verb {report['missed_at_a_relation_verb']})")
    for b in report["buckets"]:
        verbs = ", ".join(f"{v} {n}" for v, n in b["verbs"])
        print(f"{b['count']:5}  {b['shape']:40} (none {b['none']}, other {b['other']})  verbs: {verbs}")
        for ex in b["examples"]:
            print(f"         {ex}")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", type=Path, default=SHARED)
    ap.add_argument("--news", choices=["tune"], help="the news set's tune split")
    ap.add_argument("--set", dest="sets", type=Path, action="append", default=[], metavar="DIR",
                    help="a set in the news layout (articles/*.txt), e.g. bench/probes/cr14a; repeatable")
    ap.add_argument("--polnear", type=int, metavar="N", help="the first N PolNeAR train articles")
    ap.add_argument("--relation", action="store_true",
                    help="count a name only when the verb of its clause is a relation verb (RELATION_LEMMAS)")
    ap.add_argument("--top", type=int, default=25)
    ap.add_argument("--examples", type=int, default=3, help="examples per shape (default 3)")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    texts = []
    if args.news:
        texts.append(news_texts(args.shared, args.news))
    texts += [set_texts(folder) for folder in args.sets]
    if args.polnear:
        texts.append(polnear_texts(args.shared, args.polnear))
    if not texts:
        ap.error("give --news tune, --set DIR or --polnear N")
    reader, total = Reader(), Census()
    for corpus in texts:
        for n, (name, text, date) in enumerate(corpus, 1):
            total.add(reader.census(text, date, name))
            if n % 50 == 0:
                print(f"  ... {n} texts", file=sys.stderr, flush=True)
    related = len({m.example for m in relation_misses(total.misses)})
    if args.relation:
        total.misses = relation_misses(total.misses)
    report = summary(total, args.top, args.examples)
    report["missed_at_a_relation_verb"] = related
    if args.json:
        json.dump(report, sys.stdout, indent=1)
        print()
    else:
        print_summary(report)
    return 0


if __name__ == "__main__":
    sys.exit(main())
