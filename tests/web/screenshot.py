"""Make the screenshots in the docs.

    python tests/web/screenshot.py docs/screenshot-article.png          # the article page
    python tests/web/screenshot.py docs/screenshot-graph.png graph      # the graph around NATO

The article page is the hand-built test store's, with the "not a partner" claim's evidence open;
the graph is NATO's neighbourhood in the long store of tests/web/long_store.py."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT / "src"), str(ROOT)]


def main(target: str, what: str = "article") -> None:
    from playwright.sync_api import sync_playwright

    from accord.api import create_app
    from accord.kb import load
    from accord.store import open_store
    from tests.query.store_fixture import fill
    from tests.web.long_store import fill_long
    from tests.web.server import CHROMIUM, CHROMIUM_ARGS, running

    kb = load()
    db = Path(tempfile.mkdtemp()) / "shot.db"
    with open_store(db) as store:
        docs = fill_long(store, kb) if what == "graph" else fill(store, with_injection=False)
    with running(create_app(db, kb=kb, annotator=None)) as base, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        if what == "graph":
            page = browser.new_page(viewport={"width": 820, "height": 760})
            page.goto(f"{base}/graph?entity=NATO")
            page.wait_for_selector("#graph[data-ready=true]")
            page.locator(".graph-box").screenshot(path=target)
        else:
            page = browser.new_page(viewport={"width": 1200, "height": 760})
            page.goto(f"{base}/documents/{docs['a'].id}#claim-36-79")
            page.wait_for_selector("#evidence-body article.finding")
            page.evaluate("window.scrollTo(0, 0)")
            page.screenshot(path=target)
        browser.close()


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "screenshot-article.png", *sys.argv[2:3])
