"""The Jinja2 environment: autoescaping on for every template, so ingested text is always shown
as text (an article containing <script> shows the characters, never runs them)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any
from urllib.parse import quote, urlencode

from jinja2 import Environment, PackageLoader
from markupsafe import Markup, escape

from accord.report import KIND_LABELS  # one wording for the report, the pages and the API


def entity_url(entity_id: str | None) -> str:
    return "/entities/" + quote(entity_id or "", safe=":")


def document_url(doc_id: str, anchor: str | None = None) -> str:
    return f"/documents/{quote(doc_id, safe='')}" + (f"#{anchor}" if anchor else "")


def with_query(path: str, **params: Any) -> str:
    """`path?params` without the empty ones (filters links keep the other filters)."""
    kept = {k.rstrip("_"): v for k, v in params.items() if v not in (None, "", False)}
    return path + ("?" + urlencode(kept) if kept else "")


def snippet_marks(snippet: str) -> Markup:
    """The store marks matches as [word]; escape the snippet, then show them as <mark>."""
    safe = str(escape(snippet))
    return Markup(re.sub(r"\[([^\[\]]*)\]", r"<mark>\1</mark>", safe))


@lru_cache(maxsize=1)
def environment() -> Environment:
    env = Environment(loader=PackageLoader("accord.web", "templates"), autoescape=True,
                      trim_blocks=True, lstrip_blocks=True)
    env.globals.update(entity_url=entity_url, document_url=document_url, with_query=with_query,
                       kind_labels=KIND_LABELS)
    env.filters["snippet_marks"] = snippet_marks
    return env


def render(template: str, **context: Any) -> str:
    return environment().get_template(template).render(**context)
