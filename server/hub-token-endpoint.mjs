// SPDX-License-Identifier: BSD-3-Clause
/**
 * A reference token endpoint for exec-cell's `token-url`, for sites without Moodle (a static
 * site behind a login, a custom LMS). Plain Node (`node:http` handlers), no dependencies.
 *
 * Given the hub's URL and a hub service token (from the environment; it never leaves this
 * process), it maps the signed-in user to a hub user, creates that user if needed, starts the
 * user's server (relaying the hub's spawn progress), and mints a token that reaches only that
 * server (`access:servers!user=NAME`) for a limited time.
 *
 * The answer (README, "JupyterHub"): `application/x-ndjson`, one JSON object a line:
 *   {"progress": 0‥100, "message": "…"}                      while the server starts
 *   {"server": "…/user/NAME/", "token": "…", "expires_at": "…"} the last line, or
 *   {"error": "spawn-failed" | "hub-unreachable", "message": "…"}
 * 401 `{"error": "sign-in"}` when nobody is signed in, 429 `{"error": "rate-limited"}`.
 *
 * The hub service needs the scopes `admin:users` (create users), `servers` (start them, read
 * readiness) and `tokens` (mint); see the README.
 *
 *   import { createHubTokenEndpoint } from 'exec-cell/server/hub-token-endpoint.mjs';
 *   const endpoint = createHubTokenEndpoint({
 *     hubUrl: process.env.JUPYTERHUB_URL, serviceToken: process.env.JUPYTERHUB_SERVICE_TOKEN,
 *     userName: (req) => sessions.get(cookie(req))?.hubName ?? null,
 *   });
 *   http.createServer((req, res) => req.url === '/hub-token' ? endpoint(req, res) : …);
 */

/** Hub user names: lower-case letters, digits and `-._@`, at most 255 characters. */
export function safeHubName(name) {
  const safe = String(name)
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9\-._@]+/g, '-')
    .replace(/^[-._]+|[-._]+$/g, '')
    .slice(0, 255);
  if (!safe) throw new Error(`“${name}” gives no usable hub user name`);
  return safe;
}

/** The scopes a reader's token gets: their own servers, nothing else. */
export function readerScopes(name) {
  return [`access:servers!user=${name}`];
}

class HubError extends Error {
  constructor(kind, message) {
    super(message);
    this.kind = kind;
  }
}

/**
 * A small client for the hub's REST API with the service token.
 * @param {string} hubUrl the hub's public URL (`https://hub.example.org/`)
 * @param {string} serviceToken
 */
export function hubApi(hubUrl, serviceToken) {
  const base = new URL('hub/api/', hubUrl.endsWith('/') ? hubUrl : `${hubUrl}/`);
  const call = async (method, path, body) => {
    let response;
    try {
      response = await fetch(new URL(path, base), {
        method,
        headers: { Authorization: `token ${serviceToken}`, ...(body ? { 'Content-Type': 'application/json' } : {}) },
        body: body ? JSON.stringify(body) : undefined,
      });
    } catch (e) {
      throw new HubError('hub-unreachable', `the hub at ${base.origin} does not answer (${e.cause?.code ?? e.message})`);
    }
    return response;
  };
  const message = async (response) => {
    const text = await response.text().catch(() => '');
    try {
      return JSON.parse(text).message ?? text;
    } catch {
      return text.slice(0, 200) || `${response.status} ${response.statusText}`;
    }
  };
  return {
    base,
    /** Create the user; an existing one is fine. */
    async ensureUser(name) {
      const r = await call('POST', `users/${encodeURIComponent(name)}`);
      if (r.ok || r.status === 409) return void (await r.body?.cancel());
      throw new HubError(r.status >= 500 ? 'hub-unreachable' : 'hub-refused', `the hub did not create user ${name}: ${await message(r)}`);
    },
    /** The user's default server: `{ ready, pending, url }`, or null if it is not running; undefined for no such user. */
    async server(name) {
      const r = await call('GET', `users/${encodeURIComponent(name)}`);
      if (r.status === 404) return void (await r.body?.cancel());
      if (!r.ok) throw new HubError(r.status >= 500 ? 'hub-unreachable' : 'hub-refused', `the hub did not describe user ${name}: ${await message(r)}`);
      const user = await r.json();
      return user.servers?.[''] ?? null;
    },
    /** Ask for the server to start (already starting or running is fine). */
    async start(name) {
      const r = await call('POST', `users/${encodeURIComponent(name)}/server`);
      if (r.ok) return void (await r.body?.cancel());
      const text = await message(r);
      if (r.status === 400 && /already (running|pending)|pending/i.test(text)) return;
      throw new HubError('spawn-failed', text);
    },
    /**
     * The hub's spawn progress events, as they come, until ready or failed; null while the
     * hub has no spawn under way (400: not started yet, or already over; 404: a new user whose
     * server the hub has not set up yet).
     */
    async progress(name) {
      const r = await call('GET', `users/${encodeURIComponent(name)}/server/progress`);
      if (r.status === 400 || r.status === 404) {
        await r.body?.cancel();
        return null;
      }
      if (!r.ok || !r.body) throw new HubError('spawn-failed', await message(r));
      return (async function* events() {
        const decoder = new TextDecoder();
        let buffer = '';
        for await (const chunk of r.body) {
          buffer += decoder.decode(chunk, { stream: true });
          let end;
          while ((end = buffer.indexOf('\n\n')) >= 0) {
            const block = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            const data = block
              .split('\n')
              .filter((l) => l.startsWith('data:'))
              .map((l) => l.slice(5).trim())
              .join('\n');
            if (data) yield JSON.parse(data);
          }
        }
      })();
    },
    /** A token for `name` with only these scopes, for `lifetime` seconds. */
    async mint(name, scopes, lifetime, note = 'exec-cell') {
      const r = await call('POST', `users/${encodeURIComponent(name)}/tokens`, { scopes, expires_in: lifetime, note });
      if (r.status === 201 || r.ok) return r.json();
      throw new HubError(r.status >= 500 ? 'hub-unreachable' : 'hub-refused', `the hub did not give a token for ${name}: ${await message(r)}`);
    },
  };
}

