"""Officials, offices and titles in wire copy (issue 12, helper off12): handovers ("succeeding Y",
"replacing Y", "took over from Y", "replaced Y as T"), elections to an office, ministries standing
for their ministers, "in power since D", titles in a clause about a past period, datelines run
into a name, and misspelt names NER took for an organisation.

Two paraphrase sets written for these tests: data/off12_wire.jsonl (14 wire paragraphs on
handovers and offices, each with three or four one-edit corruptions; measured before the code
was changed: 12/14 true supported, one flagged, 28/56 corruptions caught) and
data/off12_paraphrases.jsonl (36 sentences in the title forms news uses, 33 twins).

    python bench/paraphrases.py tests/claims/data/off12_wire.jsonl -v
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from accord.model import Statement, TimeQualifier
from tests.claims._paraphrase_set import ParaphraseSet

from ._pipeline import read, verdicts

DATA = Path(__file__).parent / "data"


def checked(annotator, text: str, published: str, words: str) -> list[str]:
    """The kinds of the findings `accord check` gives on the text whose claim holds `words` (the
    whole check: offices from titles are stored statements, not the claim families')."""
    from bench.paraphrases import Checker

    return sorted(f["kind"] for f in Checker(annotator).findings(text, published) if words in str(f.get("claim")))


@pytest.fixture(scope="module")
def accord_kb():
    from accord.kb import load

    return load()


class TestOff12Wire(ParaphraseSet):
    DATA = DATA / "off12_wire.jsonl"
    SUPPORTED_TRUE = 14 / 14
    CAUGHT_TWINS = 48 / 56
    TWINS = 14


class TestOff12TitleForms(ParaphraseSet):
    DATA = DATA / "off12_paraphrases.jsonl"
    SUPPORTED_TRUE = 34 / 36
    CAUGHT_TWINS = 32 / 33
    TWINS = 33


# -- handovers ------------------------------------------------------------------------------------
@pytest.mark.model
@pytest.mark.parametrize("text, published, kind", [
    ("Alexander Stubb was sworn in as Finland's president on Friday, succeeding Sauli Niinisto.", "2024-03-01", "supported"),
    ("Alexander Stubb was sworn in as Finland's president on Friday, succeeding Sanna Marin.", "2024-03-01", "contradicted_by_kb"),
    ("Shigeru Ishiba was elected prime minister on Tuesday, replacing Fumio Kishida.", "2024-10-02", "supported"),
    ("Shigeru Ishiba was elected prime minister on Tuesday, replacing Shinzo Abe.", "2024-10-02", "contradicted_by_kb"),
    # the title written in the verb's own clause, after an institution the KB does not link
    ("Antonio Costa replaced Charles Michel as president of the European Council.", "2024-12-02", "supported"),
    ("Antonio Costa replaced Donald Tusk as president of the European Council.", "2024-12-02", "contradicted_by_kb"),
    # present tense, no title: the one office both people held
    ("Gabriel Attal replaces Elisabeth Borne, who resigned on Monday.", "2024-01-10", "supported"),
    ("Gabriel Attal replaces Edouard Philippe, who resigned on Monday.", "2024-01-10", "contradicted_by_kb"),
    # an acting holder between: the predecessor left within the window
    ("Radmila Shekerinska took over as NATO Deputy Secretary General from Mircea Geoana.", "2024-12-03", "supported"),
    # the successor is the one appointed, not the one who appoints
    ("President Emmanuel Macron appointed Gabriel Attal as prime minister on Tuesday, replacing Elisabeth Borne.",
     "2024-01-10", "supported"),
    ("President Emmanuel Macron appointed Gabriel Attal as prime minister on Tuesday, replacing Jean Castex.",
     "2024-01-10", "contradicted_by_kb"),
    # undated and long ago: the successor's own term dates it
    ("Justin Trudeau, who succeeded Stephen Harper as prime minister, visited Riga.", "2019-07-10", "supported"),
])
def test_the_predecessor_named_in_a_handover(accord_annotator, text, published, kind):
    assert kind in verdicts(accord_annotator, text, published, "handed_over")


@pytest.mark.model
@pytest.mark.parametrize("text, published, kind", [
    ("Donald Trump, who succeeded Barack Obama, spoke.", "2025-06-01", None),  # two terms, no date: which one?
    ("Donald Trump, who succeeded Barack Obama in 2017, spoke.", "2025-06-01", "supported"),
    ("Donald Trump, who succeeded Joe Biden in January, spoke.", "2025-06-01", "supported"),
    ("Donald Trump, who succeeded Barack Obama in January, spoke.", "2025-06-01", "contradicted_by_kb"),
])
def test_a_successor_with_two_terms(accord_annotator, text, published, kind):
    found = verdicts(accord_annotator, text, published, "handed_over")
    assert (kind in found) if kind else not found


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Mark Carney will not replace Justin Trudeau before March.",  # a plan, negated
    "Shigeru Ishiba hopes to succeed Fumio Kishida as prime minister.",  # a hope
    "Ishiba was elected party leader, replacing Kishida as head of the party.",  # an office the KB lacks
])
def test_handovers_not_told_as_done_are_not_read(accord_annotator, text):
    assert not [s for s in read(accord_annotator, text, "2024-09-20") if s.property == "handed_over"]


