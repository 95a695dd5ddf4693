"""Office holders added in session 15 (kb22): Switzerland's President of the Confederation and
heads of the foreign and defence departments, Austria's foreign and defence ministers, Ireland's
President, foreign and defence ministers, Malta's Prime Minister and President, Cyprus's President,
and the EU's Commissioners for Defence and Space and for Enlargement.

Each handover is tested on the day before and the day of the change (a term ends on the day its
successor's begins), so a date one day off fails a test; each list's coverage on its first day and
the day before; each declared gap on its edges; namesakes by their full names only."""

from __future__ import annotations

from datetime import date, timedelta

import pytest


def _who(kb, office: str, on: str) -> list[str]:
    return [h.person for h in kb.holders(office, on=on)]


@pytest.mark.parametrize("office,on,who", [
    # the Swiss presidency runs with the calendar year
    ("office:che-president", "2014-01-01", ["person:didier-burkhalter"]),
    ("office:che-president", "2014-12-31", ["person:didier-burkhalter"]),
    ("office:che-president", "2015-01-01", ["person:simonetta-sommaruga"]),
    ("office:che-president", "2019-12-31", ["person:ueli-maurer"]),
    ("office:che-president", "2020-01-01", ["person:simonetta-sommaruga"]),
    ("office:che-president", "2022-12-31", ["person:ignazio-cassis"]),
    ("office:che-president", "2023-01-01", ["person:alain-berset"]),
    ("office:che-president", "2025-01-01", ["person:karin-keller-sutter"]),
    ("office:che-foreign-minister", "2017-10-31", ["person:didier-burkhalter"]),
    ("office:che-foreign-minister", "2017-11-01", ["person:ignazio-cassis"]),
    ("office:che-defence-minister", "2015-12-31", ["person:ueli-maurer"]),
    ("office:che-defence-minister", "2016-01-01", ["person:guy-parmelin"]),
    ("office:che-defence-minister", "2018-12-31", ["person:guy-parmelin"]),
    ("office:che-defence-minister", "2019-01-01", ["person:viola-amherd"]),
    ("office:che-defence-minister", "2025-03-31", ["person:viola-amherd"]),
    ("office:che-defence-minister", "2025-04-01", ["person:martin-pfister"]),
    # Austria
    ("office:aut-foreign-minister", "2017-12-17", ["person:sebastian-kurz"]),
    ("office:aut-foreign-minister", "2017-12-18", ["person:karin-kneissl"]),
    ("office:aut-foreign-minister", "2019-06-02", ["person:karin-kneissl"]),
    ("office:aut-foreign-minister", "2019-06-03", ["person:alexander-schallenberg"]),
    ("office:aut-foreign-minister", "2021-10-10", ["person:alexander-schallenberg"]),
    ("office:aut-foreign-minister", "2021-10-11", ["person:michael-linhart"]),
    ("office:aut-foreign-minister", "2021-12-05", ["person:michael-linhart"]),
    ("office:aut-foreign-minister", "2021-12-06", ["person:alexander-schallenberg"]),
    ("office:aut-foreign-minister", "2025-03-02", ["person:alexander-schallenberg"]),
    ("office:aut-foreign-minister", "2025-03-03", ["person:beate-meinl-reisinger"]),
    ("office:aut-defence-minister", "2016-01-25", ["person:gerald-klug"]),
    ("office:aut-defence-minister", "2016-01-26", ["person:hans-peter-doskozil"]),
    ("office:aut-defence-minister", "2017-12-17", ["person:hans-peter-doskozil"]),
    ("office:aut-defence-minister", "2017-12-18", ["person:mario-kunasek"]),
    ("office:aut-defence-minister", "2019-05-21", ["person:mario-kunasek"]),
    ("office:aut-defence-minister", "2019-05-22", []),
    ("office:aut-defence-minister", "2019-06-03", ["person:thomas-starlinger"]),
    ("office:aut-defence-minister", "2020-01-06", ["person:thomas-starlinger"]),
    ("office:aut-defence-minister", "2020-01-07", ["person:klaudia-tanner"]),
    # Ireland
    ("office:irl-president", "2011-11-10", ["person:mary-mcaleese"]),
    ("office:irl-president", "2011-11-11", ["person:michael-d-higgins"]),
    ("office:irl-foreign-minister", "2014-07-10", ["person:eamon-gilmore"]),
    ("office:irl-foreign-minister", "2014-07-11", ["person:charles-flanagan"]),
    ("office:irl-foreign-minister", "2017-06-13", ["person:charles-flanagan"]),
    ("office:irl-foreign-minister", "2017-06-14", ["person:simon-coveney"]),
    ("office:irl-foreign-minister", "2022-12-16", ["person:simon-coveney"]),
    ("office:irl-foreign-minister", "2022-12-17", ["person:micheal-martin"]),
    ("office:irl-foreign-minister", "2025-01-22", ["person:micheal-martin"]),
    ("office:irl-foreign-minister", "2025-01-23", ["person:simon-harris"]),
    ("office:irl-defence-minister", "2014-07-11", ["person:simon-coveney"]),
    ("office:irl-defence-minister", "2016-05-05", ["person:simon-coveney"]),
    ("office:irl-defence-minister", "2020-06-27", ["person:simon-coveney"]),
    ("office:irl-defence-minister", "2022-12-17", ["person:micheal-martin"]),
    ("office:irl-defence-minister", "2025-01-23", ["person:simon-harris"]),
    # Malta and Cyprus
    ("office:mlt-prime-minister", "2020-01-12", ["person:joseph-muscat"]),
    ("office:mlt-prime-minister", "2020-01-13", ["person:robert-abela"]),
    ("office:mlt-president", "2019-04-03", ["person:marie-louise-coleiro-preca"]),
    ("office:mlt-president", "2019-04-04", ["person:george-vella"]),
    ("office:mlt-president", "2024-04-03", ["person:george-vella"]),
    ("office:mlt-president", "2024-04-04", ["person:myriam-spiteri-debono"]),
    ("office:cyp-president", "2023-02-27", ["person:nicos-anastasiades"]),
    ("office:cyp-president", "2023-02-28", ["person:nikos-christodoulides"]),
    # the European Commission
    ("office:eu-enlargement-commissioner", "2014-11-01", ["person:johannes-hahn"]),
    ("office:eu-enlargement-commissioner", "2019-11-30", ["person:johannes-hahn"]),
    ("office:eu-enlargement-commissioner", "2019-12-01", ["person:oliver-varhelyi"]),
    ("office:eu-enlargement-commissioner", "2024-11-30", ["person:oliver-varhelyi"]),
    ("office:eu-enlargement-commissioner", "2024-12-01", ["person:marta-kos"]),
    ("office:eu-defence-commissioner", "2024-12-01", ["person:andrius-kubilius"]),
])
def test_holders_at_each_handover(kb, office, on, who):
    assert _who(kb, office, on) == who


