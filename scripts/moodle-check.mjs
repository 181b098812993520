#!/usr/bin/env node
// SPDX-License-Identifier: BSD-3-Clause
/**
 * Checks the Moodle filter (filter-php/, filter_execcell) on a real Moodle course page, in
 * headless Chromium. The page made from scripts/moodle-check.html (the four shortcodes as
 * TinyMCE writes them) must:
 *   - show exactly four <exec-cell> elements in the page's main region, with the backends
 *     pyodide, sagecell, binder, jupyter and each cell's `code` exactly as the author typed it;
 *   - request exec-cell.js exactly once, from this site's /filter/execcell/dist/;
 *   - throw no JS error and log no console error;
 *   - send no request to a host other than loopback: such requests (pages and workers alike)
 *     are aborted, so nothing leaves the box, and counted;
 *   - run its [python] cell (Pyodide from filter/execcell/dist/pyodide/) and print 0, 14, 28
 *     within --timeout seconds.
 * Prints a plain-text report; exits 1 on any failure, 2 on bad usage. `npm test` runs the same
 * check (test/e2e/moodle-course.e2e.ts, on this page) against the harness's Moodle 4.5.6 in every
 * engine; this script is for any other Moodle, by hand.
 *
 * With the Moodle harness (/work/shared/moodle, see its README), from the repository root:
 *
 *   npm run build && node scripts/package-moodle.mjs --sync-only     # complete filter-php/
 *   url=$(../shared/moodle/page.sh "$PWD/filter-php" execcell < scripts/moodle-check.html)
 *   node scripts/moodle-check.mjs "$url" [--allow-moodle-mathjax] [--moodle-version=4.3]
 *                                        [--timeout=60] [--verbose]
 *
 * (the second instance: MOODLE_HARNESS_HOME=/var/lib/execcell-moodle45 page.sh …; page.sh
 * needs an absolute plugin path.) Moodle's own filter_mathjaxloader, on by default, puts
 * MathJax from cdn.jsdelivr.net on every page with filtered text, cells or not: that request
 * fails the check unless --allow-moodle-mathjax (it is still aborted and listed).
 * The Moodle version is read from the site's UPGRADING.md (4.5+) or lib/upgrade.txt (≤ 4.4)
 * unless --moodle-version names it. --verbose lists every request. CHROMIUM overrides
 * /usr/bin/chromium.
 */
import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../test/servers/chromium.mjs';

/** What scripts/moodle-check.html asks for: the cells in page order, with the code the author typed. */
const EXPECTED_CELLS = [
  { backend: 'pyodide', code: 'for i in range(3):\n    print(i * 14)' },
  { backend: 'sagecell', code: 'factor(2^64+1)' },
  { backend: 'binder', code: 'import numpy' },
  { backend: 'jupyter', code: 'print(1)' },
];
const EXPECTED_OUTPUT = '0\n14\n28';
const SCRIPT_DIR = '/filter/execcell/dist/';
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

// ------------------------------------------------------------------ arguments
const options = { timeout: 60, moodleVersion: '', verbose: false, allowMathjax: false };
let url = '';
for (const arg of process.argv.slice(2)) {
  const m = /^--([a-z-]+)=(.*)$/.exec(arg);
  if (m?.[1] === 'moodle-version') options.moodleVersion = m[2];
  else if (m?.[1] === 'timeout' && Number(m[2]) > 0) options.timeout = Number(m[2]);
  else if (arg === '--verbose') options.verbose = true;
  else if (arg === '--allow-moodle-mathjax') options.allowMathjax = true;
  else if (!arg.startsWith('--') && !url) url = arg;
  else usage(`unknown argument ${arg}`);
}
if (!url) usage('give the URL of the Moodle page');
try {
  new URL(url);
} catch {
  usage(`not a URL: ${url}`);
}

function usage(message) {
  console.error(`moodle-check: ${message}
usage: node scripts/moodle-check.mjs URL [--allow-moodle-mathjax] [--moodle-version=X] [--timeout=SECONDS] [--verbose]
  URL: a page made with  ../shared/moodle/page.sh "$PWD/filter-php" execcell < scripts/moodle-check.html`);
  process.exit(2);
}

