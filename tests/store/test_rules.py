"""The pure rules both backends share: statement ids, merging, id prefixes, search words, codec."""

from __future__ import annotations

import pytest

from accord.errors import NotFoundError
from accord.model import Annotation, Finding, Reference, Statement
from accord.store import StoreError, statement_id
from accord.store.codec import as_dict, from_row, roundtrip, to_row
from accord.store.protocol import merged_statements, normalised_ref, resolve_ref
from accord.store.text_search import SNIPPET_WORDS, WORD, fold, fts_query, query_words, score, snippet, snippet_at, sql_pattern
from tests.store.helpers import doc, statement, year

# Statement ids are stored in databases and cited in findings: they must never change silently.
GOLDEN_IDS = [
    (Statement("state:NZL", "partner_of", "org:NATO"), "c24ef94f5bc6f289"),
    (Statement("state:NZL", "partner_of", "org:NATO", start=year("2012")), "24641807560ec2b6"),
]


@pytest.mark.parametrize("st, expected", GOLDEN_IDS)
def test_statement_id_is_stable(st, expected):
    assert statement_id(st) == expected


def test_statement_id_ignores_references_and_id_but_not_identity_fields():
    d = doc("text")
    base = statement(document=d)
    assert statement_id(base) == statement_id(statement()) == statement_id(Statement(**{
        **base.__dict__, "id": "whatever", "references": []}))
    changes = [{"subject": "state:AUS"}, {"property": "member_of"}, {"value": "org:EU"},
               {"polarity": "negated"}, {"modality": "plan"}, {"start": year("2012")},
               {"end": year("2012")}, {"point_in_time": year("2012")}, {"asserted_by": "person:x"}]
    ids = {statement_id(statement(**change)) for change in changes}
    assert len(ids) == len(changes) and statement_id(base) not in ids


def test_merged_statements_fills_ids_and_keeps_the_input():
    d = doc("Wellington and NATO.")
    first = statement(document=d, span="Wellington")
    second = statement(document=d, span="NATO")
    [merged] = merged_statements(d, [first, second])
    assert merged.id == statement_id(first) and len(merged.references) == 2
    assert first.id is None and len(first.references) == 1


def test_merged_statements_refuses_foreign_references_and_no_reference():
    d, other = doc("one text"), doc("another text")
    with pytest.raises(StoreError, match="not to the document being stored"):
        merged_statements(d, [statement(document=other)])
    with pytest.raises(StoreError, match="has no reference"):
        merged_statements(d, [Statement("a", "b", "c")])
    blank = Statement("a", "b", "c", references=[Reference("", 0, 3, "one")])
    assert merged_statements(d, [blank])[0].references[0].doc_id == d.id


@pytest.mark.parametrize("ref, expected", [(" ABCDEF ", "abcdef"), ("Doc-1", "Doc-1"), ("", "")])
def test_normalised_ref(ref, expected):
    assert normalised_ref(ref) == expected


def test_resolve_ref():
    assert resolve_ref("abc", True, []) == "abc"  # an exact id of any length
    assert resolve_ref("abcd", False, ["abcd99"]) == "abcd99"
    for ref, candidates, message in [("abc", ["abc1"], "too short"), ("abcd", [], "no document"),
                                     ("abcd", ["abcd1", "abcd2"], "several documents")]:
        with pytest.raises(NotFoundError, match=message):
            resolve_ref(ref, False, candidates)


def test_search_words_and_fts_query_never_carry_syntax():
    assert query_words('Zélande, ZELANDE "NATO" OR x_y') == ["zelande", "nato", "or", "x", "y"]
    assert fts_query('say "hi" NATO-led*') == '"say" "hi" "NATO" "led"'
    assert fts_query("  ... ") is None


def test_score_needs_every_word():
    assert score(["nato", "summit"], ["NATO summit", "nato"]) == 3
    assert score(["nato", "summit"], ["NATO", None]) == 0


def test_snippet_window_and_marks():
    text = " ".join(f"w{n}" for n in range(30)) + " NATO " + " ".join(f"v{n}" for n in range(30))
    got = snippet(["nato"], [text])
    assert got.startswith("…") and got.endswith("…") and "[NATO]" in got
    assert len(got.strip("…").split()) == 12
    assert snippet(["nato"], ["Short NATO note."]) == "Short [NATO] note"
    assert snippet(["nato"], ["nothing here", None]) == ""


@pytest.mark.parametrize("before", [0, 1, 3, 4, 5, 40])
@pytest.mark.parametrize("after", [0, 8, 9, 10, 11, 12, 13, 40])
def test_snippet_at_the_first_match_is_the_snippet(before, after):
    # snippet_at cuts only the words around the match (the SNIPPET_WORDS // 4 + 1 before it, the
    # SNIPPET_WORDS + 1 from it): the same window as snippet's, whatever the words on each side,
    # long words before it included (it looks 40 characters a word back, then at every word)
    assert SNIPPET_WORDS == 12
    for long in ("", "Zélande-" * 30 + " ", ("y" * 70 + " ") * 5):
        text = long + " ".join(f"w{n}" for n in range(before)) + " NATO, " + " ".join(f"v{n}" for n in range(after))
        start = text.index("NATO")
        assert snippet_at(["nato"], text, start) == snippet(["nato"], [text]), (before, after, long)


def test_sql_pattern_letters_are_every_character_folding_to_them():
    pattern = sql_pattern("zelande")
    assert pattern.startswith("(?<![[:alnum:]])[z") and pattern.endswith("(?![[:alnum:]])")
    classes = pattern[len("(?<![[:alnum:]])["):-len("](?![[:alnum:]])")].split("][")
    assert len(classes) == 7 and all(fold(c) == "zelande"[i] for i, cls in enumerate(classes) for c in cls)
    assert {"e", "E", "é", "É", "ê"} <= set(classes[1]) and "Z" in classes[0]
    assert all(WORD.fullmatch(c) for cls in classes for c in cls)  # nothing a bracket would read as syntax


def test_codec_round_trip_keeps_new_fields_in_extra():
    f = Finding("new", "e", "d1", 1, 2, "s", evidence=[{"doc": "d2", "span": [1, 2]}], claim="c")
    row = to_row(f, ("kind",), omit=("doc_id",))
    assert row[0] == "new" and '"claim":"c"' in row[1] and "doc_id" not in row[1]
    assert from_row(Finding, ("kind",), row, doc_id="d1") == f


def test_as_dict_matches_to_dict_and_copies():
    st = statement(document=doc("x y"), start=year("2012"))
    assert as_dict(st) == st.to_dict()
    a = Annotation("mention", 0, 1, "x", data={"nested": {"list": [1]}})
    data = as_dict(a)
    data["data"]["nested"]["list"].append(2)
    assert a.data == {"nested": {"list": [1]}}


def test_roundtrip_refuses_what_json_cannot_hold():
    with pytest.raises(TypeError):
        roundtrip(Annotation("mention", 0, 1, "x", data={"bad": {1, 2}}))
