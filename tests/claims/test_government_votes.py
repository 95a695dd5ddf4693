"""Parliaments' votes on governments (claims/government_votes.py, kb/data/government_votes.yaml):
investitures, confidence votes, no-confidence and censure motions, their outcome from the
government's side, their day and tally. Sentences written for these tests, in several wordings,
both outcomes, the day and the tally moved by one. The KB's votes used: Scholz's lost confidence
vote of 16 December 2024 (207 for, 394 against, 116 abstaining, 367 needed); Barnier's government
censured on 4 December 2024 (331, 288 needed); the motion against May's government of 16 January
2019 (306 for, 325 against); Sánchez's investitures of 16 November 2023 (179 to 171, 176 needed)
and 5 and 7 January 2020 (lost, then won); Merz's two rounds of 6 May 2025 (310, then 325); Fico's
confidence vote of 21 November 2023; Tusk's investiture of 11 December 2023 (a "vote of
confidence" in Poland); Löfven's ousting of 21 June 2021."""

from __future__ import annotations

import pytest

from accord.model import Reference, Statement, TimeQualifier
from accord.nlp.extract.claims import government_votes as votes

OURS = ("vote on the government", "investiture vote", "counted")


def verdict(checker, text: str, day: str) -> str:
    """"flagged", "supported" or "none" from the findings on this family's claims only."""
    found = [f for f in checker.findings(text, day) if any(w in str(f.get("claim")) for w in OURS)]
    if any("contradict" in str(f.get("kind")) for f in found):
        return "flagged"
    return "supported" if any("support" in str(f.get("kind")) for f in found) else "none"


# -- the rules, on the bundled KB (no model) ----------------------------------------------------------
@pytest.fixture(scope="module")
def kb_checker():
    from accord.kb import DATA_DIR, build
    from accord.reconcile.kbcheck import KBChecker

    return KBChecker(build([DATA_DIR]))


def _claim(subject, prop, value, day):
    precision = {4: "year", 7: "month"}.get(len(day), "day")
    return Statement(subject, prop, value, point_in_time=TimeQualifier(day, precision),
                     references=[Reference("d", 0, 1, "s")])


@pytest.mark.parametrize("day, expected", [
    ("2025-02-14", "contradicted_by_kb"),  # the 60th day after Scholz's lost vote: that vote, misdated
    ("2025-02-15", None),                  # the 61st: another vote, perhaps, the list does not know
    ("2024-10-17", "contradicted_by_kb"),  # the 60th day before
    ("2024-10-16", None),
    ("2024-12-15", "contradicted_by_kb"),  # a day early
    ("2024-12-16", "supported"),
    ("2024-12-17", "contradicted_by_kb"),  # a day late
])
def test_a_lost_vote_is_dated_within_sixty_days(kb_checker, day, expected):
    found = votes.check(kb_checker, _claim("person:olaf-scholz", votes.VOTE, "lost", day), None)
    assert (found.kind if found else None) == expected


@pytest.mark.parametrize("value, day, expected", [
    ("won", "2023-11-22", None),       # a won vote a day off: governments survive many votes the list lacks
    ("won", "2023-11-21", "supported"),
    ("lost", "2023-11-21", "contradicted_by_kb"),
    ("lost investiture", "2020-01-06", None),  # investitures are never dated so (rounds)
    ("lost investiture", "2020-01-05", "supported"),
    ("lost investiture", "2020-01-07", "contradicted_by_kb"),
    ("won investiture", "2020-01", None),      # a month with a lost and a won round
    ("lost", "2024", None),                    # a year covers any number of votes
])
def test_outcomes_and_their_days(kb_checker, value, day, expected):
    subject = "person:robert-fico" if "investiture" not in value else "person:pedro-sanchez"
    found = votes.check(kb_checker, _claim(subject, votes.VOTE, value, day), None)
    assert (found.kind if found else None) == expected


@pytest.mark.parametrize("number, expected", [
    ("179 investiture", "supported"), ("178 investiture", "contradicted_by_kb"),
    ("180 investiture", "contradicted_by_kb"), ("171 investiture", "supported"),  # against
    ("176 investiture", "supported"),   # the majority needed
    ("8 investiture", "supported"),     # the margin
])
def test_a_tally_off_by_one(kb_checker, number, expected):
    found = votes.check_count(kb_checker, _claim("person:pedro-sanchez", votes.COUNT, number, "2023-11-16"), None)
    assert found.kind == expected


