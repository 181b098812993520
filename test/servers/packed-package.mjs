// SPDX-License-Identifier: BSD-3-Clause
/**
 * exec-cell as people install it: `npm pack` of this repository (after `npm run build`), then
 * that tarball installed, as a user would, into
 *   - a fresh vite app that imports `exec-cell` and is built with `vite build`;
 *   - a plain HTML page that loads `node_modules/exec-cell/dist/exec-cell.js` with a script tag.
 * Also what publint and @arethetypeswrong/cli say of the tarball.
 *
 * Done once per tarball on this machine (each engine's test process asks; the first does it,
 * under a machine lock, the others find it done): `npm install` of the tarball's dependencies
 * comes from npm's cache, which the project's own `npm ci` filled, or from the registry.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { withMachineLock } from './machine-lock.mjs';

const run = promisify(execFile);
const ROOT = new URL('../..', import.meta.url).pathname;
const WORK = join(ROOT, '.tmp', 'packed');

/** The page both installs show: one Python cell (the default backend), in a landmark with a heading. */
const BODY = `<main><h1>exec-cell, installed from npm</h1><exec-cell id="c">print(6 * 7)</exec-cell></main>`;
const page = (head, body) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>exec-cell from npm</title>${head}</head><body>${BODY}${body}</body></html>\n`;

async function npm(args, cwd) {
  return run('npm', args, { cwd, maxBuffer: 64 << 20, env: { ...process.env, npm_config_fund: 'false', npm_config_audit: 'false', npm_config_update_notifier: 'false' } });
}

/** Run a checker that exits non-zero on findings; its report either way. */
async function report(cmd, args, cwd) {
  try {
    const { stdout, stderr } = await run(cmd, args, { cwd, maxBuffer: 16 << 20 });
    return { ok: true, output: `${stdout}${stderr}` };
  } catch (e) {
    return { ok: false, output: `${e.stdout ?? ''}${e.stderr ?? ''}${e.message}` };
  }
}

/**
 * @returns {Promise<{ tarball: string, files: string[], publint: { ok: boolean, output: string },
 *   attw: { ok: boolean, output: string }, app: string, plain: string }>} `app` is the vite
 *   app's built folder and `plain` the plain page's folder, each to be served as a site root
 */
export async function packedPackage() {
  mkdirSync(WORK, { recursive: true });
  return withMachineLock(join(ROOT, '.tmp', 'packed.lock'), async () => {
    const packDir = join(WORK, 'tarball');
    rmSync(packDir, { recursive: true, force: true });
    mkdirSync(packDir);
    const { stdout } = await npm(['pack', '--json', '--pack-destination', packDir], ROOT);
    const [info] = JSON.parse(stdout);
    const tarball = join(packDir, info.filename);
    const hash = createHash('sha256').update(readFileSync(tarball)).digest('hex').slice(0, 16);
    const done = join(WORK, hash);
    const result = join(done, 'result.json');
    if (existsSync(result)) return JSON.parse(readFileSync(result, 'utf8'));
    // Installs of older tarballs (hundreds of MB each) go.
    for (const old of readdirSync(WORK)) if (old !== 'tarball') rmSync(join(WORK, old), { recursive: true, force: true });
    mkdirSync(done, { recursive: true });
    const kept = join(done, info.filename);
    cpSync(tarball, kept);

    const bin = (name) => join(ROOT, 'node_modules', '.bin', name);
    const publint = await report(bin('publint'), ['run', kept], ROOT);
    // ESM only: the package has no CommonJS entry, so node10 and node16-from-CJS do not apply.
    const attw = await report(bin('attw'), [kept, '--profile', 'esm-only', '--format', 'ascii'], ROOT);

    // A vite app, as `npm create vite` makes one, with exec-cell imported by its entry. The
    // Python runtime and the Service Worker are copied into its public folder, as README says.
    const app = join(done, 'app');
    mkdirSync(join(app, 'public'), { recursive: true });
    const vite = JSON.parse(readFileSync(join(ROOT, 'node_modules', 'vite', 'package.json'), 'utf8')).version;
    writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'vite-app', private: true, type: 'module' }, null, 2));
    writeFileSync(join(app, 'index.html'), page('', '<script type="module" src="/main.js"></script>'));
    writeFileSync(join(app, 'main.js'), "import 'exec-cell';\n");
    await npm(['install', '--prefer-offline', '--no-package-lock', kept, `vite@${vite}`], app);
    const installed = join(app, 'node_modules', 'exec-cell', 'dist');
    cpSync(join(installed, 'pyodide'), join(app, 'public', 'pyodide'), { recursive: true });
    cpSync(join(installed, 'exec-cell-sw.js'), join(app, 'public', 'exec-cell-sw.js'));
    await run(join(app, 'node_modules', '.bin', 'vite'), ['build', '--logLevel', 'error'], { cwd: app, maxBuffer: 16 << 20 });

    // A plain page beside node_modules: no build step at all.
    const plain = join(done, 'plain');
    mkdirSync(plain);
    writeFileSync(join(plain, 'package.json'), JSON.stringify({ name: 'plain-page', private: true }, null, 2));
    await npm(['install', '--prefer-offline', '--no-package-lock', '--omit=dev', kept], plain);
    writeFileSync(join(plain, 'index.html'), page('', '<script src="node_modules/exec-cell/dist/exec-cell.js"></script>'));

    const files = info.files.map((f) => f.path).sort();
    const r = { tarball: kept, files, publint, attw, app: join(app, 'dist'), plain };
    writeFileSync(result, JSON.stringify(r));
    return r;
  });
}

