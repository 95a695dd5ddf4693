"""Parses mended before any reader sees them (the `accord_repairs` component).

Each repair is one shape of sentence the small English model parses wrongly often enough, and
wrongly in a way that gives a reader a false claim, not just a missed one. A repair moves heads and
labels only when every condition of its shape holds; any other sentence is left as parsed.

- **The object of an opening clause read as the subject.** "After Russia invaded Ukraine, Sweden
  and Finland applied to join NATO" is parsed with "Ukraine" the subject of "applied" and
  "Sweden", "Finland" its conjuncts, "invaded" without an object: so "Ukraine applied". A fronted
  subordinate clause ends with a comma before the main clause's subject; a subject that follows
  the clause's verb with no comma between them, has no object of that verb beside it, and is
  followed by the comma and by its own conjuncts, is that verb's object: it is moved under the
  clause's verb as `dobj`, and its first conjunct after the comma becomes the subject, the rest
  of the coordination with it. The same sentence parsed the other way ("Two years after Russia
  attacked Ukraine, Sweden, Finland and Norway were all members": "Ukraine" the object with the
  names after the comma its conjuncts, "were" without a subject) is mended the same way: the
  coordination after the comma that runs up to the main verb is its subject.
- **The same with an opening phrase that has no "after" or "since".** A gerund ("Fearing Russia,
  Sweden and Finland applied") or a preposition ("Unlike Austria, Sweden and Finland applied")
  that opens the sentence is parsed the same wrong way, its object the main subject: mended the
  same way, the object under the gerund (`dobj`) or the preposition (`pobj`). And a main verb
  left without a subject because the names after the comma were read as conjuncts of the last
  noun of an opening phrase ("Alarmed by the invasion of Ukraine, Sweden and Finland applied",
  "Following Russia's invasion of Ukraine, Finland and Sweden applied") takes them back.
- **A name in apposition read as an adverbial** (issue 12, pm16). "NATO's newest member, Sweden,
  joined last month" is parsed with "Sweden" an `npadvmod` of "member" (the same sentence with
  "Finland" gets `appos`), so no reader sees the state the noun is. A place name (GPE) set off by
  commas right after the noun it hangs on, as `npadvmod`, is made its `appos`.
- **A modifying gerund read as a progressive verb.** "Denmark and Norway were founding members of
  NATO" is parsed as "were founding" with "members" its object, so no reader sees a membership:
  the copula is made the clause's verb, the noun its `attr` and "founding" its `amod` (`JJ`).
- **A counted noun written with a capital** (count23). "The 27 Member States of the EU", "the 57
  participating States" are tagged as a proper name ("States", `NNP`, lemma "States"), so no
  reader counts them. A capitalised plural count noun ("States", "Members", "Countries",
  "Nations") that is no named entity and has a number of its own (`nummod`) is made the common
  plural noun it is (`NNS`, its singular lemma), with a compound "Member" before it.
- **A relative clause's verb read as a noun** (border25). "Estonia and Latvia, which border Russia,
  joined NATO in 2004" is parsed with "which" a determiner of a noun "border" and "Russia" in
  apposition to Estonia, so Russia "joined NATO" (a false flag) and no reader sees the border. A
  verb that is also a noun (`RELATIVE_VERB_NOUNS`), right after "which" or "that" (or "which
  both") that follows a comma, compounded onto a name set off as an apposition, is made the
  relative clause's verb on the antecedent (`relcl`, `VBP`), the pronoun its subject and the
  name its object.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

SUBJECTS = ("nsubj", "nsubjpass")
#: what says an opening clause's verb already has what follows it: then its next word is not its object
_FILLED = frozenset({"dobj", "attr", "ccomp", "xcomp", "oprd", "acomp", "dative", "prep", "agent"})


#: what may stand between a subject and its verb: "formally did not apply"
_BEFORE_VERB = frozenset({"advmod", "aux", "auxpass", "neg"})


def repair(doc: Doc) -> None:
    for tok in doc:
        if tok.text in CAPITAL_COUNT_NOUNS:
            capitalised_count_noun(tok)
        if tok.lower_ in MODIFIER_GERUNDS and tok.tag_ == "VBG":
            gerund_before_its_noun(tok)
        if tok.lower_ in RELATIVE_VERB_NOUNS and tok.dep_ == "compound":
            relative_verb_read_as_noun(tok)
        if tok.dep_ == "npadvmod":
            apposition_in_commas(tok)
        elif tok.dep_ in SUBJECTS:
            object_of_opener(tok)
        elif tok.pos_ in ("VERB", "AUX") and tok.dep_ != "aux" and not any(
                c.dep_ in SUBJECTS or c.dep_ == "expl" for c in tok.children):
            subject_in_opener(tok)


#: capitalised plural count nouns and their lemmas ("the 27 Member States")
CAPITAL_COUNT_NOUNS = {"States": "state", "Members": "member", "Countries": "country", "Nations": "nation"}


def capitalised_count_noun(tok: Token) -> None:
    """"the 27 Member States": a capitalised count noun with a number of its own, in no named
    entity, is a common plural noun (and "Member" before it a common noun)."""
    if tok.tag_ not in ("NNP", "NNPS") or tok.ent_type_ or not any(
            c.dep_ == "nummod" and c.like_num for c in tok.children):
        return
    tok.tag_, tok.pos_, tok.lemma_ = "NNS", "NOUN", CAPITAL_COUNT_NOUNS[tok.text]
    for c in tok.children:
        if c.dep_ == "compound" and c.text == "Member" and not c.ent_type_:
            c.tag_, c.pos_, c.lemma_ = "NN", "NOUN", "member"


#: verbs of relative clauses the model reads as nouns after "which": "which border Russia"
RELATIVE_VERB_NOUNS = frozenset({"border"})
RELATIVE_PRONOUNS = frozenset({"which", "that"})


def relative_verb_read_as_noun(tok: Token) -> None:
    """"Estonia and Latvia, which border Russia, joined NATO" parsed as "which border" a noun
    phrase over "Russia", an apposition of "Estonia": the noun is the relative clause's verb on the
    antecedent, "which" its subject, the name its object. Only after ", which" / ", that" (or
    ", which both") with the name next and set off as an apposition."""
    doc = tok.doc
    name = tok.head
    if name.i != tok.i + 1 or name.dep_ != "appos" or name.pos_ != "PROPN" or tok.tag_ != "NN":
        return
    both = doc[tok.i - 1] if tok.i >= 1 and doc[tok.i - 1].lower_ == "both" else None
    pronoun = doc[tok.i - 2 if both is not None else tok.i - 1] if tok.i >= (2 if both is not None else 1) else None
    if pronoun is None or pronoun.lower_ not in RELATIVE_PRONOUNS or pronoun.i < 1 or doc[pronoun.i - 1].text != ",":
        return
    antecedent = pronoun.head if name.head == pronoun else name.head  # "which both": on the pronoun
    if antecedent.i >= pronoun.i:
        return
    tok.head, tok.dep_ = antecedent, "relcl"
    tok.tag_, tok.pos_, tok.lemma_ = "VBP", "VERB", tok.lower_
    pronoun.head, pronoun.dep_ = tok, "nsubj"
    if both is not None:
        both.head, both.dep_ = tok, "advmod"
    name.head, name.dep_ = tok, "dobj"


#: gerunds that modify a relation noun after a copula: "were founding members"
MODIFIER_GERUNDS = frozenset({"founding"})
#: the nouns they modify there
MODIFIED_NOUNS = frozenset({"member", "state", "nation", "country", "signatory", "partner", "ally"})


def gerund_before_its_noun(tok: Token) -> None:
    """"Denmark and Norway were founding members of NATO" parsed as a progressive "were founding"
    with "members" its object: the copula is the clause's verb, "members" its complement (`attr`)
    and "founding" that noun's modifier (`amod`). Only when "be" is the gerund's auxiliary and the
    noun follows it at once."""
    doc = tok.doc
    be = next((c for c in tok.children if c.dep_ == "aux" and c.lemma_.lower() == "be"), None)
    noun = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if be is None or noun is None or noun.head != tok or noun.dep_ != "dobj" \
            or noun.lemma_.lower() not in MODIFIED_NOUNS:
        return
    top = tok.dep_ == "ROOT" or tok.head == tok
    for c in list(tok.children):
        if c != be and c != noun:
            c.head = be
    be.head, be.dep_ = (be, "ROOT") if top else (tok.head, tok.dep_)
    noun.head, noun.dep_ = be, "attr"
    tok.head, tok.dep_ = noun, "amod"
    tok.tag_, tok.pos_, tok.lemma_ = "JJ", "ADJ", "founding"


def _opener_before(tok: Token) -> Token | None:
    """The verb of a subordinate clause ("after", "when", "since" ...) that ends right before
    `tok`, with nothing after it yet that fills it."""
    if tok.i == 0:
        return None
    opener = tok.doc[tok.i - 1]
    if _opening_preposition(opener):
        return opener
    if _verb_of_opening_gerund_clause(opener, tok):
        return opener
    if opener.dep_ != "advcl" or opener.pos_ != "VERB" or opener.lemma_ == "be":
        return None
    if not any(c.dep_ == "mark" and c.i < opener.i for c in opener.children) and not (
            opener.tag_ == "VBG" and _opens_sentence(opener)):
        return None  # a participle clause ("Leaving neutrality behind") has no object to lose
    if any(c.dep_ in _FILLED and c.i != tok.i for c in opener.children):
        return None
    return opener


def _verb_of_opening_gerund_clause(tok: Token, subject: Token) -> bool:
    """The last verb of a clause that a gerund opens ("Having watched Russia invade Ukraine, ..."),
    however the model hung it (the main verb may hang on it), with no object yet and no comma
    between it and the gerund; `subject` is the word after it, read as the main subject."""
    if tok.pos_ != "VERB" or tok.lemma_ == "be" or any(
            c.dep_ in _FILLED and c.i not in (subject.i, subject.head.i) for c in tok.children):
        return False
    sent = tok.sent
    first = next((t for t in sent if t.dep_ not in ("advmod", "cc")), None)
    if first is None or first.i >= tok.i or first.tag_ != "VBG" or not _opens_sentence(first):
        return False
    return not any(t.is_punct for t in tok.doc[first.i:tok.i])


def _opens_sentence(tok: Token) -> bool:
    """Nothing but adverbs and conjunctions ("And then", "Finally") before `tok` in its sentence."""
    return all(t.dep_ in ("advmod", "cc") for t in tok.doc[tok.sent.start:tok.i])


def _opening_preposition(tok: Token) -> bool:
    """A preposition that opens its sentence without an object of its own ("Unlike Austria, ..."
    parsed with "Austria" the main subject)."""
    return (tok.dep_ == "prep" and tok.pos_ == "ADP" and _opens_sentence(tok)
            and not any(c.dep_ in ("pobj", "pcomp") for c in tok.children))


def _split_after_comma(top: Token, verb: Token) -> bool:
    """Make what is coordinated with `top`'s phrase after the comma that closes it the subject of
    `verb` ("Ukraine, Sweden and Finland", "Finland's bid, Hungary and Turkey", "troops near
    Ukraine, Germany and France"): True when that shape held and the parse was changed."""
    doc = top.doc
    inside = {t.i for t in top.subtree}
    comma = next((i for i in range(top.i + 1, verb.i) if doc[i].text == ","), None)
    if comma is None or comma not in inside or doc[comma].head.i not in inside:
        return False
    if any(doc[i].dep_ in ("conj", "cc", "appos") for i in range(top.left_edge.i, comma)):
        return False  # a coordination before the comma: the clause's object is itself a list
    anchor = doc[comma].head
    after = [c for c in anchor.children if c.i > comma and c.dep_ in ("conj", "appos", "cc", "punct")]
    first = next((c for c in after if c.dep_ in ("conj", "appos")), None)
    if first is None or first.left_edge.i != comma + 1 or first.pos_ not in ("PROPN", "NOUN"):
        return False
    end = max(t.right_edge.i for t in after)
    if end >= verb.i or any(not (w.head.i == verb.i and w.dep_ in _BEFORE_VERB) for w in doc[end + 1:verb.i]):
        return False  # the coordination must run up to the verb
    for c in after:
        if c.i != first.i:
            c.head = first
    first.head, first.dep_ = verb, "nsubj"
    doc[comma].head = verb
    return True


def object_of_opener(subj: Token) -> bool:
    """Mend "After Russia invaded Ukraine, Sweden and Finland applied" (module docstring); True
    when the parse was changed."""
    verb = subj.head
    if verb.i == subj.i or verb.pos_ not in ("VERB", "AUX") or subj.i > verb.i:
        return False
    opener = _opener_before(subj.left_edge)
    if opener is None or not _split_after_comma(subj, verb):
        return False
    subj.head, subj.dep_ = opener, ("pobj" if opener.pos_ == "ADP" else "dobj")
    return True


def subject_in_opener(verb: Token) -> bool:
    """Mend "After Russia attacked Ukraine, Sweden and Finland were members" parsed with the
    names after the comma conjuncts of the clause's object and the verb without a subject."""
    doc = verb.doc
    j = verb.i - 1
    while j >= 0 and doc[j].head.i == verb.i and doc[j].dep_ in _BEFORE_VERB:
        j -= 1
    if j < 0 or doc[j].dep_ != "conj":
        return False
    top = doc[j]
    while top.dep_ == "conj" and top.head.i != top.i:
        top = top.head
    if top.dep_ == "dobj":
        opener = _opener_before(top.left_edge)
        if opener is not None and opener.i == top.head.i:
            return _split_after_comma(top, verb)
    if top.dep_ in ("pobj", "dobj") and _in_opening_phrase(top, verb):
        return _split_after_comma(top, verb)
    return False


def _in_opening_phrase(tok: Token, verb: Token) -> bool:
    """`tok` lies in a phrase that opens the sentence and hangs on `verb`: a participle or
    subordinate clause ("Alarmed by the invasion of Ukraine") or a prepositional phrase
    ("Following Russia's invasion of Ukraine")."""
    top = tok
    while top.head.i != verb.i:
        if top.head.i == top.i:
            return False
        top = top.head
    return top.dep_ in ("advcl", "prep") and top.left_edge.i == top.sent.start and top.i < tok.i


def apposition_in_commas(name: Token) -> bool:
    """Mend "NATO's newest member, Sweden, joined" (module docstring); True when changed."""
    noun, doc = name.head, name.doc
    if name.pos_ != "PROPN" or name.ent_type_ != "GPE" or noun.pos_ not in ("NOUN", "PROPN") or noun.i > name.i:
        return False
    first, last = name.left_edge.i, name.right_edge.i
    if first < 2 or last + 1 >= len(doc) or doc[first - 1].text != "," or doc[last + 1].text != ",":
        return False
    if doc[first - 2].i != noun.right_edge.i and doc[first - 2].i != noun.i:
        return False  # something of its own between the noun and the comma: not right after it
    name.dep_ = "appos"
    return True
