// SPDX-License-Identifier: BSD-3-Clause
// Packages for the in-browser Python: loaded on demand from a package source, with their
// dependencies, a progress line and clear failures. The source is a stand-in distribution
// (test/servers/package-source.mjs: this Pyodide's lock file, real pure-Python wheels) on
// loopback. The default source, the public distribution, is never reached: its test's site
// allows connections to itself only, so the request stops in the browser, and the cell's
// message names the URL it asked for. Every test fails on any request that leaves loopback.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { cell, clickRun, closeBrowser, connectBrowser, errorsOf, messageText, openPage, outputText, outsideRequests, pageHtml, waitForStatus, type Browser, type Context, type Page } from './helpers.js';
import { startStaticServer } from '../servers/static.mjs';
import { makeDistribution, startPackageSource } from '../servers/package-source.mjs';
import { pyodidePack } from '../../bin/pyodide-pack.mjs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const LOCK = 'dist/pyodide/pyodide-lock.json';
const VERSION = (JSON.parse((await import('node:fs')).readFileSync('node_modules/pyodide/package.json', 'utf8')) as { version: string }).version;
const PUBLIC = `https://cdn.jsdelivr.net/pyodide/v${VERSION}/full/`;
const WRONG_HASH = '0'.repeat(64);

let distribution: ReturnType<typeof makeDistribution>;
let source: Awaited<ReturnType<typeof startPackageSource>>;
let browser: Browser;
let context: Context;
let since = 0;

beforeAll(async () => {
  distribution = makeDistribution(LOCK, {
    six: { wheel: 'six-1.17.0-py2.py3-none-any.whl', imports: ['six'] },
    'python-dateutil': { wheel: 'python_dateutil-2.9.0.post0-py2.py3-none-any.whl', imports: ['dateutil'], depends: ['six'] },
    cycler: { wheel: 'cycler-0.12.1-py3-none-any.whl', imports: ['cycler'] },
    // The lock says one thing, the server sends another (a tampered or corrupted copy).
    decorator: { wheel: 'decorator-5.3.1-py3-none-any.whl', imports: ['decorator'], sha256: WRONG_HASH },
    // Listed, but the site does not have the file.
    pyparsing: { wheel: 'pyparsing-3.3.3-py3-none-any.whl', imports: ['pyparsing'], serve: false },
  });
  source = await startPackageSource(distribution.dir);
  browser = await connectBrowser();
  context = await browser.newContext();
});

afterAll(async () => {
  await context?.close();
  await closeBrowser();
  await source?.close();
  distribution?.remove();
});

beforeEach(() => {
  since = Date.now();
});

// Each test's pages reach loopback only.
afterEach(async () => {
  expect(await outsideRequests(since)).toEqual([]);
});

