"""The sizes of parliaments in the KB (seat25, session 17): kb/data/legislatures.yaml's
`legislature_seats` facts (chamber -> seats), each chamber's names and its state."""

from __future__ import annotations

from accord.reconcile import timecmp


def _sizes_on(kb, chamber: str, day: str) -> list[str]:
    return sorted(f.value for f in kb.facts(subject=chamber, property="legislature_seats")
                  if timecmp.active_on(f.start, f.end, day))


def test_every_chamber_has_a_state_a_kind_and_a_source(kb):
    facts = kb.facts(property="legislature_seats")
    chambers = {f.subject for f in facts}
    assert 45 <= len(chambers) <= 60
    for f in facts:
        assert f.value.isdigit() and 50 <= int(f.value) <= 800 or f.subject.endswith(("senate", "-chamber")), f
        assert f.source.startswith("https://en.wikipedia.org/wiki/"), f.subject
    for chamber in chambers - {"org:european-parliament"}:
        attrs = kb.entity(chamber).attrs
        assert attrs["kind"] == "legislature" and kb.has(attrs["state"]), chamber
        assert attrs["chamber"] in ("lower", "upper", "sole"), chamber


def test_no_two_sizes_of_a_chamber_overlap(kb):
    facts = kb.facts(property="legislature_seats")
    for chamber in {f.subject for f in facts}:
        mine = sorted((f for f in facts if f.subject == chamber), key=lambda f: timecmp.bounds(f.start)[0])
        for a, b in zip(mine, mine[1:]):
            assert a.end is not None and timecmp.last_day(a.end) < timecmp.bounds(b.start)[0], chamber


def test_the_names_of_their_own_name_one_chamber(kb):
    for name, chamber in [("Bundestag", "legislature:bundestag"), ("Sejm", "legislature:sejm"), ("Knesset", "legislature:knesset"),
                          ("Storting", "legislature:storting"), ("Verkhovna Rada", "legislature:verkhovna-rada"),
                          ("Rada", "legislature:verkhovna-rada"), ("Riksdag", "legislature:riksdag"), ("Dáil", "legislature:dail")]:
        assert [e.id for e in kb.resolve(name)] == [chamber], name


def test_the_bundestag_at_its_boundary_days(kb):
    b = "legislature:bundestag"
    assert _sizes_on(kb, b, "2017-10-23") == []          # between the election and the first sitting
    assert _sizes_on(kb, b, "2017-10-24") == ["709"]
    assert _sizes_on(kb, b, "2021-09-25") == ["709"]
    assert _sizes_on(kb, b, "2021-09-26") == []          # election day: the old house is on its way out
    assert _sizes_on(kb, b, "2021-10-26") == ["736"]
    assert _sizes_on(kb, b, "2023-02-28") == ["736"]
    assert _sizes_on(kb, b, "2023-03-01") == []          # the reform to 630 on its way: news gave both
    assert _sizes_on(kb, b, "2025-03-24") == []
    assert _sizes_on(kb, b, "2025-03-25") == ["630"]


def test_the_european_parliament_and_italy_at_their_boundary_days(kb):
    ep = "org:european-parliament"
    assert _sizes_on(kb, ep, "2017-12-31") == ["751"]
    assert _sizes_on(kb, ep, "2018-01-01") == []            # 705 decided for after Brexit
    assert _sizes_on(kb, ep, "2020-01-31") == []
    assert _sizes_on(kb, ep, "2020-02-01") == ["705"]
    assert _sizes_on(kb, ep, "2023-05-31") == ["705"]
    assert _sizes_on(kb, ep, "2023-06-01") == []            # 720 decided for the 2024 election
    assert _sizes_on(kb, ep, "2024-07-15") == []
    assert _sizes_on(kb, ep, "2024-07-16") == ["720"]
    it = "legislature:italy-chamber-of-deputies"
    assert _sizes_on(kb, it, "2019-09-30") == ["630"]
    assert _sizes_on(kb, it, "2019-10-01") == []            # the cut voted and news giving 400 ahead
    assert _sizes_on(kb, it, "2022-10-12") == []
    assert _sizes_on(kb, it, "2022-10-13") == ["400"]
    assert _sizes_on(kb, "legislature:italy-senate", "2022-10-13") == ["200"]
