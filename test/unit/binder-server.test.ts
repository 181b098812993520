// SPDX-License-Identifier: BSD-3-Clause
// The test BinderHub speaks BinderHub's protocol (PROTOCOL.md §10), so the browser tests that
// use it prove something about mybinder.org. Raw HTTP here, no exec-cell code.
import net from 'node:net';
import { vi, afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startBinderHub } from '../servers/binderhub/index.mjs';

// Real Jupyter servers start here (a second or two each, more on a busy machine).
vi.setConfig({ testTimeout: 30_000, hookTimeout: 30_000 });

type Hub = Awaited<ReturnType<typeof startBinderHub>>;
let hub: Hub;
beforeAll(async () => {
  hub = await startBinderHub({ buildSeconds: 0.3, keepaliveSeconds: 0.1, readyLingerSeconds: 0.5 });
});
afterAll(async () => {
  await hub?.close();
});

const SSE = { accept: 'text/event-stream' };
/** The whole response body (the stream ends by itself in these cases). */
async function body(path: string, headers: Record<string, string> = SSE) {
  const r = await fetch(new URL(path, hub.url), { headers });
  return { r, text: await r.text() };
}
const events = (text: string) =>
  text
    .split('\n\n')
    .filter((b) => b.startsWith('data: '))
    .map((b) => b.slice(6));

describe('the build endpoint', () => {
  test('without Accept: text/event-stream, HTTP 200 and one failed event with status_code 400', async () => {
    const { r, text } = await body('build/gh/o/r/HEAD', { accept: 'text/html' });
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBe('text/event-stream');
    expect(text).toBe('data: {"phase": "failed", "status_code": 400, "message": "Missing Accept header: text/event-stream\\n"}\n\n');
  });

  test('BinderHub’s messages for an unknown prefix and a spec without a ref, as HTTP 200 streams', async () => {
    expect(events((await body('build/gx/o/r/HEAD')).text)).toEqual(['{"phase": "failed", "message": "No provider found for prefix gx\\n"}']);
    expect(events((await body('build/gh/o/r')).text)).toEqual([
      '{"phase": "failed", "message": "Spec is not of the form \\"user/repo/ref\\", provided: \\"o/r\\". Did you mean \\"o/r/HEAD\\"?\\n"}',
    ]);
  });

  test('OPTIONS is an empty 200; /build/gh without a spec is not the build route', async () => {
    const options = await fetch(new URL('build/gh/o/r/HEAD', hub.url), { method: 'OPTIONS' });
    expect(options.status).toBe(200);
    expect(await options.text()).toBe('');
    expect((await fetch(new URL('build/gh', hub.url))).status).toBe(404);
  });

  test('a launch: CORS as mybinder.org sends it, keepalive comments, and the ready payload’s keys in BinderHub’s order', async () => {
    const { r, text } = await body('build/gh/o/ready/HEAD');
    expect(r.headers.get('access-control-allow-origin')).toBe('*');
    expect(r.headers.get('access-control-allow-headers')).toBe('cache-control');
    expect(r.headers.get('cache-control')).toBe('no-cache');
    expect(text).toContain('\n\n:keepalive\n\n');
    expect(text).not.toMatch(/^(event|id|retry):/m);
    const all = events(text).map((e) => JSON.parse(e) as Record<string, unknown>);
    const ready = all.find((e) => e.phase === 'ready')!;
    expect(Object.keys(ready)).toEqual([
      'phase', 'message', 'image', 'repo_url', 'token', 'binder_ref_url', 'binder_launch_host',
      'binder_request', 'binder_persistent_request', 'binder_client_ip', 'url',
    ]);
    expect(ready).toMatchObject({ repo_url: 'https://github.com/o/ready', binder_request: 'v2/gh/o/ready/HEAD', binder_client_ip: '127.0.0.1' });
    expect(ready.message).toBe(`server running at ${ready.url}\n`);
    expect(all.some((e) => !('phase' in e))).toBe(true); // repo2docker lines without a phase
    expect(all.some((e) => e.phase === 'unknown')).toBe(true);
    expect(all.map((e) => e.phase).filter((p, i, a) => p && p !== a[i - 1])).toEqual([
      'waiting', 'fetching', 'unknown', 'building', 'pushing', 'built', 'launching', 'ready',
    ]);
  });

  test('the rate limit: x-ratelimit-* headers on counted requests, then a 429 failed event without them', async () => {
    const limited = await startBinderHub({ rateLimit: { limit: 2, periodSeconds: 600 } });
    try {
      const seen = [];
      for (let i = 0; i < 3; i++) {
        // An unknown prefix fails after the rate limit has counted the request, as in BinderHub.
        const r = await fetch(new URL(`build/gx/o/r${i}/HEAD`, limited.url), { headers: SSE });
        seen.push({ remaining: r.headers.get('x-ratelimit-remaining'), limit: r.headers.get('x-ratelimit-limit'), event: events(await r.text())[0] });
      }
      expect(seen.map((s) => s.remaining)).toEqual(['1', '0', null]);
      expect(seen[0]!.limit).toBe('2');
      expect(seen[2]!.event).toBe('{"phase": "failed", "status_code": 429, "message": "Rate limit exceeded. Try again in 600 seconds.\\n"}');
    } finally {
      await limited.close();
    }
  });
});

