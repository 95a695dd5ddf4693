"""The article highlighter (a pure function, no store)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from accord.web.highlight import LEVELS, Span, pieces


def _leaves(ps):
    for p in ps:
        if p.kind == "text":
            yield p.text
        else:
            yield from _leaves(p.children)


def _depths_ok(ps, depth=-1):
    for p in ps:
        if p.kind == "text":
            continue
        level = LEVELS.index(p.kind)
        assert level > depth, "a span nested inside a span of its own level or an inner level"
        _depths_ok(p.children, level)


def test_crossing_claim_is_split_and_nesting_stays_valid():
    text = "aaa bbb ccc ddd"
    spans = [Span("quote", 0, 7, "q"), Span("claim", 4, 11, "c", data={"findings": [0]}),
             Span("mention", 8, 11, "m")]
    out = pieces(text, spans)
    assert "".join(_leaves(out)) == text
    _depths_ok(out)
    claims = [p for p in out[0].children if p.kind == "claim"] + [p for p in out if p.kind == "claim"]
    assert [c.span.key for c in claims] == ["c", "c"]  # one claim, two pieces
    assert sum(1 for c in claims if c.extra.get("last")) == 1


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet="ab <>&\n", min_size=1, max_size=40).flatmap(
    lambda t: st.tuples(st.just(t), st.lists(st.tuples(st.sampled_from(LEVELS), st.integers(0, len(t)),
                                                       st.integers(0, len(t))), max_size=8))))
def test_pieces_keep_every_character_in_order(case):
    text, raw = case
    spans = [Span(level, min(a, b), max(a, b), f"{level}{i}", data={"findings": [i]})
             for i, (level, a, b) in enumerate(raw) if a != b]
    out = pieces(text, spans)
    assert "".join(_leaves(out)) == text
    _depths_ok(out)
