"""The report's data shape and its three renderings."""

from __future__ import annotations

from accord.model import Document, Finding
from accord.report import build, highlight, summary_line
from accord.report import render

SENTENCE = "Japan, a member of NATO since 2014, sent a delegation."


def finding(kind="contradicted_by_kb", sentence=SENTENCE, start=100, end=127, sentence_start=93, **kw) -> Finding:
    return Finding(kind=kind, explanation="Japan is a partner of NATO, not a member.", doc_id="d" * 64,
                   start=start, end=end, sentence=sentence, sentence_start=sentence_start, claim="Japan member of NATO",
                   evidence=[{"type": "kb", "subject": "state:JPN", "property": "partner_of", "value": "org:NATO",
                              "start": "2014-05-06", "end": None, "point_in_time": None,
                              "source": "https://www.nato.int/", "as_of": "2026-01-01"}], **kw)


def doc() -> Document:
    return Document(id="d" * 64, text="...", source="a.txt", format="txt", title="Japan and NATO", published="2023-05-01")


def test_highlight_cuts_the_sentence_around_the_claim():
    h = highlight(finding())
    assert h == {"before": "Japan, ", "claim": "a member of NATO since 2014", "after": ", sent a delegation."}


def test_highlight_stays_inside_the_sentence_when_offsets_are_off():
    h = highlight(finding(start=0, end=10_000))
    assert h["before"] + h["claim"] + h["after"] == SENTENCE


def test_build_counts_and_flags():
    report = build([doc()], [finding(), finding(kind="supported", start=200, end=210)])
    assert report["summary"] == {"contradicted_by_kb": 1, "supported": 1}
    assert report["flagged"] == 1
    assert report["findings"][0]["document"] == "Japan and NATO"
    assert summary_line(report).startswith("1 article(s), 2 claim(s), 1 flagged")


def test_build_counts_a_claim_once_under_its_most_severe_finding():
    report = build([doc()], [finding(kind="supported"), finding()])
    assert report["summary"] == {"contradicted_by_kb": 1} and report["claims"] == 1 and report["flagged"] == 1


def test_text_marks_the_claim_and_lists_the_evidence_with_its_source():
    out = render.text(build([doc()], [finding()]))
    assert "»a member of NATO since 2014«" in out
    assert "https://www.nato.int/" in out and "CONTRADICTED" in out


def test_markdown_bolds_the_claim():
    assert "**a member of NATO since 2014**" in render.markdown(build([doc()], [finding()]))


def test_html_escapes_article_text():
    evil = "<script>alert(1)</script> Japan, a member of NATO since 2014, sent a delegation."
    out = render.html(build([doc()], [finding(sentence=evil, sentence_start=93 - len("<script>alert(1)</script> "))]))
    assert "<script>alert" not in out and "&lt;script&gt;" in out
    assert "<mark>" in out


def test_a_folded_flag_is_shown_as_evidence_with_its_own():
    folded = {"type": "finding", "kind": "conflicting_sources", "claim": "Japan member of NATO",
              "explanation": "Another article says the opposite.",
              "evidence": [{"type": "document", "doc_id": "e" * 64, "start": 0, "end": 5, "sentence": "Japan is not."}]}
    flag = finding()
    flag.evidence.append(folded)
    out = render.text(build([doc()], [flag]))
    assert "also conflicting sources: Another article says the opposite." in out
    assert "“Japan is not.”" in out and "KB: None" not in out


def test_html_links_each_claim_to_its_source_sentence_and_its_evidence():
    other = Document(id="e" * 64, text="...", source="b.txt", format="txt", title=None, published="2023-06-01")
    first = Document(id="d" * 64, text="...", source="a.txt", format="txt", title="Japan and NATO",
                     published="2023-05-01", url="https://news.example/japan")
    flag = finding()
    flag.evidence.append({"type": "document", "doc_id": other.id, "start": 0, "end": 5, "sentence": "Japan is a partner."})
    out = render.html(build([first, other], [flag]))
    # the table of claims: the claim links to its sentence, the evidence count to the evidence
    assert "<a href='#source-1'>Japan member of NATO</a>" in out and "<a href='#evidence-1'>2</a>" in out
    assert "<blockquote id='source-1'>Japan, <mark>a member of NATO since 2014</mark>" in out
    assert "<ul class=evidence id='evidence-1'>" in out
    # the KB fact links to its source, the other article to its entry, the claim to the original
    assert "<a href='https://www.nato.int/'>source</a>" in out
    assert "other article <a href='#doc-2'>b.txt</a>" in out and "<li id='doc-2'>b.txt" in out
    assert "<a href='https://news.example/japan#:~:text=a%20member%20of%20NATO%20since%202014'>" in out


def test_html_links_only_web_and_file_addresses():
    evil = Document(id="d" * 64, text="...", source="a.txt", format="txt", title="x", published=None,
                    url="javascript:alert(1)")
    flag = finding()
    flag.evidence[0]["source"] = "javascript:alert(2)"
    out = render.html(build([evil], [flag]))
    assert "href='javascript" not in out.lower() and "javascript:alert(1)" in out  # shown, never linked


def test_a_report_title_falls_back_to_the_first_line():
    untitled = Document(id="d" * 64, text="\n  Headline of the day  \n\nBody.", source="a.txt", format="txt")
    assert build([untitled], [finding()])["findings"][0]["document"] == "Headline of the day"
