"""Every state, organisation, person, office, place and event named in the seeds (and in the
sample corpus) is known to the KB. The seeds are read from ../shared at test time."""

from __future__ import annotations

import pytest

SEED_NAMES = {
    "NATO": "org:NATO", "Nato": "org:NATO", "New Zealand": "state:NZL", "New Zealander": "state:NZL",
    "Piers Cazalet": "person:piers-cazalet", "Newshub Nation": "org:newshub-nation", "China": "state:CHN",
    "Russia": "state:RUS", "Jacinda Ardern": "person:jacinda-ardern", "Australia": "state:AUS", "Japan": "state:JPN",
    "Republic of Korea": "state:KOR", "Korea": "state:KOR", "Asia-Pacific partners": "org:IP4", "Asia-Pacific 4": "org:IP4",
    "Jens Stoltenberg": "person:jens-stoltenberg", "Nanaia Mahuta": "person:nanaia-mahuta", "Spain": "state:ESP",
    "Simon Shepherd": "person:simon-shepherd", "Hong Kong": "state:HKG", "Taiwan": "state:TWN", "Ukraine": "state:UKR",
    "Moscow": "place:moscow", "Europe": None, "Putin": "person:vladimir-putin", "Chris Hipkins": "person:chris-hipkins",
    "Lithuania": "state:LTU", "Vilnius": "place:vilnius", "Afghanistan": "state:AFG", "Finland": "state:FIN",
    "South Korean": "state:KOR", "Benedetta Berti": "person:benedetta-berti", "Wellington": "place:wellington",
    "Robert Patman": "person:robert-patman", "Otago University": "org:university-of-otago", "United States": "state:USA",
    "Brussels": "place:brussels", "European Union": "org:EU", "Josep Borrell": "person:josep-borrell",
    "Antony Blinken": "person:antony-blinken", "Dmytro Kuleba": "person:dmytro-kuleba", "Germany": "state:DEU",
    "Norway": "state:NOR", "Stuff": "org:stuff", "ROBERT KITCHIN": "person:robert-kitchin", "Ukrainians": "state:UKR",
}
SEED_OFFICES = [
    ("NATO Secretary-General", "office:nato-secretary-general"), ("NATO General Secretary", "office:nato-secretary-general"),
    ("US Secretary of State", "office:usa-secretary-of-state"), ("Ukraine Foreign Minister", "office:ukr-foreign-minister"),
    ("NATO deputy spokesperson", "office:nato-deputy-spokesperson"),
    ("European Union foreign policy high representative", "office:eu-high-representative"),
]
SAMPLE_NAMES = [
    "Anthony Albanese", "Fumio Kishida", "Yoon Suk Yeol", "Pekka Haavisto", "Sauli Niinistö", "Sanna Marin",
    "Recep Tayyip Erdoğan", "Volodymyr Zelensky", "Christopher Luxon", "Winston Peters", "Turkey", "Hungary", "Ankara",
    "Madrid", "Washington", "Netherlands", "Sweden", "Japanese", "Australian", "Antony Blinken", "Jacinda Ardern",
]


@pytest.mark.shared
def test_seed_names_resolve(kb, seeds):
    text = " ".join(p.read_text(encoding="utf-8") for p in seeds.values())
    for name, expected in SEED_NAMES.items():
        assert name in text, f"{name!r} is not in the seeds any more"
        if expected is not None:
            assert [e.id for e in kb.resolve(name)] == [expected], name


@pytest.mark.shared
def test_seed_offices_resolve(kb, seeds):
    text = " ".join(p.read_text(encoding="utf-8") for p in seeds.values()).replace("\u2019", "'")
    for phrase, expected in SEED_OFFICES:
        assert phrase.casefold() in text.casefold(), phrase
        assert [e.id for e in kb.resolve(phrase)] == [expected], phrase


def test_sample_names_resolve(kb, samples_dir):
    files = sorted(samples_dir.glob("*.txt"))
    assert files, f"no sample articles in {samples_dir}"
    text = " ".join(p.read_text(encoding="utf-8") for p in files)
    present = [n for n in SAMPLE_NAMES if n in text]
    assert len(present) >= len(SAMPLE_NAMES) // 2
    for name in present:
        assert len(kb.resolve(name)) == 1, name


def test_seed_facts_the_verifier_needs(kb):
    # the partnership began in 2012 (the seeds say 2021), the Madrid summit dates, the invasion date
    (partner,) = kb.facts(subject="state:NZL", property="partner_of", value="org:NATO")
    assert partner.start.value == "2012-06-04"
    (madrid,) = kb.facts(subject="summit:nato-2022-madrid", property="took_place_on")
    assert (madrid.start.value, madrid.end.value) == ("2022-06-28", "2022-06-30")
    assert [f.point_in_time.value for f in kb.facts(subject="state:RUS", property="invaded", value="state:UKR")] == ["2022-02-24", "2014-02"]
    assert kb.facts(subject="state:NZL", property="contributed_to", value="event:nato-isaf")
    assert kb.facts(subject="state:FIN", property="joined", value="org:NATO")[0].point_in_time.value == "2023-04-04"
