"""The query functions over the hand-built store (tests/query/store_fixture.py)."""

from __future__ import annotations

import pytest

from accord import query
from accord.errors import AccordError, NotFoundError
from accord.query.common import lower
from tests.query.store_fixture import MAHUTA, NATO, NZ


def test_document_view_orders_findings_by_severity_and_names_entities(store, kb):
    view = query.document_view(store, store.docs["a"].id[:8], kb)
    kinds = [f["kind"] for f in view["findings"]]
    assert kinds == ["contradicted_by_kb", "conflicting_sources", "surface_anomaly", "supported"]
    assert view["summary"] == {"contradicted_by_kb": 1, "conflicting_sources": 1, "surface_anomaly": 1, "supported": 1}
    first = view["findings"][0]
    assert first["highlight"]["claim"] == "New Zealand, which is not a partner of NATO"
    assert first["evidence"][0]["subject_name"] == "New Zealand"
    assert {m["entity_name"] for m in view["mentions"] if m["entity"] == MAHUTA} == {"Nanaia Mahuta"}
    assert view["quotes"][0]["speaker_name"] == "Nanaia Mahuta"


def test_document_view_unknown_document():
    from accord.store import open_store

    with pytest.raises(NotFoundError):
        query.document_view(open_store(None), "abcdef")


def test_documents_page_counts_and_pages(store):
    page = query.documents_page(store, limit=2, offset=0)
    assert page["total"] == 3 and len(page["documents"]) == 2
    assert page["documents"][0]["published"] == "2022-06-20"  # oldest first
    assert len(query.documents_page(store, limit=2, offset=2)["documents"]) == 1


def test_who_gives_kb_office_with_dates_quotes_and_statements(store, kb):
    data = query.who(store, kb, "Nanaia Mahuta")
    assert data["entity"]["id"] == MAHUTA and data["entity"]["in_kb"]
    kb_terms = [o for o in data["offices"] if o["source"]["type"] == "kb"]
    assert [(o["office"], o["start"], o["end"]) for o in kb_terms] == [("office:nzl-foreign-minister", "2020-11-06", "2023-11-27")]
    # the article's statement and its office annotation (one passage) join the KB term: one row
    assert len(data["offices"]) == 1 and data["offices"][0]["references"] == 1
    assert [s["type"] for s in data["offices"][0]["sources"]] == ["kb", "document"]
    assert (data["offices"][0]["on"], data["offices"][0]["on_last"]) == ("2023-04-11", "2023-04-11")
    assert [q["text"][:12] for q in data["quotes_by"]] == ["We will keep"]
    assert [s["property"] for s in data["statements"]] == ["holds_office"]
    assert [f["kind"] for f in data["findings"]] == ["supported"]


def test_entity_view_relations_from_kb_and_articles(store, kb):
    data = query.entity_view(store, kb, NZ)
    article = [r for r in data["relations"] if r["source"]["type"] == "document" and r["property"] == "partner_of"]
    assert {r["polarity"] for r in article} == {"affirmed", "negated"}
    kb_partner = [r for r in data["relations"] if r["source"]["type"] == "kb" and r["property"] == "partner_of"]
    assert kb_partner and kb_partner[0]["start"] == "2012-06-04" and kb_partner[0]["other"] == NATO
    assert [f["kind"] for f in data["findings"]][:2] == ["contradicted_by_kb", "conflicting_sources"]
    assert {d["title"] for d in data["documents"]} >= {"Wellington weighs closer NATO ties", "Partners across the globe"}


