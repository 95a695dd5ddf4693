"""Members, lists and numbers read on sentences written for these tests: the regional groupings
the KB now lists (Baltic states, Nordic countries, Visegrad Group) and a group standing for its
members, "a grouping of" / "the Baltic states of" lists, "the last ally to ratify", tallies of the
membership ("the number of allies", "NATO's ranks"), ordinals of a "member state", and when a
count in a noun phrase speaks of the article's day. Each boundary a verdict depends on has a
sentence on each side of it."""

from __future__ import annotations

import pytest

from tests.claims._pipeline import outcome


def verdicts(checker, text, date, prop):
    from bench.paraphrases import report_findings  # noqa: F401  (the shape is the report's)

    return sorted({str(f.get("kind")) for f in checker.findings(text, date)
                   if prop in str(f.get("claim") or f.get("statement") or "")})


@pytest.mark.model
@pytest.mark.parametrize("text, date, expected", [
    # a grouping's list, its members' names after "of" or counted after the list
    ("The Baltic states of Estonia, Latvia and Lithuania want more air defence from NATO.", "2024-05-01", "supported"),
    ("The Baltic states of Estonia, Lithuania and Sweden want more air defence from NATO.", "2024-05-01", "flagged"),
    ("Lithuania, Latvia and Estonia, the three Baltic nations, host NATO battlegroups.", "2023-01-10", "supported"),
    ("Lithuania, Latvia and Belarus, the three Baltic nations, border Russia.", "2023-01-10", "flagged"),
    ("The Nordic countries (Denmark, Finland, Iceland, Norway and Sweden) signed an air defence pact.", "2023-03-24", "supported"),
    ("The Nordic countries (Denmark, Finland, Iceland, Norway and the Netherlands) signed a pact.", "2023-03-24", "flagged"),
    ("Hungary, Poland, Slovakia and the Czech Republic - the Visegrad Four - met in Prague.", "2023-02-01", "supported"),
    ("Hungary, Poland, Slovenia and the Czech Republic - the Visegrad Four - met in Prague.", "2023-02-01", "flagged"),
    ("Five Eyes, the intelligence network of Australia, Canada, New Zealand, Britain and the US, met.", "2023-10-17", "supported"),
    ("Five Eyes, the intelligence network of Australia, Canada, Ireland, Britain and the US, met.", "2023-10-17", "flagged"),
    # a group standing for its members
    ("The Baltic republics, all EU members since 2004, backed the sanctions.", "2022-03-01", "supported"),
    ("The Baltic republics, all EU members since 2007, backed the sanctions.", "2022-03-01", "flagged"),
    ("The Baltic states joined NATO in the spring of 2004.", "2024-03-29", "supported"),
    ("The Visegrad countries joined NATO in 1999 and 2004.", "2024-03-29", "none"),  # each its own year: not read
    # not a list of members
    ("NATO, an alliance of democracies, met in Brussels with Japan and Australia.", "2024-04-04", "none"),
    ("The summit of France, Germany and Poland ended in Paris.", "2024-06-06", "none"),
])
def test_groupings(checker, text, date, expected):
    assert outcome(checker, text, date) == expected


@pytest.mark.model
@pytest.mark.parametrize("text, date, expected", [
    ("Turkey was the last ally to ratify Finland's accession.", "2023-04-04", "supported"),
    ("Hungary was the last ally to ratify Finland's accession.", "2023-04-04", "flagged"),
    ("The final NATO member to approve Sweden's bid was Hungary.", "2024-03-01", "supported"),
    ("The final NATO member to approve Sweden's bid was Turkey.", "2024-03-01", "flagged"),
    ("Spain, the last ally to ratify North Macedonia's membership, did so in March.", "2020-03-27", "supported"),
    ("Greece, the last ally to ratify North Macedonia's membership, did so in March.", "2020-03-27", "flagged"),
    # several named: contradicted only without the last one; with it the KB cannot say
    ("Turkey and Croatia were the last two allies to ratify Finland's accession.", "2023-04-04", "none"),
    ("Croatia and Slovakia were the last two allies to ratify Finland's accession.", "2023-04-04", "flagged"),
    # "became the last/first ... to" is no accession
    ("Hungary became the last NATO member to ratify Sweden's accession on Monday.", "2024-02-27", "supported"),
    ("Poland became the first NATO member to send tanks to Ukraine on Friday.", "2023-02-25", "supported"),
    # a state the KB marks for no accession's last ratification: not read
    ("Slovakia was the last ally to ratify the Czech Republic's accession.", "2024-03-01", "none"),
])
def test_last_to_ratify(checker, text, date, expected):
    assert outcome(checker, text, date) == expected


