// SPDX-License-Identifier: BSD-3-Clause
/**
 * WebKitGTK's MiniBrowser (Safari's engine) through WebKitWebDriver, Debian's
 * webkit2gtk-driver, over W3C WebDriver: the adapter's driver for WebKit. It needs an X
 * display (Xvfb, started once). WebKitWebDriver takes one session per process, and a session
 * is a MiniBrowser with storage of its own, so each context is a WebKitWebDriver of its own;
 * pages are its windows.
 *
 * WebDriver classic has no event stream: errors, console messages and requests come from the
 * recorder the test server puts in every page (../recorder.js), read by polling.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import net from 'node:net';
import { parseChord, webdriverKey } from './keys.mjs';

export const WEBKIT_DRIVER = process.env.WEBKIT_DRIVER ?? '/usr/bin/WebKitWebDriver';
export const MINIBROWSER = process.env.MINIBROWSER ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const RECORDER = readFileSync(new URL('../recorder.js', import.meta.url), 'utf8');
/** Playwright's default viewport, so layouts are the same in every engine. */
const VIEWPORT = { width: 1280, height: 720 };
const EVENTS_POLL_MS = 200;
/** No WebDriver command may take longer (a navigation waits at most 60 s for its page). */
const COMMAND_TIMEOUT_MS = 90_000;
/** A new session normally takes under a second. */
const SESSION_START_MS = 15_000;

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {net.AddressInfo} */ (server.address());
      server.close(() => resolve(port));
    });
  });
}

