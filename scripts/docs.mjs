// SPDX-License-Identifier: BSD-3-Clause
/**
 * The documentation site (docs/):
 *   node scripts/docs.mjs build [--out DIR]   builds it into .docs-dist/ (or DIR)
 *   node scripts/docs.mjs serve               builds it, then serves it on loopback and prints the URL
 *                                             (DOCS_PORT, default 8090; 0 for any free port)
 * The pages load exec-cell from its own copy of dist/ (exec-cell/ in the output, Pyodide
 * included), so the site works with the network cut. dist/ is built first if it is missing.
 * The output is written to a fresh folder and swapped in at the end, as scripts/build.mjs does.
 */
import { build } from 'vite';
import { cpSync, existsSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Build the site into `out` (absolute or relative to the repository); returns its path. */
export async function buildDocs(out = join(repo, '.docs-dist')) {
  out = resolve(repo, out);
  if (!existsSync(join(repo, 'dist/exec-cell.js'))) execFileSync('node', ['scripts/build.mjs'], { cwd: repo, stdio: 'inherit' });
  let manifest = join(repo, 'dist/custom-elements.json');
  let scratch;
  if (!existsSync(manifest)) {
    // A dist/ built before the manifest was part of the build: make one beside, not in dist/.
    scratch = mkdtempSync(join(repo, '.tmp-docs-cem-'));
    execFileSync('npx', ['cem', 'analyze', '--config', 'custom-elements-manifest.config.mjs', '--outdir', basename(scratch)], { cwd: repo, stdio: 'ignore' });
    manifest = join(scratch, 'custom-elements.json');
  }
  const building = `${out}.building-${process.pid}`;
  try {
    process.env.DOCS_OUT = building;
    process.env.DOCS_MANIFEST = manifest;
    await build({ configFile: join(repo, 'docs/vite.config.mjs'), logLevel: 'error' });
    // exec-cell itself, as a site serves it: the script, its chunks, its worker, Pyodide.
    cpSync(join(repo, 'dist'), join(building, 'exec-cell'), {
      recursive: true,
      filter: (src) => !src.endsWith('.map') && basename(src) !== 'types',
    });
    rmSync(out, { recursive: true, force: true });
    renameSync(building, out);
  } finally {
    rmSync(building, { recursive: true, force: true });
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  }
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [command = 'build', ...rest] = process.argv.slice(2);
  const outFlag = rest.indexOf('--out');
  const out = await buildDocs(outFlag >= 0 ? rest[outFlag + 1] : undefined);
  if (command === 'build') {
    console.log(`built the docs into ${out}/`);
  } else if (command === 'serve') {
    const { startStaticServer } = await import('../test/servers/static.mjs');
    const server = await startStaticServer({ root: out, port: Number(process.env.DOCS_PORT ?? 8090) });
    console.log(`The docs: ${server.url} (Ctrl-C stops)`);
  } else {
    console.error('usage: node scripts/docs.mjs build [--out DIR] | serve');
    process.exit(2);
  }
}
