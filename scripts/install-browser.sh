#!/usr/bin/env bash
# Installs Debian's Chromium for the web UI tests when it is missing. Without root or apt-get it
# says so and returns 0: the browser tests then skip with that reason.
set -u
if command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ]; then
  exit 0
fi
if [ "$(id -u)" != "0" ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "install-browser: chromium is missing and cannot be installed here (needs root and apt-get); browser tests will skip" >&2
  exit 0
fi
echo "install-browser: installing Debian's chromium for the browser tests" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null && apt-get install -y -qq chromium >/dev/null \
  || echo "install-browser: apt-get could not install chromium; browser tests will skip" >&2
exit 0
