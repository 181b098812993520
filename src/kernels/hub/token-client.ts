// SPDX-License-Identifier: BSD-3-Clause
/**
 * The reader's own JupyterHub server, through the page's site: the site's token endpoint
 * (`token-url`) names the server and gives a short-lived token for it, while it starts the
 * server if it is not running (its spawn progress arrives first, on the same response).
 *
 * The token lives only in this module's memory: never in the DOM, an attribute, storage or
 * a console message. One request serves every cell of the page; the token is renewed before
 * it expires (while a kernel uses it) and once when a server refuses it.
 *
 * The endpoint's answer (README, "JupyterHub"): `application/x-ndjson`, one JSON object a line:
 * `{"progress": 0‥100, "message": "…"}` while the server starts, then either
 * `{"server": "https://hub/user/NAME/", "token": "…", "expires_at": "ISO 8601"}` or
 * `{"error": "spawn-failed" | "hub-unreachable" | …, "message": "…"}`. A plain JSON body with
 * the same final object is read too. 401/403: the reader is not signed in (or may not run).
 *
 * @packageDocumentation
 */
import { CellError, type Progress } from '../types.js';
import { msg } from '../../i18n/ref.js';
import '../jupyter-catalogue.js'; // this backend's messages, in every language

export interface HubCredentials {
  /** The reader's server, with a trailing slash. */
  server: string;
  token: string;
  /** Milliseconds since the epoch. */
  expiresAt: number;
}

/** What the client needs from its surroundings (a fake clock and fetch in unit tests). */
export interface HubClock {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const realClock: HubClock = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
  clearTimeout: (h) => globalThis.clearTimeout(h as ReturnType<typeof setTimeout>),
};

/** Renew this long before expiry: a fifth of the token's life, at most a minute. */
export function renewalLead(lifetimeMs: number): number {
  return Math.min(60_000, Math.max(1_000, lifetimeMs / 5));
}

export class HubTokenClient {
  readonly url: string;
  #fetch: typeof fetch;
  #clock: HubClock;
  #current: HubCredentials | null = null;
  #issuedAt = 0;
  #inflight: Promise<HubCredentials> | null = null;
  #timer: unknown = null;
  /** Kernels that use the token now: only while there are some is it renewed on a timer. */
  #users = 0;
  /** Progress listeners of the request in flight (every cell that waits for it shows it). */
  #listeners = new Set<(p: Progress) => void>();
  #lastProgress: Progress | null = null;

  constructor(url: string, options: { fetch?: typeof fetch; clock?: HubClock } = {}) {
    this.url = url;
    this.#fetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
    this.#clock = options.clock ?? realClock;
  }

  /** The token in force (for requests made now), or '' before the first answer. */
  get token(): string {
    return this.#current?.token ?? '';
  }

  /**
   * Credentials that are good for a while: the ones held, or a new request (shared by every
   * caller while it runs). `fresh` asks again even so (a server refused the token, or it was
   * stopped: the endpoint starts it again).
   */
  credentials(progress?: (p: Progress) => void, fresh = false): Promise<HubCredentials> {
    if (!fresh && this.#current && !this.#expiring(this.#current)) return Promise.resolve(this.#current);
    if (progress) {
      this.#listeners.add(progress);
      // A cell that joins a request under way sees where it is at once.
      if (this.#inflight && this.#lastProgress) progress(this.#lastProgress);
    }
    if (!this.#inflight) {
      this.#inflight = this.#request().finally(() => {
        this.#inflight = null;
        this.#lastProgress = null;
        this.#listeners.clear();
      });
    }
    return this.#inflight;
  }

  /**
   * A kernel uses the token from now until `release()`: renew it before it expires, so a
   * reconnecting websocket or a restart never meets an expired one.
   */
  hold(): () => void {
    this.#users++;
    this.#schedule();
    let released = false;
    return () => {
      if (released) return;
      released = true;
      if (--this.#users === 0 && this.#timer !== null) {
        this.#clock.clearTimeout(this.#timer);
        this.#timer = null;
      }
    };
  }

