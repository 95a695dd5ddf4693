"""Office holders in the title forms news writes, read with the real pipeline and KB on sentences
written for these tests: the state written every way, titles in lists, names the tokenizer
splits, and the words of time on a title (former, then, acting, outgoing)."""

from __future__ import annotations

import pytest

from accord.model import Document
from accord.nlp.extract.offices import office_statements

pytestmark = pytest.mark.model


def read(annotator, text: str, published: str = "2023-05-10"):
    doc = Document(id="t" * 64, text=text, source="test.txt", format="txt", published=published)
    annotations = annotator.annotate(doc)
    offices = {a.data["person"]: a.data for a in annotations if a.layer == "office"}
    return offices, office_statements(doc.id, annotations, text)


@pytest.mark.parametrize("text, person, office", [
    ("UK PM Rishi Sunak arrived in Tallinn for the talks.", "person:rishi-sunak", "office:gbr-prime-minister"),
    ("The Latvian president, Egils Levits, greeted the troops.", "person:egils-levits", "office:lva-president"),
    ("The president of Latvia, Egils Levits, greeted the troops.", "person:egils-levits", "office:lva-president"),
    ("President of Latvia Egils Levits greeted the troops.", "person:egils-levits", "office:lva-president"),
    ("President Egils Levits of Latvia greeted the troops.", "person:egils-levits", "office:lva-president"),
    ("NATO chief Jens Stoltenberg toured the base near Tapa.", "person:jens-stoltenberg", "office:nato-secretary-general"),
    ("Jens Stoltenberg, NATO's secretary general, toured the base.", "person:jens-stoltenberg",
     "office:nato-secretary-general"),
    ("Sweden's Social Democratic prime minister, Magdalena Andersson, spoke first.", "person:magdalena-andersson",
     "office:swe-prime-minister"),
    ("South Korean Defense Minister Lee Jong-sup met his Japanese counterpart.", "person:lee-jong-sup",
     "office:kor-defence-minister"),
])
def test_the_state_written_in_every_way_is_the_office_s(accord_annotator, text, person, office):
    found, _ = read(accord_annotator, text, "2022-12-01" if "Magdalena" in text else "2023-05-10")
    assert found[person]["office"] == office
    assert found[person]["attachment"] == 1.0  # the state or organisation is written


def test_each_title_in_a_list_goes_to_its_own_name_and_a_shared_state(accord_annotator):
    text = ("The call joined Polish Prime Minister Mateusz Morawiecki, Ukrainian Deputy Prime Minister and "
            "Defence Minister Oleksii Reznikov and Lithuanian President Gitanas Nauseda.")
    found, _ = read(accord_annotator, text)
    assert found["person:mateusz-morawiecki"]["office"] == "office:pol-prime-minister"
    assert (found["person:oleksii-reznikov"]["office"], found["person:oleksii-reznikov"]["attachment"]) == (
        "office:ukr-defence-minister", 1.0)
    assert found["person:gitanas-nauseda"]["office"] == "office:ltu-president"


def test_an_unknown_person_with_a_written_covered_title_is_a_holds_office_claim(accord_annotator):
    found, _ = read(accord_annotator, "Finnish Prime Minister Peter Jansson spoke in Helsinki.", "2022-05-18")
    assert (found["person:peter-jansson"]["office"], found["person:peter-jansson"]["attachment"]) == (
        "office:fin-prime-minister", 1.0)


def test_then_with_its_own_date_speaks_of_that_date(accord_annotator):
    _, statements = read(accord_annotator, "Then-Prime Minister Boris Johnson visited Kyiv in April 2022.")
    (st,) = [s for s in statements if s.subject == "person:boris-johnson"]
    assert (st.property, st.value, st.point_in_time.value) == ("holds_office", "office:gbr-prime-minister", "2022-04")


@pytest.mark.parametrize("text", [
    "Then-Prime Minister Boris Johnson visited Kyiv.",
    "Former Prime Minister Boris Johnson visited Kyiv.",
    "The former British prime minister, Boris Johnson, visited Kyiv.",
    "Boris Johnson, then the British prime minister, visited Kyiv.",
])
def test_former_and_undated_then_titles_are_held_before(accord_annotator, text):
    _, statements = read(accord_annotator, text)
    found = [s for s in statements if s.subject == "person:boris-johnson"]
    assert found and all(s.property == "held_office" and s.point_in_time is None for s in found)


def test_then_over_the_organisation_is_read(accord_annotator):
    _, statements = read(accord_annotator, "The visit by then-NATO Secretary General Jens Stoltenberg was brief.")
    assert [(s.property, s.value) for s in statements if s.subject == "person:jens-stoltenberg"] == [
        ("held_office", "office:nato-secretary-general")]


def test_outgoing_speaks_of_the_month(accord_annotator):
    _, statements = read(accord_annotator, "The outgoing Dutch prime minister, Mark Rutte, flew to Kyiv.", "2024-06-20")
    (st,) = [s for s in statements if s.subject == "person:mark-rutte"]
    assert (st.property, st.value, st.point_in_time.value) == ("holds_office", "office:nld-prime-minister", "2024-06")


def test_an_acting_title_is_read_only_for_a_holder_the_kb_lists(accord_annotator):
    found, _ = read(accord_annotator, "Caretaker Prime Minister Mark Rutte and acting Prime Minister Anna Berg met.",
                    "2024-06-20")
    assert found["person:mark-rutte"]["office"] == "office:nld-prime-minister"
    assert "person:anna-berg" not in found


def test_a_since_in_the_apposition_is_the_start(accord_annotator):
    _, statements = read(accord_annotator, "Egils Levits, Latvia's president since 2019, greeted the troops.")
    (st,) = [s for s in statements if s.subject == "person:egils-levits"]
    assert (st.value, st.start.value) == ("office:lva-president", "2019")


# -- session 11 (kb16): envoys' titles hold the organisation they are sent to; long "of" titles
@pytest.mark.parametrize("text, person, office, attachment", [
    ("Julianne Smith, the US ambassador to NATO, spoke after the meeting.", "person:julianne-smith",
     "office:usa-nato-ambassador", 1.0),
    ("US Permanent Representative to NATO Julianne Smith spoke after the meeting.", "person:julianne-smith",
     "office:usa-nato-ambassador", 1.0),
    # no state written: the one whose ambassador to NATO the KB lists her as
    ("Ambassador to NATO Julianne Smith spoke after the meeting.", "person:julianne-smith",
     "office:usa-nato-ambassador", 0.8),
    ("Chancellor of the Exchequer Jeremy Hunt spoke after the meeting.", "person:jeremy-hunt",
     "office:gbr-chancellor-of-the-exchequer", 0.8),
    ("Secretary of the Treasury Janet Yellen spoke after the meeting.", "person:janet-yellen",
     "office:usa-treasury-secretary", 0.8),
    ("Japan's Chief Cabinet Secretary Hirokazu Matsuno spoke after the meeting.", "person:hirokazu-matsuno",
     "office:jpn-chief-cabinet-secretary", 1.0),
])
def test_envoy_and_long_titles_find_their_office(accord_annotator, text, person, office, attachment):
    found, _ = read(accord_annotator, text)
    assert (found[person]["office"], found[person]["attachment"]) == (office, attachment)


def test_an_ambassador_to_a_state_is_no_office_the_kb_keeps(accord_annotator):
    found, _ = read(accord_annotator, "Julianne Smith, the US ambassador to Belgium, spoke after the meeting.")
    assert found.get("person:julianne-smith", {}).get("office") != "office:usa-nato-ambassador"
