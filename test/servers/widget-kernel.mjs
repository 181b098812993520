// SPDX-License-Identifier: BSD-3-Clause
/**
 * The `python3-widgets` kernelspec (ipykernel 7.4.0 with ipywidgets 8.1.9, made by
 * scripts/widget-kernel.sh) for the Jupyter servers the tests start: their environment gets
 * its folder on JUPYTER_PATH. Made on first use when missing (about 20 s, no network).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dir = join(root, '.cache/widget-kernel');

export const WIDGET_KERNEL = 'python3-widgets';

let made = false;

/** Environment variables that add the widget kernel to a Jupyter server (made if missing). */
export function widgetKernelEnv() {
  if (!made) {
    made = true;
    const r = spawnSync('bash', [join(root, 'scripts/widget-kernel.sh')], { stdio: ['ignore', 'inherit', 'inherit'] });
    if (r.status !== 0) console.warn('widget-kernel: not available; widget tests will fail (see above).');
  }
  const share = join(dir, 'share/jupyter');
  if (!existsSync(share)) return {};
  return { JUPYTER_PATH: [share, process.env.JUPYTER_PATH].filter(Boolean).join(':') };
}

/** The versions installed in it (`name==version` lines), or '' when it is not made. */
export function widgetKernelVersions() {
  const file = join(dir, 'versions.txt');
  return existsSync(file) ? readFileSync(file, 'utf8').trim() : '';
}
