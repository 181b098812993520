// SPDX-License-Identifier: BSD-3-Clause
// The Moodle filter on real Moodle 4.5.6 course pages (../shared/moodle), as a guest, in every
// engine. The course-page check (scripts/moodle-check.html, the shortcodes as TinyMCE writes
// them; scripts/moodle-check.mjs is the same check by hand, for any Moodle): exactly four cells
// with the right backends and code, exec-cell.js loaded once from the site's own
// /filter/execcell/dist/, no JS error, no request off loopback, and the [python] cell runs.
// Then a course whose language is French: its cells speak French (their language is the
// page's, which Moodle's current_language() gives), while an English course's stay English.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { en } from '../../src/i18n/catalogues/en.js';
import { fr } from '../../src/i18n/catalogues/fr.js';
import { cell, clickRun, errorsOf, outputText, outsideRequests, trackErrors, useBrowser, type Page } from './helpers.js';
import { startMoodle } from '../servers/moodle.mjs';

const { context } = useBrowser();
/** A cold start of the browser's Python on two busy cores. */
const RUN_MS = 120_000;
const CHECK_HTML = readFileSync(new URL('../../scripts/moodle-check.html', import.meta.url), 'utf8');
/** What scripts/moodle-check.html asks for: the cells in page order, with the code the author typed. */
const EXPECTED_CELLS = [
  { backend: 'pyodide', code: 'for i in range(3):\n    print(i * 14)', inMain: true },
  { backend: 'sagecell', code: 'factor(2^64+1)', inMain: true },
  { backend: 'binder', code: 'import numpy', inMain: true },
  { backend: 'jupyter', code: 'print(1)', inMain: true },
];
const LANG_HTML = '<p>[python]print(6 * 7)[/python]</p>';

let moodle: Awaited<ReturnType<typeof startMoodle>>;
let checkPage: string;
let frenchPage: string;
let englishPage: string;

beforeAll(async () => {
  moodle = await startMoodle();
  checkPage = await moodle.page('check', CHECK_HTML);
  frenchPage = await moodle.frenchPage('lang', LANG_HTML);
  englishPage = await moodle.page('lang-en', LANG_HTML);
}, 25 * 60_000);
afterAll(() => moodle?.done());

/** Open a course page as a guest (the site logs visitors in as guests) and wait for the element. */
async function openCourse(url: string): Promise<Page> {
  const page = await context().newPage();
  trackErrors(page);
  await page.goto(url);
  // Not sent to the login page: the guest sees the course page itself.
  expect(new URL(await page.url()).pathname).toBe('/mod/page/view.php');
  await page.waitForFunction(() => customElements.get('exec-cell') !== undefined, undefined, { timeout: 30_000 });
  return page;
}


describe('the course-page check on a real Moodle', () => {
  test('four shortcodes as TinyMCE writes them: four cells with their backends and code, exec-cell.js once from the site, no error, nothing off loopback; [python] runs', async () => {
    const since = Date.now();
    const page = await openCourse(checkPage);
    const consoleErrors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));

    const cells = await page.evaluate(() =>
      [...document.querySelectorAll('exec-cell')].map((el) => ({
        backend: el.getAttribute('backend'),
        code: (el as HTMLElement & { code: string }).code,
        inMain: !!el.closest('#region-main, [role="main"]'),
      })),
    );
    expect(cells).toEqual(EXPECTED_CELLS);
    expect(await page.locator('exec-cell-error').count()).toBe(0);

    const origin = new URL(checkPage).origin;
    const scripts = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((e) => new URL(e.name))
        .filter((u) => u.pathname.endsWith('/exec-cell.js'))
        .map((u) => u.origin + u.pathname), // the plugin adds ?v=VERSION for caches
    );
    expect(scripts).toEqual([`${origin}/filter/execcell/dist/exec-cell.js`]);
    expect(await page.locator('script[src*="exec-cell.js"]').count()).toBe(1);

    // The [python] cell, on the plugin's own copy of Pyodide (its worker's requests are not the
    // page's resources; that none left loopback is checked below).
    await page.evaluate(() => (document.querySelector('exec-cell[backend="pyodide"]')!.id = 'python'));
    const result = await clickRun(page, 'python', RUN_MS);
    expect(result.status).toBe('ok');
    expect(await outputText(page, 'python')).toBe('0\n14\n28\n');

    await page.waitForTimeout(500); // late errors and requests
    expect(await errorsOf(page)).toEqual([]);
    // Moodle's own filter_mathjaxloader, on by default, puts MathJax from cdn.jsdelivr.net on the
    // page (the check's text has `$x^2$`): Moodle's doing, not the plugin's; refused all the same.
    const mathjax = await page.evaluate(() =>
      [...document.scripts].map((s) => s.src).filter((src) => /\/mathjax[@/].*\/MathJax\.js/i.test(src)),
    );
    const isMathjax = (target: string) => mathjax.some((src) => [`CONNECT ${new URL(src).hostname}:443`, `GET ${src}`].includes(target));
    const outside = await outsideRequests(since);
    expect(outside.filter((target) => !isMathjax(target))).toEqual([]);
    // The refused MathJax is a failed load in some engines' consoles; anything else is an error.
    expect(consoleErrors.filter((text) => !(mathjax.length && /Failed to load resource|MathJax|jsdelivr/i.test(text)))).toEqual([]);
  }, 3 * RUN_MS);
});

describe('a Moodle course in French', () => {
  /** What a reader sees and hears of a cell's controls; the language it takes (its closest lang). */
  function controls(page: Page) {
    return page.evaluate(() => {
      const el = document.querySelector('exec-cell')!;
      const root = el.shadowRoot!;
      const run = root.querySelector<HTMLElement>('[part="run-button"]')!;
      return {
        html: document.documentElement.lang,
        lang: el.closest('[lang]')?.getAttribute('lang'),
        run: run.innerText.replace('▶', '').trim(),
        runTitle: run.title,
        status: root.querySelector<HTMLElement>('[part="status"]')!.innerText.trim(),
      };
    });
  }
  const heard = (page: Page) => cell(page, 'lang').locator('[role="status"][aria-atomic="true"]').textContent();

  test('its cells speak French (the page’s language, from Moodle’s current_language()); an English course’s beside it stay English', async () => {
    const french = await openCourse(frenchPage);
    expect(await controls(french)).toEqual({ html: 'fr', lang: 'fr', run: fr.run, runTitle: fr.runTitle, status: fr.statusIdle });
    await french.evaluate(() => (document.querySelector('exec-cell')!.id = 'lang'));
    expect((await clickRun(french, 'lang', RUN_MS)).status).toBe('ok');
    expect(await outputText(french, 'lang')).toBe('42\n');
    expect(await heard(french)).toBe(fr.announceFinished(1));
    expect(fr.announceFinished(1)).toBe('Exécution terminée, 1 sortie');

    const english = await openCourse(englishPage);
    expect(await controls(english)).toEqual({ html: 'en', lang: 'en', run: en.run, runTitle: en.runTitle, status: en.statusIdle });
    expect(fr.run).not.toBe(en.run);
    expect(await errorsOf(french)).toEqual([]);
    expect(await errorsOf(english)).toEqual([]);
  }, 2 * RUN_MS);
});
