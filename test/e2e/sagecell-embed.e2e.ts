// SPDX-License-Identifier: BSD-3-Clause
// dist/embedded_sagecell.js, the SageCell embed's file name: pages that call makeSagecell inside
// jQuery's `$(function () { … })`, as the embed's documentation does, get their cells; a page
// with a `$` of its own keeps it. No cell runs here (sagecell.e2e.ts runs them on a real server).
import { describe, expect, test } from 'vitest';
import { errorsOf, servePage, trackErrors, useBrowser } from './helpers.js';

const { context } = useBrowser();

async function open(head: string, body: string) {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>embed</title>${head}</head><body>${body}</body></html>`;
  const page = await context().newPage();
  trackErrors(page);
  await page.goto(await servePage(html, `e2e/embed-${process.pid}-${Math.random().toString(36).slice(2)}.html`));
  return page;
}

describe('embedded_sagecell.js', () => {
  test('$(function () { sagecell.makeSagecell(…) }) makes the cells, with jQuery from the file', async () => {
    const page = await open(
      `<script src="/dist/embedded_sagecell.js"></script>
       <script>$(function () { sagecell.makeSagecell({ inputLocation: '#s', evalButtonText: 'Evaluate' }); });</script>`,
      `<div id="s"><script type="text/x-sage">
  plot(sin(x), (x, 0, pi))
</script></div>`,
    );
    await page.locator('exec-cell').waitFor();
    expect(await page.evaluate(() => (document.querySelector('exec-cell') as HTMLElement & { code: string }).code)).toBe('plot(sin(x), (x, 0, pi))');
    expect(await page.evaluate(() => (window as unknown as { jQuery: { fn: { jquery: string } } }).jQuery.fn.jquery)).toMatch(/^4\./);
    expect(await errorsOf(page)).toEqual([]);
  });

  test('a page with its own $ keeps it', async () => {
    const page = await open(`<script>window.$ = function mine() { return 'mine'; };</script><script src="/dist/embedded_sagecell.js"></script>`, '<p>text</p>');
    await page.waitForFunction(() => 'ExecCell' in window);
    expect(await page.evaluate(() => (window as unknown as { $: () => string }).$())).toBe('mine');
    expect(await page.evaluate(() => typeof (window as unknown as { jQuery: unknown }).jQuery)).toBe('function');
  });
});
