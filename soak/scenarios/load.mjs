// SPDX-License-Identifier: BSD-3-Clause
/**
 * Load: 100 cells of one page run at once on one kernel (each output in its own cell, in the
 * order they were started); 20 pages (browser contexts) at once against one Jupyter server.
 */
import { within } from '../harness.mjs';

export async function hundredCells(h, backend, report) {
  const row = report.row('100 cells at once, one page', backend);
  const on = await h.on(backend);
  const cells = Array.from({ length: 100 }, (_, i) => ({ id: `c${i}`, code: `print("cell ${i}")` }));
  const p = await h.openCells(cells, on);
  try {
    const t0 = Date.now();
    await p.page.evaluate(() => { for (let i = 0; i < 100; i++) window.soak.start(`c${i}`); });
    await within(180_000, p.waitFor(() => Array.from({ length: 100 }, (_, i) => window.soak.results[`c${i}`]).every((r) => r?.done), undefined, 180_000), '100 runs');
    const all = Date.now() - t0;
    const shown = await p.page.evaluate(() =>
      Array.from({ length: 100 }, (_, i) => ({ out: window.soak.seen(`c${i}`).output.trim(), r: window.soak.results[`c${i}`] })),
    );
    const counts = await p.page.evaluate(() => Array.from({ length: 100 }, (_, i) => document.getElementById(`c${i}`).shadowRoot.querySelector('[part~="count"], [part~="execution-count"]')?.textContent ?? ''));
    shown.forEach((s, i) => {
      if (s.r.result?.status !== 'ok') throw new Error(`cell ${i} ended ${JSON.stringify(s.r)}`);
      if (s.out !== `cell ${i}`) throw new Error(`cell ${i} shows ${JSON.stringify(s.out)}`);
    });
    const numbers = counts.map((c) => Number(c.replace(/\D/g, ''))).filter((n) => n > 0);
    if (numbers.length === 100 && numbers.some((n, i) => i > 0 && n <= numbers[i - 1])) throw new Error(`execution counts out of order: ${numbers.join(',')}`);
    row.recovery(all);
    row.ok(`all 100 in ${all} ms; longest main-thread task ${Math.round(await p.longestTask())} ms`);
  } catch (e) {
    row.fail(e, null);
  } finally {
    await p.close();
  }
}

export async function twentyPages(h, backend, report) {
  const row = report.row('20 pages at once, one server', backend);
  const pages = [];
  try {
    for (let i = 0; i < 20; i++) pages.push(await h.openCells([{ id: 't', code: `import time\ntime.sleep(0.5)\nprint("page ${i}")` }], await h.on('jupyter')));
    const t0 = Date.now();
    await Promise.all(pages.map((p) => p.start('t')));
    const ended = await within(180_000, Promise.all(pages.map((p) => p.settled('t', 180_000))), '20 pages');
    const all = Date.now() - t0;
    for (const [i, p] of pages.entries()) {
      const seen = await p.seen('t');
      if (ended[i].result?.status !== 'ok' || seen.output.trim() !== `page ${i}`) throw new Error(`page ${i}: ${JSON.stringify({ r: ended[i], seen })}`);
    }
    const longest = Math.max(...(await Promise.all(pages.map((p) => p.longestTask()))));
    row.recovery(all);
    row.ok(`all 20 in ${all} ms; longest main-thread task ${Math.round(longest)} ms`);
  } catch (e) {
    row.fail(e, null);
  } finally {
    for (const p of pages) await p.close();
  }
}
