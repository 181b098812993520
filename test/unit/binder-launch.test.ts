// SPDX-License-Identifier: BSD-3-Clause
// launch() and obtainServer() against the test BinderHub (real protocol, real Jupyter
// servers), from Node: every outcome of a build stream, and what the server saw.
import http from 'node:http';
import { vi, afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { launch } from '../../src/kernels/binder/launch.js';
import { binderTarget } from '../../src/kernels/binder/spec.js';
import { RateLimitError } from '../../src/kernels/binder/errors.js';
import { probe } from '../../src/kernels/binder/store.js';
import { CellError, type CellAction, type Progress } from '../../src/kernels/types.js';
import { english } from '../../src/i18n/text.js';
import { startBinderHub } from '../servers/binderhub/index.mjs';
import { freePort } from '../servers/ports.mjs';

// Real Jupyter servers start here (a second or two each, more on a busy machine).
vi.setConfig({ testTimeout: 30_000, hookTimeout: 30_000 });

type Hub = Awaited<ReturnType<typeof startBinderHub>>;
let hub: Hub;
const FAST = { buildSeconds: 0.6, keepaliveSeconds: 0.2, readyLingerSeconds: 30 };

beforeAll(async () => {
  hub = await startBinderHub(FAST);
});
afterAll(async () => {
  await hub?.close();
});
beforeEach(() => hub.set({ ...FAST, failBuild: false, rateLimited: false, proxy429: null, dropStream: null, missingRefs: ['does-not-exist'] }));

const target = (repo: string, binderUrl = hub.url) => binderTarget({ binderUrl, repo });
/** Buttons with their labels in English. */
const buttons = (actions: CellAction[]) => actions.map((a) => ({ ...a, label: english(a.label) }));
const record = () => {
  const seen: Progress[] = [];
  return { seen, progress: (p: Progress) => seen.push(p) };
};
async function failure(p: Promise<unknown>): Promise<CellError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof CellError) return e;
    throw e;
  }
  throw new Error('expected a CellError');
}
const streamsClosed = async () => {
  for (let i = 0; i < 50 && hub.openStreams() > 0; i++) await new Promise((r) => setTimeout(r, 20));
  return hub.openStreams();
};

describe('launch', () => {
  test('a cold build: every phase in order, then a real server that takes its token; the stream is closed at ready', async () => {
    const { seen, progress } = record();
    const server = await launch({ target: target('o/cold'), progress, silenceMs: 5000 });
    const phases = [...new Set(seen.map((p) => english(p.phase)))];
    expect(phases).toEqual(['connecting', 'waiting', 'fetching', 'building', 'pushing', 'built', 'launching', 'ready']);
    expect(seen.some((p) => p.log === 'Picked Git content provider.\n')).toBe(true);
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/user\/o-cold-[a-z0-9]{8}\/$/);
    expect(server.token).toMatch(/^[\w-]{22}$/);
    const status = await fetch(`${server.url}api/status?token=${server.token}`);
    expect(status.status).toBe(200);
    expect((await fetch(`${server.url}api/status?token=wrong`)).status).toBe(403);
    expect(await streamsClosed()).toBe(0);
    expect(hub.stats().bySpec['/build/gh/o/cold/HEAD']).toMatchObject({ builds: 1, launches: 1 });
  });

  test('a cached image starts at built ("Found built image")', async () => {
    await launch({ target: target('o/cached'), silenceMs: 5000 });
    const { seen, progress } = record();
    await launch({ target: target('o/cached'), progress, silenceMs: 5000 });
    const first = seen.find((p) => english(p.phase) !== 'connecting');
    expect(first && { phase: english(first.phase), log: first.log }).toEqual({ phase: 'built', log: 'Found built image, launching...\n' });
  });

  test('a failed build: the failure, the last log lines; the stream BinderHub leaves open is closed', async () => {
    hub.set({ failBuild: true });
    const e = await failure(launch({ target: target('o/broken'), silenceMs: 5000 }));
    expect(e.code).toBe('binder-build-failed');
    expect(e.message).toContain('The Binder build of o/broken failed while building: The command');
    expect(english(e.hint)).toContain('ERROR: No matching distribution found for nosuchpkg==9.9');
    expect(await streamsClosed()).toBe(0);
    expect(hub.stats().bySpec['/build/gh/o/broken/HEAD']).toEqual({ builds: 1 });
  });

  test('a rate limit (a failed event with status_code 429 in an HTTP 200 stream): when to try again', async () => {
    hub.set({ rateLimited: true });
    const before = Date.now();
    const e = await failure(launch({ target: target('o/limited'), silenceMs: 5000 }));
    expect(e).toBeInstanceOf(RateLimitError);
    expect(e.message).toContain('Rate limit exceeded. Try again in 3600 seconds');
    expect((e as RateLimitError).until).toBeGreaterThanOrEqual(before + 3600_000);
    expect(e.actions).toEqual([]);
  });

  test('a real HTTP 429 from a proxy in front: Retry-After says when', async () => {
    hub.set({ proxy429: { retryAfter: 120 } });
    const before = Date.now();
    const e = await failure(launch({ target: target('o/proxied'), silenceMs: 5000 }));
    expect(e).toBeInstanceOf(RateLimitError);
    expect(e.message).toContain('HTTP 429');
    expect((e as RateLimitError).until).toBeGreaterThanOrEqual(before + 120_000);
    expect((e as RateLimitError).until).toBeLessThan(before + 130_000);
    expect(english(e.hint)).toContain('(in 2 minutes)');
  });

  test('a stream that breaks mid-build: a clear error with Retry, never a hang', async () => {
    hub.set({ dropStream: 'close' });
    const e = await failure(launch({ target: target('o/dropped'), silenceMs: 5000 }));
    expect(e.code).toBe('binder-stream-lost');
    expect(e.message).toMatch(/was lost while (fetching|building) o\/dropped/);
    expect(buttons(e.actions)).toEqual([{ label: 'Retry', rerun: true }]);
  });

  test('a stream that goes quiet (no keepalive either) fails after the silence limit', async () => {
    hub.set({ dropStream: 'silent' });
    const started = Date.now();
    const e = await failure(launch({ target: target('o/quiet'), silenceMs: 1000 }));
    expect(Date.now() - started).toBeLessThan(4000);
    expect(e.code).toBe('binder-stream-silent');
    expect(e.message).toContain('sent nothing for 1 seconds');
    expect(buttons(e.actions)).toEqual([{ label: 'Retry', rerun: true }]);
    expect(await streamsClosed()).toBe(0);
  });

  test('keepalives carry a build through a long quiet phase (the master → HEAD tip and its delay)', async () => {
    // 2 s without an event, keepalives every 0.2 s, a silence limit of 0.5 s.
    hub.set({ missingRefs: ['master'], tipDelaySeconds: 2 });
    const { seen, progress } = record();
    const server = launch({ target: binderTarget({ binderUrl: hub.url, repo: 'o/tip', ref: 'master' }), progress, silenceMs: 500 });
    await expect(server).resolves.toMatchObject({ token: expect.any(String) });
    expect(seen.find((p) => english(p.phase) === 'waiting')?.log).toContain(
      'Tip: HEAD will always resolve to a repository\'s default branch.\nTrying again with HEAD instead of master. Please update your links.\n',
    );
  });

  test('BinderHub errors: an unknown ref, a spec without a ref', async () => {
    const ref = await failure(launch({ target: binderTarget({ binderUrl: hub.url, repo: 'o/r', ref: 'does-not-exist' }), silenceMs: 5000 }));
    expect(ref.message).toBe(
      'Binder could not find o/r (does-not-exist): Could not resolve ref for gh:o/r/does-not-exist. Double check your URL and that your repo is public.',
    );
    const unknown = await failure(launch({ target: binderTarget({ binderUrl: hub.url, repo: 'o/r', provider: 'gx' }), silenceMs: 5000 }));
    expect(unknown.message).toContain('does not know the provider “gx”');
  });

  test('not a BinderHub, an HTTP error, nobody there', async () => {
    const html = http.createServer((_, res) => res.setHeader('content-type', 'text/html; charset=utf-8').end('<html></html>'));
    await new Promise<void>((r) => html.listen(0, '127.0.0.1', () => r()));
    const { port } = html.address() as { port: number };
    try {
      const e = await failure(launch({ target: target('o/r', `http://127.0.0.1:${port}/`), silenceMs: 5000 }));
      expect(e.message).toContain('did not answer like a BinderHub (it sent text/html');
    } finally {
      html.close();
    }
    const notFound = await failure(launch({ target: target('o/r', hub.members[0]!.hub), silenceMs: 5000 }));
    expect(notFound.message).toContain('answered HTTP 404');
    const nobody = await failure(launch({ target: target('o/r', `http://127.0.0.1:${await freePort()}/`), silenceMs: 5000 }));
    expect(nobody.message).toMatch(/^Could not reach the BinderHub at 127\.0\.0\.1:\d+\.$/);
    expect(buttons(nobody.actions)).toEqual([{ label: 'Retry', rerun: true }]);
  });
});

