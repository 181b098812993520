// SPDX-License-Identifier: BSD-3-Clause
// dist/embedded_sagecell.js, the SageCell embed's file name: pages that call makeSagecell inside
// jQuery's `$(function () { … })`, as the embed's documentation does, get their cells; a page
// with a `$` of its own keeps it. No cell runs here (sagecell.e2e.ts runs them on a real server).
import { describe, expect, test } from 'vitest';
import { errorsOf, servePage, trackErrors, useBrowser } from './helpers.js';

const { context } = useBrowser();

async function open(head: string, body: string, lang = 'en') {
  const html = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>embed</title>${head}</head><body>${body}</body></html>`;
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

  test('a call the shim cannot set up says so where the cell was to be, in its language, and why', async () => {
    // Two elements for inputLocation with an outputLocation: the shim refuses (which output
    // would be whose?). The sentence comes from the small script, in the closest lang.
    const page = await open(
      `<script src="/dist/embedded_sagecell.js"></script>
       <script>$(function () { sagecell.makeSagecell({ inputLocation: '.s', outputLocation: '#out' }); });</script>`,
      `<div class="s" lang="fr">1 + 1</div><div class="s">2 + 2</div><div id="out"></div>
       <div class="t">3</div><div class="t">4</div>`,
      'de',
    );
    const note = page.locator('.s [role="alert"]');
    await note.waitFor();
    const text = (selector: string) => page.evaluate((sel) => document.querySelector(sel)!.textContent, selector);
    expect(await text('.s [role="alert"]')).toBe(
      'Cette cellule SageCell n’a pas pu être mise en place (makeSagecell: inputLocation must match one element when outputLocation is given.). ' +
        'Rechargez la page\u00a0; si le problème persiste, prévenez l’auteur de la page.',
    );
    await page.evaluate(() => (window as unknown as { sagecell: { makeSagecell: (a: object) => void } }).sagecell.makeSagecell({ inputLocation: '.t', outputLocation: '#out' }));
    const german = page.locator('.t [role="alert"]');
    await german.waitFor();
    expect(await text('.t [role="alert"]')).toMatch(/^Diese SageCell-Zelle konnte nicht eingerichtet werden \(makeSagecell: .*\)\. Laden Sie die Seite neu;/);
    expect(await page.locator('exec-cell').count()).toBe(0);
  });

  test('a page with its own $ keeps it', async () => {
    const page = await open(`<script>window.$ = function mine() { return 'mine'; };</script><script src="/dist/embedded_sagecell.js"></script>`, '<p>text</p>');
    await page.waitForFunction(() => 'ExecCell' in window);
    expect(await page.evaluate(() => (window as unknown as { $: () => string }).$())).toBe('mine');
    expect(await page.evaluate(() => typeof (window as unknown as { jQuery: unknown }).jQuery)).toBe('function');
  });
});