@pytest.mark.model
@pytest.mark.parametrize("text, date, expected", [
    ("Sweden's accession took the number of NATO members to 32.", "2024-03-08", "supported"),
    ("Sweden's accession took the number of NATO members to 33.", "2024-03-08", "flagged"),
    ("The ceremony brought the alliance's ranks to 31, NATO said.", "2023-04-05", "supported"),
    ("The ceremony brought the alliance's ranks to 33, NATO said.", "2023-04-05", "flagged"),
    ("NATO said the number of European allies rose to 30.", "2024-03-08", "none"),  # narrowed: not the membership
    ("Montenegro formally became NATO's 29th member state on Monday.", "2017-06-06", "supported"),
    ("Montenegro formally became NATO's 30th member state on Monday.", "2017-06-06", "flagged"),
])
def test_tallies_and_member_states(checker, text, date, expected):
    assert outcome(checker, text, date) == expected


@pytest.mark.model
@pytest.mark.parametrize("text, date, expected", [
    # a count in a noun phrase of a clause dated in the year before the article: of then or of now
    ("Just seven of NATO's 31 members hit the goal last year.", "2023-06-10", "supported"),
    ("Just seven of NATO's 33 members hit the goal last year.", "2023-06-10", "flagged"),
    # ... a clause dated long before the article: of its own time, or of the article's day
    # (fa17, _count_scope.writers_day: "The 29 allies agreed in 2014", written in 2018), not between
    ("Only three of NATO's 28 members met the goal in 2014.", "2024-06-10", "supported"),
    ("Only three of NATO's 32 members met the goal in 2014.", "2024-06-10", "supported"),
    ("Only three of NATO's 30 members met the goal in 2014.", "2024-06-10", "flagged"),
    # a count that is the clause's own claim keeps the clause's date
    ("NATO had 31 members last year.", "2023-07-07", "flagged"),
    ("NATO had 30 members last year.", "2023-07-07", "supported"),
])
def test_count_in_a_phrase_of_a_dated_clause(checker, text, date, expected):
    assert outcome(checker, text, date) == expected


@pytest.mark.model
@pytest.mark.parametrize("text, date, expected", [
    ("NATO partners such as Japan and South Korea attended the summit in Vilnius.", "2023-07-12", "supported"),
    ("NATO allies such as Latvia and Lithuania border Belarus.", "2023-07-12", "supported"),
    ("NATO allies such as Latvia and Belarus border Russia.", "2023-07-12", "flagged"),
])
def test_examples_end_where_the_list_ends(checker, text, date, expected):
    assert outcome(checker, text, date) == expected


@pytest.mark.model
@pytest.mark.parametrize("text, date, expected", [
    # the list as the subject of "make up" / the complement of "the members are"
    ("Britain, Australia and the United States make up AUKUS.", "2024-04-09", "supported"),
    ("Britain, Australia and Canada make up AUKUS.", "2024-04-09", "flagged"),
    ("The four Quad members are the US, Japan, Australia and India.", "2024-09-21", "supported"),
    ("The four Quad members are the US, Japan, Australia and Indonesia.", "2024-09-21", "flagged"),
    # the list named after it as the organisation's members or partners, or as the organisation
    ("NATO invited Japan and South Korea, NATO's Asian partners, to the summit.", "2022-06-29", "supported"),
    ("NATO invited Japan and China, NATO's Asian partners, to the summit.", "2022-06-29", "flagged"),
    ("New Zealand, Australia, Japan and South Korea, the IP4, attended the NATO summit.", "2024-07-11", "supported"),
    ("New Zealand, Australia, Japan and Singapore, the IP4, attended the NATO summit.", "2024-07-11", "flagged"),
    # not a list of members
    ("Those who met the Quad partners were Indonesia and Malaysia.", "2024-09-21", "none"),
    ("NATO named China, Russia and Iran, NATO's main rivals, in its declaration.", "2024-07-11", "none"),
    ("Japan, Australia and India, NATO, and the EU agreed on a statement.", "2024-07-11", "none"),
])
def test_lists_after_and_as_complement(checker, text, date, expected):
    assert outcome(checker, text, date) == expected


