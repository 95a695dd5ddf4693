"""The pages (without a browser): each renders, its .json twin is the data it was rendered from,
ingested text is escaped, errors are pages with the right status."""

from __future__ import annotations

import re
from html import unescape
from pathlib import Path


from accord import query
from tests.api.routes import all_routes

WEB_DOC = Path(__file__).resolve().parents[2] / "docs" / "web.md"


def _pages(client):
    a, evil = client.docs["a"].id, client.docs["evil"].id
    return ["/", f"/documents/{a}", f"/documents/{evil}", "/entities", "/entities/person:nanaia-mahuta",
            "/entities/New Zealand", "/entities/office:nzl-foreign-minister", "/timeline",
            "/timeline?entity=NZ&from=2012&to=2023&source=articles", "/timeline?all=true", "/graph",
            "/graph?entity=NATO&limit=3&kb=false", "/graph?entity=NATO&depth=2&relation=partner_of&verdict=flagged",
            "/findings", "/findings?kind=supported", "/findings?flagged_only=true", "/findings?from=2023&to=2023&limit=1",
            "/entities/NATO?from=2023&limit=1&offset=1", "/search?q=partner", "/search"]


def test_every_page_renders_and_has_a_json_twin(client):
    for page in _pages(client):
        html = client.get(page)
        assert html.status_code == 200, (page, html.text[:300])
        assert html.headers["content-type"].startswith("text/html")
        path, _, params = page.partition("?")
        twin = client.get(("/index" if path == "/" else path) + ".json" + (f"?{params}" if params else ""))
        assert twin.status_code == 200 and isinstance(twin.json(), dict), page
        # the page's own JSON link leads to the data the page was rendered from, same parameters
        [link] = re.findall(r'<a href="([^"]*\.json(?:\?[^"]*)?)">JSON</a>', html.text)
        linked = client.get(unescape(link))
        assert linked.status_code == 200 and linked.json() == twin.json(), (page, link)


def test_json_twin_is_the_query_function_output(client, kb):
    store = client.app.state.accord.store
    a = client.docs["a"].id
    assert client.get(f"/documents/{a}.json").json() == query.document_view(store, a, kb)
    assert client.get("/entities/person:nanaia-mahuta.json").json() == query.entity_page(store, kb, "person:nanaia-mahuta")
    assert client.get("/findings.json?kind=supported").json() == query.findings_view(store, kb, "supported", limit=50)
    assert client.get("/graph.json?entity=NATO&depth=2").json() == query.graph(store, kb, "NATO", depth=2)


def test_article_page_highlights_claims_mentions_and_quotes(client):
    html = client.get(f"/documents/{client.docs['a'].id}").text
    claim = re.search(r'<mark class="claim v-contradicted_by_kb" id="claim-(\d+)-(\d+)"[^>]*data-findings="0 1"', html)
    assert claim, "the 'not a partner' claim is highlighted with both of its findings"
    assert '<a class="mention" href="/entities/person:nanaia-mahuta"' in html
    assert 'class="quote"' in html and 'class="speaker" href="/entities/person:nanaia-mahuta"' in html
    assert html.count('id="finding-') == 4
    assert len(re.findall(r'id="(claim-[^"]+)"', html)) == len(set(re.findall(r'id="(claim-[^"]+)"', html)))


def test_entity_page_shows_office_with_dates(client):
    html = client.get("/entities/Nanaia Mahuta").text
    row = re.search(r'<tr class="office">.*?</tr>', html, re.S).group(0)
    assert "Minister of Foreign Affairs of New Zealand" in row and "2020-11-06" in row and "2023-11-27" in row


def test_ingested_markup_is_shown_as_text(client):
    """An article with <script> and onerror= shows them as characters on every page."""
    evil = client.docs["evil"].id
    for page in [f"/documents/{evil}", "/", "/entities/state:NZL", "/search?q=injection", "/timeline?entity=NZ",
                 "/search?q=<script>alert(1)</script>", "/entities/<img src=x onerror=alert(1)>"]:
        html = client.get(page).text
        assert "<script>alert" not in html and "<img src=x" not in html, page
        assert "<b>bold</b>" not in html
    article = client.get(f"/documents/{evil}").text
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in article
    assert "&lt;img src=x onerror=alert(1)&gt;" in article
    scripts = re.findall(r"<script[^>]*>", article)
    assert scripts == ['<script src="/static/accord.js" defer>']


