// SPDX-License-Identifier: BSD-3-Clause
// Each reader on their own JupyterHub server: a real JupyterHub 3.0 (test/servers/hub.mjs),
// a site with a sign-in and the reference token endpoint (server/hub-token-endpoint.mjs), and
// pages whose cells name only `data-token-url`. No shared secret reaches a page.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { cell, clickRun, connectBrowser, messageText, outputText, useBrowser, type Context, type Page } from './helpers.js';
import { startHub } from '../servers/hub.mjs';
import { startHubSite } from '../servers/hub-site.mjs';
import { freePort } from '../servers/ports.mjs';

const { context } = useBrowser();
const RECORDER = '<script src="/test/browsers/recorder.js"></script>';
const WHOAMI = `<exec-cell id="who">import getpass; print(getpass.getuser())</exec-cell>`;

let hub: Awaited<ReturnType<typeof startHub>>;
let site: Awaited<ReturnType<typeof startHubSite>>;
let down: Awaited<ReturnType<typeof startHubSite>>;

beforeAll(async () => {
  hub = await startHub();
  site = await startHubSite({ root: process.cwd(), hubUrl: hub.url, serviceToken: hub.serviceToken, inject: RECORDER });
  // A site whose hub does not answer (nothing listens on its port).
  down = await startHubSite({ root: process.cwd(), hubUrl: `http://127.0.0.1:${await freePort()}/`, serviceToken: 'unused-service-token', inject: RECORDER });
}, 600_000);

afterAll(async () => {
  await site?.close();
  await down?.close();
  await hub?.stop();
}, 120_000);

async function signedIn(ctx: Context, user: string | null, where = site): Promise<Page> {
  const page = await ctx.newPage();
  if (user) {
    await page.goto(`${where.url}signin?user=${user}`);
    expect(await page.evaluate(() => document.body.innerText)).toContain(`signed in as ${user}`);
  }
  return page;
}

async function open(page: Page, body: string, where = site): Promise<void> {
  await page.goto(where.page(body));
  await page.waitForFunction(() => customElements.get('exec-cell') !== undefined);
}

/** Record every text the cell's progress part shows (polled: the same in every engine). */
async function recordProgress(page: Page, id: string): Promise<void> {
  await page.evaluate((id) => {
    const seen: string[] = [];
    (window as unknown as { __progress: string[] }).__progress = seen;
    setInterval(() => {
      const p = document.getElementById(id)?.shadowRoot?.querySelector('[part="progress"]') as HTMLElement | null;
      const text = p?.innerText.trim();
      if (text && seen[seen.length - 1] !== text) seen.push(text);
    }, 25);
  }, id);
}
const progressSeen = (page: Page) => page.evaluate(() => (window as unknown as { __progress: string[] }).__progress);

/** Everything of the page a script or a reader could read: its markup, the cells' shadow roots, storage. */
function pageContents(page: Page): Promise<string> {
  return page.evaluate(() => {
    const shadows = [...document.querySelectorAll('exec-cell')].map((c) => c.shadowRoot?.innerHTML ?? '');
    const storage = JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage });
    return [document.documentElement.outerHTML, ...shadows, storage, document.cookie].join('\n');
  });
}

/** A token for `user` from the endpoint, as the browser would get it (signed in with a cookie). */
async function tokenFor(user: string): Promise<{ server: string; token: string; expires_at: string }> {
  const signin = await fetch(`${site.url}signin?user=${user}`);
  const cookie = signin.headers.get('set-cookie')!.split(';')[0]!;
  const r = await fetch(`${site.url}hub-token`, { method: 'POST', headers: { cookie } });
  const lines = (await r.text()).trim().split('\n').map((l) => JSON.parse(l));
  return lines[lines.length - 1];
}

// Spawns and kernel starts take seconds each, many more on a busy machine.
const SLOW = 180_000;

