"""`accord kb ...`: the reference knowledge base's temporal queries, each answer with its sources.

A thin shell over `accord.kb`: parse arguments, call the query, print text or JSON.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

import click

from accord.cli.options import emit_json, format_option

kb_dirs_option = click.option(
    "--kb",
    "kb_dirs",
    multiple=True,
    type=click.Path(file_okay=False),
    help="Folder of extra KB files (YAML or JSON Lines), validated like the bundled data; "
    "repeatable. The environment variable ACCORD_KB adds folders too (':'-separated).",
)
on_option = click.option("--on", "on", metavar="YYYY-MM-DD", help="The date the answer is for (default: today).")


def _run(kb_dirs: tuple[str, ...], query: Callable[[Any], Any]) -> Any:
    """Load the KB and run `query(kb)`; an AccordError becomes a one-line error and exit 1."""
    from accord.errors import AccordError
    from accord.kb import load

    try:
        return query(load(kb_dirs))
    except AccordError as err:
        click.echo(f"error: {err}", err=True)
        sys.exit(1)


def _sources(sources: list[str]) -> None:
    for source in sources:
        click.echo(f"  source: {source}")


def _fact_sources(facts) -> None:
    """Each distinct source once, with its layer when a user folder gave it, and what a user's
    replacement corrected."""
    seen = set()
    for fact in facts:
        line = f"  source: {fact.source}" + (f" [user: {fact.layer}]" if fact.layer != "bundled" else "")
        if line not in seen:
            seen.add(line)
            click.echo(line)
        if fact.corrects:
            click.echo(f"  corrects: {fact.corrects['replaced_text']}: {fact.corrects['reason']} ({fact.corrects['source']})")


def _retracted(items: list[dict]) -> None:
    for r in items:
        f = r["fact"]
        when = f"{(f['start'] or {}).get('value', '?')} to {(f['end'] or {}).get('value', 'open')}"
        click.echo(f"retracted [user: {r['layer']}]: {f['subject']} {f['property']} {f['value']} ({when}, "
                   f"{f['origin']}): {r['reason']} ({r['source']})")


def _warn(warnings: list[str]) -> None:
    """Warnings go to stderr, so the answer on stdout stays the same for scripts."""
    for w in warnings:
        click.echo(f"warning: {w}", err=True)


@click.group("kb")
def kb() -> None:
    """Ask the reference knowledge base (status, office holders, obligations, who must respond),
    check your own KB layers (validate) and grow it from Wikidata (import-wikidata)."""


@kb.command("status")
@click.argument("state", required=False)
@click.argument("org", required=False)
@on_option
@kb_dirs_option
@format_option()
def status(state: str | None, org: str | None, on: str | None, kb_dirs: tuple[str, ...], fmt: str) -> None:
    """Is STATE a member, partner or candidate of ORG on a date, and since when? With no
    arguments: the KB's counts, as_of, layers and declared coverage periods."""
    from accord.kb import queries

    if state is None:
        return _summary(_run(kb_dirs, queries.summary), fmt)
    if org is None:
        raise click.UsageError("give both STATE and ORG, or neither for the KB's summary")
    answer = _run(kb_dirs, lambda kb: kb.status(state, org, on))
    retracted = _run(kb_dirs, lambda kb: queries.retractions(kb, subject=answer.state, value=answer.org))
    if fmt == "json":
        return emit_json({**answer.to_dict(), "retracted": retracted})
    _warn(answer.warnings)
    click.echo(answer.explanation)
    _fact_sources(answer.facts)
    _retracted(retracted)


def _summary(data: dict, fmt: str) -> None:
    if fmt == "json":
        return emit_json(data)
    click.echo(f"as of {data['as_of']} (the newest as_of of the bundled data)")
    click.echo("layers: " + ", ".join(data["layers"]))
    click.echo(f"{data['entity_count']} entities: " + ", ".join(f"{k} {v}" for k, v in data["entities"].items()))
    click.echo(f"{data['fact_count']} facts: " + ", ".join(f"{k} {v}" for k, v in data["facts"].items()))
    click.echo(f"{data['corrections']} correction(s) applied, {data['warnings']} warning(s) (see `accord kb validate`)")
    click.echo(f"coverage declared for {len(data['coverage'])} list(s):")
    for c in data["coverage"]:
        gaps = "".join(f"; gap {g['from']} to {g['until']}" for g in c["gaps"])
        click.echo(f"  {c['name']} ({c['id']}) {c['property']}: {c['from'] or '-'} to {c['until']}{gaps}")


