// SPDX-License-Identifier: BSD-3-Clause
/**
 * One test body for three engines: a small subset of Playwright's page API (its names and
 * meaning) over a driver per engine (drivers/*.mjs): Playwright for Chromium, puppeteer-core
 * over WebDriver BiDi for Firefox, W3C WebDriver for WebKitGTK.
 *
 * Drivers do only what must be native: navigate, evaluate an expression, and send real input
 * (a pointer click at a point, keys). Everything a locator means is computed in the page by
 * the same code for every engine (in-page.mjs), and every wait is a poll here, so a test
 * cannot pass in one engine because its driver is cleverer than another's.
 */
import { inPage } from './in-page.mjs';

const DEFAULT_TIMEOUT = 30_000;
const POLL_MS = 50;

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** An expression that calls `fn` (a function or its source) with `arg`, JSON-serialised. */
export function callExpression(fn, arg) {
  const source = typeof fn === 'function' ? fn.toString() : fn;
  if (typeof fn === 'string' && arg === undefined) return fn;
  return `(${source})(${arg === undefined ? '' : JSON.stringify(arg)})`;
}

/**
 * @typedef {object} PageDriver What each engine provides for one page (tab).
 * @property {(url: string) => Promise<void>} goto navigates and waits for the load event
 * @property {() => Promise<void>} reload
 * @property {() => Promise<void>} close
 * @property {() => Promise<string>} url
 * @property {(expression: string) => Promise<unknown>} evaluate evaluates in the page's main world, awaiting a promise
 * @property {(x: number, y: number, o?: { clickCount?: number }) => Promise<void>} click a real pointer click
 * @property {(x: number, y: number) => Promise<void>} move the pointer, without a click
 * @property {(x: number, y: number) => Promise<void>} tap a touch tap
 * @property {(from: {x: number, y: number}, to: {x: number, y: number}, steps?: number) => Promise<void>} drag press the mouse button at `from`, move to `to` in `steps`, release
 * @property {(key: string) => Promise<void>} press Playwright's syntax: 'Shift+Enter', 'Control+a'
 * @property {(text: string) => Promise<void>} type one key per character
 * @property {(width: number, height: number) => Promise<void>} setViewport
 * @property {(event: string, listener: (e: any) => void) => boolean} on 'pageerror', 'console', 'request'; false where unsupported
 * @property {((scheme: 'light' | 'dark') => Promise<void>) | undefined} colorScheme where the engine can emulate it on a live page
 * @property {((mode: 'active' | 'none') => Promise<void>) | undefined} [forcedColors] where the engine can emulate forced colours on a live page
 * @property {() => Promise<void>} [flush] report events gathered but not yet reported
 */

export class Keyboard {
  #driver;
  constructor(driver) {
    this.#driver = driver;
  }
  /** @param {string} key */
  press(key) {
    return this.#driver.press(key);
  }
  /** @param {string} text */
  type(text) {
    return this.#driver.type(text);
  }
}

export class Mouse {
  #driver;
  constructor(driver) {
    this.#driver = driver;
  }
  /** Press at `from`, move to `to` (in `steps` moves), release: a drag, as a reader's hand makes it. */
  drag(from, to, steps) {
    return this.#driver.drag(from, to, steps);
  }
}

export class Touchscreen {
  #driver;
  constructor(driver) {
    this.#driver = driver;
  }
  tap(x, y) {
    return this.#driver.tap(x, y);
  }
}

export class Page {
  /** @type {PageDriver} */
  #driver;
  #context;
  #closed = false;
  /** @type {Map<string, Array<(e: any) => void>>} */
  #listeners = new Map();
  /**
   * @param {PageDriver} driver
   * @param {Context} context
   */
  constructor(driver, context) {
    this.#driver = driver;
    this.#context = context;
    this.keyboard = new Keyboard(driver);
    this.touchscreen = new Touchscreen(driver);
    this.mouse = new Mouse(driver);
  }

  /** The engine's name: 'chromium', 'firefox' or 'webkit'. */
  get engine() {
    return this.#context.engine;
  }

  context() {
    return this.#context;
  }

  async goto(url) {
    await this.#driver.goto(url);
  }

  async reload() {
    await this.#driver.reload();
  }

