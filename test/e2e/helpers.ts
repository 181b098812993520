// SPDX-License-Identifier: BSD-3-Clause
/**
 * What the browser tests share: a browser context per test, pages made from an HTML body
 * (served at a real loopback origin, so localStorage and CORS behave as on a real site), and
 * small waits phrased as what a reader sees.
 */
import { inject, afterAll, beforeEach, afterEach, expect } from 'vitest';
import { outsideRequests as outsideRequestsOf } from '../servers/outside.mjs';
import { launchBrowser, type Browser, type Context, type Locator, type Page } from '../browsers/index.mjs';
import { readFileSync } from 'node:fs';
import type axe from 'axe-core';

export type { Browser, Context, Locator, Page };
/** The engine this run of the file is for: 'chromium', 'firefox' or 'webkit'. */
export const engine = () => inject('engine');
export const webUrl = () => inject('webUrl');
export const jupyter = () => ({ url: inject('jupyterUrl'), token: inject('jupyterToken') });

let browser: Browser | undefined;

/** This file's browser, in the engine of the project that runs it (launched on first use). */
export async function connectBrowser(): Promise<Browser> {
  return (browser ??= await launchBrowser(engine(), inject('browserEndpoint'), { proxy: inject('outsideProxy') }));
}

/** Close this file's browser (a file that called {@link connectBrowser} itself, in its afterAll). */
export async function closeBrowser(): Promise<void> {
  await browser?.close();
  browser = undefined;
}

/** One browser per test file; one fresh context (empty storage) per test. */
export function useBrowser(): { context: () => Context } {
  let context: Context | undefined;
  beforeEach(async () => {
    context = await (await connectBrowser()).newContext();
  });
  afterEach(async () => {
    await context?.close();
    context = undefined;
  });
  afterAll(closeBrowser);
  return {
    context: () => {
      if (!context) throw new Error('useBrowser(): no context outside a test');
      return context;
    },
  };
}

export interface PageOptions {
  /** Page defaults as the `data-exec-cell-config` block; default: the test Jupyter server. */
  config?: Record<string, unknown> | null;
  /** Attributes for the script tag, e.g. `data-server="…"`. */
  scriptAttributes?: string;
  /** Markup before the script tag (in head). */
  head?: string;
  /** Response headers for the page. */
  headers?: Record<string, string>;
  /** The page's path (default: a new one per page); pages with the same path share saved edits. */
  path?: string;
  /** Where the page loads exec-cell from (default `/dist/`): a {@link holdRequests} prefix. */
  dist?: string;
  /** The `<html>` element's attributes (default `lang="en"`). */
  htmlAttributes?: string;
}

let pagesMade = 0;

/** Put a page on the static server (see test/servers/static.mjs); returns its URL. */
export async function servePage(html: string, path: string, headers: Record<string, string> = {}): Promise<string> {
  const r = await fetch(new URL(`__pages/${path}`, webUrl()), { method: 'PUT', body: JSON.stringify({ html, headers }) });
  if (!r.ok) throw new Error(`could not store the test page: ${r.status}`);
  return new URL(path, webUrl()).href;
}

/**
 * Open a page whose body is `body`, with the exec-cell script tag from dist/, served by the
 * real static server at a path of its own (or `o.path`).
 */
export async function openPage(context: Context, body: string, o: PageOptions = {}): Promise<Page> {
  const path = o.path ?? `e2e/${process.pid}-${++pagesMade}.html`;
  const url = await servePage(pageHtml(body, o), path, o.headers);
  const page = await context.newPage();
  trackErrors(page);
  await page.goto(url);
  await page.waitForFunction(() => customElements.get('exec-cell') !== undefined);
  await cellsDrawn(page);
  return page;
}

/**
 * Every cell on the page upgraded and drawn, as a reader sees them: a cell in a language other
 * than English waits for its catalogue, and cells a compat layer makes may come before the
 * element's code.
 */