def _handover(kb, person: str, office: str, day: str):
    from accord.nlp.extract.claims.handovers import check_handed_over
    from accord.reconcile.kbcheck import KBChecker

    st = Statement(subject=person, property="handed_over", value=office, point_in_time=TimeQualifier(day, "day"))
    return check_handed_over(KBChecker(kb), st, day).kind


@pytest.mark.parametrize("day, kind", [
    ("2024-09-28", "supported"),  # Kishida's last day (2024-10-01) is three days after: an end written late
    ("2024-09-27", "new"),  # four days after: not this handover (and he held it himself then)
    # 400 days after his end is inside the window, but Ishiba and Takaichi, full holders, held the
    # office between (cr13b): contradicted; across an acting holder only, see test_cr13b_probe.py
    ("2025-11-05", "contradicted_by_kb"),
])
def test_the_window_of_a_predecessors_end(accord_kb, day, kind):
    assert _handover(accord_kb, "person:fumio-kishida", "office:jpn-prime-minister", day) == kind


def test_past_the_window_the_predecessor_is_not_supported(accord_kb):
    end = date(2024, 10, 1)
    assert _handover(accord_kb, "person:fumio-kishida", "office:jpn-prime-minister",
                     (end + timedelta(days=401)).isoformat()) != "supported"
    assert _handover(accord_kb, "person:shinzo-abe", "office:jpn-prime-minister", "2024-10-01") == "contradicted_by_kb"


# -- elections and appointments ------------------------------------------------------------------
@pytest.mark.model
@pytest.mark.parametrize("text, kind", [
    ("Friedrich Merz was elected German chancellor on Tuesday.", "supported"),
    ("Friedrich Merz was elected Austrian chancellor on Tuesday.", "contradicted_by_kb"),
    ("Friedrich Merz was elected acting Austrian chancellor on Tuesday.", None),  # acting: not judged
])
def test_an_election_to_an_office(accord_annotator, text, kind):
    found = verdicts(accord_annotator, text, "2025-05-07", "appointed_to")
    assert (kind in found) if kind else ("contradicted_by_kb" not in found)


def test_someone_elected_to_an_office_they_never_held_needs_the_list_to_cover_the_next_120_days(accord_kb):
    from accord.nlp.extract.claims.appointments import check_appointed
    from accord.reconcile.kbcheck import KBChecker

    until = date.fromisoformat(accord_kb.coverage("office:aut-chancellor", "holds_office").until)

    def kind(day: date) -> str:
        st = Statement(subject="person:friedrich-merz", property="appointed_to", value="office:aut-chancellor",
                       point_in_time=TimeQualifier(day.isoformat(), "day"))
        return check_appointed(KBChecker(accord_kb), st, day.isoformat()).kind

    assert kind(until - timedelta(days=120)) == "contradicted_by_kb"
    assert kind(until - timedelta(days=119)) == "new"


