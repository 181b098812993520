// SPDX-License-Identifier: BSD-3-Clause
/**
 * Speed as a reader sees it, in Chromium, Firefox ESR and WebKitGTK: exec-cell beside a raw
 * WebSocket client (and Thebe 0.9.3 where the target is Thebe) on one real Jupyter server, in
 * the same engine, in one run. Every time comes from bench/pages/reader-probe.js, loaded first
 * on every peer's page: text counts when it is in the DOM (a MutationObserver that sees into
 * shadow roots), t2 is the animation frame after it, and t0 is the reader's real click (the
 * drivers' mouse), not a function call.
 *
 *   node bench/reader.mjs [--quick] [--engines=chromium,firefox,webkit]   (after `npm run build`)
 *
 * - stream: `for i in range(100000): print(i)` on a warm kernel, rounds interleaved with the raw
 *   client (which appends each stream message's text to a <pre>): first line on screen, t1 the
 *   line 99999 in the DOM, t2 the next frame; the longest frame gap and the longest task.
 * - bytes: a Jupyter page where the reader clicks Run: every script fetched from navigation to
 *   the first output, gzip -9, summed; against Thebe's page doing the same.
 * - cells: a page of 100 cells, navigation → every cell shows its code and its Run button.
 * - cold: navigation → first output of an autorun `print(1+1)`, fresh context.
 * - warm: click → `2` on screen, in blocks alternating between the peers, with equal gaps.
 *
 * Prints one table per engine and a summary against the targets, and writes the samples to
 * bench/results/reader-<date>.json. Not part of `npm test`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { launchBrowser, selectedEngines } from '../test/browsers/index.mjs';
import { startStaticServer } from '../test/servers/static.mjs';
import { startJupyter } from '../test/servers/jupyter.mjs';
import { fmt, kib, median, p95, table } from './lib/stats.mjs';
import { ensureThebe, jupyterPages } from './lib/jupyter-peers.mjs';

const root = new URL('..', import.meta.url).pathname;
const quick = process.argv.includes('--quick');
const enginesArg = process.argv.find((a) => a.startsWith('--engines='));
if (enginesArg) process.env.EXEC_CELL_ENGINES = enginesArg.split('=')[1];
const measuresArg = process.argv.find((a) => a.startsWith('--measures='));
const MEASURES = measuresArg ? measuresArg.split('=')[1].split(',') : ['stream', 'bytes', 'cells', 'cold', 'warm'];
const ROUNDS = { stream: quick ? 2 : 5, cells: quick ? 2 : 5, cold: quick ? 3 : 7, warm: quick ? 16 : 40 };
const PROBE = '<script src="/bench/pages/reader-probe.js"></script>';
/** Armed as the page starts: navigation → the line `2` (cold start). */
const FROM_NAVIGATION = `${PROBE}<script>readerProbe.arm({ last: '2', fromClick: false })</script>`;

ensureThebe();
const jupyter = await startJupyter();
const pageFor = jupyterPages(jupyter, PROBE);
let current = '';
const web = await startStaticServer({
  root,
  routes: { '/bench/reader.html': (req, res) => (res.setHeader('content-type', 'text/html'), res.end(current)) },
});
const pageUrl = `${web.url}bench/reader.html`;

/** Shut down every kernel: peers differ in whether they do, and left running they slow the server. */
async function shutDownKernels() {
  for (const { id } of await jupyter.kernels()) await fetch(`${jupyter.url}api/kernels/${id}?token=${jupyter.token}`, { method: 'DELETE' });
}

/** A fresh context on a peer's page for a scenario. */
async function open(browser, peer, scenario) {
  current = pageFor(peer, scenario);
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(pageUrl);
  return { context, page };
}

/** The peer's Run button, as a reader finds it. */
const runButton = (page, peer) =>
  peer === 'exec-cell' ? page.getByRole('button', { name: 'Run' }).first() : peer === 'thebe' ? page.locator('.thebe-run-button').first() : page.locator('#run');

/** Arm the probe, click Run for real, and wait for what the probe saw. */
async function clickAndSee(page, peer, expect, timeout = 120_000) {
  await page.evaluate((e) => window.readerProbe.arm(e), expect);
  await runButton(page, peer).click();
  try {
    return await page.waitForFunction(() => window.readerProbe.result(), undefined, { timeout, polling: 50 });
  } catch (e) {
    throw new Error(`${peer}: the probe saw no result (${JSON.stringify(await page.evaluate(() => window.readerProbe.state()))}): ${e.message}`);
  }
}

/**
 * `fn(page)` on a warm page (the kernel is up and has run once), the only page open: a page
 * behind another gets no animation frames in Firefox and WebKit (it is hidden), so each peer's
 * page has the browser to itself while it is measured.
 */
async function onWarmPage(browser, peer, code, fn) {
  const { context, page } = await open(browser, peer, { code, warmup: true });
  try {
    await page.evaluate(() => window.bench.ready);
    if (peer === 'raw') await page.evaluate(() => window.bench.runOnce('1'));
    return await fn(page);
  } finally {
    await context.close();
    await shutDownKernels();
  }
}

