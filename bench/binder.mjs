// SPDX-License-Identifier: BSD-3-Clause
/**
 * Binder: how long a reader waits when the page comes back and its Binder server is still
 * alive, and what it costs the BinderHub. Debian's Chromium against the test BinderHub
 * (test/servers/binderhub/: BinderHub's protocol, real Jupyter servers on loopback).
 * Prints a markdown table. Not part of `npm test`.
 *
 *   node bench/binder.mjs [--quick]          (needs `npm run build` first)
 *
 * - first load: navigation → first output of an autorun `print(1+1)` cell, through a build
 *   (2 s of phases) and a launch (a real jupyter-server starting).
 * - reload: navigation → first output when the page reloads and its server is reused (the
 *   probe, a new kernel on the live server, the run). Target: under 2 s, and no launch.
 * - new tab: the same page opened in another tab of the same browser.
 * - launch again (store cleared): what the reuse saves, on this test server; the image is
 *   cached and the test server reuses its Jupyter process, so on mybinder.org, where every
 *   launch starts a new pod (10 s to a minute), the gap is far wider.
 */
import { chromium } from 'playwright-core';
import { startStaticServer } from '../test/servers/static.mjs';
import { startBinderHub } from '../test/servers/binderhub/index.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../test/servers/chromium.mjs';
import { median, table } from './lib/stats.mjs';

const root = new URL('..', import.meta.url).pathname;
const quick = process.argv.includes('--quick');
const SAMPLES = quick ? 3 : 9;
const TARGET_MS = 2000;


const hub = await startBinderHub({ buildSeconds: 2 });
const page = (binderUrl) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench: binder</title>
<script type="application/json" data-exec-cell-config>${JSON.stringify({ 'binder-url': binderUrl })}</script></head>
<body><exec-cell repo="exec-cell/bench" autorun>print(1+1)</exec-cell><script src="/dist/exec-cell.js"></script>
<script>
  (function poll() {
    const out = document.querySelector('exec-cell')?.shadowRoot?.querySelector('[part="output"]');
    if (out && out.textContent.trim()) window.__firstOutput = performance.now();
    else requestAnimationFrame(poll);
  })();
</script></body></html>`;
const web = await startStaticServer({
  root,
  routes: { '/bench/binder.html': (req, res) => (res.setHeader('content-type', 'text/html'), res.end(page(hub.url))) },
});
const url = `${web.url}bench/binder.html`;
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
const launches = async () => (await (await fetch(new URL('_testing/stats', hub.url))).json()).launches;

/** navigation → first output, from the new document's own clock. */
const firstOutput = async (p) => {
  await p.waitForFunction(() => window.__firstOutput !== undefined, null, { timeout: 120_000 });
  return p.evaluate(() => window.__firstOutput);
};

try {
  const context = await browser.newContext();
  const tab = await context.newPage();
  await tab.goto(url);
  const first = await firstOutput(tab);
  const afterFirst = await launches();

  const reloads = [];
  for (let i = 0; i < SAMPLES; i++) {
    await tab.reload();
    reloads.push(await firstOutput(tab));
  }
  const afterReloads = await launches();

  const tabs = [];
  for (let i = 0; i < Math.ceil(SAMPLES / 2); i++) {
    const other = await context.newPage();
    await other.goto(url);
    tabs.push(await firstOutput(other));
    await other.close();
  }
  const afterTabs = await launches();

  const relaunches = [];
  for (let i = 0; i < Math.ceil(SAMPLES / 3); i++) {
    await tab.evaluate(() => localStorage.clear());
    await tab.reload();
    relaunches.push(await firstOutput(tab));
  }
  const afterRelaunches = await launches();

  const row = (name, xs, launched) => [
    name,
    String(xs.length),
    `${median(xs).toFixed(0)} ms`,
    `${Math.min(...xs).toFixed(0)}–${Math.max(...xs).toFixed(0)} ms`,
    String(launched),
  ];
  console.log('\n### Binder: navigation → first output (test BinderHub on loopback)\n');
  console.log(
    table(
      ['case', 'samples', 'median', 'range', 'launches'],
      [
        row('first load: build (2 s of phases) + launch', [first], afterFirst),
        row('reload, live server reused', reloads, afterReloads - afterFirst),
        row('new tab, live server reused', tabs, afterTabs - afterReloads),
        row('launch again (store cleared, image cached)', relaunches, afterRelaunches - afterTabs),
      ],
    ),
  );
  const met = median(reloads) < TARGET_MS && afterReloads === afterFirst && afterTabs === afterReloads;
  console.log(
    `\nTarget (reload with a live server: under ${TARGET_MS} ms, no launch): ${met ? 'met' : 'NOT met'} ` +
      `(median ${median(reloads).toFixed(0)} ms, ${afterReloads - afterFirst} launches over ${SAMPLES} reloads).`,
  );
  await context.close();
} finally {
  await browser.close();
  await web.close();
  await hub.close();
}