  async close() {
    if (this.#closed) return;
    this.#closed = true;
    await this.#driver.close();
  }

  isClosed() {
    return this.#closed;
  }

  url() {
    return this.#driver.url();
  }

  title() {
    return this.evaluate(() => document.title);
  }

  /**
   * Evaluate `fn` (a self-contained function, or an expression's source) in the page with
   * one JSON-serialisable argument; resolves with its (awaited) JSON-serialisable result.
   */
  evaluate(fn, arg) {
    return this.#driver.evaluate(callExpression(fn, arg));
  }

  /** Poll until `fn(arg)` is truthy in the page; resolves with that value. */
  async waitForFunction(fn, arg, { timeout = DEFAULT_TIMEOUT, polling = POLL_MS } = {}) {
    // Truthiness is judged in the page: a truthy value that does not serialise (a class, an
    // element) must count as true in every engine.
    const expression = `(async () => { const v = await (${callExpression(fn, arg)}); if (!v) return null;
      try { const j = JSON.stringify(v); return j === undefined ? true : JSON.parse(j); } catch { return true; } })()`;
    const deadline = Date.now() + timeout;
    let lastError;
    for (;;) {
      try {
        const value = await this.#driver.evaluate(expression);
        if (value) return value;
        lastError = undefined;
      } catch (e) {
        // A navigation in progress destroys the context an evaluation ran in: try again.
        lastError = e;
      }
      if (Date.now() > deadline) {
        throw new Error(`waitForFunction: not true within ${timeout} ms: ${String(fn).slice(0, 200)}${lastError ? ` (last error: ${lastError.message})` : ''}`);
      }
      await sleep(typeof polling === 'number' ? polling : POLL_MS);
    }
  }

  waitForTimeout(ms) {
    return sleep(ms);
  }

  /**
   * @param {string} selector
   * @param {{ hasText?: string }} [options]
   */
  locator(selector, { hasText } = {}) {
    return new Locator(this, [{ kind: 'css', selector }, ...(hasText === undefined ? [] : [{ kind: 'hasText', text: hasText }])]);
  }
  getByText(text, { exact = false } = {}) {
    return new Locator(this, [{ kind: 'text', text, exact }]);
  }
  getByRole(role, { name, exact = false } = {}) {
    return new Locator(this, [{ kind: 'role', role, name, exact }]);
  }
  getByLabel(text, { exact = false } = {}) {
    return new Locator(this, [{ kind: 'label', text, exact }]);
  }

  /** An attribute of the element the selector finds (Playwright's `page.getAttribute`). */
  getAttribute(selector, name) {
    return this.locator(selector).getAttribute(name);
  }

  /** Click the element the selector finds (Playwright's `page.click`). */
  click(selector, options) {
    return this.locator(selector).click(options);
  }

  /**
   * Listen to 'pageerror' (an uncaught error or rejection in the page: `{ message }`),
   * 'console' (`{ type(), text() }`) or 'request' (`{ url(), method() }`). Each driver
   * reports them its own way; `supports()` tells which it can.
   */
  on(event, listener) {
    if (!this.#listeners.has(event)) {
      this.#listeners.set(event, []);
      const supported = this.#driver.on(event, (e) => {
        for (const l of this.#listeners.get(event) ?? []) l(e);
      });
      if (!supported) throw new Error(`page.on('${event}') is not available in ${this.engine}`);
    }
    this.#listeners.get(event).push(listener);
    return this;
  }

  /** Deliver events the driver has gathered but not yet reported (WebKit's come by polling). */
  async flushEvents() {
    await this.#driver.flush?.();
  }

  /** The engine can emulate `prefers-color-scheme` on a live page. */
  get canEmulateColorScheme() {
    return typeof this.#driver.colorScheme === 'function';
  }

  /** The engine can turn forced colours (Windows' high contrast) on and off on a live page. */
  get canEmulateForcedColors() {
    return typeof this.#driver.forcedColors === 'function';
  }

