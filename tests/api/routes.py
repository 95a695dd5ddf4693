"""Every route of an app, through included routers (FastAPI >= 0.120 keeps them nested)."""

from __future__ import annotations

from typing import Iterator


def all_routes(routes) -> Iterator:
    for route in routes:
        inner = getattr(route, "original_router", None)
        if inner is not None:
            yield from all_routes(inner.routes)
        else:
            yield route
