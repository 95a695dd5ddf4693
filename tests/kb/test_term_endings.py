"""kb/data/term_endings.yaml (acts23): how terms of office ended. Each act is tied to a term the
KB lists: its `end` is that term's end (or, for a resignation inside one listed term, the day the
same person was appointed again), so a handover day moved in officials/*.yaml fails here."""

from __future__ import annotations

from accord.reconcile import timecmp

HOW = {"resigned", "dismissed", "impeached", "removed", "no_confidence", "died"}


def _endings(kb):
    return kb.facts(property="term_ended")


def test_every_ending_has_a_closed_kind_a_source_and_its_days(kb):
    endings = _endings(kb)
    assert len(endings) >= 40
    for f in endings:
        assert f.qualifiers.get("how") in HOW, f.origin
        assert f.source.startswith("https://"), f.origin
        assert f.point_in_time is not None and f.point_in_time.precision == "day", f.origin
        assert f.end is not None and timecmp.bounds(f.point_in_time)[0] <= timecmp.bounds(f.end)[0], f.origin


def test_every_ending_ends_a_listed_term(kb):
    for f in _endings(kb):
        terms = kb.facts(subject=f.subject, property="holds_office", value=f.value)
        if f.qualifiers.get("reappointed"):
            # inside one listed term: the act and the new appointment both within it
            day, back = timecmp.bounds(f.point_in_time)[0], timecmp.bounds(f.end)[0]
            assert any(timecmp.bounds(t.start)[0] < day and back < timecmp.bounds(t.end)[0] for t in terms
                       if t.start and t.end), f.origin
        else:
            assert f.end.value in {t.end.value for t in terms if t.end is not None}, f.origin


def test_boundary_days_of_some_endings(kb):
    def one(person, office, how):
        found = [f for f in _endings(kb) if f.subject == person and f.value == office and f.qualifiers["how"] == how]
        assert len(found) == 1
        return found[0].point_in_time.value, found[0].end.value

    assert one("person:david-cameron", "office:gbr-prime-minister", "resigned") == ("2016-06-24", "2016-07-13")
    assert one("person:liz-truss", "office:gbr-prime-minister", "resigned") == ("2022-10-20", "2022-10-25")
    assert one("person:mariano-rajoy", "office:esp-prime-minister", "no_confidence") == ("2018-06-01", "2018-06-02")
    assert one("person:yoon-suk-yeol", "office:kor-president", "impeached") == ("2024-12-14", "2025-04-04")
    assert one("person:yoon-suk-yeol", "office:kor-president", "removed") == ("2025-04-04", "2025-04-04")
    # Conte resigned twice within the one term the KB lists (2018-06-01 to 2021-02-13)
    conte = sorted(f.point_in_time.value for f in _endings(kb) if f.subject == "person:giuseppe-conte")
    assert conte == ["2019-08-20", "2021-01-26"]
