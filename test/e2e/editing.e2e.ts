// SPDX-License-Identifier: BSD-3-Clause
// The reader's code: read from the page, edited, kept across reloads, restored by Reset.
import { describe, expect, test } from 'vitest';
import { cell, clickRun, editCode, openPage, outputText, holdRequests, pageHtml, servePage, useBrowser } from './helpers.js';

const { context } = useBrowser();

const codeOf = (id: string) => (document.getElementById(id) as HTMLElement & { code: string }).code;

describe('the code in a cell', () => {
  test('is set in a monospace font on the editor background, before and after the editor exists; a page may change both', async () => {
    // The public custom properties were aliased on the same element as the values reading them:
    // a cycle, which CSS drops, so the code showed in the page's sans-serif on no background.
    const page = await openPage(
      context(),
      `<style>#styled { --exec-cell-mono: "DejaVu Serif"; --exec-cell-editor-bg: rgb(1, 2, 3); }</style>
       <exec-cell id="plain">x = 1</exec-cell><exec-cell id="styled">y = 2</exec-cell>`,
    );
    const look = (id: string) =>
      page.evaluate((id) => {
        const root = document.getElementById(id)!.shadowRoot!;
        const code = root.querySelector('.cm-content') ?? root.querySelector('pre.placeholder')!;
        return { font: getComputedStyle(code).fontFamily, bg: getComputedStyle(root.querySelector('[part="editor"]')!).backgroundColor };
      }, id);
    for (const editor of [false, true]) {
      if (editor) {
        for (const id of ['plain', 'styled']) {
          await cell(page, id).locator('pre.placeholder').focus();
          await cell(page, id).locator('.cm-content').waitFor();
        }
      }
      expect(await look('plain'), `editor: ${editor}`).toEqual({ font: expect.stringMatching(/Liberation Mono/), bg: 'rgb(246, 248, 250)' });
      expect(await look('styled'), `editor: ${editor}`).toEqual({ font: '"DejaVu Serif"', bg: 'rgb(1, 2, 3)' });
    }
  });

  test('comes from text content, a <pre> child or a <script type="text/plain"> child, dedented', async () => {
    const page = await openPage(
      context(),
      `<div>
        <exec-cell id="text">
            for i in range(2):
                print(i &lt; 5)
        </exec-cell>
        <exec-cell id="pre"><pre>
          x = 1
          print(x)
        </pre></exec-cell>
        <exec-cell id="raw"><script type="text/plain">
          print("<b>" if 1 < 2 else "")
        </script></exec-cell>
      </div>`,
    );
    expect(await page.evaluate(codeOf, 'text')).toBe('for i in range(2):\n    print(i < 5)');
    expect(await page.evaluate(codeOf, 'pre')).toBe('x = 1\nprint(x)');
    expect(await page.evaluate(codeOf, 'raw')).toBe('print("<b>" if 1 < 2 else "")');
    await clickRun(page, 'raw');
    expect(await outputText(page, 'raw')).toBe('<b>\n');
  });

  test('the code shows at once as text, before the editor has loaded', async () => {
    const ctx = context();
    const page = await ctx.newPage();
    // Hold the editor chunk back: the code must be readable meanwhile.
    const { dist, release } = await holdRequests(/\/chunks\/setup-.*\.js$/);
    const url = await servePage(pageHtml(`<exec-cell id="c">print("visible")</exec-cell>`, { dist }), `e2e/early-${process.pid}.html`);
    await page.goto(url);
    await page.waitForFunction(() => customElements.get('exec-cell'));
    const placeholder = cell(page, 'c').locator('[part="editor"] .placeholder');
    await placeholder.waitFor();
    expect(await placeholder.innerText()).toBe('print("visible")');
    // Running works before the editor is there.
    await clickRun(page, 'c');
    expect(await outputText(page, 'c')).toBe('visible\n');
    // The code is coloured like the editor colours it, without an editor.
    await cell(page, 'c').locator('.placeholder .tok-function').waitFor();
    expect(await cell(page, 'c').locator('.placeholder .tok-string').innerText()).toBe('"visible"');
    expect(await cell(page, 'c').locator('.cm-editor').count()).toBe(0);
    await release();
    await editCode(page, 'c');
    expect(await cell(page, 'c').locator('.cm-content .tok-string').innerText()).toBe('"visible"');
  });

  test('a reader who points at a cell and clicks Run gets the output before the editor downloads; the editor comes after the run', async () => {
    const ctx = context();
    const page = await ctx.newPage();
    const url = await servePage(pageHtml(`<exec-cell id="c">print("first")</exec-cell>`), `e2e/run-first-${process.pid}.html`);
    await page.goto(url);
    await page.waitForFunction(() => customElements.get('exec-cell'));
    // The moment the run ends, before anything else on the page hears of it (window, capture).
    await page.evaluate(() => window.addEventListener('exec-cell-done', () => ((window as unknown as { doneAt: number }).doneAt = performance.now()), true));
    // The pointer passes over the cell on its way to Run: a sign the reader may edit next.
    await cell(page, 'c').locator('[part="editor"]').hover();
    await clickRun(page, 'c');
    expect(await outputText(page, 'c')).toBe('first\n');
    const editorFetchedAt = () =>
      page.evaluate(() => performance.getEntriesByType('resource').find((e) => /\/chunks\/setup-[^/]*\.js$/.test(e.name))?.startTime ?? null);
    // Fetched once the run has ended (a second's grace after the pointer, then the run's end)…
    await page.waitForFunction(() => performance.getEntriesByType('resource').some((e) => /\/chunks\/setup-[^/]*\.js$/.test(e.name)), undefined, { timeout: 15_000 });
    // …and not before: it did not compete with the run for the network. (At the same moment
    // at the earliest: Firefox's clock here counts whole milliseconds.)
    expect(await editorFetchedAt()).toBeGreaterThanOrEqual(await page.evaluate(() => (window as unknown as { doneAt: number }).doneAt));
    await page.close();
  });

  test('typing before the editor has loaded is kept when the editor takes over', async () => {
    const page = await context().newPage();
    const { dist, release } = await holdRequests(/\/chunks\/setup-.*\.js$/);
    const url = await servePage(pageHtml(`<exec-cell id="c">print(1)</exec-cell>`, { dist }), `e2e/early-typing-${process.pid}.html`);
    await page.goto(url);
    await page.waitForFunction(() => customElements.get('exec-cell'));
    const placeholder = cell(page, 'c').locator('[part="editor"] .placeholder');
    await placeholder.click();
    await page.keyboard.press('End');
    await page.keyboard.type(' ; x = 2');
    expect(await page.evaluate(codeOf, 'c')).toBe('print(1) ; x = 2');
    await release();
    await cell(page, 'c').locator('.cm-content').waitFor();
    // The editor starts from what was typed, with the caret where it was: typing goes on.
    await page.keyboard.type('3');
    expect(await page.evaluate(codeOf, 'c')).toBe('print(1) ; x = 23');
    expect(await cell(page, 'c').locator('.placeholder').count()).toBe(0);
  });

  test('edits survive a reload; Reset restores the author’s code', async () => {
    const path = `e2e/persist-${process.pid}.html`;
    const body = `<exec-cell id="c">print("original")</exec-cell><exec-cell id="d">print("other")</exec-cell>`;
    const page = await openPage(context(), body, { path });
    await editCode(page, 'c');
    await page.keyboard.press('Control+a');
    await page.keyboard.type('print("edited")');
    expect(await cell(page, 'c').locator('[part="reset-button"]').count()).toBe(1);
    await page.reload();
    await page.waitForFunction(() => customElements.get('exec-cell'));
    expect(await page.evaluate(codeOf, 'c')).toBe('print("edited")');
    expect(await page.evaluate(codeOf, 'd')).toBe('print("other")');
    // (WebKit's innerText ends a block's text with a line break; the others do not.)
    expect((await cell(page, 'c').locator('[part="editor"]').innerText()).trimEnd()).toBe('print("edited")');
    await clickRun(page, 'c');
    expect(await outputText(page, 'c')).toBe('edited\n');
    await cell(page, 'c').locator('[part="reset-button"]').click();
    expect(await page.evaluate(codeOf, 'c')).toBe('print("original")');
    expect(await cell(page, 'c').locator('[part="reset-button"]').count()).toBe(0);
    await page.reload();
    await page.waitForFunction(() => customElements.get('exec-cell'));
    expect(await page.evaluate(codeOf, 'c')).toBe('print("original")');
  });

  test('cells with the same code keep their own edits (a cell is known by its place on the page)', async () => {
    const path = `e2e/persist-same-${process.pid}.html`;
    const same = (id: string) => `<exec-cell id="${id}">print("same")</exec-cell>`;
    const page = await openPage(context(), ['a', 'b', 'c'].map(same).join(''), { path });
    await page.evaluate(() => ((document.getElementById('b') as HTMLElement & { code: string }).code = 'print("only b")'));
    await page.reload();
    await page.waitForFunction(() => customElements.get('exec-cell'));
    expect(await Promise.all(['a', 'b', 'c'].map((id) => page.evaluate(codeOf, id)))).toEqual(['print("same")', 'print("only b")', 'print("same")']);
    // A cell the page adds later is known by its place too, and starts from its author's code.
    await page.evaluate(() => document.body.insertAdjacentHTML('beforeend', '<exec-cell id="d">print("same")</exec-cell>'));
    await page.waitForFunction(() => (document.getElementById('d') as HTMLElement & { code: string } | null)?.code === 'print("same")');
  });

  test('when the author changes the original, the new original wins over an old edit', async () => {
    const path = `e2e/persist-author-${process.pid}.html`;
    const page = await openPage(context(), `<exec-cell id="c">print("v1")</exec-cell>`, { path });
    await page.evaluate(() => ((document.getElementById('c') as HTMLElement & { code: string }).code = 'print("mine")'));
    await page.reload();
    await page.waitForFunction(() => customElements.get('exec-cell'));
    expect(await page.evaluate(codeOf, 'c')).toBe('print("mine")');
    await servePage(pageHtml(`<exec-cell id="c">print("v2")</exec-cell>`), path);
    await page.reload();
    await page.waitForFunction(() => customElements.get('exec-cell'));
    expect(await page.evaluate(codeOf, 'c')).toBe('print("v2")');
  });

  test('persist="off" keeps nothing; readonly cells cannot be edited but run', async () => {
    const path = `e2e/persist-off-${process.pid}.html`;
    const page = await openPage(
      context(),
      `<exec-cell id="c" persist="off">print(1)</exec-cell><exec-cell id="r" readonly>print("ro")</exec-cell>`,
      { path },
    );
    await page.evaluate(() => ((document.getElementById('c') as HTMLElement & { code: string }).code = 'print(2)'));
    expect(await page.evaluate(() => Object.keys(localStorage).length)).toBe(0);
    await cell(page, 'r').locator('[part="editor"]').click();
    await page.keyboard.type('xyz');
    await cell(page, 'r').locator('.cm-content').waitFor();
    await page.keyboard.type('xyz');
    expect(await page.evaluate(codeOf, 'r')).toBe('print("ro")');
    await clickRun(page, 'r');
    expect(await outputText(page, 'r')).toBe('ro\n');
  });
});
