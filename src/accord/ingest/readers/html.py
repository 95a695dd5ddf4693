"""HTML pages: the main text with trafilatura, the date with htmldate, the title from the page.

The date comes only from the page's markup (meta tags, structured data, time elements), never
from a search of its text, so it is metadata ("published_how": "metadata"). A malformed page
is still read when lxml can make a tree of it; if trafilatura finds no main text, every block of
the page is read instead (meta["extractor"] says which), and a page without any text is E008.
"""

from __future__ import annotations

import logging
from typing import Iterator

from accord.errors import Errors, InputError
from accord.ingest.dates import parse_date
from accord.ingest.readers.markup import parse_html, tree_to_text
from accord.model import RawArticle

TITLE_XPATHS = (
    "//meta[@property='og:title']/@content",
    "//meta[@name='twitter:title']/@content",
    "//title/text()",
    "//h1",
)
URL_XPATHS = ("//link[@rel='canonical']/@href", "//meta[@property='og:url']/@content")


def read_html(text: str, source: str) -> Iterator[RawArticle | InputError]:
    """Yield the page as one article, or E008 when it has no text."""
    tree = parse_html(text)
    if tree is None:
        yield InputError(source, Errors.E008)
        return
    # Metadata first: the text extractor prunes what it reads.
    published = page_date(tree)
    title, url = first_of(tree, TITLE_XPATHS), first_of(tree, URL_XPATHS)
    body, extractor = main_text(tree)
    if not body.strip():
        yield InputError(source, Errors.E008)
        return
    yield RawArticle(
        text=body, source=source, format="html", title=title, url=url, published=published,
        published_how="metadata" if published else "unknown", meta={"extractor": extractor},
    )


def main_text(tree) -> tuple[str, str]:
    """(text, extractor): trafilatura's main text with one paragraph per line made a blank-line
    paragraph, or every block of the page when trafilatura finds nothing."""
    import trafilatura

    logging.getLogger("trafilatura").setLevel(logging.ERROR)
    try:
        found = trafilatura.extract(tree, include_comments=False, include_tables=True)
    except Exception:  # noqa: BLE001 - a parser bug on one page must not stop the batch
        found = None
    if found and found.strip():
        return "\n\n".join(line for line in found.split("\n") if line.strip()), "trafilatura"
    return tree_to_text(tree), "blocks"


def page_date(tree) -> str | None:
    """The publication day the page's markup states (htmldate without text search), or None."""
    import htmldate

    logging.getLogger("htmldate").setLevel(logging.ERROR)
    try:
        found = htmldate.find_date(tree, extensive_search=False, original_date=True)
    except Exception:  # noqa: BLE001 - as above: a date is optional, the text is not
        return None
    return parse_date(found)


def first_of(tree, xpaths: tuple[str, ...]) -> str | None:
    """The first non-blank value any of `xpaths` finds, whitespace collapsed."""
    for xpath in xpaths:
        for value in tree.xpath(xpath):
            text = value.text_content() if hasattr(value, "text_content") else str(value)
            value = " ".join(text.split())
            if value:
                return value
    return None
