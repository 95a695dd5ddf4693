"""`claims.merge`: a claim read twice in one sentence is one claim with one reference there (one
error, one flag); read in two sentences it keeps both references."""

from __future__ import annotations

from accord.model import Reference, Statement
from accord.nlp.extract.claims import merge

SENTENCE = "NATO members Sweden and Japan sent their foreign ministers to the meeting."


def ref(start, end, sentence=SENTENCE, sentence_start=0, doc="d", **confidence):
    return Reference(doc_id=doc, start=start, end=end, sentence=sentence, sentence_start=sentence_start,
                     confidence=dict(confidence))


def japan(*refs):
    return Statement(subject="state:JPN", property="member_of", value="org:NATO", references=list(refs))


def test_two_spans_of_one_sentence_are_one_reference():
    [st] = merge([japan(ref(5, 12)), japan(ref(13, 29))])
    assert [(r.start, r.end) for r in st.references] == [(5, 12)]


def test_the_surer_reading_of_a_sentence_is_kept():
    [st] = merge([japan(ref(5, 12, link=0.4)), japan(ref(13, 29, link=0.9))])
    assert [(r.start, r.end) for r in st.references] == [(13, 29)]


def test_of_equally_sure_readings_the_first_is_kept():
    [st] = merge([japan(ref(5, 12, link=0.7)), japan(ref(13, 29, link=0.7))])
    assert [(r.start, r.end) for r in st.references] == [(5, 12)]


def test_a_certain_reading_beats_a_nearly_certain_one():
    [st] = merge([japan(ref(5, 12, link=0.99)), japan(ref(13, 29))])
    assert [(r.start, r.end) for r in st.references] == [(13, 29)]


def test_two_sentences_keep_two_references():
    later = "Japan, a NATO member, sent its foreign minister."
    [st] = merge([japan(ref(5, 12)), japan(ref(80, 85, sentence=later, sentence_start=75))])
    assert [(r.start, r.end) for r in st.references] == [(5, 12), (80, 85)]


def test_the_same_sentence_in_two_documents_keeps_both():
    [st] = merge([japan(ref(5, 12)), japan(ref(5, 12, doc="e"))])
    assert [r.doc_id for r in st.references] == ["d", "e"]


def test_different_claims_of_one_sentence_stay_apart():
    sweden = Statement(subject="state:SWE", property="member_of", value="org:NATO", references=[ref(5, 12)])
    assert len(merge([japan(ref(5, 12)), sweden])) == 2
