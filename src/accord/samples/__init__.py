"""The bundled sample corpus: ten short news-style articles written for accord, in four formats.

The articles are our own writing (see README.md in this folder). Five sentences in them are wrong
on purpose, one per kind of error that verification must catch; ERRATA.md lists each one with the
truth and a source. Everything else in the articles is meant to be true, so a finding on any other
sentence is a false alarm. Quotes attributed to real officials are invented for this corpus.

    SAMPLES_DIR            the folder (what `make run` ingests)
    article_files()        the article files, sorted by name
    errata()               the deliberate errors, parsed from ERRATA.md
    parse_errata(markdown) the same, from any Markdown text with that table
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from accord.errors import AccordError, Errors

SAMPLES_DIR = Path(__file__).resolve().parent
ARTICLE_SUFFIXES = (".txt", ".html", ".jsonl", ".xml")
ERRATA_COLUMNS = ("file", "claim", "kind", "truth", "source")
ERRATA_KINDS = frozenset({"wrong_date", "wrong_status", "misspelling", "wrong_holder", "wrong_event"})


@dataclass(frozen=True)
class Erratum:
    """One deliberate error: `claim` is an exact substring of the text of the article in `file`."""

    file: str
    claim: str
    kind: str
    truth: str
    source: str


def article_files(folder: Path = SAMPLES_DIR) -> list[Path]:
    """The article files in `folder` (not README.md, ERRATA.md or this module), sorted by name."""
    return sorted(p for p in folder.iterdir() if p.is_file() and p.suffix in ARTICLE_SUFFIXES)


def errata(path: Path = SAMPLES_DIR / "ERRATA.md") -> list[Erratum]:
    """The deliberate errors listed in `path`, in the table's order."""
    return parse_errata(path.read_text(encoding="utf-8"), str(path))


def parse_errata(markdown: str, where: str = "ERRATA.md") -> list[Erratum]:
    """The rows of the one table in `markdown`, whose header must be exactly ERRATA_COLUMNS.

    Raises AccordError (E090) for a missing or different header, a row with the wrong number of
    cells, an empty cell, or a kind outside ERRATA_KINDS.
    """
    rows = [_cells(line) for line in markdown.splitlines() if line.strip().startswith("|")]
    if not rows or tuple(rows[0]) != ERRATA_COLUMNS:
        raise AccordError(Errors.E090.format(path=where, reason=f"the table header must be {ERRATA_COLUMNS}"))
    return [_erratum(cells, where) for cells in rows[1:] if not _is_rule(cells)]


def _cells(line: str) -> list[str]:
    """The cells of a table row `| a | b |`, stripped."""
    inner = line.strip()
    inner = inner[1:-1] if inner.endswith("|") else inner[1:]
    return [cell.strip() for cell in inner.split("|")]


def _is_rule(cells: list[str]) -> bool:
    """True for the `| --- | :---: |` line under the header."""
    return all(cell and set(cell) <= set("-: ") for cell in cells)


def _erratum(cells: list[str], where: str) -> Erratum:
    if len(cells) != len(ERRATA_COLUMNS) or not all(cells):
        raise AccordError(Errors.E090.format(path=where, reason=f"row {cells} needs {len(ERRATA_COLUMNS)} non-empty cells"))
    found = Erratum(*cells)
    if found.kind not in ERRATA_KINDS:
        raise AccordError(Errors.E090.format(path=where, reason=f"unknown kind {found.kind!r}"))
    return found

