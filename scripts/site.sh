#!/usr/bin/env bash
# Set up sitegen in .venv and build the site from the shipped content into public/.
set -euo pipefail
cd "$(dirname "$0")/.."

[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/python -m pip install -q --disable-pip-version-check -e .

.venv/bin/sitegen check
.venv/bin/sitegen build
cat <<'MSG'

Browse it:
  .venv/bin/sitegen serve            # live preview at http://127.0.0.1:8000/ (rebuilds on every edit)
  or open public/index.html          # straight from disk, no server needed
MSG
