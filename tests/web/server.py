"""A live accord server on a free port of 127.0.0.1, in a thread, for browser tests and the
README screenshot."""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from contextlib import contextmanager
from typing import Iterator

# Where Chromium is looked for, in order, as scripts/install-browser.sh looks: $ACCORD_CHROMIUM,
# `chromium` or `chromium-browser` on PATH, then Debian's /usr/bin/chromium.
CANDIDATES = ("chromium", "chromium-browser", "/usr/bin/chromium")


def find_chromium() -> str | None:
    """The Chromium executable to drive, or None when there is none."""
    for name in (os.environ.get("ACCORD_CHROMIUM"), *CANDIDATES):
        found = shutil.which(name) if name else None
        if found:
            return found
    return None


def why_no_chromium() -> str:
    """Why the browser tests cannot run here, in the terms make test uses."""
    if hasattr(os, "geteuid") and os.geteuid() != 0:
        why = "this user is not root, so scripts/install-browser.sh (run by make test) could not install it"
    elif shutil.which("apt-get") is None:
        why = "there is no apt-get, so scripts/install-browser.sh (run by make test) could not install it"
    else:
        why = "apt-get did not install it (see make test's output)"
    return (f"Chromium is not installed (looked for $ACCORD_CHROMIUM, {', '.join(CANDIDATES)} on PATH): {why}; "
            "install it, or point ACCORD_CHROMIUM at one")


CHROMIUM = find_chromium()
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def running(app, timeout: float = 20.0) -> Iterator[str]:
    """Serve `app` until the block ends; yields the base URL."""
    import uvicorn

    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + timeout
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError(f"the test server did not start on port {port} within {timeout} s")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout)
