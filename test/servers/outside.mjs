// SPDX-License-Identifier: BSD-3-Clause
/**
 * "The outside world" for the browser tests: every engine is launched with this server as its
 * HTTP(S) proxy, which browsers bypass for loopback. So whatever reaches it is a request a
 * page (or its workers) made to another host: it is recorded, then refused as a network
 * failure would be. Tests read the record (`GET /__outside`) to prove a page stayed offline,
 * the same way in Chromium, Firefox and WebKit, whatever their drivers can intercept.
 */
import http from 'node:http';

export async function startOutside() {
  /** @type {Array<{ time: number, target: string }>} */
  const seen = [];
  const server = http.createServer((req, res) => {
    // A proxied request names an absolute URL; a request to the server itself names a path.
    if ((req.url ?? '').startsWith('/')) {
      if (req.url === '/__outside') {
        res.setHeader('content-type', 'application/json');
        return res.end(JSON.stringify(seen));
      }
      res.statusCode = 404;
      return res.end();
    }
    seen.push({ time: Date.now(), target: `${req.method} ${req.url}` });
    res.statusCode = 502;
    res.end('exec-cell tests: no request may leave loopback');
  });
  server.on('connect', (req, socket) => {
    seen.push({ time: Date.now(), target: `CONNECT ${req.url}` });
    socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    /** host:port, for a browser's proxy settings */
    proxy: `127.0.0.1:${port}`,
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise((resolve) => {
      server.closeAllConnections();
      server.close(resolve);
    }),
  };
}

/**
 * The browsers' own services, which no page asks for: Chromium looks up Google accounts
 * (and autofill data) whatever its flags say. They still reach the outside server (and are refused); they are
 * only left out of what tests count as the page's requests.
 */
const BROWSER_OWN = [
  /^CONNECT accounts\.google\.com:443$/,
  /^CONNECT content-autofill\.googleapis\.com:443$/,
  /^CONNECT [\w.-]+\.services\.mozilla\.com:443$/,
  // Chromium's component updater (seen about a minute into a test file).
  /^(CONNECT update\.googleapis\.com:443|POST http:\/\/update\.googleapis\.com\/service\/update2\/)/,
];

/** What pages sent to the outside server at `url` at or after `since` (ms since the epoch). */
export async function outsideRequests(url, since = 0) {
  const r = await fetch(new URL('__outside', url));
  /** @type {Array<{ time: number, target: string }>} */
  const seen = await r.json();
  return seen.filter((s) => s.time >= since && !BROWSER_OWN.some((own) => own.test(s.target))).map((s) => s.target);
}
