#!/usr/bin/env node
// SPDX-License-Identifier: BSD-3-Clause
/**
 * A reference proxy between `<exec-cell backend="jobe">` cells and a Jobe server, for sites
 * without Moodle (whose plugin has its own, filter/execcell/jobe.php). Why one is needed:
 * stock Jobe 2.2 sends no CORS headers (a page on another origin cannot read its answers) and
 * does not enforce its API keys (anyone who can reach it can use it). This proxy
 *
 * - keeps the Jobe URL and API key on the server (the page only knows the proxy's address),
 * - answers the page's origin(s) with CORS headers,
 * - passes on only what a cell sends (language, code, stdin, cputime, memorylimit), with the
 *   code and input size limited and the limits capped,
 * - limits the runs per client (by default, per IP address) in a sliding minute,
 * - returns Jobe's answer as it is (status and body).
 *
 * The contract (what the element calls, relative to the proxy's root):
 *   GET  languages  → Jobe's `[["c","12.2.0"], …]`
 *   POST runs       → body `{"run_spec": {"language_id", "sourcecode", "input"?, "parameters"?: {"cputime"?, "memorylimit"?}}}`,
 *                     answer Jobe's `{"outcome", "cmpinfo", "stdout", "stderr"}`;
 *                     refusals are a JSON string with 400 (bad request), 413 (too large),
 *                     429 (too many runs, with Retry-After), 502/504 (Jobe unreachable or slow).
 *
 * Run it: JOBE_URL=http://jobe.internal/jobe/index.php/restapi/ JOBE_API_KEY=… \
 *   ALLOWED_ORIGINS=https://course.example.edu PORT=8401 node proxy/jobe-proxy.mjs
 * or import { createJobeProxy } and mount the handler in your own server (pass `clientId` to
 * count runs per signed-in user instead of per address).
 */
import http from 'node:http';
import { pathToFileURL } from 'node:url';

/**
 * @typedef {object} JobeProxyOptions
 * @property {string} jobeUrl Jobe's REST root (`…/jobe/index.php/restapi/`).
 * @property {string} [apiKey] sent to Jobe as X-API-KEY (for a Jobe that enforces keys).
 * @property {string[]} [allowedOrigins] page origins allowed to call (`*` for any); none: same-origin pages only.
 * @property {number} [runsPerMinute] per client (default 30; 0 = no limit).
 * @property {number} [maxSourceChars] default 100,000.
 * @property {number} [maxInputChars] default 100,000.
 * @property {number} [maxCputime] seconds, default 10 (Jobe caps at 120).
 * @property {number} [maxMemorylimit] megabytes, default 1000.
 * @property {number} [timeoutMs] how long to wait for Jobe, default 120,000.
 * @property {(req: http.IncomingMessage) => string} [clientId] who is running (default: the address).
 */

const DEFAULTS = { runsPerMinute: 30, maxSourceChars: 100_000, maxInputChars: 100_000, maxCputime: 10, maxMemorylimit: 1000, timeoutMs: 120_000 };

/** @param {JobeProxyOptions} options @returns {(req: http.IncomingMessage, res: http.ServerResponse) => void} */
export function createJobeProxy(options) {
  // Options left undefined (an unset environment variable) keep their defaults.
  const o = { ...DEFAULTS, ...Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)) };
  if (!o.jobeUrl) throw new Error('createJobeProxy: jobeUrl is required');
  const root = o.jobeUrl.endsWith('/') ? o.jobeUrl : `${o.jobeUrl}/`;
  const origins = new Set(o.allowedOrigins ?? []);
  const clientId = o.clientId ?? ((req) => req.socket.remoteAddress ?? 'unknown');
  /** Per client: the times of its runs in the last minute. */
  const recent = new Map();
  // The body of a run is its code and input, JSON-escaped (up to 6 bytes a character), plus a little.
  const maxBody = 6 * (o.maxSourceChars + o.maxInputChars) + 4096;

  const upstreamHeaders = (extra = {}) => ({ Accept: 'application/json', ...(o.apiKey ? { 'X-API-KEY': o.apiKey } : {}), ...extra });

  return async (req, res) => {
    const origin = req.headers.origin;
    if (origin && (origins.has('*') || origins.has(origin))) {
      res.setHeader('Access-Control-Allow-Origin', origins.has('*') ? '*' : origin);
      res.setHeader('Vary', 'Origin');
    }
    const path = new URL(req.url ?? '/', 'http://proxy/').pathname.replace(/^.*\//, '');
    try {
      if (req.method === 'OPTIONS') {
        res.setHeader('Access-Control-Allow-Methods', 'GET, POST, OPTIONS');
        res.setHeader('Access-Control-Allow-Headers', 'Content-Type, Accept');
        res.setHeader('Access-Control-Max-Age', '7200');
        return send(res, 204);
      }
      if (path === 'languages' && req.method === 'GET') {
        const r = await fetch(new URL('languages', root), { headers: upstreamHeaders(), signal: AbortSignal.timeout(o.timeoutMs) });
        return send(res, r.status, await r.text());
      }
      if (path === 'runs' && req.method === 'POST') {
        const body = await readBody(req, maxBody);
        if (body === null) return sendJson(res, 413, `the request is larger than the ${maxBody} bytes this proxy accepts`);
        const spec = checkRun(body, o);
        if (typeof spec === 'object' && 'status' in spec) return sendJson(res, spec.status, spec.message);
        if (!allowRun(recent, clientId(req), o.runsPerMinute)) {
          res.setHeader('Retry-After', '60');
          return sendJson(res, 429, `at most ${o.runsPerMinute} run${o.runsPerMinute === 1 ? '' : 's'} a minute`);
        }
        const r = await fetch(new URL('runs', root), {
          method: 'POST',
          headers: upstreamHeaders({ 'Content-Type': 'application/json; charset=utf-8' }),
          body: JSON.stringify({ run_spec: spec }),
          signal: AbortSignal.timeout(o.timeoutMs),
        });
        return send(res, r.status, await r.text());
      }
      return sendJson(res, 404, 'Not found: this proxy answers GET languages and POST runs.');
    } catch (e) {
      const timeout = e instanceof Error && e.name === 'TimeoutError';
      return sendJson(res, timeout ? 504 : 502, timeout ? 'The Jobe server took too long to answer.' : 'The Jobe server could not be reached.');
    }
  };
}

