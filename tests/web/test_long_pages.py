"""Long pages page and filter, every link answers, titles and offices read well (no browser):
the long store of tests/web/long_store.py through the test client."""

from __future__ import annotations

import re
from html import unescape
from urllib.parse import urldefrag

from tests.query.store_fixture import MAHUTA
from tests.web.long_store import ENVOY, MEMBER_ARTICLES, UNTITLED_FIRST_LINE

HREF = re.compile(r'href="([^"]*)"')


def _links(html: str) -> set[str]:
    """The site's own links on a page (fragments cut off; external and mailto links left out)."""
    out = set()
    for href in HREF.findall(html):
        url = urldefrag(unescape(href))[0]
        if url.startswith("/") and not url.startswith("//"):
            out.add(url)
    return out


def test_no_link_answers_404_within_two_hops_of_home(long_client):
    seen, frontier, failures = {"/"}, ["/"], []
    for _ in range(2):
        found = []
        for url in frontier:
            response = long_client.get(url)
            if response.status_code >= 400:
                failures.append((url, response.status_code))
                continue
            if response.headers["content-type"].startswith("text/html"):
                found += [u for u in _links(response.text) if u not in seen]
        frontier = list(dict.fromkeys(found))
        seen.update(frontier)
    for url in frontier:  # the second hop's pages must answer too
        status = long_client.get(url).status_code
        if status >= 400:
            failures.append((url, status))
    assert failures == []
    assert len(seen) > 150, "the crawl reached the long store's pages"
    assert f"/entities/{ENVOY}" in seen and "/graph" in seen and "/findings" in seen


def test_every_graph_node_has_a_page(long_client):
    graph = long_client.get("/graph.json?entity=person:nanaia-mahuta").json()
    assert ENVOY in {n["id"] for n in graph["nodes"]}
    for node in graph["nodes"]:
        assert long_client.get(f"/entities/{node['id']}").status_code == 200, node["id"]
    html = long_client.get("/graph?entity=person:nanaia-mahuta").text
    assert f'href="/entities/{ENVOY}"' in html


def test_graph_page_opens_on_the_most_mentioned_entity_and_ships_the_library(long_client):
    html = long_client.get("/graph").text
    data = long_client.get("/graph.json").json()
    assert data["entity"] == "org:NATO" and len(data["nodes"]) == MEMBER_ARTICLES + 3  # NATO, 31 members, NZ, Finland
    assert '<script src="/static/vendor/cytoscape-3.35.0.min.js" defer></script>' in html
    assert '<script type="application/json" id="graph-data">' in html
    js = long_client.get("/static/vendor/cytoscape-3.35.0.min.js")
    assert js.status_code == 200 and len(js.content) > 400_000


def test_findings_page_pages_with_next_and_previous(long_client):
    first = long_client.get("/findings")
    total = long_client.get("/findings.json").json()["total"]
    assert total > 50
    assert first.text.count('<article class="finding') == 50
    assert '<a rel="next" href="/findings?offset=50"' in first.text and 'rel="prev"' not in first.text
    second = long_client.get("/findings?offset=50")
    assert second.text.count('<article class="finding') == total - 50
    assert '<a rel="prev" href="/findings"' in second.text and 'rel="next"' not in second.text
    exact = long_client.get(f"/findings?limit={total}")
    assert 'rel="next"' not in exact.text and 'class="pager"' not in exact.text
    one_less = long_client.get(f"/findings?limit={total - 1}")
    assert f'<a rel="next" href="/findings?offset={total - 1}&amp;limit={total - 1}"' in one_less.text


def test_findings_filter_by_verdict_article_and_date(long_client):
    contradicted = long_client.get("/findings.json?kind=contradicted_by_kb").json()
    assert contradicted["total"] == contradicted["summary"]["contradicted_by_kb"] > 0
    assert {f["kind"] for f in contradicted["findings"]} == {"contradicted_by_kb"}
    doc = long_client.docs["member-00"]
    one = long_client.get(f"/findings.json?doc_id={doc.id}").json()
    assert {f["doc_id"] for f in one["findings"]} == {doc.id} and one["total"] == 2
    # member-00 is published 2019-01-01, member-06 2019-07-07: a date filter keeps the day itself
    day = long_client.get("/findings.json?from=2019-01-01&to=2019-01-01").json()
    assert {f["doc_id"] for f in day["findings"]} == {doc.id}
    after = long_client.get("/findings.json?from=2019-01-02&to=2019-01-31").json()
    assert doc.id not in {f["doc_id"] for f in after["findings"]}
    assert long_client.get("/findings?from=2024-01-01&to=2023-01-01").status_code == 400
    html = long_client.get("/findings?kind=new&from=2019&limit=10").text  # the pager keeps the filters
    assert '<a rel="next" href="/findings?offset=10&amp;limit=10&amp;kind=new&amp;from=2019"' in html


def test_entity_page_is_newest_first_and_paged(long_client):
    page = long_client.get("/entities/org:NATO.json").json()
    assert page["limit"] == 20 and page["page"]["totals"]["documents"] > 20
    dates = [d["published"] for d in page["documents"]]
    assert len(dates) == 20 and dates == sorted(dates, reverse=True)
    html = long_client.get("/entities/org:NATO").text
    assert '<a rel="next" href="/entities/org:NATO?offset=20"' in html
    second = long_client.get("/entities/org:NATO.json?offset=20").json()
    assert second["documents"][0]["published"] <= dates[-1]
    assert {d["id"] for d in second["documents"]}.isdisjoint(d["id"] for d in page["documents"])
    dated = long_client.get("/entities/org:NATO.json?from=2024&to=2024").json()
    assert dated["documents"] and all(d["published"].startswith("2024") for d in dated["documents"])


def test_person_page_lists_each_office_once(long_client):
    data = long_client.get(f"/entities/{MAHUTA}.json").json()
    offices = [o["office"] for o in data["offices"]]
    assert sorted(offices) == sorted(set(offices)) == sorted(["office:nzl-foreign-minister", ENVOY])
    minister = next(o for o in data["offices"] if o["office"] == "office:nzl-foreign-minister")
    assert minister["references"] == 5 and (minister["start"], minister["end"]) == ("2020-11-06", "2023-11-27")
    html = long_client.get(f"/entities/{MAHUTA}").text
    assert html.count('<tr class="office">') == 2


def test_an_article_without_a_title_shows_its_first_line(long_client):
    doc = long_client.docs["untitled"]
    assert long_client.get(f"/documents/{doc.id}.json").json()["document"]["title"] == UNTITLED_FIRST_LINE
    assert f"<h1>{UNTITLED_FIRST_LINE}</h1>" in long_client.get(f"/documents/{doc.id}").text
    home = long_client.get("/").text
    assert UNTITLED_FIRST_LINE in home and "long/untitled.txt</a>" not in home


def test_timeline_opens_on_the_articles_period(long_client):
    data = long_client.get("/timeline.json").json()
    dates = sorted(d.published for d in long_client.docs.values())
    assert data["articles_period"] == [dates[0], dates[-1]]
    assert (data["from"], data["to"]) == (dates[0], dates[-1])
    assert all(e["date"] >= dates[0][:4] for e in data["events"])
    every = long_client.get("/timeline.json?all=true").json()
    assert every["articles_period"] is None and every["events"][0]["date"] < "1950"
    chosen = long_client.get("/timeline.json?from=2001").json()
    assert chosen["articles_period"] is None and chosen["from"] == "2001"
    assert "the period of the stored articles" in long_client.get("/timeline").text