const isLoopback = (u) => !/^(https?|wss?):$/.test(u.protocol) || LOOPBACK.has(u.hostname); // data:, blob: stay in the browser
/** MathJax as Moodle's filter_mathjaxloader adds it to every page with filtered text (its httpsurl setting). */
const isMoodleMathjax = (u, type) => type === 'script' && /\/mathjax[@/]/i.test(u.pathname) && /mathjax\.js$/i.test(u.pathname);

// ------------------------------------------------------------------ the browser
const failures = [];
const fail = (message) => failures.push(message);
const requests = []; // every request of the pages and their workers: { url, type, at }
const blocked = []; // requests to other hosts, aborted: { url, type, mathjax }
const consoleErrors = []; // { text, url }
const pageErrors = [];
const t0 = Date.now();
const secs = (ms) => `${(ms / 1000).toFixed(1)} s`;
const report = { moodle: options.moodleVersion, cells: [], scripts: [], output: '', outputAfter: null, runStatus: '', outside: '', ready: null, clickedAt: null, pyodide: 0 };

const profile = mkdtempSync(join(tmpdir(), 'moodle-check-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: CHROMIUM_PATH,
  args: CHROMIUM_ARGS,
  headless: true,
});

try {
  // Everything the pages and their workers request passes here: loopback goes on, anything
  // else is aborted (so nothing leaves the box even when the check fails) and counted.
  await context.route('**/*', (route) => {
    const request = route.request();
    const u = new URL(request.url());
    if (isLoopback(u)) return route.continue();
    blocked.push({ url: request.url(), type: request.resourceType(), mathjax: isMoodleMathjax(u, request.resourceType()) });
    return route.abort('blockedbyclient');
  });
  // WebSockets do not pass through route(): those to other hosts are closed here.
  await context.routeWebSocket(
    (u) => !isLoopback(u),
    (ws) => {
      blocked.push({ url: ws.url(), type: 'websocket', mathjax: false });
      return ws.close();
    },
  );
  const watchPage = (page) => {
    page.on('console', (m) => m.type() === 'error' && consoleErrors.push({ text: m.text(), url: m.location().url }));
    page.on('pageerror', (e) => pageErrors.push(e.message));
    page.on('websocket', (ws) => requests.push({ url: ws.url(), type: 'websocket', at: Date.now() - t0 }));
  };
  context.on('page', watchPage);
  context.pages().forEach(watchPage); // the persistent context's first tab
  context.on('request', (r) => requests.push({ url: r.url(), type: r.resourceType(), at: Date.now() - t0 }));

  const page = context.pages()[0] ?? (await context.newPage());
  const response = await page.goto(url, { waitUntil: 'load', timeout: options.timeout * 1000 });
  if (!response?.ok()) fail(`the page answered HTTP ${response?.status()}`);
  const finalUrl = page.url();
  if (new URL(finalUrl).pathname !== new URL(url).pathname) fail(`the page redirected to ${finalUrl} (no guest access?)`);

  // The element is defined once exec-cell.js (deferred) has run.
  try {
    await page.waitForFunction(() => customElements.get('exec-cell') !== undefined, null, { timeout: 30_000 });
    report.ready = Date.now() - t0;
  } catch {
    fail('exec-cell was never defined (exec-cell.js did not load or run)');
  }
  report.moodle ||= await moodleVersion(new URL(finalUrl).origin);

  // ---------------------------------------------------------------- the cells
  report.cells = await page.evaluate(() =>
    [...document.querySelectorAll('exec-cell')].map((el) => ({
      backend: el.getAttribute('backend'),
      code: el.code,
      inContent: !!el.closest('#region-main, [role="main"]'),
      message: el.shadowRoot?.querySelector('[part="message"]')?.textContent?.trim() ?? '',
    })),
  );
  for (const text of await page.locator('exec-cell-error').allInnerTexts()) fail(`the filter wrote an error box: ${text.replace(/\s+/g, ' ')}`);
  if (report.cells.length !== EXPECTED_CELLS.length) fail(`${report.cells.length} exec-cell elements, expected ${EXPECTED_CELLS.length}`);
  EXPECTED_CELLS.forEach((want, i) => {
    const got = report.cells[i];
    if (!got) return;
    if (got.backend !== want.backend) fail(`cell ${i + 1}: backend ${JSON.stringify(got.backend)}, expected "${want.backend}"`);
    if (got.code !== want.code) fail(`cell ${i + 1} (${want.backend}): code ${JSON.stringify(got.code)}, expected ${JSON.stringify(want.code)}`);
    if (!got.inContent) fail(`cell ${i + 1} (${want.backend}) is outside the page's main region`);
  });

  // ---------------------------------------------------------------- the script
  const scriptRequests = requests.filter((r) => new URL(r.url).pathname.endsWith('/exec-cell.js'));
  report.scripts = scriptRequests.map((r) => r.url);
  if (scriptRequests.length !== 1) fail(`exec-cell.js was requested ${scriptRequests.length} times, expected once`);
  for (const r of scriptRequests) {
    const u = new URL(r.url);
    if (u.origin !== new URL(finalUrl).origin || u.pathname !== `${SCRIPT_DIR}exec-cell.js`) {
      fail(`exec-cell.js came from ${r.url}, not from this site's ${SCRIPT_DIR}`);
    }
  }
  const scriptTags = await page.locator('script[src*="exec-cell.js"]').count();
  if (scriptTags !== 1) fail(`${scriptTags} <script> tags for exec-cell.js, expected 1`);

  // What the other filters did to the text around the cells (information, not a check).
  report.outside = await page.evaluate(() => {
    const main = document.querySelector('#region-main, [role="main"]') ?? document.body;
    const smiley = main.querySelector('img.emoticon, img[alt*="smile" i]') ? 'smiley as image' : 'smiley as text';
    const link = main.querySelector('a[href^="https://example.org"]') ? 'URL linked' : 'URL not linked';
    return `${smiley}, ${link} (emoticon and urltolink filters on)`;
  });

  // ---------------------------------------------------------------- run the [python] cell
  const python = page.locator('exec-cell[backend="pyodide"]').first();
  if ((await python.count()) === 0) {
    fail('no [python] cell to run');
  } else {
    await python.evaluate((el) => el.addEventListener('exec-cell-done', (e) => (el.__checkDone = e.detail), { once: true }));
    const clicked = Date.now();
    report.clickedAt = clicked - t0;
    await python.locator('[part="run-button"]').click(); // Playwright's locators pierce the open shadow root
    // The element has rendered a run's outputs by the time it sends exec-cell-done.
    const done = await page
      .waitForFunction((el) => el.__checkDone, await python.elementHandle(), { timeout: options.timeout * 1000 })
      .then((h) => h.jsonValue())
      .catch(() => null);
    report.runStatus = done?.status ?? `no end after ${options.timeout} s`;
    const output = python.locator('[part="output"]');
    report.output = (await output.count()) ? (await output.innerText()).trim() : '';
    if (report.output.includes(EXPECTED_OUTPUT)) report.outputAfter = Date.now() - clicked;
    if (report.runStatus !== 'ok') fail(`the [python] run ended with status ${report.runStatus}`);
    if (!report.output.includes(EXPECTED_OUTPUT)) {
      const message = await python.evaluate((el) => el.shadowRoot?.querySelector('[part="message"]')?.textContent?.trim() ?? '');
      const outputs = JSON.stringify(done?.outputs ?? null).slice(0, 300);
      fail(`the [python] cell did not show ${JSON.stringify(EXPECTED_OUTPUT)}${message ? ` (message: ${message})` : ''}; outputs in exec-cell-done: ${outputs}`);
    }
    report.pyodide = requests.filter((r) => new URL(r.url).pathname.startsWith(`${SCRIPT_DIR}pyodide/`)).length;
    if (report.outputAfter !== null && report.pyodide === 0) fail(`Python ran, but nothing was requested from ${SCRIPT_DIR}pyodide/`);
  }
  await page.waitForTimeout(500); // late errors and requests
} catch (e) {
  fail(`the check stopped: ${e instanceof Error ? e.message.split('\n')[0] : e}`);
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}

