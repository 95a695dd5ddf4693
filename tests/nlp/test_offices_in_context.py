"""Offices read in context with the real pipeline and KB: the clause's own date, the state whose
office the person held, titles that belong to the next name, and former offices."""

from __future__ import annotations

import pytest

from accord.model import Document

pytestmark = pytest.mark.model


def offices(annotator, text: str, published: str = "2024-07-12") -> dict[str, tuple[str, str]]:
    doc = Document(id="t" * 64, text=text, source="test.txt", format="txt", published=published)
    return {a.data["person"]: (a.data["office"], a.data["on"])
            for a in annotator.annotate(doc) if a.layer == "office"}


def test_the_clause_date_is_the_date_the_office_is_claimed_for(accord_annotator):
    text = ("The pact was announced on September 15, 2021 by British Prime Minister Boris Johnson "
            "and Australian Prime Minister Anthony Albanese.")
    found = offices(accord_annotator, text, "2023-03-14")
    assert found["person:anthony-albanese"] == ("office:aus-prime-minister", "2021-09-15")
    assert found["person:boris-johnson"][1] == "2021-09-15"


def test_a_date_in_another_clause_does_not_move_the_office(accord_annotator):
    text = ("Last month, officials met in Wellington, and the prime minister, Chris Hipkins, "
            "was due to speak on Tuesday.")
    found = offices(accord_annotator, text, "2023-04-11")
    # found, and dated to the article's day, not to "last month" (2023-03)
    assert found["person:chris-hipkins"] == ("office:nzl-prime-minister", "2023-04-11")


def test_a_bare_government_title_takes_the_state_whose_office_the_person_held(accord_annotator):
    text = ("Prime Minister Christopher Luxon of New Zealand met allies in Washington. "
            "Prime Minister Fumio Kishida and President Yoon Suk Yeol also attended.")
    found = offices(accord_annotator, text)
    assert found["person:fumio-kishida"][0] == "office:jpn-prime-minister"
    assert found["person:yoon-suk-yeol"][0] == "office:kor-president"


def test_a_title_followed_by_a_name_is_not_an_apposition_of_the_name_before(accord_annotator):
    text = "The plan was presented by Biden, British Prime Minister Rishi Sunak and others."
    found = offices(accord_annotator, text, "2023-03-14")
    assert "person:joe-biden" not in found
    assert found["person:rishi-sunak"][0] == "office:gbr-prime-minister"


def test_a_former_office_in_apposition_is_not_a_current_office(accord_annotator):
    text = "Jens Stoltenberg, a former prime minister of Norway, led the alliance for ten years."
    doc = Document(id="t" * 64, text=text, source="test.txt", format="txt", published="2024-10-01")
    held = {a.data["person"]: a.data["held"] for a in accord_annotator.annotate(doc) if a.layer == "office"}
    assert held.get("person:jens-stoltenberg", True) is True  # held before: a held_office statement


def test_a_since_date_in_a_relative_clause_is_the_start_of_the_office(accord_annotator):
    from accord.nlp.extract.offices import office_statements

    text = "Foreign Minister Winston Peters, who has held the portfolio since November 2023, spoke in Wellington."
    doc = Document(id="t" * 64, text=text, source="test.txt", format="txt", published="2024-07-12")
    annotations = accord_annotator.annotate(doc)
    [st] = [s for s in office_statements(doc.id, annotations, text) if s.subject == "person:winston-peters"]
    assert (st.start.value, st.start.precision) == ("2023-11", "month")


def test_quotations_become_said_statements_asserted_by_the_article(accord_annotator):
    text = 'NATO Secretary General Jens Stoltenberg said: "The door is open." Allies agreed.'
    doc = Document(id="q" * 64, text=text, source="test.txt", format="txt", published="2023-04-11")
    said = [s for s in accord_annotator.statements(doc, accord_annotator.annotate(doc)) if s.property == "said"]
    assert [(s.subject, s.value, s.asserted_by) for s in said] == [
        ("person:jens-stoltenberg", "The door is open.", "article")]