export async function cellsDrawn(page: Page): Promise<void> {
  await page.evaluate(() => customElements.whenDefined('exec-cell'));
  await page.evaluate(() => Promise.all([...document.querySelectorAll('exec-cell')].map((c) => (c as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete)));
}

export function pageHtml(body: string, o: PageOptions = {}): string {
  const config = o.config === undefined ? { server: jupyter().url, token: jupyter().token } : o.config;
  const configBlock = config ? `<script type="application/json" data-exec-cell-config>${JSON.stringify(config)}</script>` : '';
  return `<!doctype html><html ${o.htmlAttributes ?? 'lang="en"'}><head><meta charset="utf-8"><title>exec-cell test</title>${configBlock}${o.head ?? ''}</head>
<body>${body}<script src="${o.dist ?? '/dist/'}exec-cell.js" ${o.scriptAttributes ?? ''}></script></body></html>`;
}

let holdsMade = 0;

/**
 * Hold back the requests for files of dist/ whose path matches `pattern` until `release()`:
 * the static server does it (the same in every engine), for pages that load exec-cell from
 * `dist` (see {@link PageOptions.dist}).
 */
export async function holdRequests(pattern: RegExp): Promise<{ dist: string; release: () => Promise<void> }> {
  const name = `h${process.pid}-${++holdsMade}`;
  const r = await fetch(new URL(`__holds/${name}`, webUrl()), { method: 'PUT', body: JSON.stringify({ pattern: pattern.source }) });
  if (!r.ok) throw new Error(`could not hold requests: ${r.status}`);
  return {
    dist: `/__held/${name}/dist/`,
    release: async () => void (await fetch(new URL(`__holds/${name}`, webUrl()), { method: 'DELETE' })),
  };
}

/** Errors thrown in the page fail the test that caused them. */
const pageErrors = new WeakMap<Page, string[]>();
export function trackErrors(page: Page): void {
  const errors: string[] = [];
  pageErrors.set(page, errors);
  page.on('pageerror', (e) => errors.push(e.message));
}
/**
 * The requests that left loopback since `since` (Date.now() before the test acted): every
 * engine sends them to the outside server, which refuses them (test/servers/outside.mjs).
 */
export function outsideRequests(since: number): Promise<string[]> {
  return outsideRequestsOf(inject('outsideUrl'), since);
}

/** The errors thrown in the page so far (WebKit's reach the test by polling: wait for it). */
export async function errorsOf(page: Page): Promise<string[]> {
  await page.flushEvents();
  return pageErrors.get(page) ?? [];
}

export function cell(page: Page, id: string): Locator {
  return page.locator(`exec-cell#${id}`);
}

/**
 * Click into a cell's code as a reader would, and wait for its editor (created when the
 * reader goes to edit) to have the focus.
 */
export async function editCode(page: Page, id: string): Promise<Locator> {
  await cell(page, id).locator('[part="editor"]').click();
  const content = cell(page, id).locator('.cm-content');
  await page.waitForFunction((id) => document.getElementById(id)?.shadowRoot?.activeElement?.classList.contains('cm-content'), id);
  return content;
}

/** Click Run and wait for the run to end; returns the `exec-cell-done` detail. */
export function clickRun(page: Page, id: string, timeout = 45_000): Promise<RunDetail> {
  const run = clickRunAndWait(page, id, timeout);
  // A test that started a run and then failed on something else never awaits it: its later
  // rejection (the page closed under it) would be reported as an unhandled error, a second
  // failure that hides the first. Whoever awaits the run still gets its rejection.
  run.catch(() => {});
  return run;
}

async function clickRunAndWait(page: Page, id: string, timeout: number): Promise<RunDetail> {
  await page.evaluate((id) => {
    const el = document.getElementById(id)!;
    const w = window as unknown as { __done?: Record<string, unknown[]> };
    const r = window as unknown as { __started?: Record<string, number> };
    w.__done ??= {};
    w.__done[id] ??= [];
    r.__started ??= {};
    r.__started[id] ??= 0;
    if (!el.dataset.recording) {
      el.dataset.recording = '1';
      el.addEventListener('exec-cell-done', (e) => w.__done![id]!.push((e as CustomEvent).detail));
      el.addEventListener('exec-cell-run', () => r.__started![id]!++);
    }
  }, id);
  const [before, started] = await page.evaluate(
    (id) => [(window as unknown as { __done: Record<string, unknown[]> }).__done[id]!.length, (window as unknown as { __started: Record<string, number> }).__started[id]!],
    id,
  );
  await cell(page, id).locator('[part="run-button"]').click();
  // A click the driver aimed just before the layout moved (an output above drawn meanwhile)
  // lands beside the button: the cell never hears it. The reader would click again; so do we.
  const heard = await page
    .waitForFunction(([id, n]) => (window as unknown as { __started: Record<string, number> }).__started[id as string]! > (n as number), [id, started], { timeout: 5_000 })
    .then(() => true, () => false);
  if (!heard) await cell(page, id).locator('[part="run-button"]').click();
  await page
    .waitForFunction(
      ([id, n]) => (window as unknown as { __done: Record<string, unknown[]> }).__done[id as string]!.length > (n as number),
      [id, before],
      { timeout },
    )
    .catch(async (error: Error) => {
      // A run that never ends: say what the reader would have seen, to tell a hang from a lost click.
      const seen = await page
        .evaluate((id) => {
          const el = document.getElementById(id);
          const root = el?.shadowRoot;
          return {
            status: el?.getAttribute('status'),
            output: (root?.querySelector('[part="output"]') as HTMLElement | null)?.innerText.slice(0, 500),
            message: (root?.querySelector('[part="message"]') as HTMLElement | null)?.innerText.slice(0, 500),
            visibility: document.visibilityState,
          };
        }, id)
        .catch((e: Error) => ({ unavailable: e.message }));
      throw new Error(`${error.message}\nRun of #${id} did not end; the cell showed ${JSON.stringify(seen)}`);
    });
  return page.evaluate(
    ([id, n]) => (window as unknown as { __done: Record<string, RunDetail[]> }).__done[id as string]![n as number]!,
    [id, before],
  );
}

export interface RunDetail {
  status: 'ok' | 'error' | 'aborted';
  executionCount: number | null;
  outputs: Array<Record<string, unknown>>;
}

/**
 * The paths of every resource the page fetched, from its resource timing entries: what a
 * page can tell of its own requests, the same in every engine (a worker's are its own).
 */
export function fetchedPaths(page: Page): Promise<string[]> {
  return page.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname));
}

