"""The temporal queries of issue 3, item 3, answered from the bundled data with their sources."""

from __future__ import annotations

from datetime import date

import pytest

from accord.errors import AccordError, NotFoundError


def test_status_new_zealand_nato_partner_not_member(kb):
    st = kb.status("New Zealand", "NATO", on="2023-04-11")
    assert (st.member, st.partner, st.partner_since) == (False, True, "2012-06-04")
    assert "programme:nato-ipcp-nzl" in st.programmes
    assert "https://www.nato.int/cps/en/natohq/official_texts_88720.htm" in st.sources
    assert "not a member" in st.explanation and "2001" in st.explanation


def test_status_before_the_partnership(kb):
    st = kb.status("state:NZL", "org:NATO", on="2011-01-01")
    assert not st.partner and not st.member


@pytest.mark.parametrize("state,on,member,partner", [
    ("Finland", "2023-04-03", False, True),
    ("Finland", "2023-04-04", True, False),
    ("Sweden", "2023-04-11", False, True),
    ("Sweden", "2024-03-07", True, False),
    ("Russia", "2013-01-01", False, True),
    ("Russia", "2023-01-01", False, False),
])
def test_status_changes_on_accession_day(kb, state, on, member, partner):
    st = kb.status(state, "NATO", on=on)
    assert (st.member, st.partner) == (member, partner)


def test_status_uk_left_the_eu(kb):
    assert kb.status("Britain", "EU", on="2019-06-01").member
    st = kb.status("UK", "European Union", on="2021-01-01")
    assert not st.member and st.member_until == "2020-01-31"


def test_status_candidate(kb):
    st = kb.status("Ukraine", "EU", on=date(2023, 1, 1))
    assert st.candidate and st.candidate_since == "2022-06-23" and not st.member


def test_holders_prime_minister_of_new_zealand(kb):
    (term,) = kb.holders("Prime Minister of New Zealand", on="2023-04-11")
    assert term.person == "person:chris-hipkins"
    assert (term.start, term.end) == ("2023-01-25", "2023-11-27")
    assert term.source.startswith("https://")


@pytest.mark.parametrize("on,who", [
    ("2023-01-24", "person:jacinda-ardern"),
    ("2023-01-25", "person:chris-hipkins"),  # the successor holds the office on the handover day
    ("2023-11-27", "person:christopher-luxon"),
])
def test_holders_handover_days(kb, on, who):
    assert [t.person for t in kb.holders("office:nzl-prime-minister", on=on)] == [who]


def test_holders_every_term_in_order(kb):
    terms = kb.holders("NATO Secretary General")
    assert [t.person for t in terms][-2:] == ["person:jens-stoltenberg", "person:mark-rutte"]
    assert terms[-2].end == "2024-10-01" and terms[-1].end is None


def test_foreign_minister_mahuta_then_peters(kb):
    assert [t.person for t in kb.holders("New Zealand Foreign Minister", on="2023-04-11")] == ["person:nanaia-mahuta"]
    assert [t.person for t in kb.holders("office:nzl-foreign-minister", on="2024-01-01")] == ["person:winston-peters"]


def test_obligations_of_a_partner_none_apply(kb):
    answers = kb.obligations("New Zealand", "NATO", on="2023-04-11")
    ids = {a.obligation for a in answers}
    assert {"obligation:nato-article-5", "obligation:nato-defence-investment-2pc", "obligation:nato-nuclear-planning"} <= ids
    assert not any(a.applies for a in answers)
    article5 = next(a for a in answers if a.obligation == "obligation:nato-article-5")
    assert "partner, not a member" in article5.reason and article5.sources


def test_obligations_of_a_member(kb):
    answers = {a.obligation: a for a in kb.obligations("Lithuania", "NATO", on="2023-04-11")}
    assert answers["obligation:nato-article-5"].applies
    assert answers["obligation:nato-defence-investment-2pc"].applies
    assert not answers["obligation:nato-2025-defence-pledge"].applies  # not yet in force
    assert "not in force" in answers["obligation:nato-2025-defence-pledge"].reason


def test_nuclear_planning_excepts_france(kb):
    answers = {a.obligation: a for a in kb.obligations("France", "NATO", on="2023-04-11")}
    assert answers["obligation:nato-article-5"].applies
    assert not answers["obligation:nato-nuclear-planning"].applies


