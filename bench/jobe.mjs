// SPDX-License-Identifier: BSD-3-Clause
/**
 * The Jobe backend against a bare `fetch` to Jobe's REST API, on one page, against the real
 * Jobe of ../shared/jobe (started here, CORS on), in Debian's Chromium; and the Node
 * reference proxy's added time. Prints markdown tables. Not part of `npm test`.
 *
 *   node bench/jobe.mjs [--quick]          (needs `npm run build` first)
 *
 * - round trip: `print(6*7)` (python3) and a C hello world, `run()` → its result, against the
 *   same job posted with `fetch` → its JSON; alternating, so both see the same server load.
 * - proxy: GET languages (no job: the proxy's own cost) and a python3 run, straight to Jobe
 *   and through proxy/jobe-proxy.mjs, alternating, from Node.
 */
import { chromium } from 'playwright-core';
import { startStaticServer } from '../test/servers/static.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../test/servers/chromium.mjs';
import { startJobe } from '../test/servers/jobe/index.mjs';
import { startJobeProxy } from '../proxy/jobe-proxy.mjs';
import { median, quantile, table } from './lib/stats.mjs';

const root = new URL('..', import.meta.url).pathname;
const quick = process.argv.includes('--quick');
const RUNS = quick ? 5 : 12;
const LANGUAGE_CALLS = quick ? 20 : 60;

const ms = (x) => `${x.toFixed(x < 10 ? 1 : 0)} ms`;
const C_HELLO = '#include <stdio.h>\nint main(void) { puts("hello"); return 0; }';

async function main() {
  const jobe = await startJobe();
  const web = await startStaticServer({ root, pages: true });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
  const proxy = await startJobeProxy({ jobeUrl: jobe.url, runsPerMinute: 0 });
  try {
    const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title>
<script type="application/json" data-exec-cell-config>${JSON.stringify({ jobeUrl: jobe.url })}</script></head>
<body><exec-cell id="py" backend="jobe" language="python">print(6*7)</exec-cell>
<exec-cell id="c" backend="jobe" language="c"><script type="text/plain">${C_HELLO}</script></exec-cell>
<script src="/dist/exec-cell.js"></script></body></html>`;
    await fetch(new URL('__pages/bench-jobe.html', web.url), { method: 'PUT', body: JSON.stringify({ html }) });
    const page = await browser.newPage();
    await page.goto(new URL('bench-jobe.html', web.url).href);
    await page.waitForFunction(() => customElements.get('exec-cell'));
    const result = await page.evaluate(
      async ({ root, runs, cHello }) => {
        const timed = async (f) => {
          const t0 = performance.now();
          await f();
          return performance.now() - t0;
        };
        const bare = (language_id, sourcecode) =>
          fetch(root + 'runs', {
            method: 'POST',
            headers: { 'Content-Type': 'application/json; charset=utf-8', Accept: 'application/json' },
            body: JSON.stringify({ run_spec: { language_id, sourcecode } }),
          }).then((r) => r.json());
        const out = {};
        for (const [id, language, code] of [['py', 'python3', 'print(6*7)'], ['c', 'c', cHello]]) {
          const cell = document.getElementById(id);
          await cell.run(); // the backend chunk and the language list, once
          await bare(language, code);
          const cellTimes = [];
          const bareTimes = [];
          for (let i = 0; i < runs; i++) {
            // Alternate which goes first, so neither always meets the other's clean-up.
            if (i % 2) {
              cellTimes.push(await timed(() => cell.run()));
              bareTimes.push(await timed(() => bare(language, code)));
            } else {
              bareTimes.push(await timed(() => bare(language, code)));
              cellTimes.push(await timed(() => cell.run()));
            }
          }
          out[id] = { cell: cellTimes, bare: bareTimes, shown: cell.shadowRoot.querySelector('[part="output"]').textContent };
        }
        return out;
      },
      { root: jobe.url, runs: RUNS, cHello: C_HELLO },
    );
    if (result.py.shown.trim() !== '42' || result.c.shown.trim() !== 'hello') throw new Error(`unexpected outputs: ${JSON.stringify([result.py.shown, result.c.shown])}`);

    // The proxy, from Node: straight to Jobe vs through the proxy, alternating.
    const timed = async (f) => {
      const t0 = performance.now();
      await f();
      return performance.now() - t0;
    };
    const get = (base) => fetch(`${base}languages`).then((r) => r.json());
    const post = (base) =>
      fetch(`${base}runs`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ run_spec: { language_id: 'python3', sourcecode: 'print(6*7)' } }),
      }).then((r) => r.json());
    await get(proxy.url);
    const direct = { languages: [], runs: [] };
    const proxied = { languages: [], runs: [] };
    for (let i = 0; i < LANGUAGE_CALLS; i++) {
      direct.languages.push(await timed(() => get(jobe.url)));
      proxied.languages.push(await timed(() => get(proxy.url)));
    }
    for (let i = 0; i < RUNS; i++) {
      direct.runs.push(await timed(() => post(jobe.url)));
      proxied.runs.push(await timed(() => post(proxy.url)));
    }

    const row = (label, xs) => [label, ms(median(xs)), ms(quantile(xs, 0.9)), ms(Math.min(...xs))];
    const ratio = (a, b) => `${(median(a) / median(b)).toFixed(2)}×`;
    console.log(`\n## Jobe: round trip through the element vs a bare fetch (median of ${RUNS}, same page, alternating)\n`);
    console.log(
      table(
        ['job', 'median', 'p90', 'min'],
        [
          row('print(6*7), exec-cell run() → result', result.py.cell),
          row('print(6*7), bare fetch POST runs → JSON', result.py.bare),
          row('C hello, exec-cell run() → result', result.c.cell),
          row('C hello, bare fetch POST runs → JSON', result.c.bare),
        ],
      ),
    );
    console.log(`\nelement / bare (medians): print(6*7) ${ratio(result.py.cell, result.py.bare)}, C hello ${ratio(result.c.cell, result.c.bare)} (target ≤ 1.1×)`);
    console.log(`\n## Node reference proxy: added time (medians of ${LANGUAGE_CALLS} GET languages, ${RUNS} runs)\n`);
    console.log(
      table(
        ['request', 'straight to Jobe', 'through the proxy', 'added (median)'],
        [
          ['GET languages', ms(median(direct.languages)), ms(median(proxied.languages)), ms(median(proxied.languages) - median(direct.languages))],
          ['POST runs print(6*7)', ms(median(direct.runs)), ms(median(proxied.runs)), ms(median(proxied.runs) - median(direct.runs))],
        ],
      ),
    );
  } finally {
    await proxy.close();
    await browser.close();
    await web.close();
  }
}

await main();
