"""What every command does the same way (issue 14): one size limit named --max-bytes, errors and
warnings on stderr with data on stdout, names resolved alike, no database created by a read."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from accord.cli import main
from accord.errors import Errors
from accord.model import Annotation, Document
from accord.store import open_store
from tests.query.store_fixture import fill

READ_ONLY = [["who", "Nanaia Mahuta"], ["quotes"], ["timeline"], ["docs"], ["show", "abcd1234"],
             ["export", "--format", "jsonl"]]
MIXED = ("Foreign Minister Nanaia Mahuta said \u201cwe stand together\u201d in Wellington.\n".encode()
         + "NATO\u2019s chief called the summit \u201chistoric\u201d.\n".encode("cp1252")
         + b"Plain ASCII line.\n"
         + "Les alli\u00e9s se r\u00e9unissent \u00e0 Bruxelles.\n".encode("cp1252"))


def run(*args: str):
    return CliRunner().invoke(main, list(args))


@pytest.fixture()
def db(tmp_path):
    path = tmp_path / "names.db"
    with open_store(path) as store:
        fill(store)
        text = "Aroha Tepania, a spokesperson, spoke in Wellington.\n\nTepania said talks went well."
        doc = Document(id="f" * 64, text=text, source="tepania.txt", format="txt", title="Tepania",
                       published="2024-02-01")
        start = text.index("Aroha")
        store.add(doc, [Annotation("mention", start, start + 13, "Aroha Tepania", "PERSON", "person:aroha-tepania",
                                   {"confidence": 1.0})])
    return str(path)


# -- one size limit ------------------------------------------------------------------------------

@pytest.mark.parametrize("command", ["ingest", "check", "serve"])
def test_every_command_that_reads_articles_has_max_bytes_with_the_same_default(command):
    from accord.cli import ingest  # noqa: F401  (the commands are loaded lazily)
    from accord.ingest import MAX_BYTES

    cmd = main.get_command(None, command)
    option = next(p for p in cmd.params if p.name == "max_bytes")
    assert "--max-bytes" in option.opts and option.default == MAX_BYTES == 5_000_000


def test_max_bytes_accepts_a_file_at_the_limit_and_refuses_one_byte_more(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("title: Talks\n\nNew Zealand and Norway held talks in Oslo on Monday.\n")
    size = article.stat().st_size
    at_limit = run("ingest", str(article), "--db", str(tmp_path / "a.db"), "--no-annotate", "--max-bytes", str(size))
    assert at_limit.exit_code == 0 and at_limit.stderr == ""
    over = run("ingest", str(article), "--db", str(tmp_path / "b.db"), "--no-annotate", "--max-bytes", str(size - 1))
    assert over.exit_code == 1
    assert over.stderr.strip() == f"error: {article}: " + Errors.E004.format(limit=size - 1, size=size)


def test_check_names_the_too_large_file_on_stderr_and_keeps_stdout_for_the_report(tmp_path):
    article = tmp_path / "big.txt"
    article.write_text("title: Talks\n\nNew Zealand and Norway held talks in Oslo on Monday.\n")
    result = run("check", str(article), "--db", str(tmp_path / "c.db"), "--max-bytes", "10")
    assert result.exit_code == 1
    assert f"error: {article}: file is larger than the limit of 10 bytes" in result.stderr
    assert "error" not in result.stdout and result.stdout.startswith("0 article(s)")


# -- stderr for problems, stdout for data ----------------------------------------------------------

def test_ingest_warns_on_stderr_about_repaired_lines_and_a_bad_header_date(tmp_path):
    mixed = tmp_path / "mixed.txt"
    mixed.write_bytes(MIXED)
    dated = tmp_path / "dated.txt"
    dated.write_text("title: Talks\ndate 2024-13-45\n\nNew Zealand and Norway held talks in Oslo.\n")
    result = run("ingest", str(mixed), str(dated), "--db", str(tmp_path / "w.db"), "--no-annotate")
    assert result.exit_code == 0
    assert result.stderr.splitlines() == [
        f"warning: {mixed}: " + Errors.W001.format(count=2, lines="2, 4"),
        f"warning: {dated}:2: " + Errors.W002.format(value="2024-13-45", fallback="no publication date found"),
    ]
    assert result.stdout.startswith("2 ingested, 0 already present, 0 failed, 2 warning(s) in ")
    report = json.loads(run("ingest", str(mixed), "--db", str(tmp_path / "w.db"), "--no-annotate",
                            "--format", "json").stdout)
    assert report["warnings"] == [{"source": str(mixed), "line": None,
                                   "reason": Errors.W001.format(count=2, lines="2, 4")}]


def test_the_mixed_file_is_stored_with_every_line_decoded(tmp_path):
    mixed = tmp_path / "mixed.txt"
    mixed.write_bytes(MIXED)
    db = str(tmp_path / "m.db")
    assert run("ingest", str(mixed), "--db", db, "--no-annotate").exit_code == 0
    with open_store(db) as store:
        [doc] = store.documents()
    assert "NATO\u2019s chief called the summit \u201chistoric\u201d." in doc.text
    assert "Les alli\u00e9s se r\u00e9unissent \u00e0 Bruxelles." in doc.text


def test_summary_line_gives_time_and_words_per_second(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("title: Talks\n\nNew Zealand and Norway held talks in Oslo on Monday.\n")
    out = run("ingest", str(article), "--db", str(tmp_path / "s.db"), "--no-annotate").stdout
    assert out.startswith("1 ingested, 0 already present, 0 failed in ")
    assert " s (10 words, " in out and " words/s) -> " in out


@pytest.mark.parametrize("args", READ_ONLY, ids=lambda a: a[0])
def test_read_only_commands_refuse_a_missing_database_and_create_none(tmp_path, args):
    missing = tmp_path / "new.db"
    result = run(*args, "--db", str(missing))
    assert result.exit_code == 1
    assert result.stderr.strip() == "error: " + Errors.E308.format(path=missing)
    assert result.stdout == "" and not missing.exists()


# -- one name resolution -----------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["Nanaia Mahuta", "nanaia  mahuta", "Mahuta", "person:nanaia-mahuta"])
def test_who_quotes_and_timeline_resolve_a_name_alike(db, name):
    who = json.loads(run("who", name, "--db", db, "--format", "json").stdout)
    assert who["entity"]["id"] == "person:nanaia-mahuta"
    quotes = json.loads(run("quotes", "--speaker", name, "--db", db, "--format", "json").stdout)
    assert quotes["total"] == 1 and quotes["quotes"][0]["speaker"] == "person:nanaia-mahuta"
    timeline = json.loads(run("timeline", name, "--db", db, "--format", "json").stdout)
    assert timeline["entity"] == "person:nanaia-mahuta"


@pytest.mark.parametrize("name", ["Kiwi", "New Zealand", "new zealand", "state:NZL"])
def test_any_kb_alias_names_a_state_in_kb_and_timeline_alike(db, name):
    status = json.loads(run("kb", "status", name, "NATO", "--on", "2023-04-11", "--format", "json").stdout)
    assert status["state"] == "state:NZL"
    timeline = json.loads(run("timeline", name, "--db", db, "--format", "json", "--limit", "1").stdout)
    assert timeline["entity"] == "state:NZL"


def test_a_family_name_resolves_for_a_person_known_only_from_the_articles(db):
    who = json.loads(run("who", "Tepania", "--db", db, "--format", "json").stdout)
    assert who["entity"]["id"] == "person:aroha-tepania"


def test_a_family_name_two_people_share_is_refused_naming_both(db):
    result = run("who", "Naydenov", "--db", db)
    assert result.exit_code == 1
    assert "person:angel-naydenov" in result.stderr and "person:radi-naydenov" in result.stderr


def test_kb_search_lists_the_family_name_match_first_as_exact():
    hits = json.loads(run("kb", "search", "Stoltenberg", "--format", "json").stdout)
    assert (hits[0]["id"], hits[0]["score"]) == ("person:jens-stoltenberg", 100.0)
