"""accord's web UI: server-rendered pages over `accord.query`, each with a `.json` twin that
returns exactly the data the page was rendered from (docs/web.md).

The templates, CSS and scripts are our own code, except one library copied into the package:
Cytoscape.js draws the graph view (THIRD-PARTY.md). It is served from /static/vendor/, never
from a CDN, so the UI works offline.
"""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from accord.web.pages import build_router
from accord.web.render import render

STATIC = Path(__file__).resolve().parent / "static"

# The vendored front-end files with the SHA-256 of the copy taken from the npm registry.
VENDORED = {
    "vendor/cytoscape-3.35.0.min.js": "71fa9ebec21a7ca2c40cff6aacc30d1f6464e363662ad4b2c197e1adc770cd94",
}


def install(app: FastAPI, state) -> None:
    """Add the pages, the static files and the HTML error page to `app`."""
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    app.include_router(build_router(state))
    app.state.render_error = lambda status, message: render("error.html", status=status, message=message)
