"""`accord watch`: poll feeds, ingest and check each new article as it appears."""

from __future__ import annotations

import logging
import signal
import sys

import click

from accord.cli.options import db_option


def _interval(ctx, param, value):
    from accord.watch import parse_interval

    try:
        return parse_interval(value)
    except ValueError as err:
        raise click.BadParameter(str(err)) from err


def default_state(db_path: str) -> str:
    """The state file beside a SQLite database; in the working directory for a server URL."""
    if db_path == ":memory:":
        return ":memory:"
    if "://" in db_path:
        return "accord-watch.sqlite"
    return f"{db_path}.watch.sqlite"


@click.command()
@click.argument("sources", metavar="FEED_OR_FILE...", nargs=-1, required=True)
@db_option
@click.option("--kb", "kb_dirs", multiple=True, type=click.Path(exists=True, file_okay=False), envvar="ACCORD_KB",
              help="Add your own knowledge-base files from this directory (repeatable; env ACCORD_KB).")
@click.option("--every", default="10m", show_default=True, callback=_interval, metavar="INTERVAL",
              help="Time between rounds: a number with s, m, h or d (90s, 10m, 1h).")
@click.option("--once", is_flag=True, help="One round, then exit (for cron and tests); exit status 1 when "
              "a feed or an article failed.")
@click.option("--webhook", metavar="URL", help="POST each article's flagged findings here as JSON.")
@click.option("--jsonl", type=click.Path(dir_okay=False), metavar="FILE",
              help="Append each article's flagged findings to this JSON Lines file.")
@click.option("--state", "state_path", type=click.Path(dir_okay=False), metavar="FILE",
              help="Where the items seen and each feed's validators and back-off are kept "
                   "(default: DB.watch.sqlite beside the database).")
@click.option("--max-backoff", default="6h", show_default=True, callback=_interval, metavar="INTERVAL",
              help="Longest wait before trying a failing feed again (the wait doubles per failure from "
                   "--every).")
def watch(sources, db_path, kb_dirs, every, once, webhook, jsonl, state_path, max_backoff):
    """Watch RSS, Atom and JSON feeds (URLs, or local feed files): fetch each new item's page,
    ingest and check the article, send its flagged findings to --webhook and --jsonl.

    Feeds are fetched with conditional requests (ETag, Last-Modified), so an unchanged feed costs
    one request. A failing feed is tried again later, the wait doubling per failure; the others go
    on. Items are remembered in the state file, so each is ingested once across restarts. SIGTERM
    or Ctrl-C stops after the article in hand. What it does is logged on standard error.
    """
    with _log_to_stderr():
        result = _watch(sources, db_path, kb_dirs, every, once, webhook, jsonl, state_path, max_backoff)
    if once and (result.feed_errors or result.item_errors):
        sys.exit(1)


def _watch(sources, db_path, kb_dirs, every, once, webhook, jsonl, state_path, max_backoff):
    """Build the watcher, run it until stopped (or one round), return the last round's result."""
    from accord.kb import load
    from accord.nlp.annotate import Annotator
    from accord.store import open_store
    from accord.watch import Watcher
    from accord.watch.notify import Notifier
    from accord.watch.state import WatchState

    kb = load(kb_dirs)
    annotator = Annotator(kb=kb)
    store = open_store(db_path)
    state = WatchState(state_path or default_state(db_path))
    watcher = Watcher(sources, store, kb, annotator, state, Notifier(webhook, jsonl),
                      every=every, max_backoff=max_backoff)

    def stop(signum, frame):
        logging.getLogger("accord.watch").info("signal %d: stopping after the article in hand", signum)
        watcher.stop.set()

    previous = {s: signal.signal(s, stop) for s in (signal.SIGTERM, signal.SIGINT)}
    try:
        return watcher.round() if once else watcher.run()
    finally:
        for s, handler in previous.items():
            signal.signal(s, handler)
        state.close()
        store.close()


class _log_to_stderr:
    """The watcher's log on standard error while the command runs (removed after, so a caller
    that runs the command in-process keeps its own logging)."""

    def __enter__(self):
        self.logger = logging.getLogger("accord.watch")
        self.saved = (self.logger.level, self.logger.propagate)
        self.handler = logging.StreamHandler(sys.stderr)
        self.handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s", "%Y-%m-%dT%H:%M:%S"))
        self.logger.addHandler(self.handler)
        self.logger.setLevel(logging.INFO)
        self.logger.propagate = False
        return self

    def __exit__(self, *exc):
        self.logger.removeHandler(self.handler)
        self.logger.setLevel(self.saved[0])
        self.logger.propagate = self.saved[1]
        return False
