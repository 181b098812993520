// SPDX-License-Identifier: BSD-3-Clause
/**
 * `npm run demo`: serves demo/ and dist/ on loopback and starts what the demo's cells run
 * on: a local Jupyter server (Debian's jupyter-server with ipykernel). Its URL and token go
 * into the page's `data-exec-cell-config` block.
 *
 * Options (environment): DEMO_PORT (default 8000; 0 for any free port).
 */
import { readFileSync } from 'node:fs';
import { startStaticServer } from '../test/servers/static.mjs';
import { startJupyter } from '../test/servers/jupyter.mjs';

const root = new URL('..', import.meta.url).pathname;

export async function startDemo({ port = Number(process.env.DEMO_PORT ?? 8000) } = {}) {
  const jupyter = await startJupyter();
  const config = JSON.stringify({ server: jupyter.url, token: jupyter.token });
  /** Demo pages, with the live config put where the page asks for it. */
  const page = (file) => (req, res) => {
    const html = readFileSync(new URL(file, import.meta.url), 'utf8').replace(
      '<!-- exec-cell-config -->',
      `<script type="application/json" data-exec-cell-config>${config}</script>`,
    );
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.end(html);
  };
  const web = await startStaticServer({
    root,
    port,
    routes: {
      '/': (req, res) => { res.statusCode = 302; res.setHeader('location', '/demo/'); res.end(); },
      '/demo/': page('./index.html'),
      '/demo/index.html': page('./index.html'),
    },
  });
  return {
    url: `${web.url}demo/`,
    jupyter,
    stop: async () => { await web.close(); await jupyter.stop(); },
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const demo = await startDemo();
  console.log(`exec-cell demo: ${demo.url}`);
  console.log(`(Jupyter server ${demo.jupyter.url}, stopped with the demo: Ctrl-C)`);
  const stop = async () => { await demo.stop(); process.exit(0); };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
