// SPDX-License-Identifier: BSD-3-Clause
/**
 * A synchronous channel from the page to a busy Python worker, for browsers that give it no
 * other: a Service Worker (service-worker.ts) holds what the page says (Stop, the reader's
 * input, "this worker is ended"), and the Python worker asks for it with a synchronous
 * XMLHttpRequest, which blocks the worker, not the page. A dedicated worker whose script is in
 * the Service Worker's scope is controlled by it even where the page is not (seen in Chromium
 * 156, Firefox 153 and WebKitGTK 2.50), so the scope is exec-cell's own folder and the page
 * can be anywhere on the same origin.
 *
 * Why: without cross-origin isolation there is no SharedArrayBuffer (so no interrupt buffer);
 * Safari has no JSPI (so `input()` cannot wait for a message); and WebKit's `terminate()` does
 * not stop a worker spinning inside WebAssembly (a plain JavaScript loop does stop, which is
 * how an ended worker is made to stop: see worker.ts).
 *
 * Types and names only: the page, the Python worker and the Service Worker all import it.
 *
 * @packageDocumentation
 */

/** The folder (inside the Service Worker's scope) its answers are asked for under. */
export const SYNC_PATH = '__exec-cell__/';

/** The Service Worker's script, beside exec-cell.js (its scope is that folder). */
export const SERVICE_WORKER_FILE = 'exec-cell-sw.js';

/** Page → Service Worker (postMessage to the registration's active worker). */
export type ToServiceWorker =
  /** Raise KeyboardInterrupt in worker `w` (once; the page sends it again while it is not raised). */
  | { execCell: 'interrupt'; w: string }
  /** Clear a pending interrupt: a run is starting. */
  | { execCell: 'reset'; w: string }
  /** The reader's answer to input request `n` of worker `w`. */
  | { execCell: 'answer'; w: string; n: number; value: string }
  /** Stop: the pending input of worker `w` raises KeyboardInterrupt. */
  | { execCell: 'cancel'; w: string }
  /** Worker `w` was terminated: if it is still running (WebKit), it must stop now. */
  | { execCell: 'kill'; w: string };

/** Service Worker → Python worker: the answer to `GET <scope>__exec-cell__/signal?w=ID`. */
export interface SignalAnswer {
  /** 2 (SIGINT) when an interrupt is pending, else 0. */
  signal: number;
  /** The worker was terminated by its page: stop now, whatever the cost. */
  kill: boolean;
}

/** Service Worker → Python worker: the answer to `GET <scope>__exec-cell__/input?w=ID&n=N`. */
export type InputAnswer =
  | { value: string }
  /** The reader pressed Stop: input() raises KeyboardInterrupt. */
  | { cancelled: true }
  /** Nothing yet: ask again (a fetch event must not be held for ever). */
  | { again: true };
