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
    assert [d["person"] for d in data["holders"]][-3:] == ["person:jacinda-ardern", "person:chris-hipkins",
                                                           "person:christopher-luxon"]
    assert all(d["source"].startswith("https://") and d["layer"] == "bundled" for d in data["holders"])
    assert data["warnings"] == [] and data["coverage"]["until"]


def test_obligations(run):
    result = run("obligations", "New Zealand", "NATO", "--on", "2023-04-11")
    assert result.exit_code == 0 and "applies:" not in result.output.replace("does not apply:", "")
    data = json.loads(run("obligations", "Lithuania", "NATO", "--on", "2023-04-11", "--format", "json").output)
    assert {d["obligation"]: d["applies"] for d in data["obligations"]}["obligation:nato-article-5"] is True
    assert data["warnings"] == []


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


def _after(kb_as_of: str) -> str:
    from datetime import date, timedelta

    return (date.fromisoformat(kb_as_of) + timedelta(days=1)).isoformat()


@pytest.mark.parametrize("args", [
    ("holders", "Secretary General of NATO"), ("status", "Finland", "NATO"), ("obligations", "Finland", "NATO"),
    ("respond", "--attacker", "Russia", "--attacked", "Finland"),
])
def test_queries_past_as_of_warn_on_stderr_and_in_json(kb, args):
    runner = CliRunner()
    after = _after(kb.as_of)
    text = runner.invoke(main, ["kb", *args, "--on", after])
    assert text.exit_code == 0 and f"warning: {after} is after {kb.as_of}" in text.stderr
    assert "warning:" not in text.stdout
    data = json.loads(runner.invoke(main, ["kb", *args, "--on", after, "--format", "json"]).stdout)
    assert any(kb.as_of in w for w in data["warnings"])
    quiet = json.loads(runner.invoke(main, ["kb", *args, "--on", kb.as_of, "--format", "json"]).stdout)
    assert not any("is after" in w for w in quiet["warnings"])


def test_holders_past_the_office_coverage_warns(kb):
    period = kb.coverage("office:nato-secretary-general", "holds_office")
    runner = CliRunner()
    data = json.loads(runner.invoke(main, ["kb", "holders", "office:nato-secretary-general", "--on", _after(period.until),
                                           "--format", "json"]).stdout)
    assert any(period.until in w and "Secretary General" in w for w in data["warnings"])
    inside = json.loads(runner.invoke(main, ["kb", "holders", "office:nato-secretary-general", "--on", period.until,
                                             "--format", "json"]).stdout)
    assert not any("Secretary General" in w for w in inside["warnings"])


def test_status_without_arguments_prints_the_summary(run, kb):
    text = run("status").output
    assert f"as of {kb.as_of}" in text and "entities:" in text and "holds_office" in text
    data = json.loads(run("status", "--format", "json").output)
    assert data["as_of"] == kb.as_of and data["layers"] == ["bundled"]
    assert data["entity_count"] == sum(1 for _ in kb.entities()) and data["fact_count"] == len(kb)
    assert data["facts"]["holds_office"] == len(kb.facts(property="holds_office"))
    declared = [(c["id"], c["property"]) for c in data["coverage"]]
    expected = [(e.id, p) for e in sorted(kb.entities(), key=lambda e: e.id) if "coverage" in e.attrs
                for p in ("holds_office", "member_of", "partner_of", "candidate_for", "applied_to",
                          "accession_protocol")
                if kb.coverage(e.id, p) is not None and kb.coverage(e.id, p).declared]
    assert declared == expected
    for c in data["coverage"]:
        assert f"{c['id']}) {c['property']}: {c['from'] or '-'} to {c['until']}" in text


def test_status_with_one_argument_is_a_usage_error():
    result = CliRunner().invoke(main, ["kb", "status", "Finland"])
    assert result.exit_code == 2


def test_validate_with_user_folder(run, user_dir):
    folder = user_dir({"x.yaml": {"entities": [{"id": "person:ana-example", "name": "Ana Example"}]}})
    assert run("validate", "--kb", str(folder)).output.startswith("valid:")
    bad = user_dir({"y.yaml": {"facts": [{"subject": "person:nobody", "property": "member_of", "value": "org:NATO",
                                          "source": "https://example.org", "as_of": "2024-01-01"}]}})
    result = CliRunner().invoke(main, ["kb", "validate", "--kb", str(bad)])
    assert result.exit_code == 1 and "error: y.yaml: facts[0]: person:nobody does not resolve" in result.output
