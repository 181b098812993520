// SPDX-License-Identifier: BSD-3-Clause
// The plugin's zip through Moodle's own plugin installer, as a site's admin installs it, on the
// real Moodle 4.5.6 of ../shared/moodle: the admin signs in through the login form, uploads
// filter_execcell.zip (`node scripts/package-moodle.mjs`) at Site administration › Plugins ›
// Install plugins, passes Moodle's validation and upgrade pages, finds the plugin installed with
// the version of filter-php/version.php, turns it on, and a course page shows its cell.
//
// In Chromium only: the flow takes the one Moodle's plugin away (uninstalled, its folder
// deleted) and puts it back, so it must have the site to itself (test/servers/moodle.mjs's
// throughInstaller waits until no other test process uses the site and lets none start
// meanwhile). Run in three engines, it would hold the site three times as long for the same
// proof; the installer's pages are Moodle's own, the same in any browser. Afterwards the site is
// exactly as startMoodle() left it, so no other file depends on this one.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { engine, useBrowser, type Locator, type Page } from './helpers.js';
import { moodleSettled } from './moodle-page.js';
import { startMoodle } from '../servers/moodle.mjs';

const { context } = useBrowser();
const root = new URL('../../', import.meta.url);
const VERSION = /\$plugin->version\s*=\s*(\d+)/.exec(readFileSync(new URL('filter-php/version.php', root), 'utf8'))![1]!;
const RELEASE = /\$plugin->release\s*=\s*'([^']+)'/.exec(readFileSync(new URL('filter-php/version.php', root), 'utf8'))![1]!;

let moodle: Awaited<ReturnType<typeof startMoodle>>;
let coursePage: string;

beforeAll(async () => {
  if (engine() !== 'chromium') return;
  moodle = await startMoodle();
  coursePage = await moodle.page('installer', '<p>[python]print(6 * 7)[/python]</p>');
}, 25 * 60_000);
afterAll(() => moodle?.done());

/**
 * `node scripts/package-moodle.mjs --no-pyodide`; once more a little later if it found no
 * dist/exec-cell.js (`npm run build` in the same tree swaps dist/ for a moment).
 */
async function packageZip(): Promise<void> {
  const run = () => promisify(execFile)('node', [new URL('scripts/package-moodle.mjs', root).pathname, '--no-pyodide'], { cwd: root.pathname });
  await run().catch(async (e: Error) => {
    if (!/dist\/exec-cell\.js is missing/.test(e.message)) throw e;
    await new Promise((r) => setTimeout(r, 5_000));
    await run();
  });
}

/** The text of the page's main region. */
const mainText = (page: Page) => page.locator('#region-main').innerText();

/** Do what navigates, and wait until the next page has loaded and `ready` is true of it. */
async function through(page: Page, act: () => Promise<void>, ready: () => Promise<boolean>, timeout = 90_000): Promise<void> {
  // This page carries a mark; the next one does not.
  await page.evaluate(() => ((window as unknown as { __left?: boolean }).__left = false));
  await act();
  const until = Date.now() + timeout;
  for (;;) {
    const arrived = await page
      .evaluate(() => document.readyState === 'complete' && (window as unknown as { __left?: boolean }).__left === undefined)
      .catch(() => false); // between two pages
    if (arrived && (await ready().catch(() => false))) return;
    if (Date.now() > until) throw new Error(`the next page did not come (at ${await page.url()}: ${(await mainText(page).catch(() => '')).slice(0, 500)})`);
    await page.waitForTimeout(250);
  }
}

/** Click a button that leads to another page; see {@link through}. */
const clickThrough = (page: Page, target: Locator, ready: () => Promise<boolean>) => through(page, () => target.click(), ready);

