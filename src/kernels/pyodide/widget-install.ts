// SPDX-License-Identifier: BSD-3-Clause
/**
 * Installs ipywidgets in the worker's Python: the wheels that came with exec-cell
 * (dist/python-wheels/, widget-wheels.json) and the comm bridge (comm.py). A chunk of its own,
 * loaded by the worker only when a cell imports ipywidgets: a page without widgets carries
 * none of it.
 *
 * @packageDocumentation
 */
import type { PyodideAPI } from 'pyodide';
// It imports nothing the worker's own chunk has: WebKit would run a second copy of the worker
// module for such an import (a fresh, unbooted worker state answering the page's messages).
import commSource from './comm.py?raw';
// Types only (erased): a message is plain data, built here by hand for the same reason.
import type { MessageRef } from '../../i18n/ref.js';

/** A wheel the site did not serve; `ref` says so in the cell's language. */
export class WheelNotServed extends Error {
  readonly ref: MessageRef;
  constructor(url: string, status: number, statusText: string) {
    super(`${url} answered ${status} ${statusText}`.trim());
    this.ref = { id: 'pyodideFileAnswered', args: [url, status, statusText.trim()] };
  }
}

/** Install `wheels` from `wheelsURL` and the bridge; returns comm.py's `deliver`. */
export async function installWidgets(api: PyodideAPI, wheels: readonly string[], wheelsURL: string, moduleDir: string): Promise<(...args: unknown[]) => unknown> {
  const files = await Promise.all(
    wheels.map(async (file) => {
      const response = await fetch(`${wheelsURL}${file}`);
      if (!response.ok) throw new WheelNotServed(`${wheelsURL}${file}`, response.status, response.statusText);
      return response.arrayBuffer();
    }),
  );
  const sitePackages = String(api.runPython('import sysconfig; sysconfig.get_paths()["purelib"]'));
  for (const bytes of files) api.unpackArchive(bytes, 'wheel', { extractDir: sitePackages });
  api.runPython('import importlib; importlib.invalidate_caches()');
  api.FS.writeFile(`${moduleDir}/_exec_cell_comm.py`, commSource);
  const bridge = api.pyimport('_exec_cell_comm') as unknown as { install(): void; deliver: (...args: unknown[]) => unknown };
  bridge.install();
  return bridge.deliver;
}
