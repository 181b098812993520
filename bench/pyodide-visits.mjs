// SPDX-License-Identifier: BSD-3-Clause
/**
 * The in-browser Python's second visit and its packages, in Debian's Chromium: prints markdown
 * tables. Not part of `npm test`.
 *
 *   node bench/pyodide-visits.mjs [--samples=N]   (needs `npm run build` first)
 *
 * - visits: navigation → first output of `print(1+1)` (an autorun cell). First visit: a fresh
 *   context (empty HTTP cache and Cache Storage); second visit: the same context again, after
 *   the first stored its snapshot. Each against a bare `loadPyodide` page visited the same
 *   way. Targets: second ≤ 0.5× first, ≤ 0.6× bare; first ≤ 1.1× bare.
 * - packages: `import dateutil` (python-dateutil and six, real wheels from a stand-in
 *   distribution on loopback) on a booted interpreter, once the page is quiet (its snapshot
 *   stored, its spare interpreter booted, as when a reader runs a second cell), against plain
 *   `fetch` of the same wheels in a fresh context (target ≤ 1.2×) and against a bare Pyodide
 *   worker's `loadPackage` and `import` of the same packages from the same source (what
 *   Pyodide itself needs to unpack and import them).
 * - what the cache stores.
 *
 *   --only=visits | --only=packages runs one part.
 */
import { chromium } from 'playwright-core';
import { startStaticServer } from '../test/servers/static.mjs';
import { makeDistribution, startPackageSource } from '../test/servers/package-source.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../test/servers/chromium.mjs';
import { median, table } from './lib/stats.mjs';
import { BARE_PYODIDE_WORKER, barePyodidePage, execCellPythonPage, html } from './lib/pages.mjs';

const root = new URL('..', import.meta.url).pathname;
const samplesArg = process.argv.find((a) => a.startsWith('--samples='));
const SAMPLES = samplesArg ? Number(samplesArg.split('=')[1]) : 5;
const ONLY = process.argv.find((a) => a.startsWith('--only='))?.split('=')[1];
const ms = (x) => `${x.toFixed(x < 10 ? 1 : 0)} ms`;
const ratio = (a, b) => `${(a / b).toFixed(2)}×`;

/** Bare Pyodide with the stand-in distribution as its package source: each message loads and imports python-dateutil, answering the time it took. */
const BARE_PACKAGES_WORKER = `
import { loadPyodide } from '/node_modules/pyodide/pyodide.mjs';
const source = new URL(location.href).searchParams.get('source');
const py = await loadPyodide({ indexURL: '/dist/pyodide/', lockFileURL: source + 'pyodide-lock.json', packageBaseUrl: source });
postMessage('ready');
onmessage = async () => {
  const t0 = performance.now();
  await py.loadPackage(['python-dateutil']);
  const t1 = performance.now();
  py.runPython('import dateutil');
  postMessage({ load: t1 - t0, total: performance.now() - t0 });
};
`;

let current = '';
const web = await startStaticServer({
  root,
  routes: {
    '/bench/pyodide.html': (req, res) => (res.setHeader('content-type', 'text/html'), res.end(current)),
    '/bench/pyodide-bare-worker.mjs': (req, res) => (res.setHeader('content-type', 'text/javascript'), res.end(BARE_PYODIDE_WORKER)),
    '/bench/pyodide-bare-packages.mjs': (req, res) => (res.setHeader('content-type', 'text/javascript'), res.end(BARE_PACKAGES_WORKER)),
  },
});
const dist = makeDistribution(`${root}dist/pyodide/pyodide-lock.json`, {
  six: { wheel: 'six-1.17.0-py2.py3-none-any.whl', imports: ['six'] },
  'python-dateutil': { wheel: 'python_dateutil-2.9.0.post0-py2.py3-none-any.whl', imports: ['dateutil'], depends: ['six'] },
});
const source = await startPackageSource(dist.dir);
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
const pageUrl = `${web.url}bench/pyodide.html`;

/** Navigation → first output of `content` in `context`. */
async function visit(context, content) {
  current = content;
  const page = await context.newPage();
  await page.goto(pageUrl);
  await page.waitForFunction(() => window.__firstOutput !== undefined, null, { timeout: 120_000 });
  return { page, first: await page.evaluate(() => window.__firstOutput) };
}

const storedSnapshots = (page) =>
  page.evaluate(async () => {
    const cache = await caches.open('exec-cell-pyodide');
    const sizes = [];
    for (const r of await cache.keys()) sizes.push((await (await cache.match(r)).arrayBuffer()).byteLength);
    return sizes;
  });

