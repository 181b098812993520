// SPDX-License-Identifier: BSD-3-Clause
/**
 * `npm run bench`: exec-cell side by side with Thebe 0.9.3, @jupyterlab/services alone and a
 * bare WebSocket client, in one run, against one real Jupyter server (Debian's), in Debian's
 * Chromium. Prints markdown tables and writes the numbers to bench/results/.
 *
 *   node bench/run.mjs [--quick] [measure ...]
 *
 * Measures: bytes cold warm stream cells (this file, Jupyter pages, all four peers, Chromium), then
 * reader (bench/reader.mjs: the same Jupyter measures the way a reader sees them, in all three
 * engines) and pyodide binder sagecell filter widgets (bench/<name>.mjs, each against its own floor).
 *
 * Not part of `npm test`: timings belong in a benchmark, not in assertions.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { startStaticServer } from '../test/servers/static.mjs';
import { startJupyter } from '../test/servers/jupyter.mjs';
import { launchBrowser } from './lib/browser.mjs';
import { fmt, kib, median, p95, table } from './lib/stats.mjs';
import { ensureThebe, jupyterPages } from './lib/jupyter-peers.mjs';

const root = new URL('..', import.meta.url).pathname;
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const wanted = args.filter((a) => !a.startsWith('--'));
const JUPYTER_MEASURES = ['bytes', 'cold', 'warm', 'stream', 'cells'];
/** Benchmarks of their own: each starts what it needs and prints its tables. */
const OTHER_BENCHES = ['reader', 'pyodide', 'binder', 'sagecell', 'filter', 'widgets'];
const measures = wanted.length ? wanted : [...JUPYTER_MEASURES, ...OTHER_BENCHES];
const PEERS = ['exec-cell', 'thebe', 'services', 'raw-ws'];

/** The @jupyterlab/services page's bundle, built the way an app would build it. */
async function ensureServicesBundle() {
  await build({
    configFile: false,
    logLevel: 'error',
    build: {
      outDir: `${root}bench/.build`,
      emptyOutDir: true,
      lib: { entry: `${root}bench/peers/services.js`, formats: ['es'], fileName: () => 'services.js' },
      minify: true,
      rollupOptions: { output: { minify: true } },
    },
  });
}


/** Run bench/<name>.mjs and pass its tables through. */
function runOtherBench(name) {
  const out = execFileSync(process.execPath, [`${root}bench/${name}.mjs`, ...(quick ? ['--quick'] : [])], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 64 * 1024 * 1024,
  });
  console.log(out);
  return { table: out };
}

async function main() {
  if (!existsSync(`${root}dist/exec-cell.js`)) throw new Error('dist/ is missing: run `npm run build` first.');
  const unknown = measures.filter((m) => !JUPYTER_MEASURES.includes(m) && !OTHER_BENCHES.includes(m));
  if (unknown.length) throw new Error(`unknown measure ${unknown.join(' ')}; known: ${[...JUPYTER_MEASURES, ...OTHER_BENCHES].join(' ')}`);
  const results = { date: new Date().toISOString(), quick, measures: {} };
  const jupyterMeasures = measures.filter((m) => JUPYTER_MEASURES.includes(m));
  if (jupyterMeasures.length) await jupyterPeers(jupyterMeasures, results);
  for (const name of measures.filter((m) => OTHER_BENCHES.includes(m))) {
    console.error(`… ${name} (bench/${name}.mjs)`);
    results.measures[name] = runOtherBench(name);
  }
  mkdirSync(`${root}bench/results`, { recursive: true });
  const file = `${root}bench/results/${results.date.replace(/[:.]/g, '-')}.json`;
  writeFileSync(file, JSON.stringify(results, null, 2));
  console.error(`numbers written to ${file.slice(root.length)}`);
}

