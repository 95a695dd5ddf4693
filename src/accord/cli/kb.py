"""`accord kb ...`: the reference knowledge base's temporal queries, each answer with its sources.

A thin shell over `accord.kb`: parse arguments, call the query, print text or JSON.
"""

from __future__ import annotations

import sys
from typing import Any, Callable

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


@click.group("kb")
def kb() -> None:
    """Ask the reference knowledge base: status, office holders, obligations, who must respond."""


@kb.command("status")
@click.argument("state")
@click.argument("org")
@on_option
@kb_dirs_option
@format_option()
def status(state: str, org: str, on: str | None, kb_dirs: tuple[str, ...], fmt: str) -> None:
    """Is STATE a member, partner or candidate of ORG on a date, and since when?"""
    answer = _run(kb_dirs, lambda kb: kb.status(state, org, on))
    if fmt == "json":
        return emit_json(answer.to_dict())
    click.echo(answer.explanation)
    _sources(answer.sources)


@kb.command("holders")
@click.argument("office")
@on_option
@kb_dirs_option
@format_option()
def holders(office: str, on: str | None, kb_dirs: tuple[str, ...], fmt: str) -> None:
    """Who held OFFICE on a date (every term when --on is not given)."""
    terms = _run(kb_dirs, lambda kb: kb.holders(office, on))
    if fmt == "json":
        return emit_json([{**t.to_dict(), "source": t.source} for t in terms])
    if not terms:
        click.echo("nobody the knowledge base knows of" + (f" on {on}" if on else ""))
    for t in terms:
        click.echo(f"{t.person_name} ({t.person}): {t.office_name}, {t.start or '?'} to {t.end or 'now'}")
        _sources([t.source])


@kb.command("obligations")
@click.argument("state")
@click.argument("org", required=False)
@on_option
@kb_dirs_option
@format_option()
def obligations(state: str, org: str | None, on: str | None, kb_dirs: tuple[str, ...], fmt: str) -> None:
    """Which obligations of ORG (of every organisation when omitted) bind STATE, and why."""
    answers = _run(kb_dirs, lambda kb: kb.obligations(state, org, on))
    if fmt == "json":
        return emit_json([a.to_dict() for a in answers])
    for a in answers:
        click.echo(f"{'applies' if a.applies else 'does not apply'}: {a.name}. {a.reason}")
        _sources(a.sources)


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
        exact = [(e, 100.0) for e in kb.resolve(name)]
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
    """Check the bundled data and the --kb folders; exit 1 listing every problem."""
    kb_ = _run(kb_dirs, lambda kb: kb)
    counts = {"entities": sum(1 for _ in kb_.entities()), "facts": len(kb_)}
    if fmt == "json":
        return emit_json({"valid": True, **counts})
    click.echo(f"valid: {counts['entities']} entities, {counts['facts']} facts")


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
    from accord.errors import AccordError
    from accord.kb import DATA_DIR, wikidata

    show = sys.stderr.isatty() if progress is None else progress
    try:
        report = wikidata.import_dump(dump, out_dir, as_of=as_of, folders=[DATA_DIR, *kb_dirs], prefer=prefer, progress=show)
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
    click.echo("the KB loads with it" if report["loads"] else f"error: the KB does not load with it: {report['load_error']}")
