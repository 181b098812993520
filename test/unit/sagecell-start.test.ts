// SPDX-License-Identifier: BSD-3-Clause
// Starting a SageCell kernel against real loopback HTTP servers that answer as a SageCell
// server does in each case (PROTOCOL.md §2, §13): every failure a specific message.
import http from 'node:http';
import { afterEach, describe, expect, test } from 'vitest';
import { startKernel } from '../../src/kernels/sagecell/start.js';
import { CellError } from '../../src/kernels/types.js';
import { english } from '../../src/i18n/text.js';
import { freePort } from '../servers/ports.mjs';

type Handler = (req: http.IncomingMessage, body: string, res: http.ServerResponse) => void;

const servers: http.Server[] = [];
afterEach(async () => {
  for (const s of servers.splice(0)) {
    s.closeAllConnections();
    await new Promise((r) => s.close(r));
  }
});

/** A loopback server; its URL is the SageCell root. */
async function server(handle: Handler): Promise<string> {
  const s = http.createServer((req, res) => {
    let body = '';
    req.on('data', (d) => (body += d));
    req.on('end', () => handle(req, body, res));
  });
  servers.push(s);
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  return `http://127.0.0.1:${(s.address() as { port: number }).port}/`;
}

const json = (res: http.ServerResponse, status: number, body: unknown) => {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
};

const TERMS = '<p>The Sage Cell Server is a non-commercial service.</p><p>You agree to be nice.</p>';

async function failure(p: Promise<unknown>): Promise<CellError> {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(CellError);
  return e as CellError;
}

describe('starting a kernel', () => {
  test('a form POST with the page’s CellSessionID; shared kernels live on, isolated ones end with their run', async () => {
    const bodies: URLSearchParams[] = [];
    const root = await server((_req, body, res) => {
      bodies.push(new URLSearchParams(body));
      json(res, 200, { ws_url: 'ws://x/', id: `k-${bodies.length}` });
    });
    const shared = await startKernel(root);
    const isolated = await startKernel(root, { oneRun: true });
    expect([shared.id, isolated.id]).toEqual(['k-1', 'k-2']);
    expect(bodies[0]!.get('CellSessionID')).toMatch(/^[0-9a-f]{32}$/);
    expect(bodies[1]!.get('CellSessionID')).toBe(bodies[0]!.get('CellSessionID'));
    expect(bodies.map((b) => b.get('timeout'))).toEqual(['inf', '0']);
    // Not accepted: nothing says it was.
    expect(bodies[0]!.has('accepted_tos')).toBe(false);
    shared.slot.release();
    isolated.slot.release();
  });

  test('terms required and not accepted: the browser sees a network error; the terms endpoint tells why', async () => {
    const kernelBodies: string[] = [];
    const root = await server((req, body, res) => {
      if (req.url === '/tos.html') {
        res.writeHead(200, { 'content-type': 'text/html' });
        return res.end(TERMS);
      }
      kernelBodies.push(body);
      if (!new URLSearchParams(body).has('accepted_tos')) return req.socket.destroy();
      json(res, 200, { ws_url: 'ws://x/', id: 'k-accepted' });
    });
    const e = await failure(startKernel(root));
    expect(e.code).toBe('terms');
    expect(e.message).toBe(
      `The SageCell server at ${root} asks you to accept its terms of service before it runs code: “The Sage Cell Server is a non-commercial service. You agree to be nice.”`,
    );
    expect(e.actions.map((a) => english(a.label))).toEqual(['Accept', 'Decline']);
    expect(() => e.actions[1]!.perform!()).toThrow(/Not run: the SageCell server at .* runs code only for readers who accept its terms/);
    await e.actions[0]!.perform!();
    expect(e.actions[0]!.rerun).toBe(true);
    const started = await startKernel(root);
    expect(started.id).toBe('k-accepted');
    expect(kernelBodies.at(-1)).toContain('accepted_tos=true');
    started.slot.release();
  });

  test('429 too many kernels: the server’s own message (after a short wait for kernels it is still letting go)', async () => {
    const message = 'This page requested too many simultaneous kernels. Please wait for existing computations to finish.';
    let asked = 0;
    const root = await server((_req, _body, res) => {
      asked++;
      json(res, 429, { error: 'too_many_kernels_for_cell_session', message });
    });
    const e = await failure(startKernel(root));
    expect(e.code).toBe('too-many-kernels');
    expect(e.message).toBe(`The SageCell server at ${root} refuses to start another kernel for this page: “${message}”`);
    expect(english(e.hint)).toContain('Wait until other cells on this page have finished');
    expect(asked).toBe(3);
  });

  test('a full server holds the request: it times out with a message, it does not hang', async () => {
    const root = await server(() => {
      // Never answers, as a full SageCell server does until a kernel frees up.
    });
    const t0 = Date.now();
    const e = await failure(startKernel(root, { timeoutMs: 300 }));
    expect(Date.now() - t0).toBeLessThan(5_000);
    expect(e.code).toBe('server-full');
    expect(e.message).toMatch(/^The SageCell server at http:\/\/127\.0\.0\.1:\d+\/ is full: it had no free kernel for \d+ seconds\.$/);
    expect(english(e.hint)).toBe('Many people may be using it right now. Run the cell again in a minute.');
  });

  test('a proxy that gives up on a full server (504) says the same', async () => {
    const root = await server((_req, _body, res) => {
      res.writeHead(504);
      res.end('Gateway Time-out');
    });
    expect((await failure(startKernel(root))).code).toBe('server-full');
  });

  test('an unreachable server; a server that answers but refuses kernels; a server that is not SageCell', async () => {
    const closed = `http://127.0.0.1:${await freePort()}/`;
    const unreachable = await failure(startKernel(closed));
    expect(unreachable.code).toBe('unreachable');
    expect(unreachable.message).toBe(`Could not reach the SageCell server at ${closed}.`);

    const refusing = await server((req, _body, res) => {
      if (req.url === '/tos.html') {
        res.writeHead(204);
        return res.end();
      }
      req.socket.destroy();
    });
    expect((await failure(startKernel(refusing))).code).toBe('start-refused');

    const other = await server((_req, _body, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end('<html>a blog</html>');
    });
    expect((await failure(startKernel(other))).code).toBe('not-sagecell');
  });
});
