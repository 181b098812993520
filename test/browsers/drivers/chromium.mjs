// SPDX-License-Identifier: BSD-3-Clause
/** Debian's Chromium through playwright-core (DESIGN §7): the adapter's driver for Blink. */
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../servers/chromium.mjs';

/** Chromium's flags, with `proxy` (host:port) for every request that is not to loopback. */
function args(proxy) {
  return proxy ? [...CHROMIUM_ARGS, `--proxy-server=http://${proxy}`] : CHROMIUM_ARGS;
}

/** Start the browser once (global setup); test files connect to its endpoint. */
export async function startChromium({ proxy } = {}) {
  const server = await chromium.launchServer({ executablePath: CHROMIUM_PATH, args: args(proxy), headless: true });
  return { endpoint: server.wsEndpoint(), close: () => server.close() };
}

/** @returns {Promise<import('../page.mjs').BrowserDriver>} */
export async function connectChromium(endpoint, { proxy } = {}) {
  // Without an endpoint, a browser of the caller's own (its processes are known: see pids()).
  const server = endpoint ? null : await chromium.launchServer({ executablePath: CHROMIUM_PATH, args: args(proxy), headless: true });
  const browser = await chromium.connect(endpoint ?? server.wsEndpoint());
  return {
    version: () => browser.version(),
    pids: () => (server?.process().pid ? [server.process().pid] : []),
    async close() {
      await browser.close();
      await server?.close();
    },
    async newContext({ viewport, colorScheme, forcedColors, hasTouch } = {}) {
      const context = await browser.newContext({
        ...(viewport ? { viewport } : {}),
        ...(colorScheme ? { colorScheme } : {}),
        ...(forcedColors ? { forcedColors } : {}),
        ...(hasTouch ? { hasTouch: true } : {}),
      });
      return {
        newPage: async () => pageDriver(await context.newPage()),
        close: () => context.close(),
      };
    },
  };
}

/**
 * @param {import('playwright-core').Page} page
 * @returns {import('../page.mjs').PageDriver}
 */
function pageDriver(page) {
  return {
    goto: async (url) => void (await page.goto(url)),
    reload: async () => void (await page.reload()),
    close: () => page.close(),
    url: async () => page.url(),
    evaluate: (expression) => page.evaluate(expression),
    click: (x, y, { clickCount = 1 } = {}) => page.mouse.click(x, y, { clickCount }),
    move: (x, y) => page.mouse.move(x, y),
    async drag(from, to, steps = 5) {
      await page.mouse.move(from.x, from.y);
      await page.mouse.down();
      await page.mouse.move(to.x, to.y, { steps });
      await page.mouse.up();
    },
    tap: (x, y) => page.touchscreen.tap(x, y),
    press: (key) => page.keyboard.press(key),
    type: (text) => page.keyboard.type(text),
    setViewport: (width, height) => page.setViewportSize({ width, height }),
    colorScheme: (scheme) => page.emulateMedia({ colorScheme: scheme }),
    forcedColors: (mode) => page.emulateMedia({ forcedColors: mode }),
    on(event, listener) {
      if (event === 'pageerror') page.on('pageerror', (e) => listener({ message: e.message }));
      else if (event === 'console') page.on('console', (m) => listener({ type: () => m.type(), text: () => m.text() }));
      else if (event === 'request') page.on('request', (r) => listener({ url: () => r.url(), method: () => r.method() }));
      else return false;
      return true;
    },
  };
}
