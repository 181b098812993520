// SPDX-License-Identifier: BSD-3-Clause
// When things fail, the cell says what failed and what to do; Restart recovers; the code stays.
import { describe, expect, test } from 'vitest';
import { rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cell, clickRun, jupyter, messageText, openPage, outputText, useBrowser, waitForStatus } from './helpers.js';
import { startTcpProxy } from '../servers/tcp-proxy.mjs';
import { freePort } from '../servers/ports.mjs';
import { startJupyter } from '../servers/jupyter.mjs';

const { context } = useBrowser();
const codeOf = (id: string) => (document.getElementById(id) as HTMLElement & { code: string }).code;
/**
 * A first run that outlasts the server's late look at a new kernel. jupyter_server 1.23 watches
 * a kernel's status on an IOPub socket it opens as the kernel starts, which can join too late
 * to see a run begun at once; a socket that comes back during that run then finds the kernel
 * "not busy", and the server's check of the restored channels (its "nudge") takes the first
 * IOPub message for itself: a line printed in those milliseconds was lost (a CI run lost one
 * so; the server's debug log showed the nudge). The tests cut the network during a run on a
 * kernel the server has seen busy and idle, as a page's later runs are; README says so.
 */
const SETTLE_CELL = `<exec-cell id="settle">import time\ntime.sleep(1)</exec-cell>`;

