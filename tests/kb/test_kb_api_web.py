"""Issue 13, item 2: the API's KB answers and the web pages that show KB lists warn when the
date is past what the KB covers."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from tests.api.conftest import _client


@pytest.fixture(scope="module")
def client(tmp_path_factory, kb):
    with _client(tmp_path_factory.mktemp("kbapi"), kb) as c:
        yield c


def _after(day: str) -> str:
    return (date.fromisoformat(day) + timedelta(days=1)).isoformat()


@pytest.mark.parametrize("route", [
    "/api/kb/holders?office=Secretary General of NATO", "/api/kb/status?state=Finland&org=NATO",
    "/api/kb/obligations?state=Finland&org=NATO", "/api/kb/respond?attacker=Russia&attacked=Finland",
])
def test_api_answers_past_as_of_carry_warnings(client, kb, route):
    past = client.get(f"{route}&on={_after(kb.as_of)}")
    assert past.status_code == 200
    assert any(w.startswith(f"{_after(kb.as_of)} is after {kb.as_of}") for w in past.json()["warnings"])
    inside = client.get(f"{route}&on={kb.as_of}").json()
    assert not any("is after" in w for w in inside["warnings"])


def test_api_holders_carry_layer_and_coverage(client, kb):
    data = client.get("/api/kb/holders?office=office:nato-secretary-general").json()
    assert data["warnings"] == [] and data["retracted"] == []
    assert {h["layer"] for h in data["holders"]} == {"bundled"}
    assert data["coverage"] == kb.coverage("office:nato-secretary-general", "holds_office").to_dict()


def test_entity_page_shows_the_kb_warnings(client, kb):
    office = "office:nato-secretary-general"
    data = client.get(f"/entities/{office}.json").json()
    until = kb.coverage(office, "holds_office").until
    expected = date.today().isoformat() > until
    assert any(until in w for w in data["kb_warnings"]) == expected
    page = client.get(f"/entities/{office}").text
    assert ('class="warning"' in page) == bool(data["kb_warnings"])
    for w in data["kb_warnings"]:
        assert w.replace("'", "&#39;") in page
