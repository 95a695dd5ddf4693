"""`accord quotes`: who said what, in which role, in which article and when."""

from __future__ import annotations

import sys
from typing import Any

import click

from accord.cli.options import db_option, emit_json, format_option, open_existing_store
from accord.query.quotes import quote_kind


@click.command()
@click.option("--speaker", help="Only quotations by this speaker: a name (\"Nanaia Mahuta\", \"Cazalet\") or an id.")
@click.option("--about", help="Only quotations whose words mention this entity: a name or an id (\"NATO\", org:NATO).")
@click.option("--kind", type=click.Choice(["direct", "reported", "belief", "question"]),
              help="Only direct quotations, reported speech, reported beliefs and stances, or questions.")
@db_option
@format_option()
def quotes(speaker, about, kind, db_path, fmt):
    """Quotations in the stored articles, in document order: speaker, office, article, date,
    kind and the words (direct quotations, reported speech, reported beliefs and stances,
    questions)."""
    from accord.errors import AccordError
    from accord.kb import load

    store = open_existing_store(db_path)
    try:
        rows = quotation_rows(store, load(), speaker=speaker, about=about, kind=kind)
    except AccordError as err:
        click.echo(f"error: {err}", err=True)
        sys.exit(1)
    finally:
        store.close()
    if fmt == "json":
        emit_json({"speaker": speaker, "about": about, "total": len(rows), "quotes": rows})
        return
    for row in rows:
        who = row["speaker_name"] or "unknown speaker"
        role = f", {row['speaker_office']}" if row["speaker_office"] else ""
        mark = '"' if row["kind"] == "direct" else ""
        click.echo(f"{who}{role} ({row['published'] or 'undated'}, {row['title'] or row['doc_id'][:12]}), "
                   f"{row['kind']}:")
        click.echo(f"  {mark}{row['text']}{mark}")
    if not rows:
        click.echo("no quotations match", err=True)


def quotation_rows(store, kb, speaker: str | None = None, about: str | None = None,
                   kind: str | None = None) -> list[dict[str, Any]]:
    """The stored quote annotations that match every filter given, as JSON-ready dicts."""
    about_id = _entity(store, kb, about) if about else None
    mentions = _mentions_by_doc(store, about_id) if about_id else None
    speaker_id = _maybe_entity(store, kb, speaker) if speaker else None
    rows = []
    for document in store.documents():
        if mentions is not None and document.id not in mentions:
            continue
        for q in store.annotations(document.id, layer="quote"):
            if kind and quote_kind(q.label) != kind:
                continue
            if speaker and not (speaker_id and q.entity == speaker_id) and not _spoken_by(q, speaker, kb):
                continue
            if mentions is not None and not any(q.start <= s < q.end for s in mentions[document.id]):
                continue
            rows.append(_row(document, q, kb))
    return rows


def _entity(store, kb, ref: str) -> str:
    """The entity id a name or id names (the query layer's resolution, KB and articles)."""
    from accord.query.entities import resolve_entity

    return resolve_entity(store, kb, ref)


def _maybe_entity(store, kb, ref: str) -> str | None:
    """The id a speaker name resolves to, or None: unlinked speakers match by name instead."""
    from accord.errors import AccordError

    try:
        return _entity(store, kb, ref)
    except AccordError:
        return None


def _mentions_by_doc(store, entity: str) -> dict[str, list[int]]:
    found: dict[str, list[int]] = {}
    for doc_id, mention in store.mentions_of(entity):
        found.setdefault(doc_id, []).append(mention.start)
    return found


def _spoken_by(q, speaker: str, kb) -> bool:
    """Whether the quotation's speaker is the one named: same id, or the name as the article
    wrote it or as resolved (case and spacing ignored; a family name alone matches)."""
    wanted = " ".join(speaker.lower().split())
    if q.entity and q.entity.lower() == wanted:
        return True
    names = [q.data.get("speaker_text") or "", _kb_name(kb, q.entity)]
    for name in names:
        name = " ".join(name.lower().split())
        if name and (name == wanted or name.split()[-1] == wanted):
            return True
    return False


def _kb_name(kb, entity: str | None) -> str:
    if not entity or kb is None or not kb.has(entity):
        return ""
    return kb.entity(entity).name


def _row(document, q, kb) -> dict[str, Any]:
    return {"doc_id": document.id, "title": document.title, "published": document.published,
            "start": q.start, "end": q.end, "kind": quote_kind(q.label), "text": q.text,
            "speaker": q.entity, "speaker_name": _kb_name(kb, q.entity) or q.data.get("speaker_text"),
            "speaker_office": q.data.get("speaker_office"), "cue": q.data.get("cue")}
