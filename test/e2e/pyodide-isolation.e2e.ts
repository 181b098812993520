// SPDX-License-Identifier: BSD-3-Clause
// Python in the browser on a cross-origin isolated page (COOP + COEP on the page and on the
// worker's script): Stop and a cell's timeout raise KeyboardInterrupt through the interrupt
// buffer, and the interpreter keeps its variables; a Stop that Python takes without raising is
// sent again. A second static server sends the headers.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startStaticServer } from '../servers/static.mjs';
import { cell, clickRun, messageText, outputText, pageHtml, waitForStatus, closeBrowser, connectBrowser, type Browser, type Context, type Page } from './helpers.js';

const ISOLATION = { 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp' };

const BODY = `
<exec-cell id="set">kept = "still here"</exec-cell>
<exec-cell id="loop">while True: pass</exec-cell>
<exec-cell id="get">print(kept)</exec-cell>
<exec-cell id="timeout" timeout="1">n = 0
while True: n += 1</exec-cell>
<exec-cell id="after">print(kept, n &gt; 0)</exec-cell>
<exec-cell id="first-lost">import signal
calls = 0
def lose_the_first(signum, frame):
    global calls
    calls += 1
    if calls == 2:
        raise KeyboardInterrupt
signal.signal(signal.SIGINT, lose_the_first)
while True: pass</exec-cell>
<exec-cell id="calls">print(calls &gt;= 2, kept)</exec-cell>
`;

let server: Awaited<ReturnType<typeof startStaticServer>>;
let browser: Browser;
let context: Context;
let page: Page;

beforeAll(async () => {
  server = await startStaticServer({ root: process.cwd(), pages: true, headers: () => ISOLATION });
  const stored = await fetch(new URL('__pages/isolated.html', server.url), {
    method: 'PUT',
    body: JSON.stringify({ html: pageHtml(BODY, { config: null }), headers: ISOLATION }),
  });
  expect(stored.ok).toBe(true);
  browser = await connectBrowser();
  context = await browser.newContext();
  page = await context.newPage();
  await page.goto(new URL('isolated.html', server.url).href);
  await page.waitForFunction(() => customElements.get('exec-cell') !== undefined);
});

afterAll(async () => {
  await context?.close();
  await closeBrowser();
  await server?.close();
});

describe('stopping code on a cross-origin isolated page', () => {
  test('the page is isolated (else this file would test nothing new)', async () => {
    expect(await page.evaluate(() => crossOriginIsolated)).toBe(true);
  });

  test('Stop raises KeyboardInterrupt in `while True: pass`, and the variables stay', async () => {
    await clickRun(page, 'set');
    const done = clickRun(page, 'loop');
    await waitForStatus(page, 'loop', 'busy');
    await cell(page, 'loop').locator('[part="interrupt-button"]').click();
    const result = await done;
    expect(result.status).toBe('aborted');
    const text = await outputText(page, 'loop');
    expect(text).toMatch(/File "<cell-\d+>", line 1, in <module>\n\s+while True: pass/);
    expect(text).toContain('KeyboardInterrupt');
    // No restart, so nothing to warn about.
    expect(await messageText(page, 'loop')).toBe('');
    await clickRun(page, 'get');
    expect(await outputText(page, 'get')).toBe('still here\n');
  });

  test('a cell’s timeout interrupts the same way and says why', async () => {
    const result = await clickRun(page, 'timeout');
    expect(result.status).toBe('aborted');
    expect(await messageText(page, 'timeout')).toContain('Stopped after 1 s');
    expect(await outputText(page, 'timeout')).toContain('KeyboardInterrupt');
    await clickRun(page, 'after');
    expect(await outputText(page, 'after')).toBe('still here True\n');
  });

  // Python can take the flag and lose the signal (seen under load: the loop went on). Here the
  // code's own SIGINT handler ignores the first one, which looks the same from the page.
  test('a Stop that does not raise is sent again: the code stops and keeps its variables', async () => {
    const done = clickRun(page, 'first-lost');
    await waitForStatus(page, 'first-lost', 'busy');
    await cell(page, 'first-lost').locator('[part="interrupt-button"]').click();
    const result = await done;
    expect(result.status).toBe('aborted');
    expect(await outputText(page, 'first-lost')).toContain('KeyboardInterrupt');
    expect(await messageText(page, 'first-lost')).toBe('');
    await clickRun(page, 'calls');
    expect(await outputText(page, 'calls')).toBe('True still here\n');
  });
});