# -- offices dated by the clauses around them -----------------------------------------------------
@pytest.mark.model
@pytest.mark.parametrize("text, published, kind", [
    ("Boris Pistorius, who has headed Germany's defence ministry since January 2023, stayed on.", "2025-05-07", "supported"),
    ("Boris Pistorius, who has headed Germany's defence ministry since January 2022, stayed on.", "2025-05-07",
     "contradicted_by_kb"),
    ("Christine Lambrecht, who heads Germany's defence ministry, spoke on Monday.", "2022-05-10", "supported"),
    ("Ursula von der Leyen, who heads Germany's defence ministry, spoke on Monday.", "2022-05-10", "contradicted_by_kb"),
])
def test_since_clauses_and_ministries(accord_annotator, text, published, kind):
    assert kind in verdicts(accord_annotator, text, published, "holds_office")


@pytest.mark.model
@pytest.mark.parametrize("text, published, kind", [
    ("Prime Minister Viktor Orban, in power since 2010, spoke on Tuesday.", "2024-03-06", "supported"),
    ("Prime Minister Viktor Orban, in power since 2012, spoke on Tuesday.", "2024-03-06", "contradicted_by_kb"),
    ("Prime Minister Boris Johnson, in office since July, welcomed allied leaders.", "2019-12-04", "supported"),
    ("Prime Minister Boris Johnson, in office since March, welcomed allied leaders.", "2019-12-04", "contradicted_by_kb"),
])
def test_in_power_since_after_a_titled_name(accord_annotator, text, published, kind):
    assert kind in checked(accord_annotator, text, published, "holds the office")


@pytest.mark.model
def test_a_ministry_the_kb_keeps_no_minister_of_claims_nothing(accord_annotator):
    found = read(accord_annotator, "Karl Lauterbach, who heads Germany's health ministry, spoke.", "2022-05-10")
    assert not [s for s in found if s.property == "holds_office"]


@pytest.mark.model
@pytest.mark.parametrize("text, published, prop", [
    # a title inside a clause about a past period: held then, not on the article's day
    ("Karine Jean-Pierre, who served under President Joe Biden from May 2022, spoke.", "2025-01-29", "held_office"),
    # a year in a past clause: the office in that year
    ("Antony Blinken, who met Prime Minister Fumio Kishida in 2023, spoke.", "2025-01-29", "holds_office"),
    ("In 2019, President Donald Trump said NATO was obsolete.", "2025-01-29", "holds_office"),
    # "since" runs up to the clause's time: still held then
    ("Prime Minister Viktor Orban, in power since 2010, welcomed him.", "2024-03-06", "holds_office"),
])
def test_a_title_in_a_past_period(accord_annotator, text, published, prop):
    words = {"held_office": "has held the office", "holds_office": "holds the office"}
    found = checked(accord_annotator, text, published, words[prop])
    assert "supported" in found and "contradicted_by_kb" not in found
    assert "contradicted_by_kb" not in checked(accord_annotator, text, published, "office")


@pytest.mark.model
def test_a_year_in_a_past_clause_dates_the_title(accord_annotator):
    text = "In 2019, President Joe Biden said NATO was obsolete."
    assert "contradicted_by_kb" in checked(accord_annotator, text, "2025-01-29", "on 2019")
    text = "Antony Blinken, who met Prime Minister Shinzo Abe in 2023, spoke."
    assert "contradicted_by_kb" in checked(accord_annotator, text, "2025-01-29", "on 2023")
    # the year before the article's, not its own: the article's day (a false alarm once for Biden)
    assert "contradicted_by_kb" not in checked(accord_annotator, "In 2025, President Donald Trump spoke.",
                                                "2025-06-01", "President of the United States")