/**
 * The run a cell asked for, with only the fields a cell sends (no files, no compiler
 * arguments), or why it is refused.
 */
function checkRun(body, o) {
  let parsed;
  try {
    parsed = JSON.parse(body);
  } catch {
    return { status: 400, message: 'The request is not JSON.' };
  }
  const run = parsed?.run_spec;
  if (!run || typeof run !== 'object') return { status: 400, message: 'The request has no run_spec.' };
  const { language_id: language, sourcecode, input, parameters = {} } = run;
  if (typeof language !== 'string' || !/^[a-z0-9+]{1,30}$/.test(language)) return { status: 400, message: 'run_spec.language_id is not a language name.' };
  if (typeof sourcecode !== 'string') return { status: 400, message: 'run_spec.sourcecode is missing.' };
  if (input !== undefined && typeof input !== 'string') return { status: 400, message: 'run_spec.input is not text.' };
  if (sourcecode.length > o.maxSourceChars) return { status: 413, message: `the program is longer than ${o.maxSourceChars} characters` };
  if ((input ?? '').length > o.maxInputChars) return { status: 413, message: `the input is longer than ${o.maxInputChars} characters` };
  const spec = { language_id: language, sourcecode };
  if (input) spec.input = input;
  const limits = {};
  for (const [key, max] of [['cputime', o.maxCputime], ['memorylimit', o.maxMemorylimit]]) {
    const v = parameters?.[key];
    if (v === undefined) continue;
    if (typeof v !== 'number' || !(v > 0)) return { status: 400, message: `run_spec.parameters.${key} is not a positive number.` };
    limits[key] = Math.min(v, max);
  }
  // Without a cputime of its own, a run gets Jobe's default; the proxy's cap still holds.
  limits.cputime ??= Math.min(5, o.maxCputime);
  spec.parameters = limits;
  return spec;
}

/** A sliding minute of runs per client. */
function allowRun(recent, client, perMinute) {
  if (!perMinute) return true;
  const now = Date.now();
  const times = (recent.get(client) ?? []).filter((t) => now - t < 60_000);
  if (times.length >= perMinute) {
    recent.set(client, times);
    return false;
  }
  times.push(now);
  recent.set(client, times);
  // Forget clients that have been quiet, so the map does not grow without end.
  if (recent.size > 10_000) for (const [k, v] of recent) if (!v.some((t) => now - t < 60_000)) recent.delete(k);
  return true;
}

/** The body as text, or null once it passes `max` bytes (the rest is not read). */
function readBody(req, max) {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > max) {
      req.resume();
      return resolve(null);
    }
    const chunks = [];
    let size = 0;
    req.on('data', (c) => {
      size += c.length;
      if (size > max) {
        req.removeAllListeners('data');
        req.resume();
        resolve(null);
      } else chunks.push(c);
    });
    req.on('end', () => resolve(size > max ? null : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function send(res, status, body = '') {
  if (res.headersSent) return;
  res.statusCode = status;
  if (body) res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.end(body);
}

function sendJson(res, status, message) {
  send(res, status, JSON.stringify(message));
}

/** Start the proxy on a port (0: any free one); resolves with its URL and a close(). */
export function startJobeProxy(options, { port = 0, host = '127.0.0.1' } = {}) {
  const server = http.createServer(createJobeProxy(options));
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = /** @type {import('node:net').AddressInfo} */ (server.address());
      resolve({
        url: `http://${host}:${address.port}/`,
        close: () => new Promise((r) => server.close(() => r(undefined))),
      });
    });
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const env = process.env;
  const num = (v) => (v === undefined || v === '' ? undefined : Number(v));
  const { url } = await startJobeProxy(
    {
      jobeUrl: env.JOBE_URL ?? '',
      apiKey: env.JOBE_API_KEY,
      allowedOrigins: (env.ALLOWED_ORIGINS ?? '').split(',').map((s) => s.trim()).filter(Boolean),
      runsPerMinute: num(env.RUNS_PER_MINUTE),
      maxSourceChars: num(env.MAX_SOURCE_CHARS),
      maxInputChars: num(env.MAX_INPUT_CHARS),
      maxCputime: num(env.MAX_CPUTIME),
      maxMemorylimit: num(env.MAX_MEMORYLIMIT),
    },
    { port: num(env.PORT) ?? 8401, host: env.HOST ?? '127.0.0.1' },
  );
  console.log(`Jobe proxy on ${url} → ${env.JOBE_URL}`);
}