  /** @param {{ colorScheme?: 'light' | 'dark', forcedColors?: 'active' | 'none' }} media */
  async emulateMedia({ colorScheme, forcedColors }) {
    if (colorScheme) {
      if (!this.#driver.colorScheme) throw new Error(`emulateMedia: ${this.engine} cannot switch prefers-color-scheme on a live page`);
      await this.#driver.colorScheme(colorScheme);
    }
    if (forcedColors) {
      if (!this.#driver.forcedColors) throw new Error(`emulateMedia: ${this.engine} cannot switch forced colours on a live page`);
      await this.#driver.forcedColors(forcedColors);
    }
  }

  setViewportSize({ width, height }) {
    return this.#driver.setViewport(width, height);
  }

  /** Run a script's source in the page (axe-core, say), whatever the page's CSP allows. */
  async addScriptTag({ content }) {
    await this.#driver.evaluate(`(() => { ${content}\n;return true })()`);
  }

  /** @internal the driver's real input, for locators */
  get _driver() {
    return this.#driver;
  }
}

export class Locator {
  #page;
  #chain;
  /**
   * @param {Page} page
   * @param {Array<Record<string, unknown>>} chain
   */
  constructor(page, chain) {
    this.#page = page;
    this.#chain = chain;
  }

  #with(step) {
    return new Locator(this.#page, [...this.#chain, step]);
  }
  locator(selector, { hasText } = {}) {
    const located = this.#with({ kind: 'css', selector });
    return hasText === undefined ? located : located.#with({ kind: 'hasText', text: hasText });
  }
  getByText(text, { exact = false } = {}) {
    return this.#with({ kind: 'text', text, exact });
  }
  getByRole(role, { name, exact = false } = {}) {
    return this.#with({ kind: 'role', role, name, exact });
  }
  getByLabel(text, { exact = false } = {}) {
    return this.#with({ kind: 'label', text, exact });
  }
  nth(index) {
    return this.#with({ kind: 'nth', index });
  }
  first() {
    return this.nth(0);
  }
  last() {
    return this.nth(-1);
  }

  /** Ask the page once. */
  #ask(request) {
    return this.#page._driver.evaluate(`(${inPage})(${JSON.stringify(this.#chain)}, ${JSON.stringify(request)})`);
  }

  /** Ask until the page gives an answer that is not "wait"; an error is thrown at once. */
  async #until(request, timeout = DEFAULT_TIMEOUT) {
    const deadline = Date.now() + timeout;
    for (;;) {
      let r;
      try {
        r = await this.#ask(request);
      } catch (e) {
        r = { wait: `the page is navigating (${e.message})` };
      }
      if (r && r.error) throw new Error(`${this}: ${r.error}`);
      if (r && !r.wait) return r.value;
      if (Date.now() > deadline) throw new Error(`${this}: timed out after ${timeout} ms: ${r?.wait}`);
      await sleep(POLL_MS);
    }
  }