def test_quotes_about_an_entity_are_quotes_by_others_mentioning_it(store, kb):
    # the fixture's only quote is Mahuta's own, mentioning neither NATO nor anyone else
    assert query.entity_view(store, kb, NATO)["quotes_about"] == []
    assert query.entity_view(store, kb, MAHUTA)["quotes_about"] == []  # her own quote is "by", not "about"
    from accord.model import Annotation, Document

    text = ('Rutte said: "NATO stands with Nanaia Mahuta." Mahuta said: "Thank you." NATO met later. '
            'Rutte added: "Nothing more."')
    doc = Document(id="e" * 64, text=text, source="q.txt", format="txt", published="2024-11-01")

    def at(part, nth=0):
        start = -1
        for _ in range(nth + 1):
            start = text.index(part, start + 1)
        return start, start + len(part)

    def quote(part, speaker):
        return Annotation("quote", *at(part), part, "direct", speaker, {"speaker_text": speaker.split("-")[-1]})

    rutte = "person:mark-rutte"
    about = "NATO stands with Nanaia Mahuta."
    store.add(doc, [Annotation("mention", *at("NATO"), "NATO", "ORG", NATO),
                    Annotation("mention", *at("Nanaia Mahuta"), "Nanaia Mahuta", "PERSON", MAHUTA),
                    Annotation("mention", *at("Mahuta", 1), "Mahuta", "PERSON", MAHUTA),
                    Annotation("mention", *at("NATO", 1), "NATO", "ORG", NATO),  # outside every quote
                    Annotation("mention", *at("Rutte"), "Rutte", "PERSON", rutte),
                    quote(about, rutte), quote("Thank you.", MAHUTA), quote("Nothing more.", rutte)])
    nato = query.entity_view(store, kb, NATO)["quotes_about"]
    assert [(q["text"], q["speaker"], q["doc_id"]) for q in nato] == [(about, rutte, doc.id)]
    # Rutte's quote mentions her; her own "Thank you." in the same article is hers, not about her
    assert [q["text"] for q in query.entity_view(store, kb, MAHUTA)["quotes_about"]] == [about]
    # his own quotes are never "about" him, and a quote that mentions nobody is about no one
    assert query.entity_view(store, kb, rutte)["quotes_about"] == []


def test_resolve_entity_by_id_name_and_minted_slug(store, kb):
    assert query.resolve_entity(store, kb, "state:NZL") == NZ
    assert query.resolve_entity(store, kb, "New Zealand") == NZ
    from accord.model import Annotation, Document

    doc = Document(id="f" * 64, text="Piers Cazalet spoke.", source="c.txt", format="txt")
    store.add(doc, [Annotation("mention", 0, 13, "Piers Cazalet", "PERSON", "person:piers-cazalet")])
    assert query.resolve_entity(store, kb, "Piers Cazalet") == "person:piers-cazalet"
    assert query.entity_view(store, kb, "person:piers-cazalet")["entity"]["name"] == "Piers Cazalet"


def test_resolve_entity_unknown_suggests_close_names(store, kb):
    with pytest.raises(NotFoundError, match="Nanaia Mahuta"):
        query.resolve_entity(store, kb, "Nanaia Mahutaa")
    with pytest.raises(NotFoundError):
        query.entity_view(store, kb, "person:nobody-at-all")


def test_timeline_orders_filters_and_cites(store, kb):
    data = query.timeline(store, kb, "New Zealand", "2012", "2023")
    dates = [e["date"] for e in data["events"]]
    assert dates == sorted(dates, key=lower)  # "2012" (year precision) sorts as 2012-01-01
    assert all("2012" <= d[:4] <= "2023" for d in dates)
    article = [e for e in data["events"] if e["source"]["type"] == "document"]
    assert {(e["what"], e["date"]) for e in article if e["property"] == "partner_of"} == {("begins", "2012"), ("reported", "2023-04-11")}
    assert all(e["source"]["url"] for e in data["events"] if e["source"]["type"] == "kb")
    only_kb = query.timeline(store, kb, NZ, source="kb")
    assert {e["source"]["type"] for e in only_kb["events"]} == {"kb"}


