// SPDX-License-Identifier: BSD-3-Clause
// Builds dist/: the ES module entry with its chunks, the classic script, and type declarations.
// It builds into a fresh folder and swaps it in at the end, so tests reading dist/ meanwhile
// (several engineers share one tree) never see a half-written build.
import { build } from 'vite';
import { copyFileSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * The Pyodide runtime the Python worker loads, copied into dist/pyodide/ so the site serves it
 * itself (no CDN): the package's folder is found with require.resolve, wherever npm put it
 * (../shared/pyodide/NOTES.md §2). Its loader (pyodide.mjs) is bundled into the worker chunk.
 */
const PYODIDE_RUNTIME = ['pyodide.asm.mjs', 'pyodide.asm.wasm', 'python_stdlib.zip', 'pyodide-lock.json'];

function copyPyodideRuntime(outDir) {
  const from = dirname(createRequire(import.meta.url).resolve('pyodide/package.json'));
  mkdirSync(join(outDir, 'pyodide'), { recursive: true });
  for (const file of PYODIDE_RUNTIME) copyFileSync(join(from, file), join(outDir, 'pyodide', file));
}

const out = `dist.building-${process.pid}`;
rmSync(out, { recursive: true, force: true });
try {
  await build({ mode: 'module', logLevel: 'warn', build: { outDir: out } });
  await build({ mode: 'script', logLevel: 'warn', build: { outDir: out } });
  await build({ mode: 'sagecell-embed', logLevel: 'warn', build: { outDir: out } });
  await build({ mode: 'service-worker', logLevel: 'warn', build: { outDir: out } });
  copyPyodideRuntime(out);
  execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json', '--declarationDir', `${out}/types`], { stdio: 'inherit' });
  rmSync('dist', { recursive: true, force: true });
  renameSync(out, 'dist');
} finally {
  rmSync(out, { recursive: true, force: true });
}
console.log('built dist/');