@pytest.mark.parametrize("office,first", [
    ("office:che-president", "2014-01-01"),
    ("office:che-foreign-minister", "2014-01-01"),
    ("office:che-defence-minister", "2014-01-01"),
    ("office:aut-foreign-minister", "2014-01-01"),
    ("office:aut-defence-minister", "2014-01-01"),
    ("office:irl-president", "1997-11-11"),
    ("office:irl-foreign-minister", "2014-01-01"),
    ("office:irl-defence-minister", "2014-07-11"),
    ("office:mlt-prime-minister", "2014-01-01"),
    ("office:mlt-president", "2014-04-04"),
    ("office:cyp-president", "2014-01-01"),
    ("office:eu-enlargement-commissioner", "2014-11-01"),
    ("office:eu-defence-commissioner", "2024-12-01"),
])
def test_the_list_is_complete_from_its_first_day(kb, office, first):
    before = (date.fromisoformat(first) - timedelta(days=1)).isoformat()
    assert kb.covers(office, "holds_office", before).covered is False
    assert kb.covers(office, "holds_office", first).covered is True


@pytest.mark.parametrize("office,on,covered", [
    # Austria: an expert (Johann Luif, not listed) held Defence between the FPÖ's exit and Bierlein
    ("office:aut-defence-minister", "2019-05-21", True),
    ("office:aut-defence-minister", "2019-05-22", False),
    ("office:aut-defence-minister", "2019-06-02", False),
    ("office:aut-defence-minister", "2019-06-03", True),
    # Ireland: Paul Kehoe, Minister of State, ran Defence under the Taoiseach
    ("office:irl-defence-minister", "2016-05-05", True),
    ("office:irl-defence-minister", "2016-05-06", False),
    ("office:irl-defence-minister", "2020-06-26", False),
    ("office:irl-defence-minister", "2020-06-27", True),
])
def test_coverage_stops_where_the_list_is_not_sure(kb, office, on, covered):
    assert kb.covers(office, "holds_office", on).covered is covered