/**
 * A `<script>` for a page's head that records every `fetch()` the page makes (method, URL,
 * body, status or failure, and a JSON answer's `id`): how the page talks to a server, seen
 * the same way in every engine. Read it with {@link recordedFetches}.
 */
export const FETCH_RECORDER = `<script>
(() => {
  const log = (window.__fetches = []);
  const native = window.fetch;
  window.fetch = async function (input, init) {
    const request = new Request(input, init);
    const entry = { method: request.method, url: request.url, body: init && typeof init.body !== 'undefined' ? String(init.body) : '', status: 0, failed: false, id: '' };
    log.push(entry);
    try {
      const response = await native.call(this, input, init);
      entry.status = response.status;
      if (/json/.test(response.headers.get('content-type') || '')) response.clone().json().then((j) => (entry.id = (j && j.id) || ''), () => {});
      return response;
    } catch (e) {
      entry.failed = true;
      throw e;
    }
  };
})();
</script>`;

export interface RecordedFetch {
  method: string;
  url: string;
  body: string;
  status: number;
  failed: boolean;
  id: string;
}

/** The fetches a page with {@link FETCH_RECORDER} in its head has made so far. */
export function recordedFetches(page: Page): Promise<RecordedFetch[]> {
  return page.evaluate(() => (window as unknown as { __fetches: RecordedFetch[] }).__fetches);
}

/** The output area's visible text. */
export function outputText(page: Page, id: string): Promise<string> {
  return cell(page, id).locator('[part="output"]').innerText();
}

/** The cell's own message (an error or a notice), or '' when it shows none. */
export async function messageText(page: Page, id: string): Promise<string> {
  const m = cell(page, id).locator('[part="message"]');
  return (await m.count()) ? m.innerText() : '';
}

export async function waitForOutput(page: Page, id: string, pattern: RegExp, timeout = 30_000): Promise<void> {
  await page.waitForFunction(
    ([id, source, flags]) => {
      const out = document.getElementById(id as string)?.shadowRoot?.querySelector('[part="output"]') as HTMLElement | null;
      return !!out && new RegExp(source as string, flags as string).test(out.innerText);
    },
    [id, pattern.source, pattern.flags],
    { timeout },
  );
}

export async function waitForStatus(page: Page, id: string, status: string, timeout = 30_000): Promise<void> {
  await page.waitForFunction(([id, s]) => document.getElementById(id as string)?.getAttribute('status') === s, [id, status], {
    timeout,
  });
}

const AXE_SOURCE = new URL('../../node_modules/axe-core/axe.min.js', import.meta.url);

/**
 * Show the page as in a dark (or light) browser where the driver cannot switch the browser's
 * own preference on a live page (Firefox over BiDi, WebKit over WebDriver): every
 * `prefers-color-scheme` media rule in the page, its shadow roots and their adopted sheets is
 * turned on or off through the CSSOM. exec-cell's styles (and the demo's) follow the
 * preference only through such rules (no `color-scheme`, no system colours), so the page
 * looks as it would; where the browser can emulate, it does (Chromium).
 */
