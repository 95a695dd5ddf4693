"""Name resolution, surface forms, fuzzy search and office lookup."""

from __future__ import annotations

import pytest

from accord.kb import names


@pytest.mark.parametrize("text,expected", [
    ("New Zealand", "state:NZL"), ("Aotearoa", "state:NZL"), ("Kiwi", "state:NZL"), ("Kiwis", "state:NZL"),
    ("New Zealander", "state:NZL"), ("NZ", "state:NZL"),
    ("South Korea", "state:KOR"), ("Republic of Korea", "state:KOR"), ("ROK", "state:KOR"), ("South Korean", "state:KOR"),
    ("Britain", "state:GBR"), ("the UK", "state:GBR"), ("U.K.", "state:GBR"), ("the US", "state:USA"), ("U.S.", "state:USA"),
    ("Aussie", "state:AUS"), ("Türkiye", "state:TUR"), ("Russian Federation", "state:RUS"),
    ("NATO", "org:NATO"), ("Nato", "org:NATO"), ("nato", "org:NATO"),
    ("Asia-Pacific partners", "org:IP4"), ("IP4", "org:IP4"), ("Asia Pacific 4", "org:IP4"),
    ("Jens Stoltenberg", "person:jens-stoltenberg"), ("Putin", "person:vladimir-putin"),
    ("Otago University", "org:university-of-otago"), ("Vilnius", "place:vilnius"),
])
def test_resolve(kb, text, expected):
    assert [e.id for e in kb.resolve(text)] == [expected]


@pytest.mark.parametrize("text", ["us", "uk", "the alliance", "alliance", "stuff", "Cazalet", "NAITO"])
def test_forms_that_do_not_resolve_alone(kb, text):
    # lower-case words are not abbreviations; context aliases and family names need the article
    assert kb.resolve(text) == []


def test_surface_forms_kinds(kb):
    forms = {(t, i): k for t, i, k in kb.surface_forms()}
    assert forms[("NATO", "org:NATO")] == "abbreviation"
    assert forms[("the alliance", "org:NATO")] == "context"
    assert forms[("Kiwi", "state:NZL")] == "demonym"
    assert forms[("New Zealand", "state:NZL")] == "name"
    assert forms[("Cazalet", "person:piers-cazalet")] == "context"
    assert forms[("Aotearoa", "state:NZL")] == "alias"


def test_ambiguous_form_is_reported(kb):
    assert kb.is_ambiguous("Congolese")
    assert {e.id for e in kb.resolve("Congolese")} == {"state:COD", "state:COG"}
    assert not kb.is_ambiguous("Kiwi")


@pytest.mark.parametrize("typo,expected", [("NAITO", "org:NATO"), ("Solvenia", "state:SVN"), ("Stoltenburg", "person:jens-stoltenberg")])
def test_fuzzy_search(kb, typo, expected):
    (best, score), *_ = kb.search(typo, limit=3)
    assert best.id == expected and 70 <= score < 100


@pytest.mark.parametrize("title,jurisdiction,expected", [
    ("Prime Minister", "state:NZL", "office:nzl-prime-minister"),
    ("Foreign Affairs Minister", "state:NZL", "office:nzl-foreign-minister"),
    ("Foreign Minister", "New Zealand", "office:nzl-foreign-minister"),
    ("Secretary-General", "org:NATO", "office:nato-secretary-general"),
    ("General Secretary", "NATO", "office:nato-secretary-general"),
    ("Secretary of State", "US", "office:usa-secretary-of-state"),
    ("Foreign Minister", "United States", "office:usa-secretary-of-state"),
    ("President", "South Korea", "office:kor-president"),
    ("Chancellor", "Germany", "office:deu-chancellor"),
])
def test_find_office(kb, title, jurisdiction, expected):
    assert kb.find_office(title, jurisdiction).id == expected


def test_find_office_needs_a_jurisdiction_when_ambiguous(kb):
    assert kb.find_office("Secretary-General", None) is None  # NATO's and the UN's
    # a state with no office of that title (the United States has no prime minister; South Korea's
    # prime ministers are listed since kb25, session 17)
    assert kb.find_office("Prime Minister", "state:USA") is None
    assert kb.find_office("Prime Minister", "state:KOR").id == "office:kor-prime-minister"


@pytest.mark.parametrize("phrase,expected", [
    ("Prime Minister of New Zealand", "office:nzl-prime-minister"),
    ("New Zealand's Prime Minister", "office:nzl-prime-minister"),
    ("Ukraine Foreign Minister", "office:ukr-foreign-minister"),
    ("European Union foreign policy high representative", "office:eu-high-representative"),
    ("NATO head of policy planning", "office:nato-head-of-policy-planning"),
])
def test_office_phrases_resolve(kb, phrase, expected):
    assert [e.id for e in kb.resolve(phrase)] == [expected]


def test_norm_and_abbreviation_keys():
    assert names.norm("The Secretary-General") == names.norm("secretary general")
    assert names.norm("Asia\u2013Pacific") == "asia pacific"
    assert names.abbreviation_key("U.S.") == "US" != names.abbreviation_key("us")
    assert names.demonym_plural("Kiwi") == "Kiwis" and names.demonym_plural("Japanese") is None
