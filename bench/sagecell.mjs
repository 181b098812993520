// SPDX-License-Identifier: BSD-3-Clause
/**
 * The SageCell backend against a raw SockJS client, on one page, against one real SageCell
 * server (test/servers/sagecell/, started here), in Debian's Chromium. Prints markdown
 * tables. Not part of `npm test`.
 *
 *   node bench/sagecell.mjs [--quick]          (needs `npm run build` first)
 *
 * - warm: `1+1` through a shared ("linked") cell whose kernel is up: `run()` → its result,
 *   median of 50; beside it, the same `1+1` from sockjs-client itself (the library the embed
 *   uses, loaded from node_modules) on a kernel of its own: execute_request sent → its
 *   execute_reply and idle both in. Same page, same server, alternating.
 * - first run: an isolated cell's run (kernel request, SockJS, execute, the server ending the
 *   kernel) → its result, median of 7.
 * - bytes: what a SageCell page loads for the backend (gzip).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { startStaticServer } from '../test/servers/static.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../test/servers/chromium.mjs';
import { median, table, quantile } from './lib/stats.mjs';
import { startSageCell } from '../test/servers/sagecell/instances.mjs';

const root = new URL('..', import.meta.url).pathname;
const quick = process.argv.includes('--quick');
const WARM = quick ? 15 : 50;
const FIRST = quick ? 3 : 7;

const ms = (x) => `${x.toFixed(x < 10 ? 1 : 0)} ms`;

/** The raw client: sockjs-client, a kernel of its own, one execute_request at a time. */
const RAW_CLIENT = `
window.rawSockJS = async (root) => {
  const csid = crypto.randomUUID().replace(/-/g, '');
  const r = await fetch(root + 'kernel', { method: 'POST', body: new URLSearchParams({ CellSessionID: csid, timeout: 'inf' }) });
  const { id } = await r.json();
  const sock = new SockJS(root + 'sockjs?CellSessionID=' + csid);
  await new Promise((resolve, reject) => { sock.onopen = resolve; sock.onclose = reject; });
  const waiting = new Map();
  sock.onmessage = (e) => {
    const comma = e.data.indexOf(',');
    const msg = JSON.parse(e.data.slice(comma + 1));
    const w = waiting.get(msg.parent_header && msg.parent_header.msg_id);
    if (!w) return;
    if (msg.header.msg_type === 'execute_reply') w.reply = true;
    if (msg.header.msg_type === 'status' && msg.content.execution_state === 'idle') w.idle = true;
    if (w.reply && w.idle) { waiting.delete(msg.parent_header.msg_id); w.done(); }
  };
  return {
    run: (code) => new Promise((done) => {
      const msg_id = crypto.randomUUID();
      waiting.set(msg_id, { done });
      sock.send(id + '/channels,' + JSON.stringify({
        header: { msg_id, session: csid, username: '', msg_type: 'execute_request', version: '5.3' },
        parent_header: {}, metadata: {}, channel: 'shell',
        content: { code, silent: false, store_history: true, allow_stdin: false, user_expressions: { _sagecell_files: 'sys._sage_.new_files()' } },
      }));
    }),
    close: async () => { sock.close(); await fetch(root + 'kernel/' + id + '?method=DELETE', { method: 'POST' }); },
  };
};`;

async function main() {
  const sage = await startSageCell({ tos: false, kernelsPerSession: 3 });
  const web = await startStaticServer({ root, pages: true });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
  try {
    const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title>
<script type="application/json" data-exec-cell-config>${JSON.stringify({ sagecellUrl: sage.url })}</script>
<script src="/node_modules/sockjs-client/dist/sockjs.min.js"></script><script>${RAW_CLIENT}</script></head>
<body><exec-cell id="linked" backend="sagecell">1+1</exec-cell><exec-cell id="isolated" backend="sagecell" isolated>1+1</exec-cell>
<script src="/dist/exec-cell.js"></script></body></html>`;
    await fetch(new URL('__pages/bench-sagecell.html', web.url), { method: 'PUT', body: JSON.stringify({ html }) });
    const page = await browser.newPage();
    await page.goto(new URL('bench-sagecell.html', web.url).href);
    await page.waitForFunction(() => customElements.get('exec-cell'));
    const result = await page.evaluate(
      async ({ root, warm, first }) => {
        const linked = document.getElementById('linked');
        const isolated = document.getElementById('isolated');
        const raw = await window.rawSockJS(root);
        const timed = async (f) => {
          const t0 = performance.now();
          await f();
          return performance.now() - t0;
        };
        // Warm both: a kernel up, the connection open, the code paths compiled.
        for (let i = 0; i < 5; i++) {
          await linked.run();
          await raw.run('1+1');
        }
        const cell = [];
        const rawTimes = [];
        for (let i = 0; i < warm; i++) {
          cell.push(await timed(() => linked.run()));
          rawTimes.push(await timed(() => raw.run('1+1')));
        }
        const firstRuns = [];
        for (let i = 0; i < first; i++) firstRuns.push(await timed(() => isolated.run()));
        const out = linked.shadowRoot.querySelector('[part="output"]').textContent;
        await raw.close();
        return { cell, raw: rawTimes, first: firstRuns, out };
      },
      { root: sage.url, warm: WARM, first: FIRST },
    );
    if (result.out.trim() !== '2') throw new Error(`the linked cell showed ${JSON.stringify(result.out)}, not 2`);

    const chunks = readdirSync(`${root}dist/chunks`).filter((f) => f.endsWith('.js'));
    const sagecellChunk = chunks.find((f) => readFileSync(`${root}dist/chunks/${f}`, 'utf8').includes('sagenb.interact.update_interact'));
    const gz = (f) => gzipSync(readFileSync(f)).length;
    const sockjsBytes = gz(`${root}node_modules/sockjs-client/dist/sockjs.min.js`);

    console.log(`\n## SageCell: warm 1+1 round trip (median of ${WARM}, same page, same server)\n`);
    console.log(
      table(
        ['client', 'median', 'p90', 'min'],
        [
          ['exec-cell, shared (linked) cell: run() → result', ms(median(result.cell)), ms(quantile(result.cell, 0.9)), ms(Math.min(...result.cell))],
          ['raw sockjs-client: execute_request → reply + idle', ms(median(result.raw)), ms(quantile(result.raw, 0.9)), ms(Math.min(...result.raw))],
        ],
      ),
    );
    console.log(`\n## SageCell: isolated cell, whole run with a fresh kernel (median of ${FIRST})\n`);
    console.log(table(['run', 'median', 'min'], [['isolated 1+1 (kernel request, SockJS, run)', ms(median(result.first)), ms(Math.min(...result.first))]]));
    console.log('\n## Bytes (gzip)\n');
    console.log(
      table(
        ['what', 'gzip'],
        [
          ['exec-cell SageCell backend chunk (SockJS client included)', `${(gz(`${root}dist/chunks/${sagecellChunk}`) / 1024).toFixed(1)} KiB`],
          ['sockjs-client 1.6.1 alone (dist/sockjs.min.js)', `${(sockjsBytes / 1024).toFixed(1)} KiB`],
        ],
      ),
    );
  } finally {
    await browser.close();
    await web.close();
    await sage.stop();
  }
}

await main();
