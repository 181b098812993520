// SPDX-License-Identifier: BSD-3-Clause
// IPython's syntax on the browser's Python, as notebook pages contain it: magics work or say
// by name why they cannot, never a bare SyntaxError. One page (one cold start) for the file.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { cell, clickRun, closeBrowser, connectBrowser, errorsOf, openPage, outputText, type Page } from './helpers.js';

function esc(code: string): string {
  return code.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
const CELLS: Record<string, string> = {
  mpl: '%matplotlib inline\nx = 5 % 3\nx',
  html: '%%html\n<b id="magic-html">bold</b> text',
  md: '%%markdown\n# A *heading*',
  latex: '%%latex\n$$\\frac{a}{b}$$',
  capture: '%%capture kept\nprint("hidden")\nfrom IPython.display import display, HTML\ndisplay(HTML("<i>hidden too</i>"))',
  show: 'print(repr(kept.stdout), len(kept.outputs))\nkept.show()',
  time: '%time sum(range(1000))',
  timeit: '%timeit -n1 sum(range(10))',
  awaits: 'import asyncio\nawait asyncio.sleep(0.01)\n"awaited"',
  pip: '!pip install some-package-that-is-not-there',
  shell: '!ls -l',
  unknown: 'for i in range(1):\n    %load_ext autoreload',
  js: '%%javascript\nconsole.log("not run")',
};

let page: Page;
beforeAll(async () => {
  const browser = await connectBrowser();
  const context = await browser.newContext();
  const body = Object.entries(CELLS)
    .map(([id, code]) => `<exec-cell id="${id}" backend="pyodide">${esc(code)}</exec-cell>`)
    .join('\n');
  page = await openPage(context, body, { config: null, scriptAttributes: 'data-pyodide-index-url="none"' });
}, 60_000);
afterAll(closeBrowser);

/** The text a cell's output area shows. */
const shownText = (id: string) => cell(page, id).locator('[part="output"]').innerText();

describe('IPython magics on the browser’s Python', () => {
  test('%matplotlib is a no-op; % stays Python’s operator', async () => {
    const done = await clickRun(page, 'mpl', 150_000);
    expect(done.status).toBe('ok');
    expect(await outputText(page, 'mpl')).toBe('2');
  }, 180_000);

  test('%%html, %%markdown and %%latex are shown as such; %%javascript as text', async () => {
    await clickRun(page, 'html');
    expect(await cell(page, 'html').locator('[part="output"] b#magic-html').innerText()).toBe('bold');
    await clickRun(page, 'md');
    expect(await cell(page, 'md').locator('[part="output"] h1 em').innerText()).toBe('heading');
    const latex = await clickRun(page, 'latex');
    expect(latex.status).toBe('ok');
    expect(JSON.stringify(latex.outputs)).toContain('text/latex');
    await clickRun(page, 'js');
    expect(await shownText('js')).toContain('console.log("not run")');
  }, 120_000);

  test('%%capture keeps the outputs out of sight, in the variable it names', async () => {
    const done = await clickRun(page, 'capture');
    expect(done.status).toBe('ok');
    expect(done.outputs).toEqual([]);
    await clickRun(page, 'show');
    expect(await shownText('show')).toContain("'hidden\\n' 1");
    expect(await cell(page, 'show').locator('[part="output"] i').innerText()).toBe('hidden too');
  }, 120_000);

  test('%time, %timeit and top-level await', async () => {
    await clickRun(page, 'time');
    const time = await outputText(page, 'time');
    expect(time).toMatch(/Wall time: [\d.]+ (s|ms|µs|ns)/);
    expect(time).toContain('499500');
    await clickRun(page, 'timeit');
    expect(await outputText(page, 'timeit')).toMatch(/per loop \(mean of 3 runs/);
    await clickRun(page, 'awaits');
    expect(await outputText(page, 'awaits')).toBe("'awaited'");
  }, 120_000);

  test('what cannot work says so by name: pip offline, a shell command, an unknown magic', async () => {
    for (const [id, words] of [
      ['pip', ['%pip install some-package-that-is-not-there', 'loads no Python packages', 'micropip']],
      ['shell', ['!ls -l', 'shell commands do not run']],
      ['unknown', ['%load_ext', 'not available in the browser']],
    ] as const) {
      const done = await clickRun(page, id, 60_000);
      expect(done.status).toBe('error');
      const text = await outputText(page, id);
      expect(text).toContain('UsageError');
      for (const w of words) expect(text).toContain(w);
      expect(text).not.toContain('SyntaxError');
    }
    expect(await errorsOf(page)).toEqual([]);
  }, 120_000);
});