@pytest.mark.model
@pytest.mark.parametrize("text, date, expected", [
    ("AUKUS, a three-nation pact, was unveiled in 2021.", "2023-03-14", "supported"),
    ("AUKUS, a four-nation pact, was unveiled in 2021.", "2023-03-14", "flagged"),
    ("NATO's 30 leaders met in Madrid on Wednesday.", "2022-06-29", "supported"),
    ("NATO's 28 leaders met in Madrid on Wednesday.", "2022-06-29", "flagged"),
    ("Some 20 EU leaders attended the dinner.", "2023-06-29", "none"),  # rough, and not the whole set
    ("NATO turns 70 this week.", "2019-04-02", "supported"),
    ("NATO turns 60 this week.", "2019-04-02", "flagged"),
    ("Finland's president turns 70 this year.", "2018-03-01", "none"),
    ("Sweden joined in March 2024 after Hungary became the last ally to ratify its accession.", "2024-04-01", "supported"),
    ("Sweden joined in March 2024 after Turkey became the last ally to ratify its accession.", "2024-04-01", "flagged"),
])
def test_counts_ages_and_pronouns(checker, text, date, expected):
    assert outcome(checker, text, date) == expected


@pytest.mark.model
@pytest.mark.parametrize("text, date, expected", [
    # "bloc" for NATO in an article that names NATO and not the EU
    ("NATO foreign ministers met in Oslo. The 31-nation bloc discussed Ukraine.", "2023-06-01", "supported"),
    ("NATO foreign ministers met in Oslo. The 29-nation bloc discussed Ukraine.", "2023-06-01", "flagged"),
    ("NATO and EU ministers met in Oslo. The 27-nation bloc discussed Ukraine.", "2023-06-01", "none"),  # which bloc: not read
    # the number alone after "numbers" with the organisation as subject; not a part of it
    ("The alliance now numbers 31, NATO said on Tuesday.", "2023-04-05", "supported"),
    ("The alliance now numbers 34, NATO said on Tuesday.", "2023-04-05", "flagged"),
    ("NATO's founding members numbered twelve, the museum notes.", "2024-04-04", "none"),
    # "with N members", "a club of N democracies", "made up of N countries", "expansion to N"
    ("With 31 members, NATO now borders Russia for 2,500 km.", "2023-06-01", "supported"),
    ("With 35 members, NATO now borders Russia for 2,500 km.", "2023-06-01", "flagged"),
    ("NATO, a club of 32 democracies, meets in Washington.", "2024-07-09", "supported"),
    ("NATO, a club of 30 democracies, meets in Washington.", "2024-07-09", "flagged"),
    ("NATO is an alliance made up of 32 countries.", "2024-07-09", "supported"),
    ("NATO is an alliance made up of 36 countries.", "2024-07-09", "flagged"),
    ("The enlargement of NATO to 31 members doubled its border with Russia.", "2023-05-01", "supported"),
    ("The enlargement of NATO to 34 members doubled its border with Russia.", "2023-05-01", "flagged"),
    ("A rise to 32 members of parliament was approved.", "2024-07-09", "none"),  # another count
])
def test_more_count_phrases(checker, text, date, expected):
    assert outcome(checker, text, date) == expected


@pytest.mark.model
@pytest.mark.parametrize("text, date, expected", [
    # only allies ratify an accession
    ("Ireland's parliament ratified Sweden's accession protocol on Thursday.", "2022-07-08", "flagged"),
    ("Germany's parliament ratified Sweden's accession protocol on Friday.", "2022-07-09", "supported"),
    # the first to ratify: the earliest day the KB dates, or within FIRST_SLACK (3) days of it
    ("Norway was the first ally to ratify Sweden's accession.", "2022-07-20", "supported"),
    ("Germany was the first ally to ratify Sweden's accession.", "2022-07-20", "supported"),  # 3 days after
    ("The Netherlands was the first ally to ratify Sweden's accession.", "2022-07-20", "flagged"),  # 7 days after
    ("Slovakia was the first ally to ratify Sweden's accession.", "2022-12-20", "none"),  # the KB does not date it
    # a date that ends a parliamentary procedure: a first chamber may have voted up to 45 days before
    ("Greek lawmakers approved Finland's accession on August 5.", "2022-09-20", "supported"),  # 41 days before
    ("Greek lawmakers approved Finland's accession on July 25.", "2022-09-20", "flagged"),  # 52 days before
])
def test_ratifications_of_finland_and_sweden(checker, text, date, expected):
    assert outcome(checker, text, date) == expected