@pytest.mark.model
@pytest.mark.parametrize("text, kind", [
    ("Anders Fogh Rasmussen, who led the alliance from 2009 to 2014, spoke.", "supported"),
    ("Anders Fogh Rasmussen, who led the alliance from 2009 to 2016, spoke.", "contradicted_by_kb"),
])
def test_who_led_the_organisation_from_a_to_b(accord_annotator, text, kind):
    assert kind in verdicts(accord_annotator, text, "2023-05-01", "left_office")


@pytest.mark.model
@pytest.mark.parametrize("text, kind", [
    ("Karine Jean-Pierre, who served as press secretary from May 2022, wrote a book.", "supported"),
    ("Karine Jean-Pierre, who served as press secretary from May 2021, wrote a book.", "contradicted_by_kb"),
])
def test_served_as_t_from_d(accord_annotator, text, kind):
    assert kind in verdicts(accord_annotator, text, "2025-06-01", "took_office")


@pytest.mark.model
def test_served_from_d_without_a_title_is_not_read(accord_annotator):
    """She was the principal deputy press secretary from 2021: a term told with no title may be another post."""
    found = read(accord_annotator, "Karine Jean-Pierre, who served under President Joe Biden from January 2021, "
                 "wrote a book.", "2025-06-01")
    assert not [s for s in found if s.property == "took_office"]


@pytest.mark.model
@pytest.mark.parametrize("text, kind", [
    ("Mark Rutte, the alliance's current chief, praised him.", "supported"),
    ("Mark Carney, the alliance's current chief, praised him.", "contradicted_by_kb"),
])
def test_a_word_of_time_between_the_organisation_and_its_head(accord_annotator, text, kind):
    assert kind in checked(accord_annotator, "NATO met in Brussels. " + text, "2025-03-10", "Secretary General of NATO")


# -- names ----------------------------------------------------------------------------------------
@pytest.mark.model
@pytest.mark.parametrize("text, person", [
    ("BUDAPEST - Tamas Sulyok took office on Tuesday.", "person:tamas-sulyok"),
    ("BERLIN – Friedrich Merz spoke on Tuesday.", "person:friedrich-merz"),
])
def test_a_dateline_run_into_a_name_by_ner_yields_to_the_kb_name(accord_annotator, text, person):
    doc = accord_annotator.nlp(text)
    assert person in [m.entity for m in doc._.mentions]


def test_only_a_dash_standing_alone_between_words_is_a_dateline():
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from accord.nlp.extract.entities import _spaced_dash

    doc = Doc(Vocab(), words=["BERLIN", "-", "Merz", "Austria", "-", "Hungary", "Rome", "—", "Meloni"],
              spaces=[True, True, True, False, False, True, True, True, False])
    assert [_spaced_dash(t) for t in doc] == [False, True, False, False, False, False, False, True, False]


@pytest.mark.model
@pytest.mark.parametrize("text, flagged", [
    ("OTTAWA - Mark Carney took over from Justin Trudaeu on Friday.", True),
    ("OTTAWA - Mark Carney took over from Justin Trudeau on Friday.", False),
])
def test_a_misspelt_full_name_ner_took_for_an_organisation(accord_annotator, text, flagged):
    doc = accord_annotator.nlp(text)
    assert bool([a for a in doc._.anomalies or [] if "Trudaeu" in a.text]) is flagged


@pytest.mark.model
@pytest.mark.parametrize("text, words, kind", [
    ("The minister met Richard Marles, Australia's deputy prime minister and defence minister.",
     "Minister for Defence of Australia", "supported"),
    ("The minister met Richard Marles, New Zealand's deputy prime minister and defence minister.",
     "Minister of Defence of New Zealand", "contradicted_by_kb"),
    ("Jens Stoltenberg, NATO's secretary general and a former Norwegian prime minister, spoke.",
     "Prime Minister of Norway", "supported"),
    ("Jens Stoltenberg, NATO's secretary general and a former Danish prime minister, spoke.",
     "Prime Minister of Denmark", "contradicted_by_kb"),
])
def test_a_second_title_joined_in_an_apposition(accord_annotator, text, words, kind):
    assert kind in checked(accord_annotator, text, "2023-03-14", words)


