#!/usr/bin/env bash
# `npm run demo`: installs what is missing, builds, and serves the demo (with the servers it needs).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/system-deps.sh
[ -d node_modules ] || npm ci --no-audit --no-fund
npm run build
exec node demo/serve.mjs