@pytest.mark.parametrize("subject, value, day, expected", [
    ("person:friedrich-merz", "lost", "2024-12-16", "contradicted_by_kb"),  # Scholz's vote, another holder's name
    ("person:angela-merkel", "lost", "2024-12-16", "contradicted_by_kb"),
    ("person:friedrich-merz", "lost", "2024-12", None),       # a month: not one vote for sure
    ("person:friedrich-merz", "won", "2024-12-16", None),     # not that vote's outcome
    ("person:emmanuel-macron", "lost", "2024-12-16", None),   # no office of Germany's
    ("person:pedro-sanchez", "lost", "2018-06-01", None),     # the motion's challenger
    ("person:andrzej-duda", "lost", "2023-12-11", None),      # two votes that day (Morawiecki, Tusk)
])
def test_a_vote_given_to_another_holder(kb_checker, subject, value, day, expected):
    found = votes.check(kb_checker, _claim(subject, votes.VOTE, value, day), None)
    assert (found.kind if found else None) == expected


def test_no_tally_verdict_without_the_lists_tally(kb_checker):
    # Kurz's ousting of 27 May 2019 was by a show of hands: the list has no tally
    claim = _claim("person:sebastian-kurz", votes.COUNT, "97", "2019-05-27")
    assert votes.check_count(kb_checker, claim, None) is None


def test_the_lists_votes_are_well_formed(kb_checker):
    """Every listed vote: a person, a state, a kind, won or lost, a day; tallies are numbers that
    agree with the outcome (a question with its need passes when its votes reach it; else by more
    votes for than against, except in Sweden, where a prime minister stands unless a majority of
    the Riksdag votes against)."""
    kb = kb_checker.kb
    facts = kb.facts(property=votes.VOTE)
    assert len(facts) >= 50
    for f in facts:
        q = f.qualifiers or {}
        assert f.subject.startswith("person:") and kb.entity(f.subject) is not None, f
        assert q.get("state", "").startswith("state:") and kb.entity(q["state"]) is not None, f
        assert q.get("kind") in ("investiture", "confidence", "no_confidence"), f
        assert f.value in ("won", "lost") and f.point_in_time.precision == "day", f
        tally = {k: int(q[k]) for k in ("votes_for", "votes_against", "abstained", "needed") if k in q}
        if q["kind"] == "no_confidence" and "needed" in tally:
            assert (tally["votes_for"] >= tally["needed"]) == (f.value == "lost"), f
        elif q["kind"] != "no_confidence" and "needed" in tally:  # an absolute majority needed
            assert (tally["votes_for"] >= tally["needed"]) == (f.value == "won"), f
        elif q["kind"] != "no_confidence" and {"votes_for", "votes_against"} <= set(tally) and q["state"] != "state:SWE":
            assert (tally["votes_for"] > tally["votes_against"]) == (f.value == "won"), f
        elif q["kind"] == "no_confidence" and {"votes_for", "votes_against"} <= set(tally) and q["state"] != "state:SWE":
            assert (tally["votes_for"] > tally["votes_against"]) == (f.value == "lost"), f


def test_the_numbers_of_a_vote():
    from types import SimpleNamespace

    fact = SimpleNamespace(qualifiers={"votes_for": "207", "votes_against": "394", "abstained": "116", "needed": "367"})
    assert votes.numbers(fact) == {207, 394, 116, 367, 187, 160}
    assert votes.numbers(SimpleNamespace(qualifiers={})) == set()


