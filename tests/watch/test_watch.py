"""`accord watch` against feeds and pages on a local HTTP server: new items ingested once, an
unchanged feed costs one conditional request, a broken feed does not stop the others, flagged
findings reach the webhook and the JSONL file, SIGTERM leaves the store consistent."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from accord.store import SQLiteStore
from accord.watch import Watcher
from accord.watch.notify import Notifier
from accord.watch.state import MAX_ATTEMPTS, WatchState
from tests.watch.conftest import HTTP_DATE, Route, json_feed, publish, rss

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def watcher_for(tmp_path, accord_annotator):
    """Makes Watchers over one store and one state file (a new Watcher is a restart)."""
    store = SQLiteStore(tmp_path / "watch.db")
    made = []

    def make(sources, **options) -> Watcher:
        state = WatchState(str(tmp_path / "state.sqlite"))
        watcher = Watcher(sources, store, accord_annotator.kb, accord_annotator, state, **options)
        made.append(watcher)
        return watcher

    yield make
    for watcher in made:
        watcher.state.close()
    store.close()


@pytest.mark.model
def test_new_items_are_ingested_once_across_restarts(site, sample_pages, watcher_for):
    publish(site, sample_pages[:3])
    site.routes["/feed"] = Route(rss(site, sample_pages[:2]), "application/rss+xml", etag='"v1"')
    first = watcher_for([site.url("/feed")]).round()
    assert len(first.stored) == 2 and not first.item_errors

    # a restart, and the feed changed (a new ETag): the two items are known, their pages not fetched
    site.routes["/feed"] = Route(rss(site, sample_pages[:3]), "application/rss+xml", etag='"v2"')
    site.requests.clear()
    watcher = watcher_for([site.url("/feed")])
    second = watcher.round()
    assert len(second.stored) == 1 and not second.present
    assert [p for _, p, _, _ in site.requests] == ["/feed", "/a/" + sample_pages[2]["slug"]]
    assert watcher.store.count() == 3
    assert sorted(watcher.state.stored_documents()) == sorted(d.id for d in watcher.store.documents())


@pytest.mark.model
def test_an_unchanged_feed_costs_one_conditional_request_answered_304(site, sample_pages, watcher_for):
    publish(site, sample_pages[:1])
    site.routes["/feed"] = Route(rss(site, sample_pages[:1]), "application/rss+xml", etag='"abc"')
    watcher = watcher_for([site.url("/feed")])
    assert len(watcher.round().stored) == 1
    site.requests.clear()
    again = watcher.round()
    assert [(m, p) for m, p, _, _ in site.requests] == [("GET", "/feed")]
    assert site.requests[0][2]["if-none-match"] == '"abc"'
    assert again.not_modified == [site.url("/feed")] and not again.stored


def test_last_modified_is_sent_back_as_if_modified_since(site, watcher_for):
    site.routes["/feed"] = Route(rss(site, []), "application/rss+xml", last_modified=HTTP_DATE)
    watcher = watcher_for([site.url("/feed")])
    assert watcher.round().not_modified == []
    assert "if-modified-since" not in site.requests[0][2]
    assert watcher.round().not_modified == [site.url("/feed")]
    assert site.requests[1][2]["if-modified-since"] == HTTP_DATE and len(site.requests) == 2


@pytest.mark.model
def test_a_broken_feed_does_not_stop_the_others_and_backs_off(site, sample_pages, watcher_for):
    publish(site, sample_pages[:1])
    site.routes["/good"] = Route(rss(site, sample_pages[:1]), "application/rss+xml", etag='"g"')
    site.routes["/error"] = Route(b"", status=500)
    site.routes["/garbage"] = Route(b"<html><body>not a feed</body></html>")
    sources = [site.url(p) for p in ("/error", "/missing", "/garbage", "/good")]
    watcher = watcher_for(sources, every=60, max_backoff=600)
    before = time.time()
    first = watcher.round()
    assert len(first.stored) == 1
    assert sorted(first.feed_errors) == sorted(sources[:3])
    assert "HTTP 500" in first.feed_errors[sources[0]] and "HTTP 404" in first.feed_errors[sources[1]]
    assert "not a feed" in first.feed_errors[sources[2]]
    for source in sources[:3]:
        state = watcher.state.feed(source)
        assert state.failures == 1 and before + 60 <= state.retry_at <= time.time() + 60

    site.requests.clear()
    second = watcher.round()  # at once: the broken feeds are waiting out their back-off
    assert sorted(second.backing_off) == sorted(sources[:3])
    assert [p for _, p, _, _ in site.requests] == ["/good"] and second.not_modified == [sources[3]]


def test_backoff_doubles_from_every_and_stops_at_the_cap():
    from accord.watch.state import backoff_delay

    assert [backoff_delay(n, 60, 600) for n in range(7)] == [60, 60, 120, 240, 480, 600, 600]
    assert backoff_delay(4, 60, 479) == 479 and backoff_delay(4, 60, 481) == 480
    assert backoff_delay(3, 60, 30) == 60  # never less than the round interval
    assert backoff_delay(10_000, 60, 3600) == 3600


def test_failures_in_the_state_file_push_retry_at_by_the_backoff(tmp_path):
    state = WatchState(str(tmp_path / "s.sqlite"))
    first = state.failed("f", "HTTP 500", every=60, cap=600, now=1000.0)
    second = state.failed("f", "HTTP 500", every=60, cap=600, now=2000.0)
    assert (first.failures, first.retry_at, second.failures, second.retry_at) == (1, 1060.0, 2, 2120.0)
    state.fetched("f", '"e"', None)
    assert (state.feed("f").failures, state.feed("f").retry_at, state.feed("f").etag) == (0, 0, '"e"')
    state.close()


@pytest.mark.parametrize("text, seconds", [("90", 90), ("30s", 30), ("10m", 600), ("1.5m", 90),
                                           ("2h", 7200), ("1d", 86400), (" 5M ", 300)])
def test_intervals(text, seconds):
    from accord.watch import parse_interval

    assert parse_interval(text) == seconds


@pytest.mark.parametrize("text", ["0", "0m", "", "m", "10x", "-5m", "1 0m"])
def test_bad_intervals_are_refused(text):
    from accord.watch import parse_interval

    with pytest.raises(ValueError):
        parse_interval(text)


def test_a_page_that_fails_is_tried_again_next_round_then_given_up(site, watcher_for):
    site.routes["/feed"] = Route(rss(site, [{"slug": "gone", "title": "Gone"}]), "application/rss+xml", etag='"x"')
    site.routes["/a/gone"] = Route(b"", status=503)
    watcher = watcher_for([site.url("/feed")], every=60)
    for attempt in range(1, MAX_ATTEMPTS + 1):
        site.requests.clear()
        result = watcher.round()
        assert len(result.item_errors) == 1 and "HTTP 503" in result.item_errors[0]
        # the feed's validators are not kept while an item is pending: no 304 can hide it
        assert "if-none-match" not in site.requests[0][2]
        assert [p for _, p, _, _ in site.requests] == ["/feed", "/a/gone"]
    site.requests.clear()
    given_up = watcher.round()
    assert given_up.item_errors == [] and [p for _, p, _, _ in site.requests] == ["/feed"]
    assert site.requests[0][2]["if-none-match"] == '"x"'


@pytest.mark.model
def test_json_feed_and_a_local_feed_file_with_the_full_text(site, sample_pages, watcher_for, tmp_path):
    publish(site, sample_pages[:1])
    site.routes["/feed.json"] = Route(json_feed(site, sample_pages[:1]), "application/feed+json")
    local = tmp_path / "feed.json"
    local.write_text(json.dumps({"version": "https://jsonfeed.org/version/1.1", "items": [
        {"id": "t1", "title": "Finland joins", "date_published": "2023-04-04T10:00:00Z",
         "content_text": "Finland became the 31st member of NATO on Tuesday, 4 April 2023."}]}))
    watcher = watcher_for([site.url("/feed.json"), str(local)])
    first = watcher.round()
    assert len(first.stored) == 2 and not first.feed_errors
    texts = {d.title: d for d in watcher.store.documents()}
    assert texts["Finland joins"].published == "2023-04-04"
    site.requests.clear()
    second = watcher.round()
    # the server offers no validators: the feed is read again, its item is known, its page not fetched
    assert [p for _, p, _, _ in site.requests] == ["/feed.json"] and not second.stored
    assert second.not_modified == [str(local)]  # the unchanged file is not read again


@pytest.mark.model
def test_flagged_findings_go_to_the_webhook_and_the_jsonl_file(site, sample_pages, watcher_for, tmp_path):
    from accord.report import FLAGGED

    page = next(p for p in sample_pages if p["slug"] == "04_luxon_washington_summit")  # "Japan, a member"
    publish(site, [page])
    site.routes["/feed"] = Route(rss(site, [page]), "application/rss+xml")
    out = tmp_path / "flagged.jsonl"
    watcher = watcher_for([site.url("/feed")], notifier=Notifier(site.url("/hook"), str(out)))
    result = watcher.round()
    posts = [json.loads(body) for m, p, _, body in site.requests if (m, p) == ("POST", "/hook")]
    assert len(posts) == 1 and result.flagged == len(posts[0]["findings"]) > 0
    assert posts[0]["document"]["id"] == result.stored[0] and posts[0]["feed"] == site.url("/feed")
    assert {f["kind"] for f in posts[0]["findings"]} <= FLAGGED
    assert any("Japan, which is a member of Nato" in f["sentence"] for f in posts[0]["findings"])
    assert [json.loads(line) for line in out.read_text().splitlines()] == posts


@pytest.mark.model
@pytest.mark.slow
def test_sigterm_stops_after_the_article_in_hand_and_the_store_stays_consistent(
        site, sample_pages, tmp_path, accord_annotator):
    publish(site, sample_pages)
    site.routes["/feed"] = Route(rss(site, sample_pages), "application/rss+xml", etag='"all"')
    db, state_file = tmp_path / "w.db", tmp_path / "w.state"
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(ROOT / "src"), os.environ.get("PYTHONPATH", "")]),
               OPENBLAS_NUM_THREADS="1")
    proc = subprocess.Popen([sys.executable, "-m", "accord.cli", "watch", site.url("/feed"), "--db", str(db),
                             "--state", str(state_file), "--every", "1s"],
                            stderr=subprocess.PIPE, text=True, env=env)
    log = []
    try:
        for line in proc.stderr:
            log.append(line)
            if " stored " in line:
                proc.send_signal(signal.SIGTERM)
                break
        _, rest = proc.communicate(timeout=180)
    finally:
        if proc.poll() is None:
            proc.kill()
    log.append(rest)
    assert proc.returncode == 0, "".join(log)
    assert "stopped" in "".join(log)

    with SQLiteStore(db) as store:
        state = WatchState(str(state_file))
        stored = {d.id for d in store.documents()}
        assert 1 <= len(stored) < len(sample_pages)
        assert set(state.stored_documents()) == stored  # every article stored is marked, and only those
        for doc_id in stored:
            assert store.annotations(doc_id, "sentence")
        assert state.feed(site.url("/feed")).etag is None  # the feed was left unfinished: fetch it in full
        # a restart finishes the feed; nothing is stored twice
        watcher = Watcher([site.url("/feed")], store, accord_annotator.kb, accord_annotator, state)
        result = watcher.round()
        assert len(result.stored) == len(sample_pages) - len(stored) and not result.present
        assert store.count() == len(sample_pages)
        state.close()


class _Exploding:
    """An annotator with a bug that shows on articles containing "BOOM"."""

    model_info = {"name": "exploding", "version": "0"}

    def annotate_many(self, docs, n_process=1, batch_size=32):
        for doc in docs:
            if "BOOM" in doc.text:
                raise RuntimeError("annotator bug")
            yield []

    def statements(self, doc, annotations):
        return []


def test_an_article_that_breaks_the_pipeline_is_logged_and_the_others_go_on(tmp_path):
    from accord.kb import load

    feed = tmp_path / "feed.json"
    feed.write_text(json.dumps({"version": "https://jsonfeed.org/version/1.1", "items": [
        {"id": "bad", "content_text": "BOOM goes the pipeline on this article."},
        {"id": "good", "content_text": "Finland became a member of NATO on 4 April 2023."}]}))
    with SQLiteStore(tmp_path / "w.db") as store:
        state = WatchState(str(tmp_path / "s.sqlite"))
        result = Watcher([str(feed)], store, load(), _Exploding(), state).round()
        assert len(result.stored) == 1 and len(result.item_errors) == 1
        assert "RuntimeError: annotator bug" in result.item_errors[0]
        assert store.count() == 1 and "Finland" in store.documents()[0].text
        assert not state.done(str(feed), "bad") and state.done(str(feed), "good")
        state.close()


@pytest.mark.model
def test_cli_once_exits_1_when_a_feed_failed_and_logs_it(site, tmp_path):
    from click.testing import CliRunner

    from accord.cli import main

    site.routes["/feed"] = Route(b"", status=500)
    result = CliRunner().invoke(main, ["watch", site.url("/feed"), "--once", "--db", str(tmp_path / "w.db")])
    assert result.exit_code == 1
    assert (tmp_path / "w.db.watch.sqlite").exists()
    state = WatchState(str(tmp_path / "w.db.watch.sqlite"))
    assert state.feed(site.url("/feed")).failures == 1 and "HTTP 500" in state.feed(site.url("/feed")).last_error
    state.close()


def test_after_a_hard_kill_between_store_and_mark_the_next_run_marks_without_storing_twice(tmp_path):
    from accord.ingest import prepare
    from accord.kb import load
    from accord.pipeline import ingest_items
    from accord.watch.feeds import fetch, parse_items

    feed = tmp_path / "feed.json"
    feed.write_text(json.dumps({"version": "https://jsonfeed.org/version/1.1", "items": [
        {"id": "one", "content_text": "Finland became a member of NATO on 4 April 2023."}]}))
    with SQLiteStore(tmp_path / "w.db") as store:
        state = WatchState(str(tmp_path / "s.sqlite"))
        watcher = Watcher([str(feed)], store, load(), None, state)
        # what a kill -9 right after the article's transaction leaves: stored, item not marked
        item = parse_items(fetch(str(feed)).body)[0]
        ingest_items([prepare(watcher.page(item))], store)
        assert store.count() == 1 and not state.done(str(feed), "one")
        result = watcher.round()
        assert result.stored == [] and result.present == [store.documents()[0].id]
        assert store.count() == 1 and state.done(str(feed), "one")
        state.close()


def test_a_dead_webhook_is_logged_and_the_jsonl_line_still_written(tmp_path, caplog):
    import socket

    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    out = tmp_path / "f.jsonl"
    Notifier(f"http://127.0.0.1:{port}/hook", str(out), timeout=5).send({"findings": [{"kind": "x"}]})
    assert json.loads(out.read_text()) == {"findings": [{"kind": "x"}]}
    assert any("webhook" in r.getMessage() and "failed" in r.getMessage() for r in caplog.records)


def test_an_item_listed_twice_in_a_feed_is_handled_once(tmp_path):
    from accord.kb import load

    feed = tmp_path / "feed.json"
    item = {"id": "same", "content_text": "Finland became a member of NATO on 4 April 2023."}
    feed.write_text(json.dumps({"version": "https://jsonfeed.org/version/1.1", "items": [item, item]}))
    with SQLiteStore(tmp_path / "w.db") as store:
        state = WatchState(str(tmp_path / "s.sqlite"))
        result = Watcher([str(feed)], store, load(), None, state).round()
        assert len(result.stored) == 1 and result.present == []
        state.close()
