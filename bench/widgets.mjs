// SPDX-License-Identifier: BSD-3-Clause
/**
 * Jupyter widgets on a real Jupyter server (the `python3-widgets` kernel: ipykernel 7.4.0,
 * ipywidgets 8.1.9, from scripts/widget-kernel.sh), in Debian's Chromium. Prints a markdown
 * table. Not part of `npm test`.
 *
 *   node bench/widgets.mjs [--quick]          (needs `npm run build` first)
 *
 * - bytes: what a page that shows no widget fetches of the widget code (its chunks), and the
 *   gzip size of the widget chunks a page with widgets fetches;
 * - show: on a warm kernel, Run → the slider's handle on screen, against Run → the kernel's
 *   first comm message reaching the page (the floor: nothing can be drawn before it);
 * - drag: a real mouse drag of a slider → the kernel's `observe` callback → the Label it sets
 *   shows the new value, timed from the drag's last pointer move; 100 drags. Beside it, the
 *   floor: a raw WebSocket client sending the same update and timing the label's update back
 *   (bench/lib/raw-widget-drag.mjs). Both on jupyter-server as it ships and on one with
 *   TCP_NODELAY on its WebSockets (server/jupyter-nodelay.py): the first is bounded by
 *   Nagle's algorithm and the delayed ACK, about 40 ms, whatever the page does.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { startStaticServer } from '../test/servers/static.mjs';
import { startJupyter } from '../test/servers/jupyter.mjs';
import { WIDGET_KERNEL, widgetKernelVersions } from '../test/servers/widget-kernel.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../test/servers/chromium.mjs';
import { median, p95, table } from './lib/stats.mjs';
import { rawWidgetDrags } from './lib/raw-widget-drag.mjs';

const root = new URL('..', import.meta.url).pathname;
const quick = process.argv.includes('--quick');
const SHOWS = quick ? 5 : 20;
const DRAGS = quick ? 20 : 100;
const ms = (x) => `${x.toFixed(x < 10 ? 1 : 0)} ms`;

/** The chunks only a widget needs: the manager (libraries, CSS) and the view code. */
const WIDGET_CHUNK = /^(manager|widgets)-[\w-]+\.js$/;

/** The drag's cell: a slider whose `observe` callback writes its value into a Label. */
const DRAG_CELL = `import ipywidgets as w
s = w.IntSlider(value=0, max=100, description="n")
label = w.Label("none")
s.observe(lambda change: setattr(label, "value", f"got {change['new']}"), "value")
w.VBox([s, label])`;

/** Records, in the page, when the kernel's first comm message arrives after `__mark`. */
const COMM_RECORDER = `<script>
  window.__commAt = null; window.__mark = Infinity;
  const Native = WebSocket;
  const decoder = new TextDecoder();
  window.WebSocket = class extends Native {
    constructor(...a) {
      super(...a);
      this.addEventListener('message', (e) => {
        if (window.__commAt !== null || performance.now() < window.__mark) return;
        const text = typeof e.data === 'string' ? e.data : decoder.decode(e.data);
        if (text.includes('"msg_type":"comm_open"') || text.includes('"msg_type": "comm_open"')) window.__commAt = performance.now();
      });
    }
  };
</script>`;

