"""Render the report (see `accord.report.build`) as terminal text, Markdown or HTML."""

from __future__ import annotations

import os
from html import escape
from pathlib import Path
from urllib.parse import quote

import click

from accord.report import FLAGGED, summary_line  # noqa: F401

MARKS = {"contradicted_by_kb": "✗", "conflicting_sources": "≠", "date_inconsistency": "⌚",
         "surface_anomaly": "~", "unverifiable": "?", "new": "+", "supported": "✓"}


def evidence_line(e: dict) -> str:
    if e.get("type") == "finding":  # a flag folded into this one (one error, one flag)
        inner = "; ".join(evidence_line(x) for x in e.get("evidence") or [])
        return f"also {e['kind'].replace('_', ' ')}: {e['explanation']}" + (f" [{inner}]" if inner else "")
    if e.get("type") == "document":
        return f"other article {e['doc_id'][:12]}: “{e['sentence']}”"
    if "property" in e:
        when = " ".join(f"{k} {e[k]}" for k in ("start", "end", "point_in_time") if e.get(k))
        return f"KB: {e['subject']} {e['property']} {e['value']}{' ' + when if when else ''} — {e['source']}"
    return f"KB: {e.get('name') or e.get('entity')}" + (f" (similarity {e['score']:.0f})" if e.get("score") else "")


def text(report: dict, color: bool = False, all_findings: bool = True) -> str:
    lines = [summary_line(report), ""]
    for f in report["findings"]:
        if not all_findings and f["kind"] not in FLAGGED:
            continue
        h = f["highlight"]
        claim = click.style(h["claim"], bold=True, underline=True) if color else f"»{h['claim']}«"
        head = f"{MARKS.get(f['kind'], '-')} {f['label'].upper()}  [{f['document']}]"
        lines.append(click.style(head, fg="red" if f["kind"] in FLAGGED else "green", bold=True) if color else head)
        if f.get("claim"):
            lines.append(f"  claim:    {f['claim']}")
        lines.append(f"  sentence: {h['before']}{claim}{h['after']}")
        lines.append(f"  why:      {f['explanation']}")
        lines += [f"  evidence: {evidence_line(e)}" for e in f["evidence"]]
        lines.append("")
    for e in report["failed"]:
        lines.append(f"error: {e['source']}{':' + str(e['line']) if e['line'] else ''}: {e['reason']}")
    return "\n".join(lines).rstrip() + "\n"


def markdown(report: dict) -> str:
    lines = ["# accord fact-check report", "", summary_line(report), ""]
    for f in report["findings"]:
        h = f["highlight"]
        lines += [f"## {MARKS.get(f['kind'], '-')} {f['label']}: {f.get('claim') or h['claim']}", "",
                  f"*{f['document']}*", "", f"> {h['before']}**{h['claim']}**{h['after']}", "",
                  f["explanation"], ""]
        lines += [f"- {evidence_line(e)}" for e in f["evidence"]]
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


HTML_STYLE = """
body{font-family:system-ui,sans-serif;max-width:60em;margin:2em auto;padding:0 1em;color:#222;overflow-wrap:anywhere}
.finding{border-left:6px solid #999;padding:.4em 1em;margin:1em 0;background:#fafafa}
.contradicted_by_kb,.conflicting_sources{border-color:#c0392b}.date_inconsistency,.surface_anomaly{border-color:#e67e22}
.supported{border-color:#27ae60}.new,.unverifiable{border-color:#7f8c8d}
mark{background:#fde68a;padding:0 .1em}.evidence{font-size:.9em;color:#555}
table{border-collapse:collapse;width:100%}td,th{text-align:left;padding:.25em .5em;border-bottom:1px solid #ddd;vertical-align:top;overflow-wrap:break-word}
.scroll{max-width:100%;overflow-x:auto}
:target{outline:2px solid #1f5fbf;outline-offset:2px}.muted{color:#666}
"""

SAFE_SCHEMES = ("http://", "https://", "file://")  # an ingested url is data: never javascript:


def _href(url: str | None) -> str | None:
    return url if url and url.lower().startswith(SAFE_SCHEMES) else None


def _original(doc: dict, claim: str = "") -> str | None:
    """Where the article can be opened: its URL, else its file when the source is one; with a
    text fragment (#:~:text=) so that browsers scroll to the claim and highlight it."""
    url = _href(doc.get("url")) or _href(doc.get("source"))
    if url is None and doc.get("source") and os.path.isfile(doc["source"]):
        url = Path(doc["source"]).resolve().as_uri()
    if url is None:
        return None
    words = " ".join(claim.split()[:12])
    return url + (f"#:~:text={quote(words, safe='')}" if words and "#" not in url else "")