@kb.command("holders")
@click.argument("office")
@on_option
@kb_dirs_option
@format_option()
def holders(office: str, on: str | None, kb_dirs: tuple[str, ...], fmt: str) -> None:
    """Who held OFFICE on a date (every term when --on is not given)."""
    from accord.query import kbqueries

    answer = _run(kb_dirs, lambda kb: kbqueries.holders(kb, office, on))
    if fmt == "json":
        return emit_json(answer)
    _warn(answer["warnings"])
    terms = answer["holders"]
    if not terms:
        click.echo("nobody the knowledge base knows of" + (f" on {on}" if on else ""))
    for t in terms:
        end = t["end"] or f"now (as of {t['as_of']})"
        click.echo(f"{t['person_name']} ({t['person']}): {answer['office_name']}, {t['start'] or '?'} to {end}")
        where = f" [user: {t['layer']}]" if t["layer"] != "bundled" else ""
        click.echo(f"  source: {t['source']}{where}")
        if t["corrects"]:
            c = t["corrects"]
            click.echo(f"  corrects: {c['replaced_text']}: {c['reason']} ({c['source']})")
    _retracted(answer["retracted"])


@kb.command("obligations")
@click.argument("state")
@click.argument("org", required=False)
@on_option
@kb_dirs_option
@format_option()
def obligations(state: str, org: str | None, on: str | None, kb_dirs: tuple[str, ...], fmt: str) -> None:
    """Which obligations of ORG (of every organisation when omitted) bind STATE, and why."""
    from accord.query import kbqueries

    answer = _run(kb_dirs, lambda kb: kbqueries.obligations(kb, state, org, on))
    if fmt == "json":
        return emit_json(answer)
    _warn(answer["warnings"])
    for a in answer["obligations"]:
        click.echo(f"{'applies' if a['applies'] else 'does not apply'}: {a['name']}. {a['reason']}")
        _sources(a["sources"])


@kb.command("respond")
@click.option("--attacker", required=True, help="The attacking state (id or name).")
@click.option("--attacked", required=True, help="The attacked state (id or name).")
@on_option
@kb_dirs_option
@format_option()
def respond(attacker: str, attacked: str, on: str | None, kb_dirs: tuple[str, ...], fmt: str) -> None:
    """Which states are bound to respond to an armed attack, under which provision, and which
    partners are not."""
    from accord.kb import load

    answer = _run(kb_dirs, lambda kb: kb.who_must_respond(attacker, attacked, on))
    if fmt == "json":
        return emit_json(answer.to_dict())
    _warn(answer.warnings)
    kb_ = load(kb_dirs)
    click.echo(answer.explanation)
    for p in answer.provisions:
        click.echo(f"\n{p.provision}: {p.explanation}")
        click.echo("  bound: " + ", ".join(kb_.name(s) for s in p.bound))
        if p.partners_not_bound:
            click.echo("  not bound (partners): " + ", ".join(kb_.name(s) for s in p.partners_not_bound))
        _sources(p.sources)


@kb.command("search")
@click.argument("name")
@click.option("--limit", default=5, show_default=True, help="How many entities to list.")
@kb_dirs_option
@format_option()
def search(name: str, limit: int, kb_dirs: tuple[str, ...], fmt: str) -> None:
    """Entities by name, alias, abbreviation or demonym: exact matches first, then fuzzy ones."""

    def query(kb):
        exact = [(e, 100.0) for e in kb.resolve(name) or kb.by_family_name(name)]
        seen = {e.id for e, _ in exact}
        return (exact + [(e, s) for e, s in kb.search(name, limit) if e.id not in seen])[:limit]

    hits = _run(kb_dirs, query)
    if fmt == "json":
        return emit_json([{"score": s, "id": e.id, "type": e.type, "name": e.name, "source": e.source} for e, s in hits])
    for entity, score in hits:
        click.echo(f"{score:5.1f}  {entity.id}  {entity.name} ({entity.type})")


@kb.command("validate")
@kb_dirs_option
@format_option()
def validate(kb_dirs: tuple[str, ...], fmt: str) -> None:
    """Check the bundled data and the --kb folders: errors inside a layer (the KB does not load),
    conflicts between layers (warnings: it loads), and the corrections applied. Exit 1 on any
    error or warning, listing each with its file and reason."""
    from accord.errors import AccordError
    from accord.kb import load

    try:
        kb_ = load(kb_dirs)
    except AccordError as err:
        errors = getattr(err, "problems", None) or [str(err)]
        if fmt == "json":
            emit_json({"valid": False, "errors": errors, "warnings": [], "corrections": []})
        else:
            for e in errors:
                click.echo(f"error: {e}", err=True)
        sys.exit(1)
    report = {"valid": not kb_.warnings, "entities": sum(1 for _ in kb_.entities()), "facts": len(kb_),
              "errors": [], "warnings": [w.to_dict() for w in kb_.warnings],
              "corrections": [_correction_dict(c) for c in kb_.corrections]}
    if fmt == "json":
        emit_json(report)
    else:
        for w in kb_.warnings:
            click.echo(f"warning: {w}", err=True)
        for c in kb_.corrections:
            click.echo(f"{c.kind} [user: {c.layer}] {c.origin}: {len(c.matched)} fact(s) "
                       f"({', '.join(f'{k}: {v}' for k, v in c.selector.items())}): {c.reason} ({c.source})")
        verdict = "valid" if report["valid"] else f"{len(kb_.warnings)} warning(s)"
        click.echo(f"{verdict}: {report['entities']} entities, {report['facts']} facts, "
                   f"{len(kb_.corrections)} correction(s)")
    if not report["valid"]:
        sys.exit(1)


