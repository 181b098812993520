// SPDX-License-Identifier: BSD-3-Clause
/**
 * Backends by name, each loaded with `import()` the first time a cell needs it, so a page
 * pays only for the backends its cells use.
 *
 * @packageDocumentation
 */
import { CellError, type BackendModule, type BackendName, type KernelSession, type Progress, type SessionOptions } from './types.js';

const loaders: Record<BackendName, (() => Promise<BackendModule>) | undefined> = {
  jupyter: () => import('./jupyter.js'),
  binder: undefined,
  sagecell: undefined,
  pyodide: () => import('./pyodide/backend.js'),
};

/** Start a session on the backend the options name. */
export async function connect(options: SessionOptions, progress?: (p: Progress) => void): Promise<KernelSession> {
  const load = loaders[options.backend];
  if (!load) {
    throw new CellError(
      `The ${options.backend} backend is not available in this version of exec-cell.`,
      'Use backend="pyodide" (Python in the browser), or backend="jupyter" with a server="…" attribute.',
      'backend-unavailable',
    );
  }
  let backend: BackendModule;
  try {
    backend = await load();
  } catch (e) {
    throw new CellError(
      `Could not load the code for the ${options.backend} backend (${e instanceof Error ? e.message : String(e)}).`,
      'Check your connection and reload the page.',
      'chunk-load',
    );
  }
  return backend.connect(options, progress);
}
