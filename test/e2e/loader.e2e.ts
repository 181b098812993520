// SPDX-License-Identifier: BSD-3-Clause
// The script tag upgrades the page: shortcodes as a WYSIWYG editor stores them, Thebe-style
// markup, and content added later, into cells that run.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
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

  test('when exec-cell’s code cannot be loaded, each cell says so in its own language, naming where from', async () => {
    // The script inline, so that the chunks it loads are looked for beside the page, where
    // there are none (a site that copied exec-cell.js alone).
    const loader = readFileSync(new URL('../../dist/exec-cell.js', import.meta.url), 'utf8').replaceAll('</script', '<\\/script');
    const url = await servePage(
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>not loaded</title></head><body>
       <exec-cell id="en">print(1)</exec-cell>
       <div lang="de-AT"><exec-cell id="de">print(2)</exec-cell></div>
       <div lang="ar" dir="rtl"><exec-cell id="ar">print(3)</exec-cell></div>
       <script>${loader}</script></body></html>`,
      `e2e/${process.pid}-not-loaded.html`,
    );
    const page = await context().newPage();
    await page.goto(url);
    await page.waitForFunction(() => document.querySelectorAll('p.exec-cell-not-loaded[role="alert"]').length === 3, undefined, { timeout: 15_000 });
    const notes = await page.evaluate(() => Object.fromEntries([...document.querySelectorAll('exec-cell')].map((c) => [c.id, c.nextElementSibling?.textContent ?? ''])));
    const folder = new URL('.', url).href;
    expect(notes.en).toContain(`exec-cell could not load its code from ${folder}`);
    expect(notes.en).toContain('Reload the page');
    expect(notes.de).toContain(`exec-cell konnte seinen Code nicht von ${folder} laden`);
    expect(notes.ar).toContain('تعذّر على exec-cell تحميل شيفرته');
    expect(await page.evaluate(() => document.getElementById('en')!.textContent)).toBe('print(1)'); // the code stays readable
  });

  test('ExecCell.rewrite decodes character references byte for byte as the Moodle plugin does', async () => {
    // The script tag decodes named references with the browser's own parser (not a table of
    // its own): every name PHP knows, near misses the parser would decode in part (a known
    // name without its semicolon: `&notit;`, `&ampx;`), names with a letter dropped or in
    // another case, aliases, numeric forms, each compared with the PHP rewriter's output.
    const php = (code: string) => execFileSync('php', ['-r', code]).toString();
    const known: string[] = JSON.parse(php('echo json_encode(array_values(get_html_translation_table(HTML_ENTITIES, ENT_QUOTES | ENT_HTML5)));'));
    expect(known.length).toBeGreaterThan(1400);
    const names = known.map((ref) => ref.slice(1, -1));
    const refs = new Set<string>();
    for (const name of names) {
      for (const variant of [name, `${name}x`, `${name}1`, name.slice(0, -1), name.toUpperCase(), name.toLowerCase()]) {
        if (variant) refs.add(`&${variant};`);
      }
      refs.add(`&${name}`); // no semicolon: PHP leaves it
    }
    for (const ref of ['&DoubleLeftArrow;', '&NotNestedGreaterGreater;', '&ThickSpace;', '&nvlt;', '&Afr;', '&semi;', '&notin;', '&notit;', '&ampx;', '&#x41;', '&#0;', '&#x0x41;', '&nosuch;']) refs.add(ref);
    const cases = [...refs].map((ref) => ({ input: `[python]s = "${ref}"[/python]`, options: {} }));
    const cli = new URL('../../filter-php/tests/cli_rewrite.php', import.meta.url).pathname;
    const fromPhp: string[] = JSON.parse(execFileSync('php', [cli], { input: JSON.stringify(cases), maxBuffer: 1 << 26 }).toString());
    const page = await openPage(context(), '<p>references</p>');
    const fromPage = await page.evaluate(
      (inputs) => inputs.map((input) => (window as unknown as { ExecCell: { rewrite(s: string): string } }).ExecCell.rewrite(input)),
      cases.map((c) => c.input),
    );
    const differ = cases.flatMap((c, i) => (fromPage[i] === fromPhp[i] ? [] : [`${c.input}: page ${fromPage[i]} / PHP ${fromPhp[i]}`]));
    expect(differ.slice(0, 10), `${differ.length} of ${cases.length} differ`).toEqual([]);
    expect(fromPage[cases.findIndex((c) => c.input.includes('&DoubleLeftArrow;'))]).toContain('s = "⇐"');
  });
});