def test_errors_are_pages_with_the_status(client):
    for page, status in [("/documents/zzzzzz", 404), ("/entities/Atlantis", 404), ("/timeline?from=bad", 400),
                         ("/graph?limit=0", 422), ("/graph?depth=4", 422), ("/graph?verdict=wrong", 400),
                         ("/graph?relation=likes", 400), ("/findings?from=2023-13", 400),
                         ("/entities/NATO?to=soon", 400), ("/findings?limit=0", 422), ("/nowhere", 404)]:
        response = client.get(page)
        assert response.status_code == status, page
        assert response.headers["content-type"].startswith("text/html")
        assert "error-message" in response.text
    twin = client.get("/documents/zzzzzz.json")
    assert twin.status_code == 404 and twin.json()["error"]["code"] == "not_found"


def test_static_files_are_served_from_the_package_and_nothing_remote(client):
    assert "the findings about a highlighted claim" in client.get("/static/accord.js").text
    assert "Cytoscape.js" in client.get("/static/graph.js").text
    assert client.get("/static/style.css").status_code == 200
    for page in _pages(client):
        html = client.get(page).text
        assert not re.search(r'src="(https?:)?//', html), f"{page} loads a remote script or image"
        assert all(href.startswith(("/", "data:")) for href in re.findall(r'<link[^>]*href="([^"]*)"', html))
        assert all(src.startswith("/static/") for src in re.findall(r'<script[^>]*src="([^"]*)"', html))


def test_the_vendored_library_is_the_pinned_copy_with_its_licence():
    import hashlib

    from accord.web import STATIC, VENDORED

    for name, digest in VENDORED.items():
        assert hashlib.sha256((STATIC / name).read_bytes()).hexdigest() == digest, name
    assert "Permission is hereby granted" in (STATIC / "vendor" / "cytoscape-LICENSE.txt").read_text(encoding="utf-8")
    third_party = (Path(__file__).resolve().parents[2] / "THIRD-PARTY.md").read_text(encoding="utf-8")
    assert all(name.split("/")[-1] in third_party and digest in third_party for name, digest in VENDORED.items())
    assert "cytoscape@3.35.0" in WEB_DOC.read_text(encoding="utf-8")


def test_graph_script_is_loaded_on_the_graph_page_only(client):
    assert "cytoscape-3.35.0.min.js" in client.get("/graph").text
    assert "cytoscape" not in client.get("/findings").text


def test_docs_list_every_page(client):
    doc = WEB_DOC.read_text(encoding="utf-8")
    pages = [getattr(r, "path", "") for r in all_routes(client.app.routes)]
    pages = [p for p in pages if p and not p.startswith(("/api", "/static")) and not p.endswith(".json")]
    assert len(pages) >= 8, "the pages were not found (FastAPI nests included routers)"
    for path in pages:
        assert f"`{path}`" in doc, f"page {path} is not in docs/web.md"


def test_a_folded_flag_shows_as_evidence_with_its_own():
    from accord.web.render import environment

    macros = environment().get_template("macros.html").module
    html = str(macros.evidence([{"type": "finding", "kind": "conflicting_sources", "explanation": "Another says not.",
                                 "evidence": [{"type": "document", "doc_id": "d" * 64, "sentence": "It is not."}]}]))
    assert "Also conflicting sources: Another says not." in html
    assert "“It is not.”" in html and "{&#39;type" not in html


def test_timeline_page_links_to_the_next_one(client):
    whole = client.get("/timeline.json?entity=NZ&all=true").json()
    assert whole["next"] is None and len(whole["events"]) > 2
    first = client.get("/timeline?entity=NZ&all=true&limit=2")
    links = re.findall(r'<a class="next" href="([^"]+)"', first.text)
    assert links and len(set(links)) == 1
    following = client.get(unescape(links[0]).replace("/timeline?", "/timeline.json?"))
    assert following.status_code == 200
    assert following.json()["events"] == whole["events"][2:4]
    last = client.get(f"/timeline?entity=NZ&all=true&limit={len(whole['events'])}")
    assert 'class="next"' not in last.text
