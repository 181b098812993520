// SPDX-License-Identifier: BSD-3-Clause
// `[sage]` cells on a real SageCell server (the upstream server from test/servers/sagecell/,
// Sage 9.5 from Debian, no terms of service, as sagecell.sagemath.org), from a page on another
// loopback origin, in Debian's Chromium: outputs, languages, shared and isolated kernels,
// @interact, the kernel-start queue, and every fault the server can throw at a page.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { cell, clickRun, expectNoAxeViolations, FETCH_RECORDER, messageText, recordedFetches, type Page, openPage, outputText, pageHtml, servePage, useBrowser, waitForOutput, waitForStatus } from './helpers.js';
import { startSageCell } from '../servers/sagecell/instances.mjs';
import { startTcpProxy } from '../servers/tcp-proxy.mjs';
import { freePort } from '../servers/ports.mjs';
import { startDemo } from '../../demo/serve.mjs';

const { context } = useBrowser();
let sage: Awaited<ReturnType<typeof startSageCell>>;

// The first start on a fresh machine installs Debian's sagemath (about 1.5 GB).
beforeAll(async () => {
  sage = await startSageCell({ tos: false });
}, 20 * 60_000);
afterAll(async () => {
  await sage?.stop();
});

/** A page whose SageCell cells use the test server (or `server`). */
function sagePage(body: string, server = sage.url): Promise<Page> {
  return openPage(context(), body, { config: { sagecellUrl: server } });
}

const codeOf = (id: string) => (document.getElementById(id) as HTMLElement & { code: string }).code;

/** The text of the cell's rich outputs (each lives in a shadow root of its own). */
function richText(page: Page, id: string): Promise<string> {
  return page.evaluate(
    (id) =>
      [...document.getElementById(id)!.shadowRoot!.querySelectorAll('.rich')].map((r) => (r.shadowRoot as ShadowRoot).textContent).join('\n'),
    id,
  );
}