# -- read and checked through the whole pipeline ------------------------------------------------------
@pytest.mark.model
@pytest.mark.parametrize("text, day, expected", [
    ("German Chancellor Olaf Scholz lost a confidence vote in the Bundestag on Monday.", "2024-12-17", "supported"),
    ("German Chancellor Olaf Scholz won a confidence vote in the Bundestag on Monday.", "2024-12-17", "flagged"),
    ("German Chancellor Olaf Scholz survived a confidence vote in the Bundestag on Monday.", "2024-12-17",
     "flagged"),
    ("German Chancellor Olaf Scholz did not survive a vote of confidence on 16 December 2024.", "2024-12-20",
     "supported"),
    ("German Chancellor Olaf Scholz lost a confidence vote on 17 December 2024.", "2024-12-20", "flagged"),
    ("German Chancellor Olaf Scholz lost a confidence vote in December 2024.", "2025-01-20", "supported"),
    ("Michel Barnier's government fell to a censure motion on 4 December 2024, 331 deputies voting for it.",
     "2024-12-05", "supported"),
    ("Michel Barnier's government fell to a censure motion on 4 December 2024, 332 deputies voting for it.",
     "2024-12-05", "flagged"),
    ("Michel Barnier's government survived a censure motion on 4 December 2024.", "2024-12-05", "flagged"),
    ("A censure motion against Michel Barnier's government was adopted on Wednesday with 331 votes.",
     "2024-12-05", "supported"),
    ("The government of Theresa May survived a no-confidence motion by 325 votes to 306 on Wednesday.",
     "2019-01-17", "supported"),
    ("The government of Theresa May survived a no-confidence motion by 325 votes to 307 on Wednesday.",
     "2019-01-17", "flagged"),
    ("The government of Theresa May lost a no-confidence motion on Wednesday.", "2019-01-17", "flagged"),
    ("Pedro Sánchez won the investiture vote on 16 November 2023 with 179 votes.", "2023-11-20", "supported"),
    ("Pedro Sánchez won the investiture vote on 16 November 2023 with 178 votes.", "2023-11-20", "flagged"),
    ("Pedro Sánchez lost the investiture vote on 16 November 2023.", "2023-11-20", "flagged"),
    ("Lawmakers ousted Swedish Prime Minister Stefan Lofven in a no-confidence vote on Monday.", "2021-06-22",
     "supported"),
    ("Robert Fico's government won a confidence vote on Tuesday.", "2023-11-22", "supported"),
    ("Robert Fico's government lost a confidence vote on Tuesday.", "2023-11-22", "flagged"),
    ("The French government survived a censure motion on 4 December 2024.", "2024-12-06", "flagged"),
    # who: a coalition "led by" X, a "which" clause on X's cabinet; when: a "when" clause's date
    ("The last elected government, a four-party coalition led by Kiril Petkov, fell in a no-confidence vote "
     "in June 2022.", "2023-06-06", "supported"),
    ("The last elected government, a four-party coalition led by Kiril Petkov, survived a no-confidence vote "
     "in June 2022.", "2023-06-06", "flagged"),
    ("The new cabinet replaces that of Zdravko Krivokapic, which lost a confidence vote in February.",
     "2022-04-29", "supported"),
    ("The new cabinet replaces that of Zdravko Krivokapic, which lost a confidence vote in April.",
     "2022-04-29", "flagged"),
    ("Pedro Sánchez came to power in June 2018, when he ousted Mariano Rajoy in a no-confidence vote.",
     "2023-11-16", "supported"),
    ("Pedro Sánchez came to power in July 2018, when he ousted Mariano Rajoy in a no-confidence vote.",
     "2023-11-16", "flagged"),
    ("Ludovic Orban's cabinet was brought down by a censure motion backed by 261 lawmakers on Wednesday.",
     "2020-02-06", "supported"),
    ("Ludovic Orban's cabinet was brought down by a censure motion backed by 262 lawmakers on Wednesday.",
     "2020-02-06", "flagged"),
    ("Greek Prime Minister Alexis Tsipras survived a no-confidence motion in parliament on Saturday.",
     "2018-06-17", "supported"),
    ("Greek Prime Minister Alexis Tsipras lost a no-confidence motion in parliament on Saturday.",
     "2018-06-17", "flagged"),
])
def test_votes_in_several_wordings(checker, text, day, expected):
    assert verdict(checker, text, day) == expected


@pytest.mark.model
@pytest.mark.parametrize("text, day", [
    # a vote the list lacks, a party's vote on its leader, a vote to come, a day with two rounds
    ("German Chancellor Olaf Scholz won a confidence vote on 3 March 2023.", "2023-03-04"),
    ("Theresa May survived a confidence vote of Conservative MPs on 12 December 2018.", "2018-12-13"),
    ("Boris Johnson survived a party confidence vote on 6 June 2022.", "2022-06-07"),
    ("The coalition, led by a four-party alliance, survived a confidence vote on 3 March 2023.", "2023-03-04"),
    ("Pedro Sánchez came to power in 2019, when he won an investiture vote.", "2023-11-16"),
    ("German Chancellor Olaf Scholz is expected to lose a confidence vote on 16 December.", "2024-12-10"),
    ("Friedrich Merz won the investiture vote on 6 May 2025.", "2025-05-07"),
    ("Donald Tusk won a vote of confidence in the Sejm on 11 December 2023 with 248 votes.", "2023-12-12"),
])
def test_no_false_alarm(checker, text, day):
    assert verdict(checker, text, day) != "flagged"


@pytest.mark.model
@pytest.mark.parametrize("text, day", [
    # a new term won in a parliament's vote is no national election on that day (elections.CHOSEN_BY)
    ("Pedro Sánchez secured a new term on Thursday after winning an investiture vote.", "2023-11-17"),
    ("Stefan Lofven won a new term on Wednesday in a vote in the Riksdag.", "2021-07-08"),
])
def test_a_term_won_in_parliament_is_no_election(checker, text, day):
    from tests.claims._pipeline import outcome

    assert outcome(checker, text, day) != "flagged"