def test_timeline_without_kb_lists_article_events_only(store):
    data = query.timeline(store, None, start="2023", end="2023")
    # Without the KB, names come from the articles' mentions (or the id itself).
    assert {e["words"] for e in data["events"]} == {
        "Finland joined NATO", "New Zealand not partner of NATO", "New Zealand said <img src=x onerror=alert(1)>",
        "Nanaia Mahuta holds the office of Nzl Foreign Minister"}
    assert {e["source"]["type"] for e in data["events"]} == {"document"}


@pytest.mark.parametrize("start,end,message", [("bad", None, "not a date"), ("2023-13", None, "not a date"),
                                                (None, "2023-02-30", "not a date"), ("2024", "2020", "after")])
def test_timeline_bad_dates(store, kb, start, end, message):
    with pytest.raises(AccordError, match=message):
        query.timeline(store, kb, None, start, end)


def test_findings_view_counts_filters_and_refuses_unknown_kind(store, kb):
    data = query.findings_view(store, kb)
    assert data["summary"]["supported"] == 2 and data["total"] == 5
    assert data["by_document"][0]["flagged"] == 3
    flagged = query.findings_view(store, kb, flagged_only=True)
    assert flagged["total"] == 3 and all(f["flagged"] for f in flagged["findings"])
    assert query.findings_view(store, kb, kind="surface_anomaly")["findings"][0]["claim"] == "NAITO"
    with pytest.raises(AccordError, match="finding kind"):
        query.findings_view(store, kb, kind="wrong")


def test_quotations_by_speaker_document_and_all(store, kb):
    assert query.quotations(store, kb, speaker=MAHUTA)["total"] == 1
    assert query.quotations(store, kb, doc_id=store.docs["b"].id)["total"] == 0
    everything = query.quotations(store, kb)
    assert everything["quotes"][0]["speaker_office"] == "Foreign Minister"


def test_search_documents_and_entities(store, kb):
    found = query.search(store, kb, "Brussels")
    assert [d["title"] for d in found["documents"]] == ["Wellington weighs closer NATO ties"]
    assert "[Brussels]" in found["documents"][0]["snippet"]
    assert query.search(store, kb, "Nanaia Mahuta")["entities"][0]["id"] == MAHUTA
    assert query.search(store, kb, "   ") == {"query": "", "documents": [], "entities": []}


def test_graph_opens_on_the_most_mentioned_entity_with_verdicts_and_kb_context(store, kb):
    data = query.graph(store, kb)
    assert data["entity"] == NATO and data["depth"] == 1
    assert {n["id"] for n in data["nodes"]} == {NZ, NATO, "state:FIN"}  # one step from NATO
    assert data["nodes"][0]["id"] == NATO  # the focus first
    negated = [e for e in data["edges"] if e["polarity"] == "negated"]
    assert negated[0]["verdict"] == "contradicted_by_kb"
    assert any(e["origin"] == "kb" and e["source"] == NZ and e["target"] == NATO for e in data["edges"])
    assert {r["property"] for r in data["relations"]} == {"partner_of", "joined"}
    around = query.graph(store, kb, entity="Finland", include_kb=False)
    assert {n["id"] for n in around["nodes"]} == {"state:FIN", NATO}


def test_graph_depth_walks_one_step_more(store, kb):
    assert MAHUTA not in {n["id"] for n in query.graph(store, kb, entity="New Zealand", depth=1)["nodes"]}
    office = query.graph(store, kb, entity=MAHUTA, depth=1)
    assert {n["id"] for n in office["nodes"]} == {MAHUTA, "office:nzl-foreign-minister"}
    two = query.graph(store, kb, entity="state:FIN", depth=2, include_kb=False)
    assert {n["id"] for n in two["nodes"]} == {"state:FIN", NATO, NZ}


