// SPDX-License-Identifier: BSD-3-Clause
/**
 * Bad input: the filter on 100,000+ generated texts (TS and PHP byte-identical, nothing
 * throws), then cells fed what a reader or a kernel can throw at them: 10 MB of code, a
 * NUL-filled and a binary output, invalid UTF-8, a 50 MB image. Each must end with a clear
 * message or a capped output, and the page must stay alive (the next run works).
 */
import { spawnSync } from 'node:child_process';

/** Multiplies the filter's property tests (12,000 texts, 4,000 through PHP) past 100,000 each. */
const FUZZ_SCALE = 25;

/** What each cell case runs, and what the reader must see afterwards. */
const CASES = [
  {
    name: '10 MB of code',
    code: null, // set in the page: sending it through the driver would measure the driver
    expect: (s) => /too large to send|ran out of memory|big ran/.test(s.message + s.output),
  },
  {
    name: 'a line of 1,000,000 NULs',
    code: 'print("\\0" * 1_000_000)\nprint("after nul")',
    // Jupyter's server rate-limits it and says so; the browser's Python shows it.
    expect: (s) => /after nul|IOPub data rate exceeded/.test(s.output),
  },
  {
    name: 'binary bytes on stdout',
    code: 'import sys\nout = getattr(sys.stdout, "buffer", None)\nif out: out.write(bytes(range(256)) * 4000); out.flush()\nelse: print("".join(map(chr, range(256))) * 4000)\nprint("after bytes")',
    expect: (s) => s.output.includes('after bytes'),
  },
  {
    name: 'invalid UTF-8',
    code: 'import os, sys\nsys.stdout.flush()\nout = getattr(sys.stdout, "buffer", None)\n(out.write if out else lambda b: os.write(1, b))(b"ok \\xff\\xfe end\\n")\nsys.stdout.flush()\nprint("after invalid")',
    expect: (s) => s.output.includes('after invalid'),
  },
  {
    name: 'a 50 MB image',
    code: 'import base64\nfrom IPython.display import display\ndisplay({"image/png": base64.b64encode(b"\\x89PNG\\r\\n\\x1a\\n" + bytes(50_000_000)).decode()}, raw=True)\nprint("after image")',
    expect: (s) => s.output.includes('too large to show') && s.output.includes('after image'),
  },
];

export async function filterFuzz(h, _backend, report) {
  const row = report.row('Bad input: filter on 100k+ texts, TS = PHP', 'filter');
  const seed = 1 + Math.floor(Math.random() * 1e6);
  const t0 = Date.now();
  const r = spawnSync(
    'npx',
    ['vitest', 'run', 'test/unit/filter/fuzz.test.ts', 'test/unit/filter/php-parity.test.ts', '--testTimeout=1800000'],
    { cwd: new URL('../..', import.meta.url).pathname, env: { ...process.env, EXEC_CELL_FUZZ_SCALE: String(FUZZ_SCALE), EXEC_CELL_FUZZ_SEED: String(seed) }, encoding: 'utf8', timeout: 40 * 60_000 },
  );
  const passed = /Tests\s+3 passed/.test(r.stdout);
  if (r.status === 0 && passed) {
    row.ok(`seed ${seed}: 150,000 round trips, 150,000 soup texts, 100,000+ through PHP in ${Math.round((Date.now() - t0) / 1000)} s`);
  } else {
    row.fail(new Error(`seed ${seed} (EXEC_CELL_FUZZ_SCALE=${FUZZ_SCALE} EXEC_CELL_FUZZ_SEED=${seed} to repeat): ${(r.stdout + r.stderr).slice(-600)}`));
  }
}

export async function badCells(h, backend, report) {
  const on = await h.on(backend);
  const p = await h.openCells([{ id: 't', code: 'print("up")' }], on);
  try {
    await p.run('t', 120_000);
    for (const c of CASES) {
      const row = report.row(`Bad input: ${c.name}`, backend);
      try {
        await p.page.evaluate(() => (window.soak.longestTask = 0));
        if (c.code) await p.setCode('t', c.code);
        else await p.page.evaluate(() => void (document.getElementById('t').code = 'x = 1\n'.repeat(1_800_000) + 'print("big ran")'));
        const t0 = Date.now();
        const r = await p.run('t', 180_000);
        const seen = await p.seen('t');
        row.recovery(Date.now() - t0);
        if (!c.expect(seen)) throw new Error(`unexpected: ${r.error ?? r.result?.status}: ${seen.message.trim().slice(0, 200)} ${seen.output.slice(-200)}`);
        // The page is alive: the next run works.
        await p.setCode('t', 'print("next ran")');
        const next = await p.run('t', 120_000);
        const after = await p.seen('t');
        if (next.result?.status !== 'ok' || after.output !== 'next ran\n') throw new Error(`the next run failed: ${JSON.stringify(after)}`);
        const what = (seen.message.trim() || seen.output.trim().split('\n')[0]).replace(/\s+/g, ' ').slice(0, 90);
        row.ok(`longest task ${Math.round(await p.longestTask())} ms; ${what}`);
      } catch (e) {
        row.fail(e, await p.seen('t').catch(() => null));
      }
    }
    if (p.errors.length) report.row('Bad input: page errors', backend).fail(new Error(p.errors.join('; ')));
  } finally {
    await p.close();
  }
}
