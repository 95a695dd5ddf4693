"""The compact encodings both stores use (store/compact.py), and what the two schemas share."""

from __future__ import annotations

import json
import zlib

from accord.model import Annotation
from accord.store import compact, postgres_schema
from accord.store.migrations import MIGRATIONS
from accord.store.text_search import fold

TEXT = "NATO met in Vilnius. Sweden joined."


def test_text_is_left_out_exactly_when_it_is_the_span():
    same = Annotation("mention", 12, 19, "Vilnius", "GPE", "place:vilnius")
    off_by_one = Annotation("mention", 12, 19, "Vilniu", "GPE", "place:vilnius")
    blob = compact.pack_annotations(TEXT, [same, off_by_one])
    assert [a for _, a in compact.unpack_annotations(TEXT, blob)] == [same, off_by_one]
    rows = json.loads(zlib.decompress(blob))
    assert rows[0][3] is None and rows[1][3] == "Vilniu"  # stored only when it is not the span


def test_unpack_filters_by_layer_and_entity_and_keeps_positions():
    anns = [Annotation("sentence", 0, 20, TEXT[:20]), Annotation("mention", 0, 4, "NATO", "ORG", "org:NATO"),
            Annotation("quote", 21, 35, TEXT[21:35], entity="org:NATO", data={"speaker": "x"}),
            Annotation("mention", 21, 27, "Sweden", "GPE", "state:SWE")]
    blob = compact.pack_annotations(TEXT, anns)
    assert compact.unpack_annotations(TEXT, blob, "mention", "org:NATO") == [(1, anns[1])]
    assert compact.unpack_annotations(TEXT, blob, None, "org:NATO") == [(1, anns[1]), (2, anns[2])]
    assert [a for _, a in compact.unpack_annotations(TEXT, blob, "sentence")] == [anns[0]]


def test_unpacked_data_is_never_shared_between_annotations():
    blob = compact.pack_annotations(TEXT, [Annotation("sentence", 0, 4, "NATO"), Annotation("sentence", 5, 8, "met")])
    first, second = [a for _, a in compact.unpack_annotations(TEXT, blob)]
    first.data["x"] = 1
    assert second.data == {}


def test_sentence_length_only_for_the_documents_own_text():
    assert compact.sentence_length(TEXT, "Sweden joined.", 21) == 14
    assert compact.sentence_length(TEXT, "Sweden joined.", 20) is None
    assert compact.sentence_length(TEXT, "Sweden joined.", 22) is None
    assert compact.sentence_length(TEXT, "Sweden joined", 21) == 13  # a prefix of the text there
    assert compact.sentence_length(TEXT, "NATO", -1) is None


def test_linked_entities_are_distinct_and_sorted():
    anns = [Annotation("mention", 0, 4, "NATO", entity="org:NATO"), Annotation("mention", 21, 27, "Sweden"),
            Annotation("quote", 0, 4, "NATO", entity="org:NATO"), Annotation("mention", 21, 27, "S", entity="a:b")]
    assert compact.linked_entities(anns) == ["a:b", "org:NATO"]


def test_postgresql_has_the_same_migrations_as_sqlite():
    assert [n for n, _ in postgres_schema.MIGRATIONS] == [n for n, _ in MIGRATIONS]


def test_postgresql_folds_accents_as_the_other_stores_do():
    # the table is built afresh here (not read from the module's constants, computed at import),
    # so a change to how it is built fails this test
    source, target = postgres_schema._fold_table()
    assert (source, target) == (postgres_schema._FROM, postgres_schema._TO)
    assert len(source) == len(target) and len(set(source)) == len(source)
    for char in "ÉéÅåÇçñÑŁłØø":
        assert (target[source.index(char)] if char in source else char.lower()) == fold(char)
    # every letter of the Latin blocks U+00C0..U+024F that folds to one other character, and no other
    for code in range(0xA0, 0x300):
        char, folded = chr(code), fold(chr(code))
        expected = 0xC0 <= code < 0x250 and len(folded) == 1 and folded not in (char, char.lower())
        assert (char in source) == expected, (hex(code), char)
        if expected:
            assert target[source.index(char)] == folded
    assert source[0] == "\u00c0" and "\u0250" not in source  # À is the first; the block ends at U+024F