@pytest.mark.model
def test_a_title_after_and_with_a_name_of_its_own_is_that_names(accord_annotator):
    found = checked(accord_annotator, "Penny Wong, Australia's foreign minister, and Defence Minister Richard Marles "
                    "arrived.", "2023-03-14", "Minister for Defence of Australia")
    assert found == ["supported"]
    assert not checked(accord_annotator, "Penny Wong, Australia's foreign minister, and Defence Minister Richard "
                       "Marles arrived.", "2023-03-14", "Penny Wong holds the office of Minister for Defence")


@pytest.mark.model
@pytest.mark.parametrize("text, published, words, kind", [
    # NER ran the state, "PM" and the name into one entity (a work of art, an organisation)
    ("Danish PM Mette Frederiksen spoke.", "2023-06-01", "Prime Minister of Denmark", "supported"),
    ("Danish PM Lars Lokke Rasmussen spoke.", "2023-06-01", "Prime Minister of Denmark", "contradicted_by_kb"),
    ("Greek PM Kyriakos Mitsotakis met Erdogan.", "2023-07-11", "Prime Minister of Greece", "supported"),
    ("Greek PM Alexis Tsipras met Erdogan.", "2023-07-11", "Prime Minister of Greece", "contradicted_by_kb"),
    # NER took "Supreme Allied Commander" for an organisation inside the title
    ("Supreme Allied Commander Europe Gen. Christopher Cavoli briefed ministers.", "2023-05-10",
     "Supreme Allied Commander Europe", "supported"),
    ("Supreme Allied Commander Europe Gen. Tod Wolters briefed ministers.", "2023-05-10",
     "Supreme Allied Commander Europe", "contradicted_by_kb"),
    # the description NATO gives the chair of its Military Committee
    ("NATO's top military officer, Admiral Rob Bauer, spoke.", "2023-05-10", "Military Committee", "supported"),
    ("NATO's top military officer, Admiral Stuart Peach, spoke.", "2023-05-10", "Military Committee",
     "contradicted_by_kb"),
])
def test_titles_ner_ran_into_names_or_descriptions(accord_annotator, text, published, words, kind):
    assert kind in checked(accord_annotator, text, published, words)


@pytest.mark.model
def test_an_organisation_named_after_a_person_keeps_its_name(accord_annotator):
    doc = accord_annotator.nlp("The Konrad Adenauer Foundation published a study on NATO.")
    assert not [m for m in doc._.mentions if (m.entity or "").startswith("person:")]


@pytest.mark.model
@pytest.mark.parametrize("text, kind", [
    ("Vice President Kamala Harris led the US delegation in Munich.", "supported"),
    ("Vice President Mike Pence led the US delegation in Munich.", "contradicted_by_kb"),
])
def test_the_us_vice_president(accord_annotator, text, kind):
    assert kind in checked(accord_annotator, text, "2023-02-18", "Vice President of the United States")


def test_the_us_vice_presidents_terms_meet_on_inauguration_days(accord_kb):
    terms = sorted((f.start.value, f.end.value if f.end else None, f.subject)
                   for f in accord_kb.facts(property="holds_office", value="office:usa-vice-president"))
    assert [t[2] for t in terms] == ["person:dick-cheney", "person:joe-biden", "person:mike-pence", "person:kamala-harris",
                                     "person:jd-vance"]  # (Cheney from kb24)
    assert all(a[1] == b[0] for a, b in zip(terms, terms[1:]))


