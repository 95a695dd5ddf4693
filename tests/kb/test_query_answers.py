"""The KB's answers in full (issue 17: answers whose words and facts no test read let a changed
condition or message pass): obligations for a member, an excepted member, a partner and a
stranger; who must respond; status explanations; warnings; the summary. The words are what the
CLI, the API and the web UI show."""

from __future__ import annotations

import pytest

from accord.errors import AccordError
from accord.kb import queries

ON = "2023-04-11"


def triples(facts):
    return [(f.subject, f.property, f.value) for f in facts]


def by_id(answers):
    return {a.obligation: a for a in answers}


def test_obligations_of_a_member(kb):
    a = by_id(kb.obligations("Lithuania", "NATO", on=ON))
    art5 = a["obligation:nato-article-5"]
    assert art5.applies and art5.reason == ("Lithuania is a member of North Atlantic Treaty Organization on 2023-04-11, "
                                            "and Article 5 of the North Atlantic Treaty binds members.")
    assert triples(art5.facts) == [("obligation:nato-article-5", "applies_to", "org:NATO"),
                                   ("state:LTU", "member_of", "org:NATO")]
    assert set(a) == {"obligation:nato-article-5", "obligation:nato-defence-investment-2pc",
                      "obligation:nato-nuclear-planning", "obligation:nato-2025-defence-pledge"}


def test_an_obligation_not_yet_in_force(kb):
    pledge = by_id(kb.obligations("Lithuania", "NATO", on=ON))["obligation:nato-2025-defence-pledge"]
    assert not pledge.applies
    assert pledge.reason == ("The Hague Summit Declaration's defence investment commitment (5% of GDP by 2035) is not "
                             "in force on 2023-04-11 (it runs from 2025-06-25).")
    assert triples(pledge.facts) == [("obligation:nato-2025-defence-pledge", "applies_to", "org:NATO")]
    assert by_id(kb.obligations("Lithuania", "NATO", on="2025-06-25"))["obligation:nato-2025-defence-pledge"].applies


def test_an_excepted_member(kb):
    npg = by_id(kb.obligations("France", "NATO", on=ON))["obligation:nato-nuclear-planning"]
    assert not npg.applies
    assert npg.reason == ("Participation in NATO's nuclear planning (the Nuclear Planning Group) binds members except "
                          "France: France does not take part in the Nuclear Planning Group")
    assert triples(npg.facts) == [("obligation:nato-nuclear-planning", "applies_to", "org:NATO"),
                                  ("state:FRA", "member_of", "org:NATO")]


def test_obligations_of_a_partner_name_the_partnership_and_the_exclusion(kb):
    art5 = by_id(kb.obligations("New Zealand", "NATO", on=ON))["obligation:nato-article-5"]
    assert not art5.applies
    assert art5.reason == ("Article 5 of the North Atlantic Treaty binds members of North Atlantic Treaty Organization "
                           "only; New Zealand is a partner, not a member on 2023-04-11.")
    assert triples(art5.facts) == [
        ("obligation:nato-article-5", "applies_to", "org:NATO"), ("state:NZL", "partner_of", "org:NATO"),
        ("state:NZL", "cooperates_with", "org:NATO"), ("state:NZL", "participant_in", "programme:nato-ipcp-nzl"),
        ("obligation:nato-article-5", "not_applicable_to", "org:NATO")]


def test_obligations_of_every_organisation_for_a_stranger(kb):
    a = by_id(kb.obligations("Brazil", on=ON))
    assert {"obligation:anzus-article-4", "obligation:csto-article-4", "obligation:eu-article-42-7",
            "obligation:nato-article-5"} <= set(a)
    assert not any(x.applies for x in a.values())
    assert a["obligation:eu-article-42-7"].reason == ("Article 42(7) of the Treaty on European Union binds members of "
                                                      "European Union only; Brazil is not a member on 2023-04-11.")
    assert triples(a["obligation:eu-article-42-7"].facts) == [("obligation:eu-article-42-7", "applies_to", "org:EU")]


