"""Earlier holders added in session 16 (kb24), the predecessors news names ("replaces Alistair
Darling as chancellor", "former defence secretary Geoff Hoon"): the UK's Foreign Secretaries and
Chancellors of the Exchequer from 1997-05-02, its Defence Secretaries from 1999-10-11, and France's
prime ministers from 1997-06-03.

Each handover is tested on the day before and the day of the change (a term ends on the day its
successor's begins), so a date one day off fails a test; each list's coverage on its first day and
the day before; each declared gap on its edges; the namesakes by their full names only."""

from __future__ import annotations

from datetime import date, timedelta

import pytest


def _who(kb, office: str, on: str) -> list[str]:
    return [h.person for h in kb.holders(office, on=on)]


@pytest.mark.parametrize("office,on,who", [
    # the Foreign Secretary
    ("office:gbr-foreign-secretary", "1997-05-02", ["person:robin-cook"]),
    ("office:gbr-foreign-secretary", "2001-06-07", ["person:robin-cook"]),
    ("office:gbr-foreign-secretary", "2001-06-08", ["person:jack-straw"]),
    ("office:gbr-foreign-secretary", "2006-05-04", ["person:jack-straw"]),
    ("office:gbr-foreign-secretary", "2006-05-05", ["person:margaret-beckett"]),
    ("office:gbr-foreign-secretary", "2007-06-26", ["person:margaret-beckett"]),
    ("office:gbr-foreign-secretary", "2007-06-28", ["person:david-miliband"]),
    ("office:gbr-foreign-secretary", "2010-05-10", ["person:david-miliband"]),
    ("office:gbr-foreign-secretary", "2010-05-12", ["person:william-hague"]),
    # the Chancellor of the Exchequer
    ("office:gbr-chancellor-of-the-exchequer", "1997-05-02", ["person:gordon-brown"]),
    ("office:gbr-chancellor-of-the-exchequer", "2007-06-26", ["person:gordon-brown"]),
    ("office:gbr-chancellor-of-the-exchequer", "2007-06-28", ["person:alistair-darling"]),
    ("office:gbr-chancellor-of-the-exchequer", "2010-05-10", ["person:alistair-darling"]),
    ("office:gbr-chancellor-of-the-exchequer", "2010-05-11", ["person:george-osborne"]),
    # the Defence Secretary
    ("office:gbr-defence-secretary", "1999-10-11", ["person:geoff-hoon"]),
    ("office:gbr-defence-secretary", "2005-05-04", ["person:geoff-hoon"]),
    ("office:gbr-defence-secretary", "2005-05-06", ["person:john-reid"]),
    ("office:gbr-defence-secretary", "2006-05-04", ["person:john-reid"]),
    ("office:gbr-defence-secretary", "2006-05-05", ["person:des-browne"]),
    ("office:gbr-defence-secretary", "2008-10-02", ["person:des-browne"]),
    ("office:gbr-defence-secretary", "2008-10-03", ["person:john-hutton"]),
    ("office:gbr-defence-secretary", "2009-06-04", ["person:john-hutton"]),
    ("office:gbr-defence-secretary", "2009-06-05", ["person:bob-ainsworth"]),
    ("office:gbr-defence-secretary", "2010-05-10", ["person:bob-ainsworth"]),
    ("office:gbr-defence-secretary", "2010-05-12", ["person:liam-fox"]),
    ("office:gbr-defence-secretary", "2011-10-13", ["person:liam-fox"]),
    ("office:gbr-defence-secretary", "2011-10-14", ["person:philip-hammond"]),
    # France's prime minister
    ("office:fra-prime-minister", "1997-06-03", ["person:lionel-jospin"]),
    ("office:fra-prime-minister", "2002-05-05", ["person:lionel-jospin"]),
    ("office:fra-prime-minister", "2002-05-06", ["person:jean-pierre-raffarin"]),
    ("office:fra-prime-minister", "2005-05-30", ["person:jean-pierre-raffarin"]),
    ("office:fra-prime-minister", "2005-05-31", ["person:dominique-de-villepin"]),
    ("office:fra-prime-minister", "2007-05-16", ["person:dominique-de-villepin"]),
    ("office:fra-prime-minister", "2007-05-17", ["person:francois-fillon"]),
    ("office:fra-prime-minister", "2012-05-14", ["person:francois-fillon"]),
    ("office:fra-prime-minister", "2012-05-15", ["person:jean-marc-ayrault"]),
])
def test_holders_at_each_handover(kb, office, on, who):
    assert _who(kb, office, on) == who