def test_namesakes_are_known_by_their_full_names(kb):
    from accord.nlp.extract.name_variants import PersonNames

    names = PersonNames.from_kb(kb)
    # Oman's capital, the ICRC's Peter Maurer, The Centre's Gerhard Pfister, Carmelo Abela, Karmenu
    # Vella, Brittany Higgins, the Greek island, Otto Hahn: a lone word names no one
    for word in ("Muscat", "Maurer", "Pfister", "Abela", "Vella", "Higgins", "Kos", "Hahn"):
        assert names.by_family_name(word) == [], word
    assert names.lookup("Joseph Muscat") == ["person:joseph-muscat"]
    assert names.lookup("Michael D. Higgins") == ["person:michael-d-higgins"]
    assert names.lookup("Ueli Maurer") == ["person:ueli-maurer"]
    # distinctive family names still name their holders
    assert names.by_family_name("Cassis") == ["person:ignazio-cassis"]
    assert names.by_family_name("Tanner") == ["person:klaudia-tanner"]
    assert names.by_family_name("Varhelyi") == ["person:oliver-varhelyi"]


@pytest.mark.parametrize("on,who", [
    ("2001-01-20", ["person:donald-rumsfeld"]),
    ("2006-12-17", ["person:donald-rumsfeld"]),
    ("2006-12-18", ["person:robert-gates"]),
    ("2011-06-30", ["person:robert-gates"]),
    ("2011-07-01", ["person:leon-panetta"]),
    ("2013-02-26", ["person:leon-panetta"]),
    ("2013-02-27", ["person:chuck-hagel"]),
])
def test_us_secretaries_of_defense_from_2001(kb, on, who):
    assert _who(kb, "office:usa-secretary-of-defense", on) == who


def test_us_secretaries_of_defense_are_complete_from_2001(kb):
    assert kb.covers("office:usa-secretary-of-defense", "holds_office", "2001-01-19").covered is False
    assert kb.covers("office:usa-secretary-of-defense", "holds_office", "2001-01-20").covered is True


def test_gates_alone_names_no_one(kb):
    from accord.nlp.extract.name_variants import PersonNames

    names = PersonNames.from_kb(kb)
    assert names.by_family_name("Gates") == []
    assert names.lookup("Robert Gates") == ["person:robert-gates"]
    assert names.by_family_name("Panetta") == ["person:leon-panetta"]
    # a middle initial is read without an alias (an alias would give "Gates" back as a family name)
    assert names.lookup("Robert M. Gates") == ["person:robert-gates"]