def test_who_must_respond_with_a_suspended_obligation(kb):
    r = kb.who_must_respond("Russia", "New Zealand", on=ON)
    assert r.explanation == ("An armed attack by Russia on New Zealand on 2023-04-11 binds 1 state under Article IV "
                             "of the ANZUS Treaty.")
    [p] = r.provisions
    assert (p.obligation, p.org, p.bound, p.partners_not_bound) == ("obligation:anzus-article-4", "org:ANZUS",
                                                                    ["state:AUS"], [])
    assert p.explanation == ("New Zealand is a member of ANZUS on 2023-04-11; under Article IV of the ANZUS Treaty the "
                             "other member is bound to assist it (the United States suspended its ANZUS obligations to "
                             "New Zealand in 1986).")
    assert triples(p.facts)[:2] == [("obligation:anzus-article-4", "applies_to", "org:ANZUS"),
                                    ("state:NZL", "member_of", "org:ANZUS")]


def test_who_must_respond_when_the_attacker_is_itself_a_member(kb):
    r = kb.who_must_respond("Turkey", "Greece", on=ON)
    nato = next(p for p in r.provisions if p.obligation == "obligation:nato-article-5")
    assert nato.explanation == ("Greece is a member of North Atlantic Treaty Organization on 2023-04-11; under Article 5 "
                                "of the North Atlantic Treaty the other 30 members are bound to assist it (Turkey is "
                                "itself a member). Its 37 partners have no such obligation.")
    assert "state:TUR" in nato.bound and "state:GRC" not in nato.bound and len(nato.bound) == 30
    assert r.explanation == ("An armed attack by Turkey on Greece on 2023-04-11 binds 26 states under Article 42(7) of "
                             "the Treaty on European Union; 30 states under Article 5 of the North Atlantic Treaty.")


def test_who_must_respond_when_nothing_covers_the_state(kb):
    r = kb.who_must_respond("Russia", "Japan", on=ON)
    assert r.provisions == [] and r.warnings == []
    assert r.explanation == "No collective-defence provision in the knowledge base covers Japan on 2023-04-11."


def test_an_attack_on_oneself_is_refused(kb):
    with pytest.raises(AccordError, match="attacker and attacked are the same state"):
        kb.who_must_respond("Estonia", "Estonia", on=ON)


@pytest.mark.parametrize("state,org,on,words", [
    ("Ukraine", "EU", "2023-01-01", "Ukraine is neither a member nor a partner of European Union on 2023-01-01. "
                                    "It is a candidate for membership since 2022-06-23."),
    ("New Zealand", "NATO", ON, "New Zealand is a partner of North Atlantic Treaty Organization on 2023-04-11 (since "
                                "2012-06-04), not a member. Dialogue and cooperation since 2001. Programmes: "
                                "NATO-New Zealand Individual Partnership and Cooperation Programme."),
    ("UK", "EU", "2021-01-01", "United Kingdom is neither a member nor a partner of European Union on 2021-01-01. "
                               "It left on 2020-01-31."),
    ("Finland", "NATO", "2023-04-04", "Finland is a member of North Atlantic Treaty Organization on 2023-04-04 "
                                      "(since 2023-04-04)."),
    ("Russia", "NATO", "2023-01-01", "Russia is neither a member nor a partner of North Atlantic Treaty Organization "
                                     "on 2023-01-01."),
])
def test_status_explanations(kb, state, org, on, words):
    assert kb.status(state, org, on=on).explanation == words


def test_status_facts_are_what_the_answer_rests_on(kb):
    assert triples(kb.status("UK", "EU", on="2021-01-01").facts) == [("state:GBR", "member_of", "org:EU"),
                                                                    ("state:GBR", "left", "org:EU")]
    assert triples(kb.status("UK", "EU", on="2019-01-01").facts) == [("state:GBR", "member_of", "org:EU")]
    st = kb.status("Ukraine", "EU", on="2023-01-01")
    assert triples(st.facts) == [("state:UKR", "candidate_for", "org:EU")]
    assert (st.member, st.partner, st.candidate, st.member_until) == (False, False, True, None)