@pytest.mark.parametrize("office,first", [
    ("office:gbr-foreign-secretary", "1997-05-02"),
    ("office:gbr-chancellor-of-the-exchequer", "1997-05-02"),
    ("office:gbr-defence-secretary", "1999-10-11"),
    ("office:fra-prime-minister", "1997-06-03"),
])
def test_the_list_is_complete_from_its_first_day(kb, office, first):
    before = (date.fromisoformat(first) - timedelta(days=1)).isoformat()
    assert kb.covers(office, "holds_office", before).covered is False
    assert kb.covers(office, "holds_office", first).covered is True


@pytest.mark.parametrize("office,gap_from,gap_until", [
    # a day between two terms, or a handover day the sources give two ways
    ("office:gbr-foreign-secretary", "2007-06-27", "2007-06-28"),
    ("office:gbr-foreign-secretary", "2010-05-11", "2010-05-12"),
    ("office:gbr-chancellor-of-the-exchequer", "2007-06-27", "2007-06-28"),
    ("office:gbr-defence-secretary", "2005-05-05", "2005-05-06"),
    ("office:gbr-defence-secretary", "2010-05-11", "2010-05-12"),
    ("office:fra-prime-minister", "2002-05-06", "2002-05-07"),
    ("office:fra-prime-minister", "2012-05-15", "2012-05-16"),
])
def test_the_uncertain_handover_days_are_gaps(kb, office, gap_from, gap_until):
    day = timedelta(days=1)
    before = (date.fromisoformat(gap_from) - day).isoformat()
    after = (date.fromisoformat(gap_until) + day).isoformat()
    assert kb.covers(office, "holds_office", before).covered is True
    assert kb.covers(office, "holds_office", gap_from).covered is False
    assert kb.covers(office, "holds_office", gap_until).covered is False
    assert kb.covers(office, "holds_office", after).covered is True


def test_namesakes_are_known_by_their_full_names(kb):
    from accord.nlp.extract.name_variants import PersonNames

    names = PersonNames.from_kb(kb)
    # Fox News, Tim Cook, a straw poll, a darling, Harry Reid, the Hutton inquiry, John Browne of
    # BP, Ed Miliband: a lone word names none of the new people
    for word in ("Fox", "Cook", "Straw", "Darling", "Reid", "Browne", "Hutton", "Miliband", "Villepin"):
        assert names.by_family_name(word) == [], word
    assert names.lookup("Liam Fox") == ["person:liam-fox"]
    assert names.lookup("David Miliband") == ["person:david-miliband"]
    assert names.lookup("Ed Miliband") == []
    assert names.lookup("Dominique de Villepin") == ["person:dominique-de-villepin"]
    # distinctive family names still name their holders
    assert names.by_family_name("Hoon") == ["person:geoff-hoon"]
    assert names.by_family_name("Fillon") == ["person:francois-fillon"]
    assert names.by_family_name("Jospin") == ["person:lionel-jospin"]
    assert names.lookup("Francois Fillon") == ["person:francois-fillon"]