def test_graph_filters_by_relation_and_verdict(store, kb):
    joined = query.graph(store, kb, entity="NATO", relation="joined")
    assert {n["id"] for n in joined["nodes"]} == {NATO, "state:FIN"}
    assert {e["property"] for e in joined["edges"]} == {"joined"}
    flagged = query.graph(store, kb, entity="NATO", verdict="flagged")
    assert [(e["source"], e["polarity"]) for e in flagged["edges"]] == [(NZ, "negated")]
    supported = query.graph(store, kb, entity="NATO", verdict="supported")
    assert [(e["source"], e["polarity"]) for e in supported["edges"]] == [(NZ, "affirmed")]
    for bad in ({"verdict": "wrong"}, {"relation": "likes"}, {"depth": 4}, {"depth": 0}):
        with pytest.raises(AccordError):
            query.graph(store, kb, entity="NATO", **bad)


def test_graph_limit_keeps_the_focus_and_says_it_cut(store, kb):
    small = query.graph(store, kb, entity="NATO", limit=2, include_kb=False)
    assert len(small["nodes"]) == 2 and small["nodes"][0]["id"] == NATO and small["truncated"] is True
    assert query.graph(store, kb, entity="NATO", limit=3)["truncated"] is False


def test_graph_of_an_empty_store_is_empty(tmp_path, kb):
    from accord.store import open_store

    with open_store(tmp_path / "empty.db") as empty:
        assert query.graph(empty, kb)["nodes"] == [] and query.graph(empty, kb)["entity"] is None


def test_kb_queries_as_data(kb):
    from accord.query import kbqueries

    terms = kbqueries.holders(kb, "office:nzl-foreign-minister", "2023-04-11")["holders"]
    assert [t["person"] for t in terms] == [MAHUTA]
    assert kbqueries.status(kb, "New Zealand", "NATO", "2023-04-11")["partner"] is True
    with pytest.raises(AccordError):
        kbqueries.status(kb, "New Zealand", "NATO", "yesterday")


def test_kb_answers_carry_what_the_articles_report(store, kb):
    from accord.query import kbqueries

    status = kbqueries.status(kb, "New Zealand", "NATO", "2023-04-11", store=store)
    reported = status["reported"]
    assert reported["total"] == 2
    polarities = sorted(st["polarity"] for st in reported["statements"])
    assert polarities == ["affirmed", "negated"]
    assert all(st["references_total"] == len(st["references"]) >= 1 for st in reported["statements"])
    holders = kbqueries.holders(kb, "office:nzl-foreign-minister", store=store)["reported"]
    assert holders["total"] == 1 and holders["statements"][0]["subject"] == MAHUTA
    assert "reported" not in kbqueries.status(kb, "New Zealand", "NATO")  # no store, the KB alone


def test_reported_statements_show_a_few_references_and_count_them_all(kb):
    from accord.model import Reference, Statement
    from accord.query import kbqueries
    from accord.store import MemoryStore
    from tests.store.helpers import doc

    store = MemoryStore()
    for n in range(5):
        d = doc(f"Hungary is a member of NATO (report {n}).", f"2023-01-0{n + 1}", f"Report {n}")
        store.add(d, statements=[Statement("state:HUN", "member_of", NATO,
                                           references=[Reference(d.id, 0, 7, d.text)])])
    [claim] = kbqueries.status(kb, "Hungary", "NATO", store=store)["reported"]["statements"]
    assert claim["references_total"] == 5
    assert len(claim["references"]) == kbqueries.REFERENCES_SHOWN == 3
    assert [r["doc_id"] for r in claim["references"]] == [d.id for d in store.documents()[:3]]


