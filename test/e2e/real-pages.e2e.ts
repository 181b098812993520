// SPDX-License-Identifier: BSD-3-Clause
// Real pages written for Thebe, ThebeLab, Juniper and the SageCell embed, taken as they are
// from public repositories (test/fixtures/real-pages/manifest.json names each source: repository,
// path, commit), switched to exec-cell by the one change README documents: the old library's
// script tag becomes exec-cell's (with the site owner's data-backend / data-server), nothing
// else. Every request that leaves loopback is refused (the test setup's outside proxy), as on a
// machine with no network: Binder pages run on the browser's Python (as a site that serves no
// packages: data-pyodide-index-url="none", so no cell tries the public distribution while a test
// beside it proves its page makes no outside request), local-server pages on the real Jupyter
// server, Sage pages on a real SageCell server.
//
// For each page: every cell is found, its code is exactly the page's (read from the original
// page, with the old library's reading of it), each runs to the outcome the manifest records
// (ok, or an error whose reason lies in the page: a package that cannot exist offline, Sage
// code, a deliberate error), the page's own scripts keep working, and exec-cell logs no error.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { clickRun, closeBrowser, connectBrowser, engine, jupyter, servePage, trackErrors, errorsOf, webUrl, type Context, type Page } from './helpers.js';
import { startSageCell } from '../servers/sagecell/instances.mjs';
import { readCode } from '../../src/filter/code.js';

interface RealPage {
  page: string;
  repository: string;
  path: string;
  commit: string;
  library: string;
  /** The old library's script `src`, as the page has it. */
  oldScript: string;
  /** exec-cell's file that replaces it (`exec-cell.js`, or `embedded_sagecell.js` for the embed). */
  newScript: string;
  /** The site owner's attributes on the new script tag ({{jupyter}}, {{token}}, {{sagecell}} filled in). */
  scriptAttributes: string;
  /** Where the original page keeps each cell's code, in page order. */
  codeFrom?: string;
  /** How the old library read it: `thebe` (text, trimmed; exec-cell also removes common indentation) or `trim`. */
  codeRule?: 'thebe' | 'trim';
  /** The cells' code, where the old library made it (Thebe's stripPrompts). */
  codes?: string[];
  /** Per cell: `ok`, or a pattern the error must match. */
  outcomes: string[];
  /** Why a cell fails, per failing cell: the reason lies in the page. */
  why?: string;
  /** Errors the page's own scripts throw, whatever library it uses. */
  pageErrors?: string[];
}

const FIXTURES = new URL('../fixtures/real-pages/', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('manifest.json', FIXTURES), 'utf8')) as { pages: RealPage[] };
// One browser profile for the whole corpus, as one reader going from page to page of a site:
// the browser's Python boots cold once, and later pages start from its stored snapshot.
let shared: Context | undefined;
const context = (): Context => shared!;

let sagecell: Awaited<ReturnType<typeof startSageCell>> | undefined;
const needsSage = manifest.pages.some((p) => p.scriptAttributes.includes('{{sagecell}}'));
beforeAll(async () => {
  shared = await (await connectBrowser()).newContext();
  if (needsSage) sagecell = await startSageCell({ tos: false });
}, 20 * 60_000);
afterAll(async () => {
  await shared?.close();
  await closeBrowser();
  await sagecell?.stop();
});

/** The documented change: the old script tag's `src` (and only it) becomes exec-cell's, with the site owner's attributes. */
export function convert(html: string, p: RealPage, dist: string): string {
  const attrs = p.scriptAttributes
    .replace('{{jupyter}}', jupyter().url)
    .replace('{{token}}', jupyter().token)
    .replace('{{sagecell}}', sagecell?.url ?? '');
  const escaped = p.oldScript.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const tag = new RegExp(`<script([^>]*?)\\ssrc=(["'])${escaped}\\2([^>]*)>`);
  if (!tag.test(html)) throw new Error(`${p.page}: no <script src="${p.oldScript}"> to replace`);
  return html.replace(tag, `<script$1 src="${dist}${p.newScript}" ${attrs}$3>`);
}

/** The code of each cell as the old library read it from the original page. */
async function originalCodes(page: Page, p: RealPage): Promise<string[]> {
  if (p.codes) return p.codes;
  const texts = await page.evaluate((selector) => [...document.querySelectorAll(selector)].map((e) => e.textContent ?? ''), p.codeFrom!);
  return texts.map((t) => (p.codeRule === 'trim' ? t.trim() : readCode(t).trim()));
}

