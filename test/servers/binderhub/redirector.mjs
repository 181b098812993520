// SPDX-License-Identifier: BSD-3-Clause
/**
 * mybinder.org's federation redirector: `/build/*` answers 307 to a member picked at random,
 * with `Access-Control-Allow-Origin: *`, `Access-control-allow-headers: cache-control` and a
 * `host` cookie for the build path, valid 4 h (mybinder.org-deploy:
 * images/federation-redirect/app.py L217-281, L23-35). It has no OPTIONS handler for
 * `/build/*` (tornado answers 405), and a preflight could not follow the redirect anyway.
 */
import http from 'node:http';

/**
 * @param {object} o
 * @param {number} o.port
 * @param {string[]} o.members member URLs (with a trailing slash)
 * @param {(req: http.IncomingMessage, res: http.ServerResponse, path: string) => boolean} o.control the test endpoints
 * @param {(to: string) => void} o.onRedirect
 */
export async function startRedirector({ port, members, control, onRedirect }) {
  const server = http.createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (control(req, res, path)) return;
    if (!path.startsWith('/build/')) {
      res.writeHead(404, { 'content-type': 'text/html' });
      return res.end('<html><body><h1>404: Not Found</h1></body></html>\n');
    }
    if (req.method !== 'GET') {
      res.writeHead(405, { 'content-type': 'text/html' });
      return res.end('<html><title>405: Method Not Allowed</title><body>405: Method Not Allowed</body></html>');
    }
    // load_balancer "random" between healthy members of equal weight.
    const member = members[Math.floor(Math.random() * members.length)];
    const to = member.replace(/\/$/, '') + (req.url ?? '/');
    onRedirect(to);
    res.writeHead(307, {
      location: to,
      'access-control-allow-origin': '*',
      'access-control-allow-headers': 'cache-control',
      'set-cookie': `host=${member.replace(/\/$/, '')}; Path=${path}; Max-Age=14400`,
      'content-length': '0',
    });
    res.end();
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  return server;
}
