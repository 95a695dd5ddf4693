"""The ingest progress bar and summary (accord.cli.progress): the total counted first, one tick
per document as it is stored, a summary with the time and words per second."""

from __future__ import annotations

import json

import pytest

from accord.cli.progress import IngestProgress, count_articles, summary_line
from accord.pipeline import BATCH_SIZE, IngestReport, ingest_items
from accord.store import open_store


def test_the_total_counts_one_per_text_or_html_file_and_one_per_json_line(tmp_path):
    (tmp_path / "a.txt").write_text("one")
    (tmp_path / "b.html").write_text("<p>two</p>")
    (tmp_path / "c.jsonl").write_text('{"text": "x"}\n\n{"text": "y"}\n{broken\n')
    (tmp_path / "d.json").write_text('{"text": "z"}')
    assert count_articles([str(tmp_path)]) == 1 + 1 + 3 + 1
    assert count_articles([str(tmp_path / "a.txt"), str(tmp_path / "missing.txt")]) == 2  # the error counts


def test_the_total_is_unknown_for_standard_input_feeds_and_json_lists(tmp_path):
    (tmp_path / "f.rss").write_text("<rss/>")
    (tmp_path / "l.json").write_text('[{"text": "a"}, {"text": "b"}]')
    assert count_articles(["-"]) is None
    assert count_articles([str(tmp_path / "f.rss")]) is None
    assert count_articles([str(tmp_path / "l.json")]) is None


def test_a_file_over_the_limit_counts_once_whatever_it_holds(tmp_path):
    big = tmp_path / "big.jsonl"
    big.write_text('{"text": "x"}\n' * 10)
    size = big.stat().st_size
    assert count_articles([str(big)], max_bytes=size) == 10
    assert count_articles([str(big)], max_bytes=size - 1) == 1


def test_the_summary_gives_counts_time_and_words_per_second():
    report = IngestReport(words=1500)
    assert summary_line(report, 2.0, "x.db") == "0 ingested, 0 already present, 0 failed in 2.0 s (1,500 words, 750 words/s) -> x.db"
    assert summary_line(IngestReport(), 0.5, "x.db") == "0 ingested, 0 already present, 0 failed in 0.5 s (0 words) -> x.db"
    assert summary_line(IngestReport(), 0.5, "postgresql://ann:secret@db.example:5432/news").endswith(
        "-> postgresql://ann:***@db.example:5432/news")  # never the password


def test_progress_is_silent_off_a_terminal_but_still_times():
    with IngestProgress(3, enabled=True) as progress:
        progress.tick("a.txt")
    assert progress._bar is None and progress.seconds >= 0


@pytest.mark.model
def test_the_bar_moves_per_document_long_before_the_batch_is_read(accord_annotator):
    """Each document ticks when stored; the first is stored before more than a small batch of
    documents has been read (it was 128 per jump)."""
    from accord.model import Document

    events: list[str] = []

    def documents():
        for i in range(4 * BATCH_SIZE):
            events.append(f"read {i}")
            yield Document(id=f"{i:064d}", text=f"Talks number {i} were held in Oslo.", source=f"{i}.txt", format="txt")

    report = ingest_items(documents(), open_store(None), annotator=accord_annotator,
                          on_item=lambda source: events.append(f"tick {source}"))
    assert len(report.ingested) == 4 * BATCH_SIZE
    assert [e for e in events if e.startswith("tick")] == [f"tick {i}.txt" for i in range(4 * BATCH_SIZE)]
    assert events.index("tick 0.txt") < events.index(f"read {BATCH_SIZE + 1}")
    assert BATCH_SIZE <= 8


def test_on_a_terminal_the_bar_shows_count_of_total_percentage_rate_and_time_left(monkeypatch):
    from rich.console import Console

    monkeypatch.setattr("sys.stderr.isatty", lambda: True, raising=False)
    with IngestProgress(4, enabled=True) as progress:
        for name in ("a.txt", "b.txt", "c.txt"):
            progress.tick(f"folder/{name}")
        task = progress._bar.tasks[0]
        console = Console(record=True, width=160, force_terminal=False)
        console.print(progress._bar.make_tasks_table(progress._bar.tasks))
    line = console.export_text()
    assert "3/4 articles" in line and "75%" in line and "c.txt" in line
    assert "/s" in line and "0:00:0" in line  # the rate, the time left and the time taken
    assert (task.completed, task.total) == (3, 4)