describe('from a package source (data-pyodide-index-url)', () => {
  let page: Page;
  beforeAll(async () => {
    page = await openPage(
      context,
      `<exec-cell id="dateutil">import dateutil.tz, six
print(dateutil.tz.UTC, six.PY3)</exec-cell>
<exec-cell id="loaded">import pyodide_js
print(sorted(p for p in pyodide_js.loadedPackages.to_py() if p in ("six", "python-dateutil")))</exec-cell>
<exec-cell id="tampered">import decorator</exec-cell>
<exec-cell id="absent">import pyparsing</exec-cell>
<exec-cell id="micropip">import micropip
await micropip.install("six")</exec-cell>
<exec-cell id="stop-load" session="stop">import cycler</exec-cell>
<exec-cell id="stop-after" session="stop">print("Python again")</exec-cell>`,
      { config: { pyodideIndexUrl: source.url } },
    );
  }, 60_000);

  test('an import loads its package and the package it depends on, dependencies first, with a progress line naming them, their sizes and the source', async () => {
    const release = source.hold(/python_dateutil-/);
    let done: ReturnType<typeof clickRun>;
    try {
      done = clickRun(page, 'dateutil', 120_000);
      const progress = cell(page, 'dateutil').locator('[part="progress"]');
      // six's answer (and so its size) is in; python-dateutil's is held back. (Python boots first.)
      await page.waitForFunction(
        () => /six 1\.17\.0 \(11 kB\)/.test((document.getElementById('dateutil')?.shadowRoot?.querySelector('[part="progress"]') as HTMLElement | null)?.innerText ?? ''),
        undefined,
        { timeout: 90_000 },
      );
      const host = new URL(source.url).host;
      expect(await progress.innerText()).toContain(`Loading six 1.17.0 (11 kB), python-dateutil 2.9.0.post0 from ${host}…`);
    } finally {
      release();
    }
    const result = await done;
    expect(result.status).toBe('ok');
    expect(await outputText(page, 'dateutil')).toBe('tzutc() True\n');
    expect(source.requests.filter((p) => p.endsWith('.whl'))).toEqual(
      expect.arrayContaining(['/six-1.17.0-py2.py3-none-any.whl', '/python_dateutil-2.9.0.post0-py2.py3-none-any.whl']),
    );
    await clickRun(page, 'loaded');
    expect(await outputText(page, 'loaded')).toBe("['python-dateutil', 'six']\n");
    // Loaded once: running the cell again asks the source for no wheel. (The lock file may be
    // asked for meanwhile: the spare interpreter that a later isolated run uses reads it when it
    // boots, which can be now; CI saw that once, in Firefox.)
    const wheels = () => source.requests.filter((p) => p.endsWith('.whl'));
    const asked = wheels().length;
    expect((await clickRun(page, 'dateutil')).status).toBe('ok');
    expect(wheels().slice(asked)).toEqual([]);
  }, 150_000);

  test('a wheel whose SHA-256 is not the lock file’s is refused, and the cell says which package, both hashes and what to do', async () => {
    const result = await clickRun(page, 'tampered');
    expect(result.status).toBe('error');
    const text = await outputText(page, 'tampered');
    expect(text).toContain("ModuleNotFoundError: No module named 'decorator'");
    expect(text).toContain(`decorator could not be loaded from ${source.url}: decorator 5.3.1 (${source.url}decorator-5.3.1-py3-none-any.whl) is not the file its lock file describes`);
    expect(text).toMatch(new RegExp(`its SHA-256 is [0-9a-f]{64}, the lock file says ${WRONG_HASH}`));
    expect(text).toContain('Run the cell again; if it keeps failing, tell the page');
  });

  test('a package the source lists but does not serve: the cell names the file and the answer', async () => {
    const result = await clickRun(page, 'absent');
    expect(result.status).toBe('error');
    const text = await outputText(page, 'absent');
    expect(text).toContain("ModuleNotFoundError: No module named 'pyparsing'");
    expect(text).toContain(`pyparsing could not be loaded from ${source.url}: ${source.url}pyparsing-3.3.3-py3-none-any.whl answered 404 Not Found`);
  });

  test('micropip is loaded from the source like any package (this stand-in has no micropip wheel, so the cell says so)', async () => {
    // No micropip wheel exists on this machine: what can be shown is that importing it goes
    // to the source for the micropip of the lock file, and that its absence is named.
    const result = await clickRun(page, 'micropip');
    expect(result.status).toBe('error');
    expect(source.requests).toContain('/micropip-0.11.1-py3-none-any.whl');
    expect(await outputText(page, 'micropip')).toContain(`micropip could not be loaded from ${source.url}: ${source.url}micropip-0.11.1-py3-none-any.whl answered 404`);
  });

  test('Stop while a package loads ends the load at once and says Python was restarted; the session runs again', async () => {
    const release = source.hold(/cycler-/);
    try {
      const done = clickRun(page, 'stop-load');
      await page.waitForFunction(
        () => /Loading cycler 0\.12\.1/.test((document.getElementById('stop-load')?.shadowRoot?.querySelector('[part="progress"]') as HTMLElement | null)?.innerText ?? ''),
        undefined,
        { timeout: 90_000 },
      );
      await cell(page, 'stop-load').locator('[part="interrupt-button"]').click();
      const result = await done;
      expect(result.status).toBe('aborted');
      // Not an interrupt that never landed (no Python runs while wheels download): the load was ended.
      expect(await messageText(page, 'stop-load')).toMatch(/^Stopped while packages were loading, by restarting Python/);
    } finally {
      release();
    }
    expect((await clickRun(page, 'stop-after')).status).toBe('ok');
    expect(await outputText(page, 'stop-after')).toBe('Python again\n');
    expect(await errorsOf(page)).toEqual([]);
  }, 150_000);

  // The page stays open to the end of the file (the context's close ends it): WebKit's driver
  // loses its session's current window when the last page of a context is closed.
});

