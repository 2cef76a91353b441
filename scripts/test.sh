#!/usr/bin/env bash
# Install everything the tests need on a fresh Debian machine, then run them.
# System: Chromium (browser tests), Java (Nu HTML checker), Node/npm (axe-core, vnu-jar).
# Extra arguments go to pytest, e.g. `bash scripts/test.sh -k check`.
set -euo pipefail
cd "$(dirname "$0")/.."

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
missing=()
command -v chromium >/dev/null || missing+=(chromium)
command -v java >/dev/null || missing+=(default-jre-headless)
command -v npm >/dev/null || missing+=(nodejs npm)
if [ ${#missing[@]} -gt 0 ]; then
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "${missing[@]}" >/dev/null
fi

[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/python -m pip install -q --disable-pip-version-check -c constraints.txt -e '.[test]'

# axe-core and the Nu HTML checker, pinned by package-lock.json; never a browser download.
if [ -f package-lock.json ]; then
  npm ci --no-audit --no-fund --loglevel=error
fi

exec .venv/bin/python -m pytest "$@"