async function showColorScheme(page: Page, scheme: 'light' | 'dark'): Promise<void> {
  if (page.canEmulateColorScheme) return page.emulateMedia({ colorScheme: scheme });
  await page.evaluate((scheme) => {
    const sheets = new Set<CSSStyleSheet>();
    const visit = (root: Document | ShadowRoot) => {
      for (const sheet of [...root.styleSheets, ...(root.adoptedStyleSheets ?? [])]) sheets.add(sheet);
      for (const el of root.querySelectorAll('*')) if (el.shadowRoot) visit(el.shadowRoot);
    };
    visit(document);
    const flip = (rules: CSSRuleList) => {
      for (const rule of rules) {
        if (!(rule instanceof CSSMediaRule)) continue;
        const w = rule as CSSMediaRule & { __scheme?: string };
        w.__scheme ??= rule.media.mediaText;
        const m = /prefers-color-scheme:\s*(dark|light)/.exec(w.__scheme);
        if (m) rule.media.mediaText = m[1] === scheme ? 'all' : 'not all';
        flip(rule.cssRules);
      }
    };
    for (const sheet of sheets) {
      try {
        flip(sheet.cssRules);
      } catch {
        // a sheet of another origin: not exec-cell's
      }
    }
  }, scheme);
}

/**
 * axe-core finds no accessibility violation on the page, in light and in dark mode, and in
 * forced colours (Windows' high contrast) where the engine can switch them on a live page
 * (Chromium). Firefox shows forced colours only in a browser launched so: a page opened in a
 * `{ forcedColors: 'active' }` context is checked in them as it is; WebKit has no such mode.
 */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: readFileSync(AXE_SOURCE, 'utf8') });
  const violations = () =>
    page.evaluate(async () => {
      const r = await (window as unknown as { axe: typeof axe }).axe.run(document, { resultTypes: ['violations'] });
      return r.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.help}: ${v.nodes.slice(0, 3).map((n) => n.html).join(' | ')}`);
    });
  for (const colorScheme of ['light', 'dark'] as const) {
    await showColorScheme(page, colorScheme);
    expect(await violations(), `${colorScheme} mode`).toEqual([]);
  }
  await showColorScheme(page, 'light');
  if (page.canEmulateForcedColors && !(await page.evaluate(() => matchMedia('(forced-colors: active)').matches))) {
    await page.emulateMedia({ forcedColors: 'active' });
    expect(await violations(), 'forced colours').toEqual([]);
    await page.emulateMedia({ forcedColors: 'none' });
  }
}

/**
 * The text a reader sees in the first `selector` of a cell, widgets included (each widget
 * draws in a shadow root of its own, nested in the cell's).
 */
export function seenText(page: Page, id: string, selector: string): Promise<string> {
  return page.evaluate(
    ([id, selector]) => {
      const find = (root: ParentNode): Element | null => {
        const hit = root.querySelector(selector);
        if (hit) return hit;
        for (const el of root.querySelectorAll('*')) {
          const inner = el.shadowRoot && find(el.shadowRoot);
          if (inner) return inner;
        }
        return null;
      };
      const text = (n: Node): string => {
        if (n.nodeType === Node.TEXT_NODE) return (n as Text).data;
        const el = n as Element;
        if (el.shadowRoot) return [...el.shadowRoot.childNodes].map(text).join('');
        return [...n.childNodes].map(text).join('');
      };
      const el = find(document.getElementById(id)!.shadowRoot!);
      return el ? text(el) : '';
    },
    [id, selector] as const,
  );
}

/** Wait until {@link seenText} matches `pattern`. */
export async function waitForSeenText(page: Page, id: string, selector: string, pattern: RegExp, timeout = 15_000): Promise<void> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const text = await seenText(page, id, selector);
    if (pattern.test(text)) return;
    if (Date.now() > deadline) throw new Error(`${id} ${selector}: ${JSON.stringify(text)} never matched ${pattern}`);
    await page.waitForTimeout(50);
  }
}

/** Drag the `nth` slider handle of a cell's widgets to the left or right end of its track. */
export async function dragSlider(page: Page, id: string, to: 'start' | 'end', nth = 0): Promise<void> {
  const handle = cell(page, id).locator('.noUi-handle').nth(nth);
  await handle.waitFor({ state: 'visible' });
  const h = await handle.boundingBox();
  // To the cell's edge, not just past the track's end as measured: a slider drawn a moment ago
  // may still widen (its styles arrive with it), and a drag to where its end was then stops
  // midway (CI once read 5 of 0–10). The slider stops at its end however far beyond it the
  // pointer goes, and the cell's edge is inside the page (a driver may refuse a point outside).
  const box = await cell(page, id).boundingBox();
  const from = { x: h!.x + h!.width / 2, y: h!.y + h!.height / 2 };
  await page.mouse.drag(from, { x: to === 'end' ? box!.x + box!.width - 2 : box!.x + 2, y: from.y });
}