def test_timeline_cites_the_earliest_reports_of_a_repeated_statement(kb):
    from accord.model import Reference, Statement
    from accord.store import MemoryStore
    from tests.store.helpers import doc

    store = MemoryStore()
    for n in (5, 3, 1, 4, 2):  # added out of order: the timeline follows publication dates
        d = doc(f"Hungary is a member of NATO (report {n}).", f"2023-01-0{n}", f"Report {n}")
        store.add(d, statements=[Statement("state:HUN", "member_of", NATO,
                                           references=[Reference(d.id, 0, 7, d.text)])])
    events = query.timeline(store, kb, "Hungary", source="articles", references=2)["events"]
    assert [(e["what"], e["date"]) for e in events] == [("reported", "2023-01-01"), ("reported", "2023-01-02")]
    assert {e["references_total"] for e in events} == {5}
    everything = query.timeline(store, kb, "NATO", source="articles", references=10)["events"]
    assert len(everything) == 5  # NATO is the value of the claim: found through the value index


def test_entity_page_of_a_much_mentioned_entity_reads_a_bounded_part(kb, monkeypatch):
    from accord.model import Annotation, Reference, Statement
    from accord.query import entities
    from accord.store import MemoryStore
    from tests.store.helpers import doc

    monkeypatch.setattr(entities, "DOCUMENTS_SHOWN", 3)
    monkeypatch.setattr(entities, "REFERENCES", 2)
    store = MemoryStore()
    for n in range(6):
        d = doc(f"Hungary is a member of NATO (report {n}).", f"2023-01-0{n + 1}", f"Report {n}")
        store.add(d, [Annotation("mention", 0, 7, "Hungary", "GPE", entity="state:HUN")],
                  [Statement("state:HUN", "member_of", NATO, references=[Reference(d.id, 0, 7, d.text)])])
    page = query.entity_view(store, kb, "state:HUN")
    assert page["truncated"] is True
    assert [d["title"] for d in page["documents"]] == ["Report 0", "Report 1", "Report 2"]
    [claim] = page["statements"]
    assert len(claim["references"]) == 2 and claim["references_total"] == 6


def test_display_title_falls_back_to_the_first_line_cut_at_120_characters():
    from accord.model import Document
    from accord.query.common import TITLE_CHARS, display_title

    def doc(text, title=None):
        return Document(id="d" * 64, text=text, source="path/a.txt", format="txt", title=title)

    assert TITLE_CHARS == 120
    assert display_title(doc("x", title="  Given  ")) == "Given"
    assert display_title(doc("\n\n  First line  \nsecond")) == "First line"
    assert display_title(doc("a" * 120)) == "a" * 120
    assert display_title(doc("a" * 121)) == "a" * 119 + "\u2026"
    assert display_title(doc("   \n ")) == "path/a.txt"


def test_articles_period_skips_undated_articles(tmp_path):
    from accord.model import Document
    from accord.query import articles_period
    from accord.store import open_store

    with open_store(tmp_path / "p.db") as s:
        assert articles_period(s) is None
        for i, published in enumerate([None, "2021-05-02", None, "2019-03-04", "2023-01-09", None]):
            s.add(Document(id=f"{i:064d}", text=f"text {i}", source=f"{i}.txt", format="txt", published=published))
        assert articles_period(s) == ("2019-03-04", "2023-01-09")
    with open_store(tmp_path / "undated.db") as s:
        s.add(Document(id="1" * 64, text="t", source="u.txt", format="txt"))
        assert articles_period(s) is None


def test_document_view_gives_each_quotation_its_kind_and_reads_old_indirect_as_reported():
    """The article page lists quotations with their kind; stores written before issue 16 labelled
    reported speech "indirect", which the page shows as "reported"."""
    from accord.model import Annotation
    from accord.query.documents import _annotation_dict

    names = lambda e: {"person:x": "X"}.get(e, e)  # noqa: E731
    for label, kind in [("indirect", "reported"), ("reported", "reported"), ("direct", "direct"),
                        ("belief", "belief"), ("question", "question")]:
        data = _annotation_dict(Annotation("quote", 0, 5, "words", label, "person:x", {}), names)
        assert (data["kind"], data["speaker_name"]) == (kind, "X")
    mention = _annotation_dict(Annotation("mention", 0, 5, "words", "ORG", None, {}), names)
    assert "kind" not in mention
