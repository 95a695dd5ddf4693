"""The store contract: every backend runs these tests (haystack's DocumentStore test suite shape).

A backend's test module subclasses `StoreConformance` and provides a `store` fixture returning a
new, empty store. Nothing here knows which backend it is testing.
"""

from __future__ import annotations

import pytest

from accord.errors import Errors, NotFoundError
from accord.model import Annotation
from accord.store import Store, StoreError, statement_id
from accord.store.protocol import dated_key
from tests.store.helpers import REMOVED, day, doc, finding, mention, mentions_in, statement, year

A = doc("New Zealand joined the summit in Madrid.", "2022-06-29", "Madrid")
B = doc("NATO said New Zealand is a partner. Wellington agreed.", "2023-04-11", "Vilnius")
C = doc("An undated note about Sweden and NATO.", None, "Note")


class StoreConformance:
    """Tests every Store must pass. Subclasses provide the `store` fixture."""

    # -- add, contains, count --------------------------------------------------------------

    def test_is_a_store(self, store):
        assert isinstance(store, Store)

    def test_add_stores_once(self, store):
        assert store.add(A, mentions_in(A, ("New Zealand", "state:NZL"))) is True
        assert store.add(A, [mention("Madrid", 33, "place:madrid")]) is False
        assert store.count() == 1
        assert A.id in store and B.id not in store and 42 not in store
        assert [a.entity for a in store.annotations(A.id)] == ["state:NZL"]  # second add: no change

    def test_document_round_trip_keeps_every_field(self, store):
        full = doc("Text with everything.", "2023-01-02", "Title", removed=REMOVED,
                   meta={"model": "m 1.0", "nested": {"list": [1, "ü"]}}, url="https://example.org/a")
        store.add(full)
        assert store.get(full.id) == full

    def test_stored_records_are_copies(self, store):
        annotation = mention("Madrid", 33, "place:madrid", confidence=0.5)
        store.add(A, [annotation])
        annotation.data["confidence"] = 0.0
        A_copy = store.get(A.id)
        A_copy.meta["changed"] = True
        assert store.annotations(A.id)[0].data == {"confidence": 0.5}
        assert store.get(A.id).meta == {}

    # -- get -------------------------------------------------------------------------------

    def test_get_by_id_and_unique_prefix(self, store):
        store.add(A)
        store.add(B)
        assert store.get(A.id) == A
        assert store.get(A.id[:4]).id == A.id
        assert store.get("  " + B.id[:10].upper() + " ").id == B.id

    def test_entity_counts_are_mentions_per_linked_entity(self, store):
        store.add(A, mentions_in(A, ("New Zealand", "state:NZL"), ("Madrid", "place:madrid")))
        store.add(B, [*mentions_in(B, ("NATO", "org:NATO"), ("New Zealand", "state:NZL")),
                      Annotation("sentence", 0, 10, B.text[:10]),
                      Annotation("quote", 0, 4, "NATO", entity="org:NATO")])  # a quote is not a mention
        store.add(B, mentions_in(B, ("NATO", "org:NATO")))  # already there: not counted again
        assert store.entity_counts() == [("state:NZL", 2), ("org:NATO", 1), ("place:madrid", 1)]
        assert store.entity_counts(limit=1) == [("state:NZL", 2)]

    def test_published_dates(self, store):
        for d in (A, B, C):
            store.add(d)
        got = store.published_dates([C.id, A.id, "0" * 64, A.id])
        assert got == {A.id: "2022-06-29", C.id: None}

    def test_get_ambiguous_prefix(self, store):
        first, second = doc("one", doc_id="abcd" + "1" * 60), doc("two", doc_id="abcd" + "2" * 60)
        store.add(first)
        store.add(second)
        with pytest.raises(NotFoundError) as err:
            store.get("abcd")
        assert str(err.value) == Errors.E013.format(ref="abcd")
        assert store.get("abcd2").id == second.id

    def test_get_missing_and_too_short(self, store):
        store.add(A)
        missing = "ffff" if not A.id.startswith("ffff") else "eeee"
        with pytest.raises(NotFoundError) as err:
            store.get(missing)
        assert "no document matches" in str(err.value)
        assert str(err.value) == Errors.E012.format(ref=missing)
        with pytest.raises(NotFoundError) as err:
            store.get(A.id[:3])
        assert str(err.value) == Errors.E301.format(ref=A.id[:3], minimum=4)

    # -- documents -------------------------------------------------------------------------

    def test_documents_by_date_unknown_last_then_id(self, store):
        same_day = [doc(f"Same day {n}", "2023-04-11") for n in range(3)]
        for d in [C, B, *same_day, A]:
            store.add(d)
        expected = [A, *sorted([B, *same_day], key=lambda d: d.id), C]
        assert [d.id for d in store.documents()] == [d.id for d in expected]
        assert [d.id for d in store.documents(limit=2, offset=1)] == [d.id for d in expected[1:3]]
        assert store.documents(limit=10, offset=99) == []
        assert store.count() == 6

    # -- annotations -----------------------------------------------------------------------

    def test_annotations_by_start_and_layer(self, store):
        sentence = Annotation(layer="sentence", start=0, end=35, text=B.text[:35])
        late = mention("Wellington", B.text.index("Wellington"), "city:wellington")
        early = mention("NATO", 0, "org:NATO", layer="mention", confidence=0.93)
        nz = mention("New Zealand", B.text.index("New Zealand"), "state:NZL", anomaly=None)
        store.add(B, [late, sentence, nz, early])
        got = store.annotations(B.id)
        assert [(a.layer, a.start) for a in got] == [("sentence", 0), ("mention", 0), ("mention", 10),
                                                      ("mention", 36)]  # ties keep the given order
        assert [a.text for a in store.annotations(B.id, layer="mention")] == ["NATO", "New Zealand",
                                                                              "Wellington"]
        assert got[1] == early
        assert store.annotations(B.id, layer="quote") == []
        assert store.annotations("0" * 64) == []

    def test_mentions_of_entity_in_document_order(self, store):
        store.add(C, mentions_in(C, ("NATO", "org:NATO")))
        store.add(B, mentions_in(B, ("New Zealand", "state:NZL"), ("NATO", "org:NATO")))
        store.add(A, [*mentions_in(A, ("New Zealand", "state:NZL")),
                      mention("New Zealand", 0, "state:NZL", layer="quote")])
        hits = store.mentions_of("state:NZL")
        assert [(d, a.layer, a.start) for d, a in hits] == [
            (A.id, "mention", 0), (A.id, "quote", 0), (B.id, "mention", 10)]
        assert [d for d, _ in store.mentions_of("org:NATO")] == [B.id, C.id]
        assert len(store.mentions_of("state:NZL", layer="mention")) == 2
        assert store.mentions_of("state:SWE") == []
        assert store.mentions_of("state:NZL", limit=2, offset=1) == hits[1:3]
        assert store.mentions_of("state:NZL", limit=1) == hits[:1]

    # -- statements ------------------------------------------------------------------------

    def test_references_and_findings_read_back_with_the_sentence_they_were_added_with(self, store):
        """Wherever the sentence starts in the text, and when it is not the text's own (kept as
        written): a read gives back the sentence and its offset, not only the span."""
        from accord.model import Reference

        d = doc("Finland applied in May. Finland joined NATO in April 2023.", "2023-04-04")
        second = d.text.index("Finland joined")
        st = statement("state:FIN", "member_of", "org:NATO")
        st.references = [Reference(doc_id=d.id, start=second, end=second + 7, sentence=d.text[second:],
                                   sentence_start=second),
                         Reference(doc_id=d.id, start=0, end=7, sentence="Finland (as quoted) applied.")]
        flag = finding(d, statement_id=st.id, sentence_start=second)
        flag.sentence = d.text[second:]
        assert store.add(d, [], [st])
        store.set_findings([flag])
        [back] = store.statements()
        assert sorted((r.start, r.sentence, r.sentence_start) for r in back.references) == [
            (0, "Finland (as quoted) applied.", 0), (second, d.text[second:], second)]
        assert [(f.sentence, f.sentence_start) for f in store.findings()] == [(d.text[second:], second)]

    def test_same_statement_from_two_documents_is_one_with_two_references(self, store):
        store.add(B, statements=[statement(document=B, span="NATO said")])
        store.add(A, statements=[statement(document=A, span="joined the summit")])
        [merged] = store.statements()
        assert merged.id == statement_id(statement())
        # In document order (A was published first), not by offset or by the order of adding.
        assert [(r.doc_id, r.start) for r in merged.references] == [(A.id, 12), (B.id, 0)]

    def test_statement_identity_fields_keep_statements_apart(self, store):
        variants = [statement(document=A), statement(document=A, polarity="negated"),
                    statement(document=A, start=year("2012")), statement(document=A, start=year("2021")),
                    statement(document=A, asserted_by="person:x"), statement(document=A, modality="plan")]
        store.add(A, statements=variants)
        got = store.statements()
        assert len(got) == len({s.id for s in got}) == 6
        assert all(len(s.references) == 1 for s in got)

    def test_repeated_statement_in_one_document_is_merged(self, store):
        twice = [statement(document=B, span="NATO said"), statement(document=B, span="Wellington")]
        store.add(B, statements=twice)
        [merged] = store.statements()
        assert [r.start for r in merged.references] == [0, B.text.index("Wellington")]

    def test_statement_filters(self, store):
        store.add(A, statements=[statement(document=A), statement("state:NZL", "attended", "event:madrid",
                                                                  document=A)])
        store.add(C, statements=[statement("state:SWE", "member_of", "org:NATO", document=C)])
        assert {s.property for s in store.statements(subject="state:NZL")} == {"partner_of", "attended"}
        assert [s.subject for s in store.statements(property="member_of")] == ["state:SWE"]
        assert len(store.statements(doc_id=A.id)) == 2
        assert store.statements(subject="state:NZL", doc_id=C.id) == []
        assert store.statements(subject="state:NZL", property="attended", doc_id=A.id)[0].value == \
            "event:madrid"
        assert store.statements(doc_id="0" * 64) == []

    def test_statements_by_value(self, store):
        store.add(A, statements=[statement(document=A), statement("state:NZL", "attended", "event:madrid",
                                                                  document=A)])
        store.add(C, statements=[statement("state:SWE", "member_of", "org:NATO", document=C)])
        assert [s.subject for s in store.statements(value="org:NATO")] == ["state:NZL", "state:SWE"]
        assert [s.subject for s in store.statements(value="org:NATO", property="member_of")] == ["state:SWE"]
        assert [s.property for s in store.statements(value="event:madrid", doc_id=A.id)] == ["attended"]
        assert store.statements(value="org:EU") == []
        [one] = store.statements(value="org:NATO", property="member_of")
        assert store.statements(statement_id=one.id) == [one]
        assert store.statements(statement_id=one.id, subject="state:NZL") == []

    def test_statement_pages_and_counts(self, store):
        made = [statement(f"state:{c}", "member_of", "org:NATO", document=A) for c in "DCEBA"]
        store.add(A, statements=made)
        subjects = [s.subject for s in store.statements(property="member_of")]
        assert subjects == ["state:A", "state:B", "state:C", "state:D", "state:E"]
        assert [s.subject for s in store.statements(property="member_of", limit=2, offset=1)] == subjects[1:3]
        assert [s.subject for s in store.statements(offset=4)] == subjects[4:]
        assert store.statements(limit=0) == []
        assert store.statement_count(property="member_of") == 5
        assert store.statement_count(value="org:EU") == 0
        assert store.statement_count(doc_id=A.id, subject="state:C") == 1

    def test_first_references_in_document_order_and_their_counts(self, store):
        # B (2023) is added first, then C (undated), then A (2022): document order is A, B, C.
        for d, span in ((B, "NATO said"), (C, "Sweden"), (A, "joined the summit")):
            store.add(d, statements=[statement(document=d, span=span), statement("state:X", "left", "org:Y",
                                                                                 document=d, span=span)])
        full = store.statements(subject="state:NZL")
        [first_two] = store.statements(subject="state:NZL", max_references=2)
        assert [r.doc_id for r in full[0].references] == [A.id, B.id, C.id]
        assert first_two.references == full[0].references[:2]
        assert first_two.id == full[0].id and first_two.start == full[0].start
        assert [len(s.references) for s in store.statements(max_references=1)] == [1, 1]
        assert [s.references for s in store.statements(max_references=0)] == [[], []]
        # With a document, its own references are always there, in document order.
        [of_c] = store.statements(subject="state:NZL", doc_id=C.id, max_references=1)
        assert [r.doc_id for r in of_c.references] == [A.id, C.id]
        [of_a] = store.statements(subject="state:NZL", doc_id=A.id, max_references=2)
        assert [r.doc_id for r in of_a.references] == [A.id, B.id]
        [only_c] = store.statements(subject="state:NZL", doc_id=C.id, max_references=0)
        assert [r.doc_id for r in only_c.references] == [C.id]
        counts = store.reference_counts([full[0].id, "unknown"])
        assert counts == {full[0].id: 3, "unknown": 0}

    def test_first_references_of_one_day_go_by_document_id(self, store):
        # Two reports of the same day: the one with the smaller id comes first even where the
        # other makes the statement earlier in its text; the day before comes before both.
        first = doc("Sweden joined NATO, said the report of the first day.", "2020-01-01")
        x = doc("NATO welcomed Sweden as a member, said one report of the next day.", "2020-01-02")
        y = doc("Another report of the next day said that Sweden had joined NATO.", "2020-01-02")
        low, high = sorted((x, y), key=lambda d: d.id)
        spans = {high.id: high.text.split()[0], low.id: low.text[-9:], first.id: "Sweden"}
        for d in (high, low, first):
            store.add(d, statements=[statement("state:SWE", "member_of", "org:NATO", document=d, span=spans[d.id])])
        assert low.text.index(spans[low.id]) > high.text.index(spans[high.id]) == 0
        order = [first.id, low.id, high.id]
        for n in (1, 2, 3, 4):
            [st] = store.statements(subject="state:SWE", max_references=n)
            assert [r.doc_id for r in st.references] == order[:n]
            [dated] = store.dated_statements("state:SWE", max_references=n)
            assert [r.doc_id for r in dated.references] == order[:n]
        [every] = store.statements(subject="state:SWE")
        assert [r.doc_id for r in every.references] == order

    def test_dated_statements_earliest_first(self, store):
        # Own dates first; an undated statement takes its first report's publication date; one with
        # neither (made only by the undated C) is left out.
        store.add(B, statements=[statement(document=B, span="NATO said"),
                                 statement("state:NZL", "member_of", "org:EU", document=B, start=year("2021"))])
        store.add(A, statements=[statement(document=A, span="joined"),
                                 statement("state:FIN", "joined", "org:NATO", document=A,
                                           point_in_time=year("2023"))])
        store.add(C, statements=[statement("state:SWE", "member_of", "org:NATO", document=C)])
        dated = store.dated_statements()
        assert [(s.subject, s.property) for s in dated] == [
            ("state:NZL", "member_of"), ("state:NZL", "partner_of"), ("state:FIN", "joined")]
        assert [r.doc_id for r in dated[1].references] == [A.id, B.id]  # undated: 2022-06-29 from A
        assert [s.property for s in store.dated_statements("org:NATO")] == ["partner_of", "joined"]
        assert [s.property for s in store.dated_statements("state:NZL", limit=1, offset=1)] == ["partner_of"]
        assert [len(s.references) for s in store.dated_statements("state:NZL", max_references=1)] == [1, 1]

    def test_statement_round_trip_and_reference_defaults_to_the_document(self, store):
        st = statement(document=A, start=year("2012"), modality="reported", asserted_by="person:p")
        st.references[0].doc_id = ""
        store.add(A, statements=[st])
        [got] = store.statements()
        assert got.references[0].doc_id == A.id and got.start == year("2012")
        assert (got.modality, got.asserted_by, got.end) == ("reported", "person:p", None)
        assert st.id is None  # the caller's statement is not changed

    # -- atomic add ------------------------------------------------------------------------

    def test_failure_in_the_middle_of_add_leaves_nothing(self, store):
        store.add(B, mentions_in(B, ("NATO", "org:NATO")), [statement(document=B)])
        bad = mention("Madrid", 33, "place:madrid", unserialisable=object())
        good = mentions_in(A, ("New Zealand", "state:NZL"))
        with pytest.raises(TypeError):
            store.add(A, [*good, bad], [statement(document=A)])
        self._assert_only_b(store)
        assert store.add(A, good) is True  # and the document can be stored afterwards

    def test_statement_citing_another_document_is_refused_atomically(self, store):
        store.add(B, mentions_in(B, ("NATO", "org:NATO")), [statement(document=B)])
        with pytest.raises(StoreError, match="refers to document"):
            store.add(A, mentions_in(A, ("New Zealand", "state:NZL")),
                      [statement(document=A), statement(document=B)])
        with pytest.raises(StoreError, match="has no reference"):
            store.add(A, statements=[statement(document=A), statement()])
        self._assert_only_b(store)

    @staticmethod
    def _assert_only_b(store):
        assert A.id not in store and store.count() == 1
        assert store.annotations(A.id) == [] and store.mentions_of("state:NZL") == []
        [kept] = store.statements()
        assert [r.doc_id for r in kept.references] == [B.id]

    # -- findings --------------------------------------------------------------------------

    def test_findings_replace_per_document_and_all(self, store):
        for d in (A, B):
            store.add(d)
        store.set_findings([finding(A), finding(B, "new"), finding(A, "surface_anomaly",
                                                                  evidence=[{"kb": "org:NATO"}])])
        assert [f.kind for f in store.findings()] == ["supported", "new", "surface_anomaly"]
        assert [f.kind for f in store.findings(doc_id=A.id)] == ["supported", "surface_anomaly"]
        assert store.findings(kind="surface_anomaly")[0].evidence == [{"kb": "org:NATO"}]
        store.set_findings([finding(A, "contradicted_by_kb", claim="NZ partner since 2021")], [A.id])
        assert [(f.doc_id, f.kind) for f in store.findings()] == [(B.id, "new"), (A.id, "contradicted_by_kb")]
        assert store.findings(doc_id=A.id)[0].claim == "NZ partner since 2021"
        store.set_findings([], [B.id])
        assert [f.doc_id for f in store.findings()] == [A.id]
        store.set_findings([finding(B)])
        assert [f.doc_id for f in store.findings()] == [B.id]
        assert store.findings(doc_id=A.id, kind="new") == []

    def test_findings_refused_atomically(self, store):
        store.add(A)
        store.set_findings([finding(A)])
        with pytest.raises(StoreError, match="outside the documents"):
            store.set_findings([finding(A, "new"), finding(B)], [A.id])
        with pytest.raises(StoreError, match="which is not stored"):
            store.set_findings([finding(A, "new"), finding(B)])
        assert [f.kind for f in store.findings()] == ["supported"]

    def test_empty_findings_for_no_documents_change_nothing(self, store):
        """`accord check` with nothing ingested calls set_findings([], []): it must not wipe."""
        for d in (A, B):
            store.add(d)
        store.set_findings([finding(A), finding(B, "new")])
        store.set_findings([], [])
        assert [(f.doc_id, f.kind) for f in store.findings()] == [(A.id, "supported"), (B.id, "new")]
        store.set_findings([], [C.id])  # a document that is not stored: nothing to replace
        assert len(store.findings()) == 2
        store.set_findings([])  # no documents named: replace every finding with none
        assert store.findings() == []

    def test_empty_inputs_to_add_store_the_document_alone(self, store):
        assert store.add(A, [], []) is True
        assert store.get(A.id).text == A.text
        assert store.annotations(A.id) == [] and store.statements() == [] and store.findings() == []
        assert store.add(A, [], []) is False  # already present: still nothing else
        assert store.count() == 1

    def test_empty_id_lists_answer_empty(self, store):
        store.add(A)
        assert store.published_dates([]) == {}
        assert store.reference_counts([]) == {}

    # -- chunked id lists (SQLite allows a bounded number of parameters per query) -----------

    @pytest.mark.parametrize("n", [499, 500, 501, 1001])
    def test_published_dates_of_many_ids_at_each_chunk_boundary(self, store, n):
        """Stored documents sit at the first and the last place of a chunk of 500 and just
        after it, among ids that are not stored; each is answered exactly once."""
        stored = [doc(f"Article number {i}.", f"2020-01-{i + 1:02d}") for i in range(5)]
        for d in stored:
            store.add(d)
        ids = [f"{i:064x}" for i in range(n)]
        places = [p for p in (0, 498, 499, 500, n - 1) if p < n]
        for d, place in zip(stored, dict.fromkeys(places)):
            ids[place] = d.id
        placed = {ids[p] for p in places}
        answer = store.published_dates(ids + ids[:3])  # repeated ids are asked once
        assert answer == {d.id: d.published for d in stored if d.id in placed}

    @pytest.mark.parametrize("n", [499, 500, 501])
    def test_reference_counts_of_many_ids_at_each_chunk_boundary(self, store, n):
        store.add(A, statements=[statement(document=A)])
        store.add(B, statements=[statement(document=B), statement("state:FIN", "member_of", document=B)])
        known = {st.id: len(st.references) for st in store.statements()}
        assert sorted(known.values()) == [1, 2]
        ids = [f"missing-{i}" for i in range(n)]
        first, second = sorted(known)
        ids[n - 1], ids[min(499, n - 2)] = first, second
        counts = store.reference_counts(ids)
        assert len(counts) == n
        assert (counts[first], counts[second]) == (known[first], known[second])
        assert sum(counts.values()) == 3

    # -- details a mutation of the store changed without any test noticing (issue 17) --------

    def test_a_full_id_wins_over_a_longer_id_it_begins(self, store):
        short, longer = doc("Short id.", doc_id="abcdef12"), doc("Longer id.", doc_id="abcdef1234")
        store.add(short)
        store.add(longer)
        assert store.get("abcdef12").text == "Short id."
        assert store.get("abcdef123").text == "Longer id."
        with pytest.raises(NotFoundError, match="abcdef1"):
            store.get("abcdef1")  # a prefix of both

    def test_a_finding_about_a_document_not_stored_names_it(self, store):
        store.add(A)
        with pytest.raises(StoreError, match=B.id):
            store.set_findings([finding(A), finding(B)])
        assert store.findings() == []

    def test_entity_counts_default_to_the_200_most_mentioned(self, store):
        text = " ".join(f"e{i:03d}" for i in range(201))
        d = doc(text)
        store.add(d, [mention(f"e{i:03d}", 5 * i, f"org:e{i:03d}") for i in range(201)])
        counts = store.entity_counts()
        assert len(counts) == 200 and counts[0] == ("org:e000", 1) and counts[-1] == ("org:e199", 1)
        assert store.entity_counts(limit=0) == []

    def test_search_answers_20_by_default_and_nothing_for_no_room(self, store):
        for i in range(21):
            store.add(doc(f"Report number {i} about NATO."))
        assert len(store.search("nato")) == 20
        assert len(store.search("nato", limit=21)) == 21
        assert store.search("nato", limit=0) == []

    def test_statements_of_one_day_are_ordered_by_id_and_paged(self, store):
        made = [statement(f"state:{c}", "member_of", "org:NATO", document=A, start=year("2020")) for c in "QPRO"]
        store.add(A, statements=made)
        ids = [s.id for s in store.dated_statements()]
        assert len(ids) == 4 and ids == sorted(s.id for s in store.statements())
        assert [s.id for s in store.dated_statements(offset=1)] == ids[1:]
        assert [s.id for s in store.dated_statements(limit=2, offset=1)] == ids[1:3]

    def test_dated_statements_after_a_statement_start_just_past_it(self, store):
        # Keyset paging: `after` = (sort_date, id) of a statement; the statements strictly after
        # it in timeline order, whether the next one is of the same day (a larger id) or a later
        # day, about one entity or all, with a limit or not.
        same_day = [statement(f"state:{c}", "member_of", "org:NATO", document=A, start=year("2020"))
                    for c in "QPRO"]
        later = statement("state:Z", "partner_of", "org:EU", document=A, start=day("2020-01-01"))
        undated = statement("state:U", "left", "org:NATO", document=A)  # sort_date 2022-06-29, from A
        store.add(A, statements=[*same_day, later, undated])
        every = store.dated_statements()
        keys = [dated_key(st, A.published) for st in every]
        assert keys == sorted(keys) and [k[0] for k in keys] == ["2020"] * 4 + ["2020-01-01", "2022-06-29"]
        for n, key in enumerate(keys):
            assert [s.id for s in store.dated_statements(after=key)] == [s.id for s in every[n + 1:]]
            assert [s.id for s in store.dated_statements(after=key, limit=1)] == [s.id for s in every[n + 1:n + 2]]
        first, second = keys[0], keys[1]
        # one character of the id before the second statement: the second is the first after it
        assert store.dated_statements(after=(second[0], second[1][:-1]), limit=1)[0].id == second[1]
        assert [s.id for s in store.dated_statements(after=("2020", ""))] == [s.id for s in every]
        assert [s.id for s in store.dated_statements(after=("2020-01-01", ""))] == [s.id for s in every[4:]]
        assert store.dated_statements(after=keys[-1]) == []
        about = [s.id for s in store.dated_statements("org:NATO")]
        assert [s.id for s in store.dated_statements("org:NATO", after=first)] == about[1:]
        assert [s.id for s in store.dated_statements("org:NATO", after=first, limit=2)] == about[1:3]
        assert [s.id for s in store.dated_statements("org:NATO", after=keys[4])] == [undated_id(every)]
        assert store.dated_statements("org:EU", after=keys[4]) == []
        assert [s.subject for s in store.dated_statements("state:Z", after=("2019-12-31", "~"))] == ["state:Z"]
        [with_refs] = store.dated_statements("state:U", after=keys[4], max_references=1)
        assert [r.doc_id for r in with_refs.references] == [A.id]

    def test_statements_by_subject_go_by_person_then_earliest_first(self, store):
        # An office's holders: persons in order; each one's statements by sort_date (own date,
        # else the first report's publication date; none: last), a day's statements by id.
        office = "office:x-minister"
        made = {
            "b-2021": statement("person:b", "holds_office", office, document=A, point_in_time=day("2021-03-01")),
            "b-2020": statement("person:b", "holds_office", office, document=A, point_in_time=day("2020-12-31")),
            "a-2022": statement("person:a", "holds_office", office, document=A, start=year("2022")),
            "b-2021b": statement("person:b", "holds_office", office, document=A, point_in_time=day("2021-03-01"),
                                 modality="reported"),
            "a-published": statement("person:a", "holds_office", office, document=A),  # 2022-06-29, from A
            "other-office": statement("person:a", "holds_office", "office:y", document=A, start=year("2019")),
            "other-property": statement("person:a", "member_of", office, document=A, start=year("2019")),
        }
        store.add(A, statements=list(made.values()))
        store.add(C, statements=[statement("person:b", "holds_office", office, document=C)])  # undated
        ids = {name: statement_id(st) for name, st in made.items()}
        same_day = sorted([ids["b-2021"], ids["b-2021b"]])
        expected = [ids["a-2022"], ids["a-published"], ids["b-2020"], *same_day]
        found = store.statements_by_subject("holds_office", office)
        assert [s.id for s in found][:5] == expected
        assert len(found) == 6 and found[5].subject == "person:b" and found[5].point_in_time is None
        assert [r.doc_id for r in found[5].references] == [C.id]  # no date at all: last of its person
        assert [s.id for s in store.statements_by_subject("holds_office", office, limit=2, offset=2)] == expected[2:4]
        assert [s.id for s in store.statements_by_subject("holds_office", office, offset=5)] == [found[5].id]
        assert store.statements_by_subject("holds_office", office, limit=0) == []
        assert store.statements_by_subject("holds_office", "office:none") == []
        assert [len(s.references) for s in store.statements_by_subject("holds_office", office, max_references=0)] \
            == [0] * 6
        assert store.statement_count(property="holds_office", value=office) == 6

    def test_statement_count_by_each_filter(self, store):
        store.add(A, statements=[statement("state:A", "member_of", "org:NATO", document=A),
                                 statement("state:B", "partner_of", "org:NATO", document=A)])
        store.add(B, statements=[statement("state:A", "partner_of", "org:EU", document=B)])
        assert store.statement_count() == 3
        assert store.statement_count(property="partner_of") == 2
        assert store.statement_count(subject="state:A") == 2
        assert store.statement_count(value="org:NATO") == 2
        assert store.statement_count(doc_id=B.id) == 1
        assert store.statement_count(doc_id=A.id, property="partner_of") == 1

    # -- search ----------------------------------------------------------------------------

    def test_search_needs_every_word_ignoring_case_and_accents(self, store):
        accented = doc("Le Président a parlé de l'OTAN et de la Nouvelle-Zélande.", "2023-05-01", "Paris")
        for d in (A, B, C, accented):
            store.add(d)
        assert {i for i, _ in store.search("nato")} == {B.id, C.id}
        assert [i for i, _ in store.search("NATO sweden")] == [C.id]
        assert [i for i, _ in store.search("zelande PRESIDENT")] == [accented.id]
        assert store.search("nato madrid") == []
        assert len(store.search("nato", limit=1)) == 1

    def test_search_snippet_marks_matches_and_title_counts(self, store):
        store.add(B)
        [(doc_id, snippet)] = store.search("wellington")
        assert doc_id == B.id and "[Wellington]" in snippet
        assert [i for i, _ in store.search("vilnius")] == [B.id]  # in the title only

    def test_search_query_syntax_is_never_an_error(self, store):
        store.add(B)
        assert [i for i, _ in store.search('"NATO" (partner* -:')] == [B.id]
        assert store.search("") == [] and store.search(' " ( ') == []

    def test_search_ranks_the_most_recent_matches(self, store):
        often = doc("NATO NATO NATO NATO and NATO again.", "2020-01-01")
        for d in (often, B, C):
            store.add(d)
        assert store.search("nato")[0][0] == often.id
        # the page holds the `limit` most recently added matches, the best of them first
        assert {i for i, _ in store.search("nato", limit=2)} == {B.id, C.id}
        assert store.search("nato", limit=3)[0][0] == often.id


def undated_id(statements) -> str:
    """The id of the one statement without a date of its own among `statements`."""
    [found] = [s.id for s in statements if s.start is None and s.point_in_time is None and s.end is None]
    return found
