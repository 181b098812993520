// SPDX-License-Identifier: BSD-3-Clause
/**
 * Soak: many runs in one page over minutes, with the JS heap (after a collection) and the DOM
 * node count sampled every 100 runs. After the first 100 runs they may not grow past a bound;
 * once the page is closed the server holds no kernel of it.
 */
import { sleep } from '../harness.mjs';

/** What may grow after the first 100 runs: allocator noise, not a leak per run. */
const HEAP_BOUND = 4 * 1024 * 1024;
const NODE_BOUND = 50;

export async function endurance(h, backend, report, { quick }) {
  const runs = quick ? 200 : 1000;
  const minMs = quick ? 60_000 : 600_000;
  const row = report.row(`${runs} runs over ${minMs / 60_000} min`, backend);
  const on = await h.on(backend);
  // Kernels are counted through the server's API; a SageCell server has none that lists them.
  const counted = backend === 'jupyter' || backend === 'binder';
  const kernelsBefore = counted ? (await h.kernels(backend)).length : 0;
  const p = await h.openCells([{ id: 't', code: 'runs = globals().get("runs", 0) + 1\nprint("run", runs)\nruns' }], on);
  try {
    const t0 = Date.now();
    const samples = [];
    let worst = 0;
    for (let i = 1; i <= runs; i++) {
      const r = await p.run('t', 60_000);
      worst = Math.max(worst, r.ms);
      if (r.result?.status !== 'ok') throw new Error(`run ${i} ended ${JSON.stringify(r)}`);
      if (i % 100 === 0) {
        const seen = await p.seen('t');
        if (!seen.output.includes(`run ${i}`)) throw new Error(`run ${i} shows ${JSON.stringify(seen.output)}`);
        samples.push(await p.memory());
      }
      // Paced so the runs span the whole period.
      const due = t0 + (minMs * i) / runs;
      if (Date.now() < due) await sleep(due - Date.now());
    }
    const first = samples[0];
    const last = samples[samples.length - 1];
    const heapGrowth = last.heap - first.heap;
    const nodeGrowth = last.nodes - first.nodes;
    row.recovery(worst);
    row.memory(`${(heapGrowth / 1e6).toFixed(2)} MB, ${nodeGrowth} nodes`);
    if (heapGrowth > HEAP_BOUND) throw new Error(`the heap grew ${(heapGrowth / 1e6).toFixed(1)} MB after run 100 (bound ${HEAP_BOUND / 1e6} MB): ${samples.map((s) => (s.heap / 1e6).toFixed(1)).join(', ')}`);
    if (nodeGrowth > NODE_BOUND) throw new Error(`the DOM grew ${nodeGrowth} nodes after run 100 (bound ${NODE_BOUND})`);
    await p.close();
    if (counted) {
      // The page's kernel is shut down when the page goes away.
      const deadline = Date.now() + 10_000;
      while ((await h.kernels(backend)).length > kernelsBefore && Date.now() < deadline) await sleep(250);
      const left = (await h.kernels(backend)).length - kernelsBefore;
      if (left > 0) throw new Error(`${left} kernel(s) still running on the server after the page closed`);
    }
    row.ok(`${Math.round((Date.now() - t0) / 1000)} s; ${counted ? 'no kernel left; ' : ''}heap ${(first.heap / 1e6).toFixed(1)} → ${(last.heap / 1e6).toFixed(1)} MB; ${first.nodes} → ${last.nodes} nodes`);
  } catch (e) {
    row.fail(e, await p.seen('t').catch(() => null));
    await p.close().catch(() => {});
  }
}
