"""A local HTTP server for the watch tests: feeds and article pages (made from our own sample
articles) on 127.0.0.1 at an ephemeral port, every request recorded; stopped after each test."""

from __future__ import annotations

import email.utils
import html
import json
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest


@dataclass
class Route:
    body: bytes
    content_type: str = "text/html; charset=utf-8"
    etag: str | None = None
    last_modified: str | None = None
    status: int = 200


@dataclass
class Site:
    """Routes by path, and every request as (method, path, headers, body)."""

    base: str = ""
    routes: dict[str, Route] = field(default_factory=dict)
    requests: list[tuple[str, str, dict, bytes]] = field(default_factory=list)

    def url(self, path: str) -> str:
        return self.base + path

    def hits(self, path: str, method: str = "GET") -> list[dict]:
        return [headers for m, p, headers, _ in self.requests if p == path and m == method]


class _Handler(BaseHTTPRequestHandler):
    site: Site

    def log_message(self, *args) -> None:  # quiet
        pass

    def _record(self, body: bytes = b"") -> None:
        self.site.requests.append((self.command, self.path, {k.lower(): v for k, v in self.headers.items()}, body))

    def do_GET(self) -> None:  # noqa: N802
        self._record()
        route = self.site.routes.get(self.path)
        if route is None:
            self.send_error(404)
            return
        if route.status != 200:
            self.send_error(route.status)
            return
        if route.etag and self.headers.get("If-None-Match") == route.etag or (
                route.last_modified and self.headers.get("If-Modified-Since") == route.last_modified):
            self.send_response(304)
            self.end_headers()
            return
        self.send_response(200)
        self.send_header("Content-Type", route.content_type)
        self.send_header("Content-Length", str(len(route.body)))
        if route.etag:
            self.send_header("ETag", route.etag)
        if route.last_modified:
            self.send_header("Last-Modified", route.last_modified)
        self.end_headers()
        self.wfile.write(route.body)

    def do_POST(self) -> None:  # noqa: N802
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        self._record(body)
        self.send_response(204)
        self.end_headers()


@pytest.fixture
def site():
    state = Site()
    handler = type("Handler", (_Handler,), {"site": state})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    state.base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield state
    server.shutdown()
    server.server_close()
    thread.join(5)


@pytest.fixture(scope="session")
def sample_pages(samples_dir) -> list[dict]:
    """The sample articles as web pages: {"slug", "title", "published", "html", "text"}; the
    plain-text ones wrapped in an <article>, the HTML ones as they are."""
    from accord.ingest import prepare, read_inputs

    pages = []
    for path in sorted(samples_dir.iterdir()):
        if path.suffix == ".txt":
            doc = prepare(next(iter(read_inputs([str(path)]))))
            paragraphs = "".join(f"<p>{html.escape(p)}</p>" for p in doc.text.split("\n\n"))
            body = (f"<html><head><title>{html.escape(doc.title or path.stem)}</title>"
                    f'<meta property="article:published_time" content="{doc.published}"></head>'
                    f"<body><article>{paragraphs}</article></body></html>")
            pages.append({"slug": path.stem, "title": doc.title, "published": doc.published, "html": body})
        elif path.suffix == ".html":
            pages.append({"slug": path.stem, "title": None, "published": None,
                          "html": path.read_text(encoding="utf-8")})
    return pages


def rss(site: Site, pages: list[dict], title: str = "Sample news") -> bytes:
    """An RSS 2.0 feed whose items link to the pages on `site`."""
    items = "".join(
        f"<item><title>{html.escape(p['title'] or p['slug'])}</title><link>{site.url('/a/' + p['slug'])}</link>"
        f"<guid>{p['slug']}</guid></item>" for p in pages)
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>{title}</title>'
            f"<link>{site.base}</link><description>test</description>{items}</channel></rss>").encode()


def json_feed(site: Site, pages: list[dict]) -> bytes:
    return json.dumps({"version": "https://jsonfeed.org/version/1.1", "title": "Sample news (JSON)",
                       "items": [{"id": p["slug"], "url": site.url("/a/" + p["slug"]), "title": p["title"]}
                                 for p in pages]}).encode()


def publish(site: Site, pages: list[dict]) -> None:
    for page in pages:
        site.routes["/a/" + page["slug"]] = Route(page["html"].encode("utf-8"))


HTTP_DATE = email.utils.formatdate(1_700_000_000, usegmt=True)