describe('running Sage', () => {
  test('print: the output appears, the cell is idle again and shows the execution count', async () => {
    const page = await sagePage(`<exec-cell id="c" backend="sagecell">print(1+1)</exec-cell>`);
    const result = await clickRun(page, 'c');
    expect(result.status).toBe('ok');
    expect(await outputText(page, 'c')).toBe('2\n');
    expect(await cell(page, 'c').getAttribute('status')).toBe('idle');
    expect(await cell(page, 'c').locator('[part="execution-count"]').innerText()).toBe('[1]');
  });

  test('1/0: a readable traceback, the run is an error, the cell is ready for the next one', async () => {
    const page = await sagePage(`<exec-cell id="c" backend="sagecell">1/0</exec-cell>`);
    const result = await clickRun(page, 'c');
    expect(result.status).toBe('error');
    const text = await outputText(page, 'c');
    expect(text).toContain('ZeroDivisionError');
    expect(text).toContain('rational division by zero');
    expect(text).not.toContain('\u001b[');
    expect(await cell(page, 'c').getAttribute('status')).toBe('idle');
    expect(await messageText(page, 'c')).toBe('');
  });

  test('a Sage plot: the image the kernel wrote is fetched from the server and shown', async () => {
    const page = await sagePage(`<exec-cell id="c" backend="sagecell">plot(sin(x), (x, 0, 2*pi))</exec-cell>`);
    const result = await clickRun(page, 'c');
    expect(result.status).toBe('ok');
    // One output: the image (the execute_result with text/plain null shows nothing).
    expect(result.outputs).toHaveLength(1);
    const img = cell(page, 'c').locator('[part="output"] img');
    await img.waitFor();
    const drawn = await img.evaluate((i: HTMLImageElement) => ({ src: i.src.slice(0, 22), w: i.naturalWidth, h: i.naturalHeight }));
    expect(drawn.src).toBe('data:image/png;base64,');
    expect(drawn.w).toBeGreaterThan(300);
    expect(drawn.h).toBeGreaterThan(200);
  });

  test('HTML and LaTeX: html() renders as markup, show() as typeset maths (no TeX source left)', async () => {
    const page = await sagePage(
      `<exec-cell id="c" backend="sagecell"><script type="text/plain">show(html('<b id="bold">bold</b> & <i>text</i>'))
show(x^2/2 + sqrt(x))
table([[x, x^2]])</script></exec-cell>`,
    );
    const result = await clickRun(page, 'c');
    expect(result.status).toBe('ok');
    const shown = await page.evaluate(() => {
      const roots = [...document.getElementById('c')!.shadowRoot!.querySelectorAll('.rich')].map((r) => r.shadowRoot as ShadowRoot);
      return {
        bold: roots.some((r) => r.querySelector('b#bold')?.textContent === 'bold'),
        maths: roots.flatMap((r) => [...r.querySelectorAll('math')]).length,
        sqrt: roots.some((r) => r.querySelector('math msqrt') !== null),
        scripts: roots.some((r) => r.querySelector('script') !== null),
      };
    });
    expect(shown.bold).toBe(true);
    expect(shown.sqrt).toBe(true);
    // show() and the table's two cells.
    expect(shown.maths).toBe(3);
    expect(shown.scripts).toBe(false);
    const text = await richText(page, 'c');
    expect(text).not.toContain('\\frac');
    expect(text).not.toContain('newcommand');
  });

  test('python, gp and html cells run in those languages', async () => {
    const page = await sagePage(
      `<exec-cell id="py" backend="sagecell" language="python"><script type="text/plain">print("python", sum(range(10)), 7/2)</script></exec-cell>
       <exec-cell id="gp" backend="sagecell" language="gp">factor(2^64+1)</exec-cell>
       <exec-cell id="html" backend="sagecell" language="html"><script type="text/plain"><h3 id="t">Title</h3><p>Para "quoted" \\ backslash</p></script></exec-cell>`,
    );
    await clickRun(page, 'py');
    // Python's own division: Sage would print 7/2.
    expect(await outputText(page, 'py')).toBe('python 45 3.5\n');
    await clickRun(page, 'gp');
    expect(await outputText(page, 'gp')).toContain('[67280421310721 1]');
    await clickRun(page, 'html');
    // The output is drawn in the cell's next update, which may come a frame after the run ends.
    await page.waitForFunction(() => document.getElementById('html')!.shadowRoot!.querySelector('.rich')?.shadowRoot?.querySelector('p'));
    const html = await page.evaluate(() => {
      const root = document.getElementById('html')!.shadowRoot!.querySelector('.rich')!.shadowRoot!;
      return { h3: root.querySelector('h3#t')?.textContent, p: root.querySelector('p')?.textContent };
    });
    expect(html).toEqual({ h3: 'Title', p: 'Para "quoted" \\ backslash' });
  });
});

describe('shared and isolated kernels', () => {
  test('cells share a kernel (any language); isolated cells get a fresh one each run', async () => {
    const page = await sagePage(
      `<exec-cell id="a" backend="sagecell">a = 6*7</exec-cell>
       <exec-cell id="b" backend="sagecell">print(a)</exec-cell>
       <exec-cell id="p" backend="sagecell" language="python">print("python sees", a)</exec-cell>
       <exec-cell id="i" backend="sagecell" isolated>print(a)</exec-cell>
       <exec-cell id="other" backend="sagecell" session="other">print(a)</exec-cell>`,
    );
    await clickRun(page, 'a');
    await clickRun(page, 'b');
    expect(await outputText(page, 'b')).toBe('42\n');
    await clickRun(page, 'p');
    expect(await outputText(page, 'p')).toBe('python sees 42\n');
    const isolated = await clickRun(page, 'i');
    expect(isolated.status).toBe('error');
    expect(await outputText(page, 'i')).toContain("NameError: name 'a' is not defined");
    await clickRun(page, 'other');
    expect(await outputText(page, 'other')).toContain("NameError: name 'a' is not defined");
  });

  test('many autorun cells stay within the page’s kernel limit: every one runs, none is refused', async () => {
    const cells = Array.from({ length: 6 }, (_, i) => `<exec-cell id="c${i}" backend="sagecell" isolated autorun>sleep(float(0.5)); print(${i} * 11)</exec-cell>`);
    const page = await context().newPage();
    const p = await sagePageIn(page, cells.join('\n'));
    for (let i = 0; i < 6; i++) await waitForOutput(p, `c${i}`, new RegExp(`^${i * 11}\\n$`), 60_000);
    const kernelRequests = (await recordedFetches(p)).filter((f) => f.method === 'POST' && /\/kernel$/.test(new URL(f.url).pathname)).map((f) => f.status);
    expect(kernelRequests).toHaveLength(6);
    expect(kernelRequests.every((s) => s === 200)).toBe(true);
  });
});

