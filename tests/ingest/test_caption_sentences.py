"""Photo captions that end with their credit: the sentences are kept (after the body, each its
own paragraph), the credit is removed and reported; credit-first and labelled captions still go
whole. Sentences written for these tests."""

from __future__ import annotations

import pytest

from accord.ingest.clean import MIN_CAPTION_WORDS, separate_captions, split_caption_credit
from accord.ingest.prepare import clean_text

CAPTIONS = [
    ("Leaders of the alliance pose for a family photo in Vilnius, Lithuania, on July 11, 2023. (AP Photo/Jo Roe)",
     "Leaders of the alliance pose for a family photo in Vilnius, Lithuania, on July 11, 2023.", "(AP Photo/Jo Roe)"),
    ("Canada's prime minister arrives at the summit venue in Washington on Tuesday. (Photo: Example Wire)",
     "Canada's prime minister arrives at the summit venue in Washington on Tuesday.", "(Photo: Example Wire)"),
    ("Defence ministers meet at NATO headquarters in Brussels in February 2024. Photo / Ana Lee",
     "Defence ministers meet at NATO headquarters in Brussels in February 2024.", "Photo / Ana Lee"),
    ("The Finnish flag is raised outside the headquarters on 4 April 2023 — a first. Image by Mika Ranta",
     "The Finnish flag is raised outside the headquarters on 4 April 2023 — a first.", "Image by Mika Ranta"),
    ("Soldiers unload equipment at a base near Constanța, Romania, last year. (EPA-EFE Photo/R. Ionescu)",
     "Soldiers unload equipment at a base near Constanța, Romania, last year.", "(EPA-EFE Photo/R. Ionescu)"),
    ('Protesters hold a banner reading "No to war" in Madrid, Spain, in June 2022! (Reuters Photo/A. Gil)',
     'Protesters hold a banner reading "No to war" in Madrid, Spain, in June 2022!', "(Reuters Photo/A. Gil)"),
]


@pytest.mark.parametrize("line, caption, credit", CAPTIONS)
def test_a_caption_ending_with_its_credit_keeps_its_sentences(line, caption, credit):
    assert split_caption_credit(line) == (caption, credit)


@pytest.mark.parametrize("line", [
    "JANE ROE/Example Images Leaders pose for a photo in Riga on Monday at the summit.",  # credit first
    "Photo: Leaders pose for a photo in Riga on Monday at the summit.",                # labelled
    "(AP Photo/Jo Roe)",                                                                # a bare credit
    "Leaders in Riga. (AP Photo/Jo Roe)",                                               # a label, not a sentence
    "Leaders pose for a photo in Riga on Monday (AP Photo/Jo Roe)",                      # no sentence end
    "An ordinary paragraph about the summit in Riga, with no credit at all.",           # no caption
])
def test_other_lines_give_no_caption_sentences(line):
    assert split_caption_credit(line) is None


@pytest.mark.parametrize("words, kept", [(MIN_CAPTION_WORDS, True), (MIN_CAPTION_WORDS - 1, False)])
def test_the_caption_word_limit(words, kept):
    line = " ".join(["Ministers"] * (words - 1) + ["met."]) + " (AP Photo/Jo Roe)"
    assert (split_caption_credit(line) is not None) is kept


def test_kept_captions_go_after_the_body_and_credits_are_reported():
    raw = ("Ministers met in Oslo on Monday.\n\n"
           "The ministers pose for a photo outside the hall in Oslo. (AP Photo/Jo Roe)\n\n"
           "JANE ROE/Example Images Another caption.\n\nThey agreed on a plan.")
    text, fields, removed = clean_text(raw)
    assert text == ("Ministers met in Oslo on Monday.\n\nThey agreed on a plan.\n\n"
                    "The ministers pose for a photo outside the hall in Oslo.")
    assert [(r.step, r.text) for r in removed] == [
        ("caption", "(AP Photo/Jo Roe)"), ("caption", "JANE ROE/Example Images Another caption.")]
    assert "Roe" not in text  # the credit's names are not in the text, so never read as a typo
    assert clean_text(text)[0] == text  # cleaning again changes nothing


def test_separate_captions_without_captions_changes_nothing():
    assert separate_captions("Just a paragraph.\n\nAnother one.") == ("Just a paragraph.\n\nAnother one.", [], [])
