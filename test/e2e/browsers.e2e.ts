// SPDX-License-Identifier: BSD-3-Clause
// What differed between engines, and must not: Python stopped in every state and by every
// means, the reader's CPU given back when a page is left, input() where the browser has no
// JSPI; and the harness's own guard (requests leaving loopback are seen in every engine).
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchBrowser, type Browser } from '../browsers/index.mjs';
import { coresUsed } from '../servers/cpu.mjs';
import { startStaticServer } from '../servers/static.mjs';
import {
  cell,
  clickRun,
  engine,
  errorsOf,
  messageText,
  openPage,
  outputText,
  outsideRequests,
  pageHtml,
  useBrowser,
  waitForStatus,
  type Page,
} from './helpers.js';

const { context } = useBrowser();

describe('the harness', () => {
  test('a request that leaves loopback reaches the outside server, from the page and from a worker', async () => {
    const page = await openPage(context(), `<p>nothing to run</p>`, { config: null });
    const since = Date.now();
    await page.evaluate(async () => {
      await fetch('http://example.invalid/from-page').catch(() => {});
      const worker = new Worker(URL.createObjectURL(new Blob(["fetch('http://example.invalid/from-worker').finally(() => postMessage('done'))"])));
      await new Promise((resolve) => (worker.onmessage = resolve));
    });
    const seen = await outsideRequests(since);
    expect(seen).toContain('GET http://example.invalid/from-page');
    expect(seen).toContain('GET http://example.invalid/from-worker');
  });
});

describe('Stop in every state of Python in the page', () => {
  test('Stop while Python is still starting: the code never runs, and the next cell does', async () => {
    const page = await openPage(
      context(),
      `<exec-cell id="loop">print("started")\nwhile True: pass</exec-cell><exec-cell id="next">print("next ran")</exec-cell>`,
      { config: null },
    );
    const done = page.evaluate(
      () => new Promise<{ status: string }>((r) => document.getElementById('loop')!.addEventListener('exec-cell-done', (e) => r((e as CustomEvent).detail), { once: true })),
    );
    await cell(page, 'loop').locator('[part="run-button"]').click();
    await waitForStatus(page, 'loop', 'connecting');
    await cell(page, 'loop').locator('[part="interrupt-button"]').click();
    expect((await done).status).toBe('aborted');
    await waitForStatus(page, 'loop', 'idle');
    expect(await outputText(page, 'loop')).toBe('');
    const next = await clickRun(page, 'next');
    expect(next.status).toBe('ok');
    expect(await outputText(page, 'next')).toBe('next ran\n');
    // The loop never ran: the interpreter is free, not busy behind it.
    expect(await cell(page, 'loop').getAttribute('status')).toBe('idle');
    expect(await errorsOf(page)).toEqual([]);
  });
});

describe('input() in every engine', () => {
  test('input() waits for the reader, also without JSPI (the service worker carries the answer)', async () => {
    const page = await openPage(context(), `<exec-cell id="c">name = input("Name? ")\nprint("hello", name)</exec-cell>`, { config: null });
    const done = clickRun(page, 'c', 90_000);
    const box = cell(page, 'c').locator('[part="output"] input[type="text"]');
    // The box comes once Python has booted: 11 s in WebKit on an idle machine, over 30 s in CI.
    await box.waitFor({ timeout: 90_000 });
    await box.fill('Ada');
    await box.press('Enter');
    expect((await done).status).toBe('ok');
    expect(await outputText(page, 'c')).toContain('hello Ada');
  }, 180_000);
});

/** A browser on a blank page uses less than this share of a core (a spinning worker, about 1). */
const QUIET = 0.1;

