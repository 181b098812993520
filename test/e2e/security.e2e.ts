// SPDX-License-Identifier: BSD-3-Clause
// Hostile outputs: real attack strings printed by real kernels must never run in the page.
import { describe, expect, test } from 'vitest';
import { cell, clickRun, openPage, useBrowser, type Page } from './helpers.js';

const { context } = useBrowser();

/** Python code (as escaped text content) that displays `html` as the given mime type. */
function displayCode(mime: string, payload: string): string {
  const code = `from IPython.display import display\ndisplay({${JSON.stringify(mime)}: ${JSON.stringify(payload)}}, raw=True)`;
  return code.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

const ATTACKS = [
  `<script>window.__pwned = "script"</script>`,
  `<img src="x" onerror="window.__pwned = 'onerror'">`,
  `<svg onload="window.__pwned = 'svg onload'"><circle r="5"/></svg>`,
  `<a id="js" href="javascript:window.__pwned='href'">click</a>`,
  `<iframe srcdoc="<script>parent.__pwned='iframe'</script>"></iframe>`,
  `<object data="data:text/html,<script>parent.__pwned='object'</script>"></object>`,
  `<details open ontoggle="window.__pwned='ontoggle'"><summary>x</summary></details>`,
  `<math><mtext><table><mglyph><style><img src=x onerror="window.__pwned='mxss'"></style></mglyph></table></mtext></math>`,
  `<form action="javascript:window.__pwned='form'"><button id="submit">go</button></form>`,
  `<meta http-equiv="refresh" content="0;url=javascript:window.__pwned='meta'">`,
  `<base href="javascript:window.__pwned='base'//">`,
  `<style>:host, button, * { display: none !important }</style><p id="styled">styled</p>`,
];

async function pwned(page: Page): Promise<unknown> {
  return page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned);
}

describe('hostile outputs', () => {
  test('HTML attacks in text/html do not run, and a <style> stays inside its output', async () => {
    const body = ATTACKS.map((a, i) => `<exec-cell id="h${i}">${displayCode('text/html', a)}</exec-cell>`).join('\n');
    const page = await openPage(context(), body);
    for (let i = 0; i < ATTACKS.length; i++) await clickRun(page, `h${i}`);
    await page.waitForTimeout(500);
    // Click what a reader might click.
    await cell(page, 'h3').locator('a#js').click({ force: true }).catch(() => {});
    expect(await cell(page, 'h8').locator('#submit').count()).toBe(0);
    await page.waitForTimeout(300);
    expect(await pwned(page)).toBeUndefined();
    expect(await page.url()).toContain('/e2e/');
    // The hostile style hid nothing outside its own output: the toolbar is still visible.
    expect(await cell(page, 'h11').locator('[part="run-button"]').isVisible()).toBe(true);
    expect(await cell(page, 'h11').locator('#styled').isVisible()).toBe(false);
    // The harmless part of the markup is still shown.
    expect(await cell(page, 'h3').locator('a#js').innerText()).toBe('click');
    expect(await cell(page, 'h3').locator('a#js').getAttribute('href')).toBeNull();
  });

  test('SVG and Markdown attacks do not run', async () => {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg"><script>window.__pwned='svg script'</script><image href="x" onerror="window.__pwned='svg image'"/><rect width="10" height="10"/></svg>`;
    const md = `# Title\n\n<img src=x onerror="window.__pwned='md img'">\n\n[link](javascript:window.__pwned='md link')\n\n<script>window.__pwned='md script'</script>`;
    const page = await openPage(
      context(),
      `<exec-cell id="svg">${displayCode('image/svg+xml', svg)}</exec-cell><exec-cell id="md">${displayCode('text/markdown', md)}</exec-cell>`,
    );
    await clickRun(page, 'svg');
    await clickRun(page, 'md');
    await cell(page, 'md').locator('h1').waitFor();
    await cell(page, 'md').getByText('link').click({ force: true }).catch(() => {});
    await page.waitForTimeout(500);
    expect(await pwned(page)).toBeUndefined();
    expect(await cell(page, 'svg').locator('rect').count()).toBe(1);
  });

  test('text outputs and tracebacks are text: markup in them is shown, not parsed', async () => {
    const page = await openPage(
      context(),
      `<exec-cell id="c">print("&lt;img src=x onerror=window.__pwned=1&gt;")\nraise ValueError("&lt;script&gt;window.__pwned=2&lt;/script&gt;")</exec-cell>`,
    );
    await clickRun(page, 'c');
    const out = cell(page, 'c').locator('[part="output"]');
    expect(await out.innerText()).toContain('<img src=x onerror=window.__pwned=1>');
    expect(await out.innerText()).toContain('ValueError: <script>window.__pwned=2</script>');
    expect(await out.locator('img, script').count()).toBe(0);
    expect(await pwned(page)).toBeUndefined();
  });

  test('with trust-outputs, scripts run only inside an opaque-origin sandboxed iframe', async () => {
    // The output's script reports what it could do to the page by postMessage: the one channel
    // out of an opaque-origin frame (the test reads it the same way in every engine).
    const html = `<p id="t">trusted</p><script>document.getElementById('t').textContent = 'script ran'; try { parent.document.title = 'escaped'; } catch (e) { document.body.append(' blocked:' + e.name) } try { localStorage.x = 1 } catch (e) { document.body.append(' no-storage') } parent.postMessage({ report: document.body.innerText, origin: String(origin) }, '*')</script>`;
    const page = await openPage(
      context(),
      `<exec-cell id="trusted" trust-outputs>${displayCode('text/html', html)}</exec-cell>
       <exec-cell id="untrusted">${displayCode('text/html', html)}</exec-cell>`,
    );
    await page.evaluate(() => {
      const w = window as unknown as { reports: { report: string; origin: string }[] };
      w.reports = [];
      addEventListener('message', (e) => e.data?.report && w.reports.push(e.data));
    });
    await clickRun(page, 'trusted');
    await clickRun(page, 'untrusted');
    const frame = cell(page, 'trusted').locator('iframe');
    expect(await frame.getAttribute('sandbox')).toBe('allow-scripts');
    await page.waitForFunction(() => (window as unknown as { reports: unknown[] }).reports.length > 0);
    const reports = await page.evaluate(() => (window as unknown as { reports: { report: string; origin: string }[] }).reports);
    expect(reports).toHaveLength(1); // only the trusted output's script ran
    const text = reports[0]!.report;
    expect(text).toContain('script ran');
    expect(text).toContain('blocked:SecurityError');
    expect(text).toContain('no-storage');
    expect(reports[0]!.origin).toBe('null'); // an opaque origin
    expect(await page.title()).toBe('exec-cell test');
    // Without trust-outputs the same output is sanitised: no frame, no script.
    expect(await cell(page, 'untrusted').locator('iframe').count()).toBe(0);
    expect(await cell(page, 'untrusted').locator('#t').innerText()).toBe('trusted');
  });

  test('the page may forbid trust-outputs (data-allow-trust-outputs="false")', async () => {
    const html = `<p id="t">x</p><script>document.getElementById('t').textContent = 'ran'</script>`;
    const page = await openPage(context(), `<exec-cell id="c" trust-outputs>${displayCode('text/html', html)}</exec-cell>`, {
      scriptAttributes: 'data-allow-trust-outputs="false"',
    });
    await clickRun(page, 'c');
    expect(await cell(page, 'c').locator('iframe').count()).toBe(0);
    expect(await cell(page, 'c').locator('#t').innerText()).toBe('x');
  });
});
