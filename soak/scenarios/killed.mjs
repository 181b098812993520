// SPDX-License-Identifier: BSD-3-Clause
/**
 * The kernel dies mid-run: SIGKILL of the Jupyter kernel's process; for the browser's Python,
 * an interpreter that dies (a recursion deep enough to overflow WebAssembly's stack is a real
 * fatal error of Pyodide's). A clear message within 2 s, Restart recovers, the edits are kept.
 */
import { execFileSync } from 'node:child_process';

const EDITED = 'import time\n# edited by the reader\nfor i in range(600):\n    print(i, flush=True)\n    time.sleep(0.05)';
const FATAL = 'import sys\nsys.setrecursionlimit(10**8)\n# edited by the reader\ndef down(n):\n    return down(n + 1)\ndown(0)';

/** The pid of the process of the Jupyter kernel `id` (its command line names its connection file). */
function kernelPid(id) {
  const lines = execFileSync('ps', ['-eo', 'pid=,args=']).toString().split('\n');
  const line = lines.find((l) => l.includes(`kernel-${id}.json`));
  if (!line) throw new Error(`no process for kernel ${id}`);
  return Number(line.trim().split(/\s+/)[0]);
}

export async function kernelKilled(h, backend, report) {
  const row = report.row('Kernel killed mid-run', backend);
  const on = await h.on(backend);
  const code = backend === 'pyodide' ? FATAL : EDITED;
  const p = await h.openCells([{ id: 't', code: 'print("the author\'s code")' }], on);
  try {
    await p.setCode('t', code);
    let t0;
    if (backend !== 'pyodide') {
      const before = new Set((await h.kernels(backend)).map((k) => k.id));
      await p.start('t');
      await p.waitOutput('t', '\n3', 60_000);
      const [kernel] = (await h.kernels(backend)).filter((k) => before.size === 0 || !before.has(k.id));
      t0 = Date.now();
      process.kill(kernelPid(kernel.id), 'SIGKILL');
    } else {
      // Python up first, so the time counts from the fatal run's start, not from the boot.
      await p.setCode('t', 'print("up")');
      await p.run('t', 120_000);
      await p.setCode('t', code);
      // The death is the moment Pyodide reports its fatal error (in the worker's console).
      const died = new Promise((resolve) => p.page.on('console', (m) => m.text().includes('fatal error') && resolve(Date.now())));
      await p.start('t');
      t0 = await died;
    }
    // What the reader sees: the run over and a message saying what happened (a Jupyter cell
    // stays in error until Restart; the browser's Python takes a fresh interpreter by itself).
    await p.waitFor(() => {
      const s = window.soak.seen('t');
      return s.status !== 'busy' && s.status !== 'connecting' && s.message.trim().length > 0;
    }, undefined, 30_000);
    const told = Date.now() - t0;
    const seen = await p.seen('t');
    row.recovery(told);
    if (told > 2000) throw new Error(`the message came after ${told} ms (target 2 s): ${seen.message}`);
    await p.page.evaluate(() => document.getElementById('t').restart());
    await p.setCode('t', 'print("after restart")');
    const after = await p.run('t', 60_000);
    const again = await p.seen('t');
    if (after.result?.status !== 'ok' || !again.output.includes('after restart')) throw new Error(`Restart did not recover: ${JSON.stringify(again)}`);
    // The reader's edits survive a reload after the death (they are kept in localStorage).
    await p.setCode('t', code);
    await p.page.reload();
    await p.page.waitForFunction(() => customElements.get('exec-cell') !== undefined);
    const kept = await p.page.evaluate(() => document.getElementById('t').code);
    if (kept !== code) throw new Error(`the edits were not kept: ${JSON.stringify(kept)}`);
    row.ok(`message: ${seen.message.replace(/\s+/g, ' ').slice(0, 90)}`);
  } catch (e) {
    row.fail(e, await p.seen('t').catch(() => null));
  } finally {
    await p.close();
  }
}