describe('the reader’s CPU after Python is stopped or left', () => {
  // A browser of this test's own, so that its processes are this test's alone.
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser(engine(), engine() === 'webkit' ? inject('browserEndpoint') : undefined, { proxy: inject('outsideProxy') });
  });
  afterAll(() => browser?.close());

  /**
   * Leave the page, then watch the browser's CPU in one-second windows: the lowest share of a
   * core it used in a window within 30 s. Work that ends (a spare interpreter finishing its
   * boot, the page's own teardown) lets a quiet window come; a Python loop left spinning
   * keeps every window near a whole core. (15 s was too short for a WebKit spare's boot beside
   * another test file on CI's two cores: its quietest window was 0.17 of a core.)
   */
  async function quietAfterLeaving(page: Page): Promise<number> {
    await page.goto('about:blank');
    let lowest = Infinity;
    for (let i = 0; i < 30 && lowest >= QUIET; i++) lowest = Math.min(lowest, await coresUsed(browser.pids(), 1000));
    return lowest;
  }

  test('a Python loop the reader leaves running stops with the page', async () => {
    const ctx = await browser.newContext();
    try {
      const page = await ctx.newPage();
      await page.goto(await servePageFor(`<exec-cell id="c">while True: pass</exec-cell>`));
      await page.waitForFunction(() => customElements.get('exec-cell') !== undefined);
      await cell(page, 'c').locator('[part="run-button"]').click();
      await waitForStatus(page, 'c', 'busy', 60_000);
      await page.waitForTimeout(500);
      expect(await quietAfterLeaving(page)).toBeLessThan(QUIET);
    } finally {
      await ctx.close();
    }
  }, 120_000);

  test('code that swallows KeyboardInterrupt: Stop restarts Python, and the old worker stops burning a core', async () => {
    const ctx = await browser.newContext();
    try {
      const page = await ctx.newPage();
      const stubborn = 'while True:\n    try:\n        while True: pass\n    except KeyboardInterrupt:\n        pass';
      await page.goto(await servePageFor(`<exec-cell id="c">${stubborn}</exec-cell>`));
      await page.waitForFunction(() => customElements.get('exec-cell') !== undefined);
      const done = page.evaluate(
        () => new Promise<{ status: string }>((r) => document.getElementById('c')!.addEventListener('exec-cell-done', (e) => r((e as CustomEvent).detail), { once: true })),
      );
      await cell(page, 'c').locator('[part="run-button"]').click();
      await waitForStatus(page, 'c', 'busy', 60_000);
      await cell(page, 'c').locator('[part="interrupt-button"]').click();
      expect((await done).status).toBe('aborted');
      expect(await messageText(page, 'c')).toContain('Python was restarted');
      expect(await quietAfterLeaving(page)).toBeLessThan(QUIET);
    } finally {
      await ctx.close();
    }
  }, 120_000);
});

describe('a site that does not serve exec-cell’s service worker', () => {
  let server: Awaited<ReturnType<typeof startStaticServer>>;
  beforeAll(async () => {
    server = await startStaticServer({
      root: process.cwd(),
      pages: true,
      inject: '<script src="/test/browsers/recorder.js"></script>',
      routes: {
        '/dist/exec-cell-sw.js': (_req, res) => {
          res.statusCode = 404;
          res.end('not found');
        },
      },
    });
  });
  afterAll(() => server?.close());

  test('Stop still works, by restarting Python, and says what that cost', async () => {
    const path = `no-sw-${process.pid}-${Date.now()}.html`;
    await fetch(new URL(`__pages/${path}`, server.url), {
      method: 'PUT',
      body: JSON.stringify({ html: pageHtml(`<exec-cell id="c">kept = 1\nwhile True: pass</exec-cell>`, { config: null }) }),
    });
    const page = await context().newPage();
    await page.goto(new URL(path, server.url).href);
    await page.waitForFunction(() => customElements.get('exec-cell') !== undefined);
    const done = clickRun(page, 'c', 60_000);
    await waitForStatus(page, 'c', 'busy', 60_000);
    await cell(page, 'c').locator('[part="interrupt-button"]').click();
    expect((await done).status).toBe('aborted');
    await page.waitForFunction(() => document.getElementById('c')!.shadowRoot!.querySelector('[part="message"]'));
    expect(await messageText(page, 'c')).toMatch(/Stopped by restarting Python.*variables from earlier runs are lost/s);
  });
});

/** A test page on the shared static server, for a browser of the test's own. */
async function servePageFor(body: string): Promise<string> {
  const path = `e2e/own-${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2)}.html`;
  const r = await fetch(new URL(`__pages/${path}`, inject('webUrl')), { method: 'PUT', body: JSON.stringify({ html: pageHtml(body, { config: null }) }) });
  expect(r.ok).toBe(true);
  return new URL(path, inject('webUrl')).href;
}