/** The measures on Jupyter pages: exec-cell, Thebe, @jupyterlab/services and a bare WebSocket client. */
async function jupyterPeers(measures, results) {
  ensureThebe();
  await ensureServicesBundle();
  const jupyter = await startJupyter();
  /** A peer's page for one scenario: `cells` copies of `code`, maybe autorun. */
  const pageFor = jupyterPages(jupyter);
  let current = '';
  const web = await startStaticServer({
    root,
    routes: { '/bench/page.html': (req, res) => (res.setHeader('content-type', 'text/html'), res.end(current)) },
  });
  const pageUrl = `${web.url}bench/page.html`;
  const browser = await launchBrowser();
  /**
   * A fresh browser context on a peer's page. Closing it also shuts down every kernel on the
   * server: peers differ in whether they shut theirs down, and kernels left running would
   * slow the server down for the peers measured after them.
   */
  const open = async (peer, scenario) => {
    current = pageFor(peer, scenario);
    const context = await browser.newContext();
    const page = await context.newPage();
    const close = context.close.bind(context);
    context.close = async () => {
      await close();
      for (const { id } of await jupyter.kernels()) {
        await fetch(`${jupyter.url}api/kernels/${id}?token=${jupyter.token}`, { method: 'DELETE' });
      }
    };
    return { context, page };
  };

  try {
    for (const measure of measures) {
      const fn = MEASURES[measure];
      console.error(`… ${measure}`);
      results.measures[measure] = await fn({ open, pageUrl, quick });
      console.log(`\n### ${TITLES[measure]}\n\n${results.measures[measure].table}\n`);
    }
  } finally {
    await browser.close();
    await web.close();
    await jupyter.stop();
  }
}

const TITLES = {
  bytes: 'JavaScript downloaded before the first output (Jupyter page, autorun)',
  cold: 'Cold: navigation to the first output of print(1+1) (autorun, fresh browser context)',
  warm: 'Warm round trip of 1+1: click to output',
  stream: 'Stream stress: for i in range(100000): print(i)',
  cells: 'A page of 100 cells',
};

function shuffle(xs) {
  for (let i = xs.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [xs[i], xs[j]] = [xs[j], xs[i]];
  }
  return xs;
}

/** Ratio of each peer's value to the best non-exec-cell peer's (lower is better). */
function ratioTo(values, pick = (v) => v) {
  const peers = Object.entries(values).filter(([p, v]) => p !== 'exec-cell' && Number.isFinite(pick(v)));
  const best = Math.min(...peers.map(([, v]) => pick(v)));
  return (v) => fmt(pick(v) / best, 2) + '×';
}

