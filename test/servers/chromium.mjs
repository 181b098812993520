// SPDX-License-Identifier: BSD-3-Clause
/** Debian's Chromium, with the flags DESIGN §7 gives (a closed network, no sandbox as root). */
export const CHROMIUM_PATH = process.env.CHROMIUM ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
