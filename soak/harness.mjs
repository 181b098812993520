// SPDX-License-Identifier: BSD-3-Clause
/**
 * What the soak scenarios share: the real servers (a Jupyter server, the static server for
 * dist/), one Chromium, pages of cells, and a small in-page driver that calls the element's
 * public API (run, interrupt, restart) and reads what the reader sees (status, output, message).
 * Everything stays on loopback.
 */
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../test/servers/chromium.mjs';
import { startStaticServer } from '../test/servers/static.mjs';
import { startJupyter } from '../test/servers/jupyter.mjs';
import { startBinderHub } from '../test/servers/binderhub/index.mjs';
import { startSageCell } from '../test/servers/sagecell/instances.mjs';

const root = new URL('..', import.meta.url).pathname;

/**
 * In every soak page: `soak.start(id, method)` calls `run()` (or another method) on a cell and
 * keeps its promise's outcome; `soak.seen(id)` is what the cell shows.
 */
const DRIVER = `<script>
window.soak = {
  results: {},
  start(id, method = 'run') {
    const el = document.getElementById(id);
    const entry = (this.results[id] = { done: false, at: performance.now() });
    Promise.resolve(el[method]()).then(
      (r) => Object.assign(entry, { done: true, result: r && { status: r.status }, ms: performance.now() - entry.at }),
      (e) => Object.assign(entry, { done: true, error: String(e && e.message || e), ms: performance.now() - entry.at }),
    );
  },
  seen(id) {
    const el = document.getElementById(id);
    const part = (name) => el.shadowRoot && el.shadowRoot.querySelector('[part~="' + name + '"]');
    return {
      status: el.getAttribute('status'),
      output: part('output') ? part('output').textContent : '',
      message: part('message') ? part('message').textContent : '',
      code: el.code,
    };
  },
  longestTask: 0,
  rejections: [],
};
addEventListener('unhandledrejection', (e) => setTimeout(() => {
  if (!e.defaultPrevented) soak.rejections.push(String((e.reason && e.reason.stack) || e.reason));
}));
try {
  new PerformanceObserver((l) => { for (const e of l.getEntries()) soak.longestTask = Math.max(soak.longestTask, e.duration); })
    .observe({ type: 'longtask', buffered: true });
} catch {}
</script>`;

