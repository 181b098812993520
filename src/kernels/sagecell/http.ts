// SPDX-License-Identifier: BSD-3-Clause
/**
 * SageCell's HTTP side: start a kernel, end it, read the terms of service, fetch a file the
 * kernel wrote (PROTOCOL.md §2). Every failure becomes a {@link CellError} that says what
 * failed and what to do, except those the caller must tell apart itself: a network error
 * ({@link NetworkError}: unreachable, or terms not accepted, which the browser cannot tell
 * apart since that 403 carries no CORS headers) and a 429 ({@link KernelLimitError}).
 *
 * Every request is a CORS "simple" request (POST with a form body, no custom header), so no
 * preflight doubles its round trips; `DELETE` is sent as `POST …?method=DELETE`, which the
 * server accepts for clients that cannot send DELETE. No cookies ride along.
 *
 * @packageDocumentation
 */
import { CellError } from '../types.js';
import { msg } from '../../i18n/ref.js';
import './catalogue.js'; // this backend's messages, in every language

/** How long a kernel request may wait. A full server holds the request until a kernel frees up. */
export const KERNEL_REQUEST_TIMEOUT_MS = 45_000;

let pageSessionId: string | undefined;

/**
 * The page's CellSessionID: the server caps the kernels one ID may hold at once, and load
 * balancers route on it, so the kernel requests and the SockJS connection share it.
 */
export function cellSessionId(): string {
  pageSessionId ??= Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
  return pageSessionId;
}

/** The request never reached the server, or its answer was unreadable (CORS). */
export class NetworkError extends Error {
  override name = 'NetworkError';
}

/** 429: this page (CellSessionID) already holds as many kernels as the server allows. */
export class KernelLimitError extends Error {
  override name = 'KernelLimitError';
}

export interface KernelRequest {
  /** The reader accepted the server's terms of service. */
  acceptedTerms: boolean;
  /**
   * One run only: the server ends the kernel as soon as a run has finished and nothing else
   * is pending (`timeout=0`, the embed's default). Otherwise the kernel lives until it has
   * been idle for the server's longest timeout (15 minutes on a default server).
   */
  oneRun?: boolean;
  signal?: AbortSignal;
  timeoutMs?: number;
}

/** Ask the server for a kernel; resolves with its id. */
export async function requestKernel(root: string, o: KernelRequest): Promise<string> {
  const body = new URLSearchParams({ CellSessionID: cellSessionId(), timeout: o.oneRun ? '0' : 'inf' });
  // Sent only when the reader accepted: a server that requires the terms then refuses us,
  // and the caller shows them (the embed always sends it, whatever the reader did).
  if (o.acceptedTerms) body.set('accepted_tos', 'true');
  const timeoutMs = o.timeoutMs ?? KERNEL_REQUEST_TIMEOUT_MS;
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), timeoutMs);
  const onAbort = () => timeout.abort();
  o.signal?.addEventListener('abort', onAbort, { once: true });
  let response: Response;
  try {
    response = await fetch(new URL('kernel', root), { method: 'POST', body, credentials: 'omit', cache: 'no-store', signal: timeout.signal });
  } catch (e) {
    if (o.signal?.aborted) throw new DOMException('The kernel request was cancelled.', 'AbortError');
    if (timeout.signal.aborted) throw fullServer(root, timeoutMs);
    throw new NetworkError(e instanceof Error ? e.message : String(e));
  } finally {
    clearTimeout(timer);
    o.signal?.removeEventListener('abort', onAbort);
  }
  if (response.status === 429) throw new KernelLimitError(await serverMessage(response));
  // A proxy in front of a full server gives up on the waiting request (the public server's
  // answers 504 after 50 s).
  if (response.status === 502 || response.status === 503 || response.status === 504) throw fullServer(root, timeoutMs);
  if (!response.ok) {
    throw new CellError(
      msg('sagecellStartFailed', root, response.status, response.statusText),
      msg('sagecellStartFailedHint'),
      'start-failed',
    );
  }
  let id: unknown;
  try {
    id = ((await response.json()) as { id?: unknown }).id;
  } catch {
    id = undefined;
  }
  if (typeof id !== 'string' || !id) {
    throw new CellError(msg('sagecellNotSageCell', root), msg('sagecellNotSageCellHint'), 'not-sagecell');
  }
  return id;
}

function fullServer(root: string, timeoutMs: number): CellError {
  return new CellError(msg('sagecellServerFull', root, Math.round(timeoutMs / 1000)), msg('sagecellServerFullHint'), 'server-full');
}

async function serverMessage(response: Response): Promise<string> {
  try {
    const body = (await response.json()) as { message?: unknown };
    if (typeof body.message === 'string') return body.message;
  } catch {
    // Not JSON: the status says enough.
  }
  return `${response.status} ${response.statusText}`;
}

/**
 * The server's terms of service as HTML, or null when it has none. The embed asks with
 * POST, which answers 204 (empty) where no terms apply.
 */
export async function fetchTerms(root: string): Promise<string | null> {
  let response: Response;
  try {
    response = await fetch(new URL('tos.html', root), { method: 'POST', credentials: 'omit', cache: 'no-store' });
  } catch (e) {
    throw new NetworkError(e instanceof Error ? e.message : String(e));
  }
  if (!response.ok) return null;
  const html = (await response.text()).trim();
  return html || null;
}

/** End a kernel. `keepalive` lets the request outlive the page (pagehide). Never throws. */
export async function killKernel(root: string, id: string, keepalive = false): Promise<void> {
  try {
    await fetch(new URL(`kernel/${encodeURIComponent(id)}?method=DELETE`, root), {
      method: 'POST',
      credentials: 'omit',
      cache: 'no-store',
      keepalive,
    });
  } catch {
    // The server is gone or the page is leaving: the server ends idle kernels on its own.
  }
}

/** Where a kernel's files are served: `<root>kernel/<id>/files/`. They outlive the kernel. */
export function filesUrl(root: string, kernelId: string): string {
  return new URL(`kernel/${encodeURIComponent(kernelId)}/files/`, root).href;
}