/** Each cell's outcome: runs it (Run, or waits for its autorun), `ok` or the error's text. */
async function outcomes(page: Page, count: number): Promise<string[]> {
  const results: string[] = [];
  for (let i = 0; i < count; i++) {
    const id = await page.evaluate((i) => {
      const c = document.querySelectorAll('exec-cell')[i] as HTMLElement;
      c.id ||= `real-cell-${i}`;
      return c.id;
    }, i);
    const autorun = await page.evaluate((id) => document.getElementById(id)!.hasAttribute('autorun'), id);
    let outputs: Array<Record<string, unknown>>;
    if (autorun) {
      try {
        await page.waitForFunction(
          (id) => {
            const c = document.getElementById(id) as HTMLElement & { outputs: unknown[] };
            return c.getAttribute('status') === 'idle' && c.outputs.length > 0 || c.getAttribute('status') === 'error';
          },
          id,
          { timeout: 120_000 },
        );
      } catch (e) {
        // Say where the cell got stuck: its status, what it says and what it has shown.
        const state = await page.evaluate((id) => {
          const c = document.getElementById(id) as HTMLElement & { outputs: unknown[] };
          const message = (c.shadowRoot?.querySelector('[part="message"]') as HTMLElement | null)?.innerText ?? '';
          return `cell ${id}: status ${c.getAttribute('status')}, message ${JSON.stringify(message)}, outputs ${JSON.stringify(c.outputs).slice(0, 500)}`;
        }, id);
        throw new Error(`${String(e)}\n${state}`);
      }
      outputs = await page.evaluate((id) => (document.getElementById(id) as HTMLElement & { outputs: Array<Record<string, unknown>> }).outputs, id);
    } else {
      outputs = (await clickRun(page, id, 150_000)).outputs;
    }
    const error = outputs.find((o) => o.output_type === 'error');
    const message = await page.evaluate((id) => (document.getElementById(id)!.shadowRoot!.querySelector('[part="message"]') as HTMLElement | null)?.innerText ?? '', id);
    results.push(error ? `${String(error.ename)}: ${String(error.evalue)}` : message ? `message: ${message}` : 'ok');
  }
  return results;
}

/**
 * Both pages are served with a policy that lets them reach only this machine. Their old
 * libraries' CDNs are unreachable either way; this way the browser does not even ask, so the
 * outside proxy, which other test files running beside this one count on to see none of their
 * own requests, sees none of these pages' either (a Thebe page's unpkg.com request once landed
 * in another file's window).
 */
const LOOPBACK_ONLY = {
  'content-security-policy':
    "default-src 'self' 'unsafe-inline' 'unsafe-eval' 'wasm-unsafe-eval' data: blob: http://127.0.0.1:* ws://127.0.0.1:* http://localhost:* ws://localhost:*",
};

describe.each(manifest.pages.map((p) => [p.page, p] as const))('real page %s', (_, p) => {
  test('switches by its script tag: every cell, its code exactly, each runs', async () => {
    const url = new URL(`/test/fixtures/real-pages/${p.page}`, webUrl()).href;
    const html = readFileSync(new URL(p.page, FIXTURES), 'utf8');
    // The original page, with the old library unreachable: where its code is.
    await servePage(html, `test/fixtures/real-pages/${p.page}`, LOOPBACK_ONLY);
    const original = await context().newPage();
    await original.goto(url);
    const expected = await originalCodes(original, p);
    await original.close();

    // Served at the original's own path, so its relative stylesheets and scripts load.
    await servePage(convert(html, p, '/dist/'), `test/fixtures/real-pages/${p.page}`, LOOPBACK_ONLY);
    const page = await context().newPage();
    try {
      trackErrors(page);
      const consoleErrors: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error') consoleErrors.push(m.text());
      });
      await page.goto(url);
      await page.waitForFunction((n) => document.querySelectorAll('exec-cell').length >= n && customElements.get('exec-cell') !== undefined, expected.length, { timeout: 30_000 });
      const codes = await page.evaluate(() => [...document.querySelectorAll('exec-cell')].map((c) => (c as HTMLElement & { code: string }).code));
      expect(codes).toEqual(expected);

      const got = await outcomes(page, codes.length);
      expect(got.length, `outcomes: ${JSON.stringify(got)}`).toBe(p.outcomes.length);
      got.forEach((outcome, i) => {
        const want = p.outcomes[i]!;
        if (want === 'ok') expect(outcome, `cell ${i}: ${codes[i]}`).toBe('ok');
        else expect(outcome, `cell ${i} (${p.why ?? ''})`).toMatch(new RegExp(want));
      });
      const errors = (await errorsOf(page)).filter((e) => !(p.pageErrors ?? []).some((known) => e.includes(known)));
      expect(errors).toEqual([]);
      expect(consoleErrors.filter((t) => /exec-cell|ExecCell|sagecell-shim|thebe-compat|juniper-compat/i.test(t))).toEqual([]);
    } finally {
      // The profile is shared: a page left open would keep its Python running beside the next.
      await page.close();
    }
  }, 10 * 60_000);
});

// Read by tests only once per engine: say which engine ran the corpus (README's table).
test('the corpus has at least 20 pages', () => {
  expect(manifest.pages.length).toBeGreaterThanOrEqual(20);
  expect(['chromium', 'firefox', 'webkit']).toContain(engine());
});
