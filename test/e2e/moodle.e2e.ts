// SPDX-License-Identifier: BSD-3-Clause
// The Moodle plugin on a real Moodle 4.5.6 (../shared/moodle) in every engine: a student signs
// in through Moodle's own login form and runs a `[jobe lang=java]` cell on a course page, through
// the plugin's proxy (filter-php/jobe.php) to the real Jobe of ../shared/jobe. The Jobe address
// and its API key stay on the server: the page, the cell's shadow DOM, storage and cookies
// carry neither. Signed out, the cell says to sign in and keeps the code. Then `[jupyter]` cells
// with the plugin's JupyterHub settings (a real JupyterHub, test/servers/hub.mjs): two students
// each run on their own hub server through token.php, and no service token reaches a page; a
// guest is told to sign in, and a student whose role prohibits the hub is told whom to ask.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { cell, clickRun, connectBrowser, messageText, outputText, useBrowser, type Context, type Page } from './helpers.js';
import { moodleSettled } from './moodle-page.js';
import { startJobe } from '../servers/jobe/index.mjs';
import { startMoodle } from '../servers/moodle.mjs';
import { startHub } from '../servers/hub.mjs';

const { context } = useBrowser();
/** Jobe on this shared box takes seconds per run, a Java compile more: allow for it. */
const RUN_MS = 90_000;
const STUDENT = { username: 'jobestudent', password: 'Jobe-Student-1!' };

let moodle: Awaited<ReturnType<typeof startMoodle>>;
let jobeHost: string;
let apiKey: string;
let coursePage: string;

// The first start on a fresh machine installs Moodle (minutes) and Jobe with its toolchains.
beforeAll(async () => {
  const [jobe, m] = await Promise.all([startJobe(), startMoodle()]);
  moodle = m;
  jobeHost = new URL(jobe.url).host;
  await moodle.configure({ jobeurl: jobe.url });
  apiKey = await moodle.secret('jobeapikey');
  await moodle.student(STUDENT.username, STUDENT.password);
  // As TinyMCE stores it: the code in a paragraph, lines split by <br>.
  coursePage = await moodle.page(
    'jobe',
    '<p>[jobe lang=java]public class Hello {<br>    public static void main(String[] args) {<br>' +
      '        System.out.println("Hello from Java, " + (6 * 7));<br>    }<br>}[/jobe]</p>',
  );
}, 25 * 60_000);
// The site's pages are read until the last test: Moodle's installer test waits for that.
afterAll(() => moodle?.done());

/** Sign in through Moodle's real login form; resolves with the page, now on Moodle's dashboard. */
async function signIn(ctx: Context, user: { username: string; password: string }): Promise<Page> {
  const page = await ctx.newPage();
  await page.goto(`${moodle.url}/login/index.php`);
  await moodleSettled(page);
  await page.locator('#username').fill(user.username);
  await page.locator('#password').fill(user.password);
  await page.locator('#loginbtn').click();
  await page.waitForFunction(() => !location.pathname.startsWith('/login/') && document.readyState === 'complete', undefined, { timeout: 30_000 });
  return page;
}

/** Open the course page and name its one cell `java` (the filter gives cells no id). */
async function openCourseCell(page: Page): Promise<void> {
  await page.goto(coursePage);
  await page.locator('exec-cell').first().waitFor();
  await page.evaluate(() => (document.querySelector('exec-cell')!.id = 'java'));
  await cell(page, 'java').locator('[part="run-button"]').waitFor();
}

/** Everything of the page a script or the reader can see: its source as served, the DOM with every shadow root, storage, cookies. */
function everythingOnThePage(page: Page): Promise<Record<string, string>> {
  return page.evaluate(async () => {
    const shadows: string[] = [];
    const walk = (root: Document | ShadowRoot) =>
      root.querySelectorAll('*').forEach((el) => {
        if (el.shadowRoot) {
          shadows.push(el.shadowRoot.innerHTML);
          walk(el.shadowRoot);
        }
      });
    walk(document);
    const dump = (s: Storage) => JSON.stringify(Object.fromEntries(Object.keys(s).map((k) => [k, s.getItem(k)])));
    return {
      source: await (await fetch(location.href, { credentials: 'same-origin' })).text(),
      dom: document.documentElement.outerHTML,
      shadow: shadows.join('\n'),
      localStorage: dump(localStorage),
      sessionStorage: dump(sessionStorage),
      cookie: document.cookie,
    };
  });
}