describe('the page’s kernel limit never makes a cell wait for ever', () => {
  test('a start that would wait ends an idle kernel: first one kept only for interact controls, then the idle one unused longest', async () => {
    const page = await sagePage(
      `<exec-cell id="i" backend="sagecell" isolated><script type="text/plain">@interact
def f(n=slider(1, 5, 1)):
    print("n is", n)</script></exec-cell>
       <exec-cell id="a" backend="sagecell" session="a">x = "a"</exec-cell>
       <exec-cell id="b" backend="sagecell" session="b">x = "b"</exec-cell>
       <exec-cell id="c" backend="sagecell" session="c">print("c ran")</exec-cell>`,
    );
    await clickRun(page, 'i');
    await waitForOutput(page, 'i', /n is 1/);
    await clickRun(page, 'a');
    // Two kernels held (the interact's and a's): b's start ends the interact's.
    const b = await clickRun(page, 'b');
    expect(b.status).toBe('ok');
    await cell(page, 'i').getByText('These controls stopped working: their kernel was ended to make room for another cell’s').waitFor();
    expect(await cell(page, 'i').locator('input[type="range"]').isDisabled()).toBe(true);
    // Now a and b hold both: c's start ends a, idle for longest, and a's cell says so.
    const c = await clickRun(page, 'c');
    expect(c.status).toBe('ok');
    expect(await outputText(page, 'c')).toBe('c ran\n');
    await waitForStatus(page, 'a', 'error');
    expect(await messageText(page, 'a')).toContain(`This kernel was ended to make room for another cell’s: this page may hold 2 SageCell kernels at once on ${sage.url}. Its variables are lost.`);
    expect(await messageText(page, 'b')).toBe('');
  });
});

describe('@interact', () => {
  test('a slider re-runs the function; its output updates in place and the slider keeps focus', async () => {
    const page = await sagePage(
      `<exec-cell id="c" backend="sagecell" isolated><script type="text/plain">@interact
def f(n=slider(1, 10, 1, default=3)):
    print("square", n^2)</script></exec-cell>`,
    );
    const result = await clickRun(page, 'c');
    expect(result.status).toBe('ok');
    await waitForOutput(page, 'c', /square 9/);
    const slider = cell(page, 'c').locator('input[type="range"]');
    expect(await slider.getAttribute('aria-valuetext')).toBe('3');
    // The label names the slider (a real <label for>).
    expect(await cell(page, 'c').getByLabel('n', { exact: true }).getAttribute('type')).toBe('range');
    await slider.focus();
    await page.keyboard.press('ArrowRight');
    await waitForOutput(page, 'c', /square 16/);
    await page.keyboard.press('End');
    await waitForOutput(page, 'c', /square 100/);
    expect(await outputText(page, 'c')).not.toContain('square 16');
    const focused = await page.evaluate(() => {
      let a: Element | null = document.activeElement;
      while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
      return a?.getAttribute('type');
    });
    expect(focused).toBe('range');
    await waitForStatus(page, 'c', 'idle');
  });

  test('the controls say so when their kernel is gone; running the cell again gives working ones', async () => {
    const page = await sagePage(
      `<exec-cell id="c" backend="sagecell"><script type="text/plain">@interact
def f(t=input_box("x", type=str), flag=checkbox(False)):
    print("got", t, flag)</script></exec-cell>`,
    );
    await clickRun(page, 'c');
    await waitForOutput(page, 'c', /got x False/);
    await cell(page, 'c').locator('input[type="checkbox"]').check();
    await waitForOutput(page, 'c', /got x True/);
    await cell(page, 'c').locator('[part="restart-button"]').click();
    await waitForStatus(page, 'c', 'idle');
    // Restart clears the outputs' kernel: the controls it made cannot work any more.
    await cell(page, 'c').locator('.interact').first().locator('text=These controls stopped working').waitFor();
    expect(await cell(page, 'c').locator('input[type="checkbox"]').isDisabled()).toBe(true);
    await clickRun(page, 'c');
    await cell(page, 'c').locator('input[type="text"]').fill('hello');
    await cell(page, 'c').locator('input[type="text"]').press('Enter');
    await waitForOutput(page, 'c', /got hello False/);
  });
});

