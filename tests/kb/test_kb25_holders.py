"""Office holders added in session 17 (kb25): South Korea's prime ministers from 2014 (acting
holders and a suspension), the Speaker of the US House of Representatives from 2007, the Speaker of
the House of Commons from 2009, the President of the Bundestag from 2005, the US Ambassador to the
United Nations from 2014 and Ukraine's Commander-in-Chief of the Armed Forces from 2021.

Each handover is tested on the day before and the day of the change (a term ends on the day its
successor's begins), each list's coverage on its first day and the day before, the declared gaps on
their edges, and the namesakes known by their full names only."""

from __future__ import annotations

from datetime import date, timedelta

import pytest


def _who(kb, office: str, on: str) -> list[str]:
    return [h.person for h in kb.holders(office, on=on)]


@pytest.mark.parametrize("office,on,who", [
    # South Korea's prime ministers
    ("office:kor-prime-minister", "2014-01-01", ["person:chung-hong-won"]),
    ("office:kor-prime-minister", "2015-02-16", ["person:chung-hong-won"]),
    ("office:kor-prime-minister", "2015-02-17", ["person:lee-wan-koo"]),
    ("office:kor-prime-minister", "2015-06-17", []),
    ("office:kor-prime-minister", "2015-06-18", ["person:hwang-kyo-ahn"]),
    ("office:kor-prime-minister", "2017-05-30", []),
    ("office:kor-prime-minister", "2017-05-31", ["person:lee-nak-yon"]),
    ("office:kor-prime-minister", "2020-01-13", ["person:lee-nak-yon"]),
    ("office:kor-prime-minister", "2020-01-14", ["person:chung-sye-kyun"]),
    ("office:kor-prime-minister", "2021-04-15", ["person:chung-sye-kyun"]),
    ("office:kor-prime-minister", "2021-04-16", []),
    ("office:kor-prime-minister", "2021-05-14", ["person:kim-boo-kyum"]),
    ("office:kor-prime-minister", "2022-05-20", []),
    ("office:kor-prime-minister", "2022-05-21", ["person:han-duck-soo"]),
    ("office:kor-prime-minister", "2025-04-30", ["person:han-duck-soo"]),
    ("office:kor-prime-minister", "2025-05-02", ["person:lee-ju-ho"]),
    ("office:kor-prime-minister", "2025-06-03", ["person:lee-ju-ho"]),
    ("office:kor-prime-minister", "2025-06-04", []),
    ("office:kor-prime-minister", "2025-07-02", []),
    ("office:kor-prime-minister", "2025-07-03", ["person:kim-min-seok"]),
    # the Speaker of the US House of Representatives
    ("office:usa-house-speaker", "2007-01-04", ["person:nancy-pelosi"]),
    ("office:usa-house-speaker", "2011-01-04", []),
    ("office:usa-house-speaker", "2011-01-05", ["person:john-boehner"]),
    ("office:usa-house-speaker", "2015-10-28", ["person:john-boehner"]),
    ("office:usa-house-speaker", "2015-10-29", ["person:paul-ryan"]),
    ("office:usa-house-speaker", "2019-01-02", ["person:paul-ryan"]),
    ("office:usa-house-speaker", "2019-01-03", ["person:nancy-pelosi"]),
    ("office:usa-house-speaker", "2023-01-06", []),
    ("office:usa-house-speaker", "2023-01-07", ["person:kevin-mccarthy"]),
    ("office:usa-house-speaker", "2023-10-02", ["person:kevin-mccarthy"]),
    ("office:usa-house-speaker", "2023-10-03", []),
    ("office:usa-house-speaker", "2023-10-24", []),
    ("office:usa-house-speaker", "2023-10-25", ["person:mike-johnson"]),
    # the Speaker of the House of Commons
    ("office:gbr-commons-speaker", "2019-11-03", ["person:john-bercow"]),
    ("office:gbr-commons-speaker", "2019-11-04", ["person:lindsay-hoyle"]),
    # the President of the Bundestag
    ("office:deu-bundestag-president", "2017-10-23", ["person:norbert-lammert"]),
    ("office:deu-bundestag-president", "2017-10-24", ["person:wolfgang-schaeuble"]),
    ("office:deu-bundestag-president", "2021-10-25", ["person:wolfgang-schaeuble"]),
    ("office:deu-bundestag-president", "2021-10-26", ["person:baerbel-bas"]),
    ("office:deu-bundestag-president", "2025-03-24", ["person:baerbel-bas"]),
    ("office:deu-bundestag-president", "2025-03-25", ["person:julia-kloeckner"]),
    # the US Ambassador to the United Nations
    ("office:usa-un-ambassador", "2016-06-15", ["person:samantha-power"]),
    ("office:usa-un-ambassador", "2016-12-31", ["person:samantha-power"]),
    ("office:usa-un-ambassador", "2017-02-01", ["person:nikki-haley"]),
    ("office:usa-un-ambassador", "2018-12-30", ["person:nikki-haley"]),
    ("office:usa-un-ambassador", "2018-12-31", []),
    ("office:usa-un-ambassador", "2020-06-17", ["person:kelly-craft"]),
    ("office:usa-un-ambassador", "2021-01-19", ["person:kelly-craft"]),
    ("office:usa-un-ambassador", "2021-01-20", []),
    ("office:usa-un-ambassador", "2024-06-12", ["person:linda-thomas-greenfield"]),
    # Ukraine's Commander-in-Chief of the Armed Forces
    ("office:ukr-armed-forces-commander", "2024-02-07", ["person:valerii-zaluzhnyi"]),
    ("office:ukr-armed-forces-commander", "2024-02-08", ["person:oleksandr-syrskyi"]),
])
def test_holders_at_each_handover(kb, office, on, who):
    assert _who(kb, office, on) == who


