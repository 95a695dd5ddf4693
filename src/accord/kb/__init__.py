"""The reference knowledge base: states, organisations, people, offices, summits, events,
programmes and obligations, with cited, dated facts and "as of" queries.

    from accord.kb import load
    kb = load()
    kb.status("New Zealand", "NATO", on="2023-04-11").explanation
    kb.holders("Prime Minister of New Zealand", on="2023-04-11")[0].person_name

See docs/kb.md for what is covered, the file format and how to extend it.
"""

from __future__ import annotations

from accord.kb.base import KB
from accord.kb.loader import DATA_DIR, build, load
from accord.kb.types import (
    Entity,
    Fact,
    Holding,
    ObligationAnswer,
    ProvisionResponse,
    Response,
    Status,
)

__all__ = [
    "DATA_DIR", "KB", "Entity", "Fact", "Holding", "ObligationAnswer", "ProvisionResponse", "Response",
    "Status", "build", "load",
]
