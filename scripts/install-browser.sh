#!/usr/bin/env bash
# Installs Debian's Chromium for the web UI tests (tests/web/test_browser.py) when it is missing.
# Chromium is looked for as the tests look for it (tests/web/server.py): $ACCORD_CHROMIUM, then
# `chromium` or `chromium-browser` on PATH, then /usr/bin/chromium. Without root or apt-get it
# says so and returns 0: the browser tests then skip with that reason.
set -u
for candidate in "${ACCORD_CHROMIUM:-}" chromium chromium-browser /usr/bin/chromium; do
  if [ -n "$candidate" ] && command -v "$candidate" >/dev/null 2>&1; then
    exit 0
  fi
done
if [ "$(id -u)" != "0" ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "install-browser: Chromium is missing and cannot be installed here (needs root and apt-get);" \
       "the browser tests in tests/web/test_browser.py will skip" >&2
  exit 0
fi
echo "install-browser: installing Debian's chromium package with apt-get (as root, about 100 MB," \
     "once) so tests/web/test_browser.py can drive a real browser; stop now (Ctrl-C) to skip those tests" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null && apt-get install -y -qq chromium >/dev/null \
  || echo "install-browser: apt-get could not install chromium; the browser tests will skip" >&2
exit 0