def test_acting_holders_are_marked(kb):
    acting = [h for h in kb.holders("office:kor-prime-minister", on="2025-05-20")]
    assert [h.person for h in acting] == ["person:lee-ju-ho"]
    fact = [f for f in kb.facts(subject="person:lee-ju-ho", property="holds_office")
            if f.value == "office:kor-prime-minister"]
    assert len(fact) == 1 and fact[0].qualifiers.get("acting") is True


@pytest.mark.parametrize("office,first", [
    ("office:kor-prime-minister", "2014-01-01"),
    ("office:usa-house-speaker", "2007-01-04"),
    ("office:gbr-commons-speaker", "2009-06-22"),
    ("office:deu-bundestag-president", "2005-10-18"),
    ("office:usa-un-ambassador", "2014-01-01"),
    ("office:ukr-armed-forces-commander", "2021-07-27"),
])
def test_the_list_is_complete_from_its_first_day(kb, office, first):
    before = (date.fromisoformat(first) - timedelta(days=1)).isoformat()
    assert kb.covers(office, "holds_office", before).covered is False
    assert kb.covers(office, "holds_office", first).covered is True


@pytest.mark.parametrize("office,gap_from,gap_until", [
    ("office:kor-prime-minister", "2015-04-21", "2015-06-17"),
    ("office:kor-prime-minister", "2017-05-10", "2017-05-30"),
    ("office:kor-prime-minister", "2021-04-16", "2021-05-13"),
    ("office:kor-prime-minister", "2022-05-10", "2022-05-20"),
    ("office:kor-prime-minister", "2024-12-27", "2025-03-23"),  # Han Duck-soo suspended
    ("office:kor-prime-minister", "2025-06-04", "2025-07-03"),
    ("office:usa-house-speaker", "2011-01-03", "2011-01-04"),
    ("office:usa-house-speaker", "2023-01-03", "2023-01-06"),
    ("office:usa-house-speaker", "2023-10-03", "2023-10-24"),
    ("office:usa-un-ambassador", "2018-12-31", "2019-09-30"),
    ("office:usa-un-ambassador", "2021-01-20", "2021-02-28"),
])
def test_the_acting_and_vacant_days_are_gaps(kb, office, gap_from, gap_until):
    day = timedelta(days=1)
    before = (date.fromisoformat(gap_from) - day).isoformat()
    after = (date.fromisoformat(gap_until) + day).isoformat()
    assert kb.covers(office, "holds_office", before).covered is True
    assert kb.covers(office, "holds_office", gap_from).covered is False
    assert kb.covers(office, "holds_office", gap_until).covered is False
    assert kb.covers(office, "holds_office", after).covered is True


def test_the_un_list_ends_with_thomas_greenfield(kb):
    assert kb.covers("office:usa-un-ambassador", "holds_office", "2025-01-19").covered is True
    assert kb.covers("office:usa-un-ambassador", "holds_office", "2025-01-20").covered is False


def test_namesakes_are_known_by_their_full_names(kb):
    from accord.nlp.extract.name_variants import PersonNames

    names = PersonNames.from_kb(kb)
    # "Johnson" stays Boris Johnson's, "Chung" Chung Eui-yong's; "Power" and "Craft" are words
    assert names.by_family_name("Johnson") == ["person:boris-johnson"]
    assert names.by_family_name("Chung") == ["person:chung-eui-yong"]
    for word in ("Power", "Craft"):
        assert names.by_family_name(word) == [], word
    assert names.lookup("Mike Johnson") == ["person:mike-johnson"]
    assert names.lookup("Chung Sye-kyun") == ["person:chung-sye-kyun"]
    assert names.lookup("Samantha Power") == ["person:samantha-power"]
    # distinctive family names name their holders
    for word, who in (("Pelosi", "person:nancy-pelosi"), ("Boehner", "person:john-boehner"),
                      ("Bercow", "person:john-bercow"), ("Hoyle", "person:lindsay-hoyle"),
                      ("Lammert", "person:norbert-lammert"), ("Haley", "person:nikki-haley"),
                      ("Zaluzhnyi", "person:valerii-zaluzhnyi")):
        assert names.by_family_name(word) == [who], word