def _link(href: str | None, text: str) -> str:
    return f"<a href='{escape(href)}'>{escape(text)}</a>" if href else escape(text)


def _evidence_html(e: dict, anchors: dict[str, str], documents: dict[str, dict]) -> str:
    """One evidence item with its links: the KB fact's source page, or the other article (in
    this report when it is, and its original)."""
    if e.get("type") == "finding":
        inner = "".join(f"<li>{_evidence_html(x, anchors, documents)}</li>" for x in e.get("evidence") or [])
        return (f"also {escape(e['kind'].replace('_', ' '))}: {escape(e['explanation'])}"
                + (f"<ul>{inner}</ul>" if inner else ""))
    if e.get("type") == "document":
        other = documents.get(e["doc_id"])
        where = (f"<a href='#{anchors[e['doc_id']]}'>{escape(display(other))}</a>" if other
                 else f"article {escape(e['doc_id'][:12])}")
        original = _original(other, e.get("sentence", "")) if other else None
        return (f"other article {where}: “{escape(e['sentence'])}”"
                + (f" — {_link(original, 'open the original')}" if original else ""))
    if "property" in e:
        when = " ".join(f"{k} {e[k]}" for k in ("start", "end", "point_in_time") if e.get(k))
        fact = f"KB: {e['subject']} {e['property']} {e['value']}{' ' + when if when else ''}"
        return escape(fact) + (f" — {_link(_href(e.get('source')), 'source')}" if e.get("source") else "")
    return escape(evidence_line(e))


def display(doc: dict) -> str:
    return doc.get("title") or doc.get("source") or doc.get("id", "")[:12]


def html(report: dict) -> str:
    """A standalone page: the articles, a table of every claim linking to its source sentence
    and to its evidence, then each finding with the sentence (linked to the original article,
    at the claim) and the evidence (linked to the KB's source or to the other article)."""
    documents = {d["id"]: d for d in report["documents"]}
    anchors = {d["id"]: f"doc-{i}" for i, d in enumerate(report["documents"], 1)}
    parts = [f"<!doctype html><html lang=en><meta charset=utf-8>"
             f"<meta name=viewport content='width=device-width, initial-scale=1'><title>accord fact-check report</title>"
             f"<style>{HTML_STYLE}</style><h1>Fact-check report</h1><p>{escape(summary_line(report))}</p>"]
    if report["documents"]:
        parts.append("<h2>Articles</h2><ol class=articles>")
        for d in report["documents"]:
            original = _original(d)
            parts.append(f"<li id='{anchors[d['id']]}'>{escape(display(d))} <span class=muted>{escape(d.get('published') or 'undated')}"
                         f" · {_link(original, d.get('url') or d['source'])}</span></li>")
        parts.append("</ol>")
    if report["findings"]:
        parts.append("<h2>Claims</h2><div class=scroll><table class=claims><tr><th>verdict</th><th>claim</th><th>article</th><th>evidence</th></tr>")
        for i, f in enumerate(report["findings"], 1):
            claim = f.get("claim") or f["highlight"]["claim"]
            doc = f"<a href='#{anchors[f['doc_id']]}'>{escape(str(f['document']))}</a>" if f["doc_id"] in anchors else escape(str(f["document"]))
            evidence = f"<a href='#evidence-{i}'>{len(f['evidence'])}</a>" if f["evidence"] else "none"
            parts.append(f"<tr><td>{escape(f['label'])}</td><td><a href='#source-{i}'>{escape(claim)}</a></td>"
                         f"<td>{doc}</td><td>{evidence}</td></tr>")
        parts.append("</table></div>")
    for i, f in enumerate(report["findings"], 1):
        h = f["highlight"]
        doc = documents.get(f["doc_id"])
        original = _original(doc, h["claim"]) if doc else None
        evidence = "".join(f"<li>{_evidence_html(e, anchors, documents)}</li>" for e in f["evidence"])
        parts.append(
            f"<section class='finding {escape(f['kind'])}' id='claim-{i}'><h2>{escape(f['label'])}: {escape(f.get('claim') or h['claim'])}</h2>"
            f"<p><em>{_link('#' + anchors[f['doc_id']] if doc else None, str(f['document']))}</em>"
            f"{' — ' + _link(original, 'the sentence in the original') if original else ''}</p>"
            f"<blockquote id='source-{i}'>{escape(h['before'])}<mark>{escape(h['claim'])}</mark>{escape(h['after'])}</blockquote>"
            f"<p>{escape(f['explanation'])}</p><ul class=evidence id='evidence-{i}'>{evidence}</ul></section>")
    parts.append("</html>")
    return "\n".join(parts) + "\n"
