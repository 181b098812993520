// SPDX-License-Identifier: BSD-3-Clause
// The documentation site (docs/, built by scripts/docs.mjs), as a reader goes through it: every
// page, served on loopback from the built site with its own copy of exec-cell. On each page:
// every link to another docs page answers (and its #fragment exists), every live example runs
// in the browser's Python with an output and no error in the cell (and the output it is marked
// to give, `data-expect`), no JS error, no request leaves loopback, and axe finds nothing.
// One browser context for the whole site, as one reader: Python boots cold on the first page
// with cells, and later pages start from its snapshot.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { clickRun, closeBrowser, connectBrowser, errorsOf, expectNoAxeViolations, messageText, outsideRequests, trackErrors, type Context, type Page } from './helpers.js';
import { startStaticServer } from '../servers/static.mjs';
import { buildDocs } from '../../scripts/docs.mjs';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const PAGES = readdirSync('docs').filter((f) => f.endsWith('.html')).sort();
const RECORDER = readFileSync('test/browsers/recorder.js');

/** The docs `npm test` built (.docs-dist/), if nothing it is made from changed since. */
function builtSite(): string | null {
  const built = '.docs-dist/index.html';
  if (!existsSync(built)) return null;
  const sources = [
    ...readdirSync('docs').map((f) => join('docs', f)),
    'dist/exec-cell.js',
    'dist/custom-elements.json',
    'scripts/docs.mjs',
  ].filter((f) => existsSync(f));
  const newest = Math.max(...sources.map((f) => statSync(f).mtimeMs));
  return statSync(built).mtimeMs >= newest ? '.docs-dist' : null;
}

let site: Awaited<ReturnType<typeof startStaticServer>>;
let context: Context;
let scratch: string | undefined;

beforeAll(async () => {
  let root = builtSite();
  if (!root) {
    scratch = mkdtempSync(join(tmpdir(), 'exec-cell-docs-'));
    root = await buildDocs(join(scratch, 'site'));
  }
  site = await startStaticServer({
    root,
    // Every page gets the tests' recorder first (WebDriver sees page errors only through it).
    inject: '<script src="/__recorder.js"></script>',
    routes: {
      '/__recorder.js': (_req, res) => {
        res.setHeader('content-type', 'text/javascript');
        res.end(RECORDER);
      },
    },
  });
  context = await (await connectBrowser()).newContext();
}, 120_000);

afterAll(async () => {
  await context?.close();
  await closeBrowser();
  await site?.close();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

/** The docs pages' answers, by path: the same links recur on every page. */
const answers = new Map<string, Promise<{ status: number; text: string }>>();
function answer(path: string) {
  if (!answers.has(path)) answers.set(path, fetch(new URL(path, site.url)).then(async (r) => ({ status: r.status, text: await r.text() })));
  return answers.get(path)!;
}

/** Every link of the page to another docs page: it answers 200, and its #fragment is there. */
async function brokenLinks(page: Page): Promise<string[]> {
  const hrefs = (await page.evaluate(() => [...document.querySelectorAll('a[href]')].map((a) => (a as HTMLAnchorElement).href))) as string[];
  const broken: string[] = [];
  for (const href of new Set(hrefs.filter((h) => h.startsWith(site.url)))) {
    const url = new URL(href);
    const { status, text } = await answer(url.pathname);
    if (status !== 200) broken.push(`${href}: ${status}`);
    else if (url.hash && !text.includes(`id="${decodeURIComponent(url.hash.slice(1))}"`)) broken.push(`${href}: no such fragment`);
  }
  return broken;
}

/** The text a cell's output shows, rich outputs included (each draws in a shadow root of its own). */
function shownOutput(page: Page, id: string): Promise<string> {
  return page.evaluate((id) => {
    const text = (node: Node): string => {
      if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
      const el = node as Element;
      if (el.localName === 'style' || el.localName === 'script') return '';
      const children = [...(el.shadowRoot?.childNodes ?? []), ...el.childNodes];
      return children.map(text).join('');
    };
    const output = document.getElementById(id as string)?.shadowRoot?.querySelector('[part="output"]');
    return output ? text(output) : '';
  }, id) as Promise<string>;
}

/** The page's live cells (given ids here) and the output each is marked to give. */
async function liveCells(page: Page, expected: number): Promise<Array<{ id: string; expect: string | null }>> {
  // Cells from Thebe or Juniper markup are made once their compatibility module has loaded.
  await page.waitForFunction((n) => document.querySelectorAll('exec-cell').length >= (n as number), expected, { timeout: 30_000 });
  return page.evaluate(() =>
    [...document.querySelectorAll('exec-cell')].map((cell, i) => {
      cell.id ||= `docs-cell-${i}`;
      const marked = (cell as HTMLElement).dataset.expect ?? (cell.closest('[data-expect]') as HTMLElement | null)?.dataset.expect;
      return { id: cell.id, expect: marked ?? null };
    }),
  );
}

describe('the docs site', () => {
  test.each(PAGES)('%s: its links answer, its examples run offline, no error, no outside request, no axe violation', async (name) => {
    const since = Date.now();
    // The cells in the page as built (static markup is escaped there): elements, and Thebe or
    // Juniper markup that becomes cells.
    const source = await (await fetch(new URL(name, site.url))).text();
    const expected = (source.match(/<exec-cell[\s>]/g) ?? []).length + (source.match(/<pre data-executable/g) ?? []).length;
    const page = await context.newPage();
    trackErrors(page);
    try {
      await page.goto(new URL(name, site.url).href);
      await page.waitForFunction(() => customElements.get('exec-cell') !== undefined);
      expect(await brokenLinks(page)).toEqual([]);

      const cells = await liveCells(page, expected);
      expect(cells.length).toBe(expected);
      for (const { id, expect: pattern } of cells) {
        const run = await clickRun(page, id, 90_000);
        // Rich outputs (Markdown, maths) draw once their renderer's chunk has loaded.
        let output = await shownOutput(page, id);
        for (const deadline = Date.now() + 15_000; !(pattern ? new RegExp(pattern).test(output) : output.trim()) && Date.now() < deadline; ) {
          await page.waitForTimeout(200);
          output = await shownOutput(page, id);
        }
        expect({ id, status: run.status, message: await messageText(page, id) }).toEqual({ id, status: 'ok', message: '' });
        expect(output.trim(), `#${id} shows an output`).not.toBe('');
        if (pattern) expect(output, `#${id}`).toMatch(new RegExp(pattern));
      }

      expect(await errorsOf(page)).toEqual([]);
      await expectNoAxeViolations(page);
      expect(await outsideRequests(since)).toEqual([]);
    } finally {
      await page.close();
    }
  }, 150_000);
});
