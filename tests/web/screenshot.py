"""Make docs/screenshot-article.png: the article page of the hand-built test store, with the
"not a partner" claim's evidence open. Run: python tests/web/screenshot.py docs/screenshot-article.png"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT / "src"), str(ROOT)]


def main(target: str) -> None:
    from playwright.sync_api import sync_playwright

    from accord.api import create_app
    from accord.kb import load
    from accord.store import open_store
    from tests.query.store_fixture import fill
    from tests.web.server import CHROMIUM, CHROMIUM_ARGS, running

    db = Path(tempfile.mkdtemp()) / "shot.db"
    with open_store(db) as store:
        docs = fill(store, with_injection=False)
    with running(create_app(db, kb=load(), annotator=None)) as base, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1200, "height": 760})
        page.goto(f"{base}/documents/{docs['a'].id}#claim-36-79")
        page.wait_for_selector("#evidence-body article.finding")
        page.evaluate("window.scrollTo(0, 0)")
        page.screenshot(path=target)
        browser.close()


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "screenshot-article.png")