@pytest.mark.model
@pytest.mark.parametrize("text, kind", [
    ("The Constitutional Court removed Yoon Suk Yeol from office in April.", "supported"),
    ("Yoon Suk Yeol was removed from office on April 4.", "supported"),
    ("Yoon Suk Yeol was removed from office on April 14.", "contradicted_by_kb"),
    ("Yoon Suk Yeol was removed from office in May.", "contradicted_by_kb"),  # (March falls in a gap of the list)
])
def test_removed_from_office(accord_annotator, text, kind):
    assert kind in verdicts(accord_annotator, text, "2025-06-04", "left_office")


@pytest.mark.model
def test_removed_from_something_else_is_no_term(accord_annotator):
    found = read(accord_annotator, "Police removed Yoon Suk Yeol from the building in April.", "2025-06-04")
    assert not [s for s in found if s.property == "left_office"]


@pytest.mark.model
@pytest.mark.parametrize("text, kind", [
    ("The head of the European Commission, Ursula von der Leyen, visited Bucha.", "supported"),
    ("The head of the European Commission, Jean-Claude Juncker, visited Bucha.", "contradicted_by_kb"),
    ("Ursula von der Leyen, the head of the European Commission, visited Bucha.", "supported"),
])
def test_the_head_of_an_institution_is_its_president(accord_annotator, text, kind):
    assert kind in checked(accord_annotator, text, "2022-04-09", "President of the European Commission")


@pytest.mark.model
@pytest.mark.parametrize("text, published, kind", [
    ("Elisabeth Borne resigned on Monday after 20 months in the job.", "2024-01-10", "supported"),
    ("Elisabeth Borne resigned on Monday after 30 months in the job.", "2024-01-10", "contradicted_by_kb"),
    ("Elisabeth Borne resigned on Monday after ten months in the job.", "2024-01-10", "contradicted_by_kb"),
    ("Angela Merkel stepped down in December after 16 years in power.", "2022-01-10", "supported"),
    ("Angela Merkel stepped down in December after 12 years in power.", "2022-01-10", "contradicted_by_kb"),
    ("Mark Rutte left office in July after 14 years as prime minister.", "2024-07-10", "supported"),
])
def test_after_a_tenure_in_the_job(accord_annotator, text, published, kind):
    assert kind in verdicts(accord_annotator, text, published, "held_office_for")


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Elisabeth Borne resigned on Monday after 20 months of talks.",  # not a time in the post
    "Elisabeth Borne did not resign after 30 months in the job.",  # negated
])
def test_durations_not_in_a_post_are_no_tenure(accord_annotator, text):
    assert not [s for s in read(accord_annotator, text, "2024-01-10") if s.property == "held_office_for"]


def test_a_tenure_in_months_is_told_to_a_sixth_of_it_and_at_least_two_months():
    from accord.nlp.extract.claims.durations import TENURE_SLACK, _tenure_slack

    assert _tenure_slack("P20M", 20 / 12) == pytest.approx(20 / 72)
    assert _tenure_slack("P6M", 0.5) == pytest.approx(2 / 12)  # a sixth of six months is one: two at least
    assert _tenure_slack("P14Y", 14.0) == TENURE_SLACK


@pytest.mark.model
@pytest.mark.parametrize("text, flagged", [
    ("Mike Pence spoke on Friday. She wants to grow the Peace Corps. Pence said no.", False),
    # a surname alone, as a subject ("Peace" alone is the English word: the lexicon rule, fa12m)
    ("Mike Pence spoke on Friday. Pense said no. Pence said no again.", True),
    ("Mike Pence spoke on Friday. Peace said no. Pence said no again.", False),
    ("NATO Secretary General Jens Stoltenberg spoke. Stoltenburg tweeted that allies agreed. Stoltenberg left.",
     True),
])
def test_a_word_before_the_end_of_a_longer_name_is_no_surname_alone(accord_annotator, text, flagged):
    doc = accord_annotator.nlp(text)
    assert bool(doc._.anomalies) is flagged
