// SPDX-License-Identifier: BSD-3-Clause
/**
 * exec-cell's Service Worker (built to `dist/exec-cell-sw.js`): the page's side of the
 * synchronous channel to busy Python workers (sync-protocol.ts). It answers only requests
 * under `__exec-cell__/`; every other request of the workers it controls (Pyodide's runtime
 * files) goes to the network untouched.
 *
 * What it holds lives in memory: a browser may stop an idle Service Worker, and with it
 * pending interrupts (the page sends them again) and answers nobody asked for yet (a worker
 * waiting for input keeps it alive with its request).
 *
 * @packageDocumentation
 */
import { SYNC_PATH, type InputAnswer, type SignalAnswer, type ToServiceWorker } from './sync-protocol.js';

/** How long a request for input is held before the worker is told to ask again. */
const INPUT_HOLD_MS = 20_000;
/** Ended workers are remembered this long (a terminated WebKit worker asks within 100 ms). */
const KILLED_KEPT_MS = 60_000;

interface FetchEventLike extends Event {
  request: Request;
  respondWith(response: Promise<Response> | Response): void;
}
interface ExtendableEventLike extends Event {
  waitUntil(p: Promise<unknown>): void;
}
interface ServiceWorkerScope {
  skipWaiting(): Promise<void>;
  clients: { claim(): Promise<void> };
  addEventListener(type: 'install' | 'activate', listener: (e: ExtendableEventLike) => void): void;
  addEventListener(type: 'fetch', listener: (e: FetchEventLike) => void): void;
  addEventListener(type: 'message', listener: (e: MessageEvent<ToServiceWorker>) => void): void;
}

const scope = self as unknown as ServiceWorkerScope;

interface WorkerState {
  signal: number;
  killedAt: number;
  /** Answers the page sent before the worker asked. */
  answers: Map<number, InputAnswer>;
  /** Requests for input waiting for the page, by input number. */
  waiting: Map<number, (a: InputAnswer) => void>;
  cancelled: boolean;
}

const workers = new Map<string, WorkerState>();

function state(w: string): WorkerState {
  let s = workers.get(w);
  if (!s) {
    s = { signal: 0, killedAt: 0, answers: new Map(), waiting: new Map(), cancelled: false };
    workers.set(w, s);
  }
  return s;
}

function forgetEnded(): void {
  const now = Date.now();
  for (const [w, s] of workers) if (s.killedAt && now - s.killedAt > KILLED_KEPT_MS) workers.delete(w);
}

scope.addEventListener('install', () => void scope.skipWaiting());
scope.addEventListener('activate', (e) => e.waitUntil(scope.clients.claim()));

scope.addEventListener('message', (e) => {
  const m = e.data;
  if (!m || typeof m !== 'object' || !('execCell' in m) || typeof m.w !== 'string') return;
  const s = state(m.w);
  switch (m.execCell) {
    case 'interrupt':
      s.signal = 2;
      break;
    case 'reset':
      s.signal = 0;
      s.cancelled = false;
      break;
    case 'answer': {
      const answer: InputAnswer = { value: String(m.value) };
      const waiter = s.waiting.get(m.n);
      if (waiter) waiter(answer);
      else s.answers.set(m.n, answer);
      break;
    }
    case 'cancel':
      s.cancelled = true;
      for (const waiter of s.waiting.values()) waiter({ cancelled: true });
      break;
    case 'kill':
      s.killedAt = Date.now();
      for (const waiter of s.waiting.values()) waiter({ cancelled: true });
      break;
  }
  forgetEnded();
});

function json(body: SignalAnswer | InputAnswer): Response {
  return new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json', 'cache-control': 'no-store' } });
}

function signal(w: string): Response {
  const s = state(w);
  const answer: SignalAnswer = { signal: s.signal, kill: s.killedAt > 0 };
  s.signal = 0; // taken, as CPython takes its interrupt buffer's byte
  return json(answer);
}

function input(w: string, n: number): Promise<Response> | Response {
  const s = state(w);
  if (s.killedAt || s.cancelled) return json({ cancelled: true });
  const early = s.answers.get(n);
  if (early) {
    s.answers.delete(n);
    return json(early);
  }
  return new Promise<Response>((resolve) => {
    const timer = setTimeout(() => done({ again: true }), INPUT_HOLD_MS);
    const done = (a: InputAnswer) => {
      clearTimeout(timer);
      s.waiting.delete(n);
      resolve(json(a));
    };
    s.waiting.set(n, done);
  });
}

scope.addEventListener('fetch', (e) => {
  const url = new URL(e.request.url);
  const at = url.pathname.indexOf(`/${SYNC_PATH}`);
  if (at < 0) return; // not ours: the network answers
  const what = url.pathname.slice(at + SYNC_PATH.length + 1);
  const w = url.searchParams.get('w') ?? '';
  if (what === 'signal') e.respondWith(signal(w));
  else if (what === 'input') e.respondWith(input(w, Number(url.searchParams.get('n'))));
  else e.respondWith(new Response('unknown request', { status: 404 }));
});
