"""`accord kb ...`: text and JSON answers with sources, errors as exit status 1."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from accord.cli import main


@pytest.fixture
def run():
    runner = CliRunner()

    def invoke(*args: str):
        return runner.invoke(main, ["kb", *args], catch_exceptions=False)

    return invoke


def test_status_text_and_json(run):
    text = run("status", "New Zealand", "NATO", "--on", "2023-04-11")
    assert text.exit_code == 0
    assert "partner" in text.output and "2012-06-04" in text.output and "source: https://" in text.output
    data = json.loads(run("status", "New Zealand", "NATO", "--on", "2023-04-11", "--format", "json").output)
    assert data["partner"] is True and data["member"] is False and data["partner_since"] == "2012-06-04"
    assert data["sources"]


def test_holders(run):
    result = run("holders", "Prime Minister of New Zealand", "--on", "2023-04-11")
    assert result.exit_code == 0 and "Chris Hipkins" in result.output and "Ardern" not in result.output
    data = json.loads(run("holders", "office:nzl-prime-minister", "--format", "json").output)
    assert [d["person"] for d in data][-3:] == ["person:jacinda-ardern", "person:chris-hipkins", "person:christopher-luxon"]
    assert all(d["source"].startswith("https://") for d in data)


def test_obligations(run):
    result = run("obligations", "New Zealand", "NATO", "--on", "2023-04-11")
    assert result.exit_code == 0 and "applies:" not in result.output.replace("does not apply:", "")
    data = json.loads(run("obligations", "Lithuania", "NATO", "--on", "2023-04-11", "--format", "json").output)
    assert {d["obligation"]: d["applies"] for d in data}["obligation:nato-article-5"] is True


def test_respond(run):
    result = run("respond", "--attacker", "Russia", "--attacked", "Lithuania", "--on", "2023-04-11")
    assert result.exit_code == 0
    assert "Article 5 of the North Atlantic Treaty" in result.output and "New Zealand" in result.output
    data = json.loads(run("respond", "--attacker", "Russia", "--attacked", "Lithuania", "--on", "2023-04-11",
                          "--format", "json").output)
    nato = next(p for p in data["provisions"] if p["org"] == "org:NATO")
    assert len(nato["bound"]) == 30 and "state:NZL" in nato["partners_not_bound"] and nato["sources"]


def test_search_exact_then_fuzzy(run):
    assert run("search", "Kiwi").output.split()[1] == "state:NZL"
    data = json.loads(run("search", "NAITO", "--format", "json").output)
    assert data[0]["id"] == "org:NATO" and data[0]["score"] < 100


def test_unknown_name_exits_1(run):
    result = CliRunner().invoke(main, ["kb", "status", "Atlantis", "NATO"])
    assert result.exit_code == 1 and "error:" in result.output


def test_validate_with_user_folder(run, user_dir):
    folder = user_dir({"x.yaml": {"entities": [{"id": "person:ana-example", "name": "Ana Example"}]}})
    assert run("validate", "--kb", str(folder)).output.startswith("valid:")
    bad = user_dir({"y.yaml": {"facts": [{"subject": "person:nobody", "property": "member_of", "value": "org:NATO",
                                          "source": "https://example.org", "as_of": "2024-01-01"}]}})
    result = CliRunner().invoke(main, ["kb", "validate", "--kb", str(bad)])
    assert result.exit_code == 1 and "person:nobody does not resolve" in result.output
