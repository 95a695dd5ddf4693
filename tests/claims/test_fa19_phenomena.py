"""The phenomena the fa19 probe (bench/probes/fa19: 40 correct wire reports of 2024-2026 about
NATO, the EU, AUKUS, the Quad and new governments; session 12) found, each with its boundary
twin: the same shape made false, or without the device, is still flagged.

- a member noun whose own "of" phrase names a body the KB does not hold ("the 21st member of the
  euro area", "a member of the Council of Europe") is ranked in that body, not in an organisation
  joined elsewhere in the sentence ("..., 19 years after it joined the EU") nor in the article's
  topic;
- "Title X, who has led Y since D" dates the title's term only when Y is what the title heads (its
  state, the country, its government, its organisation, its ministry): a party led since D is
  not the premiership; a state led under two leading offices in one unbroken run (prime minister,
  then president) is led since the run's start, which says nothing of the title's own term;
  so is power held ("in power since D", "who has been in power since D"), and "who has been
  Labour leader since D" dates another post, as do "who has held his seat since D", "who has
  served in parliament since D", "who has been in the Diet since D";
- an undated handover told in the present ("X replaces Y", "X has succeeded Y") is of the
  article's days, not of the successor's only term the KB lists (a leader back in office after
  the KB's date); an undated past one whose predecessor took the office after that term ended
  tells a later term too;
- an open term is known to hold only up to its list's coverage (an office's holders declared
  complete to 2025-10-31), however late its facts were stamped: "former" or "no longer" a year
  later is not contradicted by it (the KB's Czech list had Fiala still in office in 2026);

Sentences written for these tests."""

from __future__ import annotations

from tests.claims._pipeline import outcome


# -- a member of a body the KB does not hold -------------------------------------------------------
def test_a_rank_in_another_body_is_not_a_rank_in_the_union_joined_later_in_the_sentence(checker):
    text = ("Croatia switched to the euro on Sunday, becoming the 20th member of the euro area, "
            "almost ten years after it joined the European Union.")
    assert outcome(checker, text, "2023-01-02") != "flagged"


def test_the_same_rank_given_in_the_union_is_flagged(checker):
    text = "Croatia switched to the euro on Sunday, becoming the 20th member of the European Union."
    assert outcome(checker, text, "2023-01-02") == "flagged"


def test_the_right_rank_in_the_union_is_supported(checker):
    text = "Croatia became the 28th member of the European Union in 2013."
    assert outcome(checker, text, "2023-01-02") == "supported"


def test_membership_of_another_body_is_not_the_date_of_joining_the_alliance(checker):
    text = "Montenegro became a member of the Council of Europe in 2007, ten years before it joined NATO."
    assert outcome(checker, text, "2018-01-10") != "flagged"


def test_the_same_year_given_for_the_alliance_is_flagged(checker):
    text = "NATO has 29 members. Montenegro became a member of the alliance in 2007, a year after its independence."
    assert outcome(checker, text, "2018-01-10") == "flagged"


def test_a_bare_membership_in_an_article_about_the_alliance_is_still_read(checker):
    text = "NATO has 29 members. Montenegro became a member in 2007."
    assert outcome(checker, text, "2018-01-10") == "flagged"
    text = "NATO has 29 members. Montenegro became a member in 2017."
    assert outcome(checker, text, "2018-01-10") == "supported"


# -- "who has led Y since D" after a title -------------------------------------------------------
def test_a_party_led_since_a_year_does_not_date_the_premiership(checker):
    text = "Prime Minister Keir Starmer, who has led the Labour Party since 2020, met the king on Tuesday."
    assert outcome(checker, text, "2025-03-04") != "flagged"


def test_the_country_led_since_that_year_is_flagged(checker):
    text = "Prime Minister Keir Starmer, who has led the country since 2020, met the king on Tuesday."
    assert outcome(checker, text, "2025-03-04") == "flagged"


def test_a_state_led_first_as_prime_minister_then_as_president(checker):
    text = "President Recep Tayyip Erdogan, who has led Turkey since 2003, received the delegation in Ankara."
    assert outcome(checker, text, "2025-03-04") != "flagged"


