"""Who holds which office, and negated claims, in many wordings: a paraphrase set written for
these tests (tests/nlp/data/office_paraphrases.jsonl: one short wire-style text per line with its
publication date, whether it is true, and the construction it tries).

Each text is checked alone as `accord check` checks an article (factcheck.check_paths, a fresh
store). A true text must raise no error finding (a false alarm is the worst outcome); a
corrupted twin (another real holder of the office at another time, a negation) should raise
one. The rates asserted below are the ones reached: a regression fails the test.

Run as a script to print every text's outcome:
    PYTHONPATH=src .venv/bin/python tests/nlp/test_office_paraphrases.py [-v]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from bench.paraphrases import Checker, outcome

DATA = Path(__file__).parent / "data" / "office_paraphrases.jsonl"


def records() -> list[dict]:
    return [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line.strip()]


def measure(annotator, data: list[dict]) -> dict:
    """Counts: true texts supported / flagged / unread, corrupted twins flagged / missed."""
    counts = {"true_supported": 0, "true_flagged": 0, "true_unread": 0, "false_flagged": 0, "false_missed": 0}
    checker, rows = Checker(annotator), []
    for r in data:
        found = checker.findings(r["text"], r["date"])
        kind = {"none": "unread"}.get(outcome(found), outcome(found))
        if r["truth"]:
            counts[f"true_{kind}"] += 1
        else:
            counts["false_flagged" if kind == "flagged" else "false_missed"] += 1
        rows.append((r, kind, found))
    return {"counts": counts, "rows": rows}


@pytest.fixture(scope="module")
def measured(accord_annotator):
    return measure(accord_annotator, records())


def test_the_set_is_large_and_paired():
    data = records()
    assert sum(r["truth"] for r in data) >= 60
    assert sum(not r["truth"] for r in data) >= 60


def test_no_true_text_is_flagged(measured):
    flagged = [r["text"] for r, kind, _ in measured["rows"] if r["truth"] and kind == "flagged"]
    assert flagged == []


def test_rates_reached(measured):
    c = measured["counts"]
    assert c["false_flagged"] >= MIN_CAUGHT, c
    assert c["true_supported"] >= MIN_SUPPORTED, c


# The figures reached when this set was written (see the module docstring); raise them as the
# extractors learn more wordings.
MIN_CAUGHT = 125  # of 132 corrupted twins
MIN_SUPPORTED = 150  # of 188 true texts (the rest are traps left unread on purpose, or not read yet)


# -- each construction, read through the pipeline ---------------------------------------------------
def said(annotator, text: str, published: str) -> set:
    """(subject, property, value, polarity, start) of the office and accession statements read."""
    from accord.model import Document

    doc = Document(id="o" * 64, text=text, source="test.txt", format="txt", published=published)
    found = annotator.statements(doc, annotator.annotate(doc))
    return {(s.subject, s.property, s.value, s.polarity, s.start.value if s.start else None) for s in found
            if s.property in ("holds_office", "held_office", "took_office", "left_office", "joined")}


SG, DEU, GBR = "office:nato-secretary-general", "office:deu-chancellor", "office:gbr-prime-minister"


@pytest.mark.model
@pytest.mark.parametrize("text, published, expected", [
    ("Olaf Scholz is not Germany's chancellor.", "2023-05-10", ("person:olaf-scholz", "holds_office", DEU, "negated", None)),
    ("Rishi Sunak is no longer Britain's prime minister.", "2024-09-02",
     ("person:rishi-sunak", "holds_office", GBR, "negated", None)),
    ("Rishi Sunak, who is no longer prime minister, spoke.", "2024-10-10",
     ("person:rishi-sunak", "holds_office", GBR, "negated", None)),
    ("Jens Stoltenberg has never been NATO's secretary general.", "2023-05-10",
     ("person:jens-stoltenberg", "held_office", SG, "negated", None)),
    ("Jens Stoltenberg has been NATO's secretary general since 2014.", "2023-05-10",
     ("person:jens-stoltenberg", "holds_office", SG, "affirmed", "2014")),
    ("Mark Rutte is NATO's secretary general.", "2025-03-01", ("person:mark-rutte", "holds_office", SG, "affirmed", None)),
    ("Jens Stoltenberg no longer leads NATO.", "2025-02-01",
     ("person:jens-stoltenberg", "holds_office", SG, "negated", None)),
])
def test_offices_told_by_to_be(accord_annotator, text, published, expected):
    assert expected in said(accord_annotator, text, published)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Olaf Scholz was not yet chancellor when the war began in 2022.",  # past: of a day not given
    "Jens Stoltenberg is not NATO's first secretary general.",  # a rank, not the office
    "Olaf Scholz is expected to be chancellor.",  # not a fact
    "Olaf Scholz will be chancellor.",
])
def test_predicates_that_are_no_office_claim(accord_annotator, text):
    assert not {s for s in said(accord_annotator, text, "2021-06-01") if s[1] in ("holds_office", "held_office")}


@pytest.mark.model
@pytest.mark.parametrize("text, published, expected", [
    ("Radoslaw Sikorski, Poland's top diplomat, spoke in Brussels.", "2024-04-04",
     ("person:radoslaw-sikorski", "office:pol-foreign-minister")),
    ("British leader Rishi Sunak pledged more air defence.", "2024-02-20", ("person:rishi-sunak", GBR)),
    ("Emmanuel Macron, the French leader, spoke.", "2023-07-12", ("person:emmanuel-macron", "office:fra-president")),
    ("Turkish leader Recep Tayyip Erdogan spoke.", "2023-07-11", ("person:recep-tayyip-erdogan", "office:tur-president")),
    ("NATO head Mark Rutte visited Kyiv.", "2025-02-01", ("person:mark-rutte", SG)),
    ("NATO boss Mark Rutte visited Kyiv.", "2025-02-01", ("person:mark-rutte", SG)),
    ("Mark Rutte, the head of NATO, visited Kyiv.", "2025-02-01", ("person:mark-rutte", SG)),
    ("Mark Rutte, who leads NATO, visited Kyiv.", "2025-02-01", ("person:mark-rutte", SG)),
    ("NATO's Mark Rutte spoke in Kyiv.", "2025-02-01", ("person:mark-rutte", SG)),
    ("NATO's Mark Rutte spoke in Kyiv.", "2022-09-18", ("person:mark-rutte", SG)),  # far ahead of his term
    ("The leaders of Australia and Japan, Anthony Albanese and Fumio Kishida, met.", "2023-07-10",
     ("person:fumio-kishida", "office:jpn-prime-minister")),
    ("The foreign ministers of Finland and Sweden, Pekka Haavisto and Ann Linde, met.", "2022-05-18",
     ("person:ann-linde", "office:swe-foreign-minister")),
])
def test_descriptions_owners_and_lists_name_an_office(accord_annotator, text, published, expected):
    assert (*expected[:1], "holds_office", expected[1], "affirmed", None) in said(accord_annotator, text, published)


@pytest.mark.model
@pytest.mark.parametrize("text, published", [
    ("Britain's Labour leader Keir Starmer spoke.", "2023-07-11"),  # the party's leader
    ("Labour leader Keir Starmer spoke.", "2023-07-11"),
    ("NATO's Jens Stoltenberg spoke in Oslo.", "2025-03-18"),  # a term over: a loose reference
    ("Admiral Rob Bauer, the head of NATO's Military Committee, spoke.", "2023-02-01"),  # not NATO's head
    ("Jens Stoltenberg led NATO.", "2025-02-01"),  # past, undated
    ("NATO's Mark Rutte will take over in October.", "2024-06-27"),  # chosen, within half a year of the start
    ("The prime ministers of Japan and Australia, Anthony Albanese and Fumio Kishida, met.", "2022-05-24"),
    ("The leaders of Australia, Japan and Korea, Anthony Albanese and Fumio Kishida, met.", "2023-07-10"),
])
def test_readings_left_alone(accord_annotator, text, published):
    kb = accord_annotator.kb  # (a minted office such as "office:gbr-leader" is no KB office: `new`)
    assert not {s for s in said(accord_annotator, text, published) if s[1] == "holds_office" and kb.has(s[2])}


@pytest.mark.model
def test_took_over_from_says_the_predecessor_left(accord_annotator):
    from accord.model import Document

    text = "Mark Rutte took over from Jens Stoltenberg as NATO secretary general on October 1, 2024."
    doc = Document(id="r" * 64, text=text, source="t.txt", format="txt", published="2024-10-02")
    found = {(s.subject, s.property, s.point_in_time.value) for s in accord_annotator.statements(
        doc, accord_annotator.annotate(doc)) if s.property in ("took_office", "left_office")}
    assert found == {("person:mark-rutte", "took_office", "2024-10-01"),
                     ("person:jens-stoltenberg", "left_office", "2024-10-01")}


@pytest.mark.model
@pytest.mark.parametrize("text, published, person, office", [
    ("Finnish President Niinisto said Finland would apply.", "2022-05-12", "person:sauli-niinisto", "office:fin-president"),
    ("Lithuanian President Nauseda opened the summit.", "2023-07-11", "person:gitanas-nauseda", "office:ltu-president"),
])
def test_a_surname_without_accents_is_the_office_s_holder(accord_annotator, text, published, person, office):
    assert (person, "holds_office", office, "affirmed", None) in said(accord_annotator, text, published)


def test_surname_holder_needs_one_word_and_one_holder():
    from accord.nlp.extract.office_owners import surname_holder
    from tests.reconcile.fakekb import FakeFact, FakeKB

    kb = FakeKB({"person:a": "Anna Kask", "person:b": "Olev Kask", "person:c": "Mari Tamm", "office:x": "X"},
                [FakeFact(p, "holds_office", "office:x") for p in ("person:a", "person:b", "person:c")])
    assert surname_holder(kb, "office:x", "Tämm") == "person:c"
    assert surname_holder(kb, "office:x", "Kask") is None  # two holders of that name
    assert surname_holder(kb, "office:x", "Mari Tamm") is None  # a full name is the linker's


@pytest.mark.model
@pytest.mark.parametrize("text, published, read", [
    ("Mark Rutte will succeed Jens Stoltenberg as NATO secretary general on October 1.", "2024-06-27", True),
    ("Farah Dakhlallah will take over from Oana Lungescu as NATO spokesperson next month.", "2023-08-01", True),
    ("In June 2024 allies agreed that Mark Rutte would succeed Jens Stoltenberg as NATO secretary general.",
     "2025-03-01", False),  # told later: of another day
    ("Mark Rutte was to succeed Jens Stoltenberg as NATO secretary general.", "2025-03-01", False),
    ("Mark Rutte will succeed Jens Stoltenberg, who stepped down as NATO secretary general.", "2024-06-27", False),
])
def test_a_handover_to_come_says_the_predecessor_holds_the_office(accord_annotator, text, published, read):
    held = {s for s in said(accord_annotator, text, published) if s[1] == "holds_office"
            and s[0] in ("person:jens-stoltenberg", "person:oana-lungescu")}
    assert bool(held) == read, held


@pytest.mark.model
def test_an_undated_denied_accession_is_sure_of_its_day_only_in_the_present_perfect(accord_annotator):
    from accord.model import Document

    def date_step(text):
        doc = Document(id="j" * 64, text=text, source="t.txt", format="txt", published="2024-05-10")
        found = [s for s in accord_annotator.statements(doc, accord_annotator.annotate(doc)) if s.property == "joined"]
        return found[0].polarity, found[0].references[0].confidence.get("date")

    assert date_step("Montenegro has not joined NATO.") == ("negated", None)
    assert date_step("Sweden did not join NATO during the Cold War.") == ("negated", 0.4)


# -- the checks of negated claims at their boundary days --------------------------------------------
def negation_kb():
    from tests.reconcile.fakekb import FakeFact, FakeKB, tq

    office = "office:est-prime-minister"
    names = {office: "Prime Minister of Estonia", "person:anna-berg": "Anna Berg", "person:olev-tamm": "Olev Tamm",
             "state:FIN": "Finland", "org:NATO": "NATO", "summit:s": "Summit", "place:vilnius": "Vilnius"}
    facts = [FakeFact("person:olev-tamm", "holds_office", office, start=tq("2016-11-23"), end=tq("2021-01-26")),
             FakeFact("person:anna-berg", "holds_office", office, start=tq("2021-01-26"), end=tq("2024-07-23")),
             FakeFact("state:FIN", "joined", "org:NATO", point_in_time=tq("2023-04-04")),
             FakeFact("summit:s", "located_in", "place:vilnius")]
    return FakeKB(names, facts, {office: {"jurisdiction": "state:EST",
                                          "coverage": {"from": "2014-01-01", "until": "2025-10-31"}}})


def negated(subject, prop, value, when=None):
    from accord.model import Statement
    from tests.reconcile.fakekb import tq

    return Statement(subject=subject, property=prop, value=value, polarity="negated", point_in_time=tq(when))


def negated_kind(st, on):
    from accord.reconcile.kbcheck import KBChecker

    return KBChecker(negation_kb()).check(st, on).kind


@pytest.mark.parametrize("on, expected", [("2021-01-25", "supported"), ("2021-01-26", "contradicted_by_kb"),
                                          ("2024-07-22", "contradicted_by_kb"), ("2024-07-23", "supported"),
                                          ("2025-10-31", "supported"), ("2025-11-01", "new")])
def test_is_not_the_holder_on_a_day(on, expected):
    assert negated_kind(negated("person:anna-berg", "holds_office", "office:est-prime-minister"), on) == expected


@pytest.mark.parametrize("on, expected", [("2021-01-25", "new"), ("2021-01-26", "contradicted_by_kb")])
def test_has_never_been_the_holder(on, expected):
    assert negated_kind(negated("person:anna-berg", "held_office", "office:est-prime-minister"), on) == expected


@pytest.mark.parametrize("on, expected", [("2023-04-03", "supported"), ("2023-04-04", "new"),
                                          ("2023-04-05", "contradicted_by_kb")])
def test_has_not_joined_by_the_article_s_day(on, expected):
    assert negated_kind(negated("state:FIN", "joined", "org:NATO"), on) == expected


@pytest.mark.parametrize("when, expected", [("2023-04", "contradicted_by_kb"), ("2023", "contradicted_by_kb"),
                                            ("2022", "supported"), ("2023-05", "supported")])
def test_did_not_join_then(when, expected):
    assert negated_kind(negated("state:FIN", "joined", "org:NATO", when), "2024-01-01") == expected


def test_did_not_join_until_is_not_read_as_a_denial():
    from tests.reconcile.fakekb import tq

    st = negated("state:FIN", "joined", "org:NATO")
    st.end = tq("2023-04-04")
    assert negated_kind(st, "2024-01-01") == "new"


def former(person: str, day: str):
    from accord.model import Statement
    from tests.reconcile.fakekb import tq

    return Statement(subject=person, property="held_office", value="office:est-prime-minister", end=tq(day))


@pytest.mark.parametrize("day, expected", [("2024-07-22", "contradicted_by_kb"), ("2024-07-23", "supported"),
                                           ("2021-01-25", "contradicted_by_kb")])
def test_a_former_holder_s_term_is_over_by_the_day(day, expected):
    from accord.nlp.extract.claims.terms import check_held_office
    from accord.reconcile.kbcheck import KBChecker

    assert check_held_office(KBChecker(negation_kb()), former("person:anna-berg", day), day).kind == expected


@pytest.mark.model
def test_former_titles_carry_the_day_their_term_was_over_by(accord_annotator):
    found = said(accord_annotator, "Former NATO Secretary General Anders Fogh Rasmussen spoke.", "2025-02-01")
    assert ("person:anders-fogh-rasmussen", "held_office", SG, "affirmed", None) in found


def test_will_not_host_it_where_it_takes_place():
    assert negated_kind(negated("summit:s", "located_in", "place:vilnius"), "2023-06-01") == "contradicted_by_kb"


if __name__ == "__main__":
    from accord.kb import load
    from accord.nlp.annotate import Annotator

    result = measure(Annotator(kb=load()), records())
    for r, kind, found in result["rows"]:
        good = (kind == "flagged") != r["truth"]
        if "-v" in sys.argv or not good:
            print(f"{'ok ' if good else 'BAD'} {'T' if r['truth'] else 'F'} {kind:9} {r['note']}: {r['text']}")
            if "-v" in sys.argv:
                for f in found:
                    if f.get("kind") != "new":
                        print(f"        [{f.get('kind')}] {f.get('claim')} :: {str(f.get('explanation'))[:150]}")
    print(result["counts"])
