// SPDX-License-Identifier: BSD-3-Clause
/**
 * Starting a Jupyter kernel: one REST request (`POST api/kernels`), and every way it can fail
 * turned into a message the reader can act on. Plain `fetch`, no `@jupyterlab/services`: this
 * small module ships with the element, so a cell asks for its kernel at once while the
 * Jupyter chunk (the websocket protocol) is still downloading; the kernel's start, which takes
 * far longer, hides that download.
 *
 * @packageDocumentation
 */
import { onPageLeave } from '../page-leave.js';
import { CellError, type Progress, type SessionOptions } from './types.js';
import { msg } from '../i18n/ref.js';
import { sessionKey } from './pool.js';

/** A kernel as `api/kernels` describes it. */
export interface KernelModel {
  id: string;
  name: string;
}

/** The server's base URL with a trailing slash, or a message that the cell names none. */
export function serverUrl(options: SessionOptions): string {
  if (!options.server) {
    throw new CellError(msg('jupyterNoServer'), msg('jupyterNoServerHint'), 'no-server');
  }
  return options.server.endsWith('/') ? options.server : `${options.server}/`;
}

export async function startKernel(options: SessionOptions, progress?: (p: Progress) => void): Promise<KernelModel> {
  const base = serverUrl(options);
  const name = options.kernel || 'python3';
  progress?.({ phase: msg('jupyterPhaseStartingKernel'), message: msg('jupyterStartingKernel', name, base) });
  let response: Response;
  try {
    response = await request(base, 'api/kernels', options.token, { method: 'POST', body: JSON.stringify({ name }) });
  } catch {
    throw new CellError(msg('jupyterUnreachable', base), msg('jupyterUnreachableHint'), 'unreachable');
  }
  if (response.ok) return (await response.json()) as KernelModel;
  throw await describeRefusal(response, base, name, options.token);
}

/**
 * Kernel starts asked for by the script tag, for cells that run on their own (`autorun`),
 * before the element's code has even arrived; kept on `window.ExecCell`, which both the
 * script tag and the element module see.
 */
function earlyStarts(): Map<string, Promise<KernelModel>> | undefined {
  return (globalThis as { ExecCell?: { kernelStarts?: Map<string, Promise<KernelModel>> } }).ExecCell?.kernelStarts;
}

/** The script tag's side: start the kernel these options name, once per kernel. */
export function startEarly(options: SessionOptions): void {
  const starts = earlyStarts();
  const key = sessionKey(options);
  if (!starts || starts.has(key)) return;
  const started = startKernel(options);
  let kernel: KernelModel | undefined;
  started.then((k) => (kernel = k), () => {}); // a failure is reported to the cell that claims it
  starts.set(key, started);
  // A claimed kernel is the pool's to shut down; one no cell claimed (its element never
  // loaded, or the cell changed before it ran) must not outlive the page either. The request
  // starts in the pagehide listener itself where it can (see page-leave.ts).
  onPageLeave(() => {
    if (starts.get(key) !== started) return;
    if (kernel) shutDownOnLeave(serverUrl(options), options.token, kernel.id);
    else void started.then((k) => shutDownOnLeave(serverUrl(options), options.token, k.id)).catch(() => {});
  });
}

/**
 * Shut a kernel down as the page goes away: a keepalive request, so it outlives the page (the
 * token in the URL: a keepalive request cannot wait for a preflight of extra headers).
 */
export function shutDownOnLeave(base: string, token: string | undefined, kernelId: string): void {
  const url = new URL(`api/kernels/${encodeURIComponent(kernelId)}`, base);
  if (token) url.searchParams.set('token', token);
  void fetch(url, { method: 'DELETE', keepalive: true, credentials: 'omit' }).catch(() => {});
}

/** The element's side: the kernel start the script tag made for these options, taken once. */
export function claimEarlyStart(options: SessionOptions): Promise<KernelModel> | undefined {
  const starts = earlyStarts();
  const key = sessionKey(options);
  const started = starts?.get(key);
  starts?.delete(key);
  return started;
}

/** Turn a refused kernel start into something the reader can act on. */
async function describeRefusal(response: Response, base: string, name: string, token?: string): Promise<CellError> {
  const status = response.status;
  if (status === 403 || status === 401) {
    // The reason phrase is the server's (HTTP's own words when it sends none).
    return new CellError(
      msg('jupyterTokenRefused', base, status, response.statusText || 'Forbidden'),
      msg('jupyterTokenRefusedHint'),
      'forbidden',
    );
  }
  // jupyter_server answers an unknown kernel name with a bare 500 ("Unhandled error"),
  // so ask which kernels it has before blaming anything else.
  const available = await kernelNames(base, token);
  if (available.length && !available.includes(name)) {
    return new CellError(msg('jupyterNoSuchKernel', base, name), msg('jupyterKernelsAvailable', available.join(', ')), 'no-such-kernel');
  }
  const detail = await response
    .json()
    .then((body: { message?: string }) => body.message)
    .catch(() => undefined);
  // The server's own words: its message, or its status line.
  return new CellError(
    msg('jupyterStartFailed', base, name, detail || `${status} ${response.statusText}`),
    msg('jupyterTryLater'),
    'start-failed',
  );
}

async function kernelNames(base: string, token?: string): Promise<string[]> {
  try {
    const r = await request(base, 'api/kernelspecs', token);
    const specs = (await r.json()) as { kernelspecs?: Record<string, unknown> };
    return Object.keys(specs.kernelspecs ?? {});
  } catch {
    return [];
  }
}

/**
 * A request as @jupyterlab/services makes it: the token in an Authorization header, no
 * cookies of the foreign origin, never a cached answer.
 */
function request(base: string, path: string, token: string | undefined, init: RequestInit = {}): Promise<Response> {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  if (token) headers.Authorization = `token ${token}`;
  return fetch(new URL(path, base), { ...init, headers, credentials: 'omit', cache: 'no-store' });
}
