#!/usr/bin/env bash
# `npm test`: everything CI runs, from a fresh clone. Installs what is missing (Debian
# packages, npm packages), builds, type-checks, then runs every suite.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/system-deps.sh
# SageCell's and Jobe's installs (minutes on a fresh machine) run beside the build, the unit
# tests and the first browser tests; the tests that need them wait through machine locks.
node test/servers/prepare.mjs > /tmp/exec-cell-prepare.log 2>&1 &
trap 'cat /tmp/exec-cell-prepare.log 2>/dev/null' EXIT
bash scripts/widget-kernel.sh                    # ipykernel 7.4 + ipywidgets 8 kernel (widget tests), from local wheels
npm ci --no-audit --no-fund
npm run build
npm run docs:build                               # the docs site (.docs-dist/), which docs.e2e.ts visits
npm run typecheck
npx vitest run                                   # unit tests (output model, pool, config, filter, fuzz)
if [ -f filter-php/tests/phpunit.xml ]; then
  phpunit -c filter-php/tests/phpunit.xml        # the Moodle filter's rewriter on the shared vectors
fi
npm run test:e2e                                 # real browsers, real servers