async function stream(browser) {
  const code = 'for i in range(100000): print(i)';
  const peers = ['exec-cell', 'raw'];
  const runs = { 'exec-cell': [], raw: [] };
  for (let i = 0; i < ROUNDS.stream; i++) {
    for (const peer of i % 2 ? [...peers].reverse() : peers) {
      runs[peer].push(await onWarmPage(browser, peer, code, (page) => clickAndSee(page, peer, { first: '^\\d+$', last: '99999' })));
    }
  }
  const sum = (peer) => ({
    first: median(runs[peer].map((r) => r.first)),
    t1: median(runs[peer].map((r) => r.t1)),
    t2: median(runs[peer].map((r) => r.t2)),
    frameGap: median(runs[peer].map((r) => r.frameGap)),
    longestTask: runs[peer][0].longestTask === null ? null : median(runs[peer].map((r) => r.longestTask)),
  });
  return { runs, ours: sum('exec-cell'), raw: sum('raw') };
}

async function bytes(browser) {
  const out = {};
  for (const peer of ['exec-cell', 'thebe', 'raw']) {
    const { context, page } = await open(browser, peer, { code: 'print(1+1)', warmup: false });
    try {
      // The reader clicks as soon as there is a Run button; Thebe's does nothing before its kernel is up.
      await runButton(page, peer).waitFor({ timeout: 60_000 });
      if (peer !== 'exec-cell') await page.evaluate(() => window.bench.ready);
      const seen = await clickAndSee(page, peer, { last: '2' }, 60_000);
      const urls = await page.evaluate(
        (t1) =>
          performance
            .getEntriesByType('resource')
            .filter((e) => e.startTime <= t1 && /\.m?js(\?|$)/.test(e.name))
            .map((e) => e.name),
        seen.at.t1,
      );
      const files = [];
      for (const url of urls) {
        if (url.includes('/bench/pages/')) continue; // the probes, not the peer
        const body = Buffer.from(await (await fetch(url)).arrayBuffer());
        files.push({ file: new URL(url).pathname, raw: body.length, gzip: gzipSync(body, { level: 9 }).length });
      }
      out[peer] = { files, gzip: files.reduce((n, f) => n + f.gzip, 0), raw: files.reduce((n, f) => n + f.raw, 0) };
    } finally {
      await context.close();
      await shutDownKernels();
    }
  }
  return out;
}

async function cells(browser) {
  const ready = { 'exec-cell': [], thebe: [] };
  for (let i = 0; i < ROUNDS.cells; i++) {
    for (const peer of Object.keys(ready)) {
      const { context, page } = await open(browser, peer, { code: 'x = 1\nprint(x)', cells: 100, warmup: false });
      try {
        ready[peer].push(await page.evaluate(() => window.bench.allCellsReady));
      } finally {
        await context.close();
        await shutDownKernels();
      }
    }
  }
  return { samples: ready, ours: median(ready['exec-cell']), thebe: median(ready.thebe) };
}

async function cold(browser) {
  const samples = { 'exec-cell': [], raw: [] };
  for (let i = 0; i < ROUNDS.cold; i++) {
    for (const peer of i % 2 ? ['raw', 'exec-cell'] : ['exec-cell', 'raw']) {
      const { context, page } = await open(browser, peer, { code: 'print(1+1)', autorun: true, head: FROM_NAVIGATION });
      try {
        samples[peer].push((await page.waitForFunction(() => window.readerProbe.result(), undefined, { timeout: 60_000, polling: 50 })).t2);
      } finally {
        await context.close();
        await shutDownKernels();
      }
    }
  }
  return { samples, ours: median(samples['exec-cell']), raw: median(samples.raw) };
}

async function warm(browser) {
  const peers = ['exec-cell', 'raw'];
  const samples = { 'exec-cell': [], raw: [] };
  const BLOCKS = 4;
  // Blocks of runs, one peer's page at a time, in the order A B B A…: what drifts on the
  // server meets both alike.
  for (let b = 0; b < BLOCKS; b++) {
    for (const peer of b % 2 ? [...peers].reverse() : peers) {
      await onWarmPage(browser, peer, '1+1', async (page) => {
        for (let i = 0; i < 3; i++) await clickAndSee(page, peer, { last: '2' });
        for (let i = 0; i < ROUNDS.warm / BLOCKS; i++) {
          // The same pause before every run: the server's latency depends on the gap (Nagle).
          await new Promise((r) => setTimeout(r, 150));
          samples[peer].push((await clickAndSee(page, peer, { last: '2' })).t2);
        }
      });
    }
  }
  const sum = (xs) => ({ median: median(xs), p95: p95(xs) });
  return { samples, ours: sum(samples['exec-cell']), raw: sum(samples.raw) };
}

