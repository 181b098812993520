// SPDX-License-Identifier: BSD-3-Clause
/**
 * SageCell's own limit: the server kills a kernel that used its CPU time (30 s in the shared
 * server's config, RLIMIT_CPU); the cell says so, keeps the code, and the next run works.
 */
export async function sageCellCpuLimit(h, backend, report) {
  const row = report.row('Run killed by the CPU-time limit', backend);
  const spin = 'while True:\n    pass';
  const p = await h.openCells([{ id: 't', code: spin }, { id: 'next', code: 'print("alive")' }], await h.on('sagecell'));
  try {
    await p.start('t');
    await p.waitStatus('t', 'busy', 60_000);
    const ended = await p.settled('t', 180_000);
    const seen = await p.seen('t');
    if (ended.result?.status !== 'error') throw new Error(`the run ended ${JSON.stringify(ended)}`);
    if (!/ended the kernel while this code ran/.test(seen.message)) throw new Error(`no word of the limit: ${seen.message}`);
    if (seen.code !== spin) throw new Error('the code was lost');
    const t0 = Date.now();
    const next = await p.run('next', 60_000);
    row.recovery(Date.now() - t0);
    if (next.result?.status !== 'ok' || !(await p.seen('next')).output.includes('alive')) throw new Error(`the next run ended ${JSON.stringify(next)}`);
    row.ok(`after ${Math.round(ended.ms / 1000)} s: ${seen.message.replace(/\s+/g, ' ').slice(0, 100)}`);
  } catch (e) {
    row.fail(e, await p.seen('t').catch(() => null));
  } finally {
    await p.close();
  }
}
