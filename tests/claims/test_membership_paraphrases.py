"""Membership as a set and as a relation, in the many ways wire news says it: a paraphrase set
written for these tests (data/membership_paraphrases.jsonl), each true sentence with a one-edit
corrupted twin (wrong number, rank, state, date or polarity), and traps (numbers of troops,
ministers, summits; subsets; counts of another year; plans) that must never be flagged.

Each text is checked alone as `accord check` checks an article (`factcheck.check_paths`, a fresh
store, its first line the publication date). The rates asserted are those reached when the set
was written; a regression in any construction lowers them.

Run as a script for the per-sentence outcomes:
    python tests/claims/test_membership_paraphrases.py [-v]
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from bench.paraphrases import Checker, outcome

DATA = Path(__file__).parent / "data" / "membership_paraphrases.jsonl"
# True sentences flagged by another claim family (not membership): none now (u10, "marked its
# 70th anniversary ..., up from 12 in 1949", was dated from 1949 by the treaty family; fixed).
OTHER_FAMILIES: set[str] = set()

SUPPORTED_TRUE = 0.92  # of the true sentences that have a twin: a `supported` finding (104/112 when set)
CAUGHT_TWINS = 0.82  # of the corrupted twins: flagged (92/112 when set)


def rows() -> list[dict]:
    from bench.paraphrases import load

    return load(DATA)


def classify(row: dict, found: list[dict]) -> str:
    """supported / not_read / false_alarm for a true text; caught / missed for a corrupted one."""
    result = outcome(found)
    if not row["truth"]:
        return "caught" if result == "flagged" else "missed"
    return {"flagged": "false_alarm", "supported": "supported"}.get(result, "not_read")


def measure(annotator) -> dict[str, str]:
    checker = Checker(annotator)
    return {row["id"]: classify(row, checker.findings(row["text"], row["date"])) for row in rows()}


def test_the_set_is_well_formed():
    data = rows()
    ids = [r["id"] for r in data]
    assert len(ids) == len(set(ids))
    twins = {r["id"][:-1] for r in data if not r["truth"]}
    assert twins <= set(ids) and len(twins) >= 60
    assert all({"text", "date", "truth", "note"} <= set(r) for r in data)


@pytest.fixture(scope="module")
def outcomes(accord_annotator):
    return measure(accord_annotator)


@pytest.mark.model
def test_no_true_sentence_is_flagged(outcomes):
    alarms = {i for i, o in outcomes.items() if o == "false_alarm"}
    assert alarms <= OTHER_FAMILIES, sorted(alarms - OTHER_FAMILIES)


@pytest.mark.model
def test_true_sentences_are_supported(outcomes):
    paired = [i for i in outcomes if i + "x" in outcomes]
    supported = sum(outcomes[i] == "supported" for i in paired)
    assert supported / len(paired) >= SUPPORTED_TRUE, f"{supported}/{len(paired)}"


@pytest.mark.model
def test_corrupted_twins_are_caught(outcomes):
    twins = [i for i in outcomes if i.endswith("x")]
    caught = sum(outcomes[i] == "caught" for i in twins)
    assert caught / len(twins) >= CAUGHT_TWINS, f"{caught}/{len(twins)}"


if __name__ == "__main__":
    import sys

    from accord.nlp.annotate import Annotator

    checker, verbose = Checker(Annotator()), "-v" in sys.argv
    tally: Counter = Counter()
    for row in rows():
        found = checker.findings(row["text"], row["date"])
        result = classify(row, found)
        tally[("true" if row["truth"] else "corrupted", result)] += 1
        if verbose:
            print(f"{row['id']:5} {result:12} {row['text'][:110]}")
            for f in found:
                if f.get("kind") != "new":
                    print(f"        [{f.get('kind')}] {f.get('claim')} :: {str(f.get('explanation'))[:140]}")
    print(dict(sorted(tally.items())))


# -- the constructions, one by one (sentences written for these tests) -----------------------------
def said(annotator, text: str, published: str = "2024-07-10") -> set[tuple]:
    from ._pipeline import read

    return {(s.subject, s.property, s.value, s.polarity) for s in read(annotator, text, published)
            if s.property in ("member_count", "member_rank", "member_of", "partner_of")}


def confidences(annotator, text: str, prop: str, published: str = "2024-07-10") -> list[dict]:
    from ._pipeline import read

    return [r.confidence for s in read(annotator, text, published) if s.property == prop for r in s.references]


@pytest.mark.model
@pytest.mark.parametrize("text, count", [
    ("NATO, now 32 countries strong, met in Washington.", ("org:NATO", "32")),
    ("The European Union now counts 27 member states.", ("org:EU", "27")),
    ("NATO grew to 31 after a vote in Helsinki.", ("org:NATO", "31")),
    ("NATO's membership now stands at 32.", ("org:NATO", "32")),
    ("NATO's membership stands at 32 nations.", ("org:NATO", "32")),
    ("Sweden's accession brought NATO's membership to 32.", ("org:NATO", "32")),
    ("Britain's exit shrank the EU to 27 members.", ("org:EU", "27")),
    ("NATO expanded to 32 members with Sweden's accession.", ("org:NATO", "32")),
    ("NATO has grown from 12 founding members to 32.", ("org:NATO", "32")),
    ("NATO met. \"We are now 31 allies,\" Stoltenberg said.", ("org:NATO", "31")),
    ("NATO leaders from all 32 allied nations signed the declaration.", ("org:NATO", "32")),
])
def test_counts_told_by_verbs_and_adjectives(accord_annotator, text, count):
    assert (count[0], "member_count", count[1], "affirmed") in said(accord_annotator, text)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "NATO has 23 EU members.",  # a count named for another organisation
    "NATO's budget grew to 32 percent of the total.",
    "The alliance has five members with nuclear weapons.",
    "NATO's troop numbers rose to 40,000.",
    "NATO met. \"We are 27 countries,\" she said.",  # "we" may be any group the speaker is in
])
def test_no_count_from_other_numbers(accord_annotator, text):
    assert not {c for c in said(accord_annotator, text) if c[1] == "member_count"}


@pytest.mark.model
@pytest.mark.parametrize("text, sure", [
    ("NATO, which had 16 members at the end of the Cold War, now has 32.", 0.3),  # another time, undated
    ("When it was founded in 1949, NATO had 12 members.", 0.3),
    ("The alliance had 31 members then, NATO said.", 0.3),
    ("NATO had 31 members, the report said.", 0.7),  # past, undated: some recent time
])
def test_counts_of_another_time_are_not_checked(accord_annotator, text, sure):
    found = [c.get("date") for c in confidences(accord_annotator, text, "member_count")]
    assert sure in found


@pytest.mark.model
def test_a_count_said_now_takes_no_date_from_another_clause(accord_annotator):
    from ._pipeline import read

    found = [s for s in read(accord_annotator, "The alliance, which now has 32 members, will meet next year. "
                             "NATO said so.", "2024-07-10") if s.property == "member_count"]
    assert found and all(s.point_in_time is None for s in found)


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Sweden on Thursday became the 32nd country to join the alliance, NATO said.", {("state:SWE", "org:NATO#32")}),
    ("Sweden joined NATO on Thursday, becoming the alliance's 32nd member.", {("state:SWE", "org:NATO#32")}),
    # a group, not a place: each is among the two newest (ranks._newest_group), no member number
    ("NATO's newest members, Finland and Sweden, joined after 2022.",
     {("state:FIN", "org:NATO#newest2"), ("state:SWE", "org:NATO#newest2")}),
    ("Finland and Sweden hope to become the alliance's 31st and 32nd members.", set()),
])
def test_ranks(accord_annotator, text, expected):
    assert {(c[0], c[2]) for c in said(accord_annotator, text) if c[1] == "member_rank"} == expected


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Ukraine, which is not in NATO, asked for guarantees.", {("state:UKR", "org:NATO", "negated")}),
    ("Finland is in NATO now.", {("state:FIN", "org:NATO", "affirmed")}),
    ("Ireland remains outside NATO.", {("state:IRL", "org:NATO", "negated")}),
    ("Switzerland is neither in NATO nor in the European Union.",
     {("state:CHE", "org:NATO", "negated"), ("state:CHE", "org:EU", "negated")}),
    ("Cyprus, an EU member that is not in NATO, objected.",
     {("state:CYP", "org:EU", "affirmed"), ("state:CYP", "org:NATO", "negated")}),
    ("Moldova, a neutral country outside NATO, borders Ukraine.", {("state:MDA", "org:NATO", "negated")}),
    ("Austria and Malta are EU members but not in NATO.",
     {("state:AUT", "org:EU", "affirmed"), ("state:MLT", "org:EU", "affirmed"),
      ("state:AUT", "org:NATO", "negated"), ("state:MLT", "org:NATO", "negated")}),
    ("Ukraine's future is in NATO, Biden said.", set()),  # the subject is not the state
    ("Russian jets flew in NATO airspace.", set()),
    ("France, a former member of the alliance's command, returned.", set()),
    ("Georgia and Ukraine, aspiring members of NATO, were not invited.", set()),
])
def test_membership_by_place(accord_annotator, text, expected):
    assert {(c[0], c[2], c[3]) for c in said(accord_annotator, text) if c[1] == "member_of"} == expected


@pytest.mark.model
def test_a_membership_that_is_a_plan_is_not_sure(accord_annotator):
    found = confidences(accord_annotator, "Ukraine will one day be in NATO, leaders said.", "member_of")
    assert found and all(c.get("modality", 1.0) < 0.5 for c in found)


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("NATO's Nordic members Denmark, Norway and Iceland welcomed the bids.",
     {"state:DNK", "state:NOR", "state:ISL"}),
    ("Among NATO members, Turkey and Hungary were the last to approve.", {"state:TUR", "state:HUN"}),
    ("The Quad, which groups the United States, India, Japan and Australia, met.",
     {"state:USA", "state:IND", "state:JPN", "state:AUS"}),
    ("NATO's members include Iceland, which has no army.", {"state:ISL"}),
    ("The Quad is a diplomatic partnership between four countries: Australia, India, Japan and the United States.",
     {"state:AUS", "state:IND", "state:JPN", "state:USA"}),
    (("Officials will link the navies of the United States, Japan, Australia and India within the four nations' "
      "framework known as the Quad."), {"state:USA", "state:JPN", "state:AUS", "state:IND"}),
    (("Officials will link the navies of the United States, Japan and India within the four nations' "
      "framework known as the Quad."), set()),  # three listed, four counted: not the list of members
    ("NATO mediated talks between Russia and Ukraine.", set()),
    ("The Quad - the United States, Japan, India and Australia - met.", {"state:USA", "state:JPN", "state:IND", "state:AUS"}),
    ("Leaders of the G7 - a rich-nations club - met Japan and India.", set()),  # the dash opens no list of members
    ("NATO's former members France and Spain met.", set()),
    ("Among non-NATO members, Austria and Ireland abstained.", set()),
])
def test_lists_of_members(accord_annotator, text, expected):
    """(member_of, affirmed); partners below."""
    assert {c[0] for c in said(accord_annotator, text) if c[1] == "member_of" and c[3] == "affirmed"} == expected


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Japan, a non-NATO member, attended.", {("state:JPN", "member_of", "negated")}),
    ("Russia threatens the militarily non-aligned NATO partner countries Finland and Sweden.",
     {("state:FIN", "partner_of", "affirmed"), ("state:SWE", "partner_of", "affirmed")}),
])
def test_non_negates_only_the_organisation_or_the_relation(accord_annotator, text, expected):
    assert {(c[0], c[1], c[3]) for c in said(accord_annotator, text)} == expected


@pytest.mark.model
def test_a_conditional_count_is_hypothetical(accord_annotator):
    from ._pipeline import read

    found = [s for s in read(accord_annotator, "If Finland and Sweden join, NATO will have 32 members.", "2022-05-18")
             if s.property == "member_count"]
    assert [s.modality for s in found] == ["hypothetical"]


@pytest.mark.model
def test_partners_named_with_their_region(accord_annotator):
    text = "NATO partners in the Asia-Pacific region - Japan, South Korea, Australia and New Zealand - attended."
    assert {c[0] for c in said(accord_annotator, text) if c[1] == "partner_of"} == {
        "state:JPN", "state:KOR", "state:AUS", "state:NZL"}
