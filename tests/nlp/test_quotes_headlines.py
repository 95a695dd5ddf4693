"""Title-case headlines that attribute words or a stance (quotes.headlines), on headlines
written for the purpose. The rule reads the surface only, so a tokenizer is enough.

Each headline is read as (speaker, cue, content, kind).
"""

from __future__ import annotations

import pytest

from accord.nlp.extract.quotes.headlines import headline_reports, verb_lemma


@pytest.fixture(scope="module")
def tokenizer():
    spacy = pytest.importorskip("spacy")
    return spacy.blank("en")


def read(tokenizer, line: str) -> list[tuple[str, str, str, str]]:
    doc = tokenizer(line)
    return [(s.text, c.text, t.text, k) for s, c, t, k in headline_reports(doc, [(0, len(line))])]


@pytest.mark.parametrize("line, expected", [
    ("Harbour Chief Says Bridge Will Close In June.",
     ("Harbour Chief", "Says", "Bridge Will Close In June", "reported")),
    ("Jane Doe Endorses the Mayor For a Second Term",
     ("Jane Doe", "Endorses", "the Mayor For a Second Term", "belief")),
    ("Council Just Announced a New Ferry Timetable",
     ("Council", "Just Announced", "a New Ferry Timetable", "reported")),
    ("Finance Minister Warns Of Slower Growth Next Year",
     ("Finance Minister", "Warns", "Of Slower Growth Next Year", "reported")),
    ("Senator Slams Port Deal As ‘A Giveaway.’",
     ("Senator", "Slams", "Port Deal As ‘A Giveaway.’", "belief")),
    ("Former Mayor Denies Taking Money From Developers",
     ("Former Mayor", "Denies", "Taking Money From Developers", "reported")),
    ("Union Leader Told Workers To Stay Home On Friday",
     ("Union Leader", "Told", "Workers To Stay Home On Friday", "reported")),
])
def test_headline_names_a_speaker_before_an_inflected_cue(tokenizer, line, expected):
    assert read(tokenizer, line) == [expected]


@pytest.mark.parametrize("line", [
    "Russia Attacks Ukraine Again",  # a deed between states, not a stance
    "Mayor Opens the New Bridge",  # the first verb is no cue
    "Clinton Emails Show Gaps In Record Keeping",  # a plural noun before the verb ("Show": no cue)
    "The harbour chief says the bridge will close in June.",  # a sentence, not a title-case line
    "EXCLUSIVE Says Nothing About Anything",  # a label is no speaker
    "Mayor Says",  # nothing said
    "Residents Of The Old Quarter Near The Harbour Front Say Yes",  # a base form, and a long run
])
def test_no_attribution(tokenizer, line):
    assert read(tokenizer, line) == []


@pytest.mark.parametrize("word, lemma", [
    ("Says", "say"), ("Said", "say"), ("Endorses", "endorse"), ("Slammed", "slam"), ("Denies", "deny"),
    ("Announced", "announce"), ("Praises", "praise"), ("Report", None), ("Plan", None), ("Harbour", None),
])
def test_verb_lemma_reads_inflected_forms_only(word, lemma):
    assert verb_lemma(word) == lemma


def test_speaker_of_six_words_is_read_and_of_seven_is_not(tokenizer):
    six = "Port Workers Union Regional Branch Secretary Says Talks Have Stalled"
    seven = "Port Workers Union Regional Branch Deputy Secretary Says Talks Have Stalled"
    assert read(tokenizer, six)[0][0] == "Port Workers Union Regional Branch Secretary"
    assert read(tokenizer, seven) == []


def test_four_in_five_words_capitalised_make_a_headline(tokenizer):
    # the small words aside: 5 of 6 words capitalised is a headline, 3 of 6 a sentence
    assert read(tokenizer, "Mayor Says Ferry Fares will Rise") != []
    assert read(tokenizer, "Mayor Says Ferry fares will rise") == []
