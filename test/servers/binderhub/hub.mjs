// SPDX-License-Identifier: BSD-3-Clause
/**
 * The JupyterHub side of a BinderHub member: real Jupyter servers (Debian's `jupyter-server`
 * with ipykernel), one per spec and reused while alive, each behind `/user/{name}/` on the
 * hub's own origin, the way mybinder.org serves them from `https://hub.<member>.mybinder.org/`.
 *
 * A launched server is started as BinderHub's spawner starts it: its own token (22
 * characters of URL-safe base64 from a uuid4, binderhub:binderhub/launcher.py L243-252),
 * `base_url=/user/{name}/`, `allow_origin=*` (binderhub:binderhub/binderspawner_mixin.py
 * L67-92; mybinder.org-deploy:mybinder/values.yaml L111-118). The name comes from
 * `unique_name_from_repo` (launcher.py L143-168).
 *
 * Culling: with `cullIdleSeconds`, a server whose own `last_activity` (from `api/status`,
 * which does not count as activity itself) is older than that is shut down, as mybinder.org's
 * `shutdown_no_activity_timeout` does (values.yaml L111-132). After that every `/user/...`
 * request gets what mybinder.org's "proxy-patches" nginx answers: 424 with an HTML page and
 * no CORS headers (mybinder.org-deploy:mybinder/templates/proxy-patches/configmap.yaml), and
 * websockets are refused.
 */
import { widgetKernelEnv } from '../widget-kernel.mjs';
import http from 'node:http';
import net from 'node:net';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes, randomUUID } from 'node:crypto';
import { freePort } from '../ports.mjs';

const SUFFIX_CHARS = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** launcher.py L143-168: `owner-repo-` plus 8 random characters. */
export function uniqueNameFromRepo(repoUrl) {
  let path;
  const ssh = /^[\w\-]+@[\w\-.]+:(.+)$/.exec(repoUrl);
  if (!repoUrl.includes('://') && ssh) path = ssh[1];
  else path = new URL(repoUrl).pathname;
  let prefix = path.replace(/^\/+|\/+$/g, '').replaceAll('/', '-').toLowerCase();
  if (prefix.endsWith('.git')) prefix = prefix.slice(0, -4);
  if (prefix.length > 32) prefix = `${prefix.slice(0, 15)}-${prefix.slice(-15)}`;
  const suffix = [...randomBytes(8)].map((b) => SUFFIX_CHARS[b % SUFFIX_CHARS.length]).join('');
  return `${prefix}-${suffix}`;
}

/** launcher.py L247-249: base64.urlsafe_b64encode(uuid4().bytes).rstrip('=') */
function launchToken() {
  return Buffer.from(randomUUID().replaceAll('-', ''), 'hex').toString('base64url');
}

/** What mybinder.org's proxy-patches service sends for a `/user/...` path whose server is gone. */
const NOT_FOUND_PAGE = `<!doctype html><html><head><title>Binder not found</title></head>
<body><h1>Binder not found</h1><p>This Binder session has ended (it was idle for too long, or it reached its
maximum age). Launch it again from its repository's Binder link.</p></body></html>\n`;

function culledResponse(res) {
  // No access-control-* headers on purpose: a page's fetch() sees a network error.
  res.writeHead(424, { 'content-type': 'text/html; charset=utf-8', 'content-length': Buffer.byteLength(NOT_FOUND_PAGE) });
  res.end(NOT_FOUND_PAGE);
}

/**
 * @param {object} o
 * @param {() => number | undefined} o.cullIdleSeconds read on every check, so a test can change it
 * @param {(event: string, detail?: object) => void} [o.onEvent] counters and logs
 * @param {string[]} [o.jupyterArgs] more options for each server (a repository's own Jupyter config)
 */