/**
 * @param {object} o
 * @param {string} o.hubUrl the hub's public URL (the readers' browsers reach their servers under it)
 * @param {string} o.serviceToken the hub service's API token (never sent to a browser)
 * @param {(req: import('node:http').IncomingMessage) => string | null | Promise<string | null>} o.userName
 *   the signed-in user's hub name (made safe with {@link safeHubName}), or null: not signed in
 * @param {number} [o.lifetime] seconds a reader's token lives (3600)
 * @param {number} [o.perMinute] requests one user may make per minute (30)
 * @param {(event: object) => void} [o.log] failures, for the site's log
 * @returns {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => Promise<void>}
 */
export function createHubTokenEndpoint({ hubUrl, serviceToken, userName, lifetime = 3600, perMinute = 30, log = () => {} }) {
  if (!hubUrl || !serviceToken) throw new Error('createHubTokenEndpoint: hubUrl and serviceToken are required');
  const hub = hubApi(hubUrl, serviceToken);
  const known = new Set(); // users this process has made sure exist
  const recent = new Map(); // name -> request times in the last minute

  const limited = (name) => {
    const now = Date.now();
    const times = (recent.get(name) ?? []).filter((t) => now - t < 60_000);
    times.push(now);
    recent.set(name, times);
    return times.length > perMinute;
  };

  /**
   * Start the user's server and relay the hub's progress until it is ready. The start request
   * itself waits for the server (up to the hub's slow_spawn_timeout), so the progress is read
   * beside it, from the moment the hub reports the spawn as pending.
   */
  const spawn = async (name, line) => {
    let startError = null;
    let settled = false;
    const started = hub.start(name).then(
      () => (settled = true),
      (e) => ((settled = true), (startError = e)),
    );
    for (let attempt = 0; attempt < 600; attempt++) {
      const events = await hub.progress(name);
      if (events) {
        for await (const event of events) {
          if (event.failed) throw new HubError('spawn-failed', event.message || 'the spawner failed');
          line({ progress: event.progress ?? null, message: event.message ?? '' });
          if (event.ready) break;
        }
        break;
      }
      if (settled) break; // over before any progress could be read (fast, or refused)
      await new Promise((r) => setTimeout(r, 100));
    }
    await started;
    const server = await hub.server(name);
    if (server?.ready) return server;
    throw startError ?? new HubError('spawn-failed', 'the hub stopped reporting before the server was ready');
  };

  return async function hubTokenEndpoint(req, res) {
    const answer = (status, body) => {
      res.writeHead(status, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
      res.end(JSON.stringify(body));
    };
    if (req.method !== 'POST') return answer(405, { error: 'method', message: 'POST only' });
    // A page of another site must not start servers with this site's cookies.
    const origin = req.headers.origin;
    if (origin && new URL(origin).host !== req.headers.host) return answer(403, { error: 'sign-in', message: 'cross-site request' });
    let raw;
    try {
      raw = await userName(req);
    } catch {
      raw = null;
    }
    if (!raw) return answer(401, { error: 'sign-in', message: 'not signed in' });
    const name = safeHubName(raw);
    if (limited(name)) return answer(429, { error: 'rate-limited', message: `at most ${perMinute} requests a minute` });

    let streaming = false;
    const line = (o) => {
      if (!streaming) {
        streaming = true;
        res.writeHead(200, { 'Content-Type': 'application/x-ndjson', 'Cache-Control': 'no-store', 'X-Accel-Buffering': 'no' });
      }
      res.write(`${JSON.stringify(o)}\n`);
    };
    try {
      // The common case, a known user whose server runs: look and mint at once.
      const minted = known.has(name) ? hub.mint(name, readerScopes(name), lifetime) : null;
      minted?.catch(() => {});
      let server = await hub.server(name);
      if (server === undefined) {
        await hub.ensureUser(name);
        server = null;
      }
      known.add(name);
      if (!server?.ready) {
        line({ progress: 0, message: 'Starting your server…' });
        server = await spawn(name, line);
      }
      const token = await (minted ?? hub.mint(name, readerScopes(name), lifetime));
      const final = { server: new URL(server.url, hub.base).href, token: token.token, expires_at: token.expires_at };
      if (streaming) {
        line(final);
        res.end();
      } else answer(200, final);
    } catch (e) {
      const kind = e instanceof HubError ? (e.kind === 'hub-refused' ? 'hub-unreachable' : e.kind) : 'hub-unreachable';
      const body = { error: kind, message: e instanceof HubError ? e.message : 'the hub answered something unexpected' };
      log({ event: 'hub-token-failed', user: name, kind, message: e.message });
      if (streaming) {
        line(body);
        res.end();
      } else answer(kind === 'spawn-failed' ? 500 : 502, body);
    }
  };
}