describe('interrupt and input', () => {
  test('Stop ends the kernel (SageCell cannot interrupt): the cell says its variables are lost', async () => {
    const page = await sagePage(
      `<exec-cell id="a" backend="sagecell">a = 1</exec-cell>
       <exec-cell id="c" backend="sagecell">import time
print("started", flush=True)
time.sleep(60)</exec-cell>
       <exec-cell id="b" backend="sagecell">print(a)</exec-cell>`,
    );
    await clickRun(page, 'a');
    const done = clickRun(page, 'c');
    await waitForOutput(page, 'c', /started/);
    await cell(page, 'c').locator('[part="interrupt-button"]').click();
    const result = await done;
    expect(result.status).toBe('aborted');
    expect(await messageText(page, 'c')).toContain('SageCell cannot interrupt running code, so its kernel was ended: its variables are lost.');
    expect(await cell(page, 'c').getAttribute('status')).toBe('idle');
    const after = await clickRun(page, 'b');
    expect(after.status).toBe('error');
    expect(await outputText(page, 'b')).toContain("NameError: name 'a' is not defined");
    expect(await messageText(page, 'b')).toContain('A fresh kernel started');
  });

  test('input(): a clear message that this server does not take input', async () => {
    const page = await sagePage(`<exec-cell id="c" backend="sagecell">name = input("Your name? ")</exec-cell>`);
    const result = await clickRun(page, 'c');
    expect(result.status).toBe('error');
    const text = await outputText(page, 'c');
    expect(text).toContain('input() cannot work here: a SageCell server does not pass what you type to running code.');
    // No input box that nobody would ever read.
    expect(await cell(page, 'c').locator('[part="input"]').count()).toBe(0);
  });
});

