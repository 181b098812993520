// SPDX-License-Identifier: BSD-3-Clause
// The second visit: the first stores a snapshot of the booted interpreter in Cache Storage,
// the next starts from it; a tampered entry is refused and replaced; a page can opt out.
// Each test has a fresh context (empty storage), and fails on any request leaving loopback.
import { afterEach, beforeEach, expect, test } from 'vitest';
import { clickRun, openPage, outputText, outsideRequests, useBrowser, type Page } from './helpers.js';

const { context } = useBrowser();

/** Records each Python worker's `ready` (how it used the cache) and when the first run ended. */
const RECORD = `<script>
  window.__ready = [];
  const Native = window.Worker;
  window.Worker = class extends Native {
    constructor(url, options) {
      super(url, options);
      this.addEventListener('message', (e) => {
        if (e.data && e.data.t === 'ready') window.__ready.push({ snapshot: e.data.snapshot, problem: e.data.snapshotProblem || '' });
      });
    }
  };
  addEventListener('exec-cell-done', () => (window.__doneAt ??= performance.now()), true);
</script>`;

const BODY = `<exec-cell id="c">import json
print(json.dumps({"answer": 42}))</exec-cell>`;

type Ready = { snapshot: string; problem: string };
const ready = (page: Page) => page.evaluate(() => (window as unknown as { __ready: Ready[] }).__ready);
/** Navigation start → the first run's end, in ms (the page's own clock). */
const firstRunAt = (page: Page) => page.evaluate(() => (window as unknown as { __doneAt: number }).__doneAt);

/** The stored snapshots: their URLs, sizes, and whether each body still has the SHA-256 it was stored with. */
function entries(page: Page) {
  return page.evaluate(async () => {
    const cache = await caches.open('exec-cell-pyodide');
    const out: Array<{ url: string; size: number; intact: boolean }> = [];
    for (const request of await cache.keys()) {
      const response = (await cache.match(request))!;
      const bytes = await response.arrayBuffer();
      const hash = Array.from(new Uint8Array(await crypto.subtle.digest('SHA-256', bytes)), (b) => b.toString(16).padStart(2, '0')).join('');
      out.push({ url: request.url, size: bytes.byteLength, intact: hash === response.headers.get('x-exec-cell-sha256') });
    }
    return out;
  });
}

async function visit(options: { path: string; scriptAttributes?: string }): Promise<Page> {
  const page = await openPage(context(), BODY, { config: null, head: RECORD, ...options });
  expect((await clickRun(page, 'c', 90_000)).status).toBe('ok');
  expect(await outputText(page, 'c')).toBe('{"answer": 42}\n');
  return page;
}

let since = 0;
beforeEach(() => {
  since = Date.now();
});
afterEach(async () => {
  expect(await outsideRequests(since)).toEqual([]);
});

test('the first visit stores a snapshot of the booted Python; the second starts from it, sooner; a tampered one is refused and replaced', async () => {
  // One story in three visits (a cold boot costs up to a minute in WebKit on two busy cores).
  const path = `e2e/cache-${process.pid}-${Date.now()}.html`;
  const first = await visit({ path });
  expect((await ready(first))[0]).toEqual({ snapshot: 'stored', problem: '' });
  await expect.poll(async () => (await entries(first)).length, { timeout: 30_000 }).toBeGreaterThan(0);
  const [entry] = await entries(first);
  expect(entry!.url).toMatch(/\/dist\/pyodide\/exec-cell-snapshot\/\d+\.\d+\.\d+\/(no-)?jspi\/none\.bin$/);
  expect(entry!.intact).toBe(true);
  // The spare boots once the snapshot is stored, from it: no second cold start on a first visit.
  await expect.poll(async () => (await ready(first)).map((r) => r.snapshot), { timeout: 60_000 }).toEqual(['stored', 'loaded']);
  const firstTime = await firstRunAt(first);
  await first.close();

  const second = await visit({ path });
  expect((await ready(second))[0]).toEqual({ snapshot: 'loaded', problem: '' });
  const secondTime = await firstRunAt(second);
  // The bench measures the ratio on a quiet machine; here it only has to be faster.
  expect(secondTime).toBeLessThan(firstTime);
  // State and output work as ever on a restored interpreter.
  expect((await clickRun(second, 'c')).executionCount).toBe(2);
  // The spare interpreter (booted once the first is up) starts from the snapshot too.
  await expect.poll(async () => (await ready(second)).map((r) => r.snapshot), { timeout: 60_000 }).toEqual(['loaded', 'loaded']);
  expect((await entries(second)).map((e) => e.intact)).toEqual([true]);
  await second.close();

  // Change the stored bytes from a page of the same site where no Python runs.
  const blank = await openPage(context(), '<p>no cells</p>', { config: null });
  await blank.evaluate(async () => {
    const cache = await caches.open('exec-cell-pyodide');
    for (const request of await cache.keys()) {
      const response = (await cache.match(request))!;
      const bytes = new Uint8Array(await response.arrayBuffer());
      bytes[bytes.length >> 1] ^= 0xff;
      await cache.put(request, new Response(bytes, { headers: response.headers }));
    }
  });
  expect((await entries(blank)).map((e) => e.intact)).toEqual([false]);
  await blank.close();

  const third = await visit({ path });
  expect((await ready(third))[0]).toEqual({ snapshot: 'stored', problem: 'its bytes are not those it was stored with' });
  await expect.poll(async () => (await entries(third)).map((e) => e.intact), { timeout: 30_000 }).toEqual([true]);
  await third.close();
}, 360_000);

test('data-pyodide-cache="off" stores nothing', async () => {
  const page = await visit({ path: `e2e/cache-off-${process.pid}-${Date.now()}.html`, scriptAttributes: 'data-pyodide-cache="off"' });
  await expect.poll(async () => (await ready(page)).length, { timeout: 60_000 }).toBe(2);
  expect((await ready(page)).map((r) => r.snapshot)).toEqual(['off', 'off']);
  await page.waitForTimeout(500);
  expect(await entries(page)).toEqual([]);
  await page.close();
}, 180_000);