@pytest.mark.parametrize("office,on,who", [
    ("office:usa-vice-president", "2001-01-20", ["person:dick-cheney"]),
    ("office:usa-vice-president", "2009-01-19", ["person:dick-cheney"]),
    ("office:usa-vice-president", "2009-01-20", ["person:joe-biden"]),
    ("office:rus-president", "2008-05-06", ["person:vladimir-putin"]),
    ("office:rus-president", "2008-05-07", ["person:dmitry-medvedev"]),
    ("office:rus-president", "2012-05-06", ["person:dmitry-medvedev"]),
    ("office:rus-president", "2012-05-07", ["person:vladimir-putin"]),
    ("office:dnk-prime-minister", "2001-11-27", ["person:anders-fogh-rasmussen"]),
    ("office:dnk-prime-minister", "2009-04-04", ["person:anders-fogh-rasmussen"]),
    ("office:dnk-prime-minister", "2009-04-05", ["person:lars-lokke-rasmussen"]),
    ("office:dnk-prime-minister", "2011-10-02", ["person:lars-lokke-rasmussen"]),
    ("office:dnk-prime-minister", "2011-10-03", ["person:helle-thorning-schmidt"]),
    ("office:nor-prime-minister", "2001-10-18", ["person:jens-stoltenberg"]),
    ("office:nor-prime-minister", "2001-10-19", ["person:kjell-magne-bondevik"]),
    ("office:nor-prime-minister", "2005-10-16", ["person:kjell-magne-bondevik"]),
    ("office:nor-prime-minister", "2005-10-17", ["person:jens-stoltenberg"]),
    ("office:deu-finance-minister", "1999-04-12", ["person:hans-eichel"]),
    ("office:deu-finance-minister", "2005-11-21", ["person:hans-eichel"]),
    ("office:deu-finance-minister", "2005-11-22", ["person:peer-steinbrueck"]),
    ("office:deu-finance-minister", "2009-10-27", ["person:peer-steinbrueck"]),
    ("office:deu-finance-minister", "2009-10-28", ["person:wolfgang-schaeuble"]),
    ("office:tur-foreign-minister", "2003-03-14", ["person:abdullah-gul"]),
    ("office:tur-foreign-minister", "2007-08-27", ["person:abdullah-gul"]),
    ("office:tur-foreign-minister", "2007-08-29", ["person:ali-babacan"]),
    ("office:tur-foreign-minister", "2009-04-30", ["person:ali-babacan"]),
    ("office:tur-foreign-minister", "2009-05-01", ["person:ahmet-davutoglu"]),
    ("office:ita-foreign-minister", "2008-05-08", ["person:franco-frattini"]),
    ("office:ita-foreign-minister", "2011-11-15", ["person:franco-frattini"]),
    ("office:ita-foreign-minister", "2011-11-18", ["person:giulio-terzi"]),
    ("office:ita-foreign-minister", "2013-03-25", ["person:giulio-terzi"]),
    ("office:ita-defence-minister", "2011-11-15", ["person:ignazio-la-russa"]),
    ("office:ita-defence-minister", "2011-11-16", ["person:giampaolo-di-paola"]),
    ("office:ita-defence-minister", "2013-04-27", ["person:giampaolo-di-paola"]),
    ("office:ita-defence-minister", "2013-04-28", ["person:mario-mauro"]),
    ("office:fra-foreign-minister", "2007-05-18", ["person:bernard-kouchner"]),
    ("office:fra-foreign-minister", "2010-11-13", ["person:bernard-kouchner"]),
    ("office:fra-foreign-minister", "2010-11-14", ["person:michele-alliot-marie"]),
    ("office:fra-foreign-minister", "2011-02-26", ["person:michele-alliot-marie"]),
    ("office:fra-foreign-minister", "2011-02-27", ["person:alain-juppe"]),
    ("office:fra-foreign-minister", "2012-05-15", ["person:alain-juppe"]),
    ("office:fra-foreign-minister", "2012-05-16", ["person:laurent-fabius"]),
    ("office:fra-defence-minister", "2007-05-18", ["person:herve-morin"]),
    ("office:fra-defence-minister", "2010-11-14", ["person:alain-juppe"]),
    ("office:fra-defence-minister", "2011-02-27", ["person:gerard-longuet"]),
    ("office:fra-defence-minister", "2012-05-15", ["person:gerard-longuet"]),
    ("office:fra-defence-minister", "2012-05-16", ["person:jean-yves-le-drian"]),
    ("office:nld-foreign-minister", "2010-10-14", ["person:uri-rosenthal"]),
    ("office:nld-foreign-minister", "2012-11-04", ["person:uri-rosenthal"]),
    ("office:nld-foreign-minister", "2012-11-05", ["person:frans-timmermans"]),
    ("office:nld-defence-minister", "2012-11-04", ["person:hans-hillen"]),
    ("office:nld-defence-minister", "2012-11-05", ["person:jeanine-hennis-plasschaert"]),
])
def test_the_second_batch_at_each_handover(kb, office, on, who):
    assert _who(kb, office, on) == who


