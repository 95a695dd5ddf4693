"""accord's web UI: server-rendered pages over `accord.query`, each with a `.json` twin that
returns exactly the data the page was rendered from (docs/web.md).

Everything the pages ship (templates, CSS, a little JavaScript, the graph's SVG layout) is our
own code; no third-party front-end library and nothing loaded from a CDN.
"""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from accord.web.pages import build_router
from accord.web.render import render

STATIC = Path(__file__).resolve().parent / "static"


def install(app: FastAPI, state) -> None:
    """Add the pages, the static files and the HTML error page to `app`."""
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    app.include_router(build_router(state))
    app.state.render_error = lambda status, message: render("error.html", status=status, message=message)
