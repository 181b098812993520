// SPDX-License-Identifier: BSD-3-Clause
/**
 * A BinderHub for tests and the demo: BinderHub's real build/launch protocol (build.mjs),
 * real Jupyter servers behind a hub proxy (hub.mjs), and optionally mybinder.org's federation
 * redirector in front of two members (redirector.mjs). It follows
 * /work/shared/binder/PROTOCOL.md; each module cites the BinderHub sources it follows.
 *
 * Switches (options of startBinderHub, and `POST /_testing/options` with a JSON body to change
 * them while it runs):
 *   buildSeconds       a cold build's phases spread over this many seconds (slow build)
 *   failBuild          builds fail: pip's error, repo2docker's `failure`, then `failed`
 *   rateLimit          { limit, periodSeconds } per IP, fixed window (BinderHub: 10 / 3600)
 *   rateLimited        every request is over the limit (429 as BinderHub reports it)
 *   proxy429           { retryAfter } a real HTTP 429 from "a proxy in front"
 *   gatewayError       { status, count?, cors? } a gateway in front answers HTTP status (502, 503)
 *                      to the next count build requests (all without count); CORS headers only with cors
 *   redirect           (start only) a redirector in front of two members, as mybinder.org
 *   jupyterArgs        (start only) more options for every Jupyter server it launches
 *   cullIdleSeconds    shut a server down after this many idle seconds; then 424, no CORS
 *   dropStream         'close' | 'silent': the next cold build's stream breaks or goes quiet
 *   quotaExceeded      "Too many users running …! Try again soon."
 *   missingRefs        refs that do not resolve (default ['does-not-exist'])
 *   bannedSpecs        specs refused with BinderHub's "not allowed to launch"
 *   keepaliveSeconds   BinderHub's keepalive period (25)
 *   readyLingerSeconds how long the stream stays open after `ready` (60)
 *   tipDelaySeconds    the delay after the master/main → HEAD tip (10)
 *
 * Counters: `GET /_testing/stats` on any of its addresses gives
 * `{ builds, launches, rateLimited, gatewayErrors, dropped, jupyterStarts, culls, redirects, proxyErrors, bySpec, byMember }`;
 * `bySpec` is keyed by the request path (`/build/gh/owner/repo/HEAD`). `POST /_testing/cull`
 * shuts every live server down at once.
 *
 * Run it alone: `node test/servers/binderhub/index.mjs [--port 8585] [--build-seconds 4] …`.
 */
import http from 'node:http';
import { buildHandler } from './build.mjs';
import { startHub } from './hub.mjs';
import { RateLimiter } from './ratelimit.mjs';

const DEFAULTS = {
  buildSeconds: 2,
  failBuild: false,
  rateLimit: { limit: 10, periodSeconds: 3600 },
  rateLimited: false,
  /** @type {{ retryAfter?: number } | null} */
  proxy429: null,
  /** @type {{ status: number, count?: number, cors?: boolean } | null} */
  gatewayError: null,
  cullIdleSeconds: 0,
  /** @type {'close' | 'silent' | null} */
  dropStream: null,
  quotaExceeded: false,
  missingRefs: ['does-not-exist'],
  /** @type {string[]} */
  bannedSpecs: [],
  keepaliveSeconds: 25,
  readyLingerSeconds: 60,
  tipDelaySeconds: 10,
};

/**
 * @param {Partial<typeof DEFAULTS> & { redirect?: boolean, port?: number, quiet?: boolean, jupyterArgs?: string[] }} [options]
 */
