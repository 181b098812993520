// SPDX-License-Identifier: BSD-3-Clause
/**
 * Real SageCell servers for the browser tests and the demo: each call starts an instance of
 * the upstream server (start.sh, next to this file) on a free loopback port with a state
 * folder of its own, and returns its URL and a `stop()`.
 *
 * The first start on a machine apt-installs Debian's sagemath (about 1.5 GB); test files run
 * in parallel, so starts wait for each other while that install may still be needed (two
 * apt-gets at once fail on dpkg's lock).
 */
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../ports.mjs';
import { withMachineLock } from '../machine-lock.mjs';
import { alive } from '../processes.mjs';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

const START = new URL('./start.sh', import.meta.url).pathname;
const LOCK = join(tmpdir(), 'exec-cell-sagecell-install.lock');

/** Whether start.sh would have to install packages first. */
export function sageCellInstalled() {
  try {
    const status = execFileSync('dpkg-query', ['-W', '-f=${Status}', 'sagemath'], { stdio: ['ignore', 'pipe', 'ignore'] });
    return String(status).includes('install ok installed');
  } catch {
    return false;
  }
}

/**
 * Install SageCell's Debian packages unless they are (once per machine; `npm test` starts this
 * early). An install under way elsewhere may already show sagemath as installed: its lock is
 * waited for.
 */
export async function installSageCell() {
  if (sageCellInstalled() && !existsSync(LOCK)) return;
  await withMachineLock(LOCK, () => (sageCellInstalled() ? undefined : startSh({ SAGECELL_INSTALL_ONLY: '1' })));
}

/** Run start.sh with these variables; resolves with its last line of output. */
function startSh(vars) {
  return new Promise((resolve, reject) => {
    execFile('sh', [START], { env: { ...process.env, ...vars }, maxBuffer: 64 * 1024 * 1024 }, (err, stdout, stderr) => {
      if (err) reject(new Error(`SageCell did not start (start.sh: ${err.message})\n${String(stderr).slice(-4000)}`));
      else resolve(String(stdout).trim().split('\n').pop());
    });
  });
}

/**
 * @param {object} [o]
 * @param {boolean} [o.tos] the server requires its terms of service (default false, as sagecell.sagemath.org)
 * @param {number} [o.kernelsPerSession] kernels one page may hold (default 2, the server's default)
 * @param {number} [o.port] default: a free port
 * @returns {Promise<{ url: string, port: number, state: string, stop: () => Promise<void> }>}
 */
export async function startSageCell({ tos = false, kernelsPerSession = 2, port } = {}) {
  port ??= await freePort();
  const state = mkdtempSync(join(tmpdir(), 'exec-cell-sagecell-'));
  await installSageCell();
  const url = await startSh({
    SAGECELL_PORT: String(port),
    SAGECELL_STATE: state,
    SAGECELL_TOS: tos ? '1' : '0',
    SAGECELL_KERNELS_PER_SESSION: String(kernelsPerSession),
  });
  const pidFile = join(state, 'server.pid');
  return {
    url,
    port,
    state,
    stop: async () => {
      let pid;
      try {
        pid = Number(readFileSync(pidFile, 'utf8'));
      } catch {
        return;
      }
      // SIGTERM: the server stops its kernels and the kernel provider, then exits.
      try {
        process.kill(pid, 'SIGTERM');
      } catch {
        // Gone already.
      }
      for (let i = 0; i < 100 && alive(pid); i++) await sleep(100);
      if (alive(pid)) process.kill(pid, 'SIGKILL');
      rmSync(state, { recursive: true, force: true });
    },
  };
}

