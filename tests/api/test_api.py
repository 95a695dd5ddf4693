"""The JSON API: every route answers, every 4xx has the one error shape, nothing 5xx on bad input."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tests.api.routes import all_routes

DOCS = Path(__file__).resolve().parents[2] / "docs" / "api.md"

# Every GET route with arguments that work on the fixture store ({a} = article A's id).
GOOD = [
    "/api/documents", "/api/documents?limit=1&offset=1", "/api/documents/{a}", "/api/documents/{a8}",
    "/api/documents/{a}/annotations", "/api/documents/{a}/annotations?layer=quote", "/api/entities",
    "/api/entities/state:NZL", "/api/entities/Nanaia Mahuta", "/api/who?name=Nanaia Mahuta",
    "/api/timeline", "/api/timeline?entity=New Zealand&from=2012&to=2023-12&source=articles&property=partner_of",
    "/api/graph", "/api/graph?entity=NATO&limit=5&kb=false", "/api/search?q=Brussels", "/api/search",
    "/api/statements", "/api/statements?subject=state:NZL&property=partner_of", "/api/statements?doc_id={a8}",
    "/api/quotations", "/api/quotations?speaker=Nanaia Mahuta", "/api/quotations?doc_id={a}",
    "/api/findings", "/api/findings?kind=supported&doc_id={a8}&flagged_only=true",
    "/api/kb/status?state=New Zealand&org=NATO&on=2023-04-11", "/api/kb/holders?office=office:nzl-foreign-minister",
    "/api/kb/holders?office=Prime Minister of New Zealand&on=2023-04-11",
    "/api/kb/obligations?state=New Zealand&org=NATO&on=2023-04-11", "/api/kb/respond?attacker=Russia&attacked=Estonia&on=2024-01-01",
    "/api/openapi.json",
]

# Bad inputs and the status they must get.
BAD = [
    ("/api/documents/{zz}", 404), ("/api/documents/ab", 404), ("/api/documents/zzzzzz", 404),
    ("/api/documents?limit=0", 422), ("/api/documents?limit=abc", 422), ("/api/documents?offset=-1", 422),
    ("/api/documents/zzzzzz/annotations", 404), ("/api/entities/person:nobody-here", 404),
    ("/api/entities/Nanaia Mahutaa", 404), ("/api/who", 422), ("/api/who?name=", 422), ("/api/who?name=Nobody Atall", 404),
    ("/api/timeline?from=bad", 400), ("/api/timeline?from=2023-02-30", 400), ("/api/timeline?from=2024&to=2020", 400),
    ("/api/timeline?source=web", 422), ("/api/timeline?entity=Atlantis", 404), ("/api/graph?limit=100000", 422),
    ("/api/graph?entity=Atlantis", 404), ("/api/statements?doc_id=zzzz", 404), ("/api/quotations?speaker=Atlantis", 404),
    ("/api/findings?kind=wrong", 400), ("/api/findings?doc_id=zzzz", 404), ("/api/kb/status?state=New Zealand", 422),
    ("/api/kb/status?state=Atlantis&org=NATO", 404), ("/api/kb/status?state=New Zealand&org=NATO&on=yesterday", 400),
    ("/api/kb/holders?office=Atlantis", 404), ("/api/kb/obligations?state=Atlantis", 404),
    ("/api/kb/respond?attacker=Estonia&attacked=Estonia", 400), ("/api/nowhere", 404), ("/api/search?q=" + "x" * 600, 422),
]


def _url(client, template: str) -> str:
    a = client.docs["a"].id
    return template.format(a=a, a8=a[:8], zz="zz")


def assert_error_shape(response, status: int) -> dict:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert set(body) == {"error"}
    error = body["error"]
    assert set(error) <= {"status", "code", "message", "details"}
    assert error["status"] == status and isinstance(error["code"], str) and error["code"]
    assert isinstance(error["message"], str) and error["message"]
    assert isinstance(error.get("details", []), list)
    return error


@pytest.mark.parametrize("template", GOOD)
def test_route_answers(client, template):
    response = client.get(_url(client, template))
    assert response.status_code == 200, response.text
    assert isinstance(response.json(), dict)


@pytest.mark.parametrize("template,status", BAD)
def test_bad_input_gets_the_error_shape(client, template, status):
    assert_error_shape(client.get(_url(client, template)), status)


def test_every_api_route_is_exercised_and_documented(client):
    """A new route must be added to GOOD (so it is tested) and to docs/api.md."""
    doc = DOCS.read_text(encoding="utf-8")
    tested = {re.sub(r"\?.*", "", t) for t in GOOD}
    checked = 0
    for route in all_routes(client.app.routes):
        path = getattr(route, "path", "")
        if not path.startswith("/api"):
            continue
        checked += 1
        pattern = "^" + re.sub(r"\{[^}]+\}", "[^/]+", path) + "$"
        assert any(re.match(pattern, t.format(a="x", a8="x")) for t in tested) or "POST" in route.methods, path
        assert f"`{next(iter(sorted(route.methods - {'HEAD'})), 'GET')} {path}`" in doc, f"{path} not in docs/api.md"
    assert checked >= 18, "the routes were not found (FastAPI nests included routers)"


def test_openapi_lists_the_routes(client):
    schema = client.get("/api/openapi.json").json()
    assert {"/api/documents", "/api/documents/{ref}", "/api/kb/respond", "/api/timeline"} <= set(schema["paths"])
    assert "post" in schema["paths"]["/api/documents"]
    assert client.get("/docs").status_code == 404  # no CDN-backed docs page


def test_wrong_method_gets_the_error_shape(client):
    assert_error_shape(client.delete("/api/documents"), 405)
    assert_error_shape(client.post("/api/findings"), 405)


def test_post_text_article_is_stored_and_readable(fresh_client):
    text = "title: Talks in Oslo\n\nNew Zealand and Norway held talks in Oslo on Monday about security."
    response = fresh_client.post("/api/documents?source=oslo.txt", content=text.encode(), headers={"content-type": "text/plain"})
    assert response.status_code == 201, response.text
    body = response.json()
    assert len(body["ingested"]) == 1 and body["annotated"] is False and body["failed"] == []
    doc_id = body["ingested"][0]["id"]
    view = fresh_client.get(f"/api/documents/{doc_id}").json()
    assert view["document"]["title"] == "Talks in Oslo" and view["document"]["source"] == "oslo.txt"
    again = fresh_client.post("/api/documents", content=text.encode(), headers={"content-type": "text/plain; charset=utf-8"})
    assert again.status_code == 201 and again.json()["already_present"][0]["id"] == doc_id


def test_post_json_and_html(fresh_client):
    record = {"title": "A JSON article", "text": "Finland joined NATO in 2023, officials said on Tuesday.",
              "published": "2023-04-04"}
    response = fresh_client.post("/api/documents", content=json.dumps(record), headers={"content-type": "application/json"})
    assert response.status_code == 201, response.text
    assert response.json()["ingested"][0]["published"] == "2023-04-04"
    html = ("<html><head><title>An HTML article</title></head><body><article><h1>An HTML article</h1>"
            + "<p>Sweden joined NATO in March 2024 after a long wait, and its leaders welcomed the decision.</p>" * 3
            + "</article></body></html>")
    response = fresh_client.post("/api/documents", content=html, headers={"content-type": "text/html"})
    assert response.status_code == 201, response.text
    assert "Sweden joined NATO" in fresh_client.get(f"/api/documents/{response.json()['ingested'][0]['id']}").json()["document"]["text"]


@pytest.mark.parametrize("body,ctype,status", [
    (b"", "text/plain", 400), (b"   \n ", "text/plain", 400), (b"{not json", "application/json", 400),
    (b'{"title": "no text"}', "application/json", 400), (b"[1, 2]", "application/json", 400),
    (b"\x00\x01\x02binary", "text/plain", 400), (b"x" * 60_000, "text/plain", 413),
    (b"hello", "image/png", 415), (b"<html><body></body></html>", "text/html", 400),
])
def test_post_bad_bodies(fresh_client, body, ctype, status):
    error = assert_error_shape(fresh_client.post("/api/documents", content=body, headers={"content-type": ctype}), status)
    if status == 413:
        assert "50000" in error["message"]


def test_post_too_large_without_content_length_is_refused(fresh_client):
    def chunks():
        for _ in range(20):
            yield b"y" * 5000

    assert_error_shape(fresh_client.post("/api/documents", content=chunks(), headers={"content-type": "text/plain"}), 413)


WEIRD = ["", "'", '"', "<script>alert(1)</script>", "%00", "\u202e", "../../etc/passwd", "-1", "9" * 30,
         "2023-99-99", "a" * 199, "state:", ":", "NULL", "; DROP TABLE documents;"]


@pytest.mark.parametrize("value", WEIRD)
def test_no_server_error_on_odd_values(client, value):
    """Every parameter of every GET route, given an odd value, gets 2xx or 4xx, never 5xx."""
    from urllib.parse import quote

    schema = client.get("/api/openapi.json").json()
    for path, item in schema["paths"].items():
        if "get" not in item:
            continue
        url = re.sub(r"\{[^}]+\}", quote(value, safe="") or "x", path)
        params = {p["name"]: value for p in item["get"].get("parameters", []) if p["in"] == "query"}
        response = client.get(url, params=params)
        assert response.status_code < 500, (url, params, response.text)
        if response.status_code >= 400:
            assert_error_shape(response, response.status_code)


def test_statements_page_with_the_total_of_all_matches(client):
    everything = client.get("/api/statements?limit=500").json()
    assert everything["total"] == len(everything["statements"]) >= 3
    page = client.get("/api/statements?limit=2&offset=1").json()
    assert page["total"] == everything["total"]
    assert [s["id"] for s in page["statements"]] == [s["id"] for s in everything["statements"][1:3]]