  /**
   * `fetch` for requests to the reader's server: the current token in the Authorization
   * header, and once, on a 403, a renewed token and the same request again.
   */
  readonly serverFetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    // @jupyterlab/services hands over a Request whose body a first attempt consumes.
    const spare = input instanceof Request ? input.clone() : null;
    const sent = this.token;
    const first = await this.#fetch(authorised(input, sent), init);
    if (first.status !== 403) return first;
    // Another request may have renewed it meanwhile; otherwise ask the site once.
    const renewed = this.token !== sent ? this.#current : await this.credentials(undefined, true).catch(() => null);
    if (!renewed || renewed.token === sent) return first;
    return this.#fetch(authorised(spare ?? input, renewed.token), init);
  };

  #expiring(c: HubCredentials): boolean {
    return c.expiresAt - this.#clock.now() <= renewalLead(c.expiresAt - this.#issuedAt);
  }

  #schedule(): void {
    if (this.#timer !== null) this.#clock.clearTimeout(this.#timer);
    this.#timer = null;
    const c = this.#current;
    if (!c || this.#users === 0) return;
    const due = c.expiresAt - renewalLead(c.expiresAt - this.#issuedAt) - this.#clock.now();
    this.#timer = this.#clock.setTimeout(() => {
      this.#timer = null;
      // A failed renewal is retried by the next request that needs the token.
      this.credentials(undefined, true).catch(() => {});
    }, Math.max(0, due));
  }

  #progress(p: Progress): void {
    this.#lastProgress = p;
    for (const listener of this.#listeners) listener(p);
  }

  async #request(): Promise<HubCredentials> {
    this.#progress({ phase: msg('hubPhaseSigningIn'), message: msg('hubAskingForServer') });
    let response: Response;
    try {
      response = await this.#fetch(this.url, {
        method: 'POST',
        credentials: 'include',
        cache: 'no-store',
        headers: { Accept: 'application/x-ndjson, application/json' },
      });
    } catch {
      throw new CellError(msg('hubSignInUnreachable', this.url), msg('hubSignInUnreachableHint'), 'token-unreachable');
    }
    if (response.status === 401 || response.status === 403) {
      const body = (await response.json().catch(() => ({}))) as { error?: string };
      if (body.error === 'no-capability') {
        throw new CellError(msg('hubNoCapability'), msg('hubNoCapabilityHint'), 'no-capability');
      }
      throw new CellError(msg('hubNotRecognised'), msg('hubNotRecognisedHint'), 'sign-in');
    }
    const issuedAt = this.#clock.now();
    let final: Record<string, unknown> | null = null;
    try {
      for await (const line of jsonLines(response)) {
        if (typeof line.progress === 'number' || (line.message !== undefined && line.token === undefined && line.error === undefined)) {
          const fraction = typeof line.progress === 'number' ? Math.min(1, Math.max(0, line.progress / 100)) : undefined;
          // The hub's own words (its spawner's progress) are shown as they came.
          const message = typeof line.message === 'string' ? line.message : '';
          this.#progress({
            phase: msg('hubPhaseStartingServer'),
            message: message || msg('hubStartingServer'),
            fraction,
            log: message ? `${message}\n` : undefined,
          });
          continue;
        }
        final = line;
        break;
      }
    } catch {
      final = null;
    }
    if (!final) {
      if (!response.ok) throw errorFor({ error: `http-${response.status}` }, response.status);
      throw new CellError(msg('hubAnswerCutOff'), msg('hubAnswerCutOffHint'), 'hub-unreachable');
    }
    if (typeof final.error === 'string' || !response.ok) throw errorFor(final, response.status);
    const credentials = parseCredentials(final, issuedAt);
    this.#current = credentials;
    this.#issuedAt = issuedAt;
    this.#schedule();
    return credentials;
  }
}

/** The request with this token in its Authorization header (replacing the one it had). */
function authorised(input: RequestInfo | URL, token: string): RequestInfo | URL {
  if (!token || !(input instanceof Request)) return input;
  const request = new Request(input);
  request.headers.set('Authorization', `token ${token}`);
  return request;
}

/** The endpoint's final answer as credentials, or an error that names what is missing. */
function parseCredentials(body: Record<string, unknown>, issuedAt: number): HubCredentials {
  const { server, token } = body;
  const expiresAt = typeof body.expires_at === 'string' ? Date.parse(body.expires_at) : typeof body.expires_at === 'number' ? body.expires_at * 1000 : NaN;
  if (typeof server !== 'string' || !server || typeof token !== 'string' || !token) {
    throw new CellError(msg('hubBadAnswer'), msg('hubBadAnswerHint'), 'token-bad-answer');
  }
  return {
    server: new URL(server.endsWith('/') ? server : `${server}/`, globalThis.location?.href ?? server).href,
    token,
    // No expiry given: treat it as good for an hour, and renew on a refusal.
    expiresAt: Number.isFinite(expiresAt) ? expiresAt : issuedAt + 3_600_000,
  };
}

/** The reader-facing error for the endpoint's error answer (its `message`, the hub's words, shown as it came). */
function errorFor(body: Record<string, unknown>, status: number): CellError {
  const message = typeof body.message === 'string' ? body.message : '';
  switch (body.error) {
    case 'spawn-failed':
      return new CellError(
        message ? msg('hubSpawnFailed', message) : msg('hubSpawnFailedNoReason'),
        msg('hubSpawnFailedHint'),
        'spawn-failed',
      );
    case 'rate-limited':
      return new CellError(message ? msg('hubRateLimited', message) : msg('hubRateLimitedNoDetail'), msg('hubRateLimitedHint'), 'rate-limited');
    case 'sign-in':
      return new CellError(msg('hubSignInAgain'), msg('hubSignInAgainHint'), 'sign-in');
    case 'hub-unreachable':
    default:
      return new CellError(
        message ? msg('hubUnreachable', message) : msg('hubUnreachableStatus', status),
        msg('hubUnreachableHint'),
        'hub-unreachable',
      );
  }
}

/** The response's lines as JSON objects, as they arrive (blank lines skipped). */
async function* jsonLines(response: Response): AsyncGenerator<Record<string, unknown>> {
  const decoder = new TextDecoder();
  let buffer = '';
  const parse = (line: string): Record<string, unknown> | null => {
    if (!line.trim()) return null;
    const value: unknown = JSON.parse(line);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  };
  if (!response.body) {
    for (const line of (await response.text()).split('\n')) {
      const v = parse(line);
      if (v) yield v;
    }
    return;
  }
  const reader = response.body.getReader();
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += decoder.decode(value, { stream: true });
    let nl: number;
    while ((nl = buffer.indexOf('\n')) >= 0) {
      const v = parse(buffer.slice(0, nl));
      buffer = buffer.slice(nl + 1);
      if (v) yield v;
    }
  }
  const v = parse(buffer + decoder.decode());
  if (v) yield v;
}

/** One client per endpoint for the whole page: every cell shares its request and its token. */
const clients = new Map<string, HubTokenClient>();

export function hubClient(url: string): HubTokenClient {
  let client = clients.get(url);
  if (!client) clients.set(url, (client = new HubTokenClient(url)));
  return client;
}
