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
 *
 * It can also hold requests back, the same way in every browser engine (request interception
 * is not one of WebDriver's): `PUT /__holds/<name>` (JSON body `{ pattern }`, a RegExp source)
 * makes `/__held/<name>/<path>` serve `/<path>`, but a path matching the pattern only once
 * `DELETE /__holds/<name>` releases it. A page whose script tag is under such a prefix loads
 * all of exec-cell's chunks through it.
 */
import http from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { join, normalize } from 'node:path';
import sirv from 'sirv';

/** `html` with `snippet` as the first thing in its head (or its first thing at all). */
export function injectFirst(html, snippet) {
  if (!snippet) return html;
  const head = /<head(\s[^>]*)?>/i.exec(html);
  if (head) return html.slice(0, head.index + head[0].length) + snippet + html.slice(head.index + head[0].length);
  const doctype = /^\s*<!doctype[^>]*>/i.exec(html);
  return doctype ? doctype[0] + snippet + html.slice(doctype[0].length) : snippet + html;
}

/**
 * @param {object} o
 * @param {string} o.root folder to serve
 * @param {number} [o.port] 0 (default) for a free port
 * @param {Record<string, (req: http.IncomingMessage, res: http.ServerResponse) => void>} [o.routes] exact paths handled by code
 * @param {(req: http.IncomingMessage) => Record<string, string>} [o.headers] extra headers per request
 * @param {boolean} [o.pages] accept pages PUT by tests
 * @param {string} [o.inject] markup put first in every HTML page served (the tests' recorder)
 */
export async function startStaticServer({ root, port = 0, routes = {}, headers = () => ({}), pages = false, inject = '' }) {
  const files = sirv(root, { dev: true, dotfiles: false, extensions: ['html'] });
  /** @type {Map<string, { html: string, headers?: Record<string, string> }>} */
  const stored = new Map();
  /** @type {Map<string, { pattern: RegExp, released: Promise<void>, release: () => void }>} */
  const holds = new Map();
  const server = http.createServer(async (req, res) => {
    for (const [name, value] of Object.entries(headers(req))) res.setHeader(name, value);
    let path = new URL(req.url ?? '/', 'http://x').pathname;
    if (pages && path.startsWith('/__holds/')) {
      const name = path.slice('/__holds/'.length);
      if (req.method === 'DELETE') {
        holds.get(name)?.release();
        return res.end('released');
      }
      let body = '';
      req.on('data', (d) => (body += d));
      req.on('end', () => {
        let release = () => {};
        const released = new Promise((r) => (release = r));
        holds.set(name, { pattern: new RegExp(JSON.parse(body).pattern), released, release });
        res.end('held');
      });
      return;
    }
    const held = /^\/__held\/([^/]+)(\/.*)$/.exec(path);
    if (pages && held) {
      const hold = holds.get(held[1]);
      path = held[2];
      req.url = path + (req.url?.includes('?') ? req.url.slice(req.url.indexOf('?')) : '');
      if (hold?.pattern.test(path)) await hold.released;
    }
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
      return res.end(injectFirst(page.html, inject));
    }
    const route = routes[path];
    if (route) return route(req, res);
    if (inject) {
      const file = await htmlFile(root, path);
      if (file) {
        res.setHeader('content-type', 'text/html; charset=utf-8');
        res.setHeader('cache-control', 'no-store');
        return res.end(injectFirst(await readFile(file, 'utf8'), inject));
      }
    }
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

/** The HTML file a path names under root (`/demo/` → demo/index.html), or null. */
async function htmlFile(root, path) {
  const rel = normalize(decodeURIComponent(path)).replace(/^(\.\.(\/|$))+/, '');
  for (const candidate of [rel, join(rel, 'index.html'), `${rel}.html`]) {
    if (!/\.html$/.test(candidate)) continue;
    const file = join(root, candidate);
    if (!file.startsWith(root)) return null;
    try {
      if ((await stat(file)).isFile()) return file;
    } catch {
      // not this one
    }
  }
  return null;
}
