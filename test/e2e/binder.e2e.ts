// SPDX-License-Identifier: BSD-3-Clause
// Binder cells against the test BinderHub (BinderHub's protocol, real Jupyter servers behind
// it), counting what the BinderHub saw: launches, build requests, redirects.
import { afterEach, describe, expect, test } from 'vitest';
import { cell, clickRun, messageText, openPage, outputText, useBrowser, waitForOutput, waitForStatus, type Page } from './helpers.js';
import { startBinderHub } from '../servers/binderhub/index.mjs';

const { context } = useBrowser();

type Hub = Awaited<ReturnType<typeof startBinderHub>>;
let hub: Hub | undefined;
afterEach(async () => {
  await hub?.close();
  hub = undefined;
});

/** A BinderHub for one test: builds of a second, keepalives every 0.3 s. */
async function startHub(o: Parameters<typeof startBinderHub>[0] = {}): Promise<Hub> {
  hub = await startBinderHub({ buildSeconds: 1.5, keepaliveSeconds: 0.3, ...o });
  return hub;
}

interface Stats {
  builds: number;
  launches: number;
  redirects: number;
  rateLimited: number;
  bySpec: Record<string, { builds?: number; launches?: number }>;
}
/** What the BinderHub counted, read from its endpoint. */
async function stats(h: Hub): Promise<Stats> {
  return (await fetch(new URL('_testing/stats', h.url))).json() as Promise<Stats>;
}

/** Page defaults for Binder cells on this hub; a build silent for 2 s (two keepalive periods) has failed. */
const binderConfig = (h: Hub) => ({ 'binder-url': h.url, 'binder-keepalive': 1 });

const codeOf = (id: string) => (document.getElementById(id) as HTMLElement & { code: string }).code;

/** Record every phase name a cell shows while it connects. */
async function recordPhases(page: Page, id: string): Promise<void> {
  await page.evaluate((id) => {
    const w = window as unknown as { __phases: string[]; __sawBar: boolean; __sawLog: boolean };
    w.__phases = [];
    w.__sawBar = false;
    w.__sawLog = false;
    const root = document.getElementById(id)!.shadowRoot!;
    // Every render the cell commits, not just the frames painted.
    const look = () => {
      const name = root.querySelector('.phase-name')?.textContent;
      if (name && w.__phases.at(-1) !== name) w.__phases.push(name);
      if (root.querySelector('[part="progress"] progress')) w.__sawBar = true;
      if (root.querySelector('[part="log"]')) w.__sawLog = true;
    };
    new MutationObserver(look).observe(root, { subtree: true, childList: true, characterData: true });
    look();
  }, id);
}
const phasesSeen = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as { __phases: string[]; __sawBar: boolean; __sawLog: boolean };
    return { phases: w.__phases, sawBar: w.__sawBar, sawLog: w.__sawLog };
  });