describe('a site’s own package set, made by npx exec-cell pyodide-pack', () => {
  test('a page that names the packed folder loads its packages from it, and only from it', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'exec-cell-packed-'));
    const packed = await startPackageSource(folder);
    try {
      await pyodidePack(['dateutil', '--from', source.url, '--out', folder], () => {});
      const asked = source.requests.length;
      const page = await openPage(
        context,
        `<exec-cell id="c">import dateutil.relativedelta
print(dateutil.relativedelta.relativedelta(months=+1))</exec-cell>`,
        { config: { pyodideIndexUrl: packed.url } },
      );
      expect((await clickRun(page, 'c', 120_000)).status).toBe('ok');
      expect(await outputText(page, 'c')).toBe('relativedelta(months=+1)\n');
      expect(packed.requests.filter((p) => p.endsWith('.whl')).sort()).toEqual(['/python_dateutil-2.9.0.post0-py2.py3-none-any.whl', '/six-1.17.0-py2.py3-none-any.whl']);
      // The pack command read the stand-in distribution; the page did not. (Only its packages
      // count: the page the previous test stopped is still open, and its fresh Python may still
      // ask the stand-in for something of its own, as it did once in Chromium in a full run.)
      expect(source.requests.slice(asked).filter((p) => /dateutil|six/.test(p))).toEqual([]);
      await page.close();
    } finally {
      await packed.close();
      rmSync(folder, { recursive: true, force: true });
    }
  }, 150_000);
});

describe('the default source: the public Pyodide distribution of the bundled version', () => {
  test('with no data-pyodide-index-url, an import goes to the public distribution for exactly this version; unreachable, the cell says what failed and what to do', async () => {
    // The request is stopped in the browser, before it leaves: a policy on every file of the
    // site lets its pages and workers connect to the site only (a request that reached the
    // outside server would land in the window of another file's test running beside this one).
    const site = await startStaticServer({ root: process.cwd(), pages: true, headers: () => ({ 'content-security-policy': "connect-src 'self'" }) });
    try {
      const asked = source.requests.length;
      const path = `packages-public-${process.pid}.html`;
      const stored = await fetch(new URL(`__pages/${path}`, site.url), { method: 'PUT', body: JSON.stringify({ html: pageHtml('<exec-cell id="c">import six</exec-cell>', { config: null }) }) });
      expect(stored.ok).toBe(true);
      const page = await context.newPage();
      await page.goto(new URL(path, site.url).href);
      await page.waitForFunction(() => customElements.get('exec-cell') !== undefined);
      const result = await clickRun(page, 'c', 120_000);
      expect(result.status).toBe('error');
      const text = await outputText(page, 'c');
      expect(text).toContain(`six could not be loaded from ${PUBLIC}: ${PUBLIC}six-1.17.0-py2.py3-none-any.whl could not be downloaded`);
      expect(text).toContain('Check that this computer can reach cdn.jsdelivr.net');
      expect(source.requests.length).toBe(asked);
      await page.close();
    } finally {
      await site.close();
    }
  }, 150_000);
});

describe('data-pyodide-index-url="none"', () => {
  test('the page stays wholly offline, and an import of a package says this page loads none', async () => {
    const asked = source.requests.length;
    const page = await openPage(context, `<exec-cell id="c">import six</exec-cell>`, { config: null, scriptAttributes: 'data-pyodide-index-url="none"' });
    const result = await clickRun(page, 'c');
    expect(result.status).toBe('error');
    await waitForStatus(page, 'c', 'idle');
    const text = await outputText(page, 'c');
    expect(text).toContain("ModuleNotFoundError: No module named 'six'");
    expect(text).toContain('this page loads no packages (its data-pyodide-index-url is "none")');
    expect(source.requests.length).toBe(asked);
    await page.close();
  }, 120_000);
});