async function main() {
  const jupyter = await startJupyter();
  const nodelay = await startJupyter({ args: [`--config=${root}server/jupyter-nodelay.py`] });
  const web = await startStaticServer({ root, pages: true });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
  const page = async (name, body, head = '', server = jupyter) => {
    const config = `<script type="application/json" data-exec-cell-config>${JSON.stringify({ server: server.url, token: server.token })}</script>`;
    const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title>${config}${head}</head><body>${body}<script src="/dist/exec-cell.js"></script></body></html>`;
    await fetch(new URL(`__pages/${name}`, web.url), { method: 'PUT', body: JSON.stringify({ html }) });
    const p = await browser.newPage();
    await p.goto(new URL(name, web.url).href);
    await p.waitForFunction(() => customElements.get('exec-cell'));
    return p;
  };
  const run = (p, id) => p.evaluate((id) => document.getElementById(id).run(), id);
  const fetched = (p) => p.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name.split('/').pop()));
  /** Real mouse drags of the drag cell's slider, on a page that talks to `server`. */
  const browserDrags = async (server) => {
    const p = await page(`drag-${server.port}.html`, `<exec-cell id="d" kernel="${WIDGET_KERNEL}">${DRAG_CELL}</exec-cell>`, '', server);
    await run(p, 'd');
    await p.waitForFunction(() => document.getElementById('d').shadowRoot.querySelector('.widget')?.shadowRoot?.querySelector('.noUi-handle'));
    await p.evaluate(() => {
      window.__lastMove = 0;
      window.addEventListener('pointermove', () => (window.__lastMove = performance.now()), true);
    });
    const box = (sel) =>
      p.evaluate((sel) => {
        const r = document.getElementById('d').shadowRoot.querySelector('.widget').shadowRoot.querySelector(sel).getBoundingClientRect();
        return { x: r.x, y: r.y, width: r.width, height: r.height };
      }, sel);
    const track = await box('.noUi-target');
    const drags = [];
    for (let i = 0; i < DRAGS; i++) {
      const h = await box('.noUi-handle');
      const from = { x: h.x + h.width / 2, y: h.y + h.height / 2 };
      const to = { x: track.x + track.width * (i % 2 === 0 ? 0.75 : 0.25) + (i % 7), y: from.y };
      const waiting = p.evaluate(
        () =>
          new Promise((resolve) => {
            const root = document.getElementById('d').shadowRoot.querySelector('.widget').shadowRoot;
            const readout = root.querySelector('.widget-readout');
            const before = readout.textContent.trim();
            const check = () => {
              const value = readout.textContent.trim();
              // The slider moved (the page has the new value) and the kernel's label says so.
              if (value !== before && root.textContent.includes(`got ${value}`) && window.__lastMove > 0) {
                observer.disconnect();
                resolve(performance.now() - window.__lastMove);
              }
            };
            const observer = new MutationObserver(check);
            observer.observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
          }),
      );
      await p.mouse.move(from.x, from.y);
      await p.mouse.down();
      await p.mouse.move(to.x, to.y, { steps: 1 });
      await p.mouse.up();
      drags.push(await waiting);
    }
    await p.close();
    return drags;
  };
  try {
    // bytes
    const plain = await page('plain.html', `<exec-cell id="c" kernel="${WIDGET_KERNEL}">print(6 * 7)</exec-cell>`);
    await run(plain, 'c');
    const plainWidgetFiles = (await fetched(plain)).filter((f) => WIDGET_CHUNK.test(f));
    const plainWidgetBytes = plainWidgetFiles.reduce((n, f) => n + readFileSync(`${root}dist/chunks/${f}`).length, 0);
    await plain.close();

    const p = await page(
      'widgets.html',
      `<exec-cell id="s" kernel="${WIDGET_KERNEL}">import ipywidgets as w
w.IntSlider()</exec-cell>`,
      COMM_RECORDER,
    );
    // Warm: the kernel has run once and the widget code is loaded.
    await run(p, 's');
    await p.waitForFunction(() => document.getElementById('s').shadowRoot.querySelector('.widget')?.shadowRoot?.querySelector('.noUi-handle'));
    const widgetFiles = (await fetched(p)).filter((f) => WIDGET_CHUNK.test(f));
    const widgetGzip = widgetFiles.reduce((n, f) => n + gzipSync(readFileSync(`${root}dist/chunks/${f}`)).length, 0);

    // show
    const shown = [];
    const comms = [];
    for (let i = 0; i < SHOWS; i++) {
      const r = await p.evaluate(async () => {
        const cell = document.getElementById('s');
        window.__commAt = null;
        const t0 = performance.now();
        window.__mark = t0;
        const visible = new Promise((resolve) => {
          const look = () => {
            const host = cell.shadowRoot.querySelector('.widget');
            const handle = host?.shadowRoot?.querySelector('.noUi-handle');
            if (handle && handle.getBoundingClientRect().width > 0) resolve(performance.now());
            else requestAnimationFrame(look);
          };
          // The previous run's slider goes when the run starts: look once it has gone.
          cell.shadowRoot.querySelector('[part="output"]').replaceChildren();
          look();
        });
        void cell.run();
        const at = await visible;
        return { shown: at - t0, comm: window.__commAt - t0 };
      });
      shown.push(r.shown);
      comms.push(r.comm);
    }

    // drag, on each server: exec-cell in the page, and the raw client beside it
    const dragRows = [];
    for (const [what, server] of [['jupyter-server as shipped', jupyter], ['TCP_NODELAY on its WebSockets', nodelay]]) {
      const inPage = await browserDrags(server);
      const raw = await rawWidgetDrags(server, WIDGET_KERNEL, DRAG_CELL, DRAGS);
      dragRows.push(
        [`drag → observe → label updated, exec-cell, median / p95 (${DRAGS}; ${what})`, `${ms(median(inPage))} / ${ms(p95(inPage))}`],
        [`same update from a raw WebSocket client, median / p95 (${DRAGS}; ${what})`, `${ms(median(raw))} / ${ms(p95(raw))}`],
      );
    }

    const versions = widgetKernelVersions().split('\n').filter((l) => /^(ipykernel|ipywidgets)==/.test(l)).join(', ');
    console.log(`Jupyter widgets (${versions}; ${browser.version()})\n`);
    console.log(
      table(
        ['measure', 'value'],
        [
          ['widget code fetched by a page with no widget', `${plainWidgetBytes} B (${plainWidgetFiles.length} files)`],
          ['widget chunks, gzip (fetched on the first widget)', `${(widgetGzip / 1024).toFixed(1)} KiB (${widgetFiles.join(', ')})`],
          [`Run → slider visible, warm kernel, median / p95 (${SHOWS})`, `${ms(median(shown))} / ${ms(p95(shown))}`],
          [`Run → kernel's first comm message, median / p95 (${SHOWS})`, `${ms(median(comms))} / ${ms(p95(comms))}`],
          ['slider visible ÷ first comm message (medians; target ≤ 1.5)', (median(shown) / median(comms)).toFixed(2)],
          ...dragRows,
        ],
      ),
    );
  } finally {
    await browser.close();
    await web.close();
    await jupyter.stop();
    await nodelay.stop();
  }
}

await main();
