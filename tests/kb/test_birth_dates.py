"""A person's day of birth (session 12, age19): the `born` line of a person's entry, read into a
`born_on` fact that claims/person_ages.py checks an age against."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from accord.kb import DATA_DIR, build
from accord.kb.schema import EntityRecord

BORN = {"day": "1967-02-14", "source": "https://en.wikipedia.org/wiki/Mark_Rutte", "as_of": "2026-12-07"}


def test_a_person_carries_a_day_of_birth():
    record = EntityRecord.model_validate({"id": "person:jane-roe", "name": "Jane Roe", "born": BORN})
    assert record.born is not None and record.born.day == "1967-02-14"


@pytest.mark.parametrize("entity, born", [
    ({"id": "state:NZL"}, BORN),  # people only
    ({"id": "person:jane-roe", "name": "Jane Roe"}, {**BORN, "day": "1967-02"}),  # a full day only
    ({"id": "person:jane-roe", "name": "Jane Roe"}, {**BORN, "day": "1967"}),
    ({"id": "person:jane-roe", "name": "Jane Roe"}, {**BORN, "source": "wikipedia"}),  # a URL
    ({"id": "person:jane-roe", "name": "Jane Roe"}, {"day": "1967-02-14", "source": BORN["source"]}),  # as_of
])
def test_a_wrong_born_line_is_refused(entity, born):
    with pytest.raises(ValidationError):
        EntityRecord.model_validate({**entity, "born": born})


def test_the_loader_makes_a_born_on_fact(user_dir):
    folder = user_dir({"people.yaml": {"entities": [{"id": "person:jane-roe", "name": "Jane Roe", "born": BORN}]}})
    kb = build([DATA_DIR, folder])
    facts = kb.facts(subject="person:jane-roe", property="born_on")
    assert len(facts) == 1
    assert facts[0].point_in_time.value == "1967-02-14" and facts[0].point_in_time.precision == "day"
    assert facts[0].source == BORN["source"] and facts[0].layer == str(folder)


def test_the_bundled_days_of_birth(kb):
    facts = kb.facts(property="born_on")
    assert len(facts) >= 464  # 165 (age19, kb22) + 299 (age23)
    assert all(f.subject.startswith("person:") and f.point_in_time.precision == "day" for f in facts)
    assert all(f.source.startswith("https://en.wikipedia.org/wiki/") for f in facts)
    assert len({f.subject for f in facts}) == len(facts)  # one day each
    rutte = kb.facts(subject="person:mark-rutte", property="born_on")
    assert [f.value for f in rutte] == ["1967-02-14"]
    assert not kb.facts(subject="person:hulusi-akar", property="born_on")  # his pages disagree on the day
    for out in ("person:shinzo-abe", "person:giorgio-napolitano", "person:ash-carter",  # the deceased
                "person:tamas-sulyok", "person:wang-yi", "person:li-qiang"):  # no sure day
        assert not kb.facts(subject=out, property="born_on")
    # age23: the holders added in session 15 (a day each, pinned)
    for person, day in (("person:alar-karis", "1958-03-26"), ("person:christian-stocker", "1960-03-20"),
                        ("person:kersti-kaljulaid", "1969-12-30"), ("person:anita-anand", "1967-05-20")):
        assert [f.value for f in kb.facts(subject=person, property="born_on")] == [day]
