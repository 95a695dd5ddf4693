"""The web UI in a real headless Chromium (found on PATH as scripts/install-browser.sh finds it, driven
by Playwright).

One browser for the session; a server per test on a free port of 127.0.0.1; bounded waits;
screenshots under the test's tmp_path. Skipped with the reason when Chromium or Playwright is absent.
"""

from __future__ import annotations

import pytest

from accord.store import open_store
from tests.query.store_fixture import MAHUTA as MAHUTA_ID
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
    """Click the claim on its own words, away from the entity links it contains (and, on a
    narrow screen where it wraps, on a line, not between two)."""
    claim = page.locator(css).first
    claim.scroll_into_view_if_needed()
    at = claim.evaluate("""el => {
      const text = Array.from(el.childNodes).find(n => n.nodeType === Node.TEXT_NODE && n.textContent.trim());
      const range = document.createRange();
      range.selectNodeContents(text);
      const r = range.getClientRects()[0], box = el.getBoundingClientRect();
      return {x: r.left + r.width / 2 - box.left, y: r.top + r.height / 2 - box.top};
    }""")
    claim.click(position=at)
    return claim


def _click_node(page, node_id: str) -> None:
    """Click a graph node where Cytoscape draws it (the canvas has no element per node)."""
    at = page.evaluate("id => accordGraph.getElementById(id).renderedPosition()", node_id)
    box = page.locator("#graph").bounding_box()
    page.mouse.click(box["x"] + at["x"], box["y"] + at["y"])


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
        # graph: drawn by Cytoscape.js; a click on a node opens its entity page
        page.goto(f"{base}/graph?entity=NATO")
        page.wait_for_selector("#graph[data-ready=true]")
        assert page.evaluate("accordGraph.nodes().length") == 3
        _click_node(page, "state:FIN")
        page.wait_for_url("**/entities/state:FIN")
        assert page.locator("h1").inner_text().startswith("Finland")
        # the search box finds the article
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


# --- The long store (tests/web/long_store.py) at phone width and on the desktop -----------------

PHONE = {"width": 390, "height": 844}
LABELS_JS = """() => accordGraph.nodes().map(n => {
  const b = n.renderedBoundingBox({includeNodes: false, includeEdges: false, includeLabels: true});
  return {id: n.id(), label: n.style('label'), x1: b.x1, y1: b.y1, x2: b.x2, y2: b.y2};
})"""


@pytest.fixture(scope="module")
def long_site(long_db, kb):
    from accord.api import create_app

    db, docs = long_db
    with running(create_app(db, kb=kb, annotator=None)) as base:
        yield base, docs


def overlapping(boxes: list[dict]) -> list[tuple[str, str]]:
    """Pairs of boxes whose interiors intersect (touching edges do not count)."""
    return [(a["id"], b["id"]) for i, a in enumerate(boxes) for b in boxes[i + 1:]
            if a["x1"] < b["x2"] and b["x1"] < a["x2"] and a["y1"] < b["y2"] and b["y1"] < a["y2"]]


def test_overlap_check_counts_a_one_pixel_overlap_and_not_a_touch():
    a = {"id": "a", "x1": 0, "y1": 0, "x2": 10, "y2": 10}
    assert overlapping([a, {"id": "b", "x1": 9, "y1": 9, "x2": 20, "y2": 20}]) == [("a", "b")]
    assert overlapping([a, {"id": "b", "x1": 10, "y1": 0, "x2": 20, "y2": 10}]) == []


def _no_sideways_scroll(page) -> None:
    width = page.evaluate("document.scrollingElement.scrollWidth")
    assert width <= PHONE["width"], f"{page.url} is {width} px wide at {PHONE['width']} px"


