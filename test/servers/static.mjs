// SPDX-License-Identifier: BSD-3-Clause
/**
 * A static file server for the demo and the browser tests: the project folder on a free
 * loopback port. Options add response headers to pages (cross-origin isolation, a CSP) so
 * tests can serve the same files under different policies, and `routes` add dynamic pages.
 *
 * With `pages: true`, a test process can `PUT /__pages/<path>` an HTML page (JSON body
 * `{ html, headers }`) that is then served at `/<path>`: pages come from a real loopback
 * server, as Chromium's Local Network Access checks require of a page that talks to a
 * loopback Jupyter server (a page answered by request interception counts as public).
 */
import http from 'node:http';
import sirv from 'sirv';

/**
 * @param {object} o
 * @param {string} o.root folder to serve
 * @param {number} [o.port] 0 (default) for a free port
 * @param {Record<string, (req: http.IncomingMessage, res: http.ServerResponse) => void>} [o.routes] exact paths handled by code
 * @param {(req: http.IncomingMessage) => Record<string, string>} [o.headers] extra headers per request
 * @param {boolean} [o.pages] accept pages PUT by tests
 */
export async function startStaticServer({ root, port = 0, routes = {}, headers = () => ({}), pages = false }) {
  const files = sirv(root, { dev: true, dotfiles: false, extensions: ['html'] });
  /** @type {Map<string, { html: string, headers?: Record<string, string> }>} */
  const stored = new Map();
  const server = http.createServer((req, res) => {
    for (const [name, value] of Object.entries(headers(req))) res.setHeader(name, value);
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (pages && req.method === 'PUT' && path.startsWith('/__pages/')) {
      let body = '';
      req.on('data', (d) => (body += d));
      req.on('end', () => {
        stored.set(path.slice('/__pages'.length), JSON.parse(body));
        res.end('ok');
      });
      return;
    }
    const page = stored.get(path);
    if (page) {
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.setHeader('cache-control', 'no-store');
      for (const [name, value] of Object.entries(page.headers ?? {})) res.setHeader(name, value);
      return res.end(page.html);
    }
    const route = routes[path];
    if (route) return route(req, res);
    files(req, res, () => {
      res.statusCode = 404;
      res.end('not found');
    });
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    url: `http://127.0.0.1:${address.port}/`,
    port: address.port,
    close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(resolve); }),
  };
}