async function visits() {
  const first = [];
  const second = [];
  const bareFirst = [];
  const bareSecond = [];
  let stored = [];
  for (let i = 0; i < SAMPLES; i++) {
    const context = await browser.newContext();
    const a = await visit(context, execCellPythonPage('<exec-cell autorun>print(1+1)</exec-cell>'));
    first.push(a.first);
    // The snapshot is written once Python is ready: wait for it, as a reader's next visit would come later.
    for (let t = 0; t < 200 && !(stored = await storedSnapshots(a.page)).length; t++) await a.page.waitForTimeout(100);
    await a.page.waitForTimeout(3000); // the spare's boot, which would otherwise compete with the next visit
    await a.page.close();
    const b = await visit(context, execCellPythonPage('<exec-cell autorun>print(1+1)</exec-cell>'));
    second.push(b.first);
    await context.close();
    const bare = await browser.newContext();
    const c = await visit(bare, barePyodidePage('/bench/pyodide-bare-worker.mjs'));
    bareFirst.push(c.first);
    await c.page.close();
    const d = await visit(bare, barePyodidePage('/bench/pyodide-bare-worker.mjs'));
    bareSecond.push(d.first);
    await bare.close();
  }
  const [f, s, bf, bs] = [first, second, bareFirst, bareSecond].map(median);
  const row = (name, xs) => [name, ms(median(xs)), xs.map((x) => x.toFixed(0)).join(' ')];
  return {
    stored,
    table: table(
      ['navigation → first output', 'median', 'samples (ms)'],
      [
        row('exec-cell, first visit (stores the snapshot)', first),
        row('exec-cell, second visit (from the snapshot)', second),
        row('bare loadPyodide, first visit', bareFirst),
        row('bare loadPyodide, second visit (HTTP cache warm)', bareSecond),
        ['second / first visit (target ≤ 0.5×)', ratio(s, f), ''],
        ['second visit / bare second visit (target ≤ 0.6×)', ratio(s, bs), ''],
        ['second visit / bare first visit', ratio(s, bf), ''],
        ['first visit / bare first visit (target ≤ 1.1×)', ratio(f, bf), ''],
      ],
    ),
  };
}

async function packages() {
  const wheels = ['six-1.17.0-py2.py3-none-any.whl', 'python_dateutil-2.9.0.post0-py2.py3-none-any.whl'].map((w) => source.url + w);
  const loads = [];
  const fetches = [];
  const bareLoads = [];
  const bareLoadOnly = [];
  for (let i = 0; i < SAMPLES; i++) {
    const plain = await browser.newContext();
    const p = await visit(plain, '<!doctype html><script>window.__firstOutput = 0</script>');
    fetches.push(
      await p.page.evaluate(async (urls) => {
        const t0 = performance.now();
        await Promise.all(urls.map((u) => fetch(u).then((r) => r.arrayBuffer())));
        return performance.now() - t0;
      }, wheels),
    );
    await plain.close();
    const context = await browser.newContext();
    const config = `<script type="application/json" data-exec-cell-config>${JSON.stringify({ pyodideIndexUrl: source.url })}</script>`;
    const { page } = await visit(context, execCellPythonPage(`${config}<exec-cell autorun>print(1+1)</exec-cell><exec-cell id="imp">import dateutil</exec-cell>`));
    // Quiet: the snapshot stored, then the spare's boot (about 1.3 s from the snapshot) over.
    for (let t = 0; t < 200 && !(await storedSnapshots(page)).length; t++) await page.waitForTimeout(100);
    await page.waitForTimeout(4000);
    loads.push(
      await page.evaluate(async () => {
        const el = document.getElementById('imp');
        const t0 = performance.now();
        const r = await el.run();
        if (r.status !== 'ok') throw new Error(`import dateutil: ${r.status} ${JSON.stringify(r.outputs)}`);
        return performance.now() - t0;
      }),
    );
    await context.close();
    const bareContext = await browser.newContext();
    const bare = await bareContext.newPage();
    current = html(`<script>
  const w = new Worker('/bench/pyodide-bare-packages.mjs?source=${encodeURIComponent(source.url)}', { type: 'module' });
  window.__load = () => new Promise((resolve) => { w.onmessage = (e) => resolve(e.data); w.postMessage('load'); });
  window.__ready = new Promise((resolve) => { w.onmessage = () => resolve(); });
</script>`);
    await bare.goto(pageUrl);
    await bare.evaluate(() => window.__ready);
    const b = await bare.evaluate(() => window.__load());
    bareLoads.push(b.total);
    bareLoadOnly.push(b.load);
    await bareContext.close();
  }
  const [l, f, b] = [loads, fetches, bareLoads].map(median);
  return table(
    ['python-dateutil + six (241 kB, loopback)', 'median', 'samples (ms)'],
    [
      ['exec-cell: run of `import dateutil` (download, hash check, install, import)', ms(l), loads.map((x) => x.toFixed(0)).join(' ')],
      ['bare Pyodide: `loadPackage` + `import dateutil`, same source', ms(b), bareLoads.map((x) => x.toFixed(0)).join(' ')],
      ['bare Pyodide: `loadPackage` alone (download, unpack)', ms(median(bareLoadOnly)), bareLoadOnly.map((x) => x.toFixed(0)).join(' ')],
      ['plain fetch of the same two wheels', ms(f), fetches.map((x) => x.toFixed(1)).join(' ')],
      ['exec-cell / plain fetch (target ≤ 1.2×)', ratio(l, f), ''],
      ['exec-cell / bare Pyodide', ratio(l, b), ''],
      ['bare `loadPackage` alone / plain fetch', ratio(median(bareLoadOnly), f), ''],
    ],
  );
}

try {
  if (ONLY !== 'packages') {
    console.error('… first and second visits');
    const v = await visits();
    console.log(`\n### Visits (Chromium ${browser.version()})\n\n${v.table}\n`);
    console.log(`### What the cache stores\n\n${v.stored.map((b) => `${(b / 2 ** 20).toFixed(1)} MiB`).join(', ')} (one snapshot: Cache Storage "exec-cell-pyodide")\n`);
  }
  if (ONLY !== 'visits') {
    console.error('… packages');
    current = '';
    console.log(`### A package load\n\n${await packages()}\n`);
  }
} finally {
  await browser.close();
  await web.close();
  await source.close();
  dist.remove();
}
