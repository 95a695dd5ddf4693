"""The officials of issue 13 item 5: heads of state and government, foreign and defence
ministers of every NATO member, the Indo-Pacific four and the states most in the news. Sampled
offices are checked at a change-over day (the successor holds the office on the day the
predecessor's term ends, the predecessor the day before); acting holders, vacancies and gaps;
names in the forms English news uses. That every covered office has one holder on every day of
its coverage is tested for all offices in test_data_files.py."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from accord.kb import queries

STATES = {"ALB", "BEL", "BGR", "CAN", "HRV", "CZE", "DNK", "EST", "FIN", "FRA", "DEU", "GRC", "HUN", "ISL",
          "ITA", "LVA", "AUS", "JPN", "KOR", "NZL", "LTU", "LUX", "MNE", "NLD", "MKD", "NOR", "POL", "PRT",
          "ROU", "SVK", "SVN", "ESP", "SWE", "TUR", "GBR", "USA", "UKR", "GEO", "MDA", "RUS", "CHN", "IND"}
HEADS = {"head_of_state", "monarch", "head_of_state_and_government"}


def _people(kb, office: str, on: str) -> list[str]:
    return [h.person for h in queries.holders(kb, office, on=on)]


@pytest.mark.parametrize("office,day,before,after", [

    # the audit's gaps
    ("office:jpn-foreign-minister", "2021-11-04", "person:toshimitsu-motegi", "person:fumio-kishida"),
    ("office:jpn-foreign-minister", "2021-11-10", "person:fumio-kishida", "person:yoshimasa-hayashi"),
    ("office:kor-president", "2025-04-04", "person:yoon-suk-yeol", "person:han-duck-soo"),
    ("office:kor-president", "2025-05-01", "person:han-duck-soo", "person:choi-sang-mok"),
    ("office:kor-president", "2025-05-02", "person:choi-sang-mok", "person:lee-ju-ho"),
    ("office:kor-president", "2025-06-04", "person:lee-ju-ho", "person:lee-jae-myung"),
    ("office:kor-foreign-minister", "2021-02-09", "person:kang-kyung-wha", "person:chung-eui-yong"),
    ("office:kor-foreign-minister", "2022-05-12", "person:chung-eui-yong", "person:park-jin"),
    ("office:nzl-leader-of-the-opposition", "2021-11-25", "person:judith-collins", "person:shane-reti"),
    ("office:nzl-leader-of-the-opposition", "2021-11-30", "person:shane-reti", "person:christopher-luxon"),
    ("office:aus-deputy-prime-minister", "2021-06-22", "person:michael-mccormack", "person:barnaby-joyce"),
    ("office:aus-deputy-prime-minister", "2018-02-26", "person:barnaby-joyce", "person:michael-mccormack"),
    # samples
    ("office:jpn-emperor", "2019-05-01", "person:akihito", "person:naruhito"),
    ("office:jpn-defence-minister", "2017-07-28", "person:tomomi-inada", "person:fumio-kishida"),
    ("office:jpn-defence-minister", "2025-10-21", "person:gen-nakatani", "person:shinjiro-koizumi"),
    ("office:kor-defence-minister", "2023-10-07", "person:lee-jong-sup", "person:shin-won-sik"),
    ("office:nzl-prime-minister", "2016-12-12", "person:john-key", "person:bill-english"),
    ("office:nzl-defence-minister", "2023-11-27", "person:andrew-little", "person:judith-collins"),
    ("office:nzl-monarch", "2022-09-08", "person:elizabeth-ii", "person:charles-iii"),
    ("office:aus-prime-minister", "2015-09-15", "person:tony-abbott", "person:malcolm-turnbull"),
    ("office:aus-defence-minister", "2021-03-30", "person:linda-reynolds", "person:peter-dutton"),
    ("office:fra-prime-minister", "2017-05-15", "person:bernard-cazeneuve", "person:edouard-philippe"),
    ("office:fra-prime-minister", "2020-07-03", "person:edouard-philippe", "person:jean-castex"),
    ("office:deu-defence-minister", "2023-01-19", "person:christine-lambrecht", "person:boris-pistorius"),
    ("office:ita-president", "2015-02-03", "person:pietro-grasso", "person:sergio-mattarella"),
    ("office:can-defence-minister", "2025-05-13", "person:bill-blair", "person:david-mcguinty"),
    ("office:fin-prime-minister", "2019-12-10", "person:antti-rinne", "person:sanna-marin"),
    ("office:bel-defence-minister", "2018-12-09", "person:sander-loones", "person:didier-reynders"),
    ("office:cze-foreign-minister", "2021-04-12", "person:tomas-petricek", "person:jan-hamacek"),
    ("office:dnk-defence-minister", "2022-02-04", "person:trine-bramsen", "person:morten-bodskov"),
    ("office:dnk-monarch", "2024-01-14", "person:margrethe-ii", "person:frederik-x"),
    ("office:est-prime-minister", "2024-07-23", "person:kaja-kallas", "person:kristen-michal"),
    ("office:hun-president", "2024-03-05", "person:laszlo-kover", "person:tamas-sulyok"),
    ("office:isl-foreign-minister", "2023-10-14", "person:thordis-kolbrun-reykfjord-gylfadottir", "person:bjarni-benediktsson"),
    ("office:lva-foreign-minister", "2023-07-08", "person:edgars-rinkevics", "person:krisjanis-karins"),
    ("office:grc-prime-minister", "2023-06-26", "person:ioannis-sarmas", "person:kyriakos-mitsotakis"),
    ("office:bgr-defence-minister", "2022-03-01", "person:stefan-yanev", "person:dragomir-zakov"),
    ("office:alb-president", "2022-07-24", "person:ilir-meta", "person:bajram-begaj"),

    ("office:usa-secretary-of-state", "2021-01-20", "person:mike-pompeo", "person:daniel-bennett-smith"),
    ("office:usa-secretary-of-state", "2021-01-26", "person:daniel-bennett-smith", "person:antony-blinken"),
    ("office:usa-secretary-of-state", "2025-01-20", "person:antony-blinken", "person:lisa-kenna"),
    ("office:usa-secretary-of-state", "2025-01-21", "person:lisa-kenna", "person:marco-rubio"),
    ("office:usa-secretary-of-defense", "2025-01-25", "person:robert-salesses", "person:pete-hegseth"),
    ("office:gbr-monarch", "2022-09-08", "person:elizabeth-ii", "person:charles-iii"),
    ("office:gbr-defence-secretary", "2023-08-31", "person:ben-wallace", "person:grant-shapps"),
    ("office:pol-foreign-minister", "2023-11-27", "person:zbigniew-rau", "person:szymon-szynkowski-vel-sek"),
    ("office:pol-foreign-minister", "2023-12-13", "person:szymon-szynkowski-vel-sek", "person:radoslaw-sikorski"),
    ("office:pol-foreign-minister", "2018-01-09", "person:witold-waszczykowski", "person:jacek-czaputowicz"),
    ("office:pol-president", "2025-08-06", "person:andrzej-duda", "person:karol-nawrocki"),
    ("office:esp-foreign-minister", "2019-11-30", "person:josep-borrell", "person:margarita-robles"),
    ("office:esp-foreign-minister", "2020-01-13", "person:margarita-robles", "person:arancha-gonzalez-laya"),
    ("office:esp-monarch", "2014-06-19", "person:juan-carlos-i", "person:felipe-vi"),
    ("office:ukr-foreign-minister", "2024-09-05", "person:dmytro-kuleba", "person:andrii-sybiha"),
    ("office:ukr-foreign-minister", "2019-08-29", "person:pavlo-klimkin", "person:vadym-prystaiko"),
    ("office:ukr-foreign-minister", "2020-03-04", "person:vadym-prystaiko", "person:dmytro-kuleba"),
    ("office:ukr-prime-minister", "2020-03-04", "person:oleksiy-honcharuk", "person:denys-shmyhal"),
    ("office:ukr-defence-minister", "2025-07-17", "person:rustem-umerov", "person:denys-shmyhal"),
    ("office:swe-foreign-minister", "2022-10-18", "person:ann-linde", "person:tobias-billstrom"),
    ("office:swe-foreign-minister", "2024-09-10", "person:tobias-billstrom", "person:maria-malmer-stenergard"),
    ("office:rou-president", "2014-12-21", "person:traian-basescu", "person:klaus-iohannis"),
    ("office:rou-president", "2025-02-12", "person:klaus-iohannis", "person:ilie-bolojan"),
    ("office:rou-president", "2025-05-26", "person:ilie-bolojan", "person:nicusor-dan"),
    ("office:chn-foreign-minister", "2023-07-25", "person:qin-gang", "person:wang-yi"),
    ("office:tur-foreign-minister", "2015-11-24", "person:feridun-sinirlioglu", "person:mevlut-cavusoglu"),
    ("office:nor-defence-minister", "2025-02-04", "person:bjorn-arild-gram", "person:tore-o-sandvik"),
    ("office:ltu-defence-minister", "2024-03-26", "person:arvydas-anusauskas", "person:laurynas-kasciunas"),
    ("office:lux-monarch", "2025-10-03", "person:grand-duke-henri", "person:grand-duke-guillaume"),
    ("office:svk-president", "2024-06-15", "person:zuzana-caputova", "person:peter-pellegrini"),
    ("office:ind-president", "2022-07-25", "person:ram-nath-kovind", "person:droupadi-murmu"),
    # issue 12: heads of states real alliance news names, and the White House press secretary
    ("office:usa-press-secretary", "2022-05-13", "person:jen-psaki", "person:karine-jean-pierre"),
    ("office:usa-press-secretary", "2025-01-20", "person:karine-jean-pierre", "person:karoline-leavitt"),
    ("office:slb-prime-minister", "2024-05-02", "person:manasseh-sogavare", "person:jeremiah-manele"),
    ("office:slb-prime-minister", "2019-04-24", "person:rick-houenipwela", "person:manasseh-sogavare"),
    ("office:tun-president", "2019-10-23", "person:mohamed-ennaceur", "person:kais-saied"),
    ("office:phl-president", "2022-06-30", "person:rodrigo-duterte", "person:ferdinand-marcos-jr"),
    ("office:idn-president", "2024-10-20", "person:joko-widodo", "person:prabowo-subianto"),
    ("office:twn-president", "2024-05-20", "person:tsai-ing-wen", "person:lai-ching-te"),
    ("office:sgp-prime-minister", "2024-05-15", "person:lee-hsien-loong", "person:lawrence-wong"),
    ("office:isr-prime-minister", "2021-06-13", "person:benjamin-netanyahu", "person:naftali-bennett"),
    ("office:isr-prime-minister", "2022-12-29", "person:yair-lapid", "person:benjamin-netanyahu"),
    ("office:aut-chancellor", "2021-12-06", "person:alexander-schallenberg", "person:karl-nehammer"),
    ("office:irl-taoiseach", "2024-04-09", "person:leo-varadkar", "person:simon-harris"),
    ("office:srb-president", "2017-05-31", "person:tomislav-nikolic", "person:aleksandar-vucic"),
    ("office:eu-council-president", "2019-12-01", "person:donald-tusk", "person:charles-michel"),
    ("office:eu-commission-president", "2019-12-01", "person:jean-claude-juncker", "person:ursula-von-der-leyen"),
    ("office:eu-high-representative", "2014-11-01", "person:catherine-ashton", "person:federica-mogherini"),
    ("office:un-secretary-general", "2017-01-01", "person:ban-ki-moon", "person:antonio-guterres"),
])
def test_change_over_day(kb, office, day, before, after):
    previous = (date.fromisoformat(day) - timedelta(days=1)).isoformat()
    assert _people(kb, office, previous) == [before]
    assert _people(kb, office, day) == [after]


def test_acting_holders_are_marked_acting(kb):
    (lee,) = queries.holders(kb, "office:kor-president", on="2025-05-20")
    assert lee.fact.qualifiers.get("acting") is True
    (reti,) = queries.holders(kb, "office:nzl-leader-of-the-opposition", on="2021-11-27")
    assert reti.fact.qualifiers.get("acting") is True
    (moon,) = queries.holders(kb, "office:kor-president", on="2020-01-01")
    assert not moon.fact.qualifiers.get("acting")


def test_defence_minister_gap_after_the_australian_election(kb):
    # the interim ministry of 2022-05-23 had five members; Marles was sworn in for Defence on 06-01
    assert _people(kb, "office:aus-defence-minister", "2022-05-22") == ["person:peter-dutton"]
    assert _people(kb, "office:aus-defence-minister", "2022-05-25") == []
    assert _people(kb, "office:aus-defence-minister", "2022-06-01") == ["person:richard-marles"]


def test_croatian_defence_minister_gap_after_banozic(kb):
    # relieved of duty on 2023-11-11; Anušić sworn in on 2023-11-16: nobody recorded in between
    assert _people(kb, "office:hrv-defence-minister", "2023-11-10") == ["person:mario-banozic"]
    assert _people(kb, "office:hrv-defence-minister", "2023-11-15") == []
    assert _people(kb, "office:hrv-defence-minister", "2023-11-16") == ["person:ivan-anusic"]


@pytest.mark.parametrize("name,person", [
    ("Kishida Fumio", "person:fumio-kishida"), ("Koizumi Shinjiro", "person:shinjiro-koizumi"),
    ("Orbán Viktor", "person:viktor-orban"), ("Szijjarto Peter", "person:peter-szijjarto"),
    ("Andrej Plenkovic", "person:andrej-plenkovic"), ("Lars Lokke Rasmussen", "person:lars-lokke-rasmussen"),
    ("Han Duck-soo", "person:han-duck-soo"),
])
def test_name_forms_english_news_uses_resolve(kb, name, person):
    assert [e.id for e in kb.resolve(name)] == [person]


def test_acting_secretaries_are_marked_acting(kb):
    (smith,) = queries.holders(kb, "office:usa-secretary-of-state", on="2021-01-22")
    assert smith.fact.qualifiers.get("acting") is True
    (blinken,) = queries.holders(kb, "office:usa-secretary-of-state", on="2022-01-01")
    assert not blinken.fact.qualifiers.get("acting")


def test_vacancies_and_abolished_offices_have_no_holder(kb):
    # China had no defence minister between Li Shangfu's removal and Dong Jun's appointment
    assert _people(kb, "office:chn-defence-minister", "2023-10-23") == ["person:li-shangfu"]
    assert _people(kb, "office:chn-defence-minister", "2023-12-01") == []
    assert _people(kb, "office:chn-defence-minister", "2023-12-29") == ["person:dong-jun"]
    # Turkey's office of Prime Minister ended with the presidential system
    assert _people(kb, "office:tur-prime-minister", "2018-07-08") == ["person:binali-yildirim"]
    assert _people(kb, "office:tur-prime-minister", "2018-07-09") == []


@pytest.mark.parametrize("name,expected", [
    ("Klaus Johannis", "person:klaus-iohannis"), ("Iohannis", "person:klaus-iohannis"),
    ("Tobias Billstrom", "person:tobias-billstrom"), ("Szymon Szynkowski vel Sek", "person:szymon-szynkowski-vel-sek"),
    ("US Defense Secretary", "office:usa-secretary-of-defense"), ("British Defence Secretary", "office:gbr-defence-secretary"),
    ("Indian External Affairs Minister", "office:ind-foreign-minister"), ("Wang Yi", "person:wang-yi"),
])
def test_names_resolve(kb, name, expected):
    assert [e.id for e in kb.resolve(name)] == [expected]


def test_poland_foreign_minister_gap_has_no_holder(kb):
    # Czaputowicz resigned on 2020-08-20, Rau was sworn in on 2020-08-26: a declared gap
    assert _people(kb, "office:pol-foreign-minister", "2020-08-19") == ["person:jacek-czaputowicz"]
    assert _people(kb, "office:pol-foreign-minister", "2020-08-22") == []
    assert _people(kb, "office:pol-foreign-minister", "2020-08-26") == ["person:zbigniew-rau"]


def test_every_state_has_its_offices(kb):
    kinds: dict[str, set[str]] = {}
    for office in kb.entities("office"):
        state = str(office.attrs.get("jurisdiction", "")).removeprefix("state:")
        if state in STATES:
            kinds.setdefault(state, set()).add(office.attrs["kind"])
    for state in STATES:
        got = kinds.get(state, set())
        assert got & HEADS and "foreign_minister" in got, state
        assert "head_of_government" in got or "head_of_state_and_government" in got, state
        if state != "ISL":  # Iceland has no armed forces and no defence minister
            assert "defence_minister" in got, state
