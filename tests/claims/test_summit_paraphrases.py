"""Summits, meetings and datelines in many constructions (sentences written for these tests, in
tests/claims/data/summit_paraphrases.jsonl: each true sentence with a one-edit corrupted twin, and
traps that must stay silent), checked as `accord check` checks an article; and one test per
construction the summit family reads."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.paraphrases import Checker, load, outcome

from ._pipeline import read, verdicts

pytestmark = pytest.mark.model

DATA = Path(__file__).parent / "data" / "summit_paraphrases.jsonl"
def test_the_paraphrase_set(accord_annotator):
    """No true sentence flagged; the rates reached (64/79 supported, 35/56 twins flagged) kept."""
    checker, rows = Checker(accord_annotator), load(DATA)
    true = [outcome(checker.findings(r["text"], r["date"])) for r in rows if r["truth"]]
    false = [outcome(checker.findings(r["text"], r["date"])) for r in rows if not r["truth"]]
    assert len(true) >= 60 and true.count("flagged") == 0
    assert true.count("supported") >= 64
    assert false.count("flagged") >= 35


@pytest.mark.parametrize("text, published, kind", [
    ("NATO leaders gathered in Vilnius on Tuesday.", "2023-07-11", "supported"),
    ("NATO leaders gathered in Madrid on Tuesday.", "2023-07-11", "contradicted_by_kb"),  # the day names the event
    ("Allied foreign ministers met in Oslo on Wednesday.", "2023-05-31", "supported"),
    ("Allied foreign ministers met in Helsinki on Wednesday.", "2023-05-31", "contradicted_by_kb"),
    ("The Netherlands hosted NATO leaders in The Hague on Tuesday.", "2025-06-24", "supported"),
    ("Belgium hosted NATO leaders on Tuesday.", "2025-06-24", "contradicted_by_kb"),
])
def test_the_organisations_people_gathering(accord_annotator, text, published, kind):
    assert kind in verdicts(accord_annotator, text, published, "located_in")


@pytest.mark.parametrize("text, kind", [
    ("The Quad leaders' summit was held in Sydney on May 20, 2023.", "contradicted_by_kb"),  # the day names it
    ("The Quad leaders' summit was held in Sydney in May 2023.", None),  # a month names none surely
    ("The fifth Quad Leaders' Summit was held in Hiroshima on May 20, 2023.", "supported"),  # "Quad" inside a name
    ("The G7 summit in Cornwall opened on 11 June 2021.", "supported"),
    ("The G7 summit in Biarritz opened on 11 June 2021.", "contradicted_by_kb"),
    # told by its leaders gathering: the same linking
    ("Quad leaders met in Tokyo on May 24, 2022.", "supported"),
    ("Quad leaders met in Sydney on May 24, 2022.", "contradicted_by_kb"),
    ("Quad leaders met in Sydney in May 2022.", None),
    ("G7 foreign ministers met in Tokyo on May 19, 2023.", None),  # ministers: no meeting of theirs listed
])
def test_another_organisations_summit_is_linked_by_its_day_or_its_place(accord_annotator, text, kind):
    found = verdicts(accord_annotator, text, "2024-09-21", "located_in")
    assert (kind in found) if kind else ("contradicted_by_kb" not in found)


@pytest.mark.parametrize("text, published, flagged", [
    # the 2018 summit was held on 11-12 July: the day before it to the day after it
    ("At the NATO summit in Paris, Trump demanded that allies spend more.", "2018-07-10", True),
    ("At the NATO summit in Paris, Trump demanded that allies spend more.", "2018-07-09", False),
    ("At the NATO summit in Paris, Trump demanded that allies spend more.", "2018-07-13", True),
    ("At the NATO summit in Paris, Trump demanded that allies spend more.", "2018-07-14", False),
    ("At the NATO summit in Brussels, Trump demanded that allies spend more.", "2018-07-12", False),
    # a bare "summit" (the organisation not written) or a date in the text: not this rule
    ("At the summit in Paris, leaders demanded that allies spend more.", "2018-07-12", False),
    ("At the NATO summit in Paris in May, Trump demanded that allies spend more.", "2018-07-12", False),
    # an old summit named by its place in a clause about the past; the same place now
    ("Allies promised Ukraine membership at a NATO summit in Bucharest.", "2023-07-12", False),
    ("Ukraine hopes for an invitation at the NATO summit in Riga.", "2023-07-12", True),
])
def test_a_nato_summit_with_no_date_in_a_report_filed_during_a_summit_is_that_summit(
        accord_annotator, text, published, flagged):
    found = verdicts(accord_annotator, text, published, "located_in")
    assert ("contradicted_by_kb" in found) is flagged


def test_a_capitalised_plural_tagged_as_a_proper_noun_is_still_the_people():
    """After a byline ("NEWS 04.12.201918:04 / REUTERS") the tagger took "Heads" for a proper
    noun with the lemma "Heads"; the gathering was then not read (real news, tune 02)."""
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from accord.nlp.extract.claims._gatherings import _people_word

    doc = Doc(Vocab(), words=["Heads", "Leaders", "Ministers", "Allies", "Hearts", "Lead"],
              lemmas=["Heads", "Leaders", "Ministers", "Allies", "Hearts", "Lead"])
    assert [_people_word(t) for t in doc] == ["head", "leader", "minister", "ally", "hearts", "lead"]


@pytest.mark.parametrize("text, published", [
    ("NATO defence ministers met in Brussels on Thursday.", "2023-02-16"),  # a meeting the KB does not list
    ("NATO foreign ministers met in Brussels on Tuesday.", "2023-04-04"),
    ("EU leaders met in Brussels on Thursday.", "2022-03-24"),  # someone else's meeting on a summit day
    ("NATO leaders met with Zelensky in Kyiv on Tuesday.", "2023-07-11"),  # a meeting with someone
    ("NATO leaders ended their summit in Madrid after talks on the war in Ukraine.", "2022-06-30"),
])
def test_gatherings_that_are_not_the_kbs_event_make_no_place_claim(accord_annotator, text, published):
    found = read(accord_annotator, text, published)
    wrong = [s for s in found if s.property == "located_in" and s.value in ("state:UKR", "place:kyiv")]
    assert not wrong
    assert "contradicted_by_kb" not in verdicts(accord_annotator, text, published, "located_in")
    assert "contradicted_by_kb" not in verdicts(accord_annotator, text, published, "took_place_on")


@pytest.mark.parametrize("text, place", [
    ("At a NATO summit in the Lithuanian capital, leaders argued.", "place:vilnius"),
    ("Spain's capital hosted the NATO summit.", "place:madrid"),
    ("NATO leaders met in the Belgian capital on 24 March 2022.", "place:brussels"),
])
def test_a_capital_named_by_its_country_is_that_city(accord_annotator, text, place):
    found = read(accord_annotator, text, "2023-07-12")
    assert place in [s.value for s in found if s.property == "located_in"]


def test_a_relative_clauses_host_and_a_year_named_summit(accord_annotator):
    assert "supported" in verdicts(accord_annotator, "Vilnius, which hosted the NATO 2023 summit, is near Belarus.",
                                   "2024-02-01", "located_in")
    # the year names the 2021 Brussels summit, which Vilnius did not host
    assert "contradicted_by_kb" in verdicts(accord_annotator, "Vilnius, which hosted NATO's 2021 summit, is near Belarus.",
                                            "2024-02-01", "located_in")


@pytest.mark.parametrize("text, kind", [
    ("NATO leaders gathered in Washington for the alliance's 75th anniversary summit.", "supported"),
    ("NATO leaders gathered in London for the alliance's 75th anniversary summit.", "contradicted_by_kb"),
])
def test_an_anniversary_names_the_summit_of_that_year(accord_annotator, text, kind):
    assert kind in verdicts(accord_annotator, text, "2024-07-10", "located_in")


@pytest.mark.parametrize("text, kind", [
    ("NATO leaders will sign it at the Washington summit in July.", "supported"),
    ("NATO leaders will sign it at the Washington summit in September.", "contradicted_by_kb"),
])
def test_a_month_without_its_year(accord_annotator, text, kind):
    """"in July" is dated by a guess of direction; a clash the guessed year alone makes is not a
    flag, a wrong month is."""
    assert kind in verdicts(accord_annotator, text, "2024-04-03", "took_place_on")


def test_a_month_dated_a_year_off_by_the_guess_is_unsure(accord_annotator):
    found = verdicts(accord_annotator, "Leaders were at the Washington summit in July, NATO said.", "2025-05-01",
                     "took_place_on")
    assert "contradicted_by_kb" not in found