@pytest.mark.parametrize("office,on,who", [
    # NATO's Secretaries General before Rasmussen; the acting ones between are gaps
    ("office:nato-secretary-general", "1995-12-05", ["person:javier-solana"]),
    ("office:nato-secretary-general", "1999-10-05", ["person:javier-solana"]),
    ("office:nato-secretary-general", "1999-10-06", []),
    ("office:nato-secretary-general", "1999-10-14", ["person:george-robertson"]),
    ("office:nato-secretary-general", "2003-12-16", ["person:george-robertson"]),
    ("office:nato-secretary-general", "2003-12-17", []),
    ("office:nato-secretary-general", "2004-01-01", ["person:jaap-de-hoop-scheffer"]),
    ("office:nato-secretary-general", "2009-07-31", ["person:jaap-de-hoop-scheffer"]),
    ("office:nato-secretary-general", "2009-08-01", ["person:anders-fogh-rasmussen"]),
    # Germany's foreign ministers from 1998, defence ministers from 2005
    ("office:deu-foreign-minister", "1998-10-27", ["person:joschka-fischer"]),
    ("office:deu-foreign-minister", "2005-11-21", ["person:joschka-fischer"]),
    ("office:deu-foreign-minister", "2005-11-22", ["person:frank-walter-steinmeier"]),
    ("office:deu-foreign-minister", "2009-10-27", ["person:frank-walter-steinmeier"]),
    ("office:deu-foreign-minister", "2009-10-28", ["person:guido-westerwelle"]),
    ("office:deu-foreign-minister", "2013-12-16", ["person:guido-westerwelle"]),
    ("office:deu-foreign-minister", "2013-12-17", ["person:frank-walter-steinmeier"]),
    ("office:deu-defence-minister", "2005-11-22", ["person:franz-josef-jung"]),
    ("office:deu-defence-minister", "2009-10-27", ["person:franz-josef-jung"]),
    ("office:deu-defence-minister", "2009-10-28", ["person:karl-theodor-zu-guttenberg"]),
    ("office:deu-defence-minister", "2011-02-28", ["person:karl-theodor-zu-guttenberg"]),
    ("office:deu-defence-minister", "2011-03-03", ["person:thomas-de-maiziere"]),
    ("office:deu-defence-minister", "2013-12-16", ["person:thomas-de-maiziere"]),
    ("office:deu-defence-minister", "2013-12-17", ["person:ursula-von-der-leyen"]),
])
def test_earlier_holders_at_each_handover(kb, office, on, who):
    assert _who(kb, office, on) == who


@pytest.mark.parametrize("office,first", [
    ("office:nato-secretary-general", "1995-12-05"),
    ("office:deu-foreign-minister", "1998-10-27"),
    ("office:deu-defence-minister", "2005-11-22"),
])
def test_earlier_lists_are_complete_from_their_first_day(kb, office, first):
    before = (date.fromisoformat(first) - timedelta(days=1)).isoformat()
    assert kb.covers(office, "holds_office", before).covered is False
    assert kb.covers(office, "holds_office", first).covered is True


@pytest.mark.parametrize("office,on,covered", [
    ("office:nato-secretary-general", "1999-10-05", True),
    ("office:nato-secretary-general", "1999-10-06", False),
    ("office:nato-secretary-general", "1999-10-13", False),
    ("office:nato-secretary-general", "1999-10-14", True),
    ("office:nato-secretary-general", "2003-12-16", True),
    ("office:nato-secretary-general", "2003-12-17", False),
    ("office:nato-secretary-general", "2003-12-31", False),
    ("office:nato-secretary-general", "2004-01-01", True),
    ("office:deu-defence-minister", "2011-02-28", True),
    ("office:deu-defence-minister", "2011-03-01", False),
    ("office:deu-defence-minister", "2011-03-02", False),
    ("office:deu-defence-minister", "2011-03-03", True),
])
def test_acting_weeks_and_an_unsure_handover_are_gaps(kb, office, on, covered):
    assert kb.covers(office, "holds_office", on).covered is covered


def test_earlier_namesakes(kb):
    from accord.nlp.extract.name_variants import PersonNames

    names = PersonNames.from_kb(kb)
    assert names.by_family_name("Robertson") == ["person:grant-robertson"]
    assert names.lookup("Lord Robertson") == ["person:george-robertson"]
    assert names.by_family_name("Fischer") == ["person:heinz-fischer"]
    assert names.lookup("Joschka Fischer") == ["person:joschka-fischer"]
    assert names.by_family_name("Jung") == []
    assert names.by_family_name("Solana") == ["person:javier-solana"]
