// SPDX-License-Identifier: BSD-3-Clause
/**
 * What this origin remembers about Binder, in localStorage so every tab and every reload
 * shares it: the server launched for each build URL (its URL, token and launch time), and
 * until when a BinderHub has asked not to be asked again (a rate limit). Plus the probe
 * that decides whether a remembered server may be reused.
 *
 * Storage can be missing or refuse (a sandboxed frame, a full quota): then nothing is
 * remembered, and every page load launches, which still works.
 *
 * @packageDocumentation
 */
import type { LaunchedServer } from './phases.js';

export interface SavedServer extends LaunchedServer {
  /** Epoch milliseconds. */
  launchedAt: number;
}

const SERVER_PREFIX = 'exec-cell:binder-server:';
const LIMIT_PREFIX = 'exec-cell:binder-rate-limit:';

/** mybinder.org stops every server 6 h after its launch (its culler's max age), whatever it does. */
const MYBINDER_MAX_AGE_MS = 6 * 3600_000;
/** Other BinderHubs choose their own limits; the probe decides, this only spares a hopeless probe. */
const OTHER_MAX_AGE_MS = 24 * 3600_000;

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

function read<T>(key: string): T | null {
  try {
    const raw = storage()?.getItem(key);
    return raw ? (JSON.parse(raw) as T) : null;
  } catch {
    return null;
  }
}

function write(key: string, value: unknown): void {
  try {
    storage()?.setItem(key, JSON.stringify(value));
  } catch {
    // Quota or policy: not remembering costs a launch on the next load, nothing more.
  }
}

function remove(key: string): void {
  try {
    storage()?.removeItem(key);
  } catch {
    // as above
  }
}

export function maxAgeMs(key: string): number {
  try {
    return /(^|\.)mybinder\.org$/.test(new URL(key).hostname) ? MYBINDER_MAX_AGE_MS : OTHER_MAX_AGE_MS;
  } catch {
    return OTHER_MAX_AGE_MS;
  }
}

/** The server remembered for a build URL, unless it is too old to be alive. */
export function savedServer(key: string, now = Date.now()): SavedServer | null {
  const s = read<SavedServer>(SERVER_PREFIX + key);
  if (!s || typeof s.url !== 'string' || typeof s.token !== 'string' || typeof s.launchedAt !== 'number') return null;
  if (now - s.launchedAt > maxAgeMs(key)) {
    remove(SERVER_PREFIX + key);
    return null;
  }
  return s;
}

export function saveServer(key: string, server: LaunchedServer, now = Date.now()): SavedServer {
  const saved = { url: server.url, token: server.token, launchedAt: now };
  write(SERVER_PREFIX + key, saved);
  return saved;
}

/** Forget a server that is gone, unless another tab has already remembered a newer one. */
export function forgetServer(key: string, url: string): void {
  if (read<SavedServer>(SERVER_PREFIX + key)?.url === url) remove(SERVER_PREFIX + key);
}

export interface RateLimit {
  /** Epoch milliseconds. */
  until: number;
  /** What the BinderHub said. */
  detail: string;
}

/** The rate limit a BinderHub reported, while it lasts. */
export function rateLimit(binderUrl: string, now = Date.now()): RateLimit | null {
  const r = read<RateLimit>(LIMIT_PREFIX + binderUrl);
  if (!r || typeof r.until !== 'number') return null;
  if (r.until <= now) {
    remove(LIMIT_PREFIX + binderUrl);
    return null;
  }
  return r;
}

export function rememberRateLimit(binderUrl: string, limit: RateLimit): void {
  write(LIMIT_PREFIX + binderUrl, limit);
}

/**
 * Wait (at most `timeoutMs`) until `read` finds something another tab wrote: localStorage
 * writes reach other tabs asynchronously (a `storage` event, and the value, a moment later).
 */
export function arrival<T>(read: () => T | null, timeoutMs: number): Promise<T | null> {
  return new Promise((resolve) => {
    const done = (value: T | null) => {
      clearInterval(poll);
      clearTimeout(timer);
      globalThis.removeEventListener?.('storage', check);
      resolve(value);
    };
    const check = () => {
      const value = read();
      if (value) done(value);
    };
    const poll = setInterval(check, 50);
    const timer = setTimeout(() => done(null), timeoutMs);
    globalThis.addEventListener?.('storage', check);
    check();
  });
}

/** How long a probe may take: a live server on the other side of the world answers well within it. */
export const PROBE_TIMEOUT_MS = 5_000;

/**
 * Is this server alive, and is its token still good? `GET {url}api/status?token=…`: the
 * cheapest call that needs the token, and one that does not reset the server's idle timer
 * (PROTOCOL.md §4). A plain GET with the token in the query sends no preflight. 200 is
 * alive; 403 is a wrong token; 503 is a proxy whose server has just died; a network error is
 * a culled server (mybinder.org answers 424 without CORS headers) or no network: the
 * others are not reusable.
 */
export async function probe(server: LaunchedServer, timeoutMs = PROBE_TIMEOUT_MS): Promise<boolean> {
  const url = new URL('api/status', server.url);
  url.searchParams.set('token', server.token);
  for (let attempt = 1; ; attempt++) {
    try {
      const r = await fetch(url, { credentials: 'omit', cache: 'no-store', signal: AbortSignal.timeout(timeoutMs) });
      // jupyter_server 1.x answers 500 ("no attribute 'last_activity'") while a kernel is
      // starting, another tab's for example. The token is checked before the handler runs,
      // so a 500 is a live server that took the token.
      return r.ok || r.status === 500;
    } catch (e) {
      // A network error may be a blip as well as a culled server: one quick second try keeps a
      // blip from costing a launch. A server that did not answer in time gets no second try.
      if (attempt === 2 || (e instanceof DOMException && e.name === 'TimeoutError')) return false;
      await new Promise((r) => setTimeout(r, 250));
    }
  }
}
