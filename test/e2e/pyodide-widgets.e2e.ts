// SPDX-License-Identifier: BSD-3-Clause
// Jupyter widgets in the browser's Python (Pyodide), with no server and no network: the
// ipywidgets, comm and traitlets wheels come from dist/python-wheels/, the worker's comms
// (comm.py, comm-host.ts) join the same widget manager as a Jupyter kernel's. What a reader
// does (drag, key, click) and what they see. Every test fails on a request that leaves
// loopback (the outside server sees every engine's, workers' included).
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { cell, clickRun, closeBrowser, connectBrowser, outputText, outsideRequests, pageHtml, seenText, waitForSeenText, dragSlider, type Context, type Page } from './helpers.js';
import { startStaticServer } from '../servers/static.mjs';
import { startDemo } from '../../demo/serve.mjs';
import { CATALOGUES, loadLanguage } from '../../src/i18n/language.js';
import type { AllMessages } from '../../src/i18n/ref.js';
import '../../src/kernels/pyodide/catalogue.js';

const WHEELS = /\/python-wheels\/|ipywidgets|traitlets|comm-0|comm-host|widget-install/;

/** Code as the text content of a cell: HTML-escaped, as the filter emits it. */
function esc(code: string): string {
  return code.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

const cellHtml = (id: string, code: string[]) => `<exec-cell id="${id}">${esc(code.join('\n'))}</exec-cell>\n`;

const BODY = [
  cellHtml('interact', ['from ipywidgets import interact', 'def f(n):', '    print(f"{n} squared is {n * n}")', 'interact(f, n=(1, 10));']),
  cellHtml('observe', [
    'import ipywidgets as w',
    's = w.IntSlider(value=2, min=0, max=10, description="n")',
    'seen = []',
    'def changed(change):',
    '    seen.append(change["new"])',
    '    print("observed", change["new"])',
    's.observe(changed, names="value")',
    's',
  ]),
  cellHtml('read', ['print("python reads", s.value, "after", seen[-1:])']),
  cellHtml('button', [
    'out = w.Output()',
    'b = w.Button(description="Check")',
    'def check(_):',
    '    with out:',
    '        print("clicked! the answer is right")',
    'b.on_click(check)',
    'w.VBox([b, out])',
  ]),
].join('');

let context: Context;
let page: Page;
let requests: string[] = [];
let server: Awaited<ReturnType<typeof startStaticServer>>;
let since = 0;

async function open(body: string): Promise<Page> {
  const path = `pywidgets-${requests.length}-${Math.random().toString(36).slice(2)}.html`;
  const r = await fetch(new URL(`__pages/${path}`, server.url), { method: 'PUT', body: JSON.stringify({ html: pageHtml(body, { config: null }) }) });
  expect(r.ok).toBe(true);
  const p = await context.newPage();
  await p.goto(new URL(path, server.url).href);
  await p.waitForFunction(() => customElements.get('exec-cell') !== undefined);
  return p;
}

beforeAll(async () => {
  // The project folder, logging every path asked for (the worker's requests too).
  server = await startStaticServer({
    root: process.cwd(),
    pages: true,
    headers: (req: { url?: string }) => {
      requests.push(new URL(req.url ?? '/', 'http://x').pathname);
      return {};
    },
  });
  context = await (await connectBrowser()).newContext();
  page = await open(BODY);
}, 60_000);

afterAll(async () => {
  await context?.close();
  await closeBrowser();
  await server?.close();
});

beforeEach(() => {
  since = Date.now();
});

// Offline: nothing leaves loopback (not the public Pyodide distribution, which lists traitlets).
afterEach(async () => {
  expect(await outsideRequests(since)).toEqual([]);
});

const OUT = '[part="output"]';

describe('ipywidgets in the browser’s Python, offline', () => {
  test('interact draws, and draws again when the slider is dragged or keyed', async () => {
    expect((await clickRun(page, 'interact', 120_000)).status).toBe('ok');
    await waitForSeenText(page, 'interact', OUT, /5 squared is 25/, 30_000);
    // The wheels came from exec-cell's own folder.
    expect(requests.filter((p) => p.includes('/python-wheels/')).sort()).toEqual([
      '/dist/python-wheels/comm-0.2.3-py3-none-any.whl',
      '/dist/python-wheels/ipywidgets-8.1.9-py3-none-any.whl',
      '/dist/python-wheels/traitlets-5.16.1-py3-none-any.whl',
    ]);
    await dragSlider(page, 'interact', 'end');
    await waitForSeenText(page, 'interact', OUT, /10 squared is 100/);
    expect(await seenText(page, 'interact', OUT)).not.toContain('5 squared is 25');
    // From the keyboard: Home takes the slider to its minimum.
    await cell(page, 'interact').locator('.noUi-handle').first().focus();
    await page.keyboard.press('Home');
    await waitForSeenText(page, 'interact', OUT, /1 squared is 1\b/);
    expect(await seenText(page, 'interact', OUT)).not.toContain('10 squared is 100');
  }, 180_000);

  test("a slider's observe callback sees the value it was dragged to, after the run ended", async () => {
    expect((await clickRun(page, 'observe')).status).toBe('ok');
    await cell(page, 'observe').locator('.widget-readout').first().waitFor({ state: 'visible', timeout: 15_000 });
    await dragSlider(page, 'observe', 'end');
    // What the callback printed shows in the cell of the slider.
    await waitForSeenText(page, 'observe', OUT, /observed 10/);
    await clickRun(page, 'read');
    expect(await outputText(page, 'read')).toBe('python reads 10 after [10]\n');
  });

  test("a button's on_click prints into an Output widget", async () => {
    expect((await clickRun(page, 'button')).status).toBe('ok');
    const button = cell(page, 'button').getByRole('button', { name: 'Check' });
    await button.waitFor({ state: 'visible', timeout: 15_000 });
    expect(await seenText(page, 'button', OUT)).not.toContain('clicked!');
    await button.click();
    await waitForSeenText(page, 'button', '.widget-output', /clicked! the answer is right/);
  });

  test('Restart ends the live widgets with the words of a Jupyter restart', async () => {
    await cell(page, 'observe').locator('[part="restart-button"]').click();
    await waitForSeenText(page, 'observe', OUT, /The kernel restarted: these widgets no longer work/);
    expect(await cell(page, 'observe').locator('.noUi-handle').count()).toBe(0);
  });

  test('a Python page that never imports ipywidgets downloads none of it', async () => {
    const before = requests.length;
    const plain = await open(cellHtml('plain', ['import json', 'print(json.dumps({"widgets": False}))']));
    try {
      expect((await clickRun(plain, 'plain', 120_000)).status).toBe('ok');
      expect(await outputText(plain, 'plain')).toBe('{"widgets": false}\n');
      const asked = requests.slice(before);
      expect(asked).toContain('/dist/pyodide/python_stdlib.zip');
      expect(asked.filter((p) => WHEELS.test(p) || p.includes('/chunks/manager-'))).toEqual([]);
    } finally {
      await plain.close();
    }
  }, 180_000);
});

describe('when the widget wheels cannot be had', () => {
  test('the cell says so in its language, with the cause, and the code still runs', async () => {
    await loadLanguage('de');
    const de = CATALOGUES.de as AllMessages;
    // The same files, but the ipywidgets wheel is gone (a site that did not copy it).
    const broken = await startStaticServer({
      root: process.cwd(),
      pages: true,
      routes: { '/dist/python-wheels/ipywidgets-8.1.9-py3-none-any.whl': (_req, res) => res.writeHead(404).end('gone') },
    });
    const r = await fetch(new URL('__pages/no-wheel.html', broken.url), {
      method: 'PUT',
      body: JSON.stringify({ html: pageHtml(cellHtml('w', ['print("before")', 'import ipywidgets']), { config: null, htmlAttributes: 'lang="de"' }) }),
    });
    expect(r.ok).toBe(true);
    const p = await context.newPage();
    try {
      await p.goto(new URL('no-wheel.html', broken.url).href);
      const result = await clickRun(p, 'w', 120_000);
      const text = await outputText(p, 'w');
      expect(text).toContain(`${de.pyodideWidgetsFailedName}: ${de.pyodideWidgetsFailed}`);
      // The cause (the wheel's URL and its 404), then Python's own error.
      expect(text).toContain(de.pyodideFileAnswered(new URL('dist/python-wheels/ipywidgets-8.1.9-py3-none-any.whl', broken.url).href, 404, 'Not Found'));
      expect(text).toContain('ModuleNotFoundError');
      expect(text).toContain('before');
      expect(text).not.toMatch(/could not|answered/);
      expect(result.status).toBe('error');
    } finally {
      await p.close();
      await broken.close();
    }
  }, 180_000);
});

describe('the demo', () => {
  test('the widgets demo page (Pyodide, offline) draws its interact', async () => {
    const demo = await startDemo({ port: 0 });
    try {
      const demoPage = await context.newPage();
      await demoPage.goto(new URL('widgets.html', demo.url).href);
      await demoPage.waitForFunction(() => customElements.get('exec-cell'));
      expect((await clickRun(demoPage, 'interact', 120_000)).status).toBe('ok');
      const handle = cell(demoPage, 'interact').locator('.noUi-handle').first();
      await handle.waitFor({ state: 'visible', timeout: 30_000 });
      await demoPage.close();
    } finally {
      await demo.stop();
    }
  }, 180_000);
});