describe('launch through a federation redirect', () => {
  let fed: Hub;
  beforeAll(async () => {
    fed = await startBinderHub({ ...FAST, redirect: true });
  });
  afterAll(async () => {
    await fed?.close();
  });
  afterEach(() => fed.set({ rateLimited: false }));

  test('the 307 to a member is followed; the member launches', async () => {
    const server = await launch({ target: target('o/fed', fed.url), silenceMs: 5000 });
    expect((await fetch(`${server.url}api/status?token=${server.token}`)).status).toBe(200);
    const stats = fed.stats();
    expect(stats).toMatchObject({ redirects: 1, builds: 1, launches: 1 });
    expect(fed.members.map((m) => m.url)).not.toContain(fed.url);
  });
});

describe('probe', () => {
  test('alive with its token; not with a wrong one; not once culled; not where nobody listens', async () => {
    const server = await launch({ target: target('o/probe'), silenceMs: 5000 });
    expect(await probe(server)).toBe(true);
    expect(await probe({ ...server, token: 'wrong' })).toBe(false);
    await hub.cullAll();
    expect(await probe(server)).toBe(false);
    expect(await probe({ url: `http://127.0.0.1:${await freePort()}/`, token: 'x' })).toBe(false);
  });

  test('a 500 is a live server that took the token (jupyter_server 1.x while a kernel starts); a proxy’s 503 is not', async () => {
    let status = 500;
    const fake = http.createServer((_, res) => res.writeHead(status).end('{}'));
    await new Promise<void>((r) => fake.listen(0, '127.0.0.1', () => r()));
    const url = `http://127.0.0.1:${(fake.address() as { port: number }).port}/user/x/`;
    try {
      expect(await probe({ url, token: 't' })).toBe(true);
      status = 503;
      expect(await probe({ url, token: 't' })).toBe(false);
    } finally {
      fake.close();
    }
  });

  test('a server that does not answer in time is not reused', async () => {
    const silent = http.createServer(() => {});
    await new Promise<void>((r) => silent.listen(0, '127.0.0.1', () => r()));
    const url = `http://127.0.0.1:${(silent.address() as { port: number }).port}/`;
    try {
      const started = Date.now();
      expect(await probe({ url, token: 't' }, 300)).toBe(false);
      expect(Date.now() - started).toBeLessThan(2000);
    } finally {
      silent.closeAllConnections();
      silent.close();
    }
  });
});
