#!/usr/bin/env node
// SPDX-License-Identifier: BSD-3-Clause
/**
 * Packages the Moodle plugin: copies the built dist/ into filter-php/dist/ (so the plugin folder
 * itself, as the Moodle harness installs it, is complete) and zips filter-php/ as
 * filter_execcell.zip with the top folder execcell/, the shape Moodle's plugin installer wants.
 * The shared vectors go into execcell/tests/fixtures/ so the plugin's PHPUnit test runs there too.
 *
 *   node scripts/package-moodle.mjs              # dist/ must exist: npm run build first
 *   node scripts/package-moodle.mjs --no-pyodide # leave dist/pyodide/ out of the zip (upload limits)
 *   node scripts/package-moodle.mjs --sync-only  # only refresh filter-php/dist/
 *
 * Uses the system `zip` (Debian: apt-get install zip).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = new Set(process.argv.slice(2));
const dist = join(root, 'dist');
const plugin = join(root, 'filter-php');
const zipFile = join(root, 'filter_execcell.zip');

function fail(message) {
  console.error(`package-moodle: ${message}`);
  process.exit(1);
}

if (!existsSync(join(dist, 'exec-cell.js'))) {
  fail('dist/exec-cell.js is missing: run `npm run build` first, then this again.');
}

// 1. The plugin folder carries its own copy of the build (not committed: filter-php/dist/ is ignored).
rmSync(join(plugin, 'dist'), { recursive: true, force: true });
// Type declarations are for bundlers, source maps for debugging: neither belongs on a Moodle site.
cpSync(dist, join(plugin, 'dist'), {
  recursive: true,
  filter: (src) => relative(dist, src) !== 'types' && (!src.endsWith('.map') || args.has('--maps')),
});
console.log(`package-moodle: copied dist/ into ${relative(root, join(plugin, 'dist'))}/`);
if (args.has('--sync-only')) process.exit(0);

// 2. Stage execcell/ and zip it.
if (spawnSync('zip', ['-v'], { stdio: 'ignore' }).status !== 0) {
  fail('the `zip` command is missing (Debian: apt-get install zip).');
}
const stage = join(root, '.tmp', 'package-moodle');
const top = join(stage, 'execcell');
rmSync(stage, { recursive: true, force: true });
mkdirSync(stage, { recursive: true });
cpSync(plugin, top, {
  recursive: true,
  filter: (src) => {
    const rel = relative(plugin, src);
    if (rel.split('/').some((part) => part.startsWith('.'))) return false;
    if (/^tests\/cli_[a-z_]+\.php$/.test(rel)) return false; // helpers of the repository's tests and bench
    return !(args.has('--no-pyodide') && (rel === join('dist', 'pyodide') || rel.startsWith(join('dist', 'pyodide') + '/')));
  },
});
mkdirSync(join(top, 'tests', 'fixtures'), { recursive: true });
cpSync(join(root, 'test', 'fixtures', 'filter-vectors.json'), join(top, 'tests', 'fixtures', 'filter-vectors.json'));

rmSync(zipFile, { force: true });
const zipped = spawnSync('zip', ['-q', '-r', '-X', zipFile, 'execcell'], { cwd: stage, stdio: 'inherit' });
if (zipped.status !== 0) fail(`zip failed (exit ${zipped.status}).`);
rmSync(stage, { recursive: true, force: true });
const mb = (statSync(zipFile).size / 1e6).toFixed(1);
console.log(`package-moodle: wrote ${relative(root, zipFile)} (${mb} MB${args.has('--no-pyodide') ? ', without Pyodide' : ''})`);
