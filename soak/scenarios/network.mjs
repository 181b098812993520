// SPDX-License-Identifier: BSD-3-Clause
/**
 * The socket to the Jupyter server dropped for 1 s, 10 s and 60 s (every connection cut and
 * new ones refused by the test TCP proxy) while a run prints numbered lines. The run either
 * finishes with every line once, in order, or ends with a clear message; once the network is
 * back, the next run works within 5 s.
 */
import { startTcpProxy } from '../../test/servers/tcp-proxy.mjs';
import { startJupyter } from '../../test/servers/jupyter.mjs';
import { sleep, within } from '../harness.mjs';

const LINES = 80;
const NUMBERED = `import time\nfor i in range(${LINES}):\n    print(f"seq {i}", flush=True)\n    time.sleep(0.1)`;

/** The numbers of the `seq N` lines shown: each once, in order, from 0, with no gap. */
function checkSequence(output) {
  const seen = [...output.matchAll(/seq (\d+)/g)].map((m) => Number(m[1]));
  for (let i = 0; i < seen.length; i++) if (seen[i] !== i) throw new Error(`line ${i} shows seq ${seen[i]}: lines lost or repeated`);
  return seen.length;
}

export async function socketDropped(h, backend, report, { quick }) {
  for (const seconds of quick ? [1, 10] : [1, 10, 60]) {
    const row = report.row(`Socket dropped ${seconds} s`, backend);
    const proxy = await startTcpProxy(h.jupyter.port);
    const p = await h.openCells(
      [{ id: 't', code: NUMBERED }, { id: 'next', code: 'print("next ran")' }],
      { defaults: { server: proxy.url, token: h.jupyter.token } },
    );
    // The moment the page hears from the server again: the first frame on a socket opened
    // after the network came back.
    let back = Infinity;
    let heard = null;
    const reconnected = new Promise((resolve) =>
      p.page.on('websocket', (ws) => ws.on('framereceived', () => {
        if (Date.now() >= back && heard === null) resolve((heard = Date.now()));
      })),
    );
    try {
      await p.start('t');
      await p.waitOutput('t', 'seq 5', 60_000);
      proxy.refuse(true);
      proxy.cut();
      await sleep(seconds * 1000);
      proxy.refuse(false);
      back = Date.now();
      const ended = await p.settled('t', 40_000);
      const seen = await p.seen('t');
      const lines = checkSequence(seen.output);
      const outcome = ended.error ? 'error' : ended.result.status;
      if (outcome === 'ok' && lines !== LINES) throw new Error(`the run ended ok with ${lines} of ${LINES} lines`);
      if (outcome !== 'ok' && !seen.message.trim()) throw new Error(`the run ended ${outcome} with no message`);
      const reconnect = (await within(30_000, reconnected, 'a reconnection')) - back;
      row.recovery(reconnect);
      if (reconnect > 5000) throw new Error(`reconnected ${reconnect} ms after the network came back (target 5 s)`);
      // The cell is usable again without a Restart, and the next run works (the reader's state kept).
      await p.waitFor(() => document.getElementById('t').getAttribute('status') === 'idle', undefined, 5_000);
      const next = await p.run('next', 30_000);
      const nextSeen = await p.seen('next');
      if (next.result?.status !== 'ok' || !nextSeen.output.includes('next ran'))
        throw new Error(`the next run failed once the network was back: ${JSON.stringify(next)} ${nextSeen.message}`);
      row.ok(`the run in flight ended ${outcome} with ${lines}/${LINES} lines${outcome === 'ok' ? '' : `: ${seen.message.replace(/\s+/g, ' ').slice(0, 70)}`}`);
    } catch (e) {
      row.fail(e, await p.seen('t').catch(() => null));
    } finally {
      await p.close();
      await proxy.close();
    }
  }
}

/**
 * The Jupyter server behind the page restarts mid-run (same address, its kernels gone), 1 s
 * and 10 s down: the run in flight ends with a message, the cell says the kernel and its
 * variables are gone within 5 s of the new server answering, and Restart brings a fresh one.
 */
export async function serverRestarted(h, backend, report, { quick }) {
  for (const seconds of quick ? [1] : [1, 10]) {
    const row = report.row(`Server restarted, ${seconds} s down`, backend);
    const before = await startJupyter();
    const proxy = await startTcpProxy(before.port);
    let after;
    let stopped = false;
    const p = await h.openCells(
      [{ id: 't', code: NUMBERED }, { id: 'next', code: 'print("the old kernel" if "i" in globals() else "a fresh kernel")' }],
      { defaults: { server: proxy.url, token: before.token } },
    );
    try {
      await p.start('t');
      await p.waitOutput('t', 'seq 5', 60_000);
      proxy.refuse(true);
      await before.stop();
      stopped = true;
      proxy.cut();
      await sleep(seconds * 1000);
      after = await startJupyter({ token: before.token });
      proxy.retarget(after.port);
      proxy.refuse(false);
      const back = Date.now();
      const ended = await p.settled('t', 30_000);
      checkSequence((await p.seen('t')).output);
      if (ended.result?.status === 'ok') throw new Error('the run ended ok on a server that was stopped under it');
      await p.waitFor(() => /no longer has this kernel/.test(window.soak.seen('t').message), undefined, 30_000);
      const told = Date.now() - back;
      row.recovery(told);
      if (told > 5000) throw new Error(`the cells said the kernel was gone ${told} ms after the server came back (target 5 s)`);
      await p.page.evaluate(() => document.getElementById('next').restart());
      const next = await p.run('next', 60_000);
      const seen = await p.seen('next');
      if (next.result?.status !== 'ok' || !seen.output.includes('a fresh kernel')) throw new Error(`Restart did not recover: ${JSON.stringify({ next, seen })}`);
      const kernels = (await after.kernels()).length;
      if (kernels !== 1) throw new Error(`${kernels} kernels on the new server (1 expected)`);
      row.ok(`the run ended ${ended.error ? 'error' : ended.result.status}; the cells said the kernel is gone; Restart: one fresh kernel`);
    } catch (e) {
      row.fail(e, await p.seen('t').catch(() => null));
    } finally {
      await p.close();
      await proxy.close();
      await after?.stop();
      if (!stopped) await before.stop();
    }
  }
}