describe('faults: a specific message, never a hang, the code kept', () => {
  test('an unreachable server', async () => {
    const port = await freePort();
    const page = await sagePage(`<exec-cell id="c" backend="sagecell">print(1)</exec-cell>`, `http://127.0.0.1:${port}/`);
    const result = await clickRun(page, 'c');
    expect(result.status).toBe('error');
    expect(await messageText(page, 'c')).toContain(`Could not reach the SageCell server at http://127.0.0.1:${port}/.`);
    expect(await cell(page, 'c').getAttribute('status')).toBe('error');
    expect(await page.evaluate(codeOf, 'c')).toBe('print(1)');
  });

  test('too many kernels (429): the server’s own message', async () => {
    const page = await context().newPage();
    await sagePageIn(page, `<exec-cell id="first" backend="sagecell" isolated>print(1)</exec-cell><exec-cell id="c" backend="sagecell">print(2)</exec-cell>`);
    await clickRun(page, 'first');
    const cellSessionId = (await recordedFetches(page)).map((f) => /CellSessionID=([0-9a-f]+)/.exec(f.body)?.[1]).find(Boolean) ?? '';
    expect(cellSessionId).toMatch(/^[0-9a-f]{32}$/);
    // Another client with this page's CellSessionID takes both kernels the server allows it.
    const taken: string[] = [];
    for (let tries = 0; taken.length < 2 && tries < 50; tries++) {
      const r = await fetch(`${sage.url}kernel`, { method: 'POST', body: new URLSearchParams({ CellSessionID: cellSessionId, timeout: 'inf' }) });
      // 429 while the server still counts the page's own kernel, just ended.
      if (r.ok) taken.push(((await r.json()) as { id: string }).id);
      else await new Promise((res) => setTimeout(res, 100));
    }
    expect(taken).toHaveLength(2);
    try {
      const result = await clickRun(page, 'c');
      expect(result.status).toBe('error');
      const message = await messageText(page, 'c');
      expect(message).toContain(`The SageCell server at ${sage.url} refuses to start another kernel for this page`);
      expect(message).toContain('This page requested too many simultaneous kernels');
      expect(await page.evaluate(codeOf, 'c')).toBe('print(2)');
    } finally {
      for (const id of taken) await fetch(`${sage.url}kernel/${id}?method=DELETE`, { method: 'POST' });
    }
  });

  test('the server ends a shared kernel between runs: the cells say so, the next run starts afresh', async () => {
    const page = await context().newPage();
    await sagePageIn(page, `<exec-cell id="a" backend="sagecell">a = 1</exec-cell><exec-cell id="b" backend="sagecell">print(a)</exec-cell>`);
    await clickRun(page, 'a');
    await clickRun(page, 'b');
    const kernelId = (await recordedFetches(page)).filter((f) => f.method === 'POST' && /\/kernel$/.test(new URL(f.url).pathname)).at(-1)?.id ?? '';
    expect(kernelId).not.toBe('');
    // What the server does at its idle timeout or lifespan: the kernel stops, clients get `dead`.
    await fetch(`${sage.url}kernel/${kernelId}?method=DELETE`, { method: 'POST' });
    await waitForStatus(page, 'b', 'error', 10_000);
    expect(await messageText(page, 'b')).toContain('The SageCell server ended this kernel');
    expect(await messageText(page, 'b')).toContain('Its variables are lost.');
    await clickRun(page, 'b');
    expect(await outputText(page, 'b')).toContain("NameError: name 'a' is not defined");
    expect(await messageText(page, 'b')).toContain('A fresh kernel started');
  });

  test('a dropped connection mid-run: the cell says the kernel and its variables are gone; the next run works', async () => {
    const proxy = await startTcpProxy(sage.port);
    try {
      const page = await sagePage(
        `<exec-cell id="c" backend="sagecell">for i in range(40):
    print(i, flush=True)
    sleep(float(0.5))</exec-cell>
         <exec-cell id="d" backend="sagecell">print("after")</exec-cell>`,
        proxy.url,
      );
      const done = clickRun(page, 'c', 20_000);
      await waitForOutput(page, 'c', /^0\n/);
      proxy.cut();
      const result = await done;
      expect(result.status).toBe('error');
      expect(await messageText(page, 'c')).toContain(`Lost the connection to the SageCell server at ${proxy.url}`);
      expect(await messageText(page, 'c')).toContain("this kernel's variables are lost");
      expect(await cell(page, 'c').getAttribute('status')).toBe('error');
      expect(await page.evaluate(codeOf, 'c')).toContain('for i in range(40):');
      // The output before the drop stays.
      expect(await outputText(page, 'c')).toMatch(/^0\n/);
      const next = await clickRun(page, 'd');
      expect(next.status).toBe('ok');
      expect(await outputText(page, 'd')).toBe('after\n');
    } finally {
      await proxy.close();
    }
  });

  test('a kernel killed by its CPU limit: the cell says why, and the next run gets a fresh kernel', async () => {
    const page = await sagePage(`<exec-cell id="c" backend="sagecell">while True:
    pass</exec-cell><exec-cell id="d" backend="sagecell">print("alive")</exec-cell>`);
    // 30 s of CPU time: more wall time on a busy machine.
    const result = await clickRun(page, 'c', 150_000);
    expect(result.status).toBe('error');
    const message = await messageText(page, 'c');
    expect(message).toContain('The SageCell server ended the kernel while this code ran, so its variables are lost.');
    expect(message).toContain('about 30 seconds');
    expect(await cell(page, 'c').getAttribute('status')).toBe('error');
    expect(await page.evaluate(codeOf, 'c')).toBe('while True:\n    pass');
    const next = await clickRun(page, 'd');
    expect(next.status).toBe('ok');
    expect(await outputText(page, 'd')).toBe('alive\n');
  }, 180_000);
});