describe('Binder', () => {
  test('first load: the build phases, a progress bar and a log, then code runs (1 launch)', async () => {
    const h = await startHub();
    const page = await openPage(
      context(),
      `<exec-cell id="a" repo="exec-cell/first">x = 6 * 7\nprint("launched", x)</exec-cell>
       <exec-cell id="b" repo="exec-cell/first">print(x + 1)</exec-cell>
       <exec-cell id="i" repo="exec-cell/first" isolated>print("x" in globals())</exec-cell>`,
      { config: binderConfig(h) },
    );
    await recordPhases(page, 'a');
    const result = await clickRun(page, 'a');
    expect(result.status).toBe('ok');
    expect(await outputText(page, 'a')).toBe('launched 42\n');
    const seen = await phasesSeen(page);
    // BinderHub's phases in their order, then the kernel start. `built` and `ready` are
    // followed at once by the next event, so a render may never show them.
    const order = ['waiting', 'fetching', 'building', 'pushing', 'built', 'launching', 'ready', 'starting kernel'];
    const shown = seen.phases.filter((p) => p !== 'connecting');
    expect(shown).toEqual(order.filter((p) => shown.includes(p)));
    expect(shown).toEqual(expect.arrayContaining(['waiting', 'fetching', 'building', 'pushing', 'launching', 'starting kernel']));
    expect(seen.sawBar).toBe(true);
    expect(seen.sawLog).toBe(true);
    // The second cell shares the kernel: its state, no second launch.
    await clickRun(page, 'b');
    expect(await outputText(page, 'b')).toBe('43\n');
    // An isolated cell: a fresh kernel of its own, on the same server.
    await clickRun(page, 'i');
    expect(await outputText(page, 'i')).toBe('False\n');
    const s = await stats(h);
    expect(s.launches).toBe(1);
    expect(s.bySpec['/build/gh/exec-cell/first/HEAD']).toEqual({ builds: 1, launches: 1 });
  });

  test('a reload reuses the live server (still 1 launch); the old page’s kernel is shut down, never the server', async () => {
    const h = await startHub();
    const page = await openPage(context(), `<exec-cell id="a" repo="exec-cell/reload">import os\nprint("pid", os.getpid())</exec-cell>`, {
      config: binderConfig(h),
    });
    await clickRun(page, 'a');
    const first = await outputText(page, 'a');
    expect((await stats(h)).launches).toBe(1);

    await page.reload();
    await page.waitForFunction(() => customElements.get('exec-cell') !== undefined);
    await recordPhases(page, 'a');
    await clickRun(page, 'a');
    const second = await outputText(page, 'a');
    expect(second).toMatch(/^pid \d+\n$/);
    expect(second).not.toBe(first); // a new kernel…
    const seen = await phasesSeen(page);
    expect(seen.phases).not.toContain('building');
    expect(seen.phases).not.toContain('launching');
    const s = await stats(h);
    expect(s.launches).toBe(1); // …on the same server
    expect(s.builds).toBe(1); // the reload did not even ask the BinderHub
    const [server] = h.running();
    const kernels = async () => ((await (await fetch(`${server!.url}api/kernels?token=${server!.token}`)).json()) as unknown[]).length;
    await expect.poll(kernels, { timeout: 10_000 }).toBe(1);
  });

  test('a page of 20 cells in three tabs at once, each reloaded twice: 1 launch', async () => {
    const h = await startHub({ buildSeconds: 2 });
    const cells = Array.from({ length: 20 }, (_, i) => `<exec-cell id="c${i}" repo="exec-cell/tabs" autorun>print("cell ${i}")</exec-cell>`).join('\n');
    // The first wait includes the build, the server's launch and its kernel's start: on two
    // cores busy with another test file's Python, one run of the suite saw more than 45 s.
    const allRan = async (page: Page, timeout = 45_000) => {
      try {
        await page.waitForFunction(
          () =>
            [...document.querySelectorAll('exec-cell')].every((el) =>
              /^cell \d+\n$/.test((el.shadowRoot?.querySelector('[part="output"]') as HTMLElement | null)?.innerText ?? ''),
            ),
          undefined,
          { timeout },
        );
      } catch (e) {
        // Say which cells did not run, and what they show instead.
        const state = await page.evaluate(() =>
          [...document.querySelectorAll('exec-cell')].map(
            (el) => `${el.id} ${el.getAttribute('status')} ${el.shadowRoot?.querySelector('[part="message"]')?.textContent ?? ''} ${el.shadowRoot?.querySelector('.phase')?.textContent ?? ''}`,
          ),
        );
        throw new Error(`${String(e)}\n${state.join('\n')}`);
      }
    };
    const path = `e2e/binder-tabs-${process.pid}.html`;
    const tabs = await Promise.all([0, 1, 2].map(() => openPage(context(), cells, { config: binderConfig(h), path })));
    await Promise.all(tabs.map((t) => allRan(t, 100_000)));
    for (let round = 0; round < 2; round++) {
      await Promise.all(tabs.map((t) => t.reload()));
      await Promise.all(tabs.map((t) => allRan(t)));
    }
    const s = await stats(h);
    expect(s.launches).toBe(1);
    expect(s.builds).toBe(1);
  }, 220_000);

  test('a culled server: the cells are told, the reader’s next run launches one new server, nothing is rerun, the code is kept', async () => {
    const h = await startHub();
    const page = await openPage(
      context(),
      `<exec-cell id="a" repo="exec-cell/cull">x = 41</exec-cell>
       <exec-cell id="b" repo="exec-cell/cull">print(x + 1)</exec-cell>`,
      { config: binderConfig(h) },
    );
    await clickRun(page, 'a');
    await clickRun(page, 'b');
    expect(await outputText(page, 'b')).toBe('42\n');
    const countA = await cell(page, 'a').locator('[part="execution-count"]').innerText();

    // Idle for 2 s: the server is shut down, and answers 424 without CORS from then on.
    h.set({ cullIdleSeconds: 2 });
    await page.waitForFunction(() => /has stopped/.test(document.getElementById('b')?.shadowRoot?.querySelector('[part="message"]')?.textContent ?? ''), undefined, {
      timeout: 20_000,
    });
    h.set({ cullIdleSeconds: 0 });
    expect(await messageText(page, 'a')).toContain('The Binder server for exec-cell/cull has stopped');
    expect(await messageText(page, 'b')).toContain('The code in every cell is kept.');
    expect((await stats(h)).launches).toBe(1); // nothing launched while nobody runs anything

    // This run launches a new Jupyter server and starts a kernel on it: on CI's two loaded
    // cores that once took over 45 s. A launch that truly hangs still fails here: the cell's
    // own 60 s connect timeout ends the run with its error, which the next line shows.
    const result = await clickRun(page, 'b', 90_000);
    expect(result.status).toBe('error'); // x is gone with the old server
    expect(await outputText(page, 'b')).toContain("NameError: name 'x' is not defined");
    for (const id of ['a', 'b']) {
      expect(await messageText(page, id)).toContain(
        'The Binder server for exec-cell/cull was culled and a new one was launched: variables from before are lost, and nothing was rerun.',
      );
    }
    expect(await cell(page, 'a').locator('[part="execution-count"]').innerText()).toBe(countA);
    expect(await page.evaluate(codeOf, 'a')).toBe('x = 41');
    expect(await page.evaluate(codeOf, 'b')).toBe('print(x + 1)');
    expect((await stats(h)).launches).toBe(2);
    // The reader reruns a, then b: both work on the new server.
    await clickRun(page, 'a');
    await clickRun(page, 'b');
    expect(await outputText(page, 'b')).toBe('42\n');
  }, 180_000);

  test('a rate limit (429 in the event stream): the message says when to try again; the BinderHub sees no retry', async () => {
    const h = await startHub({ rateLimited: true });
    const body = ['a', 'b', 'c'].map((id) => `<exec-cell id="${id}" repo="exec-cell/limited" autorun>print(1)</exec-cell>`).join('');
    const page = await openPage(context(), body, { config: binderConfig(h) });
    for (const id of ['a', 'b', 'c']) await waitForStatus(page, id, 'error');
    const message = await messageText(page, 'a');
    expect(message).toMatch(/127\.0\.0\.1:\d+ is not starting more servers for your network address for now/);
    expect(message).toContain('Rate limit exceeded. Try again in 3600 seconds');
    expect(message).toMatch(/Try again after \d{1,2}:\d{2}.{0,4} \(in 60 minutes\)/);
    expect(await cell(page, 'a').locator('[part="message-action"]').count()).toBe(0);
    // The reader insists, then reloads: the page remembers and does not ask again.
    await clickRun(page, 'b');
    expect(await messageText(page, 'b')).toContain('Try again after');
    await page.reload();
    await page.waitForFunction(() => customElements.get('exec-cell') !== undefined);
    await waitForStatus(page, 'c', 'error');
    expect(await messageText(page, 'c')).toContain('(in 60 minutes)');
    const s = await stats(h);
    expect(s.builds).toBe(1);
    expect(s.rateLimited).toBe(1);
    expect(await page.evaluate(codeOf, 'a')).toBe('print(1)');
  });

  test('a real HTTP 429 from a proxy in front: the same kind of message, from Retry-After', async () => {
    const h = await startHub({ proxy429: { retryAfter: 300 } });
    const page = await openPage(context(), `<exec-cell id="a" repo="exec-cell/proxied">print(1)</exec-cell>`, { config: binderConfig(h) });
    await clickRun(page, 'a');
    const message = await messageText(page, 'a');
    expect(message).toContain('HTTP 429 Too Many Requests');
    expect(message).toMatch(/Try again after .* \(in 5 minutes\)/);
    await clickRun(page, 'a');
    expect((await stats(h)).builds).toBe(1);
  });

  test('a failed build: the phase, the failure and the end of the log; the log stays to read, opened from the keyboard', async () => {
    const h = await startHub({ failBuild: true });
    const page = await openPage(context(), `<exec-cell id="a" repo="exec-cell/broken">import numpy</exec-cell>`, { config: binderConfig(h) });
    const result = await clickRun(page, 'a');
    expect(result.status).toBe('error');
    const message = await messageText(page, 'a');
    expect(message).toContain('The Binder build of exec-cell/broken failed while building: The command');
    expect(message).toContain('returned a non-zero code: 1');
    expect(message).toContain('“ERROR: No matching distribution found for nosuchpkg==9.9”');
    const log = cell(page, 'a').locator('[part="log"]');
    // The keyboard alone opens it: Tab on from Run reaches the log's summary, with its focus
    // ring, and Enter opens it.
    await cell(page, 'a').locator('[part="run-button"]').focus();
    const onSummary = () =>
      page.evaluate(() => {
        const active = document.getElementById('a')!.shadowRoot!.activeElement;
        return active?.tagName === 'SUMMARY' && getComputedStyle(active).outlineStyle !== 'none';
      });
    for (let i = 0; i < 8 && !(await onSummary()); i++) await page.keyboard.press('Tab');
    expect(await onSummary(), 'the focus, with its ring, on the log').toBe(true);
    await page.keyboard.press('Enter');
    expect(await log.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    const text = await log.innerText();
    expect(text).toContain('Step 5/6 : RUN ${KERNEL_PYTHON_PREFIX}/bin/pip install --no-cache-dir -r "requirements.txt"');
    expect(text).toContain('ERROR: No matching distribution found for nosuchpkg==9.9');
    expect(await cell(page, 'a').getAttribute('status')).toBe('error');
    expect((await stats(h)).launches).toBe(0);
    expect(await page.evaluate(codeOf, 'a')).toBe('import numpy');
  });

  test('a dropped stream mid-build: a clear error with a Retry button, and Retry launches', async () => {
    const h = await startHub({ dropStream: 'close' });
    const page = await openPage(context(), `<exec-cell id="a" repo="exec-cell/dropped">print("made it")</exec-cell>`, { config: binderConfig(h) });
    const result = await clickRun(page, 'a');
    expect(result.status).toBe('error');
    expect(await messageText(page, 'a')).toMatch(/The connection to the BinderHub at 127\.0\.0\.1:\d+ was lost while (fetching|building) exec-cell\/dropped\./);
    const retry = cell(page, 'a').locator('[part="message-action"]');
    expect(await retry.innerText()).toBe('Retry');
    await retry.click();
    await waitForOutput(page, 'a', /made it/);
    expect(await messageText(page, 'a')).toBe('');
    const s = await stats(h);
    expect(s.builds).toBe(2);
    expect(s.launches).toBe(1);
  });

  test('a gateway in front answers 503, then 502 without CORS: a clear error with Retry each time, no launch loop; Retry launches once the hub is back', async () => {
    const h = await startHub({ gatewayError: { status: 503, cors: true } });
    const page = await openPage(context(), `<exec-cell id="a" repo="exec-cell/gateway">print("made it")</exec-cell>`, { config: binderConfig(h) });
    expect((await clickRun(page, 'a')).status).toBe('error');
    expect(await messageText(page, 'a')).toMatch(/The BinderHub at 127\.0\.0\.1:\d+ answered HTTP 503 Service Unavailable instead of starting a build\./);
    const retry = cell(page, 'a').locator('[part="message-action"]');
    expect(await retry.innerText()).toBe('Retry');
    // The page does not retry by itself: a hub that is down is not asked again and again.
    await page.waitForTimeout(3_000);
    expect((await stats(h)).builds).toBe(1);

    // The usual gateway page carries no CORS headers: the browser reports a bare network error.
    h.set({ gatewayError: { status: 502 } });
    await retry.click();
    await page.waitForFunction(() => /Could not reach the BinderHub/.test(document.getElementById('a')?.shadowRoot?.querySelector('[part="message"]')?.textContent ?? ''));
    expect(await retry.innerText()).toBe('Retry');

    h.set({ gatewayError: null });
    await retry.click();
    await waitForOutput(page, 'a', /made it/);
    expect(await messageText(page, 'a')).toBe('');
    const s = await stats(h);
    expect(s.builds).toBe(3);
    expect(s.launches).toBe(1);
    expect(await page.evaluate(codeOf, 'a')).toBe('print("made it")');
  });

  test('a stream that goes silent (not even a keepalive) fails after two keepalive periods, with Retry', async () => {
    const h = await startHub({ dropStream: 'silent' });
    const page = await openPage(context(), `<exec-cell id="a" repo="exec-cell/silent">print("made it")</exec-cell>`, { config: binderConfig(h) });
    await clickRun(page, 'a', 20_000);
    expect(await messageText(page, 'a')).toMatch(/The BinderHub at 127\.0\.0\.1:\d+ sent nothing for 2 seconds while (fetching|building) exec-cell\/silent/);
    await cell(page, 'a').locator('[part="message-action"]').click();
    await waitForOutput(page, 'a', /made it/);
    expect((await stats(h)).launches).toBe(1);
  });

  test('a federation redirect (mybinder.org → a member) is followed', async () => {
    const h = await startHub({ redirect: true });
    const page = await openPage(context(), `<exec-cell id="a" repo="exec-cell/fed">print("via a member")</exec-cell>`, { config: binderConfig(h) });
    await clickRun(page, 'a');
    expect(await outputText(page, 'a')).toBe('via a member\n');
    expect(await stats(h)).toMatchObject({ redirects: 1, builds: 1, launches: 1 });
  });
});
