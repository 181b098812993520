// SPDX-License-Identifier: BSD-3-Clause
/**
 * The three browser engines the tests and benchmarks run in, all from Debian's packages:
 * Chromium (Blink), Firefox ESR (Gecko) and WebKitGTK's MiniBrowser (WebKit, Safari's engine).
 *
 * `startEngine` runs once per test run (what must be shared: a browser server, a display);
 * `launchBrowser` gives a test file or a benchmark an adapter {@link Browser} with the same API
 * in every engine (page.mjs).
 */
import { Browser } from './page.mjs';
import { connectChromium, startChromium } from './drivers/chromium.mjs';
import { connectFirefox, startFirefox } from './drivers/firefox.mjs';
import { connectWebKit, startWebKit } from './drivers/webkit.mjs';

/** @typedef {'chromium' | 'firefox' | 'webkit'} EngineName */

/** @type {readonly EngineName[]} */
export const ENGINES = ['chromium', 'firefox', 'webkit'];

/** The engines to run: all three, or those named in EXEC_CELL_ENGINES (comma-separated). */
export function selectedEngines() {
  const wanted = (process.env.EXEC_CELL_ENGINES ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  for (const w of wanted) if (!ENGINES.includes(/** @type {EngineName} */ (w))) throw new Error(`EXEC_CELL_ENGINES: unknown engine ${w}`);
  return wanted.length ? /** @type {EngineName[]} */ (wanted) : [...ENGINES];
}

const starters = { chromium: startChromium, firefox: startFirefox, webkit: startWebKit };
const connectors = { chromium: connectChromium, firefox: connectFirefox, webkit: connectWebKit };

/**
 * @typedef {object} EngineOptions
 * @property {string} [proxy] host:port every request that is not to loopback goes to
 */

/**
 * Start what an engine shares between test files.
 * @param {EngineName} engine
 * @param {EngineOptions} [options]
 * @returns {Promise<{ endpoint: string, close: () => Promise<void> }>}
 */
export function startEngine(engine, options = {}) {
  return starters[engine](options);
}

/**
 * A browser of this engine. `endpoint` is what {@link startEngine} returned; without it a
 * browser is launched for the caller alone (benchmarks; WebKit still needs a display).
 * @param {EngineName} engine
 * @param {string} [endpoint]
 * @param {EngineOptions} [options]
 */
export async function launchBrowser(engine, endpoint, options = {}) {
  let shared = null;
  if (!endpoint && engine === 'webkit') {
    shared = await startWebKit();
    endpoint = shared.endpoint;
  }
  const driver = await connectors[engine](endpoint, options);
  const browser = new Browser(
    {
      ...driver,
      close: async () => {
        await driver.close();
        await shared?.close();
      },
    },
    engine,
  );
  return browser;
}

export { Browser, Context, Page, Locator } from './page.mjs';
