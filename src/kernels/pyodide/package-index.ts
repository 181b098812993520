// SPDX-License-Identifier: BSD-3-Clause
/**
 * Whether a package index (a full Pyodide distribution named by `data-pyodide-index-url`)
 * can serve this Python. Its wheels are built for one Python version and one Emscripten ABI;
 * a mismatch would fail at import time in obscure ways, so it is caught when the index is read.
 *
 * @packageDocumentation
 */

/** The parts of a `pyodide-lock.json` this module reads. */
export interface Lockfile {
  info?: { python?: string; abi_version?: string; platform?: string; arch?: string };
  packages?: Record<string, unknown>;
}

/** '' when the index fits the local runtime, else a phrase saying why it does not. */
export function lockProblem(index: Lockfile, local: Lockfile, indexUrl: string): string {
  if (!index || typeof index !== 'object' || !index.packages || typeof index.packages !== 'object') {
    return `${indexUrl}pyodide-lock.json is not a Pyodide lock file`;
  }
  const theirs = index.info ?? {};
  const mine = local.info ?? {};
  const describe = (i: Lockfile['info'] & object) => `Python ${i.python ?? '?'}, ABI ${i.abi_version ?? '?'}`;
  // Wheels depend on the Python minor version and the ABI, not on the patch release.
  const minor = (v?: string) => (v ?? '').split('.').slice(0, 2).join('.');
  if (minor(theirs.python) !== minor(mine.python) || theirs.abi_version !== mine.abi_version) {
    return `the package index ${indexUrl} is built for ${describe(theirs)}, and this page runs ${describe(mine)}`;
  }
  return '';
}
