// SPDX-License-Identifier: BSD-3-Clause
/**
 * Backends by name, each loaded with `import()` the first time a cell needs it, so a page
 * pays only for the backends its cells use.
 *
 * @packageDocumentation
 */
import { CellError, type BackendModule, type BackendName, type KernelSession, type Progress, type SessionOptions } from './types.js';
import { claimEarlyStart, startKernel, type KernelModel } from './jupyter-start.js';
import type { HubTokenClient } from './hub/token-client.js';
import { msg } from '../i18n/ref.js';
import { backendWordsHere } from '../i18n/language.js';

const loaders: Record<BackendName, (() => Promise<BackendModule>) | undefined> = {
  jupyter: () => import('./jupyter.js'),
  binder: () => import('./binder/backend.js'),
  sagecell: () => import('./sagecell/backend.js'),
  pyodide: () => import('./pyodide/backend.js'),
  jobe: () => import('./jobe/backend.js'),
};

/** Start a session on the backend the options name. */
export async function connect(options: SessionOptions, progress?: (p: Progress) => void): Promise<KernelSession> {
  const load = loaders[options.backend];
  if (!load) {
    throw new CellError(msg('jupyterBackendUnavailable', options.backend), msg('jupyterBackendUnavailableHint'), 'backend-unavailable');
  }
  // A Jupyter kernel takes far longer to start than the Jupyter chunk takes to load: ask for
  // it first, and let the chunk arrive meanwhile.
  let started: Promise<KernelModel> | undefined;
  if (options.backend === 'jupyter' && options.tokenUrl) {
    // The reader's own hub server: its address and token come from the site first.
    const [{ startOnHub }, backend] = await Promise.all([import('./hub/connect.js'), loadBackend(load, options)]);
    await backendWordsHere();
    const hub = await startOnHub(options, progress);
    return (backend as JupyterModule).connect(hub.options, progress, hub.started, hub.hub);
  }
  if (options.backend === 'jupyter') {
    started = claimEarlyStart(options) ?? startKernel(options);
    progress?.({ phase: msg('jupyterPhaseStartingKernel'), message: msg('jupyterStartingKernel', options.kernel || 'python3', `${options.server}`) });
    started.catch(() => {}); // reported by the backend's connect, which awaits it
  }
  const backend = (await loadBackend(load, options)) as JupyterModule;
  return started ? backend.connect(options, progress, started) : backend.connect(options, progress);
}

type JupyterModule = BackendModule & {
  connect(o: SessionOptions, p?: (p: Progress) => void, started?: Promise<KernelModel>, hub?: HubTokenClient): Promise<KernelSession>;
};

/** The backend's module, once its messages are here in the page's languages too. */
async function loadBackend(load: () => Promise<BackendModule>, options: SessionOptions): Promise<BackendModule> {
  try {
    const backend = await load();
    await backendWordsHere();
    return backend;
  } catch (e) {
    throw new CellError(
      msg('jupyterChunkFailed', options.backend, e instanceof Error ? e.message : String(e)),
      msg('jupyterChunkFailedHint'),
      'chunk-load',
    );
  }
}

/** Backends worth starting before the first run: Pyodide's interpreter takes seconds to boot. */
const PREPARED: ReadonlySet<BackendName> = new Set(['pyodide']);

/**
 * A reader is reaching for a cell: let its backend get ready, so the first run does not pay
 * the whole start on the click. Only backends in {@link PREPARED} load anything; a failure is
 * left for the run to report.
 */
export function prepare(options: SessionOptions): void {
  const load = loaders[options.backend];
  if (!load || !PREPARED.has(options.backend)) return;
  load().then(
    (backend: BackendModule & { prepare?(o: SessionOptions): void }) => backendWordsHere().then(() => backend.prepare?.(options)),
    () => {},
  );
}