const MEASURES = {
  async bytes({ open, pageUrl }) {
    const rows = {};
    for (const peer of PEERS) {
      const { context, page } = await open(peer, { code: 'print(1+1)', autorun: true });
      await page.goto(pageUrl);
      await page.waitForFunction(() => window.bench?.firstOutput, undefined, { timeout: 60_000 });
      // What the page had asked for by the time its first output was drawn.
      const entries = await page.evaluate(() =>
        performance
          .getEntriesByType('resource')
          .filter((e) => e.startTime <= window.bench.firstOutput && !e.name.includes('/api/'))
          .map((e) => e.name),
      );
      await context.close();
      const files = [];
      for (const url of entries) {
        const body = Buffer.from(await (await fetch(url)).arrayBuffer());
        files.push({ file: new URL(url).pathname, raw: body.length, gzip: gzipSync(body, { level: 9 }).length });
      }
      const js = files.filter((f) => /\.m?js$/.test(f.file) && !f.file.endsWith('ws-probe.js'));
      const css = files.filter((f) => f.file.endsWith('.css'));
      rows[peer] = {
        requests: js.length,
        raw: js.reduce((a, f) => a + f.raw, 0),
        gzip: js.reduce((a, f) => a + f.gzip, 0),
        css: css.reduce((a, f) => a + f.raw, 0),
        files: js,
      };
    }
    const ratio = ratioTo(rows, (v) => v.gzip);
    return {
      rows,
      table:
        table(
          ['peer', 'JS requests', 'raw KiB', 'gzip KiB', 'CSS KiB', 'gzip vs Thebe'],
          PEERS.map((p) => [p, rows[p].requests, kib(rows[p].raw), kib(rows[p].gzip), kib(rows[p].css), fmt(rows[p].gzip / rows.thebe.gzip, 2) + '×']),
        ) +
        '\n\nexec-cell, per request (KiB gzip): ' +
        rows['exec-cell'].files.map((f) => `${f.file.replace(/^\/dist\//, '')} ${kib(f.gzip)}`).join(', '),
    };
  },

  async cold({ open, pageUrl, quick }) {
    // The kernel's own start varies by ±100 ms from one to the next: enough rounds for the medians to settle.
    const n = quick ? 3 : 15;
    const rows = Object.fromEntries(PEERS.map((p) => [p, { samples: [] }]));
    // Rounds of every peer in a shuffled order: the server's kernel start time drifts (with
    // what started before), and each peer must meet the same drift.
    for (let i = 0; i < n; i++) {
      for (const peer of shuffle([...PEERS])) {
        const { context, page } = await open(peer, { code: 'print(1+1)', autorun: true });
        await page.goto(pageUrl);
        rows[peer].samples.push(
          await page
            .waitForFunction(() => window.bench?.firstOutput, undefined, { timeout: 60_000 })
            .then((h) => h.jsonValue())
            .catch((e) => Promise.reject(new Error(`${peer}: no first output (${e.message})`))),
        );
        await context.close();
      }
    }
    for (const peer of PEERS) Object.assign(rows[peer], { median: median(rows[peer].samples), p95: p95(rows[peer].samples) });
    const ratio = ratioTo(rows, (v) => v.median);
    return { rows, table: table(['peer', 'median ms', 'p95 ms', 'runs', 'vs best peer'], PEERS.map((p) => [p, fmt(rows[p].median, 0), fmt(rows[p].p95, 0), n, ratio(rows[p])])) };
  },

  async warm({ open, pageUrl, quick }) {
    const n = quick ? 20 : 50;
    const rows = {};
    const pages = {};
    for (const peer of PEERS) {
      pages[peer] = await open(peer, { code: '1+1' });
      await pages[peer].page.goto(pageUrl);
      await pages[peer].page.evaluate(() => window.bench.ready);
      for (let i = 0; i < 5; i++) await pages[peer].page.evaluate(() => window.bench.runOnce('1+1'));
      rows[peer] = { samples: [], server: [] };
    }
    // Rounds in a shuffled order, with the same pause before every run: the server's own
    // latency depends on the gap between requests (Nagle and delayed ACKs on its sockets),
    // so every peer must see the same gaps.
    for (let i = 0; i < n; i++) {
      for (const peer of shuffle([...PEERS])) {
        await new Promise((r) => setTimeout(r, 150));
        const { total, server } = await pages[peer].page.evaluate(async () => {
          const s = window.wsProbe.sends.length;
          const r = window.wsProbe.recvs.length;
          const total = await window.bench.runOnce('1+1');
          return { total, server: window.wsProbe.recvs[r] - window.wsProbe.sends[s] };
        });
        rows[peer].samples.push(total);
        rows[peer].server.push(server);
      }
    }
    for (const peer of PEERS) {
      const r = rows[peer];
      Object.assign(r, {
        median: median(r.samples),
        p95: p95(r.samples),
        client: median(r.samples.map((t, i) => t - r.server[i])),
        serverMedian: median(r.server),
      });
      await pages[peer].context.close();
    }
    const rm = ratioTo(rows, (v) => v.median);
    const rp = ratioTo(rows, (v) => v.p95);
    return {
      rows,
      table:
        table(
          ['peer', 'median ms', 'p95 ms', 'server part ms (median)', 'client part ms (median)', 'runs', 'median vs best peer', 'p95 vs best peer'],
          PEERS.map((p) => [p, fmt(rows[p].median, 1), fmt(rows[p].p95, 1), fmt(rows[p].serverMedian, 1), fmt(rows[p].client, 2), n, rm(rows[p]), rp(rows[p])]),
        ) +
        '\n\nClient-side ms: the round trip minus the time between the execute_request leaving the page and its first output arriving (the server\'s part, measured on the page\'s WebSocket).',
    };
  },

  async stream({ open, pageUrl, quick }) {
    const n = quick ? 2 : 5;
    const code = 'for i in range(100000): print(i)';
    const rows = {};
    for (const peer of PEERS) {
      const runs = [];
      for (let i = 0; i < n; i++) {
        const { context, page } = await open(peer, { code });
        await page.goto(pageUrl);
        await page.evaluate(() => window.bench.ready);
        const cdp = await context.newCDPSession(page);
        const lastLine = await page.evaluate(async () => {
          window.longTasks.length = 0;
          const start = performance.now();
          const ms = await window.bench.runUntil('99999');
          // Tasks still running when the last line showed count too: wait for them to end.
          await new Promise((r) => setTimeout(r, 300));
          const during = window.longTasks.filter((t) => t.start + t.duration >= start);
          return { ms, longest: Math.max(0, ...during.map((t) => t.duration)), longTasks: during.length };
        });
        await cdp.send('HeapProfiler.collectGarbage');
        const { usedSize } = await cdp.send('Runtime.getHeapUsage');
        runs.push({ ...lastLine, heap: usedSize });
        await context.close();
      }
      rows[peer] = {
        runs,
        lastLine: median(runs.map((r) => r.ms)),
        longest: median(runs.map((r) => r.longest)),
        heap: median(runs.map((r) => r.heap)),
      };
    }
    const ratio = ratioTo(rows, (v) => v.lastLine);
    return {
      rows,
      table:
        table(
          ['peer', 'to the last line ms', 'longest task ms', 'JS heap after MB', 'runs', 'last line vs best peer'],
          PEERS.map((p) => [p, fmt(rows[p].lastLine, 0), fmt(rows[p].longest, 0), fmt(rows[p].heap / 1e6, 1), n, ratio(rows[p])]),
        ) + '\n\nLongest task: the longest main-thread task (Long Tasks API, over 50 ms; 0 when none) while the output streamed; medians of the runs.',
    };
  },

  async cells({ open, pageUrl, quick }) {
    const n = quick ? 2 : 5;
    const peers = ['exec-cell', 'thebe'];
    const rows = {};
    for (const peer of peers) {
      const runs = [];
      for (let i = 0; i < n; i++) {
        const { context, page } = await open(peer, { code: 'x = 1\nprint(x)', cells: 100, warmup: false });
        const cdp = await context.newCDPSession(page);
        await page.goto(pageUrl);
        const ready = await page.evaluate(() => window.bench.allCellsReady);
        await page.waitForTimeout(500);
        await cdp.send('HeapProfiler.collectGarbage');
        const { usedSize } = await cdp.send('Runtime.getHeapUsage');
        const longest = await page.evaluate(() => Math.max(0, ...window.longTasks.map((t) => t.duration)));
        runs.push({ ready, heap: usedSize, longest });
        await context.close();
      }
      rows[peer] = { runs, ready: median(runs.map((r) => r.ready)), heap: median(runs.map((r) => r.heap)), longest: median(runs.map((r) => r.longest)) };
    }
    return {
      rows,
      table:
        table(
          ['peer', 'all 100 cells ready ms', 'JS heap MB', 'longest task ms', 'runs', 'ready vs Thebe', 'heap vs Thebe'],
          peers.map((p) => [p, fmt(rows[p].ready, 0), fmt(rows[p].heap / 1e6, 1), fmt(rows[p].longest, 0), n, fmt(rows[p].ready / rows.thebe.ready, 2) + '×', fmt(rows[p].heap / rows.thebe.heap, 2) + '×']),
        ) +
        '\n\nReady: from navigation until every cell shows its code and its Run button. Heap: after a forced GC, 0.5 s later. (Thebe also starts its kernel at load; exec-cell starts one on the first run.)',
    };
  },
};

await main();