describe('clear failures', () => {
  test('a wrong token: the cell says the server refused it, and how to fix it', async () => {
    const page = await openPage(context(), `<exec-cell id="c">print(1)</exec-cell>`, {
      config: { server: jupyter().url, token: 'not-the-token' },
    });
    const result = await clickRun(page, 'c');
    expect(result.status).toBe('error');
    const message = await messageText(page, 'c');
    expect(message).toContain(`The Jupyter server at ${jupyter().url} refused the token (403`);
    expect(message).toContain('Check the token');
    expect(await cell(page, 'c').getAttribute('status')).toBe('error');
    expect(await page.evaluate(codeOf, 'c')).toBe('print(1)');
  });

  test('an unreachable server', async () => {
    const port = await freePort();
    const page = await openPage(context(), `<exec-cell id="c">print(1)</exec-cell>`, {
      config: { server: `http://127.0.0.1:${port}/`, token: 'x' },
    });
    await clickRun(page, 'c');
    expect(await messageText(page, 'c')).toContain(`Could not reach the Jupyter server at http://127.0.0.1:${port}/`);
    expect(await cell(page, 'c').getAttribute('status')).toBe('error');
  });

  test('an unknown kernel name lists the kernels the server has', async () => {
    const page = await openPage(context(), `<exec-cell id="c" kernel="cobol">print(1)</exec-cell>`);
    await clickRun(page, 'c');
    const message = await messageText(page, 'c');
    expect(message).toContain('has no kernel named “cobol”');
    expect(message).toContain('python3');
  });

  test('an unknown backend', async () => {
    const page = await openPage(context(), `<exec-cell id="c" backend="fortran">print(1)</exec-cell>`);
    await clickRun(page, 'c');
    expect(await messageText(page, 'c')).toContain('Unknown backend “fortran”');
  });

  test('a kernel that dies mid-run: error state, Restart recovers, the code is kept', async () => {
    const page = await openPage(
      context(),
      `<exec-cell id="c">import os, time\nprint("about to die", flush=True)\ntime.sleep(0.2)\nos._exit(1)</exec-cell>
       <exec-cell id="d">print("alive")</exec-cell>`,
    );
    await clickRun(page, 'd');
    const result = await clickRun(page, 'c');
    expect(result.status).toBe('error');
    expect(await messageText(page, 'c')).toContain('The kernel stopped while running this code');
    expect(await messageText(page, 'c')).toContain('Press Restart');
    expect(await cell(page, 'c').getAttribute('status')).toBe('error');
    // The cell sharing that kernel shows the state too.
    await waitForStatus(page, 'd', 'error', 5_000);
    expect(await messageText(page, 'd')).toContain('has stopped');
    await cell(page, 'c').locator('[part="restart-button"]').click();
    await waitForStatus(page, 'c', 'idle');
    // Restarting the shared kernel ends the error state of every cell on it.
    await waitForStatus(page, 'd', 'idle', 5_000);
    await clickRun(page, 'd');
    expect(await outputText(page, 'd')).toBe('alive\n');
    expect(await page.evaluate(codeOf, 'c')).toContain('os._exit(1)');
  });

  test('a dropped socket during a run: the connection comes back and the run completes', async () => {
    const proxy = await startTcpProxy(Number(new URL(jupyter().url).port));
    try {
      const page = await openPage(
        context(),
        `${SETTLE_CELL}<exec-cell id="c">import time\nfor i in range(4):\n    print(i, flush=True)\n    time.sleep(0.5)</exec-cell>`,
        { config: { server: proxy.url, token: jupyter().token } },
      );
      await clickRun(page, 'settle');
      const done = clickRun(page, 'c');
      await page.waitForFunction(() => document.getElementById('c')!.shadowRoot!.querySelector('[part="output"]')!.textContent!.includes('0'));
      proxy.cut();
      const result = await done;
      expect(result.status).toBe('ok');
      expect(await outputText(page, 'c')).toBe('0\n1\n2\n3\n');
    } finally {
      await proxy.close();
    }
  });

  test('a run whose request is lost with a dropped socket ends with a clear message, not a hang', async () => {
    // The socket came back, but the request sent as it dropped never reached the kernel, and
    // the run waited for a reply forever (found by npm run soak, with a request the server refused).
    const proxy = await startTcpProxy(Number(new URL(jupyter().url).port));
    try {
      const page = await openPage(context(), `<exec-cell id="c">print("reached")</exec-cell>`, {
        config: { server: proxy.url, token: jupyter().token },
      });
      await clickRun(page, 'c');
      proxy.swallow();
      const done = clickRun(page, 'c', 30_000);
      await waitForStatus(page, 'c', 'busy');
      await page.waitForTimeout(300);
      proxy.swallow(false);
      proxy.cut();
      expect((await done).status).toBe('error');
      expect(await messageText(page, 'c')).toContain('The code did not reach the kernel');
      expect(await messageText(page, 'c')).toContain('Run the cell again');
      const again = await clickRun(page, 'c', 30_000);
      expect(again.status).toBe('ok');
      expect(await outputText(page, 'c')).toBe('reached\n');
    } finally {
      await proxy.close();
    }
  });

  test('a network down for a second (connections refused too): the run completes, every line once', async () => {
    // KernelConnection retries a socket that failed to open only after 10–30 s, so a one-second
    // outage used to cost the run; the session now checks every second (found by npm run soak).
    // The code waits after line 2 until the connection is cut: a line in flight at the cut is
    // lost on the way (the server believes it sent it, as over a real connection reset; a full
    // CI run lost one), while every line printed during the outage is the server's to keep.
    const cutFlag = join(tmpdir(), `exec-cell-cut-${process.pid}-${Date.now()}`);
    const proxy = await startTcpProxy(Number(new URL(jupyter().url).port));
    try {
      const page = await openPage(
        context(),
        `${SETTLE_CELL}<exec-cell id="c">import os, time
for i in range(30):
    while i == 3 and not os.path.exists(${JSON.stringify(cutFlag)}): time.sleep(0.02)
    print(i, flush=True)
    time.sleep(0.1)</exec-cell>`,
        { config: { server: proxy.url, token: jupyter().token } },
      );
      await clickRun(page, 'settle');
      const done = clickRun(page, 'c');
      await page.waitForFunction(() => document.getElementById('c')!.shadowRoot!.querySelector('[part="output"]')!.textContent!.includes('2'));
      proxy.refuse();
      proxy.cut();
      // Lines 3 on are printed while the network is down (the server has seen the cut by then).
      await page.waitForTimeout(200);
      writeFileSync(cutFlag, '');
      await page.waitForTimeout(800);
      proxy.refuse(false);
      expect((await done).status).toBe('ok');
      expect(await outputText(page, 'c')).toBe(Array.from({ length: 30 }, (_, i) => `${i}\n`).join(''));
    } finally {
      rmSync(cutFlag, { force: true });
      await proxy.close();
    }
  });

  test('a network down longer than a run may wait: a clear error, then the cell reconnects by itself, variables kept', async () => {
    const proxy = await startTcpProxy(Number(new URL(jupyter().url).port));
    try {
      const page = await openPage(
        context(),
        `<exec-cell id="set">kept = "still here"</exec-cell>
         <exec-cell id="c">import time\ntime.sleep(25)</exec-cell>
         <exec-cell id="get">print(kept)</exec-cell>`,
        { config: { server: proxy.url, token: jupyter().token } },
      );
      await clickRun(page, 'set');
      const done = clickRun(page, 'c', 40_000);
      await waitForStatus(page, 'c', 'busy');
      proxy.refuse();
      proxy.cut();
      expect((await done).status).toBe('error');
      expect(await messageText(page, 'c')).toContain('reconnects by itself');
      proxy.refuse(false);
      await waitForStatus(page, 'c', 'idle', 10_000);
      expect(await messageText(page, 'c')).toContain('Reconnected to the Jupyter server: the kernel kept its variables.');
      // The kernel is still in the sleep: the next run waits behind it. A socket that drops
      // meanwhile must not end that run as lost: the request reached the kernel (CI, under
      // load, saw a second reconnect do exactly that while a timer decided what was lost).
      const getting = clickRun(page, 'get');
      await waitForStatus(page, 'get', 'busy');
      proxy.cut();
      const got = await getting;
      expect({ status: got.status, message: await messageText(page, 'get'), output: await outputText(page, 'get') }).toEqual({
        status: 'ok',
        message: '',
        output: 'still here\n',
      });
    } finally {
      await proxy.close();
    }
  });

  test('a server restarted mid-run: the cells say the kernel and its variables are gone, not that they reconnect; Restart starts a fresh kernel', async () => {
    // The server behind the proxy stops (SIGTERM, its kernels with it) and a new one answers at
    // the same address: it has no such kernel, so waiting to reconnect would wait for ever.
    const before = await startJupyter();
    const proxy = await startTcpProxy(before.port);
    let after: Awaited<ReturnType<typeof startJupyter>> | undefined;
    let stopped = false;
    try {
      const page = await openPage(
        context(),
        `<exec-cell id="set">kept = "from before"</exec-cell>
         <exec-cell id="c">import time\ntime.sleep(30)</exec-cell>
         <exec-cell id="get">print(globals().get("kept", "a fresh kernel"))</exec-cell>`,
        { config: { server: proxy.url, token: before.token } },
      );
      await clickRun(page, 'set');
      const done = clickRun(page, 'c');
      await waitForStatus(page, 'c', 'busy');
      proxy.refuse();
      await before.stop();
      stopped = true;
      proxy.cut();
      after = await startJupyter({ token: before.token });
      proxy.retarget(after.port);
      proxy.refuse(false);
      // jupyter_server interrupts its kernels as it stops: the run ends with KeyboardInterrupt.
      expect((await done).status).toBe('error');
      const gone = /^The Jupyter server at http:\/\/127\.0\.0\.1:\d+\/ no longer has this kernel \(the server was restarted, or it shut the kernel down\): the kernel’s variables are lost\.\s+Press Restart to start a fresh kernel, then run the cells you need again\.\s*$/; // (WebKit’s innerText ends with a newline)
      // Told within seconds of the new server answering (the session asks every second).
      await page.waitForFunction(
        () => /no longer has this kernel/.test(document.getElementById('c')!.shadowRoot!.querySelector('[part="message"]')?.textContent ?? ''),
        undefined,
        { timeout: 5_000 },
      );
      expect({ c: await messageText(page, 'c'), set: await messageText(page, 'set') }).toEqual({ c: expect.stringMatching(gone), set: expect.stringMatching(gone) });
      await cell(page, 'c').locator('[part="restart-button"]').click();
      await waitForStatus(page, 'c', 'idle', 30_000);
      expect((await clickRun(page, 'get')).status).toBe('ok');
      expect(await outputText(page, 'get')).toBe('a fresh kernel\n');
      expect(await messageText(page, 'get')).toBe('');
      expect(await after.kernels()).toHaveLength(1);
    } finally {
      await proxy.close();
      await after?.stop();
      if (!stopped) await before.stop();
    }
  });

  test('a server gone for good mid-run: a clear error, not a hang; Restart says what is wrong', async () => {
    const proxy = await startTcpProxy(Number(new URL(jupyter().url).port));
    try {
      const page = await openPage(context(), `<exec-cell id="c">import time\ntime.sleep(60)</exec-cell>`, {
        config: { server: proxy.url, token: jupyter().token },
      });
      const done = clickRun(page, 'c', 40_000);
      await waitForStatus(page, 'c', 'busy');
      proxy.refuse();
      proxy.cut();
      const result = await done;
      expect(result.status).toBe('error');
      expect(await messageText(page, 'c')).toContain(`Lost the connection to the Jupyter server at ${proxy.url}`);
      expect(await cell(page, 'c').getAttribute('status')).toBe('error');
      await cell(page, 'c').locator('[part="restart-button"]').click();
      await page.waitForFunction(() => /Could not (reach|restart)/.test(document.getElementById('c')!.shadowRoot!.querySelector('[part="message"]')?.textContent ?? ''), undefined, { timeout: 30_000 });
      expect(await page.evaluate(codeOf, 'c')).toBe('import time\ntime.sleep(60)');
    } finally {
      await proxy.close();
    }
  });
});

