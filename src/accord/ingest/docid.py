"""Document ids: the sha256 of the cleaned text, so the same article is stored once.

The id depends on the cleaned text only (not on the file name, format or metadata): the same
article read from a .txt file and from a feed is one document.
"""

from __future__ import annotations

import hashlib


def document_id(cleaned_text: str) -> str:
    """The 64-character hex sha256 of the UTF-8 bytes of `cleaned_text`."""
    return hashlib.sha256(cleaned_text.encode("utf-8")).hexdigest()
