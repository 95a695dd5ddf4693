"""The web UI in a real headless Chromium (found on PATH as scripts/install-browser.sh finds it, driven
by Playwright).

One browser for the session; a server per test on a free port of 127.0.0.1; bounded waits;
screenshots under the test's tmp_path. Skipped with the reason when Chromium or Playwright is absent.
"""

from __future__ import annotations

import pytest

from accord.store import open_store
from tests.query.store_fixture import fill
from tests.web.server import CHROMIUM, CHROMIUM_ARGS, running, why_no_chromium

WAIT_MS = 10_000


@pytest.fixture(scope="session")
def browser():
    if CHROMIUM is None:
        pytest.skip(why_no_chromium())
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
    with sync_api.sync_playwright() as p:
        instance = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, timeout=30_000)
        yield instance
        instance.close()


@pytest.fixture()
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.set_default_timeout(WAIT_MS)
    pg = context.new_page()
    pg.errors = []
    pg.on("pageerror", lambda err: pg.errors.append(str(err)))
    pg.on("dialog", lambda dialog: (pg.errors.append(f"dialog: {dialog.message}"), dialog.dismiss()))
    yield pg
    context.close()


def _click_claim(page, css: str):
    """Click inside the claim, away from the entity links it contains."""
    claim = page.locator(css).first
    claim.scroll_into_view_if_needed()
    box = claim.bounding_box()
    claim.click(position={"x": box["width"] / 2, "y": box["height"] / 2})
    return claim


def _article_to_person(page, base: str, doc_id: str, claim_text: str, person: str, tmp_path) -> None:
    """The issue's scenario: the article page, the "not a partner" claim highlighted as
    contradicted, its evidence on click, then the person's page with her office and dates."""
    page.goto(f"{base}/documents/{doc_id}")
    claim = page.locator("mark.claim.v-contradicted_by_kb", has_text=claim_text)
    assert claim.count() >= 1
    color = claim.first.evaluate("el => getComputedStyle(el).backgroundColor")
    assert color not in ("rgba(0, 0, 0, 0)", "transparent"), "the claim is visibly highlighted"
    _click_claim(page, f"mark.claim.v-contradicted_by_kb:has-text('{claim_text}')")
    panel = page.locator("#evidence-body article.finding.v-contradicted_by_kb")
    panel.first.wait_for(state="visible")
    assert "knowledge base" in panel.first.inner_text().lower()
    page.screenshot(path=str(tmp_path / "article.png"), full_page=True)
    page.locator("#article-text a.mention", has_text=person).first.click()
    page.wait_for_url("**/entities/person:*")
    assert page.locator("h1").inner_text().startswith(person)
    office = page.locator("table.offices tr.office").first
    office.wait_for(state="visible")
    text = office.inner_text()
    assert "Minister of Foreign Affairs of New Zealand" in text and "2020-11-06" in text and "2023-11-27" in text
    page.screenshot(path=str(tmp_path / "person.png"), full_page=True)


def test_article_to_person_on_a_hand_built_store(page, tmp_path, kb):
    from accord.api import create_app

    db = tmp_path / "web.db"
    with open_store(db) as store:
        docs = fill(store)
    with running(create_app(db, kb=kb, annotator=None)) as base:
        _article_to_person(page, base, docs["a"].id, "not a partner", "Nanaia Mahuta", tmp_path)
        # the injection article: the markup is visible text, nothing ran
        page.goto(f"{base}/documents/{docs['evil'].id}")
        assert "<script>alert('x')</script>" in page.locator("#article-text").inner_text()
        assert page.locator("#article-text img, #article-text script, #article-text b").count() == 0
        # findings dashboard -> the claim on its article page, evidence open
        page.goto(f"{base}/findings?kind=contradicted_by_kb")
        page.locator("article.finding .from a").first.click()
        page.locator("#evidence-body article.finding").first.wait_for(state="visible")
        # graph: nodes are links to entity pages; search box finds the article
        page.goto(f"{base}/graph")
        assert page.locator("svg.graph a.node").count() >= 4
        page.fill("header form.search input[name=q]", "Brussels")
        page.press("header form.search input[name=q]", "Enter")
        page.wait_for_url("**/search?q=Brussels")
        assert page.locator("ul.results li").count() == 1
        page.screenshot(path=str(tmp_path / "search.png"))
    assert page.errors == []


@pytest.mark.shared
@pytest.mark.model
def test_seed_004_article_to_nanaia_mahuta(page, tmp_path, seeds, kb):
    """The full pipeline on both seeds (accord check's library function), then the browser."""
    annotate = pytest.importorskip("accord.nlp.annotate", reason="the NLP annotator is not installed yet")
    from accord.api import create_app
    from accord.factcheck import check_paths

    db = tmp_path / "seeds.db"
    with open_store(db) as store:
        report = check_paths([str(seeds["000"]), str(seeds["004"])], store, kb, annotate.Annotator(kb=kb))
    doc_004 = next(d["id"] for d in report["documents"] if d["source"].endswith(seeds["004"].name))
    with running(create_app(db, kb=kb, annotator=None)) as base:
        _article_to_person(page, base, doc_004, "not a partner", "Nanaia Mahuta", tmp_path)
    assert page.errors == []
