"""`accord who`, `timeline`, `export` and `serve` as thin shells (CliRunner, hand-built store)."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from accord.cli import main
from accord.store import open_store
from tests.query.store_fixture import fill


@pytest.fixture()
def db(tmp_path):
    path = tmp_path / "cli.db"
    with open_store(path) as store:
        fill(store)
    return str(path)


def run(*args):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def test_who_text_and_json(db):
    text = run("who", "Nanaia Mahuta", "--db", db)
    assert text.exit_code == 0, text.output
    assert "Minister of Foreign Affairs of New Zealand: 2020-11-06 to 2023-11-27" in text.output
    data = json.loads(run("who", "person:nanaia-mahuta", "--db", db, "--format", "json").output)
    assert data["entity"]["name"] == "Nanaia Mahuta" and data["quotes_by"]


def test_who_unknown_name_exits_1_with_suggestion(db):
    result = CliRunner().invoke(main, ["who", "Nanaia Mahutaa", "--db", db])
    assert result.exit_code == 1 and "Nanaia Mahuta" in result.output


def test_timeline_filters_and_bad_date(db):
    result = run("timeline", "New Zealand", "--from", "2023", "--to", "2023", "--source", "articles", "--db", db,
                 "--format", "json")
    data = json.loads(result.output)
    assert [e["what"] for e in data["events"]] == ["reported", "reported"]
    text = run("timeline", "--property", "joined", "--source", "articles", "--db", db)
    assert "Finland joined North Atlantic Treaty Organization" in text.output
    bad = CliRunner().invoke(main, ["timeline", "--from", "2023-02-30", "--db", db])
    assert bad.exit_code == 2 and "not a date" in bad.output


def test_export_to_stdout_and_refusal(db, tmp_path):
    result = run("export", "--format", "csv", "--table", "statements", "--db", db)
    assert result.output.splitlines()[0].startswith("id,subject,property,value")
    refused = CliRunner().invoke(main, ["export", "--format", "parquet", "--db", db])
    assert refused.exit_code == 2 and "--out" in refused.output
    done = CliRunner().invoke(main, ["export", "--format", "graphml", "--out", str(tmp_path / "g.graphml"), "--db", db])
    assert done.exit_code == 0 and (tmp_path / "g.graphml").read_text().startswith("<?xml")


def test_serve_builds_the_app_on_localhost(db, monkeypatch):
    import uvicorn

    seen = {}
    monkeypatch.setattr(uvicorn, "run", lambda app, host, port, log_level: seen.update(app=app, host=host, port=port))
    result = run("serve", "--db", db, "--port", "8123", "--no-annotate")
    assert result.exit_code == 0
    assert seen["host"] == "127.0.0.1" and seen["port"] == 8123
    from tests.api.routes import all_routes

    assert any(getattr(r, "path", "") == "/api/documents" for r in all_routes(seen["app"].routes))
