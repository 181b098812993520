// SPDX-License-Identifier: BSD-3-Clause
// Pages written for Thebe, ThebeLab and Juniper, switched by changing their script tag: their
// globals, their config (as page defaults that the site owner's script tag overrides) and
// their markup, as a reader sees them. Cells run on the browser's Python (data-backend).
import { describe, expect, test } from 'vitest';
import { cell, cellsDrawn, clickRun, errorsOf, outputText, servePage, trackErrors, useBrowser, type Page } from './helpers.js';

const { context } = useBrowser();
/** A test that starts the browser's Python: a cold start takes a minute in WebKit on a busy CI machine. */
const COLD_START = 180_000;

let pagesMade = 0;
/**
 * A page with exec-cell's script tag where the old library's was: in the head, before the
 * page's own scripts that call the library's globals.
 */
async function openLegacyPage(head: string, body: string, scriptAttributes = 'data-backend="pyodide"'): Promise<Page> {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>legacy page</title>${head}
<script src="/dist/exec-cell.js" ${scriptAttributes}></script></head><body>${body}</body></html>`;
  const page = await context().newPage();
  trackErrors(page);
  await page.goto(await servePage(html, `e2e/compat-${process.pid}-${++pagesMade}.html`));
  return page;
}

/**
 * Wait for the cell `id` to be there and upgraded: the compat layer makes `<exec-cell>`
 * elements from the page's markup, possibly before the element's code has arrived (their
 * `code` is then not there yet; CI once read it too early).
 */
async function upgraded(page: Page, id: string): Promise<void> {
  await cell(page, id).waitFor();
  await cellsDrawn(page);
}

/**
 * A Thebe page as Thebe's docs write one: a Binder config that waits for a button
 * (`bootstrap: false`), its own selector, prompts to strip, predefined output, and a status
 * field fed by `thebe.events.on('status', …)`.
 */
const THEBE_HEAD = `
<script type="text/x-thebe-config">
  {
    bootstrap: false,
    selector: '.cell, [data-executable]',
    binderOptions: { repo: 'binder-examples/requirements', ref: 'master' },
    kernelOptions: { name: 'python3' },
    stripPrompts: { inPrompt: '>>> ', continuationPrompt: '... ', selector: '.doctest' },
  }
</script>`;
const THEBE_BODY = `
<p>Status: <span id="status">off</span></p>
<button id="activate" onclick="thebelab.bootstrap().then(function (cells) { document.getElementById('activate').textContent = 'activated ' + cells.length; })">Activate</button>
<div class="cell" id="a" data-readonly="false">
x = 6 * 7
print("x is", x)
</div>
<pre data-output id="a-out">x is 42 (from the page)</pre>
<pre class="cell" id="ro" data-readonly>print("read only")</pre>
<pre class="doctest" id="dt">
>>> y = 2
>>> for i in range(2):
...     y += i
>>> y
3
</pre>
<script>
  window.statuses = [];
  thebe.events.on('status', function (evt, data) {
    window.statuses.push(data.status);
    document.getElementById('status').textContent = data.status;
  });
</script>`;

describe('Thebe and ThebeLab pages', () => {
  test('bootstrap: false waits for thebelab.bootstrap(); the script tag’s backend wins over the Binder config', async () => {
    const page = await openLegacyPage(THEBE_HEAD, THEBE_BODY);
    await page.waitForFunction(() => customElements.get('exec-cell') !== undefined);
    // Nothing is upgraded before the page asks.
    expect(await page.locator('exec-cell').count()).toBe(0);
    await page.click('#activate');
    await page.waitForFunction(() => document.getElementById('activate')!.textContent === 'activated 3');
    // The selector found the div and the pre; the doctest's prompts and output were stripped.
    const codes = await page.evaluate(() => [...document.querySelectorAll('exec-cell')].map((c) => (c as HTMLElement & { code: string }).code));
    expect(codes).toEqual(['x = 6 * 7\nprint("x is", x)', 'print("read only")', 'y = 2\nfor i in range(2):\n    y += i\ny']);
    // data-readonly="false" is editable, as Thebe reads it; data-readonly is read-only.
    expect(await cell(page, 'a').getAttribute('readonly')).toBeNull();
    expect(await cell(page, 'ro').getAttribute('readonly')).toBe('');
    // The page's own output shows until the first run.
    expect(await page.locator('#a-out').isVisible()).toBe(true);
    const done = await clickRun(page, 'a', 170_000);
    expect(done.status).toBe('ok');
    expect(await outputText(page, 'a')).toBe('x is 42\n');
    expect(await page.locator('#a-out').isVisible()).toBe(false);
    await page.evaluate(() => (document.querySelectorAll('exec-cell')[2]!.id = 'dt-1'));
    await clickRun(page, 'dt-1');
    expect(await outputText(page, 'dt-1')).toBe('3');
    // Ran in the page (Pyodide), not on Binder: the repo in the config did not win.
    expect(await page.locator('#status').innerText()).toBe('idle');
    const statuses = await page.evaluate(() => (window as unknown as { statuses: string[] }).statuses);
    expect(statuses).toEqual(expect.arrayContaining(['starting', 'ready', 'busy', 'idle']));
    expect(await errorsOf(page)).toEqual([]);
  }, COLD_START);

  test('Thebe’s default selector takes any element with data-executable, without a config or a call', async () => {
    const page = await openLegacyPage('', `<div data-executable="true" data-readonly="false" id="d">print(2)</div><span data-executable id="s">1 + 1</span>`);
    await upgraded(page, 's');
    expect(await page.evaluate(() => [...document.querySelectorAll('exec-cell')].map((c) => [c.id, (c as HTMLElement & { code: string }).code]))).toEqual([
      ['d', 'print(2)'],
      ['s', '1 + 1'],
    ]);
    expect(await cell(page, 'd').getAttribute('readonly')).toBeNull();
    expect(await errorsOf(page)).toEqual([]);
  }, COLD_START);
});

describe('Juniper pages', () => {
  test('new Juniper({...}) upgrades its cells with its options and tells its events', async () => {
    const page = await openLegacyPage(
      '',
      `<pre data-executable id="j1">
    a = 20
    print("a is", a)
</pre>
<pre data-executable data-language="python" id="j2">a + 22</pre>
<script>
  window.events = [];
  document.addEventListener('juniper', function (e) { window.events.push(e.detail.status); });
  window.juniper = new Juniper({ repo: 'ines/juniper', isolateCells: false });
</script>`,
    );
    await upgraded(page, 'j2');
    // Juniper's reading of the code (the text, trimmed), its common indentation removed;
    // not isolated, as the page asked.
    expect(await page.evaluate(() => (document.getElementById('j1') as HTMLElement & { code: string }).code)).toBe('a = 20\nprint("a is", a)');
    expect(await cell(page, 'j1').getAttribute('isolated')).toBeNull();
    await clickRun(page, 'j1', 170_000);
    expect(await outputText(page, 'j1')).toBe('a is 20\n');
    await clickRun(page, 'j2');
    expect(await outputText(page, 'j2')).toBe('42');
    expect(await page.evaluate(() => (window as unknown as { events: string[] }).events)).toEqual(
      expect.arrayContaining(['requesting-kernel', 'ready', 'executing']),
    );
    expect(await errorsOf(page)).toEqual([]);
  }, COLD_START);
});
