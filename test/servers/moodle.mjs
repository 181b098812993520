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
 *
 * Two kinds of use, so that a test that takes the plugin away (Moodle's own installer
 * uninstalls and installs it again) never runs while another engine's test reads a page: each
 * process that started the site holds it (a file under `/tmp/exec-cell-moodle-PORT.users/`)
 * until `done()` or its end; {@link startMoodle}'s `throughInstaller` waits until no other
 * process holds it, and lets none start meanwhile.
 */
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { accessSync, chownSync, constants, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { withMachineLock } from './machine-lock.mjs';
import { alive } from './processes.mjs';

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
/** One empty file per use of the site (`PID.N`): the processes reading its pages now. */
const USERS = `/tmp/exec-cell-moodle-${PORT}.users`;
/** Held while the plugin goes through Moodle's installer: no use of the site starts then. */
const ALONE = `/tmp/exec-cell-moodle-${PORT}.alone.lock`;
const CONFIG = path.join(WWW, 'config.php');
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
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


/** The uses of the site by other live processes (a dead process's files are removed). */
function otherUses() {
  mkdirSync(USERS, { recursive: true });
  return readdirSync(USERS).filter((name) => {
    const pid = Number(name.split('.')[0]);
    if (pid === process.pid) return false;
    if (alive(pid)) return true;
    rmSync(path.join(USERS, name), { force: true });
    return false;
  });
}

/** A use of the site by this process, once no installer run holds it; resolves with its release. */
let usesMade = 0;
async function use() {
  for (;;) {
    const name = await withMachineLock(LOCK, async () => {
      // A run that died more than 30 minutes ago left a stale lock (as withMachineLock judges).
      if (existsSync(ALONE) && Date.now() - statSync(ALONE).mtimeMs < 30 * 60_000) return '';
      mkdirSync(USERS, { recursive: true });
      const n = `${process.pid}.${++usesMade}`;
      writeFileSync(path.join(USERS, n), '');
      return n;
    });
    if (name) return () => rmSync(path.join(USERS, name), { force: true });
    await sleep(1000);
  }
}

/**
 * Run `fn` as the only user of the site, holding the instance's lock: once every other process
 * has released its use (none may start meanwhile), up to `patience` ms.
 */
function alone(fn, patience = 20 * 60_000) {
  return withMachineLock(ALONE, async () => {
    const until = Date.now() + patience;
    for (;;) {
      const result = await withMachineLock(LOCK, async () => (otherUses().length ? null : { value: await fn() }));
      if (result) return result.value;
      if (Date.now() > until) throw new Error(`Moodle at ${MOODLE_URL} is still used by ${otherUses().join(', ')} (${USERS}) after ${patience / 1000} s`);
      await sleep(2000);
    }
  });
}

async function siteState() {
  return JSON.parse(await php(['state']));
}

function php(args, input) {
  return new Promise((resolve, reject) => {
    const child = execFile('php', [path.join(here, 'moodle-site.php'), ...args], { env, timeout: 10 * 60_000 }, (error, stdout, stderr) =>
      error ? reject(new Error(`moodle-site.php ${args.join(' ')} failed: ${error.message}\n${String(stderr).slice(-3000)}`)) : resolve(stdout.trim()),
    );
    child.stdin.end(input);
  });
}

/**
 * What Moodle's plugin installer (admin/tool/installaddon) needs of this harness: the site's
 * `$CFG->disableupdateautodeploy` off (setup.sh writes config.php with it on: the installer's
 * pages say "This feature is disabled" then), and the web server's user able to write into
 * filter/ (the installer's "Write access check"). Returns what puts config.php back.
 */
function allowInstaller() {
  const original = readFileSync(CONFIG, 'utf8');
  const allowed = original.replace(/^\$CFG->disableupdateautodeploy = true;$/m, '$CFG->disableupdateautodeploy = false; // for a moment: test/servers/moodle.mjs');
  if (!/disableupdateautodeploy = false/.test(allowed)) throw new Error(`${CONFIG} does not say $CFG->disableupdateautodeploy = true as the harness writes it`);
  writeFileSync(CONFIG, allowed);
  // php -S runs as whoever started setup.sh; the tree is theirs, unless another user started it.
  const pid = readFileSync(path.join(HOME, 'run/web.pid'), 'utf8').trim();
  const uid = Number(/^Uid:\s+(\d+)/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))[1]);
  const filterDir = path.join(WWW, 'filter');
  if (uid !== 0 && statSync(filterDir).uid !== uid) {
    if (process.getuid?.() !== 0) throw new Error(`the web server (uid ${uid}) cannot write into ${filterDir}: Moodle's plugin installer needs to`);
    chownSync(filterDir, uid, statSync(filterDir).gid);
  }
  if (uid === process.getuid?.()) accessSync(filterDir, constants.W_OK);
  return () => writeFileSync(CONFIG, original);
}