export async function startHarness() {
  let current = new Map();
  const web = await startStaticServer({
    root,
    routes: {},
    pages: true,
  });
  // A killed kernel is noticed by the server's restarter, which polls every time_to_dead
  // seconds (3 by default): 1 s, as README advises for teaching servers, keeps the message
  // within 2 s of the death.
  const jupyter = await startJupyter({ args: ['--KernelRestarter.time_to_dead=1'] });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
  let pages = 0;
  // Binder's test hub and a SageCell server start only for the scenarios that use them.
  /** @type {Promise<Awaited<ReturnType<typeof startBinderHub>>> | undefined} */
  let binderHub;
  /** @type {Promise<Awaited<ReturnType<typeof startSageCell>>> | undefined} */
  let sageCell;
  // Its servers notice a killed kernel within 1 s too (a repository can carry that config).
  const binder = () => (binderHub ??= startBinderHub({
    buildSeconds: 1.5,
    keepaliveSeconds: 0.3,
    // Every scenario launches servers of its own: more than BinderHub's 10 an hour per address.
    rateLimit: { limit: 1000, periodSeconds: 3600 },
    jupyterArgs: ['--KernelRestarter.time_to_dead=1'],
  }));
  const sagecell = () => (sageCell ??= startSageCell());

  /**
   * A page of cells. `cells`: [{ id, code, attrs }]; `defaults`: the config block; `attrs`: of
   * every cell that has none of its own.
   * @returns {Promise<SoakPage>}
   */
  async function openCells(cells, { defaults = {}, attrs = '', context } = {}) {
    const body = cells
      .map((c) => `<exec-cell id="${c.id}" ${c.attrs ?? attrs}><script type="text/plain">${c.code}</script></exec-cell>`)
      .join('\n');
    const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>soak</title>${DRIVER}
<script type="application/json" data-exec-cell-config>${JSON.stringify(defaults)}</script></head>
<body>${body}<script src="/dist/exec-cell.js"></script></body></html>`;
    const path = `soak/${process.pid}-${++pages}.html`;
    const r = await fetch(new URL(`__pages/${path}`, web.url), { method: 'PUT', body: JSON.stringify({ html }) });
    if (!r.ok) throw new Error(`could not store the soak page: ${r.status}`);
    const ownContext = !context;
    const ctx = context ?? (await browser.newContext());
    const page = await ctx.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    // The page asks for a favicon the static server does not have: not exec-cell's.
    page.on('console', (m) => m.type() === 'error' && !m.location().url.endsWith('/favicon.ico') && errors.push(`console: ${m.text()} (${m.location().url})`));
    await page.goto(new URL(path, web.url).href);
    await page.waitForFunction(() => customElements.get('exec-cell') !== undefined);
    return new SoakPage(page, ctx, ownContext, errors);
  }

  return {
    web,
    jupyter,
    browser,
    openCells,
    binder,
    sagecell,
    /**
     * How a page sends its cells to `backend`'s server: the page defaults, and attributes for
     * every cell (Binder cells name a repo of the test hub, a server of its own per repo; a
     * build silent for 2 s has failed).
     * @param {'jupyter' | 'pyodide' | 'binder' | 'sagecell'} backend
     * @returns {Promise<{ defaults: object, attrs?: string }>}
     */
    async on(backend, { repo = 'exec-cell/soak' } = {}) {
      if (backend === 'jupyter') return { defaults: { server: jupyter.url, token: jupyter.token } };
      if (backend === 'pyodide') return { defaults: { backend: 'pyodide' } };
      if (backend === 'binder') return { defaults: { 'binder-url': (await binder()).url, 'binder-keepalive': 1 }, attrs: `repo="${repo}"` };
      if (backend === 'sagecell') return { defaults: { 'sagecell-url': (await sagecell()).url }, attrs: 'backend="sagecell"' };
      throw new Error(`no soak page for ${backend}`);
    },
    /** The kernels running on `backend`'s Jupyter servers (the soak's own, or the test hub's), by their REST API. */
    async kernels(backend) {
      if (backend === 'jupyter') return jupyter.kernels();
      const servers = (await binder()).running();
      const lists = await Promise.all(servers.map(async (s) => (await fetch(`${s.url}api/kernels?token=${s.token}`)).json()));
      return lists.flat();
    },
    async close() {
      await browser.close();
      await (await binderHub)?.close();
      await (await sageCell)?.stop();
      await jupyter.stop();
      await web.close();
    },
  };
}

export class SoakPage {
  constructor(page, context, ownContext, errors) {
    this.page = page;
    this.context = context;
    this.ownContext = ownContext;
    this.errors = errors;
  }
  /** Call `run()` (or `interrupt`, `restart`) on a cell without waiting for it. */
  start(id, method = 'run') {
    return this.page.evaluate(([id, m]) => window.soak.start(id, m), [id, method]);
  }
  seen(id) {
    return this.page.evaluate((id) => window.soak.seen(id), id);
  }
  setCode(id, code) {
    return this.page.evaluate(([id, code]) => (document.getElementById(id).code = code), [id, code]);
  }
  /** Wait until the cell's last started call has settled; returns it (result or error, ms). */
  async settled(id, timeout) {
    await this.page.waitForFunction((id) => window.soak.results[id]?.done, id, { timeout });
    return this.page.evaluate((id) => window.soak.results[id], id);
  }
  waitFor(fn, arg, timeout) {
    return this.page.waitForFunction(fn, arg, { timeout });
  }
  /** Wait until the cell's status attribute is `status`. */
  waitStatus(id, status, timeout) {
    return this.page.waitForFunction(([id, s]) => document.getElementById(id)?.getAttribute('status') === s, [id, status], { timeout });
  }
  /** Wait until the cell's output contains `text`. */
  waitOutput(id, text, timeout) {
    return this.page.waitForFunction(
      ([id, t]) => window.soak.seen(id).output.includes(t),
      [id, text],
      { timeout },
    );
  }
  async run(id, timeout = 60_000) {
    await this.start(id);
    return this.settled(id, timeout);
  }
  /** Heap after a garbage collection (CDP) and the number of DOM nodes, shadow roots included. */
  async memory() {
    const cdp = await this.context.newCDPSession(this.page);
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    await cdp.detach();
    const nodes = await this.page.evaluate(() => {
      let n = 0;
      const walk = (root) => {
        for (const el of root.querySelectorAll('*')) {
          n++;
          if (el.shadowRoot) walk(el.shadowRoot);
        }
      };
      walk(document);
      return n;
    });
    return { heap: usedSize, nodes };
  }
  longestTask() {
    return this.page.evaluate(() => window.soak.longestTask);
  }
  async close() {
    await this.page.close();
    if (this.ownContext) await this.context.close();
  }
}

/** Ends `promise` with an error after `ms`: every scenario is bounded in time. */
export function within(ms, promise, what) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms / 1000} s`)), ms))),
  ]).finally(() => clearTimeout(timer));
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