def test_a_state_led_since_a_year_before_the_run_is_flagged(checker):
    text = "President Recep Tayyip Erdogan, who has led Turkey since 2002, received the delegation in Ankara."
    assert outcome(checker, text, "2025-03-04") == "flagged"


def test_a_state_led_under_one_office_still_dates_it(checker):
    assert outcome(checker, "President Emmanuel Macron, who has led France since 2017, spoke in Paris.",
                   "2025-03-04") == "supported"
    assert outcome(checker, "President Emmanuel Macron, who has led France since 2016, spoke in Paris.",
                   "2025-03-04") == "flagged"


def test_the_alliance_led_since_a_year_dates_the_secretary_general(checker):
    assert outcome(checker, "Secretary General Mark Rutte, who has led the alliance since 2024, spoke in Brussels.",
                   "2025-03-04") == "supported"
    assert outcome(checker, "Secretary General Mark Rutte, who has led the alliance since 2023, spoke in Brussels.",
                   "2025-03-04") == "flagged"


def test_the_run_of_leading_offices_of_a_state(accord_annotator):
    from accord.nlp.extract.offices import _leading_run_start

    kb = accord_annotator.kb
    assert _leading_run_start(kb, "person:recep-tayyip-erdogan", "office:tur-president", "state:TUR") == "2003-03-14"
    assert _leading_run_start(kb, "person:emmanuel-macron", "office:fra-president", "state:FRA") is None


def test_power_held_since_the_start_of_the_run(checker):
    assert outcome(checker, "President Recep Tayyip Erdogan, in power since 2003, received the delegation.",
                   "2025-03-04") != "flagged"
    assert outcome(checker, "President Recep Tayyip Erdogan, who has been in power since 2003, received the delegation.",
                   "2025-03-04") != "flagged"
    assert outcome(checker, "President Recep Tayyip Erdogan, in power since 2001, received the delegation.",
                   "2025-03-04") == "flagged"


def test_power_held_under_one_office_still_dates_it(checker):
    assert outcome(checker, "Prime Minister Viktor Orban, in power since 2010, met the king.", "2025-03-04") == "supported"
    assert outcome(checker, "Prime Minister Viktor Orban, in power since 2011, met the king.", "2025-03-04") == "flagged"


def test_another_post_held_since_a_year_does_not_date_the_title(checker):
    assert outcome(checker, "Prime Minister Keir Starmer, who has been Labour leader since 2020, met the king.",
                   "2025-03-04") != "flagged"
    assert outcome(checker, "Prime Minister Keir Starmer, who has been prime minister since 2020, met the king.",
                   "2025-03-04") == "flagged"


def test_a_seat_or_a_chamber_held_since_a_year_does_not_date_the_title(checker):
    for text in ("Foreign Secretary David Lammy, who has held his Tottenham seat since 2000, visited Kyiv.",
                 "Foreign Secretary David Lammy, who has served in parliament since 2000, visited Kyiv."):
        assert outcome(checker, text, "2024-09-10") != "flagged", text
    assert outcome(checker, "Prime Minister Fumio Kishida, who has been in the Diet since 1993, spoke in Tokyo.",
                   "2024-03-11") != "flagged"


def test_the_post_held_since_a_year_still_dates_the_title(checker):
    for text in ("Foreign Secretary David Lammy, who has held the post since 2022, visited Kyiv.",
                 "Foreign Secretary David Lammy, who has served in the role since 2022, visited Kyiv.",
                 "Foreign Secretary David Lammy, who has been in office since 2022, visited Kyiv."):
        assert outcome(checker, text, "2024-09-10") == "flagged", text
    assert outcome(checker, "Foreign Secretary David Lammy, who has held the post since July, visited Kyiv.",
                   "2024-09-10") == "supported"


# -- an undated handover of the article's days ---------------------------------------------------
def test_a_leader_back_in_office_replaces_the_one_after_his_last_term(checker):
    # Babis's second premiership (December 2025) is after the KB's date: its handover is unknown
    assert outcome(checker, "Andrej Babis, a former prime minister, replaces Petr Fiala.", "2025-12-12") != "flagged"
    assert outcome(checker, "Andrej Babis, who replaced Petr Fiala, named his cabinet.", "2026-01-05") != "flagged"


