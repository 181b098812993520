// SPDX-License-Identifier: BSD-3-Clause
/**
 * The same measures in each browser engine (Chromium, Firefox ESR, WebKitGTK; Debian's), each
 * against its floor in that engine: prints markdown tables. Not part of `npm test`.
 *
 *   node bench/engines.mjs [--quick] [--engines=chromium,firefox,webkit]   (after `npm run build`)
 *
 * - Python cold start: navigation → first output of an autorun `print(1+1)` (fresh context,
 *   empty cache), against a bare page whose module worker calls loadPyodide. Target ≤ 1.1×.
 * - Three pages in a row (one context, so the HTTP cache is warm after the first): each page's
 *   first output, then `while True: pass` is run and stopped before the next page. Targets: the
 *   third start within ±15% of the first; afterwards, on a blank page, the browser uses under
 *   5% of a core (a Python loop left spinning would hold a whole core).
 * - Jupyter warm `1+1`: click → output, exec-cell against a bare WebSocket client on the same
 *   kernel server, interleaved with equal gaps. Target ≤ 1.1× (median).
 */
import { readFileSync } from 'node:fs';
import { launchBrowser, selectedEngines } from '../test/browsers/index.mjs';
import { startStaticServer } from '../test/servers/static.mjs';
import { startJupyter } from '../test/servers/jupyter.mjs';
import { coresUsed } from '../test/servers/cpu.mjs';
import { fmt, median, p95, table } from './lib/stats.mjs';
import { BARE_PYODIDE_WORKER, barePyodidePage, execCellPythonPage, render } from './lib/pages.mjs';

const root = new URL('..', import.meta.url).pathname;
const quick = process.argv.includes('--quick');
const enginesArg = process.argv.find((a) => a.startsWith('--engines='));
if (enginesArg) process.env.EXEC_CELL_ENGINES = enginesArg.split('=')[1];
const COLD_SAMPLES = quick ? 3 : 7;
const WARM_SAMPLES = quick ? 15 : 40;
const BARE_WORKER_PATH = '/bench/engines-bare-worker.mjs';

let current = '';
const web = await startStaticServer({
  root,
  routes: {
    '/bench/engines.html': (req, res) => (res.setHeader('content-type', 'text/html'), res.end(current)),
    [BARE_WORKER_PATH]: (req, res) => (res.setHeader('content-type', 'text/javascript'), res.end(BARE_PYODIDE_WORKER)),
  },
});
const pageUrl = `${web.url}bench/engines.html`;
const jupyter = await startJupyter();

/** Navigate `page` to `content` and wait for its first output; ms since navigation. */
async function firstOutput(page, content) {
  current = content;
  await page.goto(pageUrl);
  await page.waitForFunction(() => window.__firstOutput !== undefined, undefined, { timeout: 120_000 });
  return page.evaluate(() => window.__firstOutput);
}

async function pythonCold(browser) {
  const ours = [];
  const bare = [];
  for (let i = 0; i < COLD_SAMPLES; i++) {
    // Alternate, so that a noisy neighbour hurts both alike.
    for (const [samples, content] of [
      [ours, execCellPythonPage('<exec-cell autorun>print(1+1)</exec-cell>')],
      [bare, barePyodidePage(BARE_WORKER_PATH)],
    ]) {
      const context = await browser.newContext();
      try {
        samples.push(await firstOutput(await context.newPage(), content));
      } finally {
        await context.close();
      }
    }
  }
  return { ours: median(ours), bare: median(bare), ratio: median(ours) / median(bare), samples: { ours, bare } };
}

async function threePagesWithStop(browser) {
  const context = await browser.newContext();
  const starts = [];
  const stops = [];
  try {
    const page = await context.newPage();
    const cells = `<exec-cell id="first" autorun>print(1+1)</exec-cell><exec-cell id="loop">while True: pass</exec-cell>`;
    for (let i = 0; i < 3; i++) {
      starts.push(await firstOutput(page, execCellPythonPage(cells)));
      stops.push(
        await page.evaluate(async () => {
          const loop = document.getElementById('loop');
          const done = loop.run();
          await new Promise((r) => setTimeout(r, 500));
          const t0 = performance.now();
          await loop.interrupt();
          const result = await done;
          return { ms: performance.now() - t0, status: result.status };
        }),
      );
    }
    await page.goto('about:blank');
    // Let the page's teardown finish, then watch the browser's CPU for 3 s.
    await new Promise((r) => setTimeout(r, 2000));
    const cpu = await coresUsed(browser.pids(), 3000);
    return { starts, stops, cpu };
  } finally {
    await context.close();
  }
}