def _colour_at(page, x: float, y: float) -> list[int]:
    """The colour Cytoscape drew at a rendered position (read back from its own PNG export)."""
    return page.evaluate("""async ([x, y]) => {
      const img = new Image();
      img.src = accordGraph.png({full: false, scale: 1, bg: '#ffffff'});
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = img.width; canvas.height = img.height;
      const ctx = canvas.getContext('2d');
      ctx.drawImage(img, 0, 0);
      return Array.from(ctx.getImageData(Math.round(x), Math.round(y), 1, 1).data.slice(0, 3));
    }""", [x, y])


@pytest.mark.parametrize("viewport", [PHONE, {"width": 1280, "height": 900}], ids=["390px", "1280px"])
def test_graph_labels_do_not_overlap(browser, long_site, viewport, tmp_path):
    base, _ = long_site
    context = browser.new_context(viewport=viewport)
    context.set_default_timeout(WAIT_MS * 2)
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda err: errors.append(str(err)))
    page.goto(f"{base}/graph?entity=NATO")
    page.wait_for_selector("#graph[data-ready=true]")
    page.screenshot(path=str(tmp_path / "graph.png"))
    boxes = page.evaluate(LABELS_JS)
    assert len(boxes) == 34 and all(b["label"] and b["x2"] > b["x1"] and b["y2"] > b["y1"] for b in boxes)
    assert overlapping(boxes) == []
    frame = page.locator("#graph").bounding_box()
    inside = [b for b in boxes if b["x1"] >= 0 and b["y1"] >= 0 and b["x2"] <= frame["width"] and b["y2"] <= frame["height"]]
    assert len(inside) == len(boxes), "after the fit every label is inside the drawing"
    centre = page.evaluate("accordGraph.getElementById('org:NATO').renderedPosition()")
    assert _colour_at(page, centre["x"], centre["y"]) == [0xE7, 0x6F, 0x00]  # NATO drawn as an organisation
    page.click("button[data-zoom=in]")
    page.click("button[data-zoom=in]")
    assert page.evaluate("accordGraph.zoom()") > 1.6 * page.evaluate("accordGraph.minZoom()")
    assert overlapping(page.evaluate(LABELS_JS)) == []  # zoom scales every box alike
    # the pass after the layout is what guarantees it: stack the nodes, and it pulls them apart
    page.evaluate("() => { accordGraph.nodes().positions((n, i) => ({x: i * 7, y: (i % 3) * 5})); }")
    assert len(overlapping(page.evaluate(LABELS_JS))) > 100
    page.evaluate("() => { accordSeparateLabels(accordGraph.nodes()); }")
    assert overlapping(page.evaluate(LABELS_JS)) == []
    if viewport is PHONE:
        _no_sideways_scroll(page)
    assert errors == []
    context.close()


def test_long_findings_and_article_pages_fit_390_px(browser, long_site, tmp_path):
    base, docs = long_site
    context = browser.new_context(viewport=PHONE)
    context.set_default_timeout(WAIT_MS)
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda err: errors.append(str(err)))
    page.goto(f"{base}/findings")
    assert page.locator("article.finding").count() == 50
    _no_sideways_scroll(page)
    page.screenshot(path=str(tmp_path / "findings.png"), full_page=True)
    page.locator("a[rel=next]").first.click()
    page.wait_for_url("**/findings?offset=50")
    assert page.locator("article.finding").count() > 0
    _no_sideways_scroll(page)
    page.goto(f"{base}/documents/{docs['a'].id}")
    _click_claim(page, "mark.claim.v-contradicted_by_kb")
    page.locator("#evidence-body article.finding").first.wait_for(state="visible")
    _no_sideways_scroll(page)
    page.screenshot(path=str(tmp_path / "article.png"), full_page=True)
    for path in ["/", "/entities", "/entities/org:NATO", f"/entities/{MAHUTA_ID}", "/timeline", "/search?q=NATO",
                 f"/documents/{docs['untitled'].id}", "/entities/office:nzl-foreign-minister"]:
        page.goto(base + path)
        _no_sideways_scroll(page)
    assert errors == []
    context.close()