describe('a [jobe] cell on a Moodle course page', () => {
  test('a signed-in student runs Java through the site; no key or Jobe address reaches the browser; signed out, the cell says to sign in', async () => {
    const page = await signIn(context(), STUDENT);
    await openCourseCell(page);
    const result = await clickRun(page, 'java', RUN_MS);
    expect(await messageText(page, 'java')).toBe('');
    expect(result.status).toBe('ok');
    expect(await outputText(page, 'java')).toBe('Hello from Java, 42\n');

    const seen = await everythingOnThePage(page);
    expect(seen.source).toContain('<exec-cell'); // the search below searched the real page
    expect(seen.shadow).toContain('Hello from Java, 42');
    for (const [where, text] of Object.entries(seen)) {
      expect(text.includes(apiKey), `the API key in ${where}`).toBe(false);
      expect(text.includes(jobeHost), `the Jobe address ${jobeHost} in ${where}`).toBe(false);
    }

    // Sign out in another tab of the same browser, as a reader would, then press Run again.
    const sesskey = await page.evaluate(() => (window as unknown as { M: { cfg: { sesskey: string } } }).M.cfg.sesskey);
    const other = await context().newPage();
    await other.goto(`${moodle.url}/login/logout.php?sesskey=${sesskey}`);
    await clickRun(page, 'java', RUN_MS);
    expect(await messageText(page, 'java')).toContain('Sign in to run this code');
    expect(await page.evaluate(() => (document.getElementById('java') as HTMLElement & { code: string }).code)).toContain(
      'System.out.println("Hello from Java, " + (6 * 7));',
    );
  }, 4 * RUN_MS);
});

describe('[jupyter] cells on a Moodle course page with a JupyterHub', () => {
  // Hub users run as system users of the same name (the hub harness creates alice and bob), so
  // the plugin's hub user template is {username} and the Moodle students are alice and bob.
  const ALICE = { username: 'alice', password: 'Hub-Student-1!' };
  const BOB = { username: 'bob', password: 'Hub-Student-2!' };
  /** A student whose role in the course prohibits filter/execcell:runjupyter. */
  const CAROL = { username: 'carol', password: 'Hub-Student-3!' };
  let hub: Awaited<ReturnType<typeof startHub>>;
  let hubPage: string;

  beforeAll(async () => {
    hub = await startHub();
    await moodle.student(ALICE.username, ALICE.password);
    await moodle.student(BOB.username, BOB.password);
    await moodle.student(CAROL.username, CAROL.password, 'nojupyter');
    hubPage = await moodle.page('hub', '<p>[jupyter]import getpass; print(getpass.getuser())[/jupyter]</p>');
  }, 600_000);
  afterAll(async () => {
    await hub?.stop();
  }, 120_000);

  async function runWho(page: Page): Promise<void> {
    await page.goto(hubPage);
    await page.locator('exec-cell').first().waitFor();
    await page.evaluate(() => (document.querySelector('exec-cell')!.id = 'who'));
    await clickRun(page, 'who', RUN_MS);
  }

  test('two students each run on their own hub server; no service token reaches the browser; a guest is told to sign in; a student without the capability is told whom to ask', async () => {
    // The hub settings are the site's: each engine's hub has the Moodle to itself meanwhile.
    await moodle.exclusively(async () => {
      await moodle.configure({ huburl: hub.url, hubservicetoken: hub.serviceToken, hubusertemplate: '{username}' });
      const other = await (await connectBrowser()).newContext();
      const guest = await (await connectBrowser()).newContext();
      const barred = await (await connectBrowser()).newContext();
      try {
        for (const [ctx, user] of [[context(), ALICE], [other, BOB]] as const) {
          const page = await signIn(ctx, user);
          await runWho(page);
          expect(await messageText(page, 'who')).toBe('');
          expect(await outputText(page, 'who')).toBe(`${user.username}\n`);
          for (const [where, text] of Object.entries(await everythingOnThePage(page))) {
            expect(text.includes(hub.serviceToken), `the service token in ${where}`).toBe(false);
          }
        }
        // Not signed in: the site lets the visitor in as a guest, and the cell says to sign in.
        const page = await guest.newPage();
        await runWho(page);
        expect(await messageText(page, 'who')).toContain('Sign in again');
        expect(await page.evaluate(() => (document.getElementById('who') as HTMLElement & { code: string }).code)).toBe('import getpass; print(getpass.getuser())');

        // Signed in, but a role in the course prohibits the hub: token.php refuses, and says why.
        const carol = await signIn(barred, CAROL);
        await runWho(carol);
        expect(await messageText(carol, 'who')).toContain('You may not run code on this site’s Jupyter hub here.');
        expect(await messageText(carol, 'who')).toContain('filter/execcell:runjupyter');
        expect(await outputText(carol, 'who')).toBe('');
        expect(await carol.evaluate(() => (document.getElementById('who') as HTMLElement & { code: string }).code)).toBe('import getpass; print(getpass.getuser())');
      } finally {
        await other.close();
        await guest.close();
        await barred.close();
      }
    });
  }, 6 * RUN_MS);
});
