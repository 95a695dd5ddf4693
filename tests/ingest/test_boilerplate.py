"""Scraped boilerplate lines ("Read more", "Advertisement", ...): dropped whole, reported, and a
real sentence that starts with the same word kept."""

from __future__ import annotations

import pytest

from accord.ingest.clean import (
    MAX_BOILERPLATE,
    is_boilerplate,
    remove_boilerplate,
    split_boilerplate,
)
from accord.ingest.prepare import prepare
from accord.model import RawArticle, Removal

BOILERPLATE = [
    # read more, alone and with a related headline
    "Read more",
    "READ MORE",
    "Read more:",
    "READ MORE: Canada pledges new frigates for the Baltic mission",
    "Read more: Ministers in Oslo back a joint air-defence plan",
    "Read More » Poland to host the 2027 allied exercise",
    "Read More Estonia hands over its chairmanship to Latvia",
    "Also read: Chile and Peru sign a fisheries accord",
    # advertisement
    "Advertisement",
    "ADVERTISEMENT",
    "Advertisement - Scroll to continue",
    "Story continues below advertisement",
    # related
    "RELATED:",
    "RELATED: Why the Nordic states are rearming",
    "Related: Kenya's new envoy presents credentials in Tokyo",
    "RELATED COVERAGE: Vote in the Senate delayed",
    "Related stories",
    # sign up
    "Sign up for our free morning newsletter",
    "Sign up to receive breaking news alerts by email.",
    # click here
    "Click here to read the full communiqué.",
    "Click here for live updates from the summit",
    # share
    "Share this article",
    "Share this storyComments",
    "Share this article Close",
    # follow
    "Follow us on Twitter",
    "Follow us on Facebook and Instagram for more",
    "Follow The Example Times on Telegram",
    "Follow @examplenews on X",
    # cookies
    "We use cookies to improve your experience on our site.",
    "This website uses cookies. By continuing you agree to our policy.",
    "By continuing to use this site, you agree to our use of cookies.",
    "Accept all cookies",
    "Cookie settings",
]

KEPT = [
    "Read the full statement, the minister said, and judge for yourself.",
    "Reading the treaty closely, lawyers in Ottawa found a loophole.",
    "Read more carefully, the 1949 text gives no such guarantee.",
    "Read more than 300 pages of the report before the vote, aides said.",
    "Related talks between Seoul and Canberra will resume in May.",
    "Relatedly, the ministers agreed on a new fund.",
    "Advertisements for the recruitment drive ran in March.",
    "Sign up for the mission was slow, Dutch officials admitted.",
    "Click the link was all the message said, according to police.",
    "Share prices in Oslo rose after the announcement.",
    "Follow-up talks are planned for October in Vilnius.",
    "Follow the money, the auditor told Lithuania's parliament on Tuesday.",
    "We use the cookies analogy sparingly, she wrote.",
    "The Kremlin said on Thursday it would follow us on this path, Lavrov told reporters.",
]


@pytest.mark.parametrize("line", BOILERPLATE)
def test_boilerplate_lines_are_recognised(line):
    assert is_boilerplate(line)
    assert is_boilerplate("  " + line.replace(" ", "  ") + "\t")  # judged with spaces folded


@pytest.mark.parametrize("line", KEPT)
def test_real_sentences_starting_alike_are_kept(line):
    assert not is_boilerplate(line)


def test_boilerplate_inside_a_paragraph_is_not_removed():
    line = "The minister said: Read more about it later, and then left the hall in Riga."
    assert remove_boilerplate(line) == line
    # only a whole line goes
    assert not is_boilerplate("He told them to read more: the treaty is short.")


@pytest.mark.parametrize("extra, expected", [(0, True), (1, False)])
def test_a_boilerplate_line_of_exactly_the_limit_is_removed(extra, expected):
    line = "READ MORE: " + "x" * (MAX_BOILERPLATE - len("READ MORE: ") + extra)
    assert is_boilerplate(line) is expected


def test_empty_line_is_not_boilerplate():
    assert not is_boilerplate("") and not is_boilerplate("  ")


def test_boilerplate_lines_go_whole_are_reported_and_the_step_is_idempotent():
    text = ("Ministers met in Tallinn on Monday.\n\nREAD MORE: Latvia doubles its budget\n\n"
            "Advertisement\n\nThey agreed on a new plan.")
    cleaned, removed = split_boilerplate(text)
    assert cleaned == "Ministers met in Tallinn on Monday.\n\nThey agreed on a new plan."
    assert removed == ["READ MORE: Latvia doubles its budget", "Advertisement"]
    assert remove_boilerplate(cleaned) == cleaned
    assert split_boilerplate("No boilerplate here.") == ("No boilerplate here.", [])


def test_prepare_records_boilerplate_and_the_next_sentence_stands_alone():
    raw = RawArticle(source="t.txt", format="text", text=(
        "Leaders met in Vilnius.\nRead More Chile joins the Pacific pact\n"
        "Sweden became the 32nd member in March 2024."))
    doc = prepare(raw)
    assert doc.text == "Leaders met in Vilnius.\nSweden became the 32nd member in March 2024."
    assert Removal("boilerplate", "Read More Chile joins the Pacific pact") in doc.removed


def test_share_this_followed_by_a_lower_case_sentence_stays():
    assert not is_boilerplate("Share this story with the families, the mayor of Turku urged.")
