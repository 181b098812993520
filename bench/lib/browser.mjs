// SPDX-License-Identifier: BSD-3-Clause
/** Debian's Chromium for the benchmarks, with the test suite's flags (DESIGN §7). */
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../test/servers/chromium.mjs';

export function launchBrowser() {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
}
