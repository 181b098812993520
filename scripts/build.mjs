// SPDX-License-Identifier: BSD-3-Clause
// Builds dist/: the ES module entry with its chunks, the classic script, and type declarations.
// It builds into a fresh folder and swaps it in at the end, so tests reading dist/ meanwhile
// (several engineers share one tree) never see a half-written build.
import { build } from 'vite';
import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
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

/**
 * The pure-Python wheels of ipywidgets for the browser's Python (src/kernels/pyodide/
 * widget-wheels.json), copied into dist/python-wheels/: the worker installs them when a cell
 * imports ipywidgets, with no network. They are the wheels pip installs on these machines
 * (EXEC_CELL_WHEELS names another folder holding the same files).
 */
function copyWidgetWheels(outDir) {
  const list = JSON.parse(readFileSync('src/kernels/pyodide/widget-wheels.json', 'utf8'));
  const from = process.env.EXEC_CELL_WHEELS || list.source;
  const missing = list.wheels.filter((file) => !existsSync(join(from, file)));
  if (missing.length) {
    throw new Error(
      `The widget wheels for the browser's Python are missing from ${from}: ${missing.join(', ')}. ` +
        `Download them (pip download --no-deps ${missing.map((f) => f.split('-').slice(0, 2).join('==')).join(' ')}) ` +
        'into that folder, or name a folder that has them in EXEC_CELL_WHEELS.',
    );
  }
  mkdirSync(join(outDir, 'python-wheels'), { recursive: true });
  for (const file of list.wheels) copyFileSync(join(from, file), join(outDir, 'python-wheels', file));
}

const out = `dist.building-${process.pid}`;
rmSync(out, { recursive: true, force: true });
try {
  await build({ mode: 'module', logLevel: 'warn', build: { outDir: out } });
  await build({ mode: 'script', logLevel: 'warn', build: { outDir: out } });
  await build({ mode: 'sagecell-embed', logLevel: 'warn', build: { outDir: out } });
  await build({ mode: 'service-worker', logLevel: 'warn', build: { outDir: out } });
  copyPyodideRuntime(out);
  copyWidgetWheels(out);
  execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json', '--declarationDir', `${out}/types`], { stdio: 'inherit' });
  // custom-elements.json (package.json's "customElements"): editors autocomplete <exec-cell>
  // from it, and the docs site's reference page is made from it.
  execFileSync('npx', ['cem', 'analyze', '--config', 'custom-elements-manifest.config.mjs', '--outdir', out], { stdio: 'ignore' });
  rmSync('dist', { recursive: true, force: true });
  renameSync(out, 'dist');
} finally {
  rmSync(out, { recursive: true, force: true });
}
console.log('built dist/');
