"""A grouping's members listed the ways reporters list them (list19), with sentences written for
these tests and the bundled KB: a whole grouping taken up by a noun and a dash ("The group - A, B,
... -", "The seven — ... —"), a summit's host and its guests ("X hosts the leaders of A, B, ... at
the G7 summit"), co-members ("members, with A and B, of the Quad", "alongside A and B", "partner
in the Five Eyes with ...", "which like A and B belongs to the EEA"), NATO's nuclear powers, and
capitals founding a grouping. Each shape is tested both ways (one swapped state flagged, the true
list not), a membership that began the day before or after the article, and lists that are not a
grouping's members: guests, examples after "like", an unknown grouping, a list the KB's coverage
does not reach."""

from __future__ import annotations

import pytest

from ._pipeline import verdicts

pytestmark = pytest.mark.model

FLAG = "contradicted_by_kb"
DAY = "2025-02-10"


def member(annotator, text, day=DAY):
    return verdicts(annotator, text, day, "member_of")


def founding(annotator, text, day=DAY):
    return verdicts(annotator, text, day, "founding_member_of")


PAIRS = [
    # a whole grouping taken up by a noun, then a dash or a colon
    ("The G7 finance ministers met in Rome. The group - Japan, Canada, Britain, France, Germany, Italy and the "
     "United States - issued a statement on tariffs.",
     "The G7 finance ministers met in Rome. The group - Japan, Canada, Britain, France, Germany, Italy and "
     "South Korea - issued a statement on tariffs."),
    ("The G7 summit ended on Sunday. The seven — Canada, Italy, Japan, Britain, France, Germany and the United "
     "States — promised more aid.",
     "The G7 summit ended on Sunday. The seven — Canada, Italy, Japan, Britain, France, Mexico and the United "
     "States — promised more aid."),
    ("The Quad's foreign ministers met in Tokyo. The four - India, Japan, Australia and the United States - "
     "pledged to keep sea lanes open.",
     "The Quad's foreign ministers met in Tokyo. The four - India, Japan, Vietnam and the United States - "
     "pledged to keep sea lanes open."),
    ("The Quad's leaders met in Delhi. The four countries (India, Japan, Australia and the United States) agreed.",
     "The Quad's leaders met in Delhi. The four countries (India, Japan, Australia and Indonesia) agreed."),
    # a summit's host and its guests; the leaders of all its members
    ("Trudeau will host the leaders of Japan, Italy, France, Germany, Britain and the United States at the G7 "
     "summit in Charlevoix.",
     "Trudeau will host the leaders of Japan, Italy, France, Germany, Brazil and the United States at the G7 "
     "summit in Charlevoix."),
    ("Kishida welcomed the leaders of India, Australia and the United States to Tokyo for a summit of the Quad.",
     "Kishida welcomed the leaders of India, Australia and Indonesia to Tokyo for a summit of the Quad."),
    ("The leaders of Japan, Canada, Britain, France, Germany, Italy and the United States met at the G7 summit.",
     "The leaders of Japan, Canada, Britain, France, Germany, Italy and Spain met at the G7 summit."),
    # co-members
    ("India and Japan are members, with Australia and the United States, of the Quad.",
     "India and Japan are members, with Australia and the Philippines, of the Quad."),
    ("Latvia, a member of NATO alongside Estonia and Lithuania, bought rocket launchers.",
     "Latvia, a member of NATO alongside Estonia and Moldova, bought rocket launchers."),
    ("Canada is Australia's partner in the Five Eyes alliance with Britain, New Zealand and the United States.",
     "Canada is Australia's partner in the Five Eyes alliance with Britain, Singapore and the United States."),
    ("Liechtenstein, which like Norway and Iceland belongs to the European Economic Area, is not in the EU.",
     "Liechtenstein, which like Norway and Switzerland belongs to the European Economic Area, is not in the EU."),
    ("Like Belgium and the Netherlands, Luxembourg is a member of Benelux.",
     "Like Belgium and Denmark, Luxembourg is a member of Benelux."),
    ("Finland, which along with Estonia and Latvia is in the euro area, objected.",
     "Finland, which along with Estonia and Poland is in the euro area, objected."),
    # a grouping the KB names: the Security Council's permanent members
    ("Britain, China, France, Russia and the United States, the five permanent members of the UN Security Council, met.",
     "Britain, China, France, Russia and Germany, the five permanent members of the UN Security Council, met."),
    # NATO's nuclear powers
    ("NATO defence ministers met in Brussels. Britain and France, the alliance's two European nuclear powers, "
     "took part.",
     "NATO defence ministers met in Brussels. Britain and Italy, the alliance's two European nuclear powers, "
     "took part."),
    # capitals founding a grouping
    ("Canberra, London and Washington announced the AUKUS pact in September.",
     "Canberra, Tokyo and Washington announced the AUKUS pact in September."),
    # capitals presented as a grouping's members
    ("The deal was struck by London, Canberra and Washington, the AUKUS partners.",
     "The deal was struck by London, Canberra and Ottawa, the AUKUS partners."),
]


