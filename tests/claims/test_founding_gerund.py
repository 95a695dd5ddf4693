""""Denmark and Norway were founding members of NATO" is parsed as a progressive "were founding"
with "members" its object; the repair makes the copula the verb, "members" its complement and
"founding" the noun's modifier (`repairs.gerund_before_its_noun`), so the founders are read and
checked. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.claims._pipeline import outcome


def test_the_gerund_becomes_the_nouns_modifier(accord_annotator):
    doc = accord_annotator.nlp("Denmark and Norway were founding members of NATO.")
    founding, members, were = (next(t for t in doc if t.text == w) for w in ("founding", "members", "were"))
    assert (founding.dep_, founding.head.text) == ("amod", "members")
    assert (members.dep_, members.head.text) == ("attr", "were")
    assert were.dep_ == "ROOT" and [c.text for c in were.children if c.dep_ == "nsubj"] == ["Denmark"]


def test_a_progressive_with_another_object_is_left_as_parsed(accord_annotator):
    doc = accord_annotator.nlp("They were founding a new party in 2019.")
    founding = next(t for t in doc if t.text == "founding")
    assert founding.pos_ == "VERB" and any(c.dep_ == "dobj" for c in founding.children)


@pytest.mark.parametrize("text,expected", [
    ("Sweden joined NATO on Thursday. Its neighbours Denmark and Norway were founding members of NATO.",
     "supported"),
    ("Sweden joined NATO on Thursday. Its neighbours Denmark and Finland were founding members of NATO.",
     "flagged"),
    ("Sweden joined NATO on Thursday. Denmark and Iceland were founding members of the alliance.",
     "supported"),
    ("Sweden joined NATO on Thursday. Denmark and Sweden were founding members of the alliance.",
     "flagged"),
])
def test_founders_said_with_were_founding_members_are_checked(checker, text, expected):
    assert outcome(checker, text, "2024-03-07") == expected