export async function startBinderHub(options = {}) {
  const { redirect = false, port = 0, quiet = true, jupyterArgs = [], ...switches } = options;
  const counters = { builds: 0, launches: 0, rateLimited: 0, gatewayErrors: 0, dropped: 0, jupyterStarts: 0, culls: 0, redirects: 0, proxyErrors: 0 };
  /** @type {Record<string, Record<string, number>>} */
  const bySpec = {};
  /** @type {Record<string, Record<string, number>>} */
  const byMember = {};
  const state = {
    options: { ...DEFAULTS, ...switches },
    /** @type {Set<http.ServerResponse>} open event streams */
    streams: new Set(),
    /** @type {Set<http.ServerResponse>} streams told to go quiet */
    silenced: new Set(),
    /** @type {string | undefined} what `binder_launch_host` says (the redirector's URL, like mybinder.org's badge_base_url) */
    launchHost: undefined,
    /** @param {keyof typeof counters} what */
    count(what, path, member) {
      counters[what]++;
      if (path) (bySpec[path] ??= {})[what] = (bySpec[path][what] ?? 0) + 1;
      if (member) (byMember[member] ??= {})[what] = (byMember[member][what] ?? 0) + 1;
    },
  };
  const log = quiet ? () => {} : (/** @type {string} */ m) => console.log(`[test binderhub] ${m}`);

  const control = (req, res, path) => {
    if (path === '/_testing/stats') {
      res.writeHead(200, { 'content-type': 'application/json', 'access-control-allow-origin': '*' });
      res.end(JSON.stringify({ ...counters, bySpec, byMember }));
      return true;
    }
    if (path === '/_testing/options' && req.method === 'POST') {
      let body = '';
      req.on('data', (d) => (body += d));
      req.on('end', () => {
        Object.assign(state.options, JSON.parse(body || '{}'));
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify(state.options));
      });
      return true;
    }
    if (path === '/_testing/cull' && req.method === 'POST') {
      void Promise.all(members.map((m) => m.hub.cullAll())).then(() => res.end('culled\n'));
      return true;
    }
    return false;
  };

  /** One BinderHub: its own hub (Jupyter servers), rate limiter and image cache. */
  async function startMember(name, listenPort) {
    const hub = await startHub({
      cullIdleSeconds: () => state.options.cullIdleSeconds,
      jupyterArgs,
      onEvent: (event, detail) => {
        if (event === 'jupyter-start') state.count('jupyterStarts', '', name);
        if (event === 'cull') state.count('culls', '', name);
        if (event === 'proxy-error') state.count('proxyErrors', '', name);
        log(`${name}: ${event} ${JSON.stringify(detail)}`);
      },
    });
    const member = { name, hub, limiter: new RateLimiter(() => state.options.rateLimit), images: new Set(), url: '' };
    const handle = buildHandler(state, member);
    const server = http.createServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://x');
      // The raw path: BinderHub reads the spec without unquoting, so %2F stays (base.py L160-167).
      const rawPath = (req.url ?? '/').split('?')[0];
      if (control(req, res, url.pathname)) return;
      // BinderHub answers OPTIONS with an empty 200 (base.py L206-207).
      if (req.method === 'OPTIONS') {
        res.writeHead(200, { 'access-control-allow-headers': 'cache-control', 'access-control-allow-origin': '*' });
        return res.end();
      }
      // The route is /build/([^/]+)/(.+) (app.py L996-1001); anything else is the HTML UI.
      if (req.method === 'GET' && /^\/build\/[^/]+\/.+/.test(rawPath)) {
        log(`${name}: GET ${rawPath}`);
        void handle(req, res, rawPath, url.searchParams);
        return;
      }
      res.writeHead(404, { 'content-type': 'text/html' });
      res.end('<html><body><h1>404: Not Found</h1></body></html>\n');
    });
    await new Promise((resolve) => server.listen(listenPort, '127.0.0.1', resolve));
    member.url = `http://127.0.0.1:${/** @type {import('node:net').AddressInfo} */ (server.address()).port}/`;
    return { ...member, server };
  }

  const members = redirect
    ? [await startMember('member-1', 0), await startMember('member-2', 0)]
    : [await startMember('binderhub', port)];

  /** @type {http.Server | undefined} */
  let redirector;
  let url = members[0].url;
  if (redirect) {
    const { startRedirector } = await import('./redirector.mjs');
    redirector = await startRedirector({
      port,
      members: members.map((m) => m.url),
      control,
      onRedirect: (to) => {
        state.count('redirects', '', '');
        log(`redirect → ${to}`);
      },
    });
    url = `http://127.0.0.1:${/** @type {import('node:net').AddressInfo} */ (redirector.address()).port}/`;
    state.launchHost = url;
  }

  return {
    /** The BinderHub address pages use (the redirector's, with `redirect`). */
    url,
    members: members.map((m) => ({ name: m.name, url: m.url, hub: m.hub.url })),
    options: state.options,
    /** Change switches while it runs (same as POST /_testing/options). */
    set(/** @type {Partial<typeof DEFAULTS>} */ changes) {
      Object.assign(state.options, changes);
    },
    stats: () => ({ ...counters, bySpec, byMember }),
    /** Event streams still open (a client that closes at `ready` or `failed` leaves none). */
    openStreams: () => state.streams.size,
    /** The live Jupyter servers (name, token, url). */
    running: () => members.flatMap((m) => m.hub.running()),
    cullAll: () => Promise.all(members.map((m) => m.hub.cullAll())),
    close: async () => {
      for (const res of state.streams) res.destroy();
      const servers = [...members.map((m) => m.server), ...(redirector ? [redirector] : [])];
      for (const s of servers) s.closeAllConnections();
      await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
      await Promise.all(members.map((m) => m.hub.close()));
    },
  };
}

/** `--build-seconds 4` → { buildSeconds: 4 }; bare flags are true; JSON values are parsed. */
function parseArgs(argv) {
  /** @type {Record<string, unknown>} */
  const out = {};
  for (let i = 0; i < argv.length; i++) {
    const m = /^--([\w-]+)$/.exec(argv[i]);
    if (!m) continue;
    const key = m[1].replace(/-(\w)/g, (_, c) => c.toUpperCase());
    const next = argv[i + 1];
    if (next === undefined || next.startsWith('--')) out[key] = true;
    else {
      i++;
      try {
        out[key] = JSON.parse(next);
      } catch {
        out[key] = next;
      }
    }
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const hub = await startBinderHub({ quiet: false, port: 8585, ...parseArgs(process.argv.slice(2)) });
  console.log(`test BinderHub: ${hub.url}  (stats: ${hub.url}_testing/stats)`);
  const stop = async () => {
    await hub.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
