// SPDX-License-Identifier: BSD-3-Clause
// The script tag upgrades the page: shortcodes as a WYSIWYG editor stores them, Thebe-style
// markup, and content added later, into cells that run.
import { describe, expect, test } from 'vitest';
import { cell, clickRun, errorsOf, fetchedPaths, jupyter, messageText, openPage, outputText, pageHtml, servePage, useBrowser } from './helpers.js';

const { context } = useBrowser();

/** What TinyMCE stores for typed code: a paragraph per line, &nbsp; for indentation. */
const TINYMCE = `<p>Run this:</p>
<p>[jupyter]</p>
<p>for i in range(3):</p>
<p>&nbsp;&nbsp;&nbsp; if i &lt; 2:</p>
<p>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; print(i, "&lt;2")</p>
<p>[/jupyter]</p>
<p>Atto style, one paragraph with breaks: [jupyter session="s2"]x = 40<br>x + 2[/jupyter]</p>`;

describe('the page loader', () => {
  for (const requirejs of [false, true]) {
    test(`turns WYSIWYG-mangled shortcodes into running cells${requirejs ? ', on a page with RequireJS' : ''}`, async () => {
      const { url, token } = jupyter();
      const page = await openPage(context(), `<div id="content">${TINYMCE}</div>`, {
        config: null,
        scriptAttributes: `data-server="${url}" data-token="${token}"`,
        head: requirejs ? `<script src="/node_modules/requirejs/require.js"></script>` : '',
      });
      const cells = page.locator('exec-cell');
      expect(await cells.count()).toBe(2);
      const codes = await page.evaluate(() => [...document.querySelectorAll('exec-cell')].map((c) => (c as HTMLElement & { code: string }).code));
      expect(codes).toEqual(['for i in range(3):\n    if i < 2:\n        print(i, "<2")', 'x = 40\nx + 2']);
      // The empty paragraphs around the block are gone; the text around the second stays.
      expect(await page.locator('#content > p').count()).toBe(2);
      await page.evaluate(() => document.querySelectorAll('exec-cell').forEach((c, i) => (c.id = `c${i}`)));
      await clickRun(page, 'c0');
      expect(await outputText(page, 'c0')).toBe('0 <2\n1 <2\n');
      await clickRun(page, 'c1');
      expect(await outputText(page, 'c1')).toBe('42');
      expect(await errorsOf(page)).toEqual([]);
    });
  }

  test('content added later is upgraded; listeners elsewhere survive', async () => {
    const page = await openPage(context(), `<div id="later"></div><button id="b">count</button>`);
    await page.evaluate(() => {
      const w = window as unknown as { clicks: number };
      w.clicks = 0;
      document.getElementById('b')!.addEventListener('click', () => w.clicks++);
      document.getElementById('later')!.innerHTML = '<p>[jupyter]</p><p>print("late")</p><p>[/jupyter]</p>';
    });
    await page.locator('exec-cell').waitFor();
    await page.evaluate(() => (document.querySelector('exec-cell')!.id = 'c'));
    await clickRun(page, 'c');
    expect(await outputText(page, 'c')).toBe('late\n');
    await page.click('#b');
    expect(await page.evaluate(() => (window as unknown as { clicks: number }).clicks)).toBe(1);
  });

  test('a bad block becomes a visible error that keeps the author’s text', async () => {
    const page = await openPage(context(), `<p>[jupyter colour=red]print(1)[/jupyter]</p><p>[sage]never closed</p>`);
    const errors = page.locator('exec-cell-error');
    expect(await errors.count()).toBe(2);
    expect(await errors.nth(0).innerText()).toContain('colour');
    expect(await errors.nth(0).innerText()).toContain('print(1)');
    expect(await errors.nth(1).innerText()).toContain('[sage] has no closing [/sage]');
    // The author's text after an unclosed tag stays on the page as it was.
    expect(await page.locator('body').innerText()).toContain('never closed');
  });

  test('Thebe markup switches by changing the script tag, its config written as Thebe’s documentation writes it', async () => {
    const { url, token } = jupyter();
    const page = await context().newPage();
    // JSON5, as in Thebe's docs (unquoted keys, single quotes, trailing commas), in two blocks
    // Thebe merges: the second adds the server to the first's kernel options.
    const body = `<script type="text/x-thebe-config">
        { requestKernel: true, useBinder: false, kernelOptions: { name: 'python3', }, }
      </script>
      <script type="text/x-thebe-config">{ kernelOptions: { serverSettings: { baseUrl: '${url}', token: '${token}' } } }</script>
      <pre data-executable="true" data-language="python" id="t">import sys; print("from thebe markup on", sys.platform)</pre>`;
    await page.goto(await servePage(pageHtml(body, { config: null }), `e2e/thebe-${process.pid}.html`));
    await cell(page, 't').waitFor();
    // Both blocks were read: the cell runs on the configured Jupyter server (Linux), not in the
    // page (Pyodide says emscripten). The config is a page default, not the cell's attributes.
    expect(await cell(page, 't').getAttribute('server')).toBeNull();
    await clickRun(page, 't');
    expect(await outputText(page, 't')).toBe('from thebe markup on linux\n');
    expect((await fetchedPaths(page)).some((p) => p.endsWith('/thebe-compat.mjs'))).toBe(true);

    // A page without Thebe markup never loads the Thebe module.
    const plain = await context().newPage();
    await plain.goto(await servePage(pageHtml(`<exec-cell id="c">print(1)</exec-cell>`), `e2e/no-thebe-${process.pid}.html`));
    await plain.waitForFunction(() => customElements.get('exec-cell'));
    const plainModules = await fetchedPaths(plain);
    expect(plainModules.some((p) => p.endsWith('/exec-cell.js'))).toBe(true);
    expect(plainModules.some((p) => p.endsWith('/thebe-compat.mjs'))).toBe(false);
  });

  test('a Thebe config that cannot be read is said in the cell', async () => {
    const page = await openPage(
      context(),
      `<script type="text/x-thebe-config">{ kernelOptions: { name: 'python3' </script>
       <pre data-executable="true" id="t">print(1)</pre>`,
      { config: null },
    );
    await cell(page, 't').waitFor();
    await clickRun(page, 't');
    expect(await messageText(page, 't')).toContain('the text/x-thebe-config block cannot be read');
  });

  test('ExecCell.rewrite is there at once; data-shortcodes="off" leaves the text alone', async () => {
    const page = await openPage(context(), `<h2 id="h">[python] in a title</h2>`, { scriptAttributes: 'data-shortcodes="off"' });
    expect(await page.locator('#h').innerText()).toBe('[python] in a title');
    const out = await page.evaluate(() => (window as unknown as { ExecCell: { rewrite(s: string): string } }).ExecCell.rewrite('[python]print(1)[/python]'));
    expect(out).toContain('<exec-cell backend="pyodide">print(1)</exec-cell>');
  });
});
