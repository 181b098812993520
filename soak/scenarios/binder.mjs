// SPDX-License-Identifier: BSD-3-Clause
/**
 * Binder's faults, on the test BinderHub: a server culled mid-session is relaunched by the
 * reader's next run with the edits kept (one launch per cull, nothing rerun); a hub behind a
 * gateway that answers 503, then 502, and a build whose stream goes quiet each give a clear
 * message and a Retry control, and the page never launches by itself.
 */
import { sleep } from '../harness.mjs';

/** What the test hub counted for one repository (`launches`, `builds`). */
async function countsFor(h, repo) {
  const stats = (await h.binder()).stats();
  return stats.bySpec[`/build/gh/${repo}/HEAD`] ?? {};
}

const retryOf = (p, id) => p.page.locator(`#${id}`).locator('[part="message-action"]');

/** Wait until the cell's message matches `pattern`. */
function waitMessage(p, id, pattern, timeout) {
  return p.waitFor(([id, source]) => new RegExp(source).test(window.soak.seen(id).message), [id, pattern.source], timeout);
}

export async function binderCulled(h, backend, report, { quick }) {
  const cycles = quick ? 2 : 5;
  const row = report.row(`Server culled mid-session, ${cycles} times`, backend);
  const repo = 'exec-cell/soak-cull';
  const hub = await h.binder();
  const p = await h.openCells([{ id: 'a', code: 'x = 41' }, { id: 'b', code: 'print(x + 1)' }], await h.on('binder', { repo }));
  try {
    await p.run('a', 60_000);
    await p.run('b', 60_000);
    for (let cycle = 1; cycle <= cycles; cycle++) {
      const launches = (await countsFor(h, repo)).launches ?? 0;
      hub.set({ cullIdleSeconds: 1 });
      await waitMessage(p, 'b', /has stopped/, 30_000);
      hub.set({ cullIdleSeconds: 0 });
      // Nobody runs anything: nothing is launched.
      await sleep(1000);
      if ((await countsFor(h, repo)).launches !== launches) throw new Error(`cycle ${cycle}: a server was launched while nobody ran anything`);
      // The reader edits a cell, then runs the page again: one new server, the edit kept.
      const edited = `x = ${40 + cycle}  # edited in cycle ${cycle}`;
      await p.setCode('a', edited);
      const t0 = Date.now();
      const a = await p.run('a', 60_000);
      const told = (await p.seen('a')).message;
      const b = await p.run('b', 60_000);
      row.recovery(Date.now() - t0);
      const seen = await p.seen('b');
      if (a.result?.status !== 'ok' || b.result?.status !== 'ok' || !seen.output.includes(String(41 + cycle)))
        throw new Error(`cycle ${cycle}: the runs after the cull ended ${JSON.stringify({ a, b, seen })}`);
      if (!/was culled and a new one was launched/.test(told)) throw new Error(`cycle ${cycle}: no word of the relaunch: ${told}`);
      if ((await p.seen('a')).code !== edited) throw new Error(`cycle ${cycle}: the edit was lost`);
      const after = (await countsFor(h, repo)).launches;
      if (after !== launches + 1) throw new Error(`cycle ${cycle}: ${after - launches} launches for one cull`);
    }
    row.ok(`${cycles} culls, ${cycles} relaunches by the reader's run, edits kept`);
  } catch (e) {
    row.fail(e, await p.seen('b').catch(() => null));
  } finally {
    hub.set({ cullIdleSeconds: 0 });
    await p.close();
    await hub.cullAll();
  }
}

/** Each fault of the hub: the switch that makes it, and the message the cell must show. */
const HUB_FAULTS = [
  { name: 'Hub answers 503', set: { gatewayError: { status: 503, cors: true } }, message: /answered HTTP 503 Service Unavailable instead of starting a build/ },
  { name: 'Gateway answers 502 without CORS', set: { gatewayError: { status: 502 } }, message: /Could not reach the BinderHub/ },
  { name: 'Build stream breaks', set: { dropStream: 'close' }, message: /was lost while (fetching|building)/ },
  { name: 'Build stream goes quiet', set: { dropStream: 'silent' }, message: /sent nothing for 2 seconds while (fetching|building)/ },
];

export async function binderHubFaults(h, backend, report) {
  const hub = await h.binder();
  for (const [i, fault] of HUB_FAULTS.entries()) {
    const row = report.row(fault.name, backend);
    const repo = `exec-cell/soak-fault-${i}`;
    hub.set(fault.set);
    const p = await h.openCells([{ id: 'a', code: 'print("made it")' }], await h.on('binder', { repo }));
    try {
      await p.setCode('a', 'print("made it")  # edited');
      const t0 = Date.now();
      await p.start('a');
      await waitMessage(p, 'a', fault.message, 30_000);
      row.recovery(Date.now() - t0);
      const retry = retryOf(p, 'a');
      if ((await retry.innerText()) !== 'Retry') throw new Error('no Retry control');
      // The page does not ask again by itself: wait as long as three keepalive periods.
      const builds = (await countsFor(h, repo)).builds ?? 0;
      await sleep(3000);
      if ((await countsFor(h, repo)).builds !== builds) throw new Error('the page asked the hub again by itself');
      // The hub is back: Retry runs the reader's code, on one launch.
      hub.set({ gatewayError: null, dropStream: null });
      await retry.click();
      await p.waitOutput('a', 'made it', 60_000);
      const counts = await countsFor(h, repo);
      if (counts.launches !== 1) throw new Error(`${counts.launches} launches`);
      if ((await p.seen('a')).code !== 'print("made it")  # edited') throw new Error('the edit was lost');
      row.ok(`${builds} build request(s) before Retry, none by itself; Retry launched once`);
    } catch (e) {
      row.fail(e, await p.seen('a').catch(() => null));
    } finally {
      hub.set({ gatewayError: null, dropStream: null });
      await p.close();
      await hub.cullAll();
    }
  }
}