describe.runIf(engine() === 'chromium')('the plugin through Moodle’s own installer', () => {
  test('an admin uploads filter_execcell.zip at Install plugins; Moodle validates it, upgrades its database, lists it with its version; turned on, a course page shows its cell', async () => {
    await moodle.throughInstaller(async () => {
      // The zip as a site's admin gets it. Without Pyodide: the harness's php -S keeps PHP's
      // default upload_max_filesize (2 MB), and the whole zip is larger (see the plugin's README).
      await packageZip();
      const zip = readFileSync(new URL('filter_execcell.zip', root)).toString('base64');

      const page = await context().newPage();
      await page.goto(`${moodle.url}/login/index.php`);
      await moodleSettled(page);
      await page.locator('#username').fill('admin');
      await page.locator('#password').fill(moodle.adminPassword);
      await clickThrough(page, page.locator('#loginbtn'), async () => !new URL(await page.url()).pathname.startsWith('/login/'));

      // Site administration › Plugins › Install plugins: the ZIP package through the file picker.
      await page.goto(`${moodle.url}/admin/tool/installaddon/index.php`);
      expect(await mainText(page)).toContain('Install plugin from ZIP file');
      await page.locator('input[name="zipfilechoose"]').click();
      await page.locator('.fp-repo-name', { hasText: 'Upload a file' }).click();
      const chooser = page.locator('.fp-upload-form input[type="file"][name="repo_upload_file"]');
      const picked = () => page.evaluate(() => /filter_execcell\.zip/.test(document.querySelector('.filepicker-filename')?.textContent ?? ''));
      // The reader's file chooser is the one thing a page cannot open: the file goes in as the
      // chooser would put it (a File in the input's FileList). The picker may draw its upload
      // form once more when the repository's answer comes, with a new, empty input: then the
      // reader chooses the file again, and so does this.
      for (let attempt = 1; !(await picked()); attempt++) {
        if (attempt > 3) throw new Error(`the file picker took no file: ${await page.evaluate(() => (document.querySelector('.filepicker') as HTMLElement | null)?.innerText)}`);
        await chooser.waitFor({ state: 'visible' });
        await chooser.evaluate((input: HTMLInputElement, b64: string) => {
          const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
          const files = new DataTransfer();
          files.items.add(new File([bytes], 'filter_execcell.zip', { type: 'application/zip' }));
          input.files = files.files;
        }, zip);
        await page.waitForTimeout(500);
        if ((await chooser.evaluate((input: HTMLInputElement) => input.files?.length ?? 0)) !== 1) continue;
        await page.locator('.fp-upload-btn').click();
        await page.waitForFunction(() => /filter_execcell\.zip/.test(document.querySelector('.filepicker-filename')?.textContent ?? ''), undefined, { timeout: 30_000 }).catch(() => {});
      }

      // Moodle's validation page.
      await clickThrough(page, page.locator('#region-main input[type="submit"][value="Install plugin from the ZIP file"]'), async () =>
        /Validating filter_execcell \.\.\. \S+/.test(await mainText(page)),
      );
      const validation = await mainText(page);
      expect(validation).toContain('Validating filter_execcell ... OK');
      expect(validation).toContain(`[OK] Plugin version [${VERSION}]`);
      expect(validation).toMatch(/\[OK\] Write access check \[.*\/filter\]/);
      expect(validation).toContain('Validation successful, installation can continue');

      // Its upgrade page: through the server checks to "Plugins requiring attention".
      const upgrade = page.locator('#region-main button', { hasText: 'Upgrade Moodle database now' });
      await clickThrough(page, page.locator('#region-main button', { hasText: 'Continue' }), async () => new URL(await page.url()).pathname === '/admin/index.php');
      if ((await upgrade.count()) === 0) {
        await clickThrough(page, page.locator('#region-main button', { hasText: 'Continue' }), async () => (await upgrade.count()) > 0);
      }
      expect(await mainText(page)).toContain('Plugins requiring attention');
      const plugin = page.locator('tr.name-filter_execcell');
      expect(await plugin.getAttribute('class')).toContain('status-new');
      expect(await plugin.innerText()).toContain('To be installed');
      await clickThrough(page, upgrade, async () => /filter_execcell/.test(await mainText(page)) && (await page.locator('#region-main button', { hasText: 'Continue' }).count()) > 0);
      // Moodle prints the plugin's name, then each upgrade step with "Success (n seconds)";
      // which steps (update_capabilities, external_update_services…) varies by run.
      const upgraded = await mainText(page);
      expect(upgraded).toMatch(/filter_execcell[\s\S]*Success/);
      expect(upgraded).not.toMatch(/Error|Exception|Debug info/i);
      // Then Moodle offers the plugin's new settings (the site's own values come back afterwards).
      await clickThrough(page, page.locator('#region-main button', { hasText: 'Continue' }), async () => new URL(await page.url()).pathname === '/admin/upgradesettings.php');
      expect(await mainText(page)).toContain('New settings - Runnable code cells (exec-cell)');

      // Installed, with filter-php/version.php's version, among the additional plugins.
      await page.goto(`${moodle.url}/admin/plugins.php?contribonly=1`);
      const row = page.locator('tr.name-filter_execcell');
      expect(await row.locator('.versionnumber').innerText()).toBe(VERSION);
      expect(await row.locator('.release').innerText()).toBe(RELEASE);
      expect(await row.getAttribute('class')).toContain('status-uptodate');

      // Manage filters: new filters start disabled; the admin turns it on.
      await page.goto(`${moodle.url}/admin/filters.php`);
      // The menu submits its form from Moodle's JavaScript, which may still be starting.
      await moodleSettled(page);
      const state = page.locator('form#activeexeccell select[name="newstate"]');
      expect(await state.inputValue()).toBe('-9999');
      // The admin picks "On" (the menu takes the focus, then the choice); it submits its form itself.
      await through(
        page,
        async () =>
          state.focus().then(() => state.evaluate((select: HTMLSelectElement) => {
            select.value = '1';
            select.dispatchEvent(new Event('change', { bubbles: true }));
          })),
        async () => (await state.inputValue()) === '1',
      );
      expect(await page.locator('tr', { hasText: 'Runnable code cells (exec-cell)' }).getAttribute('class')).not.toContain('dimmed_text');

      // A course page: the shortcode is a cell, and the plugin's exec-cell.js defines it.
      await page.goto(coursePage);
      await page.waitForFunction(() => customElements.get('exec-cell') !== undefined, undefined, { timeout: 30_000 });
      expect(await page.evaluate(() => [...document.querySelectorAll('exec-cell')].map((el) => (el as HTMLElement & { code: string }).code))).toEqual(['print(6 * 7)']);
    });
  }, 30 * 60_000);
});
