// SPDX-License-Identifier: BSD-3-Clause
/**
 * A site with a sign-in, for the hub tests and the hub bench: it serves the project folder
 * (dist/), pages the test gives it, `/signin?user=NAME` (a cookie session, nothing more: the
 * site's own login is not what is tested) and `/hub-token`, the reference endpoint of
 * server/hub-token-endpoint.mjs with the hub service token, which never leaves this process.
 * Every response body it sends is kept, so a test can search them all for the service token.
 */
import http from 'node:http';
import { randomBytes } from 'node:crypto';
import sirv from 'sirv';
import { createHubTokenEndpoint } from '../../server/hub-token-endpoint.mjs';

/**
 * @param {{ root: string, hubUrl: string, serviceToken: string, lifetime?: number, inject?: string }} o
 */
export async function startHubSite({ root, hubUrl, serviceToken, lifetime = 3600, inject = '' }) {
  const files = sirv(root, { dev: true, dotfiles: false });
  const sessions = new Map(); // cookie value -> user name
  const pages = new Map(); // path -> html
  /** Every body this site sent to a browser (pages, files under 1 MB of text, endpoint answers). */
  const sent = [];
  let tokenCalls = 0;
  const settings = { lifetime };
  let endpoint;
  const makeEndpoint = () =>
    (endpoint = createHubTokenEndpoint({
      hubUrl,
      serviceToken,
      lifetime: settings.lifetime,
      perMinute: 1000,
      userName: (req) => sessions.get(/(?:^|;\s*)site=([^;]+)/.exec(req.headers.cookie ?? '')?.[1]) ?? null,
    }));
  makeEndpoint();

  const server = http.createServer((req, res) => {
    // Keep what the browser receives (text only; dist's wasm and big files are ours, not secrets).
    const write = res.write.bind(res);
    const end = res.end.bind(res);
    const keep = (chunk) => {
      if (chunk && (typeof chunk === 'string' || chunk.length < 1_000_000)) sent.push(String(chunk));
    };
    res.write = (chunk, ...rest) => (keep(chunk), write(chunk, ...rest));
    res.end = (chunk, ...rest) => (typeof chunk !== 'function' && keep(chunk), end(chunk, ...rest));

    const url = new URL(req.url ?? '/', 'http://x');
    if (url.pathname === '/signin') {
      const id = randomBytes(16).toString('hex');
      sessions.set(id, url.searchParams.get('user'));
      res.writeHead(200, { 'Set-Cookie': `site=${id}; Path=/; HttpOnly; SameSite=Lax`, 'Content-Type': 'text/plain' });
      return res.end(`signed in as ${url.searchParams.get('user')}`);
    }
    if (url.pathname === '/signout') {
      const id = /(?:^|;\s*)site=([^;]+)/.exec(req.headers.cookie ?? '')?.[1];
      if (id) sessions.delete(id);
      res.writeHead(200, { 'Set-Cookie': 'site=; Path=/; Max-Age=0', 'Content-Type': 'text/plain' });
      return res.end('signed out');
    }
    if (url.pathname === '/hub-token') {
      tokenCalls++;
      return void endpoint(req, res);
    }
    const page = pages.get(url.pathname);
    if (page !== undefined) {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
      return res.end(page);
    }
    files(req, res, () => {
      res.statusCode = 404;
      res.end('not found');
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  const url = `http://127.0.0.1:${port}/`;
  let pageCount = 0;
  return {
    url,
    sent,
    tokenCalls: () => tokenCalls,
    /** Serve `body` on a page of its own with the exec-cell script tag; returns its URL. */
    page(body, scriptAttributes = 'data-token-url="/hub-token"') {
      const path = `/page-${++pageCount}.html`;
      pages.set(
        path,
        `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>hub test</title>${inject}</head>` +
          `<body>${body}<script src="/dist/exec-cell.js" ${scriptAttributes}></script></body></html>`,
      );
      return new URL(path, url).href;
    },
    /** Tokens minted from now on live this many seconds. */
    setLifetime(seconds) {
      settings.lifetime = seconds;
      makeEndpoint();
    },
    close: () => new Promise((resolve) => server.close(() => resolve(undefined))),
  };
}