  count() {
    return this.#ask({ op: 'count' });
  }
  isVisible() {
    return this.#ask({ op: 'isVisible' });
  }
  async isHidden() {
    return !(await this.isVisible());
  }
  isDisabled({ timeout } = {}) {
    return this.#until({ op: 'read', what: 'disabled' }, timeout);
  }
  async isEnabled(options) {
    return !(await this.isDisabled(options));
  }
  async waitFor({ state = 'visible', timeout = DEFAULT_TIMEOUT } = {}) {
    const deadline = Date.now() + timeout;
    while (!(await this.#ask({ op: 'state', state }).catch(() => false))) {
      if (Date.now() > deadline) throw new Error(`${this}: not ${state} within ${timeout} ms`);
      await sleep(POLL_MS);
    }
  }
  innerText({ timeout } = {}) {
    return this.#until({ op: 'read', what: 'innerText' }, timeout);
  }
  textContent({ timeout } = {}) {
    return this.#until({ op: 'read', what: 'textContent' }, timeout);
  }
  inputValue({ timeout } = {}) {
    return this.#until({ op: 'read', what: 'inputValue' }, timeout);
  }
  getAttribute(name, { timeout } = {}) {
    return this.#until({ op: 'read', what: 'attribute', name }, timeout);
  }
  isChecked({ timeout } = {}) {
    return this.#until({ op: 'read', what: 'checked' }, timeout);
  }
  boundingBox({ timeout } = {}) {
    return this.#until({ op: 'read', what: 'box' }, timeout);
  }
  async allInnerTexts() {
    const n = await this.count();
    const out = [];
    for (let i = 0; i < n; i++) out.push(await this.nth(i).innerText());
    return out;
  }
  /** `fn(element, arg)` in the page, once the locator finds its element. */
  async evaluate(fn, arg, { timeout = DEFAULT_TIMEOUT } = {}) {
    const expression = `(async () => { const r = (${inPage})(${JSON.stringify(this.#chain)}, { op: 'element' });
      if (!r.el) return r; return { value: await (${fn.toString()})(r.el, ${arg === undefined ? 'undefined' : JSON.stringify(arg)}) }; })()`;
    const deadline = Date.now() + timeout;
    for (;;) {
      const r = await this.#page._driver.evaluate(expression);
      if (r && r.error) throw new Error(`${this}: ${r.error}`);
      if (r && !r.wait) return r.value;
      if (Date.now() > deadline) throw new Error(`${this}: timed out after ${timeout} ms: ${r?.wait}`);
      await sleep(POLL_MS);
    }
  }
  async focus({ timeout } = {}) {
    await this.#until({ op: 'focus' }, timeout);
  }
  async fill(value, { timeout } = {}) {
    await this.#until({ op: 'fill', value: String(value) }, timeout);
  }
  /** A real pointer click at the element's centre, once it is visible, enabled and on top. */
  async click({ force = false, timeout, clickCount } = {}) {
    const { x, y } = await this.#until({ op: 'point', force }, timeout);
    await this.#page._driver.click(x, y, { clickCount });
  }
  async dblclick(options = {}) {
    await this.click({ ...options, clickCount: 2 });
  }
  async hover({ timeout } = {}) {
    const { x, y } = await this.#until({ op: 'point' }, timeout);
    await this.#page._driver.move(x, y);
  }
  async tap({ timeout } = {}) {
    const { x, y } = await this.#until({ op: 'point' }, timeout);
    await this.#page._driver.tap(x, y);
  }
  async press(key, { timeout } = {}) {
    await this.focus({ timeout });
    await this.#page._driver.press(key);
  }
  async type(text, { timeout } = {}) {
    await this.focus({ timeout });
    await this.#page._driver.type(text);
  }
  async check({ timeout } = {}) {
    if (!(await this.isChecked({ timeout }))) await this.click({ timeout });
  }
  async uncheck({ timeout } = {}) {
    if (await this.isChecked({ timeout })) await this.click({ timeout });
  }

  toString() {
    return `locator(${this.#chain.map((s) => (s.kind === 'css' ? s.selector : s.kind === 'nth' ? `nth=${s.index}` : `${s.kind}=${JSON.stringify(s.text ?? s.role)}${s.name ? ` name=${JSON.stringify(s.name)}` : ''}`)).join(' >> ')})`;
  }
}

/**
 * @typedef {object} ContextDriver
 * @property {() => Promise<PageDriver>} newPage
 * @property {() => Promise<void>} close
 */

export class Context {
  #driver;
  #pages = [];
  /**
   * @param {ContextDriver} driver
   * @param {string} engine
   */
  constructor(driver, engine) {
    this.#driver = driver;
    this.engine = engine;
  }
  async newPage() {
    const page = new Page(await this.#driver.newPage(), this);
    this.#pages.push(page);
    return page;
  }
  pages() {
    return this.#pages.filter((p) => !p.isClosed());
  }
  async close() {
    await this.#driver.close();
  }
}

/**
 * @typedef {object} ContextOptions
 * @property {{ width: number, height: number }} [viewport]
 * @property {'light' | 'dark'} [colorScheme]
 * @property {'active' | 'none'} [forcedColors] forced colours (Windows' high contrast); Chromium and Firefox only
 * @property {boolean} [hasTouch]
 */

/**
 * @typedef {object} BrowserDriver
 * @property {(o: ContextOptions) => Promise<ContextDriver>} newContext
 * @property {() => Promise<void>} close
 * @property {() => string} version
 */

export class Browser {
  #driver;
  /**
   * @param {BrowserDriver} driver
   * @param {'chromium' | 'firefox' | 'webkit'} engine
   */
  constructor(driver, engine) {
    this.#driver = driver;
    this.engine = engine;
  }
  version() {
    return this.#driver.version();
  }
  /** The browser's own processes (their descendants are its renderers and workers), where known. */
  pids() {
    return this.#driver.pids?.() ?? [];
  }
  /** @param {ContextOptions} [options] */
  async newContext(options = {}) {
    return new Context(await this.#driver.newContext(options), this.engine);
  }
  close() {
    return this.#driver.close();
  }
}
