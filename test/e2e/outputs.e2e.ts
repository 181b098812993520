// SPDX-License-Identifier: BSD-3-Clause
// What a reader sees after running code on a real Jupyter kernel: each kind of output.
import { describe, expect, test } from 'vitest';
import { cell, clickRun, errorsOf, holdRequests, messageText, openPage, outputText, pageHtml, servePage, useBrowser, waitForOutput } from './helpers.js';

const { context } = useBrowser();

/** Code as the text content of a cell: HTML-escaped, as the filter emits it. */
function esc(code: string): string {
  return code.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

describe('outputs on a Jupyter kernel', () => {
  test('print shows its text, and the last expression its value with the execution count', async () => {
    const page = await openPage(context(), `<exec-cell id="c">print("hello")\n6 * 7</exec-cell>`);
    const result = await clickRun(page, 'c');
    expect(await messageText(page, 'c')).toBe('');
    expect(result.status).toBe('ok');
    expect(await outputText(page, 'c')).toMatch(/^hello\n+42$/);
    expect(await cell(page, 'c').locator('[part="execution-count"]').innerText()).toBe(`[${result.executionCount}]`);
    expect(result.outputs.map((o) => o.output_type)).toEqual(['stream', 'execute_result']);
    expect(await errorsOf(page)).toEqual([]);
  });

  test('a traceback is readable, coloured, and the run reports an error', async () => {
    const page = await openPage(
      context(),
      `<exec-cell id="c">def f(x):\n    return 1 / x\n\nf(0)</exec-cell>`,
    );
    const result = await clickRun(page, 'c');
    expect(result.status).toBe('error');
    const text = await outputText(page, 'c');
    expect(text).toContain('ZeroDivisionError');
    expect(text).toContain('return 1 / x');
    // ANSI colours became styled spans, not escape codes.
    expect(text).not.toContain('\x1b[');
    expect(await cell(page, 'c').locator('[part="output"] pre.error span[class*="ansi-"]').count()).toBeGreaterThan(0);
    // A run whose code raised leaves the cell ready, not broken.
    expect(await cell(page, 'c').getAttribute('status')).toBe('idle');
  });

  test('display(HTML(...)) renders markup', async () => {
    const page = await openPage(
      context(),
      `<exec-cell id="c">${esc(`from IPython.display import display, HTML\ndisplay(HTML("<b id='bold'>bold</b> <i>it</i>"))`)}</exec-cell>`,
    );
    await clickRun(page, 'c');
    const bold = cell(page, 'c').locator('[part="output"] b#bold');
    expect(await bold.innerText()).toBe('bold');
  });

  test('the end of a run comes with its HTML on screen, even while the sanitiser is still on its way', async () => {
    // The first HTML output of a page fetches the sanitiser; a page (or a test) that reads the
    // outputs when it hears exec-cell-done must find them there (CI once found them missing).
    const { dist, release } = await holdRequests(/\/chunks\/sanitize-.*\.js$/);
    const page = await context().newPage();
    const url = await servePage(
      pageHtml(`<exec-cell id="c">${esc(`from IPython.display import display, HTML\ndisplay(HTML("<b id='bold'>bold</b>"))`)}</exec-cell>`, { dist }),
      `e2e/held-sanitiser-${process.pid}.html`,
    );
    await page.goto(url);
    await page.waitForFunction(() => customElements.get('exec-cell'));
    await page.evaluate(() =>
      document.getElementById('c')!.addEventListener('exec-cell-done', () => {
        const rich = document.getElementById('c')!.shadowRoot!.querySelector('.rich');
        (window as unknown as { boldAtDone: string | null }).boldAtDone = rich?.shadowRoot?.querySelector('b#bold')?.textContent ?? null;
      }),
    );
    const run = clickRun(page, 'c');
    // The kernel has answered (its output is in the cell, still empty); the sanitiser has not.
    await cell(page, 'c').locator('[part="output"] .rich').waitFor({ state: 'attached' });
    await new Promise((r) => setTimeout(r, 1_000));
    expect(await page.evaluate(() => 'boldAtDone' in window)).toBe(false);
    await release();
    expect((await run).status).toBe('ok');
    expect(await page.evaluate(() => (window as unknown as { boldAtDone: string | null }).boldAtDone)).toBe('bold');
  });

  test('a matplotlib figure shows as a PNG image', async () => {
    const page = await openPage(
      context(),
      `<exec-cell id="c">import matplotlib.pyplot as plt\nplt.plot([1, 3, 2])\nplt.show()</exec-cell>`,
    );
    await clickRun(page, 'c');
    const img = cell(page, 'c').locator('[part="output"] img');
    expect(await img.getAttribute('src')).toMatch(/^data:image\/png;base64,iVBOR/);
    const size = await img.evaluate((el: HTMLImageElement) => (el.complete ? [el.naturalWidth, el.naturalHeight] : [0, 0]));
    expect(size[0]).toBeGreaterThan(100);
    expect(size[1]).toBeGreaterThan(100);
  });

  test('Markdown and LaTeX render, maths as MathML', async () => {
    const code = [
      'from IPython.display import display, Markdown, Latex',
      'display(Markdown("# Title\\n\\nSome **bold** and $x^2$"))',
      'display(Latex(r"$$\\frac{a}{b}$$"))',
    ].join('\n');
    const page = await openPage(context(), `<exec-cell id="c">${esc(code)}</exec-cell>`);
    await clickRun(page, 'c');
    const out = cell(page, 'c').locator('[part="output"]');
    await out.locator('h1').waitFor();
    expect(await out.locator('h1').innerText()).toBe('Title');
    expect(await out.locator('strong').innerText()).toBe('bold');
    await page.waitForFunction(
      () => document.getElementById('c')!.shadowRoot!.querySelectorAll('.latex math, .rich').length >= 2,
    );
    // Two formulas: x^2 inline (in the Markdown), a/b in display mode (the LaTeX output).
    const maths = await page.evaluate(() => {
      const found: string[] = [];
      const walk = (root: ParentNode) => {
        root.querySelectorAll('math').forEach((m) => found.push(m.getAttribute('display') ?? 'inline'));
        root.querySelectorAll('*').forEach((el) => el.shadowRoot && walk(el.shadowRoot));
      };
      walk(document.getElementById('c')!.shadowRoot!);
      return found;
    });
    expect(maths).toContain('block');
    expect(maths).toContain('inline');
    // The maths is drawn, not shown twice: no TeX source next to it.
    // Its TeX source is not left beside it as stray text (Chromium does not draw text loose in
    // <math>, but other browsers and screen readers would meet it).
    const paragraph = await out.locator('.markdown').locator('p').evaluate((p) => p.textContent);
    expect(paragraph).toContain('Some bold and');
    expect(paragraph).not.toContain('x^2');
  });

  test('a display is updated in place by its display id', async () => {
    const code = [
      'from IPython.display import display',
      'h = display("first", display_id=True)',
      'print("between")',
      'h.update("second")',
    ].join('\n');
    const page = await openPage(context(), `<exec-cell id="c">${esc(code)}</exec-cell>`);
    const result = await clickRun(page, 'c');
    expect(await outputText(page, 'c')).toMatch(/^'second'\s+between\s*$/);
    expect(result.outputs).toHaveLength(2);
  });

  test('clear_output(wait=True) replaces the output only when the next one arrives', async () => {
    const code = [
      'import time',
      'from IPython.display import clear_output',
      'for i in range(3):',
      '    clear_output(wait=True)',
      '    print("frame", i)',
      '    time.sleep(0.05)',
    ].join('\n');
    const page = await openPage(context(), `<exec-cell id="c">${esc(code)}</exec-cell>`);
    const result = await clickRun(page, 'c');
    expect((await outputText(page, 'c')).trim()).toBe('frame 2');
    expect(result.outputs).toEqual([{ output_type: 'stream', name: 'stdout', text: 'frame 2\n' }]);
  });

  test('streams merge, and \\r redraws the line as a terminal does', async () => {
    const code = [
      'import sys',
      'for p in range(0, 101, 25):',
      '    sys.stdout.write(f"\\rprogress {p}%"); sys.stdout.flush()',
      'print()',
      'print("a"); print("b")',
    ].join('\n');
    const page = await openPage(context(), `<exec-cell id="c">${esc(code)}</exec-cell>`);
    const result = await clickRun(page, 'c');
    expect(await outputText(page, 'c')).toBe('progress 100%\na\nb\n');
    expect(result.outputs).toHaveLength(1);
  });

  test('a 100,000-line stream is cut to its tail, with Show all and a download', async () => {
    const page = await openPage(context(), `<exec-cell id="c">for i in range(100000): print(i)</exec-cell>`);
    await clickRun(page, 'c');
    const out = cell(page, 'c').locator('[part="output"]');
    await waitForOutput(page, 'c', /99999/);
    expect(await out.locator('.truncated').innerText()).toContain('showing the last 2,000 of 100,000 lines');
    const text = await out.locator('pre').first().innerText();
    expect(text.startsWith('98000\n')).toBe(true);
    // Download hands over the full text: the file the page offers is caught as it is clicked.
    await page.evaluate(() => {
      document.addEventListener(
        'click',
        (e) => {
          const a = e.target;
          if (!(a instanceof HTMLAnchorElement) || !a.download) return;
          e.preventDefault();
          const w = window as unknown as { download: Promise<{ name: string; text: string }> };
          w.download = fetch(a.href).then(async (r) => ({ name: a.download, text: await r.text() }));
        },
        true,
      );
    });
    await out.getByRole('button', { name: 'Download' }).click();
    await page.waitForFunction(() => 'download' in window);
    const download = await page.evaluate(() => (window as unknown as { download: Promise<{ name: string; text: string }> }).download);
    expect(download.name).toBe('output.txt');
    expect(download.text.split('\n')).toHaveLength(100001);
    // Show all draws every line.
    await out.getByRole('button', { name: 'Show all' }).click();
    await page.waitForFunction(() => {
      const o = document.getElementById('c')!.shadowRoot!.querySelector('[part="output"]')!;
      return [...o.querySelectorAll('pre.block')].map((p) => p.textContent).join('').split('\n').length === 100001;
    });
  });

  test('a re-run replaces the previous output in one step (dimmed while it waits); a run with no output clears it', async () => {
    const page = await openPage(context(), `<exec-cell id="c">n = globals().get("n", 0) + 1\nprint("run", n)</exec-cell>`);
    await clickRun(page, 'c');
    expect(await outputText(page, 'c')).toBe('run 1\n');
    // Right after the click the old output is still there (no blank frame)...
    const seen = await page.evaluate(async () => {
      const c = document.getElementById('c')!;
      const out = c.shadowRoot!.querySelector('[part="output"]')!;
      const texts: string[] = [];
      const observer = new MutationObserver(() => texts.push(out.textContent ?? ''));
      observer.observe(out, { childList: true, subtree: true, characterData: true });
      await (c as HTMLElement & { run(): Promise<unknown> }).run();
      observer.disconnect();
      return texts;
    });
    // ...and it is replaced by the new one, never by an empty area.
    expect(seen).not.toContain('');
    expect(await outputText(page, 'c')).toBe('run 2\n');
    // A run that shows nothing for a while leaves the old output there, dimmed as stale, until
    // its own first output replaces it.
    await page.evaluate(() => ((document.getElementById('c') as HTMLElement & { code: string }).code = 'import time\ntime.sleep(1)\nprint("slow")'));
    const slow = clickRun(page, 'c');
    const output = cell(page, 'c').locator('[part="output"]');
    await expect.poll(() => output.getAttribute('class')).toBe('output stale');
    expect(await outputText(page, 'c')).toBe('run 2\n');
    expect(await output.getAttribute('aria-busy')).toBe('true');
    await slow;
    expect(await outputText(page, 'c')).toBe('slow\n');
    expect(await output.getAttribute('class')).toBe('output');
    await page.evaluate(() => ((document.getElementById('c') as HTMLElement & { code: string }).code = 'x = 1'));
    const result = await clickRun(page, 'c');
    expect(result.outputs).toEqual([]);
    expect(await outputText(page, 'c')).toBe('');
  });

  test('input() asks in the output and the code continues; getpass masks the answer', async () => {
    const code = [
      'name = input("Name? ")',
      'import getpass',
      'secret = getpass.getpass("Secret? ")',
      'print(f"hi {name}, {len(secret)} letters")',
    ].join('\n');
    const page = await openPage(context(), `<exec-cell id="c">${esc(code)}</exec-cell>`);
    const done = clickRun(page, 'c');
    const box = cell(page, 'c').locator('[part="output"] input[type="text"]');
    await box.waitFor();
    await box.fill('Ada');
    await box.press('Enter');
    const secret = cell(page, 'c').locator('[part="output"] input[type="password"]');
    await secret.waitFor();
    await secret.fill('hunter2');
    await secret.press('Enter');
    const result = await done;
    expect(result.status).toBe('ok');
    const text = await outputText(page, 'c');
    expect(text).toContain('Name? Ada');
    expect(text).toContain('hi Ada, 7 letters');
    expect(text).not.toContain('hunter2');
  });
});
