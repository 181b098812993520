// SPDX-License-Identifier: BSD-3-Clause
/**
 * Debian's Firefox ESR through puppeteer-core over WebDriver BiDi (no geckodriver): the
 * adapter's driver for Gecko. Firefox takes one BiDi session, so each test file launches
 * its own browser (about 2 s); contexts are BiDi user contexts (storage of their own).
 */
import puppeteer from 'puppeteer-core';
import { existsSync } from 'node:fs';
import { parseChord } from './keys.mjs';

export const FIREFOX_PATH = process.env.FIREFOX ?? '/usr/bin/firefox-esr';

/** Nothing to start once: each test file launches its own Firefox. */
export async function startFirefox() {
  if (!existsSync(FIREFOX_PATH)) throw new Error(`${FIREFOX_PATH} is missing: run scripts/system-deps.sh (Debian's firefox-esr).`);
  return { endpoint: FIREFOX_PATH, close: async () => {} };
}

/** Firefox's proxy preferences: every request that is not to loopback goes to `proxy` (host:port). */
function proxyPrefs(proxy) {
  if (!proxy) return {};
  const [host, port] = proxy.split(':');
  return {
    'network.proxy.type': 1,
    'network.proxy.http': host,
    'network.proxy.http_port': Number(port),
    'network.proxy.ssl': host,
    'network.proxy.ssl_port': Number(port),
    'network.proxy.allow_hijacking_localhost': false,
  };
}

/**
 * @param {'light' | 'dark'} colorScheme
 * @param {boolean} forced forced colours (Windows' high contrast): Firefox then replaces the
 *   page's colours with the system's and matches `(forced-colors: active)`, as it does under a
 *   high-contrast theme
 */
function launch(colorScheme, forced, proxy) {
  return puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    protocol: 'webDriverBiDi',
    extraPrefsFirefox: {
      // prefers-color-scheme for the whole browser (BiDi cannot switch it on a live page): 0 dark, 1 light.
      'layout.css.prefers-color-scheme.content-override': colorScheme === 'dark' ? 0 : 1,
      ...(forced ? { 'browser.display.document_color_use': 2, 'ui.useAccessibilityTheme': 1 } : {}),
      // No traffic of Firefox's own beyond what puppeteer already turns off.
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
      'browser.safebrowsing.update.enabled': false,
      // Remote settings (firefox.settings.services.mozilla.com) to a dead loopback port.
      'services.settings.server': 'http://127.0.0.1:9/v1',
      ...proxyPrefs(proxy),
    },
  });
}

/** @returns {Promise<import('../page.mjs').BrowserDriver>} */
export async function connectFirefox(_endpoint, { proxy } = {}) {
  // One Firefox per look (BiDi cannot switch either preference on a live page): the light one
  // now, a dark or forced-colours one the first time a context asks for it.
  /** @type {Map<string, import('puppeteer-core').Browser>} */
  const browsers = new Map([['light', await launch('light', false, proxy)]]);
  const version = await browsers.get('light').version();
  return {
    version: () => version,
    pids: () => [...browsers.values()].map((b) => b.process()?.pid).filter(Boolean),
    async close() {
      await Promise.all([...browsers.values()].map((b) => b.close()));
    },
    async newContext({ viewport, colorScheme = 'light', forcedColors, hasTouch } = {}) {
      const forced = forcedColors === 'active';
      const look = `${colorScheme}${forced ? '-forced' : ''}`;
      if (!browsers.has(look)) browsers.set(look, await launch(colorScheme, forced, proxy));
      const context = await browsers.get(look).createBrowserContext();
      return {
        async newPage() {
          const page = await context.newPage();
          // Playwright's default viewport, so layouts are the same in every engine.
          await page.setViewport({ width: viewport?.width ?? 1280, height: viewport?.height ?? 720, hasTouch: !!hasTouch });
          return pageDriver(page);
        },
        close: () => context.close(),
      };
    },
  };
}

/**
 * @param {import('puppeteer-core').Page} page
 * @returns {import('../page.mjs').PageDriver}
 */
function pageDriver(page) {
  const keyboard = page.keyboard;
  return {
    goto: async (url) => void (await page.goto(url)),
    reload: async () => void (await page.reload()),
    close: () => page.close(),
    url: async () => page.url(),
    evaluate: (expression) => page.evaluate(expression),
    click: (x, y, { clickCount = 1 } = {}) => page.mouse.click(x, y, { count: clickCount }),
    move: (x, y) => page.mouse.move(x, y),
    async drag(from, to, steps = 5) {
      await page.mouse.move(from.x, from.y);
      await page.mouse.down();
      await page.mouse.move(to.x, to.y, { steps });
      await page.mouse.up();
    },
    tap: (x, y) => page.touchscreen.tap(x, y),
    async press(chord) {
      const { modifiers, key } = parseChord(chord);
      for (const m of modifiers) await keyboard.down(m);
      await keyboard.press(key);
      for (const m of modifiers.reverse()) await keyboard.up(m);
    },
    type: (text) => keyboard.type(text),
    setViewport: (width, height) => page.setViewport({ width, height }),
    colorScheme: undefined,
    on(event, listener) {
      if (event === 'pageerror') page.on('pageerror', (e) => listener({ message: e instanceof Error ? e.message : String(e) }));
      else if (event === 'console') page.on('console', (m) => listener({ type: () => m.type(), text: () => m.text() }));
      else if (event === 'request') page.on('request', (r) => listener({ url: () => r.url(), method: () => r.method() }));
      else return false;
      return true;
    },
  };
}
