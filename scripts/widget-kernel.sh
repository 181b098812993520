#!/usr/bin/env bash
# The Python kernel the widget tests, the bench and the demo run Jupyter widgets on:
# ipywidgets 8 needs ipykernel 6.18 or newer for its comms, and Debian's python3-ipykernel is
# 6.17 (a widget then silently never appears). So: a venv over Debian's Python that sees the
# system packages (jupyter-server's own dependencies stay Debian's), with the pinned versions
# from pip, registered as the kernelspec `python3-widgets` in .cache/widget-kernel/share/jupyter
# (the test servers put that folder on JUPYTER_PATH: test/servers/widget-kernel.mjs).
#
# pip needs no network here: the machine image holds the wheels (a local index). Idempotent:
# a second run with the same versions does nothing.
set -euo pipefail
cd "$(dirname "$0")/.."

IPYKERNEL=7.4.0
IPYWIDGETS=8.1.9
dir=.cache/widget-kernel
env="$dir/env"
spec="$dir/share/jupyter/kernels/python3-widgets"
stamp="ipykernel==$IPYKERNEL ipywidgets==$IPYWIDGETS"

if [ -f "$dir/stamp" ] && [ "$(cat "$dir/stamp")" = "$stamp" ] && [ -x "$env/bin/python" ]; then exit 0; fi

rm -rf "$dir"
mkdir -p "$spec"
/usr/bin/python3 -m venv --system-site-packages "$env"
pip_args=(--no-input --disable-pip-version-check)
# The image's local index: asking it first spares pip's retries against the unreachable default one.
[ -d /opt/pypi/simple ] && pip_args+=(--index-url file:///opt/pypi/simple)
"$env/bin/python" -m pip install "${pip_args[@]}" "ipykernel==$IPYKERNEL" "ipywidgets==$IPYWIDGETS" >"$dir/pip.log" 2>&1 || {
  cat "$dir/pip.log" >&2
  echo "widget-kernel: pip could not install $stamp (see above)." >&2
  exit 1
}
cat >"$spec/kernel.json" <<JSON
{
  "argv": ["$PWD/$env/bin/python", "-m", "ipykernel_launcher", "-f", "{connection_file}"],
  "display_name": "Python 3 (ipywidgets $IPYWIDGETS)",
  "language": "python",
  "metadata": { "debugger": false }
}
JSON
# What was installed, exactly (the README and the bench cite these).
"$env/bin/python" - >"$dir/versions.txt" <<'PY'
from importlib.metadata import version
for name in ("ipykernel", "ipywidgets", "comm", "traitlets", "widgetsnbextension", "jupyterlab_widgets", "jupyter_client"):
    print(f"{name}=={version(name)}")
PY
echo "$stamp" >"$dir/stamp"
echo "widget-kernel: $(tr '\n' ' ' <"$dir/versions.txt")"
