// SPDX-License-Identifier: BSD-3-Clause
/**
 * Python in the browser (the pyodide backend), measured in Debian's Chromium against the same
 * Pyodide without exec-cell: prints markdown tables. Not part of `npm test`.
 *
 *   node bench/pyodide.mjs [--quick] [--cold-samples=N]   (needs `npm run build` first)
 *
 * - cold: navigation → first output of `print(1+1)` (an autorun cell, fresh browser context,
 *   empty HTTP cache), against a bare page whose module worker imports Pyodide's own loader,
 *   calls loadPyodide and posts the output. Target: ≤ 1.1×.
 * - warm: `1+1` round trip through the element (`run()` → its result), on a booted interpreter.
 *   Target: ≤ 5 ms median.
 * - isolated: an `isolated` cell's run (a fresh interpreter each time) once the spare is booted.
 *   Target: no cold start visible.
 * - stop: Stop on `while True: pass` (page not isolated: the worker is replaced by the spare)
 *   → the next run's output.
 * - bytes: what a page downloads for Python, and what a page that does not use it pays.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { startStaticServer } from '../test/servers/static.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../test/servers/chromium.mjs';
import { median, table } from './lib/stats.mjs';
import { BARE_PYODIDE_WORKER, barePyodidePage, execCellPythonPage } from './lib/pages.mjs';

const root = new URL('..', import.meta.url).pathname;
const quick = process.argv.includes('--quick');
const coldArg = process.argv.find((a) => a.startsWith('--cold-samples='));
const COLD_SAMPLES = coldArg ? Number(coldArg.split('=')[1]) : quick ? 3 : 15;
const WARM_SAMPLES = quick ? 20 : 50;
const ISOLATED_SAMPLES = quick ? 3 : 5;

const ms = (x) => `${x.toFixed(x < 10 ? 1 : 0)} ms`;

let current = '';
const web = await startStaticServer({
  root,
  routes: {
    '/bench/pyodide.html': (req, res) => (res.setHeader('content-type', 'text/html'), res.end(current)),
    '/bench/pyodide-bare-worker.mjs': (req, res) => (res.setHeader('content-type', 'text/javascript'), res.end(BARE_PYODIDE_WORKER)),
  },
});
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
const pageUrl = `${web.url}bench/pyodide.html`;

/** A fresh context (empty cache) on `content`; resolves to the page once `__firstOutput` is set. */
async function open(content) {
  current = content;
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(pageUrl);
  await page.waitForFunction(() => window.__firstOutput !== undefined, null, { timeout: 120_000 });
  return { context, page, first: await page.evaluate(() => window.__firstOutput) };
}

async function cold() {
  const ours = [];
  const bare = [];
  for (let i = 0; i < COLD_SAMPLES; i++) {
    // Alternate, so a noisy neighbour hurts both alike.
    const a = await open(execCellPythonPage('<exec-cell autorun>print(1+1)</exec-cell>'));
    ours.push(a.first);
    await a.context.close();
    const b = await open(barePyodidePage('/bench/pyodide-bare-worker.mjs'));
    bare.push(b.first);
    await b.context.close();
  }
  const ratio = median(ours) / median(bare);
  return {
    ratio,
    table: table(
      ['', 'median', 'samples (ms)'],
      [
        ['exec-cell: navigation → first output', ms(median(ours)), ours.map((x) => x.toFixed(0)).join(' ')],
        ['bare loadPyodide in a module worker', ms(median(bare)), bare.map((x) => x.toFixed(0)).join(' ')],
        ['ratio (target ≤ 1.1×)', `${ratio.toFixed(2)}×`, ''],
      ],
    ),
  };
}

/** Times `el.run()` of cell `id` in the page, `n` times. */
const timeRuns = (page, id, n, pauseMs = 0) =>
  page.evaluate(
    async ([id, n, pauseMs]) => {
      const el = document.getElementById(id);
      const times = [];
      for (let i = 0; i < n; i++) {
        if (pauseMs) await new Promise((r) => setTimeout(r, pauseMs));
        const t0 = performance.now();
        const r = await el.run();
        if (r.status !== 'ok') throw new Error(`run ${i}: ${r.status}`);
        times.push(performance.now() - t0);
      }
      return times;
    },
    [id, n, pauseMs],
  );

async function warmAndIsolated() {
  const cells = `<exec-cell id="first" autorun>print("up")</exec-cell>
<exec-cell id="warm">1+1</exec-cell>
<exec-cell id="iso" isolated>1+1</exec-cell>
<exec-cell id="loop" session="loop">while True: pass</exec-cell>
<exec-cell id="after" session="loop">print("again")</exec-cell>`;
  const { context, page } = await open(execCellPythonPage(cells));
  // Once Python is up, the spare interpreter boots for a few seconds: measure the steady state.
  await new Promise((r) => setTimeout(r, 8000));
  const warm = await timeRuns(page, 'warm', WARM_SAMPLES);
  // Give the spare time to boot before each isolated run (the reader's pace, not a loop's).
  const isolated = await timeRuns(page, 'iso', ISOLATED_SAMPLES, 8000);
  await timeRuns(page, 'after', 1, 8000);
  await new Promise((r) => setTimeout(r, 8000));
  const stop = await page.evaluate(async () => {
    const loop = document.getElementById('loop');
    const done = loop.run();
    await new Promise((r) => setTimeout(r, 300));
    const t0 = performance.now();
    await loop.interrupt();
    await done;
    const r = await document.getElementById('after').run();
    return { ms: performance.now() - t0, status: r.status };
  });
  await context.close();
  return {
    warm: median(warm),
    isolated: median(isolated),
    table: table(
      ['', 'median', 'max', 'n'],
      [
        ['warm `1+1`: run() → result (target ≤ 5 ms)', ms(median(warm)), ms(Math.max(...warm)), String(warm.length)],
        ['isolated `1+1` on the spare (a fresh interpreter)', ms(median(isolated)), ms(Math.max(...isolated)), String(isolated.length)],
        ['Stop `while True: pass` (not isolated) → next output', ms(stop.ms), '', '1'],
      ],
    ),
  };
}

function bytes() {
  const size = (path) => {
    const data = readFileSync(`${root}${path}`);
    return { raw: data.length, gzip: gzipSync(data, { level: 9 }).length };
  };
  const kib = (n) => (n / 1024).toFixed(1);
  const chunks = readdirSync(`${root}dist/chunks`).filter((f) => f.startsWith('pyodide-') && f.endsWith('.js'));
  const runtime = readdirSync(`${root}dist/pyodide`);
  const rows = [...chunks.map((f) => `dist/chunks/${f}`), ...runtime.map((f) => `dist/pyodide/${f}`)]
    .filter((p) => statSync(`${root}${p}`).isFile())
    .map((p) => [p, ...Object.values(size(p)).map(kib)]);
  return table(['file (loaded only once a Python cell is reached for)', 'KiB', 'KiB gzip'], rows);
}

try {
  console.error('… cold start');
  const c = await cold();
  console.log(`\n### Cold start (Chromium ${browser.version()})\n\n${c.table}\n`);
  console.error('… warm, isolated, stop');
  const w = await warmAndIsolated();
  console.log(`### Runs\n\n${w.table}\n`);
  console.log(`### What a Python page downloads\n\n${bytes()}\n`);
} finally {
  await browser.close();
  await web.close();
}