def _correction_dict(c) -> dict:
    """A correction as JSON: the facts it matched by origin, the replacement in full."""
    return {"kind": c.kind, "layer": c.layer, "origin": c.origin, "selector": c.selector, "reason": c.reason,
            "source": c.source, "as_of": c.as_of,
            "matched": [{"layer": f.layer, "origin": f.origin} for f in c.matched],
            "replacement": c.replacement.to_dict() if c.replacement else None}


@kb.command("import-wikidata")
@click.argument("dump", type=click.Path(exists=True, dir_okay=False))
@click.option("--out", "out_dir", required=True, type=click.Path(file_okay=False),
              help="Folder to write wikidata.jsonl and wikidata-report.json into (then pass it to --kb).")
@click.option("--as-of", "as_of", metavar="YYYY-MM-DD",
              help="The dump's date, recorded on every fact (default: the YYYYMMDD in the dump's file name).")
@click.option("--prefer", type=click.Choice(["newer", "wikidata", "kb"]), default="newer", show_default=True,
              help="Which source wins when Wikidata and the KB give one fact different dates.")
@click.option("--progress/--no-progress", default=None, help="Show a progress bar (default: when stderr is a terminal).")
@kb_dirs_option
@format_option()
def import_wikidata(dump: str, out_dir: str, as_of: str | None, prefer: str, progress: bool | None,
                    kb_dirs: tuple[str, ...], fmt: str) -> None:
    """Grow and refresh the KB from a Wikidata JSON dump (.json, .json.gz or .json.bz2, one
    entity per line), streamed: match entities (Wikidata id, ISO code, office title, exact name),
    import member of (P463) and position held (P39) with their dates, merge what the KB already
    has, settle conflicts by --prefer, and write a KB folder that loads. Exit 1 if it does not."""
    import os

    from accord.errors import AccordError
    from accord.kb import DATA_DIR, wikidata
    from accord.kb.loader import ENV_VAR

    show = sys.stderr.isatty() if progress is None else progress
    env_dirs = [d for d in os.environ.get(ENV_VAR, "").split(os.pathsep) if d.strip()]  # the output folder is left out
    try:
        report = wikidata.import_dump(dump, out_dir, as_of=as_of, folders=[DATA_DIR, *kb_dirs, *env_dirs],
                                      prefer=prefer, progress=show)
    except AccordError as err:
        click.echo(f"error: {err}", err=True)
        sys.exit(1)
    if fmt == "json":
        emit_json(report)
    else:
        _import_summary(report)
    if not report["loads"]:
        sys.exit(1)


def _import_summary(report: dict[str, Any]) -> None:
    e, f = report["entities"], report["facts"]
    click.echo(f"written: {report['path']} (as of {report['as_of']}; report in wikidata-report.json)")
    click.echo(f"entities: {e['matched_by_id']} matched by Wikidata id, {e['matched_by_code']} by ISO code, "
               f"{e['matched_by_name']} by name, {e['offices_mapped']} offices by title, {e['new']} new, "
               f"{len(e['ambiguous'])} ambiguous; {len(report['offices_unmapped'])} offices unmapped")
    click.echo(f"facts: {f['new']} new, {f['merged']} merged, {f['conflicting']} conflicting "
               f"({f['corrections']} corrections written); {f['dropped_statements']} statements outside the KB")
    for c in report["conflicts"]:
        click.echo(f"  conflict: {c['subject']} {c['property']} {c['value']}: {c.get('why', c['kind'])} "
                   f"[winner: {c['winner']}]")
    if report["malformed_lines"]:
        click.echo(f"{report['malformed_lines']} malformed lines skipped: " + "; ".join(report["errors"][:5]))
    if report["loads"]:
        warnings = report["load_warnings"]
        click.echo("the KB loads with it" + (f", with {len(warnings)} warning(s): " + "; ".join(warnings[:5]) if warnings else ""))
    else:
        click.echo(f"error: the KB does not load with it: {report['load_error']}", err=True)
