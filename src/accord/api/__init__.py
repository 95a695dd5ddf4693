"""accord's HTTP API and web UI in one FastAPI app: `create_app(db_path, kb=None)`.

JSON routes live under /api (docs/api.md), pages at / (docs/web.md); both are thin shells over
`accord.query`. The OpenAPI schema is served at /api/openapi.json. No interactive docs page is
served: FastAPI's loads its JavaScript from a CDN, and accord runs offline.
"""

from __future__ import annotations

from contextlib import asynccontextmanager

from fastapi import FastAPI

from accord import __version__
from accord.api import errors
from accord.api.routes import build_router
from accord.api.state import AUTO, AppState
from accord.ingest.sources import MAX_BYTES


def create_app(db_path, kb=None, annotator=AUTO, max_body: int = MAX_BYTES, web: bool = True) -> FastAPI:
    """The app over the store at `db_path` (None: a new in-memory store).

    `kb`: a loaded KB (default: `accord.kb.load()` on first use). `annotator`: the NLP annotator
    for POSTed articles ("auto": accord's pipeline if installed; None: store text only).
    `max_body`: the largest POST body accepted, in bytes (the CLI's --max-bytes default). `web`: also serve the HTML pages."""
    state = AppState(db_path, kb=kb, annotator=annotator, max_body=max_body)

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        yield
        state.close()

    app = FastAPI(title="accord", version=__version__, lifespan=lifespan, docs_url=None, redoc_url=None,
                  openapi_url="/api/openapi.json",
                  description="News articles about states and alliances as a cited, temporal knowledge graph.")
    app.state.accord = state
    errors.install(app)
    app.include_router(build_router(state))
    if web:
        from accord.web import install as install_web

        install_web(app, state)
    return app