@pytest.mark.parametrize("true, _", PAIRS)
def test_a_true_list_is_supported(accord_annotator, true, _):
    found = member(accord_annotator, true)
    assert found and FLAG not in found


@pytest.mark.parametrize("_, wrong", PAIRS)
def test_one_swapped_state_is_flagged(accord_annotator, _, wrong):
    assert member(accord_annotator, wrong).count(FLAG) == 1


def test_founding_co_members_alongside(accord_annotator):
    true = "Belgium, one of the 12 founding members of NATO in 1949 alongside Luxembourg and the Netherlands, agreed."
    wrong = "Belgium, one of the 12 founding members of NATO in 1949 alongside Luxembourg and Spain, agreed."
    found = founding(accord_annotator, true)
    assert found and FLAG not in found
    assert founding(accord_annotator, wrong).count(FLAG) == 1


# --- the day of joining (Croatia adopted the euro on 2023-01-01; Finland joined NATO on 2023-04-04) ----

def test_a_co_member_the_day_before_it_joined_is_flagged(accord_annotator):
    assert member(accord_annotator, "Like Slovenia and Croatia, Italy is a member of the euro area.",
                  "2022-12-31").count(FLAG) == 1
    assert member(accord_annotator, "Estonia, a member of NATO alongside Finland and Norway, agreed.",
                  "2023-04-03").count(FLAG) == 1


def test_a_co_member_on_the_day_it_joined_is_supported(accord_annotator):
    found = member(accord_annotator, "Like Slovenia and Croatia, Italy is a member of the euro area.", "2023-01-01")
    assert found and FLAG not in found
    found = member(accord_annotator, "Estonia, a member of NATO alongside Finland and Norway, agreed.", "2023-04-04")
    assert found and FLAG not in found


def test_joining_a_grouping_the_kb_lists_no_day_for_is_not_flagged(accord_annotator):
    # the KB keeps no day of joining for the Schengen area and the EEA (Bulgaria and Croatia are listed)
    for text, day in (("Bulgaria and Romania joined the Schengen area on 1 January 2025.", "2025-01-02"),
                      ("Croatia joined the European Economic Area in 2014.", DAY)):
        assert FLAG not in verdicts(accord_annotator, text, day, "joined")


def test_a_whole_list_of_a_grouping_with_a_member_count_it_never_had_is_not_read(accord_annotator):
    # Iceland joined the JEF in 2021: ten since; a list of nine names no JEF the KB knows
    text = ("The JEF ministers met in Oslo. The group - Britain, Denmark, Estonia, Latvia, Lithuania, the Netherlands, "
            "Norway, Finland and Poland - agreed.")
    assert FLAG not in member(accord_annotator, text)


# --- not members, or not a grouping the KB covers ------------------------------------------------------

@pytest.mark.parametrize("text", [
    # guests of a summit, not its members
    "Meloni hosted the leaders of India, Brazil, South Africa, Kenya, Algeria and Tunisia at the G7 summit.",
    "Meloni hosted the leaders of India and Brazil at the G7 summit in Apulia.",
    "The leaders of India, Brazil, South Africa, Kenya, Algeria, Tunisia and Egypt met at the G7 summit.",
    # a list shorter than the grouping after its noun
    "The G7 met in Rome. The group - Japan, Canada and India - issued a statement.",
    "The G7 met in Rome. The seven - Japan, Canada, Britain, France, Germany and India - issued a statement.",
    # "like" as an example, and a denied membership
    "Leaders like Macron and Orban belong to the EU.",
    "Countries like Iceland and Switzerland belong to the European Economic Area.",
    "Norway, which like Iceland and Switzerland does not belong to the EU, voted no.",
    # "with" of something else
    "Turkey, a member of NATO with close ties to Russia and Iran, objected.",
    "NATO's talks with Japan and Australia went on.",
    # an organisation the KB lists no members of (the Arctic Council's are listed since grp25)
    "Like Georgia and Japan, Kazakhstan is a member of the Commonwealth of Independent States.",
    # a capital that is an organisation's seat, and a list longer than its capitals
    "Brussels, Paris and Berlin, the G7 members, objected.",
    "Officials in Washington, London and Paris said talks went well.",
    # people, not capitals or states, announce the pact
    "Biden, Johnson and Morrison announced the AUKUS pact in September.",
    # a list of the grouping's members outside the KB's coverage (BRICS is complete only to 2023)
    "Like Brazil and Saudi Arabia, India is a member of BRICS.",
])
def test_not_a_grouping_s_members_or_not_covered_is_never_flagged(accord_annotator, text):
    assert FLAG not in member(accord_annotator, text)
    assert FLAG not in founding(accord_annotator, text)
