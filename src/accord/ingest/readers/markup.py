"""A plain, block-aware HTML-to-text conversion for feed items and pages trafilatura gives up on.

trafilatura finds the main text of a whole page; a feed item's `content:encoded` is already the
main text, and a broken page may still hold paragraphs worth reading. Here every block element
becomes a paragraph and inline whitespace is collapsed, as a browser would show it.
"""

from __future__ import annotations

import re

BLOCK_TAGS = frozenset(
    "p div li ul ol h1 h2 h3 h4 h5 h6 blockquote section article header footer figure figcaption "
    "table tr td th pre dd dt dl main aside address hr".split()
)
SKIP_TAGS = frozenset("script style noscript template head svg iframe object embed form button select".split())
PARAGRAPH = "\x00"  # marks a paragraph break while text is being gathered
_SPACE = re.compile(r"\s+")


def parse_html(markup: str):
    """An lxml tree of `markup`, or None when lxml finds no document in it at all."""
    from lxml import etree, html

    parser = html.HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True)
    try:
        return html.document_fromstring(markup.encode("utf-8", "replace"), parser=parser)
    except (etree.ParserError, ValueError):
        return None


def html_to_text(markup: str) -> str:
    """The readable text of an HTML page or fragment, one paragraph per block, "" when none."""
    tree = parse_html(markup)
    return tree_to_text(tree) if tree is not None else ""


def tree_to_text(tree) -> str:
    """The readable text under an lxml element, paragraphs separated by a blank line."""
    parts: list[str] = []
    _gather(tree, parts)
    paragraphs = (_SPACE.sub(" ", chunk).strip() for chunk in "".join(parts).split(PARAGRAPH))
    return "\n\n".join(p for p in paragraphs if p)


def _gather(element, parts: list[str]) -> None:
    tag = element.tag if isinstance(element.tag, str) else ""
    if tag in SKIP_TAGS:
        parts.append(element.tail or "")
        return
    block = tag in BLOCK_TAGS or tag == "br"
    if block:
        parts.append(PARAGRAPH)
    parts.append(element.text or "")
    for child in element:
        _gather(child, parts)
    if block:
        parts.append(PARAGRAPH)
    parts.append(element.tail or "")
