"""Reach: true claims of the kinds alliance news makes in passing (partnerships, attendance and
invitations, headquarters and summit places, memberships in passing, offices in passing), from a
paraphrase set written for these tests (data/reach_paraphrases.jsonl), each true sentence with a
one-edit corrupted twin.

Each text is checked alone as `accord check` checks an article (bench/paraphrases.py). The rates
asserted are those reached when the set was written; a regression in any construction lowers them.
Not read yet (left for later): "the alliance's headquarters" in a text that never names NATO,
"the Brussels-based alliance" (the linker does not link "alliance" after that modifier), "fellow member X", "partner countries such as X" with no organisation
named, "the alliance's chief, X,", and negated attendance ("did not attend") is not checked.

    python bench/paraphrases.py tests/claims/data/reach_paraphrases.jsonl -v
"""

from __future__ import annotations

from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data" / "reach_paraphrases.jsonl"
SUPPORTED_TRUE = 42 / 53  # true sentences with a `supported` finding when the set was written (38 before)
CAUGHT_TWINS = 28 / 53  # corrupted twins flagged (25 before)


def rows() -> list[dict]:
    from bench.paraphrases import load

    return load(DATA)


def test_the_set_is_well_formed():
    data = rows()
    ids = [r["id"] for r in data]
    assert len(ids) == len(set(ids))
    twins = {r["id"][:-1] for r in data if not r["truth"]}
    assert twins == {r["id"] for r in data if r["truth"]} and len(twins) >= 50
    assert all({"text", "date", "truth", "note"} <= set(r) for r in data)


@pytest.fixture(scope="module")
def outcomes(accord_annotator):
    from bench.paraphrases import Checker, outcome

    checker = Checker(accord_annotator)  # the shared annotator and its KB, not a second model
    return {r["id"]: (r["truth"], outcome(checker.findings(r["text"], r["date"]))) for r in rows()}


@pytest.mark.model
def test_no_true_sentence_is_flagged(outcomes):
    assert not [i for i, (truth, o) in outcomes.items() if truth and o == "flagged"]


@pytest.mark.model
def test_true_sentences_are_supported(outcomes):
    true = [o for truth, o in outcomes.values() if truth]
    assert sum(o == "supported" for o in true) / len(true) >= SUPPORTED_TRUE - 1e-9


@pytest.mark.model
def test_corrupted_twins_are_caught(outcomes):
    false = [o for truth, o in outcomes.values() if not truth]
    assert sum(o == "flagged" for o in false) / len(false) >= CAUGHT_TWINS - 1e-9


# -- the constructions added for reach (sentences written for these tests) -------------------------
def relations(annotator, text: str, published: str = "2024-07-10") -> set[tuple]:
    from ._pipeline import read

    return {(s.subject, s.property, s.value, s.polarity) for s in read(annotator, text, published)
            if s.property in ("member_of", "partner_of")}


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Mongolia is among NATO's partners around the globe.", {("state:MNG", "partner_of", "org:NATO", "affirmed")}),
    ("Chile remains among the alliance's partners, NATO said.", {("state:CHL", "partner_of", "org:NATO", "affirmed")}),
    ("Japan, one of NATO's partners in Asia, sent a minister.", {("state:JPN", "partner_of", "org:NATO", "affirmed")}),
    ("Iceland is one of NATO's founding members.", {("state:ISL", "member_of", "org:NATO", "affirmed")}),
    ("NATO partners such as Japan and Australia sent envoys.",
     {("state:JPN", "partner_of", "org:NATO", "affirmed"), ("state:AUS", "partner_of", "org:NATO", "affirmed")}),
])
def test_among_one_of_and_such_as(accord_annotator, text, expected):
    assert expected <= relations(accord_annotator, text)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Partner countries such as Japan sent envoys.",  # whose partners: no organisation named
    "Talks among NATO's partners went on for days.",  # "among" not after a verb of being
    "One of the reasons NATO's partners came was the war.",  # "one of" not standing for a state
])
def test_no_relation_without_a_holder_or_an_organisation(accord_annotator, text):
    assert not {c for c in relations(accord_annotator, text) if c[0].startswith("state:")}


def headquarters(annotator, text: str, published: str = "2024-04-04") -> set[tuple]:
    from ._pipeline import read

    return {(s.subject, s.value, s.polarity) for s in read(annotator, text, published) if s.property == "headquartered_in"}


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("NATO's headquarters in Brussels was busy.", {("org:NATO", "place:brussels", "affirmed")}),
    ("Ministers gathered at NATO headquarters in Brussels.", {("org:NATO", "place:brussels", "affirmed")}),
    ("NATO, which is headquartered in Paris, met.", {("org:NATO", "place:paris", "affirmed")}),
    ("NATO said the alliance, based in Brussels, would meet.", {("org:NATO", "place:brussels", "affirmed")}),
    ("NATO's military headquarters in Mons planned the drill.", set()),  # one of its commands
    ("A NATO headquarters in Kabul ran the mission.", set()),
    ("NATO troops based in Poland trained.", set()),  # the troops, not the organisation
])
def test_headquarters_read(accord_annotator, text, expected):
    assert headquarters(accord_annotator, text) == expected


def test_headquarters_checked():
    from accord.kb import load
    from accord.model import Statement
    from accord.nlp.extract.claims.headquarters import check_headquarters
    from accord.reconcile.kbcheck import KBChecker

    checker = KBChecker(load())

    def verdict(place, on, polarity="affirmed"):
        st = Statement(subject="org:NATO", property="headquartered_in", value=place, polarity=polarity)
        found = check_headquarters(checker, st, on)
        return found.kind if found else None

    assert verdict("place:brussels", "2024-04-04") == "supported"
    assert verdict("place:paris", "2024-04-04") == "contradicted_by_kb"
    assert verdict("place:paris", "2024-04-04", "negated") is None  # "not in Paris" is not checked
    assert verdict("place:paris", "1967-10-16") == "contradicted_by_kb"  # the Brussels seat's first day
    assert verdict("place:paris", "1967-10-15") is None  # the day before: NATO sat in Paris
