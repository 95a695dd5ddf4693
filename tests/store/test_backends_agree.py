"""Differential test: random batches stored in both backends read back the same."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from accord.model import Annotation, Reference, Statement
from accord.store import MemoryStore, SQLiteStore
from tests.store.helpers import doc, finding

WORDS = ["NATO", "partner", "Zealand", "summit", "Vilnius", "Madrid", "member", "Finland"]
ENTITIES = [None, "org:NATO", "state:NZL", "state:FIN"]
DATES = [None, "2022-06-29", "2023-04-11", "2023"]


@st.composite
def articles(draw):
    """(document, annotations, statements) with values drawn from small sets, so they collide."""
    words = draw(st.lists(st.sampled_from(WORDS), min_size=1, max_size=8))
    text = " ".join(words) + "."
    d = doc(text, draw(st.sampled_from(DATES)))
    spans = draw(st.lists(st.tuples(st.integers(0, len(text) - 1), st.sampled_from(ENTITIES),
                                    st.sampled_from(["mention", "quote"])), max_size=5))
    anns = [Annotation(layer, s, s + 1, text[s], entity=e, data={"n": s}) for s, e, layer in spans]
    facts = draw(st.lists(st.tuples(st.sampled_from(ENTITIES[1:]), st.sampled_from(["member_of", "partner_of"]),
                                    st.sampled_from(["affirmed", "negated"]), st.integers(0, len(text) - 1)),
                          max_size=4))
    sts = [Statement(s, p, "org:NATO", polarity=pol, references=[Reference(d.id, at, at + 1, text)])
           for s, p, pol, at in facts]
    return d, anns, sts


def read_back(store) -> tuple:
    ids = [d.id for d in store.documents()]
    return (
        store.documents(), store.count(),
        [store.annotations(i) for i in ids], [store.annotations(i, "quote") for i in ids],
        [store.mentions_of(e) for e in ENTITIES[1:]],
        store.statements(), store.statements(subject="state:NZL", property="member_of"),
        [store.statements(doc_id=i) for i in ids],
        store.findings(), store.findings(kind="new"),
        [sorted(i for i, _ in store.search(w)) for w in WORDS[:4]],
    )


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(articles(), min_size=1, max_size=6))
def test_memory_and_sqlite_agree(batch):
    with tempfile.TemporaryDirectory() as tmp:
        sqlite = SQLiteStore(Path(tmp) / "accord.db")
        try:
            assert exercise(MemoryStore(), batch) == exercise(sqlite, batch)
        finally:
            sqlite.close()


def exercise(store, batch) -> tuple:
    added = [store.add(d, anns, sts) for d, anns, sts in batch]
    docs = store.documents()
    store.set_findings([finding(d, kind) for d in docs for kind in ("new", "supported")])
    store.set_findings([finding(docs[0], "new")], [docs[0].id])
    return added, read_back(store)
