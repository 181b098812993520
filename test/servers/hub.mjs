// SPDX-License-Identifier: BSD-3-Clause
/**
 * A real JupyterHub 3.0 for the hub tests and the hub bench: Debian's package, the pinned
 * configurable-http-proxy, LocalProcessSpawner with the system users alice and bob
 * (test/servers/jupyterhub/, the harness of ../shared/jupyterhub). Each caller gets a hub of
 * its own (free ports, its own state folder), so test files in several engines never stop
 * each other's servers. Needs root (useradd, the setuid spawner), as in CI.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const here = fileURLToPath(new URL('./jupyterhub/', import.meta.url));

function portFree(port) {
  return new Promise((resolve) => {
    const s = net.createServer();
    s.once('error', () => resolve(false));
    s.listen(port, '127.0.0.1', () => s.close(() => resolve(true)));
  });
}

/** A port p with p+1 and p+2 free too (the hub's API and the proxy's API). */
async function freeTriple() {
  for (let i = 0; i < 50; i++) {
    const p = 20_000 + Math.floor(Math.random() * 30_000);
    if ((await portFree(p)) && (await portFree(p + 1)) && (await portFree(p + 2))) return p;
  }
  throw new Error('no three free ports in a row');
}

/**
 * @param {{ authCacheMaxAge?: number }} [o]
 * @returns {Promise<{ url: string, serviceToken: string, stateDir: string, api: (method: string, path: string, body?: unknown) => Promise<Response>, stop: () => Promise<void> }>}
 */
export async function startHub(o = {}) {
  const port = await freeTriple();
  const stateDir = await mkdtemp(join(tmpdir(), 'exec-cell-hub-'));
  const env = {
    ...process.env,
    JH_PORT: String(port),
    JH_STATE_DIR: stateDir,
    JH_ALLOW_ORIGIN: '*',
    JH_AUTH_CACHE_MAX_AGE: String(o.authCacheMaxAge ?? 2),
  };
  delete env.JH_SERVICE_TOKEN;
  await run('bash', [join(here, 'start.sh')], { env, timeout: 600_000 });
  const serviceToken = (await readFile(join(stateDir, 'service-token'), 'utf8')).trim();
  const url = `http://127.0.0.1:${port}/`;
  return {
    url,
    serviceToken,
    stateDir,
    api: (method, path, body) =>
      fetch(new URL(`hub/api/${path}`, url), {
        method,
        headers: { Authorization: `token ${serviceToken}` },
        body: body === undefined ? undefined : JSON.stringify(body),
      }),
    async stop() {
      await run('bash', [join(here, 'stop.sh')], { env, timeout: 60_000 }).catch(() => {});
      await rm(stateDir, { recursive: true, force: true });
    },
  };
}
