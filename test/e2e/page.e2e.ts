// SPDX-License-Identifier: BSD-3-Clause
// The script tag in the pages it must live in: beside RequireJS (every Moodle page), under a
// strict Content Security Policy, configured by data-* attributes; and the demo page.
import { describe, expect, test } from 'vitest';
import { cell, clickRun, expectNoAxeViolations, errorsOf, fetchedPaths, jupyter, messageText, openPage, outputText, pageHtml, servePage, useBrowser, waitForOutput } from './helpers.js';
import { startDemo } from '../../demo/serve.mjs';

const { context } = useBrowser();

describe('the script tag', () => {
  test('works on a page that loaded RequireJS first, and defines no AMD module', async () => {
    const page = await openPage(context(), `<exec-cell id="c">print("beside requirejs")</exec-cell>`, {
      head: `<script src="/node_modules/requirejs/require.js"></script>`,
    });
    await clickRun(page, 'c');
    expect(await outputText(page, 'c')).toBe('beside requirejs\n');
    // RequireJS saw no define() call: no anonymous module waits for a name.
    const defined = await page.evaluate(() => Object.keys((window as unknown as { requirejs: { s: { contexts: { _: { defined: object } } } } }).requirejs.s.contexts._.defined));
    expect(defined).toEqual([]);
    expect(await errorsOf(page)).toEqual([]);
    // The only globals it adds: ExecCell (and nothing named define or require of its own).
    expect(await page.evaluate(() => typeof (window as unknown as { ExecCell: unknown }).ExecCell)).toBe('object');
  });

  test('runs under a Content Security Policy without unsafe-eval (or unsafe-inline scripts)', async () => {
    const { url } = jupyter();
    const ws = url.replace(/^http/, 'ws');
    const page = await openPage(context(), `<exec-cell id="c">from IPython.display import Markdown\nMarkdown("**md** $x^2$")</exec-cell>`, {
      headers: {
        'content-security-policy': `default-src 'self'; script-src 'self'; connect-src 'self' ${url} ${ws}; img-src 'self' data:; style-src 'self' 'unsafe-inline'`,
      },
    });
    // The page itself sees every violation (securitypolicyviolation), in every engine.
    await page.evaluate(() => {
      const w = window as unknown as { violations: string[] };
      w.violations = [];
      document.addEventListener('securitypolicyviolation', (e) => w.violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    await clickRun(page, 'c');
    await cell(page, 'c').locator('strong').waitFor();
    expect(await cell(page, 'c').locator('strong').innerText()).toBe('md');
    const violations = await page.evaluate(() => (window as unknown as { violations: string[] }).violations);
    expect(violations.filter((v) => !/style/i.test(v))).toEqual([]);
  });

  test('page defaults come from the script tag’s data-* attributes', async () => {
    const { url, token } = jupyter();
    const page = await openPage(context(), `<exec-cell id="c">print("from data-server")</exec-cell>`, {
      config: null,
      scriptAttributes: `data-server="${url}" data-token="${token}"`,
    });
    await clickRun(page, 'c');
    expect(await outputText(page, 'c')).toBe('from data-server\n');
  });

  test('an autorun cell runs when the page loads, on the one kernel the script tag asked for early', async () => {
    const page = await context().newPage();
    const body = `<exec-cell id="c" autorun>print("auto")</exec-cell><exec-cell id="d" autorun>print("same kernel")</exec-cell>`;
    await page.goto(await servePage(pageHtml(body), `e2e/autorun-${process.pid}.html`));
    await waitForOutput(page, 'c', /^auto\n$/);
    await waitForOutput(page, 'd', /^same kernel\n$/);
    // Kernels are started by a POST to api/kernels (the only request to that path).
    expect((await fetchedPaths(page)).filter((p) => p.endsWith('/api/kernels'))).toHaveLength(1);
  });

  test('a kernel the script tag started early reports its failure in the cell', async () => {
    const page = await openPage(context(), `<exec-cell id="c" autorun>print(1)</exec-cell>`, {
      config: { server: jupyter().url, token: 'wrong' },
    });
    await page.waitForFunction(() => document.getElementById('c')?.getAttribute('status') === 'error');
    expect(await messageText(page, 'c')).toContain('refused the token');
  });

  test('a kernel asked for early that no cell takes is shut down when the page goes away', async () => {
    const page = await context().newPage();
    // The page's own script takes autorun off before the element loads: the kernel the script
    // tag asked for is never claimed by a cell.
    const body = `<exec-cell id="c" autorun>print(1)</exec-cell>`;
    const html = pageHtml(body).replace('</body>', `<script>document.getElementById('c').removeAttribute('autorun')</script></body>`);
    await page.goto(await servePage(html, `e2e/unclaimed-${process.pid}.html`));
    const id = await page.evaluate(async () => (await [...window.ExecCell.kernelStarts.values()][0]).id);
    const { url, token } = jupyter();
    const running = async () => {
      const r = await fetch(`${url}api/kernels?token=${token}`);
      return ((await r.json()) as { id: string }[]).some((k) => k.id === id);
    };
    expect(await running()).toBe(true);
    await page.close();
    await expect.poll(running, { timeout: 10_000 }).toBe(false);
  });

  test('settings that cannot be used (the page’s or a cell’s) are said in the cell, not run somewhere else', async () => {
    const typo = await openPage(context(), `<exec-cell id="c">print(1)</exec-cell>`, {
      config: null,
      scriptAttributes: 'data-backend="sagecel" data-timeout="30s"',
    });
    await clickRun(typo, 'c');
    expect(await typo.getAttribute('#c', 'status')).toBe('error');
    const message = await messageText(typo, 'c');
    expect(message).toContain('backend “sagecel” does not exist (use pyodide, jupyter, binder, sagecell, jobe)');
    expect(message).toContain('timeout “30s” is not a number of seconds');
    expect(message).toContain('data-exec-cell-config');

    const notJson = await openPage(context(), `<exec-cell id="c">print(1)</exec-cell>`, {
      config: null,
      head: `<script type="application/json" data-exec-cell-config>{server: "http://127.0.0.1:1/"}</script>`,
    });
    await clickRun(notJson, 'c');
    expect(await messageText(notJson, 'c')).toContain('the data-exec-cell-config block is not valid JSON');
    expect(await outputText(notJson, 'c')).toBe('');

    const badCell = await openPage(context(), `<exec-cell id="c" timeout="soon">print(1)</exec-cell>`);
    await clickRun(badCell, 'c');
    expect(await messageText(badCell, 'c')).toContain('timeout="soon" is not a number of seconds');
  });

  test('cells added to the page later work too', async () => {
    const page = await openPage(context(), `<div id="later"></div>`);
    await page.evaluate(() => {
      const c = document.createElement('exec-cell');
      c.id = 'c';
      c.textContent = 'print("added")';
      document.getElementById('later')!.append(c);
    });
    await clickRun(page, 'c');
    expect(await outputText(page, 'c')).toBe('added\n');
  });
});

describe('the demo', () => {
  test('the demo pages run cells (Python in the browser, and Jupyter), with no accessibility violations', async () => {
    const demo = await startDemo({ port: 0 });
    try {
      const page = await context().newPage();
      // The main demo: Python in the page (Pyodide), no server.
      await page.goto(demo.url);
      await page.waitForFunction(() => customElements.get('exec-cell'));
      await clickRun(page, 'hello');
      expect(await outputText(page, 'hello')).toMatch(/Hello from Python 3\.\d+\.\d+ in your browser!\n+42/);
      await clickRun(page, 'error');
      await expectNoAxeViolations(page);
      // The Jupyter demo, linked from it.
      await page.getByRole('link', { name: 'the Jupyter demo' }).click();
      await page.waitForFunction(() => location.pathname.endsWith('/jupyter.html') && customElements.get('exec-cell'));
      await clickRun(page, 'hello');
      expect(await outputText(page, 'hello')).toMatch(/Hello from a real Python kernel!\n+2/);
      await expectNoAxeViolations(page);
    } finally {
      await demo.stop();
    }
  });
});
