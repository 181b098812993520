// SPDX-License-Identifier: BSD-3-Clause
// Builds dist/: the ES module entry with its chunks, the classic script, and type declarations.
// It builds into a fresh folder and swaps it in at the end, so tests reading dist/ meanwhile
// (several engineers share one tree) never see a half-written build.
import { build } from 'vite';
import { renameSync, rmSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const out = `dist.building-${process.pid}`;
rmSync(out, { recursive: true, force: true });
try {
  await build({ mode: 'module', logLevel: 'warn', build: { outDir: out } });
  await build({ mode: 'script', logLevel: 'warn', build: { outDir: out } });
  execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json', '--declarationDir', `${out}/types`], { stdio: 'inherit' });
  rmSync('dist', { recursive: true, force: true });
  renameSync(out, 'dist');
} finally {
  rmSync(out, { recursive: true, force: true });
}
console.log('built dist/');
