#!/usr/bin/env bash
# `npm run demo`: installs what is missing, builds, and serves the demo (with the servers it needs).
set -euo pipefail
cd "$(dirname "$0")/.."
# The main demo (Python in the browser) needs none of the Debian packages; only the Jupyter
# demo page needs jupyter-server. So a machine that cannot reach apt (offline) still gets a demo.
bash scripts/system-deps.sh || echo "demo: could not install the Debian packages; the Jupyter demo page may not work." >&2
# --prefer-offline: npm's cache is enough, so a fresh clone works with the network cut once npm has seen the packages.
[ -d node_modules ] || npm ci --prefer-offline --no-audit --no-fund
npm run build
exec node demo/serve.mjs
