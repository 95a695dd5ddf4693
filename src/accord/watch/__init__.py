"""`accord watch`: feeds polled continuously, each new article fetched, ingested and checked.

    feeds.py    fetch a feed with a conditional request; its items (RSS, Atom, JSON Feed)
    state.py    what survives a restart: validators, failures and back-off per feed, items seen
    notify.py   flagged findings to a webhook and a JSON Lines file
    runner.py   the loop: rounds, pages, ingest and check, back-off, clean stop

See docs/cli.md (`accord watch`).
"""

from accord.watch.runner import Watcher, parse_interval

__all__ = ["Watcher", "parse_interval"]
