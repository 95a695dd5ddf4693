"""Where flagged findings go: a webhook (POST, JSON) and a JSON Lines file, one line per article.

The payload, the same for both: {"feed", "item", "document": {id, title, source, url,
published}, "findings": [...]} with the findings in the `accord check --format json` shape. A
webhook that fails is logged and not retried (the findings stay in the store and the file).
"""

from __future__ import annotations

import json
import logging
import urllib.request

from accord.watch.feeds import TIMEOUT, USER_AGENT

log = logging.getLogger("accord.watch")


class Notifier:
    def __init__(self, webhook: str | None = None, jsonl: str | None = None, timeout: float = TIMEOUT):
        self.webhook = webhook
        self.jsonl = jsonl
        self.timeout = timeout

    def __bool__(self) -> bool:
        return bool(self.webhook or self.jsonl)

    def send(self, payload: dict) -> None:
        line = json.dumps(payload, ensure_ascii=False, default=str)
        if self.jsonl:
            with open(self.jsonl, "a", encoding="utf-8") as handle:
                handle.write(line + "\n")
        if self.webhook:
            request = urllib.request.Request(
                self.webhook, data=line.encode("utf-8"), method="POST",
                headers={"Content-Type": "application/json", "User-Agent": USER_AGENT})
            try:
                with urllib.request.urlopen(request, timeout=self.timeout) as response:
                    response.read()
            except Exception as err:  # noqa: BLE001 - a dead webhook must not stop the watcher
                log.warning("webhook %s failed: %s", self.webhook, " ".join(str(err).split()))
