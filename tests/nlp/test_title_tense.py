"""Titles the person holds now, held before, or does not hold yet. Sentences written for these
tests, parsed by the model."""

from __future__ import annotations

import pytest

from accord.nlp.extract.titles import titled_names

pytestmark = pytest.mark.model


def titles(nlp, text):
    doc = nlp(text)
    return {doc[t.name[0]:t.name[1]].text: (t.title_text, t.former, t.prospective) for t in titled_names(doc)}


@pytest.mark.parametrize("text, name", [
    ("Incoming Prime Minister Anna Berg met the press on Monday.", "Anna Berg"),
    ("Prime Minister-designate Anna Berg met the press on Monday.", "Anna Berg"),
    ("The talks were led by President-elect Anna Berg in Oslo.", "Anna Berg"),
    ("The vote could return its founder, Anna Berg, as president of the republic.", "Anna Berg"),
    ("The party backed the possible re-election of its founder, Anna Berg, as president next year.", "Anna Berg"),
])
def test_a_title_not_held_yet_is_prospective(spacy_model, text, name):
    found = titles(spacy_model, text)
    assert name in found and found[name][2] is True, found


@pytest.mark.parametrize("text, name", [
    ("Prime Minister Anna Berg met the press on Monday.", "Anna Berg"),
    ("The talks were led by Anna Berg, the country's foreign minister, in Oslo.", "Anna Berg"),
    ("Anna Berg, as foreign minister, signed the treaty on Monday.", "Anna Berg"),
])
def test_a_title_held_now_is_not_prospective(spacy_model, text, name):
    found = titles(spacy_model, text)
    assert name in found and found[name][1:] == (False, False), found


def test_a_former_title_is_former_not_prospective(spacy_model):
    found = titles(spacy_model, "Former Prime Minister Anna Berg met the press on Monday.")
    assert found["Anna Berg"][1:] == (True, False)
