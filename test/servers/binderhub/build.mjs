// SPDX-License-Identifier: BSD-3-Clause
/**
 * `GET /build/{provider}/{spec}`: BinderHub's build-and-launch event stream, as
 * binderhub:binderhub/builder.py writes it (snapshot b9fad99; the line numbers below are
 * those cited in /work/shared/binder/PROTOCOL.md):
 *
 * - Headers: `content-type: text/event-stream`, `cache-control: no-cache` (L231-235),
 *   `access-control-allow-headers: cache-control` (base.py L154-158), and
 *   `access-control-allow-origin: *` as mybinder.org configures `cors_allow_origin`
 *   (app.py L991-994; mybinder.org-deploy:mybinder/values.yaml L207).
 * - Framing: one `data: {json}\n\n` per event, never `event:`/`id:`/`retry:` (`emit`,
 *   L150-169); JSON as Python's `json.dumps` writes it (`", "`, `": "`, ASCII only).
 * - `:keepalive\n\n` every 25 s (`keep_alive`, L146-147, L178-194), started only after the
 *   provider-prefix check (L305).
 * - Every HTTP error is an HTTP 200 carrying one `failed` event with `status_code`
 *   (`send_error`, L196-214): the Accept check (L260-271), a build token (base.py L65-98),
 *   the rate limit (base.py L100-130), a failed launch (launcher.py L322-353).
 * - Phases: `waiting` (L545-550), repo2docker's own log lines forwarded verbatim, some
 *   without a phase or with phase `unknown` (build.py L679-720), `built` or, on a cache hit,
 *   `built` "Found built image, launching..." first (L453-469, L561-578), `launching`
 *   (L702-707, L730-737), `ready` with the launcher's payload (L739-753, L805-810;
 *   launcher.py L243-252, L355-357). After `ready` the stream stays open 60 s (L620-628);
 *   after a failed build it stays open with keepalives until the client leaves (L552-609).
 *
 * Faults a test can switch on are in index.mjs.
 */
import { parseSpec, resolveRef, PREFIXES } from './providers.mjs';

/** JSON as Python's json.dumps writes it: `", "` and `": "` separators, non-ASCII escaped. */
export function pyJson(value) {
  if (value === null || typeof value !== 'object') {
    return JSON.stringify(value).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  }
  if (Array.isArray(value)) return `[${value.map(pyJson).join(', ')}]`;
  return `{${Object.entries(value)
    .map(([k, v]) => `${pyJson(k)}: ${pyJson(v)}`)
    .join(', ')}}`;
}

/** The `Step n/N` lines of a small Python build, as repo2docker prints them. */
const BUILD_STEPS = [
  'FROM docker.io/library/buildpack-deps:jammy',
  'ARG DEBIAN_FRONTEND=noninteractive',
  'RUN apt-get -qq update && apt-get -qq install --yes --no-install-recommends less unzip',
  'COPY --chown=1000:1000 build_script_files/python-3.10-requirements.txt /tmp/requirements.txt',
  'RUN ${KERNEL_PYTHON_PREFIX}/bin/pip install --no-cache-dir -r "requirements.txt"',
  'CMD ["jupyter", "notebook", "--ip", "0.0.0.0"]',
];

/**
 * @param {object} state shared by every listener of one test BinderHub (index.mjs)
 * @param {object} member this member's hub, rate limiter and name
 */
