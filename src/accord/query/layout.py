"""A small force-directed layout (Fruchterman and Reingold, 1991) for the graph view.

Our own code, in plain Python, so the web UI ships no third-party JavaScript: the server computes
positions and the page draws SVG. Deterministic (nodes start on a circle in the order given), so
the same graph is drawn the same way every time. O(n^2) per iteration: meant for up to a few
hundred nodes.
"""

from __future__ import annotations

import math
from typing import Sequence


def force_layout(nodes: Sequence[str], edges: Sequence[tuple[str, str]], iterations: int = 120,
                 width: float = 1000.0, height: float = 700.0, margin: float = 60.0) -> dict[str, tuple[float, float]]:
    """Positions {node: (x, y)} inside width x height, `margin` from the edges."""
    n = len(nodes)
    if n == 0:
        return {}
    if n == 1:
        return {nodes[0]: (width / 2, height / 2)}
    index = {node: i for i, node in enumerate(nodes)}
    pos = [[math.cos(2 * math.pi * i / n), math.sin(2 * math.pi * i / n)] for i in range(n)]
    links = [(index[a], index[b]) for a, b in edges if a in index and b in index and a != b]
    k = math.sqrt(4.0 / n)  # ideal distance in a 2 x 2 square
    temperature = 0.2
    for _ in range(iterations):
        shift = _repulsion(pos, k)
        _attract(pos, links, k, shift)
        for i in range(n):
            dx, dy = shift[i]
            dist = math.hypot(dx, dy) or 1e-9
            step = min(dist, temperature)
            pos[i][0] += dx / dist * step - pos[i][0] * 0.01  # a little gravity keeps islands near
            pos[i][1] += dy / dist * step - pos[i][1] * 0.01
        temperature = max(temperature * 0.96, 0.005)
    return _fit(nodes, pos, width, height, margin)


def _repulsion(pos: list[list[float]], k: float) -> list[list[float]]:
    shift = [[0.0, 0.0] for _ in pos]
    for i, (xi, yi) in enumerate(pos):
        for j in range(i + 1, len(pos)):
            dx, dy = xi - pos[j][0], yi - pos[j][1]
            d2 = dx * dx + dy * dy or 1e-9
            force = k * k / d2
            shift[i][0] += dx * force
            shift[i][1] += dy * force
            shift[j][0] -= dx * force
            shift[j][1] -= dy * force
    return shift


def _attract(pos: list[list[float]], links: list[tuple[int, int]], k: float, shift: list[list[float]]) -> None:
    for a, b in links:
        dx, dy = pos[a][0] - pos[b][0], pos[a][1] - pos[b][1]
        dist = math.hypot(dx, dy) or 1e-9
        force = dist / k
        shift[a][0] -= dx * force
        shift[a][1] -= dy * force
        shift[b][0] += dx * force
        shift[b][1] += dy * force


def _fit(nodes, pos, width, height, margin) -> dict[str, tuple[float, float]]:
    """Scale the positions into the drawing area, keeping the aspect ratio of the box."""
    xs, ys = [p[0] for p in pos], [p[1] for p in pos]
    span_x, span_y = (max(xs) - min(xs)) or 1.0, (max(ys) - min(ys)) or 1.0
    scale = min((width - 2 * margin) / span_x, (height - 2 * margin) / span_y)
    off_x = (width - scale * span_x) / 2
    off_y = (height - scale * span_y) / 2
    return {node: (round(off_x + (p[0] - min(xs)) * scale, 1), round(off_y + (p[1] - min(ys)) * scale, 1))
            for node, p in zip(nodes, pos)}