@pytest.mark.parametrize("office,first", [
    ("office:usa-vice-president", "2001-01-20"),
    ("office:rus-president", "2000-05-07"),
    ("office:dnk-prime-minister", "2001-11-27"),
    ("office:nor-prime-minister", "2000-03-17"),
    ("office:deu-finance-minister", "1999-04-12"),
    ("office:tur-foreign-minister", "2003-03-14"),
    ("office:ita-foreign-minister", "2008-05-08"),
    ("office:ita-defence-minister", "2008-05-08"),
    ("office:fra-foreign-minister", "2007-05-18"),
    ("office:fra-defence-minister", "2007-05-18"),
    ("office:nld-foreign-minister", "2010-10-14"),
    ("office:nld-defence-minister", "2010-10-14"),
    # lists whose first holder was already listed: complete from that holder's first day
    ("office:esp-foreign-minister", "2011-12-22"),
    ("office:esp-defence-minister", "2011-12-22"),
    ("office:pol-foreign-minister", "2007-11-16"),
    ("office:pol-defence-minister", "2011-08-02"),
    ("office:tur-defence-minister", "2011-07-06"),
    ("office:swe-prime-minister", "2006-10-06"),
    ("office:swe-foreign-minister", "2006-10-06"),
    ("office:jpn-foreign-minister", "2012-12-26"),
    ("office:jpn-defence-minister", "2012-12-26"),
    ("office:jpn-finance-minister", "2012-12-26"),
    ("office:can-foreign-minister", "2011-05-18"),
    ("office:can-defence-minister", "2013-07-15"),
    ("office:bel-foreign-minister", "2011-12-06"),
    ("office:bel-defence-minister", "2007-12-21"),
    ("office:cze-prime-minister", "2013-07-10"),
    ("office:cze-foreign-minister", "2013-07-10"),
    ("office:cze-defence-minister", "2013-07-10"),
])
def test_the_second_batch_is_complete_from_its_first_day(kb, office, first):
    before = (date.fromisoformat(first) - timedelta(days=1)).isoformat()
    assert kb.covers(office, "holds_office", before).covered is False
    assert kb.covers(office, "holds_office", first).covered is True
    assert _who(kb, office, first) != []


@pytest.mark.parametrize("office,gap_from,gap_until", [
    ("office:tur-foreign-minister", "2007-08-28", "2007-08-28"),
    ("office:ita-foreign-minister", "2011-11-16", "2011-11-17"),
    ("office:ita-foreign-minister", "2013-03-26", "2013-04-27"),
])
def test_the_second_batch_gaps(kb, office, gap_from, gap_until):
    test_the_uncertain_handover_days_are_gaps(kb, office, gap_from, gap_until)


def test_the_second_batch_namesakes(kb):
    from accord.nlp.extract.name_variants import PersonNames

    names = PersonNames.from_kb(kb)
    # Liz Cheney; Uri Rosenthal's common family name; Morin (Edgar Morin and many others)
    for word in ("Cheney", "Rosenthal", "Morin"):
        assert names.by_family_name(word) == [], word
    assert names.lookup("Dick Cheney") == ["person:dick-cheney"]
    assert names.lookup("Liz Cheney") == []
    # "Rasmussen" alone is both Danish prime ministers' (no one in particular), as before kb24
    assert names.by_family_name("Rasmussen") == ["person:anders-fogh-rasmussen", "person:lars-lokke-rasmussen"]
    assert names.lookup("Giulio Terzi") == ["person:giulio-terzi"]
    assert names.by_family_name("Steinbrück") == ["person:peer-steinbrueck"]