describe('launched servers', () => {
  let fresh: Hub;
  beforeAll(async () => {
    fresh = await startBinderHub({ buildSeconds: 0.2, keepaliveSeconds: 0.1, readyLingerSeconds: 0 });
  });
  afterAll(async () => {
    await fresh?.close();
  });

  const launchOnce = async (repo: string) => {
    const text = await (await fetch(new URL(`build/gh/${repo}/HEAD`, fresh.url), { headers: SSE })).text();
    return JSON.parse(events(text).find((e) => e.includes('"ready"'))!) as { url: string; token: string };
  };

  test('one Jupyter server per spec, reused while alive; culled: 424 without CORS, websockets refused, then a new server', async () => {
    const a = await launchOnce('o/cull');
    const again = await launchOnce('o/cull');
    expect(again).toEqual({ ...a, url: a.url, token: a.token });
    expect(fresh.stats()).toMatchObject({ launches: 2, jupyterStarts: 1 });

    const alive = await fetch(`${a.url}api/status?token=${a.token}`, { headers: { origin: 'http://page.example' } });
    expect(alive.status).toBe(200);
    expect(alive.headers.get('access-control-allow-origin')).toBeTruthy();

    await fetch(new URL('_testing/cull', fresh.url), { method: 'POST' });
    const gone = await fetch(`${a.url}api/status?token=${a.token}`, { headers: { origin: 'http://page.example' } });
    expect(gone.status).toBe(424);
    expect(gone.headers.get('access-control-allow-origin')).toBeNull();
    expect(await gone.text()).toContain('Binder not found');

    const ws = await new Promise<string>((resolve) => {
      const u = new URL(`${a.url}api/kernels/x/channels?token=${a.token}`);
      const s = net.connect(Number(u.port), u.hostname, () =>
        s.write(`GET ${u.pathname}${u.search} HTTP/1.1\r\nHost: ${u.host}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n`),
      );
      let got = '';
      s.on('data', (d) => (got += d));
      s.on('close', () => resolve(got));
    });
    expect(ws.split('\r\n')[0]).toBe('HTTP/1.1 424 Failed Dependency');

    const b = await launchOnce('o/cull');
    expect(b.url).not.toBe(a.url);
    expect(b.token).not.toBe(a.token);
    expect((await fetch(`${b.url}api/status?token=${b.token}`)).status).toBe(200);
    expect(fresh.stats()).toMatchObject({ launches: 3, jupyterStarts: 2, culls: 1 });
  });

  test('idle culling follows the Jupyter server’s own last_activity (api/status does not count)', async () => {
    const s = await launchOnce('o/idle');
    fresh.set({ cullIdleSeconds: 1 });
    try {
      const started = Date.now();
      // Probing with api/status, as the client does, must not keep it alive.
      let status = 200;
      while (status === 200 && Date.now() - started < 10_000) {
        status = (await fetch(`${s.url}api/status?token=${s.token}`)).status;
        await new Promise((r) => setTimeout(r, 100));
      }
      expect(status).toBe(424);
    } finally {
      fresh.set({ cullIdleSeconds: 0 });
    }
  });
});

describe('the federation redirector', () => {
  let fed: Hub;
  beforeAll(async () => {
    fed = await startBinderHub({ redirect: true });
  });
  afterAll(async () => {
    await fed?.close();
  });

  test('307 to a member with CORS and a host cookie; no OPTIONS handler', async () => {
    const r = await fetch(new URL('build/gh/o/r/HEAD?x=1', fed.url), { headers: SSE, redirect: 'manual' });
    expect(r.status).toBe(307);
    const location = r.headers.get('location')!;
    const member = fed.members.find((m) => location.startsWith(m.url));
    expect(location).toBe(`${member!.url}build/gh/o/r/HEAD?x=1`);
    expect(r.headers.get('access-control-allow-origin')).toBe('*');
    expect(r.headers.get('set-cookie')).toBe(`host=${member!.url.replace(/\/$/, '')}; Path=/build/gh/o/r/HEAD; Max-Age=14400`);
    expect((await fetch(new URL('build/gh/o/r/HEAD', fed.url), { method: 'OPTIONS' })).status).toBe(405);
  });
});
