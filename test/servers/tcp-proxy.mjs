// SPDX-License-Identifier: BSD-3-Clause
/**
 * A loopback TCP proxy for fault tests: it forwards to a target port until told to cut
 * every connection (a dropped socket), to lose what clients send, to refuse new ones (a
 * server gone away), or to forward new ones elsewhere (a server restarted behind the same address).
 */
import net from 'node:net';

export async function startTcpProxy(targetPort) {
  const sockets = new Set();
  let refusing = false;
  let swallowing = false;
  let target = targetPort;
  const server = net.createServer((client) => {
    if (refusing) return client.destroy();
    const upstream = net.connect(target, '127.0.0.1');
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
      s.on('error', () => {});
    }
    // What the client sends is lost while `swallowing` (a request that never reaches the server).
    client.on('data', (chunk) => swallowing || upstream.write(chunk));
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
    /** Lose (true) or forward again (false) what clients send on open connections. */
    swallow(value = true) {
      swallowing = value;
    },
    /** Forward new connections to another port from now on. */
    retarget(port) {
      target = port;
    },
    /** Refuse (true) or accept again (false) new connections. */
    refuse(value = true) {
      refusing = value;
    },
    close: () => new Promise((resolve) => { for (const s of sockets) s.destroy(); server.close(resolve); }),
  };
}