@pytest.mark.model
@pytest.mark.parametrize("text, date, expected", [
    # the only / last holdout is the one whose ratification comes last
    ("Hungary ratified Finland's bid on Monday, leaving Turkey as the last holdout.", "2023-03-28", "supported"),
    ("Hungary ratified Finland's bid on Monday, leaving Croatia as the last holdout.", "2023-03-28", "flagged"),
    ("Hungary is now the only holdout on Sweden's accession.", "2024-01-30", "supported"),
    ("Turkey is now the only holdout on Sweden's accession.", "2024-01-30", "flagged"),
    ("Hungary and Turkey remain the only holdouts on Sweden's bid.", "2023-09-01", "none"),  # both: the KB marks only the last
    ("Hungary is the only holdout on the new sanctions package.", "2023-09-01", "none"),  # no accession
    # "the newest of NATO's N members"; not "the latest of the members to <act>"
    ("Sweden, the newest of NATO's 32 allies, will host an exercise.", "2024-06-01", "supported"),
    ("Finland, the newest of NATO's 32 allies, will host an exercise.", "2024-06-01", "flagged"),
    ("Norway is the latest of NATO's members to buy the jets.", "2024-06-01", "none"),
])
def test_holdouts_and_the_newest(checker, text, date, expected):
    assert outcome(checker, text, date) == expected


@pytest.mark.model
@pytest.mark.parametrize("text, date, expected", [
    ("Hungary, the only remaining holdout, has delayed Sweden's accession.", "2024-02-10", "supported"),
    ("Turkey, the only remaining holdout, has delayed Sweden's accession.", "2024-02-10", "flagged"),
    ("Turkey was the last holdout on Sweden's bid until January, NATO diplomats said.", "2024-03-01", "none"),
    # a counted group named by the organisation and its partner noun: partners, not members
    ("Japan, South Korea, Australia and New Zealand, four NATO partners in the Pacific, attended.", "2023-07-12", "supported"),
    ("Japan, South Korea, Australia and New Zealand, the four NATO partners, attended.", "2023-07-12", "supported"),
    ("Japan, South Korea, Australia and China, the four NATO partners, attended.", "2023-07-12", "flagged"),
    # "both members of the EU's single market" is not EU membership
    ("Switzerland and Austria, both members of the EU's single market, stayed out of NATO.", "2023-05-20", "none"),
    ("Austria and Ireland, both EU members, stayed out of NATO.", "2023-05-20", "supported"),
])
def test_holdout_tense_and_counted_partners(checker, text, date, expected):
    assert outcome(checker, text, date) == expected


@pytest.mark.model
@pytest.mark.parametrize("text, date, expected", [
    # a grouping whose KB members include organisations (the EU in the G7 and G20, the AU in the
    # G20): a count of its states agrees too
    ("The leaders of the seven G7 nations met in Hiroshima.", "2023-05-20", "supported"),
    ("The leaders of the six G7 nations met in Hiroshima.", "2023-05-20", "flagged"),
    ("The 19 G20 countries, the EU and the African Union met in New Delhi.", "2023-09-10", "supported"),
    ("The 23 G20 countries met in New Delhi.", "2023-09-10", "flagged"),
])
def test_counts_of_states_in_groupings_with_organisations(checker, text, date, expected):
    assert outcome(checker, text, date) == expected


@pytest.mark.model
@pytest.mark.parametrize("text, date, expected", [
    # "which both ...": the antecedent list is the subject
    ("Finland and Sweden, which both applied to join NATO in May, were invited in June.", "2022-07-01", "supported"),
    ("Finland and Austria, which both applied to join NATO in May, were invited in June.", "2022-07-01", "flagged"),
    # an apposition after the relative clause is a misparse, not the antecedent
    ("Estonia and Latvia, which both joined NATO in 2004, border Russia.", "2022-07-01", "supported"),
    ("Lithuania and Poland, which joined NATO in 1999, border Belarus.", "2022-07-01", "flagged"),  # Lithuania: 2004
])
def test_relative_clauses_of_a_list(checker, text, date, expected):
    assert outcome(checker, text, date) == expected


@pytest.mark.model
@pytest.mark.parametrize("text, date, expected", [
    # a share of the target split off by "with"
    ("NATO leaders endorsed a new goal of 5% of GDP, with 3.5% for core defence.", "2025-06-26", "supported"),
    ("NATO leaders endorsed a new goal of 5% of GDP, with 4.5% for core defence.", "2025-06-26", "flagged"),
    ("NATO leaders endorsed the goal, with Spain at 2.1%.", "2025-06-26", "none"),
    # "its accession" is the sentence's first state only for "the last ally to ratify"
    ("Sweden is not yet a member and will join only once every ally has ratified its accession.", "2023-06-01", "none"),
])
def test_shares_and_pronouns(checker, text, date, expected):
    assert outcome(checker, text, date) == expected