// A blocked request shows up once more as a console error ("Failed to load resource: …
// ERR_BLOCKED_BY_CLIENT"): that one is the check's own doing, counted with the request.
const blockedUrls = new Set(blocked.map((b) => b.url));
const ownAborts = consoleErrors.filter((e) => /ERR_BLOCKED_BY_CLIENT/.test(e.text) && blockedUrls.has(e.url));
const jsErrors = [...pageErrors.map((e) => `pageerror: ${e}`), ...consoleErrors.filter((e) => !ownAborts.includes(e)).map((e) => `console: ${e.text}${e.url ? ` (${e.url})` : ''}`)];
const failing = blocked.filter((b) => !(b.mathjax && options.allowMathjax));
if (failing.length) fail(`${failing.length} request(s) to other hosts (aborted)`);
if (jsErrors.length) fail(`${jsErrors.length} JS error(s)`);

// ------------------------------------------------------------------ the report
const describe = (b) =>
  `${b.type} ${b.url}${b.mathjax ? ` (Moodle's filter_mathjaxloader, not this plugin${options.allowMathjax ? '; allowed by --allow-moodle-mathjax' : ''})` : ''}`;
const lines = [
  `moodle-check: ${url}`,
  `Moodle:            ${report.moodle || 'unknown (give --moodle-version=)'}`,
  `cells found:       ${report.cells.length}${report.cells.length ? ` (${report.cells.map((c) => c.backend).join(', ')})` : ''}`,
  ...report.cells.map((c, i) => `  ${i + 1}. ${c.backend}: ${JSON.stringify(c.code)}${c.message ? `  [message: ${c.message}]` : ''}`),
  `script requests:   ${report.scripts.length}${report.scripts.map((s) => `\n  ${s}`).join('')}`,
  `requests:          ${requests.length} in all, ${report.pyodide} of them from ${SCRIPT_DIR}pyodide/`,
  `external blocked:  ${blocked.length}${blocked.map((b) => `\n  ${describe(b)}`).join('')}`,
  `JS errors:         ${jsErrors.length}${jsErrors.map((e) => `\n  ${e}`).join('')}`,
  `around the cells:  ${report.outside || '-'}`,
  `python output:     ${JSON.stringify(report.output)} (run status: ${report.runStatus || '-'})`,
  `time to output:    ${report.outputAfter === null ? '-' : `${secs(report.outputAfter)} after Run`}` +
    (report.ready === null ? '' : ` (element defined ${secs(report.ready)} after start)`),
  failures.length ? `FAIL (${failures.length}):${failures.map((f) => `\n  - ${f}`).join('')}` : 'OK',
];
if (options.verbose) {
  lines.push(`all requests (ms after start; Run clicked at ${report.clickedAt ?? '-'} ms):`, ...requests.map((r) => `  ${r.at} ${r.type} ${r.url}`));
}
console.log(lines.join('\n'));
process.exit(failures.length ? 1 : 0);

/**
 * Moodle's release as the site's upgrade notes give it (a guest sees no page that names it):
 * UPGRADING.md from 4.5 on (its first "## 4.5.6"), lib/upgrade.txt before (its first "=== 4.3 ===").
 */
async function moodleVersion(origin) {
  const sources = [
    ['UPGRADING.md', /^## (\d+\.\d+(?:\.\d+)?)\s*$/m],
    ['lib/upgrade.txt', /^=== (\d+\.\d+(?:\.\d+)?) ===\s*$/m],
  ];
  for (const [path, pattern] of sources) {
    try {
      const r = await fetch(`${origin}/${path}`);
      const m = r.ok ? pattern.exec(await r.text()) : null;
      if (m) return `${m[1]} (from ${path})`;
    } catch {
      // not there: try the next
    }
  }
  return '';
}
