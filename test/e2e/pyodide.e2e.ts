// SPDX-License-Identifier: BSD-3-Clause
// Python in the reader's browser (the pyodide backend), on a page served with no special
// headers (not cross-origin isolated, like a Moodle page): what a reader sees. One page serves
// the whole file, because every interpreter costs a cold start; cells that must not disturb
// each other use their own session keys.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { cell, clickRun, errorsOf, messageText, openPage, outputText, waitForOutput, waitForStatus, closeBrowser, connectBrowser, type Browser, type Context, type Page } from './helpers.js';

/** Code as the text content of a cell: HTML-escaped, as the filter emits it. */
function esc(code: string): string {
  return code.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function cellHtml(id: string, code: string[], attrs = ''): string {
  return `<exec-cell id="${id}" ${attrs}>${esc(code.join('\n'))}</exec-cell>\n`;
}

// A 1×1 red PNG.
const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==';

const BODY = [
  cellHtml('stream', [
    'import sys, time',
    'print("one")',
    'print("to stderr", file=sys.stderr)',
    'print("partial", end="", flush=True)',
    'time.sleep(1.5)',
    'print(" and the rest")',
  ]),
  cellHtml('reprs', [
    'import base64',
    'class Rich:',
    '    def _repr_html_(self): return "<b id=\'rich-html\'>html</b>"',
    '    def _repr_markdown_(self): return "*md*"',
    '    def _repr_latex_(self): return r"$x^2$"',
    '    def _repr_svg_(self): return \'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect id="rich-svg" width="10" height="10"/></svg>\'',
    `    def _repr_png_(self): return base64.b64decode("${PNG}")`,
    'class OnlyMarkdown:',
    '    def _repr_markdown_(self): return "# Heading from markdown"',
    'class OnlyLatex:',
    '    def _repr_latex_(self): return r"$$\\frac{1}{2}$$"',
    'class OnlySvg:',
    '    def _repr_svg_(self): return \'<svg xmlns="http://www.w3.org/2000/svg" width="8" height="8"><circle id="only-svg" r="4" cx="4" cy="4"/></svg>\'',
    'class OnlyPng:',
    `    def _repr_png_(self): return base64.b64decode("${PNG}")`,
    'display(OnlyMarkdown(), OnlyLatex(), OnlySvg(), OnlyPng())',
    'Rich()',
  ]),
  cellHtml('classes', [
    'import base64',
    'from IPython.display import display, HTML, Markdown, Latex, SVG, Image, JSON, Math, clear_output',
    'display(HTML("<i id=\'cls-html\'>html</i>"))',
    'display(Markdown("**cls-md**"))',
    'display(Latex(r"$\\alpha$"))',
    'display(Math(r"\\beta"))',
    'display(SVG(\'<svg xmlns="http://www.w3.org/2000/svg" width="5" height="5"><rect id="cls-svg" width="5" height="5"/></svg>\'))',
    `display(Image(data=base64.b64decode("${PNG}"), width=20))`,
    'display(JSON({"key": [1, 2]}))',
  ]),
  cellHtml('updates', [
    'import time',
    'from IPython.display import display, clear_output, HTML',
    'h = display(HTML("<span id=\'upd\'>first</span>"), display_id=True)',
    'h.update(HTML("<span id=\'upd\'>second</span>"))',
    'print("before clear")',
    'clear_output(wait=True)',
    'time.sleep(0.2)',
    'print("after clear")',
  ]),
  cellHtml('traceback', ['def divide(a, b):', '    return a / b', '', 'divide(1, 0)']),
  cellHtml('syntax', ['if True', '    pass']),
  cellHtml('library', ['import json', 'json.loads("{oops")']),
  cellHtml('input', [
    'name = input("Name? ")',
    'import getpass',
    'secret = getpass.getpass("Secret? ")',
    'def ask_again():',
    '    return input("Again? ")',
    'again = ask_again()',
    'print(f"hi {name}, {len(secret)} letters, {again}")',
  ]),
  cellHtml('count', ['1 + 1']),
  cellHtml('set', ['shared_value = 42']),
  cellHtml('get', ['print(shared_value)']),
  cellHtml('other-key', ['print("shared_value" in globals())'], 'session="other"'),
  cellHtml('restart-set', ['restart_value = 1'], 'session="other"'),
  cellHtml('restart-get', ['print("restart_value" in globals())'], 'session="other"'),
  cellHtml('iso-set', ['isolated_value = 1', 'print("shared_value" in globals())'], 'isolated'),
  cellHtml('iso-get', ['print("isolated_value" in globals())'], 'isolated'),
  cellHtml('missing', ['import numpy']),
  cellHtml('stop-set', ['kept = "still here"'], 'session="stop"'),
  cellHtml('stop-loop', ['while True: pass'], 'session="stop"'),
  cellHtml('stop-get', ['print("kept" in globals())'], 'session="stop"'),
  cellHtml('stop-stubborn', ['while True:', '    try:', '        while True: pass', '    except KeyboardInterrupt:', '        pass'], 'session="stop"'),
  // Sessions are reused where state does not matter: every interpreter costs a boot.
  cellHtml('stop-input', ['input("Never answered: ")', 'print("not reached")'], 'session="other"'),
  cellHtml('stop-input-after', ['print("still alive")'], 'session="other"'),
  cellHtml('timeout', ['while True: pass'], 'session="stop" timeout="1"'),
  cellHtml('timeout-after', ['print("runs again")'], 'session="stop"'),
  cellHtml('memory', ['blocks = []', 'while True:', '    blocks.append(bytearray(16 * 2**20))'], 'session="stop"'),
  cellHtml('memory-after', ['print("blocks" in globals())'], 'session="stop"'),
  cellHtml('fatal', ['import sys', 'sys.setrecursionlimit(10**8)', 'def down(n):', '    return down(n + 1)', 'down(0)'], 'session="stop"'),
  cellHtml('fatal-after', ['print("down" in globals())'], 'session="stop"'),
].join('');

const MEMORY_MIB = 192;

let browser: Browser;
let context: Context;
let page: Page;

beforeAll(async () => {
  browser = await connectBrowser();
  context = await browser.newContext();
  // No server in the page config, so every cell runs on Pyodide (the default backend). A low
  // memory ceiling makes the runaway allocation below fail in a second, not at 4 GiB.
  // Offline ("none"): a cell importing numpy must not reach the public distribution (the
  // tests' outside server would record it in another file's window); pyodide-packages.e2e.ts
  // tests the sources.
  page = await openPage(context, BODY, { config: { pyodideMemory: MEMORY_MIB, pyodideIndexUrl: 'none' } });
});

afterAll(async () => {
  await context?.close();
  await closeBrowser();
});

/** The cell's output area, shadow roots pierced. */
const out = (id: string) => cell(page, id).locator('[part="output"]');

describe('output', () => {
  test('prints stream in order, as they happen, partial lines included', async () => {
    const done = clickRun(page, 'stream', 110_000);
    // Before the run ends: the sleep is still going when the partial line is on screen. The
    // file's first run boots Python: over 30 s on CI's loaded two cores.
    await waitForOutput(page, 'stream', /one\n[\s\S]*partial/, 90_000);
    expect(await cell(page, 'stream').getAttribute('status')).toBe('busy');
    const result = await done;
    expect(result.status).toBe('ok');
    expect(result.outputs).toEqual([
      { output_type: 'stream', name: 'stdout', text: 'one\n' },
      { output_type: 'stream', name: 'stderr', text: 'to stderr\n' },
      { output_type: 'stream', name: 'stdout', text: 'partial and the rest\n' },
    ]);
    expect(await errorsOf(page)).toEqual([]);
  }, 120_000);

  test('every _repr_*_ is honoured, in display() and as the last expression', async () => {
    const result = await clickRun(page, 'reprs');
    expect(result.status).toBe('ok');
    const types = result.outputs.map((o) => [o.output_type, Object.keys(o.data as object).sort().join(' ')]);
    expect(types).toEqual([
      ['display_data', 'text/markdown text/plain'],
      ['display_data', 'text/latex text/plain'],
      ['display_data', 'image/svg+xml text/plain'],
      ['display_data', 'image/png text/plain'],
      ['execute_result', 'image/png image/svg+xml text/html text/latex text/markdown text/plain'],
    ]);
    expect((result.outputs[3]!.data as Record<string, string>)['image/png']).toBe(PNG);
    // Each is drawn with its richest type.
    expect(await out('reprs').locator('h1').innerText()).toBe('Heading from markdown');
    await expect.poll(() => out('reprs').locator('svg #only-svg').count()).toBe(1);
    await expect.poll(() => out('reprs').locator('img[src^="data:image/png;base64,iVBOR"]').count()).toBe(1);
    expect(await out('reprs').locator('b#rich-html').innerText()).toBe('html');
    await out('reprs').locator('math').first().waitFor(); // KaTeX loads on first use
    // The last expression carries the execution count, like a kernel's execute_result.
    expect(result.outputs[4]!.execution_count).toBe(result.executionCount);
  });

  test('IPython.display classes work as IPython users write them', async () => {
    const result = await clickRun(page, 'classes');
    expect(result.status).toBe('ok');
    const mimes = result.outputs.map((o) => Object.keys(o.data as object).filter((k) => k !== 'text/plain'));
    expect(mimes).toEqual([['text/html'], ['text/markdown'], ['text/latex'], ['text/latex'], ['image/svg+xml'], ['image/png'], ['application/json']]);
    expect(result.outputs[5]!.metadata).toEqual({ 'image/png': { width: 20 } });
    expect((result.outputs[3]!.data as Record<string, string>)['text/latex']).toBe('$\\displaystyle \\beta$');
    expect(await out('classes').locator('i#cls-html').innerText()).toBe('html');
    expect(await out('classes').locator('strong').innerText()).toBe('cls-md');
    await expect.poll(() => out('classes').locator('svg #cls-svg').count()).toBe(1);
    expect(await out('classes').locator('img').getAttribute('width')).toBe('20');
    expect(await out('classes').innerText()).toContain('"key"');
  });

  test('display updates replace in place; clear_output(wait=True) clears when the next output comes', async () => {
    const result = await clickRun(page, 'updates');
    expect(result.status).toBe('ok');
    expect(result.outputs).toEqual([{ output_type: 'stream', name: 'stdout', text: 'after clear\n' }]);
    expect(await outputText(page, 'updates')).toBe('after clear\n');
  });

  test('a traceback shows the reader’s code only, with the lines and carets', async () => {
    const result = await clickRun(page, 'traceback');
    expect(result.status).toBe('error');
    const error = result.outputs.at(-1)!;
    expect(error).toMatchObject({ output_type: 'error', ename: 'ZeroDivisionError', evalue: 'division by zero' });
    const text = await outputText(page, 'traceback');
    expect(text).toMatch(/File "<cell-\d+>", line 4, in <module>\n\s+divide\(1, 0\)/);
    expect(text).toMatch(/File "<cell-\d+>", line 2, in divide\n\s+return a \/ b\n\s+~~\^~~/);
    expect(text).toContain('ZeroDivisionError: division by zero');
    // Nothing of the machinery that ran it.
    expect(text).not.toMatch(/_pyodide|_exec_cell|runner|python3\d+\.zip/);
    // Coloured like a Jupyter traceback (ANSI codes drawn as styles, not shown).
    expect(text).not.toContain('\x1b[');
    expect(await cell(page, 'traceback').getAttribute('status')).toBe('idle');
  });

  test('a syntax error points at the line; a library error keeps the library frames below the reader’s', async () => {
    const syntax = await clickRun(page, 'syntax');
    expect(syntax.status).toBe('error');
    const text = await outputText(page, 'syntax');
    expect(text).toMatch(/File "<cell-\d+>", line 1\n\s+if True\n\s+\^\nSyntaxError: expected ':'/);
    expect(text).not.toContain('Traceback');

    await clickRun(page, 'library');
    const lib = await outputText(page, 'library');
    expect(lib).toMatch(/File "<cell-\d+>", line 2, in <module>\n\s+json\.loads\("\{oops"\)/);
    expect(lib).toMatch(/json\/decoder\.py/);
    expect(lib).toContain('JSONDecodeError');
  });

  test('execution counts go up with each run of a kernel', async () => {
    const first = await clickRun(page, 'count');
    const second = await clickRun(page, 'count');
    expect(second.executionCount).toBe(first.executionCount! + 1);
    expect(await cell(page, 'count').locator('[part="execution-count"]').innerText()).toBe(`[${second.executionCount}]`);
  });
});

describe('input()', () => {
  test('asks in the output, also from inside a function; getpass masks the answer', async () => {
    const done = clickRun(page, 'input');
    const answer = async (type: string, value: string) => {
      const box = out('input').locator(`input[type="${type}"]`);
      await box.waitFor();
      await box.fill(value);
      await box.press('Enter');
    };
    await answer('text', 'Ada');
    await answer('password', 'hunter2');
    await answer('text', 'yes');
    const result = await done;
    expect(result.status).toBe('ok');
    const text = await outputText(page, 'input');
    expect(text).toContain('Name? Ada');
    expect(text).toContain('Again? yes');
    expect(text).toContain('hi Ada, 7 letters, yes');
    expect(text).not.toContain('hunter2');
  });
});

describe('sessions', () => {
  test('cells share state by default; another session key does not see it', async () => {
    await clickRun(page, 'set');
    await clickRun(page, 'get');
    expect(await outputText(page, 'get')).toBe('42\n');
    await clickRun(page, 'other-key');
    expect(await outputText(page, 'other-key')).toBe('False\n');
  });

  // A restart boots a fresh interpreter: over 30 s in WebKit on two cores under CI's load, where it failed.
  test('Restart gives a fresh interpreter', { timeout: 150_000 }, async () => {
    await clickRun(page, 'restart-set');
    await cell(page, 'restart-set').locator('[part="restart-button"]').click();
    await page.waitForFunction(
      () => /Restarted/.test(document.getElementById('restart-set')!.shadowRoot!.querySelector('[part="message"]')?.textContent ?? ''),
      undefined,
      { timeout: 90_000 },
    );
    await waitForStatus(page, 'restart-set', 'idle');
    const after = await clickRun(page, 'restart-get');
    expect(await outputText(page, 'restart-get')).toBe('False\n');
    expect(after.executionCount).toBe(1);
  });

  // Each isolated run may wait for an interpreter to boot: in WebKit on two busy cores, up to a minute.
  test('isolated cells run on a fresh interpreter each time', async () => {
    await clickRun(page, 'iso-set', 90_000);
    expect(await outputText(page, 'iso-set')).toBe('False\n');
    const second = await clickRun(page, 'iso-get', 90_000);
    expect(await outputText(page, 'iso-get')).toBe('False\n');
    // A fresh interpreter's first run.
    expect(second.executionCount).toBe(1);
  }, 200_000);
});

describe('packages', () => {
  test('a Pyodide package on a page that loads none says which page option would provide it', async () => {
    const result = await clickRun(page, 'missing');
    expect(result.status).toBe('error');
    const text = await outputText(page, 'missing');
    expect(text).toContain("ModuleNotFoundError: No module named 'numpy'");
    expect(text).toContain('this page loads no packages (its data-pyodide-index-url is "none")');
    expect(text).toContain('npx exec-cell pyodide-pack numpy');
    // Pyodide's own advice (micropip) cannot work offline: it is replaced.
    expect(text).not.toContain('micropip');
  });
});

describe('stopping code on a page that is not cross-origin isolated', () => {
  // No SharedArrayBuffer here: exec-cell's Service Worker carries the Stop to the busy worker.
  test('Stop raises KeyboardInterrupt in `while True: pass`, and the variables stay', async () => {
    await clickRun(page, 'stop-set');
    const done = clickRun(page, 'stop-loop');
    await waitForStatus(page, 'stop-loop', 'busy');
    await page.waitForTimeout(300);
    await cell(page, 'stop-loop').locator('[part="interrupt-button"]').click();
    const result = await done;
    expect(result.status).toBe('aborted');
    expect(await outputText(page, 'stop-loop')).toMatch(/File "<cell-\d+>", line 1, in <module>[\s\S]*KeyboardInterrupt/);
    expect(await messageText(page, 'stop-loop')).toBe('');
    await clickRun(page, 'stop-get');
    expect(await outputText(page, 'stop-get')).toBe('True\n');
    expect(await errorsOf(page)).toEqual([]);
  });

  test('code that swallows KeyboardInterrupt is stopped by restarting Python, which says the variables are lost', async () => {
    await clickRun(page, 'stop-set');
    const done = clickRun(page, 'stop-stubborn');
    await waitForStatus(page, 'stop-stubborn', 'busy');
    await cell(page, 'stop-stubborn').locator('[part="interrupt-button"]').click();
    const result = await done;
    expect(result.status).toBe('aborted');
    await page.waitForFunction(() => document.getElementById('stop-stubborn')!.shadowRoot!.querySelector('[part="message"]'));
    expect(await messageText(page, 'stop-stubborn')).toMatch(/did not stop when interrupted, so Python was restarted.*variables from earlier runs are lost/s);
    // The session runs again, on a fresh interpreter.
    await clickRun(page, 'stop-get');
    expect(await outputText(page, 'stop-get')).toBe('False\n');
    // Ending a worker in the middle of a run is no error of the page's (Firefox reported one).
    expect(await errorsOf(page)).toEqual([]);
  });

  test('Stop while input() waits raises KeyboardInterrupt there and keeps the interpreter', async () => {
    const done = clickRun(page, 'stop-input');
    await out('stop-input').locator('input[type="text"]').waitFor();
    await cell(page, 'stop-input').locator('[part="interrupt-button"]').click();
    const result = await done;
    expect(result.status).toBe('aborted');
    expect(await outputText(page, 'stop-input')).toContain('KeyboardInterrupt');
    expect(await outputText(page, 'stop-input')).not.toContain('not reached');
    expect(await messageText(page, 'stop-input')).toBe('');
    const after = await clickRun(page, 'stop-input-after');
    expect(await outputText(page, 'stop-input-after')).toBe('still alive\n');
    // The same interpreter: its execution count went on.
    expect(after.executionCount).toBe(result.executionCount! + 1);
  });

  test('a cell’s timeout interrupts runaway code with a clear message, and the session runs again', async () => {
    const result = await clickRun(page, 'timeout');
    expect(result.status).toBe('aborted');
    expect(await messageText(page, 'timeout')).toContain('Stopped after 1 s');
    expect(await outputText(page, 'timeout')).toContain('KeyboardInterrupt');
    await clickRun(page, 'timeout-after');
    expect(await outputText(page, 'timeout-after')).toBe('runs again\n');
  });
});

describe('memory', () => {
  test('a cell that allocates without bound ends with a MemoryError and a fresh interpreter; the page lives', async () => {
    const result = await clickRun(page, 'memory');
    expect(result.status).toBe('error');
    expect(await outputText(page, 'memory')).toMatch(/File "<cell-\d+>", line 3[\s\S]*MemoryError/);
    await page.waitForFunction(() => document.getElementById('memory')!.shadowRoot!.querySelector('[part="message"]'));
    expect(await messageText(page, 'memory')).toContain(`Python ran out of memory (this page allows it ${MEMORY_MIB} MiB), so it was restarted`);
    await clickRun(page, 'memory-after');
    expect(await outputText(page, 'memory-after')).toBe('False\n');
    expect(await errorsOf(page)).toEqual([]);
  });

  test('a recursion that overflows WebAssembly’s stack (a fatal error of Pyodide) ends the run with a clear message', async () => {
    // The run used to stay "busy" forever: the error left the worker as an uncaught rejection
    // while the run's promise never settled (found by npm run soak).
    const result = await clickRun(page, 'fatal', 90_000);
    expect(result.status).toBe('error');
    await page.waitForFunction(() => document.getElementById('fatal')!.shadowRoot!.querySelector('[part="message"]'));
    expect(await messageText(page, 'fatal')).toContain('Python failed in a way it cannot recover from, so it was restarted');
    await clickRun(page, 'fatal-after');
    expect(await outputText(page, 'fatal-after')).toBe('False\n');
  }, 150_000);
});
