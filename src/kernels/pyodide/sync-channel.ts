// SPDX-License-Identifier: BSD-3-Clause
/**
 * The page's end of the synchronous channel to Python workers (sync-protocol.ts): registers
 * exec-cell's Service Worker for exec-cell's own folder, once per page, and sends it what the
 * page has to say to a worker that cannot read messages (it is busy in Python, or blocked
 * waiting for input).
 *
 * It is there only where Service Workers are: a secure context (https, or loopback), a
 * browser that allows them, a site that serves `exec-cell-sw.js` and a policy that lets it
 * run. Elsewhere {@link syncChannel} gives null and Python falls back: Stop ends the worker,
 * and `input()` needs JSPI.
 *
 * @packageDocumentation
 */
import { SERVICE_WORKER_FILE, SYNC_PATH, type ToServiceWorker } from './sync-protocol.js';

/** exec-cell's folder: this chunk is in `dist/chunks/`, the Service Worker beside exec-cell.js. */
const DIST_DIR = '../';

/**
 * How long a Python worker's start waits for the Service Worker to be active (it must be,
 * to control the worker). The first visit installs it in tens of milliseconds; a browser that
 * never activates it must not hold Python back.
 */
const ACTIVATION_TIMEOUT_MS = 3_000;

export interface SyncChannel {
  /** The URL the Python worker asks under (ends with `__exec-cell__/`). */
  readonly url: string;
  send(message: ToServiceWorker): void;
}

let channel: Promise<SyncChannel | null> | undefined;

/** The page's channel, registered on first use; null where Service Workers cannot be used. */
export function syncChannel(): Promise<SyncChannel | null> {
  return (channel ??= register().catch(() => null));
}

async function register(): Promise<SyncChannel | null> {
  const container = globalThis.navigator?.serviceWorker;
  if (!container || !globalThis.isSecureContext) return null;
  const scope = new URL(DIST_DIR, import.meta.url);
  if (scope.origin !== globalThis.location?.origin) return null;
  const registration = await container.register(new URL(SERVICE_WORKER_FILE, scope), { scope: scope.href });
  const active = await withTimeout(activated(registration), ACTIVATION_TIMEOUT_MS);
  if (!active) return null;
  return {
    url: new URL(SYNC_PATH, scope).href,
    // The registration's active worker, whichever it is by now (an update may replace it).
    send: (message) => (registration.active ?? active).postMessage(message),
  };
}

function activated(registration: ServiceWorkerRegistration): Promise<ServiceWorker> {
  const worker = registration.installing ?? registration.waiting ?? registration.active;
  if (!worker) return Promise.reject(new Error('no service worker'));
  if (worker.state === 'activated') return Promise.resolve(worker);
  return new Promise((resolve, reject) => {
    worker.addEventListener('statechange', () => {
      if (worker.state === 'activated') resolve(worker);
      else if (worker.state === 'redundant') reject(new Error('service worker redundant'));
    });
  });
}

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T | null> {
  let timer: ReturnType<typeof setTimeout>;
  return Promise.race([p, new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), ms)))]).finally(() => clearTimeout(timer));
}
