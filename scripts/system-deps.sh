#!/usr/bin/env bash
# Installs the Debian packages the tests and the demo need, when they are missing.
# The project reaches only the npm registry and Debian's apt (no PyPI, no browser
# downloads), so the browser, the Jupyter server and PHP come from Debian.
set -euo pipefail

packages=(
  chromium            # the e2e tests' browsers: Chromium through playwright-core (never its own download),
  firefox-esr         # Firefox ESR through puppeteer-core over WebDriver BiDi,
  webkit2gtk-driver   # and WebKitGTK (Safari's engine): WebKitWebDriver driving
  libwebkit2gtk-4.1-0 # its MiniBrowser,
  xvfb                # on a virtual display
  fonts-dejavu-core   # text metrics the same in every engine
  jupyter-server      # a real Jupyter server ...
  python3-ipykernel   # ... with a real Python kernel
  python3-matplotlib  # plots in the tests and the demo
  python3             # display.py's unit tests, and the wheel the package-index browser test builds
  php-cli             # the Moodle filter's rewriting class
  php-mbstring
  phpunit
  jupyterhub          # a real JupyterHub 3.0 (per-reader servers, scoped tokens) for the hub tests
  zip                 # npm run package:moodle
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing Debian packages: ${missing[*]}"
sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
