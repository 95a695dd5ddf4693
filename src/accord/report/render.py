"""Render the report (see `accord.report.build`) as terminal text, Markdown or HTML."""

from __future__ import annotations

from html import escape

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
body{font-family:system-ui,sans-serif;max-width:60em;margin:2em auto;padding:0 1em;color:#222}
.finding{border-left:6px solid #999;padding:.4em 1em;margin:1em 0;background:#fafafa}
.contradicted_by_kb,.conflicting_sources{border-color:#c0392b}.date_inconsistency,.surface_anomaly{border-color:#e67e22}
.supported{border-color:#27ae60}.new,.unverifiable{border-color:#7f8c8d}
mark{background:#fde68a;padding:0 .1em}.evidence{font-size:.9em;color:#555}
"""


def html(report: dict) -> str:
    parts = [f"<!doctype html><html lang=en><meta charset=utf-8><title>accord fact-check report</title>"
             f"<style>{HTML_STYLE}</style><h1>Fact-check report</h1><p>{escape(summary_line(report))}</p>"]
    for f in report["findings"]:
        h = f["highlight"]
        evidence = "".join(f"<li>{escape(evidence_line(e))}</li>" for e in f["evidence"])
        parts.append(
            f"<section class='finding {escape(f['kind'])}'><h2>{escape(f['label'])}: {escape(f.get('claim') or h['claim'])}</h2>"
            f"<p><em>{escape(str(f['document']))}</em></p>"
            f"<blockquote>{escape(h['before'])}<mark>{escape(h['claim'])}</mark>{escape(h['after'])}</blockquote>"
            f"<p>{escape(f['explanation'])}</p><ul class=evidence>{evidence}</ul></section>")
    parts.append("</html>")
    return "\n".join(parts) + "\n"