def test_a_member_is_not_also_called_a_partner_or_candidate(kb):
    st = kb.status("Finland", "NATO", on="2024-01-01")
    assert (st.member, st.partner, st.candidate) == (True, False, False)
    assert "partner" not in st.explanation and "candidate" not in st.explanation


def test_warnings_for_list_answers(kb):
    assert queries.warnings(kb, ON, office="office:nzl-prime-minister", org="NATO") == []
    stale = (f"2099-01-01 is after {kb.as_of}, the date the knowledge base was last checked against its sources: "
             "changes since then are not in it")
    assert kb.as_of >= "2026-12-01"  # the newest as_of stamp of the bundled files
    assert queries.warnings(kb, "2099-01-01", office="office:nzl-prime-minister", org="NATO") == [
        stale,
        "on 2099-01-01 the knowledge base's list of the holders of the office of Prime Minister of New Zealand ends on "
        "2025-10-31",
        "on 2099-01-01 the knowledge base's list of the members of North Atlantic Treaty Organization ends on 2025-10-31"]
    assert queries.warnings(kb, "2099-01-01") == [stale]


def test_summary_counts_add_up(kb):
    s = queries.summary(kb)
    assert s["entity_count"] == sum(s["entities"].values()) == len(list(kb.entities()))
    assert s["fact_count"] == sum(s["facts"].values()) == len(kb.facts())
    assert s["facts"]["member_of"] == len(kb.facts(property="member_of"))
    assert (s["as_of"], s["layers"], s["warnings"], s["corrections"]) == (kb.as_of, ["bundled"], 0, 0)
    declared = [p for p in s["coverage"] if p["id"] == "office:alb-defence-minister"]
    assert declared and declared[0]["property"] == "holds_office" and declared[0]["declared"] is True
    assert all(p["declared"] for p in s["coverage"])
    assert [p["id"] for p in s["coverage"]] == sorted(p["id"] for p in s["coverage"])


def test_bad_dates_are_refused_with_the_value(kb):
    with pytest.raises(AccordError, match="2023-02-30"):
        kb.status("Finland", "NATO", on="2023-02-30")
    with pytest.raises(AccordError, match="2023-04"):
        kb.holders("office:nzl-prime-minister", on="2023-04")


def test_retractions_name_the_fact_the_layer_and_why(user_dir):
    from accord.kb import DATA_DIR, build

    hipkins, office = "person:chris-hipkins", "office:nzl-prime-minister"
    base = build([DATA_DIR])
    (term,) = base.facts(subject=hipkins, property="holds_office", value=office)
    assert queries.retractions(base) == []
    src = "https://example.org/registry"
    layer = {"corrections": [{"retract": {"subject": hipkins, "property": "holds_office", "value": office,
                                          "start": term.start.value},
                              "reason": "a test: no such term", "source": src, "as_of": "2026-12-01"}]}
    folder = user_dir({"fix.yaml": layer})
    kb = build([DATA_DIR, folder])
    [r] = queries.retractions(kb, value=office)
    assert (r["layer"], r["reason"], r["source"], r["as_of"]) == (str(folder), "a test: no such term", src, "2026-12-01")
    assert r["origin"].endswith("fix.yaml: corrections[0]")
    assert (r["fact"]["subject"], r["fact"]["property"], r["fact"]["value"]) == (hipkins, "holds_office", office)
    assert queries.retractions(kb, subject=hipkins, property="holds_office") == [r]
    assert queries.retractions(kb, subject="person:jacinda-ardern") == []
    assert queries.retractions(kb, property="member_of") == []
    assert queries.retractions(kb, value="office:nzl-foreign-minister") == []


def test_warnings_look_names_up_as_the_kind_they_name(kb):
    from accord.errors import NotFoundError

    with pytest.raises(NotFoundError):
        queries.warnings(kb, ON, org="New Zealand")  # a state, not an organisation
    with pytest.raises(NotFoundError):
        queries.warnings(kb, ON, office="New Zealand")  # a state, not an office
