// SPDX-License-Identifier: BSD-3-Clause
/**
 * A static file server for the demo and the browser tests: the project folder on a free
 * loopback port. Options add response headers to pages (cross-origin isolation, a CSP) so
 * tests can serve the same files under different policies, and `routes` add dynamic pages.
 */
import http from 'node:http';
import sirv from 'sirv';

/**
 * @param {object} o
 * @param {string} o.root folder to serve
 * @param {number} [o.port] 0 (default) for a free port
 * @param {Record<string, (req: http.IncomingMessage, res: http.ServerResponse) => void>} [o.routes] exact paths handled by code
 * @param {(req: http.IncomingMessage) => Record<string, string>} [o.headers] extra headers per request
 */
export async function startStaticServer({ root, port = 0, routes = {}, headers = () => ({}) }) {
  const files = sirv(root, { dev: true, dotfiles: false, extensions: ['html'] });
  const server = http.createServer((req, res) => {
    for (const [name, value] of Object.entries(headers(req))) res.setHeader(name, value);
    const path = new URL(req.url ?? '/', 'http://x').pathname;
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