/**
 * Take the plugin off the site for Moodle's own installer, run `fn`, then put the site back
 * exactly as {@link startMoodle} left it (the plugin folder as page.sh copies it, its settings,
 * filter state and capability overrides as they were). All of it alone on the site, holding its
 * lock: `fn` must not call the other functions of {@link startMoodle} (they wait for the lock).
 */
function throughInstaller(fn) {
  return alone(async () => {
    const before = await siteState();
    const restoreConfig = allowInstaller();
    try {
      // As an admin's "Uninstall", then its "Delete the plugin folder", on the plugins page.
      await sh('php', [path.join(WWW, 'admin/cli/uninstall_plugins.php'), '--plugins=filter_execcell', '--run']);
      rmSync(path.join(WWW, 'filter/execcell'), { recursive: true, force: true });
      await sh('php', [path.join(WWW, 'admin/cli/purge_caches.php')]);
      return await fn();
    } finally {
      restoreConfig();
      // page.sh copies filter-php/ over what the installer unzipped once it has no record of it.
      rmSync(path.join(HOME, 'data/execcell-harness/filter_execcell.sha1'), { force: true });
      await pageUnlocked('setup', '<p>exec-cell browser tests</p>');
      await php(['restore'], JSON.stringify(before));
      const after = await siteState();
      if (JSON.stringify(after) !== JSON.stringify(before)) throw new Error(`the plugin's state was not restored:\n${JSON.stringify(before)}\n${JSON.stringify(after)}`);
    }
  });
}

/** Install or start the Moodle alone (no plugin, so no build needed): `npm test` does this early, in the background. */
export function installMoodle() {
  return withMachineLock(LOCK, installUnlocked);
}

/**
 * Install or start the Moodle, with the plugin installed from this repository and on.
 * The process uses the site from then on (see the top of this file): `done()` ends that.
 * @returns {Promise<{ url: string, configure: (s: Record<string,string>) => Promise<void>, setting: (name: string) => Promise<string>, secret: (name: string) => Promise<string>, student: (username: string, password: string, kind?: 'student' | 'nojupyter') => Promise<void>, page: (slot: string, html: string) => Promise<string>, frenchPage: (slot: string, html: string) => Promise<string>, exclusively: <T>(fn: () => Promise<T>) => Promise<T>, throughInstaller: <T>(fn: () => Promise<T>) => Promise<T>, adminPassword: string, done: () => void }>}
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
  const done = await use();
  const locked = (fn) => withMachineLock(LOCK, fn);
  return {
    url: MOODLE_URL,
    configure: (settings) => locked(() => configureUnlocked(settings)),
    setting: (name) => settingUnlocked(name),
    secret: (name) => locked(() => secretUnlocked(name)),
    /** A student of the harness course; `nojupyter`: one whose role there prohibits filter/execcell:runjupyter. */
    student: (username, password, kind = 'student') => locked(() => sh('php', [path.join(here, 'moodle-users.php'), kind, username, password])).then(() => {}),
    page: (slot, html) => locked(() => pageUnlocked(slot, html)),
    /** A page in the course `execcellfr`, whose forced language is French (a minimal pack, made here). */
    frenchPage: (slot, html) => locked(() => php(['french', slot], html)),
    /** Run `fn` as the only user of site-wide settings (e.g. each engine's own hub) on this instance. */
    exclusively: (fn) => withMachineLock(`/tmp/exec-cell-moodle-${PORT}-settings.lock`, fn),
    /** See {@link throughInstaller}: `fn` finds the plugin uninstalled and its folder gone. */
    throughInstaller,
    /** The harness's admin (setup.sh: MOODLE_ADMIN_PASS). */
    adminPassword: process.env.MOODLE_ADMIN_PASS ?? 'Harness-Admin-1',
    /** This process no longer reads the site's pages. */
    done,
  };
}
