#!/usr/bin/env bash
# Start a real JupyterHub 3.0 (Debian package) on 127.0.0.1.
# The harness of ../shared/jupyterhub (see its README), copied for the hub tests.
#   JH_PORT       public port (default 8300); hub API = +1, proxy API = +2
#   JH_STATE_DIR  state (default /tmp/jupyterhub-state)
# Other knobs: see jupyterhub_config.py. Needs root (useradd, setuid spawner).
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
export JH_HARNESS_DIR="$HERE"
export JH_PORT="${JH_PORT:-8300}"
export JH_STATE_DIR="${JH_STATE_DIR:-/tmp/jupyterhub-state}"
# Debian's python (jupyterhub lives in /usr/lib/python3/dist-packages), not pyenv's.
export PATH="/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"

# 1. packages (idempotent; apt only if missing)
if [ ! -x /usr/bin/jupyterhub ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq jupyterhub >/dev/null
fi
if [ ! -x "$HERE/node_modules/.bin/configurable-http-proxy" ] || [ ! -d "$HERE/node_modules/ws" ]; then
  if ! (cd "$HERE" && npm install --no-audit --no-fund --loglevel=error >/dev/null 2>&1); then
    # A read-only copy of this folder: install the proxy into the state dir instead.
    mkdir -p "$JH_STATE_DIR/npm"
    cp "$HERE/package.json" "$HERE/package-lock.json" "$JH_STATE_DIR/npm/"
    (cd "$JH_STATE_DIR/npm" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
    export JH_HARNESS_DIR="$JH_STATE_DIR/npm"
  fi
fi
# An earlier start on a read-only copy left the proxy in the state dir.
[ -x "$JH_HARNESS_DIR/node_modules/.bin/configurable-http-proxy" ] || export JH_HARNESS_DIR="$JH_STATE_DIR/npm"

# 2. system users for LocalProcessSpawner
for u in alice bob; do
  id "$u" >/dev/null 2>&1 || useradd -m -s /bin/bash "$u"
done

# 3. state dir + service token
mkdir -p "$JH_STATE_DIR"
chmod 700 "$JH_STATE_DIR"
if [ -z "${JH_SERVICE_TOKEN:-}" ] && [ ! -s "$JH_STATE_DIR/service-token" ]; then
  (umask 077; python3 -c 'import secrets; print(secrets.token_hex(32))' > "$JH_STATE_DIR/service-token")
fi
if [ -n "${JH_SERVICE_TOKEN:-}" ]; then
  (umask 077; printf '%s\n' "$JH_SERVICE_TOKEN" > "$JH_STATE_DIR/service-token")
fi

PIDFILE="$JH_STATE_DIR/hub.pid"
if [ -s "$PIDFILE" ] && kill -0 "$(cat "$PIDFILE")" 2>/dev/null; then
  echo "already running: pid $(cat "$PIDFILE") on http://127.0.0.1:$JH_PORT/"
  exit 0
fi

# 4. launch (cwd = state dir so nothing lands elsewhere)
cd "$JH_STATE_DIR"
nohup /usr/bin/python3 -m jupyterhub -f "$HERE/jupyterhub_config.py" \
  >"$JH_STATE_DIR/jupyterhub.log" 2>&1 </dev/null &
echo $! > "$PIDFILE"

# 5. wait until the hub API answers through the proxy
t0=$(date +%s%N)
for _ in $(seq 1 120); do
  if curl -fsS "http://127.0.0.1:$JH_PORT/hub/api/" >/dev/null 2>&1; then
    echo "JupyterHub up in $(( ($(date +%s%N) - t0) / 1000000 )) ms: http://127.0.0.1:$JH_PORT/  pid $(cat "$PIDFILE")  state $JH_STATE_DIR"
    echo "service token: $JH_STATE_DIR/service-token"
    exit 0
  fi
  if ! kill -0 "$(cat "$PIDFILE")" 2>/dev/null; then
    echo "JupyterHub exited; log:" >&2; tail -40 "$JH_STATE_DIR/jupyterhub.log" >&2; exit 1
  fi
  sleep 0.5
done
echo "JupyterHub did not come up in 60s; log tail:" >&2
tail -40 "$JH_STATE_DIR/jupyterhub.log" >&2
exit 1