describe('pages written for the SageCell embed', () => {
  test('makeSagecell through the shim: cells made in place, options honoured', async () => {
    const page = await context().newPage();
    const url = await servePageWithShim(`
      <div id="one"><script type="text/x-sage">1 + 1</script></div>
      <div class="linked">a = 5</div>
      <div class="linked">print(a * 2)</div>
      <div id="input">print("elsewhere")</div>
      <div id="output"><p>Output:</p></div>
      <div id="gp"></div>
      <textarea id="ta">print("from a textarea")</textarea>
      <div id="tpl">print("template")</div>
      <script type="text/x-sage" id="src">print("from codeLocation")</script><div id="coded"></div>
      <div id="nobutton">print(1)</div>
      <script>
        window.called = 0;
        sagecell.makeSagecell({ inputLocation: '#one', evalButtonText: 'Compute', autoeval: true });
        sagecell.makeSagecell({ inputLocation: '.linked', linked: true });
        sagecell.makeSagecell({ inputLocation: '#input', outputLocation: '#output', hide: ['permalink'] });
        sagecell.makeSagecell({ inputLocation: '#gp', code: 'factor(91)', languages: ['gp', 'sage'], editor: 'codemirror-readonly' });
        sagecell.makeSagecell({ inputLocation: '#ta', callback: () => window.called++ });
        sagecell.makeSagecell({ inputLocation: '#tpl', template: sagecell.templates.minimal });
        sagecell.makeSagecell({ inputLocation: '#coded', codeLocation: '#src' });
        sagecell.makeSagecell({ inputLocation: '#nobutton', hide: ['evalButton', 'output'] });
      </script>`);
    await page.goto(url);
    // autoeval: the first cell runs on its own; its button says evalButtonText.
    const one = page.locator('#one exec-cell');
    await one.locator('[part="output"]').getByText('2', { exact: true }).waitFor({ timeout: 30_000 });
    expect(await one.locator('[part="run-button"]').innerText()).toContain('Compute');
    expect(await one.getAttribute('isolated')).toBe('');
    // linked: one kernel for the call's cells (and no autoeval).
    const linked = page.locator('.linked exec-cell');
    expect(await linked.count()).toBe(2);
    expect(await linked.nth(0).getAttribute('session')).toBe(await linked.nth(1).getAttribute('session'));
    await linked.nth(0).evaluate((el) => (el as HTMLElement & { run(): Promise<unknown> }).run());
    await linked.nth(1).locator('[part="run-button"]').click();
    await linked.nth(1).locator('[part="output"]').getByText('10').waitFor();
    // outputLocation: the editor stays, the output shows at #output (after what was there).
    await page.locator('#input exec-cell [part="run-button"]').click();
    await page.locator('#output exec-cell [part="output"]').getByText('elsewhere').waitFor();
    expect(await page.locator('#output p').innerText()).toBe('Output:');
    expect(await page.locator('#input exec-cell [part="output"]').isVisible()).toBe(false);
    // languages: a menu; the first language is the default; readonly editor.
    const gp = page.locator('#gp exec-cell');
    expect(await gp.getAttribute('language')).toBe('gp');
    expect(await gp.getAttribute('readonly')).toBe('');
    expect(await page.locator('#gp select').inputValue()).toBe('gp');
    await gp.locator('[part="run-button"]').click();
    await waitForOutputIn(gp, /\[\s*7 1\]\s+\[13 1\]/);
    // A textarea gives way to a cell with its text; callback runs once the cell is there.
    expect(await page.locator('#ta').isHidden()).toBe(true);
    expect(await page.locator('exec-cell:has(+ #ta)').evaluate((el) => (el as HTMLElement & { code: string }).code)).toBe('print("from a textarea")');
    expect(await page.evaluate(() => (window as unknown as { called: number }).called)).toBe(1);
    // templates.minimal: read-only, code hidden (with a button to show it).
    const tpl = page.locator('#tpl exec-cell');
    expect(await tpl.getAttribute('readonly')).toBe('');
    expect(await tpl.getAttribute('hide-code')).toBe('');
    expect(await tpl.locator('[part="editor"]').isVisible()).toBe(false);
    expect(await page.locator('#coded exec-cell').evaluate((el) => (el as HTMLElement & { code: string }).code)).toBe('print("from codeLocation")');
    // hide: evalButton and output.
    expect(await page.locator('#nobutton exec-cell [part="run-button"]').isVisible()).toBe(false);
    expect(await page.locator('#nobutton exec-cell [part="output"]').isVisible()).toBe(false);
  });
});

