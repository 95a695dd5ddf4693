"""The article text cut into nested pieces for highlighting: quotes, then claims (findings),
then entity mentions, each piece holding its text or its children.

Spans may cross (a claim can start inside a quote and end after it). The text is cut at every
span boundary, each cut piece takes the most specific covering span of each level, and runs of
pieces with the same span are grouped, level by level. A crossing span therefore shows as
several pieces with the same key, and the nesting is always valid HTML.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Sequence

LEVELS = ("quote", "claim", "mention")


@dataclass
class Span:
    level: str
    start: int
    end: int
    key: str  # pieces of one span share it
    rank: int = 0  # lower wins when spans of one level overlap (then the shorter one)
    data: dict[str, Any] = field(default_factory=dict)


@dataclass
class Piece:
    kind: str  # "text" or one of LEVELS
    text: str = ""
    span: Span | None = None
    children: list["Piece"] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)  # claim pieces: every covering finding


def pieces(text: str, spans: Sequence[Span]) -> list[Piece]:
    """The text as a list of top-level pieces (see the module docstring)."""
    spans = [s for s in spans if 0 <= s.start < s.end <= len(text)]
    cuts = sorted({0, len(text), *(s.start for s in spans), *(s.end for s in spans)})
    atoms = []
    for lo, hi in zip(cuts, cuts[1:]):
        covering = [s for s in spans if s.start <= lo and hi <= s.end]
        atoms.append((lo, hi, {level: _winner(covering, level) for level in LEVELS},
                      sorted({f for s in covering if s.level == "claim" for f in s.data.get("findings", ())})))
    out = _group(text, atoms, 0)
    _mark_last(out)
    return out


def _winner(covering: list[Span], level: str) -> Span | None:
    mine = [s for s in covering if s.level == level]
    return min(mine, key=lambda s: (s.rank, s.end - s.start, s.start)) if mine else None


def _group(text: str, atoms: list, depth: int) -> list[Piece]:
    if depth == len(LEVELS):
        return [Piece("text", text[lo:hi]) for lo, hi, _, _ in atoms]
    level = LEVELS[depth]
    out: list[Piece] = []
    run: list = []

    def flush():
        if not run:
            return
        span = run[0][2][level]
        children = _group(text, run, depth + 1)
        if span is None:
            out.extend(children)
        else:
            findings = sorted({f for atom in run for f in atom[3]}) if level == "claim" else []
            out.append(Piece(level, span=span, children=children, extra={"findings": findings}))

    for atom in atoms:
        if run and not _same(run[-1], atom, level):
            flush()
            run = []
        run.append(atom)
    flush()
    return out


def _same(a, b, level: str) -> bool:
    same_span = a[2][level] is b[2][level]
    return same_span and (level != "claim" or a[3] == b[3])


def _mark_last(top: list[Piece]) -> None:
    """Flag the last piece of each span, across the whole tree (the page gives it the span's
    anchor id, which must be unique, and puts a quote's speaker after it)."""
    last: dict[str, Piece] = {}

    def walk(items: list[Piece]) -> None:
        for piece in items:
            if piece.span is not None:
                last[piece.span.key] = piece
            walk(piece.children)

    walk(top)
    for piece in last.values():
        piece.extra["last"] = True


def article_spans(view: dict[str, Any]) -> list[Span]:
    """Spans of an article view (accord.query.document_view): quotes, claims grouped by their
    character span with every finding about it, and mentions."""
    spans = [Span("quote", q["start"], q["end"], f"q{q['start']}", data=q) for q in view["quotes"]]
    claims: dict[tuple[int, int], list[int]] = {}
    for i, f in enumerate(view["findings"]):
        claims.setdefault((f["start"], f["end"]), []).append(i)
    for (start, end), indexes in claims.items():
        spans.append(Span("claim", start, end, f"claim-{start}-{end}", rank=min(indexes),
                          data={"findings": indexes, "kind": view["findings"][min(indexes)]["kind"],
                                "explanation": view["findings"][min(indexes)]["explanation"]}))
    spans += [Span("mention", m["start"], m["end"], f"m{m['start']}", data=m) for m in view["mentions"]]
    return spans