describe('bad input stays in its cell', () => {
  test('10 MB of code: the editor takes it at once, Run says it is too large to send; an 8 MB image is not drawn; the next run works', async () => {
    // 10 MB of code froze the page for 80 s (coloured, then laid out as one text) and then
    // hung: the server closed the socket on the oversized request (found by npm run soak).
    const page = await openPage(context(), `<exec-cell id="c">print("small")</exec-cell>`);
    await page.evaluate(() => void ((document.getElementById('c') as HTMLElement & { code: string }).code = 'x = 1\n'.repeat(1_800_000)));
    await page.waitForFunction(() => document.getElementById('c')!.shadowRoot!.querySelector('.cm-editor'), undefined, { timeout: 30_000 });
    expect((await clickRun(page, 'c', 60_000)).status).toBe('error');
    expect(await messageText(page, 'c')).toMatch(/This code is too large to send to a Jupyter server \(\d+\.\d MB; a server takes at most 10\.0 MB\)/);
    expect(await page.evaluate(codeOf, 'c')).toHaveLength(10_800_000);

    await page.evaluate(() => void ((document.getElementById('c') as HTMLElement & { code: string }).code =
      'import base64\nfrom IPython.display import display\ndisplay({"image/png": base64.b64encode(bytes(7_600_000)).decode()}, raw=True)\nprint("after")'));
    expect((await clickRun(page, 'c', 60_000)).status).toBe('ok');
    expect(await outputText(page, 'c')).toContain('This image is too large to show here (7.6 MB; at most 7.5 MB)');
    expect(await cell(page, 'c').locator('[part="output"] img').count()).toBe(0);
    expect(await outputText(page, 'c')).toContain('after');
  }, 120_000);
});
