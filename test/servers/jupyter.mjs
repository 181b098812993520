// SPDX-License-Identifier: BSD-3-Clause
/**
 * A real Jupyter server (Debian's `jupyter-server`, with a real ipykernel) on a free
 * loopback port, with a random token and a temporary root folder, as JupyterLab's own
 * test harness does (packages/testing/src/start_jupyter_server.ts).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { freePort } from './ports.mjs';
import { widgetKernelEnv } from './widget-kernel.mjs';

/**
 * @param {object} [o]
 * @param {string} [o.token] default: random
 * @param {string[]} [o.args] more command-line options
 */
export async function startJupyter({ token = randomBytes(16).toString('hex'), args = [] } = {}) {
  const port = await freePort();
  const root = mkdtempSync(join(tmpdir(), 'exec-cell-jupyter-'));
  const child = spawn(
    'jupyter-server',
    [
      '--no-browser',
      '--allow-root',
      `--ServerApp.ip=127.0.0.1`,
      `--ServerApp.port=${port}`,
      '--ServerApp.port_retries=0',
      `--ServerApp.token=${token}`,
      `--ServerApp.root_dir=${root}`,
      // Pages on other loopback origins are the whole point.
      "--ServerApp.allow_origin=*",
      '--ServerApp.disable_check_xsrf=True',
      // Kernels start quickly; nothing else to wait for.
      '--ServerApp.open_browser=False',
      ...args,
    ],
    {
      env: { ...process.env, ...widgetKernelEnv(), JUPYTER_RUNTIME_DIR: join(root, '.runtime'), JUPYTER_CONFIG_DIR: join(root, '.config'), JUPYTER_DATA_DIR: join(root, '.data'), PYTHONUNBUFFERED: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let log = '';
  child.stdout.on('data', (d) => (log += d));
  child.stderr.on('data', (d) => (log += d));
  const url = `http://127.0.0.1:${port}/`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`jupyter-server exited (${child.exitCode}):\n${log}`);
    try {
      const r = await fetch(`${url}api/status?token=${token}`);
      if (r.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`jupyter-server did not start within 60 s:\n${log}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    token,
    port,
    log: () => log,
    /** The kernels running now (REST). */
    kernels: async () => (await (await fetch(`${url}api/kernels?token=${token}`)).json()),
    stop: async () => {
      child.kill('SIGTERM');
      await new Promise((resolve) => {
        const t = setTimeout(() => { child.kill('SIGKILL'); resolve(undefined); }, 5000);
        child.once('exit', () => { clearTimeout(t); resolve(undefined); });
      });
      rmSync(root, { recursive: true, force: true });
    },
  };
}