def test_who_must_respond_russia_lithuania(kb):
    r = kb.who_must_respond(attacker="Russia", attacked="Lithuania", on="2023-04-11")
    nato = next(p for p in r.provisions if p.obligation == "obligation:nato-article-5")
    assert len(nato.bound) == 30  # 31 members after Finland's accession, Lithuania itself excluded
    assert "state:FIN" in nato.bound and "state:SWE" not in nato.bound and "state:LTU" not in nato.bound
    assert "state:NZL" in nato.partners_not_bound and "state:SWE" in nato.partners_not_bound
    assert "state:RUS" not in nato.partners_not_bound
    assert any(p.obligation == "obligation:eu-article-42-7" for p in r.provisions)
    assert "https://www.nato.int/cps/en/natohq/official_texts_17120.htm" in r.sources


def test_who_must_respond_to_an_attack_on_a_partner(kb):
    r = kb.who_must_respond("Russia", "New Zealand", on="2023-04-11")
    assert [p.obligation for p in r.provisions] == ["obligation:anzus-article-4"]
    assert r.provisions[0].bound == ["state:AUS"]  # US obligations to New Zealand suspended since 1986


def test_unknown_names_raise_with_suggestion(kb):
    with pytest.raises(NotFoundError, match="Slovenia"):
        kb.status("Solvenia", "NATO", on="2023-04-11")
    with pytest.raises(AccordError, match="YYYY-MM-DD"):
        kb.status("New Zealand", "NATO", on="April 2023")


# -- issue 13: one rule for end dates, at the boundary days -----------------------------------------
@pytest.mark.parametrize("on,who", [
    ("2024-09-30", ["person:jens-stoltenberg"]),  # the day before his end
    ("2024-10-01", ["person:mark-rutte"]),        # his end day is Rutte's start day
])
def test_secretary_general_handover(kb, on, who):
    assert [t.person for t in kb.holders("office:nato-secretary-general", on=on)] == who


def test_month_and_year_ends_are_read_generously(user_dir):
    from accord.kb import DATA_DIR, build

    src = "https://example.org/registry"
    people = [{"id": "person:ana-one", "name": "Ana One"}, {"id": "person:ben-two", "name": "Ben Two"}]
    office = {"id": "office:nzl-registrar", "name": "Registrar of New Zealand", "attrs": {"jurisdiction": "state:NZL"}}
    facts = [{"subject": "person:ana-one", "property": "holds_office", "value": "office:nzl-registrar",
              "start": "2015-03-01", "end": "2019-05", "source": src, "as_of": "2024-01-01"},
             {"subject": "person:ben-two", "property": "holds_office", "value": "office:nzl-registrar",
              "start": "2016", "end": "2018", "source": src, "as_of": "2024-01-01"}]
    kb = build([DATA_DIR, user_dir({"r.yaml": {"entities": [office, *people], "facts": facts}})])
    holders = lambda on: [t.person for t in kb.holders("office:nzl-registrar", on=on)]
    assert holders("2019-05-31") == ["person:ana-one"] and holders("2019-06-01") == []
    assert holders("2015-12-31") == ["person:ana-one"]  # "2016" may start on any day of 2016
    assert "person:ben-two" in holders("2016-01-01") and "person:ben-two" in holders("2018-12-31")
    assert "person:ben-two" not in holders("2019-01-01")


@pytest.mark.parametrize("name", [
    "Minister of Foreign Affairs of Japan", "Minister for Foreign Affairs of Japan", "Japanese foreign minister",
    "foreign minister of Japan", "FOREIGN MINISTER OF JAPAN", "Japan's Minister of Foreign Affairs",
])
def test_any_name_of_an_office(kb, name):
    assert kb.lookup(name, ("office",)).id == "office:jpn-foreign-minister"


def test_a_title_with_of_before_a_jurisdiction_with_of(kb):
    assert kb.lookup("Secretary of State of the United States", ("office",)).id == "office:usa-secretary-of-state"


def test_status_and_respond_warn_past_as_of(kb):
    from datetime import date, timedelta

    after = (date.fromisoformat(kb.as_of) + timedelta(days=1)).isoformat()
    past = f"{after} is after {kb.as_of}"
    assert any(w.startswith(past) for w in kb.status("Finland", "NATO", on=after).warnings)
    assert any(w.startswith(past) for w in kb.who_must_respond("Russia", "Finland", on=after).warnings)
    assert not any("is after" in w for w in kb.status("Finland", "NATO", on=kb.as_of).warnings)
    assert not any("is after" in w for w in kb.who_must_respond("Russia", "Finland", on=kb.as_of).warnings)
    members = kb.coverage("org:NATO", "member_of")  # the membership list's own end warns too
    until_after = (date.fromisoformat(members.until) + timedelta(days=1)).isoformat()
    assert any(f"ends on {members.until}" in w or f"is as of {members.until}" in w
               for w in kb.status("Finland", "NATO", on=until_after).warnings)
    assert not any("members of" in w for w in kb.status("Finland", "NATO", on=members.until).warnings)