export function buildHandler(state, member) {
  return async function handleBuild(req, res, rawPath, query) {
    const o = state.options;
    const ip = req.socket.remoteAddress ?? '';
    state.count('builds', rawPath, member.name);

    if (o.gatewayError && (o.gatewayError.count ?? Infinity) > 0) {
      // Not BinderHub: what stands in front of it while the hub is down or restarting (an
      // ingress, a gateway) answering 502/503 with its own HTML page. Such a page carries CORS
      // headers only if the gateway is configured to add them (most are not: the browser then
      // reports a bare network error).
      const { status, cors = false } = o.gatewayError;
      if (o.gatewayError.count !== undefined) o.gatewayError.count--;
      state.count('gatewayErrors', rawPath, member.name);
      res.writeHead(status, { 'content-type': 'text/html', ...(cors ? { 'access-control-allow-origin': '*' } : {}) });
      return res.end(`<html><head><title>${status}</title></head><body><h1>${status}</h1></body></html>\n`);
    }

    if (o.proxy429) {
      // Not BinderHub: an ingress or gateway in front of it limiting requests with a real HTTP
      // 429. Whether such a proxy adds CORS headers is its own configuration; this one does and
      // exposes Retry-After, so a page can read it.
      res.writeHead(429, {
        'content-type': 'text/html',
        'retry-after': String(o.proxy429.retryAfter ?? 120),
        'access-control-allow-origin': '*',
        'access-control-expose-headers': 'retry-after',
      });
      return res.end('<html><head><title>429 Too Many Requests</title></head><body><h1>429 Too Many Requests</h1></body></html>\n');
    }

    // set_default_headers (builder.py L231-235, base.py L154-158, app.py L991-994)
    res.setHeader('content-type', 'text/event-stream');
    res.setHeader('cache-control', 'no-cache');
    res.setHeader('access-control-allow-headers', 'cache-control');
    res.setHeader('access-control-allow-origin', '*');

    let closed = false;
    /** @type {ReturnType<typeof setInterval> | undefined} */
    let keepalive;
    const timers = new Set();
    const stop = () => {
      closed = true;
      clearInterval(keepalive);
      for (const t of timers) clearTimeout(t);
      state.streams.delete(res);
      state.silenced.delete(res);
    };
    state.streams.add(res);
    res.on('close', stop);
    const sleep = (seconds) =>
      new Promise((resolve) => {
        const t = setTimeout(() => {
          timers.delete(t);
          resolve(undefined);
        }, seconds * 1000);
        timers.add(t);
      });
    const emit = (event) => {
      if (closed) return;
      res.write(`data: ${typeof event === 'string' ? event : pyJson(event)}\n\n`);
    };
    /** send_error: one failed event with the status code, then the end (builder.py L196-214). */
    const sendError = (statusCode, message) => {
      emit({ phase: 'failed', status_code: statusCode, message: message + '\n' });
      stop();
      res.end();
    };
    /** fail(): a failed event without a status code; the handler returns, so the response ends. */
    const fail = (message) => {
      emit({ phase: 'failed', message: message + '\n' });
      stop();
      res.end();
    };

    // prepare(): the Accept header is split on ';' (L260-271).
    const accept = new Set(String(req.headers.accept ?? '').split(';').map((s) => s.trim().toLowerCase()));
    if (!accept.has('text/event-stream')) return sendError(400, 'Missing Accept header: text/event-stream');

    const [, prefix, ...rest] = rawPath.split('/').slice(1);
    let spec = rest.join('/');

    // check_build_token (base.py L65-98): only BinderHub's own page mints them; we never do.
    if (query.has('build_token')) return sendError(403, 'Invalid build token');

    // check_rate_limit (base.py L100-130): the 429 is raised before the x-ratelimit headers are set.
    const limit = o.rateLimited ? { exceeded: true, periodSeconds: o.rateLimit.periodSeconds } : member.limiter.increment(ip);
    if (limit && 'exceeded' in limit) {
      state.count('rateLimited', rawPath, member.name);
      return sendError(429, `Rate limit exceeded. Try again in ${limit.periodSeconds} seconds.`);
    }
    if (limit) {
      res.setHeader('x-ratelimit-remaining', String(limit.remaining));
      res.setHeader('x-ratelimit-reset', String(limit.reset));
      res.setHeader('x-ratelimit-limit', String(limit.limit));
    }

    if (query.get('build_only') === 'true') {
      return sendError(400, 'Building but not launching is not permitted when the API only mode was not enabled by setting `enable_api_only_mode` to True. ');
    }

    if (!PREFIXES.includes(prefix)) return fail(`No provider found for prefix ${prefix}`);

    // Headers go out now; keepalives start after the prefix check (L305).
    res.flushHeaders();
    keepalive = setInterval(() => {
      if (!closed && !state.silenced.has(res)) res.write(':keepalive\n\n');
    }, o.keepaliveSeconds * 1000);

    spec = spec.replace(/\/+$/, '');
    const key = `${prefix}:${spec}`;
    let parsed;
    try {
      parsed = parseSpec(prefix, spec);
    } catch (e) {
      return fail(e instanceof Error ? e.message : String(e));
    }
    if (o.bannedSpecs.includes(spec)) {
      emit({ phase: 'failed', message: `Sorry, ${spec} is not allowed to launch. Please contact admins for more info!` });
      stop();
      return res.end();
    }

    let sha = resolveRef(parsed, o.missingRefs);
    if (sha === null) {
      const message = [`Could not resolve ref for ${key}. Double check your URL and that your repo is public.`];
      // The GitHub master/main fallback to HEAD, with its tip and its delay (L340-383).
      if (prefix === 'gh' && ['master', 'main'].includes(parsed.ref)) {
        if (parsed.ref === 'master') message.push('GitHub has changed default branches from "master" to "main".');
        message.push("Tip: HEAD will always resolve to a repository's default branch.");
        const unresolved = parsed.ref;
        spec = parsed.withRef('HEAD');
        parsed = parseSpec(prefix, spec);
        sha = resolveRef(parsed, o.missingRefs);
        if (sha !== null) {
          emit({
            phase: 'waiting',
            message: `${message.join(' ')}\nTrying again with HEAD instead of ${unresolved}. Please update your links.\n`,
          });
          await sleep(o.tipDelaySeconds);
        }
      }
      if (sha === null) return fail(message.join(' '));
    }
    if (closed) return;

    const imageName = `r2d-exec-cell-test/${parsed.slug}:${sha}`.replaceAll('_', '-').toLowerCase();
    const launchKey = `${prefix}/${parsed.withRef(sha)}`;
    const quotaFailure = () => (o.quotaExceeded ? `Too many users running ${parsed.repoUrl}! Try again soon.` : null);

    if (member.images.has(imageName) && !o.failBuild) {
      emit({ phase: 'built', imageName, message: 'Found built image, launching...\n' });
    } else {
      if (quotaFailure()) return fail(/** @type {string} */ (quotaFailure()));
      const ok = await coldBuild({ o, emit, sleep, closed: () => closed, res, state, parsed, sha, imageName });
      if (closed) return;
      if (!ok) return; // a failed build: the stream stays open with keepalives until the client leaves
      member.images.add(imageName);
      emit({ phase: 'built', message: 'Built image, launching...\n', imageName });
    }

    // launch() (L686-810): quota again, then the launcher.
    if (quotaFailure()) return fail(/** @type {string} */ (quotaFailure()));
    emit({ phase: 'launching', message: 'Launching server...\n' });
    let server;
    try {
      server = await member.hub.launch(launchKey, parsed.repoUrl, async (message) => {
        emit({ phase: 'launching', message: message + '\n' });
      });
    } catch (e) {
      console.error('[test binderhub] launch failed:', e);
      return sendError(500, `Failed to launch image ${imageName}`);
    }
    if (closed) return;
    state.count('launches', rawPath, member.name);
    // The ready payload: phase and message first, then the launcher's data, then url
    // (builder.py L739-753, L805-810; launcher.py L243-252, L355-357).
    emit({
      phase: 'ready',
      message: `server running at ${server.url}\n`,
      image: imageName,
      repo_url: parsed.repoUrl,
      token: server.token,
      binder_ref_url: parsed.refUrl(sha),
      binder_launch_host: state.launchHost ?? `http://${req.headers.host}/`,
      binder_request: `v2/${prefix}/${spec}`,
      binder_persistent_request: `v2/${prefix}/${parsed.withRef(sha)}`,
      binder_client_ip: ip.replace(/^::ffff:/, ''),
      url: server.url,
    });
    // "Don't close the eventstream immediately" (L620-628).
    await sleep(o.readyLingerSeconds);
    stop();
    res.end();
  };
}

