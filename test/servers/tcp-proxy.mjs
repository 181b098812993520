// SPDX-License-Identifier: BSD-3-Clause
/**
 * A loopback TCP proxy for fault tests: it forwards to a target port until told to cut
 * every connection (a dropped socket) or to refuse new ones (a server gone away).
 */
import net from 'node:net';

export async function startTcpProxy(targetPort) {
  const sockets = new Set();
  let refusing = false;
  const server = net.createServer((client) => {
    if (refusing) return client.destroy();
    const upstream = net.connect(targetPort, '127.0.0.1');
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
      s.on('error', () => {});
    }
    client.pipe(upstream);
    upstream.pipe(client);
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}/`,
    /** Drop every open connection (websockets included). */
    cut() {
      for (const s of sockets) s.destroy();
    },
    /** Refuse (true) or accept again (false) new connections. */
    refuse(value = true) {
      refusing = value;
    },
    close: () => new Promise((resolve) => { for (const s of sockets) s.destroy(); server.close(resolve); }),
  };
}
