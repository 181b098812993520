// SPDX-License-Identifier: BSD-3-Clause
// `npx exec-cell pyodide-pack`: a site's own package set, from a stand-in distribution
// (this Pyodide's lock file, real wheels of this machine) given as a folder and as a URL.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeDistribution, startPackageSource } from '../servers/package-source.mjs';
import { pyodidePack, withDependencies as packWalk } from '../../bin/pyodide-pack.mjs';
import { planImports, withDependencies, type PackageLock } from '../../src/kernels/pyodide/package-plan.js';

const LOCK = 'node_modules/pyodide/pyodide-lock.json';
let dist: ReturnType<typeof makeDistribution>;
const outs: string[] = [];
const out = () => {
  const dir = mkdtempSync(join(tmpdir(), 'exec-cell-pack-'));
  outs.push(dir);
  return dir;
};

beforeAll(() => {
  dist = makeDistribution(LOCK, {
    six: { wheel: 'six-1.17.0-py2.py3-none-any.whl', imports: ['six'] },
    'python-dateutil': { wheel: 'python_dateutil-2.9.0.post0-py2.py3-none-any.whl', imports: ['dateutil'], depends: ['six'] },
    decorator: { wheel: 'decorator-5.3.1-py3-none-any.whl', imports: ['decorator'], sha256: '0'.repeat(64) },
  });
});
afterAll(() => {
  dist?.remove();
  for (const d of outs) rmSync(d, { recursive: true, force: true });
});

describe('pyodide-pack', () => {
  test('copies a package and what it depends on, checks them, and writes a lock listing only them', async () => {
    const folder = out();
    const lines: string[] = [];
    const result = await pyodidePack(['dateutil', '--from', dist.dir, '--out', folder], (l: string) => lines.push(l));
    expect(result.packages).toEqual(['six', 'python-dateutil']);
    expect(readdirSync(folder).sort()).toEqual(['pyodide-lock.json', 'python_dateutil-2.9.0.post0-py2.py3-none-any.whl', 'six-1.17.0-py2.py3-none-any.whl']);
    const lock = JSON.parse(readFileSync(join(folder, 'pyodide-lock.json'), 'utf8'));
    expect(Object.keys(lock.packages)).toEqual(['six', 'python-dateutil']);
    expect(lock.info).toEqual(dist.lock.info);
    expect(lines[0]).toMatch(/^Copied 2 packages \(\d+ kB\) to .*: six 1\.17\.0, python-dateutil 2\.9\.0\.post0\.$/);
  });

  test('from a URL, as from the public distribution', async () => {
    const server = await startPackageSource(dist.dir);
    try {
      const folder = out();
      const result = await pyodidePack(['six', `--from=${server.url}`, `--out=${folder}`], () => {});
      expect(result.packages).toEqual(['six']);
      expect(server.requests).toEqual(['/pyodide-lock.json', '/six-1.17.0-py2.py3-none-any.whl']);
    } finally {
      await server.close();
    }
  });

  test('a file whose hash is not the lock file’s stops the copy and says which, with both hashes', async () => {
    await expect(pyodidePack(['decorator', '--from', dist.dir, '--out', out()], () => {})).rejects.toThrow(
      /^decorator 5\.3\.1: decorator-5\.3\.1-py3-none-any\.whl has SHA-256 [0-9a-f]{64}, but the lock file says 0{64}\./,
    );
  });

  test('a name the distribution does not have, a folder that is not one, and missing arguments are named', async () => {
    await expect(pyodidePack(['no-such-thing', '--from', dist.dir, '--out', out()], () => {})).rejects.toThrow(
      'no-such-thing is not a package of this distribution',
    );
    await expect(pyodidePack(['six', '--from', tmpdir(), '--out', out()], () => {})).rejects.toThrow(/is not a Pyodide distribution: its pyodide-lock\.json could not be read/);
    await expect(pyodidePack(['six'], () => {})).rejects.toThrow('name the packages, --from and --out');
  });

  test('npx exec-cell pyodide-pack runs it; an unknown command lists the commands', () => {
    const folder = out();
    const text = execFileSync('node', ['bin/exec-cell.mjs', 'pyodide-pack', 'six', '--from', dist.dir, '--out', folder], { encoding: 'utf8' });
    expect(text).toContain('Copied 1 package');
    let failed: { status: number; stderr: string } | null = null;
    try {
      execFileSync('node', ['bin/exec-cell.mjs', 'frobnicate'], { encoding: 'utf8', stdio: 'pipe' });
    } catch (e) {
      failed = e as { status: number; stderr: string };
    }
    expect(failed?.status).toBe(2);
    expect(failed?.stderr).toContain('exec-cell pyodide-pack PACKAGE...');
  });
});

describe('the worker’s plan (package-plan.ts) and the pack command walk the lock the same way', () => {
  test('dependencies first, each once, loaded ones left out; matplotlib as an example of a deep tree', () => {
    const lock = JSON.parse(readFileSync(LOCK, 'utf8')) as PackageLock;
    const plan = planImports(lock, ['matplotlib', 'not_a_module']);
    expect(plan.unknown).toEqual(['not_a_module']);
    const names = plan.packages.map((p) => p.name);
    for (const [i, p] of plan.packages.entries()) for (const d of p.depends ?? []) expect(names.indexOf(d), `${d} before ${p.name}`).toBeLessThan(i);
    expect(names.at(-1)).toBe('matplotlib');
    expect(new Set(names).size).toBe(names.length);
    expect(planImports(lock, ['matplotlib'], new Set(['numpy'])).packages.map((p) => p.name)).not.toContain('numpy');
    expect(withDependencies(lock, ['matplotlib']).map((p) => p.name)).toEqual(names);
    expect(packWalk(lock, ['matplotlib']).map(([, p]: [string, { name: string }]) => p.name)).toEqual(names);
  });
});