def test_the_same_handover_told_in_the_year_of_the_term_is_flagged(checker):
    # in December 2017 Babis replaced Sobotka; Fiala took over from Babis four years later
    assert outcome(checker, "Andrej Babis replaces Petr Fiala.", "2017-12-14") == "flagged"
    assert outcome(checker, "Andrej Babis replaces Bohuslav Sobotka.", "2017-12-14") == "supported"


def test_a_present_handover_within_days_of_the_term_is_checked(checker):
    assert outcome(checker, "Gabriel Attal replaces Elisabeth Borne as French prime minister.", "2024-01-10") == "supported"
    assert outcome(checker, "Gabriel Attal replaces Jean Castex as French prime minister.", "2024-01-10") == "flagged"


def test_a_present_handover_is_of_the_office_taken_up_that_month(checker):
    # Luxon had led the opposition since 2021 (an office Little had held too); on the day he is
    # sworn in, "replaces" tells the premiership
    assert outcome(checker, "Christopher Luxon replaces Labour's Chris Hipkins.", "2023-11-27") == "supported"
    assert outcome(checker, "Christopher Luxon replaces Labour's Andrew Little.", "2023-11-27") == "flagged"


def test_the_tense_of_the_day(accord_annotator):
    from accord.nlp.extract.claims.handovers import _of_the_day

    nlp = accord_annotator.nlp
    verb = lambda text, word: next(t for t in nlp(text) if t.text == word)  # noqa: E731
    assert _of_the_day(verb("Gabriel Attal replaces Elisabeth Borne.", "replaces"))
    assert _of_the_day(verb("Gabriel Attal has replaced Elisabeth Borne.", "replaced"))
    assert not _of_the_day(verb("Gabriel Attal replaced Elisabeth Borne.", "replaced"))
    assert not _of_the_day(verb("Gabriel Attal had replaced Elisabeth Borne.", "replaced"))


# -- an open term past its list's coverage --------------------------------------------------------
def test_a_minister_called_former_after_the_lists_coverage_is_not_contradicted(checker):
    # the Fiala cabinet left office in December 2025; the KB's list of foreign ministers ends in
    # October 2025 with Lipavsky's term open
    text = "Former Czech Foreign Minister Jan Lipavsky spoke at a conference in Prague on Monday."
    assert outcome(checker, text, "2026-03-09") != "flagged"


def test_the_same_minister_called_former_inside_the_coverage_is_flagged(checker):
    text = "Former Czech Foreign Minister Jan Lipavsky spoke at a conference in Prague on Monday."
    assert outcome(checker, text, "2025-06-09") == "flagged"


def test_no_longer_in_office_after_and_inside_the_coverage(checker):
    assert outcome(checker, "Jana Cernochova is no longer the Czech defence minister.", "2026-03-09") != "flagged"
    assert outcome(checker, "Jana Cernochova is no longer the Czech defence minister.", "2025-06-09") == "flagged"


def test_the_czech_premiership_after_the_election_of_october_2025(checker):
    assert outcome(checker, "Former Czech Prime Minister Petr Fiala spoke in Brno on Monday.", "2026-02-09") == "supported"
    assert outcome(checker, "Andrej Babis replaced Petr Fiala as Czech prime minister in December.",
                   "2026-02-09") == "supported"
    assert outcome(checker, "Andrej Babis replaced Petr Fiala as Czech prime minister in October.",
                   "2026-02-09") == "flagged"


def test_known_until_is_capped_by_the_lists_coverage(accord_annotator):
    from accord.reconcile.kbcheck import known_until

    kb = accord_annotator.kb
    term = next(f for f in kb.facts(subject="person:jan-lipavsky", property="holds_office") if f.end is None)
    assert term.as_of > "2025-10-31"
    assert known_until(term) == term.as_of
    assert known_until(term, kb) == "2025-10-31"
