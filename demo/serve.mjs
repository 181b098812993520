// SPDX-License-Identifier: BSD-3-Clause
/**
 * `npm run demo`: serves demo/ and dist/ on loopback.
 *
 * - demo/index.html runs Python in the browser (Pyodide, from dist/pyodide/): it needs no
 *   server and no network.
 * - demo/jupyter.html runs on a local Jupyter server (Debian's jupyter-server with ipykernel),
 *   started the first time that page is asked for; its URL and token go into the page's
 *   `data-exec-cell-config` block. Without jupyter-server installed, the page says so.
 * - demo/binder.html runs on exec-cell's test BinderHub (test/servers/binderhub/: BinderHub's
 *   protocol, launching real Jupyter servers), started the first time that page is asked for.
 *
 * - demo/sagecell.html runs SageMath on a local SageCell server (test/servers/sagecell/, the
 *   upstream server) when Debian's sagemath is installed (`sh test/servers/sagecell/start.sh`
 *   installs it once, about 1.5 GB), started the first time the page is asked for (about
 *   30 s), or at once by `npm run demo`; `?server=public` runs the page on
 *   sagecell.sagemath.org instead. Without sagemath, the page runs there and says so.
 *
 * Options (environment): DEMO_PORT (default 8000; 0 for any free port).
 */
import { readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { startStaticServer } from '../test/servers/static.mjs';
import { startJupyter } from '../test/servers/jupyter.mjs';
import { startBinderHub } from '../test/servers/binderhub/index.mjs';
import { sageCellInstalled, startSageCell } from '../test/servers/sagecell/instances.mjs';

const root = new URL('..', import.meta.url).pathname;

function hasJupyterServer() {
  return spawnSync('sh', ['-c', 'command -v jupyter-server'], { stdio: 'ignore' }).status === 0;
}

const escapeHtml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * @param {object} [o]
 * @param {number} [o.port]
 * @param {(line: string) => void} [o.log]
 * @param {string} [o.sagecellUrl] a SageCell server for the SageCell demo (else a local one is started)
 * @param {boolean} [o.startSageCell] start the local SageCell server now rather than on the page's first visit
 */
export async function startDemo({
  port = Number(process.env.DEMO_PORT ?? 8000),
  log = (/** @type {string} */ _line) => {},
  sagecellUrl = /** @type {string | undefined} */ (undefined),
  startSageCell: sageCellNow = false,
} = {}) {
  /** @type {Promise<Awaited<ReturnType<typeof startJupyter>> | null> | null} */
  let jupyter = null;
  const startJupyterOnce = () => {
    jupyter ??= hasJupyterServer()
      ? // Without Nagle on its WebSockets: a widget drag answers in about 18 ms instead of 50
        // (README, Performance; server/jupyter-nodelay.py).
        startJupyter({ args: [`--config=${new URL('../server/jupyter-nodelay.py', import.meta.url).pathname}`] }).then((j) => {
          log(`(Jupyter server for the Jupyter demo: ${j.url})`);
          return j;
        })
      : Promise.resolve(null);
    return jupyter;
  };

  /** The Jupyter demo, with the live config put where the page asks for it (or why there is none). */
  const jupyterPage = async (req, res) => {
    let block;
    try {
      const j = await startJupyterOnce();
      block = j
        ? `<script type="application/json" data-exec-cell-config>${JSON.stringify({ server: j.url, token: j.token })}</script>`
        : '<p role="alert"><strong>jupyter-server is not installed</strong>, so these cells have no server to run on: ' +
          '<code>apt-get install jupyter-server python3-ipykernel</code>, then restart <code>npm run demo</code>.</p>';
    } catch (e) {
      jupyter = null;
      block = `<p role="alert"><strong>The Jupyter server did not start:</strong> ${escapeHtml(e instanceof Error ? e.message : String(e))}</p>`;
    }
    const html = readFileSync(new URL('./jupyter.html', import.meta.url), 'utf8').replace('<!-- exec-cell-config -->', block);
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.end(html);
  };

  /** @type {Promise<{ url: string, stop?: () => Promise<void> } | null> | null} */
  let sagecell = sagecellUrl ? Promise.resolve({ url: sagecellUrl }) : null;
  const startSageCellOnce = () => {
    sagecell ??= sageCellInstalled()
      ? startSageCell({ tos: false }).then((s) => {
          log(`(SageCell server for the SageCell demo: ${s.url})`);
          return s;
        })
      : Promise.resolve(null);
    return sagecell;
  };
  if (sageCellNow) startSageCellOnce().catch(() => {});

  /** The SageCell demo: the local server, or sagecell.sagemath.org with `?server=public`. */
  const sagecellPage = async (req, res) => {
    const publicServer = new URL(req.url ?? '/', 'http://x').searchParams.get('server') === 'public';
    let server = 'https://sagecell.sagemath.org/';
    let note;
    if (publicServer) {
      note = `<p><strong>These cells run on ${server}</strong> (the public server).</p>`;
    } else {
      const local = await startSageCellOnce().catch((e) => e);
      if (local && !(local instanceof Error)) {
        server = local.url;
        note = `<p><strong>These cells run on the local SageCell server at ${escapeHtml(server)}.</strong></p>`;
      } else {
        note =
          '<p role="alert"><strong>No local SageCell server</strong>' +
          (local instanceof Error ? ` (it did not start: ${escapeHtml(local.message)})` : ' (sagemath is not installed: <code>sh test/servers/sagecell/start.sh</code> installs it, then restart <code>npm run demo</code>)') +
          `, so these cells run on the public ${server}.</p>`;
      }
    }
    const html = readFileSync(new URL('./sagecell.html', import.meta.url), 'utf8')
      .replace('<!-- exec-cell-config -->', `<script type="application/json" data-exec-cell-config>${JSON.stringify({ sagecellUrl: server })}</script>`)
      .replace('<!-- sagecell-server -->', note);
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.end(html);
  };

  /** @type {Promise<Awaited<ReturnType<typeof startBinderHub>>> | null} */
  let binderhub = null;
  /** The Binder demo on the test BinderHub (builds of 4 s, so the phases can be watched). */
  const binderPage = async (req, res) => {
    let block;
    if (!hasJupyterServer()) {
      block = '<p role="alert"><strong>jupyter-server is not installed</strong>, so the test BinderHub has nothing to launch: ' +
        '<code>apt-get install jupyter-server python3-ipykernel</code>, then restart <code>npm run demo</code>.</p>';
    } else {
      binderhub ??= startBinderHub({ buildSeconds: 4 }).then((h) => {
        log(`(test BinderHub for the Binder demo: ${h.url})`);
        return h;
      });
      try {
        const h = await binderhub;
        block = `<script type="application/json" data-exec-cell-config>${JSON.stringify({ 'binder-url': h.url })}</script>`;
      } catch (e) {
        binderhub = null;
        block = `<p role="alert"><strong>The test BinderHub did not start:</strong> ${escapeHtml(e instanceof Error ? e.message : String(e))}</p>`;
      }
    }
    const html = readFileSync(new URL('./binder.html', import.meta.url), 'utf8').replace('<!-- exec-cell-config -->', block);
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.end(html);
  };

  const web = await startStaticServer({
    root,
    port,
    routes: {
      '/': (req, res) => {
        res.statusCode = 302;
        res.setHeader('location', '/demo/');
        res.end();
      },
      '/demo/jupyter.html': jupyterPage,
      '/demo/jupyter': jupyterPage,
      '/demo/binder.html': binderPage,
      '/demo/binder': binderPage,
      '/demo/sagecell.html': sagecellPage,
      '/demo/sagecell': sagecellPage,
    },
  });
  return {
    url: `${web.url}demo/`,
    jupyterUrl: `${web.url}demo/jupyter.html`,
    binderUrl: `${web.url}demo/binder.html`,
    stop: async () => {
      await web.close();
      const j = await jupyter?.catch(() => null);
      await j?.stop();
      const b = await binderhub?.catch(() => null);
      await b?.close();
      await (await sagecell?.catch(() => null))?.stop?.();
    },
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const demo = await startDemo({ log: (line) => console.log(line), startSageCell: true });
  console.log(`exec-cell demo: ${demo.url} (Python in the browser: no server needed)`);
  console.log(`Jupyter demo:   ${demo.jupyterUrl} (starts a local Jupyter server on first visit)`);
  console.log(`Binder demo:    ${demo.binderUrl} (starts the test BinderHub on first visit)`);
  console.log(`SageCell demo:  ${demo.url}sagecell.html (a local SageCell server when sagemath is installed; ?server=public for sagecell.sagemath.org)`);
  console.log('Ctrl-C stops the demo.');
  const stop = async () => {
    await demo.stop();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