const ms = (x) => (x === null ? 'n/a' : `${fmt(x, x < 100 ? 1 : 0)} ms`);
const check = (value, target) => `${fmt(value, 2)}× ${value <= target ? '✓' : '✗'} (≤ ${target}×)`;
const under = (value, limit) => `${ms(value)} ${value <= limit ? '✓' : '✗'} (≤ ${limit} ms)`;

const results = { date: new Date().toISOString(), quick, rounds: ROUNDS, engines: {} };
const MEASURE_FNS = { stream, bytes, cells, cold, warm };

/** The table rows of one engine's results: measure, exec-cell, the peer, ratio against target. */
function rowsOf(r) {
  const rows = [];
  const s = r.stream;
  if (s) {
    const judgedByFrames = s.ours.longestTask === null;
    rows.push(
      ['stream: first output line on screen', ms(s.ours.first), `raw ${ms(s.raw.first)}`, check(s.ours.first / s.raw.first, 1.1)],
      ['stream: t1, line `99999` in the DOM', ms(s.ours.t1), `raw ${ms(s.raw.t1)}`, check(s.ours.t1 / s.raw.t1, 1.2)],
      ['stream: t2, the frame after t1', ms(s.ours.t2), `raw ${ms(s.raw.t2)}`, check(s.ours.t2 / s.raw.t2, 1.1)],
      ['stream: longest task (Long Tasks API)', ms(s.ours.longestTask), `raw ${ms(s.raw.longestTask)}`, judgedByFrames ? 'engine has no Long Tasks API' : under(s.ours.longestTask, 50)],
      ['stream: longest gap between frames', ms(s.ours.frameGap), `raw ${ms(s.raw.frameGap)}`, judgedByFrames ? under(s.ours.frameGap, 50) : 'reported'],
    );
  }
  const b = r.bytes;
  if (b) {
    rows.push([
      'JS before the first output, Run clicked (gzip; files)',
      `${kib(b['exec-cell'].gzip)} KiB; ${b['exec-cell'].files.length}`,
      `Thebe ${kib(b.thebe.gzip)} KiB; ${b.thebe.files.length} (raw ${kib(b.raw.gzip)} KiB)`,
      check(b['exec-cell'].gzip / b.thebe.gzip, 0.25),
    ]);
  }
  if (r.cells) rows.push(['100 cells: navigation → all ready', ms(r.cells.ours), `Thebe ${ms(r.cells.thebe)}`, check(r.cells.ours / r.cells.thebe, 0.25)]);
  if (r.cold) rows.push(['cold: navigation → `2` on screen (autorun)', ms(r.cold.ours), `raw ${ms(r.cold.raw)}`, check(r.cold.ours / r.cold.raw, 1.0)]);
  if (r.warm) {
    rows.push(
      ['warm `1+1`: click → `2` on screen, median', ms(r.warm.ours.median), `raw ${ms(r.warm.raw.median)}`, check(r.warm.ours.median / r.warm.raw.median, 1.0)],
      ['warm `1+1`, p95', ms(r.warm.ours.p95), `raw ${ms(r.warm.raw.p95)}`, check(r.warm.ours.p95 / r.warm.raw.p95, 1.0)],
    );
  }
  return rows;
}

/** measure → engine → its ratio and mark, for the summary. */
const summary = new Map();
try {
  for (const engine of selectedEngines()) {
    console.error(`… ${engine}`);
    const browser = await launchBrowser(engine);
    try {
      const r = { version: browser.version() || '(the driver gives no version)' };
      for (const name of MEASURES) {
        console.error(`  ${name}`);
        r[name] = await MEASURE_FNS[name](browser);
      }
      results.engines[engine] = r;
      const rows = rowsOf(r);
      console.log(`\n### ${engine} ${r.version}${quick ? ' (quick)' : ''}\n\n${table(['measure', 'exec-cell', 'peer, same engine', 'ratio (target)'], rows)}\n`);
      if (r.bytes) console.log(`exec-cell's scripts before the first output: ${r.bytes['exec-cell'].files.map((f) => `${f.file.replace(/^\/dist\//, '')} ${kib(f.gzip)}`).join(', ')}\n`);
      for (const [measure, , , verdict] of rows) {
        if (!/✓|✗/.test(verdict)) continue;
        if (!summary.has(measure)) summary.set(measure, {});
        summary.get(measure)[engine] = verdict;
      }
    } finally {
      await browser.close();
    }
  }
  const engines = Object.keys(results.engines);
  console.log(`### Summary: each engine against its peer in the same engine\n\n${table(['measure', ...engines], [...summary].map(([m, by]) => [m, ...engines.map((e) => by[e] ?? '–')]))}\n`);
  mkdirSync(`${root}bench/results`, { recursive: true });
  const file = `${root}bench/results/reader-${results.date.replace(/[:.]/g, '-')}.json`;
  writeFileSync(file, JSON.stringify(results, null, 2));
  console.error(`numbers written to ${file.slice(root.length)}`);
} finally {
  await web.close();
  await jupyter.stop();
}