async function waitFor(check, what, timeout = 20_000) {
  const deadline = Date.now() + timeout;
  while (!(await check().catch(() => false))) {
    if (Date.now() > deadline) throw new Error(`${what} within ${timeout / 1000} s`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Start Xvfb once (global setup); the endpoint is its display, e.g. ':93'. */
export async function startWebKit() {
  for (const path of [WEBKIT_DRIVER, MINIBROWSER, '/usr/bin/Xvfb']) {
    if (!existsSync(path)) throw new Error(`${path} is missing: run scripts/system-deps.sh (Debian's webkit2gtk-driver and xvfb).`);
  }
  let display = 90 + Math.floor(Math.random() * 400);
  while (existsSync(`/tmp/.X11-unix/X${display}`) || existsSync(`/tmp/.X${display}-lock`)) display++;
  const xvfb = spawn('/usr/bin/Xvfb', [`:${display}`, '-screen', '0', '1920x1200x24', '-nolisten', 'tcp'], { stdio: 'ignore' });
  await waitFor(async () => existsSync(`/tmp/.X11-unix/X${display}`), `Xvfb did not open display :${display}`);
  return {
    endpoint: `:${display}`,
    close: async () => {
      xvfb.kill();
    },
  };
}

/** Kill a process and everything it started (it leads its own process group). */
function killGroup(child) {
  try {
    process.kill(-child.pid, 'SIGKILL');
  } catch {
    child.kill('SIGKILL');
  }
}

/** A WebDriver session of its own: one WebKitWebDriver process, one MiniBrowser. */
class Session {
  #base;
  #id = '';
  #queue = Promise.resolve();
  #current = '';
  constructor(port) {
    this.#base = `http://127.0.0.1:${port}`;
  }

  async #send(method, path, body, timeout = COMMAND_TIMEOUT_MS) {
    const started = Date.now();
    const slow = setTimeout(() => console.warn(`[webkit driver] ${method} ${path} has taken ${(Date.now() - started) / 1000} s so far`), 15_000);
    try {
      return await this.#sendNow(method, path, body, timeout);
    } finally {
      clearTimeout(slow);
    }
  }

  async #sendNow(method, path, body, timeout) {
    const r = await fetch(`${this.#base}${path}`, {
      method,
      headers: { 'content-type': 'application/json' },
      // WebDriver wants a JSON body on every POST, even an empty one.
      body: body === undefined ? (method === 'POST' ? '{}' : undefined) : JSON.stringify(body),
      signal: AbortSignal.timeout(timeout),
    });
    const json = await r.json();
    if (json.value && json.value.error) throw new Error(`WebDriver ${method} ${path}: ${json.value.error}: ${json.value.message}`);
    return json.value;
  }

  async start(timeout = COMMAND_TIMEOUT_MS) {
    const value = await this.#send('POST', '/session', {
      capabilities: {
        alwaysMatch: {
          'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
        },
      },
    }, timeout);
    this.#id = value.sessionId;
    this.version = value.capabilities.browserVersion;
    await this.#send('POST', `/session/${this.#id}/timeouts`, { script: 600_000, pageLoad: 60_000 });
    this.#current = await this.#send('GET', `/session/${this.#id}/window`);
    return this.#current;
  }

  /** Run a command on one window; commands of a session never interleave. */
  command(handle, method, path, body) {
    const run = async () => {
      if (handle && handle !== this.#current) {
        await this.#send('POST', `/session/${this.#id}/window`, { handle });
        this.#current = handle;
      }
      if (!handle && !this.#current) {
        // The current window was closed (see closed()): WebDriver then refuses even
        // session-wide commands such as a new window, until another one is made current.
        const [live] = await this.#send('GET', `/session/${this.#id}/window/handles`);
        if (live) {
          await this.#send('POST', `/session/${this.#id}/window`, { handle: live });
          this.#current = live;
        }
      }
      return this.#send(method, `/session/${this.#id}${path}`, body);
    };
    const result = this.#queue.then(run, run);
    this.#queue = result.catch(() => {});
    return result;
  }

  /** A window was closed: if it was the current one, the next session-wide command picks a live one. */
  closed(handle) {
    const forget = () => {
      if (this.#current === handle) this.#current = '';
    };
    this.#queue = this.#queue.then(forget, forget);
  }

  /**
   * A page is a window of its own, not a tab: MiniBrowser hides background tabs, and a hidden
   * page draws no frames (no requestAnimationFrame), unlike the other engines' headless tabs.
   */
  async newWindow() {
    const { handle } = await this.command(null, 'POST', '/window/new', { type: 'window' });
    return handle;
  }

  /** End the session, giving up after a few seconds (the process group is killed anyway). */
  end() {
    return Promise.race([this.#send('DELETE', `/session/${this.#id}`).catch(() => {}), new Promise((r) => setTimeout(r, 5000))]);
  }
}

/** @returns {Promise<import('../page.mjs').BrowserDriver>} */
export async function connectWebKit(display, { proxy } = {}) {
  const processes = new Set();
  let version = '';
  return {
    version: () => version,
    pids: () => [...processes].map((p) => p.pid),
    async close() {
      for (const p of processes) killGroup(p);
    },
    async newContext({ viewport = VIEWPORT, colorScheme = 'light', forcedColors, hasTouch: _ } = {}) {
      // WebKit has no forced-colours mode to turn on (Safari has none; `(forced-colors: active)`
      // never matches in WebKitGTK 2.50, and neither its settings nor its features list has one).
      if (forcedColors === 'active') throw new Error('WebKit has no forced-colours mode (README: engine facts)');
      const env = { ...process.env, DISPLAY: display };
      // WebKitGTK takes prefers-color-scheme from the GTK theme's variant.
      if (colorScheme === 'dark') env.GTK_THEME = 'Adwaita:dark';
      // The proxy goes to MiniBrowser through the environment (GLib's resolver reads it), not
      // as WebDriver's proxy capability: with a noProxy list, that capability made MiniBrowser
      // crash at start (a segfault in libc) in about one session of eight, measured over 40
      // sessions each way (WebKitGTK 2.50); through the environment, none of 40 did.
      if (proxy) Object.assign(env, { http_proxy: `http://${proxy}`, https_proxy: `http://${proxy}`, no_proxy: '127.0.0.1,localhost,::1' });
      // Should MiniBrowser still not answer the new session, that driver is ended and another
      // one started.
      let driver;
      let session;
      let first;
      for (let attempt = 1; ; attempt++) {
        const port = await freePort();
        // A process group of its own: ending the context ends MiniBrowser and its web processes too.
        driver = spawn(WEBKIT_DRIVER, [`--port=${port}`, '--host=127.0.0.1'], { env, stdio: 'ignore', detached: true });
        processes.add(driver);
        session = new Session(port);
        try {
          await waitFor(async () => (await fetch(`http://127.0.0.1:${port}/status`)).ok, 'WebKitWebDriver did not answer');
          first = await session.start(SESSION_START_MS);
          break;
        } catch (e) {
          killGroup(driver);
          processes.delete(driver);
          if (attempt === 3) throw e;
          console.warn(`[webkit driver] a new session failed (${e.message}); trying again`);
        }
      }
      version = session.version;
      let firstTaken = false;
      return {
        async newPage() {
          const handle = firstTaken ? await session.newWindow() : first;
          firstTaken = true;
          const page = pageDriver(session, handle);
          await page.setViewport(viewport.width, viewport.height);
          return page;
        },
        async close() {
          await session.end();
          killGroup(driver);
          processes.delete(driver);
        },
      };
    },
  };
}

/**
 * @param {Session} session
 * @param {string} handle
 * @returns {import('../page.mjs').PageDriver}
 */
function pageDriver(session, handle) {
  const cmd = (method, path, body) => session.command(handle, method, path, body);
  /** @type {Map<string, Array<(e: any) => void>>} */
  const listeners = new Map();
  let polling = null;
  let url = 'about:blank';
  let evaluations = 0;

  /**
   * A session runs one command at a time, so an evaluation that waits (for an event, say)
   * must not hold it: the result goes to a slot in the page, answered at once when it settles
   * within 50 ms, else read by short polls while other commands (the click it waits for) run.
   */
  async function evaluate(expression) {
    const id = `e${++evaluations}`;
    const script = `const done = arguments[arguments.length - 1];
      const slots = (window.__ecEvaluations ??= {});
      const slot = (slots[${JSON.stringify(id)}] = { r: null });
      const p = Promise.resolve().then(() => (${expression})).then(
        (v) => (slot.r = { v: v === undefined ? null : v, u: v === undefined }),
        (e) => (slot.r = { e: String((e && e.stack) || e) }));
      Promise.race([p, new Promise((r) => setTimeout(r, 50))]).then(() => {
        if (slot.r) delete slots[${JSON.stringify(id)}];
        done(JSON.stringify(slot.r ?? { pending: true }));
      });`;
    let r = JSON.parse(await cmd('POST', '/execute/async', { script, args: [] }));
    while (r.pending) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      r = JSON.parse(
        await cmd('POST', '/execute/sync', {
          script: `const slots = window.__ecEvaluations, s = slots && slots[${JSON.stringify(id)}];
            if (!s) return JSON.stringify({ e: 'Execution context was destroyed (the page navigated)' });
            if (s.r) delete slots[${JSON.stringify(id)}];
            return JSON.stringify(s.r ?? { pending: true });`,
          args: [],
        }),
      );
    }
    if (r.e) throw new Error(`Evaluation failed: ${r.e}`);
    return r.u ? undefined : r.v;
  }

  /** Hand what the page's recorder gathered to the listeners. */
  async function drain() {
    if (!listeners.size) return;
    const taken = await evaluate('window.__ecRecorder ? window.__ecRecorder.take() : null').catch(() => null);
    if (!taken) return;
    const emit = (event, e) => (listeners.get(event) ?? []).forEach((l) => l(e));
    for (const message of taken.errors) emit('pageerror', { message });
    for (const m of taken.logs) emit('console', { type: () => m.type, text: () => m.text });
    for (const r of taken.requests) emit('request', { url: () => r.url, method: () => 'GET' });
  }

  async function afterNavigation() {
    url = await cmd('GET', '/url');
    // A page the test server did not serve has no recorder yet: later errors still count.
    await evaluate(`(() => { ${RECORDER}\n })()`).catch(() => {});
  }

  const pointer = (type, actions) => cmd('POST', '/actions', { actions: [{ type: 'pointer', id: type, parameters: { pointerType: type }, actions }] });
  const keys = (actions) => cmd('POST', '/actions', { actions: [{ type: 'key', id: 'keyboard', actions }] });
  const at = (x, y) => ({ type: 'pointerMove', x: Math.round(x), y: Math.round(y), origin: 'viewport' });

  return {
    async goto(target) {
      await drain();
      await cmd('POST', '/url', { url: target });
      await afterNavigation();
    },
    async reload() {
      await drain();
      await cmd('POST', '/refresh');
      await afterNavigation();
    },
    async close() {
      await drain();
      clearInterval(polling);
      // MiniBrowser quits with its last window, and a browser quitting cuts the requests a page
      // sends as it goes (a preflighted keepalive DELETE was seen to lose its DELETE). A reader
      // closing a tab leaves the browser running: the last window is left for a blank page.
      if ((await cmd('GET', '/window/handles')).length > 1) {
        await cmd('DELETE', '/window').catch(() => {});
        session.closed(handle);
      }
      else await cmd('POST', '/url', { url: 'about:blank' }).catch(() => {});
    },
    url: async () => url,
    evaluate,
    async click(x, y, { clickCount = 1 } = {}) {
      const clicks = [];
      for (let i = 0; i < clickCount; i++) clicks.push({ type: 'pointerDown', button: 0 }, { type: 'pointerUp', button: 0 });
      await pointer('mouse', [at(x, y), ...clicks]);
    },
    move: (x, y) => pointer('mouse', [at(x, y)]),
    drag: (from, to, steps = 5) =>
      pointer('mouse', [
        at(from.x, from.y),
        { type: 'pointerDown', button: 0 },
        ...Array.from({ length: steps }, (_, i) => ({ ...at(from.x + ((to.x - from.x) * (i + 1)) / steps, from.y + ((to.y - from.y) * (i + 1)) / steps), duration: 10 })),
        { type: 'pointerUp', button: 0 },
      ]),
    tap: (x, y) => pointer('touch', [at(x, y), { type: 'pointerDown', button: 0 }, { type: 'pointerUp', button: 0 }]),
    async press(chord) {
      const { modifiers, key } = parseChord(chord);
      const mods = modifiers.map(webdriverKey);
      const k = webdriverKey(key);
      await keys([
        ...mods.map((value) => ({ type: 'keyDown', value })),
        { type: 'keyDown', value: k },
        { type: 'keyUp', value: k },
        ...mods.reverse().map((value) => ({ type: 'keyUp', value })),
      ]);
    },
    async type(text) {
      const actions = [];
      for (const ch of text) {
        const value = webdriverKey(ch);
        actions.push({ type: 'keyDown', value }, { type: 'keyUp', value });
      }
      await keys(actions);
    },
    async setViewport(width, height) {
      // The window's size includes MiniBrowser's own frame: size it, measure, size it again.
      await cmd('POST', '/window/rect', { width, height });
      const [w, h] = await evaluate('[innerWidth, innerHeight]');
      if (w !== width || h !== height) await cmd('POST', '/window/rect', { width: width + (width - w), height: height + (height - h) });
    },
    colorScheme: undefined,
    flush: drain,
    on(event, listener) {
      if (!['pageerror', 'console', 'request'].includes(event)) return false;
      if (!listeners.has(event)) listeners.set(event, []);
      listeners.get(event).push(listener);
      polling ??= setInterval(() => void drain(), EVENTS_POLL_MS);
      polling.unref?.();
      return true;
    },
  };
}