async function jupyterWarm(browser) {
  const pages = {
    'exec-cell': readFileSync(`${root}bench/pages/exec-cell.html`, 'utf8'),
    raw: readFileSync(`${root}bench/pages/raw.html`, 'utf8'),
  };
  const vars = { SERVER: jupyter.url, TOKEN: jupyter.token, AUTORUN: false };
  const contents = {
    'exec-cell': render(pages['exec-cell'], { ...vars, PEER: 'exec-cell', CELLS: '<exec-cell>1+1</exec-cell>\n<exec-cell id="bench-warmup" hide-code>1</exec-cell>' }),
    'raw-ws': render(pages.raw, {
      ...vars,
      PEER: 'raw-ws',
      MODULE: '/bench/peers/raw-ws.js',
      CONFIG: JSON.stringify({ server: jupyter.url, token: jupyter.token, autorun: false, code: '1+1' }),
    }),
  };
  const open = {};
  const samples = { 'exec-cell': [], 'raw-ws': [] };
  try {
    for (const peer of Object.keys(contents)) {
      const context = await browser.newContext();
      const page = await context.newPage();
      open[peer] = { context, page };
      current = contents[peer];
      await page.goto(pageUrl);
      await page.evaluate(() => window.bench.ready);
      for (let i = 0; i < 5; i++) await page.evaluate(() => window.bench.runOnce('1+1'));
    }
    for (let i = 0; i < WARM_SAMPLES; i++) {
      for (const peer of i % 2 ? ['raw-ws', 'exec-cell'] : ['exec-cell', 'raw-ws']) {
        await new Promise((r) => setTimeout(r, 150));
        samples[peer].push(await open[peer].page.evaluate(() => window.bench.runOnce('1+1')));
      }
    }
  } finally {
    for (const { context } of Object.values(open)) await context.close();
    for (const { id } of await jupyter.kernels()) await fetch(`${jupyter.url}api/kernels/${id}?token=${jupyter.token}`, { method: 'DELETE' });
  }
  return {
    ours: { median: median(samples['exec-cell']), p95: p95(samples['exec-cell']) },
    raw: { median: median(samples['raw-ws']), p95: p95(samples['raw-ws']) },
  };
}

const ms = (x) => `${fmt(x, x < 100 ? 1 : 0)} ms`;
const ratio = (a, b) => `${fmt(a / b, 2)}×`;
const rows = [];
try {
  for (const engine of selectedEngines()) {
    console.error(`… ${engine}`);
    const browser = await launchBrowser(engine);
    try {
      const version = `${engine} ${browser.version()}`;
      const cold = await pythonCold(browser);
      const three = await threePagesWithStop(browser);
      const warm = await jupyterWarm(browser);
      const drift = three.starts[2] / three.starts[0];
      rows.push([
        version,
        `${ms(cold.ours)} / ${ms(cold.bare)} = ${ratio(cold.ours, cold.bare)}`,
        `${three.starts.map((x) => fmt(x, 0)).join(', ')} ms (3rd/1st ${fmt(drift, 2)}×)`,
        `${three.stops.map((s) => `${fmt(s.ms, 0)} ms ${s.status}`).join(', ')}`,
        `${fmt(three.cpu * 100, 1)}%`,
        `${ms(warm.ours.median)} / ${ms(warm.raw.median)} = ${ratio(warm.ours.median, warm.raw.median)}; p95 ${ratio(warm.ours.p95, warm.raw.p95)}`,
      ]);
    } finally {
      await browser.close();
    }
  }
  console.log(
    `\n### Per engine (${quick ? 'quick; ' : ''}Python cold: median of ${COLD_SAMPLES}; Jupyter warm: median of ${WARM_SAMPLES})\n\n` +
      table(
        [
          'engine',
          'Python cold start: exec-cell / bare loadPyodide (≤ 1.1×)',
          'three pages: first output (3rd within ±15% of 1st)',
          'Stop of `while True` on each: interrupt() → done',
          'CPU on a blank page afterwards (< 5% of a core)',
          'Jupyter warm `1+1`: exec-cell / raw WebSocket (≤ 1.1×)',
        ],
        rows,
      ) +
      '\n',
  );
} finally {
  await web.close();
  await jupyter.stop();
}
