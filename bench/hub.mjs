#!/usr/bin/env node
// SPDX-License-Identifier: BSD-3-Clause
/**
 * JupyterHub: each reader on their own server (README, "JupyterHub"). Against a real hub on
 * loopback (test/servers/hub.mjs), the reference endpoint on a signed-in site, Debian's Chromium.
 *
 * - endpoint call with the reader's server running: median of 30 (target ≤ 150 ms);
 * - warm `1+1` (run() → done) through the hub's proxy vs straight to a Jupyter server: medians of 40 (≤ 1.2×);
 * - cold: sign-in page → first output of an autorun cell, with the server stopped first, the
 *   endpoint's own time (the spawn) beside it;
 * - load: N readers (`--users N`, default 6; system users loadNN are created) ask at once:
 *   spawn times, then tokens per second with every server running.
 *
 *   node bench/hub.mjs [--users N]
 */
import { ensureSystemUsers } from './lib/system-users.mjs';
import { mkdir, writeFile } from 'node:fs/promises';
import { launchBrowser } from './lib/browser.mjs';
import { median, p95, fmt, table } from './lib/stats.mjs';
import { startHub } from '../test/servers/hub.mjs';
import { startHubSite } from '../test/servers/hub-site.mjs';
import { startJupyter } from '../test/servers/jupyter.mjs';

const args = process.argv.slice(2);
const USERS = Math.max(1, Math.min(50, Number(args[args.indexOf('--users') + 1]) || 6));
const ms = (x) => `${fmt(x, 0)} ms`;

const hub = await startHub();
const site = await startHubSite({ root: process.cwd(), hubUrl: hub.url, serviceToken: hub.serviceToken });
const jupyter = await startJupyter();
const browser = await launchBrowser();
const rows = [];
const results = {};
try {
  const cookieFor = async (user) => (await fetch(`${site.url}signin?user=${user}`)).headers.get('set-cookie').split(';')[0];
  const askToken = async (cookie) => {
    const t = performance.now();
    const r = await fetch(`${site.url}hub-token`, { method: 'POST', headers: { cookie } });
    const text = await r.text();
    if (!text.includes('"token"')) throw new Error(`no token: ${text.slice(0, 200)}`);
    return performance.now() - t;
  };

  // Endpoint, server running.
  const alice = await cookieFor('alice');
  await askToken(alice);
  const endpoint = [];
  for (let i = 0; i < 30; i++) endpoint.push(await askToken(alice));
  results.endpoint = { median: median(endpoint), p95: p95(endpoint) };
  rows.push(['endpoint call, server running (median / p95 of 30)', `${ms(median(endpoint))} / ${ms(p95(endpoint))}`, '≤ 150 ms', median(endpoint) <= 150 ? '✓' : '✗']);

  // Warm 1+1 through the hub vs straight.
  const warm = async (url) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site.url}signin?user=alice`);
    await page.goto(url);
    await page.waitForFunction(() => customElements.get('exec-cell'));
    const run = () =>
      page.evaluate(async () => {
        const el = document.querySelector('exec-cell');
        const t = performance.now();
        const r = await el.run();
        if (r.status !== 'ok') throw new Error(`run: ${r.status}`);
        return performance.now() - t;
      });
    for (let i = 0; i < 5; i++) await run();
    const times = [];
    for (let i = 0; i < 40; i++) times.push(await run());
    await context.close();
    return times;
  };
  const viaHub = await warm(site.page('<exec-cell>1+1</exec-cell>'));
  const straight = await warm(site.page('<exec-cell>1+1</exec-cell>', `data-server="${jupyter.url}" data-token="${jupyter.token}"`));
  const ratio = median(viaHub) / median(straight);
  results.warm = { hub: median(viaHub), straight: median(straight), ratio };
  rows.push([
    'warm `1+1`, through the hub’s proxy / straight to a Jupyter server (median of 40)',
    `${ms(median(viaHub))} / ${ms(median(straight))} = ${fmt(ratio, 2)}×`,
    '≤ 1.2×',
    ratio <= 1.2 ? '✓' : '✗',
  ]);

  // Cold: server stopped, sign-in → first output.
  await hub.api('DELETE', 'users/alice/server');
  for (let i = 0; i < 100; i++) {
    const user = await (await hub.api('GET', 'users/alice')).json();
    if (!user.servers?.['']) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  {
    const context = await browser.newContext();
    const page = await context.newPage();
    const url = site.page(`<exec-cell autorun>1+1</exec-cell>
<script>(function poll(){const o=document.querySelector('exec-cell')?.shadowRoot?.querySelector('[part="output"]');if(o&&o.textContent.trim())window.__firstOutput=performance.now();else requestAnimationFrame(poll);})();</script>`);
    const t = performance.now();
    await page.goto(`${site.url}signin?user=alice`);
    await page.goto(url);
    await page.waitForFunction(() => window.__firstOutput, undefined, { timeout: 180_000 });
    const total = performance.now() - t;
    // The endpoint's time for that first request is the spawn (the server was stopped).
    const spawn = await (async () => {
      await hub.api('DELETE', 'users/alice/server');
      for (let i = 0; i < 100; i++) {
        const user = await (await hub.api('GET', 'users/alice')).json();
        if (!user.servers?.['']) break;
        await new Promise((r) => setTimeout(r, 200));
      }
      return askToken(alice);
    })();
    results.cold = { total, spawn };
    rows.push(['cold: sign-in → first output, server stopped (spawn: endpoint with a stopped server)', `${ms(total)} (spawn ${ms(spawn)})`, '', '']);
    await context.close();
  }

  // Load: N readers at once.
  const names = Array.from({ length: USERS }, (_, i) => `load${String(i + 1).padStart(2, '0')}`);
  ensureSystemUsers(names);
  const cookies = await Promise.all(names.map(cookieFor));
  const spawns = await Promise.all(cookies.map(askToken));
  const t0 = performance.now();
  const rounds = 5;
  await Promise.all(cookies.map(async (c) => {
    for (let i = 0; i < rounds; i++) await askToken(c);
  }));
  const perSecond = (USERS * rounds) / ((performance.now() - t0) / 1000);
  results.load = { users: USERS, spawnMedian: median(spawns), spawnMax: Math.max(...spawns), tokensPerSecond: perSecond };
  rows.push([`load: ${USERS} readers at once, spawn (median / max)`, `${ms(median(spawns))} / ${ms(Math.max(...spawns))}`, '', '']);
  rows.push([`load: tokens per second, ${USERS} readers × ${rounds}, servers running`, fmt(perSecond, 1), '', '']);
  for (const n of names) await hub.api('DELETE', `users/${n}/server`);
} finally {
  await browser.close();
  await site.close();
  await jupyter.stop();
  await hub.stop();
}
const out = `\n## JupyterHub (Chromium, loopback)\n\n${table(['measure', 'result', 'target', ''], rows)}\n`;
console.log(out);
await mkdir('bench/results', { recursive: true });
await writeFile(`bench/results/hub-${new Date().toISOString().replace(/[:.]/g, '-')}.json`, JSON.stringify(results, null, 2));