/** How long the build pod is 'waiting' at least, in seconds. */
const WAITING_SECONDS = 0.5;

/**
 * The build pod's events: waiting, repo2docker's log (fetching, building, pushing), spread
 * over `buildSeconds`. Returns false when the build failed (or the stream was dropped).
 */
async function coldBuild({ o, emit, sleep, closed, res, state, parsed, sha, imageName }) {
  const short = sha.slice(0, 7);
  const fail = o.failBuild;
  /** @type {Array<object | string>} */
  const events = [
    { phase: 'waiting', message: 'Waiting for build to start...\n' },
    // repo2docker's lines put "message" first; some carry no phase at all.
    { message: 'Picked Git content provider.\n' },
    { message: `Cloning into '/tmp/repo2docker${short}'...\n`, phase: 'fetching' },
    { message: `HEAD is now at ${short} Update requirements\n`, phase: 'fetching' },
    // A pod log line that was not JSON, as build.py L679-720 wraps it.
    { phase: 'unknown', message: 'Pulling image docker.io/library/buildpack-deps:jammy' },
    { message: 'Using PythonBuildPack builder\n', phase: 'building' },
  ];
  const steps = fail ? BUILD_STEPS.length - 1 : BUILD_STEPS.length;
  for (let i = 0; i < steps; i++) {
    events.push({ message: `Step ${i + 1}/${BUILD_STEPS.length} : ${BUILD_STEPS[i]}`, phase: 'building' });
    events.push({ message: '\n', phase: 'building' });
    if (i === 2) events.push({ message: 'Reading package lists... 50%\r', phase: 'building' });
    if (i === 4) events.push({ message: 'Collecting numpy\n', phase: 'building' });
    if (!fail && i < steps - 1) events.push({ message: ' ---> Using cache\n', phase: 'building' });
  }
  if (fail) {
    events.push({ message: 'ERROR: Could not find a version that satisfies the requirement nosuchpkg==9.9\n', phase: 'building' });
    events.push({ message: 'ERROR: No matching distribution found for nosuchpkg==9.9\n', phase: 'building' });
    events.push({
      message: "The command '/bin/sh -c ${KERNEL_PYTHON_PREFIX}/bin/pip install --no-cache-dir -r \"requirements.txt\"' returned a non-zero code: 1",
      phase: 'failure',
    });
    events.push({ phase: 'failed' });
  } else {
    events.push({
      message: 'Pushing image\n',
      phase: 'pushing',
      progress: { '8a1e25ce7c4f': { current: 1048576, total: 4194304 } },
      layers: { '8a1e25ce7c4f': { current: 1048576, total: 4194304 } },
    });
    events.push({ message: `Successfully pushed ${imageName}`, phase: 'pushing' });
  }
  const dropAt = events.findIndex((e) => typeof e === 'object' && 'phase' in e && e.phase === 'building') + 3;
  const gap = o.buildSeconds / events.length;
  for (let i = 0; i < events.length; i++) {
    if (closed()) return false;
    if (o.dropStream && i === dropAt) {
      const mode = o.dropStream;
      // A fault for one build only: the reader's Retry must then succeed.
      o.dropStream = null;
      state.count('dropped', '', '');
      if (mode === 'close') {
        // The connection breaks mid-build (no end of the chunked response).
        res.socket?.destroy();
        return false;
      }
      // 'silent': the connection stays open and nothing more arrives, not even keepalives.
      state.silenced.add(res);
      return false;
    }
    emit(events[i]);
    // A real build pod takes seconds to be scheduled: 'waiting' is on screen that long, not
    // one gap (a loaded browser read it in the same chunk as 'fetching' and never drew it).
    await sleep(i === 0 ? Math.max(gap, WAITING_SECONDS) : gap);
  }
  return !fail;
}