describe('on a Moodle-like page', () => {
  test('beside RequireJS and under a strict CSP (connect-src names the server): plots, maths and interacts work', async () => {
    const ws = sage.url.replace('http', 'ws');
    const page = await openPage(
      context(),
      `<exec-cell id="c" backend="sagecell"><script type="text/plain">show(x^2)
plot(x, (x, 0, 1))</script></exec-cell>
       <exec-cell id="i" backend="sagecell"><script type="text/plain">@interact
def f(k=slider(1, 3, 1)):
    print("k", k)</script></exec-cell>`,
      {
        config: { sagecellUrl: sage.url },
        head: `<script src="/node_modules/requirejs/require.js"></script>`,
        headers: {
          'content-security-policy': `default-src 'self'; script-src 'self'; connect-src 'self' ${sage.url} ${ws}; img-src 'self' data:; style-src 'self' 'unsafe-inline'`,
        },
      },
    );
    await page.evaluate(() => {
      (window as unknown as { violations: string[] }).violations = [];
      document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { violations: string[] }).violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    const result = await clickRun(page, 'c');
    expect(result.status).toBe('ok');
    expect(await cell(page, 'c').locator('[part="output"] img').evaluate((i: HTMLImageElement) => i.naturalWidth)).toBeGreaterThan(100);
    expect(await page.evaluate(() => document.getElementById('c')!.shadowRoot!.querySelector('.rich')!.shadowRoot!.querySelector('math msup') !== null)).toBe(true);
    await clickRun(page, 'i');
    await waitForOutput(page, 'i', /k 1/);
    await cell(page, 'i').locator('input[type="range"]').focus();
    await page.keyboard.press('ArrowRight');
    await waitForOutput(page, 'i', /k 2/);
    expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
    expect(await page.evaluate(() => Object.keys((window as unknown as { requirejs: { s: { contexts: { _: { defined: object } } } } }).requirejs.s.contexts._.defined))).toEqual([]);
  });
});

describe('the demo', () => {
  test('the SageCell demo page runs its cells, interact included, with no accessibility violations', async () => {
    const demo = await startDemo({ port: 0, sagecellUrl: sage.url });
    try {
      const page = await context().newPage();
      await page.goto(`${demo.url}sagecell.html`);
      await page.waitForFunction(() => customElements.get('exec-cell'));
      expect(await page.locator('header').innerText()).toContain(`These cells run on the local SageCell server at ${sage.url}`);
      await clickRun(page, 'hello');
      expect(await outputText(page, 'hello')).toContain('274177 * 67280421310721');
      await clickRun(page, 'interact');
      await waitForOutput(page, 'interact', /Taylor polynomial of degree 5/);
      await clickRun(page, 'plot');
      await page.locator('#embedded exec-cell [part="run-button"]').click();
      await page.locator('#embedded exec-cell [part="output"]').getByText('Open the 3-D plot').waitFor({ timeout: 30_000 });
      await expectNoAxeViolations(page);
    } finally {
      await demo.stop();
    }
  });
});

/** A page written for the embed, with exec-cell's script tag where embedded_sagecell.js was. */
function servePageWithShim(body: string): Promise<string> {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>makeSagecell page</title>
<script src="/dist/exec-cell.js" data-sagecell-url="${sage.url}"></script></head><body>${body}</body></html>`;
  return servePage(html, `e2e/sagecell-shim-${process.pid}-${Date.now()}.html`);
}

/** Load a SageCell page into a page the test already listens to. */
async function sagePageIn(page: Page, body: string): Promise<Page> {
  const url = await servePage(pageHtml(body, { config: { sagecellUrl: sage.url }, head: FETCH_RECORDER }), `e2e/sagecell-${process.pid}-${Date.now()}.html`);
  await page.goto(url);
  await page.waitForFunction(() => customElements.get('exec-cell') !== undefined);
  return page;
}

async function waitForOutputIn(locator: ReturnType<Page['locator']>, pattern: RegExp): Promise<void> {
  await locator.evaluate(
    (el, [source, flags]) =>
      new Promise<void>((resolve) => {
        const check = () =>
          new RegExp(source!, flags).test((el.shadowRoot!.querySelector('[part="output"]') as HTMLElement).innerText) ? resolve() : setTimeout(check, 50);
        check();
      }),
    [pattern.source, pattern.flags],
  );
}
