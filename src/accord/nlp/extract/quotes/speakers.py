"""Who a speaker phrase refers to: a person of the document, with a name and an office.

No coreference model can be installed offline, so pronouns are resolved by rules: the
antecedent of "he"/"she" is the most recent person who spoke or was the subject of a sentence,
skipping people whose gender is known to differ. Gender comes from titles (Mr, Mrs, Ms, Sir …)
and from pronouns already resolved to the person, never from first names. When the NLP core
has set `doc._.people`, its people (KB-linked ids, names, offices) are used; otherwise people are
read from the PERSON entities, a short name ("Cazalet") joining the full name it ends.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

MALE = frozenset("he him his himself".split())
FEMALE = frozenset("she her hers herself".split())
TITLE_GENDER = {"mr": "m", "mr.": "m", "sir": "m", "lord": "m", "king": "m", "mrs": "f",
                "mrs.": "f", "ms": "f", "ms.": "f", "miss": "f", "dame": "f", "lady": "f",
                "queen": "f", "madam": "f"}
_NOT_OFFICE = frozenset({"det", "punct", "poss", "case", "cc"})


@dataclass
class Person:
    """One person of the document as the quotation layer sees them."""

    name: str
    entity: str | None = None
    office: str | None = None
    gender: str | None = None  # "m" | "f" | None (unknown)
    is_person: bool = True  # False for an organisation that speaks ("NATO says")
    mentions: list[tuple[int, int]] = field(default_factory=list)


@dataclass
class Speaker:
    """What a speaker phrase resolved to."""

    text: str | None
    entity: str | None
    office: str | None
    person: Person | None = None


class People:
    """The people of one document, and the recent ones a pronoun may refer to."""

    def __init__(self, doc: Doc):
        self.doc = doc
        self.people: list[Person] = []
        self._recent: list[tuple[int, Person]] = []  # (char offset, person) in text order
        if getattr(doc._, "people", None):
            self._from_core(doc._.people, getattr(doc._, "offices", None) or [])
        else:
            self._from_entities(doc)

    def _from_core(self, people: dict, offices: list) -> None:
        """People as the NLP core found them; offices from its office annotations."""
        held = {}
        for office in offices:
            data = office.data or {}
            if data.get("person"):
                held.setdefault(data["person"], data.get("office_name") or data.get("office_title"))
        for entity, info in people.items():
            mentions = [tuple(m) for m in info.get("mentions") or []]
            office = info.get("office") or held.get(entity)
            self.people.append(Person(info.get("name") or entity, entity, office, None,
                                      not entity.startswith(("org:", "state:")), mentions))

    def _from_entities(self, doc: Doc) -> None:
        by_name: dict[str, Person] = {}
        for ent in doc.ents:
            if ent.label_ != "PERSON" or not ent.text[:1].isupper():
                continue
            name = ent.text.strip()
            person = by_name.get(name) or self._by_last_name(name)
            if person is None:
                person = Person(name)
                self.people.append(person)
            by_name[name] = person
            person.mentions.append((ent.start_char, ent.end_char))
            self._learn(person, ent)

    def _by_last_name(self, name: str) -> Person | None:
        """The earlier person whose full name ends with (or contains) this one-word name."""
        words = name.split()
        for person in reversed(self.people):
            if not person.is_person:
                continue
            if len(words) == 1 and words[0] in person.name.split():
                return person
            if len(words) > 1 and person.name.split()[-1] == words[-1]:
                return person
        return None

    def _learn(self, person: Person, ent: Span) -> None:
        """Office and gender from the words before a mention ("Prime Minister", "Mrs.")."""
        office = title_before(ent)
        if office and not person.office:
            person.office = office
        before = ent.doc[ent.start - 1].lower_ if ent.start else ""
        person.gender = person.gender or TITLE_GENDER.get(before)

    def at(self, start: int, end: int) -> Person | None:
        """The person with a mention inside characters [start, end), the first one."""
        hits = [(m[0], p) for p in self.people for m in p.mentions if start <= m[0] and m[1] <= end]
        return min(hits, key=lambda h: h[0])[1] if hits else None

    def named(self, span: Span) -> Person | None:
        """A speaker for a phrase NER missed or mislabelled ("Cazalet" as ORG, "Hipkins" as a
        plural noun): its head's run of capitalised words, joined to a known person whose name
        it ends, else a new speaker (an organisation when NER says so and no title or first
        name makes it a person). The office is read from the words before the name."""
        if not span.root.text[:1].isupper():
            return None
        words = _name_run(span)
        found = self._by_last_name(" ".join(words))
        if found is None:
            if span.root.pos_ != "PROPN":
                return None
            titled = any(t.pos_ == "NOUN" and t.i < span.root.i for t in span)
            person = span.root.ent_type_ == "PERSON" or (span.root.ent_type_ != "GPE" and (
                titled or (len(words) > 1 and not words[0].isupper())))
            found = Person(" ".join(words), is_person=person)
            self.people.append(found)
        if found.is_person and not found.office:
            found.office = title_before(span.doc[span.root.i - len(words) + 1:span.root.i + 1])
        found.mentions.append((span.start_char, span.end_char))
        return found

    def by_role(self, span: Span) -> Person | None:
        """The person a role names ("the minister", "the deputy spokesperson", "the senator"):
        of the people whose office holds every word of the phrase (determiners aside), the one
        mentioned last before it. None when the article names nobody in that role before."""
        root = span.root
        if root.pos_ != "NOUN" or not any(t.dep_ == "det" and t.head == root for t in span):
            return None  # a role is written "the minister", "the foreign minister"
        words = [t.lower_ for t in span if t.i <= root.i and t.dep_ not in _NOT_OFFICE and not t.is_punct]
        best, best_at = None, -1
        for person in self.people:
            office = (person.office or "").lower().replace("-", " ").split()
            if not person.is_person or not all(w in office for w in words):
                continue
            before = [m[0] for m in person.mentions if m[0] < span.start_char]
            if before and max(before) > best_at:
                best, best_at = person, max(before)
        return best

    def seen(self, offset: int, person: Person) -> None:
        """Remember that `person` spoke or was a subject at `offset` (pronoun antecedents)."""
        self._recent.append((offset, person))

    def antecedent(self, pronoun: str, offset: int) -> Person | None:
        """The person "he"/"she" at `offset` refers to: the most recent compatible one."""
        gender = "m" if pronoun.lower() in MALE else "f" if pronoun.lower() in FEMALE else None
        if gender is None:
            return None
        for position, person in sorted(self._recent, key=lambda r: r[0], reverse=True):
            if position >= offset:
                continue
            if person.is_person and person.gender in (None, gender):
                person.gender = gender
                return person
        return None


def _name_run(span: Span) -> list[str]:
    """The proper nouns around the head of a phrase: "NATO deputy spokesperson Piers Cazalet"
    gives ["Piers", "Cazalet"]."""
    words = [span.root.text]
    i = span.root.i - 1
    while i >= span.start and span.doc[i].pos_ == "PROPN" and span.doc[i].dep_ == "compound":
        words.insert(0, span.doc[i].text)
        i -= 1
    return words


def title_before(ent: Span) -> str | None:
    """The office written before a name: "Foreign Minister" in "Foreign Minister Nanaia Mahuta"."""
    doc = ent.doc
    i = ent.start
    while i > 0 and doc[i - 1].ent_type_ != "PERSON" and (_hyphen(doc[i - 1]) or (
            ent.root in doc[i - 1].ancestors and doc[i - 1].dep_ not in _NOT_OFFICE)):
        i -= 1
    while i < ent.start and (doc[i].lower_ in TITLE_GENDER or doc[i].is_punct):
        i += 1
    return doc[i:ent.start].text or None


def _hyphen(token) -> bool:
    """A hyphen inside a word ("Secretary-General"), which the tokenizer splits off."""
    doc = token.doc
    return token.text == "-" and not token.whitespace_ and token.i > 0 and not doc[token.i - 1].whitespace_
