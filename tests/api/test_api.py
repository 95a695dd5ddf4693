"""The JSON API: every route answers, every 4xx has the one error shape, nothing 5xx on bad input."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tests.api.routes import all_routes

DOCS = Path(__file__).resolve().parents[2] / "docs" / "api.md"

NZ, NATO, MAHUTA = "state:NZL", "org:NATO", "person:nanaia-mahuta"

# Every GET route with arguments that work on the fixture store ({a} = article A's id), and what
# its answer must say about that store: a route answering the wrong data, or none, fails.
GOOD = {
    "/api/documents": lambda b, a: b["total"] == 3 and len(b["documents"]) == 3
    and "Wellington weighs closer NATO ties" in {d["title"] for d in b["documents"]},
    "/api/documents?limit=1&offset=1": lambda b, a: (b["total"], b["limit"], b["offset"], len(b["documents"])) == (3, 1, 1, 1),
    "/api/documents/{a}": lambda b, a: b["document"]["id"] == a and [q["entity"] for q in b["quotes"]] == [MAHUTA],
    "/api/documents/{a8}": lambda b, a: b["document"]["id"] == a,
    "/api/documents/{a}/annotations": lambda b, a: b["doc_id"] == a and b["layer"] is None and len(b["annotations"]) == 9,
    "/api/documents/{a}/annotations?layer=quote": lambda b, a: [x["layer"] for x in b["annotations"]] == ["quote"],
    "/api/entities": lambda b, a: {NZ, NATO, MAHUTA} <= {e["id"] for e in b["entities"]},
    "/api/entities/state:NZL": lambda b, a: b["entity"]["id"] == NZ and b["relations"],
    "/api/entities/Nanaia Mahuta": lambda b, a: b["entity"]["id"] == MAHUTA and len(b["quotes_by"]) == 1,
    "/api/who?name=Nanaia Mahuta": lambda b, a: b["entity"]["id"] == MAHUTA
    and "office:nzl-foreign-minister" in {o["office"] for o in b["offices"]},
    "/api/timeline": lambda b, a: b["total"] > 0 and len(b["events"]) == min(b["total"], 1000),
    "/api/timeline?entity=New Zealand&limit=2": lambda b, a: len(b["events"]) == 2 and isinstance(b["next"], str),
    "/api/timeline?entity=New Zealand&from=2012&to=2023-12&source=articles&property=partner_of":
        lambda b, a: b["entity"] == NZ and [(e["property"], e["date"]) for e in b["events"]]
        == [("partner_of", "2012"), ("partner_of", "2023-04-11")],
    # by default the neighbourhood of the most mentioned entity
    "/api/graph": lambda b, a: b["entity"] == NATO and {NZ, NATO} <= {n["id"] for n in b["nodes"]} and b["edges"],
    "/api/graph?entity=NATO&limit=5&kb=false": lambda b, a: b["entity"] == NATO and b["edges"]
    and all(e["origin"] == "articles" for e in b["edges"]) and len(b["nodes"]) <= 5,
    "/api/search?q=Brussels": lambda b, a: [d["id"] for d in b["documents"]] == [a]
    and [e["id"] for e in b["entities"]] == ["place:brussels"],
    "/api/search": lambda b, a: b["documents"] == [] and b["entities"] == [],
    "/api/statements": lambda b, a: b["total"] == 5 and len(b["statements"]) == 5,
    "/api/statements?subject=state:NZL&property=partner_of": lambda b, a: b["total"] == 2
    and {(x["subject"], x["property"]) for x in b["statements"]} == {(NZ, "partner_of")},
    "/api/statements?doc_id={a8}": lambda b, a: b["total"] == 2,
    "/api/quotations": lambda b, a: b["total"] == 1 and b["quotes"][0]["speaker"] == MAHUTA,
    "/api/quotations?speaker=Nanaia Mahuta": lambda b, a: b["speaker"] == MAHUTA and b["total"] == 1,
    "/api/quotations?doc_id={a}": lambda b, a: b["doc_id"] == a and [q["doc_id"] for q in b["quotes"]] == [a],
    "/api/findings": lambda b, a: b["total"] == 5 and len(b["by_document"]) == 2,
    "/api/findings?kind=supported&doc_id={a8}&flagged_only=true": lambda b, a: (b["kind"], b["doc_id"], b["total"])
    == ("supported", a, 0),
    "/api/kb/status?state=New Zealand&org=NATO&on=2023-04-11": lambda b, a: (b["member"], b["partner"], b["partner_since"])
    == (False, True, "2012-06-04"),
    "/api/kb/holders?office=office:nzl-foreign-minister": lambda b, a: b["on"] is None and len(b["holders"]) == 5
    and MAHUTA in {h["person"] for h in b["holders"]},
    "/api/kb/holders?office=Prime Minister of New Zealand&on=2023-04-11": lambda b, a: [h["person"] for h in b["holders"]]
    == ["person:chris-hipkins"],
    "/api/kb/obligations?state=New Zealand&org=NATO&on=2023-04-11": lambda b, a: b["state"] == NZ and b["obligations"]
    and not any(o["applies"] for o in b["obligations"]),
    "/api/kb/respond?attacker=Russia&attacked=Estonia&on=2024-01-01": lambda b, a: b["attacked"] == "state:EST"
    and "state:USA" in b["bound"] and "state:EST" not in b["bound"],
    "/api/openapi.json": lambda b, a: "/api/documents" in b["paths"] and b["openapi"].startswith("3."),
}

# Bad inputs and the status they must get.
BAD = [
    ("/api/documents/{zz}", 404), ("/api/documents/ab", 404), ("/api/documents/zzzzzz", 404),
    ("/api/documents?limit=0", 422), ("/api/documents?limit=abc", 422), ("/api/documents?offset=-1", 422),
    ("/api/documents/zzzzzz/annotations", 404), ("/api/entities/person:nobody-here", 404),
    ("/api/entities/Nanaia Mahutaa", 404), ("/api/who", 422), ("/api/who?name=", 422), ("/api/who?name=Nobody Atall", 404),
    ("/api/timeline?from=bad", 400), ("/api/timeline?from=2023-02-30", 400), ("/api/timeline?from=2024&to=2020", 400),
    ("/api/timeline?source=web", 422), ("/api/timeline?cursor=made-up", 400), ("/api/timeline?entity=Atlantis", 404), ("/api/graph?limit=100000", 422),
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
    """200, and the answer is about the fixture store (see GOOD)."""
    response = client.get(_url(client, template))
    assert response.status_code == 200, response.text
    body = response.json()
    assert GOOD[template](body, client.docs["a"].id), json.dumps(body)[:2000]


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


def test_timeline_pages_follow_next_to_the_end(client):
    whole = client.get("/api/timeline", params={"entity": "New Zealand"}).json()
    assert whole["next"] is None and len(whole["events"]) > 3
    events, cursor, pages = [], None, 0
    while True:
        page = client.get("/api/timeline", params={"entity": "New Zealand", "limit": 3, "cursor": cursor}
                          if cursor else {"entity": "New Zealand", "limit": 3}).json()
        events += page["events"]
        pages += 1
        cursor = page["next"]
        if cursor is None:
            break
    assert events == whole["events"] and pages == -(-len(whole["events"]) // 3)
    # the same cursor with another entity is refused
    first = client.get("/api/timeline", params={"entity": "New Zealand", "limit": 3}).json()
    assert_error_shape(client.get("/api/timeline", params={"entity": "NATO", "cursor": first["next"]}), 400)
