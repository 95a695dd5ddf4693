"""What the app shares between requests: the store, the KB (loaded on first use) and the
annotator for POSTed articles (built on first use; spaCy loads in seconds, not at startup)."""

from __future__ import annotations

import threading
from typing import Any

from accord.ingest.sources import MAX_BYTES

# The default annotator: accord's NLP pipeline when it is installed, else text only.
AUTO = "auto"


class AppState:
    def __init__(self, db_path, kb=None, annotator: Any = AUTO, max_body: int = MAX_BYTES):
        from accord.store import open_store

        self.db_path = db_path
        self.store = open_store(db_path)
        self._kb = kb
        self._annotator = annotator
        self.max_body = max_body
        self.write_lock = threading.Lock()  # spaCy pipelines are not meant to be shared by threads

    @property
    def kb(self):
        if self._kb is None:
            from accord.kb import load

            self._kb = load()
        return self._kb

    @property
    def annotator(self):
        """The NLP annotator, or None when it is not installed (documents are stored as text)."""
        if self._annotator == AUTO:
            try:
                from accord.nlp.annotate import Annotator
            except ImportError:
                self._annotator = None
            else:
                self._annotator = Annotator(kb=self.kb)
        return self._annotator

    def close(self) -> None:
        self.store.close()