describe('each reader on their own hub server', () => {
  test('alice and bob each run on their own server; one request serves every cell; no secret in any page', async () => {
    const alice = await signedIn(context(), 'alice');
    const before = site.tokenCalls();
    const sentBefore = site.sent.length;
    await open(alice, `${WHOAMI}<exec-cell id="two">print("second cell")</exec-cell>`);
    // Both cells asked at once: one request to the site.
    await alice.evaluate(() => {
      for (const id of ['who', 'two']) void (document.getElementById(id) as HTMLElement & { run(): Promise<unknown> }).run();
    });
    await alice.waitForFunction(
      () => ['who', 'two'].every((id) => !['connecting', 'busy'].includes(document.getElementById(id)?.getAttribute('status') ?? '')),
      undefined,
      { timeout: 150_000 },
    );
    for (const id of ['who', 'two']) {
      expect(await messageText(alice, id)).toBe('');
      expect(await cell(alice, id).getAttribute('status')).toBe('idle');
    }
    expect((await outputText(alice, 'who')).trim()).toBe('alice');
    expect((await outputText(alice, 'two')).trim()).toBe('second cell');
    expect(site.tokenCalls() - before).toBe(1);

    const bobContext = await (await connectBrowser()).newContext();
    try {
      const bob = await signedIn(bobContext, 'bob');
      await open(bob, WHOAMI);
      const result = await clickRun(bob, 'who', 150_000);
      expect(result.status).toBe('ok');
      expect((await outputText(bob, 'who')).trim()).toBe('bob');
      // Nothing the pages hold, and nothing the site sent, carries the hub's service token,
      // and the reader's own token is in no page, no attribute, no storage either.
      const minted = site.sent.slice(sentBefore).join('\n').match(/"token":"([^"]+)"/g) ?? [];
      expect(minted.length).toBeGreaterThanOrEqual(2);
      for (const page of [alice, bob]) {
        const contents = await pageContents(page);
        expect(contents).not.toContain(hub.serviceToken);
        for (const m of minted) expect(contents).not.toContain(JSON.parse(`{${m}}`).token);
      }
      expect(site.sent.join('\n')).not.toContain(hub.serviceToken);
    } finally {
      await bobContext.close();
    }
  }, SLOW);

  test("alice's token reaches her server and is refused on bob's and on the hub's admin API", async () => {
    await tokenFor('bob'); // bob's server runs (a stopped one would be answered by the hub itself)
    const { server, token } = await tokenFor('alice');
    expect(server).toBe(`${hub.url}user/alice/`);
    const get = (url: string) => fetch(url, { headers: { Authorization: `token ${token}` }, redirect: 'manual' });
    expect((await get(`${hub.url}user/alice/api/kernelspecs`)).status).toBe(200);
    expect((await get(`${hub.url}user/bob/api/kernelspecs`)).status).toBe(403);
    expect((await get(`${hub.url}hub/api/users`)).status).toBe(403);
  }, SLOW);

  test('a token that expires mid-session is renewed without the reader noticing', async () => {
    site.setLifetime(20);
    try {
      const page = await signedIn(context(), 'alice');
      const before = site.tokenCalls();
      await open(page, `<exec-cell id="c">x = 41; print("first")</exec-cell>`);
      expect((await clickRun(page, 'c', 150_000)).status).toBe('ok');
      const first = (await tokenFor('alice')).token; // a token of the same lifetime, to show expiry is real
      // Past the first token's life: a REST request (Restart) and a run both need a live token.
      await page.waitForTimeout(22_000);
      expect((await fetch(`${hub.url}user/alice/api/kernelspecs`, { headers: { Authorization: `token ${first}` } })).status).toBe(403);
      await cell(page, 'c').locator('[part="restart-button"]').click();
      await page.waitForFunction(
        () => {
          const el = document.getElementById('c');
          return el?.getAttribute('status') !== 'connecting' && !!el?.shadowRoot?.querySelector('[part="message"]');
        },
        undefined,
        { timeout: 150_000 },
      );
      expect(await messageText(page, 'c')).toMatch(/^Restarted/);
      const result = await clickRun(page, 'c', 150_000);
      expect(result.status).toBe('ok');
      expect((await outputText(page, 'c')).trim()).toBe('first');
      expect(await messageText(page, 'c')).not.toMatch(/refused|Sign in|not reachable/);
      // Renewed in the background while the kernel held the token.
      expect(site.tokenCalls() - before).toBeGreaterThanOrEqual(2);
    } finally {
      site.setLifetime(3600);
    }
  }, SLOW);

  test('a stopped server is started again, with the hub’s progress shown in the cell', async () => {
    const page = await signedIn(context(), 'alice');
    await open(page, WHOAMI);
    expect((await clickRun(page, 'who', 150_000)).status).toBe('ok');
    // The hub stops alice's server (culled, or stopped by an administrator).
    const stop = await hub.api('DELETE', 'users/alice/server');
    expect([202, 204]).toContain(stop.status);
    for (let i = 0; i < 100; i++) {
      const user = await (await hub.api('GET', 'users/alice')).json();
      if (!user.servers?.['']) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    // The reader presses Restart (the cell may or may not have noticed the server go yet).
    await recordProgress(page, 'who');
    await cell(page, 'who').locator('[part="restart-button"]').click();
    // Done when the cell says something other than that its kernel stopped.
    await page.waitForFunction(
      () => {
        const el = document.getElementById('who');
        const message = (el?.shadowRoot?.querySelector('[part="message"]') as HTMLElement | null)?.innerText ?? '';
        return message.startsWith('Restarted') || (el?.getAttribute('status') === 'error' && !message.includes('has stopped'));
      },
      undefined,
      { timeout: 150_000 },
    );
    expect(await messageText(page, 'who')).toMatch(/^Restarted/);
    const seen = (await progressSeen(page)).join('\n');
    expect(seen).toMatch(/Starting your server|Server requested|Spawning/);
    const result = await clickRun(page, 'who', 150_000);
    expect(result.status).toBe('ok');
    expect((await outputText(page, 'who')).trim()).toBe('alice');
  }, SLOW);

  test('signed out, a hub that does not answer, and a server that cannot start each say what to do', async () => {
    const anonymous = await signedIn(context(), null);
    await open(anonymous, WHOAMI);
    await clickRun(anonymous, 'who');
    expect(await messageText(anonymous, 'who')).toContain('Sign in again');
    expect(await anonymous.evaluate(() => (document.getElementById('who') as HTMLElement & { code: string }).code)).toBe(
      'import getpass; print(getpass.getuser())',
    );

    const stranded = await signedIn(context(), 'alice', down);
    await open(stranded, WHOAMI, down);
    await clickRun(stranded, 'who');
    expect(await messageText(stranded, 'who')).toContain('The hub is not reachable');

    // A hub user without a system account: the spawner fails, and the cell gives its reason.
    const nobody = await signedIn(context(), 'no-such-account');
    await open(nobody, WHOAMI);
    await clickRun(nobody, 'who', 150_000);
    expect(await messageText(nobody, 'who')).toMatch(/Your server could not start: .+/);
    expect(await cell(nobody, 'who').getAttribute('status')).toBe('error');
  }, SLOW);
});
