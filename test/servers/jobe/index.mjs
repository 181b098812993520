// SPDX-License-Identifier: BSD-3-Clause
/**
 * The real Jobe server of the shared harness (../shared/jobe: Jobe 2.2.2 behind its own
 * Apache on 127.0.0.1:8400), for the browser tests and the bench. The first start on a
 * fresh machine installs it (its setup.sh apt-installs Apache, gcc, g++ and a JDK); later
 * starts find it running and reuse it. It is configured to send CORS headers to any origin
 * (`JOBE_CORS_ORIGINS=*`), because the test pages live on another loopback origin; stock
 * Jobe sends none (README, "Jobe").
 *
 * JOBE_HARNESS names another copy of the harness folder; JOBE_PORT another port.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { withMachineLock } from '../machine-lock.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
export const JOBE_HARNESS = process.env.JOBE_HARNESS ?? path.resolve(here, '../../../../shared/jobe');
const PORT = Number(process.env.JOBE_PORT ?? 8400);
export const JOBE_URL = `http://127.0.0.1:${PORT}/jobe/index.php/restapi/`;
const LOCK = '/tmp/exec-cell-jobe-setup.lock';

/** Jobe answers and lets a page on another origin read its answers. */
async function ready() {
  try {
    const r = await fetch(`${JOBE_URL}languages`, { headers: { Origin: 'http://127.0.0.1:1' }, signal: AbortSignal.timeout(10_000) });
    return r.ok && r.headers.get('access-control-allow-origin') !== null;
  } catch {
    return false;
  }
}

/** Start (and on first use install) the harness's Jobe; resolves with its REST root. */
export async function startJobe() {
  if (await ready()) return { url: JOBE_URL };
  await withMachineLock(LOCK, async () => {
    if (await ready()) return;
    await run(path.join(JOBE_HARNESS, 'setup.sh'), { JOBE_CORS_ORIGINS: '*', JOBE_PORT: String(PORT) });
  });
  if (!(await ready())) throw new Error(`Jobe did not come up at ${JOBE_URL} (see ${JOBE_HARNESS}/README.md)`);
  return { url: JOBE_URL };
}

function run(cmd, env) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, [], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let log = '';
    child.stdout.on('data', (d) => (log += d));
    child.stderr.on('data', (d) => (log += d));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${cmd} exited with ${code}:\n${log.slice(-3000)}`))));
  });
}

