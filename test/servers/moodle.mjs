// SPDX-License-Identifier: BSD-3-Clause
/**
 * The real Moodle 4.5.6 of the shared harness (../shared/moodle: PostgreSQL + `php -S`) with this
 * repository's filter plugin (filter-php/ with the built dist/ inside, as `npm run
 * package:moodle` makes it), for the browser tests. One instance serves every engine: the first
 * test process installs or starts it under a machine-wide lock (the engines' processes start
 * together); the others find it answering and the plugin unchanged, which costs about a second.
 *
 * Environment (the harness's own, with its defaults, so CI uses one standard instance):
 * MOODLE_HARNESS_HOME (/var/lib/execcell-moodle), MOODLE_PORT (8081), MOODLE_DB_NAME (moodle).
 * A developer next to CI picks another instance, e.g. MOODLE_HARNESS_HOME=/var/lib/execcell-moodle-e2e
 * MOODLE_PORT=8085 MOODLE_DB_NAME=moodlee2e.
 */
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { withMachineLock } from './machine-lock.mjs';

const exec = promisify(execFile);
const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const HARNESS = process.env.MOODLE_HARNESS ?? path.resolve(root, '../shared/moodle');
const HOME = process.env.MOODLE_HARNESS_HOME ?? '/var/lib/execcell-moodle';
const PORT = Number(process.env.MOODLE_PORT ?? 8081);
const WWW = path.join(HOME, 'www');
const PLUGIN = path.join(root, 'filter-php');
export const MOODLE_URL = `http://127.0.0.1:${PORT}`;
// One lock per instance: every change to it (install, plugin, settings, users, pages) is serial.
const LOCK = `/tmp/exec-cell-moodle-${PORT}.lock`;
const env = { ...process.env, MOODLE_HARNESS_HOME: HOME, MOODLE_PORT: String(PORT), MOODLE_DB_NAME: process.env.MOODLE_DB_NAME ?? 'moodle', MOODLE_WWW: WWW };

async function sh(cmd, args, o = {}) {
  try {
    const { stdout } = await exec(cmd, args, { env, timeout: 15 * 60_000, maxBuffer: 1 << 24, ...o });
    return stdout;
  } catch (e) {
    throw new Error(`${cmd} ${args.join(' ')} failed: ${e.message}\n${String(e.stderr ?? '').slice(-3000)}`);
  }
}

async function answering() {
  try {
    const r = await fetch(`${MOODLE_URL}/login/index.php`, { signal: AbortSignal.timeout(10_000) });
    return r.ok;
  } catch {
    return false;
  }
}

/** filter-php/dist/ is the build the plugin carries; refresh it when dist/ was built again. */
function pluginBuildCurrent() {
  const a = path.join(root, 'dist/exec-cell.js');
  const b = path.join(PLUGIN, 'dist/exec-cell.js');
  return existsSync(b) && readFileSync(a).equals(readFileSync(b));
}

/** Make a course page (a Page resource in the harness course) with this HTML; resolves with its URL. */
function pageUnlocked(slot, html) {
  return new Promise((resolve, reject) => {
    const child = execFile(path.join(HARNESS, 'page.sh'), [PLUGIN, 'execcell'], { env: { ...env, PAGE_SLOT: slot }, timeout: 10 * 60_000 }, (error, stdout, stderr) =>
      error ? reject(new Error(`page.sh failed: ${error.message}\n${String(stderr).slice(-3000)}`)) : resolve(stdout.trim()),
    );
    child.stdin.end(html);
  });
}

/** Set the plugin's settings (admin/cli/cfg.php), e.g. `{ jobeurl: '…' }`. */
async function configureUnlocked(settings) {
  for (const [name, value] of Object.entries(settings)) {
    await sh('php', [path.join(WWW, 'admin/cli/cfg.php'), '--component=filter_execcell', `--name=${name}`, `--set=${value}`]);
  }
}

async function settingUnlocked(name) {
  return (await sh('php', [path.join(WWW, 'admin/cli/cfg.php'), '--component=filter_execcell', `--name=${name}`])).replace(/\n$/, '');
}

/**
 * A random secret in the setting `name`, the same for every engine's process of this run (the
 * first sets it; a value from an earlier run is replaced, so no test passes on a stale value).
 */
async function secretUnlocked(name) {
  const stamp = `e2e-${process.ppid}-`;
  const current = await settingUnlocked(name);
  if (current.startsWith(stamp)) return current;
  const value = stamp + randomBytes(16).toString('hex');
  await configureUnlocked({ [name]: value });
  return value;
}

async function installUnlocked() {
  if (!(await answering())) await sh(path.join(HARNESS, 'setup.sh'), []);
}

/** Install or start the Moodle alone (no plugin, so no build needed): `npm test` does this early, in the background. */
export function installMoodle() {
  return withMachineLock(LOCK, installUnlocked);
}

/**
 * Install or start the Moodle, with the plugin installed from this repository and on.
 * @returns {Promise<{ url: string, configure: (s: Record<string,string>) => Promise<void>, setting: (name: string) => Promise<string>, secret: (name: string) => Promise<string>, student: (username: string, password: string, kind?: 'student' | 'nojupyter') => Promise<void>, page: (slot: string, html: string) => Promise<string>, exclusively: <T>(fn: () => Promise<T>) => Promise<T> }>}
 */
export async function startMoodle() {
  if (!existsSync(path.join(root, 'dist/exec-cell.js'))) throw new Error('dist/ is missing: run `npm run build` first.');
  await withMachineLock(LOCK, async () => {
    await installUnlocked();
    if (!pluginBuildCurrent()) await sh('node', [path.join(root, 'scripts/package-moodle.mjs'), '--sync-only']);
    // page.sh installs (or upgrades) the plugin and turns it on before it writes the page.
    await pageUnlocked('setup', '<p>exec-cell browser tests</p>');
  });
  if (!(await answering())) throw new Error(`Moodle did not come up at ${MOODLE_URL} (see ${HOME}/log/ and ${HARNESS}/README.md)`);
  const locked = (fn) => withMachineLock(LOCK, fn);
  return {
    url: MOODLE_URL,
    configure: (settings) => locked(() => configureUnlocked(settings)),
    setting: (name) => settingUnlocked(name),
    secret: (name) => locked(() => secretUnlocked(name)),
    /** A student of the harness course; `nojupyter`: one whose role there prohibits filter/execcell:runjupyter. */
    student: (username, password, kind = 'student') => locked(() => sh('php', [path.join(here, 'moodle-users.php'), kind, username, password])).then(() => {}),
    page: (slot, html) => locked(() => pageUnlocked(slot, html)),
    /** Run `fn` as the only user of site-wide settings (e.g. each engine's own hub) on this instance. */
    exclusively: (fn) => withMachineLock(`/tmp/exec-cell-moodle-${PORT}-settings.lock`, fn),
  };
}
