// SPDX-License-Identifier: BSD-3-Clause
/**
 * `npm run soak`: faults, load and a long run against real servers on loopback, in Debian's
 * Chromium; prints a table and exits non-zero when a row fails. Not part of `npm test`.
 *
 *   node soak/run.mjs [--quick] [--only=WORD] [--backends=jupyter,pyodide,binder,sagecell,filter]   (after `npm run build`)
 *
 * Every scenario is bounded in count and time; every request goes to 127.0.0.1.
 */
import { startHarness } from './harness.mjs';
import { stopInEveryStatus } from './scenarios/stop.mjs';
import { kernelKilled } from './scenarios/killed.mjs';
import { serverRestarted, socketDropped } from './scenarios/network.mjs';
import { binderCulled, binderHubFaults } from './scenarios/binder.mjs';
import { sageCellCpuLimit } from './scenarios/sagecell.mjs';
import { hundredCells, twentyPages } from './scenarios/load.mjs';
import { endurance } from './scenarios/endurance.mjs';
import { badCells, filterFuzz } from './scenarios/bad-input.mjs';
import { table } from '../bench/lib/stats.mjs';

const arg = (name) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const quick = process.argv.includes('--quick');
const only = arg('only');
const backends = (arg('backends') ?? 'jupyter,pyodide,binder,sagecell,filter').split(',');

/** Each scenario and the backends it applies to. */
const SCENARIOS = [
  { name: 'stop', fn: stopInEveryStatus, backends: ['jupyter', 'pyodide', 'binder', 'sagecell'] },
  { name: 'killed', fn: kernelKilled, backends: ['jupyter', 'pyodide', 'binder'] },
  { name: 'network', fn: socketDropped, backends: ['jupyter'] },
  { name: 'restarted', fn: serverRestarted, backends: ['jupyter'] },
  { name: 'culled', fn: binderCulled, backends: ['binder'] },
  { name: 'hub-faults', fn: binderHubFaults, backends: ['binder'] },
  { name: 'cpu-limit', fn: sageCellCpuLimit, backends: ['sagecell'] },
  { name: 'load', fn: hundredCells, backends: ['jupyter', 'pyodide', 'binder'] },
  { name: 'pages', fn: twentyPages, backends: ['jupyter'] },
  { name: 'bad-input', fn: badCells, backends: ['jupyter', 'pyodide'] },
  { name: 'fuzz', fn: filterFuzz, backends: ['filter'] },
  { name: 'endurance', fn: endurance, backends: ['jupyter', 'pyodide', 'binder', 'sagecell'] },
];

/** The table's rows: each a scenario on one backend, with its outcome. */
function createReport() {
  const rows = [];
  return {
    rows,
    row(scenario, backend) {
      const r = { scenario, backend, runs: 0, failures: 0, recovery: 0, memory: '', note: '' };
      rows.push(r);
      process.stdout.write(`… ${scenario} (${backend})\n`);
      return {
        recovery: (ms) => (r.recovery = Math.max(r.recovery, ms)),
        memory: (text) => (r.memory = text),
        ok: (note) => Object.assign(r, { runs: r.runs + 1, note }),
        fail: (e, seen) => {
          Object.assign(r, { runs: r.runs + 1, failures: r.failures + 1, note: `FAILED: ${e.message}` });
          const shown = seen && { ...seen, output: seen.output?.slice(-300) };
          process.stdout.write(`  FAILED: ${e.stack}\n  the cell showed: ${JSON.stringify(shown)}\n`);
        },
      };
    },
  };
}

const report = createReport();
const h = await startHarness();
const started = Date.now();
try {
  for (const s of SCENARIOS) {
    if (only && !s.name.includes(only)) continue;
    for (const backend of s.backends.filter((b) => backends.includes(b))) await s.fn(h, backend, report, { quick });
  }
} finally {
  await h.close();
}

console.log(`\n## Soak (${quick ? 'quick' : 'full'}; Chromium; ${Math.round((Date.now() - started) / 1000)} s)\n`);
console.log(
  table(
    ['scenario', 'backend', 'runs', 'failures', 'worst recovery ms', 'memory growth', 'what happened'],
    report.rows.map((r) => [r.scenario, r.backend, r.runs, r.failures, r.recovery ? Math.round(r.recovery) : '', r.memory, r.note.replace(/\|/g, '/').slice(0, 160)]),
  ),
);
const failed = report.rows.filter((r) => r.failures > 0 || r.runs === 0);
if (failed.length) {
  console.log(`\n${failed.length} row(s) failed.`);
  process.exit(1);
}