export async function startHub({ cullIdleSeconds, onEvent = () => {}, jupyterArgs = [] }) {
  /** @type {Map<string, Server>} the live server of each spec */
  const bySpec = new Map();
  /** @type {Map<string, Server>} every server ever launched, by user name (culled ones answer 424) */
  const byName = new Map();
  /** @type {Map<string, Promise<Server>>} servers being started, so two launches at once share one */
  const starting = new Map();

  const proxy = http.createServer((req, res) => {
    const server = serverFor(req.url ?? '/');
    if (!server) {
      if ((req.url ?? '').startsWith('/user/')) return culledResponse(res);
      res.writeHead(404, { 'content-type': 'text/plain' });
      return res.end('404: not found\n');
    }
    const upstream = http.request(
      // A fresh connection each time: a kept-alive one the Jupyter server has closed meanwhile
      // would fail the request, and the page would take a live server for a culled one.
      { host: '127.0.0.1', port: server.port, method: req.method, path: req.url, headers: req.headers, agent: false },
      (up) => {
        res.writeHead(up.statusCode ?? 502, up.statusMessage, up.rawHeaders);
        up.pipe(res);
      },
    );
    upstream.on('error', (e) => {
      if (res.headersSent) return res.destroy();
      if (server.state !== 'running') return culledResponse(res);
      // Between the process dying and the route going away, JupyterHub's proxy answers 503.
      onEvent('proxy-error', { name: server.name, error: String(e) });
      res.writeHead(503, { 'content-type': 'text/plain' });
      res.end(`503: ${e}\n`);
    });
    req.pipe(upstream);
  });

  proxy.on('upgrade', (req, socket, head) => {
    socket.on('error', () => {});
    const server = serverFor(req.url ?? '/');
    if (!server) {
      socket.end('HTTP/1.1 424 Failed Dependency\r\ncontent-type: text/html\r\nconnection: close\r\n\r\n');
      return;
    }
    const upstream = net.connect(server.port, '127.0.0.1', () => {
      let headLines = `${req.method} ${req.url} HTTP/${req.httpVersion}\r\n`;
      for (let i = 0; i < req.rawHeaders.length; i += 2) headLines += `${req.rawHeaders[i]}: ${req.rawHeaders[i + 1]}\r\n`;
      upstream.write(headLines + '\r\n');
      if (head.length) upstream.write(head);
      socket.pipe(upstream);
      upstream.pipe(socket);
    });
    upstream.on('error', () => socket.destroy());
    upstream.on('close', () => socket.destroy());
    socket.on('close', () => upstream.destroy());
    server.sockets.add(socket);
    socket.on('close', () => server.sockets.delete(socket));
  });

  function serverFor(url) {
    const m = /^\/user\/([^/?#]+)\//.exec(url);
    const server = m ? byName.get(m[1]) : undefined;
    return server && server.state === 'running' ? server : undefined;
  }

  await new Promise((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${/** @type {net.AddressInfo} */ (proxy.address()).port}/`;

  // The idle culler: each server's own notion of activity, read from api/status.
  const cullTimer = setInterval(async () => {
    const idle = cullIdleSeconds();
    if (!idle) return;
    for (const server of bySpec.values()) {
      if (server.state !== 'running' || server.checking) continue;
      server.checking = true;
      try {
        const r = await fetch(`${server.direct}api/status?token=${server.token}`);
        const { last_activity } = /** @type {{ last_activity: string }} */ (await r.json());
        if (Date.now() - Date.parse(last_activity) > idle * 1000) await cull(server, 'idle');
      } catch {
        // the process is going away already
      } finally {
        server.checking = false;
      }
    }
  }, 200);

  /**
   * A server for this spec: the live one, or a new real Jupyter server.
   * @param {string} key provider/spec with the resolved ref
   * @param {string} repoUrl
   * @param {(message: string) => Promise<void>} progress JupyterHub's spawn-progress messages
   */
  async function launch(key, repoUrl, progress) {
    const live = bySpec.get(key);
    if (live && live.state === 'running' && live.child.exitCode === null) {
      await progress('Server requested');
      await progress(`Server ready at /user/${live.name}/`);
      return { name: live.name, token: live.token, url: `${url}user/${live.name}/` };
    }
    await progress('Server requested');
    let pending = starting.get(key);
    if (!pending) {
      pending = startJupyterServer(uniqueNameFromRepo(repoUrl), launchToken(), repoUrl, jupyterArgs).then((server) => {
        onEvent('jupyter-start', { name: server.name });
        bySpec.set(key, server);
        byName.set(server.name, server);
        server.child.once('exit', () => {
          if (server.state === 'running') void cull(server, 'exited');
        });
        return server;
      });
      starting.set(key, pending);
      void pending.finally(() => starting.delete(key)).catch(() => {});
    }
    const { name } = await pending;
    const server = /** @type {Server} */ (byName.get(name));
    await progress(`${new Date().toISOString().replace(/\.\d+Z$/, 'Z')} [Normal] Started container notebook`);
    await progress(`Server ready at /user/${name}/`);
    return { name, token: server.token, url: `${url}user/${name}/` };
  }

  async function cull(server, why) {
    if (server.state !== 'running') return;
    server.state = 'culled';
    onEvent('cull', { name: server.name, why });
    for (const s of server.sockets) s.destroy();
    await server.stop();
  }

  return {
    url,
    launch,
    /** Shut every live server down now (a kill switch for tests). */
    cullAll: () => Promise.all([...bySpec.values()].map((s) => cull(s, 'kill switch'))),
    /** The servers now running: name, token, URL. */
    running: () =>
      [...bySpec.values()].filter((s) => s.state === 'running').map((s) => ({ name: s.name, token: s.token, url: `${url}user/${s.name}/` })),
    close: async () => {
      clearInterval(cullTimer);
      await Promise.all([...bySpec.values()].map((s) => cull(s, 'hub stopped')));
      proxy.closeAllConnections();
      await new Promise((resolve) => proxy.close(resolve));
    },
  };
}

/**
 * @typedef {object} Server
 * @property {string} name
 * @property {string} token
 * @property {number} port
 * @property {string} direct the server's own URL, for the culler (not through the proxy)
 * @property {import('node:child_process').ChildProcess} child
 * @property {'running' | 'culled'} state
 * @property {Set<import('node:net').Socket>} sockets websockets through the proxy
 * @property {boolean} [checking]
 * @property {() => Promise<void>} stop
 */

/** @returns {Promise<Server>} */
async function startJupyterServer(name, token, repoUrl, args) {
  const port = await freePort();
  const root = mkdtempSync(join(tmpdir(), 'exec-cell-binder-'));
  writeFileSync(join(root, 'README.md'), `Launched by exec-cell's test BinderHub for ${repoUrl}\n`);
  const base = `/user/${name}/`;
  const child = spawn(
    'jupyter-server',
    [
      '--no-browser',
      '--allow-root',
      '--ServerApp.ip=127.0.0.1',
      `--ServerApp.port=${port}`,
      '--ServerApp.port_retries=0',
      `--ServerApp.token=${token}`,
      `--ServerApp.base_url=${base}`,
      `--ServerApp.root_dir=${root}`,
      // As BinderHub's spawner sets them (binderspawner_mixin.py L67-92).
      '--ServerApp.allow_origin=*',
      '--ServerApp.allow_origin_pat=.*',
      ...args,
    ],
    {
      env: {
        ...process.env,
        // The widget kernel (ipywidgets 8), as a repository's environment would carry it.
        ...widgetKernelEnv(),
        JUPYTER_RUNTIME_DIR: join(root, '.runtime'),
        JUPYTER_CONFIG_DIR: join(root, '.config'),
        JUPYTER_DATA_DIR: join(root, '.data'),
        PYTHONUNBUFFERED: '1',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
      // Kernels start in the server's folder, as on Binder (the repository's checkout).
      cwd: root,
    },
  );
  let log = '';
  child.stdout.on('data', (d) => (log += d));
  child.stderr.on('data', (d) => (log += d));
  const direct = `http://127.0.0.1:${port}${base}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`jupyter-server exited (${child.exitCode}):\n${log}`);
    try {
      const r = await fetch(`${direct}api/status?token=${token}`);
      if (r.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`jupyter-server did not start within 60 s:\n${log}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    name,
    token,
    port,
    direct,
    child,
    state: 'running',
    sockets: new Set(),
    stop: async () => {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        await new Promise((resolve) => {
          const t = setTimeout(() => {
            child.kill('SIGKILL');
            resolve(undefined);
          }, 5000);
          child.once('exit', () => {
            clearTimeout(t);
            resolve(undefined);
          });
        });
      }
      rmSync(root, { recursive: true, force: true });
    },
  };
}
