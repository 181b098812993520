// SPDX-License-Identifier: BSD-3-Clause
/**
 * Stop (and Restart) in every status a run can be in: connecting, queued behind another run,
 * busy, printing 100k lines, waiting on input(). Afterwards the next cell must run.
 */
import { within } from '../harness.mjs';

const SPIN = 'while True: pass';

/** Each state: the cells of its page, and how to bring the target cell `t` into that state. */
const STATES = {
  connecting: {
    cells: { t: SPIN },
    // Stop at once, while the kernel (or the interpreter) is still starting.
    enter: async (p) => {
      await p.start('t');
      return (await p.seen('t')).status;
    },
  },
  queued: {
    cells: { a: SPIN, t: 'print("queued ran")' },
    enter: async (p) => {
      await p.start('a');
      await p.waitStatus('a', 'busy', 60_000);
      await p.start('t');
      return (await p.seen('t')).status;
    },
    // The run ahead is stopped afterwards, so the next cell can run.
    after: async (p, action) => {
      if (action === 'interrupt') {
        await p.start('a', 'interrupt');
        await p.waitFor(() => window.soak.results.a?.done, undefined, 15_000);
      }
    },
  },
  busy: {
    cells: { t: SPIN },
    enter: async (p) => {
      await p.start('t');
      await p.waitStatus('t', 'busy', 60_000);
      return 'busy';
    },
  },
  printing: {
    cells: { t: 'for i in range(100000): print(i)' },
    enter: async (p) => {
      await p.start('t');
      await p.waitFor(() => /\d/.test(window.soak.seen('t').output), undefined, 60_000);
      return 'busy (printing)';
    },
  },
  input: {
    cells: { t: 'name = input("Your name? ")\nprint("hello", name)' },
    enter: async (p) => {
      await p.start('t');
      await p.waitOutput('t', 'Your name?', 60_000);
      return 'busy (input)';
    },
  },
};

/**
 * @param {Awaited<ReturnType<typeof import('../harness.mjs').startHarness>>} h
 * @param {'jupyter' | 'pyodide' | 'binder' | 'sagecell'} backend
 */
export async function stopInEveryStatus(h, backend, report) {
  const on = await h.on(backend);
  for (const action of ['interrupt', 'restart']) {
    for (const [state, spec] of Object.entries(STATES)) {
      // A SageCell server passes nothing typed to running code (the cell says so at once).
      if (backend === 'sagecell' && state === 'input') continue;
      const row = report.row(`${action === 'interrupt' ? 'Stop' : 'Restart'} while ${state}`, backend);
      const cells = Object.entries({ ...spec.cells, next: 'print("next ran")' }).map(([id, code]) => ({ id, code }));
      const p = await h.openCells(cells, on);
      try {
        const statusAtAction = await spec.enter(p);
        const t0 = Date.now();
        // As a click would: the call is not awaited (a restart goes on while the run ends).
        await p.page.evaluate(([m]) => void document.getElementById('t')[m](), [action]);
        const ended = await within(15_000, p.settled('t', 15_000), `the ${state} run after ${action}`);
        row.recovery(Date.now() - t0);
        const outcome = ended.error ? `error: ${ended.error}` : ended.result.status;
        if (ended.result?.status === 'ok' && state !== 'queued') throw new Error(`the run was not stopped (it ended ${outcome})`);
        await spec.after?.(p, action);
        const next = await p.run('next', 60_000);
        const seen = await p.seen('next');
        if (next.result?.status !== 'ok' || !seen.output.includes('next ran'))
          throw new Error(`the next cell did not run: ${JSON.stringify({ next, seen })}`);
        if (p.errors.length) {
          const rejections = await p.page.evaluate(() => window.soak.rejections);
          throw new Error(`page errors: ${p.errors.join('; ')} ${rejections.join('; ')}`);
        }
        row.ok(`status at ${action}: ${statusAtAction}; the run ended ${outcome}`);
      } catch (e) {
        row.fail(e, await p.seen('t').catch(() => null));
      } finally {
        await p.close();
        // Each page launched a Binder server of its own: shut it, as a hub's culler would.
        if (backend === 'binder') await (await h.binder()).cullAll();
      }
    }
  }
}
