"""The `accord` command end to end, in a subprocess, on a temporary database."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest


def accord(*args: str, cwd: Path, stdin: str | None = None) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONIOENCODING="utf-8")
    return subprocess.run([sys.executable, "-m", "accord.cli", *args], cwd=cwd, env=env, input=stdin,
                          capture_output=True, text=True, timeout=120)


@pytest.fixture
def db(tmp_path) -> str:
    return str(tmp_path / "test.db")


def test_python_dash_m_accord_runs_the_command(tmp_path):
    env = dict(os.environ, PYTHONIOENCODING="utf-8")
    result = subprocess.run([sys.executable, "-m", "accord", "--help"], cwd=tmp_path, env=env,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0
    assert "check" in result.stdout


def test_help_lists_the_commands(tmp_path):
    result = accord("--help", cwd=tmp_path)
    assert result.returncode == 0
    for command in ("ingest", "docs", "show", "check"):
        assert command in result.stdout


def test_ingest_then_list_then_show(samples_dir, tmp_path, db):
    first = accord("ingest", str(samples_dir), "--db", db, "--no-annotate", "--format", "json", cwd=tmp_path)
    assert first.returncode == 0, first.stderr
    report = json.loads(first.stdout)
    assert len(report["ingested"]) == 10 and report["failed"] == []

    again = accord("ingest", str(samples_dir), "--db", db, "--no-annotate", cwd=tmp_path)
    assert again.returncode == 0
    assert "0 ingested, 10 already present, 0 failed" in again.stdout

    listed = json.loads(accord("docs", "--db", db, "--format", "json", cwd=tmp_path).stdout)
    assert len(listed) == 10 and all(d["published"] for d in listed)

    shown = accord("show", listed[0]["id"][:8], "--db", db, cwd=tmp_path)
    assert shown.returncode == 0 and listed[0]["id"] in shown.stdout


def test_bad_input_is_reported_and_the_batch_goes_on(tmp_path, db):
    (tmp_path / "good.txt").write_text("title: A\ndate: 2023-01-02\n\nNATO met in Brussels today.\n", encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    result = accord("ingest", str(tmp_path / "good.txt"), str(tmp_path / "empty.txt"), "--db", db,
                    "--no-annotate", cwd=tmp_path)
    assert result.returncode == 1
    assert "empty.txt" in result.stderr and "1 ingested" in result.stdout


def test_standard_input(tmp_path, db):
    result = accord("ingest", "-", "--db", db, "--no-annotate", cwd=tmp_path, stdin="NATO leaders met in Vilnius.\n")
    assert result.returncode == 0 and "1 ingested" in result.stdout


def test_usage_error_exits_2(tmp_path):
    assert accord("ingest", cwd=tmp_path).returncode == 2
    assert accord("docs", "--no-such-option", cwd=tmp_path).returncode == 2


def test_a_file_that_is_not_a_database_is_a_one_line_error(tmp_path):
    bad = tmp_path / "bad.db"
    bad.write_text("not a database", encoding="utf-8")
    result = accord("docs", "--db", str(bad), cwd=tmp_path)
    assert result.returncode == 1
    assert result.stderr.startswith("error: ") and "Traceback" not in result.stderr


def test_unknown_document_is_an_error(tmp_path, db):
    from accord.store import open_store

    open_store(db).close()  # an existing, empty database: read commands refuse a missing one
    result = accord("show", "ffffffff", "--db", db, cwd=tmp_path)
    assert result.returncode == 1 and "no document matches" in result.stderr
