// SPDX-License-Identifier: BSD-3-Clause
// The npm package as people install it (#20): what `npm pack` puts in it, what publint and
// @arethetypeswrong/cli say of it, and a Python cell run from it in a vite app that imports
// `exec-cell` and in a plain page that loads it from node_modules, with nothing fetched from
// another origin (test/servers/packed-package.mjs makes both, once per tarball).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { packedPackage } from '../servers/packed-package.mjs';
import { startStaticServer } from '../servers/static.mjs';
import { clickRun, errorsOf, outputText, outsideRequests, trackErrors, useBrowser } from './helpers.js';

const { context } = useBrowser();
let pkg: Awaited<ReturnType<typeof packedPackage>>;

// Packing, two installs and a vite build: about a minute the first time on this machine.
beforeAll(async () => {
  pkg = await packedPackage();
}, 10 * 60_000);

describe('the npm package', () => {
  test('holds the element, its types and manifest, the Python runtime, README and LICENSE, and no sources or tests; publint and attw find nothing', () => {
    for (const file of [
      'package.json',
      'README.md',
      'LICENSE',
      'dist/exec-cell.mjs',
      'dist/exec-cell.js',
      'dist/exec-cell-sw.js',
      'dist/types/index.d.ts',
      'dist/custom-elements.json',
      'dist/pyodide/pyodide.asm.wasm',
      'dist/pyodide/python_stdlib.zip',
      'bin/exec-cell.mjs',
    ]) {
      expect(pkg.files, file).toContain(file);
    }
    const unintended = pkg.files.filter((f) => /^(src|test|bench|demo|docs|filter-php|scripts|soak|proxy|server)\//.test(f) || /\.(test|e2e)\.|\.tgz$|\.zip$/.test(f) && !f.startsWith('dist/pyodide/'));
    expect(unintended).toEqual([]);
    // Source maps ship on purpose (a reader's devtools show the real code), so they must carry
    // their sources: the package has no src/ for them to point at.
    const installed = join(pkg.app, '..', 'node_modules', 'exec-cell');
    const maps = pkg.files.filter((f) => f.endsWith('.map'));
    expect(maps.length).toBeGreaterThan(0);
    for (const map of maps) {
      const { sources, sourcesContent } = JSON.parse(readFileSync(join(installed, map), 'utf8')) as { sources: string[]; sourcesContent?: (string | null)[] };
      expect(sourcesContent?.filter((s) => typeof s === 'string').length, `${map}: sources without their content`).toBe(sources.length);
    }
    expect(pkg.publint.ok, pkg.publint.output).toBe(true);
    expect(pkg.publint.output).toMatch(/All good/);
    expect(pkg.attw.ok, pkg.attw.output).toBe(true);
    // Every entry point resolves with its types under node16 (ESM) and bundler resolution; the
    // CommonJS ones are ignored (`--profile esm-only`): the package has no CommonJS entry.
    expect(pkg.attw.output.split('\n').filter((l) => /[❌💀⚠️]/u.test(l) && !l.includes('(ignored'))).toEqual([]);
  });

  for (const [where, folder] of [
    ['a vite app that imports it', 'app'],
    ['a plain page that loads it from node_modules', 'plain'],
  ] as const) {
    test(`runs a Python cell in ${where}, fetching nothing from another origin`, async () => {
      const site = await startStaticServer({ root: pkg[folder] });
      try {
        const since = Date.now();
        const page = await context().newPage();
        trackErrors(page);
        await page.goto(site.url);
        await page.waitForFunction(() => customElements.get('exec-cell') !== undefined);
        await clickRun(page, 'c', 90_000);
        expect(await outputText(page, 'c')).toBe('42\n');
        expect(await errorsOf(page)).toEqual([]);
        expect(await outsideRequests(since)).toEqual([]);
      } finally {
        await site.close();
      }
    });
  }
});
